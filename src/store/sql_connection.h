// SqlConnection: the narrow interface between the store's logic and its two
// database backends, SQLite and PostgreSQL.
//
// The store writes its SQL once, with `?` placeholders, in the dialect both
// engines share (INSERT ... RETURNING, ON CONFLICT, SAVEPOINT); the few
// places where the engines differ (column types, full-text search, spatial
// indexes) ask dialect(). Values travel as SqlValue: NULL, a 64-bit integer,
// a double or UTF-8 text.
//
// Thread safety: a connection is a single database session; use it from one
// thread at a time.
#ifndef CASUS_STORE_SQL_CONNECTION_H_
#define CASUS_STORE_SQL_CONNECTION_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "casus/status.h"

namespace casus {

enum class SqlDialect { kSqlite, kPostgres };

using SqlValue = std::variant<std::monostate, int64_t, double, std::string>;

// Helpers to build parameter lists from optional values.
inline SqlValue SqlNull() { return SqlValue(); }
inline SqlValue SqlText(std::string_view text) { return SqlValue(std::string(text)); }
// Empty text becomes NULL.
inline SqlValue SqlTextOrNull(std::string_view text) {
  return text.empty() ? SqlValue() : SqlValue(std::string(text));
}
inline SqlValue SqlInt(int64_t value) { return SqlValue(value); }
template <typename T>
SqlValue SqlOptionalInt(const std::optional<T>& value) {
  return value ? SqlValue(static_cast<int64_t>(*value)) : SqlValue();
}

// One result row. Accessors convert between integer, double and text the
// way both engines do; a NULL reads as 0, 0.0 or "".
class SqlRow {
 public:
  explicit SqlRow(std::vector<SqlValue> values) : values_(std::move(values)) {}
  size_t size() const { return values_.size(); }
  bool IsNull(size_t column) const;
  int64_t Int(size_t column) const;
  double Double(size_t column) const;
  std::string Text(size_t column) const;
  // Text(column), moved out of the row when it holds text (the row keeps
  // an empty text): no copy of a large value read once.
  std::string TakeText(size_t column);
  std::optional<int64_t> OptionalInt(size_t column) const;
  const SqlValue& value(size_t column) const { return values_.at(column); }

 private:
  std::vector<SqlValue> values_;
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual SqlDialect dialect() const = 0;

  // Runs one or more statements separated by ';', without parameters.
  virtual Status ExecuteScript(std::string_view sql) = 0;
  // Runs one statement with `?` placeholders bound to `params` in order and
  // returns its rows (none for statements without RETURNING).
  virtual Result<std::vector<SqlRow>> Query(std::string_view sql,
                                            std::span<const SqlValue> params) = 0;

  // Statements still running at `deadline` stop and fail with
  // TimeLimitStatus() (nullopt: no limit). SQLite checks the clock while a
  // statement runs; PostgreSQL's own limit is statement_timeout, whose
  // expiry fails the same way.
  virtual void SetDeadline(std::optional<std::chrono::steady_clock::time_point> deadline) = 0;

  // Query without rows.
  Status Execute(std::string_view sql, std::span<const SqlValue> params = {});
  // Query that returns exactly one integer (e.g. INSERT ... RETURNING key).
  Result<int64_t> QueryInt(std::string_view sql, std::span<const SqlValue> params = {});
};

// What a statement stopped by its time limit fails with: Status::TooLarge
// with a message that says so.
Status TimeLimitStatus();

// Opens an SQLite file (created when absent) in WAL mode with foreign keys
// on and a busy timeout, so a second process waits rather than fails.
Result<std::unique_ptr<SqlConnection>> OpenSqliteConnection(const std::string& path);

// Connects to PostgreSQL with a libpq connection string or
// postgresql:// URL.
Result<std::unique_ptr<SqlConnection>> OpenPostgresConnection(const std::string& url);

}  // namespace casus

#endif  // CASUS_STORE_SQL_CONNECTION_H_
