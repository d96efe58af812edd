// casus — events named by nouns ("the attack on the base", "Monday's
// strike") that no clause of the sentence took: part of the sentence coder
// (coding.h).
#include "code/coding.h"

#include <algorithm>

#include "text/token_shape.h"

namespace casus::coding {

// Event nouns not consumed by a verb: "the attack on the base", "Monday's
// strike", "US airstrikes on Kataib Hezbollah sites".
void Coding::NominalEvents() {
  for (size_t k = 0; k < a_.nps.size(); ++k) {
    if (used_np_[k]) continue;
    const NounPhrase& np = a_.nps[k];
    const Trigger* noun = NounTriggerAt(np.head);
    if (noun == nullptr) continue;
    // "an offer for talks", "calls for a ceasefire": proposed, not done;
    // "any attack by it or its proxies": no attack in particular.
    // "support for [the coalition]'s offensive": from the possessor on.
    const uint32_t begin = np.possessor != kNone ? a_.nps[np.possessor].begin : np.begin;
    if (AfterProposal(begin) || InDemandedClause(begin)) continue;
    // "advisers there at the request of the Syrian government": why a
    // state of affairs holds, not an act of the report.
    if (begin > 0 && Lemma(begin - 1) == "at" &&
        IsAny(Lemma(np.head), {"request", "invitation", "behest", "urging"})) {
      continue;
    }
    // "speaking before talks with King Abdullah", "ahead of the vote": an
    // event still to come when the sentence's act happened.
    if (begin > 0 && (Lemma(begin - 1) == "before" ||
                      (begin > 1 && Lemma(begin - 1) == "of" && Lemma(begin - 2) == "ahead"))) {
      continue;
    }
    if (IsAny(Lemma(np.begin), {"any", "every", "each"})) continue;
    // "took over buses to travel to a protest", "left to attend the rally":
    // where someone was going, not an act told.
    if (begin >= 2 && Tag(begin - 1) == T::kVB && IsAny(Lemma(begin - 1), {"attend", "join"}) &&
        Lemma(begin - 2) == "to") {
      continue;
    }
    if (begin >= 3 && Lemma(begin - 1) == "to" && Tag(begin - 2) == T::kVB &&
        IsAny(Lemma(begin - 2), {"travel", "go", "head"}) && Lemma(begin - 3) == "to") {
      continue;
    }
    // "two of the group's main demands", "the protesters' demands": what a
    // party wants all along, no demand made in the report.
    if (noun->code.type == "REQUEST" && Tag(np.head) == T::kNNS && np.possessor != kNone &&
        np.of_complement == kNone &&
        PrepAfterNp(static_cast<int>(k), noun->target_preps) == kNone) {
      continue;
    }
    // "the Government of National Accord", "the Peace and Security
    // Council": a word of a name is no act.
    // ("Amnesty/NN said": the short name of Amnesty International.)
    {
      const ActorSpan* name = SpanIn(np.head, np.head + 1, static_cast<int>(np.head));
      const bool proper = Tag(np.head) == T::kNNP || Tag(np.head) == T::kNNPS;
      if (name != nullptr && name->kind != "agent" && name->kind != "anaphor" &&
          name->begin <= np.head && np.head < name->end &&
          (name->begin < np.head || (!proper && text::StartsUpper(in_.tokens[np.head].text)))) {
        continue;
      }
    }
    EventMention m = NewMention(*noun, np.head);
    m.nominal = true;
    m.background = IsBackgroundNp(static_cast<int>(k)) || StretchOfTimeBefore(np.begin);
    m.definite = IsDefinite(static_cast<int>(k));
    m.another = !m.definite && IsAnother(static_cast<int>(k));
    m.source = NominalSource(static_cast<int>(k));
    const int target_np = PrepAfterNp(static_cast<int>(k), noun->target_preps);
    m.target = TargetOfNp(target_np);
    m.target_np = target_np;
    // "its demand that Israel ease restrictions": who is to act.
    if (!m.target && m.code.type == "REQUEST") {
      uint32_t k = np.end;
      while (k < n_ && k < np.end + 2 && IsDayWord(Lemma(k))) ++k;  // "its demand today that"
      if (k + 1 < n_ && Lemma(k) == "that") m.target = TargetOfNp(a_.np_of_token[k + 1]);
    }
    if (!m.target && m.code.type == "PROTEST") m.target = ProtestedParty(m);
    // '"These reckless attacks by the Houthis ...," Central Command said':
    // a speaker naming an attack in words of condemnation criticises its
    // doer.
    if (m.code.type == "ASSAULT" && IsDenunciation(static_cast<int>(k))) {
      const Clause* holding = nullptr;
      for (const Clause& clause : a_.clauses) {
        if (clause.subject == static_cast<int>(k) || clause.object == static_cast<int>(k)) {
          holding = &clause;
        }
      }
      auto speaker = holding != nullptr ? SpeakerOf(*holding) : sentence_speaker_;
      if (speaker && speaker->kind != "anaphor" &&
          !(m.source && IdentityKey(*m.source) == IdentityKey(*speaker))) {
        EventMention accusation;
        accusation.code = EventCode{"ACCUSE", "disapprove", "111", ""};
        accusation.trigger = np.head;
        accusation.source = speaker;
        accusation.target = m.source;
        if (!accusation.target) accusation.about = "ASSAULT";
        out_.events.push_back(std::move(accusation));
      }
    }
    FinishMention(m, nullptr);
  }
}

}  // namespace casus::coding
