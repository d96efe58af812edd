// casus — HedgeDetector: finds the words by which a news sentence signals
// that what it reports is not established fact.
//
// Cues (case-insensitive), by kind:
//   kReported    reportedly, reputedly, rumoured/rumored; "said to be/have",
//                "reported to be/have"
//   kAlleged     allegedly, alleged, purportedly, purported, supposedly;
//                "alleged to"
//   kClaimed     "claimed to", "claims to", "claiming to", "claimed that",
//                "claims that". NOT "claimed responsibility", "claimed the
//                attack", "claimed the lives of": those are claims of credit
//                and casualty counts, not hedges.
//   kUnverified  unconfirmed, unverified (with a leading "according to":
//                "according to unverified reports"); a verification word
//                (verify, verified, confirm, confirmed, confirmation,
//                corroborate, established, ascertained, determined) with a
//                negation up to six words before it in
//                the same clause: "could not be independently verified",
//                "did not confirm", "was not immediately confirmed",
//                "unable to verify", "declined to confirm", "no independent
//                confirmation"
//   kUncertain   apparently, apparent, possibly, presumably, probably;
//                "believed to be/have", "thought to be/have", "feared
//                dead/killed", "presumed dead", "may have", "might have";
//                "unclear", "not (immediately/yet) clear", "not known"
//                ("it was not clear whether ...")
// Not hedges: "suspected" (it qualifies an identity, not the event),
// "accused", plain "said"/"confirmed".
//
// Thread safety: immutable after construction; const methods are safe to
// call from many threads.
#ifndef CASUS_NLP_HEDGE_DETECTOR_H_
#define CASUS_NLP_HEDGE_DETECTOR_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "nlp/reading_words.h"

namespace casus {

enum class HedgeKind : uint8_t { kReported, kAlleged, kClaimed, kUnverified, kUncertain };
std::string_view ToString(HedgeKind kind);

struct HedgeCue {
  uint32_t first_token = 0;  // [first_token, end_token) in the sentence
  uint32_t end_token = 0;
  HedgeKind kind = HedgeKind::kReported;
};

struct HedgeReading {
  bool hedged = false;
  std::vector<HedgeCue> cues;  // in text order
};

class HedgeDetector {
 public:
  HedgeDetector();

  HedgeReading Find(std::span<const Token> sentence) const;
  // True when the sentence has at least one cue; allocates nothing.
  bool IsHedged(std::span<const Token> sentence) const;

 private:
  // The cue starting at or ending at token `at`, if any; on success sets
  // `cue` and returns true.
  bool CueAt(std::span<const Token> sentence, uint32_t at, HedgeCue& cue) const;

  reading::ReadingWordTable words_;
};

}  // namespace casus

#endif  // CASUS_NLP_HEDGE_DETECTOR_H_
