// casus — calendar dates and their precision.
//
// A Date is a proleptic Gregorian calendar day. Event dates carry a
// precision: "on Monday" is a day, "last week" a week, "in March" a month.
//
// Thread safety: plain values.
#ifndef CASUS_DATE_H_
#define CASUS_DATE_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace casus {

struct Date {
  int32_t year = 0;
  int8_t month = 0;  // 1..12
  int8_t day = 0;    // 1..31

  // Parses "YYYY-MM-DD" (a trailing time such as "T10:00:00Z" is ignored).
  // Returns nullopt for anything that is not a valid calendar day.
  static std::optional<Date> Parse(std::string_view text);
  static Date FromDays(int64_t days_since_epoch);

  // Days since 1970-01-01 (negative before).
  int64_t ToDays() const;
  // 0 = Sunday ... 6 = Saturday.
  int Weekday() const;
  Date AddDays(int64_t days) const { return FromDays(ToDays() + days); }
  bool Valid() const;
  // "YYYY-MM-DD".
  std::string ToString() const;

  auto operator<=>(const Date&) const = default;
};

enum class DatePrecision : uint8_t { kDay, kWeek, kMonth, kYear };
std::string_view ToString(DatePrecision precision);

int DaysInMonth(int year, int month);

}  // namespace casus

#endif  // CASUS_DATE_H_
