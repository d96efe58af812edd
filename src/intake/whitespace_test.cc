#include "intake/whitespace.h"

#include <gtest/gtest.h>

#include "base/utf8.h"

namespace casus {
namespace {

struct CollapseCase {
  const char* input;
  const char* output;
};

const CollapseCase kCases[] = {
    {"", ""},
    {"   ", ""},
    {"a", "a"},
    {"  a  b  ", "a b"},
    {"a\n\n\tb\r\nc", "a b c"},
    {"a\u00a0\u00a0b", "a b"},
    {"a\u2003b\u3000c\u202fd", "a b c d"},
    {"zero\u200bwidth", "zerowidth"},
    {"soft\u00adhyphen", "softhyphen"},
    {"\ufeffbom", "bom"},
    {"a \u200b b", "a b"},
    {"caf\u00e9 \u2014 \u0627\u0644\u0623\u0633\u062f",
     "caf\u00e9 \u2014 \u0627\u0644\u0623\u0633\u062f"},
    {"\u2019quoted\u2019", "\u2019quoted\u2019"},
};

TEST(WhitespaceTest, Collapses) {
  for (const CollapseCase& c : kCases) EXPECT_EQ(CollapseWhitespace(c.input), c.output) << c.input;
}

TEST(WhitespaceTest, CollapsesAcrossPieces) {
  WhitespaceCollapser collapser;
  collapser.Append("  Iran ");
  collapser.Append(" ");
  collapser.Append("said");
  collapser.Append("");
  collapser.Append("so ");
  collapser.Separate();
  collapser.Append("today");
  EXPECT_EQ(collapser.Take(), "Iran saidso today");
  EXPECT_TRUE(collapser.empty());
  collapser.Separate();
  collapser.Append("x");
  EXPECT_EQ(collapser.Take(), "x");
}

TEST(WhitespaceTest, CleanUtf8EqualsRepairUtf8) {
  for (const char* text :
       {"", "plain ascii", "tab\tand\nnewline", "cr\r\nlf", "nul\x01x\x7f", "caf\xc3\xa9",
        "bad\xff", "trunc\xe2\x80", "\xed\xa0\x80", "\xf0\x9f\x98\x80 emoji"}) {
    EXPECT_EQ(CleanUtf8(text), RepairUtf8(text)) << text;
  }
}

TEST(WhitespaceTest, TruncatedSequencesPassThrough) {
  EXPECT_EQ(CollapseWhitespace("a\xe2\x80"), "a\xe2\x80");
  EXPECT_EQ(CollapseWhitespace("\xc2"), "\xc2");
}

}  // namespace
}  // namespace casus
