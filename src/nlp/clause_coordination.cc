// Coordination: which clause a verb joined by "and" goes with, and shares
// its subject ("killed two and wounded six", "said ... and called the
// strikes a violation", "closed its borders, banned flights and froze
// assets").
#include "nlp/clause_builder.h"

namespace casus::clauses {

namespace {

// Verbs a speaker goes on with after what was said: "denied ... and
// rejected", "said \"...\" and demanded".
bool IsVerbOfSaying(std::string_view lemma) {
  return IsAny(lemma, {"reject", "deny", "dismiss", "call", "urge", "condemn", "warn", "accuse",
                       "blame", "vow", "denounce", "describe", "demand", "promise", "pledge", "say",
                       "add", "tell", "insist"});
}

}  // namespace

int Builder::EnclosingClause(int c) const {
  while (c > 0) {
    const Clause& clause = out_.clauses[c];
    if (clause.link == ClauseLink::kInfinitive && clause.governor != kNone && clause.governor < c) {
      c = clause.governor;
    } else if (clause.link == ClauseLink::kRelative) {
      --c;
    } else {
      break;
    }
  }
  return c;
}

// Whether `vg` is a middle verb of a series of simple pasts of one subject:
// "closed its borders with Niger, [banned] commercial flights and froze
// Niger's assets" (after a comma that follows the object of the main
// clause `previous`, with "and" and a simple past closing the series); or
// of a series opened by a perfect: "has put the treaty on hold, [closed] the
// border crossing and ordered the advisers out".
bool Builder::IsSeriesVerb(const VerbGroup& vg, int previous) const {
  const Clause& prev = out_.clauses[previous];
  const VerbGroup& pvg = out_.verbs[prev.verb];
  const bool perfect = pvg.perfect && Tag(pvg.head) == T::kVBN;
  const auto past = [&](T tag) { return tag == T::kVBD || (perfect && tag == T::kVBN); };
  // (The first verb of the series may be what a speaker told, and may take
  // no object but a preposition's: "told the group that troops arrived by
  // helicopter on a market day, rounded up men and shot them".)
  const bool told = prev.link == ClauseLink::kComplement;
  if (vg.begin < 2 || Tag(vg.begin - 1) != T::kComma || !past(Tag(vg.head)) || vg.modal ||
      vg.head != vg.begin || (prev.link != ClauseLink::kMain && !told) || prev.subject == kNone ||
      (Tag(pvg.head) != T::kVBD && !perfect) || pvg.modal ||
      (prev.object == kNone && !(pvg.end < n_ && Lemma(pvg.end) == "what") &&
       !(pvg.end < n_ && Tag(pvg.end) == T::kIN))) {
    return false;
  }
  for (uint32_t k = pvg.end; k + 1 < vg.begin; ++k) {
    if (out_.np_of_token[k] != kNone) continue;  // "a boarding/VBG school"
    // (Past a free relative naming the object: "condemned what it called
    // an attempted coup, demanded".)
    if (Lemma(k) == "what") {
      for (const Clause& c : out_.clauses) {
        if (c.subject != kNone && out_.nps[c.subject].begin == k + 1 && c.object != kNone) {
          k = out_.nps[c.object].end - 1;
          break;
        }
      }
      continue;
    }
    if (IsVerb(Tag(k)) || Tag(k) == T::kComma || Tag(k) == T::kMD) return false;
  }
  for (uint32_t m = vg.end; m + 1 < n_ && m <= vg.end + 12; ++m) {
    if (IsVerb(Tag(m)) || Tag(m) == T::kMD) return false;
    // ("demanded Conde's immediate and unconditional release and
    // threatened": past an "and" between modifiers.)
    if (Tag(m) == T::kCC && Lemma(m) == "and" && (IsAdjective(Tag(m + 1)) || IsNoun(Tag(m + 1)))) {
      continue;
    }
    // (The last may be tagged a participle: "opened fire and abducted/VBN
    // boys" — with an object it is a past tense.)
    if (Tag(m) == T::kCC && Lemma(m) == "and") {
      return past(Tag(m + 1)) || (Tag(m + 1) == T::kVBN && m + 2 < n_ &&
                                  out_.np_of_token[m + 2] != kNone && !IsAdjective(Tag(m + 2)));
    }
  }
  return false;
}

int Builder::SeriesOpener(int previous) const {
  if (previous < 1) return previous;
  const Clause& naming = out_.clauses[previous];
  if (naming.subject == kNone) return previous;
  const uint32_t begin = out_.nps[naming.subject].begin;
  if (begin >= 1 && Lemma(begin - 1) == "what" &&
      out_.verbs[out_.clauses[previous - 1].verb].end == begin - 1) {
    return previous - 1;
  }
  return previous;
}

int Builder::CoordinatedSibling(const VerbGroup& vg, int previous, size_t before) const {
  const auto& verbs = out_.verbs;
  int sibling = previous;
  // "let some students go and shot those ...": a past tense goes with the
  // finite verb an infinitive depends on, not with the infinitive.
  while (sibling >= 0 && vg.form == VerbForm::kFinite && vg.tense == Tense::kPast &&
         out_.clauses[sibling].link == ClauseLink::kInfinitive &&
         out_.clauses[sibling].governor != kNone && out_.clauses[sibling].governor < sibling) {
    sibling = out_.clauses[sibling].governor;
  }
  // "declared three days of mourning and warned": not with a gerund
  // naming an act of no one in particular.
  while (sibling >= 0 && out_.clauses[sibling].subject == kNone &&
         verbs[out_.clauses[sibling].verb].form == VerbForm::kGerund &&
         verbs[out_.clauses[sibling].verb].begin > 0 &&
         Lemma(verbs[out_.clauses[sibling].verb].begin - 1) == "of" &&
         out_.clauses[sibling].governor != kNone && out_.clauses[sibling].governor < sibling) {
    sibling = out_.clauses[sibling].governor;
  }
  // "would review the sanctions it lifted ... and threatened": not
  // with a relative clause on a phrase of the clause before.
  // But "Gulen, a cleric who lives in exile in Pennsylvania and leads a
  // movement": a present after a present relative, no comma between,
  // where the clause before tells the past, goes on describing.
  if (sibling >= 0 && out_.clauses[sibling].link == ClauseLink::kRelative &&
      verbs[out_.clauses[sibling].verb].form == VerbForm::kFinite) {
    const int enclosing = EnclosingClause(sibling);
    const VerbGroup& relative = verbs[out_.clauses[sibling].verb];
    // Joined by "and" with no comma before it: the relative clause may go on.
    const bool and_no_comma =
        before >= 2 && Tag(before - 1) == T::kCC && Tag(before - 2) != T::kComma;
    const bool describing = vg.tense == Tense::kPresent && relative.tense == Tense::kPresent &&
                            !vg.modal && !relative.modal && and_no_comma && enclosing != sibling &&
                            verbs[out_.clauses[enclosing].verb].tense == Tense::kPast;
    // ("an assault that has killed at least 59 people and wounded 175": a
    // participle after "and" shares the relative's "has".)
    const bool shares_auxiliary = relative.perfect && !vg.perfect && vg.begin == vg.head &&
                                  (Tag(vg.head) == T::kVBN || Tag(vg.head) == T::kVBD) &&
                                  and_no_comma;
    // ("bombings that killed 290 people and wounded about 500": a toll goes
    // on.)
    const bool toll_goes_on = IsAny(Lemma(relative.head), {"kill", "wound", "injure"}) &&
                              IsAny(Lemma(vg.head), {"kill", "wound", "injure"}) && and_no_comma;
    if (!describing && !shares_auxiliary && !toll_goes_on) sibling = enclosing;
  }
  // "blamed followers of Gulen, a cleric who ... leads a movement known
  // as Hizmet, and called on the United States": a finite verb after
  // ", and" that follows a participle describing a phrase goes with
  // the main clause before it.
  if (sibling >= 0 && out_.clauses[sibling].link == ClauseLink::kRelative &&
      verbs[out_.clauses[sibling].verb].form != VerbForm::kFinite && vg.form == VerbForm::kFinite &&
      before >= 2 && Tag(before - 1) == T::kCC && Tag(before - 2) == T::kComma) {
    for (int c = sibling - 1; c >= 0; --c) {
      const Clause& main = out_.clauses[c];
      if (main.link == ClauseLink::kMain && main.subject != kNone &&
          verbs[main.verb].tense == vg.tense) {
        sibling = c;
        break;
      }
    }
  }
  // ("Wang Wenbin said \"the blood of the Chinese people must not be shed
  // in vain\" and demanded that Pakistan punish the perpetrators": after
  // a quotation its speaker goes on.)
  // (Not within the quotation: "said it \"categorically rejects and
  // strongly condemns\" the attack".)
  bool quotation_closed = false;
  for (size_t k = verbs[out_.clauses[std::max(sibling, 0)].verb].end; k < vg.begin; ++k) {
    quotation_closed = quotation_closed || Tag(k) == T::kCloseQuote;
  }
  if (sibling > 0 && out_.clauses[sibling].quoted && quotation_closed &&
      vg.form == VerbForm::kFinite && IsVerbOfSaying(Lemma(vg.head))) {
    for (int c = sibling - 1; c >= 0; --c) {
      const Clause& speech = out_.clauses[c];
      if (speech.quoted) continue;
      if (speech.subject != kNone && IsSpeechLemma(Lemma(verbs[speech.verb].head))) return c;
      break;
    }
  }
  size_t j = before;
  while (j > 0 && IsAdverb(Tag(j - 1))) --j;
  // "gave them a week to reinstate Bazoum, warning that they could use
  // force, and imposed sanctions": after ", and", a plain past goes
  // with the clause the infinitives, relatives and the warning hang
  // from, not with the modal in what was warned.
  // So does a simple past after a perfect in what was said or found:
  // "determined that the RSF had committed genocide, and imposed
  // sanctions".
  const VerbGroup& before_and = verbs[out_.clauses[sibling].verb];
  // "said that the United States would review the sanctions and
  // threatened to reimpose them": a plain past after a modal in what
  // was said goes with the speaker, comma or not.
  const bool past_after_said_modal = before_and.modal && !vg.modal && vg.tense == Tense::kPast &&
                                     out_.clauses[sibling].link == ClauseLink::kComplement;
  // ("denied that its members had taken part in the attack and rejected the
  // association's accusations": a verb of saying in the simple past after a
  // past perfect in what was said goes with the one who said it in the
  // simple past, comma or not; "said police had arrested 12 suspects and
  // seized rifles" shares the "had".)
  const Clause& said_clause = out_.clauses[sibling];
  const bool past_after_said_perfect =
      IsVerbOfSaying(Lemma(vg.head)) && before_and.perfect && before_and.tense == Tense::kPast &&
      !vg.perfect && !vg.modal && vg.tense == Tense::kPast && vg.form == VerbForm::kFinite &&
      said_clause.link == ClauseLink::kComplement && said_clause.governor != kNone &&
      said_clause.governor < sibling && !verbs[out_.clauses[said_clause.governor].verb].perfect &&
      verbs[out_.clauses[said_clause.governor].verb].tense == Tense::kPast;
  if (((j >= 2 && Tag(j - 2) == T::kComma) || past_after_said_modal || past_after_said_perfect) &&
      ((before_and.modal && !vg.modal) ||
       (before_and.perfect && !vg.perfect && !vg.modal &&
        out_.clauses[sibling].link == ClauseLink::kComplement))) {
    int up = sibling;
    int outermost = kNone;
    while (up >= 0 && (verbs[out_.clauses[up].verb].modal ||
                       verbs[out_.clauses[up].verb].perfect != vg.perfect ||
                       verbs[out_.clauses[up].verb].form != vg.form)) {
      const Clause& c = out_.clauses[up];
      up = c.governor != kNone && c.governor < up ? c.governor : kNone;
      if (up != kNone) up = EnclosingClause(up);
      if (up != kNone) outermost = up;
    }
    // ("Yobe state's government had said that troops had rescued some of
    // the girls, but withdrew the statement": the speaker, whatever its
    // tense.)
    if (up == kNone && outermost != kNone && out_.clauses[outermost].link == ClauseLink::kMain &&
        IsSpeechLemma(Lemma(verbs[out_.clauses[outermost].verb].head))) {
      up = outermost;
    }
    if (up != kNone) sibling = up;
  }
  const bool says = IsSpeechLemma(Lemma(vg.head)) ||
                    IsAny(Lemma(vg.head), {"call", "describe", "urge", "demand", "condemn", "warn",
                                           "accuse", "blame", "vow", "denounce"});
  // Without the comma too, when what was said before is a complement
  // of that speech verb: "denied that its forces were responsible and
  // said such attacks were carried out by terrorists"; and a word of
  // condemnation after a passive complement, whose subject underwent
  // the act: "said six people had been killed at the base and
  // condemned what it called a blatant aggression".
  const Clause& before_this = out_.clauses[previous];
  // So does one after a complement whose subject is a thing, not a
  // party: "said that the fighting close to its border posed a serious
  // threat and blamed the Congolese army".
  const bool thing_said = before_this.subject != kNone &&
                          Tag(out_.nps[before_this.subject].head) == T::kNN &&
                          Lemma(out_.nps[before_this.subject].begin) == "the";
  const bool after_complement =
      (IsSpeechLemma(Lemma(vg.head)) ||
       (says && vg.voice == Voice::kActive && vg.end < n_ &&
        (out_.np_of_token[vg.end] != kNone || Lemma(vg.end) == "what") &&
        (verbs[before_this.verb].voice == Voice::kPassive || thing_said))) &&
      before_this.link == ClauseLink::kComplement && before_this.governor != kNone &&
      out_.clauses[before_this.governor].link == ClauseLink::kMain &&
      IsSpeechLemma(Lemma(verbs[out_.clauses[before_this.governor].verb].head)) &&
      verbs[out_.clauses[before_this.governor].verb].tense == vg.tense;
  if (after_complement) {
    sibling = before_this.governor;
  } else if (says && j >= 2 && Tag(j - 2) == T::kComma) {
    for (int c = previous - 1; c >= 0; --c) {
      const Clause& speech = out_.clauses[c];
      if (speech.link == ClauseLink::kMain && speech.subject != kNone &&
          IsSpeechLemma(Lemma(verbs[speech.verb].head)) && verbs[speech.verb].tense == vg.tense) {
        sibling = c;
        break;
      }
    }
  }
  return sibling;
}

}  // namespace casus::clauses
