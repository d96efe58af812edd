// The key under which `casus eval` compares actor names: gold files list the
// names an analyst accepts ("Kata'ib Hezbollah", "Kataib Hizballah"), casus
// emits a canonical name and the words of the text; both sides are folded
// the same way before comparing.
//
// Folding: Unicode case folding, Latin diacritics removed (NFD, marks
// dropped), apostrophes, ayn/hamza signs and periods removed ("Kata'ib" →
// "kataib", "U.S." → "us"), a possessive "'s" at the end of a word removed
// ("Iran's" → "iran"), any other punctuation or hyphen a word break, and a
// leading "the" dropped. Words are joined by single spaces.
//
// Thread safety: a pure function.
#ifndef CASUS_EVAL_ACTOR_NAME_KEY_H_
#define CASUS_EVAL_ACTOR_NAME_KEY_H_

#include <string>
#include <string_view>

namespace casus {

std::string ActorNameKey(std::string_view name);

}  // namespace casus

#endif  // CASUS_EVAL_ACTOR_NAME_KEY_H_
