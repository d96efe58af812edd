// Gazetteer benchmarks: opening gazetteer.bin, name lookups, and the
// toponym finder + place resolver over news sentences (the Brown press
// corpus, where places are US towns mentioned in passing, and the geo gold
// list, where every sentence names a Middle-East place).
//
// The geo stage must handle >= 400k sentences/s/core to add under 5% to a
// pipeline running ~20k sentences/s/core.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "geo/gazetteer.h"
#include "geo/place_resolver.h"
#include "geo/test_tokenizer.h"
#include "geo/toponym_finder.h"

namespace casus {
namespace {

std::string GazetteerPath() { return std::string(CASUS_BINARY_DIR) + "/data/gazetteer.bin"; }

double CurrentRssMb() {
  std::ifstream in("/proc/self/statm");
  long pages = 0, resident = 0;
  in >> pages >> resident;
  return resident * 4096.0 / 1e6;
}

// One document's tokens, cut into sentences at . ! ?
struct BenchDoc {
  std::string text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

std::unique_ptr<BenchDoc> MakeDoc(std::string text) {
  auto doc = std::make_unique<BenchDoc>();
  doc->text = std::move(text);
  doc->tokens = geo_testing::Tokenize(doc->text);
  uint32_t begin = 0;
  for (uint32_t i = 0; i < doc->tokens.size(); ++i) {
    const std::string_view t = doc->tokens[i].text;
    if (t == "." || t == "!" || t == "?" || i + 1 == doc->tokens.size()) {
      Sentence sentence;
      sentence.start = doc->tokens[begin].start;
      sentence.end = doc->tokens[i].end;
      sentence.first_token = begin;
      sentence.end_token = i + 1;
      doc->sentences.push_back(sentence);
      begin = i + 1;
    }
  }
  return doc;
}

struct Fixture {
  std::unique_ptr<Gazetteer> gazetteer;
  double open_ms = 0;
  double rss_after_open_mb = 0;
  std::vector<std::unique_ptr<BenchDoc>> brown;
  std::vector<std::unique_ptr<BenchDoc>> gold;
  std::vector<std::string> names;
  size_t brown_sentences = 0, gold_sentences = 0;
};

Fixture* GetFixture() {
  static Fixture* fixture = [] {
    auto* f = new Fixture;
    const auto start = std::chrono::steady_clock::now();
    Result<Gazetteer> g = Gazetteer::Open(GazetteerPath());
    f->open_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!g.ok()) {
      std::fprintf(stderr, "bench_gazetteer: %s (build the casus_gazetteer target)\n",
                   g.status().message().c_str());
      return f;
    }
    f->gazetteer = std::make_unique<Gazetteer>(std::move(*g));
    f->rss_after_open_mb = CurrentRssMb();
    for (const Document& d : bench::LoadCorpus(1 << 20)) {
      f->brown.push_back(MakeDoc(d.text));
      f->brown_sentences += f->brown.back()->sentences.size();
    }
    std::ifstream gold(std::string(CASUS_SOURCE_DIR) + "/data/geo/toponyms.jsonl");
    for (std::string line; std::getline(gold, line);) {
      const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (!j.is_object()) continue;
      f->gold.push_back(MakeDoc(j["sentence"].get<std::string>()));
      f->gold_sentences += f->gold.back()->sentences.size();
      f->names.push_back(j["mention"].get<std::string>());
      f->names.push_back(j["mention"].get<std::string>() + "x");  // mostly misses
    }
    return f;
  }();
  return fixture;
}

// Opening as the pipeline does (read into huge pages) and, with argument 0,
// mapping the file instead.
void BM_Open(benchmark::State& state) {
  for (auto _ : state) {
    Result<Gazetteer> g = Gazetteer::Open(GazetteerPath(), {.huge_pages = state.range(0) != 0});
    if (!g.ok()) {
      state.SkipWithError(g.status().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(g->place_count());
  }
}
BENCHMARK(BM_Open)->Arg(1)->Arg(0)->Unit(benchmark::kMicrosecond);

void BM_Lookup(benchmark::State& state) {
  Fixture* f = GetFixture();
  if (!f->gazetteer) return state.SkipWithError("no gazetteer");
  size_t i = 0, found = 0;
  for (auto _ : state) {
    found += f->gazetteer->Lookup(f->names[i++ % f->names.size()]).size();
  }
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(state.iterations());
  state.counters["lookups/s"] = benchmark::Counter(state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Lookup);

// Finder + resolver over whole documents, as the pipeline calls them (all
// sentences of a document found together, then resolved together).
void RunDocuments(benchmark::State& state, const std::vector<std::unique_ptr<BenchDoc>>& docs,
                  size_t sentences, bool resolve) {
  Fixture* f = GetFixture();
  if (!f->gazetteer || docs.empty()) return state.SkipWithError("no gazetteer or corpus");
  const ToponymFinder finder(*f->gazetteer);
  const PlaceResolver resolver(*f->gazetteer);
  const PlaceContext context{{"IRQ", "USA"}};
  std::vector<PlaceMention> mentions;
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& doc : docs) {
      mentions.clear();
      finder.Find(doc->tokens, doc->sentences, &mentions);
      if (resolve) {
        const std::vector<ResolvedPlace> places = resolver.Resolve(mentions, context);
        for (const ResolvedPlace& p : places) found += p.accepted;
      } else {
        found += mentions.size();
      }
    }
  }
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * sentences));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * sentences), benchmark::Counter::kIsRate);
  state.counters["places/sentence"] =
      static_cast<double>(found) / static_cast<double>(state.iterations() * sentences);
  state.counters["open_ms"] = f->open_ms;
  state.counters["rss_open_MB"] = f->rss_after_open_mb;
  state.counters["rss_now_MB"] = CurrentRssMb();
}

void BM_FindResolveBrownPress(benchmark::State& state) {
  RunDocuments(state, GetFixture()->brown, GetFixture()->brown_sentences, true);
}
BENCHMARK(BM_FindResolveBrownPress)->Unit(benchmark::kMillisecond);

void BM_FindOnlyBrownPress(benchmark::State& state) {
  RunDocuments(state, GetFixture()->brown, GetFixture()->brown_sentences, false);
}
BENCHMARK(BM_FindOnlyBrownPress)->Unit(benchmark::kMillisecond);

void BM_FindResolveGoldSentences(benchmark::State& state) {
  RunDocuments(state, GetFixture()->gold, GetFixture()->gold_sentences, true);
}
BENCHMARK(BM_FindResolveGoldSentences)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace casus

BENCHMARK_MAIN();
