// DocumentReader: turns command-line paths and standard input into
// Documents, one IntakeRecord per document or per input that could not be
// read, following the contract's §1 (Input, Bad input).
//
// Input kinds, by file name (case-insensitive extension):
//   .jsonl .ndjson   one JSON document per line (json_document.h); blank
//                    lines are skipped; a bad line is a failing record named
//                    by its JSON "id" when that could be read, else
//                    "PATH:LINE" (1-based), and reading goes on
//   .json            the same, except that a file whose first line is not a
//                    complete JSON value is read as one (pretty-printed)
//                    document
//   .html .htm .xhtml  one article (html_extractor.h), id = the path
//   anything else    plain UTF-8 text, id = the path
//   "-", or no path  standard input, read as JSONL and named "stdin"
// Directories are read recursively, entries in byte order of their names,
// depth first; names starting with "." are skipped, and symbolic links to
// directories are not followed (no cycles). A missing path, an unreadable
// file or directory, or an input over max_document_bytes is a failing
// record named by its path. A leading UTF-8 byte order mark is ignored.
// Every string of every document is valid UTF-8 (RepairUtf8: invalid bytes
// become U+FFFD, CRLF becomes LF). A document without a date of its own
// (plain text, or JSON/HTML that gives none) gets default_date.
//
// Thread safety: const methods; one reader may serve several threads, each
// with its own paths/streams and sink.
#ifndef CASUS_INTAKE_DOCUMENT_READER_H_
#define CASUS_INTAKE_DOCUMENT_READER_H_

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "casus/date.h"
#include "casus/document.h"
#include "casus/status.h"

namespace casus {

struct IntakeOptions {
  // Publication date for documents that carry none (`--date`).
  std::optional<Date> default_date;
  // Largest document (a file, or one JSONL line) casus accepts; larger ones
  // fail with kTooLarge. Default 16 MiB.
  size_t max_document_bytes = 16u << 20;
};

// One input item: a document, or why it could not be read. `id` always
// names it: the JSON "id", else "PATH:LINE" for a JSONL line, else the file
// path. When status.ok(), document.id == id; otherwise document holds only
// the id.
struct IntakeRecord {
  std::string id;
  Status status;
  Document document;
};

using IntakeSink = std::function<void(IntakeRecord&&)>;

class DocumentReader {
 public:
  explicit DocumentReader(IntakeOptions options);

  // Reads every path in order ("-" = standard input; no paths = standard
  // input), calling sink once per document or failure, in input order.
  void Read(const std::vector<std::string>& paths, const IntakeSink& sink) const;

  // Reads a JSONL stream; `name` stands for the path in "PATH:LINE" ids.
  void ReadStream(std::istream& in, std::string_view name, const IntakeSink& sink) const;

 private:
  void ReadPath(const std::string& path, const IntakeSink& sink) const;
  void ReadDirectory(const std::string& path, const IntakeSink& sink) const;
  void ReadFile(const std::string& path, const IntakeSink& sink) const;
  void ReadJsonFile(const std::string& path, const IntakeSink& sink) const;
  // Emits a document, filling in the default date.
  void Emit(IntakeRecord&& record, const IntakeSink& sink) const;

  IntakeOptions options_;
};

}  // namespace casus

#endif  // CASUS_INTAKE_DOCUMENT_READER_H_
