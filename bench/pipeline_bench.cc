// Whole-pipeline throughput on one core: documents → events, as `casus code`
// runs them (without output formatting). Usage: bench_pipeline [MB] (default 50).
//
// To sample only the coding loop with perf (not loading the corpus or the
// models), give perf a control FIFO and name it in CASUS_PERF_CONTROL:
//   mkfifo ctl; CASUS_PERF_CONTROL=ctl perf record -D -1 --control fifo:ctl -- bench_pipeline 10
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
  // perf's control FIFO, when sampling the coding loop only.
  std::FILE* perf_control = nullptr;
  if (const char* path = std::getenv("CASUS_PERF_CONTROL")) perf_control = std::fopen(path, "w");
  auto tell_perf = [&](const char* command) {
    if (perf_control == nullptr) return;
    std::fputs(command, perf_control);
    std::fflush(perf_control);
  };
  size_t events = 0;
  tell_perf("enable\n");
  const auto start = std::chrono::steady_clock::now();
  for (const auto& doc : docs) events += (*pipeline)->Code(doc).events.size();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  tell_perf("disable\n");
  if (perf_control != nullptr) std::fclose(perf_control);
  std::printf("pipeline: %zu documents, %.1f MB, %zu sentences in %.2f s on one core\n",
              docs.size(), bytes / 1048576.0, sentences, seconds);
  std::printf("pipeline: %.0f sentences/s, %.0f documents/s, %.2f MB/s, %zu events\n",
              sentences / seconds, docs.size() / seconds, bytes / 1048576.0 / seconds, events);
  std::printf("pipeline: peak memory %.0f MB\n", casus::bench::PeakRssMb());
  return 0;
}
