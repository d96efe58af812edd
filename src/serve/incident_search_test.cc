// IncidentSearch's pages on both engines against `casus query`'s search
// (QueryIncidents): for filters of every kind — actors, words alone and with
// other conditions, places, networks in date windows — in both orders and
// at several offsets, with the count cap and the full-text threshold set so
// low that every way of finding a page is taken (counted sets, the date
// index read from its newest end, words checked per incident). Pages must be
// the same incidents in the same order; totals exact up to the cap and
// flagged beyond it.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "kb/knowledge_base.h"
#include "serve/incident_search.h"
#include "serve/recent_incidents.h"
#include "store/incident_filter_sql.h"
#include "store/incident_query.h"
#include "store/store_test_util.h"

namespace casus {
namespace {

using testing::MakeActor;
using testing::MakeDoc;
using testing::MakeEvent;
using testing::MakePlace;

constexpr const char* kKb = R"kb(
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
relation: backed_by | irn_mil | 2012..2013 | 0.9 | test
)kb";

// Ninety reports from 2012 to 2014: every fifth repeats the one before (the
// two are fused into one incident), some are undated or unplaced; words
// 'alpha' (every second report), 'beta' (every third), 'gamma' (every
// seventh), 'delta' (five of the first forty).
std::vector<DocumentToStore> Corpus() {
  std::vector<DocumentToStore> docs;
  std::optional<Event> previous;
  for (int i = 0; i < 90; ++i) {
    const std::string day = Date::Parse("2012-01-01")->AddDays(i * 11).ToString();
    std::optional<Location> place;
    if (i % 3 == 0) place = MakePlace("Baghdad", "IRQ", 33.3, 44.4);
    if (i % 3 == 1) place = MakePlace("Aleppo", "SYR", 36.2, 37.1);
    Event e = MakeEvent("s" + std::to_string(i), i % 13 == 5 ? "" : day, place);
    switch (i % 4) {
      case 0:
        e.actor1 = MakeActor("Group A", "group_a", "IRQ", "REB");
        break;
      case 1:
        e.actor1 = MakeActor("Iranian forces", "", "IRN", "MIL");
        break;
      case 2:
        e.actor1 = MakeActor("gunmen");
        e.sponsors = {"IRN"};
        break;
      default:
        e.actor1 = MakeActor("Group C", "group_c", "YEM", "REB");
    }
    if (i % 5 == 4 && previous) {
      e = *previous;
      e.id = "s" + std::to_string(i);
    }
    previous = e;
    std::string text = "Evidence 1 of report " + std::to_string(i) + ".";
    if (i % 2 == 0) text += " The alpha report.";
    if (i % 3 == 0) text += " Beta says so.";
    if (i % 7 == 0) text += " Gamma too.";
    if (i < 40 && i % 8 == 1) text += " Delta, early on.";
    docs.push_back(MakeDoc("search-" + std::to_string(i), day, {e}, text));
  }
  return docs;
}

class IncidentSearchTest : public testing::StoreTest {
 protected:
  // The reports, in the order they are stored.
  virtual std::vector<DocumentToStore> Documents() { return Corpus(); }

  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    store_ = Open();
    ASSERT_TRUE(store_);
    auto stored = store_->StoreBatch(Documents());
    ASSERT_TRUE(stored.ok()) << stored.status().message();
    ASSERT_TRUE(stored->failed.empty());
    const KbSource source{"search.kb", kKb, KbSource::Format::kCasus};
    auto kb = KnowledgeBase::FromSources(std::span<const KbSource>(&source, 1));
    ASSERT_TRUE(kb.ok()) << kb.status().message();
    kb_.emplace(std::move(kb.value()));
    auto relations = store_->RelationKeys();
    ASSERT_TRUE(relations.ok());
    network_.emplace(&*kb_, *relations);
    auto db = where().Connect();
    ASSERT_TRUE(db.ok()) << db.status().message();
    db_ = std::move(db.value());
  }

  // Every match of `query`, newest first (undated last) or oldest first,
  // from `casus query`'s search.
  std::vector<int64_t> Expected(const IncidentQuery& query, bool newest_first) {
    auto found = QueryIncidents(*store_, &*kb_, query);
    EXPECT_TRUE(found.ok()) << found.status().message();
    if (!found.ok()) return {};
    // QueryIncidents gives oldest first, undated last.
    std::vector<int64_t> dated, undated;
    for (const Incident& incident : *found) {
      (incident.event.date ? dated : undated).push_back(incident.key);
    }
    if (newest_first) {
      std::reverse(dated.begin(), dated.end());
      std::reverse(undated.begin(), undated.end());
    }
    dated.insert(dated.end(), undated.begin(), undated.end());
    return dated;
  }

  // The newest incidents of the store, for searches of words (SQLite).
  std::shared_ptr<const RecentIncidents> Recent(const RecentIncidents::Options& options) {
    auto recent = RecentIncidents::Load(*db_, options);
    EXPECT_TRUE(recent.ok()) << recent.status().message();
    if (!recent.ok()) return nullptr;
    return std::make_shared<const RecentIncidents>(std::move(recent.value()));
  }

  // Pages of filters of every kind, with every tuning, against Expected().
  void CheckEveryWay();

  std::unique_ptr<Store> store_;
  std::optional<KnowledgeBase> kb_;
  std::optional<ActorNetwork> network_;
  std::unique_ptr<SqlConnection> db_;
};

void IncidentSearchTest::CheckEveryWay() {
  struct Case {
    const char* name;
    IncidentQuery query;
  };
  std::vector<Case> cases;
  auto add = [&](const char* name, auto edit) {
    IncidentQuery query;
    edit(query);
    cases.push_back({name, std::move(query)});
  };
  add("everything", [](IncidentQuery&) {});
  add("an actor", [](IncidentQuery& q) { q.actors = {"Group A"}; });
  add("two actors in a date window, one country", [](IncidentQuery& q) {
    q.actors = {"Group A", "Group C"};
    q.filter.from = Date::Parse("2012-03-01");
    q.filter.to = Date::Parse("2013-10-31");
    q.filter.countries = {"IRQ", "SYR"};
  });
  add("one word", [](IncidentQuery& q) { q.filter.text = "alpha"; });
  add("two words", [](IncidentQuery& q) { q.filter.text = "alpha beta"; });
  add("a word in a date window", [](IncidentQuery& q) {
    q.filter.text = "alpha";
    q.filter.from = Date::Parse("2012-06-01");
    q.filter.to = Date::Parse("2013-06-30");
  });
  add("a word in a country", [](IncidentQuery& q) {
    q.filter.text = "beta";
    q.filter.countries = {"IRQ"};
  });
  add("a word and an actor", [](IncidentQuery& q) {
    q.filter.text = "alpha";
    q.actors = {"Group A"};
  });
  add("a word and a type", [](IncidentQuery& q) {
    q.filter.text = "gamma";
    q.filter.types = {"ASSAULT"};
  });
  add("no such word", [](IncidentQuery& q) { q.filter.text = "nowhere"; });
  add("a word of early reports", [](IncidentQuery& q) { q.filter.text = "delta"; });
  add("a box", [](IncidentQuery& q) { q.filter.bbox = std::array<double, 4>{44, 33, 45, 34}; });
  // Places on an edge are in; just beyond it (closer than the R*Tree's
  // 32-bit floats tell apart) they are out.
  add("a box with a place on its corner", [](IncidentQuery& q) {
    q.filter.bbox = std::array<double, 4>{44.4, 33.3, 45, 34};
  });
  add("a box just short of a place", [](IncidentQuery& q) {
    q.filter.bbox = std::array<double, 4>{44.4000001, 33, 45, 34};
  });
  add("a box with a place on its far corner", [](IncidentQuery& q) {
    q.filter.bbox = std::array<double, 4>{30, 20, 37.1, 36.2};
  });
  add("a box and dates", [](IncidentQuery& q) {
    q.filter.bbox = std::array<double, 4>{37, 36, 38, 37};
    q.filter.from = Date::Parse("2013-01-01");
  });
  add("a network in a window", [](IncidentQuery& q) {
    q.network = "IRN";
    q.filter.from = Date::Parse("2012-06-01");
    q.filter.to = Date::Parse("2013-12-31");
  });
  add("a network from a date", [](IncidentQuery& q) {
    q.network = "group_a";
    q.filter.from = Date::Parse("2013-01-01");
  });
  add("a network up to a date, in a country", [](IncidentQuery& q) {
    q.network = "IRN";
    q.filter.to = Date::Parse("2013-06-30");
    q.filter.countries = {"SYR"};
  });

  const SearchTuning tunings[] = {
      {},                                     // as served
      {.count_cap = 3, .few_reports = 0},     // dense pages, words per incident
      {.count_cap = 3, .few_reports = 2000},  // dense pages, words as a set
      {.count_cap = 1000, .few_reports = 0},  // exact counts, words per incident
      {.count_cap = 0, .few_reports = 1},     // nothing counted
      // Dense pages of words whose matches lie beyond the newest reports.
      {.count_cap = 3, .few_reports = 0, .recent_incidents = 0},
      // Few matching reports read at once from the newest.
      {.count_cap = 3, .few_reports = 0, .recent_incidents = 1000, .report_batch = 1},
      {.count_cap = 20, .few_reports = 0, .recent_incidents = 1000, .report_batch = 1},
  };
  // Words alone, newest first, from the newest matching reports (SQLite):
  // with every incident and report held, and with so few that matching
  // reports are looked up in the store and most pages are left to the
  // date index.
  std::vector<std::shared_ptr<const RecentIncidents>> recents = {nullptr};
  if (db_->dialect() == SqlDialect::kSqlite) {
    recents.push_back(Recent({}));
    recents.push_back(Recent({.incidents = 12, .reports = 9, .events = 7}));
    recents.push_back(Recent({.incidents = 30, .reported = 8, .reports = 20, .events = 20}));
    recents.push_back(Recent({.incidents = 1, .reports = 1, .events = 1}));
    recents.push_back(Recent({.incidents = 0, .reports = 0, .events = 0}));
  }
  const Deadline deadline(std::chrono::minutes(5));
  size_t capped = 0, nonempty = 0;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    for (const bool newest : {true, false}) {
      SCOPED_TRACE(newest ? "newest first" : "oldest first");
      const std::vector<int64_t> all = Expected(c.query, newest);
      if (!all.empty()) ++nonempty;
      for (size_t way = 0; way < std::size(tunings) * recents.size(); ++way) {
        const SearchTuning& tuning = tunings[way / recents.size()];
        const std::shared_ptr<const RecentIncidents> recent = recents[way % recents.size()];
        SCOPED_TRACE("cap " + std::to_string(tuning.count_cap) + ", few reports " +
                     std::to_string(tuning.few_reports) + ", recent incidents " +
                     (recent ? std::to_string(recent->size()) : std::string("none")));
        RecentIncidentsSource source;
        if (recent) source = [recent] { return recent; };
        IncidentSearch search(*db_, *network_, deadline, tuning, source);
        for (const size_t offset : {0, 2, 7}) {
          for (const size_t limit : {3, 500}) {
            auto page = search.Page(c.query, offset, limit, newest);
            ASSERT_TRUE(page.ok()) << page.status().message();
            const size_t begin = std::min(offset, all.size());
            const std::vector<int64_t> expected(all.begin() + begin,
                                                all.begin() + std::min(all.size(), begin + limit));
            EXPECT_EQ(page->keys, expected) << "offset " << offset << ", limit " << limit;
            EXPECT_EQ(page->records.size(), page->keys.size());
            const auto n = static_cast<int64_t>(all.size());
            if (c.query.network.empty()) {
              EXPECT_EQ(page->total, std::min(n, tuning.count_cap));
              EXPECT_EQ(page->total_exact, n <= tuning.count_cap);
              if (!page->total_exact) ++capped;
            } else {
              // Networks are decided incident by incident and counted whole.
              EXPECT_EQ(page->total, n);
              EXPECT_TRUE(page->total_exact);
            }
          }
        }
      }
    }
  }
  EXPECT_GE(nonempty, 2 * (cases.size() - 2))
      << "only 'no such word' and the box short of a place may find nothing";
  EXPECT_GT(capped, 0u);
}

TEST_P(IncidentSearchTest, PagesAreCasusQueryPagesOnEveryWay) { CheckEveryWay(); }

TEST_P(IncidentSearchTest, TotalsAreExactUpToTheCap) {
  const Deadline deadline(std::chrono::minutes(5));
  IncidentQuery query;
  query.filter.text = "alpha";
  const auto n = static_cast<int64_t>(Expected(query, true).size());
  ASSERT_GT(n, 5);
  for (const int64_t cap : {n - 1, n, n + 1}) {
    IncidentSearch search(*db_, *network_, deadline, {.count_cap = cap, .few_reports = 0});
    auto page = search.Page(query, 0, 0, true);
    ASSERT_TRUE(page.ok()) << page.status().message();
    EXPECT_EQ(page->total, std::min(n, cap));
    EXPECT_EQ(page->total_exact, n <= cap) << "cap " << cap;
  }
}

TEST_P(IncidentSearchTest, NewestMatchingReportsDecideNewestPages) {
  if (db_->dialect() != SqlDialect::kSqlite) GTEST_SKIP() << "RecentIncidents serves SQLite";
  // Reports stored in date order: the newest matching reports hold the
  // newest matching incidents, so every page is decided from them.
  const auto recent = Recent({});
  ASSERT_TRUE(recent);
  const Deadline deadline(std::chrono::minutes(5));
  for (const char* words : {"alpha", "alpha beta", "gamma", "delta", "nowhere"}) {
    SCOPED_TRACE(words);
    IncidentQuery query;
    query.filter.text = words;
    const std::vector<int64_t> all = Expected(query, true);
    const auto n = static_cast<int64_t>(all.size());
    for (const int64_t cap : {int64_t{3}, int64_t{1000}}) {
      for (const size_t offset : {0, 2}) {
        for (const size_t limit : {3, 500}) {
          for (const size_t min_batch : {1, 64}) {
            auto matches = PageOfRecentMatches(
                *db_, *recent, TextQuery(words, SqlDialect::kSqlite),
                {.cap = cap, .offset = offset, .limit = limit, .min_batch = min_batch}, deadline);
            ASSERT_TRUE(matches.ok()) << matches.status().message();
            EXPECT_EQ(matches->count, std::min(n, cap + 1));
            ASSERT_TRUE(matches->page.has_value())
                << "cap " << cap << ", offset " << offset << ", limit " << limit;
            const size_t begin = std::min<size_t>(offset, all.size());
            EXPECT_EQ(*matches->page,
                      std::vector<int64_t>(all.begin() + begin,
                                           all.begin() + std::min(all.size(), begin + limit)));
          }
        }
      }
    }
  }
}

// The newest reports stored first: the newest incidents have the lowest
// report keys and older incidents higher ones, so the newest matching
// reports are not those of the newest matching incidents.
class LateReportsSearchTest : public IncidentSearchTest {
 protected:
  std::vector<DocumentToStore> Documents() override {
    std::vector<DocumentToStore> docs = Corpus();
    std::rotate(docs.begin(), docs.end() - 12, docs.end());
    return docs;
  }
};

TEST_P(LateReportsSearchTest, PagesAreCasusQueryPagesOnEveryWay) { CheckEveryWay(); }

TEST_P(LateReportsSearchTest, RecentIncidentsHoldTheNewestIncidentsAndReports) {
  if (db_->dialect() != SqlDialect::kSqlite) GTEST_SKIP() << "RecentIncidents serves SQLite";
  auto order = db_->Query(
      "SELECT i.incident_key FROM incidents i" + IncidentOrder(SqlDialect::kSqlite, true), {});
  ASSERT_TRUE(order.ok()) << order.status().message();
  auto events =
      db_->Query("SELECT doc_key, incident_key FROM events WHERE incident_key IS NOT NULL", {});
  ASSERT_TRUE(events.ok()) << events.status().message();
  std::map<int64_t, std::set<int64_t>> reports_of, incidents_of;
  int64_t newest_report = 0;
  for (const SqlRow& row : *events) {
    reports_of[row.Int(1)].insert(row.Int(0));
    incidents_of[row.Int(0)].insert(row.Int(1));
    newest_report = std::max(newest_report, row.Int(0));
  }
  ASSERT_GT(order->size(), 20u);
  const RecentIncidents::Options all;
  for (const RecentIncidents::Options& options :
       {all, RecentIncidents::Options{.incidents = 12, .reports = 9, .events = 7},
        RecentIncidents::Options{.incidents = 30, .reported = 8, .reports = 20, .events = 20},
        RecentIncidents::Options{.incidents = 1, .reports = 1, .events = 2}}) {
    SCOPED_TRACE(std::to_string(options.incidents) + " incidents, " +
                 std::to_string(options.reports) + " reports, " + std::to_string(options.events) +
                 " events");
    const auto recent = Recent(options);
    ASSERT_TRUE(recent);
    ASSERT_EQ(recent->size(), std::min(options.incidents, order->size()));
    ASSERT_EQ(recent->reported(), std::min(options.reported, recent->size()));
    EXPECT_EQ(recent->complete(), order->size() < options.incidents);
    for (size_t rank = 0; rank < order->size(); ++rank) {
      const int64_t key = (*order)[rank].Int(0);
      if (rank < recent->size()) {
        EXPECT_EQ(recent->Key(rank), key);
        EXPECT_EQ(recent->Rank(key), rank);
      } else {
        EXPECT_FALSE(recent->Rank(key).has_value()) << key;
      }
    }
    for (int64_t report = 0; report <= newest_report + 1; ++report) {
      // The newest incidents, up to the first with a report below `report`.
      size_t covered = 0;
      while (covered < recent->reported() && *reports_of[recent->Key(covered)].begin() >= report) {
        ++covered;
      }
      EXPECT_EQ(recent->CoveredFrom(report), covered) << "report " << report;
    }
    // The reports held are the newest, each with all its incidents once.
    size_t held = 0;
    bool older_held = true;
    EXPECT_FALSE(recent->IncidentsOf(newest_report + 1).has_value());
    for (int64_t report = newest_report; report > 0; --report) {
      const auto incidents = recent->IncidentsOf(report);
      if (!incidents) {
        older_held = false;
        continue;
      }
      EXPECT_TRUE(older_held) << "report " << report << " held after one that is not";
      ++held;
      const std::set<int64_t> found(incidents->begin(), incidents->end());
      EXPECT_EQ(found.size(), incidents->size()) << "report " << report;
      EXPECT_EQ(found, incidents_of[report]) << "report " << report;
    }
    EXPECT_GT(held, 0u);
    EXPECT_LE(held, options.reports);
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, LateReportsSearchTest, ::testing::Values("sqlite", "postgresql"),
                         testing::EngineName);

INSTANTIATE_TEST_SUITE_P(Engines, IncidentSearchTest, ::testing::Values("sqlite", "postgresql"),
                         testing::EngineName);

}  // namespace
}  // namespace casus
