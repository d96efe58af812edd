#include "nlp/reading_words.h"

#include <gtest/gtest.h>

#include "nlp/reading_test_tokens.h"

namespace casus::reading {
namespace {

TEST(ReadingWordTableTest, FoldsCaseAndTypographicApostrophes) {
  ReadingWordTable table;
  table.AddAll("monday n't 's won't", 1);
  table.Add("Monday", 2);  // a second Add ORs the values
  struct Case {
    const char* word;
    uint32_t value;
  } cases[] = {
      {"Monday", 3},
      {"MONDAY", 3},
      {"monday", 3},
      {"n't", 1},
      {"n\xE2\x80\x99t", 1},
      {"\xE2\x80\x99s", 1},
      {"won\xE2\x80\x99t", 1},
      {"Mondays", 0},
      {"", 0},
      {"tuesday", 0},
      {"mon", 0},
      {"x\xE2\x80\x99t", 0},
  };
  for (const auto& c : cases) EXPECT_EQ(table.Find(c.word), c.value) << c.word;
}

TEST(ReadingWordTableTest, GrowsAndKeepsEveryWord) {
  ReadingWordTable table;
  std::vector<std::string> words;
  for (int i = 0; i < 3000; ++i) words.push_back("w" + std::to_string(i * 7919));
  for (size_t i = 0; i < words.size(); ++i) table.Add(words[i], static_cast<uint32_t>(i + 1));
  for (size_t i = 0; i < words.size(); ++i) EXPECT_EQ(table.Find(words[i]), i + 1) << words[i];
  EXPECT_EQ(table.Find("w1"), 0u);
}

TEST(SentenceWordsTest, CachesValuesAndSummarises) {
  ReadingWordTable table;
  table.Add("rockets", 4);
  table.Add("monday", 8);
  TestSentence sentence("Five rockets hit on Monday, 3 more later.");
  SentenceWords words(table, sentence.tokens());
  EXPECT_EQ(words.all(), 12u);
  EXPECT_TRUE(words.has_digit());
  EXPECT_EQ(words[1], 4u);
  EXPECT_EQ(words[4], 8u);
  EXPECT_EQ(words[5], 0u);    // the comma
  EXPECT_EQ(words[100], 0u);  // past the end
}

TEST(ParseDigitIntegerTest, AcceptsOnlyWellFormedIntegers) {
  EXPECT_EQ(ParseDigitInteger("1,500"), 1500);
  EXPECT_EQ(ParseDigitInteger("12,000,000"), 12000000);
  EXPECT_EQ(ParseDigitInteger("7"), 7);
  EXPECT_FALSE(ParseDigitInteger("1,50").has_value());
  EXPECT_FALSE(ParseDigitInteger(",500").has_value());
  EXPECT_FALSE(ParseDigitInteger("9:30").has_value());
  EXPECT_FALSE(ParseDigitInteger("3rd").has_value());
  EXPECT_EQ(ParseDayNumber("3rd"), 3);
  EXPECT_EQ(ParseDayNumber("31"), 31);
  EXPECT_FALSE(ParseDayNumber("32").has_value());
  EXPECT_FALSE(ParseDayNumber("3x").has_value());
  EXPECT_EQ(ParseDecimal("2.5"), 2.5);
  EXPECT_FALSE(ParseDecimal("25").has_value());
}

TEST(WordIsAnyTest, MatchesWholeEntriesInAnyCase) {
  constexpr std::string_view kList = "on in at during don't";
  for (std::string_view word :
       {"on", "In", "AT", "during", "During", "don't", "don\xE2\x80\x99t"}) {
    EXPECT_TRUE(WordIsAny(word, kList)) << word;
  }
  for (std::string_view word : {"", "o", "ont", "dur", "duringx", "to", "don", "dont", "donxxt"}) {
    EXPECT_FALSE(WordIsAny(word, kList)) << word;
  }
  EXPECT_TRUE(WordIsAny("at", "at"));
  EXPECT_FALSE(WordIsAny("at", ""));
}

}  // namespace
}  // namespace casus::reading
