// The casus subcommands. Each Add*Command registers its options on the root
// CLI11 app and returns the function main() calls when that subcommand was
// chosen; the function returns the process exit status (0 ok, 1 internal
// failure, 2 usage error, 3 some documents skipped).
#ifndef CASUS_CLI_COMMANDS_H_
#define CASUS_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace casus::cli {

using CommandRunner = std::function<int()>;

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitSkipped = 3;

CommandRunner AddCodeCommand(CLI::App& root);
CommandRunner AddEvalCommand(CLI::App& root);
CommandRunner AddIngestCommand(CLI::App& root);
CommandRunner AddQueryCommand(CLI::App& root);
CommandRunner AddExportCommand(CLI::App& root);
CommandRunner AddActorsCommand(CLI::App& root);
CommandRunner AddSummaryCommand(CLI::App& root);
CommandRunner AddServeCommand(CLI::App& root);

}  // namespace casus::cli

#endif  // CASUS_CLI_COMMANDS_H_
