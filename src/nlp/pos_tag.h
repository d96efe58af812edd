// casus — part-of-speech tags: the Penn Treebank tag set.
//
// Every tag casus assigns is one of the 45 Penn Treebank tags below (36 word
// tags plus 9 punctuation tags). The tagger is trained on the Brown corpus,
// whose tags are mapped onto this set (see brown_corpus.h for the mapping).
//
// Thread safety: constant data and pure functions.
#ifndef CASUS_NLP_POS_TAG_H_
#define CASUS_NLP_POS_TAG_H_

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace casus {

enum class PosTag : uint8_t {
  kCC,          // coordinating conjunction: and, or, but, &
  kCD,          // cardinal number: 3, 1,500, 2021-02-15, three
  kDT,          // determiner: the, a, this, some, any
  kEX,          // existential there
  kFW,          // foreign word
  kIN,          // preposition or subordinating conjunction: in, of, that, because
  kJJ,          // adjective: Iran-backed, military, first
  kJJR,         // comparative adjective: larger, more
  kJJS,         // superlative adjective: largest, most
  kLS,          // list item marker
  kMD,          // modal: will, could, must
  kNN,          // singular or mass noun: attack, militia, %
  kNNS,         // plural noun: attacks, militias
  kNNP,         // singular proper noun: Erbil, Kataib, al-Muhandis
  kNNPS,        // plural proper noun: Houthis, Americans
  kPDT,         // predeterminer: all (the), half (the), such (a)
  kPOS,         // possessive ending: 's, '
  kPRP,         // personal pronoun: he, they, it, themselves
  kPRPS,        // possessive pronoun: his, their (Penn "PRP$")
  kRB,          // adverb: not, reportedly, very
  kRBR,         // comparative adverb
  kRBS,         // superlative adverb
  kRP,          // particle: (blew) up, (carried) out
  kSYM,         // symbol
  kTO,          // to
  kUH,          // interjection
  kVB,          // verb, base form: (to) strike, (will) attack
  kVBD,         // verb, past tense: struck, killed
  kVBG,         // verb, gerund or present participle: attacking
  kVBN,         // verb, past participle: (was) struck, (were) killed
  kVBP,         // verb, present, not third person singular: (they) attack
  kVBZ,         // verb, present, third person singular: (it) attacks
  kWDT,         // wh-determiner: which, that
  kWP,          // wh-pronoun: who, whom, what
  kWPS,         // possessive wh-pronoun: whose (Penn "WP$")
  kWRB,         // wh-adverb: where, when, how
  kDollar,      // $ (and other currency signs)
  kPound,       // #
  kOpenQuote,   // `` “ and opening "
  kCloseQuote,  // '' ” and closing "
  kLeftParen,   // ( [ {   (Penn "-LRB-")
  kRightParen,  // ) ] }   (Penn "-RRB-")
  kComma,       // ,
  kPeriod,      // sentence-final . ? !
  kColon,       // : ; -- ... and dashes
};

// The index past one word in brackets at `at` ("... Government (NUG),"),
// else `at`: an acronym in brackets closing a phrase.
inline size_t PastBracketedWord(std::span<const PosTag> tags, size_t at) {
  return at + 2 < tags.size() && tags[at] == PosTag::kLeftParen &&
                 tags[at + 2] == PosTag::kRightParen
             ? at + 3
             : at;
}

inline constexpr int kPosTagCount = static_cast<int>(PosTag::kColon) + 1;

// Penn Treebank spelling of each tag, indexed by the enum value.
inline constexpr std::array<std::string_view, kPosTagCount> kPosTagNames = {
    "CC",  "CD",  "DT",   "EX",  "FW",    "IN",    "JJ",   "JJR", "JJS", "LS",  "MD",  "NN",
    "NNS", "NNP", "NNPS", "PDT", "POS",   "PRP",   "PRP$", "RB",  "RBR", "RBS", "RP",  "SYM",
    "TO",  "UH",  "VB",   "VBD", "VBG",   "VBN",   "VBP",  "VBZ", "WDT", "WP",  "WP$", "WRB",
    "$",   "#",   "``",   "''",  "-LRB-", "-RRB-", ",",    ".",   ":"};

constexpr std::string_view PosTagName(PosTag tag) { return kPosTagNames[static_cast<size_t>(tag)]; }

// Parses a Penn tag name ("NNS", "PRP$", "-LRB-"; "(" and ")" are accepted
// for the brackets). Returns nullopt for anything else.
constexpr std::optional<PosTag> ParsePosTag(std::string_view name) {
  if (name == "(") return PosTag::kLeftParen;
  if (name == ")") return PosTag::kRightParen;
  for (size_t i = 0; i < kPosTagNames.size(); ++i) {
    if (kPosTagNames[i] == name) return static_cast<PosTag>(i);
  }
  return std::nullopt;
}

// Coarse classes downstream stages ask about.
constexpr bool IsNoun(PosTag t) { return t >= PosTag::kNN && t <= PosTag::kNNPS; }
constexpr bool IsProperNoun(PosTag t) { return t == PosTag::kNNP || t == PosTag::kNNPS; }
constexpr bool IsPluralNoun(PosTag t) { return t == PosTag::kNNS || t == PosTag::kNNPS; }
constexpr bool IsVerb(PosTag t) { return t >= PosTag::kVB && t <= PosTag::kVBZ; }
constexpr bool IsAdjective(PosTag t) { return t >= PosTag::kJJ && t <= PosTag::kJJS; }
constexpr bool IsAdverb(PosTag t) { return t >= PosTag::kRB && t <= PosTag::kRBS; }
constexpr bool IsWhWord(PosTag t) { return t >= PosTag::kWDT && t <= PosTag::kWRB; }
constexpr bool IsPunctuation(PosTag t) { return t >= PosTag::kOpenQuote; }

}  // namespace casus

#endif  // CASUS_NLP_POS_TAG_H_
