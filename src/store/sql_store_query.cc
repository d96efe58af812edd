// SqlStore's read side: incident queries, the actor graph's inputs,
// statistics and the consistency check.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>

#include "base/distance.h"
#include "store/incident_format.h"
#include "store/record_json.h"
#include "store/sql_store.h"

namespace casus {

namespace {

// Keys per statement when fetching records by key.
constexpr size_t kKeysPerStatement = 500;

}  // namespace

Result<std::vector<Incident>> SqlStore::FindIncidents(const IncidentFilter& filter) {
  const IncidentConditions where = IncidentFilterSql(filter, db_->dialect(), schema_version_);
  if (where.matches_nothing) return std::vector<Incident>{};
  // Keys first, from the indexes (the records are large, and a sort or a
  // limit need not carry them), then the records of the keys kept.
  std::string sql = "SELECT i.incident_key, i.lat, i.lon FROM " +
                    where.From(db_->dialect(), schema_version_) + " WHERE 1 = 1" + where.sql +
                    IncidentOrder(db_->dialect(), false);
  std::vector<SqlValue> params = where.params;
  const bool post_filter = filter.near.has_value();
  if (filter.limit > 0 && !post_filter) {
    sql += " LIMIT ?";
    params.push_back(SqlInt(static_cast<int64_t>(filter.limit)));
  }
  auto rows = db_->Query(sql, params);
  if (!rows.ok()) return rows.status();
  std::vector<int64_t> keys;
  keys.reserve(rows->size());
  for (const SqlRow& row : *rows) {
    if (filter.near) {
      const auto& [lat, lon, km] = *filter.near;
      if (row.IsNull(1) || row.IsNull(2) ||
          DistanceKm(lat, lon, row.Double(1), row.Double(2)) > km) {
        continue;
      }
    }
    keys.push_back(row.Int(0));
    if (filter.limit > 0 && keys.size() >= filter.limit) break;
  }
  return IncidentsByKey(keys);
}

Result<std::vector<Incident>> SqlStore::IncidentsByKey(std::span<const int64_t> keys) {
  std::vector<Incident> incidents;
  incidents.reserve(keys.size());
  for (size_t begin = 0; begin < keys.size(); begin += kKeysPerStatement) {
    const std::span<const int64_t> chunk =
        keys.subspan(begin, std::min(kKeysPerStatement, keys.size() - begin));
    std::vector<SqlValue> params;
    params.reserve(chunk.size());
    for (int64_t key : chunk) params.push_back(SqlInt(key));
    auto rows = db_->Query("SELECT incident_key, record FROM incidents WHERE incident_key IN (" +
                               Placeholders(chunk.size()) + ")",
                           params);
    if (!rows.ok()) return rows.status();
    std::unordered_map<int64_t, const SqlRow*> by_key;
    for (const SqlRow& row : *rows) by_key[row.Int(0)] = &row;
    for (int64_t key : chunk) {
      auto it = by_key.find(key);
      if (it == by_key.end()) continue;
      auto incident = IncidentFromJson(it->second->Text(1));
      if (!incident.ok()) {
        return Status::Internal("incident " + std::to_string(key) + ": " +
                                incident.status().message());
      }
      incidents.push_back(std::move(incident.value()));
    }
  }
  return incidents;
}

Result<std::vector<Incident>> SqlStore::FindIncidentActors(const IncidentFilter& filter) {
  const IncidentConditions where = IncidentFilterSql(filter, db_->dialect(), schema_version_);
  if (where.matches_nothing) return std::vector<Incident>{};
  // One row per deciding actor, the rows of one incident together, in the
  // incidents' order; an incident without any such actor cannot be
  // covered and has no row.
  auto rows = db_->Query(std::string("SELECT i.incident_key, i.date_days, i.lat, i.lon, ") +
                             kDecidingActorColumns + " FROM " +
                             where.From(db_->dialect(), schema_version_) +
                             DecidingActorJoin(db_->dialect()) + " WHERE 1 = 1" + where.sql +
                             IncidentOrder(db_->dialect(), false),
                         where.params);
  if (!rows.ok()) return rows.status();
  std::vector<Incident> incidents;
  for (size_t r = 0; r < rows->size(); ++r) {
    const SqlRow& row = (*rows)[r];
    const int64_t key = row.Int(0);
    if (incidents.empty() || incidents.back().key != key) {
      Incident incident;
      incident.key = key;
      if (!row.IsNull(1)) incident.event.date = Date::FromDays(row.Int(1));
      if (filter.near) {
        const auto& [lat, lon, km] = *filter.near;
        if (row.IsNull(2) || row.IsNull(3) ||
            DistanceKm(lat, lon, row.Double(2), row.Double(3)) > km) {
          // Skip every row of this incident.
          while (r + 1 < rows->size() && (*rows)[r + 1].Int(0) == key) ++r;
          continue;
        }
      }
      incidents.push_back(std::move(incident));
    }
    AddDecidingActor(row, 4, incidents.back());
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

Result<std::vector<StoredRelation>> SqlStore::RelationKeys() {
  auto rows = db_->Query(
      "SELECT relation, subject_key, object_key FROM relations ORDER BY relation_key", {});
  if (!rows.ok()) return rows.status();
  std::vector<StoredRelation> relations;
  relations.reserve(rows->size());
  for (const SqlRow& row : *rows) {
    StoredRelation stored;
    stored.relation.relation = row.Text(0);
    stored.relation.subject.id = row.Text(1);  // ActorKey() gives the stored key back
    stored.relation.object.id = row.Text(2);
    relations.push_back(std::move(stored));
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
  std::vector<Check> all_checks = checks;
  if (schema_version_ >= 4) {
    all_checks.push_back(
        {"incident actors whose date differs from their incident's",
         "SELECT count(*) FROM incident_actors a JOIN incidents i ON i.incident_key = "
         "a.incident_key WHERE coalesce(a.date_days, -999999) <> coalesce(i.date_days, -999999)"});
  }
  for (const Check& check : all_checks) {
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
