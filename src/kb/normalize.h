// casus — the matching keys of names: how "Kata'ib-Hezbollah", "KATAIB
// HEZBOLLAH" and "Kataib Hezbollah" become the same two words.
//
// A name is a sequence of *units*: words split at spaces and hyphens. Each
// unit is normalised by lower-casing ASCII, folding Latin diacritics
// ("Ṣadr" → "sadr"), dropping apostrophes and ayn/hamza marks ("Kata'ib",
// "Kataʾib" → "kataib") and periods ("U.S." → "us"), and, for Arabic script,
// folding alef and teh-marbuta variants and dropping vowel marks. A trailing
// possessive ("Iran's") becomes its own unit, kPossessiveUnit.
//
// Thread safety: pure functions.
#ifndef CASUS_KB_NORMALIZE_H_
#define CASUS_KB_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casus {

// The unit that stands for a possessive "'s" (text) or "'s" inside a name.
inline constexpr std::string_view kPossessiveUnit = "'s";

// Letter case of a unit's raw text, for case-sensitive aliases.
struct WordShape {
  bool first_upper = false;  // first letter is an upper-case Latin letter
  bool has_lower = false;    // some letter is lower-case Latin
  bool has_upper = false;    // some letter is upper-case Latin
  uint8_t letters = 0;       // number of letters (saturates at 255)
};

// Appends the normalised form of `raw` (one unit: no spaces or hyphens
// expected) to `out` and returns its shape. Digits are kept; other
// punctuation inside a word is dropped.
WordShape AppendNormalizedUnit(std::string_view raw, std::string& out);

// True for a hyphen-like byte sequence that splits units at `pos` of
// `text`; sets `length` to its byte length.
bool IsUnitSeparator(std::string_view text, size_t pos, size_t& length);

// True for a token that is a possessive marker on its own: "'s", "’s", "'",
// "’".
bool IsPossessiveToken(std::string_view token);

// Splits a phrase (a KB name or alias) into raw units: at whitespace and
// hyphens, with "'s"/"’s" at the end of a word as a separate kPossessiveUnit
// entry. Underscores count as spaces (PETRARCH phrases).
std::vector<std::string_view> SplitUnits(std::string_view phrase);

// The normalised units of a phrase joined by single spaces: the lookup key
// of names ("Kata'ib-Hezbollah" → "kataib hezbollah"). Empty units vanish.
std::string NormalizeKey(std::string_view phrase);

}  // namespace casus

#endif  // CASUS_KB_NORMALIZE_H_
