// casus export graph: the store's actor network for network tools.
//
//   casus export graph [--format graphml|gexf|json] [--db casus.db] [--kb DIR] [-o FILE]
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "commands.h"
#include "store/actor_graph.h"
#include "store_cli.h"

namespace casus::cli {
namespace {

struct ExportFlags {
  std::string db = kDefaultStore;
  std::vector<std::string> kb;
  bool no_kb = false;
  std::string format = "graphml";
  std::string output;
};

int RunExportGraph(const ExportFlags& flags) {
  auto store = OpenExistingStore("export", flags.db);
  if (!store) return kExitFailure;
  std::optional<KnowledgeBase> kb;
  if (!flags.no_kb) {
    bool failed = false;
    kb = LoadKnowledgeBase("export", flags.kb, &failed);
    if (failed) return kExitFailure;
  }
  auto actors = store->Actors();
  auto relations = store->Relations();
  auto interactions = store->Interactions();
  for (const Status* status : {&actors.status(), &relations.status(), &interactions.status()}) {
    if (!status->ok()) {
      std::fprintf(stderr, "casus export: %s\n", status->message().c_str());
      return kExitFailure;
    }
  }
  const ActorGraph graph = BuildActorGraph(*actors, *relations, *interactions, kb ? &*kb : nullptr);
  auto text = FormatActorGraph(graph, flags.format);
  if (!text.ok()) {
    std::fprintf(stderr, "casus export: %s\n", text.status().message().c_str());
    return kExitUsage;
  }
  if (flags.output.empty() || flags.output == "-") {
    std::fwrite(text->data(), 1, text->size(), stdout);
    std::fflush(stdout);
    if (std::ferror(stdout)) {
      std::fprintf(stderr, "casus export: error writing standard output\n");
      return kExitFailure;
    }
  } else {
    std::ofstream out(flags.output, std::ios::binary);
    out << *text;
    if (!out.flush()) {
      std::fprintf(stderr, "casus export: cannot write %s\n", flags.output.c_str());
      return kExitFailure;
    }
  }
  std::fprintf(stderr, "casus export: %zu actors, %zu edges\n", graph.nodes.size(),
               graph.edges.size());
  return kExitOk;
}

}  // namespace

CommandRunner AddExportCommand(CLI::App& root) {
  auto flags = std::make_shared<ExportFlags>();
  CLI::App* cmd = root.add_subcommand("export", "Export data from a store for other tools");
  CLI::App* graph = cmd->add_subcommand(
      "graph",
      "The actor network: perpetrators, targets, claimants and the actors behind them, with\n"
      "relation edges (from reports and from the knowledge base, with dates and sources) and\n"
      "incident edges (actor1 -> actor2, weighted by incidents). GraphML (yEd, Cytoscape,\n"
      "networkx), GEXF (Gephi) or node-link JSON (networkx, d3).");
  graph->add_option("--format", flags->format, "graphml, gexf or json")
      ->check(CLI::IsMember({"graphml", "gexf", "json"}))
      ->default_str("graphml");
  graph->add_option("--db", flags->db, kStoreHelp)->default_str(kDefaultStore);
  graph->add_option("--kb", flags->kb, "Knowledge base (default: bundled)");
  graph->add_flag("--no-kb", flags->no_kb, "Leave out the knowledge base's relations");
  graph->add_option("-o,--output", flags->output, "Write to this file (default: standard output)");
  cmd->require_subcommand(1);
  return [flags] { return RunExportGraph(*flags); };
}

}  // namespace casus::cli
