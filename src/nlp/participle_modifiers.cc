#include "nlp/participle_modifiers.h"

#include "base/word_lists.h"

namespace casus {

void RetagParticipleModifiers(std::span<const Token> words, std::span<PosTag> tags) {
  for (size_t k = 1; k + 1 < words.size() && k + 1 < tags.size(); ++k) {
    if (tags[k] != PosTag::kVBN && tags[k] != PosTag::kVBD) continue;
    if (tags[k - 1] != PosTag::kIN) continue;
    const PosTag next = tags[k + 1];
    if (!(next == PosTag::kNN || next == PosTag::kNNS || IsProperNoun(next) ||
          next == PosTag::kJJ)) {
      continue;
    }
    if (IsAny(Lowercase(words[k - 1].text),
              {"that", "whether", "if", "because", "while", "although", "though", "since", "unless",
               "until", "as", "than", "so", "once", "after", "before", "when"})) {
      continue;
    }
    tags[k] = PosTag::kJJ;
  }
}

}  // namespace casus
