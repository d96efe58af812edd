#include "serve/store_session.h"

#include <sys/stat.h>

#include <cstdio>

namespace casus {
namespace {

bool IsServerLocation(const std::string& location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

// FNV-1a, 64 bits.
void Mix(uint64_t& hash, uint64_t value) {
  for (int i = 0; i < 8; ++i) {
    hash ^= (value >> (8 * i)) & 0xff;
    hash *= 1099511628211ull;
  }
}

}  // namespace

SessionPool::SessionPool(std::string location, int statement_timeout_ms)
    : location_(std::move(location)), statement_timeout_ms_(statement_timeout_ms) {}

bool SessionPool::is_server() const { return IsServerLocation(location_); }

SessionPool::Lease::~Lease() {
  if (session_ && pool_) pool_->Return(std::move(session_));
}

Result<std::unique_ptr<StoreSession>> SessionPool::Open() const {
  auto session = std::make_unique<StoreSession>();
  auto store = Store::Open(location_);
  if (!store.ok()) return store.status();
  session->store = std::move(store.value());
  auto reader = is_server() ? OpenPostgresConnection(location_) : OpenSqliteConnection(location_);
  if (!reader.ok()) return reader.status();
  session->reader = std::move(reader.value());
  // The read connection never writes.
  Status status = is_server()
                      ? session->reader->ExecuteScript(
                            "SET default_transaction_read_only = on; SET statement_timeout = " +
                            std::to_string(statement_timeout_ms_))
                      : session->reader->ExecuteScript("PRAGMA query_only = 1");
  if (!status.ok()) return status;
  return session;
}

Result<SessionPool::Lease> SessionPool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<StoreSession> session = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(session));
    }
  }
  auto session = Open();
  if (!session.ok()) return session.status();
  return Lease(this, std::move(session.value()));
}

void SessionPool::Return(std::unique_ptr<StoreSession> session) {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(session));
}

Result<std::string> DataVersion(StoreSession& session, const std::string& location) {
  uint64_t hash = 14695981039346656037ull;
  // Documents are only added, or replaced by a removal and a new row: the
  // highest key moves with every change on PostgreSQL (identity keys are
  // never reused) and nearly every change on SQLite.
  auto rows = session.reader->Query("SELECT max(doc_key) FROM documents", {});
  if (!rows.ok()) return rows.status();
  if (!rows->empty()) Mix(hash, static_cast<uint64_t>(rows->front().Int(0)));
  if (!IsServerLocation(location)) {
    // SQLite can reuse the highest key after a replacement; every commit
    // writes the write-ahead log (and checkpoints the main file), so their
    // sizes and modification times catch what the key misses.
    for (const char* suffix : {"", "-wal"}) {
      struct stat st {};
      if (stat((location + suffix).c_str(), &st) != 0) continue;
      Mix(hash, static_cast<uint64_t>(st.st_size));
      Mix(hash, static_cast<uint64_t>(st.st_mtim.tv_sec));
      Mix(hash, static_cast<uint64_t>(st.st_mtim.tv_nsec));
    }
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string(hex);
}

}  // namespace casus
