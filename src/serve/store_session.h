// StoreSession and SessionPool: how the server's worker threads share one
// store.
//
// A Store is one database session and may be used by one thread at a time,
// so the server keeps a pool of sessions: a request leases one, uses it
// alone, and gives it back. Each session holds the Store (incident
// assembly, relations, ingest) and a second, read-only connection for the
// serve stage's own queries (pages, counts, map points, document text).
// Sessions are opened on demand, so the pool never holds more than the
// number of requests ever in flight at once (at most the worker threads).
//
// DataVersion() names the store's content: it changes whenever a document
// is stored or replaced (by this server or any other process), so it makes
// a sound ETag for every response computed from the store.
//
// Thread safety: SessionPool is thread-safe; a leased session belongs to
// the leasing thread until the lease ends.
#ifndef CASUS_SERVE_STORE_SESSION_H_
#define CASUS_SERVE_STORE_SESSION_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "casus/status.h"
#include "store/sql_connection.h"
#include "store/store.h"

namespace casus {

struct StoreSession {
  std::unique_ptr<Store> store;
  std::unique_ptr<SqlConnection> reader;
};

class SessionPool {
 public:
  // `location`: an SQLite file (which must exist) or a postgresql:// URL.
  // `statement_timeout_ms` bounds each statement of the read connection on
  // PostgreSQL (0: no bound).
  SessionPool(std::string location, int statement_timeout_ms);
  SessionPool(const SessionPool&) = delete;
  SessionPool& operator=(const SessionPool&) = delete;

  class Lease {
   public:
    Lease(SessionPool* pool, std::unique_ptr<StoreSession> session)
        : pool_(pool), session_(std::move(session)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    StoreSession& operator*() { return *session_; }
    StoreSession* operator->() { return session_.get(); }
    // The session failed in a way that may have broken it (a lost server
    // connection): close it instead of returning it to the pool.
    void Discard() { session_.reset(); }

   private:
    SessionPool* pool_;
    std::unique_ptr<StoreSession> session_;
  };

  // An idle session, or a new one.
  Result<Lease> Acquire();

  const std::string& location() const { return location_; }
  bool is_server() const;

 private:
  Result<std::unique_ptr<StoreSession>> Open() const;
  void Return(std::unique_ptr<StoreSession> session);

  const std::string location_;
  const int statement_timeout_ms_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<StoreSession>> idle_;
};

// A short opaque name for the store's content (hex), changing whenever
// documents are stored, replaced or removed.
Result<std::string> DataVersion(StoreSession& session, const std::string& location);

}  // namespace casus

#endif  // CASUS_SERVE_STORE_SESSION_H_
