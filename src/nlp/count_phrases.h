// casus — the counted noun phrases CountReader reads before attaching them
// to casualty words: "three soldiers", "a civilian contractor", "no one",
// "12 deaths", "five rockets", and the numbers that count nothing ("three
// days", "in 2019", "Jan. 3").
//
// Thread safety: CountPhraseReader is a short-lived view over one sentence.
#ifndef CASUS_NLP_COUNT_PHRASES_H_
#define CASUS_NLP_COUNT_PHRASES_H_

#include <cstdint>
#include <optional>
#include <span>

#include "casus/document.h"
#include "nlp/count_reader.h"
#include "nlp/reading_words.h"

namespace casus::reading {

// What a counted noun phrase counts.
enum class PhraseHead : uint8_t {
  kPerson,        // "three soldiers", "a civilian contractor", "six others"
  kBare,          // "killing 12", "five were injured"
  kUnknown,       // "two Hezbollah ..." ended before a known noun
  kCasualtyNoun,  // "12 deaths", "no casualties"
  kWeapon,        // "five rockets"
  kOther,         // "three days", "two vehicles", a year, a day of the month
};

struct CountPhrase {
  Quantity quantity;
  uint32_t first = 0;  // token range of the whole phrase
  uint32_t end = 0;
  uint32_t head_token = 0;
  PhraseHead head = PhraseHead::kOther;
  CasualtyKind noun_kind = CasualtyKind::kKilled;  // for kCasualtyNoun
  bool article = false;    // counted by "a"/"the": needs a known person noun
  bool partitive = false;  // "three of them"
  bool zero = false;       // "no one", "no casualties"
};

class CountPhraseReader {
 public:
  CountPhraseReader(const SentenceWords& words, const CountReaderOptions& options,
                    std::span<const Token> tokens)
      : words_(words),
        options_(options),
        tokens_(tokens),
        n_(static_cast<uint32_t>(tokens.size())) {}

  // The phrase starting at token `i`, or nullopt. A phrase with head kOther
  // is a number that counts nothing; skip past it.
  std::optional<CountPhrase> Read(uint32_t i) const;

 private:
  using Head = PhraseHead;
  using Phrase = CountPhrase;

  uint32_t Flags(uint32_t at) const { return words_[at]; }
  bool W(uint32_t at, std::string_view lower) const {
    return at < n_ && tokens_[at].kind == TokenKind::kWord && WordIs(tokens_[at].text, lower);
  }
  bool Punct(uint32_t at, std::string_view text) const {
    return at < n_ && IsPunctToken(tokens_[at], text);
  }

  std::optional<Phrase> ReadZero(uint32_t i) const;
  std::optional<Phrase> ReadDefiniteSingular(uint32_t i) const;
  bool UsedAsModifier(uint32_t at) const;
  bool IsCapitalizedPlural(uint32_t at) const;
  void ClassifyHead(Phrase& p, uint32_t number_end) const;
  void SetStopped(Phrase& p, uint32_t k, uint32_t j) const;
  bool LooksLikeDateOrMoney(const Phrase& p) const;

  const SentenceWords& words_;
  const CountReaderOptions& options_;
  std::span<const Token> tokens_;
  const uint32_t n_;
};

}  // namespace casus::reading

#endif  // CASUS_NLP_COUNT_PHRASES_H_
