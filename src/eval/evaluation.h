// Scoring casus's coded documents against gold documents.
//
// EvaluateDocument compares one document's predicted events (kind=event
// records) and relations with its gold events and relations; a Scoreboard
// adds the per-document results up into the numbers `casus eval` reports:
//
//   events     precision = matched / predicted, recall = matched / gold, F1,
//              overall and per PLOVER type (matching: event_matching.h)
//   fields     for matched pairs, the share of pairs whose field agrees with
//              the gold, over the pairs whose gold event gives that field
//   per gold   over all gold events, each paired with the document's most
//   event      similar prediction (PairForAccuracy):
//                type accuracy — share of gold events whose document
//                  produced an event of that type for it;
//                source / target country accuracy — share of gold events
//                  with an actor1 (actor2) country whose paired prediction
//                  has that actor1 (actor2) country; a gold event without a
//                  paired prediction counts as wrong.
//              On the PLOVER development records, each one coded sentence
//              with one event, these are the "event type accuracy"
//              and "source/target country accuracy".
//   relations  precision / recall / F1 of relation records: equal relation
//              name, subject and object matching the gold actors.
//
// Thread safety: EvaluateDocument is a pure function; a Scoreboard is a
// plain accumulator (one per thread, or guarded by the caller).
#ifndef CASUS_EVAL_EVALUATION_H_
#define CASUS_EVAL_EVALUATION_H_

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "casus/records.h"
#include "eval/event_matching.h"
#include "eval/gold.h"

namespace casus {

struct DocumentEvaluation {
  std::string doc;
  std::vector<EventPair> matches;                   // strict matching
  std::vector<size_t> missed;                       // gold events without a match
  std::vector<size_t> spurious;                     // predicted events without a match
  std::vector<std::vector<FieldVerdict>> verdicts;  // per match, same order
  std::vector<EventPair> accuracy_pairs;            // PairForAccuracy
  size_t predicted_events = 0;
  size_t gold_relations = 0;
  size_t predicted_relations = 0;
  size_t matched_relations = 0;
  std::vector<size_t> missed_relations;    // gold relations without a match
  std::vector<size_t> spurious_relations;  // predicted relations without a match
};

DocumentEvaluation EvaluateDocument(const GoldDocument& gold, const CodedDocument& coded,
                                    const MatchOptions& options = {});

// correct / scored, with the share (0 when nothing was scored).
struct Tally {
  size_t correct = 0;
  size_t scored = 0;
  double Share() const { return scored == 0 ? 0 : static_cast<double>(correct) / scored; }
};

struct DetectionCounts {
  size_t gold = 0;
  size_t predicted = 0;
  size_t matched = 0;
  double Precision() const {
    return predicted == 0 ? 0 : static_cast<double>(matched) / static_cast<double>(predicted);
  }
  double Recall() const {
    return gold == 0 ? 0 : static_cast<double>(matched) / static_cast<double>(gold);
  }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

struct EvaluationSummary {
  size_t documents = 0;
  DetectionCounts events;
  std::map<std::string, DetectionCounts> by_type;  // PLOVER type → counts
  std::array<Tally, kEvalFieldCount> fields;       // indexed by EvalField
  Tally type_accuracy;                             // per gold event
  Tally actor1_country_accuracy;                   // per gold event with an actor1 country
  Tally actor2_country_accuracy;                   // per gold event with an actor2 country
  DetectionCounts relations;
};

class Scoreboard {
 public:
  // Adds one document; `gold` and `coded` must be the ones `evaluation` was
  // computed from.
  void Add(const GoldDocument& gold, const CodedDocument& coded,
           const DocumentEvaluation& evaluation);
  const EvaluationSummary& summary() const { return summary_; }

 private:
  EvaluationSummary summary_;
};

}  // namespace casus

#endif  // CASUS_EVAL_EVALUATION_H_
