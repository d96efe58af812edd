// casus — one correction to the tagger's output: a past participle right
// after a preposition and before a noun or adjective modifies that noun
// ("fronts for established Iran-backed militias", "attacked by armed
// men", "the release of detained activists"); read as a verb it would
// start a clause that has no subject and cut the prepositional phrase in
// two. Runs after tagging, before the actor finder and the clause
// analyzer. Pure function.
#ifndef CASUS_NLP_PARTICIPLE_MODIFIERS_H_
#define CASUS_NLP_PARTICIPLE_MODIFIERS_H_

#include <span>
#include <string_view>

#include "casus/document.h"
#include "nlp/pos_tag.h"

namespace casus {

// Retags as JJ each VBN/VBD that follows a preposition (not one that
// opens a clause: "that", "as", "than", "because", ...) and comes before
// a noun or an adjective. And, as the tagger also reads a past tense as a
// participle, retags as VBD a VBN right after a noun or pronoun, with no
// "be" or "have" before it, that takes an object at once ("Israel's
// military denied targeting journalists"): a passive participle has none
// ("rockets fired by militants", "troops deployed in the area").
// And retags as VBN a VBD right after the noun of a prepositional phrase
// that follows a finite verb at once (or past adverbs and a day), when no
// object follows it ("said in a statement posted online that ...").
// `words` and `tags` are one sentence, parallel.
void RetagParticipleModifiers(std::span<const Token> words, std::span<PosTag> tags);

}  // namespace casus

#endif  // CASUS_NLP_PARTICIPLE_MODIFIERS_H_
