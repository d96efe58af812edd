// Language-core throughput on one core: segmentation, tagging, lemmas,
// actor matching, clauses, dates, counts. Usage: bench_language [MB] (default 50).
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "bench_corpus.h"
#include "kb/actor_matcher.h"
#include "kb/knowledge_base.h"
#include "nlp/clause_analyzer.h"
#include "nlp/count_reader.h"
#include "nlp/date_resolver.h"
#include "nlp/lemmatizer.h"
#include "nlp/pos_tagger.h"
#include "text/segmenter.h"

namespace {
using Clock = std::chrono::steady_clock;
double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}
}  // namespace

int main(int argc, char** argv) {
  using namespace casus;
  const size_t mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 50;
  auto docs = bench::LoadCorpus(mb << 20);
  if (docs.empty()) return 1;
  auto tagger = PosTagger::LoadDefault();
  auto lemmatizer = Lemmatizer::LoadDefault();
  auto kb = KnowledgeBase::LoadDefault();
  if (!tagger.ok() || !lemmatizer.ok() || !kb.ok()) {
    std::fprintf(stderr, "bench: cannot load models: %s %s %s\n", tagger.status().message().c_str(),
                 lemmatizer.status().message().c_str(), kb.status().message().c_str());
    return 1;
  }
  const TextSegmenter segmenter;
  const ActorMatcher matcher(*kb);
  const ClauseAnalyzer clauses;
  const DateResolver dates;
  const CountReader counts;

  Segmentation seg;
  std::vector<PosTag> tags;
  std::string arena;
  std::vector<std::string_view> lemmas;
  std::vector<ActorMention> actors;
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  ActorMatcher::Scratch scratch;
  ClauseAnalysis analysis;
  size_t bytes = 0, sentences = 0, tokens = 0, found = 0;
  double t_seg = 0, t_tag = 0, t_lemma = 0, t_actor = 0, t_clause = 0, t_read = 0;
  const auto start = Clock::now();
  for (const Document& doc : docs) {
    bytes += doc.text.size();
    auto t = Clock::now();
    segmenter.Segment(doc.text, seg);
    t_seg += Since(t);
    for (const Sentence& s : seg.sentences) {
      const std::span<const Token> words(seg.tokens.data() + s.first_token, s.size());
      if (words.empty()) continue;
      ++sentences;
      tokens += words.size();
      t = Clock::now();
      tags.resize(words.size());
      (*tagger).Tag(words, tags);
      t_tag += Since(t);
      t = Clock::now();
      (*lemmatizer).LemmatizeSentence(words, tags, arena, lemmas);
      t_lemma += Since(t);
      t = Clock::now();
      actors.clear();  // Match() appends
      matcher.Match(words, doc.date, scratch, actors);
      spans.clear();
      for (const auto& a : actors) spans.emplace_back(a.first_token, a.end_token);
      found += actors.size();
      t_actor += Since(t);
      t = Clock::now();
      clauses.Analyze(TaggedSentence{words, tags, lemmas, spans}, analysis);
      t_clause += Since(t);
      t = Clock::now();
      if (dates.MayContainDate(words)) found += dates.Find(words, doc.date).size();
      if (counts.MayContainCounts(words)) found += counts.Read(words).mentions.size();
      t_read += Since(t);
    }
  }
  const double seconds = Since(start);
  std::printf("language core: %zu documents, %.1f MB, %zu sentences, %zu tokens in %.2f s\n",
              docs.size(), bytes / 1048576.0, sentences, tokens, seconds);
  std::printf("language core: %.0f sentences/s, %.0f tokens/s on one core (%zu findings)\n",
              sentences / seconds, tokens / seconds, found);
  std::printf(
      "  segment %.2fs  tag %.2fs  lemma %.2fs  actors %.2fs  clauses %.2fs  "
      "dates+counts %.2fs\n",
      t_seg, t_tag, t_lemma, t_actor, t_clause, t_read);
  std::printf("language core: peak memory %.0f MB\n", bench::PeakRssMb());
  return 0;
}
