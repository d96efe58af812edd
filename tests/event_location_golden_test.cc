// Golden test of event locations: the sample articles are coded as `casus
// code` codes them (data/samples/articles.jsonl read by the intake reader,
// one Pipeline), paired with the hand-coded events of data/samples/gold.jsonl
// as `casus eval` pairs them (EvaluateDocument), and every pair whose gold
// event has coordinates must be placed within 50 km of them, in the gold
// event's country and at its precision where the gold gives those — except
// the listed known errors, which must still be wrong.
#include <gtest/gtest.h>

#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "base/distance.h"
#include "eval/evaluation.h"
#include "eval/gold.h"
#include "geo/gazetteer.h"
#include "pipeline/pipeline.h"
#include "sample_corpus.h"

namespace casus {
namespace {

constexpr double kToleranceKm = 50;
// Matched events with gold coordinates the test must check: fewer means
// the pipeline stopped finding the sample events, and a location test over
// a handful of events would say little.
constexpr size_t kMinimumChecked = 70;

// Matched events casus places wrong today, each with its cause. The test
// requires them to be still wrong, so a fix must remove its line here, and
// every other matched event to be right.
struct KnownWrong {
  const char* document;
  const char* type;
  const char* place;  // the gold event's place name
  const char* cause;
};
constexpr KnownWrong kKnownWrong[] = {
    {"al-qaim-drone-strike-pmf-2019-08-26", "ACCUSE", "Iraq", "paired with another statement"},
    {"coalition-convoy-roadside-bombs-2021-05-23", "ASSAULT", "Anbar province",
     "placed at the compass part 'western Anbar', far from the province's point in this large "
     "province"},
    {"galaxy-leader-seized-2023-11-20", "COERCE", "Red Sea", "our Red Sea point is not the gold's"},
    {"mahsa-amini-protests-spread-2022-09-20", "COERCE", "Kurdistan province",
     "paired with another event"},
    {"mahsa-amini-protests-spread-2022-09-20", "PROTEST", "Kurdistan province",
     "the province's protest, joined by the toll there, is placed at Saqqez, which a later "
     "sentence names: a town inside the province, 121 km from its point"},
    {"msc-aries-seized-2024-04-13", "COERCE", "Strait of Hormuz",
     "our Strait of Hormuz point is not the gold's"},
    {"qasim-muslih-arrest-2021-05-26", "COERCE", "Baghdad",
     "'the PMF commander in Anbar province' taken for the place of the arrest"},
    {"us-embassy-baghdad-stormed-2020-01-01", "ACCUSE", "Florida",
     "'wrote from his Florida resort' not read as where the speaker was"},
    {"us-iran-prisoner-swap-2023-09-18", "RETREAT", "Washington",
     "clemency placed where the pardoned were convicted ('in the United States'), not at the "
     "capital"},
    {"us-strikes-iraq-syria-2024-02-03", "ASSAULT", "Deir ez-Zor province",
     "placed at another listed site's precision"},
    {"us-strikes-kataib-hezbollah-2019-12-30", "ASSAULT", "Abu Kamal",
     "listed as 'in Iraq and Syria'; the town is named only in a sentence telling no act"},
    {"us-strikes-kataib-hezbollah-2019-12-30", "ASSAULT", "al-Qaim",
     "listed as 'in Iraq and Syria'; the town is named only in a sentence telling no act, and "
     "the funerals 'in Baghdad' are"},
    {"yemen-prisoner-exchange-2023-04-14", "RETREAT", "Sanaa",
     "the lead's swap names both towns and is placed at the second; the Houthis' release of "
     "soldiers 'held in Sanaa' stays apart, its target (troops) not the lead's (the government)"},
};

const KnownWrong* FindKnownWrong(const std::string& document, const std::string& type,
                                 const std::string& place) {
  for (const KnownWrong& k : kKnownWrong) {
    if (document == k.document && type == k.type && place == k.place) return &k;
  }
  return nullptr;
}

TEST(EventLocationGolden, SampleEventsArePlacedWhereTheGoldSays) {
  auto pipeline = Pipeline::Create({});
  if (!pipeline.ok()) {
    GTEST_SKIP() << "pipeline data missing (build the data targets): "
                 << pipeline.status().message();
  }
  const testing::SampleCorpus corpus = testing::LoadSampleCorpus();
  ASSERT_FALSE(corpus.articles.empty());

  size_t checked = 0, wrong = 0;
  std::set<const KnownWrong*> known_seen;
  for (const auto& [article, gold_document] : corpus.articles) {
    const GoldDocument& g = *gold_document;
    const CodedDocument coded = (*pipeline)->Code(article);
    const DocumentEvaluation evaluation = EvaluateDocument(g, coded);
    for (const EventPair& pair : evaluation.matches) {
      const GoldEvent& want = g.events[pair.gold];
      if (!want.location || !want.location->lat || !want.location->lon) continue;
      const GoldPlace& place = *want.location;
      const Event& got = coded.events[pair.predicted];
      ++checked;
      SCOPED_TRACE(article.id + ": " + want.type + " at " + place.name);
      std::string why;
      if (!got.location) {
        why = "no location";
      } else {
        const Location& where = *got.location;
        const double km = DistanceKm(*place.lat, *place.lon, where.lat, where.lon);
        const std::string at = "placed at " + where.name + " (" + std::to_string(where.lat) + ", " +
                               std::to_string(where.lon) + ")";
        if (km > kToleranceKm) {
          why = at + ", " + std::to_string(static_cast<int>(km)) + " km away";
        } else if (!place.country.empty() && where.country != place.country) {
          why = at + " in " + where.country + ", not " + place.country;
        } else if (!place.precision.empty() && where.precision != place.precision) {
          why = at + " at precision " + where.precision + ", not " + place.precision;
        }
      }
      const KnownWrong* known = FindKnownWrong(article.id, want.type, place.name);
      if (known != nullptr) {
        known_seen.insert(known);
        EXPECT_FALSE(why.empty()) << "placed right now: remove it from kKnownWrong";
      } else {
        EXPECT_TRUE(why.empty()) << why;
      }
      if (!why.empty()) ++wrong;
    }
  }
  std::printf("event locations: %zu of %zu matched events placed right\n", checked - wrong,
              checked);
  EXPECT_GE(checked, kMinimumChecked);
  for (const KnownWrong& k : kKnownWrong) {
    EXPECT_TRUE(known_seen.count(&k))
        << k.document << " " << k.type << " is no longer matched: remove it from kKnownWrong";
  }
}

}  // namespace
}  // namespace casus
