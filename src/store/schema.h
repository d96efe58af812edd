// The store's schema and its migrations.
//
// The schema is versioned: casus_meta holds `schema_version`, and each
// migration upgrades version N-1 to N inside one transaction, so a store is
// always at a whole version. Opening a store runs the missing migrations;
// a store written by a newer casus (a version above kLatestSchemaVersion)
// is refused rather than misread.
//
// Both engines get the same tables, columns and constraints; they differ
// only where they must:
//   full text   SQLite: an FTS5 table over documents (title, text), kept in
//               step by triggers; PostgreSQL: a generated tsvector column
//               with a GIN index. Both use the 'simple' word rules: no
//               stemming, case-insensitive.
//   places      SQLite: R*Tree indexes over event and incident coordinates,
//               kept in step by triggers; PostgreSQL: GiST indexes on
//               point(lon, lat).
//
// Versions:
//   1  documents, events, relations, mentions, evidence, incidents,
//      incident_actors, casus_meta
//   2  ingest_runs: one row per ingest run (counts, start and end times)
//   3  indexes for the incident filters and summaries (type + mode; dates,
//      country + date and keys, each covering the columns scans read;
//      document -> incidents; counts per actor)
//   4  incident_actors.date_days (the incident's date, kept in step with
//      it) and indexes by actor and role, and by country and role, then
//      date: a network's incidents in a date window come from index ranges;
//      events by incident with their documents (words checked per incident)
//
// Thread safety: functions over one connection.
#ifndef CASUS_STORE_SCHEMA_H_
#define CASUS_STORE_SCHEMA_H_

#include "casus/status.h"
#include "store/sql_connection.h"

namespace casus {

inline constexpr int kLatestSchemaVersion = 4;

// The store's schema version, 0 for an empty database.
Result<int> ReadSchemaVersion(SqlConnection& db);

// Brings the schema to `target` (kLatestSchemaVersion when 0). Fails when
// the store is newer than this casus.
Status MigrateSchema(SqlConnection& db, int target = 0);

}  // namespace casus

#endif  // CASUS_STORE_SCHEMA_H_
