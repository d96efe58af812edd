// casus_build_gazetteer: compiles gazetteer.bin from GeoNames, ISO 3166 and
// data/geo/ (run by the build; see src/geo/CMakeLists.txt).
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <string>

#include "geo/gazetteer_builder.h"

int main(int argc, char** argv) {
  CLI::App app{"Compile the casus gazetteer (gazetteer.bin)"};
  casus::GazetteerSources sources;
  std::string data_dir, output;
  bool verbose = false;
  app.add_option("--cities", sources.cities, "GeoNames dump (cities500.txt)")->required();
  app.add_option("--iso3166-1", sources.iso3166_1, "iso-codes iso_3166-1.json")->required();
  app.add_option("--iso3166-2", sources.iso3166_2, "iso-codes iso_3166-2.json")->required();
  app.add_option("--data-dir", data_dir,
                 "casus data/geo directory (admin1.tsv, aliases.tsv, extra_places.tsv, "
                 "common_words.txt)");
  app.add_option("--out", output, "output file")->required();
  app.add_option("--wordnet-dir", sources.wordnet_dir,
                 "WordNet database directory (flags names that are English words)");
  app.add_flag("--verbose", verbose, "list unmatched subdivisions");
  CLI11_PARSE(app, argc, argv);
  if (!data_dir.empty()) {
    sources.admin1 = data_dir + "/admin1.tsv";
    sources.aliases = data_dir + "/aliases.tsv";
    sources.extra_places = data_dir + "/extra_places.tsv";
    sources.common_words = data_dir + "/common_words.txt";
    sources.extents = data_dir + "/extents.tsv";
  }
  const auto start = std::chrono::steady_clock::now();
  casus::Result<casus::GazetteerBuildReport> report = casus::BuildGazetteer(sources, output);
  if (!report.ok()) {
    std::fprintf(stderr, "casus_build_gazetteer: %s\n", report.status().message().c_str());
    return 1;
  }
  for (const std::string& w : report->warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  if (verbose) {
    for (const std::string& m : report->matched_admins) {
      std::fprintf(stderr, "matched subdivision: %s\n", m.c_str());
    }
    for (const std::string& u : report->unmatched_admins) {
      std::fprintf(stderr, "unmatched subdivision: %s\n", u.c_str());
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "gazetteer: %zu places, %zu names, %zu keys, %zu countries, %zu subdivisions "
      "(%zu unmatched), %.1f MB in %.1f s -> %s\n",
      report->places, report->names, report->keys, report->countries, report->admins,
      report->unmatched_admins.size(), report->bytes / 1e6, seconds, output.c_str());
  return 0;
}
