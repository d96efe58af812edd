// What the sentence splitter needs to know about a token's shape and the
// whitespace before it: is it sentence-final punctuation, a closing or
// opening quote or bracket, does it start with a capital, how many line
// breaks precede it.
//
// Thread safety: pure functions.
#ifndef CASUS_TEXT_TOKEN_SHAPE_H_
#define CASUS_TEXT_TOKEN_SHAPE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "casus/document.h"

namespace casus::text {

// How a token begins, for deciding whether a sentence may start with it.
enum class TokenStart : uint8_t {
  kLower,     // lowercase letter: continues a sentence
  kUpper,     // uppercase letter
  kUncased,   // letter of a script without case (Arabic, CJK)
  kDigit,     // number
  kOpener,    // opening quote or bracket (straight quotes count)
  kClause,    // , ; : closing bracket/quote, clitic: never starts a sentence
  kTerminal,  // sentence-final punctuation
  kOther,     // dashes, symbols
};

// Whitespace between two tokens.
struct Gap {
  uint32_t newlines = 0;   // line breaks (\n, lone \r, U+0085, U+2028)
  bool paragraph = false;  // a blank line, form feed or U+2029
  bool empty = true;       // no byte at all between the tokens
};

// The gap in `text` between byte offsets [from, to).
Gap GapBetween(std::string_view text, uint32_t from, uint32_t to);

// The gap before tokens[i] (from the end of tokens[i - 1], or from 0).
inline Gap GapBefore(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  const uint32_t from = i == 0 ? 0 : tokens[i - 1].end;
  const uint32_t to = tokens[i].start;
  if (to - from <= 1 && (from == to || text[from] == ' ')) {
    Gap gap;  // the common case: nothing or one space
    gap.empty = from == to;
    return gap;
  }
  return GapBetween(text, from, to);
}

// ".", "...", "?", "!", "?!", "…", "؟", "。" and other sentence-final marks.
bool IsTerminalPunct(const Token& token);

// A word whose text ends in a period it kept ("U.S.", "Gen.", "W.").
inline bool EndsWithPeriod(const Token& token) {
  return token.kind == TokenKind::kWord && token.text.size() >= 2 && token.text.back() == '.';
}

// Closing quote or bracket: " ' '' ” ’ » › ) ] }. Straight quotes are
// closers only when they touch the previous token; the caller checks that.
bool IsCloser(const Token& token);

// Opening quote: " ' `` “ ‘ « ‹ „.
bool IsOpeningQuote(const Token& token);

// Opening quote or bracket.
bool IsOpener(const Token& token);

// Comma, semicolon, colon, hyphen, dash, slash, ampersand or opener: a
// line ending in one of these continues on the next line.
bool IsContinuationPunct(const Token& token);

// Dash usable as a dateline separator: "-", "--", "—", "–", "―".
bool IsDash(const Token& token);

TokenStart StartOf(const Token& token);

// True when every letter of the word is a capital and it has at least two.
bool IsAllCaps(std::string_view word);

// True when the first code point is an uppercase letter.
bool StartsUpper(std::string_view word);

}  // namespace casus::text

#endif  // CASUS_TEXT_TOKEN_SHAPE_H_
