// casus — the part-of-speech tagger.
//
// A PosTagger assigns one Penn Treebank tag (pos_tag.h) to every token of a
// sentence. It is an averaged perceptron decoded greedily left to right,
// trained at build time on the Brown corpus (mapped to Penn tags) plus
// casus's news supplement; frequent unambiguous words, punctuation and
// numbers are tagged without the model. It reads news: names it has never
// seen ("Kataib", "al-Muhandis", "Houthis"), numbers ("1,500",
// "2021-02-15"), and headlines in Title Case or ALL CAPS.
//
// Tokenisation: one token per word as the text stage cuts them. Possessives
// may come whole ("Iran's" → NNP) or split ("Iran" NNP, "'s" POS); straight
// double quotes are read as opening or closing from the token offsets.
//
// Thread safety: immutable after Load(); Tag() is const and may be called
// from many threads at once. Each thread keeps the words it tagged last
// (their descriptions and summed word weights, about 6 MB), allocated at its
// first Tag(); beyond that, tagging allocates nothing for sentences of up to
// 256 tokens.
#ifndef CASUS_NLP_POS_TAGGER_H_
#define CASUS_NLP_POS_TAGGER_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "casus/status.h"
#include "nlp/pos_tag.h"
#include "nlp/tagger_model.h"

namespace casus {

class PosTagger {
 public:
  // Loads a model file written by casus-pos-train. Fails (NotFound,
  // InvalidInput) on a missing, truncated or corrupt file.
  static Result<PosTagger> Load(const std::string& path);
  // Loads "pos.model" from the data directories (base/data_paths.h).
  static Result<PosTagger> LoadDefault();

  PosTagger(PosTagger&&) = default;
  PosTagger& operator=(PosTagger&&) = default;
  PosTagger(const PosTagger&) = delete;  // the model is large; share one tagger
  PosTagger& operator=(const PosTagger&) = delete;

  // Tags one sentence: tags[i] for sentence[i]. Requires tags.size() ==
  // sentence.size().
  void Tag(std::span<const Token> sentence, std::span<PosTag> tags) const;
  std::vector<PosTag> Tag(std::span<const Token> sentence) const;

  // Tags a sentence given as words (no offsets: straight quotes alternate
  // between opening and closing). Requires tags.size() == words.size().
  void TagWords(std::span<const std::string_view> words, std::span<PosTag> tags) const;
  std::vector<PosTag> TagWords(std::span<const std::string_view> words) const;

  // Model size, for diagnostics.
  size_t feature_count() const { return model_.feature_count(); }
  size_t weight_count() const { return model_.cell_count(); }

 private:
  explicit PosTagger(tagger::TaggerModel model) : model_(std::move(model)) {}
  void TagDescribed(std::span<const std::string_view> words,
                    std::span<const tagger::QuoteSide> quotes, std::span<PosTag> tags) const;

  tagger::TaggerModel model_;
};

}  // namespace casus

#endif  // CASUS_NLP_POS_TAGGER_H_
