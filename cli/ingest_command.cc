// casus ingest: code documents and keep them in a store (contract §3).
//
// Documents are read, checked against the store (same id and content hash:
// skipped), coded on all threads and stored batch by batch, one transaction
// per batch; new events are fused into incidents as they are stored. A
// killed run loses at most the batch in flight, and the next run resumes
// where it stopped, since stored documents are skipped. Bad documents are
// reported as by `casus code` and skipped. At the end: a one-line summary
// and a table of the incidents the run created or changed, on standard
// error.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "casus/date.h"
#include "commands.h"
#include "intake/document_reader.h"
#include "pipeline/pipeline.h"
#include "progress.h"
#include "store/incident_format.h"
#include "store/store.h"
#include "store_cli.h"

namespace casus::cli {
namespace {

struct IngestFlags {
  std::vector<std::string> paths;
  std::string db = kDefaultStore;
  std::string date;
  std::vector<std::string> kb;
  std::vector<std::string> dictionary;
  unsigned threads = 0;
  size_t batch = 64;
  size_t summary = 25;
  bool mentions = false;
  bool recode = false;
  bool verbose = false;
};

struct Totals {
  size_t read = 0, stored = 0, replaced = 0, unchanged = 0, skipped = 0, events = 0;
};

// Codes the documents of `batch` that need it, on `threads` threads.
void CodeBatch(const Pipeline& pipeline, std::vector<DocumentToStore>& batch, unsigned threads) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < batch.size(); i = next++) {
      batch[i].coded = pipeline.Code(batch[i].document);
    }
  };
  std::vector<std::thread> pool;
  const unsigned n = std::min<unsigned>(threads, static_cast<unsigned>(batch.size()));
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();
}

// Counts the documents of the inputs, for the progress bar's ETA. Only for
// files: standard input cannot be read twice.
size_t CountDocuments(const DocumentReader& reader, const std::vector<std::string>& paths) {
  if (paths.empty() || std::find(paths.begin(), paths.end(), "-") != paths.end()) return 0;
  size_t count = 0;
  reader.Read(paths, [&](IntakeRecord&&) { ++count; });
  return count;
}

void PrintSummaryTable(Store& store, const std::vector<int64_t>& touched, size_t limit) {
  if (limit == 0) return;
  if (touched.empty()) {
    std::fprintf(stderr, "\nNo incidents were created or changed.\n");
    return;
  }
  std::vector<Incident> incidents;
  size_t multi = 0;
  for (int64_t key : touched) {
    auto incident = store.GetIncident(key);
    if (!incident.ok() || !incident->has_value()) continue;
    if ((*incident)->sources.size() > 1) ++multi;
    incidents.push_back(std::move(**incident));
  }
  // Incidents reported by several sources first, then by date.
  std::stable_sort(incidents.begin(), incidents.end(), [](const Incident& a, const Incident& b) {
    const bool ma = a.sources.size() > 1, mb = b.sources.size() > 1;
    if (ma != mb) return ma;
    if (a.event.date != b.event.date) return a.event.date < b.event.date;
    return a.key < b.key;
  });
  const size_t shown = std::min(limit, incidents.size());
  const size_t more = incidents.size() - shown;
  incidents.resize(shown);
  std::stable_sort(incidents.begin(), incidents.end(), [](const Incident& a, const Incident& b) {
    if (a.event.date != b.event.date) return a.event.date < b.event.date;
    return a.key < b.key;
  });
  std::fprintf(stderr, "\nIncidents created or changed: %zu (%zu reported by several sources)\n\n",
               shown + more, multi);
  const std::string table = FormatIncidentTable(incidents, more);
  std::fwrite(table.data(), 1, table.size(), stderr);
  std::fprintf(stderr,
               "\nKILLED is the lowest reported figure, then the highest when reports differ.\n"
               "'casus query incident ID --why' tells which reports were fused and why.\n");
}

int RunIngest(const IngestFlags& flags) {
  IntakeOptions intake;
  if (!flags.date.empty()) {
    intake.default_date = Date::Parse(flags.date);
    if (!intake.default_date) {
      std::fprintf(stderr, "casus ingest: --date must be YYYY-MM-DD, got '%s'\n",
                   flags.date.c_str());
      return kExitUsage;
    }
  }
  const std::string started = UtcTimestamp();
  auto store = Store::Open(flags.db);
  if (!store.ok()) {
    std::fprintf(stderr, "casus ingest: %s\n", store.status().message().c_str());
    return kExitFailure;
  }
  PipelineOptions options;
  options.kb_paths = flags.kb;
  options.dictionary_paths = flags.dictionary;
  options.emit_mentions = flags.mentions;
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "casus ingest: %s\n", pipeline.status().message().c_str());
    return kExitFailure;
  }
  const unsigned threads =
      flags.threads > 0 ? flags.threads : std::max(1u, std::thread::hardware_concurrency());
  const DocumentReader reader(intake);
  const size_t total = isatty(STDERR_FILENO) == 1 ? CountDocuments(reader, flags.paths) : 0;
  ProgressMeter progress("ingesting", total);

  Totals totals;
  std::vector<int64_t> touched;
  std::vector<DocumentToStore> batch;
  bool store_failed = false;

  auto flush = [&] {
    if (batch.empty() || store_failed) return;
    // Documents already stored unchanged are not coded again.
    std::vector<std::string> ids;
    for (const DocumentToStore& item : batch) ids.push_back(item.document.id);
    std::unordered_map<std::string, std::string> stored;
    if (!flags.recode) {
      auto hashes = (*store)->ContentHashes(ids);
      if (!hashes.ok()) {
        std::fprintf(stderr, "casus ingest: %s\n", hashes.status().message().c_str());
        store_failed = true;
        return;
      }
      stored = std::move(hashes.value());
    }
    std::vector<DocumentToStore> work;
    for (DocumentToStore& item : batch) {
      auto it = stored.find(item.document.id);
      if (it != stored.end() && it->second == item.content_hash) {
        ++totals.unchanged;
        continue;
      }
      item.recode = flags.recode;
      work.push_back(std::move(item));
    }
    batch.clear();
    CodeBatch(**pipeline, work, threads);
    auto result = (*store)->StoreBatch(work);
    if (!result.ok()) {
      std::fprintf(stderr, "casus ingest: storing a batch failed: %s\n",
                   result.status().message().c_str());
      store_failed = true;
      return;
    }
    for (const auto& failure : result->failed) {
      std::fprintf(stderr, "casus: %s: %s\n", failure.doc.c_str(), failure.reason.c_str());
    }
    if (flags.verbose) {
      for (const std::string& id : result->committed) {
        std::fprintf(stderr, "casus ingest: committed %s\n", id.c_str());
      }
    }
    totals.stored += result->stored;
    totals.replaced += result->replaced;
    totals.unchanged += result->unchanged;
    totals.skipped += result->failed.size();
    totals.events += result->events;
    touched.insert(touched.end(), result->incidents_touched.begin(),
                   result->incidents_touched.end());
    progress.Update(totals.read, totals.skipped);
  };

  reader.Read(flags.paths, [&](IntakeRecord&& record) {
    if (store_failed) return;
    ++totals.read;
    if (!record.status.ok()) {
      ++totals.skipped;
      std::fprintf(stderr, "casus: %s: %s\n", record.id.c_str(), record.status.message().c_str());
      return;
    }
    DocumentToStore item;
    item.content_hash = ContentHash(record.document);
    item.document = std::move(record.document);
    batch.push_back(std::move(item));
    if (batch.size() >= flags.batch) flush();
  });
  flush();
  progress.Finish();

  IngestRun run;
  run.started_at = started;
  run.finished_at = UtcTimestamp();
  run.read = totals.read;
  run.stored = totals.stored + totals.replaced;
  run.unchanged = totals.unchanged;
  run.skipped = totals.skipped;
  run.events = totals.events;
  if (Status status = (*store)->RecordRun(run); !status.ok()) {
    std::fprintf(stderr, "casus ingest: warning: %s\n", status.message().c_str());
  }
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  std::fprintf(stderr,
               "casus ingest: %zu documents read, %zu stored (%zu replaced), %zu unchanged, "
               "%zu skipped, %zu events written\n",
               totals.read, totals.stored + totals.replaced, totals.replaced, totals.unchanged,
               totals.skipped, totals.events);
  if (auto stats = (*store)->Stats(); stats.ok()) {
    std::fprintf(stderr,
                 "casus ingest: the store (%s) holds %lld documents, %lld events, %lld "
                 "incidents (%lld from several reports)\n",
                 IsServerStore(flags.db) ? "postgresql" : flags.db.c_str(),
                 static_cast<long long>(stats->documents), static_cast<long long>(stats->events),
                 static_cast<long long>(stats->incidents),
                 static_cast<long long>(stats->multi_source_incidents));
  }
  if (store_failed) return kExitFailure;
  PrintSummaryTable(**store, touched, flags.summary);
  return totals.skipped > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

CommandRunner AddIngestCommand(CLI::App& root) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd = root.add_subcommand(
      "ingest",
      "Code documents and keep them in a store, fusing reports of the same real-world event\n"
      "into incidents. PATH is read as by 'casus code'. Documents already stored with the\n"
      "same content are skipped, changed ones replace their old records; each batch is one\n"
      "transaction, so an interrupted run loses at most one batch and the next run resumes.\n"
      "A document that cannot be read or stored is reported and skipped (exit status 3).\n"
      "Prints a summary and a table of the incidents created or changed on standard error.");
  cmd->add_option("PATH", flags->paths, "Input files, directories or '-'");
  cmd->add_option("--db", flags->db, kStoreHelp)->default_str(kDefaultStore);
  cmd->add_option("--date", flags->date,
                  "Publication date (YYYY-MM-DD) for inputs that carry none (plain text)");
  cmd->add_option("--kb", flags->kb,
                  "Knowledge base directory or files (repeatable; default: the bundled one)");
  cmd->add_option("--dict", flags->dictionary, "Event dictionary files (repeatable)");
  cmd->add_option("--threads", flags->threads, "Coding threads (default: all cores)")
      ->check(CLI::Range(1u, 256u));
  cmd->add_option("--batch", flags->batch, "Documents per transaction")
      ->check(CLI::Range(size_t{1}, size_t{100000}))
      ->default_str("64");
  cmd->add_option("--summary", flags->summary, "Incidents shown in the closing table (0: no table)")
      ->default_str("25");
  cmd->add_flag("--mentions", flags->mentions, "Also store sentence-level mentions");
  cmd->add_flag("--recode", flags->recode,
                "Code and replace every document, even unchanged ones (after an upgrade)");
  cmd->add_flag("--verbose", flags->verbose,
                "Report each document on standard error once its batch is committed");
  return [flags] { return RunIngest(*flags); };
}

}  // namespace casus::cli
