// The analysis of one sentence while it is built: noun phrases, verb groups
// and clauses over a tagged sentence (src/nlp/clause_analyzer.h). Built for
// one sentence and used once (Run); not shared between threads. Its methods
// are in clause_phrases.cc (phrases and groups) and clause_building.cc
// (clauses); the word lists it reads with are in clause_words.h.
#ifndef CASUS_NLP_CLAUSE_BUILDER_H_
#define CASUS_NLP_CLAUSE_BUILDER_H_

#include <string_view>
#include <vector>

#include "nlp/clause_analyzer.h"
#include "nlp/clause_words.h"

namespace casus::clauses {

using T = PosTag;

class Builder {
 public:
  Builder(const TaggedSentence& s, ClauseAnalysis& out) : s_(s), out_(out), n_(s.tokens.size()) {}
  void Run();

 private:
  T Tag(size_t i) const { return s_.tags[i]; }
  std::string_view Lemma(size_t i) const { return s_.lemmas[i]; }
  std::string_view Word(size_t i) const { return s_.tokens[i].text; }

  // clause_phrases.cc: noun phrases
  bool InProtected(size_t i, size_t& span_end) const;
  bool IsPrenominalVerb(size_t i) const;
  bool IsMannerAdverbInPhrase(size_t i) const;
  bool IsResultAfterVerb(size_t i) const;
  size_t PastTimeAdjunct(size_t end) const;
  bool StartsReducedRelative(size_t i) const;
  static bool IsTimeWord(std::string_view lemma);
  size_t ApproximationLength(size_t i) const;
  void AddNp(size_t begin, size_t end, bool pronoun);
  void ChunkNounPhrases();
  bool AdjectivesBeforeNoun(size_t k) const;

  // clause_verb_groups.cc: verb groups
  bool IsPastTenseAfterSubject(const VerbGroup& vg) const;
  // A bare participle after "and" that carries on the active perfect
  // before it: "has expelled the ambassador and [frozen] all new trade".
  bool ContinuesPerfect(const VerbGroup& vg) const;
  void ChunkVerbGroups();
  static bool IsAuxiliary(std::string_view lemma);

  // clause_phrases.cc: links between noun phrases
  void LinkNounPhrases();
  bool HasPossessive(const NounPhrase& np) const;
  uint32_t PhraseEnd(int np) const;
  uint32_t DescriptionEnd(int np) const;
  void SkipBracketedAcronym(uint32_t& after, size_t& next) const;
  void LinkLists();
  int NpEndingBefore(size_t end) const;
  int PrepositionalRelativeHost(size_t before) const;
  int OwnerNp(int np, bool clause_opens_after = false) const;

  // clause_building.cc: clauses, their arguments and links
  int ShiftedObject(size_t k, size_t v) const;
  bool Told(int np_index) const;
  int ObjectRelativeHost(const VerbGroup& vg) const;
  int FormOfLatest(const VerbGroup& vg) const;
  int SaidBefore(int c) const;

  // clause_speech.cc: what a verb of saying or judging says
  void LinkToSpeechBefore(Clause& clause, int previous, size_t before);

  // clause_coordination.cc: which clause a verb joined by "and" goes with
  bool IsSeriesVerb(const VerbGroup& vg, int previous) const;
  // The clause a series goes on from, given the clause before: past a free
  // relative naming what the act was on ("condemned what it called an
  // attempted coup, demanded ..."): the clause it is the object of.
  int SeriesOpener(int previous) const;
  // The clause a finite verb after "and" (at token `before`) is coordinated
  // with, from the clause built last (`previous`).
  int CoordinatedSibling(const VerbGroup& vg, int previous, size_t before) const;
  // The clause `c` hangs from past infinitives and relative clauses:
  // "gave the officers who seized power a week to reinstate" → "gave".
  int EnclosingClause(int c) const;
  bool OpensSentenceAdverbial(const NounPhrase& np) const;
  void BuildClauses();
  void AttachTrailingSpeech();
  void ObjectsNamedByWhat();
  void ParticiplesBeforeTheirVerb();

  const TaggedSentence& s_;
  ClauseAnalysis& out_;
  const size_t n_;
  std::vector<uint32_t> protected_end_;
};

}  // namespace casus::clauses

#endif  // CASUS_NLP_CLAUSE_BUILDER_H_
