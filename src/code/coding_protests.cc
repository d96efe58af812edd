#include "code/coding.h"

namespace casus::coding {

// What a protest is against when no phrase of its own says so: the first
// actor named after it in the sentence, outside the places it is held in
// and before any ", witnesses said" ("staged demonstrations to demand the
// resignation of President Suharto", "blocked streets in Hong Kong in
// defiance of Chinese authorities").
std::optional<ActorSpan> Coding::ProtestedParty(const EventMention& m) const {
  for (const ActorSpan& span : in_.actors) {
    if (span.begin <= m.trigger) continue;
    bool reported = false;
    for (uint32_t k = m.trigger + 1; k < span.begin && !reported; ++k) {
      if (Tag(k) != T::kComma) continue;
      for (uint32_t j = k + 1; j < n_ && j <= k + 5 && !reported; ++j) reported = IsSpeechVerb(j);
    }
    if (reported) break;
    if (span.kind == "anaphor" || !span.compound.empty()) continue;
    if (m.source && IdentityKey(span) == IdentityKey(*m.source)) continue;
    // "joining thousands of demonstrators": people at large protest along.
    if (span.kind == "agent" && IsAny(span.actor.sector, {"CVL", "OPP", "REF"})) continue;
    int np = a_.np_of_token[span.begin];
    // "in East Timor's capital Dili": from the start of the owner.
    for (int guard = 0; np != kNone && guard < 3; ++guard) {
      const int owner = OwnerOf(np);
      if (owner == kNone) break;
      np = owner;
    }
    const bool held_there =
        np != kNone && a_.nps[np].begin > 0 &&
        IsAny(Lemma(a_.nps[np].begin - 1),
              {"in", "at", "near", "outside", "throughout", "across", "inside", "around"});
    if (held_there) continue;
    return span;
  }
  return std::nullopt;
}

// "stormed the embassy compound ... in protest at US air strikes", "set
// fire to a guard post ... in protest": violence a crowd does in protest is
// a riot (PLOVER PROTEST/riot, CAMEO 145) by the protesters, not an attack;
// the nominal "protest" it is done in is that riot.
void Coding::ActsInProtest() {
  // "Protesters tore down the flag", "angry residents pelted his convoy
  // with stones": a crowd's violence, without the weapons of war, is a riot.
  const auto weapons_of_war = [](std::string_view mode) {
    return IsAny(mode,
                 {"aerial", "drone", "heavy-weapons", "explosives", "suicide-attack", "firearms"});
  };
  // (A toll with no one hit named is no crowd's act: "showed at least 50
  // people killed that day".)
  for (EventMention& m : out_.events) {
    if (m.nominal || m.code.type != "ASSAULT" || !m.source || !IsCrowd(*m.source) ||
        weapons_of_war(m.code.mode) || (m.casualty && !m.target)) {
      continue;
    }
    m.code = EventCode{"PROTEST", "riot", "145", ""};
    // ("tens of thousands of people stormed his official residence": the
    // people are protesters.)
    if (m.source->actor.text == "people") {
      m.source->actor.name = "protesters";
      m.source->actor.sector = "OPP";
      m.source->actor.cameo = m.source->actor.country + "OPP";
    }
  }
  // "Hundreds of people protested ..., and some of them later set fire to
  // the house of its mayor": violence by some of the crowd protesting.
  const bool protesting = std::any_of(out_.events.begin(), out_.events.end(), [](const auto& p) {
    return !p.nominal && p.code.type == "PROTEST";
  });
  // (Its doers are "some of them", "many of them", or a pronoun.)
  const auto some_of_them = [&](uint32_t act) {
    for (uint32_t k = act; k >= 3 && k + 5 > act; --k) {
      if (Lower(k - 1) == "them" && Lemma(k - 2) == "of" &&
          IsAny(Lemma(k - 3), {"some", "many", "several", "most", "dozens", "hundreds", "few"})) {
        return true;
      }
    }
    return false;
  };
  for (EventMention& m : out_.events) {
    if (!protesting || m.nominal || m.code.type != "ASSAULT" ||
        !((m.source && m.source->kind == "anaphor") || (!m.source && some_of_them(m.trigger))) ||
        weapons_of_war(m.code.mode)) {
      continue;
    }
    if (auto crowd = Protesters(m.trigger)) {
      m.code = EventCode{"PROTEST", "riot", "145", ""};
      m.source = crowd;
      // (The crowd of the protest told before it, as that protest names it.)
      for (const EventMention& p : out_.events) {
        if (!p.nominal && p.code.type == "PROTEST" && p.trigger < m.trigger && p.source) {
          m.source = p.source;
          break;
        }
      }
    }
  }
  for (uint32_t k = 1; k < n_; ++k) {
    if (Lemma(k) != "protest" || Lemma(k - 1) != "in" || !IsNoun(Tag(k))) continue;
    bool riot = false;
    const std::optional<ActorSpan> crowd = Protesters(k);
    for (EventMention& m : out_.events) {
      if (m.nominal || m.background || m.trigger >= k || m.code.type != "ASSAULT") continue;
      // Armed forces and armed groups attacking "in protest" still attack.
      const bool civilians =
          !m.source || (m.source->kind == "agent" &&
                        !IsAny(m.source->actor.sector, {"MIL", "COP", "REB", "UAF", "SPY"}));
      if (!crowd && !civilians) continue;
      m.code = EventCode{"PROTEST", "riot", "145", ""};
      if (crowd) m.source = crowd;
      riot = true;
    }
    if (!riot) continue;
    std::erase_if(out_.events, [&](const EventMention& m) { return m.nominal && m.trigger == k; });
  }
  // "rallied in Mogadishu against the agreement, chanting slogans against
  // Ethiopia": how a protest goes on is the protest, which takes the target.
  for (size_t i = 0; i < out_.events.size(); ++i) {
    EventMention& chant = out_.events[i];
    if (chant.nominal || chant.code.type != "PROTEST" || Tag(chant.trigger) != T::kVBG) continue;
    const auto protest = std::find_if(out_.events.begin(), out_.events.end(), [&](const auto& p) {
      return !p.nominal && p.code.type == "PROTEST" && p.trigger < chant.trigger;
    });
    if (protest == out_.events.end()) continue;
    if (!protest->target) protest->target = chant.target;
    out_.events.erase(out_.events.begin() + static_cast<std::ptrdiff_t>(i));
    --i;
  }
}

// A crowd named by no one in particular: protesters, or civilians named as
// a crowd, as someone's supporters or followers.
bool Coding::IsCrowd(const ActorSpan& span) {
  if (span.kind != "agent" || span.actor.sector.empty()) return false;
  if (span.actor.sector == "OPP") return true;
  // ("hundreds of students ... stoned U.N. offices": students are a crowd.)
  if (span.actor.sector != "CVL" && span.actor.sector != "EDU") return false;
  const std::string_view text = span.actor.text;
  const size_t space = text.rfind(' ');
  const std::string last =
      Lowercase(space == std::string_view::npos ? text : text.substr(space + 1));
  return IsAny(
      last, {"supporters", "loyalists", "followers", "residents", "crowd", "crowds", "mob",
             "youths", "villagers", "students", "mourners", "demonstrators", "rioters", "people"});
}

// The crowd doing what is done before token `act`: the subject of the
// sentence's first clause when it names a crowd ("Hundreds of supporters of
// Iran-backed militias", "the crowd", "mourners"), as protesters.
std::optional<ActorSpan> Coding::Protesters(uint32_t act) const {
  for (const Clause& clause : a_.clauses) {
    if (clause.subject == kNone || a_.verbs[clause.verb].head > act) continue;
    const NounPhrase& np = a_.nps[clause.subject];
    if (!IsAny(Lemma(np.head), {"hundred", "thousand", "dozen", "crowd", "supporter", "protester",
                                "demonstrator", "mourner", "rioter", "mob", "student", "people",
                                "resident", "youth", "villager"})) {
      return std::nullopt;
    }
    ActorSpan crowd;
    crowd.begin = np.begin;
    crowd.end = np.end;
    crowd.kind = "agent";
    crowd.actor.name = "protesters";
    crowd.actor.text = TextOf(np.begin, np.end);
    crowd.actor.sector = "OPP";
    crowd.actor.cameo = "OPP";
    return crowd;
  }
  return std::nullopt;
}

}  // namespace casus::coding
