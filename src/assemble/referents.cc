#include "assemble/referents.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "assemble/event_sides.h"
#include "base/word_lists.h"

namespace casus {
namespace {

// "the government", "the ministry", "the authorities".
bool IsGovernmentWord(std::string_view text) {
  const std::string lower = Lowercase(text);
  return lower.find("government") != std::string::npos ||
         lower.find("ministry") != std::string::npos ||
         lower.find("authorities") != std::string::npos;
}

// "the army", "the military": a state's armed forces named before.
// "the bloc", "the alliance's members": an international body named before
// ("ECOWAS demanded ... The bloc closed its members' borders").
bool IsBlocWord(std::string_view text) {
  return IsAny(Lowercase(text), {"the bloc", "bloc", "the regional bloc", "the union"});
}

bool IsArmyWord(std::string_view text) {
  return IsAny(Lowercase(text), {"the army", "army", "the military", "military", "the armed forces",
                                 "armed forces"});
}

// "the security forces", "the police": a state's forces of order named
// before ("Egyptian police and troops broke up the camps").
bool IsSecurityWord(std::string_view text) {
  return IsAny(Lowercase(text), {"the security forces", "security forces", "the police", "police"});
}

// "it", "they", "both": pronouns that may stand for a group (`lower` in
// lower case).
bool IsGroupPronoun(std::string_view lower) {
  return IsAny(lower,
               {"it", "its", "they", "them", "their", "we", "our", "both", "these", "those"});
}

// "it", "they", "the group", "the militia", "the umbrella": words that may
// stand for a group (not "the administration").
bool IsGroupWord(std::string_view text) {
  const std::string lower = Lowercase(text);
  if (IsGroupPronoun(lower)) return true;
  for (std::string_view word : {"group", "militia", "movement", "faction", "organi", "umbrella",
                                "front", "rebel", "fighter", "insurgent", "militant", "network",
                                "part", "force", "brigade", "coalition", "alliance", "side"}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

// "armed factions", "the militias" (not "they", "the Houthis", nor "the
// parties", "both sides", which stand for the sides named).
bool IsPluralDescription(std::string_view text) {
  const size_t space = text.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  return last.size() > 3 && last.ends_with('s') && !last.ends_with("ss") &&
         std::islower(static_cast<unsigned char>(last.front())) &&
         !IsAny(Lowercase(last), {"its", "this", "us", "parties", "sides"});
}

// "he", "she".
bool IsPersonalPronoun(std::string_view text) {
  return IsAny(Lowercase(text), {"he", "she", "him", "her", "his"});
}

// "they", "both", "the two groups", "the militias".
bool IsPlural(std::string_view text) {
  const std::string lower = Lowercase(text);
  if (lower == "they" || lower == "them" || lower == "both" || lower == "these" ||
      lower == "those" || lower == "their") {
    return true;
  }
  // "the two groups", "the militias"
  return lower.size() > 4 && lower.ends_with('s') && !lower.ends_with("ss") &&
         lower.rfind("the ", 0) == 0;
}

// An agent named as a person is, after an office ("Cabinet spokesman
// Rajitha Senaratne", "police spokesman Fred Enanga"): every word of its
// name capitalised, and no body's word among them.
bool IsNamedLikeAPerson(const ActorSpan& span) {
  const std::string& name = span.actor.name;
  if (span.kind != "agent" || name.empty() || !std::isupper(static_cast<unsigned char>(name[0])) ||
      name.find(' ') == std::string::npos) {
    return false;
  }
  // Every word capitalised, as a name ("United States officials" is not).
  for (size_t k = name.find(' '); k != std::string::npos; k = name.find(' ', k + 1)) {
    if (k + 1 >= name.size() || !std::isupper(static_cast<unsigned char>(name[k + 1]))) {
      return false;
    }
  }
  const std::string lower = Lowercase(name);
  for (std::string_view body : {"government", "ministry", "authorit", "army", "force", "police",
                                "military", "cabinet", "office", "council", "presidency"}) {
    if (lower.find(body) != std::string::npos) return false;
  }
  return true;
}

// "the two leaders", "both presidents": two persons named before.
bool IsPersonPair(std::string_view text) {
  const std::string lower = Lowercase(text);
  const size_t space = lower.rfind(' ');
  return (lower.starts_with("the two ") || lower.starts_with("both ")) &&
         space != std::string::npos &&
         IsAny(std::string_view(lower).substr(space + 1),
               {"leaders", "presidents", "premiers", "ministers", "men", "women"});
}

}  // namespace

void Referents::Resolve(SentenceFacts& facts) {
  // "Turkey's foreign ministry denied ... It called on Iraq", "... the
  // office of the prime minister said. 'This is terrorism,' it said": "it"
  // speaking in the sentence after a body spoke is that body.
  const std::optional<ActorSpan> previous_speaker = std::move(last_speaker_);
  last_speaker_.reset();
  // '"Have no doubt — we will hold all those responsible to account."' after
  // a sentence quoting Biden: a quotation going on is the same speaker's.
  const std::optional<ActorSpan> previous_voice = std::move(last_voice_);
  last_voice_.reset();
  // "Iran condemned the strikes. Foreign ministry spokeswoman Marzieh
  // Afkham called them a dangerous step": an official of no country named,
  // right after a government acted, is of its country.
  const std::optional<ActorSpan> previous_government = std::move(sentence_government_);
  sentence_government_.reset();
  const std::optional<ActorSpan> previous_doers = std::move(opening_doers_);
  opening_doers_.reset();
  if (!facts.actors.empty() && sides::IsDescribedDoer(facts.actors.front())) {
    opening_doers_ = facts.actors.front();
  }
  // (Not one named in full before, now by his surname: "Prime Minister
  // Manasseh Sogavare ... Britain deployed police. Sogavare refused".)
  auto give_country = [&](std::optional<ActorSpan>& span) {
    if (!span || !previous_government || !IsAny(span->kind, {"person", "agent"}) ||
        !span->actor.id.empty() || !span->actor.country.empty() || span->actor.sector != "GOV") {
      return;
    }
    const std::string& named = span->actor.name;
    if (span->kind == "person" && span->actor.text.size() < named.size() &&
        named.ends_with(span->actor.text)) {
      return;
    }
    span->actor.country = previous_government->actor.country;
    span->actor.cameo = span->actor.country + span->actor.sector;
  };
  for (EventMention& m : facts.coding.events) {
    give_country(m.source);
    give_country(m.speaker);
  }
  // "suspended talks on joining the European Union ... accusing Brussels
  // of blackmail": the seat of the EU, in a report naming it, stands for
  // it, not for Belgium.
  for (const ActorSpan& span : facts.actors) {
    if (span.actor.id == "eu" && span.compound.empty()) european_union_ = span;
  }
  auto seat_for_body = [&](std::optional<ActorSpan>& span) {
    if (!span || !european_union_ || !span->metonym || span->actor.country != "BEL" ||
        Lowercase(span->actor.text) != "brussels") {
      return;
    }
    const std::string text = span->actor.text;
    const uint32_t begin = span->begin, end = span->end;
    span = *european_union_;
    span->actor.text = text;
    span->begin = begin;
    span->end = end;
  };
  for (EventMention& m : facts.coding.events) {
    seat_for_body(m.source);
    seat_for_body(m.target);
    seat_for_body(m.speaker);
  }
  auto resolve = [&](std::optional<ActorSpan>& span, bool wields_state_power = false,
                     bool doers_stay = false) {
    // "Israel declared war on Hamas, a day after the Palestinian Islamist
    // group's fighters attacked": the latest group of that people named.
    if (span && span->described_group) {
      std::optional<ActorSpan> named;
      for (const ActorSpan& a : facts.actors) {
        if (a.end <= span->begin && sides::IsGroupKind(a.kind) && a.kind != "local" &&
            a.compound.empty() && a.actor.country == span->actor.country) {
          named = a;
        }
      }
      for (auto it = recent_groups_.rbegin(); !named && it != recent_groups_.rend(); ++it) {
        if (it->kind != "local" && it->actor.country == span->actor.country) named = *it;
      }
      if (named) {
        const std::string text = span->actor.text;
        span = *named;
        span->actor.text = text;
      }
      return;
    }
    if (!span || span->kind != "anaphor") return;
    // "Kadhimi escaped unhurt after drones attacked his residence": a
    // person named before the pronoun in its sentence, else the latest one.
    auto person_before = [&]() -> std::optional<ActorSpan> {
      for (const ActorSpan& a : facts.actors) {
        if (a.kind == "person" && a.end <= span->begin) return a;
      }
      return last_person_;
    };
    // "Mahdi al-Mashat, head of the Houthis' Supreme Political Council, said
    // the group was suspending strikes": "the group" after a group named in
    // its sentence is that group.
    auto group_before = [&]() -> std::optional<ActorSpan> {
      if (IsGroupPronoun(Lowercase(span->actor.text)) || IsPluralDescription(span->actor.text)) {
        return std::nullopt;
      }
      std::optional<ActorSpan> named;
      for (const ActorSpan& a : facts.actors) {
        if (a.end <= span->begin && sides::IsGroupKind(a.kind) && a.compound.empty() &&
            a.kind != "anaphor") {
          named = a;
        }
      }
      return named;
    };
    std::optional<ActorSpan> in_sentence;
    if (IsGroupWord(span->actor.text) && !IsPersonalPronoun(span->actor.text)) {
      in_sentence = group_before();
    }
    // "Between 25 and 30 gunmen, some carrying the flag of the Islamic
    // State group, surrounded the mosque. They set off a bomb": the doers
    // the sentence before opened with, not the group named inside it.
    if (!in_sentence && span->begin == 0 && previous_doers &&
        IsAny(Lowercase(span->actor.text), {"they", "their"})) {
      in_sentence = previous_doers;
    }
    const std::optional<ActorSpan> antecedent =
        in_sentence                           ? in_sentence
        : IsPersonalPronoun(span->actor.text) ? person_before()
        : IsGovernmentWord(span->actor.text)  ? last_government_
        : IsArmyWord(span->actor.text)        ? last_army_
        : IsBlocWord(span->actor.text)        ? last_bloc_
        : IsSecurityWord(span->actor.text)    ? last_security_
        // "the armed factions": many, not the one group named last.
        : IsAny(Lowercase(span->actor.text), {"coalition", "the coalition"}) && last_coalition_
            ? last_coalition_
        : IsGroupWord(span->actor.text) && !IsPluralDescription(span->actor.text)
            ? GroupNamed(span->actor.text)
            : std::nullopt;
    if (!antecedent) {
      // "The interior ministry also banned meetings" with no ministry
      // named before: a body of the place's state, as a generic one.
      if (wields_state_power &&
          (IsGovernmentWord(span->actor.text) || IsSecurityWord(span->actor.text))) {
        span->kind = "agent";
        return;
      }
      // "The attackers ... stormed the mall" with no doers told before:
      // doers told by what they are all the same (in an act; a relation
      // or a claim of theirs says nothing).
      // (Told again with "the", as the assembler reads them.)
      if (doers_stay && span->actor.country.empty() && span->actor.sector == "UAF" &&
          !IsGroupPronoun(Lowercase(span->actor.text))) {
        span->kind = "agent";
        if (!Lowercase(span->actor.text).starts_with("the ")) {
          span->actor.text = "the " + span->actor.text;
        }
        return;
      }
      span.reset();
      return;
    }
    const std::string text = span->actor.text;
    span = *antecedent;
    span->actor.text = text;
  };
  // "The two leaders": the person who last did something, and the latest
  // other person named, in the sentences before and in this one before
  // `at`.
  auto two_persons = [&](uint32_t at) -> std::optional<std::pair<ActorSpan, ActorSpan>> {
    std::vector<ActorSpan> persons = recent_persons_;
    for (const ActorSpan& a : facts.actors) {
      if (a.kind != "person" || a.end > at) continue;
      std::erase_if(persons, [&](const ActorSpan& p) { return IdentityKey(p) == IdentityKey(a); });
      persons.push_back(a);
    }
    if (persons.empty()) return std::nullopt;
    const ActorSpan doer = acting_person_.value_or(persons.back());
    for (auto it = persons.rbegin(); it != persons.rend(); ++it) {
      if (IdentityKey(*it) != IdentityKey(doer)) return std::pair{doer, *it};
    }
    return std::nullopt;
  };
  for (EventMention& m : facts.coding.events) {
    // "Sisi spoke by telephone with Hollande, and the two leaders called
    // for ...": the one who did something; an act of both with no other
    // side ("The two leaders spoke by phone") has the other as its target.
    if (m.source && m.source->kind == "anaphor" && IsPersonPair(m.source->actor.text)) {
      const std::string text = m.source->actor.text;
      if (const auto pair = two_persons(m.source->begin)) {
        m.source = pair->first;
        m.source->actor.text = text;
        if (!m.target &&
            (IsAny(m.code.type, {"CONSULT", "AGREE", "COOPERATE"}) || m.code.cameo == "057")) {
          m.target = pair->second;
        }
      } else {
        m.source.reset();
      }
    }
    const bool spoken = m.speaker.has_value();
    // '"This is terrorism," it said' after a body (or its head) spoke: that one.
    if (m.speaker && m.speaker->kind == "anaphor" && Lowercase(m.speaker->actor.text) == "it" &&
        (previous_speaker || previous_voice)) {
      const std::string text = m.speaker->actor.text;
      m.speaker = previous_speaker ? previous_speaker : previous_voice;
      m.speaker->actor.text = text;
      if (m.source && m.source->kind == "anaphor" && Lowercase(m.source->actor.text) == "it") {
        m.source = m.speaker;
      }
    }
    resolve(m.speaker);
    if (m.source && m.source->kind == "anaphor" && !m.speaker && previous_voice &&
        IsAny(Lowercase(m.source->actor.text), {"we", "our"})) {
      const std::string text = m.source->actor.text;
      m.source = previous_voice;
      m.source->actor.text = text;
    }
    // "the military said its jets had disabled the airport": "its" after
    // the body speaking is that body (not "when its fighters attacked ...,
    // according to Israeli tallies").
    const bool its = m.source && m.source->kind == "anaphor" &&
                     Lowercase(m.source->actor.text) == "its" && m.speaker &&
                     m.speaker->end <= m.source->begin;
    if (m.source && m.source->kind == "anaphor" &&
        (Lowercase(m.source->actor.text) == "it" || its)) {
      // "the government said it would recall its envoy": the body speaking.
      const bool speaker_body = m.speaker && m.speaker->kind != "person" &&
                                !(m.speaker->kind == "agent" && m.speaker->actor.country.empty());
      std::optional<ActorSpan> antecedent;
      if (speaker_body) {
        antecedent = m.speaker;
      } else if (spoken && !m.speaker) {
        // "The administration of ... said it will": who "it" is went with
        // a speaker not known.
        m.source.reset();
      } else if (sides::IsStatementType(m.code.type)) {
        antecedent = previous_speaker ? previous_speaker : previous_voice;
      }
      if (antecedent) {
        const std::string text = m.source->actor.text;
        m.source = std::move(antecedent);
        m.source->actor.text = text;
      }
    }
    // "Mahdi al-Mashat, head of the Houthis' Supreme Political Council,
    // said the group was suspending strikes": "the group" in what a group
    // says is that group.
    if (m.source && m.source->kind == "anaphor" && m.speaker && m.speaker->kind != "anaphor" &&
        sides::IsGroupKind(m.speaker->kind) && IsGroupWord(m.source->actor.text) &&
        !IsPlural(m.source->actor.text) && !IsPersonalPronoun(m.source->actor.text) &&
        Lowercase(m.source->actor.text) != "it") {
      const std::string text = m.source->actor.text;
      m.source = m.speaker;
      m.source->actor.text = text;
    }
    // ("On Monday the interior ministry barred Evo Morales ..., accusing
    // them": a ministry acts for the state whatever it does.)
    const bool ministry =
        m.source && Lowercase(m.source->actor.text).find("ministry") != std::string::npos;
    resolve(m.source, m.code.type == "COERCE" || ministry, true);
    // "soldiers were killed when Boko Haram fighters ambushed their
    // convoy": what a pronoun owns in an attack is not its doers'.
    const bool owned_pronoun = m.target && m.target->kind == "anaphor" &&
                               IsAny(Lowercase(m.target->actor.text), {"their", "its"});
    resolve(m.target, false, true);
    if (owned_pronoun && m.code.type == "ASSAULT" && m.source && m.target &&
        IdentityKey(*m.source) == IdentityKey(*m.target)) {
      m.target.reset();
    }
    if (m.source && m.source->kind == "person") acting_person_ = m.source;
    if (!last_voice_ && m.speaker) last_voice_ = m.speaker;
    if (!last_voice_ && m.source && sides::IsStatementType(m.code.type)) last_voice_ = m.source;
    if (!last_speaker_ && m.source && m.source->kind != "person" &&
        !(m.source->kind == "agent" && m.source->actor.country.empty()) &&
        sides::IsStatementType(m.code.type)) {
      last_speaker_ = m.source;
    }
  }
  for (ClaimMention& c : facts.coding.claims) {
    std::optional<ActorSpan> claimant = c.claimant;
    resolve(claimant);
    c.claimant = claimant.value_or(ActorSpan{});
  }
  for (AttributionMention& a : facts.coding.attributions) {
    std::optional<ActorSpan> actor = a.actor;
    resolve(actor);
    a.actor = actor.value_or(ActorSpan{});
    resolve(a.by);
  }
  // "Analysts describe it as a front for X", "the umbrella includes X";
  // "they", "both", "the two groups" stand for every group of the latest
  // sentence that named several.
  std::vector<RelationMention> relations;
  for (RelationMention& r : facts.coding.relations) {
    if (r.subject.kind != "anaphor" || !IsPlural(r.subject.actor.text)) {
      relations.push_back(std::move(r));
      continue;
    }
    // "Groups such as Ashab al-Kahf have claimed attacks; analysts describe
    // them as fronts": groups named before in the sentence come first.
    std::vector<ActorSpan> here;
    for (const ActorSpan& span : facts.actors) {
      if (span.end <= r.subject.begin && sides::IsGroupKind(span.kind) && span.compound.empty()) {
        here.push_back(span);
      }
    }
    const std::vector<ActorSpan>& groups = here.empty() ? last_groups_ : here;
    if (!groups.empty()) {
      for (const ActorSpan& group : groups) {
        RelationMention each = r;
        each.subject = group;
        relations.push_back(std::move(each));
      }
      continue;
    }
    relations.push_back(std::move(r));
  }
  for (RelationMention& r : relations) {
    const bool object_told_again = r.object.kind == "anaphor";
    for (ActorSpan* side : {&r.subject, &r.object}) {
      std::optional<ActorSpan> actor = *side;
      resolve(actor);
      *side = actor.value_or(ActorSpan{});
    }
    // "Islamic State Khorasan Province, the militant group's regional
    // affiliate": the group told again is another than the one described,
    // the latest named before it.
    if (object_told_again && !r.subject.actor.name.empty() &&
        IdentityKey(r.object) == IdentityKey(r.subject)) {
      r.object = ActorSpan{};
      for (auto it = recent_groups_.rbegin(); it != recent_groups_.rend(); ++it) {
        if (IdentityKey(*it) != IdentityKey(r.subject)) {
          r.object = *it;
          break;
        }
      }
    }
    // "It has long accused the UAE of arming the RSF": "it" saying so is
    // the body that spoke before, as for a statement.
    if (r.by && r.by->kind == "anaphor" && Lowercase(r.by->actor.text) == "it" &&
        (previous_speaker || previous_voice)) {
      const std::string text = r.by->actor.text;
      r.by = previous_speaker ? previous_speaker : previous_voice;
      r.by->actor.text = text;
    }
    resolve(r.by);
  }
  // "Its leader, X": a leader heads a group or a body, not the state or
  // person "its" turned out to be.
  std::erase_if(relations, [](const RelationMention& r) {
    return r.relation == "leads" && IsAny(r.object.kind, {"state", "person", "place", "igo"});
  });
  facts.coding.relations = std::move(relations);
  // ("police spokesman Fred Enanga ... He said": a person named after an
  // office too.)
  for (const ActorSpan& span : facts.actors) {
    if (span.kind == "person" || IsNamedLikeAPerson(span)) {
      last_person_ = span;
      break;
    }
  }
  for (const ActorSpan& span : facts.actors) {
    if (span.kind != "person") continue;
    std::erase_if(recent_persons_,
                  [&](const ActorSpan& p) { return IdentityKey(p) == IdentityKey(span); });
    recent_persons_.push_back(span);
    if (recent_persons_.size() > 4) recent_persons_.erase(recent_persons_.begin());
  }
  for (const ActorSpan& span : facts.actors) {
    if (span.kind == "igo" && span.compound.empty()) last_bloc_ = span;
    // "a site used by US-led coalition forces ... a hangar used by the
    // coalition": the coalition named last, whatever its kind.
    if (span.kind != "anaphor" && !span.actor.id.empty() &&
        Lowercase(span.actor.text).find("coalition") != std::string::npos) {
      last_coalition_ = span;
    }
  }
  // "Sudan's army struck ... The RSF accused the army": the armed forces of
  // a state named last.
  for (const ActorSpan& span : facts.actors) {
    if (span.kind == "military" && !span.actor.country.empty() && !span.actor.id.empty()) {
      last_army_ = span;
    }
  }
  // "Egyptian police and troops broke up the camps ... the security forces":
  // the state's forces that did something told as news.
  for (const EventMention& m : facts.coding.events) {
    if (!m.background && m.source && m.source->kind != "anaphor" &&
        !m.source->actor.country.empty() && IsAny(m.source->actor.sector, {"COP", "MIL"})) {
      last_security_ = m.source;
    }
  }
  // "Iraq's government blamed Turkey ... the government said": the latest
  // government that did something (a state, its government or one of its
  // ministries), not one only acted on.
  // A government speaking does something too, and it is the one the next
  // sentence goes on with rather than the one it tells of ("Greece's
  // foreign ministry said an Iranian helicopter had landed ... The ministry
  // summoned").
  // (A person named after an office is no government: "Cabinet spokesman
  // Rajitha Senaratne told reporters that ..." — IsNamedLikeAPerson.)
  auto government = [&](const std::optional<ActorSpan>& span) {
    return span && span->kind != "anaphor" && span->kind != "person" &&
           !IsNamedLikeAPerson(*span) && !span->actor.country.empty() &&
           (span->kind == "state" || span->kind == "government" || span->actor.sector == "GOV");
  };
  for (const EventMention& m : facts.coding.events) {
    if (government(m.source)) last_government_ = sentence_government_ = m.source;
  }
  for (const EventMention& m : facts.coding.events) {
    if (government(m.speaker)) last_government_ = m.speaker;
  }
  std::vector<ActorSpan> groups;
  for (const ActorSpan& span : facts.actors) {
    // (An opposition body too: "The Syrian National Coalition said ... It
    // accused government forces".)
    if ((!sides::IsGroupKind(span.kind) && span.kind != "organisation") || !span.compound.empty()) {
      continue;
    }
    last_group_ = span;
    recent_groups_.push_back(span);
    if (recent_groups_.size() > 8) recent_groups_.erase(recent_groups_.begin());
    if (std::none_of(groups.begin(), groups.end(),
                     [&](const ActorSpan& g) { return IdentityKey(g) == IdentityKey(span); })) {
      groups.push_back(span);
    }
  }
  if (groups.size() >= 2) last_groups_ = std::move(groups);
  // "the Islamic Resistance in Iraq, an umbrella ... that includes Kataib
  // Hezbollah. The group claimed": a group that is a party to what the
  // sentence tells outranks one named in passing.
  std::optional<ActorSpan> party;
  auto consider = [&](const std::optional<ActorSpan>& span) {
    if (span && sides::IsGroupKind(span->kind) && span->compound.empty() &&
        (!party || span->begin >= party->begin)) {
      party = span;
    }
  };
  for (const EventMention& m : facts.coding.events) {
    consider(m.source);
    consider(m.target);
  }
  for (const AttributionMention& a : facts.coding.attributions) consider(a.actor);
  for (const ClaimMention& c : facts.coding.claims) consider(c.claimant);
  if (party) last_group_ = party;
}

// The group "the umbrella" or "the front" stands for: the latest group of
// that kind, else the latest group.
std::optional<ActorSpan> Referents::GroupNamed(std::string_view text) const {
  const std::string lower = Lowercase(text);
  const char* kind = lower.find("umbrella") != std::string::npos ? "umbrella"
                     : lower.find("front") != std::string::npos  ? "front_group"
                                                                 : nullptr;
  for (auto it = recent_groups_.rbegin(); kind != nullptr && it != recent_groups_.rend(); ++it) {
    if (it->kind == kind) return *it;
  }
  return last_group_;
}

}  // namespace casus
