#include "nlp/date_resolver.h"

#include "nlp/date_expression.h"
#include "text/token_shape.h"

namespace casus {
namespace {

using reading::DateExpression;
using reading::DateExpressionKind;
using reading::DateExpressionMatcher;
using reading::PeriodPart;

// A resolved period: [start, last] with its precision.
struct Period {
  Date start;
  Date last;
  DatePrecision precision = DatePrecision::kDay;
  bool relative = false;
  bool explicit_end = false;  // `last` is worth reporting as end_date
};

Date MondayOf(Date d) { return d.AddDays(-((d.Weekday() + 6) % 7)); }

Date LastOfMonth(int year, int month) {
  return Date{year, static_cast<int8_t>(month), static_cast<int8_t>(DaysInMonth(year, month))};
}

void ShiftMonth(int& year, int& month, int delta) {
  int index = year * 12 + (month - 1) + delta;
  year = index / 12;
  month = index % 12 + 1;
}

void ApplyMonthPart(Period& p, PeriodPart part) {
  if (part == PeriodPart::kWhole) return;
  const int y = p.start.year, m = p.start.month;
  if (part == PeriodPart::kEarly) p.last = Date{y, static_cast<int8_t>(m), 10};
  if (part == PeriodPart::kMid) {
    p.start = Date{y, static_cast<int8_t>(m), 11};
    p.last = Date{y, static_cast<int8_t>(m), 20};
  }
  if (part == PeriodPart::kLate) p.start = Date{y, static_cast<int8_t>(m), 21};
  p.explicit_end = true;
}

void ApplyYearPart(Period& p, PeriodPart part) {
  if (part == PeriodPart::kWhole) return;
  const int y = p.start.year;
  if (part == PeriodPart::kEarly) p.last = Date{y, 4, 30};
  if (part == PeriodPart::kMid) {
    p.start = Date{y, 5, 1};
    p.last = Date{y, 8, 31};
  }
  if (part == PeriodPart::kLate) p.start = Date{y, 9, 1};
  p.explicit_end = true;
}

std::optional<Period> Resolve(const DateExpression& e, std::optional<Date> pub, bool future) {
  Period p;
  switch (e.kind) {
    case DateExpressionKind::kCalendarDay: {
      int year = e.year;
      if (year == 0) {
        if (!pub) return std::nullopt;
        p.relative = true;
        year = pub->year;
        const Date candidate{year, static_cast<int8_t>(e.month), static_cast<int8_t>(e.day)};
        if (future && candidate < *pub) ++year;
        if (!future && candidate > *pub) --year;
      }
      p.start = Date{year, static_cast<int8_t>(e.month), static_cast<int8_t>(e.day)};
      p.last = p.start;
      if (e.day_end) {
        p.last = Date{year, static_cast<int8_t>(e.month), static_cast<int8_t>(e.day_end)};
        p.explicit_end = true;
      }
      if (!p.start.Valid() || !p.last.Valid()) return std::nullopt;
      return p;
    }
    case DateExpressionKind::kMonth: {
      int year = e.year;
      if (year == 0) {
        if (!pub) return std::nullopt;
        p.relative = true;
        year = pub->year;
        if (future && e.month < pub->month) ++year;
        if (!future && e.month > pub->month) --year;
      }
      p.start = Date{year, static_cast<int8_t>(e.month), 1};
      p.last = LastOfMonth(year, e.month);
      p.precision = DatePrecision::kMonth;
      ApplyMonthPart(p, e.part);
      return p;
    }
    case DateExpressionKind::kYear:
      p.start = Date{e.year, 1, 1};
      p.last = Date{e.year_end ? e.year_end : e.year, 12, 31};
      p.explicit_end = e.year_end != 0;
      p.precision = DatePrecision::kYear;
      ApplyYearPart(p, e.part);
      return p;
    case DateExpressionKind::kDecade:
      p.start = Date{e.year, 1, 1};
      p.last = Date{e.year + 9, 12, 31};
      p.explicit_end = true;
      p.precision = DatePrecision::kYear;
      return p;
    default:
      break;
  }
  if (!pub) return std::nullopt;
  p.relative = true;
  const int weekday = pub->Weekday();
  switch (e.kind) {
    case DateExpressionKind::kWeekday: {
      int delta;
      if (future) {
        delta = (e.weekday - weekday + 7) % 7;
        if (delta == 0) delta = 7;
      } else {
        delta = -((weekday - e.weekday + 7) % 7);
        if (delta == 0 && e.strictly_past) delta = -7;
      }
      p.start = p.last = pub->AddDays(delta);
      return p;
    }
    case DateExpressionKind::kDayOffset:
      p.start = p.last = pub->AddDays(e.offset);
      return p;
    case DateExpressionKind::kWeekOffset:
      p.start = MondayOf(*pub).AddDays(7 * e.offset);
      p.last = p.start.AddDays(6);
      p.precision = DatePrecision::kWeek;
      return p;
    case DateExpressionKind::kWeekend: {
      Date saturday;
      if (future) {
        saturday = pub->AddDays((6 - weekday + 7) % 7);
        if (e.offset > 0 && weekday == 6) saturday = saturday.AddDays(7);
      } else {
        saturday = pub->AddDays(-((weekday - 6 + 7) % 7));
        if (e.offset < 0 && (weekday == 6 || weekday == 0)) saturday = saturday.AddDays(-7);
      }
      p.start = saturday;
      p.last = saturday.AddDays(1);
      p.precision = DatePrecision::kWeek;
      p.explicit_end = true;
      return p;
    }
    case DateExpressionKind::kMonthOffset: {
      int year = pub->year, month = pub->month;
      ShiftMonth(year, month, e.offset);
      p.start = Date{year, static_cast<int8_t>(month), 1};
      p.last = LastOfMonth(year, month);
      p.precision = DatePrecision::kMonth;
      ApplyMonthPart(p, e.part);
      return p;
    }
    case DateExpressionKind::kYearOffset:
      p.start = Date{pub->year + e.offset, 1, 1};
      p.last = Date{pub->year + e.offset, 12, 31};
      p.precision = DatePrecision::kYear;
      ApplyYearPart(p, e.part);
      return p;
    default:
      return std::nullopt;
  }
}

bool SameRangeFamily(const DateExpression& a, const DateExpression& b) {
  using K = DateExpressionKind;
  if (a.kind == K::kCalendarDay) return b.kind == K::kCalendarDay;
  if (a.kind == K::kMonth) return b.kind == K::kMonth;
  if (a.kind == K::kYear) return b.kind == K::kYear && b.part == PeriodPart::kWhole;
  if (a.kind == K::kWeekday) return b.kind == K::kWeekday;
  return false;
}

// Reads the sentence once, left to right, keeping quotation state.
class DateScan {
 public:
  DateScan(const DateResolverOptions& options, const reading::SentenceWords& words,
           std::span<const Token> sentence, std::optional<Date> published)
      : options_(options), tokens_(sentence), matcher_(words, sentence), published_(published) {}

  std::vector<DateMention> Run() {
    std::vector<DateMention> out;
    bool in_quote = false;
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    for (uint32_t i = 0; i < n;) {
      auto first = matcher_.Match(i);
      if (!first) {
        in_quote = Advance(in_quote, tokens_[i]);
        ++i;
        continue;
      }
      DateExpression a = *first;
      std::optional<DateExpression> b;
      uint32_t span_first = a.first;
      uint32_t span_end = a.end;
      ExtendToRange(a, b, span_first, span_end);
      // "on Sunday and Monday": a coordinated expression shares the
      // direction of the one before it.
      const bool coordinated = !out.empty() && out.back().role == DateRole::kFuture &&
                               Coordinated(out.back().end_token, span_first);
      if (auto mention = Build(a, b, span_first, span_end, in_quote, coordinated)) {
        out.push_back(*mention);
      }
      for (; i < span_end; ++i) in_quote = Advance(in_quote, tokens_[i]);
    }
    return out;
  }

 private:
  static bool Advance(bool in_quote, const Token& token) {
    switch (reading::QuoteMarkOf(token)) {
      case reading::QuoteMark::kOpen:
        return true;
      case reading::QuoteMark::kClose:
        return false;
      case reading::QuoteMark::kToggle:
        return !in_quote;
      case reading::QuoteMark::kNone:
        break;
    }
    return in_quote;
  }

  bool IsWord(uint32_t at, std::string_view lower) const {
    return at < tokens_.size() && tokens_[at].kind == TokenKind::kWord &&
           reading::WordIs(tokens_[at].text, lower);
  }

  // "between A and B", "from A to B", "A-B", "A to B".
  void ExtendToRange(DateExpression& a, std::optional<DateExpression>& b, uint32_t& span_first,
                     uint32_t& span_end) const {
    using K = DateExpressionKind;
    if (a.kind != K::kCalendarDay && a.kind != K::kMonth && a.kind != K::kYear &&
        a.kind != K::kWeekday) {
      return;
    }
    if (a.day_end || a.year_end || a.year_modifier) return;
    const bool after_between = a.first > 0 && IsWord(a.first - 1, "between");
    const bool after_from = a.first > 0 && IsWord(a.first - 1, "from");
    const uint32_t c = a.end;
    if (c + 1 >= tokens_.size()) return;
    const bool dash = reading::IsDashToken(tokens_[c]);
    bool connector = false;
    if (after_between)
      connector = IsWord(c, "and");
    else if (after_from) {
      connector = dash || IsWord(c, "to") || IsWord(c, "until") || IsWord(c, "till") ||
                  IsWord(c, "through");
    } else {
      connector = dash || IsWord(c, "to") || IsWord(c, "through");
    }
    if (!connector) return;
    std::optional<DateExpression> second = matcher_.Match(c + 1);
    if (!second || !SameRangeFamily(a, *second)) {
      second.reset();
      if (a.kind == K::kCalendarDay)
        second = matcher_.MatchBareDay(c + 1, a.month);
      else if (a.kind == K::kYear)
        second = matcher_.MatchBareYear(c + 1);
    }
    if (!second || !SameRangeFamily(a, *second)) return;
    if (second->year == 0 && a.year != 0 && a.kind != K::kYear) {
      second->year = a.year + (second->month < a.month ? 1 : 0);
    }
    if (a.year == 0 && second->year != 0 && a.kind != K::kYear) {
      a.year = second->year - (a.month > second->month ? 1 : 0);
    }
    b = second;
    if (after_between || after_from) span_first = a.first - 1;
    span_end = second->end;
  }

  bool HasFutureCue(uint32_t first, uint32_t end) const {
    const int window = options_.future_cue_window;
    int steps = 0;
    for (int64_t k = static_cast<int64_t>(first) - 1; k >= 0 && steps < window; --k, ++steps) {
      const auto at = static_cast<uint32_t>(k);
      const Token& t = tokens_[at];
      if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol) {
        if (t.text == "." || t.text == "'") continue;  // abbreviation dot, stray apostrophe
        break;
      }
      if (IsFutureCue(at)) return true;
      if (matcher_.Flags(at) & (reading::kDwClauseStop | reading::kDwSpeech)) break;
    }
    // A fronted expression: "On Friday, the minister will travel ..."
    for (uint32_t k = 0; k < first; ++k) {
      const Token& t = tokens_[k];
      const bool lead = t.kind == TokenKind::kPunct || IsWord(k, "on") || IsWord(k, "and") ||
                        IsWord(k, "but") || IsWord(k, "by") || IsWord(k, "in");
      if (!lead) return false;
    }
    uint32_t k = end;
    if (k < tokens_.size() && reading::IsPunctToken(tokens_[k], ",")) ++k;
    for (steps = 0; k < tokens_.size() && steps < window; ++k, ++steps) {
      const Token& t = tokens_[k];
      if (t.kind == TokenKind::kPunct) break;
      if (IsFutureCue(k)) return true;
      if (matcher_.Flags(k) & reading::kDwClauseStop) break;
    }
    return false;
  }

  bool IsFutureCue(uint32_t at) const {
    if (!(matcher_.Flags(at) & reading::kDwFutureCue)) return false;
    const std::string_view w = tokens_[at].text;
    if (reading::WordIs(w, "set") || reading::WordIs(w, "due")) {
      return at > 0 && reading::WordIsAny(tokens_[at - 1].text, "is are was were be been");
    }
    if (reading::WordIs(w, "going")) return IsWord(at + 1, "to");
    return true;
  }

  bool IsReporting(uint32_t first, uint32_t end) const {
    int64_t p = static_cast<int64_t>(first) - 1;
    if (p >= 0 && reading::WordIsAny(tokens_[p].text, "on in at during")) --p;
    // ("the United States on Tuesday": "States" names, it does not state.)
    if (p >= 0 && (matcher_.Flags(static_cast<uint32_t>(p)) & reading::kDwSpeech) &&
        !(p > 0 && text::StartsUpper(tokens_[p].text))) {
      return true;
    }
    if (p >= 1 && reading::WordIs(tokens_[p - 1].text, "told")) return true;
    // "the death toll ... rose to 276 on Monday": the day of a count, not
    // of what it counts.
    if (p >= 0 && tokens_[p].kind == TokenKind::kNumber) {
      for (int64_t k = p - 1; k >= 0 && k + 4 > p; --k) {
        if (reading::WordIsAny(tokens_[k].text, "rose risen climbed jumped increased reached")) {
          return true;
        }
      }
    }
    if (end < tokens_.size() &&
        reading::WordIsAny(tokens_[end].text,
                           "said says told announced stated added reported claimed confirmed "
                           "denied warned")) {
      return true;
    }
    return false;
  }

  // Tokens [from, to) join two date expressions: "and", "or", ",", "and on".
  bool Coordinated(uint32_t from, uint32_t to) const {
    if (to == from + 1) {
      return IsWord(from, "and") || IsWord(from, "or") || reading::IsPunctToken(tokens_[from], ",");
    }
    if (to == from + 2)
      return (IsWord(from, "and") || IsWord(from, "or")) && IsWord(from + 1, "on");
    return false;
  }

  std::optional<DateMention> Build(const DateExpression& a, const std::optional<DateExpression>& b,
                                   uint32_t first, uint32_t end, bool quoted,
                                   bool future_by_coordination) const {
    const bool future =
        a.future || (b && b->future) || future_by_coordination || HasFutureCue(first, end);
    std::optional<Period> period = Resolve(a, published_, future);
    if (!period) return std::nullopt;
    if (b) {
      DateExpression second = *b;
      std::optional<Period> last = Resolve(second, published_, future);
      if (!last) return std::nullopt;
      if (a.kind == DateExpressionKind::kWeekday && period->start > last->start) {
        period->start = period->start.AddDays(-7);
      }
      if (last->last < period->start) return std::nullopt;
      period->last = last->last;
      period->explicit_end = true;
      period->relative = period->relative || last->relative;
    }
    DateMention m;
    m.first_token = first;
    m.end_token = end;
    m.date = period->start;
    m.precision = period->precision;
    m.relative = period->relative;
    m.reporting = IsReporting(first, end);
    if (period->explicit_end) m.end_date = period->last;

    const bool since = a.first > 0 && IsWord(a.first - 1, "since");
    if (quoted) {
      m.role = DateRole::kQuoted;
    } else if (future || (published_ && period->start > *published_)) {
      m.role = DateRole::kFuture;
    } else if (IsHistorical(a, *period, since)) {
      m.role = DateRole::kHistorical;
    } else {
      m.role = DateRole::kEventDate;
    }
    if (since && published_ && !m.end_date && m.role == DateRole::kEventDate &&
        (m.precision == DatePrecision::kDay || m.precision == DatePrecision::kWeek)) {
      m.end_date = *published_;  // "since Monday": ongoing until publication
    }
    return m;
  }

  bool IsHistorical(const DateExpression& a, const Period& period, bool since) const {
    if (a.year_modifier || a.kind == DateExpressionKind::kDecade) return true;
    if (since &&
        (period.precision == DatePrecision::kMonth || period.precision == DatePrecision::kYear)) {
      return true;
    }
    if (period.precision == DatePrecision::kYear &&
        (!published_ || period.last.year != published_->year)) {
      return true;
    }
    return published_ &&
           period.last.ToDays() < published_->ToDays() - options_.historical_after_days;
  }

  const DateResolverOptions& options_;
  std::span<const Token> tokens_;
  DateExpressionMatcher matcher_;
  std::optional<Date> published_;
};

}  // namespace

std::string_view ToString(DateRole role) {
  switch (role) {
    case DateRole::kEventDate:
      return "event";
    case DateRole::kHistorical:
      return "historical";
    case DateRole::kQuoted:
      return "quoted";
    case DateRole::kFuture:
      return "future";
  }
  return "event";
}

DateResolver::DateResolver(DateResolverOptions options) : options_(options) {
  reading::BuildDateWords(words_);
  triggers_ = words_.Filtered(reading::kDwTrigger);
}

bool DateResolver::MayContainDate(std::span<const Token> sentence) const {
  for (const Token& token : sentence) {
    if (token.kind == TokenKind::kNumber) return true;
    if (token.kind != TokenKind::kWord) continue;
    if (triggers_.Find(token)) return true;
    for (char c : token.text) {
      if (c >= '0' && c <= '9') return true;
    }
  }
  return false;
}

std::vector<DateMention> DateResolver::Find(std::span<const Token> sentence,
                                            std::optional<Date> published) const {
  if (!MayContainDate(sentence)) return {};
  const reading::SentenceWords words(words_, sentence);
  return DateScan(options_, words, sentence, published).Run();
}

}  // namespace casus
