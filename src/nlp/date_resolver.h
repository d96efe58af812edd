// casus — DateResolver: finds the date expressions of one sentence and
// resolves them to calendar dates, against the publication date when the
// expression is relative.
//
// What it reads (case-insensitive except where capitals disambiguate):
//   weekdays       "on Monday", "Monday night", "late on Sunday", "early
//                  Tuesday", "last Friday", "overnight Saturday"
//   deictic days   "today", "tonight", "this morning", "yesterday", "last
//                  night", "overnight", "the day before (yesterday)",
//                  "tomorrow", "two days ago"
//   weeks, months, years relative to publication
//                  "last week", "this week", "earlier this week", "over the
//                  weekend", "earlier this month", "last month", "last
//                  year", "three weeks ago", "next month"
//   calendar dates "Jan. 3", "Jan 3", "January 3, 2020", "3 January 2020",
//                  "3 Jan", "the 3rd of January", "2020-01-03", "in March",
//                  "March 2020", "in 2016", "in early 2020", "mid-2020",
//                  "late March", "the 1990s", "on the night of Feb. 15"
//   ranges         "between Jan. 1 and Jan. 5", "between Jan. 1 and 5",
//                  "from 2019 to 2021", "Jan. 3-5", "3-5 January",
//                  "from Monday to Wednesday"
//
// Resolution conventions (documented, tested):
//   * Past is the default direction: a weekday is the latest such day on or
//     before publication (the publication day itself when the weekday
//     matches; "last Monday" is strictly before); a month without a year is
//     the latest such month on or before publication ("in December"
//     published in January is the previous December); a day without a year
//     likewise ("on Dec. 31" published Jan. 2 is the previous year).
//   * Future (role kFuture) resolves forward instead: the next such weekday
//     strictly after publication, the next such month or day on or after.
//   * "last night", "the day before" are the day before publication (the
//     night began then). "overnight" is the publication day (the night that
//     ended that morning: what it tells mostly happened after midnight), as
//     are "tonight" and "this morning". "overnight Saturday" is Saturday.
//   * Week precision: `date` is the Monday of the week ("last week" = the
//     Monday of the week before publication's week); "weekend" is week
//     precision with `date` the Saturday and `end_date` the Sunday.
//   * Month precision: `date` is the first of the month; year precision:
//     January 1. A part ("early", "mid", "late") narrows the period and
//     sets `end_date`: for a month days 1-10 / 11-20 / 21-end, for a year
//     January-April / May-August / September-December.
//   * "since" + a day or week ("fighting since Monday") is ongoing: the
//     mention's end_date is the publication date.
//   * Without a publication date, relative expressions (weekdays, "last
//     week", months or days without a year) are not returned; absolute
//     ones still are.
//
// Roles (first that applies):
//   kQuoted     inside double quotation marks.
//   kFuture     "tomorrow", "next week", "later this month"; or a future cue
//               ("will", "'ll", "shall", "would", "plans", "planned",
//               "scheduled", "expected", "due", "set to", "upcoming",
//               "intends", "going to", "slated") in the same clause before
//               the expression (up to `future_cue_window` tokens back,
//               stopping at , ; : and conjunctions), or after a fronted
//               expression ("On Friday, the minister will ..."); an
//               expression coordinated with a future one ("on Sunday and
//               Monday") is future too.
//   kHistorical "since" + a month or year; a year used as a modifier ("the
//               2020 killing of ..."); year precision ("in 2016", "last
//               year") in a year other than the publication year, or any
//               year precision without a publication date; a decade; any
//               period that ended more than `historical_after_days` before
//               publication.
//   kEventDate  everything else.
//
// Thread safety: immutable after construction; Find() is const and safe to
// call from many threads.
#ifndef CASUS_NLP_DATE_RESOLVER_H_
#define CASUS_NLP_DATE_RESOLVER_H_

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "casus/date.h"
#include "casus/document.h"
#include "nlp/reading_words.h"

namespace casus {

enum class DateRole : uint8_t { kEventDate, kHistorical, kQuoted, kFuture };
std::string_view ToString(DateRole role);

struct DateMention {
  // Token range [first_token, end_token) inside the sentence span. A leading
  // "on"/"in"/"since" is not part of it; "between"/"from" of a range are.
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  Date date;                     // first day of the period (see conventions)
  std::optional<Date> end_date;  // last day of a range or of a part-period
  DatePrecision precision = DatePrecision::kDay;
  DateRole role = DateRole::kEventDate;
  bool relative = false;   // resolved against the publication date
  bool reporting = false;  // dates a speech act ("said on Monday")
};

struct DateResolverOptions {
  // A period that ended more than this many days before publication is a
  // historical reference. Default 90.
  int historical_after_days = 30;
  // How far back (tokens) a future cue ("will") may stand. Default 8.
  int future_cue_window = 12;
};

class DateResolver {
 public:
  explicit DateResolver(DateResolverOptions options = {});

  // All date expressions of `sentence`, in text order, not overlapping.
  std::vector<DateMention> Find(std::span<const Token> sentence,
                                std::optional<Date> published) const;

  // Cheap pre-check: false when the sentence has no number, month, weekday
  // or relative-date word, so Find() would return nothing.
  bool MayContainDate(std::span<const Token> sentence) const;

 private:
  DateResolverOptions options_;
  reading::ReadingWordTable words_;
  reading::ReadingWordTable triggers_;  // the words that make MayContainDate true
};

}  // namespace casus

#endif  // CASUS_NLP_DATE_RESOLVER_H_
