#include "serve/incident_search.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "base/distance.h"
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
  const bool one_set = db_.dialect() == SqlDialect::kSqlite && !filter.near &&
                       filter.text.empty() && filter.claimant_keys.empty() &&
                       filter.perpetrator_keys.empty() && filter.perpetrator_countries.empty() &&
                       filter.sponsor_codes.empty();
  if (one_set && filter.bbox && filter.actor_keys.empty()) {
    scope.driver = Scope::Driver::kBox;
    scope.rest = IncidentFilterSql(filter, db_.dialect(), kLatestSchemaVersion, false);
  } else if (one_set && !filter.bbox && !filter.actor_keys.empty()) {
    scope.driver = Scope::Driver::kActors;
    IncidentFilter rest = filter;
    rest.actor_keys.clear();
    scope.rest = IncidentFilterSql(rest, db_.dialect());
  }
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
                                                                    bool newest_first,
                                                                    bool details) {
  // For a network, an incident that a state organ of the root's country
  // perpetrated or claimed, or that a report says the country sponsored, is
  // covered on any date (ActorNetwork::Covers): SQL marks those. The others
  // are decided on their deciding actors (perpetrators, claimants,
  // sponsors) and date, read afterwards for them alone; an incident without
  // any such actor cannot be covered.
  const bool network = scope.network.has_value();
  std::string sql = details
                        ? "SELECT i.incident_key, i.date_days, i.lat, i.lon, i.country, i.type, "
                          "i.fatalities"
                        : "SELECT i.incident_key, i.date_days, i.lat, i.lon";
  const size_t mark = details ? 7 : 4;
  std::vector<SqlValue> params;
  if (network) {
    IncidentFilter certain;
    certain.perpetrator_countries = scope.filter.perpetrator_countries;
    certain.sponsor_codes = scope.filter.sponsor_codes;
    certain.from = scope.filter.from;  // the actors' dated index ranges
    certain.to = scope.filter.to;
    if (certain.perpetrator_countries.empty() && certain.sponsor_codes.empty()) {
      sql += ", 0";
    } else {
      const IncidentConditions marks = IncidentFilterSql(certain, db_.dialect());
      sql += ", CASE WHEN 1 = 1" + marks.sql + " THEN 1 ELSE 0 END";
      params = marks.params;
    }
  }
  sql += " FROM " + From(scope) + " WHERE 1 = 1" + scope.where.sql + OrderBy(newest_first);
  params.insert(params.end(), scope.where.params.begin(), scope.where.params.end());
  const IncidentFilter& f = scope.filter;
  if (network && !details && db_.dialect() == SqlDialect::kSqlite && (f.from || f.to) &&
      f.countries.empty() && !f.bbox && !f.near && f.types.empty() && f.modes.empty() &&
      f.acled.empty() && f.actor_keys.empty() && f.claimant_keys.empty() && f.text.empty()) {
    // A network in a date window alone: the actor rows of the window carry
    // their incident's date, so they give the candidates, their dates and
    // marks without looking each incident up (the same rows, key and
    // order: every candidate is dated). Grouped by date and key, the
    // groups come in page order (one sort).
    const IncidentConditions actor_rows = PerpetratorRows(f);
    if (!actor_rows.sql.empty()) {
      sql = "SELECT incident_key, date_days, NULL, NULL, max(certain) FROM (" + actor_rows.sql +
            ") t GROUP BY date_days, incident_key" +
            (newest_first ? " ORDER BY date_days DESC, incident_key DESC"
                          : " ORDER BY date_days, incident_key");
      params = actor_rows.params;
    }
  }
  auto rows = db_.Query(sql, params);
  if (!rows.ok()) return rows.status();
  if (deadline_.Passed()) return DeadlineStatus();

  std::vector<Candidate> candidates;
  std::vector<size_t> undecided;  // candidates whose actors decide
  size_t seen = 0;
  for (const SqlRow& row : *rows) {
    if (++seen % 4096 == 0 && deadline_.Passed()) return DeadlineStatus();
    Candidate c;
    c.key = row.Int(0);
    c.date = row.OptionalInt(1);
    if (!row.IsNull(2) && !row.IsNull(3)) {
      c.lat = row.Double(2);
      c.lon = row.Double(3);
    }
    if (scope.filter.near) {
      const auto& [lat, lon, km] = *scope.filter.near;
      if (!c.lat || DistanceKm(lat, lon, *c.lat, *c.lon) > km) continue;
    }
    if (details) {
      c.country = row.Text(4);
      c.type = row.Text(5);
      c.fatalities = row.OptionalInt(6);
    }
    if (network && row.Int(mark) == 0) undecided.push_back(candidates.size());
    candidates.push_back(std::move(c));
  }
  if (undecided.empty()) return candidates;

  std::vector<bool> drop(candidates.size(), false);
  for (size_t begin = 0; begin < undecided.size(); begin += 500) {
    if (deadline_.Passed()) return DeadlineStatus();
    const size_t end = std::min(undecided.size(), begin + 500);
    std::vector<SqlValue> keys;
    std::unordered_map<int64_t, Incident> actors;
    for (size_t u = begin; u < end; ++u) {
      const Candidate& c = candidates[undecided[u]];
      keys.push_back(SqlInt(c.key));
      Incident& incident = actors[c.key];
      if (c.date) incident.event.date = Date::FromDays(*c.date);
    }
    auto actor_rows = db_.Query(std::string("SELECT ia.incident_key, ") + kDecidingActorColumns +
                                    " FROM incident_actors ia WHERE ia.incident_key IN (" +
                                    Placeholders(keys.size()) +
                                    ") AND ia.role IN ('actor1', 'claimed', 'sponsor')",
                                keys);
    if (!actor_rows.ok()) return actor_rows.status();
    for (const SqlRow& row : *actor_rows) AddDecidingActor(row, 1, actors[row.Int(0)]);
    for (size_t u = begin; u < end; ++u) {
      const size_t at = undecided[u];
      drop[at] = !network_.Covers(*scope.network, actors[candidates[at].key]);
    }
  }
  std::vector<Candidate> covered;
  covered.reserve(candidates.size());
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (!drop[i]) covered.push_back(std::move(candidates[i]));
  }
  return covered;
}

Result<std::vector<std::string>> IncidentSearch::Records(const std::vector<int64_t>& keys) {
  std::vector<std::string> records;
  if (keys.empty()) return records;
  records.reserve(keys.size());
  std::vector<SqlValue> params;
  params.reserve(keys.size());
  for (int64_t key : keys) params.push_back(SqlInt(key));
  auto rows = db_.Query("SELECT incident_key, record FROM incidents WHERE incident_key IN (" +
                            Placeholders(keys.size()) + ")",
                        params);
  if (!rows.ok()) return rows.status();
  std::unordered_map<int64_t, std::string> by_key;
  by_key.reserve(rows->size());
  for (SqlRow& row : *rows) by_key.emplace(row.Int(0), row.TakeText(1));
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
    auto candidates = Scan(scope, newest_first, false);
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
  std::optional<int64_t> counted;
  if (*plan == WordPlan::kWordsOnly && newest_first && recent_) {
    // Counted, and most often paged, from the newest matching reports.
    auto recent = recent_();
    if (!recent.ok()) return recent.status();
    auto matches = PageOfRecentMatches(
        db_, **recent, scope.text_query,
        {.cap = cap, .offset = offset, .limit = limit, .min_batch = tuning_.report_batch},
        deadline_);
    if (!matches.ok()) return matches.status();
    counted = matches->count;
    if (matches->page) {
      page.total = std::min<int64_t>(matches->count, cap);
      page.total_exact = matches->count <= cap;
      page.keys = std::move(*matches->page);
      auto records = Records(page.keys);
      if (!records.ok()) return records.status();
      page.records = std::move(records.value());
      return page;
    }
  }
  auto count = counted ? Result<int64_t>(*counted) : CountUpTo(scope, *plan, cap);
  if (!count.ok()) return count.status();
  page.total = std::min<int64_t>(*count, cap);
  page.total_exact = *count <= cap;
  if (limit == 0) return page;
  const IncidentFilter& f = scope.filter;
  if (scope.driver == Scope::Driver::kBox && newest_first && recent_ && !f.from && !f.to &&
      f.countries.empty() && f.types.empty() && f.modes.empty() && f.acled.empty()) {
    // A box alone: its newest incidents are found among the store's newest.
    auto recent = recent_();
    if (!recent.ok()) return recent.status();
    auto keys = PageInBox(**recent, *f.bbox,
                          page.total_exact ? std::optional<int64_t>(page.total) : std::nullopt,
                          offset, limit);
    if (keys) {
      page.keys = std::move(*keys);
      auto records = Records(page.keys);
      if (!records.ok()) return records.status();
      page.records = std::move(records.value());
      return page;
    }
  }
  if (scope.driver == Scope::Driver::kActors && scope.rest.sql.empty() && newest_first &&
      offset + limit <= 2000) {
    auto newest = NewestOfActors(scope, offset + limit);
    if (!newest.ok()) return newest.status();
    for (size_t i = offset; i < newest->size(); ++i) page.keys.push_back((*newest)[i]);
    auto records = Records(page.keys);
    if (!records.ok()) return records.status();
    page.records = std::move(records.value());
    return page;
  }
  // Keys first (a sort carries no records), then the page's records. When
  // more than the cap match without a date window, reading the date index
  // from the newest end finds a page sooner than sorting them all (SQLite
  // would sort: it cannot know how dense the matches are).
  const bool dense = db_.dialect() == SqlDialect::kSqlite && newest_first && !page.total_exact &&
                     !scope.filter.from && !scope.filter.to;
  const bool per_incident =
      *plan == WordPlan::kPerIncident || (*plan == WordPlan::kWordsOnly && dense);
  // A box with a date window or a dense box: the date index is read with
  // the box checked on its coordinates.
  const bool box_by_date =
      scope.driver == Scope::Driver::kBox && (dense || scope.filter.from || scope.filter.to);
  const IncidentConditions& where = per_incident  ? scope.others
                                    : box_by_date ? scope.rest
                                                  : scope.where;
  std::string conditions = where.sql;
  std::vector<SqlValue> params = where.params;
  if (per_incident && *plan == WordPlan::kWordsOnly) {
    // The newest incidents' reports are mostly recent ones: match the words
    // in the reports from a recent one on (a small range of the full-text
    // index), and collect the older matching reports only if an incident
    // read on the way has one. The range starts at the oldest report of
    // the newest incidents, or earlier to hold three times the page in
    // matching reports (for words that few reports hold).
    const auto page_end = static_cast<int64_t>(offset + limit);
    const SqlValue newest[] = {SqlInt(std::max<int64_t>(tuning_.recent_incidents, 10 * page_end))};
    auto rows = db_.Query(
        "SELECT min(e.doc_key) FROM (SELECT i.incident_key FROM incidents i INDEXED BY "
        "incidents_date_cover ORDER BY i.date_days DESC, i.incident_key DESC LIMIT ?) t CROSS "
        "JOIN events e INDEXED BY events_incident_doc ON e.incident_key = t.incident_key",
        newest);
    if (!rows.ok()) return rows.status();
    int64_t recent = rows->empty() || rows->front().IsNull(0) ? 0 : rows->front().Int(0);
    const SqlValue matching[] = {SqlText(scope.text_query), SqlInt(3 * page_end)};
    rows = db_.Query(
        "SELECT rowid FROM document_fts WHERE document_fts MATCH ? ORDER BY rowid DESC LIMIT 1 "
        "OFFSET ?",
        matching);
    if (!rows.ok()) return rows.status();
    recent = std::min(recent, rows->empty() ? 0 : rows->front().Int(0));
    conditions +=
        " AND EXISTS (SELECT 1 FROM events e INDEXED BY events_incident_doc WHERE e.incident_key "
        "= i.incident_key AND (+e.doc_key IN (SELECT rowid FROM document_fts WHERE document_fts "
        "MATCH ? AND rowid >= ?) OR (+e.doc_key < ? AND +e.doc_key IN (SELECT rowid FROM "
        "document_fts WHERE document_fts MATCH ? AND rowid < ?))))";
    params.insert(params.end(), {SqlText(scope.text_query), SqlInt(recent), SqlInt(recent),
                                 SqlText(scope.text_query), SqlInt(recent)});
  } else if (per_incident) {
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

Result<std::vector<int64_t>> IncidentSearch::NewestOfActors(const Scope& scope, size_t n) {
  // Each actor and role is one range of the dated actor index, read from
  // its newest end (undated last, as pages order them); the newest n of
  // each range hold the newest n of all.
  struct Found {
    std::optional<int64_t> date;
    int64_t key;
  };
  std::vector<Found> found;
  for (const std::string& actor : scope.filter.actor_keys) {
    for (const char* role : {"actor1", "actor2"}) {
      const SqlValue params[] = {SqlText(actor), SqlText(role), SqlInt(static_cast<int64_t>(n))};
      auto rows = db_.Query(
          "SELECT date_days, incident_key FROM incident_actors INDEXED BY incident_actors_date "
          "WHERE actor_key = ? AND role = ? ORDER BY date_days DESC, incident_key DESC LIMIT ?",
          params);
      if (!rows.ok()) return rows.status();
      for (const SqlRow& row : *rows) found.push_back({row.OptionalInt(0), row.Int(1)});
    }
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
    if (a.date != b.date) return *a.date > *b.date;
    return a.key > b.key;
  });
  std::vector<int64_t> keys;
  for (const Found& f : found) {
    if (keys.size() == n) break;
    if (keys.empty() || keys.back() != f.key) keys.push_back(f.key);
  }
  return keys;
}

Result<int64_t> IncidentSearch::CountInBox(const std::array<double, 4>& box, int64_t cap) {
  // The R*Tree holds each located incident once, its coordinates as 32-bit
  // floats rounded outwards (at most 3.1e-5 degrees wide at 180 degrees):
  // an entry it finds in the box lies in it unless its exact coordinates
  // fall within that width of an edge. Those few, found in strips along the
  // edges, are checked exactly; the rest is counted in the R*Tree alone.
  constexpr double kEdge = 1e-3;
  const std::string overlaps =
      "g.min_lon <= ? AND g.max_lon >= ? AND g.min_lat <= ? AND g.max_lat >= ?";
  auto overlap_params = [](std::vector<SqlValue>& params, double min_lon, double min_lat,
                           double max_lon, double max_lat) {
    params.insert(params.end(),
                  {SqlValue(max_lon), SqlValue(min_lon), SqlValue(max_lat), SqlValue(min_lat)});
  };
  const auto [min_lon, min_lat, max_lon, max_lat] = box;
  const std::array<std::array<double, 4>, 4> strips = {{
      {min_lon - kEdge, min_lat, min_lon + kEdge, max_lat},
      {max_lon - kEdge, min_lat, max_lon + kEdge, max_lat},
      {min_lon, min_lat - kEdge, max_lon, min_lat + kEdge},
      {min_lon, max_lat - kEdge, max_lon, max_lat + kEdge},
  }};
  std::string near_edges;
  std::vector<SqlValue> params;
  for (const auto& strip : strips) {
    if (!near_edges.empty()) near_edges += " UNION ";
    near_edges +=
        "SELECT g.incident_key FROM incident_geo g WHERE " + overlaps + " AND " + overlaps;
    overlap_params(params, min_lon, min_lat, max_lon, max_lat);
    overlap_params(params, strip[0], strip[1], strip[2], strip[3]);
  }
  params.insert(params.end(),
                {SqlValue(min_lon), SqlValue(max_lon), SqlValue(min_lat), SqlValue(max_lat)});
  auto outside = db_.QueryInt(
      "SELECT count(*) FROM incidents i INDEXED BY incidents_lookup WHERE i.incident_key IN (" +
          near_edges + ") AND NOT (i.lon BETWEEN ? AND ? AND i.lat BETWEEN ? AND ?)",
      params);
  if (!outside.ok()) return outside.status();
  params.clear();
  overlap_params(params, min_lon, min_lat, max_lon, max_lat);
  params.push_back(SqlInt(cap + 1 + *outside));
  auto found = db_.QueryInt(
      "SELECT count(*) FROM (SELECT 1 FROM incident_geo g WHERE " + overlaps + " LIMIT ?) t",
      params);
  if (!found.ok()) return found.status();
  return *found - *outside;
}

Result<IncidentSearch::WordPlan> IncidentSearch::PlanWords(const Scope& scope) {
  if (db_.dialect() != SqlDialect::kSqlite || scope.text_query.empty()) return WordPlan::kNone;
  // Words alone are counted from the reports, which stops at the cap.
  if (scope.others.sql.empty()) return WordPlan::kWordsOnly;
  const SqlValue params[] = {SqlText(scope.text_query), SqlInt(tuning_.few_reports + 1)};
  auto reports = db_.QueryInt(
      "SELECT count(*) FROM (SELECT rowid FROM document_fts WHERE document_fts MATCH ? LIMIT ?) t",
      params);
  if (!reports.ok()) return reports.status();
  if (*reports <= tuning_.few_reports) return WordPlan::kReports;
  return WordPlan::kPerIncident;
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
  const bool dated = scope.filter.from || scope.filter.to;
  const IncidentFilter& f = scope.filter;
  if (scope.driver == Scope::Driver::kBox && !dated && f.countries.empty() && f.types.empty() &&
      f.modes.empty() && f.acled.empty()) {
    return CountInBox(*f.bbox, cap);
  }
  if (scope.driver == Scope::Driver::kBox && !dated) {
    // Each located incident has one entry in the R*Tree.
    const auto& box = *scope.filter.bbox;
    std::vector<SqlValue> params = {SqlValue(box[2]), SqlValue(box[0]), SqlValue(box[3]),
                                    SqlValue(box[1])};
    params.insert(params.end(), scope.rest.params.begin(), scope.rest.params.end());
    params.push_back(SqlInt(cap + 1));
    return db_.QueryInt(
        "SELECT count(*) FROM (SELECT 1 FROM incident_geo g CROSS JOIN incidents i INDEXED BY "
        "incidents_lookup ON i.incident_key = g.incident_key WHERE g.min_lon <= ? AND "
        "g.max_lon >= ? AND g.min_lat <= ? AND g.max_lat >= ?" +
            scope.rest.sql + " LIMIT ?) t",
        params);
  }
  if (scope.driver == Scope::Driver::kActors) {
    // An incident can hold an actor in both roles, or several of the keys.
    std::string sql =
        "SELECT count(*) FROM (SELECT DISTINCT a.incident_key FROM incident_actors a CROSS JOIN "
        "incidents i INDEXED BY incidents_lookup ON i.incident_key = a.incident_key WHERE "
        "a.role IN ('actor1', 'actor2') AND a.actor_key IN (" +
        Placeholders(scope.filter.actor_keys.size()) + ")";
    std::vector<SqlValue> params;
    for (const std::string& key : scope.filter.actor_keys) params.push_back(SqlText(key));
    if (scope.filter.from) {
      sql += " AND a.date_days >= ?";
      params.push_back(SqlInt(scope.filter.from->ToDays()));
    }
    if (scope.filter.to) {
      sql += " AND a.date_days <= ?";
      params.push_back(SqlInt(scope.filter.to->ToDays()));
    }
    params.insert(params.end(), scope.rest.params.begin(), scope.rest.params.end());
    params.push_back(SqlInt(cap + 1));
    return db_.QueryInt(sql + scope.rest.sql + " LIMIT ?) t", params);
  }
  const bool per_incident = plan == WordPlan::kPerIncident;
  const bool box_by_date = scope.driver == Scope::Driver::kBox;  // and dated
  const IncidentConditions& where = per_incident  ? scope.others
                                    : box_by_date ? scope.rest
                                                  : scope.where;
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
