// Golden test of event locations: the sample articles are coded as `casus
// code` codes them (data/samples/articles.jsonl read by the intake reader,
// one Pipeline), paired with the hand-coded events of data/samples/gold.jsonl
// as `casus eval` pairs them (EvaluateDocument), and every pair whose gold
// event has coordinates must be placed within 50 km of them, in the gold
// event's country and at its precision where the gold gives those.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "eval/evaluation.h"
#include "eval/gold.h"
#include "geo/gazetteer.h"
#include "intake/document_reader.h"
#include "pipeline/pipeline.h"

namespace casus {
namespace {

constexpr double kToleranceKm = 50;
// Matched events with gold coordinates the test must check: fewer means
// the pipeline stopped finding the sample events, and a location test over
// a handful of events would say little.
constexpr size_t kMinimumChecked = 70;

std::string SamplePath(const std::string& name) {
  return std::string(CASUS_SOURCE_DIR) + "/data/samples/" + name;
}

TEST(EventLocationGolden, SampleEventsArePlacedWhereTheGoldSays) {
  auto pipeline = Pipeline::Create({});
  if (!pipeline.ok()) {
    GTEST_SKIP() << "pipeline data missing (build the data targets): "
                 << pipeline.status().message();
  }
  auto gold = LoadGoldFile(SamplePath("gold.jsonl"));
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_TRUE(gold->errors.empty());
  std::map<std::string, const GoldDocument*> gold_by_id;
  for (const GoldDocument& g : gold->documents) gold_by_id[g.document.id] = &g;

  std::vector<Document> articles;
  DocumentReader reader(IntakeOptions{});
  reader.Read({SamplePath("articles.jsonl")}, [&](IntakeRecord&& record) {
    ASSERT_TRUE(record.status.ok()) << record.id << ": " << record.status.message();
    articles.push_back(std::move(record.document));
  });
  ASSERT_EQ(articles.size(), gold->documents.size());

  size_t checked = 0, wrong = 0;
  for (const Document& article : articles) {
    auto it = gold_by_id.find(article.id);
    ASSERT_NE(it, gold_by_id.end()) << article.id << " has no gold line";
    const GoldDocument& g = *it->second;
    const CodedDocument coded = (*pipeline)->Code(article);
    const DocumentEvaluation evaluation = EvaluateDocument(g, coded);
    for (const EventPair& pair : evaluation.matches) {
      const GoldEvent& want = g.events[pair.gold];
      if (!want.location || !want.location->lat || !want.location->lon) continue;
      const GoldPlace& place = *want.location;
      const Event& got = coded.events[pair.predicted];
      ++checked;
      SCOPED_TRACE(article.id + ": " + want.type + " at " + place.name);
      if (!got.location) {
        ++wrong;
        ADD_FAILURE() << "no location";
        continue;
      }
      const Location& where = *got.location;
      const double km = DistanceKm(*place.lat, *place.lon, where.lat, where.lon);
      bool right = km <= kToleranceKm;
      EXPECT_LE(km, kToleranceKm) << "placed at " << where.name << " (" << where.lat << ", "
                                  << where.lon << ")";
      if (!place.country.empty()) {
        right = right && where.country == place.country;
        EXPECT_EQ(where.country, place.country) << "placed at " << where.name;
      }
      if (!place.precision.empty()) {
        right = right && where.precision == place.precision;
        EXPECT_EQ(where.precision, place.precision) << "placed at " << where.name;
      }
      if (!right) ++wrong;
    }
  }
  std::printf("event locations: %zu of %zu matched events placed right\n", checked - wrong,
              checked);
  EXPECT_GE(checked, kMinimumChecked);
}

}  // namespace
}  // namespace casus
