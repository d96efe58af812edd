// SqlConnection over PostgreSQL (libpq). Statements are prepared once per
// session under generated names; `?` placeholders become `$1..$n`.
#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include "store/sql_connection.h"

namespace casus {
namespace {

// PostgreSQL type oids of the columns the store reads.
constexpr Oid kBoolOid = 16, kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23, kOidOid = 26,
              kFloat4Oid = 700, kFloat8Oid = 701, kNumericOid = 1700;

// Rewrites `?` placeholders outside quoted strings as $1, $2, ...
std::string NumberPlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int next = 1;
  char quote = 0;
  for (char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
      out.push_back(c);
    } else if (c == '\'' || c == '"') {
      quote = c;
      out.push_back(c);
    } else if (c == '?') {
      out += '$' + std::to_string(next++);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

void IgnoreNotice(void*, const char*) {}

constexpr size_t kMaxPreparedStatements = 256;

class PostgresConnection final : public SqlConnection {
 public:
  explicit PostgresConnection(PGconn* conn) : conn_(conn) {
    PQsetNoticeProcessor(conn_, IgnoreNotice, nullptr);
  }
  ~PostgresConnection() override { PQfinish(conn_); }

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }

  Status ExecuteScript(std::string_view sql) override {
    PGresult* result = PQexec(conn_, std::string(sql).c_str());
    Status status = Check(result, sql);
    PQclear(result);
    return status;
  }

  // A statement already running is bounded by statement_timeout (the
  // server sets it per session); a statement asked for after the deadline
  // is not started.
  void SetDeadline(std::optional<std::chrono::steady_clock::time_point> deadline) override {
    deadline_ = deadline;
  }

  Result<std::vector<SqlRow>> Query(std::string_view sql,
                                    std::span<const SqlValue> params) override {
    if (deadline_ && std::chrono::steady_clock::now() > *deadline_) return TimeLimitStatus();
    auto name = Prepare(sql);
    if (!name.ok()) return name.status();
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const SqlValue& value = params[i];
      if (const auto* v = std::get_if<int64_t>(&value)) {
        texts[i] = std::to_string(*v);
      } else if (const auto* d = std::get_if<double>(&value)) {
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "%.17g", *d);
        texts[i] = buffer;
      } else if (const auto* s = std::get_if<std::string>(&value)) {
        texts[i] = *s;
      } else {
        continue;  // NULL
      }
      values[i] = texts[i].c_str();
    }
    PGresult* result = PQexecPrepared(conn_, name->c_str(), static_cast<int>(params.size()),
                                      values.data(), nullptr, nullptr, 0);
    Status status = Check(result, sql);
    if (!status.ok()) {
      PQclear(result);
      return status;
    }
    std::vector<SqlRow> rows;
    const int row_count = PQntuples(result), columns = PQnfields(result);
    rows.reserve(row_count);
    for (int r = 0; r < row_count; ++r) {
      std::vector<SqlValue> row;
      row.reserve(columns);
      for (int c = 0; c < columns; ++c) {
        if (PQgetisnull(result, r, c)) {
          row.emplace_back();
          continue;
        }
        const char* text = PQgetvalue(result, r, c);
        switch (PQftype(result, c)) {
          case kInt8Oid:
          case kInt2Oid:
          case kInt4Oid:
          case kOidOid:
            row.emplace_back(static_cast<int64_t>(std::strtoll(text, nullptr, 10)));
            break;
          case kFloat4Oid:
          case kFloat8Oid:
            row.emplace_back(std::strtod(text, nullptr));
            break;
          case kNumericOid:
            if (std::string_view(text).find_first_of(".eE") == std::string_view::npos) {
              row.emplace_back(static_cast<int64_t>(std::strtoll(text, nullptr, 10)));
            } else {
              row.emplace_back(std::strtod(text, nullptr));
            }
            break;
          case kBoolOid:
            row.emplace_back(static_cast<int64_t>(text[0] == 't'));
            break;
          default:
            row.emplace_back(std::string(text, PQgetlength(result, r, c)));
        }
      }
      rows.emplace_back(std::move(row));
    }
    PQclear(result);
    return rows;
  }

 private:
  Result<std::string> Prepare(std::string_view sql) {
    auto it = prepared_.find(std::string(sql));
    if (it != prepared_.end()) return it->second;
    if (prepared_.size() >= kMaxPreparedStatements) {
      PGresult* cleared = PQexec(conn_, "DEALLOCATE ALL");
      PQclear(cleared);
      prepared_.clear();
    }
    std::string name = "casus_" + std::to_string(++statement_count_);
    const std::string numbered = NumberPlaceholders(sql);
    PGresult* result = PQprepare(conn_, name.c_str(), numbered.c_str(), 0, nullptr);
    Status status = Check(result, sql);
    PQclear(result);
    if (!status.ok()) return status;
    prepared_.emplace(std::string(sql), name);
    return name;
  }

  Status Check(PGresult* result, std::string_view sql) const {
    const ExecStatusType code = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (code == PGRES_COMMAND_OK || code == PGRES_TUPLES_OK || code == PGRES_EMPTY_QUERY) {
      return Status::Ok();
    }
    std::string message = result ? PQresultErrorMessage(result) : PQerrorMessage(conn_);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    for (char& c : message) {
      if (c == '\n') c = ' ';
    }
    // 57014 query_canceled: statement_timeout (the time limit) ran out.
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    if (state && std::string_view(state) == "57014") return TimeLimitStatus();
    return Status::IoError("postgresql: " + message + " (in: " + std::string(sql.substr(0, 120)) +
                           ")");
  }

  PGconn* conn_;
  std::unordered_map<std::string, std::string> prepared_;
  uint64_t statement_count_ = 0;
  std::optional<std::chrono::steady_clock::time_point> deadline_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenPostgresConnection(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (conn == nullptr || PQstatus(conn) != CONNECTION_OK) {
    std::string message = conn ? PQerrorMessage(conn) : "out of memory";
    PQfinish(conn);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    for (char& c : message) {
      if (c == '\n') c = ' ';
    }
    return Status::IoError("cannot connect to PostgreSQL: " + message);
  }
  auto connection = std::make_unique<PostgresConnection>(conn);
  Status status =
      connection->ExecuteScript("SET client_min_messages = warning; SET client_encoding = 'UTF8'");
  if (!status.ok()) return status;
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

}  // namespace casus
