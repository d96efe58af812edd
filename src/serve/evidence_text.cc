#include "serve/evidence_text.h"

#include <algorithm>
#include <set>

#include "output/json_writer.h"

namespace casus {
namespace {

// The start of the UTF-8 sequence holding byte `at` (continuation bytes
// are 10xxxxxx), clipped to the text.
uint32_t CharBoundary(std::string_view text, uint32_t at) {
  if (at >= text.size()) return static_cast<uint32_t>(text.size());
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

}  // namespace

std::vector<TextPiece> CutAtSpans(std::string_view text, const std::vector<TextSpan>& spans) {
  struct Clipped {
    uint32_t start, end;
    const std::string* kind;
  };
  std::vector<Clipped> clipped;
  std::set<uint32_t> cuts = {0, static_cast<uint32_t>(text.size())};
  for (const TextSpan& span : spans) {
    const uint32_t start = CharBoundary(text, span.start);
    const uint32_t end = CharBoundary(text, std::max(span.start, span.end));
    if (start >= end) continue;
    clipped.push_back({start, end, &span.kind});
    cuts.insert(start);
    cuts.insert(end);
  }
  std::vector<TextPiece> pieces;
  for (auto it = cuts.begin(); it != cuts.end() && std::next(it) != cuts.end(); ++it) {
    const uint32_t start = *it, end = *std::next(it);
    TextPiece piece;
    piece.start = start;
    piece.text = text.substr(start, end - start);
    for (const Clipped& span : clipped) {
      if (span.start <= start && end <= span.end) piece.marks.push_back(*span.kind);
    }
    std::sort(piece.marks.begin(), piece.marks.end());
    piece.marks.erase(std::unique(piece.marks.begin(), piece.marks.end()), piece.marks.end());
    pieces.push_back(std::move(piece));
  }
  return pieces;
}

void AppendPiecesJson(const std::vector<TextPiece>& pieces, std::string& out) {
  JsonWriter json(out);
  json.BeginArray();
  for (const TextPiece& piece : pieces) {
    json.BeginObject().Key("start").Int(piece.start).Key("text").String(piece.text);
    json.Key("marks").BeginArray();
    for (const std::string& mark : piece.marks) json.String(mark);
    json.EndArray().EndObject();
  }
  json.EndArray();
}

}  // namespace casus
