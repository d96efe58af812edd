// casus — the feature set of the part-of-speech tagger, shared by the
// trainer and the run-time tagger so both see exactly the same features.
//
// A sentence is first described token by token (TokenInfo: hashes of the
// normalised word, its affixes and shape, flags, the lexicon's verdict), then
// the greedy decoder asks for the feature keys of position i given the two
// previous tags. Features are 64-bit hashes of (template, value); no strings
// are built while tagging.
//
// Normalisation: ASCII letters are lower-cased for the lexical features (an
// exact-case feature is kept for words with capitals outside headlines);
// curly quotes become `` and '', dashes "--"; tokens made of digits and
// separators become "!NUM" (or "!YEAR" for four digits), so "1,500" and
// "2021-02-15" share their features.
//
// Headlines: a sentence in Title Case or ALL CAPS (DetectHeadlineMode) has its
// capitalisation features keyed by the mode, so "Rockets Hit Base In Erbil"
// is read through its lower-case words rather than as a string of names.
//
// Thread safety: pure functions.
#ifndef CASUS_NLP_TAGGER_FEATURES_H_
#define CASUS_NLP_TAGGER_FEATURES_H_

#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

#include "nlp/pos_tag.h"

namespace casus::tagger {

// ---- hashing -------------------------------------------------------------

inline constexpr uint64_t kFnvOffset = 14695981039346656037ull;

inline uint64_t Finalize(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

// Hashes a short byte string eight bytes at a time (words are short).
inline uint64_t HashBytes(const char* data, size_t size) {
  constexpr uint64_t kMul = 0xc6a4a7935bd1e995ull;
  uint64_t h = kFnvOffset ^ (size * kMul);
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, data + i, 8);
    h = (h ^ chunk) * kMul;
    h ^= h >> 47;
  }
  if (i < size) {
    uint64_t chunk = 0;
    std::memcpy(&chunk, data + i, size - i);
    h = (h ^ chunk) * kMul;
    h ^= h >> 47;
  }
  return Finalize(h);
}
inline uint64_t HashString(std::string_view s) { return HashBytes(s.data(), s.size()); }

// Combines two hashes; never returns 0 (0 marks an empty slot in tables).
inline uint64_t Combine(uint64_t a, uint64_t b) {
  uint64_t h = Finalize(a * 0x9E3779B97F4A7C15ull + b + 0x632BE59BD9B4E019ull);
  return h == 0 ? 1 : h;
}

// ---- per-token description ----------------------------------------------

// Token flags.
inline constexpr uint8_t kInitialCap = 1 << 0;  // first byte is an ASCII capital
inline constexpr uint8_t kAllCaps = 1 << 1;     // >= 2 letters, all capitals
inline constexpr uint8_t kHasDigit = 1 << 2;    // contains a digit
inline constexpr uint8_t kHasHyphen = 1 << 3;   // internal hyphen ("Iran-backed")
inline constexpr uint8_t kArabicName = 1 << 4;  // "al-Muhandis", "bin-Salman", "Abu-Ali"
inline constexpr uint8_t kNumeric = 1 << 5;     // digits and separators only
inline constexpr uint8_t kHasUpper = 1 << 6;    // any ASCII capital
inline constexpr uint8_t kHasLetter = 1 << 7;   // any letter (ASCII or not)

// Lexicon word classes (from training counts of the lower-case form).
inline constexpr uint8_t kWordUnknown = 0;  // fewer than kKnownWordMinCount occurrences
inline constexpr uint8_t kWordLower = 1;    // known, written in lower case mid-sentence
inline constexpr uint8_t kWordCapital = 2;  // known, written capitalised mid-sentence
inline constexpr uint8_t kWordMixed = 3;    // known, both
inline constexpr int kKnownWordMinCount = 3;

// Tag sentinels in TokenInfo::fixed_tag / dict_tag.
inline constexpr uint8_t kNoTag = 0xFF;
inline constexpr uint8_t kPossessiveOrIs = 0xFE;  // "'s": POS; VBZ after a pronoun; PRP after "let"

// How straight quotes are read: opening, closing, or unknown (alternate).
enum class QuoteSide : uint8_t { kUnknown, kOpening, kClosing };

struct TokenInfo {
  uint64_t exact = 0;  // hash of the normalised exact-case form
  uint64_t lower = 0;  // hash of the normalised lower-case form
  // Affixes are filled by DescribeAffixes, for the tokens the model tags;
  // suffix[2] always (neighbours read it).
  uint64_t suffix[4] = {};    // hashes of the last 1..4 bytes of the lower-case form (0: too short)
  uint64_t prefix[3] = {};    // hashes of the first 1..3 bytes (0: too short)
  uint64_t hyphen_first = 0;  // lower-case part before the first hyphen (with kHasHyphen)
  uint64_t hyphen_last = 0;   // lower-case part after the last hyphen (with kHasHyphen)
  uint32_t shape = 0;         // hash of the condensed shape ("Xx", "d,d", "x-Xx")
  uint8_t flags = 0;
  uint8_t word_class = kWordUnknown;
  uint8_t dict_tag = kNoTag;   // unambiguous frequent word: its tag (filled from the lexicon)
  uint8_t fixed_tag = kNoTag;  // punctuation, numbers: tag decided without the model
  // 1 when a word known only as a finite verb ("were", "is", "has", "would")
  // follows in the same clause: "soldiers killed in the attack were" reads
  // "killed" as a participle, "a strike killed 12 people ," as past tense.
  uint8_t finite_ahead = 0;
};

// Describes one token: everything but word_class and dict_tag (from the
// model's lexicon) and the affixes other than suffix[2] (DescribeAffixes,
// needed only for tokens the model tags). `quote` decides a straight '"'.
void DescribeToken(std::string_view text, QuoteSide quote, TokenInfo* info);
void DescribeAffixes(std::string_view text, QuoteSide quote, TokenInfo* info);

// Sets TokenInfo::finite_ahead, scanning right to left: a clause ends at
// punctuation (, : . and brackets), a conjunction or a wh-word.
void MarkFiniteVerbsAhead(std::span<TokenInfo> infos);

// ---- sentence mode -------------------------------------------------------

enum class HeadlineMode : uint8_t { kNone = 0, kTitleCase = 1, kAllCaps = 2 };

// Title Case: at least three capitalised words, no lower-case word other
// than short function words ("of", "in", "the") and Arabic names ("al-Asad"),
// and at least one capitalised word after the first that the lexicon knows
// as a lower-case word ("Hit", "Base"). ALL CAPS: at least three all-caps
// words making up at least 80% of the words with letters. `infos` are the
// described tokens (with word classes) of `words`.
HeadlineMode DetectHeadlineMode(std::span<const std::string_view> words,
                                std::span<const TokenInfo> infos);

// ---- feature templates ---------------------------------------------------

inline constexpr uint64_t kStartHash = 0x5354415254ull;  // "-START-" beyond the left edge
inline constexpr uint64_t kEndHash = 0x454E44ull;        // "-END-" beyond the right edge
inline constexpr uint8_t kStartTag = kPosTagCount;       // history before the sentence

enum Template : uint64_t {
  kBias = 1,
  kWord,
  kExactWord,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kPrefix1,
  kPrefix2,
  kPrefix3,
  kShape,
  kShapeFirst,
  kClassCase,
  kPrevTag,
  kPrevTwoTags,
  kPrevTagWord,
  kPrevWord,
  kPrevPrevWord,
  kNextWord,
  kNextNextWord,
  kPrevSuffix3,
  kNextSuffix3,
  kPrevShape,
  kNextShape,
  kHyphenFirst,
  kHyphenLast,
  kArabicNameFlag,
  kPrevTagNextWord,
  kPrevWordWord,
  kNextClassCase,
  kClauseVerbSuffix,
  kClauseVerbPrevTag,
  kFiniteAhead,
  kPrevTagNextKnownTag,
  kAfterApposition,
};

inline uint64_t Key(uint64_t templ, uint64_t value) { return Combine(templ, value); }

// Features come in two parts: the static features of position i, which
// depend only on the words (and can be looked up ahead of decoding), and the
// features of the tags already assigned to i-1 and i-2 (kStartTag before the
// sentence). A token's feature list is its static features followed by its
// tag features, in this order, in training and in tagging alike.
inline constexpr int kMaxStaticFeatures = 27;
inline constexpr int kTagFeatures = 8;
inline constexpr int kMaxFeatures = kMaxStaticFeatures + kTagFeatures;

// Writes the static features of position i (0 <= i < n) to `keys` and
// returns their number (at most kMaxStaticFeatures). `first`: i is the
// sentence's first word.
inline int CollectStaticFeatures(const TokenInfo* toks, int n, int i, HeadlineMode mode, bool first,
                                 uint64_t* keys) {
  const TokenInfo& t = toks[i];
  const uint64_t m = static_cast<uint64_t>(mode);
  const uint64_t w_prev = i > 0 ? toks[i - 1].lower : kStartHash;
  const uint64_t w_prev2 = i > 1 ? toks[i - 2].lower : kStartHash;
  const uint64_t w_next = i + 1 < n ? toks[i + 1].lower : kEndHash;
  const uint64_t w_next2 = i + 2 < n ? toks[i + 2].lower : kEndHash;
  int k = 0;
  keys[k++] = Key(kBias, 0);
  keys[k++] = Key(kWord, t.lower);
  if ((t.flags & kHasUpper) && mode == HeadlineMode::kNone) keys[k++] = Key(kExactWord, t.exact);
  for (int s = 0; s < 4; ++s) {
    if (t.suffix[s] != 0) keys[k++] = Key(kSuffix1 + s, t.suffix[s]);
  }
  for (int p = 0; p < 3; ++p) {
    if (t.prefix[p] != 0) keys[k++] = Key(kPrefix1 + p, t.prefix[p]);
  }
  keys[k++] = Key(kShape, Combine(t.shape, m));
  keys[k++] = Key(kShapeFirst, Combine(t.shape, m * 2 + (first ? 1 : 0)));
  const uint64_t case_bits = (t.flags & (kInitialCap | kAllCaps)) | (first ? 4 : 0);
  keys[k++] = Key(kClassCase, (t.word_class * 8 + case_bits) * 4 + m);
  keys[k++] = Key(kPrevWord, w_prev);
  keys[k++] = Key(kPrevPrevWord, w_prev2);
  keys[k++] = Key(kNextWord, w_next);
  keys[k++] = Key(kNextNextWord, w_next2);
  keys[k++] = Key(kPrevSuffix3, i > 0 ? toks[i - 1].suffix[2] : kStartHash);
  keys[k++] = Key(kNextSuffix3, i + 1 < n ? toks[i + 1].suffix[2] : kEndHash);
  keys[k++] = Key(kPrevShape, Combine(i > 0 ? toks[i - 1].shape : kStartHash, m));
  keys[k++] = Key(kNextShape, Combine(i + 1 < n ? toks[i + 1].shape : kEndHash, m));
  if (t.flags & kHasHyphen) {
    keys[k++] = Key(kHyphenFirst, t.hyphen_first);
    keys[k++] = Key(kHyphenLast, t.hyphen_last);
  }
  if (t.flags & kArabicName) keys[k++] = Key(kArabicNameFlag, 1);
  keys[k++] = Key(kPrevWordWord, Combine(w_prev, t.lower));
  keys[k++] = Key(kFiniteAhead, Combine(t.finite_ahead, t.suffix[1]));
  if (i + 1 < n) {
    const TokenInfo& nx = toks[i + 1];
    keys[k++] =
        Key(kNextClassCase, (nx.word_class * 8 + (nx.flags & (kInitialCap | kAllCaps))) * 4 + m);
  }
  return k;
}

// What decoding remembers of the tags assigned so far: the last two, and
// whether the current clause already has a finite verb, and a noun after it
// (which tells a main verb "denied" (VBD) from a participle "denied" (VBN)
// after an apposition, and "said the rockets landed" from "was landed"). A
// clause restarts after a wh-word, a conjunction or a colon.
struct TagHistory {
  uint8_t prev = kStartTag;
  uint8_t prev2 = kStartTag;
  uint8_t clause_verb = 0;  // 0: no finite verb; 1: finite verb; 2: and a noun since
  // Apposition after a noun: 1 ", " opened it, 2 it holds a noun, 3 its
  // closing comma was the previous token ("Kataib Hezbollah , an Iran-backed
  // militia , | denied": the word after it is the main verb).
  uint8_t apposition = 0;

  void Push(uint8_t tag) {
    const bool after_noun = IsNoun(static_cast<PosTag>(prev));
    const bool comma = tag == static_cast<uint8_t>(PosTag::kComma);
    if (apposition == 3) apposition = 0;
    if (comma && apposition == 0 && after_noun) {
      apposition = 1;
    } else if (apposition == 1 && IsNoun(static_cast<PosTag>(tag))) {
      apposition = 2;
    } else if (apposition == 2 && comma && after_noun) {
      apposition = 3;
    } else if (apposition != 0 &&
               (IsVerb(static_cast<PosTag>(tag)) || IsWhWord(static_cast<PosTag>(tag)) || comma ||
                tag == static_cast<uint8_t>(PosTag::kMD))) {
      apposition = comma && after_noun ? 1 : 0;
    }
    prev2 = prev;
    prev = tag;
    switch (static_cast<PosTag>(tag)) {
      case PosTag::kVBD:
      case PosTag::kVBZ:
      case PosTag::kVBP:
      case PosTag::kMD:
        clause_verb = 1;
        break;
      case PosTag::kNN:
      case PosTag::kNNS:
      case PosTag::kNNP:
      case PosTag::kNNPS:
      case PosTag::kPRP:
        if (clause_verb == 1) clause_verb = 2;
        break;
      case PosTag::kWDT:
      case PosTag::kWP:
      case PosTag::kWRB:
      case PosTag::kCC:
      case PosTag::kColon:
        clause_verb = 0;
        break;
      default:
        break;
    }
  }
};

// Writes the kTagFeatures features of the tag history at position i.
inline void CollectTagFeatures(const TokenInfo* toks, int n, int i, const TagHistory& h,
                               uint64_t* keys) {
  const uint64_t w_next = i + 1 < n ? toks[i + 1].lower : kEndHash;
  keys[0] = Key(kPrevTag, h.prev);
  keys[1] = Key(kPrevTwoTags, h.prev * 256u + h.prev2);
  keys[2] = Key(kPrevTagWord, Combine(h.prev, toks[i].lower));
  keys[3] = Key(kPrevTagNextWord, Combine(h.prev, w_next));
  keys[4] = Key(kClauseVerbSuffix, Combine(h.clause_verb, toks[i].suffix[1]));
  keys[5] = Key(kClauseVerbPrevTag, h.clause_verb * 256u + h.prev);
  // The previous tag and the next word's tag when it needs no model ("to X
  // the": X is a verb).
  const uint8_t next =
      i + 1 < n ? (toks[i + 1].fixed_tag != kNoTag ? toks[i + 1].fixed_tag : toks[i + 1].dict_tag)
                : kStartTag;
  keys[6] = Key(kPrevTagNextKnownTag, h.prev * 256u + next);
  keys[7] = Key(kAfterApposition, Combine(h.apposition == 3, toks[i].suffix[1]));
}

// The tag of a token that needs no model: punctuation, numbers, clitics,
// and words of the tag dictionary. kNoTag when the model must decide.
inline uint8_t ShortcutTag(const TokenInfo& t, uint8_t prev) {
  if (t.fixed_tag == kPossessiveOrIs) {
    const bool after_pronoun =
        prev == static_cast<uint8_t>(PosTag::kPRP) || prev == static_cast<uint8_t>(PosTag::kWP) ||
        prev == static_cast<uint8_t>(PosTag::kEX) || prev == static_cast<uint8_t>(PosTag::kDT) ||
        prev == static_cast<uint8_t>(PosTag::kWDT);
    if (after_pronoun) return static_cast<uint8_t>(PosTag::kVBZ);  // it 's
    if (prev == static_cast<uint8_t>(PosTag::kVB))
      return static_cast<uint8_t>(PosTag::kPRP);  // let 's
    return static_cast<uint8_t>(PosTag::kPOS);
  }
  if (t.fixed_tag != kNoTag) return t.fixed_tag;
  return t.dict_tag;
}

// Reads straight double quotes in a run of words as alternately opening and
// closing (the reading used when no spacing is known).
inline void AlternateQuotes(std::span<const std::string_view> words, QuoteSide* sides) {
  bool open = false;
  for (size_t i = 0; i < words.size(); ++i) {
    sides[i] = QuoteSide::kUnknown;
    if (words[i] == "\"") {
      sides[i] = open ? QuoteSide::kClosing : QuoteSide::kOpening;
      open = !open;
    }
  }
}

// Index of the sentence's first word: the first token that is not opening
// punctuation (`` or a bracket); n when there is none.
inline int FirstWordIndex(const TokenInfo* toks, int n) {
  int i = 0;
  while (i < n && (toks[i].fixed_tag == static_cast<uint8_t>(PosTag::kOpenQuote) ||
                   toks[i].fixed_tag == static_cast<uint8_t>(PosTag::kLeftParen))) {
    ++i;
  }
  return i;
}

}  // namespace casus::tagger

#endif  // CASUS_NLP_TAGGER_FEATURES_H_
