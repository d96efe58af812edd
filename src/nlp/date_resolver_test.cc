#include "nlp/date_resolver.h"

#include <gtest/gtest.h>

#include <string>

#include "nlp/reading_test_tokens.h"

namespace casus {
namespace {

using reading::TestSentence;

constexpr DateRole kEvent = DateRole::kEventDate;
constexpr DateRole kHist = DateRole::kHistorical;
constexpr DateRole kQuoted = DateRole::kQuoted;
constexpr DateRole kFuture = DateRole::kFuture;

struct DateCase {
  const char* text;
  const char* published;  // "" = unknown
  const char* span;       // the expected mention's text
  const char* date;
  const char* precision;
  const char* end_date;  // "" = none
  DateRole role;
};

// Publication dates used below: 2021-02-16 is a Tuesday (the day after the
// Erbil rocket attack), 2024-01-28 a Sunday, 2020-01-08 a Wednesday,
// 2021-01-04 a Monday, 2021-02-19 a Friday.
const DateCase kDateCases[] = {
    // Weekdays: the latest such day on or before publication.
    {"A rocket attack on Monday night killed a civilian contractor.", "2021-02-16", "Monday night",
     "2021-02-15", "day", "", kEvent},
    {"Rockets struck the base late on Sunday.", "2021-02-16", "late on Sunday", "2021-02-14", "day",
     "", kEvent},
    {"The drone attack happened early Tuesday near the airport.", "2021-02-16", "early Tuesday",
     "2021-02-16", "day", "", kEvent},
    {"Three US soldiers were killed on Sunday in Jordan.", "2024-01-28", "Sunday", "2024-01-28",
     "day", "", kEvent},
    {"On Saturday, militants attacked a checkpoint near Kirkuk.", "2024-01-28", "Saturday",
     "2024-01-27", "day", "", kEvent},
    {"The embassy compound was hit on Wednesday.", "2021-02-16", "Wednesday", "2021-02-10", "day",
     "", kEvent},
    {"Monday's attack was the third on the airport.", "2021-02-16", "Monday", "2021-02-15", "day",
     "", kEvent},
    {"The strike last Tuesday killed two fighters.", "2021-02-16", "last Tuesday", "2021-02-09",
     "day", "", kEvent},
    {"Gunmen attacked a convoy overnight Saturday.", "2024-01-28", "overnight Saturday",
     "2024-01-27", "day", "", kEvent},
    {"Gunmen attacked a convoy late Sunday near Deir ez-Zor.", "2024-01-28", "late Sunday",
     "2024-01-28", "day", "", kEvent},
    {"Explosions were heard early on Monday in the capital.", "2021-02-16", "early on Monday",
     "2021-02-15", "day", "", kEvent},
    {"Sirens sounded across the city on Thursday afternoon.", "2021-02-16", "Thursday afternoon",
     "2021-02-11", "day", "", kEvent},
    {"A drone struck a vehicle on Friday morning.", "2021-02-19", "Friday morning", "2021-02-19",
     "day", "", kEvent},
    {"MONDAY: ROCKETS HIT ERBIL AIRPORT", "2021-02-16", "MONDAY", "2021-02-15", "day", "", kEvent},
    {"Militants attacked on monday, officials said.", "2021-02-16", "monday", "2021-02-15", "day",
     "", kEvent},
    {"A strike on Sunday killed the commander.", "2024-01-28", "Sunday", "2024-01-28", "day", "",
     kEvent},
    {"Security forces clashed with protesters on Saturday and Sunday.", "2024-01-28", "Saturday",
     "2024-01-27", "day", "", kEvent},
    {"Security forces clashed with protesters on Saturday and Sunday.", "2024-01-28", "Sunday",
     "2024-01-28", "day", "", kEvent},
    // A weekday with a calendar date: the calendar date wins.
    {"The attack took place on Tuesday, Feb. 16, near the airport.", "2021-02-19",
     "Tuesday, Feb. 16", "2021-02-16", "day", "", kEvent},
    {"It happened on Monday 15 February in Erbil.", "2021-02-19", "Monday 15 February",
     "2021-02-15", "day", "", kEvent},
    // Speech acts.
    {"Iraqi officials said on Friday that two rockets hit the Green Zone.", "2021-02-16", "Friday",
     "2021-02-12", "day", "", kEvent},
    {"The ministry on Monday said three soldiers died.", "2021-02-16", "Monday", "2021-02-15",
     "day", "", kEvent},
    // Future.
    {"The minister will visit Baghdad on Friday.", "2021-02-16", "Friday", "2021-02-19", "day", "",
     kFuture},
    {"On Thursday, the delegation will travel to Tehran.", "2021-02-16", "Thursday", "2021-02-18",
     "day", "", kFuture},
    {"Talks are scheduled for Monday in Vienna.", "2021-02-16", "Monday", "2021-02-22", "day", "",
     kFuture},
    {"He said the council would meet on Sunday.", "2021-02-16", "Sunday", "2021-02-21", "day", "",
     kFuture},
    {"The parliament will vote next Monday on the withdrawal.", "2021-02-16", "next Monday",
     "2021-02-22", "day", "", kFuture},
    {"The envoy is set to arrive on Wednesday.", "2021-02-16", "Wednesday", "2021-02-17", "day", "",
     kFuture},
    {"The funeral is going to be held on Tuesday.", "2021-02-16", "Tuesday", "2021-02-23", "day",
     "", kFuture},
    {"Militants attacked on Monday and officials will meet on Friday.", "2021-02-16", "Monday",
     "2021-02-15", "day", "", kEvent},
    {"Militants attacked on Monday and officials will meet on Friday.", "2021-02-16", "Friday",
     "2021-02-19", "day", "", kFuture},
    {"Protesters said they plan to return on Saturday.", "2021-02-16", "Saturday", "2021-02-20",
     "day", "", kFuture},
    {"Officials will hold talks in Oman on Sunday and Monday.", "2024-02-02", "Sunday",
     "2024-02-04", "day", "", kFuture},
    {"Officials will hold talks in Oman on Sunday and Monday.", "2024-02-02", "Monday",
     "2024-02-05", "day", "", kFuture},
    {"Rockets hit the base on Sunday and Monday.", "2024-02-02", "Monday", "2024-01-29", "day", "",
     kEvent},
    {"The group said it carried out the attack on Saturday.", "2021-02-16", "Saturday",
     "2021-02-13", "day", "", kEvent},
    // Days relative to publication.
    {"A roadside bomb exploded today in Kirkuk.", "2021-02-16", "today", "2021-02-16", "day", "",
     kEvent},
    {"Protests are planned for tonight in Basra.", "2021-02-16", "tonight", "2021-02-16", "day", "",
     kFuture},
    {"Two rockets hit the airport yesterday.", "2021-02-16", "yesterday", "2021-02-15", "day", "",
     kEvent},
    {"Yesterday morning, gunmen stormed the compound.", "2021-02-16", "Yesterday morning",
     "2021-02-15", "day", "", kEvent},
    {"Explosions were heard in Erbil last night.", "2021-02-16", "last night", "2021-02-15", "day",
     "", kEvent},
    {"Rockets were fired overnight at the base.", "2021-02-16", "overnight", "2021-02-16", "day",
     "", kEvent},
    {"The base had been attacked the day before.", "2021-02-16", "the day before", "2021-02-15",
     "day", "", kEvent},
    {"Militants struck the day before yesterday.", "2021-02-16", "the day before yesterday",
     "2021-02-14", "day", "", kEvent},
    {"The talks resume tomorrow in Geneva.", "2021-02-16", "tomorrow", "2021-02-17", "day", "",
     kFuture},
    {"Israeli jets struck the area this morning.", "2021-02-16", "this morning", "2021-02-16",
     "day", "", kEvent},
    {"A drone was shot down two days ago.", "2021-02-16", "two days ago", "2021-02-14", "day", "",
     kEvent},
    {"A drone was shot down 3 days ago.", "2021-02-16", "3 days ago", "2021-02-13", "day", "",
     kEvent},
    {"An earlier attack on the site happened earlier today.", "2021-02-16", "earlier today",
     "2021-02-16", "day", "", kEvent},
    // Weeks.
    {"Attacks on bases increased last week.", "2021-02-16", "last week", "2021-02-08", "week", "",
     kEvent},
    {"A convoy was struck earlier this week.", "2021-02-16", "earlier this week", "2021-02-15",
     "week", "", kEvent},
    {"The militia claimed two attacks this week.", "2021-02-16", "this week", "2021-02-15", "week",
     "", kEvent},
    {"The talks will continue next week.", "2021-02-16", "next week", "2021-02-22", "week", "",
     kFuture},
    {"The group was attacked three weeks ago.", "2021-02-16", "three weeks ago", "2021-01-25",
     "week", "", kEvent},
    {"Three attacks were reported last week.", "2021-01-04", "last week", "2020-12-28", "week", "",
     kEvent},
    {"Rockets struck the base over the weekend.", "2021-02-16", "the weekend", "2021-02-13", "week",
     "2021-02-14", kEvent},
    {"Clashes erupted last weekend in the north.", "2024-01-28", "last weekend", "2024-01-20",
     "week", "2024-01-21", kEvent},
    {"Clashes erupted last weekend in the north.", "2021-02-16", "last weekend", "2021-02-13",
     "week", "2021-02-14", kEvent},
    // Months.
    {"Attacks have risen sharply earlier this month.", "2021-02-16", "earlier this month",
     "2021-02-01", "month", "", kEvent},
    {"The base was attacked last month.", "2021-02-16", "last month", "2021-01-01", "month", "",
     kEvent},
    {"The base was attacked last month.", "2021-01-04", "last month", "2020-12-01", "month", "",
     kEvent},
    {"The embassy was attacked in December.", "2021-01-04", "December", "2020-12-01", "month", "",
     kEvent},
    {"The embassy was attacked in January.", "2021-01-04", "January", "2021-01-01", "month", "",
     kEvent},
    {"The embassy was attacked in January.", "2021-12-20", "January", "2021-01-01", "month", "",
     kHist},
    {"An attack in March killed five guards.", "2021-02-16", "March", "2020-03-01", "month", "",
     kHist},
    {"Militias stepped up attacks in September.", "2023-10-09", "September", "2023-09-01", "month",
     "", kEvent},
    {"Fighting resumed in early March near Marib.", "2021-03-20", "early March", "2021-03-01",
     "month", "2021-03-10", kEvent},
    {"The offensive began in late March.", "2021-04-02", "late March", "2021-03-21", "month",
     "2021-03-31", kEvent},
    {"Clashes in mid-March killed dozens.", "2021-04-02", "mid-March", "2021-03-11", "month",
     "2021-03-20", kEvent},
    {"The ceasefire collapsed at the end of March.", "2021-04-02", "the end of March", "2021-03-21",
     "month", "2021-03-31", kEvent},
    {"Attacks rose sharply in March 2020.", "", "March 2020", "2020-03-01", "month", "", kEvent},
    {"The May 5 attack killed a policeman.", "2021-05-20", "May 5", "2021-05-05", "day", "",
     kEvent},
    {"Several bases were attacked in May.", "2021-06-10", "May", "2021-05-01", "month", "", kEvent},
    {"In May, Iran may retaliate.", "2021-06-10", "May", "2021-05-01", "month", "", kEvent},
    {"A new offensive is expected later this month.", "2021-02-16", "later this month",
     "2021-02-01", "month", "", kFuture},
    {"The withdrawal will be completed next month.", "2021-02-16", "next month", "2021-03-01",
     "month", "", kFuture},
    {"Elections are due in October.", "2021-09-01", "October", "2021-10-01", "month", "", kFuture},
    // Calendar days.
    {"The Jan. 3 strike killed Soleimani near Baghdad airport.", "2020-01-08", "Jan. 3",
     "2020-01-03", "day", "", kEvent},
    {"A US drone strike on Jan 3 killed Soleimani.", "2020-01-08", "Jan 3", "2020-01-03", "day", "",
     kEvent},
    {"The strike took place on January 3, 2020.", "", "January 3, 2020", "2020-01-03", "day", "",
     kEvent},
    {"The strike took place on 3 January 2020.", "", "3 January 2020", "2020-01-03", "day", "",
     kEvent},
    {"The strike took place on 3 Jan at the airport.", "2020-01-08", "3 Jan", "2020-01-03", "day",
     "", kEvent},
    {"Event date: 2020-01-03, Baghdad.", "", "2020-01-03", "2020-01-03", "day", "", kEvent},
    {"Iran retaliated on the 8th of January.", "2020-01-10", "8th of January", "2020-01-08", "day",
     "", kEvent},
    {"Iran retaliated on January 8th with missiles.", "2020-01-10", "January 8th", "2020-01-08",
     "day", "", kEvent},
    {"Iran's Jan. 8 missile attack injured dozens.", "2020-01-10", "Jan. 8", "2020-01-08", "day",
     "", kEvent},
    {"Rockets were fired on Dec. 31 at the embassy.", "2021-01-04", "Dec. 31", "2020-12-31", "day",
     "", kEvent},
    {"Rockets were fired on Dec. 31 at the embassy.", "2020-12-31", "Dec. 31", "2020-12-31", "day",
     "", kEvent},
    {"On September 14, 2019, drones struck Abqaiq.", "", "September 14, 2019", "2019-09-14", "day",
     "", kEvent},
    {"On September 14, 2019, drones struck Abqaiq.", "2023-10-09", "September 14, 2019",
     "2019-09-14", "day", "", kHist},
    {"On Sept. 14 drones struck Abqaiq and Khurais.", "2019-09-16", "Sept. 14", "2019-09-14", "day",
     "", kEvent},
    {"The base was hit on Feb. 29.", "2024-03-05", "Feb. 29", "2024-02-29", "day", "", kEvent},
    {"The Jan. 8, 2020 attack on Ain al-Asad injured more than 100.", "2024-01-28", "Jan. 8, 2020",
     "2020-01-08", "day", "", kHist},
    {"The vote is set for Oct. 10.", "2021-09-01", "Oct. 10", "2021-10-10", "day", "", kFuture},
    {"Talks are due to resume on Jan. 5 in Vienna.", "2020-12-20", "Jan. 5", "2021-01-05", "day",
     "", kFuture},
    {"Fighters struck on Jan. 20, 2021.", "2021-01-10", "Jan. 20, 2021", "2021-01-20", "day", "",
     kFuture},
    // Years.
    {"The group was founded in 2016 in Iraq.", "2021-02-16", "2016", "2016-01-01", "year", "",
     kHist},
    {"The group has attacked the base since 2019.", "2021-02-16", "2019", "2019-01-01", "year", "",
     kHist},
    {"The 2020 killing of Soleimani raised tensions.", "2021-02-16", "2020", "2020-01-01", "year",
     "", kHist},
    {"Iran's 2020 missile attack was a warning.", "2021-02-16", "2020", "2020-01-01", "year", "",
     kHist},
    {"A 2019 report listed the groups.", "2021-02-16", "2019", "2019-01-01", "year", "", kHist},
    {"The group was founded in 2016 in Iraq.", "", "2016", "2016-01-01", "year", "", kHist},
    // Within 30 days of publication a period is of the news; beyond, history.
    {"The militia emerged in early 2020.", "2020-05-20", "early 2020", "2020-01-01", "year",
     "2020-04-30", kEvent},
    {"The militia emerged in early 2020.", "2020-06-01", "early 2020", "2020-01-01", "year",
     "2020-04-30", kHist},
    {"The militia emerged in early 2020.", "2021-02-16", "early 2020", "2020-01-01", "year",
     "2020-04-30", kHist},
    {"Attacks peaked in mid-2020.", "2021-02-16", "mid-2020", "2020-05-01", "year", "2020-08-31",
     kHist},
    {"Attacks resumed in late 2019.", "2021-02-16", "late 2019", "2019-09-01", "year", "2019-12-31",
     kHist},
    {"Such groups multiplied in the 1990s.", "2021-02-16", "1990s", "1990-01-01", "year",
     "1999-12-31", kHist},
    {"More attacks were recorded in 2021 than before.", "2021-02-16", "2021", "2021-01-01", "year",
     "", kEvent},
    {"Attacks have doubled earlier this year.", "2021-02-16", "earlier this year", "2021-01-01",
     "year", "", kEvent},
    {"The base was attacked last year.", "2021-02-16", "last year", "2020-01-01", "year", "",
     kHist},
    {"A similar attack occurred a year ago.", "2021-02-16", "a year ago", "2020-01-01", "year", "",
     kHist},
    {"The troops will leave next year.", "2021-02-16", "next year", "2022-01-01", "year", "",
     kFuture},
    {"The country aims to hold elections by 2030.", "2021-02-16", "2030", "2030-01-01", "year", "",
     kFuture},
    {"Killings rose at the end of last year.", "2021-02-16", "the end of last year", "2020-09-01",
     "year", "2020-12-31", kHist},
    // Ranges.
    {"Protests took place between Jan. 1 and Jan. 5.", "2021-01-10", "between Jan. 1 and Jan. 5",
     "2021-01-01", "day", "2021-01-05", kEvent},
    {"Protests took place between Jan. 1 and 5.", "2021-01-10", "between Jan. 1 and 5",
     "2021-01-01", "day", "2021-01-05", kEvent},
    {"The war lasted from 2019 to 2021.", "2023-10-09", "from 2019 to 2021", "2019-01-01", "year",
     "2021-12-31", kHist},
    {"The war lasted 2019-2021 in the province.", "2023-10-09", "2019-2021", "2019-01-01", "year",
     "2021-12-31", kHist},
    {"Strikes continued Jan. 3-5 across the region.", "2020-01-08", "Jan. 3-5", "2020-01-03", "day",
     "2020-01-05", kEvent},
    {"Strikes continued 3-5 January across the region.", "2020-01-08", "3-5 January", "2020-01-03",
     "day", "2020-01-05", kEvent},
    {"Strikes continued Jan. 3 to 5 across the region.", "2020-01-08", "Jan. 3 to 5", "2020-01-03",
     "day", "2020-01-05", kEvent},
    {"Fighting raged from Monday to Wednesday.", "2021-02-19", "from Monday to Wednesday",
     "2021-02-15", "day", "2021-02-17", kEvent},
    {"Fighting raged from Friday to Monday.", "2021-02-16", "from Friday to Monday", "2021-02-12",
     "day", "2021-02-15", kEvent},
    {"Curfews were imposed between Dec. 28 and Jan. 3.", "2021-01-05", "between Dec. 28 and Jan. 3",
     "2020-12-28", "day", "2021-01-03", kEvent},
    {"Clashes continued from March to May.", "2021-06-10", "from March to May", "2021-03-01",
     "month", "2021-05-31", kEvent},
    {"Talks ran from Dec. 30, 2019 to Jan. 2, 2020.", "", "from Dec. 30, 2019 to Jan. 2, 2020",
     "2019-12-30", "day", "2020-01-02", kEvent},
    {"The group held the town between 2014 and 2017.", "2021-02-16", "between 2014 and 2017",
     "2014-01-01", "year", "2017-12-31", kHist},
    // Wire-report phrasings (published Friday 2024-02-02).
    {"Iran's foreign minister is due to visit Baghdad next Tuesday.", "2024-02-02", "next Tuesday",
     "2024-02-06", "day", "", kFuture},
    {"The base has come under attack more than 60 times since mid-October.", "2024-02-02",
     "mid-October", "2023-10-11", "month", "2023-10-20", kHist},
    {"The strike, carried out at around 10 p.m. on Thursday, destroyed a depot.", "2024-02-02",
     "Thursday", "2024-02-01", "day", "", kEvent},
    {"The ceasefire took effect at 7 a.m. (0500 GMT) on Friday.", "2024-02-02", "Friday",
     "2024-02-02", "day", "", kEvent},
    {"Two weeks later, on Jan. 8, Iran fired missiles at two bases.", "2024-02-02", "Jan. 8",
     "2024-01-08", "day", "", kEvent},
    {"Hostilities in the Red Sea began in December.", "2024-01-20", "December", "2023-12-01",
     "month", "", kEvent},
    {"Hostilities in the Red Sea began in November.", "2024-02-02", "November", "2023-11-01",
     "month", "", kHist},
    {"A spokesperson said on Friday, Feb. 2, that strikes would continue.", "2024-02-02",
     "Friday, Feb. 2", "2024-02-02", "day", "", kEvent},
    {"The drone struck the base at dawn on Sunday.", "2024-02-02", "Sunday", "2024-01-28", "day",
     "", kEvent},
    {"The election will be held on Dec. 10, 2024.", "2024-02-02", "Dec. 10, 2024", "2024-12-10",
     "day", "", kFuture},
    {"Yesterday's attack was the deadliest since 2019.", "2024-02-02", "Yesterday", "2024-02-01",
     "day", "", kEvent},
    // Night-of and early-hours constructions.
    {"Rockets hit Erbil on the night of Feb. 15.", "2021-02-16", "the night of Feb. 15",
     "2021-02-15", "day", "", kEvent},
    {"Rockets hit Erbil in the early hours of Monday.", "2021-02-16", "the early hours of Monday",
     "2021-02-15", "day", "", kEvent},
    {"Rockets hit Erbil in the early hours of Feb. 15.", "2021-02-16", "the early hours of Feb. 15",
     "2021-02-15", "day", "", kEvent},
    // Quotations.
    {"He said: \"We were attacked on Monday.\"", "2021-02-16", "Monday", "2021-02-15", "day", "",
     kQuoted},
    {"\xE2\x80\x9CThey will strike on Friday,\xE2\x80\x9D the commander warned.", "2021-02-16",
     "Friday", "2021-02-19", "day", "", kQuoted},
    {"\xE2\x80\x9CWe are ready,\xE2\x80\x9D he said on Monday.", "2021-02-16", "Monday",
     "2021-02-15", "day", "", kEvent},
    {"\"Since 2019 we have lost fifty men,\" he said.", "2021-02-16", "2019", "2019-01-01", "year",
     "", kQuoted},
    // Since.
    {"Fighting has continued since Monday.", "2021-02-16", "Monday", "2021-02-15", "day",
     "2021-02-16", kEvent},
    {"Prices have doubled since March.", "2021-02-16", "March", "2020-03-01", "month", "", kHist},
};

void PrintTo(const DateCase& c, std::ostream* os) { *os << c.text << " -> " << c.span; }

class DateResolverTableTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateResolverTableTest, ResolvesMention) {
  const DateCase& c = GetParam();
  static const DateResolver resolver;
  TestSentence sentence(c.text);
  std::optional<Date> published;
  if (c.published[0] != '\0') published = Date::Parse(c.published);
  const auto mentions = resolver.Find(sentence.tokens(), published);
  const DateMention* found = nullptr;
  std::string seen;
  for (const DateMention& m : mentions) {
    seen += "[" + std::string(sentence.Slice(m.first_token, m.end_token)) + "]";
    if (sentence.Slice(m.first_token, m.end_token) == c.span) found = &m;
  }
  ASSERT_NE(found, nullptr) << c.text << "\n tokens: " << sentence.Debug() << "\n seen: " << seen;
  EXPECT_EQ(found->date.ToString(), c.date) << c.text;
  EXPECT_EQ(ToString(found->precision), c.precision) << c.text;
  EXPECT_EQ(found->end_date ? found->end_date->ToString() : "", c.end_date) << c.text;
  EXPECT_EQ(ToString(found->role), ToString(c.role)) << c.text;
}

INSTANTIATE_TEST_SUITE_P(News, DateResolverTableTest, ::testing::ValuesIn(kDateCases));

struct NoDateCase {
  const char* text;
  const char* published;
};

const NoDateCase kNoDateCases[] = {
    // Relative expressions need a publication date.
    {"Rockets hit the base on Monday night.", ""},
    {"Attacks rose last week.", ""},
    {"The strike on Jan. 3 killed a general.", ""},
    {"The embassy was attacked in December.", ""},
    {"Two rockets hit the airport yesterday.", ""},
    // Not dates at all.
    {"The group fired 40 rockets at the base.", "2021-02-16"},
    {"He was born in Mosul and fled to Erbil.", "2021-02-16"},
    {"At 9:30 p.m. the sirens sounded.", "2021-02-16"},
    {"Jan Egeland, the aid chief, appealed for calm.", "2021-02-16"},
    {"The US keeps 2,500 troops in Iraq.", "2021-02-16"},
    {"He may resign if the talks fail.", "2021-02-16"},
    {"Protesters march on the embassy every day.", "2021-02-16"},
    {"A 30-year-old man was killed by a stray bullet.", "2021-02-16"},
    {"The group has 1,500 fighters and 20 drones.", "2021-02-16"},
    {"May God have mercy on them, the cleric said.", "2021-02-16"},
    {"The rally drew people from across the region.", "2021-02-16"},
    {"He waited the day before the election to speak.", "2021-02-16"},
    // An impossible day.
    {"The base was hit on Feb. 29.", "2023-03-05"},
    {"The base was hit on Feb. 30, 2020.", ""},
};

void PrintTo(const NoDateCase& c, std::ostream* os) { *os << c.text; }

class DateResolverNoDateTest : public ::testing::TestWithParam<NoDateCase> {};

TEST_P(DateResolverNoDateTest, FindsNothing) {
  const NoDateCase& c = GetParam();
  static const DateResolver resolver;
  TestSentence sentence(c.text);
  std::optional<Date> published;
  if (c.published[0] != '\0') published = Date::Parse(c.published);
  const auto mentions = resolver.Find(sentence.tokens(), published);
  std::string seen;
  for (const DateMention& m : mentions) {
    seen += "[" + std::string(sentence.Slice(m.first_token, m.end_token)) + "]";
  }
  EXPECT_TRUE(mentions.empty()) << c.text << "\n seen: " << seen;
}

INSTANTIATE_TEST_SUITE_P(News, DateResolverNoDateTest, ::testing::ValuesIn(kNoDateCases));

TEST(DateResolverTest, CountsMentionsAndKeepsTextOrder) {
  const DateResolver resolver;
  TestSentence sentence(
      "Rockets hit the base on Monday, a week after the Feb. 8 attack, and officials will meet "
      "next week.");
  const auto mentions = resolver.Find(sentence.tokens(), Date::Parse("2021-02-16"));
  ASSERT_EQ(mentions.size(), 3u) << sentence.Debug();
  EXPECT_EQ(sentence.Slice(mentions[0].first_token, mentions[0].end_token), "Monday");
  EXPECT_EQ(sentence.Slice(mentions[1].first_token, mentions[1].end_token), "Feb. 8");
  EXPECT_EQ(sentence.Slice(mentions[2].first_token, mentions[2].end_token), "next week");
  EXPECT_EQ(mentions[2].role, DateRole::kFuture);
}

TEST(DateResolverTest, MarksReportingDates) {
  const DateResolver resolver;
  struct Case {
    const char* text;
    bool reporting;
  } cases[] = {
      {"Iraqi officials said on Friday that two rockets hit the Green Zone.", true},
      {"The ministry on Friday said three soldiers died.", true},
      {"The group said in a statement on Friday that it was not involved.", true},
      {"A spokesman told reporters on Friday that the base was safe.", true},
      {"Two rockets hit the Green Zone on Friday.", false},
      {"The group said the attack on Friday was revenge.", false},
      // "States" names a country here, it does not state.
      {"Protesters attacked the embassy of the United States on Friday.", false},
      {"The report states on Friday that the base was hit.", true},
  };
  for (const auto& c : cases) {
    TestSentence sentence(c.text);
    const auto mentions = resolver.Find(sentence.tokens(), Date::Parse("2021-02-16"));
    ASSERT_EQ(mentions.size(), 1u) << c.text;
    EXPECT_EQ(mentions[0].reporting, c.reporting) << c.text;
  }
}

TEST(DateResolverTest, RelativeFlagFollowsPublicationAnchor) {
  const DateResolver resolver;
  TestSentence relative("The base was attacked on Monday.");
  TestSentence absolute("The base was attacked on Feb. 15, 2021.");
  const auto published = Date::Parse("2021-02-16");
  auto a = resolver.Find(relative.tokens(), published);
  auto b = resolver.Find(absolute.tokens(), published);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_TRUE(a[0].relative);
  EXPECT_FALSE(b[0].relative);
  EXPECT_EQ(a[0].date, b[0].date);
}

// The text stage may split a month abbreviation from its period, and an
// ISO date into pieces; both must read the same.
TEST(DateResolverTest, ReadsSplitAbbreviationAndIsoPieces) {
  // "Jan" "." with the period adjacent, as "Jan." would be without the space.
  const std::string joined = "on Jan. 3 and 2020-01-05";
  std::vector<Token> tokens = {
      Token{std::string_view(joined).substr(0, 2), 0, 2, TokenKind::kWord},
      Token{std::string_view(joined).substr(3, 3), 3, 6, TokenKind::kWord},
      Token{std::string_view(joined).substr(6, 1), 6, 7, TokenKind::kPunct},
      Token{std::string_view(joined).substr(8, 1), 8, 9, TokenKind::kNumber},
      Token{std::string_view(joined).substr(10, 3), 10, 13, TokenKind::kWord},
      Token{std::string_view(joined).substr(14, 4), 14, 18, TokenKind::kNumber},
      Token{std::string_view(joined).substr(18, 1), 18, 19, TokenKind::kPunct},
      Token{std::string_view(joined).substr(19, 2), 19, 21, TokenKind::kNumber},
      Token{std::string_view(joined).substr(21, 1), 21, 22, TokenKind::kPunct},
      Token{std::string_view(joined).substr(22, 2), 22, 24, TokenKind::kNumber},
  };
  const DateResolver resolver;
  const auto mentions = resolver.Find(tokens, Date::Parse("2020-01-08"));
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].date.ToString(), "2020-01-03");
  EXPECT_EQ(mentions[0].first_token, 1u);
  EXPECT_EQ(mentions[0].end_token, 4u);
  EXPECT_EQ(mentions[1].date.ToString(), "2020-01-05");
  EXPECT_EQ(mentions[1].end_token, 10u);
}

TEST(DateResolverTest, PrecheckSkipsSentencesWithoutDateWords) {
  const DateResolver resolver;
  TestSentence plain("The militia denied any role in the attack on the embassy.");
  TestSentence dated("The militia denied any role in Monday's attack.");
  EXPECT_FALSE(resolver.MayContainDate(plain.tokens()));
  EXPECT_TRUE(resolver.MayContainDate(dated.tokens()));
}

TEST(DateResolverTest, HistoricalThresholdIsAnOption) {
  DateResolverOptions options;
  options.historical_after_days = 10;
  const DateResolver strict(options);
  const DateResolver lenient;
  TestSentence sentence("The base was attacked last month.");
  const auto published = Date::Parse("2021-02-16");
  EXPECT_EQ(strict.Find(sentence.tokens(), published).at(0).role, DateRole::kHistorical);
  EXPECT_EQ(lenient.Find(sentence.tokens(), published).at(0).role, DateRole::kEventDate);
}

}  // namespace
}  // namespace casus
