#include "nlp/tagger_features.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "base/scratch_dir.h"
#include "nlp/tagger_model.h"

namespace casus::tagger {
namespace {

TokenInfo Describe(std::string_view w, QuoteSide q = QuoteSide::kUnknown) {
  TokenInfo info;
  DescribeToken(w, q, &info);
  return info;
}

struct FixedTagCase {
  std::string word;
  QuoteSide quote;
  uint8_t tag;
};

class FixedTagTest : public testing::TestWithParam<FixedTagCase> {};

TEST_P(FixedTagTest, TagsWithoutModel) {
  const FixedTagCase& c = GetParam();
  EXPECT_EQ(Describe(c.word, c.quote).fixed_tag, c.tag) << c.word;
}

constexpr uint8_t T(PosTag t) { return static_cast<uint8_t>(t); }

INSTANTIATE_TEST_SUITE_P(
    Tokens, FixedTagTest,
    testing::Values(FixedTagCase{"1,500", QuoteSide::kUnknown, T(PosTag::kCD)},
                    FixedTagCase{"2021-02-15", QuoteSide::kUnknown, T(PosTag::kCD)},
                    FixedTagCase{"9:30", QuoteSide::kUnknown, T(PosTag::kCD)},
                    FixedTagCase{"3rd", QuoteSide::kUnknown, kNoTag},
                    FixedTagCase{"\"", QuoteSide::kOpening, T(PosTag::kOpenQuote)},
                    FixedTagCase{"\"", QuoteSide::kClosing, T(PosTag::kCloseQuote)},
                    FixedTagCase{"\xE2\x80\x9C", QuoteSide::kUnknown, T(PosTag::kOpenQuote)},
                    FixedTagCase{"\xE2\x80\x9D", QuoteSide::kUnknown, T(PosTag::kCloseQuote)},
                    FixedTagCase{"\xE2\x80\x94", QuoteSide::kUnknown, T(PosTag::kColon)},
                    FixedTagCase{"...", QuoteSide::kUnknown, T(PosTag::kColon)},
                    FixedTagCase{"?", QuoteSide::kUnknown, T(PosTag::kPeriod)},
                    FixedTagCase{"(", QuoteSide::kUnknown, T(PosTag::kLeftParen)},
                    FixedTagCase{"$", QuoteSide::kUnknown, T(PosTag::kDollar)},
                    FixedTagCase{"n't", QuoteSide::kUnknown, T(PosTag::kRB)},
                    FixedTagCase{"'s", QuoteSide::kUnknown, kPossessiveOrIs},
                    FixedTagCase{"attack", QuoteSide::kUnknown, kNoTag},
                    FixedTagCase{"Iran-backed", QuoteSide::kUnknown, T(PosTag::kJJ)},
                    FixedTagCase{"US-led", QuoteSide::kUnknown, T(PosTag::kJJ)},
                    FixedTagCase{"IRGC-affiliated", QuoteSide::kUnknown, T(PosTag::kJJ)},
                    FixedTagCase{"state-owned", QuoteSide::kUnknown, T(PosTag::kJJ)},
                    FixedTagCase{"re-elected", QuoteSide::kUnknown, kNoTag},
                    FixedTagCase{"high-speed", QuoteSide::kUnknown, kNoTag},
                    FixedTagCase{"al-Muhandis", QuoteSide::kUnknown, kNoTag}));

TEST(DescribeTokenTest, FlagsNewsShapes) {
  EXPECT_TRUE(Describe("al-Muhandis").flags & kArabicName);
  EXPECT_TRUE(Describe("Al-Shabaab").flags & kArabicName);
  EXPECT_FALSE(Describe("al-").flags & kArabicName);
  EXPECT_FALSE(Describe("anti-tank").flags & kArabicName);
  EXPECT_TRUE(Describe("Iran-backed").flags & kHasHyphen);
  EXPECT_TRUE(Describe("IRGC").flags & kAllCaps);
  EXPECT_FALSE(Describe("I").flags & kAllCaps);
  EXPECT_TRUE(Describe("Erbil").flags & kInitialCap);
  // Case-insensitive lexical identity, case-sensitive exact form.
  EXPECT_EQ(Describe("Attack").lower, Describe("attack").lower);
  EXPECT_NE(Describe("Attack").exact, Describe("attack").exact);
  // Numbers share their word features; curly apostrophes read as straight.
  EXPECT_EQ(Describe("1,500").lower, Describe("12").lower);
  EXPECT_EQ(Describe("Iran\xE2\x80\x99s").exact, Describe("Iran's").exact);
}

// Headline detection needs the lexicon's word classes.
class HeadlineTest : public testing::Test {
 protected:
  HeadlineTest() {
    std::vector<TaggerModel::LexiconEntry> entries;
    for (std::string_view w : {"hit", "base", "denies", "role", "rockets", "attack", "us"}) {
      entries.push_back({HashString(w), kNoTag, kWordLower});
    }
    for (std::string_view w : {"iran", "baghdad"})
      entries.push_back({HashString(w), kNoTag, kWordCapital});
    model_ = TaggerModel(entries, {});
  }
  HeadlineMode Mode(const std::vector<std::string_view>& words) {
    std::vector<TokenInfo> infos(words.size());
    std::vector<QuoteSide> quotes(words.size(), QuoteSide::kUnknown);
    return model_.DescribeSentence(words, quotes, infos.data());
  }
  TaggerModel model_;
};

TEST_F(HeadlineTest, DetectsModes) {
  EXPECT_EQ(Mode({"Rockets", "Hit", "Base", "In", "Erbil"}), HeadlineMode::kTitleCase);
  EXPECT_EQ(Mode({"Militia", "Denies", "Role", "in", "Attack", "on", "al-Asad"}),
            HeadlineMode::kTitleCase);
  EXPECT_EQ(Mode({"ROCKETS", "HIT", "US", "EMBASSY", "IN", "BAGHDAD"}), HeadlineMode::kAllCaps);
  EXPECT_EQ(Mode({"Rockets", "hit", "a", "base", "in", "Erbil", "."}), HeadlineMode::kNone);
  // Names and acronyms alone are not a headline.
  EXPECT_EQ(Mode({"The", "US", "and", "Iran", "."}), HeadlineMode::kNone);
  EXPECT_EQ(Mode({"IRGC", "and", "PMF", "units"}), HeadlineMode::kNone);
  EXPECT_EQ(Mode({}), HeadlineMode::kNone);
}

TEST(TaggerModelTest, WeightsRoundTripThroughFile) {
  std::vector<TaggerModel::FeatureWeights> features = {
      {Key(kWord, HashString("attack")), {{T(PosTag::kNN), 2.5f}, {T(PosTag::kVB), -1.25f}}},
      {Key(kBias, 0), {{T(PosTag::kNNP), 0.5f}}}};
  const TaggerModel model({{HashString("the"), T(PosTag::kDT), kWordLower}}, features);
  const std::string path = casus::testing_support::ScratchDir() + "/casus_tiny.model";
  ASSERT_TRUE(model.Save(path).ok());
  auto loaded = TaggerModel::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  float scores[64] = {};
  loaded->AddWeights(Key(kWord, HashString("attack")), scores);
  loaded->AddWeights(Key(kWord, HashString("absent")), scores);
  EXPECT_NEAR(scores[T(PosTag::kNN)], 2.5f, 1e-4);
  EXPECT_NEAR(scores[T(PosTag::kVB)], -1.25f, 1e-4);
  EXPECT_EQ(scores[T(PosTag::kNNP)], 0.0f);
  TokenInfo the = Describe("the");
  loaded->LookUpWord(&the);
  EXPECT_EQ(the.dict_tag, T(PosTag::kDT));
  EXPECT_EQ(the.word_class, kWordLower);
  std::remove(path.c_str());
}

// Features of three to eight tags share one array, more take a dense row;
// both come back from the file as they were built.
TEST(TaggerModelTest, SharedAndDenseWeightsRoundTrip) {
  TaggerModel::FeatureWeights shared{Key(kSuffix3, HashString("ing")), {}};
  for (int t = 0; t < 5; ++t) shared.weights.push_back({static_cast<uint8_t>(t), 0.25f * (t + 1)});
  TaggerModel::FeatureWeights dense{Key(kBias, 0), {}};
  for (int t = 0; t < kPosTagCount; ++t) dense.weights.push_back({static_cast<uint8_t>(t), -1.0f});
  const TaggerModel model({}, {shared, dense});
  const std::string path = casus::testing_support::ScratchDir() + "/casus_rows.model";
  ASSERT_TRUE(model.Save(path).ok());
  auto loaded = TaggerModel::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->feature_count(), 2u);
  EXPECT_EQ(loaded->cell_count(), 5u + kPosTagCount);
  float scores[64] = {};
  loaded->AddWeights(shared.key, scores);
  loaded->AddWeights(dense.key, scores);
  for (int t = 0; t < kPosTagCount; ++t) {
    EXPECT_NEAR(scores[t], (t < 5 ? 0.25f * (t + 1) : 0.0f) - 1.0f, 1e-4) << t;
  }
  std::remove(path.c_str());
}

// The tables keep a 32-bit check of each key: a second key of the model
// with the same check in the same chain is left out and counted, never
// answering for the first.
TEST(TaggerModelTest, KeysSharingChainAndCheckAreLeftOut) {
  const uint64_t first = (uint64_t{0xABCD1234} << 32) | 5;
  const uint64_t twin = first | (uint64_t{1} << 20);  // same slot in a small table, same check
  const TaggerModel model({{first, T(PosTag::kDT), kWordLower}, {twin, T(PosTag::kIN), kWordLower}},
                          {{first, {{T(PosTag::kNN), 1.0f}}}, {twin, {{T(PosTag::kVB), 1.0f}}}});
  EXPECT_EQ(model.collisions(), 2u);
  EXPECT_EQ(model.feature_count(), 1u);
  EXPECT_EQ(model.lexicon_size(), 1u);
  float scores[64] = {};
  model.AddWeights(first, scores);
  EXPECT_EQ(scores[T(PosTag::kNN)], 1.0f);
  EXPECT_EQ(scores[T(PosTag::kVB)], 0.0f);
}

TEST(TaggerModelTest, DamagedFilesAreRefused) {
  const TaggerModel model({{HashString("the"), T(PosTag::kDT), kWordLower}},
                          {{Key(kWord, HashString("attack")), {{T(PosTag::kNN), 2.5f}}}});
  const std::string path = casus::testing_support::ScratchDir() + "/casus_damaged.model";
  ASSERT_TRUE(model.Save(path).ok());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto write = [&](const std::string& b) { std::ofstream(path, std::ios::binary) << b; };
  std::string flipped = bytes;
  flipped[flipped.size() / 2] ^= 0x40;
  write(flipped);
  auto loaded = TaggerModel::Load(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("corrupt"), std::string::npos);
  write(bytes.substr(0, bytes.size() - 3));
  EXPECT_FALSE(TaggerModel::Load(path).ok());
  write(bytes.substr(0, 20));
  EXPECT_FALSE(TaggerModel::Load(path).ok());
  std::remove(path.c_str());
}

}  // namespace
}  // namespace casus::tagger
