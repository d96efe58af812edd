#include "geo/name_key.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace casus {
namespace {

struct SameKeyCase {
  const char* a;
  const char* b;
};

class SameKeyTest : public ::testing::TestWithParam<SameKeyCase> {};

TEST_P(SameKeyTest, SpellingsShareAKey) {
  const SameKeyCase& c = GetParam();
  EXPECT_FALSE(NameKey(c.a).empty()) << c.a;
  EXPECT_EQ(NameKey(c.a), NameKey(c.b)) << c.a << " vs " << c.b;
}

INSTANTIATE_TEST_SUITE_P(
    Spellings, SameKeyTest,
    ::testing::Values(SameKeyCase{"Al-Fallujah",
                                  "Fall\xC5\xAB"
                                  "jah"},                         // article, macron
                      SameKeyCase{"falluja", "FALLUJAH"},         // case, final -ah
                      SameKeyCase{"Deir ez-Zor", "Deir el-Zor"},  // sun-letter article
                      SameKeyCase{"Sana'a", "Sanaa"},             // apostrophe
                      SameKeyCase{"Sana\xE2\x80\x99"
                                  "a",
                                  "Sanaa"},  // curly apostrophe
                      SameKeyCase{"Ba\xCA\xBF"
                                  "qubah",
                                  "Baquba"},  // ayn mark
                      SameKeyCase{"\xC5\x9E"
                                  "al\xC4\x81\xE1\xB8\xA9 ad D\xC4\xAB"
                                  "n",
                                  "Salah ad-Din"},
                      SameKeyCase{"Tartous", "Tartus"},      // ou → u
                      SameKeyCase{"Baladrooz", "Baladruz"},  // oo → u
                      SameKeyCase{"The Hague", "Hague"},     // leading "the"
                      SameKeyCase{"As Samawah", "Samawa"},   // sun-letter article
                      SameKeyCase{"N\xC4\x81\xE1\xB8\xA9iyat al Fuh\xC5\xAB"
                                  "d",
                                  "Fuhud"},               // admin prefix
                      SameKeyCase{"Hasakeh", "Hasakah"},  // final -eh
                      SameKeyCase{"Stra\xC3\x9F"
                                  "e",
                                  "Strasse"},                                          // ß
                      SameKeyCase{"\xD8\xA3\xD8\xB1\xD8\xA8\xD9\x8A\xD9\x84",          // أربيل
                                  "\xD8\xA7\xD8\xB1\xD8\xA8\xD9\x8A\xD9\x84"},         // اربيل
                      SameKeyCase{"\xD8\xA7\xD9\x84\xD8\xA8\xD8\xB5\xD8\xB1\xD8\xA9",  // البصرة
                                  "\xD8\xA8\xD8\xB5\xD8\xB1\xD9\x87"},                 // بصره
                      SameKeyCase{"Bab el-Mandeb", "Bab al Mandeb"}));

struct DifferentKeyCase {
  const char* a;
  const char* b;
};

class DifferentKeyTest : public ::testing::TestWithParam<DifferentKeyCase> {};

TEST_P(DifferentKeyTest, DistinctNamesStayDistinct) {
  EXPECT_NE(NameKey(GetParam().a), NameKey(GetParam().b));
}

INSTANTIATE_TEST_SUITE_P(Names, DifferentKeyTest,
                         ::testing::Values(DifferentKeyCase{"Hit", "Hilla"},
                                           DifferentKeyCase{"Al", "Ali"},
                                           DifferentKeyCase{"As Sulaymaniyah", "Asulaymaniyah"},
                                           DifferentKeyCase{"Erbil", "Erbil airport"},
                                           DifferentKeyCase{"Gaza", "Gaza Strip"}));

TEST(NameKeyTest, EdgeCases) {
  EXPECT_EQ(NameKey(""), "");
  EXPECT_EQ(NameKey("-- ' --"), "");
  EXPECT_EQ(NameKey("Al"), "al");                   // an article alone is kept
  EXPECT_EQ(NameKey("\xFF\xFE broken"), "broken");  // malformed UTF-8 separates words
  EXPECT_EQ(NameKey("K-1 Air Base"), "k1airbase");
}

TEST(NameKeyTest, FirstWordKeySkipsArticles) {
  EXPECT_EQ(FirstWordKey("al-Asad"), "asad");
  EXPECT_EQ(FirstWordKey("Deir"), "deir");
  EXPECT_EQ(FirstWordKey("The Hague"), "hague");
  EXPECT_EQ(FirstWordKey("..."), "");
}

TEST(NameKeyTest, ArticleWordsAndScript) {
  EXPECT_TRUE(IsArticleWord("Al"));
  EXPECT_TRUE(IsArticleWord("ash"));
  EXPECT_TRUE(IsArticleWord("The"));
  EXPECT_FALSE(IsArticleWord("Ali"));
  EXPECT_TRUE(HasArabicScript("\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF"));
  EXPECT_FALSE(HasArabicScript("Baghdad"));
}

TEST(NameKeyTest, HashIsStableAndFingerprintNonZero) {
  EXPECT_EQ(KeyHash("erbil"), KeyHash("erbil"));
  EXPECT_NE(KeyHash("erbil"), KeyHash("erbi"));
  EXPECT_NE(SpanFingerprint(0), 0u);
  EXPECT_EQ(SpanFingerprint(0x123456789ull << 32) & 3u, 0u);
  // It fits its field of the span-table entry (bits 2-15).
  EXPECT_EQ(SpanFingerprint(~0ull) & ~0xFFFCu, 0u);
  EXPECT_NE(SpanFingerprint(0xFFFF0000ull << 32), 0u);
}

}  // namespace
}  // namespace casus

namespace casus {
namespace {

// Building a key token by token must give NameKey() of the joined tokens.
class TokenKeyTest : public ::testing::TestWithParam<std::vector<const char*>> {};

TEST_P(TokenKeyTest, EqualsTheKeyOfTheJoinedTokens) {
  const std::vector<const char*>& tokens = GetParam();
  std::string span, joined;
  for (size_t i = 0; i < tokens.size(); ++i) {
    AppendTokenKey(tokens[i], i + 1 < tokens.size() ? tokens[i + 1] : "", i == 0, &span);
    if (i > 0) joined += " ";
    joined += tokens[i];
  }
  EXPECT_EQ(span, NameKey(joined)) << joined;
}

INSTANTIATE_TEST_SUITE_P(
    Runs, TokenKeyTest,
    ::testing::Values(
        std::vector<const char*>{"Ain", "al-Asad", "Air", "Base"},
        std::vector<const char*>{"Al", "Udeid"}, std::vector<const char*>{"As", "Samawah"},
        std::vector<const char*>{"As", "Israel"}, std::vector<const char*>{"Deir", "ez-Zor"},
        std::vector<const char*>{"Bab", "el", "Mandeb"},
        std::vector<const char*>{"Nahiyat", "Hiran"}, std::vector<const char*>{"Tower", "22"},
        std::vector<const char*>{"K-1", "air", "base"}, std::vector<const char*>{"Sana'a"},
        std::vector<const char*>{"as", "\xE1\xB9\xA2uwayda"},  // Ṣuwayda
        std::vector<const char*>{"Gaza", "al-Nahiyat"},
        std::vector<const char*>{"\xD8\xA7\xD9\x84", "\xD8\xA8\xD8\xB5\xD8\xB1\xD8\xA9"},
        std::vector<const char*>{"ERBIL"}, std::vector<const char*>{"St.", "Louis"},
        std::vector<const char*>{"Al.", "Asad"}, std::vector<const char*>{"J.", "Smith"},
        std::vector<const char*>{"U.S.", "Army"}, std::vector<const char*>{"Nahiyat.", "Hiran"},
        std::vector<const char*>{"Mr."}, std::vector<const char*>{"Markaz", "Tikrit"},
        std::vector<const char*>{"Muhafazat", "Nineveh"},
        std::vector<const char*>{"Mosul", "Dam"}));

// The leading key written to a buffer equals the one appended to a string.
TEST(NameKeyTest, LeadingTokenKeyEqualsAppendTokenKey) {
  const std::vector<std::pair<const char*, const char*>> cases = {{"Tikrit", "city"},
                                                                  {"Markaz", "Tikrit"},
                                                                  {"Qada", "Sinjar"},
                                                                  {"Mosul", ""},
                                                                  {"Muhafazat", "X"},
                                                                  {"Mr.", "Smith"},
                                                                  {"J.", "Smith"},
                                                                  {"U.S.", "Army"},
                                                                  {"Al", "Udeid"},
                                                                  {"As", "Samawah"},
                                                                  {"Nineveh", "plains"},
                                                                  {"Thebes", ""},
                                                                  {"Northwestern", "University"},
                                                                  {"Al.", "Asad"},
                                                                  {"Sana'a", ""},
                                                                  {"the", "Gulf"},
                                                                  {"The", ""},
                                                                  {"Tom", "Smith"},
                                                                  {"Ned", "Kelly"},
                                                                  {"Nahiya", "Hit"},
                                                                  {"Nahiyat", ""},
                                                                  {"Qadha", "Sinjar"},
                                                                  {"Markaz", ""},
                                                                  {"Thursday", "night"},
                                                                  {"Muhafazatx", "Y"},
                                                                  {"Ed", "Damascus"},
                                                                  {"Es", "Salt"},
                                                                  {"An", "Najaf"},
                                                                  {"Ash", "Shaykh"},
                                                                  {"Eli", "Cohen"},
                                                                  {"Amman", "airport"},
                                                                  {"9th", "Street"}};
  for (const auto& [token, next] : cases) {
    std::string appended;
    const bool kept = AppendTokenKey(token, next, true, &appended);
    char out[64];
    size_t length = 0;
    const TokenKeyResult result = LeadingTokenKey(token, next, out, sizeof out, &length);
    ASSERT_NE(result, TokenKeyResult::kTooLong) << token;
    EXPECT_EQ(std::string(out, length), appended) << token << " " << next;
    EXPECT_EQ(result == TokenKeyResult::kKept, kept) << token << " " << next;
  }
}

// A later token's key written to a buffer equals the one appended to a
// string; and when StartsOutside says the key starts outside a set of
// initials, the appended key's first byte is indeed not among them.
TEST(NameKeyTest, NextTokenKeyAndInitialAgreeWithAppendTokenKey) {
  const std::vector<std::pair<const char*, const char*>> cases = {{"York", ""},
                                                                  {"Ouagadougou", ""},
                                                                  {"Oost", "Vlaanderen"},
                                                                  {"Eeklo", ""},
                                                                  {"eel", "river"},
                                                                  {"el", "Mandeb"},
                                                                  {"al-Asad", ""},
                                                                  {"al", "Asad"},
                                                                  {"as", "Samawah"},
                                                                  {"as", "Israel"},
                                                                  {"As", ""},
                                                                  {"Air", "Base"},
                                                                  {"22", ""},
                                                                  {"1,000", ""},
                                                                  {"U.S.", "Army"},
                                                                  {"St.", "Louis"},
                                                                  {"Sana'a", ""},
                                                                  {"K-1", "air"},
                                                                  {"Nahiyat", "Hiran"},
                                                                  {"the", "Gulf"},
                                                                  {"Markaz", ""},
                                                                  {"ERBIL", ""},
                                                                  {"Llandudno", ""},
                                                                  {"Ed", "Damascus"},
                                                                  {"e", "Zor"},
                                                                  {"Es", ""},
                                                                  {"Ash", "Shaykh"},
                                                                  {"Mr.", ""},
                                                                  {".", ""},
                                                                  {"..", "X"},
                                                                  {"\xD8\xA7\xD9\x84", "\xD8\xA8"},
                                                                  {"\xC3\x89mile", ""}};
  for (const auto& [token, next] : cases) {
    std::string appended;
    const bool kept = AppendTokenKey(token, next, false, &appended);
    char out[64];
    size_t length = 0;
    const TokenKeyResult result = NextTokenKey(token, next, out, sizeof out, &length);
    ASSERT_NE(result, TokenKeyResult::kTooLong) << token;
    EXPECT_EQ(std::string(out, length), appended) << token << " " << next;
    EXPECT_EQ(result == TokenKeyResult::kKept, kept) << token << " " << next;
    for (int bit = 0; bit < 28; ++bit) {
      const uint32_t initials = ~(uint32_t{1} << bit);  // all but one
      if (StartsOutside(token, next, initials)) {
        ASSERT_FALSE(appended.empty()) << token << " " << next;
        EXPECT_FALSE(initials & InitialBit(appended[0])) << token << " " << next;
      }
    }
    // Every byte a key may start with is inside the full set.
    EXPECT_FALSE(StartsOutside(token, next, ~uint32_t{0})) << token;
  }
  EXPECT_TRUE(StartsOutside("York", "", InitialBit('n')));
  EXPECT_FALSE(StartsOutside("York", "", InitialBit('y')));
  EXPECT_TRUE(StartsOutside("Ouagadougou", "", InitialBit('o')));  // keyed "uagadugu"
  EXPECT_FALSE(StartsOutside("Ouagadougou", "", InitialBit('u')));
  EXPECT_FALSE(StartsOutside("el", "Mandeb", InitialBit('x')));  // may be dropped
  EXPECT_FALSE(StartsOutside("al-Asad", "", InitialBit('x')));   // not a plain word
  EXPECT_TRUE(StartsOutside("22", "", InitialBit('t')));
  EXPECT_FALSE(StartsOutside("22", "", InitialBit('7')));  // one bit for all digits
}

// KeyHash tells keys apart whatever their length (the last bytes are read
// in overlapping pieces) and spreads them over a table's slots.
TEST(NameKeyTest, KeyHashSeparatesAndSpreadsKeys) {
  EXPECT_NE(KeyHash("newyork"), KeyHash("yorknew"));
  EXPECT_NE(KeyHash(""), KeyHash(std::string(1, '\0')));
  std::vector<std::string> keys;
  for (size_t length = 1; length <= 24; ++length) {
    keys.push_back(std::string(length, 'a'));
    keys.push_back(std::string(length - 1, 'a').append(1, 'b'));
    keys.push_back(std::string(1, 'b').append(length - 1, 'a'));
  }
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = 'a'; b <= 'z'; ++b) {
      for (const char* rest : {"", "x", "bad", "ghdad", "rbilcity"}) {
        keys.push_back(std::string{a, b} + rest);
      }
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::set<uint64_t> hashes, slots;
  for (const std::string& key : keys) {
    hashes.insert(KeyHash(key));
    slots.insert(KeyHash(key) & 0xFFF);  // a table of 4096 slots
  }
  EXPECT_EQ(hashes.size(), keys.size());
  // 3,400 keys in 4,096 slots: about 2,300 distinct slots if spread at random.
  EXPECT_GT(slots.size(), 2100u) << keys.size() << " keys";
}

// A plain word's key, however its bytes pair up ("ou", "oo", "ee", doubled
// letters, a final "ah"), whatever its length and case, is NameKey's: words
// from a few letters that pair often, of every length a token key takes.
TEST(NameKeyTest, PlainWordKeysEqualNameKey) {
  const std::string letters = "aeouhlAEOUHLs19";
  std::mt19937 random(20260127);
  std::uniform_int_distribution<size_t> pick(0, letters.size() - 1);
  for (size_t length = 1; length <= 34; ++length) {
    for (int k = 0; k < 400; ++k) {
      std::string word;
      for (size_t i = 0; i < length; ++i) word.push_back(letters[pick(random)]);
      const std::string expected = NameKey(word);
      char out[64];
      size_t size = 0;
      ASSERT_EQ(LeadingTokenKey(word, "", out, sizeof out, &size), TokenKeyResult::kKept) << word;
      EXPECT_EQ(std::string(out, size), expected) << word;
      ASSERT_EQ(NextTokenKey(word, "", out, sizeof out, &size), TokenKeyResult::kKept) << word;
      EXPECT_EQ(std::string(out, size), expected) << word;
    }
  }
  // Bytes that are not plain, anywhere in the word, leave the short path.
  for (const std::string word :
       {"Erbil\xC3\xA9", "Ab-cdefgh", "Abcdefg'h", "Abcdefghijklmno\x80", "Abc\x7F", "Ab@d"}) {
    char out[64];
    size_t size = 0;
    ASSERT_NE(LeadingTokenKey(word, "", out, sizeof out, &size), TokenKeyResult::kTooLong);
    EXPECT_EQ(std::string(out, size), NameKey(word)) << word;
  }
}

}  // namespace
}  // namespace casus
