// casus — an event while the document assembler puts it together from the
// mentions of a document (Draft), and the parties drafts take from one
// another. Internal to src/assemble.
//
// Pure functions of their arguments; thread-safe.
#ifndef CASUS_ASSEMBLE_DRAFT_H_
#define CASUS_ASSEMBLE_DRAFT_H_

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "casus/date.h"
#include "code/sentence_coder.h"

namespace casus {

// One event while it is being assembled.
struct Draft {
  EventCode code;
  std::optional<ActorSpan> source;
  std::optional<ActorSpan> target;
  std::vector<ClaimMention> claims;
  std::vector<std::pair<AttributionMention, uint32_t>> attributions;  // with sentence
  std::vector<uint32_t> claim_sentences;
  std::vector<uint32_t> sentences;  // indexes into the sentence facts
  std::vector<uint32_t> told_in;    // those telling of it, not only naming it again ("the strike")
  // The mentions that tell of it by a verb: where, and how they name the
  // doer.
  struct Telling {
    uint32_t sentence = 0;
    uint32_t trigger = 0;
    bool named_doer = false;    // a doer named or described ("police")
    bool pronoun_doer = false;  // "they", "it"
  };
  std::vector<Telling> told_by;
  std::vector<std::string> weapons;
  std::optional<Date> date;
  DatePrecision precision = DatePrecision::kDay;
  bool mutual = false;
  bool only_nominal = true;
  std::string about;                 // EventMention::about of its first mention that had one
  bool date_told_aside = false;      // `date` is of a sentence telling of another act
  std::optional<ActorSpan> speaker;  // the person who told of it first, if one did
  std::optional<Location> venue;     // where a statement was made, as its sentence says
  // Sentences whose place is only where a statement about it was made
  // ("Turk condemned the detentions in a statement in Geneva").
  std::vector<uint32_t> venue_only;
  bool repressed = false;  // a protest security forces acted against (protests.h)
};

// Adds sentence `s` to those telling `draft`'s act, once.
inline void AddSentence(Draft& draft, uint32_t s) {
  if (std::find(draft.sentences.begin(), draft.sentences.end(), s) == draft.sentences.end()) {
    draft.sentences.push_back(s);
  }
}

// Whether sentence `s` places only a statement about `draft`'s act
// (Draft::venue_only).
inline bool IsVenueOnly(const Draft& draft, uint32_t s) {
  return std::find(draft.venue_only.begin(), draft.venue_only.end(), s) != draft.venue_only.end();
}

// Whether `draft`'s source is a doer told only by what it is ("gunmen", "a
// suicide bomber") while a claim or blame names who did the act: the
// claimant or the one blamed is then the doer.
bool SourceYieldsToClaimOrBlame(const Draft& draft);

// Who did the act of `draft`: its source, else its first claimant, else the
// first actor blamed for it (SourceYieldsToClaimOrBlame).
std::optional<ActorSpan> Perpetrator(const Draft& draft);

// A blow by a party named at doers told only by what they are ("security
// forces killed four attackers").
bool IsBlowAtDescribedDoers(const Draft& draft);

// Who the doers hit by the blow `drafts[i]` (IsBlowAtDescribedDoers) are:
// the named doer of the latest attack told before it (or dated before it)
// by others than its striker ("Gunmen stormed the college ... al Shabaab
// claimed the attack ... security forces killed four gunmen": al
// Shabaab). None when that attack's doer is a state's or named by no one.
std::optional<ActorSpan> DoersHit(const std::vector<Draft>& drafts, size_t i);

// The party the statement `drafts[i]` answers when it names none, from the
// event it is about (Draft::about): the attackers of a condemned attack
// ("Iraq condemned the attack"), the report's first attack first, as
// reactions answer the event a report leads with; the doers of the first
// act done, not said, for an act named by no trigger ("condemned the
// move", "shocked by the decision"); the accusers of a
// rejected accusation, the nearest first, earlier before later — who
// accused the speaker's side ("Pompeo blamed Iran" ... "Iran dismissed the
// accusation"), else the side hit by the attack it is accused of ("denied
// any involvement in the strike that killed three American soldiers"); the
// claimants of a rejected claim, when an attack was claimed; whoever seized
// what a demand asks to have released; for a threat to go on attacking
// (OWN_ASSAULT), whom the speaker's side attacked, the nearest first. Never
// the speaker's own side.
std::optional<ActorSpan> PartyAddressed(const std::vector<Draft>& drafts, size_t i);

}  // namespace casus

#endif  // CASUS_ASSEMBLE_DRAFT_H_
