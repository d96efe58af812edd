// casus eval: code the documents of a gold file and score the result
// against the hand-coded events (contract §2).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "commands.h"
#include "eval/eval_report.h"
#include "eval/evaluation.h"
#include "eval/gold.h"
#include "eval/kb_names.h"
#include "eval/plover_gold.h"
#include "intake/html_extractor.h"
#include "pipeline/pipeline.h"
#include "progress.h"

namespace casus::cli {
namespace {

struct EvalFlags {
  std::string gold;
  bool json = false;
  bool verbose = false;
  std::vector<std::string> kb;
  std::vector<std::string> dictionary;
  unsigned threads = 0;
  std::string convert_plover;
};

int ConvertPlover(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "casus eval: cannot read %s\n", path.c_str());
    return kExitFailure;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto conversion = ConvertPloverRecords(buffer.str());
  if (!conversion.ok()) {
    std::fprintf(stderr, "casus eval: %s: %s\n", path.c_str(),
                 conversion.status().message().c_str());
    return kExitFailure;
  }
  std::fwrite(conversion->jsonl.data(), 1, conversion->jsonl.size(), stdout);
  std::fflush(stdout);
  for (const std::string& skipped : conversion->skipped) {
    std::fprintf(stderr, "casus eval: skipped %s\n", skipped.c_str());
  }
  for (const std::string& renamed : conversion->renamed) {
    std::fprintf(stderr, "casus eval: repeated id renamed: %s\n", renamed.c_str());
  }
  std::fprintf(stderr, "casus eval: %zu gold documents written, %zu records skipped\n",
               conversion->documents, conversion->skipped.size());
  return std::ferror(stdout) ? kExitFailure : kExitOk;
}

// Gives a document read from "html" its article text; the gold line's own
// title, date, source and url take precedence over the page's.
Status ExtractHtml(GoldDocument& gold) {
  if (gold.html.empty()) return Status::Ok();
  auto article = ExtractHtmlArticle(gold.html, gold.document.id);
  if (!article.ok()) return article.status();
  Document& document = gold.document;
  document.text = std::move(article->text);
  if (document.title.empty()) document.title = std::move(article->title);
  if (!document.date) document.date = article->date;
  if (document.source.empty()) document.source = std::move(article->source);
  if (document.url.empty()) document.url = std::move(article->url);
  gold.html.clear();
  return Status::Ok();
}

std::vector<CodedDocument> CodeAll(const Pipeline& pipeline, const std::vector<GoldDocument>& gold,
                                   unsigned threads) {
  std::vector<CodedDocument> coded(gold.size());
  std::atomic<size_t> next{0}, done{0};
  ProgressMeter progress("coding", gold.size());
  auto work = [&](bool report) {
    for (size_t i = next++; i < gold.size(); i = next++) {
      coded[i] = pipeline.Code(gold[i].document);
      ++done;
      if (report) progress.Update(done, 0);
    }
  };
  std::vector<std::thread> pool;
  const unsigned n =
      std::min<unsigned>(threads, static_cast<unsigned>(std::max<size_t>(1, gold.size())));
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(work, false);
  work(true);
  for (auto& thread : pool) thread.join();
  progress.Finish();
  return coded;
}

int RunEval(const EvalFlags& flags) {
  if (!flags.convert_plover.empty()) return ConvertPlover(flags.convert_plover);
  if (flags.gold.empty()) {
    std::fprintf(stderr, "casus eval: give a gold file (GOLD.jsonl); see casus eval --help\n");
    return kExitUsage;
  }
  auto file = LoadGoldFile(flags.gold);
  if (!file.ok()) {
    std::fprintf(stderr, "casus eval: %s\n", file.status().message().c_str());
    return kExitFailure;
  }
  std::vector<GoldDocument> documents;
  size_t skipped = file->errors.size();
  for (const GoldLineError& error : file->errors) {
    std::fprintf(stderr, "casus eval: %s:%zu%s: %s\n", flags.gold.c_str(), error.line,
                 error.id.empty() ? "" : (" (" + error.id + ")").c_str(), error.message.c_str());
  }
  for (GoldDocument& gold : file->documents) {
    if (Status status = ExtractHtml(gold); !status.ok()) {
      ++skipped;
      std::fprintf(stderr, "casus eval: %s:%zu (%s): %s\n", flags.gold.c_str(), gold.line,
                   gold.document.id.c_str(), status.message().c_str());
      continue;
    }
    documents.push_back(std::move(gold));
  }
  if (documents.empty() && file->lines > 0) {
    std::fprintf(stderr, "casus eval: no document of %s could be read\n", flags.gold.c_str());
    return kExitFailure;
  }

  PipelineOptions options;
  options.kb_paths = flags.kb;
  options.dictionary_paths = flags.dictionary;
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "casus eval: %s\n", pipeline.status().message().c_str());
    return kExitFailure;
  }
  // A gold name matches a predicted actor the knowledge base knows by that
  // name ("Turkey" and "Türkiye"), as the pipeline's knowledge base reads it.
  const KnowledgeBase& kb = (*pipeline)->knowledge_base();
  for (GoldDocument& gold : documents) {
    ResolveGoldNames([&](std::string_view name) { return KbNameInfo(kb, name); }, gold);
  }
  const unsigned threads =
      flags.threads > 0 ? flags.threads : std::max(1u, std::thread::hardware_concurrency());
  const auto start = std::chrono::steady_clock::now();
  const std::vector<CodedDocument> coded = CodeAll(**pipeline, documents, threads);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  ReportContext context;
  context.gold_path = flags.gold;
  context.gold_lines = file->lines;
  context.skipped_lines = skipped;
  Scoreboard board;
  std::vector<DocumentEvaluation> evaluations;
  evaluations.reserve(documents.size());
  std::string diffs;
  for (size_t i = 0; i < documents.size(); ++i) {
    evaluations.push_back(EvaluateDocument(documents[i], coded[i], context.options));
    board.Add(documents[i], coded[i], evaluations.back());
    if (flags.verbose && !flags.json) {
      const std::string diff = FormatDocumentDiff(documents[i], coded[i], evaluations.back());
      if (!diff.empty()) diffs += diff + "\n";
    }
  }

  std::string out;
  if (flags.json) {
    std::vector<DocumentResult> results;
    if (flags.verbose) {
      for (size_t i = 0; i < documents.size(); ++i) {
        results.push_back({&documents[i], &coded[i], &evaluations[i]});
      }
    }
    out = FormatJsonReport(board.summary(), context, results) + "\n";
  } else {
    if (flags.verbose) {
      out += diffs.empty()
                 ? "Every document is coded as the gold says.\n\n"
                 : "Differences (~ matched with wrong fields, - missed, + spurious)\n\n" + diffs;
    }
    out += FormatTextReport(board.summary(), context);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  std::fprintf(stderr, "casus eval: %zu documents coded in %.2f s\n", documents.size(), seconds);
  if (std::ferror(stdout)) {
    std::fprintf(stderr, "casus eval: error writing standard output\n");
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

CommandRunner AddEvalCommand(CLI::App& root) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* cmd = root.add_subcommand(
      "eval",
      "Code the documents of a gold file and score casus against the hand-coded events.\n"
      "GOLD.jsonl holds one document per line ({\"id\",\"text\"|\"html\",\"date\",...}) plus\n"
      "\"gold\": [event, ...] in the output's event fields; an actor may be given as\n"
      "{\"names\": [...], \"country\", \"sector\"} (any name may match, as may another\n"
      "name the knowledge base gives the predicted actor: \"Turkey\" for \"T\u00fcrkiye\"; and\n"
      "a state organ's name any actor of its country and sector: \"US forces\" for the US\n"
      "air force; a null actor casus's \"Unidentified Armed Group\", which says no one was\n"
      "named). An agreement's actors, and an alliance's parties, are compared in either\n"
      "order (neither has a direction). Prints precision, recall and F1 of events (same type, "
      "dates within a\n"
      "day, same country), per PLOVER\n"
      "type, and the accuracy of each field on matched events (a place within 50 km of the\n"
      "gold coordinates, or, for a whole country, the same country). Bad gold lines are reported\n"
      "with their line number and skipped. Exit status 0 whatever the scores; 1 when the\n"
      "gold file cannot be read; 2 on usage errors.");
  cmd->add_option("GOLD", flags->gold, "Gold file (JSONL)");
  cmd->add_flag("--json", flags->json, "Write the scores as one JSON object");
  cmd->add_flag("--verbose", flags->verbose,
                "Also show each document's differences: missed gold events and relations, "
                "spurious predictions and the wrong fields of matched events");
  cmd->add_option("--kb", flags->kb,
                  "Knowledge base: a directory of .kb files, or PETRARCH/TABARI actor and agent "
                  "dictionaries (repeatable; default: the bundled knowledge base)");
  cmd->add_option("--dict", flags->dictionary,
                  "Event dictionary files, casus .dict or the PETRARCH-2 verb dictionary "
                  "(repeatable; default: the bundled dictionary)");
  cmd->add_option("--threads", flags->threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(1u, 256u));
  cmd->add_option("--convert-plover", flags->convert_plover,
                  "Instead of scoring, convert PLOVER gold-standard records (a JSON array, "
                  "e.g. PLOVER_GSR_CAMEO.json) to a gold file on standard output");
  return [flags] { return RunEval(*flags); };
}

}  // namespace casus::cli
