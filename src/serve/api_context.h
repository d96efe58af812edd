// ApiContext: what every route of the server shares — options, the store's
// session pool, the knowledge base, the actor network of the store's
// current content, and the coding pipeline for ingest — and RequestScope,
// what one request holds while it runs.
//
// Internal to the serve stage (api_server.cc and the *_routes.cc files).
//
// Thread safety: ApiContext is shared by all worker threads: its members
// are immutable after construction or guarded by its mutexes. A
// RequestScope belongs to one request.
#ifndef CASUS_SERVE_API_CONTEXT_H_
#define CASUS_SERVE_API_CONTEXT_H_

#include <httplib.h>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "casus/status.h"
#include "kb/knowledge_base.h"
#include "pipeline/pipeline.h"
#include "serve/incident_search.h"
#include "serve/query_params.h"
#include "serve/recent_incidents.h"
#include "serve/serve_options.h"
#include "serve/store_session.h"
#include "store/actor_graph.h"
#include "store/actor_network.h"

namespace casus {

// A value computed from the store once per store version and shared with
// the requests using it (a request keeps its snapshot while a newer one is
// built).
template <typename T>
class VersionedSlot {
 public:
  Result<std::shared_ptr<const T>> Get(const std::string& version,
                                       const std::function<Result<T>()>& build) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (value_ && version_ == version) return value_;
    auto built = build();
    if (!built.ok()) return built.status();
    value_ = std::make_shared<const T>(std::move(built.value()));
    version_ = version;
    return value_;
  }

 private:
  std::mutex mutex_;
  std::string version_;
  std::shared_ptr<const T> value_;
};

// An actor seen in the store's incidents.
struct ActorEntry {
  std::string key;  // ActorKey
  std::string name, country, sector;
  int64_t incidents = 0;    // incidents naming it (any role but sponsor)
  int64_t perpetrated = 0;  // ... as perpetrator (actor1 of a report)
};

class ApiContext {
 public:
  ApiContext(ServeOptions options, std::optional<KnowledgeBase> kb);

  const ServeOptions& options() const { return options_; }
  const ServeLimits& limits() const { return options_.limits; }
  SessionPool& sessions() { return sessions_; }
  const KnowledgeBase* kb() const { return kb_ ? &*kb_ : nullptr; }
  // Distinguishes this server run in ETags (a restart may bring another
  // knowledge base or another casus).
  const std::string& server_tag() const { return server_tag_; }

  // The actor network over the knowledge base and the relations stored at
  // `version` (built once per version; shared with requests in flight).
  Result<std::shared_ptr<const ActorNetwork>> NetworkAt(StoreSession& session,
                                                        const std::string& version);
  // Per-version values: the store's relations, its actors (by incident
  // count, most first), the actor graph, the status counts.
  VersionedSlot<std::vector<StoredRelation>> relations;
  VersionedSlot<std::vector<ActorEntry>> actors;
  VersionedSlot<ActorGraph> graph;
  VersionedSlot<StoreStats> stats;
  VersionedSlot<std::vector<SqlRow>> date_range;    // min and max incident day
  VersionedSlot<RecentIncidents> recent_incidents;  // SQLite: for searches of words

  // The coding pipeline, created on the first ingest.
  Result<const Pipeline*> IngestPipeline();
  // Ingest requests take turns.
  std::mutex& ingest_mutex() { return ingest_mutex_; }

 private:
  const ServeOptions options_;
  SessionPool sessions_;
  const std::optional<KnowledgeBase> kb_;
  std::string server_tag_;
  std::mutex network_mutex_;
  std::string network_version_;
  std::shared_ptr<const ActorNetwork> network_;
  std::mutex pipeline_mutex_;
  std::unique_ptr<Pipeline> pipeline_;
  std::mutex ingest_mutex_;
};

// One GET request at work: its leased session, the store's version (the
// ETag), its deadline and its parameters.
struct RequestScope {
  ApiContext& context;
  StoreSession& session;
  const std::string& version;
  const Deadline& deadline;
  const httplib::Request& request;
  // The actor network at this version.
  Result<std::shared_ptr<const ActorNetwork>> Network() {
    return context.NetworkAt(session, version);
  }
};

// Writes a JSON error: {"error": {"status": N, "message": ...}}.
void SetJsonError(httplib::Response& response, int status, std::string_view message);
// Maps a failing Status to its HTTP status and writes it.
void SetStatusError(httplib::Response& response, const Status& status);

// A GET handler producing a JSON body from the store. ServeFromStore leases
// a session, answers 304 when If-None-Match names the store's current
// version, runs the handler under the request budget and sets ETag,
// Cache-Control and the JSON body, or the error the handler returned.
using StoreHandler = std::function<Result<std::string>(RequestScope&)>;
inline constexpr const char* kJsonContentType = "application/json; charset=utf-8";
void ServeFromStore(ApiContext& context, const httplib::Request& request,
                    httplib::Response& response, const StoreHandler& handler,
                    const char* content_type = kJsonContentType);

// Route groups (each in its own file).
void AddIncidentRoutes(httplib::Server& server, ApiContext& context);
void AddActorRoutes(httplib::Server& server, ApiContext& context);
void AddDocumentRoutes(httplib::Server& server, ApiContext& context);
void AddIngestRoute(httplib::Server& server, ApiContext& context);

}  // namespace casus

#endif  // CASUS_SERVE_API_CONTEXT_H_
