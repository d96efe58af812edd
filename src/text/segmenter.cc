#include "text/segmenter.h"

#include <limits>

namespace casus {
namespace {

Tokenizer MakeTokenizer(const TextSegmenter::Options& options) {
  Tokenizer::Options tokenizer_options;
  tokenizer_options.split_clitics = options.split_clitics;
  return Tokenizer(Lexicon(options.extra_abbreviations, options.extra_titles), tokenizer_options);
}

SentenceSplitter MakeSplitter(const TextSegmenter::Options& options) {
  SentenceSplitter::Options splitter_options;
  splitter_options.max_sentence_tokens = options.max_sentence_tokens;
  splitter_options.detect_datelines = options.detect_datelines;
  splitter_options.line_breaks_end_sentences = options.line_breaks_end_sentences;
  return SentenceSplitter(Lexicon(options.extra_abbreviations, options.extra_titles),
                          splitter_options);
}

}  // namespace

void Segmentation::clear() {
  tokens.clear();
  sentences.clear();
  dateline.reset();
}

TextSegmenter::TextSegmenter() : TextSegmenter(Options()) {}

TextSegmenter::TextSegmenter(Options options)
    : tokenizer_(MakeTokenizer(options)), splitter_(MakeSplitter(options)) {}

void TextSegmenter::Segment(std::string_view text, Segmentation& out) const {
  out.clear();
  constexpr size_t kMaxText = std::numeric_limits<uint32_t>::max() - 1;
  if (text.size() > kMaxText) text = text.substr(0, kMaxText);
  tokenizer_.Tokenize(text, out.tokens);
  splitter_.Split(text, out.tokens, out.sentences, out.dateline);
}

Segmentation TextSegmenter::Segment(std::string_view text) const {
  Segmentation out;
  Segment(text, out);
  return out;
}

}  // namespace casus
