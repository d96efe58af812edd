#include "nlp/tagger_features.h"

#include <array>
#include <cstring>

namespace casus::tagger {
namespace {

constexpr size_t kMaxWordBytes = 64;  // longer tokens are hashed on their first 64 bytes

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char ToLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + ('a' - 'A')) : c; }

bool EqualsLower(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ToLower(a[i]) != lower[i]) return false;
  }
  return true;
}

// Whole-token spellings replaced before anything else (curly quotes, dashes).
std::string_view CanonicalPunctuation(std::string_view text, QuoteSide quote) {
  if (text.empty() || IsAsciiUpper(text[0]) || IsAsciiLower(text[0]) || IsDigit(text[0])) return {};
  if (text == "\"") return quote == QuoteSide::kClosing ? "''" : "``";
  if (text == "\xE2\x80\x9C" || text == "\xC2\xAB" || text == "`") return "``";  // “ «
  if (text == "\xE2\x80\x9D" || text == "\xC2\xBB") return "''";                 // ” »
  if (text == "\xE2\x80\x98") return "``";                                       // ‘
  if (text == "\xE2\x80\x99") return "''";                                       // ’
  if (text == "\xE2\x80\x94" || text == "\xE2\x80\x93" || text == "\xE2\x80\x95") return "--";
  if (text == "\xE2\x80\xA6") return "...";
  return {};
}

uint8_t FixedTag(std::string_view w) {
  auto tag = [](PosTag t) { return static_cast<uint8_t>(t); };
  if (w.empty()) return kNoTag;
  if (IsAsciiUpper(w[0]) || IsAsciiLower(w[0])) {  // the common case: a word
    if ((w[0] == 'n' || w[0] == 'N') && EqualsLower(w, "n't")) return tag(PosTag::kRB);
    if (w == "US$") return tag(PosTag::kDollar);
    return kNoTag;
  }
  if (w == ",") return tag(PosTag::kComma);
  if (w == "..." || w == ";" || w == ":" || w == "--" || w == "---") return tag(PosTag::kColon);
  if (w.find_first_not_of(".?!") == std::string_view::npos && w.size() <= 3) {
    return tag(PosTag::kPeriod);
  }
  if (w == "(" || w == "[" || w == "{") return tag(PosTag::kLeftParen);
  if (w == ")" || w == "]" || w == "}") return tag(PosTag::kRightParen);
  if (w == "``") return tag(PosTag::kOpenQuote);
  if (w == "''") return tag(PosTag::kCloseQuote);
  if (w == "$" || w == "\xE2\x82\xAC" || w == "\xC2\xA3" || w == "US$") return tag(PosTag::kDollar);
  if (w == "#") return tag(PosTag::kPound);
  if (w == "&") return tag(PosTag::kCC);
  if (EqualsLower(w, "n't")) return tag(PosTag::kRB);
  if (EqualsLower(w, "'re") || EqualsLower(w, "'ve") || EqualsLower(w, "'m")) {
    return tag(PosTag::kVBP);
  }
  if (EqualsLower(w, "'ll") || EqualsLower(w, "'d")) return tag(PosTag::kMD);
  if (EqualsLower(w, "'s")) return kPossessiveOrIs;
  return kNoTag;
}

bool IsArabicArticle(std::string_view lower_part) {
  static constexpr std::array<std::string_view, 17> kArticles = {
      "al",  "el",  "ad",  "ar",  "as",    "ash",  "at",  "az", "an",
      "bin", "ibn", "abu", "abd", "abdul", "bani", "umm", "ben"};
  for (std::string_view a : kArticles) {
    if (a == lower_part) return true;
  }
  return false;
}

// "Iran-backed", "US-led", "Saudi-run", "state-owned", "well-armed": a
// compound ending in a participle is an adjective (Brown: 95% JJ). Not
// "re-elected", "over-emphasized", "high-speed".
bool IsParticipleCompound(std::string_view word, size_t first_hyphen, size_t last_hyphen) {
  const std::string_view last = word.substr(last_hyphen + 1);
  for (char c : last) {
    if (!IsAsciiLower(c)) return false;
  }
  static constexpr std::array<std::string_view, 7> kIrregular = {"run",  "made",  "born", "built",
                                                                 "held", "owned", "led"};
  bool participle = last.size() >= 4 && last.ends_with("ed") && !last.ends_with("eed");
  for (std::string_view p : kIrregular) participle |= last == p;
  if (!participle) return false;
  if (IsAsciiUpper(word[0])) return true;
  const std::string_view first = word.substr(0, first_hyphen);
  if (first.size() < 4) return false;
  for (char c : first) {
    if (!IsAsciiLower(c)) return false;
  }
  return first != "over" && first != "under";
}

// Condensed shape: X upper, x lower, d digit, u non-ASCII byte, other bytes
// as themselves; runs collapsed; plus a length bucket.
uint32_t Shape(std::string_view w) {
  char buf[16];
  size_t n = 0;
  char last = 0;
  for (char c : w) {
    char cls;
    if (IsAsciiUpper(c)) {
      cls = 'X';
    } else if (IsAsciiLower(c)) {
      cls = 'x';
    } else if (IsDigit(c)) {
      cls = 'd';
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      cls = 'u';
    } else {
      cls = c;
    }
    if (cls == last) continue;
    last = cls;
    if (n < sizeof(buf)) buf[n++] = cls;
  }
  const uint64_t bucket = w.size() <= 1 ? 1 : (w.size() <= 3 ? 2 : 3);
  return static_cast<uint32_t>(Combine(HashBytes(buf, n), bucket));
}

// Writes the normalised exact form of `text` (canonical punctuation, ’ as ')
// to `out` (kMaxWordBytes) and returns its length.
size_t NormalizeWord(std::string_view text, QuoteSide quote, char* out) {
  std::string_view canonical = CanonicalPunctuation(text, quote);
  if (canonical.empty()) canonical = text;
  size_t n = 0;
  for (size_t i = 0; i < canonical.size() && n < kMaxWordBytes; ++i) {
    if (canonical[i] == '\xE2' && canonical.size() > 3 &&
        canonical.compare(i, 3, "\xE2\x80\x99") == 0) {
      out[n++] = '\'';
      i += 2;
      continue;
    }
    out[n++] = canonical[i];
  }
  return n;
}

}  // namespace

void DescribeToken(std::string_view text, QuoteSide quote, TokenInfo* info) {
  *info = TokenInfo();
  char exact[kMaxWordBytes];
  const size_t n = NormalizeWord(text, quote, exact);
  const std::string_view word(exact, n);

  int digits = 0, letters = 0, uppers = 0, others = 0;
  for (char c : word) {
    if (IsDigit(c)) {
      ++digits;
    } else if (IsAsciiUpper(c)) {
      ++letters;
      ++uppers;
    } else if (IsAsciiLower(c) || static_cast<unsigned char>(c) >= 0x80) {
      ++letters;
    } else if (c != ',' && c != '.' && c != ':' && c != '/' && c != '-') {
      ++others;
    }
  }
  uint8_t flags = 0;
  if (!word.empty() && IsAsciiUpper(word[0])) flags |= kInitialCap;
  if (uppers >= 2 && uppers == letters) flags |= kAllCaps;
  if (uppers > 0) flags |= kHasUpper;
  if (letters > 0) flags |= kHasLetter;
  if (digits > 0) flags |= kHasDigit;
  info->shape = Shape(word);

  if (digits > 0 && letters == 0 && others == 0) {
    flags |= kNumeric;
    const std::string_view norm = (digits == 4 && word.size() == 4) ? "!YEAR" : "!NUM";
    info->exact = info->lower = HashString(norm);
    info->flags = flags;
    info->fixed_tag = static_cast<uint8_t>(PosTag::kCD);
    return;
  }

  char lower[kMaxWordBytes];
  for (size_t i = 0; i < n; ++i) lower[i] = ToLower(exact[i]);
  const std::string_view low(lower, n);
  info->exact = HashString(word);
  info->lower = (uppers == 0) ? info->exact : HashString(low);
  if (n > 3) info->suffix[2] = HashBytes(lower + n - 3, 3);  // neighbours read it
  const size_t first_hyphen = low.find('-', 1);
  if (letters > 0 && first_hyphen != std::string_view::npos && first_hyphen + 1 < n) {
    const size_t last_hyphen = low.rfind('-');
    if (last_hyphen + 1 < n) {
      flags |= kHasHyphen;
      if (IsAsciiUpper(word[first_hyphen + 1]) && IsArabicArticle(low.substr(0, first_hyphen))) {
        flags |= kArabicName;
      }
      if (IsParticipleCompound(word, first_hyphen, last_hyphen)) {
        info->flags = flags;
        info->fixed_tag = static_cast<uint8_t>(PosTag::kJJ);
        return;
      }
    }
  }
  info->flags = flags;
  info->fixed_tag = FixedTag(word);
}

void DescribeAffixes(std::string_view text, QuoteSide quote, TokenInfo* info) {
  if (info->flags & kNumeric) return;
  char lower[kMaxWordBytes];
  const size_t n = NormalizeWord(text, quote, lower);
  for (size_t i = 0; i < n; ++i) lower[i] = ToLower(lower[i]);
  for (size_t k = 1; k <= 4; ++k) {
    if (n > k && k != 3) info->suffix[k - 1] = HashBytes(lower + n - k, k);
  }
  for (size_t k = 1; k <= 3; ++k) {
    if (n > k) info->prefix[k - 1] = HashBytes(lower, k);
  }
  if (info->flags & kHasHyphen) {
    const std::string_view low(lower, n);
    const size_t first_hyphen = low.find('-', 1);
    const size_t last_hyphen = low.rfind('-');
    info->hyphen_first = HashBytes(lower, first_hyphen);
    info->hyphen_last = HashBytes(lower + last_hyphen + 1, n - last_hyphen - 1);
  }
}

void MarkFiniteVerbsAhead(std::span<TokenInfo> infos) {
  uint8_t ahead = 0;
  for (size_t i = infos.size(); i-- > 0;) {
    infos[i].finite_ahead = ahead;
    const uint8_t t = infos[i].fixed_tag != kNoTag ? infos[i].fixed_tag : infos[i].dict_tag;
    switch (static_cast<PosTag>(t)) {
      case PosTag::kVBD:
      case PosTag::kVBZ:
      case PosTag::kVBP:
      case PosTag::kMD:
        ahead = 1;
        break;
      case PosTag::kComma:
      case PosTag::kColon:
      case PosTag::kPeriod:
      case PosTag::kLeftParen:
      case PosTag::kRightParen:
      case PosTag::kCC:
      case PosTag::kWDT:
      case PosTag::kWP:
      case PosTag::kWRB:
        ahead = 0;
        break;
      default:
        break;
    }
  }
}

size_t LowerForm(std::string_view text, char* out) {
  const size_t n = NormalizeWord(text, QuoteSide::kUnknown, out);
  for (size_t i = 0; i < n; ++i) out[i] = ToLower(out[i]);
  return n;
}

uint16_t ContextWordClasses(std::string_view lower) {
  static constexpr std::array<std::string_view, 44> kMandative = {
      "demand",         "demands",    "demanded",    "demanding",   "insist",    "insists",
      "insisted",       "insisting",  "insistence",  "urge",        "urges",     "urged",
      "urging",         "recommend",  "recommends",  "recommended", "propose",   "proposes",
      "proposed",       "proposal",   "request",     "requests",    "requested", "require",
      "requires",       "required",   "requirement", "ask",         "asks",      "asked",
      "asking",         "stipulate",  "stipulated",  "stipulates",  "decreed",   "essential",
      "vital",          "imperative", "necessary",   "important",   "crucial",   "suggestion",
      "recommendation", "ordered"};
  static constexpr std::array<std::string_view, 22> kCausative = {
      "let",   "lets",   "letting", "make",  "makes",   "made",    "making",   "help",
      "helps", "helped", "helping", "watch", "watched", "watches", "watching", "see",
      "saw",   "seen",   "hear",    "heard", "bid",     "hears"};
  uint16_t out = 0;
  for (std::string_view w : kMandative) {
    if (w == lower) out |= kMandativeWord;
  }
  for (std::string_view w : kCausative) {
    if (w == lower) out |= kCausativeVerb;
  }
  return out;
}

void MarkBareVerbContexts(std::span<TokenInfo> infos) {
  static const uint64_t kThat = HashString("that");
  uint8_t inside = 0;
  for (size_t i = 0; i < infos.size(); ++i) {
    TokenInfo& t = infos[i];
    if (t.lower == kThat && i > 0) {
      inside = (infos[i - 1].lexical & kMandativeWord) ? kMandativeClause : 0;
      continue;
    }
    if (t.lexical & kCausativeVerb) {
      inside = kCausativeObject;
      continue;
    }
    switch (static_cast<PosTag>(t.fixed_tag != kNoTag ? t.fixed_tag : t.dict_tag)) {
      case PosTag::kComma:
      case PosTag::kColon:
      case PosTag::kPeriod:
      case PosTag::kCC:
      case PosTag::kWDT:
      case PosTag::kWP:
      case PosTag::kWRB:
        inside = 0;
        break;
      default:
        break;
    }
    t.bare_context = inside;
  }
}

HeadlineMode DetectHeadlineMode(std::span<const std::string_view> words,
                                std::span<const TokenInfo> infos) {
  static constexpr std::array<std::string_view, 26> kFunctionWords = {
      "a",    "an",  "the", "and", "or",  "but",  "nor",  "of",   "in",
      "on",   "at",  "to",  "for", "by",  "with", "from", "as",   "into",
      "over", "via", "vs",  "per", "off", "up",   "amid", "after"};
  int lettered = 0, all_caps = 0, capitalised = 0, lower_content = 0, title_evidence = 0;
  bool first = true;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    const uint8_t flags = infos[i].flags;
    if (!(flags & kHasLetter)) continue;
    ++lettered;
    if (flags & kAllCaps) ++all_caps;
    if (flags & kInitialCap) {
      ++capitalised;
      if (!first && !(flags & kAllCaps) && infos[i].word_class == kWordLower) ++title_evidence;
    } else if (lower_content == 0 && IsAsciiLower(w[0]) && !(flags & kArabicName)) {
      bool function_word = false;  // (only the first lower-case content word matters)
      if (w.size() <= 5) {
        for (std::string_view f : kFunctionWords) function_word |= (f == w);
      }
      if (!function_word) ++lower_content;
    }
    first = false;
  }
  if (all_caps >= 3 && all_caps * 5 >= lettered * 4) return HeadlineMode::kAllCaps;
  if (capitalised >= 3 && lower_content == 0 && title_evidence >= 1)
    return HeadlineMode::kTitleCase;
  return HeadlineMode::kNone;
}

}  // namespace casus::tagger
