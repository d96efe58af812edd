// SqlStore: the Store over an SqlConnection — the one implementation of the
// store's logic, run on SQLite and on PostgreSQL alike. Writing and fusion
// live in sql_store.cc, queries in sql_store_query.cc.
//
// Thread safety: as Store (one thread at a time).
#ifndef CASUS_STORE_SQL_STORE_H_
#define CASUS_STORE_SQL_STORE_H_

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "store/incident_filter_sql.h"
#include "store/incident_fusion.h"
#include "store/sql_connection.h"
#include "store/store.h"

namespace casus {

class SqlStore final : public Store {
 public:
  SqlStore(std::unique_ptr<SqlConnection> db, StoreOptions options, int schema_version);

  std::string_view engine() const override;
  int schema_version() const override { return schema_version_; }

  Result<std::unordered_map<std::string, std::string>> ContentHashes(
      std::span<const std::string> ids) override;
  Result<BatchResult> StoreBatch(std::span<const DocumentToStore> batch) override;

  Result<std::vector<Incident>> FindIncidents(const IncidentFilter& filter) override;
  Result<std::vector<Incident>> IncidentsByKey(std::span<const int64_t> keys) override;
  Result<std::vector<Incident>> FindIncidentActors(const IncidentFilter& filter) override;
  Result<std::optional<Incident>> GetIncident(int64_t key) override;
  Result<std::vector<Event>> DocumentEvents(const std::string& doc) override;
  Result<std::vector<StoredRelation>> Relations() override;
  Result<std::vector<StoredRelation>> RelationKeys() override;
  Result<std::vector<StoredActor>> Actors() override;
  Result<std::vector<Interaction>> Interactions() override;
  Result<StoreStats> Stats() override;
  Result<std::vector<std::string>> CheckConsistency() override;
  Status RecordRun(const IngestRun& run) override;

 private:
  bool lite() const { return db_->dialect() == SqlDialect::kSqlite; }

  // One document inside the batch's transaction; `touched` collects the
  // incidents it creates or changes.
  Status StoreDocument(const DocumentToStore& item, int64_t existing_key, BatchResult& result,
                       std::set<int64_t>& touched);
  // Deletes a document and its records; its incidents are rebuilt from the
  // members that remain (re-fused from scratch, so every explanation still
  // names events that exist).
  Status RemoveDocument(int64_t doc_key, std::set<int64_t>& touched);
  // Where an event went: its incident and why.
  struct Placement {
    int64_t incident_key = 0;
    double score = 0;
    std::string why;
  };
  Result<int64_t> InsertEvent(int64_t doc_key, size_t ordinal, const Event& event,
                              const Placement& placement);
  Status InsertEvidence(int64_t doc_key, std::string_view kind, size_t ordinal,
                        std::string_view role, const Evidence& evidence);
  // Puts an event of document `doc_key` into an incident — the best
  // matching one, or a new one — and writes that incident. The caller
  // stores the placement in the event's row.
  Result<Placement> PlaceEvent(IncidentSource incoming, int64_t doc_key,
                               std::set<int64_t>& touched);
  // Loads an incident's members, with their reports' metadata.
  Result<std::vector<IncidentSource>> LoadMembers(int64_t incident_key);
  // Writes an incident's row (a new row when `insert`).
  Status WriteIncident(const Incident& incident, bool insert);
  // Indexes the actors of a new member of the incident.
  Status AddIncidentActors(const Incident& incident, const Event& member, bool opened);

  std::unique_ptr<SqlConnection> db_;
  StoreOptions options_;
  IncidentMatcher matcher_;
  int schema_version_;
};

}  // namespace casus

#endif  // CASUS_STORE_SQL_STORE_H_
