// ActorMatcher and knowledge-base loading speed.
//
//   bench_matcher                     # all benchmarks
//   bench_matcher --benchmark_filter=Match
//
// BM_MatchSentences runs the matcher (with DocumentActors) over the bench
// corpus (Brown press + sample articles) segmented by the text stage and
// reports sentences/s and tokens/s; the target is >= 200k sentences/s on
// one core. BM_LoadBundledKb and BM_LoadPhoenix time loading the bundled
// knowledge base and the Phoenix dictionaries (../shared/data/phoenix, when
// present; target < 1 s).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "kb/actor_matcher.h"
#include "kb/document_actors.h"
#include "kb/knowledge_base.h"
#include "text/segmenter.h"

namespace casus {
namespace {

const std::string kSource = CASUS_SOURCE_DIR;

const KnowledgeBase& BundledKb() {
  static const KnowledgeBase* kb = [] {
    const std::string dir[] = {kSource + "/data/kb"};
    auto loaded = KnowledgeBase::Load(dir);
    if (!loaded.ok()) {
      std::fprintf(stderr, "bench: %s\n", loaded.status().message().c_str());
      std::abort();
    }
    return new KnowledgeBase(std::move(loaded).value());
  }();
  return *kb;
}

struct SegmentedCorpus {
  std::vector<Document> docs;
  std::vector<Segmentation> segs;
  size_t sentences = 0;
  size_t tokens = 0;
};

const SegmentedCorpus& Corpus() {
  static const SegmentedCorpus* corpus = [] {
    auto* c = new SegmentedCorpus;
    c->docs = bench::LoadCorpus(2 << 20);
    const TextSegmenter segmenter;
    c->segs.resize(c->docs.size());
    for (size_t i = 0; i < c->docs.size(); ++i) {
      segmenter.Segment(c->docs[i].text, c->segs[i]);
      c->sentences += c->segs[i].sentences.size();
      c->tokens += c->segs[i].tokens.size();
    }
    return c;
  }();
  return *corpus;
}

void BM_LoadBundledKb(benchmark::State& state) {
  const std::string dir[] = {kSource + "/data/kb"};
  size_t actors = 0;
  for (auto _ : state) {
    auto kb = KnowledgeBase::Load(dir);
    if (!kb.ok()) {
      state.SkipWithError(kb.status().message().c_str());
      return;
    }
    actors = kb->size();
    benchmark::DoNotOptimize(kb);
  }
  state.counters["actors"] = static_cast<double>(actors);
}
BENCHMARK(BM_LoadBundledKb)->Unit(benchmark::kMillisecond);

void BM_BuildMatcherBundled(benchmark::State& state) {
  const KnowledgeBase& kb = BundledKb();
  size_t phrases = 0;
  for (auto _ : state) {
    const ActorMatcher matcher(kb);
    phrases = matcher.phrase_count();
    benchmark::DoNotOptimize(phrases);
  }
  state.counters["phrases"] = static_cast<double>(phrases);
}
BENCHMARK(BM_BuildMatcherBundled)->Unit(benchmark::kMillisecond);

void BM_LoadPhoenix(benchmark::State& state) {
  const std::string dir = kSource + "/../shared/data/phoenix/";
  if (!std::filesystem::exists(dir + "Phoenix.Countries.actors.txt")) {
    state.SkipWithError("Phoenix dictionaries not present");
    return;
  }
  const std::string paths[] = {dir + "Phoenix.Countries.actors.txt",
                               dir + "Phoenix.International.actors.txt",
                               dir + "Phoenix.MilNonState.actors.txt", dir + "Phoenix.agents.txt"};
  size_t actors = 0;
  size_t phrases = 0;
  for (auto _ : state) {
    auto kb = KnowledgeBase::Load(paths);
    if (!kb.ok()) {
      state.SkipWithError(kb.status().message().c_str());
      return;
    }
    const ActorMatcher matcher(*kb);  // loading includes compiling the matcher
    actors = kb->size();
    phrases = matcher.phrase_count();
  }
  state.counters["actors"] = static_cast<double>(actors);
  state.counters["phrases"] = static_cast<double>(phrases);
}
BENCHMARK(BM_LoadPhoenix)->Unit(benchmark::kMillisecond);

void BM_MatchSentences(benchmark::State& state) {
  const SegmentedCorpus& corpus = Corpus();
  if (corpus.docs.empty()) {
    state.SkipWithError("bench corpus missing");
    return;
  }
  const ActorMatcher matcher(BundledKb());
  ActorMatcher::Scratch scratch;
  std::vector<ActorMention> mentions;
  const bool with_documents = state.range(0) != 0;
  size_t found = 0;
  for (auto _ : state) {
    for (size_t d = 0; d < corpus.docs.size(); ++d) {
      const Segmentation& seg = corpus.segs[d];
      DocumentActors doc(matcher);
      for (const Sentence& s : seg.sentences) {
        mentions.clear();
        const std::span<const Token> tokens(seg.tokens.data() + s.first_token, s.size());
        matcher.Match(tokens, corpus.docs[d].date, scratch, mentions);
        if (with_documents) doc.AddSentence(tokens, mentions);
        found += mentions.size();
      }
    }
  }
  benchmark::DoNotOptimize(found);
  const double iterations = static_cast<double>(state.iterations());
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(corpus.sentences) * iterations, benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(corpus.tokens) * iterations,
                                                  benchmark::Counter::kIsRate);
  state.counters["mentions/sentence"] =
      static_cast<double>(found) / (static_cast<double>(corpus.sentences) * iterations);
}
BENCHMARK(BM_MatchSentences)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace casus

BENCHMARK_MAIN();
