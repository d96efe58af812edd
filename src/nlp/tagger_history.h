// casus — greedy decoding state of the part-of-speech tagger, shared by
// the trainer and PosTagger: the tag history and its features, the tags
// decided without the model, and sentence-level helpers.
//
// Thread safety: plain values and pure functions.
#ifndef CASUS_NLP_TAGGER_HISTORY_H_
#define CASUS_NLP_TAGGER_HISTORY_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "nlp/pos_tag.h"
#include "nlp/tagger_features.h"

namespace casus::tagger {

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
  // The previous tags with the word's WordNet classes (and whether it is in
  // a mandative or causative context): "to/TO hand", "that the US/NNP
  // cancel", "made the militias/NNS hand".
  const uint64_t lexical = toks[i].lexical | (uint64_t{toks[i].bare_context} << 16);
  keys[8] = Key(kPrevTagLexical, Combine(h.prev, lexical));
  keys[9] = Key(kPrevTwoTagsLexical, Combine(h.prev * 256u + h.prev2, lexical));
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

#endif  // CASUS_NLP_TAGGER_HISTORY_H_
