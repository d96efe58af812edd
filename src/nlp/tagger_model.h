// casus — the trained part-of-speech model: a lexicon and hashed feature
// weights in flat arrays, and its binary file format.
//
// Lexicon: open-addressing table keyed by word hashes (tagger_features.h).
// An entry keyed by a word's exact form may carry its tag-dictionary tag (a
// frequent word seen with one tag only); an entry keyed by its lower-case
// form carries its word class (unknown / lower / capitalised / mixed) and its
// WordNet classes (kCanNoun ..., tagger_features.h); every single-word
// WordNet lemma and irregular form is listed.
//
// Weights: open-addressing table from feature key to its cells, kept in the
// slot itself for up to two tags (most features have one or two), in one
// shared array for up to eight, and as a dense row of all tags beyond. A cell
// is a float weight whose lowest 6 mantissa bits hold the tag index (relative
// precision 2^-17), so only tags with a non-zero averaged weight take space.
//
// Both tables keep only a 32-bit check of each 64-bit key (its upper half;
// the slot index comes from the lower bits), halving them so that they stay
// in the processor's caches: the lexicon takes 8 bytes a slot, the weights
// 16. A key absent from a table matches a slot only if it shares both the
// slot's chain and its check (about one lookup in 10^9); two keys of the
// model that would share them are caught when the model is built, the later
// one dropped and counted (collisions()).
//
// File (little-endian): "CASUSPOS", u32 version, u32 tag count, u64 lexicon
// capacity, u64 feature capacity, u64 cell count, u64 dense row count, u64
// checksum of the body, then the four arrays. Load() validates every index and the checksum.
//
// Thread safety: immutable after construction; const methods are safe to
// call concurrently.
#ifndef CASUS_NLP_TAGGER_MODEL_H_
#define CASUS_NLP_TAGGER_MODEL_H_

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "casus/status.h"
#include "nlp/tagger_features.h"

namespace casus::tagger {

// The check kept for a 64-bit key: its upper half, never 0 (0 marks an
// empty slot).
inline uint32_t KeyCheck(uint64_t key) { return static_cast<uint32_t>(key >> 32) | 1u; }

struct LexiconSlot {
  uint32_t check = 0;  // KeyCheck of the word's key; 0: empty
  uint8_t dict_tag = kNoTag;
  uint8_t word_class = kWordUnknown;
  uint16_t lexical = 0;  // WordNet classes (kCanNoun ...) of the lower-case form
};

inline constexpr uint32_t kInlineCells = 2;
inline constexpr uint32_t kMaxSparseCells = 8;  // more cells: a dense row
inline constexpr int kRowWidth = 48;            // floats in a dense row (>= kPosTagCount)
static_assert(kRowWidth >= kPosTagCount && kRowWidth % 16 == 0);

// The weights of a frequent feature (bias, previous tags, suffixes) for all
// tags, added with vector instructions.
struct alignas(64) DenseRow {
  float weights[kRowWidth] = {};
};

// A feature's slot holds up to kInlineCells cells itself, so one cache line
// (four slots) serves the lookup and the weights of most features.
struct alignas(16) FeatureSlot {
  uint32_t check = 0;  // KeyCheck of the feature's key; 0: empty
  uint32_t meta = 0;   // cell count (low 8 bits) and, above, the dense row or first shared cell
  uint32_t inline_cells[kInlineCells] = {};  // the cells when count <= kInlineCells

  uint32_t count() const { return meta & 0xFF; }
  uint32_t begin() const { return meta >> 8; }
};

inline constexpr uint32_t kCellTagMask = 0x3F;  // tags fit in 6 bits

inline uint32_t PackCell(float weight, uint8_t tag) {
  uint32_t bits;
  std::memcpy(&bits, &weight, sizeof bits);
  return (bits & ~kCellTagMask) | tag;
}
inline float CellWeight(uint32_t cell) {
  const uint32_t bits = cell & ~kCellTagMask;
  float w;
  std::memcpy(&w, &bits, sizeof w);
  return w;
}

// One word out of context: DescribeToken with the lexicon's verdict
// (LookUpWord) and all its affixes (DescribeAffixes), and the WordNet
// classes its regular inflections give it (LexicalOfUnlisted), which it
// takes when the lexicon does not list it.
struct WordDescription {
  TokenInfo info;
  uint16_t unlisted_lexical = 0;
};

class TaggerModel {
 public:
  // One feature's weights as (tag, weight) pairs, for building a model.
  struct FeatureWeights {
    uint64_t key;
    std::vector<std::pair<uint8_t, float>> weights;
  };
  struct LexiconEntry {
    uint64_t key;
    uint8_t dict_tag;
    uint8_t word_class;
    uint16_t lexical = 0;
  };

  TaggerModel() = default;
  TaggerModel(const std::vector<LexiconEntry>& lexicon,
              const std::vector<FeatureWeights>& features);

  static Result<TaggerModel> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // Fills info->word_class, info->lexical and info->dict_tag from the lexicon.
  void LookUpWord(TokenInfo* info) const {
    const LexiconSlot* lower = FindWord(info->lower);
    info->listed = lower != nullptr;
    if (lower != nullptr) {
      info->word_class = lower->word_class;
      info->lexical = lower->lexical;
    }
    const LexiconSlot* e = info->exact == info->lower ? lower : FindWord(info->exact);
    if (e != nullptr) info->dict_tag = e->dict_tag;
  }

  // Describes one word out of context; DescribeSentence puts descriptions
  // in context. `quote` reads a straight '"'.
  void DescribeWord(std::string_view text, QuoteSide quote, WordDescription* out) const;

  // Describes the tokens of one sentence into infos[0..words.size()) and
  // returns the sentence's headline mode: DescribeWord for each word, then
  // PutInContext. quotes[i] reads a straight '"'.
  // A word the tag dictionary knows as a noun but WordNet also as a verb is
  // left to the model where it is usually a verb: after "to" or a modal,
  // perhaps with adverbs between ("agreed to hand over", "will not
  // pressure"), and in a mandative or causative context ("demanded that the
  // militia hand over", "made them hand over").
  HeadlineMode DescribeSentence(std::span<const std::string_view> words,
                                std::span<const QuoteSide> quotes, TokenInfo* infos) const;

  // Puts a sentence's words, described out of context, in context: on entry
  // infos[i] is WordDescription::info of words[i] and unlisted[i] its
  // unlisted_lexical; returns the sentence's headline mode.
  HeadlineMode PutInContext(std::span<const std::string_view> words, TokenInfo* infos,
                            const uint16_t* unlisted) const;

  // WordNet classes of a word the lexicon does not list: the inflections
  // its regular suffixes allow, judged by the stems the lexicon lists
  // ("droned" → past of drone). The trainer stores the same value for the
  // words it lists, so listing a word never changes its classes.
  uint16_t LexicalOfUnlisted(std::string_view word, uint8_t flags) const;

  // Adds the weights of feature `key` to scores[tag].
  void AddWeights(uint64_t key, float* scores) const {
    const uint32_t check = KeyCheck(key);
    size_t i = key & feature_mask_;
    for (;;) {
      const FeatureSlot& slot = features_[i];
      if (slot.check == check) {
        const uint32_t count = slot.count();
        if (count > kMaxSparseCells) {
          const float* row = dense_[slot.begin()].weights;
          for (int t = 0; t < kRowWidth; ++t) scores[t] += row[t];
          return;
        }
        const uint32_t* cell =
            count <= kInlineCells ? slot.inline_cells : cells_.data() + slot.begin();
        for (uint32_t c = 0; c < count; ++c) scores[cell[c] & kCellTagMask] += CellWeight(cell[c]);
        return;
      }
      if (slot.check == 0) return;
      i = (i + 1) & feature_mask_;
    }
  }

  // Hints the cache about feature `key`'s slot.
  void Prefetch(uint64_t key) const { __builtin_prefetch(&features_[key & feature_mask_]); }

  // Tells models apart for caches of their results: no two models built or
  // loaded in one process share an id (a moved model keeps its own).
  uint64_t id() const { return id_; }

  size_t feature_count() const { return feature_count_; }
  size_t cell_count() const { return cell_count_; }
  size_t lexicon_size() const { return lexicon_count_; }
  // Keys of the model left out when it was built because another key of
  // the same table shared their chain and check (see above).
  size_t collisions() const { return collisions_; }

 private:
  const LexiconSlot* FindWord(uint64_t key) const {
    const uint32_t check = KeyCheck(key);
    size_t i = key & lexicon_mask_;
    for (;;) {
      const LexiconSlot& slot = lexicon_[i];
      if (slot.check == check) return &slot;
      if (slot.check == 0) return nullptr;
      i = (i + 1) & lexicon_mask_;
    }
  }

  std::vector<LexiconSlot> lexicon_ = std::vector<LexiconSlot>(1);
  std::vector<FeatureSlot> features_ = std::vector<FeatureSlot>(1);
  std::vector<uint32_t> cells_;
  std::vector<DenseRow> dense_;
  size_t lexicon_mask_ = 0;
  size_t feature_mask_ = 0;
  size_t lexicon_count_ = 0;
  size_t feature_count_ = 0;
  size_t cell_count_ = 0;  // inline and shared
  size_t collisions_ = 0;
  uint64_t id_ = NextId();

  static uint64_t NextId();
};

}  // namespace casus::tagger

#endif  // CASUS_NLP_TAGGER_MODEL_H_
