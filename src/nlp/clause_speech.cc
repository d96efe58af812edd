#include "nlp/clause_builder.h"

#include <algorithm>

#include "nlp/reading_words.h"

// What a verb of saying or judging says: the clause after it linked as its
// complement.
namespace casus::clauses {

// Links `clause`, whose verb starts at token `before`, to the verb of
// saying or judging before it as what was said: "said (that) X attacked",
// "said in Geneva he was horrified", "it was highly likely Moscow was
// responsible", "said ... and that X would strike". `previous` is the
// clause built last.
void Builder::LinkToSpeechBefore(Clause& clause, int previous, size_t before) {
  const auto& verbs = out_.verbs;
  // Complement of a preceding speech verb: "said (that) X attacked"
  // (past a relative clause inside the subject: "said that the
  // relatives of any militant who kills a police officer would be").
  int spoken = previous;
  while (spoken > 0 && clause.subject != kNone &&
         out_.clauses[spoken].link == ClauseLink::kRelative &&
         out_.clauses[spoken].modified_np != kNone &&
         out_.nps[out_.clauses[spoken].modified_np].begin >= out_.nps[clause.subject].begin) {
    --spoken;
  }
  if (spoken >= 0) {
    const Clause& prev = out_.clauses[spoken];
    const VerbGroup& pvg = verbs[prev.verb];
    const bool speech = IsSpeechLemma(Lemma(pvg.head));
    // "said the group's fighters would": the subject with its possessor.
    size_t subject_start = clause.subject != kNone ? out_.nps[clause.subject].begin : before;
    if (clause.subject != kNone && out_.nps[clause.subject].possessor != kNone) {
      subject_start =
          std::min<size_t>(subject_start, out_.nps[out_.nps[clause.subject].possessor].begin);
    }
    // "that two of its members ... had carried out": with its quantity.
    if (subject_start >= 2 && Lemma(subject_start - 1) == "of" &&
        (Tag(subject_start - 2) == T::kCD ||
         IsAny(Lemma(subject_start - 2), {"some", "one", "many", "most", "several", "all"}))) {
      subject_start -= 2;
    }
    // "said Tuesday that", "declared on Monday that": skip a time phrase.
    // ("said last Wednesday that": "last" before a day too.) "said in
    // Geneva he was horrified", "said in Beijing on Friday it was":
    // past where it was said, and a time phrase after it.
    size_t after_verb = pvg.end;
    for (int phrase = 0; phrase < 2; ++phrase) {
      const size_t from = after_verb;
      while (after_verb < subject_start && after_verb < from + 3 &&
             (IsTimeWord(Lemma(after_verb)) || Lemma(after_verb) == "on" ||
              IsAdverb(Tag(after_verb)) ||
              (IsAny(Lemma(after_verb), {"last", "this", "early", "late"}) &&
               after_verb + 1 < subject_start && IsTimeWord(Lemma(after_verb + 1))))) {
        ++after_verb;
      }
      if (phrase > 0 || after_verb + 1 >= subject_start ||
          !IsAny(Lemma(after_verb), {"in", "at"}) || out_.np_of_token[after_verb + 1] == kNone) {
        break;
      }
      const NounPhrase& where = out_.nps[out_.np_of_token[after_verb + 1]];
      if (where.end > subject_start || !IsProperNoun(Tag(where.head))) break;
      after_verb = where.end;
    }
    // "said there would be no truce": an existential "there".
    const bool adjacent =
        subject_start == pvg.end || subject_start == after_verb ||
        (subject_start == after_verb + 1 &&
         (Lemma(after_verb) == "that" || Tag(after_verb) == T::kEX)) ||
        (subject_start > pvg.end && prev.object == kNone && Lemma(subject_start - 1) == "that") ||
        // "told Wang Yi in a phone call that": past
        // the one told and where.
        (subject_start > pvg.end && prev.object != kNone &&
         Lemma(verbs[prev.verb].head) == "tell" && Lemma(subject_start - 1) == "that" &&
         Tag(subject_start - 1) == T::kIN);
    // "said that it was highly likely Moscow was responsible": what
    // a judgement after "it was" is about is what the speaker said.
    // ("it looked as though Russia was behind the attack": so is what
    // it seems like.)
    bool judged = false;
    if (IsAny(Lemma(pvg.head), {"be", "look", "seem", "appear"}) && prev.subject != kNone &&
        Lemma(out_.nps[prev.subject].head) == "it" && prev.object == kNone) {
      size_t k = pvg.end;
      while (k < subject_start &&
             (IsAdverb(Tag(k)) || Tag(k) == T::kOpenQuote || Tag(k) == T::kCloseQuote)) {
        ++k;
      }
      const bool judgement =
          k < subject_start && IsAdjective(Tag(k)) && IsJudgementAdjective(Lemma(k));
      if (judgement) ++k;
      if (judgement || Lemma(pvg.head) != "be") {
        if (k + 1 < subject_start && Lemma(k) == "as" && IsAny(Lemma(k + 1), {"though", "if"})) {
          k += 2;
        }
        while (k < subject_start && (Tag(k) == T::kCloseQuote || Lemma(k) == "that")) ++k;
        judged = k == subject_start && (judgement || k > pvg.end);
      }
    }
    if (judged) {
      clause.link = ClauseLink::kComplement;
      clause.governor =
          prev.link == ClauseLink::kComplement && prev.governor != kNone ? prev.governor : spoken;
    } else if (speech && adjacent) {
      clause.link = ClauseLink::kComplement;
      clause.governor = spoken;
    } else if (subject_start >= 3 && Lemma(subject_start - 1) == "that" &&
               (Lemma(subject_start - 2) == "and" ||
                (Lemma(subject_start - 2) == "," && Lemma(subject_start - 3) == "and")) &&
               SaidBefore(previous) != kNone) {
      // "said there would be no truce and that the group's fighters
      // would strike": what else was said (past relative clauses: "had
      // been poisoned with Novichok, a nerve agent developed in Russia,
      // and that").
      clause.link = ClauseLink::kComplement;
      clause.governor = out_.clauses[SaidBefore(previous)].governor;
    } else if (!speech && subject_start > 0 && Lemma(subject_start - 1) == "that") {
      // "said in a statement posted on Telegram late on Saturday that
      // it had ...": past a participle phrase, the speech verb before.
      // (And past a reduced relative on the subject: "that two of its
      // members wearing explosive vests had carried out the attacks".)
      int speaker = previous;
      while (speaker > 0 && out_.clauses[speaker].link == ClauseLink::kRelative &&
             (verbs[out_.clauses[speaker].verb].form == VerbForm::kParticiple ||
              (verbs[out_.clauses[speaker].verb].form == VerbForm::kGerund &&
               verbs[out_.clauses[speaker].verb].begin > subject_start))) {
        --speaker;
      }
      if (speaker != previous && IsSpeechLemma(Lemma(verbs[out_.clauses[speaker].verb].head))) {
        clause.link = ClauseLink::kComplement;
        clause.governor = speaker;
      }
    }
  }
}

}  // namespace casus::clauses
