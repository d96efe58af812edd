#include "serve/incident_search.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "casus/date.h"
#include "store/incident_filter_sql.h"
#include "store/incident_fusion.h"
#include "store/schema.h"

namespace casus {
namespace {

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

Status DeadlineStatus() { return TimeLimitStatus(); }

}  // namespace

std::optional<SummaryAxis> ParseSummaryAxis(std::string_view name) {
  static const std::pair<std::string_view, SummaryAxis> kAxes[] = {
      {"day", SummaryAxis::kDay},
      {"week", SummaryAxis::kWeek},
      {"month", SummaryAxis::kMonth},
      {"year", SummaryAxis::kYear},
      {"country", SummaryAxis::kCountry},
      {"type", SummaryAxis::kType},
      {"perpetrator", SummaryAxis::kPerpetrator},
      {"sponsor", SummaryAxis::kSponsor},
  };
  for (const auto& [text, axis] : kAxes) {
    if (text == name) return axis;
  }
  return std::nullopt;
}

std::string_view SummaryAxisNames() {
  return "day, week, month, year, country, type, perpetrator, sponsor";
}

int64_t BucketStart(int64_t days, SummaryAxis axis) {
  switch (axis) {
    case SummaryAxis::kWeek:
      // 1970-01-01 was a Thursday: Monday is three days earlier.
      return days - (days + 3 - FloorDiv(days + 3, 7) * 7);
    case SummaryAxis::kMonth: {
      Date d = Date::FromDays(days);
      d.day = 1;
      return d.ToDays();
    }
    case SummaryAxis::kYear: {
      Date d = Date::FromDays(days);
      d.month = 1;
      d.day = 1;
      return d.ToDays();
    }
    default:
      return days;
  }
}

IncidentSearch::Scope IncidentSearch::Resolve(const IncidentQuery& query) const {
  Scope scope;
  IncidentFilter& filter = scope.filter;
  filter = query.filter;
  filter.limit = 0;
  for (const std::string& actor : query.actors) {
    for (std::string& key : network_.Resolve(actor).keys) filter.actor_keys.push_back(key);
  }
  for (const std::string& claimant : query.claimants) {
    for (std::string& key : network_.Resolve(claimant).keys) filter.claimant_keys.push_back(key);
  }
  // As QueryIncidents: an actor filter that resolves to nothing matches nothing.
  if (!query.actors.empty() && filter.actor_keys.empty()) filter.actor_keys.push_back("");
  if (!query.claimants.empty() && filter.claimant_keys.empty()) filter.claimant_keys.push_back("");
  if (!query.network.empty()) {
    scope.network = network_.Resolve(query.network);
    network_.AddPrefilter(*scope.network, filter);
  }
  scope.where = IncidentFilterSql(filter, db_.dialect());
  if (scope.where.matches_nothing) scope.empty = true;
  if (!filter.text.empty()) {
    scope.text_query = TextQuery(filter.text, db_.dialect());
    IncidentFilter others = filter;
    others.text.clear();
    scope.others = IncidentFilterSql(others, db_.dialect());
  }
  return scope;
}

std::string IncidentSearch::From(const Scope& scope) const {
  // The server opens its store through Store::Open, which migrates it to
  // the latest schema.
  return scope.where.From(db_.dialect(), kLatestSchemaVersion);
}

std::string IncidentSearch::OrderBy(bool newest_first) const {
  return IncidentOrder(db_.dialect(), newest_first);
}

Result<std::vector<IncidentSearch::Candidate>> IncidentSearch::Scan(const Scope& scope,
                                                                    bool newest_first) {
  // For a network, each candidate comes with the actors that decide it
  // (perpetrators, claimants, sponsors), one row per actor, in order; an
  // incident without any of them cannot be covered.
  const bool network = scope.network.has_value();
  std::string sql =
      "SELECT i.incident_key, i.date_days, i.lat, i.lon, i.country, i.type, i.fatalities";
  if (network) sql += std::string(", ") + kDecidingActorColumns;
  sql +=
      " FROM " + From(scope) + (network ? DecidingActorJoin(db_.dialect()) : "") + " WHERE 1 = 1";
  sql += scope.where.sql + OrderBy(newest_first);
  auto rows = db_.Query(sql, scope.where.params);
  if (!rows.ok()) return rows.status();
  if (deadline_.Passed()) return DeadlineStatus();

  std::vector<Candidate> candidates;
  Incident actors;  // the current incident's deciding actors
  size_t seen = 0;
  for (size_t r = 0; r < rows->size(); ++r) {
    if (++seen % 4096 == 0 && deadline_.Passed()) return DeadlineStatus();
    const SqlRow& row = (*rows)[r];
    const int64_t key = row.Int(0);
    if (network) {
      AddDecidingActor(row, 7, actors);
      // Decide once the incident's last row is read.
      if (r + 1 < rows->size() && (*rows)[r + 1].Int(0) == key) continue;
    }
    Candidate c;
    c.key = key;
    c.date = row.OptionalInt(1);
    if (!row.IsNull(2) && !row.IsNull(3)) {
      c.lat = row.Double(2);
      c.lon = row.Double(3);
    }
    bool keep = true;
    if (scope.filter.near) {
      const auto& [lat, lon, km] = *scope.filter.near;
      keep = c.lat && DistanceKm(lat, lon, *c.lat, *c.lon) <= km;
    }
    if (keep && network) {
      if (c.date) actors.event.date = Date::FromDays(*c.date);
      keep = network_.Covers(*scope.network, actors);
    }
    if (network) actors = Incident();
    if (!keep) continue;
    c.country = row.Text(4);
    c.type = row.Text(5);
    c.fatalities = row.OptionalInt(6);
    candidates.push_back(std::move(c));
  }
  return candidates;
}

Result<std::vector<std::string>> IncidentSearch::Records(const std::vector<int64_t>& keys) {
  std::vector<std::string> records;
  if (keys.empty()) return records;
  std::vector<SqlValue> params;
  for (int64_t key : keys) params.push_back(SqlInt(key));
  auto rows = db_.Query("SELECT incident_key, record FROM incidents WHERE incident_key IN (" +
                            Placeholders(keys.size()) + ")",
                        params);
  if (!rows.ok()) return rows.status();
  std::unordered_map<int64_t, std::string> by_key;
  for (const SqlRow& row : *rows) by_key[row.Int(0)] = row.Text(1);
  for (int64_t key : keys) {
    auto it = by_key.find(key);
    if (it == by_key.end())
      return Status::Internal("incident " + std::to_string(key) + " vanished");
    records.push_back(std::move(it->second));
  }
  return records;
}

Result<IncidentPage> IncidentSearch::Page(const IncidentQuery& query, size_t offset, size_t limit,
                                          bool newest_first) {
  const Scope scope = Resolve(query);
  IncidentPage page;
  if (scope.empty) return page;
  if (scope.scan()) {
    auto candidates = Scan(scope, newest_first);
    if (!candidates.ok()) return candidates.status();
    page.total = static_cast<int64_t>(candidates->size());
    for (size_t i = offset; i < candidates->size() && page.keys.size() < limit; ++i) {
      page.keys.push_back((*candidates)[i].key);
    }
    auto records = Records(page.keys);
    if (!records.ok()) return records.status();
    page.records = std::move(records.value());
    return page;
  }
  auto plan = PlanWords(scope);
  if (!plan.ok()) return plan.status();
  const int64_t cap = tuning_.count_cap;
  auto count = CountUpTo(scope, *plan, cap);
  if (!count.ok()) return count.status();
  page.total = std::min<int64_t>(*count, cap);
  page.total_exact = *count <= cap;
  if (limit == 0) return page;
  // Keys first (a sort carries no records), then the page's records. When
  // more than the cap match without a date window, reading the date index
  // from the newest end finds a page sooner than sorting them all (SQLite
  // would sort: it cannot know how dense the matches are).
  const bool dense = db_.dialect() == SqlDialect::kSqlite && newest_first && !page.total_exact &&
                     !scope.filter.from && !scope.filter.to;
  const bool per_incident =
      *plan == WordPlan::kPerIncident || (*plan == WordPlan::kWordsOnly && dense);
  const IncidentConditions& where = per_incident ? scope.others : scope.where;
  std::string conditions = where.sql;
  std::vector<SqlValue> params = where.params;
  if (per_incident) {
    conditions += TextConditionPerIncident(db_.dialect());
    params.push_back(SqlText(scope.text_query));
  }
  params.push_back(SqlInt(static_cast<int64_t>(limit)));
  params.push_back(SqlInt(static_cast<int64_t>(offset)));
  auto rows =
      db_.Query("SELECT i.incident_key FROM " +
                    (dense ? std::string("incidents i INDEXED BY incidents_date_cover")
                           : where.From(db_.dialect(), kLatestSchemaVersion)) +
                    " WHERE 1 = 1" + conditions + OrderBy(newest_first) + " LIMIT ? OFFSET ?",
                params);
  if (!rows.ok()) return rows.status();
  for (const SqlRow& row : *rows) page.keys.push_back(row.Int(0));
  auto records = Records(page.keys);
  if (!records.ok()) return records.status();
  page.records = std::move(records.value());
  return page;
}

Result<IncidentSearch::WordPlan> IncidentSearch::PlanWords(const Scope& scope) {
  if (db_.dialect() != SqlDialect::kSqlite || scope.text_query.empty()) return WordPlan::kNone;
  const SqlValue params[] = {SqlText(scope.text_query), SqlInt(tuning_.few_reports + 1)};
  auto reports = db_.QueryInt(
      "SELECT count(*) FROM (SELECT rowid FROM document_fts WHERE document_fts MATCH ? LIMIT ?) t",
      params);
  if (!reports.ok()) return reports.status();
  if (*reports <= tuning_.few_reports) return WordPlan::kReports;
  return scope.others.sql.empty() ? WordPlan::kWordsOnly : WordPlan::kPerIncident;
}

Result<int64_t> IncidentSearch::CountUpTo(const Scope& scope, WordPlan plan, int64_t cap) {
  if (plan == WordPlan::kWordsOnly) {
    // From the matching reports to their incidents, stopping at the cap.
    const SqlValue params[] = {SqlText(scope.text_query), SqlInt(cap + 1)};
    return db_.QueryInt(
        "SELECT count(*) FROM (SELECT DISTINCT e.incident_key FROM document_fts f CROSS JOIN "
        "events e INDEXED BY events_doc_incident ON e.doc_key = f.rowid WHERE document_fts "
        "MATCH ? AND e.incident_key IS NOT NULL LIMIT ?) t",
        params);
  }
  const bool per_incident = plan == WordPlan::kPerIncident;
  const IncidentConditions& where = per_incident ? scope.others : scope.where;
  std::string conditions = where.sql;
  std::vector<SqlValue> params = where.params;
  if (per_incident) {
    conditions += TextConditionPerIncident(db_.dialect());
    params.push_back(SqlText(scope.text_query));
  }
  params.push_back(SqlInt(cap + 1));
  return db_.QueryInt("SELECT count(*) FROM (SELECT 1 FROM " +
                          where.From(db_.dialect(), kLatestSchemaVersion) + " WHERE 1 = 1" +
                          conditions + " LIMIT ?) t",
                      params);
}

Result<std::vector<SummaryBucket>> IncidentSearch::Summarize(const IncidentQuery& query,
                                                             SummaryAxis axis, size_t max_buckets,
                                                             bool fatalities) {
  // Counts (and fatality sums: the covering indexes hold the lowest
  // figures) come from indexes, not from the incidents' rows.
  const std::string killed_sql = fatalities ? "coalesce(sum(i.fatalities), 0)" : "0";
  const Scope scope = Resolve(query);
  std::vector<SummaryBucket> buckets;
  if (scope.empty) return buckets;
  const bool dates = axis == SummaryAxis::kDay || axis == SummaryAxis::kWeek ||
                     axis == SummaryAxis::kMonth || axis == SummaryAxis::kYear;
  const bool actors = axis == SummaryAxis::kPerpetrator || axis == SummaryAxis::kSponsor;
  const char* role = axis == SummaryAxis::kSponsor ? "sponsor" : "actor1";

  // key -> bucket, filled from SQL groups or from a scan.
  std::map<std::string, SummaryBucket> by_key;
  std::map<int64_t, SummaryBucket> by_day;
  auto add = [&](const std::string& key, const std::string& label, int64_t n, int64_t killed) {
    SummaryBucket& b = by_key[key];
    b.key = key;
    if (b.label.empty()) b.label = label;
    b.incidents += n;
    b.fatalities += killed;
  };
  auto add_day = [&](int64_t days, int64_t n, int64_t killed) {
    SummaryBucket& b = by_day[BucketStart(days, axis)];
    b.incidents += n;
    b.fatalities += killed;
  };

  const std::string& conditions = scope.where.sql;
  const std::vector<SqlValue>& params = scope.where.params;
  if (scope.scan()) {
    auto candidates = Scan(scope, true);
    if (!candidates.ok()) return candidates.status();
    if (actors) {
      std::unordered_map<int64_t, int64_t> killed;
      for (const Candidate& c : *candidates) killed[c.key] = c.fatalities.value_or(0);
      auto rows = db_.Query(
          std::string("SELECT incident_key, actor_key, name FROM incident_actors WHERE role = '") +
              role + "' AND incident_key IN (SELECT i.incident_key FROM " + From(scope) +
              " WHERE 1 = 1" + conditions + ")",
          params);
      if (!rows.ok()) return rows.status();
      for (const SqlRow& row : *rows) {
        auto it = killed.find(row.Int(0));
        if (it != killed.end()) add(row.Text(1), row.Text(2), 1, it->second);
      }
    } else {
      for (const Candidate& c : *candidates) {
        const int64_t f = c.fatalities.value_or(0);
        if (dates) {
          if (c.date) add_day(*c.date, 1, f);
        } else {
          add(axis == SummaryAxis::kCountry ? c.country : c.type, "", 1, f);
        }
      }
    }
  } else if (actors) {
    // Without conditions or fatalities the actor index alone counts
    // (incident_actors_names); otherwise each incident is looked up by key.
    const bool join = !conditions.empty() || fatalities;
    const std::string from =
        join ? From(scope) + IncidentActorsJoin(db_.dialect(), std::string("'") + role + "'")
             : std::string("incident_actors ia");
    auto rows =
        db_.Query("SELECT ia.actor_key, max(ia.name), count(*), " + killed_sql + " FROM " + from +
                      " WHERE ia.role = '" + role + "'" + conditions + " GROUP BY ia.actor_key",
                  params);
    if (!rows.ok()) return rows.status();
    for (const SqlRow& row : *rows) add(row.Text(0), row.Text(1), row.Int(2), row.Int(3));
  } else {
    const char* column = dates                           ? "i.date_days"
                         : axis == SummaryAxis::kCountry ? "i.country"
                                                         : "i.type";
    auto rows = db_.Query(std::string("SELECT ") + column + ", count(*), " + killed_sql + " FROM " +
                              From(scope) + " WHERE 1 = 1" + conditions +
                              (dates ? " AND i.date_days IS NOT NULL" : "") + " GROUP BY " + column,
                          params);
    if (!rows.ok()) return rows.status();
    for (const SqlRow& row : *rows) {
      if (dates) {
        add_day(row.Int(0), row.Int(1), row.Int(2));
      } else {
        add(row.Text(0), "", row.Int(1), row.Int(2));
      }
    }
  }
  if (deadline_.Passed()) return DeadlineStatus();

  if (dates) {
    for (auto& [days, bucket] : by_day) {
      bucket.key = Date::FromDays(days).ToString();
      buckets.push_back(std::move(bucket));
    }
    return buckets;
  }
  for (auto& [key, bucket] : by_key) buckets.push_back(std::move(bucket));
  std::stable_sort(
      buckets.begin(), buckets.end(),
      [](const SummaryBucket& a, const SummaryBucket& b) { return a.incidents > b.incidents; });
  if (buckets.size() > max_buckets) buckets.resize(max_buckets);
  return buckets;
}

Result<MapPoints> IncidentSearch::Points(const IncidentQuery& query, size_t limit) {
  const Scope scope = Resolve(query);
  MapPoints points;
  if (scope.empty) return points;
  auto add = [&](int64_t key, double lat, double lon, std::string type,
                 std::optional<int64_t> fatalities, std::optional<int64_t> date) {
    points.keys.push_back(key);
    points.lat.push_back(lat);
    points.lon.push_back(lon);
    points.type.push_back(std::move(type));
    points.fatalities.push_back(fatalities ? static_cast<int>(*fatalities) : -1);
    points.date.push_back(date ? *date : INT64_MIN);
  };
  if (scope.scan()) {
    auto candidates = Scan(scope, true);
    if (!candidates.ok()) return candidates.status();
    for (Candidate& c : *candidates) {
      if (!c.lat) continue;
      if (points.keys.size() == limit) {
        points.truncated = true;
        break;
      }
      add(c.key, *c.lat, *c.lon, std::move(c.type), c.fatalities, c.date);
    }
    points.total = static_cast<int64_t>(points.keys.size());
    return points;
  }
  std::vector<SqlValue> params = scope.where.params;
  params.push_back(SqlInt(static_cast<int64_t>(limit) + 1));
  auto rows =
      db_.Query("SELECT i.incident_key, i.lat, i.lon, i.type, i.fatalities, i.date_days FROM " +
                    From(scope) + " WHERE i.lat IS NOT NULL AND i.lon IS NOT NULL" +
                    scope.where.sql + OrderBy(true) + " LIMIT ?",
                params);
  if (!rows.ok()) return rows.status();
  // One row past the limit tells that there are more.
  points.truncated = rows->size() > limit;
  if (points.truncated) rows->pop_back();
  points.total = static_cast<int64_t>(rows->size());
  const size_t n = rows->size();
  points.keys.reserve(n);
  points.lat.reserve(n);
  points.lon.reserve(n);
  points.type.reserve(n);
  points.fatalities.reserve(n);
  points.date.reserve(n);
  for (const SqlRow& row : *rows) {
    add(row.Int(0), row.Double(1), row.Double(2), row.Text(3), row.OptionalInt(4),
        row.OptionalInt(5));
  }
  if (deadline_.Passed()) return DeadlineStatus();
  return points;
}

}  // namespace casus
