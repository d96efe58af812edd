#include "nlp/date_expression.h"

#include "casus/date.h"

namespace casus::reading {
namespace {

struct MonthName {
  const char* words;  // full name first, then abbreviations
  bool ambiguous;     // also a common verb, modal or adjective
};

constexpr MonthName kMonths[12] = {
    {"january jan jan.", false},
    {"february feb feb.", false},
    {"march mar mar.", true},
    {"april apr apr.", false},
    {"may", true},
    {"june jun jun.", false},
    {"july jul jul.", false},
    {"august aug aug.", true},
    {"september sep sep. sept sept.", false},
    {"october oct oct.", false},
    {"november nov nov.", false},
    {"december dec dec.", false},
};

constexpr const char* kWeekdays[7] = {"sunday",   "monday", "tuesday", "wednesday",
                                      "thursday", "friday", "saturday"};

constexpr const char* kSmallNumbers[] = {"zero", "one",    "two",   "three", "four",
                                         "five", "six",    "seven", "eight", "nine",
                                         "ten",  "eleven", "twelve"};

bool IsYearValue(int64_t value) { return value >= 1800 && value <= 2100; }

int ParseFourDigits(std::string_view text) {
  if (text.size() != 4) return -1;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

// "1990s" or "1990's" → 1990.
int ParseDecade(std::string_view text) {
  if (text.size() == 5 && (text[4] == 's' || text[4] == 'S')) {
    text = text.substr(0, 4);
  } else if (text.size() == 6 && text[4] == '\'' && (text[5] == 's' || text[5] == 'S')) {
    text = text.substr(0, 4);
  } else {
    return -1;
  }
  const int value = ParseFourDigits(text);
  return value >= 1800 && value <= 2090 && value % 10 == 0 ? value : -1;
}

// "2019-2021" (hyphen or en dash) → {2019, 2021}.
bool ParseYearRange(std::string_view text, int& from, int& to) {
  std::string_view right;
  if (text.size() == 9 && text[4] == '-')
    right = text.substr(5);
  else if (text.size() == 11 && text.substr(4, 3) == "\xE2\x80\x93")
    right = text.substr(7);
  else
    return false;
  from = ParseFourDigits(text.substr(0, 4));
  to = ParseFourDigits(right);
  return IsYearValue(from) && IsYearValue(to) && from < to;
}

// "3-5" → {3, 5}.
bool ParseDayRangeToken(std::string_view text, int& from, int& to) {
  size_t dash = text.find('-');
  size_t width = 1;
  if (dash == std::string_view::npos) {
    dash = text.find("\xE2\x80\x93");
    width = 3;
  }
  if (dash == std::string_view::npos) return false;
  auto a = ParseDayNumber(text.substr(0, dash));
  auto b = ParseDayNumber(text.substr(dash + width));
  if (!a || !b || *a >= *b) return false;
  from = *a;
  to = *b;
  return true;
}

bool ValidDay(int year, int month, int day) {
  return day >= 1 && day <= DaysInMonth(year == 0 ? 2000 : year, month);  // 2000: leap
}

}  // namespace

void BuildDateWords(ReadingWordTable& table) {
  for (int m = 0; m < 12; ++m) {
    const std::string_view words = kMonths[m].words;
    const size_t space = words.find(' ');
    const uint32_t base = kDwMonth | static_cast<uint32_t>(m + 1) |
                          (kMonths[m].ambiguous ? static_cast<uint32_t>(kDwMonthAmbiguous) : 0u);
    table.Add(words.substr(0, space), base);
    table.Add(std::string("mid-").append(words.substr(0, space)),
              kDwMidMonth | static_cast<uint32_t>(m + 1));
    if (space != std::string_view::npos) {
      table.AddAll(words.substr(space + 1), (base & ~kDwMonthAmbiguous) | kDwMonthAbbrev);
    }
  }
  for (int d = 0; d < 7; ++d) table.Add(kWeekdays[d], kDwWeekday | static_cast<uint32_t>(d));
  // "overnight" is the night that ended on the morning of publication: the
  // publication day, when most of what it tells happened after midnight.
  table.AddAll("today tonight overnight", kDwDayWord | 8);
  table.Add("yesterday", kDwDayWord | 7);
  table.Add("tomorrow", kDwDayWord | 9);
  table.AddAll("morning afternoon evening night dawn daybreak midday noon midnight nightfall dusk",
               kDwPartOfDay);
  table.Add("early", kDwPart | 1);
  table.Add("mid", kDwPart | 2);
  table.Add("late", kDwPart | 3);
  table.Add("earlier", kDwPart | 4);
  table.Add("later", kDwPart | 5);
  table.Add("last", kDwDeictic | 1);
  table.Add("this", kDwDeictic | 2);
  table.Add("next", kDwDeictic | 3);
  table.AddAll("day days", kDwUnit | 1);
  table.AddAll("week weeks", kDwUnit | 2);
  table.AddAll("month months", kDwUnit | 3);
  table.AddAll("year years", kDwUnit | 4);
  table.AddAll("weekend weekends", kDwUnit | 5);
  table.AddAll("a an", kDwNumber | 1);
  for (uint32_t v = 0; v < std::size(kSmallNumbers); ++v)
    table.Add(kSmallNumbers[v], kDwNumber | v);
  table.AddAll(
      "will 'll shall would won't wo plans plan planned planning scheduled expected set due "
      "upcoming intends intend intended going slated aims",
      kDwFutureCue);
  table.AddAll(
      "said says say told tells announced announces stated states added adds reported reports "
      "claimed claims confirmed confirms denied denies warned warns tweeted wrote statement "
      "interview briefing conference speech admitted admits acknowledged acknowledges",
      kDwSpeech);
  table.AddAll(
      "and but while when after before because although though whereas who which where as since "
      "until if",
      kDwClauseStop);
  table.AddAll(
      "in since during until till by from between before after of around throughout circa to "
      "early late mid end start beginning middle spring summer autumn fall winter",
      kDwYearContext);
  table.AddAll("the a an its his her their our this that whose 's", kDwDeterminer);
  table.AddAll(
      "in since during until till by from between of early late mid last this next through to "
      "before after end start beginning middle and",
      kDwMonthContext);
}

bool DateExpressionMatcher::IsWord(uint32_t at, std::string_view lower) const {
  return at < tokens_.size() && tokens_[at].kind == TokenKind::kWord &&
         WordIs(tokens_[at].text, lower);
}

bool DateExpressionMatcher::Adjacent(uint32_t left, uint32_t right) const {
  return tokens_[left].end == tokens_[right].start;
}

std::optional<int> DateExpressionMatcher::YearAt(uint32_t at) const {
  if (at >= tokens_.size() || tokens_[at].kind != TokenKind::kNumber) return std::nullopt;
  const int value = ParseFourDigits(tokens_[at].text);
  if (!IsYearValue(value)) return std::nullopt;
  return value;
}

std::optional<DateExpression> DateExpressionMatcher::Match(uint32_t at) const {
  if (at >= tokens_.size()) return std::nullopt;
  const Token& token = tokens_[at];
  if (token.kind == TokenKind::kNumber) return MatchNumberStart(at);
  if (token.kind != TokenKind::kWord) return std::nullopt;
  const std::string_view text = token.text;
  const uint32_t flags = words_[at];
  if ((flags & kDwMidMonth) || (text.size() == 8 && WordIs(text.substr(0, 4), "mid-") &&
                                IsYearValue(ParseFourDigits(text.substr(4))))) {
    // "mid-2020", "mid-March"
    DateExpression e;
    e.first = at;
    e.end = at + 1;
    e.part = PeriodPart::kMid;
    if (!(flags & kDwMidMonth)) {
      e.kind = DateExpressionKind::kYear;
      e.year = ParseFourDigits(text.substr(4));
      return e;
    }
    e.kind = DateExpressionKind::kMonth;
    e.month = DatePayload(flags);
    if (auto y = YearAt(at + 1)) {
      e.year = *y;
      e.end = at + 2;
    }
    return e;
  }
  if (const int decade = ParseDecade(text); decade > 0) {
    DateExpression e;
    e.kind = DateExpressionKind::kDecade;
    e.year = decade;
    e.first = at;
    e.end = at + 1;
    return e;
  }
  if (flags == 0) return std::nullopt;
  if (flags & kDwMonth) return MatchMonth(at, at);
  if (flags & kDwWeekday) return MatchWeekday(at, at);
  if (flags & kDwDayWord) return MatchDayWord(at, at);
  if (flags & kDwPart) return MatchPartPrefix(at);
  if (flags & kDwDeictic) {
    if (auto e = MatchDeictic(at)) return e;
  }
  if (flags & kDwNumber) {
    if (auto e = MatchAgo(at + 1, DatePayload(flags))) {
      e->first = at;
      return e;
    }
  }
  if (WordIs(text, "the")) return MatchThe(at);
  return std::nullopt;
}

std::optional<uint32_t> DateExpressionMatcher::DayOrDayRange(uint32_t at, int& day,
                                                             int& day_end) const {
  if (at >= tokens_.size() || tokens_[at].kind != TokenKind::kNumber) return std::nullopt;
  day_end = 0;
  if (ParseDayRangeToken(tokens_[at].text, day, day_end)) return at + 1;
  auto d = ParseDayNumber(tokens_[at].text);
  if (!d) return std::nullopt;
  day = *d;
  const uint32_t next = at + 1;
  if (next + 1 < tokens_.size() &&
      (IsDashToken(tokens_[next]) || IsWord(next, "to") || IsWord(next, "through")) &&
      tokens_[next + 1].kind == TokenKind::kNumber && !YearAt(next + 1)) {
    auto d2 = ParseDayNumber(tokens_[next + 1].text);
    if (d2 && *d2 > day) {
      day_end = *d2;
      return next + 2;
    }
  }
  return next;
}

std::optional<DateExpression> DateExpressionMatcher::MatchNumberStart(uint32_t at) const {
  const std::string_view text = tokens_[at].text;
  DateExpression e;
  e.first = at;
  e.end = at + 1;
  // ISO 8601, one token or five.
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    if (auto d = Date::Parse(text)) {
      e.kind = DateExpressionKind::kCalendarDay;
      e.year = d->year;
      e.month = d->month;
      e.day = d->day;
      return e;
    }
    return std::nullopt;
  }
  if (YearAt(at) && at + 4 < tokens_.size() && IsDashToken(tokens_[at + 1]) &&
      IsDashToken(tokens_[at + 3]) && tokens_[at + 2].kind == TokenKind::kNumber &&
      tokens_[at + 4].kind == TokenKind::kNumber && Adjacent(at, at + 1) &&
      Adjacent(at + 1, at + 2) && Adjacent(at + 2, at + 3) && Adjacent(at + 3, at + 4) &&
      tokens_[at + 2].text.size() == 2 && tokens_[at + 4].text.size() == 2) {
    char iso[11];
    std::string_view parts[3] = {text, tokens_[at + 2].text, tokens_[at + 4].text};
    size_t n = 0;
    for (int p = 0; p < 3; ++p) {
      for (char c : parts[p]) iso[n++] = c;
      if (p < 2) iso[n++] = '-';
    }
    if (auto d = Date::Parse(std::string_view(iso, n))) {
      e.kind = DateExpressionKind::kCalendarDay;
      e.year = d->year;
      e.month = d->month;
      e.day = d->day;
      e.end = at + 5;
      return e;
    }
  }
  if (int from = 0, to = 0; ParseYearRange(text, from, to)) {
    e.kind = DateExpressionKind::kYear;
    e.year = from;
    e.year_end = to;
    return e;
  }
  if (const int decade = ParseDecade(text); decade > 0) {
    e.kind = DateExpressionKind::kDecade;
    e.year = decade;
    return e;
  }
  if (auto d = MatchDayMonth(at)) return d;
  if (auto count = ParseDigitInteger(text); count && *count > 0 && *count < 1000) {
    if (auto ago = MatchAgo(at + 1, static_cast<int>(*count))) {
      ago->first = at;
      return ago;
    }
  }
  if (auto year = YearAt(at)) {
    const uint32_t before = at > 0 ? Flags(at - 1) : 0;
    if (before & kDwYearContext) return MatchYearInContext(at, at, PeriodPart::kWhole);
    const bool possessive = at > 0 && (WordIs(tokens_[at - 1].text, "'s"));
    if (((before & kDwDeterminer) || possessive) && at + 1 < tokens_.size() &&
        tokens_[at + 1].kind == TokenKind::kWord && !(Flags(at + 1) & kDwMonth)) {
      e.kind = DateExpressionKind::kYear;
      e.year = *year;
      e.year_modifier = true;
      return e;
    }
  }
  return std::nullopt;
}

std::optional<DateExpression> DateExpressionMatcher::MatchDayMonth(uint32_t at) const {
  int day = 0, day_end = 0;
  auto after = DayOrDayRange(at, day, day_end);
  if (!after) return std::nullopt;
  uint32_t k = *after;
  if (IsWord(k, "of")) ++k;
  const uint32_t flags = Flags(k);
  if (!(flags & kDwMonth) || !IsCapitalized(tokens_[k].text)) return std::nullopt;
  DateExpression e;
  e.kind = DateExpressionKind::kCalendarDay;
  e.first = at;
  e.month = DatePayload(flags);
  e.day = day;
  e.day_end = day_end;
  uint32_t end = k + 1;
  if ((flags & kDwMonthAbbrev) && end < tokens_.size() && IsPunctToken(tokens_[end], ".") &&
      Adjacent(k, end)) {
    ++end;
  }
  if (auto y = YearAt(end)) {
    e.year = *y;
    ++end;
  } else if (end + 1 < tokens_.size() && IsPunctToken(tokens_[end], ",")) {
    if (auto y2 = YearAt(end + 1)) {
      e.year = *y2;
      end += 2;
    }
  }
  if (!ValidDay(e.year, e.month, day) || (day_end && !ValidDay(e.year, e.month, day_end))) {
    return std::nullopt;
  }
  e.end = end;
  return e;
}

std::optional<DateExpression> DateExpressionMatcher::MatchMonth(uint32_t at, uint32_t first) const {
  const uint32_t flags = Flags(at);
  if (!(flags & kDwMonth) || !IsCapitalized(tokens_[at].text)) return std::nullopt;
  DateExpression e;
  e.first = first;
  e.month = DatePayload(flags);
  uint32_t j = at + 1;
  if ((flags & kDwMonthAbbrev) && j < tokens_.size() && IsPunctToken(tokens_[j], ".") &&
      Adjacent(at, j)) {
    ++j;
  }
  if (j < tokens_.size() && tokens_[j].kind == TokenKind::kNumber) {
    if (auto year = YearAt(j)) {
      e.kind = DateExpressionKind::kMonth;
      e.year = *year;
      e.end = j + 1;
      return e;
    }
    int day = 0, day_end = 0;
    if (auto after = DayOrDayRange(j, day, day_end)) {
      e.kind = DateExpressionKind::kCalendarDay;
      e.day = day;
      e.day_end = day_end;
      uint32_t end = *after;
      if (auto y = YearAt(end)) {
        e.year = *y;
        ++end;
      } else if (end + 1 < tokens_.size() && IsPunctToken(tokens_[end], ",")) {
        if (auto y2 = YearAt(end + 1)) {
          e.year = *y2;
          end += 2;
        }
      }
      if (!ValidDay(e.year, e.month, day) || (day_end && !ValidDay(e.year, e.month, day_end))) {
        return std::nullopt;
      }
      e.end = end;
      return e;
    }
  }
  if (flags & kDwMonthAbbrev) return std::nullopt;  // "Jan" alone is a name, not a month
  if ((flags & kDwMonthAmbiguous) && first == at &&
      !(at > 0 && (Flags(at - 1) & kDwMonthContext))) {
    return std::nullopt;  // "May" the modal, "march" the verb
  }
  e.kind = DateExpressionKind::kMonth;
  e.end = at + 1;
  return e;
}

std::optional<DateExpression> DateExpressionMatcher::MatchWeekday(uint32_t at,
                                                                  uint32_t first) const {
  const uint32_t flags = Flags(at);
  if (!(flags & kDwWeekday)) return std::nullopt;
  // "Tuesday, Jan. 5" / "Tuesday 5 January": the calendar date wins.
  uint32_t j = at + 1;
  if (j < tokens_.size() && IsPunctToken(tokens_[j], ",")) ++j;
  if (Flags(j) & kDwMonth) {
    if (auto m = MatchMonth(j, first); m && m->kind == DateExpressionKind::kCalendarDay) return m;
  } else if (j < tokens_.size() && tokens_[j].kind == TokenKind::kNumber) {
    if (auto d = MatchDayMonth(j)) {
      d->first = first;
      return d;
    }
  }
  DateExpression e;
  e.kind = DateExpressionKind::kWeekday;
  e.weekday = DatePayload(flags);
  e.first = first;
  e.end = at + 1;
  if (Flags(e.end) & kDwPartOfDay) ++e.end;  // "Monday night"
  return e;
}

std::optional<DateExpression> DateExpressionMatcher::MatchDayWord(uint32_t at,
                                                                  uint32_t first) const {
  const uint32_t flags = Flags(at);
  if (WordIs(tokens_[at].text, "overnight") && (Flags(at + 1) & kDwWeekday)) {
    return MatchWeekday(at + 1, first);
  }
  DateExpression e;
  e.kind = DateExpressionKind::kDayOffset;
  e.offset = DatePayload(flags) - 8;
  e.future = e.offset > 0;
  e.first = first;
  e.end = at + 1;
  if (WordIsAny(tokens_[at].text, "yesterday tomorrow today") && (Flags(e.end) & kDwPartOfDay)) {
    ++e.end;  // "yesterday morning"
  }
  return e;
}

std::optional<DateExpression> DateExpressionMatcher::MatchPartPrefix(uint32_t at) const {
  const int part_code = DatePayload(Flags(at));
  const uint32_t next = at + 1;
  const uint32_t next_flags = Flags(next);
  if (part_code == 4 || part_code == 5) {  // earlier / later
    const bool later = part_code == 5;
    if (IsWord(next, "this") && (Flags(next + 1) & kDwUnit)) {
      auto e = MatchDeictic(next);
      if (!e) return std::nullopt;
      e->first = at;
      e->future = later;
      return e;
    }
    if (IsWord(next, "today") || IsWord(next, "tonight")) {
      DateExpression e;
      e.kind = DateExpressionKind::kDayOffset;
      e.first = at;
      e.end = next + 1;
      e.future = later;
      return e;
    }
    if (IsWord(next, "on") && (Flags(next + 1) & kDwWeekday)) return MatchWeekday(next + 1, at);
    if (IsWord(next, "in") && IsWord(next + 1, "the") && (Flags(next + 2) & kDwUnit)) {
      const int unit = DatePayload(Flags(next + 2));
      DateExpression e;
      e.first = at;
      e.end = next + 3;
      e.future = later;
      if (unit == 2)
        e.kind = DateExpressionKind::kWeekOffset;
      else if (unit == 3)
        e.kind = DateExpressionKind::kMonthOffset;
      else if (unit == 4)
        e.kind = DateExpressionKind::kYearOffset;
      else
        return std::nullopt;
      return e;
    }
    return std::nullopt;
  }
  const PeriodPart part = part_code == 1   ? PeriodPart::kEarly
                          : part_code == 2 ? PeriodPart::kMid
                                           : PeriodPart::kLate;
  if (part != PeriodPart::kMid) {
    if (IsWord(next, "on") && (Flags(next + 1) & kDwWeekday)) return MatchWeekday(next + 1, at);
    if (next_flags & kDwWeekday) return MatchWeekday(next, at);
    if (IsWord(next, "hours") && IsWord(next + 1, "of")) {
      auto e = Match(next + 2);
      if (e && (e->kind == DateExpressionKind::kWeekday ||
                e->kind == DateExpressionKind::kCalendarDay)) {
        e->first = at;
        return e;
      }
      return std::nullopt;
    }
  }
  if (next_flags & kDwMonth) {
    auto e = MatchMonth(next, at);
    if (e && e->kind == DateExpressionKind::kMonth) e->part = part;
    return e;
  }
  if (YearAt(next)) return MatchYearInContext(next, at, part);
  if (next_flags & kDwDeictic) {
    auto e = MatchDeictic(next);
    if (!e) return std::nullopt;
    e->first = at;
    if (e->kind == DateExpressionKind::kYearOffset || e->kind == DateExpressionKind::kMonthOffset) {
      e->part = part;
    }
    return e;
  }
  return std::nullopt;
}

std::optional<DateExpression> DateExpressionMatcher::MatchDeictic(uint32_t at) const {
  const int which = DatePayload(Flags(at));  // 1 last, 2 this, 3 next
  const int offset = which == 1 ? -1 : which == 2 ? 0 : 1;
  const uint32_t next = at + 1;
  const uint32_t flags = Flags(next);
  DateExpression e;
  e.first = at;
  e.end = next + 1;
  e.offset = offset;
  e.future = offset > 0;
  if (flags & kDwUnit) {
    switch (DatePayload(flags)) {
      case 2:
        e.kind = DateExpressionKind::kWeekOffset;
        break;
      case 3:
        e.kind = DateExpressionKind::kMonthOffset;
        break;
      case 4:
        e.kind = DateExpressionKind::kYearOffset;
        break;
      case 5:
        e.kind = DateExpressionKind::kWeekend;
        break;
      default:
        return std::nullopt;  // "last day", "next days"
    }
    if (tokens_[next].text.back() == 's' || tokens_[next].text.back() == 'S') {
      return std::nullopt;  // "last weeks", "next months": not one period
    }
    return e;
  }
  if (flags & kDwWeekday) {
    auto w = MatchWeekday(next, at);
    if (w && w->kind == DateExpressionKind::kWeekday) {
      w->strictly_past = offset < 0;
      w->future = offset > 0;
    }
    return w;
  }
  if (flags & kDwPartOfDay) {
    const std::string_view part = tokens_[next].text;
    e.kind = DateExpressionKind::kDayOffset;
    if (offset < 0 && WordIs(part, "night")) {
      e.offset = -1;
      e.future = false;
      return e;
    }
    if (offset == 0 && WordIsAny(part, "morning afternoon evening")) return e;
    return std::nullopt;
  }
  if (flags & kDwMonth) {
    auto m = MatchMonth(next, at);
    if (m) m->future = offset > 0;
    return m;
  }
  return std::nullopt;
}

std::optional<DateExpression> DateExpressionMatcher::MatchAgo(uint32_t at, int count) const {
  const uint32_t flags = Flags(at);
  if (!(flags & kDwUnit) || !IsWord(at + 1, "ago") || count <= 0) return std::nullopt;
  DateExpression e;
  e.end = at + 2;
  e.offset = -count;
  switch (DatePayload(flags)) {
    case 1:
      e.kind = DateExpressionKind::kDayOffset;
      break;
    case 2:
      e.kind = DateExpressionKind::kWeekOffset;
      break;
    case 3:
      e.kind = DateExpressionKind::kMonthOffset;
      break;
    case 4:
      e.kind = DateExpressionKind::kYearOffset;
      break;
    default:
      return std::nullopt;
  }
  return e;
}

std::optional<DateExpression> DateExpressionMatcher::MatchThe(uint32_t at) const {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  if (IsWord(at + 1, "day") && IsWord(at + 2, "before")) {
    DateExpression e;
    e.kind = DateExpressionKind::kDayOffset;
    e.first = at;
    if (IsWord(at + 3, "yesterday")) {
      e.offset = -2;
      e.end = at + 4;
      return e;
    }
    // "the day before" alone; not "the day before the election".
    const uint32_t k = at + 3;
    if (k < n && (tokens_[k].kind == TokenKind::kNumber ||
                  (tokens_[k].kind == TokenKind::kWord &&
                   ((Flags(k) & (kDwDeterminer | kDwMonth | kDwWeekday)) ||
                    IsCapitalized(tokens_[k].text))))) {
      return std::nullopt;
    }
    e.offset = -1;
    e.end = at + 3;
    return e;
  }
  if (IsWord(at + 1, "day") && IsWord(at + 2, "after") && IsWord(at + 3, "tomorrow")) {
    DateExpression e;
    e.kind = DateExpressionKind::kDayOffset;
    e.first = at;
    e.end = at + 4;
    e.offset = 2;
    e.future = true;
    return e;
  }
  // "the night of Feb. 15", "the early hours of Monday"
  uint32_t of = 0;
  if ((Flags(at + 1) & kDwPartOfDay) && IsWord(at + 2, "of")) of = at + 2;
  if (IsWord(at + 1, "early") && IsWord(at + 2, "hours") && IsWord(at + 3, "of")) of = at + 3;
  if (of) {
    auto e = Match(of + 1);
    if (e &&
        (e->kind == DateExpressionKind::kWeekday || e->kind == DateExpressionKind::kCalendarDay)) {
      e->first = at;
      return e;
    }
    return std::nullopt;
  }
  if (IsWord(at + 1, "weekend")) {
    DateExpression e;
    e.kind = DateExpressionKind::kWeekend;
    e.first = at;
    e.end = at + 2;
    return e;
  }
  // "the end of March", "the beginning of 2020", "the middle of last year"
  if (at + 3 < n && IsWord(at + 2, "of") &&
      (IsWord(at + 1, "end") || IsWord(at + 1, "beginning") || IsWord(at + 1, "start") ||
       IsWord(at + 1, "middle"))) {
    const PeriodPart part = IsWord(at + 1, "end")      ? PeriodPart::kLate
                            : IsWord(at + 1, "middle") ? PeriodPart::kMid
                                                       : PeriodPart::kEarly;
    auto e = Match(at + 3);
    if (!e && YearAt(at + 3)) e = MatchYearInContext(at + 3, at + 3, part);
    if (e && (e->kind == DateExpressionKind::kMonth || e->kind == DateExpressionKind::kYear ||
              e->kind == DateExpressionKind::kMonthOffset ||
              e->kind == DateExpressionKind::kYearOffset)) {
      e->first = at;
      e->part = part;
      return e;
    }
  }
  return std::nullopt;
}

std::optional<DateExpression> DateExpressionMatcher::MatchYearInContext(uint32_t at, uint32_t first,
                                                                        PeriodPart part) const {
  auto year = YearAt(at);
  if (!year) return std::nullopt;
  DateExpression e;
  e.kind = DateExpressionKind::kYear;
  e.year = *year;
  e.first = first;
  e.end = at + 1;
  e.part = part;
  return e;
}

std::optional<DateExpression> DateExpressionMatcher::MatchBareDay(uint32_t at, int month) const {
  if (at >= tokens_.size() || tokens_[at].kind != TokenKind::kNumber) return std::nullopt;
  auto day = ParseDayNumber(tokens_[at].text);
  if (!day) return std::nullopt;
  if (Flags(at + 1) & kDwMonth) return std::nullopt;  // a day-first date; Match() reads it
  DateExpression e;
  e.kind = DateExpressionKind::kCalendarDay;
  e.first = at;
  e.end = at + 1;
  e.month = month;
  e.day = *day;
  if (at + 2 < tokens_.size() && IsPunctToken(tokens_[at + 1], ",")) {
    if (auto y = YearAt(at + 2)) {
      e.year = *y;
      e.end = at + 3;
    }
  }
  if (!ValidDay(e.year, month, e.day)) return std::nullopt;
  return e;
}

std::optional<DateExpression> DateExpressionMatcher::MatchBareYear(uint32_t at) const {
  return MatchYearInContext(at, at, PeriodPart::kWhole);
}

}  // namespace casus::reading
