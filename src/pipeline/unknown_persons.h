// UnknownPersons: people the knowledge base does not know, introduced by
// the text and named again by their surname.
//
// News introduces a person with a name and a role in apposition ("Mohammad
// Jamshidi, a senior aide to President Ebrahim Raisi, said ..."), then
// writes the surname alone ("Jamshidi added ..."). The actor matcher knows
// neither; UnknownPersons makes the introduced name a person of the
// country (and sector) of the actor the role is held under, and finds the
// surname of any person of no knowledge-base entry (these, and titled
// names the matcher found: "spokesman Basim al-Awadi") in later sentences.
// So also the surname of a person the knowledge base knows, once named in
// full: "Ali Abdullah Saleh ... Saleh's forces" (the matcher alone takes no
// lone surname: "Saleh" is many people).
//
// Thread safety: holds the state of one document; use one per document.
#ifndef CASUS_PIPELINE_UNKNOWN_PERSONS_H_
#define CASUS_PIPELINE_UNKNOWN_PERSONS_H_

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "casus/document.h"
#include "code/sentence_coder.h"
#include "nlp/pos_tag.h"
#include "pipeline/spans_by_word.h"

namespace casus {

class UnknownPersons {
 public:
  // Adds the persons the next sentence of the document introduces and the
  // surnames of those introduced before to `actors` (the actor finder's
  // spans of `tokens`, in order).
  void AddSentence(std::span<const Token> tokens, std::span<const PosTag> tags,
                   std::vector<ActorSpan>& actors);

 private:
  void Introduce(std::span<const Token> tokens, std::span<const PosTag> tags,
                 std::vector<ActorSpan>& actors);
  // "The US ambassador to Libya, Christopher Stevens,", "The leader of Boko
  // Haram, Abubakar Shekau,": a name in apposition to an office the matcher
  // found without a name, or to a role held under an actor, is a person of
  // the office's country (the actor's).
  void IntroduceAfterOffices(std::span<const Token> tokens, std::span<const PosTag> tags,
                             std::vector<ActorSpan>& actors);
  // "the nuclear scientist Mohsen Fakhrizadeh": names after a role in lower
  // case are a person in that role.
  void IntroduceAfterRoles(std::span<const Token> tokens, std::span<const PosTag> tags,
                           std::vector<ActorSpan>& actors);
  // "The BLA, led by Bashir Zeb,": names after a participle of leading are a
  // person of the body led.
  void IntroduceLeaders(std::span<const Token> tokens, std::span<const PosTag> tags,
                        std::vector<ActorSpan>& actors);
  void FindSurnames(std::span<const Token> tokens, std::span<const PosTag> tags,
                    std::vector<ActorSpan>& actors) const;
  void Remember(std::span<const Token> tokens, const std::vector<ActorSpan>& actors);

  SpansByWord known_;  // surname → person
};

}  // namespace casus

#endif  // CASUS_PIPELINE_UNKNOWN_PERSONS_H_
