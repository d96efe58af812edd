// casus — what pronouns and definite descriptions stand for as a document
// is read sentence by sentence ("it", "they", "the group", "the
// government", "he"), for the document assembler. Internal to
// src/assemble.
//
// One Referents per document, fed its sentences in order; not thread-safe
// (it keeps what the sentences so far named).
#ifndef CASUS_ASSEMBLE_REFERENTS_H_
#define CASUS_ASSEMBLE_REFERENTS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "assemble/document_assembler.h"
#include "code/sentence_coder.h"

namespace casus {

class Referents {
 public:
  // Replaces the anaphors among the parties of `facts`' mentions, claims,
  // attributions and relations by what they stand for, then remembers what
  // the sentence named:
  //   "the group", "it": the latest named non-state group that was a party
  //     to what a sentence told (else the latest named), "the umbrella",
  //     "the front" the latest of that kind;
  //   "he", "she": the first person named in the latest sentence naming one;
  //   "the government", "the ministry": the latest government that did
  //     something;
  //   "it" speaking: the body the speaker stands for ("the government said
  //     it would ...") or the body that spoke in the sentence before;
  //   "we" in a quotation going on from the sentence before: its speaker;
  //   an official of no country named ("Foreign ministry spokeswoman X")
  //     right after a sentence in which a government acted: of its country;
  //   "they", "both", "the two groups" in relations: every group of the
  //     latest sentence that named several;
  //   "the two leaders", "both presidents": the latest person that did
  //     something; meeting, agreeing or working together with no other
  //     side, with the latest other person named as the other side.
  // Anaphors standing for nothing known are dropped.
  void Resolve(SentenceFacts& facts);

 private:
  std::optional<ActorSpan> GroupNamed(std::string_view text) const;

  std::optional<ActorSpan> last_group_;
  std::vector<ActorSpan> recent_groups_;      // the latest groups named, oldest first
  std::optional<ActorSpan> last_speaker_;     // a body speaking in the latest sentence
  std::optional<ActorSpan> last_voice_;       // whoever spoke in the latest sentence
  std::optional<ActorSpan> last_government_;  // the latest government doing something
  // The government that did something in the latest sentence, if it did.
  std::optional<ActorSpan> sentence_government_;
  std::optional<ActorSpan> last_person_;    // the first person of the latest sentence naming one
  std::vector<ActorSpan> recent_persons_;   // the latest persons named, the latest last
  std::optional<ActorSpan> acting_person_;  // the latest person that did something
  // Doers told only by what they are ("Between 25 and 30 gunmen") opening
  // the latest sentence: "They" opening the next is them.
  std::optional<ActorSpan> opening_doers_;
  std::optional<ActorSpan> last_army_;       // the latest state's armed forces named
  std::optional<ActorSpan> last_security_;   // the latest state's police or forces acting
  std::optional<ActorSpan> last_bloc_;       // the latest international body named
  std::optional<ActorSpan> european_union_;  // the EU, once the report names it
  std::optional<ActorSpan> last_coalition_;  // the latest known actor named as a coalition
  std::vector<ActorSpan> last_groups_;       // the groups of the latest sentence naming several
};

}  // namespace casus

#endif  // CASUS_ASSEMBLE_REFERENTS_H_
