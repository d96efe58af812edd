#include "store/sql_store.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>

#include "output/jsonl_records.h"
#include "store/incident_format.h"
#include "store/record_json.h"
#include "store/schema.h"

namespace casus {

std::string UtcTimestamp() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

std::string ContentHash(const Document& document) {
  // FNV-1a over length-prefixed fields: unambiguous, stable across builds.
  uint64_t hash = 0xcbf29ce484222325ull;
  auto mix = [&hash](std::string_view field) {
    const uint64_t length = field.size();
    for (int i = 0; i < 8; ++i) {
      hash ^= (length >> (8 * i)) & 0xff;
      hash *= 0x100000001b3ull;
    }
    for (unsigned char c : field) {
      hash ^= c;
      hash *= 0x100000001b3ull;
    }
  };
  mix(document.id);
  mix(document.title);
  mix(document.date ? document.date->ToString() : "");
  mix(document.source);
  mix(document.url);
  mix(document.text);
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& location,
                                           const StoreOptions& options) {
  Result<std::unique_ptr<SqlConnection>> db =
      location.starts_with("postgresql://") || location.starts_with("postgres://")
          ? OpenPostgresConnection(location)
          : OpenSqliteConnection(location);
  if (!db.ok()) return db.status();
  Status status = MigrateSchema(**db, options.schema_version);
  if (!status.ok()) return status;
  auto version = ReadSchemaVersion(**db);
  if (!version.ok()) return version.status();
  return std::unique_ptr<Store>(new SqlStore(std::move(db.value()), options, *version));
}

SqlStore::SqlStore(std::unique_ptr<SqlConnection> db, StoreOptions options, int schema_version)
    : db_(std::move(db)),
      options_(std::move(options)),
      matcher_(options_.fusion),
      schema_version_(schema_version) {}

std::string_view SqlStore::engine() const { return lite() ? "sqlite" : "postgresql"; }

Result<std::unordered_map<std::string, std::string>> SqlStore::ContentHashes(
    std::span<const std::string> ids) {
  std::unordered_map<std::string, std::string> hashes;
  constexpr size_t kChunk = 64;
  for (size_t begin = 0; begin < ids.size(); begin += kChunk) {
    const size_t end = std::min(ids.size(), begin + kChunk);
    std::string sql = "SELECT id, content_hash FROM documents WHERE id IN (";
    std::vector<SqlValue> params;
    for (size_t i = begin; i < end; ++i) {
      sql += i == begin ? "?" : ", ?";
      params.push_back(SqlText(ids[i]));
    }
    sql += ")";
    auto rows = db_->Query(sql, params);
    if (!rows.ok()) return rows.status();
    for (const SqlRow& row : *rows) hashes[row.Text(0)] = row.Text(1);
  }
  return hashes;
}

Result<BatchResult> SqlStore::StoreBatch(std::span<const DocumentToStore> batch) {
  BatchResult result;
  Status status =
      db_->ExecuteScript(lite() ? "BEGIN IMMEDIATE" : "BEGIN; SELECT pg_advisory_xact_lock(7262)");
  if (!status.ok()) return status;
  std::set<int64_t> touched;
  for (const DocumentToStore& item : batch) {
    const SqlValue id[] = {SqlText(item.document.id)};
    auto existing = db_->Query("SELECT doc_key, content_hash FROM documents WHERE id = ?", id);
    if (!existing.ok()) {
      db_->ExecuteScript("ROLLBACK");
      return existing.status();
    }
    int64_t existing_key = 0;
    if (!existing->empty()) {
      if (existing->front().Text(1) == item.content_hash && !item.recode) {
        ++result.unchanged;
        continue;
      }
      existing_key = existing->front().Int(0);
    }
    // A savepoint per document: one that cannot be stored leaves no trace
    // and does not take the batch down with it.
    status = db_->ExecuteScript("SAVEPOINT casus_document");
    if (!status.ok()) {
      db_->ExecuteScript("ROLLBACK");
      return status;
    }
    std::set<int64_t> document_touched;
    BatchResult document_result;
    status = StoreDocument(item, existing_key, document_result, document_touched);
    if (status.ok()) status = db_->ExecuteScript("RELEASE SAVEPOINT casus_document");
    if (!status.ok()) {
      Status undo = db_->ExecuteScript(
          "ROLLBACK TO SAVEPOINT casus_document; RELEASE SAVEPOINT casus_document");
      if (!undo.ok()) {
        db_->ExecuteScript("ROLLBACK");
        return undo;
      }
      result.failed.push_back({item.document.id, status.message()});
      continue;
    }
    result.stored += document_result.stored;
    result.replaced += document_result.replaced;
    result.events += document_result.events;
    result.committed.push_back(item.document.id);
    touched.insert(document_touched.begin(), document_touched.end());
  }
  status = db_->ExecuteScript("COMMIT");
  if (!status.ok()) {
    db_->ExecuteScript("ROLLBACK");
    return status;
  }
  result.incidents_touched.assign(touched.begin(), touched.end());
  return result;
}

Status SqlStore::StoreDocument(const DocumentToStore& item, int64_t existing_key,
                               BatchResult& result, std::set<int64_t>& touched) {
  const Document& doc = item.document;
  if (existing_key != 0) {
    Status status = RemoveDocument(existing_key, touched);
    if (!status.ok()) return status;
    ++result.replaced;
  } else {
    ++result.stored;
  }
  const SqlValue doc_params[] = {SqlText(doc.id),
                                 SqlText(item.content_hash),
                                 SqlTextOrNull(doc.title),
                                 doc.date ? SqlText(doc.date->ToString()) : SqlNull(),
                                 doc.date ? SqlInt(doc.date->ToDays()) : SqlNull(),
                                 SqlTextOrNull(doc.source),
                                 SqlTextOrNull(doc.url),
                                 SqlText(doc.text),
                                 SqlText(options_.coder),
                                 SqlText(UtcTimestamp())};
  auto doc_key = db_->QueryInt(
      "INSERT INTO documents (id, content_hash, title, published, published_days, source, url, "
      "text, coded_by, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING doc_key",
      doc_params);
  if (!doc_key.ok()) return doc_key.status();

  // Each event is placed in an incident before it is stored, so the event
  // row is written once, with its incident and the reason.
  for (size_t i = 0; i < item.coded.events.size(); ++i) {
    IncidentSource source;
    source.doc = doc.id;
    source.title = doc.title;
    source.source = doc.source;
    source.url = doc.url;
    source.published = doc.date;
    source.event = item.coded.events[i];
    source.event.doc = doc.id;
    auto placed = PlaceEvent(source, *doc_key, touched);
    if (!placed.ok()) return placed.status();
    auto event_key = InsertEvent(*doc_key, i, source.event, *placed);
    if (!event_key.ok()) return event_key.status();
    ++result.events;
  }
  std::string record;
  for (size_t i = 0; i < item.coded.relations.size(); ++i) {
    Relation relation = item.coded.relations[i];
    relation.doc = doc.id;
    record.clear();
    AppendRelationJsonl(relation, record);
    record.pop_back();
    const SqlValue params[] = {SqlInt(*doc_key),
                               SqlInt(static_cast<int64_t>(i)),
                               SqlText(ActorKey(relation.subject)),
                               SqlText(relation.relation),
                               SqlText(ActorKey(relation.object)),
                               SqlTextOrNull(ActorKey(relation.by)),
                               SqlText(record)};
    Status status = db_->Execute(
        "INSERT INTO relations (doc_key, ordinal, subject_key, relation, object_key, by_key, "
        "record) VALUES (?, ?, ?, ?, ?, ?, ?)",
        params);
    if (status.ok())
      status = InsertEvidence(*doc_key, "relation", i, "relation", relation.evidence);
    if (!status.ok()) return status;
  }
  for (size_t i = 0; i < item.coded.mentions.size(); ++i) {
    Mention mention = item.coded.mentions[i];
    mention.doc = doc.id;
    record.clear();
    AppendMentionJsonl(mention, record);
    record.pop_back();
    const SqlValue params[] = {SqlInt(*doc_key), SqlInt(static_cast<int64_t>(i)),
                               SqlInt(mention.sentence), SqlText(mention.type), SqlText(record)};
    Status status = db_->Execute(
        "INSERT INTO mentions (doc_key, ordinal, sentence, type, record) VALUES (?, ?, ?, ?, ?)",
        params);
    if (status.ok()) status = InsertEvidence(*doc_key, "mention", i, "mention", mention.evidence);
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

Result<int64_t> SqlStore::InsertEvent(int64_t doc_key, size_t ordinal, const Event& event,
                                      const Placement& placement) {
  std::string record;
  AppendEventJsonl(event, record);
  record.pop_back();
  const std::optional<Location>& l = event.location;
  const bool located = l && !l->precision.empty() && !(l->lat == 0 && l->lon == 0);
  const SqlValue params[] = {SqlInt(doc_key),
                             SqlInt(static_cast<int64_t>(ordinal)),
                             SqlText(event.id),
                             SqlText(event.type),
                             SqlTextOrNull(event.mode),
                             SqlTextOrNull(event.acled ? event.acled->event_type : ""),
                             SqlTextOrNull(event.acled ? event.acled->sub_event_type : ""),
                             event.date ? SqlInt(event.date->ToDays()) : SqlNull(),
                             SqlTextOrNull(event.date ? event.date_precision : ""),
                             SqlTextOrNull(l ? l->country : ""),
                             located ? SqlValue(l->lat) : SqlNull(),
                             located ? SqlValue(l->lon) : SqlNull(),
                             SqlTextOrNull(l ? l->precision : ""),
                             SqlTextOrNull(ActorKey(event.actor1)),
                             SqlTextOrNull(ActorKey(event.actor2)),
                             SqlOptionalInt(event.fatalities),
                             SqlOptionalInt(event.injuries),
                             SqlInt(placement.incident_key),
                             SqlValue(placement.score),
                             SqlText(placement.why),
                             SqlText(record)};
  auto key = db_->QueryInt(
      "INSERT INTO events (doc_key, ordinal, event_id, type, mode, acled_type, acled_sub_type, "
      "date_days, date_precision, country, lat, lon, place_precision, actor1_key, actor2_key, "
      "fatalities, injuries, incident_key, fusion_score, fusion_why, record) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING event_key",
      params);
  if (!key.ok()) return key.status();
  Status status = Status::Ok();
  for (const Evidence& evidence : event.evidence) {
    if (status.ok()) status = InsertEvidence(doc_key, "event", ordinal, "event", evidence);
  }
  for (const Claim& claim : event.claimed_by) {
    if (status.ok()) status = InsertEvidence(doc_key, "event", ordinal, "claim", claim.evidence);
  }
  for (const Attribution& a : event.attributed_to) {
    if (status.ok()) status = InsertEvidence(doc_key, "event", ordinal, "attribution", a.evidence);
  }
  if (!status.ok()) return status;
  return *key;
}

Status SqlStore::InsertEvidence(int64_t doc_key, std::string_view kind, size_t ordinal,
                                std::string_view role, const Evidence& evidence) {
  if (evidence.end <= evidence.start) return Status::Ok();
  const SqlValue params[] = {SqlInt(doc_key),
                             SqlText(kind),
                             SqlInt(static_cast<int64_t>(ordinal)),
                             SqlText(role),
                             SqlInt(evidence.sentence),
                             SqlInt(evidence.start),
                             SqlInt(evidence.end)};
  return db_->Execute(
      "INSERT INTO evidence (doc_key, record_kind, record_ordinal, role, sentence, start_byte, "
      "end_byte) VALUES (?, ?, ?, ?, ?, ?, ?)",
      params);
}

Status SqlStore::RemoveDocument(int64_t doc_key, std::set<int64_t>& touched) {
  const SqlValue key[] = {SqlInt(doc_key)};
  auto incidents = db_->Query(
      "SELECT DISTINCT incident_key FROM events WHERE doc_key = ? AND incident_key IS NOT NULL",
      key);
  if (!incidents.ok()) return incidents.status();
  Status status = db_->Execute("DELETE FROM documents WHERE doc_key = ?", key);
  if (!status.ok()) return status;
  // Members left behind are fused again, in publication order, as if their
  // reports had just arrived: explanations then only name events that exist.
  std::vector<IncidentSource> orphans;
  for (const SqlRow& row : *incidents) {
    const int64_t incident_key = row.Int(0);
    auto members = LoadMembers(incident_key);
    if (!members.ok()) return members.status();
    const SqlValue incident[] = {SqlInt(incident_key)};
    status = db_->Execute("UPDATE events SET incident_key = NULL WHERE incident_key = ?", incident);
    if (status.ok())
      status = db_->Execute("DELETE FROM incidents WHERE incident_key = ?", incident);
    if (!status.ok()) return status;
    touched.erase(incident_key);
    for (IncidentSource& member : *members) orphans.push_back(std::move(member));
  }
  std::stable_sort(orphans.begin(), orphans.end(), [](const auto& x, const auto& y) {
    if (x.published != y.published) return x.published < y.published;
    return x.event_key < y.event_key;
  });
  for (const IncidentSource& member : orphans) {
    const SqlValue event_key[] = {SqlInt(member.event_key)};
    auto member_doc = db_->QueryInt("SELECT doc_key FROM events WHERE event_key = ?", event_key);
    if (!member_doc.ok()) return member_doc.status();
    auto placed = PlaceEvent(member, *member_doc, touched);
    if (!placed.ok()) return placed.status();
    const SqlValue update[] = {SqlInt(placed->incident_key), SqlValue(placed->score),
                               SqlText(placed->why), SqlInt(member.event_key)};
    status = db_->Execute(
        "UPDATE events SET incident_key = ?, fusion_score = ?, fusion_why = ? "
        "WHERE event_key = ?",
        update);
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

Result<SqlStore::Placement> SqlStore::PlaceEvent(IncidentSource incoming, int64_t doc_key,
                                                 std::set<int64_t>& touched) {
  const Event& event = incoming.event;
  std::vector<IncidentSource> joined_members;
  std::string why;
  double score = 0;
  int64_t incident_key = 0;
  std::string window_reason;
  const auto window = matcher_.SearchWindow(event, &window_reason);
  if (window) {
    std::string sql =
        "SELECT e.event_key, e.incident_key, e.doc_key, e.record FROM events e "
        "WHERE e.type = ? AND e.date_days BETWEEN ? AND ? AND e.incident_key IS NOT NULL "
        "AND e.doc_key <> ?";
    std::vector<SqlValue> params = {SqlText(event.type), SqlInt(window->from_days),
                                    SqlInt(window->to_days), SqlInt(doc_key)};
    // Exact days match only exact days, or week-precision dates (a week's
    // tolerance either way).
    if (event.date_precision != "week") {
      const int64_t day = event.date->ToDays();
      sql += " AND (e.date_days BETWEEN ? AND ? OR e.date_precision = 'week')";
      params.insert(params.end(), {SqlInt(day - matcher_.options().day_tolerance),
                                   SqlInt(day + matcher_.options().day_tolerance)});
    }
    const std::optional<Location>& l = event.location;
    if (l && matcher_.ReachKm(l->precision, l->precision)) {
      // Located members must lie within the reach their precision and the
      // event's allow; members placed only by country are judged on actors.
      sql +=
          " AND (e.lat IS NULL OR coalesce(e.place_precision, '') NOT IN ('place', 'region', "
          "'water')";
      for (const char* precision : {"place", "region", "water"}) {
        const double reach = *matcher_.ReachKm(l->precision, precision);
        const double dlat = reach / 111.0;
        const double dlon =
            reach / (111.0 * std::max(0.05, std::cos(l->lat * 3.14159265358979 / 180)));
        sql += " OR (e.place_precision = '";
        sql += precision;
        sql += "' AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?)";
        params.insert(params.end(), {SqlValue(l->lat - dlat), SqlValue(l->lat + dlat),
                                     SqlValue(l->lon - dlon), SqlValue(l->lon + dlon)});
      }
      sql += ")";
    } else if (l && !l->country.empty()) {
      sql += " AND (e.country = ? OR e.country IS NULL)";
      params.push_back(SqlText(l->country));
    }
    sql += " ORDER BY e.event_key";
    auto candidates = db_->Query(sql, params);
    if (!candidates.ok()) return candidates.status();

    struct Best {
      double score = -1;
      std::string reason;
      std::string doc;
      std::string event_id;
    };
    std::map<int64_t, Best> by_incident;
    Best nearest_miss;
    for (const SqlRow& row : *candidates) {
      auto json = ParseJsonObject(row.Text(3));
      if (!json.ok()) continue;
      const Event member = EventFromJson(*json);
      FusionVerdict verdict = matcher_.Compare(event, member);
      if (!verdict.match) {
        if (nearest_miss.reason.empty()) {
          nearest_miss = {0, verdict.reason, member.doc, member.id};
        }
        continue;
      }
      Best& best = by_incident[row.Int(1)];
      if (verdict.score > best.score) best = {verdict.score, verdict.reason, member.doc, member.id};
    }
    std::vector<std::pair<int64_t, Best>> ranked(by_incident.begin(), by_incident.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& x, const auto& y) { return x.second.score > y.second.score; });
    std::string refused;
    for (const auto& [candidate, best] : ranked) {
      // Every member must be compatible: one event per report, and no
      // member that contradicts the newcomer.
      auto members = LoadMembers(candidate);
      if (!members.ok()) return members.status();
      std::string objection;
      for (const IncidentSource& member : *members) {
        if (member.doc == event.doc) {
          objection = "report already has an event in " + IncidentId(candidate);
          break;
        }
        FusionVerdict verdict = matcher_.Compare(event, member.event);
        if (verdict.conflict) {
          objection = IncidentId(candidate) + " holds report " + member.doc + ": " + verdict.reason;
          break;
        }
      }
      if (!objection.empty()) {
        if (refused.empty()) refused = objection;
        continue;
      }
      incident_key = candidate;
      joined_members = std::move(members.value());
      score = best.score;
      why = "joined " + IncidentId(candidate) + ": matches report " + best.doc + " (event " +
            best.event_id + "): " + best.reason;
      break;
    }
    if (incident_key == 0) {
      if (!refused.empty()) {
        why = "no compatible incident (" + refused + ")";
      } else if (!nearest_miss.reason.empty()) {
        why = "no matching report among " + std::to_string(candidates->size()) +
              " candidate events; e.g. report " + nearest_miss.doc + ": " + nearest_miss.reason;
      } else {
        why = "no other report of an event of type " + event.type + " within " +
              std::to_string((window->to_days - window->from_days) / 2) + " days nearby";
      }
    }
  } else {
    why = window_reason;
  }

  Status status;
  if (incident_key == 0) {
    // A new incident, written once with the key it will have.
    auto next = db_->QueryInt(lite() ? "SELECT coalesce(max(incident_key), 0) + 1 FROM incidents"
                                     : "SELECT nextval(pg_get_serial_sequence('incidents', "
                                       "'incident_key'))");
    if (!next.ok()) return next.status();
    incident_key = *next;
    why = "opened " + IncidentId(incident_key) + ": " + why;
  }
  incoming.score = score;
  incoming.why = why;
  const Event member_event = incoming.event;
  const bool opened = joined_members.empty();
  joined_members.push_back(std::move(incoming));
  const Incident fused = FuseIncident(incident_key, std::move(joined_members));
  status = WriteIncident(fused, opened);
  if (status.ok()) status = AddIncidentActors(fused, member_event, opened);
  if (!status.ok()) return status;
  touched.insert(incident_key);
  return Placement{incident_key, score, why};
}

Result<std::vector<IncidentSource>> SqlStore::LoadMembers(int64_t incident_key) {
  const SqlValue key[] = {SqlInt(incident_key)};
  auto rows = db_->Query(
      "SELECT e.event_key, e.record, e.fusion_score, e.fusion_why, d.id, d.title, d.source, "
      "d.url, d.published FROM events e JOIN documents d ON d.doc_key = e.doc_key "
      "WHERE e.incident_key = ? ORDER BY e.event_key",
      key);
  if (!rows.ok()) return rows.status();
  std::vector<IncidentSource> members;
  members.reserve(rows->size());
  for (const SqlRow& row : *rows) {
    auto json = ParseJsonObject(row.Text(1));
    if (!json.ok()) {
      return Status::Internal("stored event " + std::to_string(row.Int(0)) + " is not JSON");
    }
    IncidentSource member;
    member.event_key = row.Int(0);
    member.event = EventFromJson(*json);
    member.score = row.Double(2);
    member.why = row.Text(3);
    member.doc = row.Text(4);
    member.title = row.Text(5);
    member.source = row.Text(6);
    member.url = row.Text(7);
    member.published = Date::Parse(row.Text(8));
    members.push_back(std::move(member));
  }
  return members;
}

Status SqlStore::WriteIncident(const Incident& incident, bool insert) {
  const Event& e = incident.event;
  std::string record;
  AppendIncidentJsonl(incident, record);
  record.pop_back();
  const std::optional<Location>& l = e.location;
  const bool located = l && !l->precision.empty() && !(l->lat == 0 && l->lon == 0);
  const SqlValue params[] = {SqlText(e.type),
                             SqlTextOrNull(e.mode),
                             SqlTextOrNull(e.acled ? e.acled->event_type : ""),
                             SqlTextOrNull(e.acled ? e.acled->sub_event_type : ""),
                             e.date ? SqlInt(e.date->ToDays()) : SqlNull(),
                             SqlTextOrNull(e.date ? e.date_precision : ""),
                             SqlTextOrNull(l ? l->country : ""),
                             located ? SqlValue(l->lat) : SqlNull(),
                             located ? SqlValue(l->lon) : SqlNull(),
                             SqlTextOrNull(l ? l->precision : ""),
                             SqlTextOrNull(ActorKey(e.actor1)),
                             SqlTextOrNull(ActorKey(e.actor2)),
                             SqlOptionalInt(e.fatalities),
                             SqlOptionalInt(incident.fatalities_max),
                             SqlOptionalInt(e.injuries),
                             SqlOptionalInt(incident.injuries_max),
                             SqlInt(static_cast<int64_t>(incident.sources.size())),
                             SqlText(e.doc),
                             SqlText(record),
                             SqlInt(incident.key)};
  if (insert) {
    return db_->Execute(
        "INSERT INTO incidents (type, mode, acled_type, acled_sub_type, date_days, "
        "date_precision, country, lat, lon, place_precision, actor1_key, actor2_key, fatalities, "
        "fatalities_max, injuries, injuries_max, source_count, first_doc, record, incident_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        params);
  }
  return db_->Execute(
      "UPDATE incidents SET type = ?, mode = ?, acled_type = ?, acled_sub_type = ?, "
      "date_days = ?, date_precision = ?, country = ?, lat = ?, lon = ?, place_precision = ?, "
      "actor1_key = ?, actor2_key = ?, fatalities = ?, fatalities_max = ?, injuries = ?, "
      "injuries_max = ?, source_count = ?, first_doc = ?, record = ? WHERE incident_key = ?",
      params);
}

// An incident's actors only grow while it lives (a member that leaves takes
// the whole incident with it, see RemoveDocument), so each new member's
// actors are added and none removed. From schema version 4 every actor row
// carries the incident's date: a joined member may move it.
Status SqlStore::AddIncidentActors(const Incident& incident, const Event& m, bool opened) {
  const int64_t incident_key = incident.key;
  const SqlValue date = incident.event.date ? SqlInt(incident.event.date->ToDays()) : SqlNull();
  const bool dated = schema_version_ >= 4;
  Status status;
  if (dated && !opened) {
    const SqlValue params[] = {date, SqlInt(incident_key)};
    status =
        db_->Execute("UPDATE incident_actors SET date_days = ? WHERE incident_key = ?", params);
  }
  auto add = [&](std::string_view role, const Actor& actor) {
    const std::string actor_key = ActorKey(actor);
    if (actor_key.empty() || !status.ok()) return;
    const SqlValue row[] = {SqlInt(incident_key),
                            SqlText(role),
                            SqlText(actor_key),
                            SqlTextOrNull(actor.name),
                            SqlTextOrNull(actor.country),
                            SqlTextOrNull(actor.sector),
                            date};
    status = db_->Execute(
        dated ? "INSERT INTO incident_actors (incident_key, role, actor_key, name, country, "
                "sector, date_days) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
              : "INSERT INTO incident_actors (incident_key, role, actor_key, name, country, "
                "sector) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        std::span<const SqlValue>(row, dated ? 7 : 6));
  };
  if (m.actor1) add("actor1", *m.actor1);
  if (m.actor2) add("actor2", *m.actor2);
  for (const Claim& c : m.claimed_by) add("claimed", c.actor);
  for (const Attribution& a : m.attributed_to) add("attributed", a.actor);
  for (const std::string& sponsor : m.sponsors) {
    Actor code;
    code.id = sponsor;
    code.name = sponsor;
    code.country = sponsor;
    add("sponsor", code);
  }
  return status;
}

Status SqlStore::RecordRun(const IngestRun& run) {
  if (schema_version_ < 2) return Status::Ok();
  const SqlValue params[] = {SqlText(run.started_at),
                             SqlTextOrNull(run.finished_at),
                             SqlText(options_.coder),
                             SqlInt(static_cast<int64_t>(run.read)),
                             SqlInt(static_cast<int64_t>(run.stored)),
                             SqlInt(static_cast<int64_t>(run.unchanged)),
                             SqlInt(static_cast<int64_t>(run.skipped)),
                             SqlInt(static_cast<int64_t>(run.events))};
  return db_->Execute(
      "INSERT INTO ingest_runs (started_at, finished_at, casus_version, documents_read, "
      "documents_stored, documents_unchanged, documents_skipped, events_stored) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      params);
}

}  // namespace casus
