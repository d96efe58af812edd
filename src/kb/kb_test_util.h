// casus — test helpers for the kb tests: locating the fixture knowledge
// base and a tiny news tokenizer with the conventions of the text stage
// (hyphenated words are one token, a possessive "'s" is its own token,
// "U.S." and "Gen." keep their periods).
#ifndef CASUS_KB_KB_TEST_UTIL_H_
#define CASUS_KB_KB_TEST_UTIL_H_

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "kb/knowledge_base.h"

namespace casus::testing {

inline std::string SourceDir() {
  if (const char* dir = std::getenv("CASUS_SOURCE_DIR"); dir != nullptr && *dir != '\0') {
    return dir;
  }
  return CASUS_SOURCE_DIR;
}

// data/kb/{countries,agents,international}.kb plus src/kb/testdata/fixture.
inline std::vector<std::string> FixtureKbPaths() {
  const std::string root = SourceDir();
  return {root + "/data/kb/countries.kb", root + "/data/kb/agents.kb",
          root + "/data/kb/international.kb", root + "/src/kb/testdata/fixture/groups.kb",
          root + "/src/kb/testdata/fixture/people.kb"};
}

inline bool IsAbbreviation(std::string_view word) {
  static constexpr std::string_view kAbbreviations[] = {
      "Gen.", "Lt.",  "Col.",  "Maj.", "Brig.", "Sen.", "Rep.",  "Mr.",  "Mrs.", "Ms.",
      "Dr.",  "Adm.", "Capt.", "Jr.",  "St.",   "Gov.", "Pres.", "Sgt.", "Cpl."};
  for (std::string_view a : kAbbreviations) {
    if (word == a) return true;
  }
  // Initialisms with inner periods ("U.S.", "U.N.") and single initials ("J.").
  if (word.size() >= 3 && word.back() == '.' &&
      word.substr(0, word.size() - 1).find('.') != std::string_view::npos) {
    return true;
  }
  return word.size() == 2 && word[1] == '.' && word[0] >= 'A' && word[0] <= 'Z';
}

inline bool IsEdgePunct(char c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
         c == '(' || c == ')' || c == '[' || c == ']';
}

// Splits `text` into tokens that are views into `text`.
inline std::vector<Token> TokenizeForTest(std::string_view text) {
  std::vector<Token> tokens;
  auto add = [&](size_t start, size_t end) {
    if (end <= start) return;
    Token t;
    t.text = text.substr(start, end - start);
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    const unsigned char c = static_cast<unsigned char>(t.text[0]);
    if (c >= '0' && c <= '9') {
      t.kind = TokenKind::kNumber;
    } else if (IsEdgePunct(t.text[0]) || t.text == "\xE2\x80\x9C" || t.text == "\xE2\x80\x9D") {
      t.kind = TokenKind::kPunct;
    } else {
      t.kind = TokenKind::kWord;
    }
    tokens.push_back(t);
  };
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
    size_t end = i;
    if (start == end) continue;
    // Leading punctuation and curly quotes.
    while (start < end) {
      if (IsEdgePunct(text[start])) {
        add(start, start + 1);
        ++start;
      } else if (text.substr(start, 3) == "\xE2\x80\x9C") {
        add(start, start + 3);
        start += 3;
      } else {
        break;
      }
    }
    // Trailing punctuation, kept in order.
    std::vector<std::pair<size_t, size_t>> tail;
    while (end > start) {
      const std::string_view word = text.substr(start, end - start);
      if (text[end - 1] == '.' && IsAbbreviation(word)) break;
      if (IsEdgePunct(text[end - 1])) {
        tail.emplace_back(end - 1, end);
        --end;
      } else if (end - start >= 3 && text.substr(end - 3, 3) == "\xE2\x80\x9D") {
        tail.emplace_back(end - 3, end);
        end -= 3;
      } else {
        break;
      }
    }
    // Possessive "'s" / "’s" / plural "s'".
    const std::string_view word = text.substr(start, end - start);
    if (word.size() > 2 && word.ends_with("'s")) {
      add(start, end - 2);
      add(end - 2, end);
    } else if (word.size() > 4 && word.ends_with("\xE2\x80\x99s")) {
      add(start, end - 4);
      add(end - 4, end);
    } else if (word.size() > 2 && word.ends_with("s'")) {
      add(start, end - 1);
      add(end - 1, end);
    } else {
      add(start, end);
    }
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) add(it->first, it->second);
  }
  return tokens;
}

}  // namespace casus::testing

#endif  // CASUS_KB_KB_TEST_UTIL_H_
