// Reading the API's query parameters: the incident filters of `casus query`
// (`from`, `to`, `country`, `bbox`, `near` + `radius`, `type`, `mode`,
// `acled`, `actor`, `claimed_by`, `network`, `text`) and the counts and
// choices each endpoint adds (`limit`, `offset`, `order`, `by`, `date`, ...).
//
// Every parameter is checked: an unknown name, a repeated single-valued
// parameter, a malformed date or number, a value over the size limit or
// invalid UTF-8 is an InvalidInput status whose message names the
// parameter (the server answers 400 with it). Repeatable filters match any
// of their values: country, type and mode also split at commas; actor and
// claimed_by take one name per value (names may hold commas).
//
// Thread safety: pure functions.
#ifndef CASUS_SERVE_QUERY_PARAMS_H_
#define CASUS_SERVE_QUERY_PARAMS_H_

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "casus/date.h"
#include "casus/status.h"
#include "serve/serve_options.h"
#include "store/incident_query.h"

namespace casus {

// Decoded query parameters, as the HTTP layer gives them (httplib::Params).
using QueryParams = std::multimap<std::string, std::string>;

// Fails on a parameter that is neither a filter (when `filters`) nor one of
// `names`; and on values longer than `limits.max_parameter_bytes` or not
// UTF-8.
Status CheckParameters(const QueryParams& params, bool filters,
                       std::initializer_list<std::string_view> names, const ServeLimits& limits);

// Fills `query` from the filter parameters.
Status ParseIncidentFilters(const QueryParams& params, IncidentQuery& query);

// The one value of `name`, nullopt when absent; fails when repeated.
Result<std::optional<std::string>> SingleParameter(const QueryParams& params,
                                                   std::string_view name);
// A count in [0, max]; `fallback` when absent.
Result<size_t> CountParameter(const QueryParams& params, std::string_view name, size_t fallback,
                              size_t max);
// A YYYY-MM-DD date; nullopt when absent.
Result<std::optional<Date>> DateParameter(const QueryParams& params, std::string_view name);

}  // namespace casus

#endif  // CASUS_SERVE_QUERY_PARAMS_H_
