// casus — the word classes CountReader reads, and its number parser.
//
// Flags live in the high bits of a ReadingWordTable value; the low 8 bits
// hold a payload (a number word's value, a scale's power of ten, or a
// casualty kind: 1 killed, 2 injured, 3 casualties).
//
// Thread safety: the table is built once and only read afterwards.
#ifndef CASUS_NLP_COUNT_WORDS_H_
#define CASUS_NLP_COUNT_WORDS_H_

#include <cstdint>
#include <optional>
#include <span>

#include "casus/document.h"
#include "nlp/count_reader.h"
#include "nlp/reading_words.h"

namespace casus::reading {

enum CountWordFlag : uint32_t {
  kCwNumber = 1u << 8,           // zero..ninety; payload = value
  kCwScale = 1u << 9,            // hundred/thousand/million/billion; payload = power of ten
  kCwEstimate = 1u << 10,        // dozens, scores, several, ... (read by name)
  kCwModifier = 1u << 11,        // first word of "at least", "more than", ...
  kCwPersonPlural = 1u << 12,    // people, soldiers, ...
  kCwPersonSingular = 1u << 13,  // soldier, civilian, ...
  kCwCasualtyNoun = 1u << 14,    // deaths, injuries, casualties; payload = kind
  kCwWeapon = 1u << 15,          // rockets, drones, ...
  kCwThing = 1u << 16,           // counted non-people: vehicles, days, km, ...
  kCwStop = 1u << 17,            // ends a noun phrase: verbs, prepositions, ...
  kCwAuxiliary = 1u << 18,       // was, were, reportedly, ... (between subject and participle)
  kCwParticiple = 1u << 19,      // killed, dead, died, wounded, ...; payload = kind
  kCwActiveVerb = 1u << 20,      // kill, killed, killing, wounding, ...; payload = kind
  kCwTrigger = 1u << 21,         // any casualty word: the pre-check
  kCwSubsetCue = 1u << 22,       // including, among, mostly, ...
  kCwNegation = 1u << 23,        // not, n't, never, without, no
  kCwDeterminer = 1u << 24,      // the, his, her, their, its
  kCwMonth = 1u << 25,           // months and their abbreviations: "Jan. 3" is no count
  kCwTollVerb = 1u << 26,        // to, at, of, reached, ...: before a toll's figure
};
inline int CountPayload(uint32_t value) { return static_cast<int>(value & 0xFF); }

void BuildCountWords(ReadingWordTable& table);

// A number read at a token, with whether it was only an article ("a",
// "an", "another": 1 if a person noun follows).
struct NumberRead {
  Quantity quantity;
  bool article = false;
};

std::optional<NumberRead> ReadNumber(const SentenceWords& words, const CountReaderOptions& options,
                                     std::span<const Token> tokens, uint32_t at,
                                     bool allow_article);

}  // namespace casus::reading

#endif  // CASUS_NLP_COUNT_WORDS_H_
