// casus — the WordNet side of the part-of-speech tagger's lexicon: the
// class bits the trainer stores for each word (TokenInfo::lexical) and the
// suffix rules that give the same bits for words the lexicon does not list,
// so that training and tagging read every word alike.
//
// The trainer (tools/pos_train.cc) reads WordNet's index and exception
// files once; the tagger never reads WordNet. ContextWordClasses and
// LowerForm are defined in tagger_features.cc.
//
// Thread safety: constants and pure functions.
#ifndef CASUS_NLP_TAGGER_LEXICAL_H_
#define CASUS_NLP_TAGGER_LEXICAL_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "nlp/feature_hash.h"

namespace casus::tagger {

// WordNet classes of a word (TokenInfo::lexical, from the model's lexicon):
// the parts of speech WordNet lists it under, the inflections it can be read
// as (irregular forms from WordNet's exception lists, regular ones by the
// suffix rules of InflectionClasses), and in bits 8-10 the part of speech
// of most of its sense-tagged uses (kMajorNoun...).
inline constexpr uint16_t kCanNoun = 1 << 0;     // in index.noun
inline constexpr uint16_t kCanVerb = 1 << 1;     // in index.verb: may be VB/VBP
inline constexpr uint16_t kCanAdj = 1 << 2;      // in index.adj
inline constexpr uint16_t kCanAdv = 1 << 3;      // in index.adv
inline constexpr uint16_t kPluralNoun = 1 << 4;  // a noun plural ("shells", "men")
inline constexpr uint16_t kVerbS = 1 << 5;       // a verb's -s form ("shells")
inline constexpr uint16_t kVerbPast = 1 << 6;    // a verb's past or participle ("struck")
inline constexpr uint16_t kVerbIng = 1 << 7;     // a verb's -ing form ("shelling")
inline constexpr uint16_t kBaseClasses = 0x0F;   // the four parts of speech
// A lexicon entry keyed by PhrasalKey(verb form, particle) carries this bit:
// WordNet lists the pair as a phrasal verb ("hand over", "carry out").
inline constexpr uint16_t kPhrasalPair = 1 << 12;
// Words that open a context for a bare verb (MarkBareVerbContexts): a
// causative or perception verb (let, made, helped, saw), a mandative word
// before "that" (demanded, insisted, essential).
inline constexpr uint16_t kCausativeVerb = 1 << 13;
inline constexpr uint16_t kMandativeWord = 1 << 14;

inline constexpr uint16_t kMajorNoun = 1 << 8;  // most tagged senses: 1..4 in bits 8-10
inline constexpr int kMajorShift = 8;

// kCausativeVerb and kMandativeWord for a lower-case word, from the lists
// in tagger_features.cc (the trainer stores them in the lexicon).
uint16_t ContextWordClasses(std::string_view lower);

// The inflection bits (kPluralNoun, kVerbS, kVerbPast, kVerbIng) of the
// lower-case word `lower` by the regular suffix rules, given
// base(stem) → the kBaseClasses of a candidate stem (0 when WordNet does not
// know it): "shells" → plural of shell, -s of shell; "droned" → past of
// drone; "stopped" → past of stop. Words shorter than four bytes have none.
template <typename BaseOf>
uint16_t InflectionClasses(std::string_view lower, const BaseOf& base) {
  if (lower.size() < 4 || lower.size() > 40) return 0;
  char buf[48];
  auto stem = [&](size_t cut, std::string_view add) -> uint16_t {
    const size_t n = lower.size() - cut;
    std::memcpy(buf, lower.data(), n);
    std::memcpy(buf + n, add.data(), add.size());
    return base(std::string_view(buf, n + add.size()));
  };
  auto ends = [&](std::string_view suffix) { return lower.ends_with(suffix); };
  auto doubled = [&](size_t cut) {  // "stopped", "shelling" (stem "shell" is checked as is)
    const size_t n = lower.size() - cut;
    return n >= 3 && lower[n - 1] == lower[n - 2] ? stem(cut + 1, "") : uint16_t{0};
  };
  uint16_t out = 0;
  if (ends("s") && !ends("ss")) {
    uint16_t b = stem(1, "");
    if (ends("es")) b |= stem(2, "");
    if (ends("ies")) b |= stem(3, "y");
    if (b & kCanNoun) out |= kPluralNoun;
    if (b & kCanVerb) out |= kVerbS;
  }
  if (ends("men") && (stem(3, "man") & kCanNoun)) out |= kPluralNoun;
  if (ends("ed")) {
    const uint16_t b = stem(2, "") | stem(1, "") | (ends("ied") ? stem(3, "y") : 0) | doubled(2);
    if (b & kCanVerb) out |= kVerbPast;
  }
  if (ends("ing") && lower.size() >= 5) {
    const uint16_t b = stem(3, "") | stem(3, "e") | doubled(3);
    if (b & kCanVerb) out |= kVerbIng;
  }
  return out;
}

// Lexicon key of a (verb form, particle) pair, from their lower-case hashes.
inline uint64_t PhrasalKey(uint64_t verb, uint64_t particle) {
  return Combine(Combine(verb, 0x5048524153414Cull), particle);
}

// Writes the lower-case normalised form of a word (as the lexicon keys it)
// to out[0..64) and returns its length.
size_t LowerForm(std::string_view text, char* out);

}  // namespace casus::tagger

#endif  // CASUS_NLP_TAGGER_LEXICAL_H_
