// ShortNames: an organisation named in full once and by its head noun
// afterwards ("Iran's Revolutionary Guards ... The Guards said", "the
// US-led coalition ... the coalition said in a statement").
//
// News names an organisation in full, then by "the" and the last noun of its
// name. The actor matcher works sentence by sentence and does not know these
// short forms (nor should it: "the Guards" alone is no one in particular);
// ShortNames carries the document's named organisations from sentence to
// sentence and gives each short form the organisation named last with that
// head noun. Only heads that name an organisation and not a place are
// considered ("Guards", "coalition", "Front", "Corps", "Command",
// "alliance", "movement"; a guard corps is also "the Guards": "Iran's
// Islamic Revolutionary Guard Corps ... the Guards' commander"), and only
// after "the" or, in lower case, before a
// noun ("coalition forces", "a coalition supply convoy"). An acronym of a
// name of three words or more is that organisation too ("the Rapid Support
// Forces ... the RSF"), whatever else the knowledge base knows by it; and a
// name the text gives with its acronym in brackets is an organisation even
// when the knowledge base does not know it ("the Sudanese Professionals
// Association (SPA)": a Sudanese opposition organisation); so is a run of
// capitalised words after a state's possessive or demonym that ends in a
// body's noun ("Algeria's High Security Council").
//
// Thread safety: holds the state of one document; use one per document.
#ifndef CASUS_PIPELINE_SHORT_NAMES_H_
#define CASUS_PIPELINE_SHORT_NAMES_H_

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "casus/document.h"
#include "code/sentence_coder.h"
#include "pipeline/spans_by_word.h"

namespace casus {

class ShortNames {
 public:
  // Resolves the short forms of the next sentence of the document in
  // `actors` (the actor finder's spans of `tokens`, tagged `tags`, in
  // order), then remembers its named organisations for the sentences after it.
  void AddSentence(std::span<const Token> tokens, std::span<const PosTag> tags,
                   std::vector<ActorSpan>& actors);

 private:
  void IntroduceAcronyms(std::span<const Token> tokens, std::vector<ActorSpan>& actors);
  void RememberInitials(std::span<const Token> tokens, const std::vector<ActorSpan>& actors);
  void NameStateBodies(std::span<const Token> tokens, std::span<const PosTag> tags,
                       std::vector<ActorSpan>& actors);

  SpansByWord named_;     // head noun → the organisation named last with it
  SpansByWord initials_;  // initials ("rsf") → the organisation named last with them
};

}  // namespace casus

#endif  // CASUS_PIPELINE_SHORT_NAMES_H_
