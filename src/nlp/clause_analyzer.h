// Shallow syntax for event coding: noun-phrase chunks with heads, verb
// groups with tense, voice, negation and modality, and clauses that tie a
// verb group to its subject, object, by-agent and prepositional arguments.
//
// The analyzer is deterministic and linear in sentence length: chunking by
// tag patterns, then argument attachment by position with rules for the
// constructions that matter in news — passives ("a base was struck by
// rockets"), appositions ("Kataib Hezbollah, an Iran-backed militia,"),
// relative and participial clauses ("militias that attacked", "a base
// hosting US troops", "..., killing a contractor"), reported speech
// ("officials said", "X said that ...", "according to X") and coordination
// ("killed two and wounded six"). A real parser may replace it later behind
// the same ClauseAnalysis structure.
//
// Thread safety: ClauseAnalyzer is immutable; Analyze() is const.
#ifndef CASUS_NLP_CLAUSE_ANALYZER_H_
#define CASUS_NLP_CLAUSE_ANALYZER_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "nlp/pos_tag.h"

namespace casus {

// One sentence as the analyzer sees it; all spans have the same length.
// `protected_spans` (optional) are token ranges [begin, end) that must end up
// inside one noun phrase — e.g. actor names found by the knowledge base.
struct TaggedSentence {
  std::span<const Token> tokens;
  std::span<const PosTag> tags;
  std::span<const std::string_view> lemmas;  // lower-case lemmas
  std::span<const std::pair<uint32_t, uint32_t>> protected_spans;
};

inline constexpr int kNone = -1;

struct NounPhrase {
  uint32_t begin = 0;  // token range within the sentence
  uint32_t end = 0;
  uint32_t head = 0;          // the head noun (last noun before any "of" complement)
  int of_complement = kNone;  // NP of a following "of"/"'s"-phrase ("leader of [Hezbollah]")
  int possessor = kNone;      // NP that precedes with 's ("[Iran]'s foreign ministry")
  int apposition = kNone;     // NP in apposition ("X, [an Iran-backed militia],")
  int conjunct = kNone;       // NP coordinated with this one ("Saudi Arabia and [Iran]")
  bool pronoun = false;
};

enum class Voice : uint8_t { kActive, kPassive };
enum class Tense : uint8_t { kPast, kPresent, kFuture, kNone };
enum class VerbForm : uint8_t {
  kFinite,      // "struck", "has claimed", "were killed"
  kInfinitive,  // "to attack"
  kGerund,      // "killing" (participial clause) or "attacking"
  kParticiple,  // bare past participle: "fighters killed in the strike"
};

struct VerbGroup {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t head = 0;     // the main verb
  int particle = kNone;  // token of a particle ("carried out", "blew up")
  Voice voice = Voice::kActive;
  Tense tense = Tense::kNone;
  VerbForm form = VerbForm::kFinite;
  bool negated = false;  // not, n't, never, no longer
  bool modal = false;    // could, may, might, would, should, must, can
  bool perfect = false;  // with "have": "has claimed", "have been killed"
};

enum class ClauseLink : uint8_t {
  kMain,
  kComplement,   // complement of a verb: "said (that) ...", "denied carrying out"
  kInfinitive,   // "vowed to retaliate", "plans to attack"
  kRelative,     // modifies an NP: "militias that attacked", "a base hosting troops"
  kAdverbial,    // ", killing a contractor"
  kCoordinated,  // "... and wounded six": shares the subject of `governor`
};

struct PrepArgument {
  uint32_t prep = 0;  // the preposition token
  int np = kNone;
};

struct Clause {
  int verb = kNone;     // index into ClauseAnalysis::verbs
  int subject = kNone;  // NP indices
  int object = kNone;
  int agent = kNone;  // by-phrase of a passive
  std::vector<PrepArgument> preps;
  ClauseLink link = ClauseLink::kMain;
  int governor = kNone;     // clause this one depends on (by link)
  int modified_np = kNone;  // kRelative: the NP modified
  bool quoted = false;      // inside quotation marks
};

struct ClauseAnalysis {
  std::vector<NounPhrase> nps;
  std::vector<VerbGroup> verbs;
  std::vector<Clause> clauses;  // one per verb group, same order
  // "according to X" / "X said" at the sentence level: the NP of the source
  // of the whole statement, or kNone.
  int attribution_np = kNone;
  // NP index containing token i, or kNone.
  std::vector<int> np_of_token;

  void clear();
};

class ClauseAnalyzer {
 public:
  ClauseAnalyzer() = default;
  // Fills `out` (reusing its capacity).
  void Analyze(const TaggedSentence& sentence, ClauseAnalysis& out) const;
};

// True for forms of "be" and "get" that build a passive.
bool IsPassiveAuxiliary(std::string_view lemma);

}  // namespace casus

#endif  // CASUS_NLP_CLAUSE_ANALYZER_H_
