// The invariants intake promises on any input, as checks shared by the fuzz
// targets (fuzz/jsonl_fuzzer.cc, fuzz/html_fuzzer.cc) and by the unit test
// that replays their past crashes (fuzz/regressions/<target>/):
//   - no exception escapes;
//   - every record has an id; a failing record has a one-line reason;
//   - every string of every document is valid UTF-8; a document's text is
//     non-blank; extracted HTML text is trimmed.
// Each check returns "" when the invariants hold, else what broke.
//
// Thread safety: pure functions.
#ifndef CASUS_INTAKE_INTAKE_INVARIANTS_H_
#define CASUS_INTAKE_INTAKE_INVARIANTS_H_

#include <exception>
#include <sstream>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "intake/document_reader.h"
#include "intake/html_extractor.h"
#include "intake/html_metadata.h"
#include "intake/json_document.h"
#include "intake/whitespace.h"

namespace casus {

inline std::string CheckDocument(const Document& document) {
  for (const std::string* field :
       {&document.id, &document.title, &document.source, &document.url, &document.text}) {
    if (!IsValidUtf8(*field)) return "invalid UTF-8 in a document field";
  }
  if (document.text.find_first_not_of(" \t\n") == std::string::npos) return "blank text";
  return {};
}

inline std::string CheckRecord(const IntakeRecord& record) {
  if (record.id.empty()) return "record without id";
  if (record.id != record.document.id) return "record id differs from document id";
  if (!record.status.ok()) {
    const std::string& message = record.status.message();
    if (message.empty() || message.find('\n') != std::string::npos) return "bad reason";
    if (!IsValidUtf8(message)) return "invalid UTF-8 in reason";
    return IsValidUtf8(record.id) ? "" : "invalid UTF-8 in id";
  }
  return CheckDocument(record.document);
}

inline std::string CheckJsonlInput(std::string_view data) {
  try {
    IntakeOptions options;
    options.max_document_bytes = 4096;  // small, so the too-large path runs too
    std::string failure;
    std::istringstream in{std::string(data)};
    DocumentReader(options).ReadStream(in, "fuzz", [&](IntakeRecord&& record) {
      if (failure.empty()) failure = CheckRecord(record);
    });
    if (!failure.empty()) return failure;
    const JsonDocumentParse parse = ParseJsonDocumentWithId(data);
    if (!IsValidUtf8(parse.id)) return "invalid UTF-8 in parsed id";
    if (parse.status.ok()) {
      if (std::string document_failure = CheckDocument(parse.document); !document_failure.empty()) {
        return document_failure;
      }
    }
    if (!IsValidUtf8(RecoverJsonId(data))) return "invalid UTF-8 in recovered id";
    return {};
  } catch (const std::exception& error) {
    return std::string("exception: ") + error.what();
  } catch (...) {
    return "unknown exception";
  }
}

inline std::string CheckHtmlInput(std::string_view data) {
  try {
    const Result<Document> document = ExtractHtmlArticle(data, "fuzz");
    if (document.ok()) {
      if (std::string failure = CheckDocument(*document); !failure.empty()) return failure;
      const std::string& text = document->text;
      if (text.front() == ' ' || text.front() == '\n' || text.back() == ' ' ||
          text.back() == '\n') {
        return "untrimmed text";
      }
    } else if (document.status().message().empty()) {
      return "failure without reason";
    }
    ParsePublicationDate(data);
    if (!IsValidUtf8(CollapseWhitespace(RepairUtf8(data)))) return "collapse broke UTF-8";
    return {};
  } catch (const std::exception& error) {
    return std::string("exception: ") + error.what();
  } catch (...) {
    return "unknown exception";
  }
}

}  // namespace casus

#endif  // CASUS_INTAKE_INTAKE_INVARIANTS_H_
