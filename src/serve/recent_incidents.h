// RecentIncidents: the newest incidents of an SQLite store at one version,
// in the order pages list them newest first, with what a search for words
// alone needs to find its newest page from the newest matching reports:
//
// - each incident's rank in that order;
// - for each rank among the first (reported()), the lowest report key
//   among the incidents up to it: an incident ranked below the first rank
//   whose lowest key falls under a report key R has every report at R or
//   above;
// - the incidents of the newest reports (report key to incident keys), so
//   that matching reports need not be looked up one by one;
// - each incident's coordinates, so that the newest incidents in a box are
//   found by looking at the newest incidents (PageInBox).
//
// A search reads the matching reports newest first down to some key R; the
// incidents found are every match among the newest incidents whose reports
// all lie at R or above (CoveredFrom(R)). When those hold the page, the
// page is known without reading the date index (PageOfRecentMatches).
//
// Thread safety: immutable after Load; shared by concurrent requests.
#ifndef CASUS_SERVE_RECENT_INCIDENTS_H_
#define CASUS_SERVE_RECENT_INCIDENTS_H_

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "casus/status.h"
#include "store/sql_connection.h"

namespace casus {

class Deadline;

class RecentIncidents {
 public:
  struct Options {
    size_t incidents = 150000;  // newest incidents ranked, with their places
    size_t reported = 50000;    // of those, the first with their lowest report key
    size_t reports = 100000;    // newest reports whose incidents are held ...
    size_t events = 300000;     // ... up to this many of their events
  };
  // Reads the store through `db` (SQLite, schema version 4).
  static Result<RecentIncidents> Load(SqlConnection& db, const Options& options);

  // Incidents ranked (0: the newest).
  size_t size() const { return keys_.size(); }
  // Every incident of the store is ranked.
  bool complete() const { return complete_; }
  int64_t Key(size_t rank) const { return keys_[rank]; }
  std::optional<size_t> Rank(int64_t incident_key) const;
  // The ranks of those of `incident_keys` (ascending, distinct) that are
  // ranked, appended to `ranks`.
  void AddRanks(std::span<const int64_t> incident_keys, std::vector<size_t>& ranks) const;
  // Coordinates of the incident at `rank`; NaN when it has no place.
  double Lat(size_t rank) const { return lat_[rank]; }
  double Lon(size_t rank) const { return lon_[rank]; }
  // The newest incidents whose lowest report key is held (at most size()).
  size_t reported() const { return low_.size(); }
  // How many of the newest incidents (at most reported()) have all their
  // reports at `report` or above.
  size_t CoveredFrom(int64_t report) const;
  // The incidents of report `doc_key`, when it is one of the reports held
  // (nullopt: ask the store).
  std::optional<std::span<const int64_t>> IncidentsOf(int64_t doc_key) const;
  // Incidents per report among the reports held (1 when none are).
  double incidents_per_report() const { return incidents_per_report_; }

 private:
  std::vector<int64_t> keys_;      // by rank
  std::vector<int64_t> low_;       // by rank: lowest report key up to it
  std::vector<double> lat_, lon_;  // by rank: NaN when unplaced
  bool complete_ = false;
  std::vector<std::pair<int64_t, uint32_t>> ranks_;  // by key
  // Reports first_report_ .. first_report_ + size - 1: the incidents of
  // report r are incident_keys_[begin_[r - first_report_] .. begin_[r -
  // first_report_ + 1]).
  int64_t first_report_ = 0;
  std::vector<uint32_t> begin_;  // empty: no report held
  std::vector<int64_t> incident_keys_;
  double incidents_per_report_ = 1;
};

// A shared RecentIncidents of the store's current version (built on first
// use).
using RecentIncidentsSource = std::function<Result<std::shared_ptr<const RecentIncidents>>()>;

// Words alone, newest first: incidents matching the FTS5 query `words`
// counted up to `cap` + 1 (as IncidentSearch counts), and their page
// [offset, offset + limit) when the newest matching reports decide it.
struct RecentPage {
  int64_t cap = 0;
  size_t offset = 0, limit = 0;
  size_t min_batch = 64;  // reports read at least at once
};
struct RecentMatches {
  int64_t count = 0;  // at most cap + 1 (more than cap)
  std::optional<std::vector<int64_t>> page;
};
Result<RecentMatches> PageOfRecentMatches(SqlConnection& db, const RecentIncidents& recent,
                                          const std::string& words, const RecentPage& wanted,
                                          const Deadline& deadline);

// A box alone (min_lon, min_lat, max_lon, max_lat, edges in), newest
// first: the page [offset, offset + limit) of the incidents placed in it,
// when the newest incidents hold it. `total`: how many incidents the box
// holds, when known exactly.
std::optional<std::vector<int64_t>> PageInBox(const RecentIncidents& recent,
                                              const std::array<double, 4>& box,
                                              std::optional<int64_t> total, size_t offset,
                                              size_t limit);

}  // namespace casus

#endif  // CASUS_SERVE_RECENT_INCIDENTS_H_
