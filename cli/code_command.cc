// casus code: stateless coding of documents to JSONL records.
#include "commands.h"

namespace casus::cli {

CommandRunner AddCodeCommand(CLI::App& root) {
  root.add_subcommand("code", "Code documents into event records (JSONL on standard output)");
  return [] { return kExitOk; };
}

}  // namespace casus::cli
