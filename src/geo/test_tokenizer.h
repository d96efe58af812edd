// casus — a small whitespace-and-punctuation tokenizer for the geo stage's
// tests, evaluation and benchmark, following the conventions of the text
// stage (document.h): hyphenated and dotted words are one token ("al-Asad",
// "U.S."), a possessive "'s" is its own token, and a dateline ("ERBIL, Iraq
// —") can be split off. Not for production use: casus_text owns real
// segmentation.
//
// Thread safety: pure functions.
#ifndef CASUS_GEO_TEST_TOKENIZER_H_
#define CASUS_GEO_TEST_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "casus/document.h"

namespace casus::geo_testing {

inline bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Splits `text` (which must outlive the tokens) into tokens with offsets
// relative to `text` plus `base`.
inline std::vector<Token> Tokenize(std::string_view text, uint32_t base = 0) {
  std::vector<Token> tokens;
  size_t i = 0;
  auto emit = [&](size_t b, size_t e, TokenKind kind) {
    tokens.push_back(Token{text.substr(b, e - b), static_cast<uint32_t>(base + b),
                           static_cast<uint32_t>(base + e), kind});
  };
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    // Punctuation made of multi-byte characters: dashes and curly quotes.
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const auto c2 = static_cast<unsigned char>(text[i + 2]);
      if ((c2 >= 0x93 && c2 <= 0x94) || (c2 >= 0x98 && c2 <= 0x9D)) {
        if (c2 == 0x99 && i + 3 < text.size() && (text[i + 3] == 's') &&
            (i + 4 >= text.size() || !IsWordByte(static_cast<unsigned char>(text[i + 4])))) {
          emit(i, i + 4, TokenKind::kPunct);  // ’s
          i += 4;
          continue;
        }
        emit(i, i + 3, TokenKind::kPunct);
        i += 3;
        continue;
      }
    }
    if (c >= '0' && c <= '9') {
      size_t e = i;
      while (e < text.size() &&
             ((text[e] >= '0' && text[e] <= '9') ||
              ((text[e] == ',' || text[e] == '.' || text[e] == ':') && e + 1 < text.size() &&
               text[e + 1] >= '0' && text[e + 1] <= '9') ||
              (text[e] >= 'a' && text[e] <= 'z'))) {
        ++e;
      }
      emit(i, e, TokenKind::kNumber);
      i = e;
      continue;
    }
    if (IsWordByte(c)) {
      size_t e = i;
      while (e < text.size()) {
        const auto d = static_cast<unsigned char>(text[e]);
        if (d == 0xE2 && e + 2 < text.size() && static_cast<unsigned char>(text[e + 1]) == 0x80) {
          const auto d2 = static_cast<unsigned char>(text[e + 2]);
          if (d2 == 0x99 && e + 3 < text.size() && text[e + 3] != 's' &&
              IsWordByte(static_cast<unsigned char>(text[e + 3]))) {
            e += 3;  // Sana’a
            continue;
          }
          break;  // dash, quote, ’s
        }
        if (IsWordByte(d) || (d >= '0' && d <= '9')) {
          ++e;
        } else if (d == '-' && e + 1 < text.size() && text[e + 1] >= '0' && text[e + 1] <= '9') {
          ++e;  // "K-1", "F-16"
        } else if ((d == '-' || d == '\'' || d == '.') && e + 1 < text.size() &&
                   IsWordByte(static_cast<unsigned char>(text[e + 1])) &&
                   !(d == '\'' && text[e + 1] == 's' &&
                     (e + 2 >= text.size() ||
                      !IsWordByte(static_cast<unsigned char>(text[e + 2]))))) {
          ++e;
        } else if (d == '.' && e > i + 1 && text[e - 2] == '.') {
          ++e;  // final period of "U.S."
          break;
        } else {
          break;
        }
      }
      emit(i, e, TokenKind::kWord);
      i = e;
      if (i + 1 < text.size() && text[i] == '\'' && text[i + 1] == 's') {
        emit(i, i + 2, TokenKind::kPunct);
        i += 2;
      }
      continue;
    }
    const bool punct =
        std::string_view(",.;:!?\"'()[]-").find(static_cast<char>(c)) != std::string_view::npos;
    size_t e = i + 1;
    while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
    emit(i, e, punct ? TokenKind::kPunct : TokenKind::kSymbol);
    i = e;
  }
  return tokens;
}

// The number of leading tokens that form a dateline: an upper-case place
// (optionally ", Country" and "(Agency)") followed by a dash. 0 if none.
inline size_t DatelineLength(const std::vector<Token>& tokens) {
  if (tokens.empty() || tokens[0].text.size() < 3) return 0;
  for (char c : tokens[0].text) {
    if (c >= 'a' && c <= 'z') return 0;  // a dateline place is written in capitals
  }
  for (size_t i = 0; i < tokens.size() && i < 10; ++i) {
    const std::string_view t = tokens[i].text;
    if (t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == "-") return i > 0 ? i + 1 : 0;
  }
  return 0;
}

}  // namespace casus::geo_testing

#endif  // CASUS_GEO_TEST_TOKENIZER_H_
