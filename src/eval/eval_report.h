// What `casus eval` prints: a report for people, the same numbers as one
// JSON object for scripts, and per-document diffs (`--verbose`).
//
// Thread safety: pure functions.
#ifndef CASUS_EVAL_EVAL_REPORT_H_
#define CASUS_EVAL_EVAL_REPORT_H_

#include <string>
#include <vector>

#include "casus/records.h"
#include "eval/evaluation.h"
#include "eval/gold.h"

namespace casus {

// Where the numbers came from, for the report's header.
struct ReportContext {
  std::string gold_path;
  size_t gold_lines = 0;     // non-blank lines of the gold file
  size_t skipped_lines = 0;  // bad lines, not scored
  MatchOptions options;
};

// The readable report: counts, P/R/F1, the per-type table, field accuracy
// and the per-gold-event accuracies. Ends with a newline.
std::string FormatTextReport(const EvaluationSummary& summary, const ReportContext& context);

// One document's diff: missed gold events and relations, spurious predictions, and the
// fields of matched pairs that disagree. Empty when the document is coded
// exactly as the gold says.
std::string FormatDocumentDiff(const GoldDocument& gold, const CodedDocument& coded,
                               const DocumentEvaluation& evaluation);

// The summary as one JSON object (one line, no trailing newline). Shares
// with nothing scored are null. When `documents` is non-empty, a
// "document_results" array lists each one's matched, missed and spurious
// events and the field mismatches of its matched pairs.
struct DocumentResult {
  const GoldDocument* gold = nullptr;
  const CodedDocument* coded = nullptr;
  const DocumentEvaluation* evaluation = nullptr;
};
std::string FormatJsonReport(const EvaluationSummary& summary, const ReportContext& context,
                             const std::vector<DocumentResult>& documents = {});

// One-line descriptions of events, as the diffs show them:
// "ASSAULT/drone 2021-02-15 Erbil (IRQ): Saraya Awliya al-Dam -> US forces";
// relations as "Kataib Hezbollah backed_by Iran (by United States)".
std::string DescribeGoldEvent(const GoldEvent& event);
std::string DescribeEvent(const Event& event);
std::string DescribeGoldRelation(const GoldRelation& relation);
std::string DescribeRelation(const Relation& relation);

}  // namespace casus

#endif  // CASUS_EVAL_EVAL_REPORT_H_
