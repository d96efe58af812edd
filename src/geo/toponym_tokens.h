// Token-level tests of the toponym finder: continents, datelines, the words
// between two names, and whether a token may start a name. Internal to
// src/geo (toponym_finder.cc).
#ifndef CASUS_GEO_TOPONYM_TOKENS_H_
#define CASUS_GEO_TOPONYM_TOKENS_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

#include "casus/document.h"
#include "geo/name_key.h"
#include "geo/toponym_words.h"

namespace casus::toponym_tokens {

using toponym_words::Is;
using toponym_words::IsFunctionWord;
using toponym_words::IsLowerAscii;
using toponym_words::IsUpperAscii;

// Whether the word at `i` names a continent: "Africa", "Asia", "Europe",
// or "America" after "North", "South", "Latin" or "Central".
inline bool IsContinentAt(std::span<const Token> tokens, uint32_t i) {
  const std::string_view w = tokens[i].text;
  if (w == "Africa" || w == "Asia" || w == "Europe" || w == "Oceania" || w == "Antarctica" ||
      w == "Eurasia" || w == "Americas") {
    return true;
  }
  return w == "America" && i > 0 &&
         (tokens[i - 1].text == "North" || tokens[i - 1].text == "South" ||
          tokens[i - 1].text == "Latin" || tokens[i - 1].text == "Central");
}

inline constexpr uint32_t kMaxNameTokens = 8;

// The words between two mentions of a sentence, when few enough that the
// two may be related (a list, an apposition, "X in Y", "X, north of Y").
inline constexpr uint32_t kMaxBetween = 12;
class BetweenWords {
 public:
  void push_back(std::string_view w) { words_[size_++] = {w.data(), w.size()}; }
  void pop_back() { --size_; }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  std::string_view back() const { return (*this)[size_ - 1]; }
  std::string_view operator[](size_t i) const { return {words_[i].data, words_[i].size}; }

 private:
  struct Word {
    const char* data;
    size_t size;
  };
  Word words_[kMaxBetween];  // [0, size_) set
  size_t size_ = 0;
};

// True if `text` is all ASCII (eight bytes at a time).
inline bool IsAsciiText(std::string_view text) {
  const char* p = text.data();
  size_t n = text.size();
  uint64_t high = 0;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    high |= word;
  }
  for (; n > 0; ++p, --n) high |= static_cast<uint8_t>(*p);
  return (high & 0x8080808080808080ull) == 0;
}

// True if tokens [begin, end) are a dateline the segmenter left in the
// first sentence ("WASHINGTON/BAGHDAD — US jets struck ..."): capitals at
// the start, each followed by a slash, a comma or a dash.
inline bool IsDatelineWord(std::span<const Token> tokens, uint32_t begin, uint32_t end) {
  for (uint32_t t = 0; t < end; ++t) {
    const std::string_view w = tokens[t].text;
    if (t >= begin) {
      for (char c : w) {
        if (IsLowerAscii(c)) return false;
      }
      if (w.size() < 3) return false;  // not "US/UK strikes"
    } else if (w != "/" && w != ",") {
      if (w.size() < 3) return false;
      for (char c : w) {
        if (IsLowerAscii(c)) return false;
      }
    }
  }
  if (end >= tokens.size()) return false;
  const std::string_view after = tokens[end].text;
  return after == "/" || after == "\xE2\x80\x94" || after == "\xE2\x80\x93" || after == "-" ||
         after == "--";
}

// "X, in the kingdom's Y": the words between two names that put the first
// inside the second, with a possessive noun phrase before the second.
inline bool InsidePhrase(const BetweenWords& between) {
  size_t i = 0;
  if (i < between.size() && between[i] == ",") ++i;
  if (i >= between.size() || !Is(between[i], "in")) return false;
  ++i;
  if (i < between.size() && Is(between[i], "the")) ++i;
  // one lower-case noun and a possessive: "kingdom 's", "country 's"
  return i + 2 == between.size() && !between[i].empty() && IsLowerAscii(between[i][0]) &&
         (between[i + 1] == "'s" || between[i + 1] == "\xE2\x80\x99s");
}

// What the first byte of a token says about its starting a name: 1 yes
// (an upper-case ASCII letter or the lead byte of a non-ASCII letter), 2
// perhaps (a, e, t: "al-Asad", "at-Tanf"), 0 no.
inline constexpr std::array<uint8_t, 256> kNameStart = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = 1;
  for (int c = 0xC0; c < 256; ++c) table[c] = 1;
  table['a'] = table['e'] = table['t'] = 2;
  return table;
}();

// Is `t` plausibly the first token of a name?
inline bool LooksLikeNameStart(std::string_view t) {
  if (t.empty()) return false;
  const uint8_t start = kNameStart[static_cast<uint8_t>(t[0])];
  if (start != 2) return start == 1;
  // "al-Asad", "el-Mandeb", "as-Suwayda", "at-Tanf"
  if (t.size() < 4 || (t[2] != '-' && t[3] != '-')) return false;  // most words: no search
  const size_t dash = t.find('-');
  if (dash != std::string_view::npos && dash >= 2 && dash <= 3 && dash + 1 < t.size() &&
      IsLowerAscii(t[0]) &&
      (IsUpperAscii(t[dash + 1]) || static_cast<uint8_t>(t[dash + 1]) >= 0xC0)) {
    return IsArticleWord(t.substr(0, dash));
  }
  return false;
}

inline bool IsCapitalisedWord(const Token& t) {
  return t.kind == TokenKind::kWord && !t.text.empty() && IsUpperAscii(t.text[0]);
}

// May a name start at `t`? Function words start no name ("the Red Sea" is
// matched from "Red"), except Arabic articles ("As Samawah").
inline bool MayStartName(const Token& t) {
  if (t.kind != TokenKind::kWord || !LooksLikeNameStart(t.text)) return false;
  // An article of up to three bytes starts with a or e (or is not ASCII).
  const auto c0 = static_cast<uint8_t>(t.text[0]);
  return !(t.text.size() <= 9 && IsFunctionWord(t.text) &&
           !(t.text.size() <= 3 && (c0 >= 0x80 || (c0 | 0x20) == 'a' || (c0 | 0x20) == 'e') &&
             IsArticleWord(t.text) && !Is(t.text, "the")));
}

// MayStartName, and a capitalised "In" after a lower-case word: the Saharan
// towns "near In Amenas", "in In Salah", "at In Khalil".
inline bool MayStartNameAt(std::span<const Token> tokens, uint32_t i) {
  if (MayStartName(tokens[i])) return true;
  return tokens[i].text == "In" && i > 0 && tokens[i - 1].kind == TokenKind::kWord &&
         !tokens[i - 1].text.empty() && tokens[i - 1].text[0] >= 'a' &&
         tokens[i - 1].text[0] <= 'z';
}

// The token after `i` as AppendTokenKey wants it: a word or number, or "".
inline std::string_view NextWord(std::span<const Token> tokens, uint32_t i) {
  if (i + 1 < tokens.size() &&
      (tokens[i + 1].kind == TokenKind::kWord || tokens[i + 1].kind == TokenKind::kNumber)) {
    return tokens[i + 1].text;
  }
  return {};
}

}  // namespace casus::toponym_tokens

#endif  // CASUS_GEO_TOPONYM_TOKENS_H_
