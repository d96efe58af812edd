// casus — the date expressions DateResolver recognises, before resolution.
//
// A DateExpression records what the text says ("Monday", "Jan. 3", "last
// week", "in early 2020") with its token range; DateResolver turns it into
// a calendar date. DateExpressionMatcher finds the expression that starts
// at a token, reading words from the date word table built by
// BuildDateWords().
//
// Thread safety: DateExpressionMatcher is a short-lived view over one
// sentence; the word table it reads is shared read-only.
#ifndef CASUS_NLP_DATE_EXPRESSION_H_
#define CASUS_NLP_DATE_EXPRESSION_H_

#include <cstdint>
#include <optional>
#include <span>

#include "casus/document.h"
#include "nlp/reading_words.h"

namespace casus::reading {

// Flag bits of the date word table; the low 8 bits hold a payload.
enum DateWordFlag : uint32_t {
  kDwMonth = 1u << 8,            // payload 1..12
  kDwMonthAbbrev = 1u << 9,      // "Jan", "Sept." : needs a day or a year beside it
  kDwMonthAmbiguous = 1u << 10,  // "March", "May", "August": needs context
  kDwWeekday = 1u << 11,         // payload 0 (Sunday) .. 6
  kDwDayWord = 1u << 12,         // today/tonight/yesterday/tomorrow/overnight; payload offset+8
  kDwPartOfDay = 1u << 13,       // morning, night, ...
  kDwPart = 1u << 14,            // payload: 1 early, 2 mid, 3 late, 4 earlier, 5 later
  kDwDeictic = 1u << 15,         // payload: 1 last, 2 this, 3 next
  kDwUnit = 1u << 16,            // payload: 1 day, 2 week, 3 month, 4 year, 5 weekend
  kDwNumber = 1u << 17,          // small number word; payload = value
  kDwFutureCue = 1u << 18,
  kDwSpeech = 1u << 19,        // said, told, statement, ...
  kDwClauseStop = 1u << 20,    // and, but, while, who, ...: bounds cue search
  kDwYearContext = 1u << 21,   // words before a bare year: in, since, during, ...
  kDwDeterminer = 1u << 22,    // the, a, its, ...: "the 2020 killing"
  kDwMonthContext = 1u << 23,  // words that license "in May", "since March"
  kDwMidMonth = 1u << 24,      // "mid-March"; payload 1..12
  kDwTrigger = kDwMonth | kDwWeekday | kDwDayWord | kDwUnit | kDwPartOfDay | kDwMidMonth,
};
inline int DatePayload(uint32_t value) { return static_cast<int>(value & 0xFF); }

void BuildDateWords(ReadingWordTable& table);

enum class DateExpressionKind : uint8_t {
  kCalendarDay,  // Jan. 3 (year optional), 2020-01-03
  kMonth,        // March, March 2020 (year optional)
  kYear,         // 2016, early 2020
  kDecade,       // the 1990s
  kWeekday,      // Monday, last Friday
  kDayOffset,    // today, yesterday, tomorrow, two days ago
  kWeekOffset,   // last week, this week, three weeks ago
  kWeekend,      // over the weekend, last weekend
  kMonthOffset,  // last month, earlier this month
  kYearOffset,   // last year, earlier this year
};

enum class PeriodPart : uint8_t { kWhole, kEarly, kMid, kLate };

struct DateExpression {
  DateExpressionKind kind = DateExpressionKind::kCalendarDay;
  uint32_t first = 0;  // token range in the sentence
  uint32_t end = 0;
  int year = 0;      // 0 when the text gives none
  int year_end = 0;  // "2019-2021"
  int month = 0;
  int day = 0;
  int day_end = 0;  // "Jan. 3-5"
  int weekday = -1;
  int offset = 0;  // for *Offset kinds and "last"/"next" weekdays: -1, 0, +1, -n
  PeriodPart part = PeriodPart::kWhole;
  bool strictly_past = false;  // "last Monday"
  bool future = false;         // "tomorrow", "next week", "later this month"
  bool year_modifier = false;  // "the 2020 killing"

  bool Absolute() const {
    return kind == DateExpressionKind::kDecade || kind == DateExpressionKind::kYear ||
           ((kind == DateExpressionKind::kCalendarDay || kind == DateExpressionKind::kMonth) &&
            year != 0);
  }
};

// Finds the date expression starting exactly at a token.
class DateExpressionMatcher {
 public:
  DateExpressionMatcher(const SentenceWords& words, std::span<const Token> sentence)
      : words_(words), tokens_(sentence) {}

  // The longest expression starting at token `at`, or nullopt.
  std::optional<DateExpression> Match(uint32_t at) const;
  // A bare day number ("5" in "between Jan. 1 and 5") at `at`, with an
  // optional ", 2020" after it.
  std::optional<DateExpression> MatchBareDay(uint32_t at, int month) const;
  // A bare four-digit year at `at` ("2021" in "from 2019 to 2021").
  std::optional<DateExpression> MatchBareYear(uint32_t at) const;

  uint32_t Flags(uint32_t at) const { return words_[at]; }
  std::optional<int> YearAt(uint32_t at) const;

 private:
  std::optional<DateExpression> MatchNumberStart(uint32_t at) const;
  std::optional<DateExpression> MatchMonth(uint32_t at, uint32_t first) const;
  std::optional<DateExpression> MatchWeekday(uint32_t at, uint32_t first) const;
  std::optional<DateExpression> MatchPartPrefix(uint32_t at) const;
  std::optional<DateExpression> MatchDeictic(uint32_t at) const;
  std::optional<DateExpression> MatchDayWord(uint32_t at, uint32_t first) const;
  std::optional<DateExpression> MatchThe(uint32_t at) const;
  std::optional<DateExpression> MatchAgo(uint32_t at, int count) const;
  std::optional<DateExpression> MatchYearInContext(uint32_t at, uint32_t first,
                                                   PeriodPart part) const;
  std::optional<DateExpression> MatchDayMonth(uint32_t at) const;
  // Day number or "3-5" day range at `at`; sets day/day_end, returns end.
  std::optional<uint32_t> DayOrDayRange(uint32_t at, int& day, int& day_end) const;
  bool IsWord(uint32_t at, std::string_view lower) const;
  bool Adjacent(uint32_t left, uint32_t right) const;

  const SentenceWords& words_;
  std::span<const Token> tokens_;
};

}  // namespace casus::reading

#endif  // CASUS_NLP_DATE_EXPRESSION_H_
