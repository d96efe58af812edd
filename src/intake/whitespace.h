// Whitespace normalization for extracted text, and a fast UTF-8 repair.
//
// Whitespace is ASCII space, tab, CR, LF, FF and VT, U+00A0 (no-break
// space), U+2000..U+200A, U+2028, U+2029, U+202F, U+205F and U+3000; runs of
// it become one space. U+200B (zero-width space), U+2060 (word joiner),
// U+00AD (soft hyphen) and U+FEFF (byte order mark) are dropped. Other bytes
// pass through unchanged, so valid UTF-8 stays valid.
//
// Thread safety: WhitespaceCollapser is a plain value (one per thread);
// CollapseWhitespace is a pure function.
#ifndef CASUS_INTAKE_WHITESPACE_H_
#define CASUS_INTAKE_WHITESPACE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace casus {

// Accumulates text pieces into one whitespace-collapsed line: leading
// whitespace is dropped, runs of whitespace (also across pieces) become one
// space, and trailing whitespace is left out of Take().
class WhitespaceCollapser {
 public:
  void Append(std::string_view text);
  // Separates what follows from what came before by a space (if any text
  // follows), as a <br> or a table cell boundary does.
  void Separate() { pending_space_ = !text_.empty(); }
  // Bytes of text so far (without a pending trailing space).
  size_t size() const { return text_.size(); }
  bool empty() const { return text_.empty(); }
  // Returns the text and starts over.
  std::string Take();

 private:
  std::string text_;
  bool pending_space_ = false;
};

// The whole of `text`, collapsed and trimmed.
std::string CollapseWhitespace(std::string_view text);

// The same as RepairUtf8(text) (base/utf8.h), with a fast path for text that
// needs no repair (valid UTF-8 without CR, DEL or C0 controls other than tab
// and newline), which is copied as is.
std::string CleanUtf8(std::string_view text);

}  // namespace casus

#endif  // CASUS_INTAKE_WHITESPACE_H_
