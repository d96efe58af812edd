#include "casus/date.h"

#include <gtest/gtest.h>

namespace casus {
namespace {

TEST(DateTest, ParsesIsoDatesAndTimestamps) {
  struct Case {
    const char* text;
    bool valid;
    const char* normalized;
  } cases[] = {
      {"2021-02-16", true, "2021-02-16"},
      {"2021-02-16T08:30:00Z", true, "2021-02-16"},
      {"2020-02-29", true, "2020-02-29"},
      {"2021-02-29", false, ""},
      {"2021-13-01", false, ""},
      {"2021-1-01", false, ""},
      {"", false, ""},
      {"yesterday", false, ""},
      {"2021-02-16x", false, ""},
  };
  for (const auto& c : cases) {
    auto date = Date::Parse(c.text);
    EXPECT_EQ(date.has_value(), c.valid) << c.text;
    if (date) {
      EXPECT_EQ(date->ToString(), c.normalized);
    }
  }
}

TEST(DateTest, DayArithmeticRoundTrips) {
  for (int64_t days = -800000; days < 800000; days += 997) {
    EXPECT_EQ(Date::FromDays(days).ToDays(), days);
  }
  EXPECT_EQ(Date::FromDays(0).ToString(), "1970-01-01");
  EXPECT_EQ((Date{2021, 2, 28}.AddDays(1).ToString()), "2021-03-01");
  EXPECT_EQ((Date{2020, 12, 31}.AddDays(1).ToString()), "2021-01-01");
}

TEST(DateTest, Weekdays) {
  EXPECT_EQ((Date{2021, 2, 15}.Weekday()), 1);  // Monday, the Erbil rocket attack
  EXPECT_EQ((Date{2020, 1, 3}.Weekday()), 5);   // Friday
  EXPECT_EQ((Date{1970, 1, 1}.Weekday()), 4);   // Thursday
  EXPECT_EQ((Date{2024, 1, 28}.Weekday()), 0);  // Sunday, Tower 22
}

}  // namespace
}  // namespace casus
