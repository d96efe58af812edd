// libFuzzer target for the server's query parameters
// (serve/query_params.h) and the filter SQL they become
// (store/incident_filter_sql.h).
//
// The input is a query string as the HTTP layer hands it over after
// decoding: pairs split at '&', name and value at the first '='; bytes are
// taken as they come (invalid UTF-8, control characters, NUL). Every
// reader runs; what they accept must hold its promises, and the SQL made
// from an accepted filter must bind every value (one '?' per parameter, no
// statement separator). Aborts when a promise breaks.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "serve/query_params.h"
#include "store/incident_filter_sql.h"

namespace {

using casus::QueryParams;

[[noreturn]] void Broken(const char* what) {
  std::fprintf(stderr, "query parameter invariant broken: %s\n", what);
  std::abort();
}

void Require(bool holds, const char* what) {
  if (!holds) Broken(what);
}

QueryParams Split(std::string_view input) {
  QueryParams params;
  while (!input.empty()) {
    const size_t amp = input.find('&');
    std::string_view pair = input.substr(0, amp);
    const size_t eq = pair.find('=');
    params.emplace(std::string(pair.substr(0, eq)),
                   eq == std::string_view::npos ? std::string() : std::string(pair.substr(eq + 1)));
    if (amp == std::string_view::npos) break;
    input.remove_prefix(amp + 1);
  }
  return params;
}

bool Trimmed(const std::string& text) {
  return !text.empty() && !std::isspace(static_cast<unsigned char>(text.front())) &&
         !std::isspace(static_cast<unsigned char>(text.back()));
}

void CheckFilterSql(const casus::IncidentFilter& filter) {
  for (casus::SqlDialect dialect : {casus::SqlDialect::kSqlite, casus::SqlDialect::kPostgres}) {
    const casus::IncidentConditions where = casus::IncidentFilterSql(filter, dialect);
    if (where.matches_nothing) continue;
    Require(static_cast<size_t>(std::count(where.sql.begin(), where.sql.end(), '?')) ==
                where.params.size(),
            "one placeholder per bound value");
    Require(where.sql.find(';') == std::string::npos, "no statement separator in the SQL");
    for (unsigned char c : where.sql) Require(c < 0x80 && c >= 0x20, "the SQL is plain ASCII");
  }
}

void CheckFilters(const casus::IncidentQuery& query) {
  const casus::IncidentFilter& f = query.filter;
  if (f.from && f.to) Require(!(*f.from > *f.to), "from <= to");
  for (const std::string& c : f.countries) {
    Require(c.size() == 3 &&
                std::all_of(c.begin(), c.end(), [](char x) { return x >= 'A' && x <= 'Z'; }),
            "countries are three capital letters");
  }
  if (f.bbox) {
    const auto& b = *f.bbox;
    Require(b[0] <= b[2] && b[1] <= b[3], "bbox minimum before maximum");
    Require(b[0] >= -180 && b[2] <= 180 && b[1] >= -90 && b[3] <= 90, "bbox in degrees");
  }
  if (f.near) {
    const auto& [lat, lon, km] = *f.near;
    Require(std::isfinite(lat) && std::isfinite(lon) && std::isfinite(km), "near is finite");
    Require(std::abs(lat) <= 90 && std::abs(lon) <= 180, "near in degrees");
    Require(km > 0 && km <= 20000, "radius in range");
  }
  for (const std::string& t : f.types) {
    Require(
        !t.empty() && std::all_of(t.begin(), t.end(), [](char x) { return x >= 'A' && x <= 'Z'; }),
        "types are PLOVER names");
  }
  for (const std::string& m : f.modes) {
    Require(Trimmed(m), "modes are trimmed and not empty");
    Require(std::none_of(m.begin(), m.end(), [](char x) { return x >= 'A' && x <= 'Z'; }),
            "modes are lower case");
  }
  for (const auto* names : {&query.actors, &query.claimants}) {
    for (const std::string& name : *names) Require(Trimmed(name), "names are trimmed");
  }
  // The SQL these filters become, with names standing in for the keys the
  // knowledge base would give them.
  casus::IncidentFilter sql_filter = f;
  sql_filter.actor_keys = query.actors;
  sql_filter.claimant_keys = query.claimants;
  if (!query.network.empty()) {
    sql_filter.perpetrator_keys = {query.network};
    sql_filter.perpetrator_countries = {"IRN"};
    sql_filter.sponsor_codes = {"IRN"};
  }
  CheckFilterSql(sql_filter);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QueryParams params = Split(std::string_view(reinterpret_cast<const char*>(data), size));
  const casus::ServeLimits limits;
  const casus::Status checked = casus::CheckParameters(
      params, true, {"limit", "offset", "order", "by", "top", "fatalities", "date"}, limits);
  if (checked.ok()) {
    for (const auto& [name, value] : params) {
      Require(value.size() <= limits.max_parameter_bytes, "values within the size limit");
      Require(casus::IsValidUtf8(value), "values are UTF-8");
    }
  } else {
    Require(!checked.message().empty(), "a refusal says why");
  }
  casus::IncidentQuery query;
  const casus::Status parsed = casus::ParseIncidentFilters(params, query);
  if (parsed.ok()) {
    CheckFilters(query);
  } else {
    Require(parsed.code() == casus::Status::Code::kInvalidInput, "bad filters are bad input");
  }
  auto count = casus::CountParameter(params, "limit", 50, 500);
  if (count.ok()) Require(*count <= 500, "counts within their maximum");
  auto date = casus::DateParameter(params, "date");
  if (date.ok() && date->has_value()) Require((*date)->month >= 1, "dates are whole");
  return 0;
}
