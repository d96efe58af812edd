#include "intake/document_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/utf8.h"
#include "intake/html_extractor.h"
#include "intake/json_document.h"
#include "intake/whitespace.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
// How much of an over-long line is kept to recover its id.
constexpr size_t kIdRecoveryBytes = 1u << 16;

// Reads lines of any length from a stream, keeping at most `keep` bytes of
// each while counting all of them.
class LineReader {
 public:
  LineReader(std::istream& in, size_t keep) : in_(in), keep_(keep), buffer_(1u << 16) {}

  // The next line without its '\n'; false at the end of the input.
  bool Next(std::string& line, size_t& length) {
    line.clear();
    length = 0;
    bool any = false;
    for (;;) {
      if (pos_ == end_ && !Refill()) return any;
      any = true;
      const char* start = buffer_.data() + pos_;
      const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
      const size_t take = newline != nullptr ? static_cast<size_t>(newline - start) : end_ - pos_;
      length += take;
      if (line.size() < keep_) line.append(start, std::min(take, keep_ - line.size()));
      pos_ += take;
      if (newline != nullptr) {
        ++pos_;
        return true;
      }
    }
  }

 private:
  bool Refill() {
    std::streambuf* buffer = in_.rdbuf();
    if (buffer == nullptr) return false;
    const std::streamsize got =
        buffer->sgetn(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    pos_ = 0;
    end_ = got > 0 ? static_cast<size_t>(got) : 0;
    return end_ > 0;
  }

  std::istream& in_;
  size_t keep_;
  std::vector<char> buffer_;
  size_t pos_ = 0;
  size_t end_ = 0;
};

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string_view WithoutByteOrderMark(std::string_view text) {
  if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
  return text;
}

// Reasons are printed on one line ("casus: DOC-ID: reason").
Status OneLine(Status status) {
  std::string message = status.message();
  if (message.find_first_of("\r\n") == std::string::npos) return status;
  std::replace(message.begin(), message.end(), '\n', ' ');
  std::replace(message.begin(), message.end(), '\r', ' ');
  switch (status.code()) {
    case Status::Code::kInvalidInput:
      return Status::InvalidInput(std::move(message));
    case Status::Code::kNotFound:
      return Status::NotFound(std::move(message));
    case Status::Code::kIoError:
      return Status::IoError(std::move(message));
    case Status::Code::kTooLarge:
      return Status::TooLarge(std::move(message));
    default:
      return Status::Internal(std::move(message));
  }
}

IntakeRecord Failure(std::string id, Status status) {
  IntakeRecord record;
  record.id = std::move(id);
  record.status = OneLine(std::move(status));
  record.document.id = record.id;
  return record;
}

IntakeRecord Success(Document document) {
  IntakeRecord record;
  record.id = document.id;
  record.document = std::move(document);
  return record;
}

// The record of one parsed JSON document, named `fallback_id` when it has
// no id of its own.
IntakeRecord FromJsonParse(JsonDocumentParse parse, const std::string& fallback_id) {
  const std::string id = parse.id.empty() ? fallback_id : parse.id;
  if (!parse.status.ok()) return Failure(id, std::move(parse.status));
  parse.document.id = id;
  return Success(std::move(parse.document));
}

std::string OpenError() {
  return std::string("cannot open: ") + (errno != 0 ? std::strerror(errno) : "unknown error");
}

// The whole file, or why it cannot be had.
Result<std::string> ReadWholeFile(const std::string& path, size_t max_bytes) {
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(OpenError());
  std::string content;
  std::vector<char> chunk(1u << 16);
  for (;;) {
    const std::streamsize got =
        in.rdbuf()->sgetn(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    if (got <= 0) break;
    content.append(chunk.data(), static_cast<size_t>(got));
    if (content.size() > max_bytes) {
      return Status::TooLarge("file exceeds the limit of " + std::to_string(max_bytes) + " bytes");
    }
  }
  if (in.bad()) return Status::IoError("read error");
  return content;
}

std::string LowerExtension(const std::string& path) {
  std::string extension = fs::path(path).extension().string();
  for (char& c : extension) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return extension;
}

// A plain-text or HTML file as one record.
IntakeRecord ReadSingleDocument(const std::string& path, bool html, size_t max_bytes) {
  try {
    Result<std::string> content = ReadWholeFile(path, max_bytes);
    if (!content.ok()) return Failure(path, content.status());
    const std::string_view bytes = WithoutByteOrderMark(*content);
    if (html) {
      Result<Document> article = ExtractHtmlArticle(bytes, path);
      if (!article.ok()) return Failure(path, article.status());
      return Success(std::move(article).value());
    }
    Document document;
    document.id = path;
    document.text = CleanUtf8(bytes);
    if (IsBlank(document.text)) return Failure(path, Status::InvalidInput("empty document"));
    return Success(std::move(document));
  } catch (const std::exception& error) {
    return Failure(path, Status::Internal(error.what()));
  }
}

}  // namespace

DocumentReader::DocumentReader(IntakeOptions options) : options_(std::move(options)) {}

void DocumentReader::Emit(IntakeRecord&& record, const IntakeSink& sink) const {
  if (record.status.ok() && !record.document.date) record.document.date = options_.default_date;
  sink(std::move(record));
}

void DocumentReader::Read(const std::vector<std::string>& paths, const IntakeSink& sink) const {
  if (paths.empty()) {
    ReadStream(std::cin, "stdin", sink);
    return;
  }
  for (const std::string& path : paths) ReadPath(path, sink);
}

void DocumentReader::ReadStream(std::istream& in, std::string_view name,
                                const IntakeSink& sink) const {
  const size_t max_bytes = options_.max_document_bytes;
  LineReader lines(in, max_bytes);
  std::string line;
  size_t length = 0;
  size_t number = 0;
  while (lines.Next(line, length)) {
    ++number;
    std::string_view text = line;
    if (number == 1) text = WithoutByteOrderMark(text);
    if (length <= max_bytes && IsBlank(text)) continue;
    const std::string fallback_id = std::string(name) + ":" + std::to_string(number);
    if (length > max_bytes) {
      std::string id = RecoverJsonId(text.substr(0, kIdRecoveryBytes));
      Emit(Failure(id.empty() ? fallback_id : std::move(id),
                   Status::TooLarge("line of " + std::to_string(length) +
                                    " bytes exceeds the limit of " + std::to_string(max_bytes) +
                                    " bytes")),
           sink);
      continue;
    }
    Emit(FromJsonParse(ParseJsonDocumentWithId(text), fallback_id), sink);
  }
  if (in.bad()) Emit(Failure(std::string(name), Status::IoError("read error")), sink);
}

void DocumentReader::ReadPath(const std::string& path, const IntakeSink& sink) const {
  if (path == "-") {
    ReadStream(std::cin, "stdin", sink);
    return;
  }
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (status.type() == fs::file_type::not_found) {
    Emit(Failure(path, Status::NotFound("no such file or directory")), sink);
    return;
  }
  if (error) {
    Emit(Failure(path, Status::IoError(error.message())), sink);
    return;
  }
  if (fs::is_directory(status)) {
    ReadDirectory(path, sink);
  } else {
    ReadFile(path, sink);
  }
}

void DocumentReader::ReadDirectory(const std::string& path, const IntakeSink& sink) const {
  struct Entry {
    std::string name;
    bool directory;
  };
  std::vector<Entry> entries;
  std::error_code error;
  fs::directory_iterator it(path, error);
  for (; !error && it != fs::directory_iterator(); it.increment(error)) {
    std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code type_error;
    const bool link = it->is_symlink(type_error);
    const fs::file_status status = it->status(type_error);  // follows links
    if (fs::is_directory(status)) {
      if (!link) entries.push_back({std::move(name), true});
    } else if (fs::is_regular_file(status) || status.type() == fs::file_type::not_found) {
      entries.push_back({std::move(name), false});  // a broken link is reported when read
    }
  }
  if (error) {
    Emit(Failure(path, Status::IoError("cannot read directory: " + error.message())), sink);
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.name < b.name; });
  for (const Entry& entry : entries) {
    const std::string child = (fs::path(path) / entry.name).string();
    if (entry.directory) {
      ReadDirectory(child, sink);
    } else {
      ReadFile(child, sink);
    }
  }
}

void DocumentReader::ReadFile(const std::string& path, const IntakeSink& sink) const {
  const std::string extension = LowerExtension(path);
  if (extension == ".jsonl" || extension == ".ndjson") {
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      Emit(Failure(path, Status::IoError(OpenError())), sink);
      return;
    }
    ReadStream(in, path, sink);
    return;
  }
  if (extension == ".json") {
    ReadJsonFile(path, sink);
    return;
  }
  const bool html = extension == ".html" || extension == ".htm" || extension == ".xhtml";
  Emit(ReadSingleDocument(path, html, options_.max_document_bytes), sink);
}

void DocumentReader::ReadJsonFile(const std::string& path, const IntakeSink& sink) const {
  Result<std::string> content = ReadWholeFile(path, options_.max_document_bytes);
  if (!content.ok()) {
    if (content.status().code() != Status::Code::kTooLarge) {
      Emit(Failure(path, content.status()), sink);
      return;
    }
    // Too large to be one document: read it line by line.
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      Emit(Failure(path, Status::IoError(OpenError())), sink);
      return;
    }
    ReadStream(in, path, sink);
    return;
  }
  const std::string_view text = WithoutByteOrderMark(*content);
  // The first non-blank line decides: a complete value means JSONL.
  std::string_view first;
  for (size_t pos = 0; pos < text.size();) {
    const size_t end = std::min(text.find('\n', pos), text.size());
    first = text.substr(pos, end - pos);
    if (!IsBlank(first)) break;
    pos = end + 1;
  }
  bool json_lines = IsBlank(first);
  try {
    json_lines = json_lines || nlohmann::json::accept(CleanUtf8(first));
  } catch (const std::exception&) {
    json_lines = true;
  }
  if (json_lines) {
    std::istringstream in{std::string(text)};
    ReadStream(in, path, sink);
    return;
  }
  Emit(FromJsonParse(ParseJsonDocumentWithId(text), path), sink);
}

}  // namespace casus
