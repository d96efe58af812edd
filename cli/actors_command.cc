// casus actors: inspect and check the knowledge base.
#include "commands.h"

namespace casus::cli {

CommandRunner AddActorsCommand(CLI::App& root) {
  CLI::App* cmd = root.add_subcommand("actors", "Show actors and check the knowledge base");
  cmd->require_subcommand(1);
  cmd->add_subcommand("show", "Show an actor, its aliases and its relation chain");
  cmd->add_subcommand("check", "Validate the knowledge base");
  return [] {
    std::fprintf(stderr, "casus actors: not available yet\n");
    return kExitFailure;
  };
}

}  // namespace casus::cli
