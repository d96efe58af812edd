#include "nlp/pos_tagger.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <limits>
#include <memory>

#include "base/data_paths.h"
#include "nlp/tagger_history.h"

namespace casus {
namespace {

using tagger::QuoteSide;
using tagger::TokenInfo;

constexpr size_t kStackTokens = 256;

// Uninitialised storage for up to kStackTokens values of a trivially
// destructible type, on the heap beyond that.
template <typename T>
class ScratchArray {
 public:
  explicit ScratchArray(size_t n) {
    if (n > kStackTokens) heap_ = std::make_unique<T[]>(n);
  }
  T* data() { return heap_ ? heap_.get() : reinterpret_cast<T*>(stack_); }

 private:
  alignas(T) unsigned char stack_[kStackTokens * sizeof(T)];
  std::unique_ptr<T[]> heap_;
};

// ---- the word cache ------------------------------------------------------
//
// News repeats its words. Each thread keeps the words it tagged last in a
// direct-mapped table keyed by their bytes: their descriptions out of context
// (TaggerModel::DescribeWord) and, made when first needed outside headlines,
// the sum of their word features' weights (CollectWordFeatures). An entry
// belongs to one model (TaggerModel::id). Tags are the same with the cache
// as without it: a token's word features open its feature list, so starting
// from their sum makes the same additions in the same order.
constexpr size_t kCacheSlots = size_t{1} << 14;
constexpr size_t kCachedWordBytes = 22;

struct CachedWord {
  uint64_t model = 0;  // TaggerModel::id(); 0: empty
  uint8_t size = 0;
  char text[kCachedWordBytes];
  bool summed = false;        // `partial` is made
  uint8_t word_features = 0;  // features summed in `partial`
  uint16_t lexical = 0;       // the WordNet classes `partial` was made with
  tagger::WordDescription word;
  alignas(64) float partial[tagger::kRowWidth];
};

class WordCache {
 public:
  WordCache() : slots_(std::make_unique<CachedWord[]>(kCacheSlots)) {}

  // The entry of `text` under `model`, described on a miss; nullptr for a
  // straight quote (read by its side) and words too long to cache.
  CachedWord* Find(const tagger::TaggerModel& model, std::string_view text) {
    if (text.size() > kCachedWordBytes || text == "\"") return nullptr;
    CachedWord& e = slots_[tagger::HashString(text) & (kCacheSlots - 1)];
    if (Holds(model, &e, text)) return &e;
    e.model = model.id();
    e.size = static_cast<uint8_t>(text.size());
    std::memcpy(e.text, text.data(), text.size());
    e.summed = false;
    model.DescribeWord(text, QuoteSide::kUnknown, &e.word);
    return &e;
  }

  // The summed weights of the word features of `info`, a token of a
  // sentence outside headlines described from entry `e` (which may since
  // hold another word) of `text`; nullptr when they cannot be taken from
  // the entry (an acronym read as its own word: its lower-case form changed).
  const float* WordScores(const tagger::TaggerModel& model, CachedWord* e, std::string_view text,
                          const TokenInfo& info) {
    if (!Holds(model, e, text) || info.lower != e->word.info.lower) return nullptr;
    if (e->summed) return e->lexical == info.lexical ? e->partial : nullptr;
    uint64_t keys[tagger::kMaxWordFeatures];
    const int k = tagger::CollectWordFeatures(info, tagger::HeadlineMode::kNone, keys);
    std::fill(std::begin(e->partial), std::end(e->partial), 0.0f);
    for (int f = 0; f < k; ++f) model.AddWeights(keys[f], e->partial);
    e->summed = true;
    e->word_features = static_cast<uint8_t>(k);
    e->lexical = info.lexical;
    return e->partial;
  }

 private:
  static bool Holds(const tagger::TaggerModel& model, const CachedWord* e, std::string_view text) {
    return e != nullptr && e->model == model.id() && e->size == text.size() &&
           std::memcmp(e->text, text.data(), text.size()) == 0;
  }

  std::unique_ptr<CachedWord[]> slots_;
};

uint8_t Argmax(const float* scores) {
  uint8_t best = 0;
  float best_score = scores[0];
  for (int t = 1; t < kPosTagCount; ++t) {
    if (scores[t] > best_score) {
      best_score = scores[t];
      best = static_cast<uint8_t>(t);
    }
  }
  return best;
}

bool IsFinite(PosTag t) {
  return t == PosTag::kVBD || t == PosTag::kVBZ || t == PosTag::kVBP || t == PosTag::kMD;
}

// A sentence (not a headline) needs a finite verb. When greedy decoding
// found none, the first participle that no auxiliary introduces is the
// past tense ("Dozens of soldiers defected/VBD to the rebels ."), or else
// the first noun that WordNet allows as a verb and that agrees with the
// noun before it is the present tense ("The group targets/VBZ aid workers
// .", "The Houthis target/VBP ships ."); and a bare -ing word opening the
// sentence right before its finite verb is a noun ("Shelling/NN resumed on
// Monday .").
void RepairFiniteVerb(std::span<PosTag> tags, const TokenInfo* infos, int first,
                      std::span<const std::string_view> words) {
  const int n = static_cast<int>(tags.size());
  if (n < 3 || tags[n - 1] != PosTag::kPeriod) return;
  bool finite = std::any_of(tags.begin(), tags.end(), IsFinite);
  // "Dagalo, known as Hemedti, called Burhan a criminal and accused the
  // army": a past participle right after the comma closing a phrase set off
  // after the subject, when the sentence's first finite verb comes after it
  // and "and", is the past that verb is coordinated with.
  if (finite) {
    const int verb =
        static_cast<int>(std::find_if(tags.begin(), tags.end(), IsFinite) - tags.begin());
    int opening = -1;
    for (int i = first + 1; i < verb && tags[verb - 1] == PosTag::kCC; ++i) {
      if (tags[i] == PosTag::kComma && opening < 0) {
        opening = i;
      } else if (tags[i] == PosTag::kVBN && tags[i - 1] == PosTag::kComma && opening >= 0 &&
                 opening < i - 1 && (infos[i].lexical & tagger::kVerbPast)) {
        tags[i] = PosTag::kVBD;
        break;
      }
    }
  }
  // "Hadi, whose government is backed by Saudi Arabia, called on Yemenis":
  // a past participle right after the comma closing a relative clause set
  // off after the subject, when no finite verb follows, is the main verb.
  if (finite) {
    int opening = -1;
    for (int i = first + 1; i + 1 < n; ++i) {
      if (tags[i] == PosTag::kComma && (tags[i + 1] == PosTag::kWPS || tags[i + 1] == PosTag::kWP ||
                                        tags[i + 1] == PosTag::kWDT)) {
        opening = i;
        break;
      }
      if (IsFinite(tags[i]) || tags[i] == PosTag::kComma) break;
    }
    for (int i = opening + 2; opening >= 0 && i + 1 < n; ++i) {
      if (tags[i] != PosTag::kComma) continue;
      const int verb = i + 1;
      const bool finite_in_clause = std::any_of(tags.begin() + opening, tags.begin() + i, IsFinite);
      // (A verb of a clause a conjunction opens after it is no main verb:
      // "..., threatened to kill the hostages if his demands were not met".)
      static constexpr std::string_view kOpeners[] = {
          "if",     "when", "unless", "until", "because", "while", "after",
          "before", "as",   "that",   "who",   "which",   "where", "since"};
      bool finite_after = false;
      for (int k = verb + 1; k < n && !finite_after; ++k) {
        if (static_cast<size_t>(k) < words.size() &&
            std::find(std::begin(kOpeners), std::end(kOpeners), words[k]) != std::end(kOpeners)) {
          break;
        }
        finite_after = IsFinite(tags[k]);
      }
      if (finite_in_clause && !finite_after && tags[verb] == PosTag::kVBN &&
          (infos[verb].lexical & tagger::kVerbPast)) {
        tags[verb] = PosTag::kVBD;
      }
      break;
    }
  }
  for (int i = first + 1; i < n && !finite; ++i) {
    if (tags[i] != PosTag::kVBN) continue;
    int j = i - 1;
    while (j > first && IsAdverb(tags[j])) --j;
    if (IsVerb(tags[j]) || tags[j] == PosTag::kTO) break;  // "has been killed", "to be"
    if (IsNoun(tags[j]) || tags[j] == PosTag::kPRP) tags[i] = PosTag::kVBD, finite = true;
    break;
  }
  // "Caretaker Prime Minister Najib Mikati, speaking at a cabinet meeting in
  // Beirut, called/VBD on Israel to withdraw from the areas it occupies": a
  // past participle right after the comma closing a participle phrase set
  // off after the subject that opens the sentence, with no finite verb
  // before it, is the main verb.
  {
    // ("China's Foreign Minister Wang Yi, attending ...": a possessive in
    // the subject.)
    int opening = first;
    while (opening < n &&
           (IsNoun(tags[opening]) ||
            (opening > first && (tags[opening] == PosTag::kPOS || tags[opening] == PosTag::kJJ)))) {
      ++opening;
    }
    if (opening > first && opening + 2 < n && tags[opening] == PosTag::kComma &&
        (tags[opening + 1] == PosTag::kVBG || tags[opening + 1] == PosTag::kVBN)) {
      for (int i = opening + 2; i + 1 < n; ++i) {
        if (IsFinite(tags[i])) break;
        if (tags[i] != PosTag::kComma) continue;
        if (tags[i + 1] == PosTag::kVBN && (infos[i + 1].lexical & tagger::kVerbPast)) {
          tags[i + 1] = PosTag::kVBD;
        }
        break;
      }
    }
  }
  for (int i = first + 1; i + 1 < n && !finite; ++i) {
    const PosTag prev = tags[i - 1];
    const bool singular = prev == PosTag::kNN || prev == PosTag::kNNP;
    const bool plural = prev == PosTag::kNNS || prev == PosTag::kNNPS || prev == PosTag::kPRP;
    if (tags[i] == PosTag::kNNS && singular && (infos[i].lexical & tagger::kVerbS)) {
      tags[i] = PosTag::kVBZ, finite = true;
    } else if (tags[i] == PosTag::kNN && plural && (infos[i].lexical & tagger::kCanVerb)) {
      tags[i] = PosTag::kVBP, finite = true;
    }
  }
  if (first + 1 < n && tags[first] == PosTag::kVBG && IsFinite(tags[first + 1])) {
    tags[first] = PosTag::kNN;
  }
}

// What is said needs a finite verb too. When none follows "said" (or
// "says", "added") to the sentence's end, a word after a noun that WordNet
// knows as a past tense is the past tense ("He said the Iran-backed militia
// bore/VBD full responsibility"), and so is a past participle after a noun
// that no auxiliary introduces.
void RepairReportedVerb(std::span<PosTag> tags, const TokenInfo* infos,
                        std::span<const std::string_view> words) {
  const int n = static_cast<int>(tags.size());
  for (int i = 0; i + 2 < n; ++i) {
    if (!(tags[i] == PosTag::kVBD || tags[i] == PosTag::kVBZ) ||
        !(words[i] == "said" || words[i] == "says" || words[i] == "added")) {
      continue;
    }
    if (std::any_of(tags.begin() + i + 1, tags.end(), IsFinite)) return;
    for (int k = i + 2; k + 1 < n; ++k) {
      if (tags[k] == PosTag::kComma || tags[k] == PosTag::kCloseQuote) return;
      if (!IsNoun(tags[k - 1])) continue;
      if ((tags[k] == PosTag::kNN || tags[k] == PosTag::kVBN) &&
          (infos[k].lexical & tagger::kVerbPast) && !(infos[k].lexical & tagger::kPluralNoun)) {
        tags[k] = PosTag::kVBD;
        return;
      }
    }
    return;
  }
}

// "blamed al/NNP Shabaab for the massacre": the Arabic article in lower
// case before a capitalised word opens a name (greedy decoding read it as a
// preposition or a foreign word); "Zulkifli bin/NNP Hir": "son of" between
// two capitalised words is inside the name.
void RepairArabicArticle(std::span<PosTag> tags, std::span<const std::string_view> words) {
  const size_t n = std::min(tags.size(), words.size());
  const auto capitalised = [&](size_t k) {
    return k < n && !words[k].empty() && words[k][0] >= 'A' && words[k][0] <= 'Z';
  };
  for (size_t i = 0; i + 1 < n; ++i) {
    const std::string_view w = words[i];
    if ((w == "al" || w == "el") && capitalised(i + 1)) tags[i] = PosTag::kNNP;
    if ((w == "bin" || w == "ibn" || w == "bint" || w == "binti") && i > 0 && capitalised(i - 1) &&
        capitalised(i + 1)) {
      tags[i] = PosTag::kNNP;
    }
  }
}

// "the fighting/NN close to its border posed a threat": an -ing word right
// after "the", "a" or "an" that no noun or adjective follows heads its noun
// phrase (greedy decoding read it as a verb after "that"); before a noun it
// stays a participle ("the ruling/VBG party").
void RepairDeterminedGerund(std::span<PosTag> tags, std::span<const std::string_view> words) {
  const int n = static_cast<int>(tags.size());
  for (int i = 1; i + 1 < n; ++i) {
    if (tags[i] != PosTag::kVBG || tags[i - 1] != PosTag::kDT) continue;
    const std::string_view det = words[i - 1];
    if (!(det == "the" || det == "The" || det == "a" || det == "an")) continue;
    const PosTag next = tags[i + 1];
    if (next == PosTag::kRB || next == PosTag::kVBD || next == PosTag::kVBZ ||
        next == PosTag::kMD || next == PosTag::kComma) {
      tags[i] = PosTag::kNN;
    }
  }
}

// "An American air strike/NN early on Saturday hit a hospital": a base form
// right after the noun of a phrase a determiner opens is that phrase's
// head (no modal, "to" or "do" can govern it there). Not a subjunctive
// after "that" ("ordered that those responsible in the area be held to
// account", "demanded that the army withdraw").
void RepairBaseFormInNounPhrase(std::span<PosTag> tags, std::span<const std::string_view> words) {
  const size_t n = std::min(tags.size(), words.size());
  for (size_t i = 2; i < n; ++i) {
    if (tags[i] != PosTag::kVB || tags[i - 1] != PosTag::kNN) continue;
    if (words[i] == "be" || words[i] == "have" || words[i] == "do") continue;
    size_t k = i - 1;
    while (k > 0 && (tags[k - 1] == PosTag::kNN || tags[k - 1] == PosTag::kJJ)) --k;
    if (k == 0 || !(tags[k - 1] == PosTag::kDT || tags[k - 1] == PosTag::kPRPS)) continue;
    bool subjunctive = false;
    for (size_t j = k - 1; j-- > 0 && j + 12 > k;) {
      subjunctive = subjunctive || words[j] == "that";
      if (tags[j] == PosTag::kVBD || tags[j] == PosTag::kVBZ || tags[j] == PosTag::kVBP) break;
    }
    if (!subjunctive) tags[i] = PosTag::kNN;
  }
}

// "Witnesses told the New York-based rights group that/IN troops arrived":
// "that" after the one told, before a clause's subject, opens what was told
// (greedy decoding read a relative pronoun on the noun).
void RepairToldThat(std::span<PosTag> tags, std::span<const std::string_view> words) {
  const size_t n = std::min(tags.size(), words.size());
  for (size_t i = 2; i + 1 < n; ++i) {
    if (words[i] != "that" || tags[i] != PosTag::kWDT) continue;
    const PosTag next = tags[i + 1];
    if (!(next == PosTag::kDT || next == PosTag::kNN || next == PosTag::kNNS ||
          next == PosTag::kNNP || next == PosTag::kNNPS || next == PosTag::kPRP ||
          next == PosTag::kCD)) {
      continue;
    }
    size_t k = i;
    while (k > 0 && i - k < 8 &&
           (tags[k - 1] == PosTag::kDT || tags[k - 1] == PosTag::kJJ ||
            tags[k - 1] == PosTag::kNN || tags[k - 1] == PosTag::kNNS ||
            tags[k - 1] == PosTag::kNNP || tags[k - 1] == PosTag::kNNPS ||
            tags[k - 1] == PosTag::kPOS || tags[k - 1] == PosTag::kCD)) {
      --k;
    }
    if (k == i || k == 0 ||
        !(tags[k - 1] == PosTag::kVBD || tags[k - 1] == PosTag::kVBZ ||
          tags[k - 1] == PosTag::kVBP || tags[k - 1] == PosTag::kVBG)) {
      continue;
    }
    std::string verb(words[k - 1]);
    for (char& c : verb) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static constexpr std::string_view kTelling[] = {
        "told",     "tells",    "tell",      "telling",   "informed", "informs",  "assured",
        "assures",  "warned",   "warns",     "reminded",  "reminds",  "notified", "convinced",
        "promised", "promises", "persuaded", "reassured", "briefed",  "advised"};
    if (std::find(std::begin(kTelling), std::end(kTelling), verb) != std::end(kTelling)) {
      tags[i] = PosTag::kIN;
    }
  }
}

// "a Palestinian gunman shot/NN dead two Israeli brothers": a past form
// after a noun, before the resultative "dead", is the past tense (the
// decoder reads "gunman shot" as a compound noun).
void RepairShotDead(std::span<PosTag> tags, const TokenInfo* infos,
                    std::span<const std::string_view> words) {
  const int n = static_cast<int>(tags.size());
  for (int i = 1; i + 1 < n; ++i) {
    if (words[i + 1] == "dead" && (tags[i] == PosTag::kNN || tags[i] == PosTag::kVBN) &&
        IsNoun(tags[i - 1]) && (infos[i].lexical & tagger::kVerbPast) &&
        !(infos[i].lexical & tagger::kPluralNoun)) {
      tags[i] = PosTag::kVBD;
    }
  }
}

// "Iran, which arms/VBZ and funds/VBZ Hezbollah, warned": a word WordNet
// knows as a verb right after a relative pronoun is its verb, and so is one
// of its kind coordinated right after it (the decoder read "arms and funds"
// as nouns).
void RepairRelativeVerb(std::span<PosTag> tags, const TokenInfo* infos) {
  const int n = static_cast<int>(tags.size());
  for (int i = 1; i + 1 < n; ++i) {
    if (!(tags[i - 1] == PosTag::kWDT || tags[i - 1] == PosTag::kWP) || tags[i] != PosTag::kNNS ||
        !(infos[i].lexical & tagger::kVerbS)) {
      continue;
    }
    // ("said that officers/NNS had fought": a noun whose verb follows.)
    const PosTag next = tags[i + 1];
    if (next == PosTag::kVBD || next == PosTag::kVBZ || next == PosTag::kVBP ||
        next == PosTag::kMD) {
      continue;
    }
    tags[i] = PosTag::kVBZ;
    if (i + 2 < n && tags[i + 1] == PosTag::kCC && tags[i + 2] == PosTag::kNNS &&
        (infos[i + 2].lexical & tagger::kVerbS)) {
      tags[i + 2] = PosTag::kVBZ;
    }
  }
}

// "receives weapons and training/NN from Iran": a gerund joined by "and"
// to a plural noun, with no object but "from" after it, is a noun like the
// first conjunct (the decoder read "training" as the verb).
void RepairCoordinatedGerund(std::span<PosTag> tags, std::span<const std::string_view> words) {
  const int n = static_cast<int>(tags.size());
  for (int i = 2; i + 1 < n; ++i) {
    if (tags[i] == PosTag::kVBG && words[i - 1] == "and" && tags[i - 2] == PosTag::kNNS &&
        words[i + 1] == "from") {
      tags[i] = PosTag::kNN;
    }
  }
}

// "The workers were rounded up at their camp on Sunday and shot/VBN,": a
// past participle read as a noun after "and", closing a passive clause, is
// that clause's second verb.
void RepairCoordinatedPassive(std::span<PosTag> tags, std::span<const std::string_view> words) {
  const size_t n = std::min(tags.size(), words.size());
  for (size_t i = 3; i < n; ++i) {
    if (tags[i] != PosTag::kNN || words[i - 1] != "and") continue;
    if (!(words[i] == "shot" || words[i] == "hit" || words[i] == "struck" || words[i] == "beaten" ||
          words[i] == "hanged" || words[i] == "burnt")) {
      continue;
    }
    if (i + 1 < n && !(tags[i + 1] == PosTag::kComma || tags[i + 1] == PosTag::kPeriod ||
                       tags[i + 1] == PosTag::kIN || words[i + 1] == "dead")) {
      continue;
    }
    // A passive verb group before it, no finite verb since.
    bool passive = false;
    for (size_t k = i - 1; k-- > 1 && k + 20 > i;) {
      if (tags[k] == PosTag::kVBN && (words[k - 1] == "were" || words[k - 1] == "was" ||
                                      words[k - 1] == "been" || words[k - 1] == "being")) {
        passive = true;
        break;
      }
      if (tags[k] == PosTag::kVBD || tags[k] == PosTag::kVBZ || tags[k] == PosTag::kVBP ||
          tags[k] == PosTag::kMD) {
        break;
      }
    }
    if (passive) tags[i] = PosTag::kVBN;
  }
}

// "a rebel force armed/VBN and paid/VBN by Turkey": a past form joined by
// "and" to a participle with a by-agent is a participle too.
void RepairCoordinatedParticiple(std::span<PosTag> tags, std::span<const std::string_view> words) {
  const int n = static_cast<int>(tags.size());
  for (int i = 1; i + 3 < n; ++i) {
    if (tags[i] == PosTag::kVBD && words[i + 1] == "and" && tags[i + 2] == PosTag::kVBN &&
        words[i + 3] == "by" && IsNoun(tags[i - 1])) {
      tags[i] = PosTag::kVBN;
    }
  }
}

}  // namespace

Result<PosTagger> PosTagger::Load(const std::string& path) {
  auto model = tagger::TaggerModel::Load(path);
  if (!model.ok()) return model.status();
  return PosTagger(std::move(*model));
}

Result<PosTagger> PosTagger::LoadDefault() {
  auto path = FindDataFile("pos.model");
  if (!path.ok()) return path.status();
  return Load(*path);
}

void PosTagger::Tag(std::span<const Token> sentence, std::span<PosTag> tags) const {
  assert(tags.size() == sentence.size());
  const size_t n = sentence.size();
  ScratchArray<std::string_view> words(n);
  ScratchArray<QuoteSide> quotes(n);
  bool open = false;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = sentence[i];
    words.data()[i] = t.text;
    QuoteSide side = QuoteSide::kUnknown;
    if (t.text == "\"") {
      const bool left = i > 0 && sentence[i - 1].end == t.start;
      const bool right = i + 1 < n && sentence[i + 1].start == t.end;
      if (right && !left) {
        side = QuoteSide::kOpening;
      } else if (left && !right) {
        side = QuoteSide::kClosing;
      } else {
        side = open ? QuoteSide::kClosing : QuoteSide::kOpening;
      }
      open = side == QuoteSide::kOpening;
    }
    quotes.data()[i] = side;
  }
  TagDescribed({words.data(), n}, {quotes.data(), n}, tags);
}

std::vector<PosTag> PosTagger::Tag(std::span<const Token> sentence) const {
  std::vector<PosTag> tags(sentence.size());
  Tag(sentence, tags);
  return tags;
}

void PosTagger::TagWords(std::span<const std::string_view> words, std::span<PosTag> tags) const {
  assert(tags.size() == words.size());
  ScratchArray<QuoteSide> quotes(words.size());
  tagger::AlternateQuotes(words, quotes.data());
  TagDescribed(words, {quotes.data(), words.size()}, tags);
}

std::vector<PosTag> PosTagger::TagWords(std::span<const std::string_view> words) const {
  std::vector<PosTag> tags(words.size());
  TagWords(words, tags);
  return tags;
}

void PosTagger::TagDescribed(std::span<const std::string_view> words,
                             std::span<const QuoteSide> quotes, std::span<PosTag> tags) const {
  const int n = static_cast<int>(words.size());
  thread_local WordCache cache;
  ScratchArray<TokenInfo> scratch(words.size());
  ScratchArray<uint16_t> unlisted(words.size());
  ScratchArray<CachedWord*> cached(words.size());
  TokenInfo* infos = scratch.data();
  for (int i = 0; i < n; ++i) {
    CachedWord* e = cache.Find(model_, words[i]);
    cached.data()[i] = e;
    if (e != nullptr) {
      infos[i] = e->word.info;
      unlisted.data()[i] = e->word.unlisted_lexical;
    } else {
      tagger::WordDescription word;
      model_.DescribeWord(words[i], quotes[i], &word);
      infos[i] = word.info;
      unlisted.data()[i] = word.unlisted_lexical;
    }
  }
  const tagger::HeadlineMode mode = model_.PutInContext(words, infos, unlisted.data());
  const int first = tagger::FirstWordIndex(infos, n);
  tagger::TagHistory history;
  // Static features are collected and prefetched a block of tokens ahead,
  // so that their memory reads overlap instead of stalling one by one;
  // the word features are summed already for most words (the cache).
  constexpr int kBlock = 32;
  uint64_t static_keys[kBlock][tagger::kMaxStaticFeatures];
  uint8_t static_from[kBlock];
  uint8_t static_count[kBlock];
  const float* word_scores[kBlock];
  uint64_t tag_keys[tagger::kTagFeatures];
  alignas(64) float scores[64];
  for (int block = 0; block < n; block += kBlock) {
    const int end = std::min(n, block + kBlock);
    for (int i = block; i < end; ++i) {
      const TokenInfo& t = infos[i];
      if (t.fixed_tag != tagger::kNoTag || t.dict_tag != tagger::kNoTag) continue;
      const int b = i - block;
      uint64_t* keys = static_keys[b];
      const int k = tagger::CollectStaticFeatures(infos, n, i, mode, i == first, keys);
      static_count[b] = static_cast<uint8_t>(k);
      word_scores[b] = mode == tagger::HeadlineMode::kNone
                           ? cache.WordScores(model_, cached.data()[i], words[i], t)
                           : nullptr;
      static_from[b] = word_scores[b] != nullptr ? cached.data()[i]->word_features : 0;
      for (int f = static_from[b]; f < k; ++f) model_.Prefetch(keys[f]);
    }
    for (int i = block; i < end; ++i) {
      uint8_t tag = tagger::ShortcutTag(infos[i], history.prev);
      if (tag == tagger::kNoTag) {
        const int b = i - block;
        tagger::CollectTagFeatures(infos, n, i, history, tag_keys);
        for (uint64_t key : tag_keys) model_.Prefetch(key);
        std::memset(scores, 0, sizeof scores);
        if (word_scores[b] != nullptr) {
          std::memcpy(scores, word_scores[b], sizeof(float) * tagger::kRowWidth);
        }
        const uint64_t* keys = static_keys[b];
        for (int f = static_from[b]; f < static_count[b]; ++f) model_.AddWeights(keys[f], scores);
        for (uint64_t key : tag_keys) model_.AddWeights(key, scores);
        tag = Argmax(scores);
        // A number is written in digits or in words the training text had
        // ("two", "dozen"), or is a Roman numeral ("II"): no other word is
        // one ("posted online/CD" was read so).
        if (tag == static_cast<uint8_t>(PosTag::kCD) &&
            !(infos[i].flags & (tagger::kHasDigit | tagger::kAllCaps | tagger::kHasHyphen)) &&
            infos[i].word_class == tagger::kWordUnknown) {
          scores[tag] = -std::numeric_limits<float>::infinity();
          tag = Argmax(scores);
        }
      }
      tags[i] = static_cast<PosTag>(tag);
      history.Push(tag);
    }
  }
  RepairArabicArticle(tags, words);
  if (mode == tagger::HeadlineMode::kNone && first < n) {
    RepairFiniteVerb(tags, infos, first, words);
    RepairReportedVerb(tags, infos, words);
    RepairShotDead(tags, infos, words);
    RepairDeterminedGerund(tags, words);
    RepairToldThat(tags, words);
    RepairBaseFormInNounPhrase(tags, words);
    RepairRelativeVerb(tags, infos);
    RepairCoordinatedGerund(tags, words);
    RepairCoordinatedParticiple(tags, words);
    RepairCoordinatedPassive(tags, words);
  }
}

}  // namespace casus
