// casus code: stateless coding of documents to records on standard output.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "casus/date.h"
#include "commands.h"
#include "intake/document_reader.h"
#include "output/record_formatter.h"
#include "pipeline/pipeline.h"
#include "progress.h"

namespace casus::cli {
namespace {

struct CodeFlags {
  std::vector<std::string> paths;
  std::string date;
  std::string format = "jsonl";
  std::string emit = "events";
  std::vector<std::string> kb;
  std::vector<std::string> dictionary;
  unsigned threads = 0;
};

// Documents are coded in batches: read a batch, code it on all threads,
// write it in input order. Output order therefore never depends on timing.
constexpr size_t kBatchSize = 256;

int RunCode(const CodeFlags& flags) {
  IntakeOptions intake;
  if (!flags.date.empty()) {
    intake.default_date = Date::Parse(flags.date);
    if (!intake.default_date) {
      std::fprintf(stderr, "casus code: --date must be YYYY-MM-DD, got '%s'\n", flags.date.c_str());
      return kExitUsage;
    }
  }
  auto formatter = MakeRecordFormatter(flags.format);
  if (!formatter.ok()) {
    std::fprintf(stderr, "casus code: %s\n", formatter.status().message().c_str());
    return kExitUsage;
  }
  EmitKind emit = EmitKind::kEvents;
  if (flags.emit == "mentions") emit = EmitKind::kMentions;
  if (flags.emit == "all") emit = EmitKind::kAll;

  PipelineOptions options;
  options.kb_paths = flags.kb;
  options.dictionary_paths = flags.dictionary;
  options.emit_mentions = emit != EmitKind::kEvents;
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "casus code: %s\n", pipeline.status().message().c_str());
    return kExitFailure;
  }
  const unsigned threads =
      flags.threads > 0 ? flags.threads : std::max(1u, std::thread::hardware_concurrency());

  std::string out = (*formatter)->Header();
  size_t read = 0, coded = 0, skipped = 0, events = 0;
  ProgressMeter progress("coding");
  std::vector<Document> batch;
  std::vector<CodedDocument> results;

  auto flush = [&] {
    results.assign(batch.size(), CodedDocument{});
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i = next++; i < batch.size(); i = next++)
        results[i] = (*pipeline)->Code(batch[i]);
    };
    std::vector<std::thread> pool;
    const unsigned n = std::min<unsigned>(threads, static_cast<unsigned>(batch.size()));
    for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
    work();
    for (auto& thread : pool) thread.join();
    for (const CodedDocument& result : results) {
      (*formatter)->Format(result, emit, out);
      events += result.events.size();
    }
    coded += batch.size();
    std::fwrite(out.data(), 1, out.size(), stdout);
    out.clear();
    batch.clear();
    progress.Update(read, skipped);
  };

  DocumentReader reader(intake);
  reader.Read(flags.paths, [&](IntakeRecord&& record) {
    ++read;
    if (!record.status.ok()) {
      ++skipped;
      std::fprintf(stderr, "casus: %s: %s\n", record.id.c_str(), record.status.message().c_str());
      return;
    }
    batch.push_back(std::move(record.document));
    if (batch.size() >= kBatchSize) flush();
  });
  flush();
  std::fflush(stdout);
  progress.Finish();
  std::fprintf(stderr,
               "casus code: %zu documents read, %zu coded, %zu skipped, %zu events written\n", read,
               coded, skipped, events);
  if (std::ferror(stdout)) {
    std::fprintf(stderr, "casus code: error writing standard output\n");
    return kExitFailure;
  }
  return skipped > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

CommandRunner AddCodeCommand(CLI::App& root) {
  auto flags = std::make_shared<CodeFlags>();
  CLI::App* cmd = root.add_subcommand(
      "code",
      "Code documents into event records, written to standard output.\n"
      "PATH is a .jsonl/.ndjson file (one {\"id\",\"text\"|\"html\",\"date\",...} per line),\n"
      "an .html/.htm article, a plain-text file, a directory (read recursively) or '-'\n"
      "for standard input (JSONL). No PATH reads standard input. A document that cannot\n"
      "be read is reported on standard error and skipped; exit status 3 then.");
  cmd->add_option("PATH", flags->paths, "Input files, directories or '-'");
  cmd->add_option("--date", flags->date,
                  "Publication date (YYYY-MM-DD) for inputs that carry none (plain text)");
  cmd->add_option("--format", flags->format, "Output format: jsonl, csv, acled, gdelt, plover")
      ->check(CLI::IsMember(RecordFormatNames()))
      ->default_str("jsonl");
  cmd->add_option("--emit", flags->emit,
                  "Records to write: events (events and relations), mentions, or all")
      ->check(CLI::IsMember({"events", "mentions", "all"}))
      ->default_str("events");
  cmd->add_option("--kb", flags->kb,
                  "Knowledge base: a directory of .kb files, or PETRARCH/TABARI actor and agent "
                  "dictionaries (repeatable; default: the bundled knowledge base)");
  cmd->add_option("--dict", flags->dictionary,
                  "Event dictionary files, casus .dict or the PETRARCH-2 verb dictionary "
                  "(repeatable; default: the bundled dictionary)");
  cmd->add_option("--threads", flags->threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(1u, 256u));
  return [flags] { return RunCode(*flags); };
}

}  // namespace casus::cli
