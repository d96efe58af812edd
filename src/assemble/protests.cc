#include "assemble/protests.h"

#include <algorithm>

#include "assemble/event_sides.h"
#include "base/word_lists.h"

namespace casus {

using sides::IsGeneric;

std::optional<ActorSpan> ProtestersIn(const std::vector<SentenceFacts>& sentences,
                                      const std::vector<uint32_t>& own, bool anywhere) {
  auto in = [&](uint32_t s) -> std::optional<ActorSpan> {
    for (const ActorSpan& a : sentences[s].actors) {
      if (IsGeneric(a) && a.actor.sector == "OPP") return a;
    }
    return std::nullopt;
  };
  for (uint32_t s : own) {
    if (auto found = in(s)) return found;
  }
  for (uint32_t s = 0; anywhere && s < sentences.size(); ++s) {
    if (auto found = in(s)) return found;
  }
  return std::nullopt;
}

namespace {

bool IsSecurityForce(const std::optional<ActorSpan>& a) {
  return a && IsAny(a->actor.sector, {"COP", "MIL", "SPY"});
}

bool SharesSentence(const Draft& a, const Draft& b) {
  return std::any_of(a.sentences.begin(), a.sentences.end(), [&](uint32_t s) {
    return std::find(b.sentences.begin(), b.sentences.end(), s) != b.sentences.end();
  });
}

// Whether the first sentence of `act` places it in a town or province that
// none of the sentences of `protest` names ("In Minya province, crowds of
// Morsi supporters set fire to churches" after the camps cleared in Cairo).
bool ToldElsewhere(const Draft& act, const Draft& protest,
                   const std::vector<SentenceFacts>& sentences) {
  if (act.sentences.empty() || act.sentences.front() >= sentences.size()) return false;
  // (Not by where a statement about it was made.)
  if (IsVenueOnly(act, act.sentences.front())) return false;
  bool placed = false, shared = false;
  for (const Location& here : sentences[act.sentences.front()].places) {
    if (here.precision != "place" && here.precision != "region") continue;
    placed = true;
    for (uint32_t s : protest.sentences) {
      if (s >= sentences.size()) continue;
      for (const Location& there : sentences[s].places) {
        shared = shared || there.name == here.name ||
                 (!here.admin1.empty() && there.admin1 == here.admin1);
      }
    }
  }
  return placed && !shared;
}

// The protest draft an attack at index `i` is on, or drafts.size().
size_t ProtestOf(const std::vector<Draft>& drafts, size_t i,
                 const std::vector<SentenceFacts>& sentences) {
  const Draft& attack = drafts[i];
  for (size_t j = 0; j < drafts.size(); ++j) {
    if (drafts[j].code.type == "PROTEST" && SharesSentence(drafts[j], attack)) return j;
  }
  size_t latest = drafts.size();
  for (size_t j = 0; j < drafts.size(); ++j) {
    const Draft& protest = drafts[j];
    if (protest.code.type != "PROTEST" || protest.sentences.empty() ||
        protest.sentences.front() > attack.sentences.front()) {
      continue;
    }
    if (protest.date && attack.date && *protest.date != *attack.date) continue;
    if (ToldElsewhere(attack, protest, sentences)) continue;
    latest = j;
  }
  return latest;
}

// The protest takes the sentences and weapons of an act that is part of it.
void Absorb(Draft& protest, const Draft& act) {
  for (uint32_t s : act.sentences) AddSentence(protest, s);
  std::sort(protest.sentences.begin(), protest.sentences.end());
  // (Where a statement about the act was made places no part of it.)
  for (uint32_t s : act.venue_only) {
    if (!IsVenueOnly(protest, s)) protest.venue_only.push_back(s);
  }
  for (const std::string& w : act.weapons) {
    if (std::find(protest.weapons.begin(), protest.weapons.end(), w) == protest.weapons.end()) {
      protest.weapons.push_back(w);
    }
  }
}

}  // namespace

bool JoinsAProtest(std::vector<Draft>& drafts, const EventMention& m, uint32_t s) {
  if (m.code.type != "ASSAULT" || m.code.mode != "beat" || m.source || m.nominal) return false;
  for (Draft& protest : drafts) {
    if (protest.code.type != "PROTEST" || protest.sentences.empty() ||
        protest.sentences.back() + 2 < s) {
      continue;
    }
    AddSentence(protest, s);
    return true;
  }
  return false;
}

void FoldRepression(std::vector<Draft>& drafts, const std::vector<SentenceFacts>& sentences) {
  std::vector<bool> folded(drafts.size(), false);
  for (size_t i = 0; i < drafts.size(); ++i) {
    Draft& attack = drafts[i];
    // "Thousands rallied in Nukus ... before police dispersed the crowds
    // with tear gas": forces dispersing a protest told with it are the
    // protest met with force, no act of their own.
    if (attack.code.type == "COERCE" && attack.code.mode == "restrict" &&
        IsSecurityForce(Perpetrator(attack)) &&
        (!attack.target || attack.target->actor.sector == "OPP")) {
      const size_t j = ProtestOf(drafts, i, sentences);
      if (j < drafts.size() && SharesSentence(drafts[j], attack)) {
        Absorb(drafts[j], attack);
        if (!IsSecurityForce(drafts[j].target)) drafts[j].target = Perpetrator(attack);
        drafts[j].repressed = true;
        folded[i] = true;
        continue;
      }
    }
    if (attack.code.type != "ASSAULT" || attack.sentences.empty() ||
        IsAny(attack.code.mode,
              {"aerial", "drone", "heavy-weapons", "explosives", "suicide-attack"})) {
      continue;
    }
    // "Protesters stormed the parliament ... 77 people were treated for
    // injuries ... shocked by the attacks on MPs": a toll and the violence
    // named again, with no doer told, after a riot are the riot's.
    if (attack.only_nominal && !attack.source) {
      const size_t j = ProtestOf(drafts, i, sentences);
      if (j < drafts.size() && drafts[j].code.mode == "riot") {
        Absorb(drafts[j], attack);
        folded[i] = true;
        continue;
      }
    }
    const std::optional<ActorSpan> forces = Perpetrator(attack);
    // "Some demonstrators threw stones at the police station", "crowds of
    // Morsi supporters set fire to churches": violence of the protesters
    // or of a leader's supporters is the protest turning violent, or a riot.
    const bool crowd =
        forces && IsGeneric(*forces) &&
        (forces->actor.sector == "OPP" ||
         (forces->actor.sector == "CVL" && (forces->actor.name.ends_with("supporters") ||
                                            forces->actor.name.ends_with("loyalists") ||
                                            forces->actor.name.ends_with("followers"))));
    if (crowd) {
      const size_t j = ProtestOf(drafts, i, sentences);
      if (j < drafts.size()) {
        Absorb(drafts[j], attack);
        folded[i] = true;
      } else {
        attack.code = EventCode{"PROTEST", "riot", "145", ""};
      }
      continue;
    }
    if (!IsSecurityForce(forces) || attack.code.mode == "destroy") continue;
    const bool at_protesters = attack.target && attack.target->actor.sector == "OPP";
    const bool at_bystanders = !attack.target || (IsGeneric(*attack.target) &&
                                                  IsAny(attack.target->actor.sector, {"CVL", ""}));
    // "fired tear gas at the protesters": protesters the sentences name
    // again count too.
    std::optional<ActorSpan> protesters = ProtestersIn(sentences, attack.sentences, false);
    for (uint32_t s : attack.sentences) {
      for (const ActorSpan& a : sentences[s].actors) {
        if (!protesters && a.kind == "anaphor" && a.actor.sector == "OPP") protesters = a;
      }
    }
    // (So does a protest told in the same sentence: "tens of thousands of
    // people ... stormed his official residence as police fired tear gas".)
    const size_t j = ProtestOf(drafts, i, sentences);
    const bool beside_protest = j < drafts.size() && SharesSentence(drafts[j], attack);
    if (!at_protesters && !(at_bystanders && (protesters || beside_protest))) continue;
    if (j < drafts.size()) {
      Draft& protest = drafts[j];
      Absorb(protest, attack);
      if (!IsSecurityForce(protest.target)) protest.target = forces;
      protest.repressed = true;
      folded[i] = true;
      continue;
    }
    attack.code = EventCode{"PROTEST", "demo", "141", ""};
    attack.source = at_protesters ? attack.target : protesters;
    attack.target = forces;
    attack.claims.clear();
    attack.claim_sentences.clear();
    attack.attributions.clear();
    attack.about.clear();
    attack.repressed = true;
  }
  size_t kept = 0;
  for (size_t i = 0; i < drafts.size(); ++i) {
    if (folded[i]) continue;
    if (kept != i) drafts[kept] = std::move(drafts[i]);
    ++kept;
  }
  drafts.resize(kept);
}

}  // namespace casus
