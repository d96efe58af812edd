// One event per party of a verb's event: states named together each act
// for themselves in diplomacy, each side of a swap frees the other's
// people, a statement aimed at parties of two countries is one for each,
// and the one "as did" names does the same.
#include "code/coding.h"

namespace casus::coding {

bool Coding::IsSwap(const Trigger& trigger) {
  return trigger.mutual && trigger.code.type == "RETREAT";
}

bool Coding::IsReciprocal(const Trigger& trigger) {
  // ("Qatar and the United Arab Emirates also pledged help": each pledges,
  // not to the other.)
  if (!trigger.words.empty() && IsAny(trigger.words.front(), {"pledge", "promise", "offer"})) {
    return trigger.mutual;
  }
  return trigger.mutual || trigger.code.type == "AGREE" || trigger.code.type == "CONSULT" ||
         trigger.code.type == "COOPERATE" || trigger.code.cameo == "057";
}

void Coding::CopyForConjuncts(const Clause& clause, const Trigger& trigger, bool passive,
                              size_t before) {
  // "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed
  // relations with Qatar": states named together each act for themselves
  // in diplomacy (an attack they make together is one).
  if (out_.events.size() == before + 1 && !passive && !IsReciprocal(trigger) &&
      clause.subject != kNone &&
      IsAny(trigger.code.type, {"SANCTION", "ACCUSE", "REJECT", "SUPPORT", "REQUEST"}) &&
      trigger.code.cameo != "054") {  // establishing ties is mutual
    const EventMention first = out_.events.back();
    if (first.source && first.source->kind == "state") {
      for (int c = a_.nps[clause.subject].conjunct, guard = 0; c != kNone && guard < 8;
           c = a_.nps[c].conjunct, ++guard) {
        auto other = ActorOfNp(c);
        if (!other || other->kind != "state" || IdentityKey(*other) == IdentityKey(*first.source)) {
          continue;
        }
        EventMention copy = first;
        copy.source = other;
        out_.events.push_back(std::move(copy));
      }
    }
  }
  // "Sead Causevic resigned on Friday, as did the head of the government of
  // Zenica-Doboj canton": the one "as did" names does the same.
  if (out_.events.size() == before + 1 && !passive && !out_.events.back().casualty &&
      out_.events.back().source) {
    const int self = IndexOf(clause);
    for (int c = self + 1; c < static_cast<int>(a_.clauses.size()); ++c) {
      const Clause& same = a_.clauses[c];
      const VerbGroup& vg = a_.verbs[same.verb];
      if (vg.begin < 2 || Lemma(vg.head) != "do" || Lower(vg.begin - 1) != "as" ||
          Lower(vg.begin - 2) != "," || same.subject != kNone || same.object == kNone) {
        continue;
      }
      auto other = ActorOfNp(same.object);
      if (!other || IdentityKey(*other) == IdentityKey(*out_.events.back().source)) break;
      EventMention copy = out_.events.back();
      copy.source = other;
      out_.events.push_back(std::move(copy));
      break;
    }
  }
  // "the Houthis and the government began exchanging prisoners": in a swap
  // each side frees the other's people.
  if (out_.events.size() == before + 1 && IsSwap(trigger)) {
    const EventMention first = out_.events.back();
    if (first.source && first.target && first.target->actor.sector != "CVL" &&
        IdentityKey(*first.source) != IdentityKey(*first.target)) {
      EventMention copy = first;
      std::swap(copy.source, copy.target);
      out_.events.push_back(std::move(copy));
    }
  }
  // "Iran condemned Israel and the United States", "summoned the British
  // ambassador and the Danish envoy": a statement aimed at parties of two
  // countries is one for each.
  if (out_.events.size() > before && !passive && !IsReciprocal(trigger) && clause.object != kNone &&
      IsAny(trigger.code.type, {"SANCTION", "ACCUSE", "REJECT", "REQUEST", "THREATEN"})) {
    const EventMention first = out_.events[before];
    if (first.target && !first.target->actor.country.empty() && first.target_np == clause.object) {
      for (int c = a_.nps[clause.object].conjunct, guard = 0; c != kNone && guard < 8;
           c = a_.nps[c].conjunct, ++guard) {
        auto other = TargetOfNp(c);
        if (!other || other->kind == "anaphor" || other->actor.country.empty() ||
            other->actor.country == first.target->actor.country) {
          continue;
        }
        EventMention copy = first;
        copy.target = other;
        copy.target_np = c;
        out_.events.push_back(std::move(copy));
      }
    }
  }
}

}  // namespace casus::coding
