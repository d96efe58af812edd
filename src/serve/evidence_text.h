// EvidenceText: a document's plain text cut at the evidence spans of its
// records, so a reader sees each sentence a fact was read from highlighted
// in its context.
//
// Spans are byte offsets into the text (the contract's Evidence). The text
// is cut at every span boundary; each piece lists the kinds of the spans
// covering it ("event", "claim", "attribution", "relation"), none for plain
// context. Offsets past the end are clipped and offsets inside a UTF-8
// sequence move to its start, so every piece is valid UTF-8 whatever the
// spans say. The pieces concatenate to the text.
//
// Thread safety: pure functions.
#ifndef CASUS_SERVE_EVIDENCE_TEXT_H_
#define CASUS_SERVE_EVIDENCE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casus {

struct TextSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string kind;
};

struct TextPiece {
  uint32_t start = 0;              // byte offset of the piece in the text
  std::string_view text;           // into the text given to CutAtSpans
  std::vector<std::string> marks;  // kinds covering it, sorted, distinct
};

std::vector<TextPiece> CutAtSpans(std::string_view text, const std::vector<TextSpan>& spans);

// Appends the pieces as a JSON array of {"start", "text", "marks"}.
void AppendPiecesJson(const std::vector<TextPiece>& pieces, std::string& out);

}  // namespace casus

#endif  // CASUS_SERVE_EVIDENCE_TEXT_H_
