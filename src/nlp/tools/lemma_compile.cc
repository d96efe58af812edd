// casus-lemma-compile: compiles WordNet's index and exception files into the
// lemma file casus reads at run time (lemmas.dat), so WordNet is needed only
// at build time. Run by the build (target casus_lemma_data):
//
//   casus-lemma-compile --wordnet /usr/share/wordnet --out build/data/lemmas.dat
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "nlp/lemmatizer.h"

int main(int argc, char** argv) {
  CLI::App app{"Compile WordNet into the casus lemma file"};
  std::string wordnet_dir = "/usr/share/wordnet", out_path;
  app.add_option("--wordnet", wordnet_dir, "WordNet dictionary directory (wordnet-base)");
  app.add_option("--out", out_path, "lemma file to write")->required();
  CLI11_PARSE(app, argc, argv);
  auto lemmatizer = casus::Lemmatizer::LoadWordNet(wordnet_dir);
  if (!lemmatizer.ok()) {
    std::fprintf(stderr, "error: %s\n", lemmatizer.status().message().c_str());
    return 1;
  }
  if (casus::Status s = lemmatizer->Save(out_path); !s.ok()) {
    std::fprintf(stderr, "error: %s\n", s.message().c_str());
    return 1;
  }
  std::fprintf(stderr, "casus-lemma-compile: wrote %s: %zu base forms, %zu exceptions\n",
               out_path.c_str(), lemmatizer->base_count(), lemmatizer->exception_count());
  return 0;
}
