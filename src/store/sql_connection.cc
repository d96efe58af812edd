#include "store/sql_connection.h"

#include <cstdlib>
#include <utility>

namespace casus {

bool SqlRow::IsNull(size_t column) const {
  return std::holds_alternative<std::monostate>(values_.at(column));
}

int64_t SqlRow::Int(size_t column) const {
  const SqlValue& v = values_.at(column);
  if (const auto* i = std::get_if<int64_t>(&v)) return *i;
  if (const auto* d = std::get_if<double>(&v)) return static_cast<int64_t>(*d);
  if (const auto* s = std::get_if<std::string>(&v)) return std::strtoll(s->c_str(), nullptr, 10);
  return 0;
}

double SqlRow::Double(size_t column) const {
  const SqlValue& v = values_.at(column);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
  if (const auto* s = std::get_if<std::string>(&v)) return std::strtod(s->c_str(), nullptr);
  return 0;
}

std::string SqlRow::Text(size_t column) const {
  const SqlValue& v = values_.at(column);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&v)) return std::to_string(*d);
  return {};
}

std::string SqlRow::TakeText(size_t column) {
  if (auto* s = std::get_if<std::string>(&values_.at(column))) return std::move(*s);
  return Text(column);
}

std::optional<int64_t> SqlRow::OptionalInt(size_t column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

Status TimeLimitStatus() {
  return Status::TooLarge("the query ran out of time; narrow the filters (dates, place, type)");
}

Status SqlConnection::Execute(std::string_view sql, std::span<const SqlValue> params) {
  auto rows = Query(sql, params);
  return rows.ok() ? Status::Ok() : rows.status();
}

Result<int64_t> SqlConnection::QueryInt(std::string_view sql, std::span<const SqlValue> params) {
  auto rows = Query(sql, params);
  if (!rows.ok()) return rows.status();
  if (rows->size() != 1 || rows->front().size() < 1) {
    return Status::Internal("expected one row from: " + std::string(sql.substr(0, 80)));
  }
  return rows->front().Int(0);
}

}  // namespace casus
