// The incident endpoints: pages, one incident with its reports, chart
// counts, map points and GeoJSON.
#include <climits>
#include <cstdio>

#include "output/json_writer.h"
#include "output/jsonl_records.h"
#include "serve/api_context.h"
#include "serve/evidence_text.h"
#include "store/incident_format.h"

namespace casus {
namespace {

Result<bool> NewestFirst(const QueryParams& params) {
  auto order = SingleParameter(params, "order");
  if (!order.ok()) return order.status();
  if (!order->has_value() || **order == "newest") return true;
  if (**order == "oldest") return false;
  return Status::InvalidInput("parameter 'order': newest or oldest");
}

Result<IncidentQuery> Filters(const RequestScope& scope,
                              std::initializer_list<std::string_view> names) {
  IncidentQuery query;
  Status status = CheckParameters(scope.request.params, true, names, scope.context.limits());
  if (status.ok()) status = ParseIncidentFilters(scope.request.params, query);
  if (!status.ok()) return status;
  return query;
}

// A page of incidents matching `query`, with the store's newest incidents
// held in memory (SQLite) to page words and boxes from.
Result<IncidentPage> SearchPage(RequestScope& scope, const IncidentQuery& query, size_t offset,
                                size_t limit, bool newest) {
  auto network = scope.Network();
  if (!network.ok()) return network.status();
  RecentIncidentsSource recent;
  if (scope.session.reader->dialect() == SqlDialect::kSqlite) {
    recent = [&scope] {
      return scope.context.recent_incidents.Get(
          scope.version, [&scope] { return RecentIncidents::Load(*scope.session.reader, {}); });
    };
  }
  IncidentSearch search(*scope.session.reader, **network, scope.deadline, {}, std::move(recent));
  return search.Page(query, offset, limit, newest);
}

Result<std::string> ListIncidents(RequestScope& scope) {
  const ServeLimits& limits = scope.context.limits();
  auto query = Filters(scope, {"limit", "offset", "order"});
  if (!query.ok()) return query.status();
  const auto& params = scope.request.params;
  auto limit = CountParameter(params, "limit", limits.default_page, limits.max_page);
  if (!limit.ok()) return limit.status();
  auto offset = CountParameter(params, "offset", 0, limits.max_offset);
  if (!offset.ok()) return offset.status();
  auto newest = NewestFirst(params);
  if (!newest.ok()) return newest.status();
  auto page = SearchPage(scope, *query, *offset, *limit, *newest);
  if (!page.ok()) return page.status();
  size_t bytes = 200;
  for (const std::string& record : page->records) bytes += record.size() + 1;
  std::string out;
  out.reserve(bytes);
  out += "{\"total\":" + std::to_string(page->total) +
         ",\"total_exact\":" + (page->total_exact ? "true" : "false") +
         ",\"offset\":" + std::to_string(*offset) + ",\"limit\":" + std::to_string(*limit) +
         ",\"order\":\"" + (*newest ? "newest" : "oldest") + "\",\"incidents\":[";
  for (size_t i = 0; i < page->records.size(); ++i) {
    if (i > 0) out += ',';
    out += page->records[i];
  }
  out += "]}";
  return out;
}

// The evidence of one report's event, by kind.
std::vector<TextSpan> EventSpans(const Event& event) {
  std::vector<TextSpan> spans;
  for (const Evidence& e : event.evidence) spans.push_back({e.start, e.end, "event"});
  for (const Claim& c : event.claimed_by) {
    spans.push_back({c.evidence.start, c.evidence.end, "claim"});
  }
  for (const Attribution& a : event.attributed_to) {
    spans.push_back({a.evidence.start, a.evidence.end, "attribution"});
  }
  return spans;
}

Result<std::string> OneIncident(RequestScope& scope) {
  Status status = CheckParameters(scope.request.params, false, {}, scope.context.limits());
  if (!status.ok()) return status;
  const std::string id = scope.request.matches[1];
  const auto key = ParseIncidentId(id);
  if (!key) return Status::InvalidInput("'" + id + "' is not an incident id (e.g. 12)");
  auto incident = scope.session.store->GetIncident(*key);
  if (!incident.ok()) return incident.status();
  if (!incident->has_value()) return Status::NotFound("no incident " + IncidentId(*key));
  const Incident& found = **incident;

  std::string out = "{\"incident\":";
  AppendIncidentJsonl(found, out);
  out.pop_back();  // the record's newline
  out += ",\"reports\":[";
  for (size_t i = 0; i < found.sources.size(); ++i) {
    const IncidentSource& source = found.sources[i];
    const SqlValue id_param[] = {SqlText(source.doc)};
    auto rows = scope.session.reader->Query("SELECT text FROM documents WHERE id = ?", id_param);
    if (!rows.ok()) return rows.status();
    const std::string text = rows->empty() ? std::string() : rows->front().Text(0);
    if (i > 0) out += ',';
    JsonWriter json(out);
    json.BeginObject();
    json.Key("doc").String(source.doc).Key("title").StringOrNull(source.title);
    json.Key("source").StringOrNull(source.source).Key("url").StringOrNull(source.url);
    json.Key("published");
    if (source.published) {
      json.String(source.published->ToString());
    } else {
      json.Null();
    }
    json.Key("score").Double(source.score, 3).Key("why").String(source.why);
    json.Key("text_bytes").Int(static_cast<int64_t>(text.size())).EndObject();
    // The report's event and its text, spliced in as whole records.
    out.pop_back();
    out += ",\"event\":";
    AppendEventJsonl(source.event, out);
    out.pop_back();
    out += ",\"pieces\":";
    AppendPiecesJson(CutAtSpans(text, EventSpans(source.event)), out);
    out += '}';
  }
  out += "]}";
  return out;
}

Result<std::string> Summary(RequestScope& scope) {
  auto query = Filters(scope, {"by", "top", "fatalities"});
  if (!query.ok()) return query.status();
  const auto& params = scope.request.params;
  auto by = SingleParameter(params, "by");
  if (!by.ok()) return by.status();
  const std::string axis_name = by->value_or("week");
  const auto axis = ParseSummaryAxis(axis_name);
  if (!axis) {
    return Status::InvalidInput("parameter 'by': one of " + std::string(SummaryAxisNames()));
  }
  const ServeLimits& limits = scope.context.limits();
  auto top = CountParameter(params, "top", limits.max_buckets, limits.max_buckets);
  if (!top.ok()) return top.status();
  auto fatalities = SingleParameter(params, "fatalities");
  if (!fatalities.ok()) return fatalities.status();
  const bool with_fatalities = fatalities->value_or("0") == "1";
  if (fatalities->has_value() && **fatalities != "0" && **fatalities != "1") {
    return Status::InvalidInput("parameter 'fatalities': 0 or 1");
  }
  auto network = scope.Network();
  if (!network.ok()) return network.status();
  IncidentSearch search(*scope.session.reader, **network, scope.deadline);
  auto buckets = search.Summarize(*query, *axis, *top, with_fatalities);
  if (!buckets.ok()) return buckets.status();
  std::string out;
  JsonWriter json(out);
  json.BeginObject().Key("by").String(axis_name).Key("buckets").BeginArray();
  for (const SummaryBucket& b : *buckets) {
    json.BeginObject().Key("key").String(b.key);
    if (!b.label.empty()) json.Key("label").String(b.label);
    json.Key("incidents").Int(b.incidents);
    if (with_fatalities) json.Key("fatalities").Int(b.fatalities);
    json.EndObject();
  }
  json.EndArray().EndObject();
  return out;
}

Result<std::string> Points(RequestScope& scope) {
  auto query = Filters(scope, {"limit"});
  if (!query.ok()) return query.status();
  const ServeLimits& limits = scope.context.limits();
  auto limit =
      CountParameter(scope.request.params, "limit", limits.default_points, limits.max_points);
  if (!limit.ok()) return limit.status();
  auto network = scope.Network();
  if (!network.ok()) return network.status();
  IncidentSearch search(*scope.session.reader, **network, scope.deadline);
  auto points = search.Points(*query, *limit);
  if (!points.ok()) return points.status();
  // Types as indexes into "types", to keep 100,000 points small.
  std::vector<std::string> types;
  std::vector<size_t> type_index;
  for (const std::string& type : points->type) {
    size_t i = 0;
    while (i < types.size() && types[i] != type) ++i;
    if (i == types.size()) types.push_back(type);
    type_index.push_back(i);
  }
  std::string out;
  out.reserve(points->keys.size() * 48 + 256);
  JsonWriter json(out);
  json.BeginObject().Key("total").Int(points->total);
  json.Key("truncated").Bool(points->truncated);
  json.Key("types").BeginArray();
  for (const std::string& type : types) json.String(type);
  json.EndArray().Key("key").BeginArray();
  for (int64_t key : points->keys) json.Int(key);
  json.EndArray().Key("lat").BeginArray();
  for (double lat : points->lat) json.Double(lat, 4);
  json.EndArray().Key("lon").BeginArray();
  for (double lon : points->lon) json.Double(lon, 4);
  json.EndArray().Key("type").BeginArray();
  for (size_t i : type_index) json.Int(static_cast<int64_t>(i));
  json.EndArray().Key("fatalities").BeginArray();
  for (int f : points->fatalities) f < 0 ? json.Null() : json.Int(f);
  json.EndArray().Key("day").BeginArray();
  for (int64_t d : points->date) d == INT64_MIN ? json.Null() : json.Int(d);
  json.EndArray().EndObject();
  return out;
}

Result<std::string> GeoJson(RequestScope& scope) {
  auto query = Filters(scope, {"limit", "offset", "order"});
  if (!query.ok()) return query.status();
  const ServeLimits& limits = scope.context.limits();
  const auto& params = scope.request.params;
  auto limit = CountParameter(params, "limit", limits.default_features, limits.max_features);
  if (!limit.ok()) return limit.status();
  auto offset = CountParameter(params, "offset", 0, limits.max_offset);
  if (!offset.ok()) return offset.status();
  auto newest = NewestFirst(params);
  if (!newest.ok()) return newest.status();
  auto page = SearchPage(scope, *query, *offset, *limit, *newest);
  if (!page.ok()) return page.status();
  auto writer = MakeIncidentWriter("geojson");
  if (!writer.ok()) return writer.status();
  std::string out = (*writer)->Header();
  for (const std::string& record : page->records) {
    auto incident = IncidentFromJson(record);
    if (!incident.ok()) return incident.status();
    (*writer)->Append(*incident, out);
  }
  out += (*writer)->Footer();
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

void Route(httplib::Server& server, ApiContext& context, const std::string& pattern,
           Result<std::string> (*handler)(RequestScope&),
           const char* content_type = kJsonContentType) {
  server.Get(pattern, [&context, handler, content_type](const httplib::Request& request,
                                                        httplib::Response& response) {
    ServeFromStore(context, request, response, handler, content_type);
  });
}

}  // namespace

void AddIncidentRoutes(httplib::Server& server, ApiContext& context) {
  Route(server, context, "/api/incidents", ListIncidents);
  Route(server, context, "/api/incidents/([^/]+)", OneIncident);
  Route(server, context, "/api/summary", Summary);
  Route(server, context, "/api/points", Points);
  Route(server, context, "/api/geojson", GeoJson, "application/geo+json");
}

}  // namespace casus
