#include "serve/evidence_text.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace casus {
namespace {

struct CutCase {
  std::string name;
  std::string text;
  std::vector<TextSpan> spans;
  // Expected pieces as "text|mark,mark".
  std::vector<std::string> pieces;
};

std::string Show(const TextPiece& piece) {
  std::string out(piece.text);
  out += '|';
  for (size_t i = 0; i < piece.marks.size(); ++i) out += (i ? "," : "") + piece.marks[i];
  return out;
}

TEST(CutAtSpans, CutsAtEveryBoundaryAndListsCoveringKinds) {
  const std::vector<CutCase> cases = {
      {"no spans", "One. Two.", {}, {"One. Two.|"}},
      {"one span", "One. Two. Three.", {{5, 9, "event"}}, {"One. |", "Two.|event", " Three.|"}},
      {"whole text", "abc", {{0, 3, "event"}}, {"abc|event"}},
      {"overlap",
       "abcdef",
       {{0, 4, "event"}, {2, 6, "claim"}},
       {"ab|event", "cd|claim,event", "ef|claim"}},
      {"same span twice",
       "abcdef",
       {{1, 3, "event"}, {1, 3, "event"}, {1, 3, "claim"}},
       {"a|", "bc|claim,event", "def|"}},
      {"empty and reversed spans ignored",
       "abcdef",
       {{2, 2, "event"}, {5, 1, "claim"}},
       {"abcdef|"}},
      {"past the end is clipped",
       "abcdef",
       {{4, 99, "event"}, {50, 60, "claim"}},
       {"abcd|", "ef|event"}},
      // "é" is two bytes (C3 A9): offsets inside it move to its start.
      {"inside a UTF-8 sequence", "x\xC3\xA9y", {{2, 3, "event"}}, {"x|", "\xC3\xA9|event", "y|"}},
      {"UTF-8 sequence kept whole", "x\xC3\xA9y", {{1, 4, "event"}}, {"x|", "\xC3\xA9y|event"}},
      {"empty text", "", {{0, 5, "event"}}, {}},
  };
  for (const CutCase& c : cases) {
    const std::vector<TextPiece> pieces = CutAtSpans(c.text, c.spans);
    std::vector<std::string> shown;
    std::string rebuilt;
    for (const TextPiece& piece : pieces) {
      shown.push_back(Show(piece));
      EXPECT_EQ(piece.start, rebuilt.size()) << c.name;
      rebuilt += piece.text;
    }
    EXPECT_EQ(shown, c.pieces) << c.name;
    EXPECT_EQ(rebuilt, c.text) << c.name;
  }
}

TEST(CutAtSpans, JsonIsValidAndEscapesMarkup) {
  const std::string text = "<script>alert(\"x\")</script>\n\ttab";
  std::string out;
  AppendPiecesJson(CutAtSpans(text, {{0, 8, "event"}}), out);
  const auto json = nlohmann::json::parse(out);
  ASSERT_EQ(json.size(), 2u);
  EXPECT_EQ(json[0]["text"], "<script>");
  EXPECT_EQ(json[0]["marks"][0], "event");
  EXPECT_EQ(json[1]["text"], "alert(\"x\")</script>\n\ttab");
  EXPECT_EQ(json[1]["start"], 8);
}

}  // namespace
}  // namespace casus
