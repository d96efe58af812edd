#include "store/incident_filter_sql.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

namespace casus {
namespace {

// Appends " AND column IN (?, ...)" for a non-empty list.
void AddIn(IncidentConditions& out, std::string_view column,
           const std::vector<std::string>& values) {
  if (values.empty()) return;
  out.sql += " AND ";
  out.sql += column;
  out.sql += " IN (" + Placeholders(values.size()) + ")";
  for (const std::string& value : values) out.params.push_back(SqlText(value));
}

void AddTexts(std::vector<SqlValue>& params, const std::vector<std::string>& values) {
  for (const std::string& value : values) params.push_back(SqlText(value));
}

// A window of at most two years: probing each incident of it is cheaper
// than collecting every incident of a network's actors.
bool NarrowDates(const IncidentFilter& filter) {
  return filter.from && filter.to && filter.to->ToDays() - filter.from->ToDays() <= 731;
}

// The network prefilter's alternatives: a perpetrator or claimant among the
// keys, or a state organ of the countries, or a sponsor among the codes —
// conditions on incident_actors, each with its parameters (`window`, when
// given, narrows each to the actor rows of a date window).
struct PerpetratorAlternative {
  std::string condition;
  std::vector<SqlValue> params;
  bool certain;  // a state organ or a sponsor (ActorNetwork::Covers on any date)
};
std::vector<PerpetratorAlternative> PerpetratorAlternatives(const IncidentFilter& filter,
                                                            bool window) {
  std::string range;
  std::vector<SqlValue> range_params;
  if (window) {
    if (filter.from) {
      range += " AND date_days >= ?";
      range_params.push_back(SqlInt(filter.from->ToDays()));
    }
    if (filter.to) {
      range += " AND date_days <= ?";
      range_params.push_back(SqlInt(filter.to->ToDays()));
    }
  }
  std::vector<PerpetratorAlternative> alternatives;
  auto add = [&](std::string condition, const std::vector<std::string>& values, bool certain) {
    if (values.empty()) return;
    PerpetratorAlternative a;
    a.condition = "(" + condition + " IN (" + Placeholders(values.size()) + ")" + range + ")";
    AddTexts(a.params, values);
    a.params.insert(a.params.end(), range_params.begin(), range_params.end());
    a.certain = certain;
    alternatives.push_back(std::move(a));
  };
  add("role IN ('actor1', 'claimed') AND actor_key", filter.perpetrator_keys, false);
  add("role IN ('actor1', 'claimed') AND sector IN ('GOV', 'MIL', 'SPY', 'COP', 'JUD', 'LEG') "
      "AND country",
      filter.perpetrator_countries, true);
  add("role = 'sponsor' AND actor_key", filter.sponsor_codes, true);
  return alternatives;
}

// The network prefilter: one of its alternatives holds for the incident.
void AddPerpetrators(const IncidentFilter& filter, int schema_version, IncidentConditions& out) {
  if (filter.perpetrator_keys.empty() && filter.perpetrator_countries.empty() &&
      filter.sponsor_codes.empty()) {
    return;
  }
  // Same rows either way; which is faster depends on what else narrows the
  // search. From schema version 4 the actor rows carry the incident's date:
  // a date window reads each alternative's index range within the window.
  // Before, with a date window or a place, each incident's actors are
  // probed (their primary key starts with the incident); otherwise the
  // actors' incidents are collected, one index range per alternative.
  const bool dated = schema_version >= 4 && (filter.from || filter.to);
  const bool probe =
      !dated && (!filter.countries.empty() || filter.bbox || filter.near || NarrowDates(filter));
  const std::vector<PerpetratorAlternative> alternatives = PerpetratorAlternatives(filter, dated);
  // The parameters are added in the alternatives' order, as they appear.
  for (const PerpetratorAlternative& a : alternatives) {
    out.params.insert(out.params.end(), a.params.begin(), a.params.end());
  }
  if (probe) {
    out.sql +=
        " AND EXISTS (SELECT 1 FROM incident_actors WHERE incident_key = i.incident_key AND (";
    for (size_t i = 0; i < alternatives.size(); ++i) {
      if (i > 0) out.sql += " OR ";
      out.sql += alternatives[i].condition;
    }
    out.sql += "))";
    return;
  }
  out.key_set = true;
  out.sql += " AND i.incident_key IN (";
  for (size_t i = 0; i < alternatives.size(); ++i) {
    if (i > 0) out.sql += " UNION ";
    out.sql += "SELECT incident_key FROM incident_actors WHERE " + alternatives[i].condition;
  }
  out.sql += ")";
}

}  // namespace

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

IncidentConditions PerpetratorRows(const IncidentFilter& filter) {
  IncidentConditions out;
  if (!filter.from && !filter.to) return out;
  for (const PerpetratorAlternative& a : PerpetratorAlternatives(filter, true)) {
    if (!out.sql.empty()) out.sql += " UNION ALL ";
    out.sql += std::string("SELECT incident_key, date_days, ") + (a.certain ? "1" : "0") +
               " AS certain FROM incident_actors WHERE " + a.condition;
    out.params.insert(out.params.end(), a.params.begin(), a.params.end());
  }
  return out;
}

std::string TextQuery(std::string_view text, SqlDialect dialect) {
  const bool lite = dialect == SqlDialect::kSqlite;
  std::string query;
  for (const std::string& word : SearchWords(text)) {
    if (!query.empty()) query += lite ? " " : " & ";
    query += lite ? "\"" + word + "\"" : "'" + word + "'";
  }
  return query;
}

std::string TextConditionPerIncident(SqlDialect dialect) {
  // The matching reports are collected once; each incident's reports come
  // from the events' (incident, document) index. On SQLite `+` keeps the
  // report list from being used as a key of that index (which would probe
  // the index once per matching report for every incident).
  if (dialect == SqlDialect::kSqlite) {
    return " AND EXISTS (SELECT 1 FROM events e INDEXED BY events_incident_doc WHERE "
           "e.incident_key = i.incident_key AND +e.doc_key IN (SELECT rowid FROM document_fts "
           "WHERE document_fts MATCH ?))";
  }
  return " AND EXISTS (SELECT 1 FROM events e WHERE e.incident_key = i.incident_key AND "
         "e.doc_key IN (SELECT d.doc_key FROM documents d WHERE d.text_search @@ "
         "to_tsquery('simple', ?)))";
}

std::string IncidentActorsJoin(SqlDialect dialect, std::string_view roles) {
  return std::string(dialect == SqlDialect::kSqlite ? " CROSS JOIN" : " JOIN") +
         " incident_actors ia ON ia.incident_key = i.incident_key AND ia.role IN (" +
         std::string(roles) + ")";
}

std::string DecidingActorJoin(SqlDialect dialect) {
  return IncidentActorsJoin(dialect, "'actor1', 'claimed', 'sponsor'");
}

void AddDecidingActor(const SqlRow& row, size_t column, Incident& incident) {
  Actor actor;
  actor.id = row.Text(column + 1);  // ActorKey(actor) is then the stored key
  actor.name = row.IsNull(column + 2) ? actor.id : row.Text(column + 2);
  actor.country = row.Text(column + 3);
  actor.sector = row.Text(column + 4);
  const std::string role = row.Text(column);
  if (role == "actor1") {
    incident.perpetrators.push_back(std::move(actor));
  } else if (role == "claimed") {
    incident.event.claimed_by.push_back(Claim{std::move(actor), {}});
  } else {
    incident.event.sponsors.push_back(actor.id);
  }
}

std::string Placeholders(size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += i == 0 ? "?" : ", ?";
  return out;
}

std::array<double, 4> CircleBox(double lat, double lon, double km) {
  const double dlat = km / 111.0;
  const double dlon = km / (111.0 * std::max(0.01, std::cos(lat * 3.14159265358979 / 180)));
  return {lon - dlon, lat - dlat, lon + dlon, lat + dlat};
}

std::string IncidentConditions::From(SqlDialect dialect, int schema_version) const {
  return key_set && dialect == SqlDialect::kSqlite && schema_version >= 3
             ? "incidents i INDEXED BY incidents_lookup"
             : "incidents i";
}

std::string IncidentOrder(SqlDialect dialect, bool newest_first) {
  // SQLite sorts NULL first, so newest first is the date index read
  // backwards.
  if (dialect == SqlDialect::kSqlite) {
    return newest_first ? " ORDER BY i.date_days DESC, i.incident_key DESC"
                        : " ORDER BY i.date_days IS NULL, i.date_days, i.incident_key";
  }
  return newest_first ? " ORDER BY i.date_days DESC NULLS LAST, i.incident_key DESC"
                      : " ORDER BY i.date_days ASC NULLS LAST, i.incident_key";
}

IncidentConditions IncidentFilterSql(const IncidentFilter& filter, SqlDialect dialect,
                                     int schema_version, bool place_index) {
  const bool lite = dialect == SqlDialect::kSqlite;
  IncidentConditions out;
  if (filter.from) {
    out.sql += " AND i.date_days >= ?";
    out.params.push_back(SqlInt(filter.from->ToDays()));
  }
  if (filter.to) {
    out.sql += " AND i.date_days <= ?";
    out.params.push_back(SqlInt(filter.to->ToDays()));
  }
  AddIn(out, "i.country", filter.countries);
  AddIn(out, "i.type", filter.types);
  AddIn(out, "i.mode", filter.modes);
  if (!filter.acled.empty()) {
    out.sql += " AND (lower(i.acled_type) = lower(?) OR lower(i.acled_sub_type) = lower(?))";
    out.params.insert(out.params.end(), {SqlText(filter.acled), SqlText(filter.acled)});
  }
  std::vector<std::array<double, 4>> boxes;
  if (filter.bbox) boxes.push_back(*filter.bbox);
  if (filter.near) {
    boxes.push_back(CircleBox((*filter.near)[0], (*filter.near)[1], (*filter.near)[2]));
  }
  for (const auto& box : boxes) {
    if (!place_index) {
      // The exact check below decides alone.
    } else if (lite) {
      out.key_set = true;
      out.sql +=
          " AND i.incident_key IN (SELECT incident_key FROM incident_geo WHERE min_lon <= ? "
          "AND max_lon >= ? AND min_lat <= ? AND max_lat >= ?)";
      out.params.insert(out.params.end(),
                        {SqlValue(box[2]), SqlValue(box[0]), SqlValue(box[3]), SqlValue(box[1])});
    } else {
      out.sql +=
          " AND point(i.lon, i.lat) <@ box(point(?::float8, ?::float8), "
          "point(?::float8, ?::float8))";
      out.params.insert(out.params.end(),
                        {SqlValue(box[0]), SqlValue(box[1]), SqlValue(box[2]), SqlValue(box[3])});
    }
    // The R*Tree stores 32-bit floats rounded outwards: check exactly too
    // (this check alone decides what matches; the index only finds).
    out.sql += " AND i.lon BETWEEN ? AND ? AND i.lat BETWEEN ? AND ?";
    out.params.insert(out.params.end(),
                      {SqlValue(box[0]), SqlValue(box[2]), SqlValue(box[1]), SqlValue(box[3])});
  }
  auto actor_roles = [&](std::string_view roles, const std::vector<std::string>& keys) {
    if (keys.empty()) return;
    out.key_set = true;
    out.sql += " AND i.incident_key IN (SELECT incident_key FROM incident_actors WHERE role IN (";
    out.sql += roles;
    out.sql += ") AND actor_key IN (" + Placeholders(keys.size()) + "))";
    AddTexts(out.params, keys);
  };
  actor_roles("'actor1', 'actor2'", filter.actor_keys);
  actor_roles("'claimed'", filter.claimant_keys);
  AddPerpetrators(filter, schema_version, out);
  if (!filter.text.empty()) {
    const std::string query = TextQuery(filter.text, dialect);
    if (query.empty()) out.matches_nothing = true;
    // From the matching documents to their events' incidents
    // (events_doc_incident holds both keys).
    out.key_set = true;
    if (lite) {
      out.sql +=
          " AND i.incident_key IN (SELECT e.incident_key FROM document_fts f JOIN events e ON "
          "e.doc_key = f.rowid WHERE document_fts MATCH ?)";
    } else {
      out.sql +=
          " AND i.incident_key IN (SELECT e.incident_key FROM documents d JOIN events e ON "
          "e.doc_key = d.doc_key WHERE d.text_search @@ to_tsquery('simple', ?))";
    }
    out.params.push_back(SqlText(query));
  }
  return out;
}

}  // namespace casus
