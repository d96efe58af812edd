// casus — news to conflict and political event data.
#include <cstdio>
#include <exception>
#include <map>
#include <string>

#include "commands.h"

int main(int argc, char** argv) {
  using namespace casus::cli;
  CLI::App app{
      "casus turns news text into conflict and political event data: who did what to whom,\n"
      "where, when, with what weapon, how many killed, who claimed it, who is blamed, and\n"
      "which state stands behind the group. Output follows the casus JSONL contract.",
      "casus"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "casus 0.1.0");
  app.footer("Run 'casus COMMAND --help' for the options of each command.");

  std::map<CLI::App*, CommandRunner> runners;
  auto add = [&](CommandRunner runner) {
    runners[app.get_subcommands({}).back()] = std::move(runner);
  };
#if CASUS_HAVE_CODE_COMMAND
  add(AddCodeCommand(app));
  add(AddEvalCommand(app));
  add(AddIngestCommand(app));
  add(AddQueryCommand(app));
  add(AddExportCommand(app));
#endif
#if CASUS_HAVE_SERVE_COMMAND
  add(AddServeCommand(app));
#endif
  add(AddActorsCommand(app));
  add(AddSummaryCommand(app));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  for (auto& [sub, runner] : runners) {
    if (sub->parsed()) {
      try {
        return runner();
      } catch (const std::exception& e) {
        std::fprintf(stderr, "casus: internal error: %s\n", e.what());
        return kExitFailure;
      }
    }
  }
  return kExitUsage;
}
