// Random word salads built from the readers' trigger words must never
// crash them (the Debug build runs this under AddressSanitizer) and must
// keep every reported span inside the sentence.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "nlp/count_reader.h"
#include "nlp/date_resolver.h"
#include "nlp/hedge_detector.h"
#include "nlp/reading_test_tokens.h"

namespace casus {
namespace {

constexpr const char* kVocabulary[] = {
    "on",        "Monday",    "late",       "early",    "last",      "next",       "this",
    "week",      "weekend",   "the",        "day",      "before",    "after",      "yesterday",
    "night",     "of",        "Jan.",       "March",    "May",       "3",          "3-5",
    "2020",      "2019-2021", "1990s",      "mid-2020", "mid-March", "between",    "and",
    "from",      "to",        "-",          ",",        ".",         "\"",         "\xE2\x80\x9C",
    "since",     "in",        "ago",        "two",      "a",         "an",         "another",
    "killed",    "wounded",   "dead",       "toll",     "rose",      "at",         "least",
    "more",      "than",      "dozens",     "tens",     "thousands", "no",         "one",
    "nobody",    "none",      "any",        "not",      "without",   "casualties", "deaths",
    "soldiers",  "civilian",  "people",     "others",   "were",      "was",        "who",
    "including", "among",     "them",       "rockets",  "drones",    "number",     "reportedly",
    "claimed",   "said",      "could",      "verified", "clear",     "may",        "have",
    "will",      "1,500",     "twenty-one", "hundred",  "million",   "2.5",        "'s",
    "himself",   "if",        "several",    "up",       "as",        "many",       "or",
};

TEST(ReadingRobustnessTest, RandomSentencesStayInBounds) {
  const DateResolver dates;
  const CountReader counts;
  const HedgeDetector hedges;
  std::mt19937 random(20240128);
  std::uniform_int_distribution<size_t> pick(0, std::size(kVocabulary) - 1);
  std::uniform_int_distribution<int> length(0, 40);
  const auto published = Date::Parse("2021-02-16");
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const int n = length(random);
    for (int i = 0; i < n; ++i) {
      if (!text.empty()) text += ' ';
      text += kVocabulary[pick(random)];
    }
    reading::TestSentence sentence(text);
    const auto tokens = sentence.tokens();
    const auto size = static_cast<uint32_t>(tokens.size());
    uint32_t last_end = 0;
    for (const DateMention& m : dates.Find(tokens, round % 2 ? published : std::nullopt)) {
      EXPECT_LT(m.first_token, m.end_token) << text;
      EXPECT_LE(m.end_token, size) << text;
      EXPECT_GE(m.first_token, last_end) << text;
      EXPECT_TRUE(m.date.Valid()) << text;
      if (m.end_date) {
        EXPECT_LE(m.date, *m.end_date) << text;
      }
      last_end = m.end_token;
    }
    const CasualtyCounts c = counts.Read(tokens);
    for (const CasualtyMention& m : c.mentions) {
      EXPECT_LE(m.first_token, m.end_token) << text;
      EXPECT_LE(m.end_token, size) << text;
      EXPECT_LT(m.trigger_token, size) << text;
      EXPECT_GE(m.count, 0) << text;
    }
    for (const auto* v : {&c.killed, &c.injured, &c.casualties}) {
      if (*v) {
        EXPECT_GE(**v, 0) << text;
      }
    }
    for (const CountedItem& item : c.weapons) EXPECT_LT(item.noun_token, size) << text;
    for (uint32_t at = 0; at < size; ++at) {
      if (auto q = counts.ParseNumber(tokens, at)) {
        EXPECT_EQ(q->first_token, at) << text;
        EXPECT_LE(q->end_token, size) << text;
        EXPECT_GE(q->value, 0) << text;
      }
    }
    const HedgeReading h = hedges.Find(tokens);
    EXPECT_EQ(h.hedged, hedges.IsHedged(tokens)) << text;
    last_end = 0;
    for (const HedgeCue& cue : h.cues) {
      EXPECT_LT(cue.first_token, cue.end_token) << text;
      EXPECT_LE(cue.end_token, size) << text;
      EXPECT_GE(cue.first_token, last_end) << text;
      last_end = cue.end_token;
    }
  }
}

}  // namespace
}  // namespace casus
