// Word lists and tag tests the clause analyzer reads sentences with.
// Pure functions of their arguments.
#ifndef CASUS_NLP_CLAUSE_WORDS_H_
#define CASUS_NLP_CLAUSE_WORDS_H_

#include <initializer_list>
#include <string_view>

#include "base/word_lists.h"
#include "nlp/pos_tag.h"

namespace casus::clauses {

using T = PosTag;

bool IsNegation(std::string_view lemma);

// Verbs whose object is the subject of a following infinitive: "urged
// Iraq to expel", "allowed the candidate to run".
bool IsObjectControlVerb(std::string_view lemma);

bool IsSpeechLemma(std::string_view lemma);

// Adjectives of a judgement after "it was": "likely", "clear", "possible"
// ("it was highly likely Moscow was responsible").
bool IsJudgementAdjective(std::string_view lemma);

// Conjunctions that open a clause, tagged as prepositions: what follows
// them is a subject, not a prepositional complement ("a strike unless
// [Israel] rescinds").
bool IsSubordinator(std::string_view lemma);

bool StartsNp(T tag);

bool IsHeadTag(T tag);

}  // namespace casus::clauses

#endif  // CASUS_NLP_CLAUSE_WORDS_H_
