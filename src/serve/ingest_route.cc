// POST /api/ingest: JSONL documents coded and stored, as `casus ingest`
// does — only when the server was given a token, and only for requests
// carrying it (Authorization: Bearer TOKEN, compared in constant time).
#include <algorithm>
#include <atomic>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "intake/document_reader.h"
#include "output/json_writer.h"
#include "serve/api_context.h"

namespace casus {
namespace {

constexpr size_t kBatch = 64;

// Constant time in the content of both strings (the length of the expected
// token is not secret-bearing: it is compared last, without a branch).
bool TokenMatches(std::string_view given, std::string_view expected) {
  unsigned char diff = 0;
  for (size_t i = 0; i < expected.size(); ++i) {
    const unsigned char g = i < given.size() ? static_cast<unsigned char>(given[i]) : 0;
    diff |= static_cast<unsigned char>(g ^ static_cast<unsigned char>(expected[i]));
  }
  diff |= static_cast<unsigned char>(given.size() != expected.size());
  return diff == 0;
}

void CodeBatch(const Pipeline& pipeline, std::vector<DocumentToStore>& batch) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < batch.size(); i = next++) {
      batch[i].coded = pipeline.Code(batch[i].document);
    }
  };
  const unsigned n = std::min<unsigned>(std::max(1u, std::thread::hardware_concurrency()),
                                        static_cast<unsigned>(batch.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();
}

struct IngestTotals {
  size_t read = 0, stored = 0, replaced = 0, unchanged = 0, events = 0;
  std::vector<BatchResult::Failure> skipped;
  std::vector<int64_t> incidents;
};

Status StoreBatch(Store& store, const Pipeline& pipeline, std::vector<DocumentToStore>& batch,
                  IngestTotals& totals) {
  if (batch.empty()) return Status::Ok();
  std::vector<std::string> ids;
  for (const DocumentToStore& item : batch) ids.push_back(item.document.id);
  auto hashes = store.ContentHashes(ids);
  if (!hashes.ok()) return hashes.status();
  std::vector<DocumentToStore> work;
  for (DocumentToStore& item : batch) {
    auto it = hashes->find(item.document.id);
    if (it != hashes->end() && it->second == item.content_hash) {
      ++totals.unchanged;
    } else {
      work.push_back(std::move(item));
    }
  }
  batch.clear();
  CodeBatch(pipeline, work);
  auto result = store.StoreBatch(work);
  if (!result.ok()) return result.status();
  totals.stored += result->stored;
  totals.replaced += result->replaced;
  totals.unchanged += result->unchanged;
  totals.events += result->events;
  totals.skipped.insert(totals.skipped.end(), result->failed.begin(), result->failed.end());
  totals.incidents.insert(totals.incidents.end(), result->incidents_touched.begin(),
                          result->incidents_touched.end());
  return Status::Ok();
}

void Ingest(ApiContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string& token = context.options().ingest_token;
  if (token.empty()) {
    SetJsonError(response, 403,
                 "ingest over HTTP is off; start casus serve with --token-file to allow it");
    return;
  }
  const std::string authorization = request.get_header_value("Authorization");
  constexpr std::string_view kBearer = "Bearer ";
  if (!authorization.starts_with(kBearer) ||
      !TokenMatches(std::string_view(authorization).substr(kBearer.size()), token)) {
    response.set_header("WWW-Authenticate", "Bearer realm=\"casus\"");
    SetJsonError(response, 401, "a valid bearer token is required (Authorization: Bearer ...)");
    return;
  }
  if (!request.params.empty()) {
    SetJsonError(response, 400, "POST /api/ingest takes no parameters; send JSONL in the body");
    return;
  }
  auto pipeline = context.IngestPipeline();
  if (!pipeline.ok()) {
    SetJsonError(response, 503, "the coding pipeline cannot load: " + pipeline.status().message());
    return;
  }
  std::lock_guard<std::mutex> turn(context.ingest_mutex());
  auto lease = context.sessions().Acquire();
  if (!lease.ok()) {
    SetJsonError(response, 503, "the store cannot be opened: " + lease.status().message());
    return;
  }
  Store& store = *(*lease)->store;
  const std::string started = UtcTimestamp();
  IngestTotals totals;
  std::vector<DocumentToStore> batch;
  Status failure;
  const DocumentReader reader(IntakeOptions{});
  std::istringstream in(request.body);
  reader.ReadStream(in, "request", [&](IntakeRecord&& record) {
    if (!failure.ok()) return;
    ++totals.read;
    if (!record.status.ok()) {
      totals.skipped.push_back({record.id, record.status.message()});
      return;
    }
    DocumentToStore item;
    item.content_hash = ContentHash(record.document);
    item.document = std::move(record.document);
    batch.push_back(std::move(item));
    if (batch.size() >= kBatch) failure = StoreBatch(store, **pipeline, batch, totals);
  });
  if (failure.ok()) failure = StoreBatch(store, **pipeline, batch, totals);
  IngestRun run;
  run.started_at = started;
  run.finished_at = UtcTimestamp();
  run.read = totals.read;
  run.stored = totals.stored + totals.replaced;
  run.unchanged = totals.unchanged;
  run.skipped = totals.skipped.size();
  run.events = totals.events;
  store.RecordRun(run);
  if (!failure.ok()) {
    lease->Discard();
    SetStatusError(response, Status::IoError("storing a batch failed: " + failure.message()));
    return;
  }
  std::sort(totals.incidents.begin(), totals.incidents.end());
  totals.incidents.erase(std::unique(totals.incidents.begin(), totals.incidents.end()),
                         totals.incidents.end());
  std::string out;
  JsonWriter json(out);
  json.BeginObject().Key("read").Int(static_cast<int64_t>(totals.read));
  json.Key("stored").Int(static_cast<int64_t>(totals.stored));
  json.Key("replaced").Int(static_cast<int64_t>(totals.replaced));
  json.Key("unchanged").Int(static_cast<int64_t>(totals.unchanged));
  json.Key("events").Int(static_cast<int64_t>(totals.events));
  json.Key("skipped").BeginArray();
  for (const auto& skipped : totals.skipped) {
    json.BeginObject().Key("doc").String(skipped.doc).Key("reason").String(skipped.reason);
    json.EndObject();
  }
  json.EndArray().Key("incidents").BeginArray();
  for (int64_t key : totals.incidents) json.Int(key);
  json.EndArray().EndObject();
  out += '\n';
  response.set_content(std::move(out), kJsonContentType);
}

}  // namespace

void AddIngestRoute(httplib::Server& server, ApiContext& context) {
  server.Post("/api/ingest",
              [&context](const httplib::Request& request, httplib::Response& response) {
                Ingest(context, request, response);
              });
  server.Get("/api/ingest", [](const httplib::Request&, httplib::Response& response) {
    response.set_header("Allow", "POST");
    SetJsonError(response, 405, "send documents with POST");
  });
}

}  // namespace casus
