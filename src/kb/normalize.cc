#include "kb/normalize.h"

#include "base/utf8.h"

namespace casus {
namespace {

// Base letters of U+00C0..U+017F; '*' marks a ligature handled in
// AppendLatin, '.' a non-letter kept as it is.
constexpr std::string_view kLatin1AndExtendedA =
    "aaaaaa*ceeeeiiiidnooooo.ouuuuy**aaaaaa*ceeeeiiiidnooooo.ouuuuy*yaaaaaaccccccccddddeeeeeeeeeeg"
    "gggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyz"
    "zzzzzs";
// Base letters of U+1E00..U+1EFF (Latin Extended Additional: the dotted
// letters of Arabic transliteration, Vietnamese vowels).
constexpr std::string_view kLatinExtendedAdditional =
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrr"
    "rrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaae"
    "eeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

bool IsUpperLatin(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return true;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  if (cp >= 0x100 && cp <= 0x17F) {  // alternating upper/lower pairs with two shifted runs
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;
    if (cp == 0x178) return true;
    const bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    return odd_upper ? (cp % 2) == 1 : (cp % 2) == 0;
  }
  if (cp >= 0x1E00 && cp <= 0x1EFF) return (cp % 2) == 0;
  return false;
}

// Marks that vanish from keys: apostrophes, ayn/hamza half rings, acute and
// grave accents used as apostrophes, periods.
bool IsDroppedMark(char32_t cp) {
  switch (cp) {
    case '\'':
    case '`':
    case '.':
    case 0xB4:    // ´
    case 0x2BB:   // ʻ
    case 0x2BC:   // ʼ
    case 0x2BE:   // ʾ
    case 0x2BF:   // ʿ
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x2032:  // ′
      return true;
    default:
      return false;
  }
}

bool IsArabicMark(char32_t cp) {
  return (cp >= 0x64B && cp <= 0x65F) || cp == 0x670 ||
         cp == 0x640;  // harakat, dagger alef, tatweel
}

char32_t FoldArabic(char32_t cp) {
  switch (cp) {
    case 0x622:  // آ
    case 0x623:  // أ
    case 0x625:  // إ
    case 0x671:  // ٱ
      return 0x627;
    case 0x649:  // ى
      return 0x64A;
    case 0x629:  // ة
      return 0x647;
    default:
      return cp;
  }
}

// Appends the folded form of a non-ASCII code point; returns true when it
// was a Latin letter.
bool AppendFolded(char32_t cp, std::string& out) {
  if (cp >= 0xC0 && cp <= 0x17F) {
    const char base = kLatin1AndExtendedA[cp - 0xC0];
    if (base == '*') {
      switch (cp) {
        case 0xC6:
        case 0xE6:
          out += "ae";
          break;
        case 0xDE:
        case 0xFE:
          out += "th";
          break;
        case 0xDF:
          out += "ss";
          break;
        case 0x132:
        case 0x133:
          out += "ij";
          break;
        default:
          out += "oe";  // Œ œ
      }
      return true;
    }
    if (base != '.') {
      out += base;
      return true;
    }
  } else if (cp >= 0x1E00 && cp <= 0x1EFF) {
    const char base = kLatinExtendedAdditional[cp - 0x1E00];
    if (base != '.') {
      out += base;
      return true;
    }
  } else if (cp >= 0x600 && cp <= 0x6FF) {
    if (!IsArabicMark(cp)) AppendUtf8(FoldArabic(cp), out);
    return false;
  } else if (cp == 0x2BB || cp == 0x2BC) {
    return false;
  }
  AppendUtf8(cp, out);
  return false;
}

}  // namespace

WordShape AppendNormalizedUnit(std::string_view raw, std::string& out) {
  WordShape shape;
  bool first_letter = true;
  size_t i = 0;
  while (i < raw.size()) {
    const unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c < 0x80) {
      ++i;
      if (c >= 'A' && c <= 'Z') {
        shape.has_upper = true;
        if (first_letter) shape.first_upper = true;
        first_letter = false;
        if (shape.letters < 255) ++shape.letters;
        out += static_cast<char>(c + ('a' - 'A'));
      } else if (c >= 'a' && c <= 'z') {
        shape.has_lower = true;
        first_letter = false;
        if (shape.letters < 255) ++shape.letters;
        out += static_cast<char>(c);
      } else if (c >= '0' && c <= '9') {
        out += static_cast<char>(c);
      } else if (c == '&' || c == '+') {
        out += static_cast<char>(c);
      }
      continue;  // other ASCII punctuation is dropped
    }
    size_t length = 1;
    const char32_t cp = DecodeUtf8(raw, i, length);
    i += length;
    if (IsDroppedMark(cp)) continue;
    const bool upper = IsUpperLatin(cp);
    if (AppendFolded(cp, out)) {
      if (upper) {
        shape.has_upper = true;
        if (first_letter) shape.first_upper = true;
      } else {
        shape.has_lower = true;
      }
      first_letter = false;
    }
    if (shape.letters < 255) ++shape.letters;
  }
  return shape;
}

bool IsUnitSeparator(std::string_view text, size_t pos, size_t& length) {
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c == '-' || c == '/') {
    length = 1;
    return true;
  }
  // U+2010..U+2014 (hyphen, non-breaking hyphen, figure dash, en dash, em dash).
  if (c == 0xE2 && pos + 2 < text.size() && static_cast<unsigned char>(text[pos + 1]) == 0x80) {
    const unsigned char c2 = static_cast<unsigned char>(text[pos + 2]);
    if (c2 >= 0x90 && c2 <= 0x94) {
      length = 3;
      return true;
    }
  }
  return false;
}

bool IsPossessiveToken(std::string_view token) {
  return token == "'s" || token == "'S" || token == "\xE2\x80\x99s" || token == "\xE2\x80\x99S" ||
         token == "'" || token == "\xE2\x80\x99";
}

namespace {

// Length of a trailing possessive ("'s" or "’s") of `word`, or 0.
size_t PossessiveSuffix(std::string_view word) {
  if (word.size() > 2 && (word.back() == 's' || word.back() == 'S')) {
    if (word[word.size() - 2] == '\'') return 2;
    if (word.size() > 4 && word.substr(word.size() - 4, 3) == "\xE2\x80\x99") return 4;
  }
  return 0;
}

}  // namespace

std::vector<std::string_view> SplitUnits(std::string_view phrase) {
  std::vector<std::string_view> units;
  size_t start = 0;
  auto flush = [&](size_t end) {
    std::string_view unit = phrase.substr(start, end - start);
    if (unit.empty()) return;
    const size_t poss = PossessiveSuffix(unit);
    if (poss != 0) {
      units.push_back(unit.substr(0, unit.size() - poss));
      units.push_back(kPossessiveUnit);
    } else {
      units.push_back(unit);
    }
  };
  size_t i = 0;
  while (i < phrase.size()) {
    const char c = phrase[i];
    size_t length = 1;
    if (c == ' ' || c == '\t' || c == '_' || IsUnitSeparator(phrase, i, length)) {
      flush(i);
      i += length;
      start = i;
      continue;
    }
    ++i;
  }
  flush(phrase.size());
  return units;
}

std::string NormalizeKey(std::string_view phrase) {
  std::string key;
  for (std::string_view unit : SplitUnits(phrase)) {
    const size_t before = key.size();
    if (!key.empty()) key += ' ';
    const size_t start = key.size();
    if (unit == kPossessiveUnit) {
      key += kPossessiveUnit;
    } else {
      AppendNormalizedUnit(unit, key);
    }
    if (key.size() == start) key.resize(before);  // unit normalised to nothing
  }
  return key;
}

}  // namespace casus
