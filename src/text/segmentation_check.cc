#include "text/segmentation_check.h"

#include <string>

#include "text/char_class.h"

namespace casus {
namespace {

Status Violation(const std::string& what, size_t index) {
  return Status::Internal("segmentation invariant violated: " + what + " at " +
                          std::to_string(index));
}

bool IsSkippable(text::CharClass cls) {
  return cls == text::CharClass::kSpace || cls == text::CharClass::kLineBreak ||
         cls == text::CharClass::kParagraphBreak || cls == text::CharClass::kIgnorable ||
         cls == text::CharClass::kWordJoiner;
}

// Whether [from, to) holds only whitespace and ignorable characters.
bool OnlySkippable(std::string_view text, size_t from, size_t to) {
  for (size_t p = from; p < to;) {
    size_t length = 0;
    const char32_t cp = text::DecodeAt(text, p, length);
    if (!IsSkippable(text::Classify(cp))) return false;
    p += length;
  }
  return true;
}

bool ContainsWhitespace(std::string_view token) {
  for (size_t p = 0; p < token.size();) {
    size_t length = 0;
    const text::CharClass cls = text::Classify(text::DecodeAt(token, p, length));
    if (cls == text::CharClass::kSpace || cls == text::CharClass::kLineBreak ||
        cls == text::CharClass::kParagraphBreak) {
      return true;
    }
    p += length;
  }
  return false;
}

// A token that may stand outside every sentence: a bullet or enumerator
// piece, or a dateline separator.
bool IsMarkerShaped(const Token& token) {
  switch (token.kind) {
    case TokenKind::kPunct:
    case TokenKind::kSymbol:
      return true;
    case TokenKind::kNumber:
      return token.text.size() <= 3;
    case TokenKind::kWord:
      return token.text.size() == 1;
  }
  return false;
}

Status CheckSpan(const Sentence& s, const std::vector<Token>& tokens, const char* what,
                 size_t index) {
  if (s.first_token >= s.end_token) return Violation(std::string(what) + " is empty", index);
  if (s.end_token > tokens.size()) return Violation(std::string(what) + " past tokens", index);
  if (s.start != tokens[s.first_token].start || s.end != tokens[s.end_token - 1].end) {
    return Violation(std::string(what) + " span differs from its tokens", index);
  }
  return Status::Ok();
}

}  // namespace

Status CheckSegmentation(std::string_view text, const Segmentation& segmentation) {
  const std::vector<Token>& tokens = segmentation.tokens;
  size_t previous_end = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.start >= token.end) return Violation("empty token", i);
    if (token.end > text.size()) return Violation("token past the text", i);
    if (token.start < previous_end) return Violation("tokens overlap or go backwards", i);
    if (token.text.data() != text.data() + token.start ||
        token.text.size() != token.end - token.start) {
      return Violation("token text is not the view at its offsets", i);
    }
    if (ContainsWhitespace(token.text)) return Violation("whitespace inside token", i);
    if (!OnlySkippable(text, previous_end, token.start)) return Violation("text lost before", i);
    previous_end = token.end;
  }
  if (!OnlySkippable(text, previous_end, text.size())) {
    return Violation("text lost at the end", tokens.size());
  }

  std::vector<bool> covered(tokens.size(), false);
  size_t next_free = 0;
  for (size_t i = 0; i < segmentation.sentences.size(); ++i) {
    const Sentence& s = segmentation.sentences[i];
    Status status = CheckSpan(s, tokens, "sentence", i);
    if (!status.ok()) return status;
    if (s.first_token < next_free) return Violation("sentences overlap or go backwards", i);
    for (uint32_t t = s.first_token; t < s.end_token; ++t) covered[t] = true;
    next_free = s.end_token;
  }
  if (segmentation.dateline) {
    const Sentence& d = *segmentation.dateline;
    Status status = CheckSpan(d, tokens, "dateline", 0);
    if (!status.ok()) return status;
    for (uint32_t t = d.first_token; t < d.end_token; ++t) {
      if (covered[t]) return Violation("dateline overlaps a sentence", t);
      covered[t] = true;
    }
  }
  for (size_t t = 0; t < tokens.size(); ++t) {
    if (!covered[t] && !IsMarkerShaped(tokens[t])) {
      return Violation(
          "token outside every sentence is not a marker: '" + std::string(tokens[t].text) + "'", t);
    }
  }
  return Status::Ok();
}

}  // namespace casus
