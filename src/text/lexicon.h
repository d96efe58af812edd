// The word lists the text stage decides with: abbreviations (by kind),
// words that start sentences, words that cannot end a line of running text,
// and month names for datelines.
//
// An abbreviation's kind says how a period after it behaves:
//   kTitle         precedes a name ("Gen.", "Lt.", "Dr."): never ends a sentence.
//   kNumberPrefix  precedes a number ("No. 5"): keeps its period only before a digit.
//   kMonth         "Jan." … "Dec.", "Sept.": ends a sentence only before a sentence starter.
//   kOther         "Inc.", "Corp.", "vs.", "etc.", "St.", U.S. states: same rule as kMonth.
// Single capital letters ("W.") and dotted initialisms ("U.S.", "a.m.") are
// recognised by shape, not listed.
//
// Thread safety: immutable after construction; const methods are safe to
// call concurrently.
#ifndef CASUS_TEXT_LEXICON_H_
#define CASUS_TEXT_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/word_table.h"

namespace casus {

enum class AbbreviationKind : uint8_t { kNone, kTitle, kNumberPrefix, kMonth, kOther };

// What a word token that ends in '.' is.
enum class PeriodWord : uint8_t {
  kNone,        // not an abbreviation (does not end in '.')
  kInitial,     // one capital letter: "W."
  kInitialism,  // internal periods: "U.S.", "a.m.", "Ph.D."
  kTitle,       // see AbbreviationKind
  kNumberPrefix,
  kMonth,
  kOther,
};

class Lexicon {
 public:
  // Builds the built-in lists plus `extra_abbreviations` (kind kOther) and
  // `extra_titles` (kind kTitle). Entries are written without the period.
  Lexicon(const std::vector<std::string>& extra_abbreviations,
          const std::vector<std::string>& extra_titles);

  // Kind of `word` (without its period). Exact match first; an all-capital
  // word ("GEN") also matches its listed spelling ("Gen").
  AbbreviationKind Abbreviation(std::string_view word) const;

  // Classifies a word token's text (which may end in '.').
  PeriodWord ClassifyPeriodWord(std::string_view token) const;

  // True when `word`, lowercased, is a closed-class word that commonly opens
  // a sentence ("The", "But", "He", "In", "However"). Names are not.
  bool IsSentenceStarter(std::string_view word) const;

  // True when a line of running text ending in `word` must continue on the
  // next line ("the", "of", "and", "said"). Case-sensitive: lowercase only.
  bool IsContinuationWord(std::string_view word) const;

  // Month number 1..12 for a month name or abbreviation ("Jan", "Jan.",
  // "January", "Sept", "JANUARY"), else 0.
  int Month(std::string_view word) const;

  // True for weekday names ("Monday", "MONDAY").
  bool IsWeekday(std::string_view word) const;

 private:
  WordTable abbreviations_;        // spelling → AbbreviationKind
  WordTable upper_abbreviations_;  // same, spelled in capitals
  WordTable starters_;             // lowercase
  WordTable continuations_;        // lowercase
  WordTable months_;               // lowercase name or abbreviation → 1..12
  WordTable weekdays_;             // lowercase
};

}  // namespace casus

#endif  // CASUS_TEXT_LEXICON_H_
