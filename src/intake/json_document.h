// One document written as a JSON object (a line of a JSONL stream):
//   {"id": str, "text": str, "date": "YYYY-MM-DD", "title": str?,
//    "source": str?, "url": str?}
// with "html": str allowed in place of "text" (the page goes through
// ExtractHtmlArticle; the JSON title/date/source/url override what the page
// says). Other members (e.g. "gold") are skipped without being stored.
//
// Rules:
//   - the line is repaired to valid UTF-8 before parsing, so invalid bytes
//     inside strings become U+FFFD instead of failing the line; every string
//     is repaired again after unescaping (CRLF -> LF, controls dropped);
//   - the value must be one JSON object; a syntax error fails the line;
//   - "id" must be a string when present; absent, null or "" leaves the id
//     empty for the caller to name;
//   - "text" (or, failing that, "html") must be a string with some
//     non-whitespace text;
//   - "date" must be null, "" or a valid "YYYY-MM-DD" (a time after the
//     date, as in "2024-01-28T10:00:00Z", is ignored);
//   - "title", "source" and "url" are used when they are strings and
//     ignored otherwise.
// Parsing is event-driven (nlohmann-json's SAX interface): no DOM is built,
// nesting depth costs a bit per level, and no exception escapes.
//
// Thread safety: pure functions.
#ifndef CASUS_INTAKE_JSON_DOCUMENT_H_
#define CASUS_INTAKE_JSON_DOCUMENT_H_

#include <string>
#include <string_view>

#include "casus/document.h"
#include "casus/status.h"

namespace casus {

// The outcome of reading one JSON document. `id` is the JSON "id" whenever
// it could be read — also when the document itself fails — and empty
// otherwise; on success document.id == id.
struct JsonDocumentParse {
  std::string id;
  Status status;
  Document document;
};

JsonDocumentParse ParseJsonDocumentWithId(std::string_view json);

// The document of one JSONL line (document.id is empty when the line has no id).
Result<Document> ParseJsonDocument(std::string_view line);

// The string "id" of a JSON object read up to the first syntax error or the
// end of `prefix` — the id of a line cut short — or "" when none was seen.
std::string RecoverJsonId(std::string_view prefix);

}  // namespace casus

#endif  // CASUS_INTAKE_JSON_DOCUMENT_H_
