#include "text/token_shape.h"

#include "text/char_class.h"

namespace casus::text {
namespace {

CharClass FirstClass(std::string_view text, char32_t& cp) {
  size_t length = 0;
  cp = DecodeAt(text, 0, length);
  return Classify(cp);
}

}  // namespace

Gap GapBetween(std::string_view text, uint32_t from, uint32_t to) {
  Gap gap;
  gap.empty = from >= to;
  for (uint32_t p = from; p < to; ++p) {
    const auto c = static_cast<unsigned char>(text[p]);
    if (c == ' ' || c == '\t') continue;
    if (c == '\n') {
      ++gap.newlines;
    } else if (c == '\r') {
      if (p + 1 >= to || text[p + 1] != '\n') ++gap.newlines;
    } else if (c == '\f') {
      gap.paragraph = true;
    } else if (c == 0xC2 && p + 1 < to && static_cast<unsigned char>(text[p + 1]) == 0x85) {
      ++gap.newlines;
    } else if (c == 0xE2 && p + 2 < to && static_cast<unsigned char>(text[p + 1]) == 0x80) {
      const auto third = static_cast<unsigned char>(text[p + 2]);
      if (third == 0xA8) ++gap.newlines;
      if (third == 0xA9) gap.paragraph = true;
    }
  }
  if (gap.newlines >= 2) gap.paragraph = true;
  return gap;
}

bool IsTerminalPunct(const Token& token) {
  if (token.kind != TokenKind::kPunct || token.text.empty()) return false;
  const char c = token.text[0];
  if (c == '.' || c == '?' || c == '!') return true;
  if (static_cast<unsigned char>(c) < 0x80) return false;
  char32_t cp;
  const CharClass cls = FirstClass(token.text, cp);
  return cls == CharClass::kTerminal || cls == CharClass::kEllipsis;
}

bool IsCloser(const Token& token) {
  if (token.kind != TokenKind::kPunct || token.text.empty()) return false;
  const char c = token.text[0];
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') return true;
  if (static_cast<unsigned char>(c) < 0x80) return false;
  char32_t cp;
  const CharClass cls = FirstClass(token.text, cp);
  return cls == CharClass::kCloseQuote || cls == CharClass::kApostrophe || cp == 0x300D ||
         cp == 0x300F || cp == 0xFF09;
}

bool IsOpeningQuote(const Token& token) {
  if (token.kind != TokenKind::kPunct || token.text.empty()) return false;
  const char c = token.text[0];
  if (c == '"' || c == '\'' || c == '`') return true;
  if (static_cast<unsigned char>(c) < 0x80) return false;
  char32_t cp;
  return FirstClass(token.text, cp) == CharClass::kOpenQuote;
}

bool IsOpener(const Token& token) {
  if (IsOpeningQuote(token)) return true;
  if (token.kind != TokenKind::kPunct || token.text.empty()) return false;
  const char c = token.text[0];
  return c == '(' || c == '[' || c == '{';
}

bool IsContinuationPunct(const Token& token) {
  if (token.text.empty()) return false;
  const char c = token.text[0];
  if (c == ',' || c == ';' || c == ':' || c == '-' || c == '/' || c == '&' || c == '(' ||
      c == '[' || c == '{') {
    return token.kind != TokenKind::kWord && token.kind != TokenKind::kNumber;
  }
  if (token.kind != TokenKind::kPunct) return false;
  if (static_cast<unsigned char>(c) < 0x80) return false;
  char32_t cp;
  const CharClass cls = FirstClass(token.text, cp);
  return cls == CharClass::kDash || cls == CharClass::kOpenQuote || cls == CharClass::kHyphen;
}

bool IsDash(const Token& token) {
  if (token.kind != TokenKind::kPunct || token.text.empty()) return false;
  if (token.text[0] == '-') return true;
  char32_t cp;
  return FirstClass(token.text, cp) == CharClass::kDash;
}

TokenStart StartOf(const Token& token) {
  if (token.text.empty()) return TokenStart::kOther;
  switch (token.kind) {
    case TokenKind::kNumber:
      return TokenStart::kDigit;
    case TokenKind::kPunct: {
      if (IsTerminalPunct(token)) return TokenStart::kTerminal;
      const char c = token.text[0];
      if (c == '"' || c == '\'' || c == '`' || c == '(' || c == '[' || c == '{') {
        return TokenStart::kOpener;
      }
      if (c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}') {
        return TokenStart::kClause;
      }
      char32_t cp;
      const CharClass cls = FirstClass(token.text, cp);
      if (cls == CharClass::kOpenQuote) return TokenStart::kOpener;
      if (cls == CharClass::kCloseQuote || cls == CharClass::kApostrophe) {
        return TokenStart::kClause;
      }
      if (cp == 0x060C || cp == 0x061B) return TokenStart::kClause;  // Arabic comma, semicolon
      return TokenStart::kOther;
    }
    case TokenKind::kSymbol:
      return TokenStart::kOther;
    case TokenKind::kWord:
      break;
  }
  char32_t cp;
  const CharClass cls = FirstClass(token.text, cp);
  if (cls == CharClass::kApostrophe) return TokenStart::kClause;  // clitic "'s", "n't" host
  if (cls == CharClass::kDigit) return TokenStart::kDigit;
  if (cls != CharClass::kLetter && cls != CharClass::kMark) return TokenStart::kOther;
  if (IsLowerCodePoint(cp)) {
    // "n't" is a clitic; "iPhone"-style words still count as lowercase.
    if (token.text == "n't" || token.text == "n\u2019t") return TokenStart::kClause;
    return TokenStart::kLower;
  }
  if (IsUpperCodePoint(cp)) return TokenStart::kUpper;
  return TokenStart::kUncased;
}

bool IsAllCaps(std::string_view word) {
  int letters = 0;
  for (size_t p = 0; p < word.size();) {
    size_t length = 0;
    const char32_t cp = DecodeAt(word, p, length);
    p += length;
    if (IsLowerCodePoint(cp)) return false;
    if (IsUpperCodePoint(cp)) ++letters;
  }
  return letters >= 2;
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  size_t length = 0;
  return IsUpperCodePoint(DecodeAt(word, 0, length));
}

}  // namespace casus::text
