// Statements of intent: what an actor says it will, will not, or threatens
// to do.
//
// PLOVER and CAMEO code a stated intention as an event of its own — "Syria
// is willing to withdraw its troops" is AGREE (CAMEO 03, intent to
// cooperate or yield), "the rebels said they would blockade the capital"
// is THREATEN (CAMEO 13), "Israel will not accept more refugees" is REJECT
// (CAMEO 12) — while the act intended has not happened and is not coded as
// such. A clause obliging another actor in reported speech ("Russia said
// Sudan must return the helicopter") is a REQUEST from the speaker to that
// actor (CAMEO 10).
//
// ClassifyIntent reads the clause structure only: future and conditional
// auxiliaries, negation, the governing verb of an infinitive ("offered to",
// "refused to", "threatened to") or adjective ("ready to", "willing to"),
// and an ultimatum ("... unless"). IntentCode maps the act's own code to
// the code of the statement.
//
// Thread safety: pure functions.
#ifndef CASUS_CODE_INTENT_H_
#define CASUS_CODE_INTENT_H_

#include <optional>
#include <span>
#include <string_view>

#include "code/event_dictionary.h"
#include "nlp/clause_analyzer.h"

namespace casus {

enum class Intent : uint8_t {
  kNone,        // a report of something done (or neither fact nor intent)
  kWill,        // "will withdraw", "offered to mediate", "is ready to send troops"
  kWillNot,     // "will not accept", "refused to meet", "declined to resign"
  kThreat,      // "threatened to ban", "warned it would strike"
  kUltimatum,   // "will withdraw its force unless ..."
  kObligation,  // "X must return", "X should withdraw" (in reported speech)
  kCondition,   // inside "if"/"unless"/"whether": neither fact nor intent
};

// The intent a clause states. `lemmas` are the sentence's lower-case lemmas.
Intent ClassifyIntent(const ClauseAnalysis& analysis, std::span<const std::string_view> lemmas,
                      int clause);

// True when the verb governing an infinitive states the intent itself and
// is coded as its own event ("agreed to", "refused to", "threatened to"):
// the infinitive then only supplies that event's target.
bool GovernorCodesIntent(std::string_view governor_lemma);

// The code of a statement of `intent` to do `act`, or nothing when such a
// statement is not an event (e.g. an intention to investigate).
std::optional<EventCode> IntentCode(Intent intent, const EventCode& act);

}  // namespace casus

#endif  // CASUS_CODE_INTENT_H_
