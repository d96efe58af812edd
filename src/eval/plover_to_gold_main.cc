// plover_to_gold: writes the casus gold file of the PLOVER gold-standard
// records (plover_gold.h) to standard output.
//
//   plover_to_gold PLOVER_GSR_CAMEO.json > plover-gold.jsonl
//
// The same conversion is `casus eval --convert-plover FILE`; this tool
// builds without the coding pipeline.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "eval/plover_gold.h"

int main(int argc, char** argv) {
  if (argc != 2 || std::string_view(argv[1]) == "--help") {
    std::fprintf(stderr, "usage: plover_to_gold PLOVER_RECORDS.json > GOLD.jsonl\n");
    return argc == 2 ? 0 : 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "plover_to_gold: cannot read %s\n", argv[1]);
    return 1;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto conversion = casus::ConvertPloverRecords(buffer.str());
  if (!conversion.ok()) {
    std::fprintf(stderr, "plover_to_gold: %s: %s\n", argv[1],
                 conversion.status().message().c_str());
    return 1;
  }
  std::fwrite(conversion->jsonl.data(), 1, conversion->jsonl.size(), stdout);
  for (const std::string& skipped : conversion->skipped) {
    std::fprintf(stderr, "plover_to_gold: skipped %s\n", skipped.c_str());
  }
  for (const std::string& renamed : conversion->renamed) {
    std::fprintf(stderr, "plover_to_gold: repeated id renamed: %s\n", renamed.c_str());
  }
  std::fprintf(stderr, "plover_to_gold: %zu gold documents written, %zu records skipped\n",
               conversion->documents, conversion->skipped.size());
  return std::ferror(stdout) ? 1 : 0;
}
