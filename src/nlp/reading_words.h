// casus — word lookup and token tests shared by the readers of dates,
// counts and hedges (DateResolver, CountReader, HedgeDetector).
//
// ReadingWordTable is a small open-addressing hash from lower-case ASCII
// words to a 32-bit value (flag bits and a payload chosen by each reader).
// Lookups fold ASCII case and the typographic apostrophe (U+2019 → '),
// copy at most kMaxWord bytes into a stack buffer and never allocate.
//
// Thread safety: a built table is immutable; concurrent lookups are safe.
#ifndef CASUS_NLP_READING_WORDS_H_
#define CASUS_NLP_READING_WORDS_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "casus/document.h"

namespace casus::reading {

class ReadingWordTable {
 public:
  static constexpr size_t kMaxWord = 40;

  // Adds `word` (any case; stored folded) with `value`; a word added twice
  // gets the OR of both values. Words longer than kMaxWord are ignored.
  void Add(std::string_view word, uint32_t value);
  // Adds every word of a space-separated list with the same value.
  void AddAll(std::string_view words, uint32_t value);
  // Returns the value stored for `word`, or 0.
  uint32_t Find(std::string_view word) const;
  // A table of the words whose value shares a bit with `mask` (values
  // kept whole): a small, fast table for a reader's pre-check.
  ReadingWordTable Filtered(uint32_t mask) const;
  uint32_t Find(const Token& token) const { return Find(token.text); }

 private:
  struct Slot {
    uint32_t offset = 0;
    uint32_t length = 0;  // 0 = empty slot
    uint32_t value = 0;
  };
  void Grow();
  size_t Probe(std::string_view folded, uint64_t hash) const;
  uint32_t FindFolded(std::string_view word) const;

  std::string arena_;  // folded keys, back to back
  std::vector<Slot> slots_;
  size_t used_ = 0;
  uint64_t lengths_ = 0;  // bit L set when some key has L bytes
  // Bit L of starts_[c] set when some key of L bytes starts with letter c
  // ('a'..'z' = 0..25, anything else 26): most words miss without hashing.
  uint64_t starts_[27] = {};
};

// The table values of one sentence's words, looked up once. Tokens past
// kCached are looked up on demand. Non-word tokens have value 0.
class SentenceWords {
 public:
  static constexpr size_t kCached = 160;

  SentenceWords(const ReadingWordTable& table, std::span<const Token> tokens);
  uint32_t operator[](size_t at) const {
    if (at >= tokens_.size()) return 0;
    if (at < kCached) return values_[at];
    return tokens_[at].kind == TokenKind::kWord ? table_.Find(tokens_[at]) : 0;
  }
  // The OR of every word's value (all tokens, cached or not).
  uint32_t all() const { return all_; }
  // Whether some token is a number or a word containing a digit.
  bool has_digit() const { return has_digit_; }
  const ReadingWordTable& table() const { return table_; }

 private:
  const ReadingWordTable& table_;
  std::span<const Token> tokens_;
  uint32_t all_ = 0;
  bool has_digit_ = false;
  uint32_t values_[kCached];
};

// Folds `word` (ASCII lower case, ’ → ') into `buffer`; returns the folded
// view, or an empty view when the word does not fit.
std::string_view FoldWord(std::string_view word, char (&buffer)[ReadingWordTable::kMaxWord]);

// ASCII case-insensitive equality against an already lower-case literal.
bool WordIs(std::string_view word, std::string_view lower);
inline bool WordIs(const Token& token, std::string_view lower) { return WordIs(token.text, lower); }
// Any of a space-separated list of lower-case words.
bool WordIsAny(std::string_view word, std::string_view lower_words);

bool IsCapitalized(std::string_view word);
bool IsPunctToken(const Token& token, std::string_view text);
// Opening or closing double quotation mark token (" “ ” `` '').
enum class QuoteMark : uint8_t { kNone, kOpen, kClose, kToggle };
QuoteMark QuoteMarkOf(const Token& token);
// A dash or hyphen token: "-", "–", "—".
bool IsDashToken(const Token& token);

// Parses an unsigned integer written with digits and optional thousands
// separators ("7", "1,500", "12,000"). Anything else (decimals, times,
// ordinals, letters) gives nullopt. Values above 10^12 give nullopt.
std::optional<int64_t> ParseDigitInteger(std::string_view text);
// Parses an ordinal or cardinal day number ("3", "03", "3rd", "21st").
std::optional<int> ParseDayNumber(std::string_view text);
// Parses a decimal written with a point ("2.5", "1.25"), as in "1.5 million";
// nullopt for anything else, including integers without a point.
std::optional<double> ParseDecimal(std::string_view text);

}  // namespace casus::reading

#endif  // CASUS_NLP_READING_WORDS_H_
