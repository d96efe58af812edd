// SentenceSplitter: groups tokens into sentences and finds the dateline.
//
// A sentence ends
//   * after sentence-final punctuation (". ? ! ?! ... …") and any closing
//     quotes or brackets touching it, when the next token can start a
//     sentence: not a lowercase word, not a comma/semicolon/colon, closing
//     bracket or clitic ('"Why?" she asked' stays one sentence);
//   * after an abbreviation that kept its period only in clear cases:
//     titles ("Gen.", "Lt.", "Dr.") and "No." never end a sentence;
//     initials ("W."), initialisms ("U.S.", "a.m."), months ("Jan.") and
//     other abbreviations ("Inc.", "etc.") end one when the next word is a
//     capitalised sentence starter — a closed-class word such as "The",
//     "But", "He", "In" (Lexicon::IsSentenceStarter) — or an opening quote
//     before a capital, or when a closing quote follows the period.
//     "…in the U.S. The next day…" breaks; "U.S. Army" and "George W. Bush"
//     do not; a clock time ("a.m.", "p.m.") ends one before any capitalised
//     word but a day, a month or a time zone ("at 9:40 p.m. Stevens was
//     trapped" breaks; "10 p.m. Tuesday", "8 p.m. Baghdad time" do not);
//   * at every paragraph break (a blank line, form feed or U+2029);
//   * at a single line break when the line is complete: the next line
//     starts with a capital, digit, quote or bullet, the line does not end
//     in a comma, colon, dash, hyphen or opener, nor in a lowercase function
//     word ("the", "of", "said"), nor in a title or initial, and the
//     paragraph is not hard-wrapped. A paragraph is hard-wrapped when it has
//     at least three lines, its non-final lines are 40–160 bytes long, at
//     least 3/4 of them reach 60% of the longest, and at most 60% of them end
//     in sentence-final punctuation. Headlines and one-line items therefore
//     stand alone, while wrapped prose is joined;
//   * before a bullet item: at a line start, "•" (and ◦ ▪ ● ‣ ⁃ ∙ ▶ ► ➢ ➔),
//     "-", "*", "+", "–", "—" followed by a space, or an enumerator "1.",
//     "2)", "(3)", "a)", "b.", "(c)" followed by a space. The marker tokens
//     belong to no sentence;
//   * when a sentence reaches Options::max_sentence_tokens.
//
// A dateline is looked for at line starts in the first three paragraphs,
// before any other dateline (see DatelineMatcher). Its tokens form
// `dateline`; the separator dash belongs to no sentence.
//
// Invariants of the output: sentences are non-empty, ordered and disjoint;
// Sentence.start/end are the first token's start and the last token's end,
// so the span has no surrounding whitespace; tokens outside every sentence
// are bullet markers, the dateline and its separator.
//
// Cost: linear in the number of tokens plus the whitespace between them.
//
// Thread safety: immutable after construction; Split is const.
#ifndef CASUS_TEXT_SENTENCE_SPLITTER_H_
#define CASUS_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "text/lexicon.h"

namespace casus {

class SentenceSplitter {
 public:
  struct Options {
    // Force a break after this many tokens (0: never). Protects later
    // stages from unbounded sentences in lists or broken markup.
    uint32_t max_sentence_tokens = 1000;
    // Recognise a dateline and keep it out of the first sentence.
    bool detect_datelines = true;
    // Apply the single-line-break rule above; when false only punctuation,
    // paragraphs and bullets end sentences.
    bool line_breaks_end_sentences = true;
  };

  SentenceSplitter(Lexicon lexicon, Options options);

  // Replaces `sentences` and `dateline` with those of `tokens`, which must
  // be the tokens of `text` in order.
  void Split(std::string_view text, const std::vector<Token>& tokens,
             std::vector<Sentence>& sentences, std::optional<Sentence>& dateline) const;

 private:
  Lexicon lexicon_;
  Options options_;
};

}  // namespace casus

#endif  // CASUS_TEXT_SENTENCE_SPLITTER_H_
