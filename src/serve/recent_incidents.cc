#include "serve/recent_incidents.h"

#include <algorithm>
#include <climits>
#include <cmath>

#include "serve/incident_search.h"
#include "store/incident_filter_sql.h"

namespace casus {

Result<RecentIncidents> RecentIncidents::Load(SqlConnection& db, const Options& options) {
  RecentIncidents recent;
  // The newest incidents and their places from the covering date index;
  // the first of them with their lowest report key from the (incident,
  // report) index, the others skipped over.
  const std::string newest_sql =
      "SELECT i.incident_key, i.lat, i.lon FROM incidents i INDEXED BY incidents_date_cover" +
      IncidentOrder(SqlDialect::kSqlite, true) + " LIMIT ? OFFSET ?";
  const size_t reported = std::min(options.reported, options.incidents);
  const SqlValue first_params[] = {SqlInt(static_cast<int64_t>(reported))};
  auto rows = db.Query(
      "SELECT i.incident_key, i.lat, i.lon, (SELECT min(e.doc_key) FROM events e INDEXED BY "
      "events_incident_doc WHERE e.incident_key = i.incident_key) FROM incidents i INDEXED BY "
      "incidents_date_cover" +
          IncidentOrder(SqlDialect::kSqlite, true) + " LIMIT ?",
      first_params);
  if (!rows.ok()) return rows.status();
  std::vector<SqlRow> others;
  if (rows->size() == reported && options.incidents > reported) {
    const SqlValue other_params[] = {SqlInt(static_cast<int64_t>(options.incidents - reported)),
                                     SqlInt(static_cast<int64_t>(reported))};
    auto more = db.Query(newest_sql, other_params);
    if (!more.ok()) return more.status();
    others = std::move(more.value());
  }
  const size_t ranked = rows->size() + others.size();
  recent.complete_ = ranked < options.incidents;
  recent.keys_.reserve(ranked);
  recent.lat_.reserve(ranked);
  recent.lon_.reserve(ranked);
  recent.low_.reserve(rows->size());
  int64_t low = INT64_MAX;  // an incident without reports matches no words
  for (const std::vector<SqlRow>* part : {&*rows, &others}) {
    for (const SqlRow& row : *part) {
      recent.keys_.push_back(row.Int(0));
      const bool placed = !row.IsNull(1) && !row.IsNull(2);
      recent.lat_.push_back(placed ? row.Double(1) : std::nan(""));
      recent.lon_.push_back(placed ? row.Double(2) : std::nan(""));
      if (part == &others) continue;
      if (!row.IsNull(3)) low = std::min(low, row.Int(3));
      recent.low_.push_back(low);
    }
  }
  recent.ranks_.reserve(recent.keys_.size());
  for (size_t rank = 0; rank < recent.keys_.size(); ++rank) {
    recent.ranks_.emplace_back(recent.keys_[rank], static_cast<uint32_t>(rank));
  }
  std::sort(recent.ranks_.begin(), recent.ranks_.end());

  // The incidents of the newest reports, from the (report, incident) index.
  auto newest_report = db.Query("SELECT max(doc_key) FROM events", {});
  if (!newest_report.ok()) return newest_report.status();
  if (newest_report->empty() || newest_report->front().IsNull(0)) return recent;
  const int64_t last = newest_report->front().Int(0);
  int64_t first = last - static_cast<int64_t>(options.reports) + 1;
  const SqlValue held[] = {SqlInt(first), SqlInt(static_cast<int64_t>(options.events))};
  rows = db.Query(
      "SELECT doc_key, incident_key FROM events INDEXED BY events_doc_incident WHERE doc_key >= ? "
      "AND incident_key IS NOT NULL ORDER BY doc_key DESC, incident_key DESC LIMIT ?",
      held);
  if (!rows.ok()) return rows.status();
  size_t end = rows->size();
  if (end > 0 && end == options.events) {
    // The last report may have more incidents than were read: leave it out.
    const int64_t partial = rows->back().Int(0);
    while (end > 0 && (*rows)[end - 1].Int(0) == partial) --end;
    first = partial + 1;
  }
  if (end == 0 || first > last) return recent;
  const auto reports = static_cast<size_t>(last - first + 1);
  recent.first_report_ = first;
  recent.begin_.reserve(reports + 1);
  recent.incident_keys_.reserve(end);
  for (size_t i = end; i-- > 0;) {  // by report, then incident
    const auto report = static_cast<size_t>((*rows)[i].Int(0) - first);
    const int64_t incident = (*rows)[i].Int(1);
    const auto held_now = static_cast<uint32_t>(recent.incident_keys_.size());
    while (recent.begin_.size() <= report) recent.begin_.push_back(held_now);
    // Two events of one report in one incident count once.
    if (recent.begin_[report] < held_now && recent.incident_keys_.back() == incident) continue;
    recent.incident_keys_.push_back(incident);
  }
  while (recent.begin_.size() <= reports) {
    recent.begin_.push_back(static_cast<uint32_t>(recent.incident_keys_.size()));
  }
  recent.incidents_per_report_ =
      std::max(1.0, static_cast<double>(recent.incident_keys_.size()) / reports);
  return recent;
}

std::optional<size_t> RecentIncidents::Rank(int64_t incident_key) const {
  std::vector<size_t> rank;
  AddRanks(std::span<const int64_t>(&incident_key, 1), rank);
  if (rank.empty()) return std::nullopt;
  return rank.front();
}

void RecentIncidents::AddRanks(std::span<const int64_t> incident_keys,
                               std::vector<size_t>& ranks) const {
  // A galloping merge: each key is looked for from where the last one was
  // found, a few neighbouring entries when keys are close.
  auto at = ranks_.begin();
  const auto end = ranks_.end();
  auto before = [](const std::pair<int64_t, uint32_t>& entry, int64_t key) {
    return entry.first < key;
  };
  for (int64_t key : incident_keys) {
    size_t step = 1;
    auto low = at;
    while (end - at > static_cast<ptrdiff_t>(step) && (at + step)->first < key) {
      low = at + step;
      step *= 2;
    }
    const auto high = end - at > static_cast<ptrdiff_t>(step) ? at + step + 1 : end;
    at = std::lower_bound(low, high, key, before);
    if (at == end) return;
    if (at->first == key) ranks.push_back(at->second);
  }
}

size_t RecentIncidents::CoveredFrom(int64_t report) const {
  // low_ falls with the rank: the ranks whose lowest key is at `report` or
  // above come first.
  auto it = std::partition_point(low_.begin(), low_.end(),
                                 [report](int64_t low) { return low >= report; });
  return static_cast<size_t>(it - low_.begin());
}

std::optional<std::span<const int64_t>> RecentIncidents::IncidentsOf(int64_t doc_key) const {
  if (begin_.empty() || doc_key < first_report_ ||
      doc_key - first_report_ >= static_cast<int64_t>(begin_.size() - 1)) {
    return std::nullopt;
  }
  const auto i = static_cast<size_t>(doc_key - first_report_);
  return std::span<const int64_t>(incident_keys_.data() + begin_[i], begin_[i + 1] - begin_[i]);
}

Result<RecentMatches> PageOfRecentMatches(SqlConnection& db, const RecentIncidents& recent,
                                          const std::string& words, const RecentPage& wanted,
                                          const Deadline& deadline) {
  const int64_t cap = wanted.cap;
  const size_t offset = wanted.offset, limit = wanted.limit;
  // Matching reports are read newest first, a growing batch at a time,
  // until more than `cap` incidents are found and the newest incidents
  // covered by the reports read hold the page — or every matching report is
  // read. Work beyond a few times the count is left to the date index.
  const size_t page_end = offset + limit;
  const size_t enough = static_cast<size_t>(std::max<int64_t>(cap, 0)) + 1;
  const size_t most = 8 * enough + 4 * page_end;
  std::vector<int64_t> found;  // ascending and distinct after each batch
  found.reserve(3 * enough + page_end);
  std::vector<size_t> ranks;  // of the incidents found among the newest
  int64_t below = INT64_MAX;  // the matching reports from here on are read
  bool all_read = false;
  // The first batch should find the count's incidents at once.
  size_t batch = std::clamp<size_t>(
      static_cast<size_t>(1.25 * static_cast<double>(std::max(enough, page_end)) /
                          recent.incidents_per_report()),
      std::min<size_t>(std::max<size_t>(wanted.min_batch, 1), 4096), 4096);
  auto holds_page = [&] {
    const size_t covered = all_read ? recent.size() : recent.CoveredFrom(below);
    return static_cast<size_t>(std::count_if(ranks.begin(), ranks.end(), [&](size_t rank) {
             return rank < covered;
           })) >= page_end;
  };
  for (;;) {
    if (deadline.Passed()) return TimeLimitStatus();
    const SqlValue params[] = {SqlText(words), SqlInt(below), SqlInt(static_cast<int64_t>(batch))};
    auto reports = db.Query(
        "SELECT rowid FROM document_fts WHERE document_fts MATCH ? AND rowid < ? ORDER BY rowid "
        "DESC LIMIT ?",
        params);
    if (!reports.ok()) return reports.status();
    all_read = reports->size() < batch;
    std::vector<SqlValue> unheld;  // reports whose incidents are asked of the store
    for (const SqlRow& row : *reports) {
      const int64_t report = row.Int(0);
      below = report;
      if (auto incidents = recent.IncidentsOf(report)) {
        found.insert(found.end(), incidents->begin(), incidents->end());
      } else {
        unheld.push_back(SqlInt(report));
      }
    }
    if (!unheld.empty()) {
      auto rows = db.Query(
          "SELECT incident_key FROM events INDEXED BY events_doc_incident WHERE doc_key IN (" +
              Placeholders(unheld.size()) + ") AND incident_key IS NOT NULL",
          unheld);
      if (!rows.ok()) return rows.status();
      for (const SqlRow& row : *rows) found.push_back(row.Int(0));
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    ranks.clear();
    recent.AddRanks(found, ranks);
    if (all_read || found.size() > most) break;
    if (found.size() >= enough) {
      if (holds_page() || recent.CoveredFrom(below) == recent.reported()) break;
    }
    batch = std::min<size_t>(2 * batch, 4096);
  }
  RecentMatches matches;
  matches.count = static_cast<int64_t>(std::min(found.size(), enough));
  // All matches read: those among the newest come first, in rank order.
  // Otherwise the covered newest incidents are every match among them.
  const size_t covered = all_read ? recent.size() : recent.CoveredFrom(below);
  std::vector<size_t> newest;
  for (size_t rank : ranks) {
    if (rank < covered) newest.push_back(rank);
  }
  const bool whole = all_read && newest.size() == found.size();
  if (newest.size() < page_end && !whole) return matches;
  std::sort(newest.begin(), newest.end());
  std::vector<int64_t> page;
  for (size_t i = offset; i < newest.size() && page.size() < limit; ++i) {
    page.push_back(recent.Key(newest[i]));
  }
  matches.page = std::move(page);
  return matches;
}

std::optional<std::vector<int64_t>> PageInBox(const RecentIncidents& recent,
                                              const std::array<double, 4>& box,
                                              std::optional<int64_t> total, size_t offset,
                                              size_t limit) {
  const auto [min_lon, min_lat, max_lon, max_lat] = box;
  const size_t page_end = offset + limit;
  std::vector<int64_t> page;
  size_t in_box = 0;
  // NaN (unplaced) fails every comparison.
  for (size_t rank = 0; rank < recent.size() && in_box < page_end; ++rank) {
    const double lat = recent.Lat(rank), lon = recent.Lon(rank);
    if (!(lon >= min_lon && lon <= max_lon && lat >= min_lat && lat <= max_lat)) continue;
    if (in_box++ >= offset) page.push_back(recent.Key(rank));
  }
  // A short page is the whole rest only when no older incident can follow.
  if (in_box < page_end && !recent.complete() &&
      !(total && static_cast<int64_t>(in_box) == *total)) {
    return std::nullopt;
  }
  return page;
}

}  // namespace casus
