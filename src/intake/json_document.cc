#include "intake/json_document.h"

#include <array>
#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "intake/html_extractor.h"
#include "intake/whitespace.h"

namespace casus {
namespace {

using Json = nlohmann::json;

enum class Field { kId, kText, kHtml, kDate, kTitle, kSource, kUrl, kCount };
constexpr std::array<std::string_view, static_cast<size_t>(Field::kCount)> kFieldNames = {
    "id", "text", "html", "date", "title", "source", "url"};

struct Member {
  enum class Kind { kAbsent, kNull, kString, kOther };
  Kind kind = Kind::kAbsent;
  std::string value;
};

// Records the top-level members casus reads; everything else is skipped.
class TopLevelReader : public nlohmann::json_sax<Json> {
 public:
  bool null() override { return Scalar(Member::Kind::kNull, nullptr); }
  bool boolean(bool) override { return Scalar(Member::Kind::kOther, nullptr); }
  bool number_integer(number_integer_t) override { return Scalar(Member::Kind::kOther, nullptr); }
  bool number_unsigned(number_unsigned_t) override { return Scalar(Member::Kind::kOther, nullptr); }
  bool number_float(number_float_t, const string_t&) override {
    return Scalar(Member::Kind::kOther, nullptr);
  }
  bool string(string_t& value) override { return Scalar(Member::Kind::kString, &value); }
  bool binary(binary_t&) override { return Scalar(Member::Kind::kOther, nullptr); }
  bool start_object(std::size_t) override { return Open(/*object=*/true); }
  bool start_array(std::size_t) override { return Open(/*object=*/false); }
  bool end_object() override { return Close(); }
  bool end_array() override { return Close(); }
  bool key(string_t& name) override {
    if (depth_ == 1) current_ = Lookup(name);
    return true;
  }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& error) override {
    Fail(position, error.what());
    return false;
  }
  void Fail(size_t position, std::string_view what) {
    syntax_error_ = true;
    error_position_ = position;
    error_text_ = what;
  }

  const Member& member(Field field) const { return members_[static_cast<size_t>(field)]; }
  Member& member(Field field) { return members_[static_cast<size_t>(field)]; }
  bool not_an_object() const { return not_an_object_; }
  bool syntax_error() const { return syntax_error_; }

  // "malformed JSON at byte N: <what the parser says>", at most ~200 bytes.
  std::string SyntaxErrorMessage() const {
    std::string_view what = error_text_;
    if (what.starts_with("[json.exception.")) {
      if (const size_t end = what.find("] "); end != what.npos) what.remove_prefix(end + 2);
    }
    if (what.starts_with("parse error")) {
      if (const size_t colon = what.find(": "); colon != what.npos) what.remove_prefix(colon + 2);
    }
    constexpr size_t kMaxReason = 160;
    std::string reason(what.substr(0, kMaxReason));
    if (what.size() > kMaxReason) {
      while (!reason.empty() && (static_cast<unsigned char>(reason.back()) & 0xC0) == 0x80) {
        reason.pop_back();
      }
      if (!reason.empty() && static_cast<unsigned char>(reason.back()) >= 0xC0) reason.pop_back();
      reason += "...";
    }
    // The parser quotes the bytes it last read, which may end inside a character.
    return "malformed JSON at byte " + std::to_string(error_position_) + ": " + CleanUtf8(reason);
  }

 private:
  static Field Lookup(std::string_view name) {
    for (size_t i = 0; i < kFieldNames.size(); ++i) {
      if (kFieldNames[i] == name) return static_cast<Field>(i);
    }
    return Field::kCount;
  }

  // A value at the top of the object for the current key.
  void Record(Member::Kind kind, string_t* value) {
    if (depth_ != 1 || current_ == Field::kCount) return;
    Member& target = member(current_);
    target.kind = kind;
    target.value = value != nullptr ? std::move(*value) : std::string();
    current_ = Field::kCount;
  }

  bool Scalar(Member::Kind kind, string_t* value) {
    if (depth_ == 0) {
      not_an_object_ = true;
      return false;
    }
    Record(kind, value);
    return true;
  }

  bool Open(bool object) {
    if (depth_ == 0 && !object) {
      not_an_object_ = true;
      return false;
    }
    Record(Member::Kind::kOther, nullptr);
    ++depth_;
    return true;
  }

  bool Close() {
    --depth_;
    return true;
  }

  std::array<Member, static_cast<size_t>(Field::kCount)> members_;
  Field current_ = Field::kCount;
  int64_t depth_ = 0;
  bool not_an_object_ = false;
  bool syntax_error_ = false;
  size_t error_position_ = 0;
  std::string error_text_;
};

// Runs the reader over `json` (already valid UTF-8). Returns true when the
// whole input was one well-formed value.
bool RunReader(std::string_view json, TopLevelReader& reader) {
  try {
    return Json::sax_parse(json.begin(), json.end(), &reader);
  } catch (const std::exception& error) {
    reader.Fail(0, error.what());
    return false;
  }
}

bool HasNonSpace(std::string_view text) {
  return text.find_first_not_of(" \t\n") != std::string_view::npos;
}

// A value quoted in a one-line reason: at most ~40 bytes, control
// characters escaped.
std::string Quote(std::string_view value) {
  constexpr size_t kMax = 40;
  std::string quoted = "\"";
  for (const char c : value.substr(0, kMax)) {
    if (c == '\n') {
      quoted += "\\n";
    } else if (c == '\t') {
      quoted += "\\t";
    } else {
      quoted.push_back(c);
    }
  }
  if (value.size() > kMax) quoted += "...";
  return CleanUtf8(quoted) + "\"";
}

Status TypeError(std::string_view field) {
  return Status::InvalidInput("field \"" + std::string(field) + "\" must be a string");
}

// Fills `parse` from the members the reader recorded.
void BuildDocument(TopLevelReader& reader, JsonDocumentParse& parse) {
  const Member& id = reader.member(Field::kId);
  if (id.kind == Member::Kind::kOther) {
    parse.status = TypeError("id");
    return;
  }
  parse.id = CleanUtf8(id.value);
  parse.document.id = parse.id;

  const Member& date = reader.member(Field::kDate);
  if (date.kind == Member::Kind::kOther) {
    parse.status = TypeError("date");
    return;
  }
  if (date.kind == Member::Kind::kString && HasNonSpace(date.value)) {
    const size_t start = date.value.find_first_not_of(" \t\n");
    const size_t end = date.value.find_last_not_of(" \t\n") + 1;
    parse.document.date = Date::Parse(std::string_view(date.value).substr(start, end - start));
    if (!parse.document.date) {
      parse.status = Status::InvalidInput("invalid date " + Quote(CleanUtf8(date.value)) +
                                          " (expected YYYY-MM-DD)");
      return;
    }
  }

  const Member& text = reader.member(Field::kText);
  const Member& html = reader.member(Field::kHtml);
  if (text.kind == Member::Kind::kOther) {
    parse.status = TypeError("text");
    return;
  }
  std::string repaired = CleanUtf8(text.value);
  if (HasNonSpace(repaired)) {
    parse.document.text = std::move(repaired);
  } else if (html.kind == Member::Kind::kString) {
    Result<Document> page = ExtractHtmlArticle(html.value, parse.id);
    if (!page.ok()) {
      parse.status = page.status();
      return;
    }
    std::optional<Date> json_date = parse.document.date;
    parse.document = std::move(page).value();
    if (json_date) parse.document.date = json_date;
  } else if (html.kind == Member::Kind::kOther) {
    parse.status = TypeError("html");
    return;
  } else if (text.kind == Member::Kind::kString) {
    parse.status = Status::InvalidInput("empty text");
    return;
  } else {
    parse.status = Status::InvalidInput("missing text (no \"text\" or \"html\" string)");
    return;
  }

  const auto optional_string = [&](Field field, std::string& out) {
    const Member& member = reader.member(field);
    if (member.kind == Member::Kind::kString && HasNonSpace(member.value)) {
      out = CleanUtf8(member.value);
    }
  };
  optional_string(Field::kTitle, parse.document.title);
  optional_string(Field::kSource, parse.document.source);
  optional_string(Field::kUrl, parse.document.url);
}

}  // namespace

JsonDocumentParse ParseJsonDocumentWithId(std::string_view json) {
  JsonDocumentParse parse;
  try {
    const std::string repaired = CleanUtf8(json);
    TopLevelReader reader;
    const bool parsed = RunReader(repaired, reader);
    if (!parsed) {
      const Member& id = reader.member(Field::kId);
      if (id.kind == Member::Kind::kString) parse.id = CleanUtf8(id.value);
      parse.document.id = parse.id;
      parse.status = reader.not_an_object() || !reader.syntax_error()
                         ? Status::InvalidInput("not a JSON object")
                         : Status::InvalidInput(reader.SyntaxErrorMessage());
      return parse;
    }
    BuildDocument(reader, parse);
  } catch (const std::exception& error) {
    parse.status = Status::Internal(std::string("reading JSON: ") + error.what());
  }
  return parse;
}

Result<Document> ParseJsonDocument(std::string_view line) {
  JsonDocumentParse parse = ParseJsonDocumentWithId(line);
  if (!parse.status.ok()) return parse.status;
  return std::move(parse.document);
}

std::string RecoverJsonId(std::string_view prefix) {
  try {
    TopLevelReader reader;
    RunReader(CleanUtf8(prefix), reader);
    const Member& id = reader.member(Field::kId);
    return id.kind == Member::Kind::kString ? CleanUtf8(id.value) : std::string();
  } catch (const std::exception&) {
    return {};
  }
}

}  // namespace casus
