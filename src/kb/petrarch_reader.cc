// Readers of PETRARCH/TABARI dictionaries: actor dictionaries
// (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
// Phoenix.MilNonState.actors.txt) and the agent dictionary
// (Phoenix.agents.txt).
//
// Actor dictionaries: a line "PHRASE [CODE]" starts an entry, "+PHRASE"
// adds a synonym, "[CODE DATE]" lines add codes; words are joined by '_'
// (a trailing '_' only marks the end of the phrase); DATE is ">YYMMDD"
// (from), "<YYMMDD" (until) or "YYMMDD-YYMMDD", with YYYYMMDD allowed and
// two-digit years up to 30 read as 20YY. "[---]" means no code.
// Agent dictionaries: "PHRASE {PLURAL} [~CODE]" with regular plurals made
// automatically ("{}" = none), "!NAME! = A, B" substitution sets used as
// "CONGRESS!PERSON!". "~CODE" is appended to the actor's code, "CODE~"
// prepended. '#' starts a comment; "<!-- ... -->" is a comment.
//
// Whatever is malformed is skipped with a warning: these files are large
// and hand-made, and a researcher wants them loaded, not rejected.
#include <string>
#include <string_view>
#include <unordered_map>
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

// Yields the lines of `text` with comments removed, skipping blank ones.
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}

  bool Next(std::string_view& line, uint32_t& line_no) {
    while (pos_ < text_.size()) {
      size_t end = text_.find('\n', pos_);
      if (end == std::string_view::npos) end = text_.size();
      std::string_view raw = text_.substr(pos_, end - pos_);
      pos_ = end + 1;
      ++line_no_;
      if (in_comment_) {
        const size_t close = raw.find("-->");
        if (close == std::string_view::npos) continue;
        in_comment_ = false;
        raw.remove_prefix(close + 3);
      }
      const size_t open = raw.find("<!--");
      if (open != std::string_view::npos) {
        const size_t close = raw.find("-->", open + 4);
        if (close == std::string_view::npos) {
          in_comment_ = true;
          raw = raw.substr(0, open);
        } else {
          // Keep the text around a one-line comment (rarely used).
          raw = raw.substr(0, open);
        }
      }
      const size_t hash = raw.find('#');
      if (hash != std::string_view::npos) raw = raw.substr(0, hash);
      raw = Trim(raw);
      if (raw.empty()) continue;
      line = raw;
      line_no = line_no_;
      return true;
    }
    return false;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_no_ = 0;
  bool in_comment_ = false;
};

// PETRARCH date: YYMMDD (7 characters tolerated) or YYYYMMDD.
std::optional<DateBound> ParsePetrarchDate(std::string_view text) {
  int digits[8];
  size_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') break;
    if (n < 8) digits[n] = c - '0';
    ++n;
  }
  if (n < 6 || n != text.size()) return std::nullopt;
  int year, month, day;
  if (n <= 7) {
    year = digits[0] * 10 + digits[1];
    year += year <= 30 ? 2000 : 1900;
    month = digits[2] * 10 + digits[3];
    day = digits[4] * 10 + digits[5];
  } else {
    year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    month = digits[4] * 10 + digits[5];
    day = digits[6] * 10 + digits[7];
  }
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) {
    return std::nullopt;
  }
  return DateBound{year, static_cast<int8_t>(month), static_cast<int8_t>(day)};
}

// Phrase → display name: '_' to spaces, words capitalised ("U.N." kept).
std::string DisplayName(std::string_view phrase, bool lower) {
  std::string out;
  bool word_start = true;
  const bool keep = phrase.find('.') != std::string_view::npos;
  for (char c : phrase) {
    if (c == '_' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      word_start = true;
      continue;
    }
    if (c >= 'A' && c <= 'Z' && !keep && (lower || !word_start)) c = static_cast<char>(c + 32);
    out += c;
    word_start = false;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string IdStem(std::string_view prefix, std::string_view phrase) {
  std::string id(prefix);
  for (char c : phrase) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (ok) {
      id += c;
    } else if (!id.empty() && id.back() != '_') {
      id += '_';
    }
    if (id.size() >= 60) break;
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  return id;
}

bool IsNonCountryPrefix(std::string_view p) {
  return p == "IGO" || p == "NGO" || p == "NGM" || p == "MNC" || p == "INT" || p == "ELI" ||
         p == "UIS" || p == "---";
}

ActorKind KindOfSector(std::string_view sector) {
  if (sector.empty()) return ActorKind::kState;
  if (sector == "GOV" || sector == "LEG" || sector == "JUD") return ActorKind::kGovernment;
  if (sector == "MIL") return ActorKind::kMilitary;
  if (sector == "COP") return ActorKind::kPolice;
  if (sector == "SPY") return ActorKind::kIntelligence;
  if (sector == "REB" || sector == "INS" || sector == "UAF" || sector == "SEP" || sector == "RAD") {
    return ActorKind::kArmedGroup;
  }
  if (sector == "PTY" || sector == "OPP") return ActorKind::kParty;
  if (sector == "ELI") return ActorKind::kPerson;
  if (sector == "MED") return ActorKind::kMedia;
  if (sector == "BUS") return ActorKind::kBusiness;
  if (sector == "CVL" || sector == "REF") return ActorKind::kPopulation;
  return ActorKind::kOrganisation;
}

// Fills country, sector and kind from the entry's main code.
void ClassifyByCode(ActorRecord& r) {
  ActorCode main = r.cameo;
  if (main.empty() && !r.dated_codes.empty()) main = r.dated_codes.back().code;
  const std::string_view code = main.view();
  if (code.size() < 3) {
    r.kind = ActorKind::kOrganisation;
    return;
  }
  const std::string_view prefix = code.substr(0, 3);
  if (prefix == "IGO") {
    r.kind = ActorKind::kIgo;
    r.sector = ActorCode("IGO");
  } else if (prefix == "NGO" || prefix == "NGM") {
    r.kind = ActorKind::kNgo;
    r.sector = ActorCode("NGO");
  } else if (prefix == "MNC") {
    r.kind = ActorKind::kBusiness;
    r.sector = ActorCode("BUS");
  } else if (IsNonCountryPrefix(prefix)) {
    r.kind = prefix == "ELI" ? ActorKind::kPerson : ActorKind::kOrganisation;
  } else {
    r.country = ActorCode(prefix);
    const std::string_view sector = code.substr(3, 3);
    r.sector = ActorCode(sector);
    r.kind = KindOfSector(sector);
  }
  // People are the entries whose codes change over time.
  if (!r.dated_codes.empty() && r.kind != ActorKind::kState) r.kind = ActorKind::kPerson;
}

class ActorDictionaryReader {
 public:
  ActorDictionaryReader(uint32_t file, KbBuilder& builder) : file_(file), builder_(builder) {}

  void Read(std::string_view text) {
    LineReader lines(text);
    std::string_view line;
    uint32_t line_no = 0;
    while (lines.Next(line, line_no)) {
      if (line.front() == '[') {
        if (entry_ == nullptr) {
          builder_.Warning(file_, line_no, "code line outside an entry; skipped");
          continue;
        }
        ReadCodes(line, line_no);
      } else if (line.front() == '+') {
        if (entry_ == nullptr) {
          builder_.Warning(file_, line_no, "synonym outside an entry; skipped");
          continue;
        }
        std::string_view codes;
        const std::string_view phrase = SplitPhrase(line.substr(1), codes);
        if (!phrase.empty()) entry_->record.aliases.push_back(DisplayName(phrase, false));
        if (!codes.empty()) ReadCodes(codes, line_no);
      } else {
        Finish();
        std::string_view codes;
        const std::string_view phrase = SplitPhrase(line, codes);
        if (phrase.empty()) {
          builder_.Warning(file_, line_no, "entry without a phrase; skipped");
          continue;
        }
        entry_ = builder_.NewActor(builder_.UniqueId(IdStem("phx_", phrase)), file_, line_no);
        if (entry_ == nullptr) continue;
        entry_->record.name = DisplayName(phrase, false);
        entry_->record.name_case = NameCase::kProperName;
        if (!codes.empty()) ReadCodes(codes, line_no);
      }
    }
    Finish();
  }

 private:
  // The phrase before any "[...]" codes on the line; `codes` gets the rest.
  static std::string_view SplitPhrase(std::string_view line, std::string_view& codes) {
    const size_t bracket = line.find('[');
    codes = bracket == std::string_view::npos ? std::string_view() : line.substr(bracket);
    std::string_view phrase = Trim(line.substr(0, bracket));
    while (!phrase.empty() && phrase.back() == '_') phrase.remove_suffix(1);
    return phrase;
  }

  void Finish() {
    if (entry_ != nullptr) ClassifyByCode(entry_->record);
    entry_ = nullptr;
  }

  void ReadCodes(std::string_view text, uint32_t line_no) {
    size_t pos = 0;
    while ((pos = text.find('[', pos)) != std::string_view::npos) {
      const size_t close = text.find(']', pos);
      if (close == std::string_view::npos) {
        builder_.Warning(file_, line_no, "missing ']'; code skipped");
        return;
      }
      ReadCode(Trim(text.substr(pos + 1, close - pos - 1)), line_no);
      pos = close + 1;
    }
  }

  void ReadCode(std::string_view body, uint32_t line_no) {
    const size_t space = body.find_first_of(" \t");
    const std::string_view code = body.substr(0, space);
    std::string_view date = space == std::string_view::npos ? "" : Trim(body.substr(space));
    if (code.empty() || code.front() == '-' || code.size() > ActorCode::kCapacity) return;
    ActorRecord& r = entry_->record;
    if (date.empty()) {
      if (r.cameo.empty()) {
        r.cameo = ActorCode(code);
      } else {
        r.dated_codes.push_back(DatedCode{ActorCode(code), DateRange{}});
      }
      return;
    }
    DateRange when;
    bool ok = true;
    if (date.front() == '>') {
      auto from = ParsePetrarchDate(date.substr(1));
      ok = from.has_value();
      if (ok) when.from = *from;
    } else if (date.front() == '<') {
      auto to = ParsePetrarchDate(date.substr(1));
      ok = to.has_value();
      if (ok) when.to = *to;
    } else {
      const size_t dash = date.find('-');
      auto from = ParsePetrarchDate(date.substr(0, dash));
      auto to =
          dash == std::string_view::npos ? std::nullopt : ParsePetrarchDate(date.substr(dash + 1));
      ok = from.has_value() && to.has_value();
      if (ok) {
        when.from = *from;
        when.to = *to;
      }
    }
    if (!ok) {
      builder_.Warning(file_, line_no,
                       "unreadable date '" + std::string(date) + "'; code kept undated");
      when = DateRange{};
    }
    r.dated_codes.push_back(DatedCode{ActorCode(code), when});
  }

  uint32_t file_;
  KbBuilder& builder_;
  KbBuilder::DraftActor* entry_ = nullptr;
};

std::string RegularPlural(std::string_view phrase) {
  std::string out(phrase);
  if (out.empty()) return out;
  if (out.back() == 'Y') {
    out.pop_back();
    out += "IES";
  } else if (out.back() == 'S') {
    out += "ES";
  } else {
    out += "S";
  }
  return out;
}

void AddAgent(std::string_view phrase, std::string_view code, const std::vector<std::string>& forms,
              uint32_t file, uint32_t line_no, KbBuilder& builder) {
  KbBuilder::DraftActor* entry =
      builder.NewActor(builder.UniqueId(IdStem("phx_agent_", phrase)), file, line_no);
  if (entry == nullptr) return;
  ActorRecord& r = entry->record;
  r.kind = ActorKind::kAgent;
  r.name_case = NameCase::kAnyCase;
  r.name = DisplayName(phrase, true);
  for (const std::string& form : forms) r.aliases.push_back(DisplayName(form, true));
  r.cameo = ActorCode(code);
  std::string_view letters = code;
  if (!letters.empty() && letters.front() == '~') letters.remove_prefix(1);
  if (!letters.empty() && letters.back() == '~') letters.remove_suffix(1);
  r.sector = ActorCode(letters.substr(0, 3));
}

}  // namespace

void ReadPetrarchActors(std::string_view text, uint32_t file, KbBuilder& builder) {
  ActorDictionaryReader(file, builder).Read(text);
}

void ReadPetrarchAgents(std::string_view text, uint32_t file, KbBuilder& builder) {
  std::unordered_map<std::string, std::vector<std::string>> substitutions;
  LineReader lines(text);
  std::string_view line;
  uint32_t line_no = 0;
  while (lines.Next(line, line_no)) {
    const size_t bang = line.find('!');
    if (bang != std::string_view::npos && line.find('=') != std::string_view::npos) {
      const size_t close = line.find('!', bang + 1);
      const size_t eq = line.find('=');
      if (close == std::string_view::npos || eq < close) {
        builder.Warning(file, line_no, "malformed substitution set; skipped");
        continue;
      }
      std::vector<std::string>& items =
          substitutions[std::string(line.substr(bang + 1, close - bang - 1))];
      items.clear();
      std::string_view rest = line.substr(eq + 1);
      while (!rest.empty()) {
        const size_t comma = rest.find(',');
        const std::string_view item = Trim(rest.substr(0, comma));
        if (!item.empty()) items.emplace_back(item);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
      }
      continue;
    }
    const size_t bracket = line.find('[');
    const size_t close = line.find(']', bracket == std::string_view::npos ? 0 : bracket);
    if (bracket == std::string_view::npos || close == std::string_view::npos) {
      builder.Warning(file, line_no, "agent without a [CODE]; skipped");
      continue;
    }
    const std::string_view code = Trim(line.substr(bracket + 1, close - bracket - 1));
    std::string_view head = Trim(line.substr(0, bracket));
    std::vector<std::string> forms;
    std::string phrase;
    if (head.find('!') != std::string_view::npos) {
      const size_t a = head.find('!');
      const size_t b = head.find('!', a + 1);
      auto it = b == std::string_view::npos
                    ? substitutions.end()
                    : substitutions.find(std::string(head.substr(a + 1, b - a - 1)));
      if (it == substitutions.end()) {
        builder.Warning(file, line_no, "unknown substitution marker; skipped");
        continue;
      }
      for (const std::string& item : it->second) {
        std::string form(head.substr(0, a));
        form += item;
        form += head.substr(b + 1);
        if (phrase.empty()) {
          phrase = form;
        } else {
          forms.push_back(form);
        }
      }
    } else {
      const size_t brace = head.find('{');
      if (brace != std::string_view::npos) {
        const size_t brace_close = head.find('}', brace);
        if (brace_close == std::string_view::npos) {
          builder.Warning(file, line_no, "missing '}'; skipped");
          continue;
        }
        const std::string_view plural = Trim(head.substr(brace + 1, brace_close - brace - 1));
        head = Trim(head.substr(0, brace));
        if (!plural.empty()) forms.emplace_back(plural);
      } else {
        std::string_view stem = head;
        while (!stem.empty() && stem.back() == '_') stem.remove_suffix(1);
        forms.push_back(RegularPlural(stem));
      }
      phrase = std::string(head);
    }
    while (!phrase.empty() && phrase.back() == '_') phrase.pop_back();
    if (phrase.empty() || code.empty()) {
      builder.Warning(file, line_no, "empty agent; skipped");
      continue;
    }
    AddAgent(phrase, code, forms, file, line_no, builder);
  }
}

}  // namespace casus
