// The document and status endpoints: one stored document with its records
// and evidence spans, a page of documents, and the store's counts.
#include "output/json_writer.h"
#include "serve/api_context.h"
#include "serve/evidence_text.h"

namespace casus {
namespace {

// Appends rows of stored JSON records as a JSON array.
void AppendRecords(const std::vector<SqlRow>& rows, size_t column, std::string& out) {
  out += '[';
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i > 0) out += ',';
    out += rows[i].Text(column);
  }
  out += ']';
}

Result<std::string> OneDocument(RequestScope& scope, const std::string& id) {
  StoreSession& session = scope.session;
  const SqlValue id_param[] = {SqlText(id)};
  auto docs = session.reader->Query(
      "SELECT doc_key, id, title, source, url, published, ingested_at, coded_by, text "
      "FROM documents WHERE id = ?",
      id_param);
  if (!docs.ok()) return docs.status();
  if (docs->empty()) return Status::NotFound("no document '" + id + "' in the store");
  const SqlRow& doc = docs->front();
  const SqlValue key[] = {SqlInt(doc.Int(0))};
  auto events = session.reader->Query(
      "SELECT ordinal, record, incident_key FROM events WHERE doc_key = ? ORDER BY ordinal", key);
  if (!events.ok()) return events.status();
  auto relations =
      session.reader->Query("SELECT record FROM relations WHERE doc_key = ? ORDER BY ordinal", key);
  if (!relations.ok()) return relations.status();
  auto spans = session.reader->Query(
      "SELECT role, start_byte, end_byte FROM evidence WHERE doc_key = ? AND record_kind IN "
      "('event', 'relation')",
      key);
  if (!spans.ok()) return spans.status();
  const std::string text = doc.Text(8);
  std::vector<TextSpan> text_spans;
  for (const SqlRow& span : *spans) {
    text_spans.push_back(
        {static_cast<uint32_t>(span.Int(1)), static_cast<uint32_t>(span.Int(2)), span.Text(0)});
  }

  std::string out;
  {
    JsonWriter json(out);
    json.BeginObject().Key("id").String(doc.Text(1)).Key("title").StringOrNull(doc.Text(2));
    json.Key("source").StringOrNull(doc.Text(3)).Key("url").StringOrNull(doc.Text(4));
    json.Key("published").StringOrNull(doc.Text(5)).Key("ingested_at").String(doc.Text(6));
    json.Key("coded_by").String(doc.Text(7));
    json.Key("text_bytes").Int(static_cast<int64_t>(text.size()));
    json.Key("incidents").BeginArray();
    for (const SqlRow& event : *events) {
      event.IsNull(2) ? json.Null() : json.Int(event.Int(2));
    }
    json.EndArray().EndObject();
  }
  out.pop_back();
  out += ",\"events\":";
  AppendRecords(*events, 1, out);
  out += ",\"relations\":";
  AppendRecords(*relations, 0, out);
  out += ",\"pieces\":";
  AppendPiecesJson(CutAtSpans(text, text_spans), out);
  out += '}';
  return out;
}

// GET /api/documents?id=ID: one document. Without id: a page of documents
// (newest publication first) with limit and offset.
Result<std::string> Documents(RequestScope& scope) {
  const ServeLimits& limits = scope.context.limits();
  Status status = CheckParameters(scope.request.params, false, {"id", "limit", "offset"}, limits);
  if (!status.ok()) return status;
  auto id = SingleParameter(scope.request.params, "id");
  if (!id.ok()) return id.status();
  if (id->has_value()) return OneDocument(scope, **id);
  auto limit = CountParameter(scope.request.params, "limit", limits.default_page, limits.max_page);
  if (!limit.ok()) return limit.status();
  auto offset = CountParameter(scope.request.params, "offset", 0, limits.max_offset);
  if (!offset.ok()) return offset.status();
  const SqlValue params[] = {SqlInt(static_cast<int64_t>(*limit)),
                             SqlInt(static_cast<int64_t>(*offset))};
  auto rows = scope.session.reader->Query(
      "SELECT id, title, source, url, published FROM documents "
      "ORDER BY published_days DESC, doc_key DESC LIMIT ? OFFSET ?",
      params);
  if (!rows.ok()) return rows.status();
  std::string out;
  JsonWriter json(out);
  json.BeginObject().Key("offset").Int(static_cast<int64_t>(*offset));
  json.Key("documents").BeginArray();
  for (const SqlRow& row : *rows) {
    json.BeginObject().Key("id").String(row.Text(0)).Key("title").StringOrNull(row.Text(1));
    json.Key("source").StringOrNull(row.Text(2)).Key("url").StringOrNull(row.Text(3));
    json.Key("published").StringOrNull(row.Text(4)).EndObject();
  }
  json.EndArray().EndObject();
  return out;
}

Result<std::string> StatusReport(RequestScope& scope) {
  const ServeLimits& limits = scope.context.limits();
  Status status = CheckParameters(scope.request.params, false, {}, limits);
  if (!status.ok()) return status;
  auto stats = scope.context.stats.Get(
      scope.version, [&]() -> Result<StoreStats> { return scope.session.store->Stats(); });
  if (!stats.ok()) return stats.status();
  auto dates = scope.context.date_range.Get(scope.version, [&] {
    return scope.session.reader->Query(
        "SELECT min(date_days), max(date_days) FROM incidents WHERE date_days IS NOT NULL", {});
  });
  if (!dates.ok()) return dates.status();
  std::string out;
  JsonWriter json(out);
  json.BeginObject().Key("casus").String("0.1.0");
  json.Key("engine").String(scope.session.store->engine());
  json.Key("schema_version").Int((*stats)->schema_version);
  json.Key("version").String(scope.version);
  json.Key("documents").Int((*stats)->documents).Key("events").Int((*stats)->events);
  json.Key("relations").Int((*stats)->relations).Key("incidents").Int((*stats)->incidents);
  json.Key("multi_source_incidents").Int((*stats)->multi_source_incidents);
  std::string first, last;
  if (!(*dates)->empty() && !(*dates)->front().IsNull(0)) {
    first = Date::FromDays((*dates)->front().Int(0)).ToString();
    last = Date::FromDays((*dates)->front().Int(1)).ToString();
  }
  json.Key("first_date").StringOrNull(first).Key("last_date").StringOrNull(last);
  json.Key("knowledge_base").Bool(scope.context.kb() != nullptr);
  json.Key("ingest").Bool(!scope.context.options().ingest_token.empty());
  json.Key("limits").BeginObject();
  json.Key("max_page").Int(static_cast<int64_t>(limits.max_page));
  json.Key("max_offset").Int(static_cast<int64_t>(limits.max_offset));
  json.Key("max_points").Int(static_cast<int64_t>(limits.max_points));
  json.Key("max_features").Int(static_cast<int64_t>(limits.max_features));
  json.Key("max_body_bytes").Int(static_cast<int64_t>(limits.max_body_bytes));
  json.Key("request_budget_ms").Int(limits.request_budget_ms);
  json.EndObject().EndObject();
  return out;
}

}  // namespace

void AddDocumentRoutes(httplib::Server& server, ApiContext& context) {
  server.Get("/api/documents",
             [&context](const httplib::Request& request, httplib::Response& response) {
               ServeFromStore(context, request, response, Documents);
             });
  server.Get("/api/status",
             [&context](const httplib::Request& request, httplib::Response& response) {
               ServeFromStore(context, request, response, StatusReport);
             });
}

}  // namespace casus
