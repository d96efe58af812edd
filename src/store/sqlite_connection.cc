// SqlConnection over SQLite: prepared statements are cached by their text,
// so the store's hot statements are parsed once per connection.
#include <sqlite3.h>

#include <mutex>
#include <string>
#include <unordered_map>

#include "store/sql_connection.h"

namespace casus {
namespace {

constexpr size_t kMaxCachedStatements = 256;
// Virtual machine steps between two looks at the clock (a few
// microseconds of work).
constexpr int kStepsPerClockCheck = 10000;

class SqliteConnection final : public SqlConnection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close_v2(db_);
  }

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }

  // A progress handler looks at the clock every few thousand virtual
  // machine steps and interrupts the statement once the deadline passed.
  void SetDeadline(std::optional<std::chrono::steady_clock::time_point> deadline) override {
    deadline_ = deadline;
    sqlite3_progress_handler(db_, deadline ? kStepsPerClockCheck : 0,
                             deadline ? &SqliteConnection::PastDeadline : nullptr, this);
  }

  Status ExecuteScript(std::string_view sql) override {
    char* error = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
    if (rc == SQLITE_INTERRUPT) {
      sqlite3_free(error);
      return TimeLimitStatus();
    }
    if (rc != SQLITE_OK) {
      std::string message = error ? error : sqlite3_errmsg(db_);
      sqlite3_free(error);
      return Status::IoError("sqlite: " + message);
    }
    return Status::Ok();
  }

  Result<std::vector<SqlRow>> Query(std::string_view sql,
                                    std::span<const SqlValue> params) override {
    if (deadline_ && std::chrono::steady_clock::now() > *deadline_) return TimeLimitStatus();
    auto statement = Prepare(sql);
    if (!statement.ok()) return statement.status();
    sqlite3_stmt* stmt = *statement;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    for (size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i + 1);
      const SqlValue& value = params[i];
      int rc = SQLITE_OK;
      if (const auto* v = std::get_if<int64_t>(&value)) {
        rc = sqlite3_bind_int64(stmt, index, *v);
      } else if (const auto* d = std::get_if<double>(&value)) {
        rc = sqlite3_bind_double(stmt, index, *d);
      } else if (const auto* s = std::get_if<std::string>(&value)) {
        // The parameters outlive every step of this call and are rebound
        // before the next one: SQLite need not copy them.
        rc = sqlite3_bind_text(stmt, index, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
      } else {
        rc = sqlite3_bind_null(stmt, index);
      }
      if (rc != SQLITE_OK) return Error("binding a parameter");
    }
    std::vector<SqlRow> rows;
    const int columns = sqlite3_column_count(stmt);
    for (;;) {
      const int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        Status status = rc == SQLITE_INTERRUPT ? TimeLimitStatus() : Error(sql);
        sqlite3_reset(stmt);
        return status;
      }
      std::vector<SqlValue> values;
      values.reserve(columns);
      for (int c = 0; c < columns; ++c) {
        switch (sqlite3_column_type(stmt, c)) {
          case SQLITE_INTEGER:
            values.emplace_back(static_cast<int64_t>(sqlite3_column_int64(stmt, c)));
            break;
          case SQLITE_FLOAT:
            values.emplace_back(sqlite3_column_double(stmt, c));
            break;
          case SQLITE_NULL:
            values.emplace_back();
            break;
          default: {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            values.emplace_back(std::string(text ? text : "", sqlite3_column_bytes(stmt, c)));
          }
        }
      }
      rows.emplace_back(std::move(values));
    }
    sqlite3_reset(stmt);
    return rows;
  }

 private:
  static int PastDeadline(void* self) {
    const auto* connection = static_cast<const SqliteConnection*>(self);
    return connection->deadline_ && std::chrono::steady_clock::now() > *connection->deadline_;
  }

  Result<sqlite3_stmt*> Prepare(std::string_view sql) {
    auto it = statements_.find(std::string(sql));
    if (it != statements_.end()) return it->second;
    // Ad-hoc statements (queries with varying filters) would grow the cache
    // without bound in a long-lived process: start afresh past a limit.
    if (statements_.size() >= kMaxCachedStatements) {
      for (auto& [text, statement] : statements_) sqlite3_finalize(statement);
      statements_.clear();
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr) != SQLITE_OK) {
      return Error(sql);
    }
    statements_.emplace(std::string(sql), stmt);
    return stmt;
  }

  Status Error(std::string_view context) const {
    std::string message = "sqlite: ";
    message += sqlite3_errmsg(db_);
    message += " (in: ";
    message += context.substr(0, 120);
    message += ")";
    return Status::IoError(message);
  }

  sqlite3* db_;
  std::optional<std::chrono::steady_clock::time_point> deadline_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenSqliteConnection(const std::string& path) {
  // Memory statistics take one process-wide lock on every allocation,
  // which concurrent connections (the server's workers) contend for; casus
  // reads none. Effective only before SQLite's first use in the process.
  static std::once_flag no_memory_statistics;
  std::call_once(no_memory_statistics, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return Status::IoError("cannot open " + path + ": " + message);
  }
  sqlite3_busy_timeout(db, 60000);
  auto connection = std::make_unique<SqliteConnection>(db);
  // WAL: readers never block the writer, and a killed writer leaves the
  // last committed transaction intact. synchronous=FULL makes a commit
  // durable before COMMIT returns, so "committed" means on disk.
  Status status = connection->ExecuteScript(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
      "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456; PRAGMA "
      "wal_autocheckpoint=8192;");
  if (!status.ok()) return Status::IoError("cannot open " + path + ": " + status.message());
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

}  // namespace casus
