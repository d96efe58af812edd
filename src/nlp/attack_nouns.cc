#include "nlp/attack_nouns.h"

#include "base/word_lists.h"

namespace casus {
namespace {

bool IsCommonNounOrAdjective(PosTag tag) {
  return tag == PosTag::kNN || tag == PosTag::kNNS || tag == PosTag::kJJ;
}

// A day, a part of the day or a time word: what follows "on" when "strikes
// on" is the verb and a date ("strikes on Monday", "on Friday night").
bool IsTimeWord(std::string_view lemma) {
  return IsAny(lemma,
               {"monday",    "tuesday", "wednesday", "thursday",  "friday", "saturday", "sunday",
                "morning",   "evening", "night",     "afternoon", "day",    "weekend",  "january",
                "february",  "march",   "april",     "may",       "june",   "july",     "august",
                "september", "october", "november",  "december"});
}

}  // namespace

void RetagAttackNouns(std::span<const Token> words, std::span<PosTag> tags,
                      std::span<const std::string_view> lemmas) {
  for (size_t k = 1; k + 1 < words.size(); ++k) {
    if (!IsAny(lemmas[k], {"attack", "strike", "raid", "assault", "airstrike"})) continue;
    // "called the Israeli strike a brutal aggression": a singular phrase
    // after a determiner takes no plain verb form.
    if ((tags[k] == PosTag::kVB || tags[k] == PosTag::kVBP) && k >= 2 &&
        (tags[k - 1] == PosTag::kJJ || tags[k - 1] == PosTag::kNNP || tags[k - 1] == PosTag::kNN) &&
        (tags[k - 2] == PosTag::kDT || tags[k - 2] == PosTag::kPRPS ||
         tags[k - 2] == PosTag::kPOS)) {
      tags[k] = PosTag::kNN;
      continue;
    }
    if (tags[k] != PosTag::kVBZ && tags[k] != PosTag::kVBP) continue;
    // "said that attacks on Israel would continue": opening what is said,
    // before a target and a verb of its own, the noun.
    if (lemmas[k - 1] == "that" && IsAny(lemmas[k + 1], {"on", "against"})) {
      bool verb_after = false;
      for (size_t j = k + 2; j < words.size() && j < k + 10 && tags[j] != PosTag::kComma; ++j) {
        verb_after = verb_after || tags[j] == PosTag::kMD || tags[j] == PosTag::kVBD ||
                     tags[j] == PosTag::kVBZ || tags[j] == PosTag::kVBP;
      }
      if (verb_after) {
        tags[k] = words[k].text.ends_with('s') ? PosTag::kNNS : PosTag::kNN;
        continue;
      }
    }
    const bool common = IsCommonNounOrAdjective(tags[k - 1]);
    const bool proper = IsProperNoun(tags[k - 1]);
    if (!common && !proper) continue;
    const bool armed =
        common && IsAny(lemmas[k - 1], {"air", "drone", "missile", "rocket", "bomb", "mortar",
                                        "artillery", "suicide", "terror", "terrorist"});
    const bool on_a_target = IsAny(lemmas[k + 1], {"on", "against"});
    const bool dated = k + 2 < words.size() && IsTimeWord(lemmas[k + 2]);
    if (!armed && !(on_a_target && (common || !dated))) continue;
    tags[k] = words[k].text.ends_with('s') ? PosTag::kNNS : PosTag::kNN;
  }
}

}  // namespace casus
