// The store's query paths on both engines: the network query (actors
// first, records only for the incidents covered) against a check of every
// whole record, the ways the filter SQL reaches its incidents, records by
// key, the schema 3 indexes, and statements stopped by a time limit.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <set>

#include "kb/knowledge_base.h"
#include "store/actor_network.h"
#include "store/incident_filter_sql.h"
#include "store/incident_query.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace casus {
namespace {

using testing::MakeActor;
using testing::MakeDoc;
using testing::MakeEvent;
using testing::MakePlace;
using testing::StoreTest;

constexpr const char* kNetworkKb = R"kb(
[irn]
name: Iran
kind: state
country: IRN

[irn_mil]
name: Iranian armed forces
kind: military
country: IRN
sector: MIL

[group_a]
name: Group A
kind: armed_group
country: IRQ
sector: REB
relation: backed_by | irn_mil | 2012..2014 | 0.9 | test

[group_b]
name: Group B
kind: armed_group
country: SYR
sector: REB
relation: backed_by | group_a | 2011.. | 0.9 | test

[group_c]
name: Group C
kind: armed_group
country: YEM
sector: REB
)kb";

// Sixty reports over 2010-2016 by groups inside and outside Iran's network
// (some only on some dates), Iranian state forces, unnamed gunmen, claims,
// sponsors and a front stated in a report.
std::vector<DocumentToStore> NetworkCorpus() {
  std::mt19937 random(11);
  const char* groups[][3] = {{"Group A", "group_a", "IRQ"},
                             {"Group B", "group_b", "SYR"},
                             {"Group C", "group_c", "YEM"},
                             {"Front of C", "", "YEM"}};
  std::vector<DocumentToStore> docs;
  for (int i = 0; i < 60; ++i) {
    const Date date = Date::Parse("2010-01-01")->AddDays(i * 41);
    const std::string day = date.ToString();
    Event e = MakeEvent(
        "n" + std::to_string(i), day,
        MakePlace("Town" + std::to_string(i % 7), i % 2 ? "IRQ" : "SYR", 30 + i % 7, 40 + i % 5));
    switch (random() % 5) {
      case 0:
        e.actor1 = MakeActor("Iranian forces", "", "IRN", "MIL");
        break;
      case 1:
        e.actor1 = MakeActor("gunmen");
        e.sponsors = {"IRN"};
        break;
      default: {
        const auto& g = groups[random() % 4];
        e.actor1 = MakeActor(g[0], g[1], g[2], "REB");
        if (random() % 3 == 0) e.claimed_by.push_back({*e.actor1, {}});
      }
    }
    std::vector<Relation> relations;
    if (i == 30) {
      Relation front_of;
      front_of.subject = MakeActor("Front of C", "", "YEM", "REB");
      front_of.relation = "front_of";
      front_of.object = MakeActor("Group B", "group_b", "SYR", "REB");
      relations.push_back(front_of);
    }
    docs.push_back(MakeDoc("net-" + std::to_string(i), day, {e}, "", relations));
  }
  return docs;
}

std::vector<std::string> Ids(const std::vector<Incident>& incidents) {
  std::vector<std::string> ids;
  for (const Incident& incident : incidents) ids.push_back(incident.event.id);
  return ids;
}

class StoreQueryTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    store_ = Open();
    ASSERT_TRUE(store_);
    auto stored = store_->StoreBatch(NetworkCorpus());
    ASSERT_TRUE(stored.ok()) << stored.status().message();
    ASSERT_TRUE(stored->failed.empty());
    const KbSource source{"network.kb", kNetworkKb, KbSource::Format::kCasus};
    auto kb = KnowledgeBase::FromSources(std::span<const KbSource>(&source, 1));
    ASSERT_TRUE(kb.ok()) << kb.status().message();
    kb_.emplace(std::move(kb.value()));
  }

  // Every incident matching the filter, decided on its whole record.
  std::vector<std::string> CoveredByWholeRecords(const std::string& root, IncidentFilter filter) {
    auto relations = store_->Relations();
    EXPECT_TRUE(relations.ok());
    const ActorNetwork network(&*kb_, *relations);
    const ActorSpec spec = network.Resolve(root);
    const size_t limit = filter.limit;
    filter.limit = 0;
    auto all = store_->FindIncidents(filter);
    EXPECT_TRUE(all.ok());
    std::vector<Incident> covered;
    for (Incident& incident : *all) {
      if (limit > 0 && covered.size() == limit) break;
      if (network.Covers(spec, incident)) covered.push_back(std::move(incident));
    }
    return Ids(covered);
  }

  std::unique_ptr<Store> store_;
  std::optional<KnowledgeBase> kb_;
};

TEST_P(StoreQueryTest, NetworkQueriesAgreeWithWholeRecords) {
  struct Case {
    const char* name;
    std::string root;
    IncidentFilter filter;
  };
  std::vector<Case> cases;
  auto add = [&](const char* name, std::string root, auto edit) {
    IncidentFilter filter;
    edit(filter);
    cases.push_back({name, std::move(root), std::move(filter)});
  };
  // Without a date window the actors' incidents are collected first (one
  // index range per alternative), with one from the ranges' part in the
  // window; with a country or a place each incident's actors are probed.
  add("a state, all dates", "IRN", [](IncidentFilter&) {});
  add("a group, all dates", "group_a", [](IncidentFilter&) {});
  add("a state, one year", "IRN", [](IncidentFilter& f) {
    f.from = Date::Parse("2013-01-01");
    f.to = Date::Parse("2013-12-31");
  });
  add("a state, five years", "IRN", [](IncidentFilter& f) {
    f.from = Date::Parse("2011-01-01");
    f.to = Date::Parse("2015-12-31");
  });
  add("a group, from a date", "group_a",
      [](IncidentFilter& f) { f.from = Date::Parse("2013-06-01"); });
  add("a state, up to a date, one country", "IRN", [](IncidentFilter& f) {
    f.to = Date::Parse("2013-06-30");
    f.countries = {"IRQ"};
  });
  add("a state, one country", "IRN", [](IncidentFilter& f) { f.countries = {"SYR"}; });
  add("a state, a box", "IRN", [](IncidentFilter& f) {
    f.bbox = std::array<double, 4>{39, 29, 46, 37};
  });
  add("a group, a radius", "group_b", [](IncidentFilter& f) {
    f.near = std::array<double, 3>{33, 42, 300};
  });
  add("a state, limited", "IRN", [](IncidentFilter& f) { f.limit = 3; });
  add("nobody's network", "nobody at all", [](IncidentFilter&) {});

  size_t nonempty = 0;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::vector<std::string> expected = CoveredByWholeRecords(c.root, c.filter);
    IncidentQuery query;
    query.filter = c.filter;
    query.network = c.root;
    auto found = QueryIncidents(*store_, &*kb_, query);
    ASSERT_TRUE(found.ok()) << found.status().message();
    EXPECT_EQ(Ids(*found), expected);
    if (!expected.empty()) ++nonempty;
  }
  // The corpus exercises the paths: most cases find something.
  EXPECT_GE(nonempty, cases.size() - 2);
}

TEST_P(StoreQueryTest, IncidentActorsAreTheDecidingOnes) {
  auto all = store_->FindIncidents({});
  ASSERT_TRUE(all.ok());
  auto actors = store_->FindIncidentActors({});
  ASSERT_TRUE(actors.ok()) << actors.status().message();
  // Every incident has a perpetrator here, in the same order.
  ASSERT_EQ(actors->size(), all->size());
  for (size_t i = 0; i < all->size(); ++i) {
    const Incident& whole = (*all)[i];
    const Incident& light = (*actors)[i];
    EXPECT_EQ(light.key, whole.key);
    EXPECT_EQ(light.event.date, whole.event.date);
    EXPECT_EQ(light.perpetrators.size(), whole.perpetrators.size());
    EXPECT_EQ(light.event.claimed_by.size(), whole.event.claimed_by.size());
    EXPECT_EQ(std::set<std::string>(light.event.sponsors.begin(), light.event.sponsors.end()),
              std::set<std::string>(whole.event.sponsors.begin(), whole.event.sponsors.end()));
  }
}

TEST_P(StoreQueryTest, RecordsByKeyKeepTheOrderGiven) {
  auto all = store_->FindIncidents({});
  ASSERT_TRUE(all.ok());
  ASSERT_GE(all->size(), 3u);
  const std::vector<int64_t> keys = {(*all)[2].key, 999999, (*all)[0].key, (*all)[1].key};
  auto found = store_->IncidentsByKey(keys);
  ASSERT_TRUE(found.ok()) << found.status().message();
  ASSERT_EQ(found->size(), 3u);  // no incident 999999
  EXPECT_EQ((*found)[0].key, (*all)[2].key);
  EXPECT_EQ((*found)[1].key, (*all)[0].key);
  EXPECT_EQ((*found)[2].key, (*all)[1].key);
  EXPECT_EQ(Ids(*found)[0], (*all)[2].event.id);
}

TEST_P(StoreQueryTest, MigrationToVersionThreeKeepsAnswers) {
  // A store written at version 2, then opened by this casus.
  testing::StoreLocation old_where(GetParam());
  ASSERT_FALSE(old_where.location().empty());
  StoreOptions v2;
  v2.schema_version = 2;
  std::vector<std::string> before;
  {
    auto old = Store::Open(old_where.location(), v2);
    ASSERT_TRUE(old.ok()) << old.status().message();
    EXPECT_EQ((*old)->schema_version(), 2);
    ASSERT_TRUE((*old)->StoreBatch(NetworkCorpus()).ok());
    IncidentFilter filter;
    filter.from = Date::Parse("2012-01-01");
    filter.types = {"ASSAULT"};
    auto found = (*old)->FindIncidents(filter);
    ASSERT_TRUE(found.ok()) << found.status().message();
    before = Ids(*found);
  }
  auto store = Store::Open(old_where.location());
  ASSERT_TRUE(store.ok()) << store.status().message();
  EXPECT_EQ((*store)->schema_version(), kLatestSchemaVersion);
  IncidentFilter filter;
  filter.from = Date::Parse("2012-01-01");
  filter.types = {"ASSAULT"};
  auto found = (*store)->FindIncidents(filter);
  ASSERT_TRUE(found.ok()) << found.status().message();
  EXPECT_EQ(Ids(*found), before);
  EXPECT_FALSE(before.empty());
  auto problems = (*store)->CheckConsistency();
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty());
}

TEST_P(StoreQueryTest, MigrationToVersionFourDatesTheActors) {
  // A store written at version 3, then opened by this casus: every actor
  // row takes its incident's date, and network queries in date windows
  // (answered from the new indexes) find what they found before.
  testing::StoreLocation old_where(GetParam());
  ASSERT_FALSE(old_where.location().empty());
  StoreOptions v3;
  v3.schema_version = 3;
  auto network_ids = [&](Store& store) {
    std::vector<std::vector<std::string>> ids;
    for (const char* root : {"IRN", "group_a", "group_b"}) {
      IncidentQuery query;
      query.network = root;
      query.filter.from = Date::Parse("2012-01-01");
      query.filter.to = Date::Parse("2014-12-31");
      auto found = QueryIncidents(store, &*kb_, query);
      EXPECT_TRUE(found.ok()) << found.status().message();
      if (found.ok()) ids.push_back(Ids(*found));
    }
    return ids;
  };
  std::vector<std::vector<std::string>> before;
  {
    auto old = Store::Open(old_where.location(), v3);
    ASSERT_TRUE(old.ok()) << old.status().message();
    EXPECT_EQ((*old)->schema_version(), 3);
    ASSERT_TRUE((*old)->StoreBatch(NetworkCorpus()).ok());
    before = network_ids(**old);
    auto problems = (*old)->CheckConsistency();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->empty());
  }
  auto store = Store::Open(old_where.location());
  ASSERT_TRUE(store.ok()) << store.status().message();
  EXPECT_EQ((*store)->schema_version(), kLatestSchemaVersion);
  EXPECT_EQ(network_ids(**store), before);
  size_t found = 0;
  for (const auto& ids : before) found += ids.size();
  EXPECT_GT(found, 0u);
  auto db = old_where.Connect();
  ASSERT_TRUE(db.ok());
  auto undated = (*db)->QueryInt("SELECT count(*) FROM incident_actors WHERE date_days IS NULL");
  ASSERT_TRUE(undated.ok()) << undated.status().message();
  EXPECT_EQ(*undated, 0);  // every incident of the corpus has a date
  auto problems = (*store)->CheckConsistency();
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty()) << (problems->empty() ? "" : problems->front());
  // Incidents that change date as reports join keep their actors' dates.
  std::vector<DocumentToStore> later;
  for (int i = 0; i < 6; ++i) {
    Event e = MakeEvent("late" + std::to_string(i), i % 2 ? "2012-05-02" : "2012-05-01",
                        MakePlace("Town", "IRQ", 33, 44));
    e.actor1 = MakeActor("Group A", "group_a", "IRQ", "REB");
    later.push_back(MakeDoc("late-" + std::to_string(i), "2012-05-03", {e}));
  }
  ASSERT_TRUE((*store)->StoreBatch(later).ok());
  problems = (*store)->CheckConsistency();
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty()) << (problems->empty() ? "" : problems->front());
}

TEST_P(StoreQueryTest, ActorDatesStayTheirIncidentsDates) {
  // The consistency check sees an actor row whose date differs.
  auto db = where().Connect();
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE((*db)
                  ->ExecuteScript("UPDATE incident_actors SET date_days = date_days + 1 WHERE "
                                  "incident_key = (SELECT min(incident_key) FROM incidents)")
                  .ok());
  auto problems = store_->CheckConsistency();
  ASSERT_TRUE(problems.ok());
  ASSERT_EQ(problems->size(), 1u);
  EXPECT_NE(problems->front().find("incident actors whose date differs"), std::string::npos)
      << problems->front();
}

// SQLite's plans for the filter kinds the indexes of version 3 exist for:
// each is answered from one index without reading the incidents' rows.
TEST_P(StoreQueryTest, FiltersUseTheirIndexes) {
  if (GetParam() != "sqlite") GTEST_SKIP() << "query plans are SQLite's";
  auto db = where().Connect();
  ASSERT_TRUE(db.ok());
  struct Case {
    const char* name;
    IncidentFilter filter;
    std::string select;  // columns
    std::string index;   // the plan names it as a covering index
  };
  IncidentFilter type_mode;
  type_mode.types = {"ASSAULT"};
  type_mode.modes = {"drone"};
  type_mode.from = Date::Parse("2012-01-01");
  type_mode.to = Date::Parse("2012-03-31");
  IncidentFilter country_type;
  country_type.countries = {"IRQ"};
  country_type.types = {"ASSAULT"};
  IncidentFilter country_year;
  country_year.countries = {"IRQ"};
  country_year.from = Date::Parse("2012-01-01");
  country_year.to = Date::Parse("2012-12-31");
  IncidentFilter dates;
  dates.from = Date::Parse("2012-01-01");
  dates.to = Date::Parse("2012-03-31");
  IncidentFilter actor;
  actor.actor_keys = {"group_a"};
  IncidentFilter words;
  words.text = "evidence report";
  const std::vector<Case> cases = {
      {"type, mode and dates", type_mode, "i.incident_key", "incidents_type_mode"},
      {"country and type, weekly counts", country_type, "i.date_days, count(*)",
       "incidents_country_type"},
      {"country and year, map points", country_year,
       "i.incident_key, i.lat, i.lon, i.type, i.fatalities, i.date_days",
       "incidents_country_cover"},
      {"dates, the columns a scan reads", dates,
       "i.incident_key, i.date_days, i.lat, i.lon, i.country, i.type, i.fatalities",
       "incidents_date_cover"},
      {"an actor's incidents by date", actor, "i.incident_key, i.date_days", "incidents_lookup"},
      {"words' incidents", words, "i.incident_key, i.date_days", "incidents_lookup"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const IncidentConditions where = IncidentFilterSql(c.filter, SqlDialect::kSqlite);
    std::string sql = "EXPLAIN QUERY PLAN SELECT " + c.select + " FROM " +
                      where.From(SqlDialect::kSqlite, kLatestSchemaVersion) + " WHERE 1 = 1" +
                      where.sql;
    if (c.select.find("count") != std::string::npos) sql += " GROUP BY i.date_days";
    auto plan = (*db)->Query(sql, where.params);
    ASSERT_TRUE(plan.ok()) << plan.status().message();
    std::string text;
    for (const SqlRow& row : *plan) text += row.Text(3) + "\n";
    EXPECT_NE(text.find("COVERING INDEX " + c.index), std::string::npos) << text;
  }
  // Version 4: a network's incidents in a date window come from the dated
  // actor indexes; words checked per incident read the events' (incident,
  // document) index.
  {
    IncidentFilter network;
    network.perpetrator_keys = {"group_a"};
    network.perpetrator_countries = {"IRN"};
    network.sponsor_codes = {"IRN"};
    network.from = Date::Parse("2012-01-01");
    network.to = Date::Parse("2012-03-31");
    const IncidentConditions where = IncidentFilterSql(network, SqlDialect::kSqlite);
    auto plan = (*db)->Query("EXPLAIN QUERY PLAN SELECT i.incident_key FROM " +
                                 where.From(SqlDialect::kSqlite, kLatestSchemaVersion) +
                                 " WHERE 1 = 1" + where.sql,
                             where.params);
    ASSERT_TRUE(plan.ok()) << plan.status().message();
    std::string text;
    for (const SqlRow& row : *plan) text += row.Text(3) + "\n";
    EXPECT_NE(text.find("incident_actors_date (actor_key=? AND role=? AND date_days>? AND "
                        "date_days<?)"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("incident_actors_country_date (country=? AND role=? AND date_days>? "
                        "AND date_days<?)"),
              std::string::npos)
        << text;
    std::vector<SqlValue> params = {SqlText("\"evidence\"")};
    plan = (*db)->Query("EXPLAIN QUERY PLAN SELECT i.incident_key FROM incidents i WHERE 1 = 1" +
                            TextConditionPerIncident(SqlDialect::kSqlite),
                        params);
    ASSERT_TRUE(plan.ok()) << plan.status().message();
    text.clear();
    for (const SqlRow& row : *plan) text += row.Text(3) + "\n";
    EXPECT_NE(text.find("COVERING INDEX events_incident_doc (incident_key=?)"), std::string::npos)
        << text;
  }
  // Counts per perpetrator (the server's summaries) and the list of
  // actors from one actor index.
  auto plan = (*db)->Query(
      "EXPLAIN QUERY PLAN SELECT actor_key, max(name), count(*) FROM incident_actors "
      "WHERE role = 'actor1' GROUP BY actor_key",
      {});
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  std::string text;
  for (const SqlRow& row : *plan) text += row.Text(3) + "\n";
  EXPECT_NE(text.find("COVERING INDEX incident_actors_names"), std::string::npos) << text;
}

TEST_P(StoreQueryTest, StatementsStopAtTheirDeadline) {
  auto db = where().Connect();
  ASSERT_TRUE(db.ok());
  // Counts without end: only a time limit stops it.
  const std::string endless =
      "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
      "SELECT count(*) FROM n WHERE x < 0";
  if (GetParam() == "postgresql") {
    // PostgreSQL's limit is statement_timeout (the server sets it per
    // session); its expiry reads as the time limit.
    ASSERT_TRUE((*db)->ExecuteScript("SET statement_timeout = 200").ok());
  }
  const auto start = std::chrono::steady_clock::now();
  (*db)->SetDeadline(start + std::chrono::milliseconds(200));
  auto stopped = (*db)->Query(endless, {});
  const auto took = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(stopped.ok());
  EXPECT_EQ(stopped.status().code(), Status::Code::kTooLarge) << stopped.status().message();
  EXPECT_NE(stopped.status().message().find("ran out of time"), std::string::npos);
  EXPECT_LT(took, std::chrono::seconds(30));
  // Once the deadline passed, nothing more starts.
  auto later = (*db)->QueryInt("SELECT 1");
  ASSERT_FALSE(later.ok());
  EXPECT_EQ(later.status().code(), Status::Code::kTooLarge);
  // Without a deadline the connection works as before.
  (*db)->SetDeadline(std::nullopt);
  auto one = (*db)->QueryInt("SELECT count(*) FROM incidents");
  ASSERT_TRUE(one.ok()) << one.status().message();
  EXPECT_GT(*one, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreQueryTest, ::testing::Values("sqlite", "postgresql"),
                         testing::EngineName);

}  // namespace
}  // namespace casus
