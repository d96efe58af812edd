// Whole-pipeline throughput on one core: documents → events, as `casus code`
// runs them (without output formatting). Usage: bench_pipeline [MB] (default 50).
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "bench_corpus.h"
#include "pipeline/pipeline.h"
#include "text/segmenter.h"

int main(int argc, char** argv) {
  const size_t mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 50;
  auto docs = casus::bench::LoadCorpus(mb << 20);
  if (docs.empty()) return 1;
  auto pipeline = casus::Pipeline::Create({});
  if (!pipeline.ok()) {
    std::fprintf(stderr, "bench: %s\n", pipeline.status().message().c_str());
    return 1;
  }
  size_t bytes = 0, sentences = 0;
  casus::TextSegmenter segmenter;
  for (const auto& doc : docs) {
    bytes += doc.text.size();
    sentences += segmenter.Segment(doc.text).sentences.size();
  }
  size_t events = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& doc : docs) events += (*pipeline)->Code(doc).events.size();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("pipeline: %zu documents, %.1f MB, %zu sentences in %.2f s on one core\n",
              docs.size(), bytes / 1048576.0, sentences, seconds);
  std::printf("pipeline: %.0f sentences/s, %.0f documents/s, %.2f MB/s, %zu events\n",
              sentences / seconds, docs.size() / seconds, bytes / 1048576.0 / seconds, events);
  std::printf("pipeline: peak memory %.0f MB\n", casus::bench::PeakRssMb());
  return 0;
}
