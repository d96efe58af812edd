#include "nlp/tagger_model.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

namespace casus::tagger {
namespace {

constexpr char kMagic[8] = {'C', 'A', 'S', 'U', 'S', 'P', 'O', 'S'};
constexpr uint32_t kVersion = 5;
constexpr uint64_t kMaxCapacity = uint64_t{1} << 28;
constexpr uint64_t kMaxBegin = uint64_t{1} << 24;  // FeatureSlot::meta keeps 24 bits for it

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t tag_count;
  uint64_t lexicon_capacity;
  uint64_t feature_capacity;
  uint64_t cell_count;
  uint64_t dense_count;
  uint64_t checksum;
};
static_assert(sizeof(Header) == 56);
static_assert(sizeof(DenseRow) == kRowWidth * sizeof(float));
static_assert(sizeof(LexiconSlot) == 8);
static_assert(sizeof(FeatureSlot) == 16);

size_t CapacityFor(size_t count) {
  size_t capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  return capacity;
}

// Word-at-a-time checksum of a byte range (length is a multiple of 4).
uint64_t Checksum(const void* data, size_t size, uint64_t h) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    h = (h ^ word) * 0x100000001B3ull;
    h ^= h >> 29;
  }
  for (size_t i = size - size % 8; i < size; ++i) h = (h ^ p[i]) * 0x100000001B3ull;
  return h;
}

bool IsPowerOfTwo(uint64_t x) { return x != 0 && (x & (x - 1)) == 0; }

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

// Gives the model the words the tag dictionary knows only as nouns but
// WordNet also as verbs, where they are usually verbs (see DescribeSentence).
void ReleasePossibleVerbs(std::span<TokenInfo> infos) {
  constexpr auto kNN = static_cast<uint8_t>(PosTag::kNN);
  constexpr auto kTO = static_cast<uint8_t>(PosTag::kTO);
  constexpr auto kMD = static_cast<uint8_t>(PosTag::kMD);
  constexpr auto kRB = static_cast<uint8_t>(PosTag::kRB);
  auto static_tag = [](const TokenInfo& t) {
    return t.fixed_tag != kNoTag ? t.fixed_tag : t.dict_tag;
  };
  for (size_t i = 1; i < infos.size(); ++i) {
    if (infos[i].dict_tag != kNN || !(infos[i].lexical & kCanVerb)) continue;
    size_t j = i - 1;
    while (j > 0 && static_tag(infos[j]) == kRB) --j;
    const uint8_t p = static_tag(infos[j]);
    if (p == kTO || p == kMD || infos[i].bare_context != 0) infos[i].dict_tag = kNoTag;
  }
}

}  // namespace

uint64_t TaggerModel::NextId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

void TaggerModel::DescribeWord(std::string_view text, QuoteSide quote, WordDescription* out) const {
  DescribeToken(text, quote, &out->info);
  LookUpWord(&out->info);
  DescribeAffixes(text, quote, &out->info);
  out->unlisted_lexical = LexicalOfUnlisted(text, out->info.flags);
}

HeadlineMode TaggerModel::DescribeSentence(std::span<const std::string_view> words,
                                           std::span<const QuoteSide> quotes,
                                           TokenInfo* infos) const {
  std::vector<uint16_t> unlisted(words.size());
  WordDescription word;
  for (size_t i = 0; i < words.size(); ++i) {
    DescribeWord(words[i], quotes[i], &word);
    infos[i] = word.info;
    unlisted[i] = word.unlisted_lexical;
  }
  return PutInContext(words, infos, unlisted.data());
}

HeadlineMode TaggerModel::PutInContext(std::span<const std::string_view> words, TokenInfo* infos,
                                       const uint16_t* unlisted) const {
  const HeadlineMode mode =
      DetectHeadlineMode(words, std::span<const TokenInfo>(infos, words.size()));
  if (mode == HeadlineMode::kNone) {
    // Outside all-caps headlines an all-caps word is an acronym, its own
    // word: "US" is not "us", "IRGC" is not "irgc".
    for (size_t i = 0; i < words.size(); ++i) {
      if ((infos[i].flags & kAllCaps) && infos[i].lower != infos[i].exact) {
        infos[i].lower = infos[i].exact;
        infos[i].word_class = kWordUnknown;
        infos[i].lexical = 0;
        LookUpWord(&infos[i]);
      }
    }
  }
  MarkBareVerbContexts(std::span<TokenInfo>(infos, words.size()));
  ReleasePossibleVerbs(std::span<TokenInfo>(infos, words.size()));
  for (size_t i = 0; i < words.size(); ++i) {
    if (infos[i].fixed_tag == kNoTag && infos[i].dict_tag == kNoTag) {
      if (!infos[i].listed) infos[i].lexical = unlisted[i];
      if (i > 0 && (infos[i].lexical & kCanAdv)) {
        const LexiconSlot* e = FindWord(PhrasalKey(infos[i - 1].lower, infos[i].lower));
        infos[i].phrasal = e != nullptr && (e->lexical & kPhrasalPair) ? 1 : 0;
      }
    }
  }
  MarkFiniteVerbsAhead(std::span<TokenInfo>(infos, words.size()));
  return mode;
}

uint16_t TaggerModel::LexicalOfUnlisted(std::string_view word, uint8_t flags) const {
  if (!(flags & kHasLetter) || (flags & (kHasDigit | kHasHyphen)) || word.size() < 4 ||
      word.size() > 40) {
    return 0;
  }
  char lower[64];
  const size_t n = LowerForm(word, lower);
  return InflectionClasses(std::string_view(lower, n), [this](std::string_view stem) {
    const LexiconSlot* e = FindWord(HashString(stem));
    return e != nullptr ? static_cast<uint16_t>(e->lexical & kBaseClasses) : uint16_t{0};
  });
}

namespace {

// Finds the slot of `key` in an open-addressing table of checks: the slot
// holding it, an empty one, or -1 when another key of `keys` (the full keys
// of the filled slots) already holds the slot with the same check.
template <typename Slot>
int64_t SlotFor(const std::vector<Slot>& table, const std::vector<uint64_t>& keys, uint64_t key) {
  const size_t mask = table.size() - 1;
  const uint32_t check = KeyCheck(key);
  size_t i = key & mask;
  while (table[i].check != 0) {
    if (table[i].check == check) return keys[i] == key ? static_cast<int64_t>(i) : -1;
    i = (i + 1) & mask;
  }
  return static_cast<int64_t>(i);
}

}  // namespace

TaggerModel::TaggerModel(const std::vector<LexiconEntry>& lexicon,
                         const std::vector<FeatureWeights>& features) {
  lexicon_.assign(CapacityFor(lexicon.size()), LexiconSlot());
  lexicon_mask_ = lexicon_.size() - 1;
  std::vector<uint64_t> keys(lexicon_.size(), 0);
  for (const LexiconEntry& entry : lexicon) {
    const int64_t at = SlotFor(lexicon_, keys, entry.key);
    if (at < 0) {
      ++collisions_;
      continue;
    }
    LexiconSlot& slot = lexicon_[at];
    if (slot.check == 0) ++lexicon_count_;
    keys[at] = entry.key;
    slot.check = KeyCheck(entry.key);
    slot.dict_tag = entry.dict_tag;
    slot.word_class = entry.word_class;
    slot.lexical = entry.lexical;
  }
  features_.assign(CapacityFor(features.size()), FeatureSlot());
  feature_mask_ = features_.size() - 1;
  keys.assign(features_.size(), 0);
  for (const FeatureWeights& feature : features) {
    if (feature.weights.empty()) continue;
    const int64_t at = SlotFor(features_, keys, feature.key);
    if (at < 0 || features_[at].check != 0) {  // another key's check, or a key listed twice
      ++collisions_;
      continue;
    }
    FeatureSlot& slot = features_[at];
    const auto count = static_cast<uint32_t>(feature.weights.size());
    uint32_t begin = 0;
    if (count <= kInlineCells) {
      for (uint32_t c = 0; c < count; ++c) {
        slot.inline_cells[c] = PackCell(feature.weights[c].second, feature.weights[c].first);
      }
    } else if (count > kMaxSparseCells) {
      begin = static_cast<uint32_t>(dense_.size());
      DenseRow& row = dense_.emplace_back();
      for (const auto& [tag, weight] : feature.weights) row.weights[tag] += weight;
    } else {
      if (cells_.size() + count > kMaxBegin) {
        ++collisions_;
        continue;
      }
      begin = static_cast<uint32_t>(cells_.size());
      for (const auto& [tag, weight] : feature.weights) cells_.push_back(PackCell(weight, tag));
    }
    keys[at] = feature.key;
    slot.check = KeyCheck(feature.key);
    slot.meta = count | begin << 8;
    ++feature_count_;
    cell_count_ += count;
  }
}

Status TaggerModel::Save(const std::string& path) const {
  Header header;
  std::memcpy(header.magic, kMagic, sizeof kMagic);
  header.version = kVersion;
  header.tag_count = kPosTagCount;
  header.lexicon_capacity = lexicon_.size();
  header.feature_capacity = features_.size();
  header.cell_count = cells_.size();
  uint64_t h = kFnvOffset;
  h = Checksum(lexicon_.data(), lexicon_.size() * sizeof(LexiconSlot), h);
  h = Checksum(features_.data(), features_.size() * sizeof(FeatureSlot), h);
  h = Checksum(cells_.data(), cells_.size() * sizeof(uint32_t), h);
  h = Checksum(dense_.data(), dense_.size() * sizeof(DenseRow), h);
  header.dense_count = dense_.size();
  header.checksum = h;
  const std::string tmp = path + ".tmp";
  {
    File f(std::fopen(tmp.c_str(), "wb"));
    if (!f) return Status::IoError("cannot write tagger model '" + tmp + "'");
    bool ok = std::fwrite(&header, sizeof header, 1, f.get()) == 1;
    ok = ok && std::fwrite(lexicon_.data(), sizeof(LexiconSlot), lexicon_.size(), f.get()) ==
                   lexicon_.size();
    ok = ok && std::fwrite(features_.data(), sizeof(FeatureSlot), features_.size(), f.get()) ==
                   features_.size();
    ok = ok && (cells_.empty() || std::fwrite(cells_.data(), sizeof(uint32_t), cells_.size(),
                                              f.get()) == cells_.size());
    ok = ok && (dense_.empty() || std::fwrite(dense_.data(), sizeof(DenseRow), dense_.size(),
                                              f.get()) == dense_.size());
    if (!ok || std::fflush(f.get()) != 0)
      return Status::IoError("cannot write tagger model '" + tmp + "'");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    return Status::IoError("cannot rename '" + tmp + "' to '" + path + "'");
  }
  return Status::Ok();
}

Result<TaggerModel> TaggerModel::Load(const std::string& path) {
  File f(std::fopen(path.c_str(), "rb"));
  if (!f) return Status::NotFound("tagger model '" + path + "' cannot be opened");
  const std::string bad = "tagger model '" + path + "' is corrupt: ";
  Header header;
  if (std::fread(&header, sizeof header, 1, f.get()) != 1)
    return Status::InvalidInput(bad + "short header");
  if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0)
    return Status::InvalidInput(bad + "bad magic");
  if (header.version != kVersion) {
    return Status::InvalidInput(bad + "version " + std::to_string(header.version) + ", expected " +
                                std::to_string(kVersion));
  }
  if (header.tag_count != kPosTagCount) return Status::InvalidInput(bad + "tag count mismatch");
  if (!IsPowerOfTwo(header.lexicon_capacity) || !IsPowerOfTwo(header.feature_capacity) ||
      header.lexicon_capacity > kMaxCapacity || header.feature_capacity > kMaxCapacity ||
      header.cell_count > kMaxCapacity * 64 || header.dense_count > kMaxCapacity) {
    return Status::InvalidInput(bad + "bad table sizes");
  }
  if (std::fseek(f.get(), 0, SEEK_END) != 0) return Status::IoError("cannot seek '" + path + "'");
  const long size = std::ftell(f.get());
  const uint64_t expected = sizeof(Header) + header.lexicon_capacity * sizeof(LexiconSlot) +
                            header.feature_capacity * sizeof(FeatureSlot) +
                            header.cell_count * sizeof(uint32_t) +
                            header.dense_count * sizeof(DenseRow);
  if (size < 0 || static_cast<uint64_t>(size) != expected) {
    return Status::InvalidInput(bad + "size " + std::to_string(size) + " bytes, expected " +
                                std::to_string(expected));
  }
  std::fseek(f.get(), sizeof(Header), SEEK_SET);
  TaggerModel model;
  model.lexicon_.resize(header.lexicon_capacity);
  model.features_.resize(header.feature_capacity);
  model.cells_.resize(header.cell_count);
  model.dense_.resize(header.dense_count);
  if (std::fread(model.lexicon_.data(), sizeof(LexiconSlot), model.lexicon_.size(), f.get()) !=
          model.lexicon_.size() ||
      std::fread(model.features_.data(), sizeof(FeatureSlot), model.features_.size(), f.get()) !=
          model.features_.size() ||
      (!model.cells_.empty() && std::fread(model.cells_.data(), sizeof(uint32_t),
                                           model.cells_.size(), f.get()) != model.cells_.size()) ||
      (!model.dense_.empty() && std::fread(model.dense_.data(), sizeof(DenseRow),
                                           model.dense_.size(), f.get()) != model.dense_.size())) {
    return Status::IoError("cannot read tagger model '" + path + "'");
  }
  uint64_t h = kFnvOffset;
  h = Checksum(model.lexicon_.data(), model.lexicon_.size() * sizeof(LexiconSlot), h);
  h = Checksum(model.features_.data(), model.features_.size() * sizeof(FeatureSlot), h);
  h = Checksum(model.cells_.data(), model.cells_.size() * sizeof(uint32_t), h);
  h = Checksum(model.dense_.data(), model.dense_.size() * sizeof(DenseRow), h);
  if (h != header.checksum) return Status::InvalidInput(bad + "checksum mismatch");

  // Checksums catch accidents; the checks below make a crafted file harmless.
  model.lexicon_mask_ = model.lexicon_.size() - 1;
  model.feature_mask_ = model.features_.size() - 1;
  for (const LexiconSlot& slot : model.lexicon_) {
    if (slot.check == 0) continue;
    ++model.lexicon_count_;
    if ((slot.dict_tag >= kPosTagCount && slot.dict_tag != kNoTag) ||
        slot.word_class > kWordMixed) {
      return Status::InvalidInput(bad + "bad lexicon entry");
    }
  }
  for (const FeatureSlot& slot : model.features_) {
    if (slot.check == 0) continue;
    const uint32_t count = slot.count();
    ++model.feature_count_;
    model.cell_count_ += count;
    if (count == 0 || count > kPosTagCount ||
        (count > kMaxSparseCells
             ? slot.begin() >= model.dense_.size()
             : count > kInlineCells && uint64_t{slot.begin()} + count > model.cells_.size())) {
      return Status::InvalidInput(bad + "feature weights out of range");
    }
    for (uint32_t c = 0; c < std::min(count, kInlineCells); ++c) {
      if ((slot.inline_cells[c] & kCellTagMask) >= kPosTagCount) {
        return Status::InvalidInput(bad + "bad tag in weights");
      }
    }
  }
  if (model.lexicon_count_ >= model.lexicon_.size() ||
      model.feature_count_ >= model.features_.size()) {
    return Status::InvalidInput(bad + "table without empty slots");
  }
  for (uint32_t cell : model.cells_) {
    if ((cell & kCellTagMask) >= kPosTagCount)
      return Status::InvalidInput(bad + "bad tag in weights");
  }
  return model;
}

}  // namespace casus::tagger
