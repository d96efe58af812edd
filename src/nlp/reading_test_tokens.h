// casus — a small tokenizer for the reading tests (test-only).
//
// Produces casus::Token values shaped like the text stage's: words keep
// internal hyphens, apostrophes and periods ("al-Asad", "U.S."), month
// abbreviations keep their period ("Jan."), numbers are single tokens
// ("1,500", "2.5", "9:30", "3rd", "3-5", "2020-01-03"), possessive 's is
// split off, punctuation and quotation marks are separate tokens. It exists
// so the nlp tests do not depend on the text stage.
//
// Thread safety: plain value; tokens view the sentence's own text, so the
// object is neither copyable nor movable.
#ifndef CASUS_NLP_READING_TEST_TOKENS_H_
#define CASUS_NLP_READING_TEST_TOKENS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "casus/document.h"

namespace casus::reading {

class TestSentence {
 public:
  explicit TestSentence(std::string_view text);
  TestSentence(const TestSentence&) = delete;
  TestSentence& operator=(const TestSentence&) = delete;

  std::span<const Token> tokens() const { return tokens_; }
  // The source text of tokens [first, end).
  std::string_view Slice(uint32_t first, uint32_t end) const;
  // Tokens joined with '|', for failure messages.
  std::string Debug() const;

 private:
  std::string text_;
  std::vector<Token> tokens_;
};

}  // namespace casus::reading

#endif  // CASUS_NLP_READING_TEST_TOKENS_H_
