#include "intake/whitespace.h"

#include "base/utf8.h"

namespace casus {
namespace {

enum class CharClass { kOther, kSpace, kInvisible };

// Classifies the character at text[pos] and sets `length` to its byte length.
CharClass Classify(std::string_view text, size_t pos, size_t& length) {
  const auto byte = [&](size_t i) {
    return pos + i < text.size() ? static_cast<unsigned char>(text[pos + i]) : 0;
  };
  const unsigned char b0 = byte(0);
  length = 1;
  if (b0 == ' ' || (b0 >= '\t' && b0 <= '\r')) return CharClass::kSpace;
  if (b0 == 0xC2) {
    if (byte(1) == 0xA0) return length = 2, CharClass::kSpace;
    if (byte(1) == 0xAD) return length = 2, CharClass::kInvisible;
  } else if (b0 == 0xE2 && byte(1) == 0x80) {
    const unsigned char b2 = byte(2);
    if (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) {
      if (b2 >= 0x80) return length = 3, CharClass::kSpace;
    }
    if (b2 == 0x8B) return length = 3, CharClass::kInvisible;
  } else if (b0 == 0xE2 && byte(1) == 0x81) {
    if (byte(2) == 0x9F) return length = 3, CharClass::kSpace;
    if (byte(2) == 0xA0) return length = 3, CharClass::kInvisible;
  } else if (b0 == 0xE3 && byte(1) == 0x80 && byte(2) == 0x80) {
    return length = 3, CharClass::kSpace;
  } else if (b0 == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) {
    return length = 3, CharClass::kInvisible;
  }
  return CharClass::kOther;
}

}  // namespace

void WhitespaceCollapser::Append(std::string_view text) {
  size_t run_start = 0;  // start of the pending run of ordinary bytes
  size_t pos = 0;
  const auto flush_run = [&](size_t end) {
    if (end == run_start) return;
    if (pending_space_ && !text_.empty()) text_.push_back(' ');
    pending_space_ = false;
    text_.append(text.substr(run_start, end - run_start));
  };
  while (pos < text.size()) {
    size_t length = 1;
    const unsigned char b0 = static_cast<unsigned char>(text[pos]);
    const CharClass kind =
        (b0 > ' ' && b0 < 0x80) ? CharClass::kOther : Classify(text, pos, length);
    if (kind == CharClass::kOther) {
      pos += length;
      continue;
    }
    flush_run(pos);
    if (kind == CharClass::kSpace) pending_space_ = true;
    pos += length;
    run_start = pos;
  }
  flush_run(pos);
}

std::string WhitespaceCollapser::Take() {
  std::string out = std::move(text_);
  text_.clear();
  pending_space_ = false;
  return out;
}

std::string CollapseWhitespace(std::string_view text) {
  WhitespaceCollapser collapser;
  collapser.Append(text);
  return collapser.Take();
}

std::string CleanUtf8(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F) return RepairUtf8(text);
      ++pos;
      continue;
    }
    const size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
    if (!IsValidUtf8(text.substr(pos, length)) || pos + length > text.size()) {
      return RepairUtf8(text);
    }
    pos += length;
  }
  return std::string(text);
}

}  // namespace casus
