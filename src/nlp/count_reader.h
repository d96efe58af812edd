// casus — CountReader: numbers in words and digits, and the casualty counts
// of one sentence (killed, injured, unspecified casualties).
//
// Numbers ("six", "twenty-one", "1,500", "2.5 million", "a dozen",
// "dozens", "at least five", "more than 40", "between 10 and 15") are read
// into a Quantity whose `value` is the conservative figure casus reports,
// following ACLED's rule of the lowest credible figure:
//   more than / over / at least / upwards of N   → N        (kAtLeast)
//   about / around / some / nearly / almost N     → N        (kAbout)
//   up to / as many as N                          → N        (kAtMost: the one
//                                                   figure the text gives)
//   fewer than / less than / under N              → N        (kLessThan: not a
//                                                   count; Read() ignores it)
//   N to M, N-M, between N and M, N or M           → N        (kRange, high = M)
//   dozens 12, tens 10, scores 20, hundreds 100, thousands 1000, tens of
//   thousands 10000, several 3, a few 2, a handful 3, a couple 2 (vague).
//   "a"/"an"/"another"/"the" count 1 only before a known person noun
//   ("killing a civilian contractor"); "both" is 2; "no one", "nobody",
//   "none" are 0.
//
// Read() attaches counts to the people they count and sums coordinated
// groups: "two American service members and a British soldier were
// killed" → killed 3; "killed three soldiers, two police officers and a
// civilian" → 6; "killing 12 people and wounding 30" → 12 and 30. Patterns:
//   active     kill/wound/injure/hurt (+ "claimed the lives of", "the deaths
//              of", "shot dead", "gunned down") followed by the group;
//   passive    the group, then auxiliaries/adverbs (was, were, have been,
//              reportedly, ...), then killed/dead/died/wounded/injured/hurt
//              ("five were injured", "at least 14 killed", "leaving 3
//              dead", "one person was killed and six others wounded");
//              "suffered/sustained ... injuries" is injured;
//   nouns      "12 deaths", "30 injuries", "dozens of casualties";
//              The group may carry an "of" phrase ("three members of the
//              PMF were killed", "the son of a tribal leader and two of his
//              guards": the possessor is not counted) or a relative clause
//              ("six guards who were posted outside were wounded");
//   tolls      "the death toll rose to 25", "the number of dead climbed to
//              18" (a cumulative figure: the sentence total is the larger of
//              the toll and the sum);
//   zeros      "no one was hurt", "nobody was killed", "no casualties", "no
//              deaths", "no injuries", "without casualties", "did not cause
//              any casualties". "No immediate reports of casualties" says
//              nothing and gives no count. Nobody hurt or injured also
//              means nobody killed (0) unless the sentence counts deaths.
// Subsets ("including three children", "among them", "12 people, 3 of them
// children", "three children were among the dead", "two were killed, one
// in Basra and one in Amarah") are not added: the kind's figure is the
// larger of the main sum and the subset sum. Counts after "if", "unless"
// or "whether" are hypothetical and dropped. Counted non-people ("five
// rockets", "two drones") are never casualties; weapon counts are
// reported separately. Pronouns ("he was killed") and names ("killed
// Soleimani") are not counted: a count needs a number, an article or a
// determiner before a person noun.
//
// Thread safety: immutable after construction; const methods are safe to
// call from many threads.
#ifndef CASUS_NLP_COUNT_READER_H_
#define CASUS_NLP_COUNT_READER_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "nlp/reading_words.h"

namespace casus {

enum class QuantityBound : uint8_t { kExact, kAtLeast, kAbout, kAtMost, kLessThan, kRange };
std::string_view ToString(QuantityBound bound);

struct Quantity {
  int64_t value = 0;            // the conservative figure (see above)
  std::optional<int64_t> high;  // the upper figure of a range
  QuantityBound bound = QuantityBound::kExact;
  bool vague = false;        // a word estimate: "dozens", "several"
  uint32_t first_token = 0;  // [first_token, end_token) in the sentence,
  uint32_t end_token = 0;    // modifiers included ("at least five")
};

enum class CasualtyKind : uint8_t { kKilled, kInjured, kCasualties };
std::string_view ToString(CasualtyKind kind);

// One count attached to a casualty word.
struct CasualtyMention {
  CasualtyKind kind = CasualtyKind::kKilled;
  int64_t count = 0;
  QuantityBound bound = QuantityBound::kExact;  // the loosest bound in the group
  bool vague = false;
  bool total = false;          // a cumulative toll
  bool subset = false;         // "including three children": part of another count
  uint32_t first_token = 0;    // the counted phrase ("three soldiers, two police
  uint32_t end_token = 0;      // officers and a civilian")
  uint32_t trigger_token = 0;  // "killed", "toll", "deaths", ...
};

// A counted thing that is not a person ("five rockets").
struct CountedItem {
  Quantity quantity;
  uint32_t noun_token = 0;
};

struct CasualtyCounts {
  std::optional<int64_t> killed;
  std::optional<int64_t> injured;
  std::optional<int64_t> casualties;      // killed and injured together, unsplit
  std::vector<CasualtyMention> mentions;  // the evidence, in text order
  std::vector<CountedItem> weapons;
};

struct CountReaderOptions {
  int64_t several = 3;  // "several"
  int64_t a_few = 2;    // "a few"
};

class CountReader {
 public:
  explicit CountReader(CountReaderOptions options = {});

  // The number starting at token `at` ("at least five", "1,500", "dozens",
  // "twenty-one"), or nullopt. A lone article is not a number here.
  std::optional<Quantity> ParseNumber(std::span<const Token> sentence, uint32_t at) const;

  // The casualty counts of one sentence.
  CasualtyCounts Read(std::span<const Token> sentence) const;

  // Cheap pre-check: false when the sentence has no casualty or weapon
  // word, so Read() would return nothing.
  bool MayContainCounts(std::span<const Token> sentence) const;

 private:
  CountReaderOptions options_;
  reading::ReadingWordTable words_;
  reading::ReadingWordTable triggers_;  // casualty and weapon words: the pre-check
};

}  // namespace casus

#endif  // CASUS_NLP_COUNT_READER_H_
