// The store's behaviour on both engines: schema and migrations, safe and
// idempotent batches, incident fusion through the store, and queries.
#include "store/store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "kb/knowledge_base.h"
#include "store/incident_format.h"
#include "store/incident_query.h"
#include "store/schema.h"
#include "store/store_test_util.h"

namespace casus {
namespace {

using testing::MakeActor;
using testing::MakeDoc;
using testing::MakeEvent;
using testing::MakePlace;
using testing::StoreTest;

std::vector<DocumentToStore> One(DocumentToStore doc) {
  std::vector<DocumentToStore> batch;
  batch.push_back(std::move(doc));
  return batch;
}

BatchResult StoreOk(Store& store, const std::vector<DocumentToStore>& batch) {
  auto result = store.StoreBatch(batch);
  EXPECT_TRUE(result.ok()) << result.status().message();
  return result.ok() ? result.value() : BatchResult{};
}

void ExpectConsistent(Store& store) {
  auto problems = store.CheckConsistency();
  ASSERT_TRUE(problems.ok()) << problems.status().message();
  for (const std::string& problem : *problems) ADD_FAILURE() << problem;
}

std::vector<Incident> All(Store& store) {
  auto incidents = store.FindIncidents({});
  EXPECT_TRUE(incidents.ok()) << incidents.status().message();
  return incidents.ok() ? incidents.value() : std::vector<Incident>{};
}

// Three reports of the Erbil rocket attack of 15 February 2021, in the
// corpus's wording: different spellings, claimant names and counts.
std::vector<DocumentToStore> ErbilReports() {
  Event canonical = MakeEvent("e1", "2021-02-15", MakePlace("Erbil", "IRQ", 36.19, 44.01));
  canonical.actor1 = MakeActor("Saraya Awliya al-Dam", "saraya_awliya_al_dam", "IRQ", "REB");
  canonical.actor2 = MakeActor("US-led coalition", "", "", "MIL");
  canonical.claimed_by.push_back({MakeActor("Saraya Awliya al-Dam", "saraya_awliya_al_dam"), {}});
  canonical.fatalities = 1;
  canonical.injuries = 9;
  canonical.sponsors = {"IRN"};

  Event early = MakeEvent("e2", "2021-02-15", MakePlace("Irbil", "IRQ", 36.23, 43.96));
  early.fatalities = 1;
  early.injuries = 6;

  Event follow_up = MakeEvent("e3", "2021-02-15", MakePlace("Erbil airport", "IRQ", 36.24, 43.96));
  follow_up.actor1 = MakeActor("Awliya al-Dam", "", "IRQ", "REB");
  follow_up.claimed_by.push_back({MakeActor("Awliya al-Dam"), {}});
  follow_up.attributed_to.push_back(
      {MakeActor("Iran", "irn", "IRN", "GOV"), MakeActor("Kurdish officials"), {}});
  follow_up.fatalities = 2;
  follow_up.injuries = 9;
  Event denial =
      MakeEvent("e4", "2021-02-16", MakePlace("Tehran", "IRN", 35.69, 51.39), "REJECT", "");
  denial.actor1 = MakeActor("Iran", "irn", "IRN", "GOV");
  denial.acled.reset();

  std::vector<DocumentToStore> docs;
  docs.push_back(MakeDoc("erbil-canonical", "2021-02-16", {canonical},
                         "Rockets struck Erbil airport on Monday, killing a contractor."));
  docs.push_back(
      MakeDoc("erbil-early", "2021-02-16", {early}, "Several rockets hit Irbil late on Monday."));
  docs.push_back(MakeDoc("erbil-iran-denies", "2021-02-17", {follow_up, denial},
                         "Iran denied any role in the rocket attack on Erbil."));
  return docs;
}

TEST_P(StoreTest, NewStoreHasTheLatestSchema) {
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->schema_version(), kLatestSchemaVersion);
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 0);
  EXPECT_EQ(stats->incidents, 0);
  ExpectConsistent(*store);
}

TEST_P(StoreTest, OldStoreIsMigratedWithItsData) {
  StoreOptions v1;
  v1.schema_version = 1;
  {
    auto store = Open(v1);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schema_version(), 1);
    StoreOk(*store, ErbilReports());
    // Version 1 has no run log; recording a run is a no-op there.
    EXPECT_TRUE(store->RecordRun({"2024-01-01T00:00:00Z", "", 3, 3, 0, 0, 4}).ok());
  }
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->schema_version(), kLatestSchemaVersion);
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 3);
  EXPECT_EQ(stats->events, 4);
  Status run = store->RecordRun({"2024-01-01T00:00:00Z", "2024-01-01T00:01:00Z", 3, 3, 0, 0, 4});
  EXPECT_TRUE(run.ok()) << run.message();
  auto db = where().Connect();
  ASSERT_TRUE(db.ok());
  auto runs = (*db)->QueryInt("SELECT count(*) FROM ingest_runs");
  ASSERT_TRUE(runs.ok()) << runs.status().message();
  EXPECT_EQ(*runs, 1);
  ExpectConsistent(*store);
}

TEST_P(StoreTest, StoreFromANewerCasusIsRefused) {
  ASSERT_TRUE(Open());
  {
    auto db = where().Connect();
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(
        (*db)
            ->ExecuteScript("UPDATE casus_meta SET value = '99' WHERE key = 'schema_version'")
            .ok());
  }
  auto store = Store::Open(location());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("newer"), std::string::npos) << store.status().message();
}

TEST_P(StoreTest, UnchangedDocumentsAreSkipped) {
  auto store = Open();
  ASSERT_TRUE(store);
  BatchResult first = StoreOk(*store, ErbilReports());
  EXPECT_EQ(first.stored, 3u);
  EXPECT_EQ(first.unchanged, 0u);
  EXPECT_EQ(first.events, 4u);
  EXPECT_EQ(first.committed.size(), 3u);
  auto before = store->Stats();
  BatchResult second = StoreOk(*store, ErbilReports());
  EXPECT_EQ(second.stored, 0u);
  EXPECT_EQ(second.replaced, 0u);
  EXPECT_EQ(second.unchanged, 3u);
  EXPECT_TRUE(second.incidents_touched.empty());
  auto after = store->Stats();
  ASSERT_TRUE(before.ok() && after.ok());
  EXPECT_EQ(after->documents, before->documents);
  EXPECT_EQ(after->events, before->events);
  EXPECT_EQ(after->incidents, before->incidents);

  std::vector<std::string> ids = {"erbil-canonical", "erbil-early", "no-such-doc"};
  auto hashes = store->ContentHashes(ids);
  ASSERT_TRUE(hashes.ok());
  EXPECT_EQ(hashes->size(), 2u);
  EXPECT_EQ(hashes->at("erbil-early"), ErbilReports()[1].content_hash);
  ExpectConsistent(*store);
}

TEST_P(StoreTest, ChangedDocumentReplacesItsRecords) {
  auto store = Open();
  ASSERT_TRUE(store);
  StoreOk(*store, ErbilReports());
  ASSERT_EQ(All(*store).front().sources.size(), 3u);

  // The early report is corrected: it now describes a different attack, in
  // Baghdad, two days later.
  Event corrected = MakeEvent("e2b", "2021-02-17", MakePlace("Baghdad", "IRQ", 33.31, 44.36));
  DocumentToStore changed =
      MakeDoc("erbil-early", "2021-02-17", {corrected}, "Rockets hit Baghdad's Green Zone.");
  BatchResult result = StoreOk(*store, One(changed));
  EXPECT_EQ(result.replaced, 1u);
  EXPECT_EQ(result.stored, 0u);

  auto events = store->DocumentEvents("erbil-early");
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ(events->front().id, "e2b");

  std::vector<Incident> incidents = All(*store);
  size_t erbil = 0, baghdad = 0;
  for (const Incident& incident : incidents) {
    if (incident.event.type != "ASSAULT") continue;
    if (incident.event.location->name == "Baghdad") {
      ++baghdad;
      EXPECT_EQ(incident.sources.size(), 1u);
    } else {
      ++erbil;
      EXPECT_EQ(incident.sources.size(), 2u);
      EXPECT_EQ(incident.event.injuries, 9);  // the early report's 6 is gone
    }
  }
  EXPECT_EQ(erbil, 1u);
  EXPECT_EQ(baghdad, 1u);
  ExpectConsistent(*store);
}

TEST_P(StoreTest, BadDocumentDoesNotAbortTheBatch) {
  auto store = Open();
  ASSERT_TRUE(store);
  std::vector<DocumentToStore> batch = ErbilReports();
  Event broken = MakeEvent("bad", "2021-02-15", std::nullopt);
  broken.type = "";  // no type: the store refuses the event
  batch.insert(batch.begin() + 1, MakeDoc("broken-doc", "2021-02-16", {broken}));
  BatchResult result = StoreOk(*store, batch);
  EXPECT_EQ(result.stored, 3u);
  ASSERT_EQ(result.failed.size(), 1u);
  EXPECT_EQ(result.failed[0].doc, "broken-doc");
  EXPECT_FALSE(result.failed[0].reason.empty());
  std::vector<std::string> ids = {"broken-doc", "erbil-canonical", "erbil-early",
                                  "erbil-iran-denies"};
  auto hashes = store->ContentHashes(ids);
  ASSERT_TRUE(hashes.ok());
  EXPECT_EQ(hashes->count("broken-doc"), 0u);
  EXPECT_EQ(hashes->size(), 3u);
  ExpectConsistent(*store);
}

TEST_P(StoreTest, DuplicateReportsBecomeOneIncident) {
  auto store = Open();
  ASSERT_TRUE(store);
  StoreOk(*store, ErbilReports());
  std::vector<Incident> incidents = All(*store);
  ASSERT_EQ(incidents.size(), 2u);  // the attack, and Iran's denial
  const Incident& attack = incidents[0].event.type == "ASSAULT" ? incidents[0] : incidents[1];
  ASSERT_EQ(attack.sources.size(), 3u);
  EXPECT_EQ(attack.event.doc, "erbil-canonical");  // first published, then by id
  EXPECT_EQ(attack.sources[0].doc, "erbil-canonical");
  EXPECT_EQ(attack.sources[2].doc, "erbil-iran-denies");
  EXPECT_EQ(attack.event.fatalities, 1);  // ACLED: the lowest reported figure
  EXPECT_EQ(attack.fatalities_max, 2);
  EXPECT_EQ(attack.event.injuries, 6);
  EXPECT_EQ(attack.injuries_max, 9);
  ASSERT_TRUE(attack.event.actor1);
  EXPECT_EQ(attack.event.actor1->id, "saraya_awliya_al_dam");  // the one the KB knows
  EXPECT_EQ(attack.event.location->name, "Erbil");
  ASSERT_EQ(attack.claims.size(), 2u);  // both claims, each with its report
  EXPECT_EQ(attack.claims[0].doc, "erbil-canonical");
  EXPECT_EQ(attack.claims[1].doc, "erbil-iran-denies");
  ASSERT_EQ(attack.attributions.size(), 1u);
  EXPECT_EQ(attack.attributions[0].attribution.actor.name, "Iran");
  ASSERT_TRUE(attack.attributions[0].attribution.by);
  EXPECT_EQ(attack.attributions[0].attribution.by->name, "Kurdish officials");
  EXPECT_EQ(attack.event.sponsors, std::vector<std::string>{"IRN"});
  EXPECT_EQ(attack.perpetrators.size(), 2u);

  auto detailed = store->GetIncident(attack.key);
  ASSERT_TRUE(detailed.ok());
  ASSERT_TRUE(detailed->has_value());
  const std::string why = FormatIncidentExplanation(**detailed);
  EXPECT_NE(why.find("opened " + IncidentId(attack.key)), std::string::npos) << why;
  EXPECT_NE(why.find("joined " + IncidentId(attack.key)), std::string::npos) << why;
  EXPECT_NE(why.find("same perpetrator (Awliya al-Dam / Saraya Awliya al-Dam)"), std::string::npos)
      << why;
  EXPECT_NE(why.find("km apart"), std::string::npos) << why;
  ExpectConsistent(*store);
}

TEST_P(StoreTest, FusionIsIncremental) {
  auto store = Open();
  ASSERT_TRUE(store);
  std::vector<DocumentToStore> reports = ErbilReports();
  BatchResult first = StoreOk(*store, One(reports[0]));
  ASSERT_EQ(first.incidents_touched.size(), 1u);
  const int64_t key = first.incidents_touched[0];
  BatchResult second = StoreOk(*store, One(reports[1]));
  EXPECT_EQ(second.incidents_touched, std::vector<int64_t>{key});
  BatchResult third = StoreOk(*store, One(reports[2]));
  EXPECT_EQ(third.incidents_touched.size(), 2u);  // the attack and a new denial
  auto incident = store->GetIncident(key);
  ASSERT_TRUE(incident.ok() && incident->has_value());
  EXPECT_EQ((*incident)->sources.size(), 3u);
  ExpectConsistent(*store);
}

// Events that must stay apart, each against the canonical Erbil report.
TEST_P(StoreTest, DistinctEventsStayApart) {
  struct Case {
    const char* name;
    Event event;
  };
  const Actor saraya = MakeActor("Saraya Awliya al-Dam", "saraya_awliya_al_dam", "IRQ", "REB");
  std::vector<Case> cases;
  cases.push_back(
      {"other type",
       MakeEvent("x1", "2021-02-15", MakePlace("Erbil", "IRQ", 36.19, 44.01), "PROTEST", "demo")});
  cases.push_back(
      {"two days later", MakeEvent("x2", "2021-02-17", MakePlace("Erbil", "IRQ", 36.19, 44.01))});
  cases.push_back(
      {"80 km away", MakeEvent("x3", "2021-02-15", MakePlace("Mosul", "IRQ", 36.34, 43.13))});
  Event other_group = MakeEvent("x4", "2021-02-15", MakePlace("Erbil", "IRQ", 36.19, 44.01));
  other_group.actor1 = MakeActor("Islamic State", "islamic_state", "", "REB");
  cases.push_back({"other perpetrator", other_group});
  Event country_only = MakeEvent("x5", "2021-02-15", MakePlace("Iraq", "IRQ", 33, 44, "country"));
  cases.push_back({"only a country, perpetrator unknown", country_only});
  Event vague = MakeEvent("x6", "2021-02-15", MakePlace("Erbil", "IRQ", 36.19, 44.01));
  vague.date_precision = "month";
  cases.push_back({"month precision", vague});

  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    testing::StoreLocation where(GetParam());
    auto store = Store::Open(where.location());
    ASSERT_TRUE(store.ok());
    StoreOk(**store, One(ErbilReports()[0]));
    StoreOk(**store, One(MakeDoc("other-report", "2021-02-18", {c.event})));
    EXPECT_EQ(All(**store).size(), 2u);
    ExpectConsistent(**store);
  }
  // ... and the same country-level event joins when the perpetrator is named.
  testing::StoreLocation where(GetParam());
  auto store = Store::Open(where.location());
  ASSERT_TRUE(store.ok());
  StoreOk(**store, One(ErbilReports()[0]));
  country_only.actor1 = saraya;
  StoreOk(**store, One(MakeDoc("other-report", "2021-02-18", {country_only})));
  EXPECT_EQ(All(**store).size(), 1u);
}

// Reports that must join the canonical Erbil report, each through another
// rule of the candidate search.
TEST_P(StoreTest, RelatedReportsJoin) {
  struct Case {
    const char* name;
    Event event;
    bool stored_first = false;  // the other report arrives before the canonical one
  };
  std::vector<Case> cases;
  cases.push_back(
      {"next day", MakeEvent("y1", "2021-02-16", MakePlace("Erbil", "IRQ", 36.19, 44.01))});
  Event week = MakeEvent("y2", "2021-02-10", MakePlace("Erbil", "IRQ", 36.19, 44.01));
  week.date_precision = "week";
  cases.push_back({"week precision, five days earlier", week});
  cases.push_back({"week precision, stored first", week, true});
  cases.push_back(
      {"region precision, 60 km away",
       MakeEvent("y3", "2021-02-15", MakePlace("Erbil Governorate", "IRQ", 36.5, 44.6, "region"))});
  Event country = MakeEvent("y4", "2021-02-15", MakePlace("Iraq", "IRQ", 33, 44, "country"));
  country.actor1 = MakeActor("Saraya Awliya al-Dam", "saraya_awliya_al_dam", "IRQ", "REB");
  cases.push_back({"country only, same perpetrator", country});
  Event unplaced = MakeEvent("y5", "2021-02-15", std::nullopt);
  unplaced.actor1 = MakeActor("Awliya al-Dam");
  cases.push_back({"no place, same perpetrator by name", unplaced});
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    testing::StoreLocation where(GetParam());
    auto store = Store::Open(where.location());
    ASSERT_TRUE(store.ok());
    if (!c.stored_first) StoreOk(**store, One(ErbilReports()[0]));
    StoreOk(**store, One(MakeDoc("other-report", "2021-02-18", {c.event})));
    if (c.stored_first) StoreOk(**store, One(ErbilReports()[0]));
    std::vector<Incident> incidents = All(**store);
    ASSERT_EQ(incidents.size(), 1u);
    EXPECT_EQ(incidents[0].sources.size(), 2u);
  }
}

TEST_P(StoreTest, OneReportNeverFillsAnIncidentTwice) {
  auto store = Open();
  ASSERT_TRUE(store);
  // One report with rocket fire on two nearby sites the same day: two events.
  Event a = MakeEvent("a", "2021-02-15", MakePlace("Erbil", "IRQ", 36.19, 44.01));
  Event b = MakeEvent("b", "2021-02-15", MakePlace("Erbil airport", "IRQ", 36.24, 43.96));
  StoreOk(*store, One(MakeDoc("two-sites", "2021-02-16", {a, b})));
  EXPECT_EQ(All(*store).size(), 2u);
  // A second report of one of them joins one incident only.
  StoreOk(*store,
          One(MakeDoc("second", "2021-02-16",
                      {MakeEvent("c", "2021-02-15", MakePlace("Erbil", "IRQ", 36.19, 44.01))})));
  std::vector<Incident> incidents = All(*store);
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_EQ(incidents[0].sources.size() + incidents[1].sources.size(), 3u);
  ExpectConsistent(*store);
}

// A small corpus for the query filters.
std::vector<DocumentToStore> QueryCorpus() {
  std::vector<DocumentToStore> docs;
  Event kh = MakeEvent("q1", "2020-01-05", MakePlace("Baghdad", "IRQ", 33.31, 44.36));
  kh.actor1 = MakeActor("Kata'ib Hezbollah", "kataib_hezbollah", "IRQ", "REB");
  kh.actor2 = MakeActor("United States", "usa", "USA", "GOV");
  kh.fatalities = 2;
  docs.push_back(MakeDoc("kh-baghdad", "2020-01-06", {kh},
                         "Kataib Hezbollah fired rockets at the embassy in Baghdad."));

  Event front =
      MakeEvent("q2", "2021-04-14", MakePlace("Erbil", "IRQ", 36.19, 44.01), "ASSAULT", "drone");
  front.acled = AcledCategory{"Explosions/Remote violence", "Air/drone strike"};
  front.actor1 = MakeActor("Saraya Awliya al-Dam", "", "IRQ", "REB");
  front.claimed_by.push_back({MakeActor("Saraya Awliya al-Dam"), {}});
  Relation front_of;
  front_of.subject = MakeActor("Saraya Awliya al-Dam", "", "IRQ", "REB");
  front_of.relation = "front_of";
  front_of.object = MakeActor("Kata'ib Hezbollah", "kataib_hezbollah", "IRQ", "REB");
  docs.push_back(MakeDoc("drone-erbil", "2021-04-15", {front},
                         "A drone struck near Erbil airport; analysts call the claimant a front.",
                         {front_of}));

  Event old = MakeEvent("q3", "2022-03-01", MakePlace("Basra", "IRQ", 30.51, 47.78));
  old.actor1 = MakeActor("Old Brigade", "old_brigade", "IRQ", "REB");
  docs.push_back(MakeDoc("old-brigade-basra", "2022-03-02", {old}, "Rockets fell on Basra."));

  Event old_early = MakeEvent("q4", "2012-06-01", MakePlace("Basra", "IRQ", 30.51, 47.78));
  old_early.actor1 = MakeActor("Old Brigade", "old_brigade", "IRQ", "REB");
  docs.push_back(MakeDoc("old-brigade-2012", "2012-06-02", {old_early}, "Mortars hit Basra."));

  Event protest =
      MakeEvent("q5", "2022-09-19", MakePlace("Tehran", "IRN", 35.69, 51.39), "PROTEST", "demo");
  protest.acled = AcledCategory{"Protests", "Peaceful protest"};
  protest.actor1 = MakeActor("protesters", "", "IRN", "CVL");
  docs.push_back(MakeDoc("tehran-protest", "2022-09-20", {protest},
                         "Protesters marched in Tehran after the death in custody."));

  Event seizure = MakeEvent("q6", "2023-04-27", MakePlace("Gulf of Oman", "", 24.5, 58.5, "water"),
                            "COERCE", "seize");
  seizure.acled.reset();
  seizure.actor1 = MakeActor("Iranian navy", "", "IRN", "MIL");
  docs.push_back(MakeDoc("tanker-seized", "2023-04-28", {seizure},
                         "Iran's navy seized the tanker Advantage Sweet in the Gulf of Oman."));
  return docs;
}

constexpr const char* kTestKb = R"kb(
[irn]
name: Iran
kind: state
country: IRN

[kataib_hezbollah]
name: Kata'ib Hezbollah
alias: Kataib Hezbollah; KH
kind: armed_group
country: IRQ
sector: REB
relation: backed_by | irn_spy | 2003.. | 0.95 | test

[old_brigade]
name: Old Brigade
kind: armed_group
country: IRQ
sector: REB
relation: backed_by | irn_mil | 2010..2015 | 0.8 | backed only in 2010-2015

[usa]
name: United States
kind: state
country: USA
)kb";

std::set<std::string> FirstReports(const std::vector<Incident>& incidents) {
  std::set<std::string> docs;
  for (const Incident& incident : incidents) docs.insert(incident.event.doc);
  return docs;
}

TEST_P(StoreTest, QueryFilters) {
  auto store = Open();
  ASSERT_TRUE(store);
  StoreOk(*store, QueryCorpus());
  const KbSource source{"test.kb", kTestKb, KbSource::Format::kCasus};
  auto kb = KnowledgeBase::FromSources(std::span<const KbSource>(&source, 1));
  ASSERT_TRUE(kb.ok()) << kb.status().message();

  struct Case {
    const char* name;
    IncidentQuery query;
    std::set<std::string> expected;
  };
  std::vector<Case> cases;
  auto add = [&](const char* name, auto edit, std::set<std::string> expected) {
    IncidentQuery query;
    edit(query);
    cases.push_back({name, std::move(query), std::move(expected)});
  };
  const std::set<std::string> all = {"kh-baghdad",       "drone-erbil",    "old-brigade-basra",
                                     "old-brigade-2012", "tehran-protest", "tanker-seized"};
  add(
      "no filter", [](IncidentQuery&) {}, all);
  add("date range",
      [](IncidentQuery& q) {
        q.filter.from = Date::Parse("2021-01-01");
        q.filter.to = Date::Parse("2022-12-31");
      },
      {"drone-erbil", "old-brigade-basra", "tehran-protest"});
  add("country", [](IncidentQuery& q) { q.filter.countries = {"IRN"}; }, {"tehran-protest"});
  add("bounding box around Erbil and Baghdad",
      [](IncidentQuery& q) {
        q.filter.bbox = std::array<double, 4>{43.0, 33.0, 45.0, 37.0};
      },
      {"kh-baghdad", "drone-erbil"});
  add("within 50 km of Erbil",
      [](IncidentQuery& q) {
        q.filter.near = std::array<double, 3>{36.2, 44.0, 50};
      },
      {"drone-erbil"});
  add("PLOVER type",
      [](IncidentQuery& q) {
        q.filter.types = {"PROTEST", "COERCE"};
      },
      {"tehran-protest", "tanker-seized"});
  add("PLOVER mode", [](IncidentQuery& q) { q.filter.modes = {"drone"}; }, {"drone-erbil"});
  add("ACLED event type", [](IncidentQuery& q) { q.filter.acled = "protests"; },
      {"tehran-protest"});
  add("ACLED sub-event type", [](IncidentQuery& q) { q.filter.acled = "Air/drone strike"; },
      {"drone-erbil"});
  add("actor by id", [](IncidentQuery& q) { q.actors = {"usa"}; }, {"kh-baghdad"});
  add("actor by knowledge-base alias", [](IncidentQuery& q) { q.actors = {"Kataib Hezbollah"}; },
      {"kh-baghdad"});
  add("actor by name in documents", [](IncidentQuery& q) { q.actors = {"saraya awliya al-dam"}; },
      {"drone-erbil"});
  add("unknown actor", [](IncidentQuery& q) { q.actors = {"Nobody At All"}; }, {});
  add("claimed by", [](IncidentQuery& q) { q.claimants = {"Saraya Awliya al-Dam"}; },
      {"drone-erbil"});
  add("full text, all words", [](IncidentQuery& q) { q.filter.text = "tanker SEIZED"; },
      {"tanker-seized"});
  add("full text, no match", [](IncidentQuery& q) { q.filter.text = "tanker Baghdad"; }, {});
  // Iran's network: KH (backed by Iranian intelligence since 2003), its
  // front (a relation stated in a document), the Old Brigade only while the
  // knowledge base says Iran backed it (2010-2015), and Iranian state
  // organs (the navy, by country and sector).
  add("network of Iran", [](IncidentQuery& q) { q.network = "IRN"; },
      {"kh-baghdad", "drone-erbil", "old-brigade-2012", "tanker-seized"});
  add("network of a group", [](IncidentQuery& q) { q.network = "kataib_hezbollah"; },
      {"kh-baghdad", "drone-erbil"});
  add("network and dates",
      [](IncidentQuery& q) {
        q.network = "IRN";
        q.filter.from = Date::Parse("2021-01-01");
      },
      {"drone-erbil", "tanker-seized"});
  add("limit", [](IncidentQuery& q) { q.filter.limit = 2; }, {"old-brigade-2012", "kh-baghdad"});

  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    auto incidents = QueryIncidents(*store, &kb.value(), c.query);
    ASSERT_TRUE(incidents.ok()) << incidents.status().message();
    EXPECT_EQ(FirstReports(*incidents), c.expected);
  }
}

TEST_P(StoreTest, ResultsComeInDateOrder) {
  auto store = Open();
  ASSERT_TRUE(store);
  StoreOk(*store, QueryCorpus());
  std::vector<Incident> incidents = All(*store);
  ASSERT_EQ(incidents.size(), 6u);
  for (size_t i = 1; i < incidents.size(); ++i) {
    EXPECT_LE(*incidents[i - 1].event.date, *incidents[i].event.date);
  }
}

TEST_P(StoreTest, RelationsAndActorsForTheGraph) {
  auto store = Open();
  ASSERT_TRUE(store);
  StoreOk(*store, QueryCorpus());
  auto relations = store->Relations();
  ASSERT_TRUE(relations.ok());
  ASSERT_EQ(relations->size(), 1u);
  EXPECT_EQ((*relations)[0].relation.relation, "front_of");
  EXPECT_EQ((*relations)[0].relation.doc, "drone-erbil");
  EXPECT_EQ((*relations)[0].published, Date::Parse("2021-04-15"));
  auto interactions = store->Interactions();
  ASSERT_TRUE(interactions.ok());
  ASSERT_EQ(interactions->size(), 1u);
  EXPECT_EQ((*interactions)[0].from_key, "kataib_hezbollah");
  EXPECT_EQ((*interactions)[0].to_key, "usa");
  auto actors = store->Actors();
  ASSERT_TRUE(actors.ok());
  EXPECT_GE(actors->size(), 5u);
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         testing::EngineName);

TEST(ContentHashTest, EveryFieldCounts) {
  Document base;
  base.id = "a";
  base.text = "text";
  base.date = Date::Parse("2024-01-01");
  const std::string hash = ContentHash(base);
  EXPECT_EQ(hash.size(), 16u);
  EXPECT_EQ(hash, ContentHash(base));
  Document changed = base;
  changed.text = "text.";
  EXPECT_NE(ContentHash(changed), hash);
  changed = base;
  changed.title = "t";
  EXPECT_NE(ContentHash(changed), hash);
  changed = base;
  changed.date = Date::Parse("2024-01-02");
  EXPECT_NE(ContentHash(changed), hash);
  // Field boundaries matter: "ab" + "" differs from "a" + "b".
  Document x, y;
  x.id = "ab";
  y.id = "a";
  y.title = "b";
  EXPECT_NE(ContentHash(x), ContentHash(y));
}

}  // namespace
}  // namespace casus
