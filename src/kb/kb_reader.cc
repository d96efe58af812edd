// Reader of the casus `.kb` format (docs/knowledge-base.md).
#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include "kb/kb_builder.h"

namespace casus {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Splits at `sep`, trimming each piece; keeps empty pieces.
std::vector<std::string_view> SplitFields(std::string_view s, char sep, size_t max_fields) {
  std::vector<std::string_view> out;
  while (out.size() + 1 < max_fields) {
    const size_t pos = s.find(sep);
    if (pos == std::string_view::npos) break;
    out.push_back(Trim(s.substr(0, pos)));
    s.remove_prefix(pos + 1);
  }
  out.push_back(Trim(s));
  return out;
}

// "'text'" (built by appending: GCC 12 warns spuriously on "'" + string).
std::string Quoted(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '\'';
  out += text;
  out += '\'';
  return out;
}

bool IsIdChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

bool IsValidId(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!IsIdChar(c)) return false;
  }
  return true;
}

bool IsUpperCode(std::string_view code, size_t min, size_t max) {
  if (code.size() < min || code.size() > max) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// A CAMEO code as written in `cameo:` (upper case, optionally with a '~'
// marking an agent suffix or prefix).
bool IsCameoCode(std::string_view code) {
  if (code.empty() || code.size() > ActorCode::kCapacity) return false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    const bool tilde_ok = c == '~' && (i == 0 || i + 1 == code.size());
    if (!tilde_ok && !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

void AppendList(std::string_view value, std::vector<std::string>& out) {
  for (std::string_view item : SplitFields(value, ';', SIZE_MAX)) {
    if (!item.empty()) out.emplace_back(item);
  }
}

bool ParseConfidence(std::string_view text, double& out) {
  if (text.empty()) return false;
  // std::from_chars for double is available in libstdc++ 11+.
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size() && out >= 0 && out <= 1;
}

class CasusReader {
 public:
  CasusReader(uint32_t file, KbBuilder& builder) : file_(file), builder_(builder) {}

  void Read(std::string_view text) {
    uint32_t line_no = 0;
    size_t pos = 0;
    while (pos <= text.size()) {
      size_t end = text.find('\n', pos);
      if (end == std::string_view::npos) end = text.size();
      ++line_no;
      ReadLine(Trim(text.substr(pos, end - pos)), line_no);
      if (end == text.size()) break;
      pos = end + 1;
    }
  }

 private:
  void Error(uint32_t line, std::string_view message) { builder_.Error(file_, line, message); }

  void ReadLine(std::string_view line, uint32_t line_no) {
    if (line.empty() || line.front() == '#') return;
    if (line.front() == '[') {
      seen_keys_.clear();
      if (line.back() != ']') {
        Error(line_no, "malformed entry header (expected '[id]')");
        entry_ = nullptr;
        skipping_ = true;
        return;
      }
      const std::string_view id = Trim(line.substr(1, line.size() - 2));
      if (!IsValidId(id)) {
        Error(line_no, "invalid id '" + std::string(id) +
                           "' (use lower-case ASCII letters, digits and '_')");
        entry_ = nullptr;
        skipping_ = true;
        return;
      }
      entry_ = builder_.NewActor(std::string(id), file_, line_no);
      skipping_ = entry_ == nullptr;
      return;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      Error(line_no, "expected 'key: value' or '[id]'");
      return;
    }
    const std::string_view key = Trim(line.substr(0, colon));
    const std::string_view value = Trim(line.substr(colon + 1));
    if (entry_ == nullptr) {
      if (!skipping_) Error(line_no, Quoted(key) + " before the first '[id]'");
      return;
    }
    ReadKey(key, value, line_no);
  }

  // Keys that may appear once per entry.
  bool Once(std::string_view key, uint32_t line_no) {
    for (const std::string& seen : seen_keys_) {
      if (seen == key) {
        Error(line_no, Quoted(key) + " given twice in entry " + Quoted(entry_->record.id));
        return false;
      }
    }
    seen_keys_.emplace_back(key);
    return true;
  }

  void ReadKey(std::string_view key, std::string_view value, uint32_t line_no) {
    ActorRecord& r = entry_->record;
    if (key == "name") {
      if (!Once(key, line_no)) return;
      if (value.empty()) Error(line_no, "empty name");
      r.name = std::string(value);
    } else if (key == "alias") {
      AppendList(value, r.aliases);
    } else if (key == "home_alias") {
      AppendList(value, r.home_aliases);
    } else if (key == "demonym") {
      AppendList(value, r.demonyms);
    } else if (key == "capital") {
      if (!Once(key, line_no)) return;
      AppendList(value, r.capitals);
    } else if (key == "seat") {
      if (!Once(key, line_no)) return;
      const size_t comma = value.rfind(',');
      const std::string_view code =
          comma == std::string_view::npos ? std::string_view() : Trim(value.substr(comma + 1));
      if (comma == std::string_view::npos || comma == 0 || !IsUpperCode(code, 3, 3)) {
        Error(line_no, "seat must be 'City, CCC' with an ISO 3166-1 alpha-3 code, not '" +
                           std::string(value) + "'");
        return;
      }
      r.seat_town = std::string(Trim(value.substr(0, comma)));
      r.seat_country = ActorCode(code);
    } else if (key == "kind") {
      if (!Once(key, line_no)) return;
      auto kind = ParseActorKind(value);
      if (!kind || *kind == ActorKind::kUnknown) {
        Error(line_no, "unknown kind '" + std::string(value) + "'");
        return;
      }
      r.kind = *kind;
    } else if (key == "country") {
      if (!Once(key, line_no)) return;
      if (!value.empty() && !IsUpperCode(value, 3, 3)) {
        Error(line_no, "country must be an ISO 3166-1 alpha-3 code such as IRN, not '" +
                           std::string(value) + "'");
        return;
      }
      r.country = ActorCode(value);
    } else if (key == "sector") {
      if (!Once(key, line_no)) return;
      if (!value.empty() && !IsUpperCode(value, 3, 3)) {
        Error(line_no,
              "sector must be a three-letter code such as GOV, not '" + std::string(value) + "'");
        return;
      }
      r.sector = ActorCode(value);
    } else if (key == "cameo") {
      ReadCameo(value, line_no);
    } else if (key == "role") {
      ReadRole(value, line_no);
    } else if (key == "relation") {
      ReadRelation(value, line_no);
    } else if (key == "refers") {
      for (std::string_view item : SplitFields(value, ';', SIZE_MAX)) {
        if (item.empty()) continue;
        auto kind = ParseActorKind(item);
        if (!kind || *kind == ActorKind::kUnknown) {
          Error(line_no, "unknown kind '" + std::string(item) + "' in refers");
          continue;
        }
        r.refers.push_back(*kind);
      }
    } else if (key == "note") {
      r.notes.emplace_back(value);
    } else {
      Error(line_no, "unknown key '" + std::string(key) + "'");
    }
  }

  void ReadCameo(std::string_view value, uint32_t line_no) {
    ActorRecord& r = entry_->record;
    const auto fields = SplitFields(value, '|', 2);
    if (!IsCameoCode(fields[0])) {
      Error(line_no, "malformed CAMEO code '" + std::string(fields[0]) + "'");
      return;
    }
    if (fields.size() == 1) {
      if (!r.cameo.empty()) {
        Error(line_no, "'cameo' given twice in entry '" + r.id + "' (date the codes to repeat it)");
        return;
      }
      r.cameo = ActorCode(fields[0]);
      return;
    }
    auto when = ParseDateRange(fields[1]);
    if (!when) {
      Error(line_no, "bad date range '" + std::string(fields[1]) + "' (expected FROM..TO)");
      return;
    }
    r.dated_codes.push_back(DatedCode{ActorCode(fields[0]), *when});
  }

  void ReadRole(std::string_view value, uint32_t line_no) {
    const auto fields = SplitFields(value, '|', 3);
    if (fields.size() < 2 || fields[0].empty() || fields[1].empty()) {
      Error(line_no, "malformed role (expected 'TITLE | ORG-ID | FROM..TO')");
      return;
    }
    KbBuilder::DraftRole role;
    role.title = std::string(fields[0]);
    role.org = std::string(fields[1]);
    role.line = line_no;
    if (!IsValidId(fields[1])) {
      Error(line_no, "malformed role: '" + role.org + "' is not an id");
      return;
    }
    if (fields.size() == 3 && !fields[2].empty()) {
      auto when = ParseDateRange(fields[2]);
      if (!when) {
        Error(line_no, "bad date range '" + std::string(fields[2]) + "' in role");
        return;
      }
      role.when = *when;
    }
    entry_->roles.push_back(std::move(role));
  }

  void ReadRelation(std::string_view value, uint32_t line_no) {
    const auto fields = SplitFields(value, '|', 5);
    if (fields.size() < 2 || fields[0].empty() || fields[1].empty()) {
      Error(line_no,
            "malformed relation (expected 'TYPE | OBJECT-ID | FROM..TO | CONFIDENCE | NOTE')");
      return;
    }
    KbBuilder::DraftRelation rel;
    rel.line = line_no;
    auto type = ParseRelationType(fields[0]);
    if (!type) {
      Error(line_no, "malformed relation: unknown type '" + std::string(fields[0]) +
                         "' (front_of, proxy_of, backed_by, member_of, part_of, allied_with, "
                         "leads)");
      return;
    }
    rel.type = *type;
    if (!IsValidId(fields[1])) {
      Error(line_no, "malformed relation: '" + std::string(fields[1]) + "' is not an id");
      return;
    }
    rel.object = std::string(fields[1]);
    if (fields.size() > 2 && !fields[2].empty()) {
      auto when = ParseDateRange(fields[2]);
      if (!when) {
        Error(line_no, "bad date range '" + std::string(fields[2]) + "' in relation");
        return;
      }
      rel.when = *when;
    }
    if (fields.size() > 3 && !fields[3].empty() && !ParseConfidence(fields[3], rel.confidence)) {
      Error(line_no, "malformed relation: confidence '" + std::string(fields[3]) +
                         "' is not a number in [0, 1]");
      return;
    }
    if (fields.size() > 4) rel.note = std::string(fields[4]);
    if (rel.object == entry_->record.id) {
      Error(line_no, "relation of '" + rel.object + "' to itself");
      return;
    }
    entry_->relations.push_back(std::move(rel));
  }

  uint32_t file_;
  KbBuilder& builder_;
  KbBuilder::DraftActor* entry_ = nullptr;
  bool skipping_ = false;  // inside an entry whose header was rejected
  std::vector<std::string> seen_keys_;
};

}  // namespace

void ReadCasusKb(std::string_view text, uint32_t file, KbBuilder& builder) {
  CasusReader(file, builder).Read(text);
}

}  // namespace casus
