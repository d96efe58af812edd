// Recognises a news dateline at a line start:
//
//   PLACE [, REGION]* [, DATE] [(AGENCY)] SEPARATOR
//
//   "ERBIL, Iraq —"   "BAGHDAD (Reuters) -"   "WASHINGTON, Jan. 5 (AP) —"
//   "SANAA, Yemen, Feb. 3 —"   "DEIR EL-BALAH, Gaza Strip (AP) —"
//   "Baghdad (AFP) -"
//
// PLACE is one to five capitalised words; lowercase Arabic particles inside
// it are allowed after the first word ("DEIR al-ZOR"). The place must be in
// capitals ("ERBIL"), or else be followed by an agency in parentheses, so
// that "Iran, Iraq — and Syria" is not a dateline. REGION is one to four
// capitalised words or initialisms ("D.C.", "Calif."); at most three.
// DATE is "Jan. 5", "January 5", "5 January" (optionally ", 2024") or a
// weekday. AGENCY is one to four words in parentheses. SEPARATOR is a dash
// ("—", "–", "-", "--") or, after a place in capitals, a colon. The whole
// dateline sits on one line and more text must follow the separator.
//
// Thread safety: immutable after construction.
#ifndef CASUS_TEXT_DATELINE_MATCHER_H_
#define CASUS_TEXT_DATELINE_MATCHER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "text/lexicon.h"

namespace casus {

class DatelineMatcher {
 public:
  explicit DatelineMatcher(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // If a dateline starts at tokens[first], returns the index of its
  // separator token (the dateline proper is [first, separator)); else 0.
  // Examines at most a bounded number of tokens.
  size_t Match(std::string_view text, const std::vector<Token>& tokens, size_t first) const;

 private:
  // Length of a date starting at tokens[k] ("Jan. 5", "5 January",
  // "Monday"), or 0.
  size_t MatchDate(const std::vector<Token>& tokens, size_t k) const;

  const Lexicon& lexicon_;
};

}  // namespace casus

#endif  // CASUS_TEXT_DATELINE_MATCHER_H_
