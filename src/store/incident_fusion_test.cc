// IncidentMatcher's rules, one row per rule, and FuseIncident's assembly.
#include "store/incident_fusion.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "store/incident_format.h"
#include "store/store_test_util.h"

namespace casus {
namespace {

using testing::MakeActor;
using testing::MakeEvent;
using testing::MakePlace;

Event Base() {
  Event e = MakeEvent("base", "2024-01-28", MakePlace("Tower 22", "JOR", 33.32, 38.69));
  e.doc = "report-a";
  e.mode = "drone";
  return e;
}

TEST(IncidentMatcherTest, Rules) {
  struct Case {
    const char* name;
    void (*edit)(Event& other);
    bool match;
    const char* reason_part;  // expected in the verdict's reason
  };
  const std::vector<Case> cases = {
      {"same event, other report", [](Event&) {}, true, "same date 2024-01-28"},
      {"same report", [](Event& o) { o.doc = "report-a"; }, false, "same report"},
      {"other type", [](Event& o) { o.type = "PROTEST"; }, false, "different types"},
      {"next day", [](Event& o) { o.date = Date::Parse("2024-01-29"); }, true, "1 day apart"},
      {"two days apart", [](Event& o) { o.date = Date::Parse("2024-01-30"); }, false,
       "2 days apart (limit 1)"},
      {"week precision, five days apart",
       [](Event& o) {
         o.date = Date::Parse("2024-02-02");
         o.date_precision = "week";
       },
       true, "limit 7"},
      {"month precision", [](Event& o) { o.date_precision = "month"; }, false, "too vague"},
      {"undated", [](Event& o) { o.date.reset(); }, false, "missing"},
      {"12 km apart", [](Event& o) { o.location->lat += 0.108; }, true, "km apart (limit 25 km"},
      {"40 km apart", [](Event& o) { o.location->lat += 0.36; }, false, "(limit 25 km at place"},
      {"40 km apart at region precision",
       [](Event& o) {
         o.location->lat += 0.36;
         o.location->precision = "region";
       },
       true, "limit 100 km at region precision"},
      {"other country", [](Event& o) { *o.location = MakePlace("Al-Tanf", "SYR", 33.49, 38.66); },
       false, "different countries"},
      {"country only, no perpetrators",
       [](Event& o) {
         *o.location = MakePlace("Jordan", "JOR", 31, 36, "country");
         o.actor1.reset();
       },
       false, "not known to be the same"},
      {"no place, no perpetrators",
       [](Event& o) {
         o.location.reset();
         o.actor1.reset();
       },
       false, "only one report gives a place"},
      {"different perpetrators (both known)",
       [](Event& o) { o.actor1 = MakeActor("Islamic State", "islamic_state"); }, false,
       "different perpetrators"},
      {"different perpetrator countries",
       [](Event& o) { o.actor1 = MakeActor("Syrian army", "", "SYR", "MIL"); }, false,
       "different perpetrators"},
      {"country only, same perpetrator, week precision",
       [](Event& o) {
         *o.location = MakePlace("Jordan", "JOR", 31, 36, "country");
         o.date_precision = "week";
       },
       false, "known only to the week"},
      {"country only, same perpetrator, same day",
       [](Event& o) { *o.location = MakePlace("Jordan", "JOR", 31, 36, "country"); }, true,
       "same perpetrator"},
      {"perpetrator named by one report", [](Event& o) { o.actor1.reset(); }, true,
       "perpetrator named by one report only"},
      {"the other's perpetrator inferred, not named",
       [](Event& o) {
         o.actor1 = MakeActor("Unidentified Armed Group", "", "JOR", "UAF");
         o.actor1->text.clear();
       },
       true, "perpetrator named by one report only"},
      {"mode differs", [](Event& o) { o.mode = "heavy-weapons"; }, true, "modes differ"},
      {"targets in different countries",
       [](Event& o) { o.actor2 = MakeActor("Jordanian army", "jor_mil", "JOR", "MIL"); }, false,
       "targets in different countries"},
  };
  const IncidentMatcher matcher;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Event a = Base();
    a.actor1 = MakeActor("Islamic Resistance in Iraq", "islamic_resistance_iraq", "IRQ", "REB");
    a.actor2 = MakeActor("US forces", "usa_mil", "USA", "MIL");
    Event b = a;
    b.doc = "report-b";
    c.edit(b);
    const FusionVerdict verdict = matcher.Compare(b, a);
    EXPECT_EQ(verdict.match, c.match) << verdict.reason;
    EXPECT_NE(verdict.reason.find(c.reason_part), std::string::npos) << verdict.reason;
    // The rules are symmetric.
    EXPECT_EQ(matcher.Compare(a, b).match, c.match);
  }
}

TEST(IncidentMatcherTest, PerpetratorLinks) {
  struct Case {
    const char* name;
    Actor a;
    Actor b;
    bool same;
  };
  const std::vector<Case> cases = {
      {"same id", MakeActor("KH", "kataib_hezbollah"),
       MakeActor("Kataib Hezbollah", "kataib_hezbollah"), true},
      {"name inside the other", MakeActor("Awliya al-Dam"), MakeActor("Saraya Awliya al-Dam"),
       true},
      {"spelling of the words", MakeActor("Kata'ib-Hezbollah"), MakeActor("Kataib Hezbollah"),
       true},
      {"too short to tell", MakeActor("al"), MakeActor("al-Dam"), false},
      {"other names, other ids", MakeActor("Houthis", "houthis"), MakeActor("Hamas", "hamas"),
       false},
      {"a state and its organ", MakeActor("United States", "usa"),
       MakeActor("United States Marine Corps", "usa_marines"), false},
  };
  const IncidentMatcher matcher;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Event a = Base(), b = Base();
    b.doc = "report-b";
    a.actor1 = c.a;
    b.actor1 = c.b;
    const FusionVerdict verdict = matcher.Compare(a, b);
    EXPECT_EQ(verdict.reason.find("same perpetrator") != std::string::npos, c.same)
        << verdict.reason;
  }
  // A claimant of one report is the other's perpetrator.
  Event a = Base(), b = Base();
  b.doc = "report-b";
  a.actor1 = MakeActor("Kataib Hezbollah", "kataib_hezbollah");
  b.actor1 = MakeActor("Islamic Resistance in Iraq", "islamic_resistance_iraq");
  b.claimed_by.push_back({MakeActor("Kataib Hezbollah", "kataib_hezbollah"), {}});
  FusionVerdict verdict = matcher.Compare(a, b);
  EXPECT_TRUE(verdict.match) << verdict.reason;
  EXPECT_NE(verdict.reason.find("linked by a claim"), std::string::npos);
  // Two-sided fighting reported from the other side.
  a = Base();
  b = Base();
  b.doc = "report-b";
  a.actor1 = MakeActor("Houthis", "houthis");
  a.actor2 = MakeActor("Saudi army", "sau_mil");
  b.actor1 = MakeActor("Saudi army", "sau_mil");
  b.actor2 = MakeActor("Houthis", "houthis");
  verdict = matcher.Compare(a, b);
  EXPECT_TRUE(verdict.match) << verdict.reason;
}

TEST(IncidentMatcherTest, SearchWindow) {
  const IncidentMatcher matcher;
  std::string reason;
  Event e = Base();
  auto window = matcher.SearchWindow(e, &reason);
  ASSERT_TRUE(window);
  EXPECT_EQ(window->from_days, e.date->ToDays() - 7);
  EXPECT_EQ(window->to_days, e.date->ToDays() + 7);
  e.date_precision = "year";
  EXPECT_FALSE(matcher.SearchWindow(e, &reason));
  EXPECT_NE(reason.find("year"), std::string::npos);
  e.date.reset();
  EXPECT_FALSE(matcher.SearchWindow(e, &reason));
  EXPECT_NE(reason.find("undated"), std::string::npos);
}

IncidentSource Source(std::string doc, std::string published, Event event) {
  IncidentSource s;
  s.doc = doc;
  s.published = Date::Parse(published);
  event.doc = doc;
  s.event = std::move(event);
  return s;
}

TEST(FuseIncidentTest, AssemblesFromReports) {
  Event late = Base();
  late.fatalities = 3;
  late.injuries = 34;
  late.actor1 = MakeActor("Islamic Resistance in Iraq", "islamic_resistance_iraq");
  late.claimed_by.push_back(
      {MakeActor("Islamic Resistance in Iraq", "islamic_resistance_iraq"), {}});
  late.attributed_to.push_back({MakeActor("Iran", "irn"), MakeActor("United States", "usa"), {}});
  late.sponsors = {"IRN"};
  late.weapons = {"drone"};
  Event early = Base();
  early.fatalities = 3;
  early.injuries = 25;
  early.actor1 = MakeActor("Iran-backed militants", "", "IRQ", "REB");
  early.claimed_by.push_back(
      {MakeActor("Islamic Resistance in Iraq", "islamic_resistance_iraq"), {}});
  early.hedged = true;
  early.location = MakePlace("Jordan", "JOR", 31, 36, "country");
  early.weapons = {"drone", "one-way attack drone"};

  std::vector<IncidentSource> members;
  members.push_back(Source("tower-22-iran-denies", "2024-01-29", late));
  members.push_back(Source("tower-22-drone-attack", "2024-01-28", early));
  const Incident incident = FuseIncident(7, members);
  EXPECT_EQ(incident.event.id, "incident-7");
  EXPECT_EQ(incident.event.doc, "tower-22-drone-attack");  // first published
  ASSERT_EQ(incident.sources.size(), 2u);
  EXPECT_EQ(incident.sources[0].doc, "tower-22-drone-attack");
  EXPECT_EQ(incident.event.fatalities, 3);
  EXPECT_EQ(incident.fatalities_max, 3);
  EXPECT_EQ(incident.event.injuries, 25);
  EXPECT_EQ(incident.injuries_max, 34);
  EXPECT_EQ(incident.event.actor1->id, "islamic_resistance_iraq");  // known to the KB
  EXPECT_EQ(incident.event.location->name, "Tower 22");             // the finer place
  EXPECT_EQ(incident.event.claimed_by.size(), 1u);                  // one claimant ...
  EXPECT_EQ(incident.claims.size(), 2u);                            // ... carried by two reports
  EXPECT_EQ(incident.attributions.size(), 1u);
  EXPECT_EQ(incident.event.sponsors, std::vector<std::string>{"IRN"});
  EXPECT_EQ(incident.event.weapons, (std::vector<std::string>{"drone", "one-way attack drone"}));
  EXPECT_FALSE(incident.event.hedged);  // one report states it plainly
  EXPECT_EQ(incident.perpetrators.size(), 2u);
}

TEST(FuseIncidentTest, RecordRoundTrips) {
  Event e = Base();
  e.fatalities = 1;
  e.actor1 = MakeActor("Kataib Hezbollah", "kataib_hezbollah", "IRQ", "REB");
  e.claimed_by.push_back({MakeActor("Kataib Hezbollah", "kataib_hezbollah"), {}});
  Event f = e;
  f.fatalities = 4;
  std::vector<IncidentSource> members = {Source("a", "2024-01-28", e),
                                         Source("b", "2024-01-29", f)};
  const Incident incident = FuseIncident(12, members);
  std::string record;
  AppendIncidentJsonl(incident, record);
  auto back = IncidentFromJson(record);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->key, 12);
  EXPECT_EQ(back->event.fatalities, 1);
  EXPECT_EQ(back->fatalities_max, 4);
  EXPECT_EQ(back->event.claimed_by.size(), 1u);
  EXPECT_EQ(back->claims.size(), 2u);
  EXPECT_EQ(back->claims[1].doc, "b");
  ASSERT_EQ(back->sources.size(), 2u);
  EXPECT_EQ(back->sources[1].event.fatalities, 4);
  std::string again;
  AppendIncidentJsonl(*back, again);
  EXPECT_EQ(again, record);
}

TEST(IncidentIdTest, Forms) {
  EXPECT_EQ(IncidentId(3), "incident-3");
  EXPECT_EQ(ParseIncidentId("incident-3"), 3);
  EXPECT_EQ(ParseIncidentId("#3"), 3);
  EXPECT_EQ(ParseIncidentId("3"), 3);
  EXPECT_FALSE(ParseIncidentId("incident-"));
  EXPECT_FALSE(ParseIncidentId("3x"));
  EXPECT_FALSE(ParseIncidentId("0"));
}

TEST(IncidentTableTest, ReadableColumns) {
  Event e = Base();
  e.fatalities = 3;
  e.actor1 = MakeActor("Islamic Resistance in Iraq", "islamic_resistance_iraq");
  e.actor2 = MakeActor("US forces");
  e.claimed_by.push_back({MakeActor("Islamic Resistance in Iraq"), {}});
  e.sponsors = {"IRN"};
  Event f = e;
  f.fatalities = 4;
  const Incident incident =
      FuseIncident(5, {Source("a", "2024-01-28", e), Source("b", "2024-01-29", f)});
  const std::string table = FormatIncidentTable({incident}, 2);
  EXPECT_NE(table.find("PERPETRATOR"), std::string::npos) << table;
  EXPECT_NE(table.find("2024-01-28"), std::string::npos) << table;
  EXPECT_NE(table.find("ASSAULT/drone"), std::string::npos) << table;
  EXPECT_NE(table.find("Tower 22, JOR"), std::string::npos) << table;
  EXPECT_NE(table.find("3-4"), std::string::npos) << table;
  EXPECT_NE(table.find("IRN"), std::string::npos) << table;
  EXPECT_NE(table.find("and 2 more"), std::string::npos) << table;
  // Every line of the table but the last has the same columns.
  EXPECT_EQ(std::count(table.begin(), table.end(), '\n'), 4);
}

}  // namespace
}  // namespace casus
