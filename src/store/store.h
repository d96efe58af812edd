// Store: where casus keeps coded documents and the incidents fused from
// them, and answers queries over both.
//
// A store is an SQLite file (the default) or a PostgreSQL database
// (`postgresql://...`); Store::Open picks the engine from the location and
// both behave the same: one schema (store/schema.h), one SQL core
// (SqlStore over an SqlConnection), one test suite.
//
// Writing is batch-wise: StoreBatch stores a batch of coded documents in
// one transaction. A document already stored with the same content hash is
// left alone; one stored with a different hash has its old records removed
// (its events leave their incidents) and the new ones stored. Each
// document is written inside a savepoint, so a document that cannot be
// stored is reported and the rest of the batch still commits. Every new
// event is fused into an incident (store/incident_fusion.h) before the
// commit, so the store is never seen with events outside incidents.
//
// Thread safety: a Store is one database session: use it from one thread at
// a time (open one Store per thread). Several processes may use one store;
// writers take turns (SQLite's write lock, a PostgreSQL advisory lock).
#ifndef CASUS_STORE_STORE_H_
#define CASUS_STORE_STORE_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "casus/document.h"
#include "casus/records.h"
#include "casus/status.h"
#include "store/incident_fusion.h"

namespace casus {

struct StoreOptions {
  // Migrate the schema only up to this version; 0 = the latest. Lower
  // values exist to test migrations.
  int schema_version = 0;
  // Incident fusion thresholds.
  FusionOptions fusion;
  // Recorded with each stored document (documents.coded_by).
  std::string coder = "casus 0.1.0";
};

// A document and what the pipeline coded from it, ready to store.
struct DocumentToStore {
  Document document;
  std::string content_hash;  // ContentHash(document)
  CodedDocument coded;
  // Replace the stored records even when the content hash is unchanged
  // (re-coding after a casus upgrade).
  bool recode = false;
};

// The current time as ISO 8601 UTC ("2024-01-28T10:00:00Z").
std::string UtcTimestamp();

// A stable hash of everything the coding of a document depends on: id,
// title, publication date, source, url and text (hex, 16 digits).
std::string ContentHash(const Document& document);

struct BatchResult {
  size_t stored = 0;                   // new documents
  size_t replaced = 0;                 // documents whose content changed
  size_t unchanged = 0;                // same id and hash: left alone
  size_t events = 0;                   // events stored
  std::vector<std::string> committed;  // ids stored or replaced, in batch order
  struct Failure {
    std::string doc;
    std::string reason;
  };
  std::vector<Failure> failed;             // documents that could not be stored
  std::vector<int64_t> incidents_touched;  // incidents created or changed, ascending
};

// A filter over incidents; empty fields do not filter. All given filters
// must hold.
struct IncidentFilter {
  std::optional<Date> from;            // incident date >= from
  std::optional<Date> to;              // incident date <= to
  std::vector<std::string> countries;  // ISO alpha-3 of the incident place
  // Bounding box in degrees: min_lon, min_lat, max_lon, max_lat.
  std::optional<std::array<double, 4>> bbox;
  // Within radius_km of (lat, lon).
  std::optional<std::array<double, 3>> near;  // lat, lon, radius_km
  std::vector<std::string> types;             // PLOVER types
  std::vector<std::string> modes;             // PLOVER modes
  std::string acled;  // ACLED event type or sub-event type (case-insensitive)
  // Actor keys (ActorKey: knowledge-base ids or "name:..." keys) that must
  // appear as actor1 or actor2 of some report of the incident.
  std::vector<std::string> actor_keys;
  // Actor keys that must appear among the incident's claimants.
  std::vector<std::string> claimant_keys;
  // Perpetrator prefilter for network queries: the incident's actor1 or a
  // claimant is one of these keys, or an actor of one of `perpetrator_countries`
  // with a state sector, or a sponsor is one of `sponsor_codes`.
  std::vector<std::string> perpetrator_keys;
  std::vector<std::string> perpetrator_countries;
  std::vector<std::string> sponsor_codes;
  // Words that must all occur in some report of the incident.
  std::string text;
  size_t limit = 0;  // 0 = no limit
};

// A relation stated in a stored document, with the document's date.
struct StoredRelation {
  Relation relation;
  std::optional<Date> published;
};

// An actor seen in the store's incidents, for the actor graph.
struct StoredActor {
  std::string key;  // ActorKey
  std::string name;
  std::string country;
  std::string sector;
};

// Incidents between two actors of one type: actor1 -> actor2.
struct Interaction {
  std::string from_key;
  std::string to_key;
  std::string type;
  int64_t incidents = 0;
  std::optional<Date> first;
  std::optional<Date> last;
};

struct StoreStats {
  int schema_version = 0;
  int64_t documents = 0;
  int64_t events = 0;
  int64_t relations = 0;
  int64_t mentions = 0;
  int64_t incidents = 0;
  int64_t multi_source_incidents = 0;
};

// One ingest run, for the ingest_runs table.
struct IngestRun {
  std::string started_at;  // ISO 8601 UTC
  std::string finished_at;
  size_t read = 0, stored = 0, unchanged = 0, skipped = 0, events = 0;
};

class Store {
 public:
  // `location` is an SQLite file path or a postgresql:// (or postgres://)
  // URL. Creates and migrates the schema as needed.
  static Result<std::unique_ptr<Store>> Open(const std::string& location,
                                             const StoreOptions& options = {});
  virtual ~Store() = default;

  virtual std::string_view engine() const = 0;  // "sqlite" or "postgresql"
  virtual int schema_version() const = 0;

  // Content hashes of the stored documents among `ids` (absent ids are not
  // in the map).
  virtual Result<std::unordered_map<std::string, std::string>> ContentHashes(
      std::span<const std::string> ids) = 0;
  // Stores a batch in one transaction (see above). Fails as a whole only
  // when the transaction itself cannot commit.
  virtual Result<BatchResult> StoreBatch(std::span<const DocumentToStore> batch) = 0;

  // Incidents matching `filter`, by date then key (undated last).
  virtual Result<std::vector<Incident>> FindIncidents(const IncidentFilter& filter) = 0;
  // The stored records of the incidents `keys`, in that order (keys of no
  // incident are skipped).
  virtual Result<std::vector<Incident>> IncidentsByKey(std::span<const int64_t> keys) = 0;
  // Incidents matching `filter`, in FindIncidents' order, with only what
  // decides whether a network covers them (store/actor_network.h): key,
  // date, perpetrators (every report's actor1), claimants and sponsors.
  // Reads the actor index only, not the incidents' records.
  virtual Result<std::vector<Incident>> FindIncidentActors(const IncidentFilter& filter) = 0;
  // One incident with its member events in full, each with why it joined;
  // nullopt when there is no such incident.
  virtual Result<std::optional<Incident>> GetIncident(int64_t key) = 0;
  // The stored events of one document, in document order.
  virtual Result<std::vector<Event>> DocumentEvents(const std::string& doc) = 0;

  virtual Result<std::vector<StoredRelation>> Relations() = 0;
  // The same relations with only what an ActorNetwork reads: the relation
  // and the keys of subject and object (as Actor::id); no JSON is parsed.
  virtual Result<std::vector<StoredRelation>> RelationKeys() = 0;
  virtual Result<std::vector<StoredActor>> Actors() = 0;
  virtual Result<std::vector<Interaction>> Interactions() = 0;

  virtual Result<StoreStats> Stats() = 0;
  // Checks the store's invariants (every event in exactly one incident of
  // its type, incident counts and ranges agreeing with their members, at
  // most one event per document in an incident, index tables in step,
  // engine integrity checks); returns the problems found, empty when sound.
  virtual Result<std::vector<std::string>> CheckConsistency() = 0;
  virtual Status RecordRun(const IngestRun& run) = 0;
};

}  // namespace casus

#endif  // CASUS_STORE_STORE_H_
