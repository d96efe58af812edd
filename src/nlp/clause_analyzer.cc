#include "nlp/clause_analyzer.h"

#include "nlp/clause_builder.h"

namespace casus {

bool IsPassiveAuxiliary(std::string_view lemma) { return lemma == "be" || lemma == "get"; }

void ClauseAnalysis::clear() {
  nps.clear();
  verbs.clear();
  clauses.clear();
  attribution_np = kNone;
  np_of_token.clear();
}

void ClauseAnalyzer::Analyze(const TaggedSentence& sentence, ClauseAnalysis& out) const {
  clauses::Builder(sentence, out).Run();
}

}  // namespace casus
