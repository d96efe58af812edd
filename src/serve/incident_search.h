// IncidentSearch: the server's questions about incidents — a page of
// incidents, how many match, counts for charts, points for the map — asked
// with the filters of `casus query` (store/incident_query.h).
//
// Filters mean exactly what they mean to `casus query`: actor names resolve
// through the same ActorNetwork, and the filters become SQL through the
// store's own IncidentFilterSql (a differential test holds the two to the
// same answers).
// Most questions are answered in SQL with the database's indexes; two
// filters need a look at each candidate: `near` (the exact distance) and
// `network` (membership on the incident's date). Those scan the candidates
// the SQL prefilter leaves, in casus, within the request's deadline.
//
// Words alone, newest first, are counted and most often paged from the
// newest matching reports and the store's newest incidents held in memory
// (serve/recent_incidents.h), without reading the date index.
//
// Incidents come newest first (undated last) or oldest first.
//
// Thread safety: one IncidentSearch per request; the connection is the
// request's own, the network is shared (ActorNetwork is thread-safe).
#ifndef CASUS_SERVE_INCIDENT_SEARCH_H_
#define CASUS_SERVE_INCIDENT_SEARCH_H_

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "casus/status.h"
#include "serve/recent_incidents.h"
#include "store/actor_network.h"
#include "store/incident_filter_sql.h"
#include "store/incident_query.h"
#include "store/sql_connection.h"

namespace casus {

// When a request must stop working. Work cut short by it fails with
// TimeLimitStatus() (Status::TooLarge: the server answers 503), as do
// statements the database interrupts (SqlConnection::SetDeadline).
class Deadline {
 public:
  explicit Deadline(std::chrono::milliseconds budget)
      : end_(std::chrono::steady_clock::now() + budget) {}
  bool Passed() const { return std::chrono::steady_clock::now() > end_; }
  std::chrono::steady_clock::time_point end() const { return end_; }

 private:
  std::chrono::steady_clock::time_point end_;
};

// Counting stops here: beyond it a total is "at least" (a count must not
// cost more than the page it describes: counting reads each match, while a
// page of the newest among many matches is found by reading the date index
// from its newest end until the page is full).
inline constexpr int64_t kCountCap = 1000;

struct IncidentPage {
  // Incidents matching the filters; when !total_exact, at least this many
  // (kCountCap). Scans (near, network) count exactly.
  int64_t total = 0;
  bool total_exact = true;
  // The page: incident keys and their stored JSON records, in order.
  std::vector<int64_t> keys;
  std::vector<std::string> records;
};

enum class SummaryAxis { kDay, kWeek, kMonth, kYear, kCountry, kType, kPerpetrator, kSponsor };
// "day", "week", "month", "year", "country", "type", "perpetrator", "sponsor".
std::optional<SummaryAxis> ParseSummaryAxis(std::string_view name);
std::string_view SummaryAxisNames();

struct SummaryBucket {
  std::string key;    // date (first day of the bucket), country, type or actor key
  std::string label;  // actor name; empty otherwise
  int64_t incidents = 0;
  int64_t fatalities = 0;  // sum of the incidents' lowest reported figures
};

// Map points, one column per field (compact JSON for 100,000 points).
struct MapPoints {
  int64_t total = 0;       // points given
  bool truncated = false;  // more located incidents match than were given
  std::vector<int64_t> keys;
  std::vector<double> lat, lon;
  std::vector<std::string> type;
  std::vector<int> fatalities;  // -1 when unknown
  std::vector<int64_t> date;    // days since 1970-01-01; INT64_MIN when undated
};

// Where the search changes its ways; tests lower them to reach every way
// on a small store (the answers are the same on every setting).
struct SearchTuning {
  // Totals are exact up to this many matches.
  int64_t count_cap = kCountCap;
  // Words with other conditions: up to this many reports holding them,
  // their incidents are collected as a set (SQLite); beyond, the words are
  // checked on each incident the other conditions select.
  int64_t few_reports = 2000;
  // Dense pages of words alone first match the reports of at least this
  // many of the newest incidents (and older reports only when needed).
  int64_t recent_incidents = 1000;
  // Words alone served from the newest matching reports
  // (serve/recent_incidents.h): read at least this many at once.
  size_t report_batch = 64;
};

class IncidentSearch {
 public:
  // `recent`, when given (SQLite), serves pages of words alone newest
  // first from the newest matching reports (serve/recent_incidents.h); it
  // is asked only by such a search.
  IncidentSearch(SqlConnection& db, const ActorNetwork& network, const Deadline& deadline,
                 SearchTuning tuning = {}, RecentIncidentsSource recent = nullptr)
      : db_(db),
        network_(network),
        deadline_(deadline),
        tuning_(tuning),
        recent_(std::move(recent)) {}

  Result<IncidentPage> Page(const IncidentQuery& query, size_t offset, size_t limit,
                            bool newest_first);
  // Buckets in date order for date axes; by count (then key) for the
  // others, at most `max_buckets` of them. Fatalities are summed only when
  // asked (that reads every incident).
  Result<std::vector<SummaryBucket>> Summarize(const IncidentQuery& query, SummaryAxis axis,
                                               size_t max_buckets, bool fatalities);
  // The most recent `limit` located incidents.
  Result<MapPoints> Points(const IncidentQuery& query, size_t limit);

 private:
  // The query with actor names resolved to keys and the network prefilter
  // added, as QueryIncidents does.
  struct Scope {
    IncidentFilter filter;
    std::optional<ActorSpec> network;
    IncidentConditions where;  // the filter as SQL (store/incident_filter_sql.h)
    bool empty = false;        // a filter that can match nothing (no search words)
    // With full-text words: their query, and the filter's other conditions.
    std::string text_query;
    IncidentConditions others;
    // SQLite, when the only set of incidents found through another index
    // is a box or actors: that index drives counts, which then stop at the
    // cap (instead of collecting the whole set first). `rest` holds the
    // other conditions: for a box, all of them with the box checked on the
    // coordinates only (what scans of the date indexes use too); for
    // actors, all but the actors.
    enum class Driver { kNone, kBox, kActors };
    Driver driver = Driver::kNone;
    IncidentConditions rest;
    bool scan() const { return network.has_value() || filter.near.has_value(); }
  };
  Scope Resolve(const IncidentQuery& query) const;
  // "incidents i", with the index that suits the scope's conditions.
  std::string From(const Scope& scope) const;
  std::string OrderBy(bool newest_first) const;

  // A candidate of a scan, with the columns pages, charts and maps need.
  struct Candidate {
    int64_t key = 0;
    std::optional<int64_t> date;
    std::optional<double> lat, lon;
    std::string country, type;
    std::optional<int64_t> fatalities;
  };
  // Without `details`, candidates carry their key, date and place only.
  Result<std::vector<Candidate>> Scan(const Scope& scope, bool newest_first, bool details = true);
  Result<std::vector<std::string>> Records(const std::vector<int64_t>& keys);
  // How full-text words are best matched (SQLite; PostgreSQL plans itself).
  enum class WordPlan {
    kNone,         // no words, or PostgreSQL: the scope's conditions as they are
    kReports,      // few reports hold the words: their incidents as a key set
    kWordsOnly,    // no other condition: counted from the reports, a
                   // dense page read from the date index
    kPerIncident,  // many reports and other conditions: the words checked on
                   // each incident the other conditions select
  };
  Result<WordPlan> PlanWords(const Scope& scope);
  // The newest n incidents of the scope's actors (Driver::kActors and no
  // other condition), newest first, from the dated actor index.
  Result<std::vector<int64_t>> NewestOfActors(const Scope& scope, size_t n);
  // Located incidents in a box (min_lon, min_lat, max_lon, max_lat),
  // counted up to cap + 1 (SQLite).
  Result<int64_t> CountInBox(const std::array<double, 4>& box, int64_t cap);
  // Incidents matching the scope's conditions, counted up to cap + 1.
  Result<int64_t> CountUpTo(const Scope& scope, WordPlan plan, int64_t cap);

  SqlConnection& db_;
  const ActorNetwork& network_;
  const Deadline& deadline_;
  const SearchTuning tuning_;
  const RecentIncidentsSource recent_;
};

// The first day of `days`'s bucket on a date axis (weeks start on Monday).
int64_t BucketStart(int64_t days, SummaryAxis axis);

}  // namespace casus

#endif  // CASUS_SERVE_INCIDENT_SEARCH_H_
