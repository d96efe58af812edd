#include "geo/name_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <cstring>
#include <string_view>

namespace casus {
namespace {

constexpr char kSeparator = ' ';

void AppendUtf8(UChar32 c, std::string* out) {
  char buf[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buf, length, 4, c, error);
  if (!error) out->append(buf, static_cast<size_t>(length));
}

void Separate(std::string* out) {
  if (!out->empty() && out->back() != kSeparator) out->push_back(kSeparator);
}

bool IsApostrophe(UChar32 c) {
  switch (c) {
    case 0x27:
    case 0x60:
    case 0xB4:
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x02BB:
    case 0x02BC:
    case 0x02BE:
    case 0x02BF:
    case 0x02C8:
      return true;
    default:
      return false;
  }
}

// Latin letters that do not decompose into a base letter plus marks.
const char* LatinSpecial(UChar32 c) {
  switch (c) {
    case 0xDF:
      return "ss";
    case 0xC6:
    case 0xE6:
      return "ae";
    case 0xD8:
    case 0xF8:
      return "o";
    case 0x141:
    case 0x142:
      return "l";
    case 0x110:
    case 0x111:
    case 0xD0:
    case 0xF0:
      return "d";
    case 0xDE:
    case 0xFE:
      return "th";
    case 0x152:
    case 0x153:
      return "oe";
    case 0x131:
      return "i";
    case 0x126:
    case 0x127:
      return "h";
    case 0x166:
    case 0x167:
      return "t";
    case 0x14A:
    case 0x14B:
      return "n";
    case 0x17F:
      return "s";
    default:
      return nullptr;
  }
}

// Folds one Arabic-script code point; returns 0 to drop it, -1 for a
// separator.
UChar32 FoldArabic(UChar32 c) {
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) return 0;  // harakat, tatweel
  switch (c) {
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
      return 0x0627;  // alef forms
    case 0x0629:
      return 0x0647;  // ta marbuta → ha
    case 0x0649:
    case 0x06CC:
    case 0x0626:
      return 0x064A;  // ya forms
    case 0x06A9:
      return 0x0643;  // keheh → kaf
    case 0x0624:
      return 0x0648;  // waw with hamza
    case 0x060C:
    case 0x061B:
    case 0x061F:
    case 0x066B:
    case 0x066C:
    case 0x06D4:
      return -1;
    default:
      break;
  }
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
  return c;
}

bool IsArabicBlock(UChar32 c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F);
}

// Steps 1 and 2: folded words separated by kSeparator.
std::string Fold(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  const auto* s = reinterpret_cast<const uint8_t*>(name.data());
  const int32_t length = static_cast<int32_t>(name.size());
  int32_t i = 0;
  while (i < length) {
    const uint8_t byte = s[i];
    if (byte < 0x80) {  // ASCII fast path
      ++i;
      if (byte >= 'A' && byte <= 'Z') {
        out.push_back(static_cast<char>(byte + 32));
      } else if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9')) {
        out.push_back(static_cast<char>(byte));
      } else if (byte != '\'' && byte != '`') {
        Separate(&out);
      }
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {  // malformed UTF-8
      Separate(&out);
      continue;
    }
    if (IsApostrophe(c)) continue;
    if (IsArabicBlock(c)) {
      const UChar32 f = FoldArabic(c);
      if (f == 0) continue;
      if (f < 0) {
        Separate(&out);
      } else if (f < 0x80 || u_isalnum(f)) {
        AppendUtf8(f, &out);
      } else {
        Separate(&out);
      }
      continue;
    }
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (const char* special = LatinSpecial(c)) {
      out += special;
      continue;
    }
    if (!u_isalnum(c)) {
      Separate(&out);
      continue;
    }
    if (c < 0x2000 || (c >= 0x1E00 && c <= 0x1EFF)) {
      UErrorCode status = U_ZERO_ERROR;
      const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
      icu::UnicodeString decomposed;
      if (U_SUCCESS(status) && nfd->getDecomposition(c, decomposed) && decomposed.length() > 0) {
        const UChar32 base = decomposed.char32At(0);
        if (base < 0x80) {
          out.push_back(static_cast<char>(u_tolower(base)));
          continue;
        }
        c = base;
      }
    }
    AppendUtf8(u_tolower(c), &out);
  }
  if (!out.empty() && out.back() == kSeparator) out.pop_back();
  return out;
}

bool IsAscii(std::string_view w) {
  for (char c : w) {
    if (static_cast<uint8_t>(c) >= 0x80) return false;
  }
  return true;
}

constexpr std::string_view kArabicArticle = "\xD8\xA7\xD9\x84";  // ال

bool IsLatinArticle(std::string_view word, std::string_view next) {
  if (word.size() < 2 || word.size() > 3 || (word[0] != 'a' && word[0] != 'e')) return false;
  if (word == "al" || word == "el") return true;
  static constexpr std::array<std::string_view, 18> kSunArticles = {
      "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az",
      "ed", "edh", "en", "er", "es", "esh", "et", "eth", "ez"};
  for (std::string_view article : kSunArticles) {
    if (word == article)
      return next.size() > article.size() - 1 &&
             next.substr(0, article.size() - 1) == article.substr(1);
  }
  return false;
}

bool IsAdminPrefix(std::string_view word) {
  static constexpr std::array<std::string_view, 13> kPrefixes = {
      "nahiyat",
      "nahiyah",
      "nahiya",
      "nahiyet",
      "qada",
      "qadha",
      "markaz",
      "muhafazat",
      "\xD9\x86\xD8\xA7\xD8\xAD\xD9\x8A\xD9\x87",          // ناحيه
      "\xD9\x85\xD8\xAD\xD8\xA7\xD9\x81\xD8\xB8\xD9\x87",  // محافظه
      "\xD9\x85\xD8\xAF\xD9\x8A\xD9\x86\xD9\x87",          // مدينه
      "\xD9\x82\xD8\xB6\xD8\xA7\xD8\xA1",                  // قضاء
      "the"};
  for (std::string_view prefix : kPrefixes) {
    if (word == prefix) return true;
  }
  return false;
}

// Step 4 for one Latin word of `n` bytes at `w`, written to `out` (room
// for n bytes, not overlapping `w`); returns the length written (the word
// only shrinks or, for "ah"/"eh", keeps its length).
size_t TransformWord(const char* w, size_t n_in, char* out) {
  size_t n = 0;
  for (size_t i = 0; i < n_in; ++i) {
    char c = w[i];
    if (i + 1 < n_in &&
        ((c == 'o' && (w[i + 1] == 'u' || w[i + 1] == 'o')) || (c == 'e' && w[i + 1] == 'e'))) {
      c = c == 'o' ? 'u' : 'i';  // Tartous, Baladrooz → u; Sheeba → i
      ++i;
    }
    const bool letter = c >= 'a' && c <= 'z';
    if (letter && n > 0 && out[n - 1] == c) continue;
    out[n++] = c;
  }
  if (n > 3 && out[n - 1] == 'h') {
    const char vowel = out[n - 2];
    if (vowel == 'a' || vowel == 'e') {
      n -= 2;
      if (out[n - 1] != 'a') out[n++] = 'a';
    }
  }
  return n;
}

void AppendTransformedWord(std::string_view w, std::string* out) {
  const size_t begin = out->size();
  out->resize(begin + w.size());
  out->resize(begin + TransformWord(w.data(), w.size(), out->data() + begin));
}

}  // namespace

NameKeyWords SplitNameKey(std::string_view name) {
  NameKeyWords result;
  const std::string folded = Fold(name);
  std::array<std::string_view, NameKeyWords::kMaxWords> words;
  int n = 0;
  size_t pos = 0;
  while (pos < folded.size() && n < NameKeyWords::kMaxWords) {
    size_t end = folded.find(kSeparator, pos);
    if (end == std::string::npos) end = folded.size();
    if (end > pos) words[n++] = std::string_view(folded).substr(pos, end - pos);
    pos = end + 1;
  }
  result.raw_count = n;
  result.text.reserve(folded.size());
  bool leading = true;
  for (int i = 0; i < n; ++i) {
    std::string_view w = words[i];
    const bool has_next = i + 1 < n;
    if (has_next) {
      if (leading && IsAdminPrefix(w)) continue;
      if (IsLatinArticle(w, words[i + 1])) continue;
      if (w == kArabicArticle) continue;
    }
    leading = false;
    if (w.size() > kArabicArticle.size() + 2 &&
        w.substr(0, kArabicArticle.size()) == kArabicArticle) {
      w.remove_prefix(kArabicArticle.size());
    }
    if (IsAscii(w)) {
      AppendTransformedWord(w, &result.text);
    } else {
      result.text.append(w);
    }
    result.end[result.count++] = static_cast<uint16_t>(result.text.size());
  }
  return result;
}

std::string NameKey(std::string_view name) { return SplitNameKey(name).text; }

bool SameSpelling(std::string_view a, std::string_view b) { return Fold(a) == Fold(b); }

std::string FirstWordKey(std::string_view text) {
  NameKeyWords words = SplitNameKey(text);
  if (words.count == 0) return std::string();
  words.text.resize(words.end[0]);
  return std::move(words.text);
}

namespace {

// The first folded word of `text` (used for the article rules).
std::string FirstFoldedWord(std::string_view text) {
  std::string folded = Fold(text);
  folded.resize(std::min(folded.size(), folded.find(kSeparator)));
  return folded;
}

// Lower-cases `token` into `out` if it is made of ASCII letters and digits
// only (the common case, which needs no Unicode work).
bool LowerPlainAscii(std::string_view token, char* out, size_t capacity) {
  if (token.empty() || token.size() > capacity) return false;
  for (size_t i = 0; i < token.size(); ++i) {
    char c = token[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
    out[i] = c;
  }
  return true;
}

// The start of the first word of Fold(next), as the article rules read it
// (IsLatinArticle compares at most its first two bytes and asks whether it
// has more): `buffer` (32 bytes) holds it when `next` is plain, else at
// most its first three bytes when they are ASCII; Fold decides otherwise,
// in `*folded`.
std::string_view NextWordStart(std::string_view next, char* buffer, std::string* folded) {
  if (LowerPlainAscii(next, buffer, 32)) return std::string_view(buffer, next.size());
  size_t k = 0;
  for (const char ch : next) {
    const auto b = static_cast<uint8_t>(ch);
    if (b >= 0x80) {  // a letter, mark, apostrophe or separator: Fold knows
      *folded = FirstFoldedWord(next);
      return *folded;
    }
    if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
      buffer[k++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      if (k == 3) break;
    } else if (b != '\'' && b != '`' && k > 0) {
      break;  // the first word ends
    }
  }
  return std::string_view(buffer, k);
}

// True if the plain lower-case word `word` is an article (or, leading, an
// administrative prefix) dropped before `next`.
bool DroppedBefore(std::string_view word, std::string_view next, bool leading) {
  if (next.empty() || word.empty() || word.size() > 9) return false;
  char buffer[32];
  std::string folded;
  const std::string_view next_word = NextWordStart(next, buffer, &folded);
  return !next_word.empty() && (IsLatinArticle(word, next_word) || word == kArabicArticle ||
                                (leading && IsAdminPrefix(word)));
}

// Could the plain lower-case word `lower` be dropped before a next word?
// Only an article (IsLatinArticle: "al", "el", "as", "ash", ...) or, at
// the start of a run, an administrative prefix (IsAdminPrefix: "the",
// "nahiyat", "qada", "markaz", "muhafazat", ...) can be.
bool PlainMayDrop(const char* lower, size_t size, bool leading) {
  const char c = lower[0];
  if (size <= 3 && (c == 'a' || c == 'e')) return true;
  return leading && (c == 't' || c == 'n' || c == 'q' || c == 'm') &&
         IsAdminPrefix(std::string_view(lower, size));
}

// ASCII letters lower-cased, digits kept, anything else 0.
constexpr std::array<char, 256> kPlainChar = [] {
  std::array<char, 256> table{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 'A' && c <= 'Z') table[c] = static_cast<char>(c + 32);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) table[c] = static_cast<char>(c);
  }
  return table;
}();

// Could the token be dropped before a next word, judging by its first
// letter and length (PlainMayDrop without its admin-prefix check)?
bool MayBeDropped(std::string_view token, bool leading) {
  const char c = kPlainChar[static_cast<uint8_t>(token[0])];
  if (token.size() <= 3 && (c == 'a' || c == 'e')) return true;
  return leading && (c == 't' || c == 'n' || c == 'q' || c == 'm');
}

// kPlainChar with two flags, for PlainWordKey: bit 8 set for every
// plain byte, bit 9 for "o" and "e" (the first letters of "ou", "oo", "ee").
constexpr uint16_t kIsPlain = 0x100, kMayPair = 0x200;
constexpr std::array<uint16_t, 256> kPlainInfo = [] {
  std::array<uint16_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    const char plain = kPlainChar[c];
    if (plain == 0) continue;
    table[c] = static_cast<uint16_t>(static_cast<uint8_t>(plain) | kIsPlain);
    if (plain == 'o' || plain == 'e') table[c] |= kMayPair;
  }
  return table;
}();

// PlainWordKey one byte at a time (any length up to 32).
bool PlainWordKeyBytewise(std::string_view token, char* out, size_t* length) {
  const size_t n_in = token.size();
  const auto* in = reinterpret_cast<const uint8_t*>(token.data());
  size_t n = 0;
  char previous = 0;  // out[n - 1] once something is written
  for (size_t i = 0; i < n_in; ++i) {
    const uint16_t info = kPlainInfo[in[i]];
    if (!(info & kIsPlain)) return false;
    char c = static_cast<char>(info & 0xFF);
    if ((info & kMayPair) && i + 1 < n_in) {
      const char d = kPlainChar[in[i + 1]];
      if (c == 'o' ? (d == 'u' || d == 'o') : d == 'e') {
        c = c == 'o' ? 'u' : 'i';  // Tartous, Baladrooz → u; Sheeba → i
        ++i;
      }
    }
    if (c == previous && c >= 'a') continue;  // a doubled letter
    out[n++] = c;
    previous = c;
  }
  if (n > 3 && out[n - 1] == 'h') {
    const char vowel = out[n - 2];
    if (vowel == 'a' || vowel == 'e') {
      n -= 2;
      if (out[n - 1] != 'a') out[n++] = 'a';
    }
  }
  *length = n;
  return true;
}

#if defined(__SSE2__)
// PlainWordKey for a word of 4 to 16 bytes, sixteen bytes at a time: true
// with the key in `out` when the word is plain and none of its bytes
// needs TransformWord's pairs (no doubled letter — "ll", "oo", "ee" — and
// no "ou"); false when the bytewise loop must decide.
bool SimplePlainWordKey(const char* p, size_t n, char* out, size_t* length) {
  // The n bytes in the low bytes of a vector (loads inside [p, p + n) only).
  uint64_t low_half = 0, high_half = 0;
  if (n >= 8) {
    std::memcpy(&low_half, p, 8);
    uint64_t tail;
    std::memcpy(&tail, p + n - 8, 8);
    if (n > 8) high_half = tail >> (8 * (16 - n));
  } else {
    uint32_t head, tail;
    std::memcpy(&head, p, 4);
    std::memcpy(&tail, p + n - 4, 4);
    low_half = head | uint64_t{tail} << (8 * (n - 4));
  }
  const __m128i bytes =
      _mm_set_epi64x(static_cast<int64_t>(high_half), static_cast<int64_t>(low_half));
  // Signed comparisons: bytes from 0x80 up (not ASCII) are in no range.
  auto in_range = [](__m128i v, char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
  };
  const __m128i lower =
      _mm_or_si128(bytes, _mm_and_si128(in_range(bytes, 'A', 'Z'), _mm_set1_epi8(0x20)));
  const __m128i letters = in_range(lower, 'a', 'z');
  const auto all = static_cast<uint32_t>((1u << n) - 1);
  const auto plain =
      static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(letters, in_range(bytes, '0', '9'))));
  if ((plain & all) != all) return false;
  const __m128i next = _mm_srli_si128(lower, 1);
  const __m128i pairs = _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(lower, next), letters),
                                     _mm_and_si128(_mm_cmpeq_epi8(lower, _mm_set1_epi8('o')),
                                                   _mm_cmpeq_epi8(next, _mm_set1_epi8('u'))));
  if (static_cast<uint32_t>(_mm_movemask_epi8(pairs)) & (all >> 1)) return false;
  alignas(16) char key[16];
  _mm_store_si128(reinterpret_cast<__m128i*>(key), lower);
  if (n >= 8) {
    std::memcpy(out, key, 8);
    std::memcpy(out + n - 8, key + n - 8, 8);
  } else {
    std::memcpy(out, key, 4);
    std::memcpy(out + n - 4, key + n - 4, 4);
  }
  size_t size = n;
  if (out[size - 1] == 'h' && (out[size - 2] == 'a' || out[size - 2] == 'e')) {
    size -= 2;  // a final "ah"/"eh" → "a", as TransformWord
    if (out[size - 1] != 'a') out[size++] = 'a';
  }
  *length = size;
  return true;
}
#endif

// LowerPlainAscii and TransformWord in one pass: the key of a token made of
// ASCII letters and digits only (at most 32), written to `out`; false for
// any other token. Words of 4 to 16 bytes with no pair to merge are
// lower-cased sixteen bytes at a time where the processor allows; others
// go byte by byte.
bool PlainWordKey(std::string_view token, char* out, size_t* length) {
  const size_t n = token.size();
  if (n == 0 || n > 32) return false;
#if defined(__SSE2__)
  if (n >= 4 && n <= 16 && SimplePlainWordKey(token.data(), n, out, length)) return true;
#endif
  return PlainWordKeyBytewise(token, out, length);
}

// AppendTokenKey's general path (Fold and SplitNameKey) for an ASCII token
// that is not plain ("U.S", "O'Brien", "Port-au-Prince"), on the stack:
// the same rules on ASCII bytes. False, with nothing appended, when the
// token is not ASCII or too long for it; else `*kept` as AppendTokenKey.
bool AsciiTokenKey(std::string_view token, std::string_view next, bool leading, std::string* span,
                   bool* kept) {
  constexpr size_t kMaxBytes = 64;
  if (token.size() > kMaxBytes) return false;
  char folded[kMaxBytes];  // Fold(token): words of lower-case letters and digits
  size_t size = 0;
  for (const char ch : token) {
    const auto b = static_cast<uint8_t>(ch);
    if (b >= 0x80) return false;
    if (kPlainChar[b] != 0) {
      folded[size++] = kPlainChar[b];
    } else if (b != '\'' && b != '`' && size > 0 && folded[size - 1] != kSeparator) {
      folded[size++] = kSeparator;
    }
  }
  if (size > 0 && folded[size - 1] == kSeparator) --size;
  std::string_view words[NameKeyWords::kMaxWords];
  int count = 0;
  for (size_t pos = 0; pos < size;) {
    // SplitNameKey keeps 16 words; after the "x" it puts before a later
    // token, 15 of the token's.
    if (count == NameKeyWords::kMaxWords - (leading ? 0 : 1)) return false;
    size_t end = pos;
    while (end < size && folded[end] != kSeparator) ++end;
    words[count++] = std::string_view(folded + pos, end - pos);
    pos = end + 1;
  }
  // Is the token, as one word, dropped before the next one?
  if (count == 1 && DroppedBefore(words[0], next, leading)) {
    *kept = false;
    return true;
  }
  bool first = leading;  // no word kept yet at the start of the run
  for (int i = 0; i < count; ++i) {
    const std::string_view w = words[i];
    if (i + 1 < count && ((first && IsAdminPrefix(w)) || IsLatinArticle(w, words[i + 1]))) {
      continue;
    }
    first = false;
    AppendTransformedWord(w, span);
  }
  *kept = true;
  return true;
}

}  // namespace

bool StartsOutside(std::string_view token, std::string_view next, uint32_t initials) {
  while (token.size() > 1 && token.back() == '.') token.remove_suffix(1);  // as AppendTokenKey
  const size_t n = token.size();
  if (n == 0 || n > 32) return false;
  // AppendTokenKey appends PlainWordKey(token) when the token is plain and
  // (with a next word) not possibly an article: its first byte is the
  // token's first letter, or the "u" of "ou"/"oo" and the "i" of "ee".
  const auto* in = reinterpret_cast<const uint8_t*>(token.data());
  char c = kPlainChar[in[0]];
  if (c == 0) return false;
  if (n > 1) {
    const char d = kPlainChar[in[1]];
    if (c == 'o' && (d == 'u' || d == 'o')) {
      c = 'u';
    } else if (c == 'e' && d == 'e') {
      c = 'i';
    }
  }
  if ((initials & InitialBit(c)) || (!next.empty() && MayBeDropped(token, /*leading=*/false))) {
    return false;
  }
  for (size_t i = 1; i < n; ++i) {
    if (!(kPlainInfo[in[i]] & kIsPlain)) return false;
  }
  return true;
}

bool AppendTokenKey(std::string_view token, std::string_view next, bool leading,
                    std::string* span) {
  if (token.empty()) return true;
  // Trailing periods ("Mr.", "J.", "U.S.") separate nothing from the next
  // word: the key is the one of the token without them.
  while (token.size() > 1 && token.back() == '.') token.remove_suffix(1);
  if (next.empty() || !MayBeDropped(token, leading)) {
    char key[32];
    size_t length = 0;
    if (PlainWordKey(token, key, &length)) {
      span->append(key, length);
      return true;
    }
  }
  char lower[32];
  const bool plain = LowerPlainAscii(token, lower, sizeof lower);
  if (!plain) {
    bool kept = true;
    if (AsciiTokenKey(token, next, leading, span, &kept)) return kept;
  }
  const bool may_drop = !plain || PlainMayDrop(lower, token.size(), leading);
  if (!next.empty() && may_drop) {
    // Is the token, as one word, dropped before the next one?
    std::string own;
    std::string_view word;
    if (plain) {
      word = std::string_view(lower, token.size());
    } else {
      own = Fold(token);
      if (own.find(kSeparator) != std::string::npos) own.clear();  // several words
      word = own;
    }
    if (DroppedBefore(word, next, leading)) return false;
  }
  if (plain) {
    char key[sizeof lower];
    span->append(key, TransformWord(lower, token.size(), key));
    return true;
  }
  if (leading) {
    span->append(SplitNameKey(token).text);
  } else {
    // Not at the start of the run: a prefix word inside the token stays.
    const NameKeyWords words = SplitNameKey("x " + std::string(token));
    if (words.count > 0) span->append(std::string_view(words.text).substr(words.end[0]));
  }
  return true;
}

namespace {

TokenKeyResult LeadingKey(std::string_view token, std::string_view next, char* out, size_t capacity,
                          size_t* length, bool* plain_same) {
  while (token.size() > 1 && token.back() == '.') token.remove_suffix(1);  // as AppendTokenKey
  // The common case: a plain word (AppendTokenKey's own fast path) that
  // cannot be dropped before `next`. Only an article (at most three letters,
  // starting with a or e: "al", "as", "ash") or an administrative prefix
  // ("the", "qada", "markaz", "nahiyat", "muhafazat": t, n, q or m, at most
  // nine letters) can be; any other plain word is kept as it is.
  if (!token.empty() && token.size() <= capacity && PlainWordKey(token, out, length)) {
    *plain_same = true;
    if (next.empty()) return TokenKeyResult::kKept;
    const size_t n = token.size();
    const char c = kPlainChar[static_cast<uint8_t>(token[0])];
    if (n <= 3 && (c == 'a' || c == 'e')) {  // an article perhaps
      char lower[3];
      for (size_t i = 0; i < n; ++i) lower[i] = kPlainChar[static_cast<uint8_t>(token[i])];
      if (!DroppedBefore(std::string_view(lower, n), next, /*leading=*/true)) {
        return TokenKeyResult::kKept;
      }
      *plain_same = false;
      *length = 0;
      return TokenKeyResult::kDropped;
    } else if (n <= 9 && (c == 't' || c == 'n' || c == 'q' || c == 'm')) {
      char lower[9];
      for (size_t i = 0; i < n; ++i) lower[i] = kPlainChar[static_cast<uint8_t>(token[i])];
      if (!IsAdminPrefix(std::string_view(lower, n))) return TokenKeyResult::kKept;
    } else {
      return TokenKeyResult::kKept;
    }
  }
  *plain_same = false;
  std::string key;
  const bool kept = AppendTokenKey(token, next, true, &key);
  if (key.size() > capacity) return TokenKeyResult::kTooLong;
  std::memcpy(out, key.data(), key.size());
  *length = key.size();
  return kept ? TokenKeyResult::kKept : TokenKeyResult::kDropped;
}

}  // namespace

TokenKeyResult LeadingTokenKey(std::string_view token, std::string_view next, char* out,
                               size_t capacity, size_t* length, bool* same_later) {
  bool plain_same = false;  // where NextTokenKey would say the same: kept plain words
  const TokenKeyResult result = LeadingKey(token, next, out, capacity, length, &plain_same);
  if (same_later != nullptr) *same_later = plain_same;
  return result;
}

TokenKeyResult NextTokenKey(std::string_view token, std::string_view next, char* out,
                            size_t capacity, size_t* length) {
  while (token.size() > 1 && token.back() == '.') token.remove_suffix(1);  // as AppendTokenKey
  // AppendTokenKey's own fast path: a plain word, kept unless it is an
  // article ("al", "as") before `next`.
  if (!token.empty() && token.size() <= capacity && PlainWordKey(token, out, length)) {
    if (next.empty() || !MayBeDropped(token, /*leading=*/false)) return TokenKeyResult::kKept;
    const size_t n = token.size();  // at most 3, starting with a or e
    char lower[3];
    for (size_t i = 0; i < n; ++i) lower[i] = kPlainChar[static_cast<uint8_t>(token[i])];
    if (!DroppedBefore(std::string_view(lower, n), next, /*leading=*/false)) {
      return TokenKeyResult::kKept;
    }
    *length = 0;
    return TokenKeyResult::kDropped;
  }
  std::string key;
  const bool kept = AppendTokenKey(token, next, false, &key);
  if (key.size() > capacity) return TokenKeyResult::kTooLong;
  std::memcpy(out, key.data(), key.size());
  *length = key.size();
  return kept ? TokenKeyResult::kKept : TokenKeyResult::kDropped;
}

bool IsArticleWord(std::string_view word) {
  char lower[4];
  std::string folded;
  std::string_view w;
  if (LowerPlainAscii(word, lower, sizeof lower)) {
    w = std::string_view(lower, word.size());
  } else {
    folded = Fold(word);
    w = folded;
  }
  if (w.size() < 2 || w.size() > 4) return false;  // ال is 4 bytes
  if (w == "al" || w == "el" || w == "the" || w == kArabicArticle) return true;
  static constexpr std::array<std::string_view, 18> kSunArticles = {
      "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az",
      "ed", "edh", "en", "er", "es", "esh", "et", "eth", "ez"};
  for (std::string_view article : kSunArticles) {
    if (w == article) return true;
  }
  return false;
}

bool HasArabicScript(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  uint8_t high = 0;  // any byte outside ASCII?
  for (int32_t k = 0; k < length; ++k) high |= s[k];
  if (high < 0x80) return false;
  int32_t i = 0;
  while (i < length) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && IsArabicBlock(c) && u_isalpha(c)) return true;
  }
  return false;
}

}  // namespace casus
