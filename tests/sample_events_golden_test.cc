// Golden test of the sample events, field by field: the sample articles are
// coded as `casus code` codes them, paired with the hand-coded events of
// data/samples/gold.jsonl as `casus eval` pairs them, and every gold event
// must be matched with its date, place (within 50 km), country, actors and
// their countries, claims, sponsors and fatalities right — except the known
// errors listed in tests/testdata/sample_events_known_wrong.tsv, which must
// still be wrong. A fix therefore removes its lines there; a regression adds
// a failure naming the event and the field, with the line that would list it.
//
// The list's lines: document, the gold event as `casus eval --verbose`
// describes it, and the field (as `casus eval` names it, or "matched" for a
// gold event casus does not produce), separated by tabs.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "eval/eval_report.h"
#include "eval/evaluation.h"
#include "eval/gold.h"
#include "pipeline/pipeline.h"
#include "sample_corpus.h"

namespace casus {
namespace {

// The fields the golden test holds casus to (the event type is part of the
// match itself).
constexpr EvalField kCheckedFields[] = {
    EvalField::kDate,          EvalField::kCountry,   EvalField::kPlace,
    EvalField::kActor1,        EvalField::kActor2,    EvalField::kActor1Country,
    EvalField::kActor2Country, EvalField::kClaimedBy, EvalField::kSponsors,
    EvalField::kFatalities,
};

// Gold events the test must find matched: fewer means the pipeline stopped
// finding the sample events.
constexpr size_t kMinimumMatched = 75;

using Key = std::tuple<std::string, std::string, std::string>;  // document, event, field

using testing::SourcePath;

std::set<Key> ReadKnownWrong(const std::string& path) {
  std::set<Key> known;
  std::ifstream in(path);
  if (!in) ADD_FAILURE() << "cannot read " << path;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t a = line.find('\t');
    const size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos) {
      ADD_FAILURE() << path << ": malformed line: " << line;
      continue;
    }
    known.emplace(line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1));
  }
  return known;
}

TEST(SampleEventsGolden, EveryFieldOfEverySampleEvent) {
  auto pipeline = Pipeline::Create({});
  if (!pipeline.ok()) {
    GTEST_SKIP() << "pipeline data missing (build the data targets): "
                 << pipeline.status().message();
  }
  const testing::SampleCorpus corpus = testing::LoadSampleCorpus();
  ASSERT_FALSE(corpus.articles.empty());
  const std::set<Key> known =
      ReadKnownWrong(SourcePath("tests/testdata/sample_events_known_wrong.tsv"));

  std::set<Key> seen_wrong;
  size_t matched = 0, fields = 0, fields_right = 0;
  std::string unexpected;
  auto judge = [&](const Key& key, bool right) {
    const bool listed = known.count(key) > 0;
    if (!right) seen_wrong.insert(key);
    if (!right && !listed) {
      unexpected += std::get<0>(key) + "\t" + std::get<1>(key) + "\t" + std::get<2>(key) + "\n";
    }
  };
  for (const auto& [article, gold_document] : corpus.articles) {
    const GoldDocument& g = *gold_document;
    const CodedDocument coded = (*pipeline)->Code(article);
    const DocumentEvaluation evaluation = EvaluateDocument(g, coded);
    for (size_t i : evaluation.missed) {
      judge({article.id, DescribeGoldEvent(g.events[i]), "matched"}, false);
    }
    for (size_t k = 0; k < evaluation.matches.size(); ++k) {
      ++matched;
      const std::string event = DescribeGoldEvent(g.events[evaluation.matches[k].gold]);
      judge({article.id, event, "matched"}, true);
      for (const FieldVerdict& verdict : evaluation.verdicts[k]) {
        if (std::find(std::begin(kCheckedFields), std::end(kCheckedFields), verdict.field) ==
            std::end(kCheckedFields)) {
          continue;
        }
        ++fields;
        fields_right += verdict.correct ? 1 : 0;
        judge({article.id, event, std::string(EvalFieldName(verdict.field))}, verdict.correct);
      }
    }
  }
  std::printf("sample events: %zu matched; %zu of %zu checked fields right\n", matched,
              fields_right, fields);
  EXPECT_GE(matched, kMinimumMatched);
  EXPECT_TRUE(unexpected.empty()) << "wrong and not listed as known (lines for the list):\n"
                                  << unexpected;
  std::string fixed;
  for (const Key& key : known) {
    if (!seen_wrong.count(key)) {
      fixed += std::get<0>(key) + "\t" + std::get<1>(key) + "\t" + std::get<2>(key) + "\n";
    }
  }
  EXPECT_TRUE(fixed.empty()) << "right now (or no longer produced): remove from the list:\n"
                             << fixed;
}

}  // namespace
}  // namespace casus
