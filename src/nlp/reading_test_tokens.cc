#include "nlp/reading_test_tokens.h"

#include "nlp/reading_words.h"

namespace casus::reading {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of the multi-byte punctuation mark at `p` (quotes, dashes,
// ellipsis), or 0.
size_t PunctMarkLength(std::string_view s, size_t p) {
  if (p + 2 < s.size() && static_cast<unsigned char>(s[p]) == 0xE2 &&
      static_cast<unsigned char>(s[p + 1]) == 0x80) {
    const unsigned char c = static_cast<unsigned char>(s[p + 2]);
    if (c == 0x9C || c == 0x9D || c == 0x98 || c == 0x99 || c == 0x93 || c == 0x94 || c == 0xA6) {
      return 3;
    }
  }
  return 0;
}

bool IsApostropheAt(std::string_view s, size_t p, size_t& length) {
  if (s[p] == '\'') {
    length = 1;
    return true;
  }
  if (p + 2 < s.size() && static_cast<unsigned char>(s[p]) == 0xE2 &&
      static_cast<unsigned char>(s[p + 1]) == 0x80 &&
      static_cast<unsigned char>(s[p + 2]) == 0x99) {
    length = 3;
    return true;
  }
  return false;
}

bool KeepsPeriod(std::string_view word) {
  return WordIsAny(word,
                   "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr gen lt col sgt "
                   "capt maj st no rep sen gov pres corp inc") ||
         word.find('.') != std::string_view::npos;
}

}  // namespace

TestSentence::TestSentence(std::string_view text) : text_(text) {
  const std::string_view s = text_;
  size_t p = 0;
  auto emit = [&](size_t start, size_t end, TokenKind kind) {
    tokens_.push_back(Token{s.substr(start, end - start), static_cast<uint32_t>(start),
                            static_cast<uint32_t>(end), kind});
  };
  while (p < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[p]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++p;
      continue;
    }
    if (size_t mark = PunctMarkLength(s, p)) {
      emit(p, p + mark, TokenKind::kPunct);
      p += mark;
      continue;
    }
    if (!IsAsciiAlnum(c) && c < 0x80) {
      const bool symbol = c == '$' || c == '%' || c == '@' || c == '#' || c == '&';
      emit(p, p + 1, symbol ? TokenKind::kSymbol : TokenKind::kPunct);
      ++p;
      continue;
    }
    // A word or number: alphanumerics with internal joiners.
    const size_t start = p;
    const bool number = IsDigit(c);
    while (p < s.size()) {
      const unsigned char d = static_cast<unsigned char>(s[p]);
      if (IsAsciiAlnum(d)) {
        ++p;
        continue;
      }
      if (d >= 0x80 && !PunctMarkLength(s, p)) {
        ++p;
        continue;
      }
      size_t apostrophe = 0;
      const bool joiner = d == '-' || d == '.' || d == '/' || ((d == ',' || d == ':') && number) ||
                          IsApostropheAt(s, p, apostrophe);
      const size_t width = apostrophe ? apostrophe : 1;
      if (joiner && p + width < s.size() &&
          IsAsciiAlnum(static_cast<unsigned char>(s[p + width])) &&
          (d != ',' || IsDigit(static_cast<unsigned char>(s[p + width])))) {
        p += width;
        continue;
      }
      break;
    }
    size_t end = p;
    // Split off possessive 's / ’s.
    size_t split = end;
    if (end - start > 2 && (s[end - 1] == 's' || s[end - 1] == 'S')) {
      size_t apostrophe = 0;
      if (s[end - 2] == '\'')
        split = end - 2;
      else if (end - start > 4 && IsApostropheAt(s, end - 4, apostrophe) && apostrophe == 3)
        split = end - 4;
    }
    if (split == end && p < s.size() && s[p] == '.' && KeepsPeriod(s.substr(start, end - start))) {
      ++p;
      end = p;
      split = end;
    }
    emit(start, split, number ? TokenKind::kNumber : TokenKind::kWord);
    if (split != end) emit(split, end, TokenKind::kWord);
  }
}

std::string_view TestSentence::Slice(uint32_t first, uint32_t end) const {
  if (first >= end || end > tokens_.size()) return {};
  const uint32_t from = tokens_[first].start;
  const uint32_t to = tokens_[end - 1].end;
  return std::string_view(text_).substr(from, to - from);
}

std::string TestSentence::Debug() const {
  std::string out;
  for (const Token& t : tokens_) {
    if (!out.empty()) out += '|';
    out.append(t.text);
  }
  return out;
}

}  // namespace casus::reading
