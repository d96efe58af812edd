#include "nlp/clause_words.h"

#include "base/word_set.h"

namespace casus::clauses {

bool IsNegation(std::string_view lemma) { return IsAny(lemma, {"not", "n't", "never", "no"}); }

bool IsObjectControlVerb(std::string_view lemma) {
  return IsAny(
      lemma, {"urge",      "ask",       "order",     "tell",      "force",    "allow",    "permit",
              "persuade",  "invite",    "encourage", "call",      "compel",   "instruct", "direct",
              "authorize", "authorise", "enable",    "help",      "want",     "expect",   "require",
              "warn",      "advise",    "press",     "pressure",  "push",     "lead",     "cause",
              "get",       "appeal",    "beg",       "challenge", "convince", "oblige",   "empower",
              "train",     "send",      "deploy",    "dispatch",  "prompt",   "inspire",  "need",
              "leave",     "pay",       "hire",      "recruit",   "mobilize", "mobilise", "tempt",
              "forbid",    "prohibit",  "ban",       "bar",       "summon",   "request",  "demand",
              "command",   "assign",    "appoint",   "elect",     "let",      "make",     "watch",
              "see"});
}

// The verbs of speaking and of stating a finding or a decision.
constexpr WordSet<44> kSpeechLemmas{
    {"say",       "tell",      "add",       "state",    "announce", "claim",  "report",
     "note",      "confirm",   "warn",      "insist",   "explain",  "allege", "acknowledge",
     "write",     "declare",   "believe",   "suggest",  "argue",    "admit",  "tweet",
     "deny",      "reiterate", "conclude",  "stress",   "demand",   "urge",   "ask",
     "request",   "propose",   "recommend", "threaten", "promise",  "pledge", "vow",
     "agree",     "decide",    "order",     "rule",     "predict",  "hope",   "fear",
     "determine", "find"}};

bool IsSpeechLemma(std::string_view lemma) { return kSpeechLemmas.contains(lemma); }

bool IsJudgementAdjective(std::string_view lemma) {
  return IsAny(lemma, {"likely", "unlikely", "clear", "possible", "probable", "certain", "evident",
                       "obvious", "plain", "true"});
}

bool IsSubordinator(std::string_view lemma) {
  return IsAny(lemma, {"that", "if", "unless", "because", "although", "though", "whether", "while",
                       "whereas"});
}

bool StartsNp(T tag) {
  return tag == T::kDT || tag == T::kPDT || tag == T::kPRPS || tag == T::kCD || IsAdjective(tag) ||
         IsNoun(tag);
}

bool IsHeadTag(T tag) { return IsNoun(tag) || tag == T::kCD || tag == T::kPRP; }

}  // namespace casus::clauses
