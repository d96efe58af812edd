// casus — one correction to the tagger's output: acts of violence read as
// verbs where news text uses them as nouns ("US strikes on Kataib
// Hezbollah", "drone attacks", "a campaign of rocket attacks against the US
// presence"). Runs after tagging and lemmatising, before the actor finder
// and the clause analyzer, which both read the tags. Pure function.
#ifndef CASUS_NLP_ATTACK_NOUNS_H_
#define CASUS_NLP_ATTACK_NOUNS_H_

#include <span>
#include <string_view>

#include "casus/document.h"
#include "nlp/pos_tag.h"

namespace casus {

// Retags as NN/NNS each "attack(s)", "strike(s)", "raid(s)", "assault(s)",
// "airstrike(s)" tagged VBZ/VBP that follows
//   - a weapon ("air strikes", "drone attacks"), whatever comes next;
//   - a common noun or adjective, when "on" or "against" comes next (the
//     verbs take their object directly: "attacked the base");
//   - a proper noun ("US strikes on Kataib Hezbollah"), when "on" or
//     "against" comes next and no day or time follows it ("Israel strikes
//     on Monday" stays a verb).
// It also retags as NN the singular "attack", "strike", ... tagged VB/VBP
// after a determiner or possessive and one adjective or singular noun ("the
// Israeli strike", "its drone attack"): no plain verb form follows a
// singular phrase.
// `words`, `tags` and `lemmas` are one sentence, parallel.
void RetagAttackNouns(std::span<const Token> words, std::span<PosTag> tags,
                      std::span<const std::string_view> lemmas);

}  // namespace casus

#endif  // CASUS_NLP_ATTACK_NOUNS_H_
