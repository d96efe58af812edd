#include "code/intent.h"

#include <algorithm>
#include <initializer_list>

#include "base/word_lists.h"

namespace casus {
namespace {

// Governors of an infinitive that state an intention to do it.
bool IsIntentGovernor(std::string_view lemma) {
  return IsAny(lemma, {"offer", "promise", "pledge", "vow", "plan", "intend", "prepare",
                       "undertake", "commit", "resolve", "propose", "volunteer", "agree",
                       "announce", "expect", "hope", "want", "wish"});
}

// Adjectives after "be" that state an intention: "is ready to".
bool IsIntentAdjective(std::string_view lemma) {
  return IsAny(lemma, {"willing", "ready", "prepared", "determined", "committed", "eager", "keen",
                       "poised", "set", "happy", "unwilling"});
}

bool IsRefusalGovernor(std::string_view lemma) {
  return IsAny(lemma, {"refuse", "decline", "reject", "fail"});
}

bool IsThreatGovernor(std::string_view lemma) { return IsAny(lemma, {"threaten", "warn"}); }

bool IsCooperative(std::string_view type) {
  return IsAny(type, {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"});
}

bool IsHostile(std::string_view type) {
  return IsAny(type, {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"});
}

// The auxiliary of a finite verb group that makes it a statement about the
// future: "will", "would", "shall", "'ll"; "must"/"should"/"have to" oblige.
enum class Auxiliary { kNone, kFuture, kObligation, kPossibility };

Auxiliary AuxiliaryOf(const VerbGroup& vg, std::span<const std::string_view> lemmas) {
  for (uint32_t i = vg.begin; i < vg.head && i < lemmas.size(); ++i) {
    const std::string_view w = lemmas[i];
    if (IsAny(w, {"will", "would", "shall", "'ll", "wo"})) {
      // "would have done": a counterfactual, not an intention.
      if (i + 1 < vg.head && lemmas[i + 1] == "have") return Auxiliary::kPossibility;
      return Auxiliary::kFuture;
    }
    if (IsAny(w, {"must", "should", "ought"})) return Auxiliary::kObligation;
    if (IsAny(w, {"can", "could", "may", "might"})) return Auxiliary::kPossibility;
  }
  return Auxiliary::kNone;
}

// Is the clause introduced by a subordinator that suspends it ("if it is
// attacked", "whether Iran would respond")?
bool IsConditional(const ClauseAnalysis& a, std::span<const std::string_view> lemmas,
                   const Clause& clause) {
  const VerbGroup& vg = a.verbs[clause.verb];
  // Walk back over the clause's own subject words ("if [it] is attacked",
  // "if [the base] is attacked") to the word that introduces it.
  // "if [Washington or London] struck": from the subject's first conjunct.
  uint32_t start = vg.begin;
  if (clause.subject != kNone) start = std::min<uint32_t>(start, a.nps[clause.subject].begin);
  for (int steps = 0; start > 0 && steps < 6; ++steps) {
    const uint32_t prev = start - 1;
    if (IsAny(lemmas[prev], {"if", "whether", "unless", "lest"})) return true;
    if (a.np_of_token[prev] == kNone) break;
    start = prev;
  }
  return false;
}

// Does one of `words` follow position `from` ("... unless", "... if")?
bool HasAfter(std::span<const std::string_view> lemmas, uint32_t from,
              std::initializer_list<std::string_view> words) {
  for (size_t i = from; i < lemmas.size(); ++i) {
    if (IsAny(lemmas[i], words)) return true;
  }
  return false;
}

EventCode Code(const char* type, const char* mode, const char* cameo) {
  return EventCode{type, mode, cameo, ""};
}

}  // namespace

bool GovernorCodesIntent(std::string_view governor_lemma) {
  return IsAny(governor_lemma, {"agree", "refuse", "reject", "threaten", "warn", "decline"});
}

Intent ClassifyIntent(const ClauseAnalysis& a, std::span<const std::string_view> lemmas, int c) {
  if (c == kNone) return Intent::kNone;
  const Clause& clause = a.clauses[c];
  if (clause.link == ClauseLink::kRelative) return Intent::kNone;
  const VerbGroup& vg = a.verbs[clause.verb];
  if (IsConditional(a, lemmas, clause)) return Intent::kCondition;

  if (clause.link == ClauseLink::kInfinitive && clause.governor != kNone) {
    const Clause& gov = a.clauses[clause.governor];
    const VerbGroup& gvg = a.verbs[gov.verb];
    const std::string_view glemma = lemmas[gvg.head];
    if (IsConditional(a, lemmas, gov)) return Intent::kCondition;
    Intent intent = Intent::kNone;
    if (IsRefusalGovernor(glemma)) {
      intent = gvg.negated ? Intent::kNone : Intent::kWillNot;
    } else if (IsThreatGovernor(glemma)) {
      intent = gvg.negated ? Intent::kNone : Intent::kThreat;
    } else if (IsIntentGovernor(glemma)) {
      intent = gvg.negated ? Intent::kWillNot : Intent::kWill;
    } else if (glemma == "be" && gvg.end < lemmas.size() && IsIntentAdjective(lemmas[gvg.end])) {
      const bool unwilling = lemmas[gvg.end] == "unwilling";
      intent = gvg.negated != unwilling ? Intent::kWillNot : Intent::kWill;
    } else if (glemma == "be" && gvg.end + 1 < lemmas.size() && lemmas[gvg.end] == "go") {
      intent = gvg.negated ? Intent::kWillNot : Intent::kWill;  // "is going to"
    } else if (glemma == "hesitate" && gvg.negated && (gvg.modal || gvg.tense == Tense::kFuture)) {
      intent = Intent::kWill;  // "would not hesitate to use sanctions"
    }
    if (intent == Intent::kWill && HasAfter(lemmas, vg.end, {"unless"})) return Intent::kUltimatum;
    return intent;
  }

  // "would keep targeting ships", "will continue attacking": the act kept
  // up has the intent of the verb keeping it up.
  if (vg.form == VerbForm::kGerund && clause.link == ClauseLink::kComplement &&
      clause.governor != kNone && clause.governor != c) {
    const std::string_view glemma = lemmas[a.verbs[a.clauses[clause.governor].verb].head];
    if (glemma == "keep" || glemma == "continue" || glemma == "resume") {
      return ClassifyIntent(a, lemmas, clause.governor);
    }
  }
  if (vg.form != VerbForm::kFinite) return Intent::kNone;
  switch (AuxiliaryOf(vg, lemmas)) {
    case Auxiliary::kFuture:
      if (vg.negated) return Intent::kWillNot;
      return HasAfter(lemmas, vg.end, {"unless"}) ? Intent::kUltimatum : Intent::kWill;
    case Auxiliary::kObligation:
      return vg.negated ? Intent::kNone : Intent::kObligation;
    case Auxiliary::kPossibility:
      // "may halt its mediation if the fighting goes on": a conditional
      // statement of what the speaker will do.
      if (!vg.negated && HasAfter(lemmas, vg.end, {"if", "unless"})) return Intent::kWill;
      return Intent::kNone;
    default:
      return Intent::kNone;
  }
}

std::optional<EventCode> IntentCode(Intent intent, const EventCode& act) {
  const std::string_view type = act.type;
  const std::string_view mode = act.mode;
  switch (intent) {
    case Intent::kWill:
      if (IsHostile(type)) return IntentCode(Intent::kThreat, act);
      if (!IsCooperative(type)) return std::nullopt;
      if (type == "AID") return Code("AGREE", "", "033");
      if (type == "CONSULT") return Code("AGREE", "", "036");
      if (type == "CONCEDE" || type == "RETREAT") return Code("AGREE", "", "035");
      if (type == "COOPERATE") return Code("AGREE", "", "031");
      if (type == "SUPPORT") return Code("AGREE", "", "032");
      return Code("AGREE", "", "030");
    case Intent::kWillNot:
      if (!IsCooperative(type)) return std::nullopt;
      if (type == "AID") return Code("REJECT", "assist", "122");
      if (type == "CONSULT") return Code("REJECT", "meet", "125");
      if (type == "CONCEDE" || type == "RETREAT") return Code("REJECT", "yield", "124");
      return Code("REJECT", "", "120");
    case Intent::kThreat:
    case Intent::kUltimatum:
      if (type == "ASSAULT" || type == "MOBILIZE") return Code("THREATEN", "violence", "138");
      if (type == "COERCE") {
        if (mode == "arrest") return Code("THREATEN", "arrest", "137");
        if (mode == "deport") return Code("THREATEN", "expel", "137");
        if (mode == "seize") return Code("THREATEN", "territory", "130");
        return Code("THREATEN", "restrict", "132");
      }
      if (type == "SANCTION") {
        if (mode == "expel") return Code("THREATEN", "expel", "131");
        return Code("THREATEN", "relations", "131");
      }
      if (type == "PROTEST") return Code("THREATEN", "", "133");
      if (intent == Intent::kUltimatum && IsCooperative(type)) return Code("THREATEN", "", "139");
      return std::nullopt;
    case Intent::kObligation: {
      if (type == "AID") return Code("REQUEST", "assist", "102");
      if (type == "CONSULT") return Code("REQUEST", "meet", "104");
      if (type == "CONCEDE" || type == "RETREAT") return Code("REQUEST", "yield", "105");
      if (type == "REQUEST" || type == "ACCUSE" || type == "REJECT") return std::nullopt;
      return Code("REQUEST", "change", "100");
    }
    case Intent::kNone:
    case Intent::kCondition:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace casus
