// casus — the document model: Document → Sentence → Token.
//
// A Document is what intake produces: metadata plus the plain UTF-8 text
// every later stage reads. Tokens and sentences are views into that text
// with byte offsets, so every fact casus emits points back to a span of
// source text (`text.substr(start, end - start)`).
//
// Thread safety: plain values; read-only sharing is safe.
#ifndef CASUS_DOCUMENT_H_
#define CASUS_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "casus/date.h"

namespace casus {

struct Document {
  std::string id;            // stable identifier (JSON "id", or the file path)
  std::string title;         // may be empty
  std::optional<Date> date;  // publication date; anchors relative dates
  std::string source;        // site or outlet name; may be empty
  std::string url;           // canonical URL; may be empty
  std::string text;          // plain UTF-8 text (after HTML extraction)
};

enum class TokenKind : uint8_t {
  kWord,    // letters, possibly with internal hyphens/apostrophes/periods ("al-Asad", "U.S.")
  kNumber,  // digits with separators ("1,500", "2.5", "9:30"), ordinals ("3rd")
  kPunct,   // sentence and clause punctuation, quotes, brackets, dashes
  kSymbol,  // anything else ("$", "%", "@", emoji)
};

// A token is a view into Document::text. `text` aliases the document's
// buffer: a Token must not outlive the Document it was cut from.
struct Token {
  std::string_view text;
  uint32_t start = 0;  // byte offset of the first byte
  uint32_t end = 0;    // byte offset one past the last byte
  TokenKind kind = TokenKind::kWord;
};

// The text from token `first` to token `last` as written, spaces between
// them included. Both view the same text, `first` not after `last`.
inline std::string_view TextSpanning(const Token& first, const Token& last) {
  return std::string_view(
      first.text.data(),
      static_cast<size_t>(last.text.data() + last.text.size() - first.text.data()));
}

// A sentence is a byte span of the text and the half-open token range
// [first_token, end_token) inside it.
struct Sentence {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t first_token = 0;
  uint32_t end_token = 0;

  uint32_t size() const { return end_token - first_token; }
};

}  // namespace casus

#endif  // CASUS_DOCUMENT_H_
