// IncidentConditions: an IncidentFilter as SQL — the one place that says
// what each filter means in the store's tables, used by the store's own
// queries (SqlStore) and by the server's (serve/incident_search.h).
//
// The conditions are written for the indexes of schema version 4 (see
// schema.cc), and still work on older versions: a date window, a country, a type and mode are
// answered from composite indexes; actors, words and places first find their set of incidents
// through their own index (incident_actors, the full-text index, the R*Tree or GiST index) and then
// look those incidents up by key.
//
// Thread safety: pure functions.
#ifndef CASUS_STORE_INCIDENT_FILTER_SQL_H_
#define CASUS_STORE_INCIDENT_FILTER_SQL_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "store/schema.h"
#include "store/sql_connection.h"
#include "store/store.h"

namespace casus {

// Words of a full-text query: runs of letters and digits (any non-ASCII
// byte counts as a letter), lower-cased.
std::vector<std::string> SearchWords(std::string_view text);

struct IncidentConditions {
  // " AND ..." conditions on the incidents table aliased `i`, with `?`
  // placeholders bound to `params` in order.
  std::string sql;
  std::vector<SqlValue> params;
  // The filter can match nothing (full text without any word): do not ask.
  bool matches_nothing = false;
  // Some condition names a set of incidents found through another index
  // (actors, words, places, a network without a date window): the matches
  // are best looked up by key.
  bool key_set = false;
  // What to select from: "incidents i", on SQLite with the covering key
  // index (schema version 3) when the matches come as a key set.
  std::string From(SqlDialect dialect, int schema_version) const;
};

// The conditions of `filter` (its `limit` is not part of them), for a store
// at `schema_version`. `near` contributes its bounding box only; the exact
// distance is the caller's. Without `place_index` boxes are checked on the
// incidents' coordinates only, not looked up in the place index (for scans
// of another index that read the coordinates anyway).
IncidentConditions IncidentFilterSql(const IncidentFilter& filter, SqlDialect dialect,
                                     int schema_version = kLatestSchemaVersion,
                                     bool place_index = true);

// The network prefilter of `filter` (perpetrator keys, state organs of
// countries, sponsor codes) in its date window, as rows of incident_actors
// (schema version 4, whose actor rows carry their incident's date):
// "SELECT incident_key, date_days, certain FROM ..." with one row per
// matching actor row; `certain` is 1 for a state organ of the countries or
// a sponsor among the codes. The incidents of those rows are the incidents
// of the window that the prefilter admits. Empty sql without a window or a
// prefilter.
IncidentConditions PerpetratorRows(const IncidentFilter& filter);

// The full-text query the words of `text` become (all words, in one
// report): FTS5 syntax on SQLite, to_tsquery's on PostgreSQL. Empty when
// `text` has no word.
std::string TextQuery(std::string_view text, SqlDialect dialect);

// " AND EXISTS (...)": one of incident `i`'s reports holds every word of the
// full-text query bound to `?` — the words checked incident by incident
// (against the set of matching reports), for scans in date order that stop
// at a page.
std::string TextConditionPerIncident(SqlDialect dialect);

// " ORDER BY ..." for incidents aliased `i`: by date then key, undated
// last, oldest or newest first.
std::string IncidentOrder(SqlDialect dialect, bool newest_first);

// The actors that decide whether a network covers an incident
// (perpetrators, claimants, sponsors: store/actor_network.h), one row each:
// select kDecidingActorColumns with DecidingActorJoin() on incidents `i`
// (an incident without any such actor has no row), and give each row to
// AddDecidingActor, the columns starting at `column`.
inline constexpr char kDecidingActorColumns[] =
    "ia.role, ia.actor_key, ia.name, ia.country, ia.sector";
std::string DecidingActorJoin(SqlDialect dialect);
// " JOIN incident_actors ia ON ..." for incidents `i` and the actors of
// `roles` (an SQL list). The filtered incidents drive the join (on SQLite
// a CROSS JOIN keeps that order: an index on the actors' roles would
// otherwise tempt it to read every actor of those roles first).
std::string IncidentActorsJoin(SqlDialect dialect, std::string_view roles);
void AddDecidingActor(const SqlRow& row, size_t column, Incident& incident);

// The bounding box of a circle, in degrees: min_lon, min_lat, max_lon, max_lat.
std::array<double, 4> CircleBox(double lat, double lon, double km);

// "?, ?, ..." with n placeholders.
std::string Placeholders(size_t n);

}  // namespace casus

#endif  // CASUS_STORE_INCIDENT_FILTER_SQL_H_
