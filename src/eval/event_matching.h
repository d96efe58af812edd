// How `casus eval` pairs predicted events with gold events and judges each
// field of a pair.
//
// Eligibility (contract §2): a predicted event may stand for a gold event
// when the PLOVER types are equal, the dates are within `date_tolerance_days`
// (when both have a date; a gold date of null matches any date) and the
// location countries are equal (when the gold event names a country; a gold
// event without location or at sea accepts any). Among eligible pairs,
// MatchEvents picks the one-to-one assignment with the most pairs and, among
// those, the highest total compatibility (dates, actors, mode, place and
// fatalities agreeing) — an optimal assignment (Hungarian algorithm), so the
// result never depends on the order events were written in.
//
// PairForAccuracy pairs events without the eligibility rule, preferring equal
// types: it answers "what did casus make of this gold event?" for the
// per-gold-event accuracies (type, source and target country), which the
// PLOVER development records — one coded sentence each — are scored on.
//
// Thread safety: pure functions.
#ifndef CASUS_EVAL_EVENT_MATCHING_H_
#define CASUS_EVAL_EVENT_MATCHING_H_

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "casus/records.h"
#include "eval/gold.h"

namespace casus {

struct MatchOptions {
  int date_tolerance_days = 1;
  double place_tolerance_km = 50;
};

// The fields judged on a matched pair, in report order.
enum class EvalField : uint8_t {
  kMode,
  kDate,
  kCountry,  // location country
  kPlace,    // within place_tolerance_km, scored when the gold gives coordinates
  kActor1,
  kActor2,
  kActor1Country,  // source country
  kActor2Country,  // target country
  kClaimedBy,
  kAttributedTo,
  kSponsors,
  kFatalities,
  kInjuries,
  kHedged,
};
inline constexpr size_t kEvalFieldCount = 14;
std::string_view EvalFieldName(EvalField field);  // "mode", "actor1_country", ...
std::array<EvalField, kEvalFieldCount> AllEvalFields();

// One field of one pair: whether it was scored (the gold gives it) and
// whether casus got it right, with both values for the diff.
struct FieldVerdict {
  EvalField field = EvalField::kMode;
  bool correct = false;
  std::string gold;  // rendered for people: "2021-02-15", "IRN", "null"
  std::string predicted;
};

struct EventPair {
  size_t gold = 0;       // index into the gold events
  size_t predicted = 0;  // index into the predicted events
};

// True when `predicted` names the actor `gold` describes: its canonical name
// or its text equals one of the gold names after ActorNameKey folding; a
// gold actor without names matches on country and sector (each compared
// only when the gold gives it).
bool ActorMatches(const GoldActor& gold, const Actor& predicted);
// Any of the alternatives matches. An empty slot (null) matches only an
// absent or empty predicted actor, or the "Unidentified Armed Group" casus
// codes (as ACLED does) when no perpetrator is named.
bool ActorSlotMatches(const std::vector<GoldActor>& gold, const std::optional<Actor>& predicted);

// Whether `predicted` is compared with `gold` with its actors swapped: an
// agreement has no direction ("Saudi Arabia and Iran agreed" is coded one
// way by one annotator, the other by another), so its actors are read in
// the order that matches more of the gold's actors; any other event as it is.
bool ComparedReversed(const GoldEvent& gold, const Event& predicted);
// predicted.actor1 (side 1) or actor2 (side 2), as compared with `gold`.
const std::optional<Actor>& ComparedSide(const GoldEvent& gold, const Event& predicted, int side);

bool Eligible(const GoldEvent& gold, const Event& predicted, const MatchOptions& options);
// How well a pair agrees beyond eligibility, 0..7; used to choose among
// eligible pairs.
double Compatibility(const GoldEvent& gold, const Event& predicted, const MatchOptions& options);

// The optimal one-to-one matching of eligible pairs, sorted by gold index.
std::vector<EventPair> MatchEvents(const std::vector<GoldEvent>& gold,
                                   const std::vector<Event>& predicted,
                                   const MatchOptions& options);
// Pairs every gold event with a predicted event if there are enough,
// ignoring eligibility: equal types first, then compatibility. Sorted by
// gold index.
std::vector<EventPair> PairForAccuracy(const std::vector<GoldEvent>& gold,
                                       const std::vector<Event>& predicted,
                                       const MatchOptions& options);

// The verdicts on every field the gold event gives (fields it leaves out are
// absent from the result).
std::vector<FieldVerdict> JudgeFields(const GoldEvent& gold, const Event& predicted,
                                      const MatchOptions& options);

// Maximum-weight one-to-one assignment: weights[i][j] > 0 marks an allowed
// pair. Returns the pairs (i, j) of an assignment that maximises the total
// weight. Exposed for tests.
std::vector<EventPair> MaximumWeightAssignment(const std::vector<std::vector<double>>& weights);

}  // namespace casus

#endif  // CASUS_EVAL_EVENT_MATCHING_H_
