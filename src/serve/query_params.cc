#include "serve/query_params.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <vector>

#include "base/utf8.h"

namespace casus {
namespace {

constexpr std::string_view kFilterNames[] = {
    "from", "to",    "country", "bbox",       "near",    "radius", "type",
    "mode", "acled", "actor",   "claimed_by", "network", "text",
};

constexpr std::string_view kPloverTypes[] = {
    "AGREE",  "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE", "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT",
};

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return std::string(text);
}

// Every value of `name`, split at commas, trimmed, empty parts dropped.
std::vector<std::string> ListValues(const QueryParams& params, const std::string& name) {
  std::vector<std::string> out;
  auto [begin, end] = params.equal_range(name);
  for (auto it = begin; it != end; ++it) {
    std::string_view value = it->second;
    while (!value.empty()) {
      const size_t comma = value.find(',');
      std::string part = Trim(value.substr(0, comma));
      if (!part.empty()) out.push_back(std::move(part));
      if (comma == std::string_view::npos) break;
      value.remove_prefix(comma + 1);
    }
  }
  return out;
}

bool ParseDouble(std::string_view text, double& out) {
  const std::string trimmed = Trim(text);
  if (trimmed.empty()) return false;
  const char* begin = trimmed.data();
  const char* end = begin + trimmed.size();
  auto [ptr, ec] = std::from_chars(begin, end, out);
  return ec == std::errc() && ptr == end && std::isfinite(out);
}

// "a,b,c" into exactly `n` numbers.
bool ParseNumbers(std::string_view text, size_t n, std::vector<double>& out) {
  out.clear();
  while (true) {
    const size_t comma = text.find(',');
    double value = 0;
    if (!ParseDouble(text.substr(0, comma), value)) return false;
    out.push_back(value);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out.size() == n;
}

Status Bad(std::string_view name, std::string message) {
  return Status::InvalidInput("parameter '" + std::string(name) + "': " + message);
}

}  // namespace

Status CheckParameters(const QueryParams& params, bool filters,
                       std::initializer_list<std::string_view> names, const ServeLimits& limits) {
  for (const auto& [name, value] : params) {
    const bool known = std::find(names.begin(), names.end(), name) != names.end() ||
                       (filters && std::find(std::begin(kFilterNames), std::end(kFilterNames),
                                             name) != std::end(kFilterNames));
    if (!known) {
      std::string allowed;
      auto list = [&](std::string_view n) {
        allowed += (allowed.empty() ? "" : ", ") + std::string(n);
      };
      if (filters) {
        for (std::string_view n : kFilterNames) list(n);
      }
      for (std::string_view n : names) list(n);
      std::string shown = name.size() > 40 ? name.substr(0, 40) + "..." : name;
      if (!IsValidUtf8(shown)) shown = "(not UTF-8)";
      return Status::InvalidInput("unknown parameter '" + shown + "' (this endpoint takes: " +
                                  (allowed.empty() ? std::string("none") : allowed) + ")");
    }
    if (value.size() > limits.max_parameter_bytes) {
      return Bad(name, "longer than " + std::to_string(limits.max_parameter_bytes) + " bytes");
    }
    if (!IsValidUtf8(value)) return Bad(name, "not valid UTF-8");
  }
  return Status::Ok();
}

Result<std::optional<std::string>> SingleParameter(const QueryParams& params,
                                                   std::string_view name) {
  const std::string key(name);
  if (params.count(key) > 1) return Bad(name, "given more than once");
  auto it = params.find(key);
  if (it == params.end()) return std::optional<std::string>();
  return std::optional<std::string>(it->second);
}

Result<size_t> CountParameter(const QueryParams& params, std::string_view name, size_t fallback,
                              size_t max) {
  auto value = SingleParameter(params, name);
  if (!value.ok()) return value.status();
  if (!value->has_value()) return fallback;
  const std::string& text = **value;
  size_t out = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()) {
    return Bad(name, "not a whole number");
  }
  if (out > max) return Bad(name, "at most " + std::to_string(max));
  return out;
}

Result<std::optional<Date>> DateParameter(const QueryParams& params, std::string_view name) {
  auto value = SingleParameter(params, name);
  if (!value.ok()) return value.status();
  if (!value->has_value() || (*value)->empty()) return std::optional<Date>();
  // Exactly YYYY-MM-DD: Date::Parse would accept a trailing time.
  const std::string& text = **value;
  auto date = text.size() == 10 ? Date::Parse(text) : std::nullopt;
  if (!date) return Bad(name, "dates are YYYY-MM-DD");
  return date;
}

Status ParseIncidentFilters(const QueryParams& params, IncidentQuery& query) {
  IncidentFilter& filter = query.filter;
  for (const auto& [name, field] : {std::pair{"from", &filter.from}, std::pair{"to", &filter.to}}) {
    auto date = DateParameter(params, name);
    if (!date.ok()) return date.status();
    *field = *date;
  }
  if (filter.from && filter.to && *filter.from > *filter.to) {
    return Bad("from", "after 'to'");
  }
  for (std::string& country : ListValues(params, "country")) {
    country = Upper(std::move(country));
    if (country.size() != 3 ||
        !std::all_of(country.begin(), country.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      return Bad("country", "ISO 3166 alpha-3 codes such as IRQ");
    }
    filter.countries.push_back(std::move(country));
  }
  std::vector<double> numbers;
  auto bbox = SingleParameter(params, "bbox");
  if (!bbox.ok()) return bbox.status();
  if (bbox->has_value()) {
    if (!ParseNumbers(**bbox, 4, numbers) || numbers[0] > numbers[2] || numbers[1] > numbers[3] ||
        numbers[0] < -180 || numbers[2] > 180 || numbers[1] < -90 || numbers[3] > 90) {
      return Bad("bbox", "MIN_LON,MIN_LAT,MAX_LON,MAX_LAT in degrees");
    }
    filter.bbox = std::array<double, 4>{numbers[0], numbers[1], numbers[2], numbers[3]};
  }
  auto near = SingleParameter(params, "near");
  auto radius = SingleParameter(params, "radius");
  if (!near.ok()) return near.status();
  if (!radius.ok()) return radius.status();
  if (near->has_value()) {
    if (!ParseNumbers(**near, 2, numbers) || std::abs(numbers[0]) > 90 ||
        std::abs(numbers[1]) > 180) {
      return Bad("near", "LAT,LON in degrees");
    }
    double km = 50;
    if (radius->has_value() && (!ParseDouble(**radius, km) || km <= 0 || km > 20000)) {
      return Bad("radius", "kilometres, more than 0 and at most 20000");
    }
    filter.near = std::array<double, 3>{numbers[0], numbers[1], km};
  } else if (radius->has_value()) {
    return Bad("radius", "only with 'near'");
  }
  for (std::string& type : ListValues(params, "type")) {
    type = Upper(std::move(type));
    if (std::find(std::begin(kPloverTypes), std::end(kPloverTypes), type) ==
        std::end(kPloverTypes)) {
      return Bad("type", "a PLOVER event type (ASSAULT, PROTEST, COERCE, ...)");
    }
    filter.types.push_back(std::move(type));
  }
  for (std::string& mode : ListValues(params, "mode")) filter.modes.push_back(Lower(mode));
  for (const auto& [name, field] :
       {std::pair{"acled", &filter.acled}, std::pair{"network", &query.network},
        std::pair{"text", &filter.text}}) {
    auto value = SingleParameter(params, name);
    if (!value.ok()) return value.status();
    if (value->has_value()) *field = Trim(**value);
  }
  // Names may hold commas: as for `casus query`, one name per value.
  for (const auto& [name, field] :
       {std::pair{"actor", &query.actors}, std::pair{"claimed_by", &query.claimants}}) {
    auto [begin, end] = params.equal_range(name);
    for (auto it = begin; it != end; ++it) {
      std::string value = Trim(it->second);
      if (!value.empty()) field->push_back(std::move(value));
    }
  }
  return Status::Ok();
}

}  // namespace casus
