// TextSegmenter: the text stage's facade. Cuts a document's plain text into
// tokens and sentences and finds its dateline, for news English.
//
//   casus::TextSegmenter segmenter;              // once
//   casus::Segmentation seg;
//   segmenter.Segment(document.text, seg);       // per document, reuses seg
//   for (const casus::Sentence& s : seg.sentences)
//     for (uint32_t t = s.first_token; t < s.end_token; ++t) use(seg.tokens[t]);
//
// Tokenization rules are documented in text/tokenizer.h, sentence and
// dateline rules in text/sentence_splitter.h and text/dateline_matcher.h.
//
// Input is valid UTF-8 (intake repairs it); ill-formed bytes do not crash
// but become symbol tokens. Text longer than 4 GiB - 1 byte is segmented up
// to that length (offsets are 32-bit).
//
// Invariants of a Segmentation of `text`:
//   * tokens are in text order, non-empty, non-overlapping, and
//     token.text == text.substr(token.start, token.end - token.start);
//   * sentences are non-empty, in order and disjoint; each spans
//     [tokens[first_token].start, tokens[end_token - 1].end), so its text
//     has no surrounding whitespace;
//   * the dateline, if any, has the same shape and overlaps no sentence (it
//     precedes the article's first sentence, perhaps after a headline);
//     tokens outside all sentences are bullet markers, the dateline and its
//     separator dash.
//
// Thread safety: a TextSegmenter is immutable after construction; Segment
// is const and may be called from many threads, each with its own
// Segmentation.
#ifndef CASUS_TEXT_SEGMENTER_H_
#define CASUS_TEXT_SEGMENTER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace casus {

// The tokens and sentences of one text. Token::text views alias the text
// that was segmented: a Segmentation must not outlive it.
struct Segmentation {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;  // token ranges + byte spans
  // "ERBIL, Iraq" of "ERBIL, Iraq — …", "BAGHDAD (Reuters)" of
  // "BAGHDAD (Reuters) - …": kept out of the first sentence. The separator
  // dash after it is in neither.
  std::optional<Sentence> dateline;

  // Empties the segmentation, keeping the vectors' capacity.
  void clear();
};

class TextSegmenter {
 public:
  struct Options {
    // More abbreviations whose period does not end a sentence unless a
    // sentence starter follows (like "Inc."), written without the period:
    // {"Bde", "Regt"}.
    std::vector<std::string> extra_abbreviations;
    // More titles, whose period never ends a sentence (like "Gen."):
    // {"Cmdr", "Sheikh"} — without the period.
    std::vector<std::string> extra_titles;
    // Split "'s", "n't", "'re", … off their host word (default true).
    bool split_clitics = true;
    // Recognise a dateline at the start of the text or of one of its first
    // three paragraphs (default true).
    bool detect_datelines = true;
    // A single line break ends a sentence when the line is complete (see
    // sentence_splitter.h). When false, only punctuation, blank lines and
    // bullets end sentences (default true).
    bool line_breaks_end_sentences = true;
    // Force a sentence break after this many tokens; 0 disables (default 1000).
    uint32_t max_sentence_tokens = 1000;
  };

  // Same as TextSegmenter(Options{}). (A default argument cannot name a
  // nested struct with member initialisers in C++20.)
  TextSegmenter();
  explicit TextSegmenter(Options options);

  // Replaces `out` with the segmentation of `text`, reusing its capacity.
  void Segment(std::string_view text, Segmentation& out) const;
  Segmentation Segment(std::string_view text) const;

  const Tokenizer& tokenizer() const { return tokenizer_; }
  const SentenceSplitter& splitter() const { return splitter_; }

 private:
  Tokenizer tokenizer_;
  SentenceSplitter splitter_;
};

}  // namespace casus

#endif  // CASUS_TEXT_SEGMENTER_H_
