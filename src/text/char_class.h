// Character classes for the text stage: a 128-entry table for ASCII and a
// small decision function (ICU-backed) for every other code point.
//
// The tokenizer reads bytes; only bytes >= 0x80 are decoded, so ASCII text
// never leaves the table fast path.
//
// Thread safety: pure functions over constant tables.
#ifndef CASUS_TEXT_CHAR_CLASS_H_
#define CASUS_TEXT_CHAR_CLASS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace casus::text {

// Flags of an ASCII byte.
enum AsciiFlag : uint8_t {
  kAsciiUpper = 1,
  kAsciiLower = 2,
  kAsciiDigit = 4,
  kAsciiSpace = 8,  // space, tab, \n, \r, \v, \f
  kAsciiLetter = kAsciiUpper | kAsciiLower,
  kAsciiAlnum = kAsciiLetter | kAsciiDigit,
};

constexpr std::array<uint8_t, 128> MakeAsciiTable() {
  std::array<uint8_t, 128> table{};
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kAsciiUpper;
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kAsciiLower;
  for (int c = '0'; c <= '9'; ++c) table[c] = kAsciiDigit;
  for (int c : {' ', '\t', '\n', '\v', '\f', '\r'}) table[c] = kAsciiSpace;
  return table;
}

inline constexpr std::array<uint8_t, 128> kAsciiTable = MakeAsciiTable();

inline bool IsAscii(unsigned char c) { return c < 0x80; }
inline bool AsciiHas(unsigned char c, uint8_t flags) {
  return c < 0x80 && (kAsciiTable[c] & flags) != 0;
}
inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// What a code point means to the tokenizer. ASCII code points map through
// the same enum so callers can treat both paths alike.
enum class CharClass : uint8_t {
  kLetter,          // alphabetic, including modifier letters (ʼ ʿ) and CJK
  kMark,            // combining mark: continues a word
  kDigit,           // decimal digit (ASCII or e.g. Arabic-Indic)
  kSpace,           // horizontal whitespace
  kLineBreak,       // \n, U+0085, U+2028
  kParagraphBreak,  // U+2029, form feed
  kIgnorable,       // zero-width space, BOM, word joiner, variation selector: skipped
  kWordJoiner,      // soft hyphen, ZWNJ, ZWJ: kept inside a word, skipped elsewhere
  kHyphen,          // '-', U+2010, U+2011: joins word parts
  kApostrophe,      // '\'', U+2019: inside a word, or a quote
  kDash,            // en/em dashes and friends: always punctuation
  kEllipsis,        // U+2026
  kTerminal,        // sentence-final marks other than '.': ? ! ؟ 。 ！ ？ ‼ ⁇ ⁈ ⁉
  kOpenQuote,       // “ ‘ « ‹ „ ‚
  kCloseQuote,      // ” » ›  (’ is kApostrophe)
  kBullet,          // • ◦ ▪ ● ‣ ⁃ ∙ and friends
  kPunct,           // other punctuation
  kEmojiModifier,   // skin tones, keycap, tags: continue an emoji token
  kRegionalIndicator,
  kSymbol,  // anything else (currency, math, emoji, private use)
};

// Classifies a non-ASCII code point (cp >= 0x80).
CharClass ClassifyNonAscii(char32_t cp);

// Classifies any code point.
CharClass Classify(char32_t cp);

// Decodes the code point at text[pos] (valid UTF-8 expected; ill-formed bytes
// decode as U+FFFD with length 1, so every byte is consumed exactly once).
char32_t DecodeAt(std::string_view text, size_t pos, size_t& length);

// True for uppercase letters (ASCII or any script with case).
bool IsUpperCodePoint(char32_t cp);
// True for lowercase letters.
bool IsLowerCodePoint(char32_t cp);

}  // namespace casus::text

#endif  // CASUS_TEXT_CHAR_CLASS_H_
