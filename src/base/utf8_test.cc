#include "base/utf8.h"

#include <gtest/gtest.h>

namespace casus {
namespace {

TEST(Utf8Test, RepairsIllFormedInput) {
  struct Case {
    std::string input;
    std::string expected;
  } cases[] = {
      {"plain ascii", "plain ascii"},
      {"Arbil \xD8\xA3\xD8\xB1\xD8\xA8\xD9\x8A\xD9\x84",
       "Arbil \xD8\xA3\xD8\xB1\xD8\xA8\xD9\x8A\xD9\x84"},
      {"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
      {"latin1 caf\xE9!", "latin1 caf\xEF\xBF\xBD!"},
      {"truncated \xE2\x80", "truncated \xEF\xBF\xBD"},
      {"overlong \xC0\xAF", "overlong \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"surrogate \xED\xA0\x80", "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"crlf\r\nline\rend", "crlf\nline\nend"},
      {std::string("nul\0byte", 8), "nulbyte"},
      {"tab\tkept\x01\x7F", "tab\tkept"},
  };
  for (const auto& c : cases) {
    const std::string repaired = RepairUtf8(c.input);
    EXPECT_EQ(repaired, c.expected);
    EXPECT_TRUE(IsValidUtf8(repaired));
  }
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

TEST(Utf8Test, DecodesAndEncodes) {
  const std::string text = "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80";
  size_t len = 0;
  EXPECT_EQ(DecodeUtf8(text, 0, len), U'a');
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(DecodeUtf8(text, 1, len), U'\u00E9');
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(DecodeUtf8(text, 3, len), U'\u2014');
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(DecodeUtf8(text, 6, len), U'\U0001F600');
  EXPECT_EQ(len, 4u);
  std::string out;
  for (char32_t cp : {U'a', U'\u00E9', U'\u2014', U'\U0001F600'}) AppendUtf8(cp, out);
  EXPECT_EQ(out, text);
}

}  // namespace
}  // namespace casus
