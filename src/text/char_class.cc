#include "text/char_class.h"

#include <unicode/uchar.h>

#include "base/utf8.h"

namespace casus::text {

CharClass ClassifyNonAscii(char32_t cp) {
  switch (cp) {
    case 0x85:
    case 0x2028:
      return CharClass::kLineBreak;
    case 0x2029:
      return CharClass::kParagraphBreak;
    case 0xA0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return CharClass::kSpace;
    case 0x200B:
    case 0x2060:
    case 0xFEFF:
      return CharClass::kIgnorable;
    case 0xAD:
    case 0x200C:
    case 0x200D:
      return CharClass::kWordJoiner;
    case 0x2010:
    case 0x2011:
      return CharClass::kHyphen;
    case 0x2019:
      return CharClass::kApostrophe;
    case 0x2026:
      return CharClass::kEllipsis;
    case 0x061F:  // Arabic question mark
    case 0x06D4:  // Arabic full stop
    case 0x0964:  // Devanagari danda
    case 0x3002:  // ideographic full stop
    case 0xFF01:
    case 0xFF1F:
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049:
      return CharClass::kTerminal;
    case 0x201C:
    case 0x2018:
    case 0xAB:
    case 0x2039:
    case 0x201E:
    case 0x201A:
    case 0x201F:
    case 0x201B:
    case 0x300C:
    case 0x300E:
      return CharClass::kOpenQuote;
    case 0x201D:
    case 0xBB:
    case 0x203A:
    case 0x300D:
    case 0x300F:
      return CharClass::kCloseQuote;
    case 0x2022:  // •
    case 0x25E6:  // ◦
    case 0x25AA:  // ▪
    case 0x25AB:  // ▫
    case 0x25CF:  // ●
    case 0x25CB:  // ○
    case 0x25A0:  // ■
    case 0x25A1:  // □
    case 0x2023:  // ‣
    case 0x2043:  // ⁃
    case 0x2219:  // ∙
    case 0x25B6:  // ▶
    case 0x25BA:  // ►
    case 0x27A2:  // ➢
    case 0x2794:  // ➔
      return CharClass::kBullet;
    case 0xFE0E:
    case 0xFE0F:
    case 0x20E3:
      return CharClass::kEmojiModifier;
    case kReplacementChar:
      return CharClass::kSymbol;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return CharClass::kSpace;
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) return CharClass::kEmojiModifier;
  if (cp >= 0xE0020 && cp <= 0xE007F) return CharClass::kEmojiModifier;
  if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return CharClass::kRegionalIndicator;

  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return CharClass::kLetter;
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
      return CharClass::kMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_SPACE_SEPARATOR:
      return CharClass::kSpace;
    case U_LINE_SEPARATOR:
      return CharClass::kLineBreak;
    case U_PARAGRAPH_SEPARATOR:
      return CharClass::kParagraphBreak;
    case U_CONTROL_CHAR:
      return CharClass::kIgnorable;
    case U_FORMAT_CHAR:
      return CharClass::kWordJoiner;
    case U_DASH_PUNCTUATION:
      return CharClass::kDash;
    case U_INITIAL_PUNCTUATION:
      return CharClass::kOpenQuote;
    case U_FINAL_PUNCTUATION:
      return CharClass::kCloseQuote;
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      return CharClass::kPunct;
    default:
      return CharClass::kSymbol;
  }
}

CharClass Classify(char32_t cp) {
  if (cp >= 0x80) return ClassifyNonAscii(cp);
  const auto c = static_cast<unsigned char>(cp);
  const uint8_t flags = kAsciiTable[c];
  if (flags & kAsciiLetter) return CharClass::kLetter;
  if (flags & kAsciiDigit) return CharClass::kDigit;
  switch (c) {
    case '\n':
      return CharClass::kLineBreak;
    case '\f':
      return CharClass::kParagraphBreak;
    case ' ':
    case '\t':
    case '\r':
    case '\v':
      return CharClass::kSpace;
    case '-':
      return CharClass::kHyphen;
    case '\'':
      return CharClass::kApostrophe;
    case '?':
    case '!':
      return CharClass::kTerminal;
    case '.':
    case ',':
    case ';':
    case ':':
    case '"':
    case '`':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
      return CharClass::kPunct;
    default:
      return c < 0x20 || c == 0x7F ? CharClass::kIgnorable : CharClass::kSymbol;
  }
}

char32_t DecodeAt(std::string_view text, size_t pos, size_t& length) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    length = 1;
    return c;
  }
  return DecodeUtf8(text, pos, length);
}

bool IsUpperCodePoint(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool IsLowerCodePoint(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp));
}

}  // namespace casus::text
