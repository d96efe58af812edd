#include "eval/actor_name_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <vector>

#include "base/utf8.h"

namespace casus {
namespace {

// Signs that vanish inside a word: apostrophes, transliteration signs for
// ayn and hamza, and periods of abbreviations.
bool IsSilentSign(UChar32 c) {
  switch (c) {
    case 0x0027:  // '
    case 0x0060:  // `
    case 0x00B4:  // ´
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x02BB:  // ʻ
    case 0x02BC:  // ʼ
    case 0x02BE:  // ʾ
    case 0x02BF:  // ʿ
    case 0x002E:  // .
      return true;
    default:
      return false;
  }
}

bool IsApostrophe(UChar32 c) { return c == 0x0027 || c == 0x2019 || c == 0x02BC; }

}  // namespace

std::string ActorNameKey(std::string_view name) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(error);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (U_SUCCESS(error) && nfd != nullptr) {
    icu::UnicodeString decomposed = nfd->normalize(text, error);
    if (U_SUCCESS(error)) text = std::move(decomposed);
  }
  std::vector<UChar32> chars;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) chars.push_back(c);
  }

  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (size_t i = 0; i < chars.size(); ++i) {
    const UChar32 c = chars[i];
    if (IsSilentSign(c)) {
      // A possessive "'s" closing a word disappears with its apostrophe.
      const bool possessive = IsApostrophe(c) && !word.empty() && i + 1 < chars.size() &&
                              (chars[i + 1] == 's' || chars[i + 1] == 'S') &&
                              (i + 2 == chars.size() || !u_isalnum(chars[i + 2]));
      if (possessive) ++i;
    } else if (u_isalnum(c)) {
      AppendUtf8(static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)), word);
    } else {
      flush();
    }
  }
  flush();
  if (words.size() > 1 && words.front() == "the") words.erase(words.begin());

  std::string key;
  for (const std::string& w : words) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

}  // namespace casus
