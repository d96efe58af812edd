// SqlStore's read side: incident queries, the actor graph's inputs,
// statistics and the consistency check.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "store/incident_format.h"
#include "store/record_json.h"
#include "store/sql_store.h"

namespace casus {

std::vector<std::string> SearchWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

namespace {

// Appends " AND column IN (?, ...)" for a non-empty list.
void AddIn(std::string& sql, std::vector<SqlValue>& params, std::string_view column,
           const std::vector<std::string>& values) {
  if (values.empty()) return;
  sql += " AND ";
  sql += column;
  sql += " IN (";
  for (size_t i = 0; i < values.size(); ++i) {
    sql += i == 0 ? "?" : ", ?";
    params.push_back(SqlText(values[i]));
  }
  sql += ")";
}

std::string Placeholders(size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += i == 0 ? "?" : ", ?";
  return out;
}

// The bounding box of a circle, in degrees: min_lon, min_lat, max_lon, max_lat.
std::array<double, 4> CircleBox(double lat, double lon, double km) {
  const double dlat = km / 111.0;
  const double dlon = km / (111.0 * std::max(0.01, std::cos(lat * 3.14159265358979 / 180)));
  return {lon - dlon, lat - dlat, lon + dlon, lat + dlat};
}

}  // namespace

Result<std::vector<Incident>> SqlStore::FindIncidents(const IncidentFilter& filter) {
  std::string sql = "SELECT i.incident_key, i.record FROM incidents i WHERE 1 = 1";
  std::vector<SqlValue> params;
  if (filter.from) {
    sql += " AND i.date_days >= ?";
    params.push_back(SqlInt(filter.from->ToDays()));
  }
  if (filter.to) {
    sql += " AND i.date_days <= ?";
    params.push_back(SqlInt(filter.to->ToDays()));
  }
  AddIn(sql, params, "i.country", filter.countries);
  AddIn(sql, params, "i.type", filter.types);
  AddIn(sql, params, "i.mode", filter.modes);
  if (!filter.acled.empty()) {
    sql += " AND (lower(i.acled_type) = lower(?) OR lower(i.acled_sub_type) = lower(?))";
    params.insert(params.end(), {SqlText(filter.acled), SqlText(filter.acled)});
  }
  std::vector<std::array<double, 4>> boxes;
  if (filter.bbox) boxes.push_back(*filter.bbox);
  if (filter.near)
    boxes.push_back(CircleBox((*filter.near)[0], (*filter.near)[1], (*filter.near)[2]));
  for (const auto& box : boxes) {
    if (lite()) {
      sql +=
          " AND i.incident_key IN (SELECT incident_key FROM incident_geo WHERE min_lon <= ? "
          "AND max_lon >= ? AND min_lat <= ? AND max_lat >= ?)";
      params.insert(params.end(),
                    {SqlValue(box[2]), SqlValue(box[0]), SqlValue(box[3]), SqlValue(box[1])});
    } else {
      sql +=
          " AND point(i.lon, i.lat) <@ box(point(?::float8, ?::float8), "
          "point(?::float8, ?::float8))";
      params.insert(params.end(),
                    {SqlValue(box[0]), SqlValue(box[1]), SqlValue(box[2]), SqlValue(box[3])});
    }
    // The R*Tree stores 32-bit floats rounded outwards: check exactly too.
    sql += " AND i.lon BETWEEN ? AND ? AND i.lat BETWEEN ? AND ?";
    params.insert(params.end(),
                  {SqlValue(box[0]), SqlValue(box[2]), SqlValue(box[1]), SqlValue(box[3])});
  }
  auto actor_roles = [&](std::string_view roles, const std::vector<std::string>& keys) {
    if (keys.empty()) return;
    sql += " AND i.incident_key IN (SELECT incident_key FROM incident_actors WHERE role IN (";
    sql += roles;
    sql += ") AND actor_key IN (" + Placeholders(keys.size()) + "))";
    for (const std::string& key : keys) params.push_back(SqlText(key));
  };
  actor_roles("'actor1', 'actor2'", filter.actor_keys);
  actor_roles("'claimed'", filter.claimant_keys);
  if (!filter.perpetrator_keys.empty() || !filter.perpetrator_countries.empty() ||
      !filter.sponsor_codes.empty()) {
    std::vector<std::string> alternatives;
    if (!filter.perpetrator_keys.empty()) {
      alternatives.push_back("(role IN ('actor1', 'claimed') AND actor_key IN (" +
                             Placeholders(filter.perpetrator_keys.size()) + "))");
      for (const std::string& key : filter.perpetrator_keys) params.push_back(SqlText(key));
    }
    if (!filter.perpetrator_countries.empty()) {
      alternatives.push_back("(role IN ('actor1', 'claimed') AND country IN (" +
                             Placeholders(filter.perpetrator_countries.size()) +
                             ") AND sector IN ('GOV', 'MIL', 'SPY', 'COP', 'JUD', 'LEG'))");
      for (const std::string& c : filter.perpetrator_countries) params.push_back(SqlText(c));
    }
    if (!filter.sponsor_codes.empty()) {
      alternatives.push_back("(role = 'sponsor' AND actor_key IN (" +
                             Placeholders(filter.sponsor_codes.size()) + "))");
      for (const std::string& c : filter.sponsor_codes) params.push_back(SqlText(c));
    }
    sql += " AND i.incident_key IN (SELECT incident_key FROM incident_actors WHERE ";
    for (size_t i = 0; i < alternatives.size(); ++i) {
      if (i > 0) sql += " OR ";
      sql += alternatives[i];
    }
    sql += ")";
  }
  if (!filter.text.empty()) {
    const std::vector<std::string> words = SearchWords(filter.text);
    if (words.empty()) return std::vector<Incident>{};
    std::string query;
    for (const std::string& word : words) {
      if (!query.empty()) query += lite() ? " " : " & ";
      query += lite() ? "\"" + word + "\"" : "'" + word + "'";
    }
    if (lite()) {
      sql +=
          " AND i.incident_key IN (SELECT e.incident_key FROM events e WHERE e.doc_key IN "
          "(SELECT rowid FROM document_fts WHERE document_fts MATCH ?))";
    } else {
      sql +=
          " AND i.incident_key IN (SELECT e.incident_key FROM events e JOIN documents d ON "
          "d.doc_key = e.doc_key WHERE d.text_search @@ to_tsquery('simple', ?))";
    }
    params.push_back(SqlText(query));
  }
  sql +=
      " ORDER BY (CASE WHEN i.date_days IS NULL THEN 1 ELSE 0 END), i.date_days, "
      "i.incident_key";
  const bool post_filter = filter.near.has_value();
  if (filter.limit > 0 && !post_filter) {
    sql += " LIMIT ?";
    params.push_back(SqlInt(static_cast<int64_t>(filter.limit)));
  }
  auto rows = db_->Query(sql, params);
  if (!rows.ok()) return rows.status();
  std::vector<Incident> incidents;
  incidents.reserve(rows->size());
  for (const SqlRow& row : *rows) {
    auto incident = IncidentFromJson(row.Text(1));
    if (!incident.ok()) {
      return Status::Internal("incident " + std::to_string(row.Int(0)) + ": " +
                              incident.status().message());
    }
    if (filter.near) {
      const auto& l = incident->event.location;
      const auto& [lat, lon, km] = *filter.near;
      if (!l || DistanceKm(lat, lon, l->lat, l->lon) > km) continue;
    }
    incidents.push_back(std::move(incident.value()));
    if (filter.limit > 0 && incidents.size() >= filter.limit) break;
  }
  return incidents;
}

Result<std::optional<Incident>> SqlStore::GetIncident(int64_t key) {
  auto members = LoadMembers(key);
  if (!members.ok()) return members.status();
  if (members->empty()) return std::optional<Incident>();
  return std::optional<Incident>(FuseIncident(key, std::move(members.value())));
}

Result<std::vector<Event>> SqlStore::DocumentEvents(const std::string& doc) {
  const SqlValue id[] = {SqlText(doc)};
  auto rows = db_->Query(
      "SELECT e.record FROM events e JOIN documents d ON d.doc_key = e.doc_key WHERE d.id = ? "
      "ORDER BY e.ordinal",
      id);
  if (!rows.ok()) return rows.status();
  std::vector<Event> events;
  for (const SqlRow& row : *rows) {
    auto json = ParseJsonObject(row.Text(0));
    if (json.ok()) events.push_back(EventFromJson(*json));
  }
  return events;
}

Result<std::vector<StoredRelation>> SqlStore::Relations() {
  auto rows = db_->Query(
      "SELECT r.record, d.published FROM relations r JOIN documents d ON d.doc_key = r.doc_key "
      "ORDER BY r.relation_key",
      {});
  if (!rows.ok()) return rows.status();
  std::vector<StoredRelation> relations;
  for (const SqlRow& row : *rows) {
    auto json = ParseJsonObject(row.Text(0));
    if (!json.ok()) continue;
    relations.push_back({RelationFromJson(*json), Date::Parse(row.Text(1))});
  }
  return relations;
}

Result<std::vector<StoredActor>> SqlStore::Actors() {
  auto rows = db_->Query(
      "SELECT actor_key, max(name), max(country), max(sector) FROM incident_actors "
      "WHERE role <> 'sponsor' GROUP BY actor_key ORDER BY actor_key",
      {});
  if (!rows.ok()) return rows.status();
  std::vector<StoredActor> actors;
  for (const SqlRow& row : *rows) {
    actors.push_back({row.Text(0), row.Text(1), row.Text(2), row.Text(3)});
  }
  return actors;
}

Result<std::vector<Interaction>> SqlStore::Interactions() {
  auto rows = db_->Query(
      "SELECT actor1_key, actor2_key, type, count(*), min(date_days), max(date_days) "
      "FROM incidents WHERE actor1_key IS NOT NULL AND actor2_key IS NOT NULL "
      "GROUP BY actor1_key, actor2_key, type ORDER BY actor1_key, actor2_key, type",
      {});
  if (!rows.ok()) return rows.status();
  std::vector<Interaction> interactions;
  for (const SqlRow& row : *rows) {
    Interaction interaction;
    interaction.from_key = row.Text(0);
    interaction.to_key = row.Text(1);
    interaction.type = row.Text(2);
    interaction.incidents = row.Int(3);
    if (!row.IsNull(4)) interaction.first = Date::FromDays(row.Int(4));
    if (!row.IsNull(5)) interaction.last = Date::FromDays(row.Int(5));
    interactions.push_back(std::move(interaction));
  }
  return interactions;
}

Result<StoreStats> SqlStore::Stats() {
  auto rows = db_->Query(
      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
      "(SELECT count(*) FROM relations), (SELECT count(*) FROM mentions), "
      "(SELECT count(*) FROM incidents), "
      "(SELECT count(*) FROM incidents WHERE source_count > 1)",
      {});
  if (!rows.ok()) return rows.status();
  const SqlRow& row = rows->front();
  StoreStats stats;
  stats.schema_version = schema_version_;
  stats.documents = row.Int(0);
  stats.events = row.Int(1);
  stats.relations = row.Int(2);
  stats.mentions = row.Int(3);
  stats.incidents = row.Int(4);
  stats.multi_source_incidents = row.Int(5);
  return stats;
}

Result<std::vector<std::string>> SqlStore::CheckConsistency() {
  std::vector<std::string> problems;
  struct Check {
    const char* what;
    const char* sql;  // counts violations
  };
  const std::vector<Check> checks = {
      {"events outside any incident", "SELECT count(*) FROM events WHERE incident_key IS NULL"},
      {"incidents without events",
       "SELECT count(*) FROM incidents i WHERE NOT EXISTS "
       "(SELECT 1 FROM events e WHERE e.incident_key = i.incident_key)"},
      {"incidents holding two events of one report",
       "SELECT count(*) FROM (SELECT incident_key, doc_key FROM events WHERE incident_key IS NOT "
       "NULL GROUP BY incident_key, doc_key HAVING count(*) > 1) t"},
      {"incidents whose source count differs from their members",
       "SELECT count(*) FROM incidents i WHERE source_count <> "
       "(SELECT count(*) FROM events e WHERE e.incident_key = i.incident_key)"},
      {"events whose type differs from their incident's",
       "SELECT count(*) FROM events e JOIN incidents i ON i.incident_key = e.incident_key "
       "WHERE e.type <> i.type"},
      {"incidents whose fatality range disagrees with their members",
       "SELECT count(*) FROM incidents i WHERE "
       "coalesce(i.fatalities, -1) <> coalesce((SELECT min(e.fatalities) FROM events e WHERE "
       "e.incident_key = i.incident_key), -1) OR coalesce(i.fatalities_max, -1) <> "
       "coalesce((SELECT max(e.fatalities) FROM events e WHERE e.incident_key = "
       "i.incident_key), -1)"},
      {"incidents whose first report is not a member",
       "SELECT count(*) FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM events e JOIN "
       "documents d ON d.doc_key = e.doc_key WHERE e.incident_key = i.incident_key AND d.id = "
       "i.first_doc)"},
      {"documents stored twice", "SELECT count(*) - count(DISTINCT id) FROM documents"},
  };
  for (const Check& check : checks) {
    auto count = db_->QueryInt(check.sql);
    if (!count.ok()) return count.status();
    if (*count != 0) problems.push_back(std::to_string(*count) + " " + check.what);
  }
  if (lite()) {
    const std::vector<Check> index_checks = {
        {"event places missing from the R*Tree",
         "SELECT (SELECT count(*) FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL) - "
         "(SELECT count(*) FROM event_geo)"},
        {"incident places missing from the R*Tree",
         "SELECT (SELECT count(*) FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL) - "
         "(SELECT count(*) FROM incident_geo)"},
    };
    for (const Check& check : index_checks) {
      auto count = db_->QueryInt(check.sql);
      if (!count.ok()) return count.status();
      if (*count != 0) problems.push_back(std::to_string(*count) + " " + check.what);
    }
    auto integrity = db_->Query("PRAGMA integrity_check", {});
    if (!integrity.ok()) return integrity.status();
    for (const SqlRow& row : *integrity) {
      if (row.Text(0) != "ok") problems.push_back("sqlite integrity: " + row.Text(0));
    }
    auto foreign = db_->Query("PRAGMA foreign_key_check", {});
    if (!foreign.ok()) return foreign.status();
    if (!foreign->empty()) {
      problems.push_back(std::to_string(foreign->size()) + " rows break foreign keys");
    }
    Status fts =
        db_->ExecuteScript("INSERT INTO document_fts (document_fts) VALUES ('integrity-check')");
    if (!fts.ok()) problems.push_back("full-text index: " + fts.message());
  }
  return problems;
}

}  // namespace casus
