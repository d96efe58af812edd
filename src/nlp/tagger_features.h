// casus — the feature set of the part-of-speech tagger, shared by the
// trainer and the run-time tagger so both see exactly the same features.
//
// A sentence is first described token by token (TokenInfo: hashes of the
// normalised word, its affixes and shape, flags, the lexicon's verdict), then
// the greedy decoder (tagger_history.h) asks for the static feature keys of
// position i and adds those of the tags it has assigned. Features are 64-bit
// hashes of (template, value); no strings are built while tagging.
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

#include "nlp/feature_hash.h"
#include "nlp/pos_tag.h"
#include "nlp/tagger_lexical.h"

namespace casus::tagger {

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
  // Affixes are filled by DescribeAffixes and read only for the tokens the
  // model tags; suffix[2] by DescribeToken (neighbours read it).
  uint64_t suffix[4] = {};    // hashes of the last 1..4 bytes of the lower-case form (0: too short)
  uint64_t prefix[3] = {};    // hashes of the first 1..3 bytes (0: too short)
  uint64_t hyphen_first = 0;  // lower-case part before the first hyphen (with kHasHyphen)
  uint64_t hyphen_last = 0;   // lower-case part after the last hyphen (with kHasHyphen)
  uint32_t shape = 0;         // hash of the condensed shape ("Xx", "d,d", "x-Xx")
  uint8_t flags = 0;
  uint8_t word_class = kWordUnknown;
  uint8_t listed = 0;          // 1 when the lexicon lists the lower-case form
  uint8_t dict_tag = kNoTag;   // unambiguous frequent word: its tag (filled from the lexicon)
  uint8_t fixed_tag = kNoTag;  // punctuation, numbers: tag decided without the model
  // 1 when a word known only as a finite verb ("were", "is", "has", "would")
  // follows in the same clause: "soldiers killed in the attack were" reads
  // "killed" as a participle, "a strike killed 12 people ," as past tense.
  uint8_t finite_ahead = 0;
  // Where a verb may be a bare infinitive or subjunctive (VB) after a
  // subject: kMandativeClause inside a "that" clause after a mandative word
  // ("demanded that the US cancel", "essential that the truce hold"),
  // kCausativeObject after a causative or perception verb ("made the
  // militias hand over", "watched the jets strike"); 0 elsewhere.
  uint8_t bare_context = 0;
  // 1 when this word and the one before it form a WordNet phrasal verb
  // ("handed over", "carry out"): the word is likely a particle (RP).
  uint8_t phrasal = 0;
  uint16_t lexical = 0;  // WordNet classes (kCanNoun ...), from the lexicon
};

// Describes one token: everything but word_class and dict_tag (from the
// model's lexicon) and the affixes other than suffix[2] (DescribeAffixes,
// needed only for tokens the model tags). `quote` decides a straight '"'.
void DescribeToken(std::string_view text, QuoteSide quote, TokenInfo* info);
void DescribeAffixes(std::string_view text, QuoteSide quote, TokenInfo* info);

// Sets TokenInfo::finite_ahead, scanning right to left: a clause ends at
// punctuation (, : . and brackets), a conjunction or a wh-word.
void MarkFiniteVerbsAhead(std::span<TokenInfo> infos);

// Sets TokenInfo::bare_context: kMandativeClause on the tokens of a "that"
// clause whose "that" follows a mandative word (demand, insist, urge,
// recommend, propose, request, require, ask, essential, vital, ...),
// kCausativeObject on the tokens after a causative or perception verb (let,
// make, help, see, watch, hear), each up to the clause's end. Reads the
// kMandativeWord and kCausativeVerb bits of TokenInfo::lexical.
inline constexpr uint8_t kMandativeClause = 1;
inline constexpr uint8_t kCausativeObject = 2;
void MarkBareVerbContexts(std::span<TokenInfo> infos);

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
  kLexical,
  kNextLexical,
  kAfterToWord,
  kAfterToNext,
  kPrevTagLexical,
  kPrevTwoTagsLexical,
  kLexicalSuffix,
  kPhrasalParticle,
  kBeforeParticle,
};

inline const uint64_t kToHash = HashString("to");

inline uint64_t Key(uint64_t templ, uint64_t value) { return Combine(templ, value); }

// Features come in two parts: the static features of position i, which
// depend only on the words (and can be looked up ahead of decoding), and the
// features of the tags already assigned to i-1 and i-2 (kStartTag before the
// sentence). A token's feature list is its static features followed by its
// tag features, in this order, in training and in tagging alike.
inline constexpr int kMaxStaticFeatures = 34;
inline constexpr int kTagFeatures = 10;
inline constexpr int kMaxFeatures = kMaxStaticFeatures + kTagFeatures;

// The features of the word itself, whatever its neighbours and position:
// they open every token's list, so a tagger may sum their weights once per
// word and mode (pos_tagger.cc). Writes them to `keys` and returns their
// number (at most kMaxWordFeatures). `t.lexical` is read as final.
inline constexpr int kMaxWordFeatures = 16;
inline int CollectWordFeatures(const TokenInfo& t, HeadlineMode mode, uint64_t* keys) {
  const uint64_t m = static_cast<uint64_t>(mode);
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
  if (t.flags & kHasHyphen) {
    keys[k++] = Key(kHyphenFirst, t.hyphen_first);
    keys[k++] = Key(kHyphenLast, t.hyphen_last);
  }
  if (t.flags & kArabicName) keys[k++] = Key(kArabicNameFlag, 1);
  // WordNet classes, alone and with the suffix.
  keys[k++] = Key(kLexical, t.lexical);
  keys[k++] = Key(kLexicalSuffix, Combine(t.lexical & 0xFF, t.suffix[1]));
  return k;
}

// Writes the static features of position i (0 <= i < n) to `keys` and
// returns their number (at most kMaxStaticFeatures): the word's own
// (CollectWordFeatures), then those of its position and neighbours.
// `first`: i is the sentence's first word.
inline int CollectStaticFeatures(const TokenInfo* toks, int n, int i, HeadlineMode mode, bool first,
                                 uint64_t* keys) {
  const TokenInfo& t = toks[i];
  const uint64_t m = static_cast<uint64_t>(mode);
  const uint64_t w_prev = i > 0 ? toks[i - 1].lower : kStartHash;
  const uint64_t w_prev2 = i > 1 ? toks[i - 2].lower : kStartHash;
  const uint64_t w_next = i + 1 < n ? toks[i + 1].lower : kEndHash;
  const uint64_t w_next2 = i + 2 < n ? toks[i + 2].lower : kEndHash;
  int k = CollectWordFeatures(t, mode, keys);
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
  keys[k++] = Key(kPrevWordWord, Combine(w_prev, t.lower));
  keys[k++] = Key(kFiniteAhead, Combine(t.finite_ahead, t.suffix[1]));
  if (i + 1 < n) {
    const TokenInfo& nx = toks[i + 1];
    keys[k++] =
        Key(kNextClassCase, (nx.word_class * 8 + (nx.flags & (kInitialCap | kAllCaps))) * 4 + m);
  }
  // WordNet classes of the next word.
  keys[k++] = Key(kNextLexical, i + 1 < n ? toks[i + 1].lexical : 0xFFFF);
  // After "to": the word before "to" ("agreed to", "returned to") and the
  // next word ("to hand over", "to power in") with whether this word may be
  // a verb.
  if (i > 0 && toks[i - 1].lower == kToHash) {
    const uint64_t verb = t.lexical & (kCanVerb | kCanNoun);
    keys[k++] = Key(kAfterToWord, Combine(w_prev2, verb));
    keys[k++] = Key(kAfterToNext, Combine(w_next, verb));
  }
  if (t.phrasal) keys[k++] = Key(kPhrasalParticle, t.lower);
  if (i + 1 < n && toks[i + 1].phrasal) keys[k++] = Key(kBeforeParticle, toks[i + 1].lower);
  return k;
}

}  // namespace casus::tagger

#endif  // CASUS_NLP_TAGGER_FEATURES_H_
