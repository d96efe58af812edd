#include "text/tokenizer.h"

#include <cstdint>
#include <utility>

#include "text/char_class.h"

namespace casus {
namespace {

using text::AsciiHas;
using text::CharClass;
using text::kAsciiAlnum;
using text::kAsciiDigit;
using text::kAsciiLetter;
using text::kAsciiLower;
using text::kAsciiSpace;
using text::kAsciiUpper;

constexpr size_t kMaxEmailLocal = 64;
constexpr size_t kMaxDomain = 253;

constexpr std::string_view kTopLevelDomains[] = {
    "ae", "af",   "bh",  "ca", "cn", "co", "com", "de", "edu", "eg", "eu", "fr",  "gov", "il",
    "in", "info", "int", "io", "iq", "ir", "jo",  "kw", "lb",  "ly", "me", "mil", "net", "news",
    "om", "org",  "pk",  "ps", "qa", "ru", "sa",  "sy", "tr",  "tv", "uk", "us",  "ye"};

bool IsTopLevelDomain(std::string_view label) {
  for (std::string_view tld : kTopLevelDomains) {
    if (label == tld) return true;
  }
  return false;
}

bool EqualsIgnoreCase(std::string_view text, size_t pos, std::string_view lower_prefix) {
  if (text.size() - pos < lower_prefix.size()) return false;
  for (size_t i = 0; i < lower_prefix.size(); ++i) {
    if (text::AsciiLower(text[pos + i]) != lower_prefix[i]) return false;
  }
  return true;
}

// One pass over one text. Positions are byte offsets; every Scan* method
// returns the position after what it consumed (always > its start).
class Scanner {
 public:
  Scanner(std::string_view text, const Lexicon& lexicon, bool split_clitics,
          std::vector<Token>& out)
      : text_(text), n_(text.size()), lexicon_(lexicon), split_clitics_(split_clitics), out_(out) {}

  void Run() {
    size_t pos = 0;
    while (pos < n_) {
      const auto c = static_cast<unsigned char>(text_[pos]);
      if (c < 0x80) {
        const uint8_t flags = text::kAsciiTable[c];
        if (flags & kAsciiLetter) {
          pos = ScanWord(pos);
        } else if (flags & kAsciiDigit) {
          pos = ScanNumber(pos, pos);
        } else if (flags & kAsciiSpace) {
          ++pos;
        } else {
          pos = ScanAsciiPunct(pos);
        }
        continue;
      }
      size_t length = 0;
      const char32_t cp = text::DecodeAt(text_, pos, length);
      switch (text::ClassifyNonAscii(cp)) {
        case CharClass::kLetter:
        case CharClass::kMark:
          pos = ScanWord(pos);
          break;
        case CharClass::kDigit:
          pos = ScanNumber(pos, pos);
          break;
        case CharClass::kSpace:
        case CharClass::kLineBreak:
        case CharClass::kParagraphBreak:
        case CharClass::kIgnorable:
        case CharClass::kWordJoiner:
          pos += length;
          break;
        case CharClass::kDash:
        case CharClass::kTerminal:
          pos = EmitRunOf(pos, cp, length);
          break;
        case CharClass::kHyphen:
        case CharClass::kApostrophe:
        case CharClass::kEllipsis:
        case CharClass::kOpenQuote:
        case CharClass::kCloseQuote:
        case CharClass::kBullet:
        case CharClass::kPunct:
          Emit(pos, pos + length, TokenKind::kPunct);
          pos += length;
          break;
        case CharClass::kEmojiModifier:
        case CharClass::kRegionalIndicator:
        case CharClass::kSymbol:
          pos = ScanSymbol(pos);
          break;
        default:
          Emit(pos, pos + length, TokenKind::kSymbol);
          pos += length;
          break;
      }
    }
  }

 private:
  void Emit(size_t start, size_t end, TokenKind kind) {
    out_.push_back(Token{text_.substr(start, end - start), static_cast<uint32_t>(start),
                         static_cast<uint32_t>(end), kind});
  }

  unsigned char At(size_t pos) const {
    return pos < n_ ? static_cast<unsigned char>(text_[pos]) : 0;
  }

  CharClass ClassAt(size_t pos, size_t& length) const {
    if (pos >= n_) {
      length = 0;
      return CharClass::kSpace;
    }
    const char32_t cp = text::DecodeAt(text_, pos, length);
    return text::Classify(cp);
  }

  // Letter, mark or digit.
  bool IsWordCharAt(size_t pos) const {
    const unsigned char c = At(pos);
    if (c < 0x80) return AsciiHas(c, kAsciiAlnum);
    size_t length;
    const CharClass cls = ClassAt(pos, length);
    return cls == CharClass::kLetter || cls == CharClass::kMark || cls == CharClass::kDigit;
  }

  bool IsLetterAt(size_t pos) const {
    const unsigned char c = At(pos);
    if (c < 0x80) return AsciiHas(c, kAsciiLetter);
    size_t length;
    const CharClass cls = ClassAt(pos, length);
    return cls == CharClass::kLetter || cls == CharClass::kMark;
  }

  bool IsDigitAt(size_t pos) const {
    const unsigned char c = At(pos);
    if (c < 0x80) return AsciiHas(c, kAsciiDigit);
    size_t length;
    return ClassAt(pos, length) == CharClass::kDigit;
  }

  // Byte length of a hyphen at `pos` ('-', U+2010, U+2011), else 0.
  size_t HyphenAt(size_t pos) const {
    const unsigned char c = At(pos);
    if (c == '-') return 1;
    if (c != 0xE2) return 0;
    size_t length;
    return ClassAt(pos, length) == CharClass::kHyphen ? length : 0;
  }

  // Byte length of an apostrophe at `pos` ('\'' or U+2019), else 0.
  size_t ApostropheAt(size_t pos) const {
    const unsigned char c = At(pos);
    if (c == '\'') return 1;
    if (c != 0xE2) return 0;
    size_t length;
    return ClassAt(pos, length) == CharClass::kApostrophe ? length : 0;
  }

  size_t SkipWordChars(size_t pos) const {
    while (pos < n_) {
      const auto c = static_cast<unsigned char>(text_[pos]);
      if (c < 0x80) {
        if (!AsciiHas(c, kAsciiAlnum)) break;
        ++pos;
        continue;
      }
      size_t length;
      const CharClass cls = ClassAt(pos, length);
      if (cls == CharClass::kLetter || cls == CharClass::kMark || cls == CharClass::kDigit) {
        pos += length;
      } else if (cls == CharClass::kWordJoiner && IsLetterAt(pos + length)) {
        pos += length;  // soft hyphen, ZWNJ inside a word
      } else {
        break;
      }
    }
    return pos;
  }

  size_t SkipDigits(size_t pos) const {
    while (pos < n_) {
      const auto c = static_cast<unsigned char>(text_[pos]);
      if (c < 0x80) {
        if (!AsciiHas(c, kAsciiDigit)) break;
        ++pos;
        continue;
      }
      size_t length;
      if (ClassAt(pos, length) != CharClass::kDigit) break;
      pos += length;
    }
    return pos;
  }

  // ---- words ---------------------------------------------------------

  size_t ScanWord(size_t start) {
    if (AsciiHas(At(start), kAsciiLetter)) {
      if (size_t end = TryUrl(start)) return end;
    }
    size_t p = start;
    bool period_done = false;
    if (size_t end = TryInitialism(start)) {
      p = end;
      period_done = true;
    }
    for (;;) {
      p = SkipWordChars(p);
      if (p >= n_) break;
      if (size_t hyphen = HyphenAt(p); hyphen && p > start && IsWordCharAt(p + hyphen)) {
        p += hyphen;
        continue;
      }
      if (size_t apostrophe = ApostropheAt(p); apostrophe && p > start) {
        const size_t q = p + apostrophe;
        if (!IsLetterAt(q)) break;
        if (split_clitics_) {
          if (size_t end = TrySplitClitic(start, p, q)) return end;
        }
        p = q;
        continue;
      }
      if (At(p) == '&' && p > start && AsciiHas(At(p - 1), kAsciiUpper) &&
          AsciiHas(At(p + 1), kAsciiUpper)) {
        p += 1;  // "AT&T", "Q&A"
        continue;
      }
      break;
    }
    const unsigned char stop = At(p);
    if (stop == '.' || stop == '@' || stop == '_' || stop == '+' || stop == '-' || stop == '%') {
      if (size_t end = TryEmail(start)) return end;
    }
    if (stop == '.' && !period_done) {
      if (AsciiHas(At(p + 1), kAsciiAlnum)) {
        if (size_t end = TryDomain(start)) return end;
      }
      if (AttachesPeriod(start, p)) ++p;
    }
    Emit(start, p, TokenKind::kWord);
    return p;
  }

  // "U.S.", "a.m.", "Ph.D.", "U.S" (parts of one or two ASCII letters).
  // Returns the end (after the last period) or 0.
  size_t TryInitialism(size_t start) const {
    if (At(start + 1) != '.' && At(start + 2) != '.') return 0;
    size_t p = start;
    int parts = 0;
    for (;;) {
      size_t r = p;
      while (r < n_ && r - p <= 2 && AsciiHas(At(r), kAsciiLetter)) ++r;
      const size_t length = r - p;
      if (length == 0 || length > 2) return 0;
      if (At(r) == '.') {
        ++parts;
        p = r + 1;
        if (AsciiHas(At(p), kAsciiLetter)) continue;
        return parts >= 2 ? p : 0;
      }
      if (IsWordCharAt(r)) return 0;
      return (length == 1 && parts >= 1) ? r : 0;
    }
  }

  // Splits a clitic at the apostrophe p (letters resume at q). Emits the
  // host and the clitic and returns the end, or returns 0.
  size_t TrySplitClitic(size_t start, size_t p, size_t q) {
    // "n't": the host ends in 'n', the clitic is n + apostrophe + t.
    if ((At(q) == 't' || At(q) == 'T') && !IsWordCharAt(q + 1) && p - start >= 2 &&
        (At(p - 1) == 'n' || At(p - 1) == 'N')) {
      Emit(start, p - 1, TokenKind::kWord);
      Emit(p - 1, q + 1, TokenKind::kWord);
      return q + 1;
    }
    size_t r = q;
    while (r < n_ && r - q <= 2 && AsciiHas(At(r), kAsciiLetter)) ++r;
    if (IsWordCharAt(r) || HyphenAt(r) || ApostropheAt(r)) return 0;
    char suffix[3] = {0, 0, 0};
    const size_t length = r - q;
    if (length > 2) return 0;
    for (size_t i = 0; i < length; ++i) suffix[i] = text::AsciiLower(text_[q + i]);
    const std::string_view clitic(suffix, length);
    bool split = clitic == "s" || clitic == "re" || clitic == "ve" || clitic == "ll";
    if (!split && (clitic == "d" || clitic == "m")) split = IsPronoun(start, p);
    if (!split) return 0;
    Emit(start, p, TokenKind::kWord);
    Emit(p, r, TokenKind::kWord);
    return r;
  }

  bool IsPronoun(size_t start, size_t end) const {
    static constexpr std::string_view kPronouns[] = {"i",    "you",   "he",  "she",  "it",
                                                     "we",   "they",  "who", "that", "there",
                                                     "what", "where", "how"};
    if (end - start > 5) return false;
    char lower[5];
    for (size_t i = start; i < end; ++i) lower[i - start] = text::AsciiLower(text_[i]);
    const std::string_view word(lower, end - start);
    for (std::string_view pronoun : kPronouns) {
      if (word == pronoun) return true;
    }
    return false;
  }

  // Whether the word [start, end) keeps the period at `end`.
  bool AttachesPeriod(size_t start, size_t end) const {
    if (At(end + 1) == '.') return false;  // "B..." is B + ellipsis
    std::string_view word = text_.substr(start, end - start);
    // "ex-Mrs.", "Presbyterian-St.": the part after the last hyphen decides.
    if (const size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos) {
      word.remove_prefix(hyphen + 1);
      start += hyphen + 1;
    }
    switch (lexicon_.Abbreviation(word)) {
      case AbbreviationKind::kTitle:
      case AbbreviationKind::kMonth:
      case AbbreviationKind::kOther:
        return true;
      case AbbreviationKind::kNumberPrefix: {
        size_t p = end + 1;
        while (p < n_ && p - end <= 3 && (At(p) == ' ' || At(p) == '\t')) ++p;
        return AsciiHas(At(p), kAsciiDigit);
      }
      case AbbreviationKind::kNone:
        break;
    }
    if (word.size() == 1) return AsciiHas(At(start), kAsciiUpper);  // initial "W."
    // A single non-ASCII capital ("Ö.").
    size_t length = 0;
    const char32_t cp = text::DecodeAt(text_, start, length);
    return length == word.size() && text::IsUpperCodePoint(cp);
  }

  // ---- URLs, domains, e-mail -------------------------------------------

  size_t TryUrl(size_t start) {
    const char first = text::AsciiLower(text_[start]);
    if (first != 'h' && first != 'w' && first != 'f') return 0;
    size_t prefix = 0;
    if (EqualsIgnoreCase(text_, start, "https://")) {
      prefix = 8;
    } else if (EqualsIgnoreCase(text_, start, "http://") ||
               EqualsIgnoreCase(text_, start, "www.")) {
      prefix = EqualsIgnoreCase(text_, start, "www.") ? 4 : 7;
    } else if (EqualsIgnoreCase(text_, start, "ftp://")) {
      prefix = 6;
    } else {
      return 0;
    }
    if (!IsWordCharAt(start + prefix)) return 0;
    const size_t end = ScanUrlRest(start, start + prefix);
    if (end <= start + prefix) return 0;
    Emit(start, end, TokenKind::kSymbol);
    return end;
  }

  // Extends a URL from `pos` to the first space or quote, then trims
  // trailing punctuation and unbalanced closing brackets.
  size_t ScanUrlRest(size_t start, size_t pos) const {
    int parens = 0;
    int brackets = 0;
    while (pos < n_) {
      const auto c = static_cast<unsigned char>(text_[pos]);
      if (c < 0x80) {
        if (c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' ||
            c == '}' || c == '|' || c == '\\' || c == '^') {
          break;
        }
        parens += (c == '(') - (c == ')');
        brackets += (c == '[') - (c == ']');
        ++pos;
        continue;
      }
      size_t length;
      const CharClass cls = ClassAt(pos, length);
      if (cls != CharClass::kLetter && cls != CharClass::kMark && cls != CharClass::kDigit &&
          cls != CharClass::kSymbol) {
        break;
      }
      pos += length;
    }
    while (pos > start) {
      const char c = text_[pos - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
          c == '*') {
        --pos;
      } else if (c == ')' && parens < 0) {
        ++parens;
        --pos;
      } else if (c == ']' && brackets < 0) {
        ++brackets;
        --pos;
      } else {
        break;
      }
    }
    return pos;
  }

  // Scans domain labels ([A-Za-z0-9-]+ joined by single dots) from `pos`.
  // Returns the end and sets `labels` and `last_label_start`.
  size_t ScanDomain(size_t pos, int& labels, size_t& last_label_start) const {
    const size_t begin = pos;
    labels = 0;
    last_label_start = pos;
    for (;;) {
      const size_t label_start = pos;
      while (pos < n_ && pos - begin <= kMaxDomain &&
             (AsciiHas(At(pos), kAsciiAlnum) || At(pos) == '-')) {
        ++pos;
      }
      if (pos == label_start) return label_start > begin ? label_start - 1 : begin;
      ++labels;
      last_label_start = label_start;
      if (At(pos) != '.' || !AsciiHas(At(pos + 1), kAsciiAlnum) || pos - begin > kMaxDomain) {
        return pos;
      }
      ++pos;
    }
  }

  // "reuters.com", "news.un.org/en/story" (lowercase known top-level domain).
  size_t TryDomain(size_t start) {
    int labels = 0;
    size_t last = 0;
    const size_t end = ScanDomain(start, labels, last);
    if (labels < 2 || end - start > kMaxDomain || IsWordCharAt(end)) return 0;
    if (!IsTopLevelDomain(text_.substr(last, end - last))) return 0;
    size_t stop = end;
    if (At(end) == '/') stop = ScanUrlRest(start, end);
    Emit(start, stop, TokenKind::kSymbol);
    return stop;
  }

  // "press@un.org", "j.smith@example.co.uk".
  size_t TryEmail(size_t start) {
    size_t p = start;
    while (p < n_ && p - start <= kMaxEmailLocal) {
      const unsigned char c = At(p);
      if (!(AsciiHas(c, kAsciiAlnum) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-')) {
        break;
      }
      ++p;
    }
    if (At(p) != '@' || p == start || p - start > kMaxEmailLocal) return 0;
    int labels = 0;
    size_t last = 0;
    const size_t end = ScanDomain(p + 1, labels, last);
    if (labels < 2 || end - last < 2 || IsWordCharAt(end)) return 0;
    for (size_t i = last; i < end; ++i) {
      if (!AsciiHas(At(i), kAsciiLetter)) return 0;
    }
    Emit(start, end, TokenKind::kSymbol);
    return end;
  }

  // ---- numbers -------------------------------------------------------

  // A number starting at `start`; digits resume at `digits` (after a
  // leading '.' for ".5").
  size_t ScanNumber(size_t start, size_t digits) {
    size_t p = SkipDigits(digits);
    for (;;) {
      const unsigned char c = At(p);
      if (c == ',' && AsciiHas(At(p + 1), kAsciiDigit) && AsciiHas(At(p + 2), kAsciiDigit) &&
          AsciiHas(At(p + 3), kAsciiDigit) && !IsWordCharAt(p + 4)) {
        p += 4;  // "1,500"
        continue;
      }
      if ((c == '.' || c == ':' || c == '/' || c == '-') && IsDigitAt(p + 1)) {
        p = SkipDigits(p + 1);  // "2.5", "9:30", "9/11", "2021-02-15", "10-12"
        continue;
      }
      break;
    }
    TokenKind kind = TokenKind::kNumber;
    if (IsLetterAt(p)) {
      const size_t suffix_start = p;
      p = SkipWordChars(p);
      if (!IsNumberSuffix(suffix_start, p)) kind = TokenKind::kWord;
    }
    for (;;) {
      const size_t hyphen = HyphenAt(p);
      if (!hyphen || !IsLetterAt(p + hyphen)) break;
      p = SkipWordChars(p + hyphen);  // "30-year-old", "2nd-largest"
      kind = TokenKind::kWord;
    }
    if (size_t apostrophe = ApostropheAt(p); apostrophe && split_clitics_) {
      const size_t q = p + apostrophe;
      if ((At(q) == 's' || At(q) == 'S') && !IsWordCharAt(q + 1)) {  // "1990's"
        Emit(start, p, kind);
        Emit(p, q + 1, TokenKind::kWord);
        return q + 1;
      }
    }
    Emit(start, p, kind);
    return p;
  }

  // Ordinal ("st", "nd", "rd", "th") or decade ("s") suffix.
  bool IsNumberSuffix(size_t start, size_t end) const {
    if (end - start > 2) return false;
    char lower[2] = {0, 0};
    for (size_t i = start; i < end; ++i) lower[i - start] = text::AsciiLower(text_[i]);
    const std::string_view suffix(lower, end - start);
    return suffix == "s" || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
  }

  // ---- punctuation and symbols -----------------------------------------

  size_t EmitRunOf(size_t start, char32_t cp, size_t length) {
    size_t p = start + length;
    while (p < n_) {
      size_t next_length;
      if (text::DecodeAt(text_, p, next_length) != cp) break;
      p += next_length;
    }
    Emit(start, p, TokenKind::kPunct);
    return p;
  }

  size_t EmitAsciiRun(size_t start, bool (*member)(unsigned char)) {
    size_t p = start + 1;
    while (p < n_ && member(At(p))) ++p;
    Emit(start, p, TokenKind::kPunct);
    return p;
  }

  size_t ScanAsciiPunct(size_t pos) {
    const unsigned char c = At(pos);
    switch (c) {
      case '.':
        if (At(pos + 1) != '.' && AsciiHas(At(pos + 1), kAsciiDigit) &&
            (pos == 0 || !IsWordCharAt(pos - 1))) {
          return ScanNumber(pos, pos + 1);  // ".5"
        }
        return EmitAsciiRun(pos, [](unsigned char x) { return x == '.'; });
      case '?':
      case '!':
        return EmitAsciiRun(pos, [](unsigned char x) { return x == '?' || x == '!'; });
      case '-':
        return EmitAsciiRun(pos, [](unsigned char x) { return x == '-'; });
      case '`':
      case '\'': {
        const size_t end = At(pos + 1) == c ? pos + 2 : pos + 1;  // "``", "''"
        Emit(pos, end, TokenKind::kPunct);
        return end;
      }
      case '"':
      case ',':
      case ';':
      case ':':
      case '(':
      case ')':
      case '[':
      case ']':
      case '{':
      case '}':
        Emit(pos, pos + 1, TokenKind::kPunct);
        return pos + 1;
      case '@':
      case '#':
        if (IsLetterAt(pos + 1) && (pos == 0 || !IsWordCharAt(pos - 1))) {
          size_t p = pos + 1;
          for (;;) {
            p = SkipWordChars(p);
            if (At(p) == '_' && IsWordCharAt(p + 1)) {
              ++p;
              continue;
            }
            break;
          }
          Emit(pos, p, TokenKind::kWord);  // "@Reuters", "#Iraq"
          return p;
        }
        break;
      default:
        if (c < 0x20 || c == 0x7F) return pos + 1;  // stray control byte
        break;
    }
    Emit(pos, pos + 1, TokenKind::kSymbol);
    return pos + 1;
  }

  // One emoji or symbol, with its modifiers, ZWJ continuations and a
  // second regional indicator for flags.
  size_t ScanSymbol(size_t start) {
    size_t length;
    const CharClass first = ClassAt(start, length);
    size_t p = start + length;
    if (first == CharClass::kRegionalIndicator) {
      size_t next;
      if (p < n_ && ClassAt(p, next) == CharClass::kRegionalIndicator) p += next;
    }
    while (p < n_ && At(p) >= 0x80) {
      size_t next;
      const char32_t cp = text::DecodeAt(text_, p, next);
      const CharClass cls = text::ClassifyNonAscii(cp);
      if (cls == CharClass::kEmojiModifier) {
        p += next;
      } else if (cp == 0x200D) {
        size_t after;
        if (p + next < n_ && ClassAt(p + next, after) == CharClass::kSymbol) {
          p += next + after;
        } else {
          p += next;
          break;
        }
      } else {
        break;
      }
    }
    Emit(start, p, TokenKind::kSymbol);
    return p;
  }

  std::string_view text_;
  size_t n_;
  const Lexicon& lexicon_;
  bool split_clitics_;
  std::vector<Token>& out_;
};

}  // namespace

Tokenizer::Tokenizer(Lexicon lexicon, Options options)
    : lexicon_(std::move(lexicon)), options_(options) {}

void Tokenizer::Tokenize(std::string_view text, std::vector<Token>& out) const {
  Scanner(text, lexicon_, options_.split_clitics, out).Run();
}

}  // namespace casus
