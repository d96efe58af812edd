// casus — the lemmatiser: nouns to their singular, verbs to their base form,
// adjectives and adverbs to their positive ("struck" → strike, "fled" →
// flee, "militias" → militia, "men" → man, "carried" → carry, "bigger" →
// big), guided by the part-of-speech tag.
//
// Knowledge comes from WordNet (Debian package wordnet-base): the exception
// lists (verb.exc, noun.exc, adj.exc, adv.exc) for irregular forms and the
// index files for the set of valid base forms, which decide between the
// candidates of the regular suffix rules (WordNet's "morphy" rules: "seized"
// → seize, not seiz; "wounded" → wound; "stopped" → stop). The build
// compiles them once into <build>/data/lemmas.dat (casus-lemma-compile), so
// casus does not need WordNet at run time.
//
// Words outside WordNet get the regular rules without a dictionary check,
// keeping the letters they were written with ("Houthis" NNPS → Houthi,
// "quadcopters" → quadcopter). Proper nouns (NNP) and closed-class words
// are their own lemma.
//
// Thread safety: immutable after loading; all methods are const and safe to
// call concurrently.
#ifndef CASUS_NLP_LEMMATIZER_H_
#define CASUS_NLP_LEMMATIZER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "casus/status.h"
#include "nlp/pos_tag.h"

namespace casus {

class Lemmatizer {
 public:
  // Reads WordNet's index and exception files from `wordnet_dir`
  // (normally /usr/share/wordnet).
  static Result<Lemmatizer> LoadWordNet(const std::string& wordnet_dir);
  // Reads a file written by Save() (the build's lemmas.dat).
  static Result<Lemmatizer> Load(const std::string& path);
  // Loads "lemmas.dat" from the data directories (base/data_paths.h).
  static Result<Lemmatizer> LoadDefault();
  Status Save(const std::string& path) const;

  Lemmatizer(Lemmatizer&&) = default;
  Lemmatizer& operator=(Lemmatizer&&) = default;
  Lemmatizer(const Lemmatizer&) = delete;  // large tables; share one instance
  Lemmatizer& operator=(const Lemmatizer&) = delete;

  // The lemma of `word` read with part of speech `tag`. The result views the
  // lemmatiser's own storage (lower case; valid for its lifetime) when the
  // lemma is a WordNet word, and otherwise views a prefix of `word` (as
  // written: proper nouns, closed-class words, words outside WordNet).
  std::string_view Lemma(std::string_view word, PosTag tag) const;

  // Lower-case lemmas of one tagged sentence. lemmas[i] views the
  // lemmatiser's storage, the token's text, or `arena`, which is cleared and
  // reserved up front so that no view is invalidated while filling it; the
  // views stay valid while the tokens, the lemmatiser and `arena` live and
  // `arena` is not modified.
  void LemmatizeSentence(std::span<const Token> tokens, std::span<const PosTag> tags,
                         std::string& arena, std::vector<std::string_view>& lemmas) const;

  // Number of base forms and of exception entries, for diagnostics.
  size_t base_count() const { return base_count_; }
  size_t exception_count() const { return exception_count_; }

 private:
  enum Kind : uint8_t { kBase = 0, kException = 1 };
  enum WordClass : uint8_t { kNoun = 0, kVerb = 1, kAdjective = 2, kAdverb = 3, kNoClass = 4 };
  struct Entry {
    uint64_t key = 0;    // 0: empty slot
    uint32_t word = 0;   // offset of the word in text_
    uint32_t lemma = 0;  // offset of the lemma in text_
    uint16_t word_size = 0;
    uint16_t lemma_size = 0;
    uint8_t kind = 0;
    uint8_t word_class = 0;
  };
  struct Record {  // one line of the lemma file; views into the file's text
    Kind kind;
    WordClass word_class;
    std::string_view word;
    std::string_view lemma;
  };

  Lemmatizer() = default;
  static Result<Lemmatizer> FromRecords(const std::vector<Record>& records);
  static WordClass ClassOf(PosTag tag);
  const Entry* Find(Kind kind, WordClass word_class, std::string_view word) const;
  std::string_view LemmaOf(const Entry& e) const { return {text_.data() + e.lemma, e.lemma_size}; }
  std::string_view Base(WordClass word_class, std::string_view lower) const;
  std::string_view RegularLemma(WordClass word_class, std::string_view lower) const;

  std::string text_;          // all words and lemmas
  std::vector<Entry> table_;  // open addressing, power-of-two size
  size_t mask_ = 0;
  size_t base_count_ = 0;
  size_t exception_count_ = 0;
};

}  // namespace casus

#endif  // CASUS_NLP_LEMMATIZER_H_
