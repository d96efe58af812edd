// casus — name keys: the spelling-insensitive form under which the gazetteer
// files every place name and under which the finder looks words up.
//
// NameKey("Al-Fallujah") == NameKey("Fallūjah") == NameKey("falluja") ==
// "faluja". The key is built in steps:
//   1. Case folding; Latin diacritics removed (ā→a, ş→s, ḩ→h, ß→ss, ø→o);
//      Arabic script normalised (harakat and tatweel dropped, alef forms →
//      ا, ة→ه, ى/ی→ي, ک→ك, ؤ→و, ئ→ي, Arabic-Indic digits → ASCII).
//   2. Apostrophes and transliteration marks (' ’ ‘ ʿ ʾ `) removed; every
//      other non-alphanumeric character (space, hyphen, period, comma)
//      separates words.
//   3. Words that are not part of the name dropped when another word
//      follows: the Arabic article (al, el, and sun-letter forms ad, an, ar,
//      as, ash, at, ath, az, ed, en, er, es, esh, et, ez before a word
//      starting with that consonant; ال on Arabic words), a leading "the",
//      and leading administrative prefixes (nahiyat, qada, markaz; ناحية,
//      محافظة, مدينة, قضاء).
//   4. Latin transliteration variants merged inside each word: "ou" and
//      "oo" → "u", "ee" → "i", doubled letters collapsed, a final "ah"/"eh"
//      → "a".
//   5. The remaining words concatenated without separators.
//
// The builder and the runtime must agree byte for byte, so this file is the
// only place those rules live. All functions are pure and thread-safe.
#ifndef CASUS_GEO_NAME_KEY_H_
#define CASUS_GEO_NAME_KEY_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace casus {

// The key words of a name, after steps 1–4, in order.
struct NameKeyWords {
  static constexpr int kMaxWords = 16;  // further words are ignored
  std::string text;                     // the words back to back
  uint16_t end[kMaxWords] = {};         // end offset of each word in `text`
  int count = 0;                        // words kept
  int raw_count = 0;                    // words before dropping articles/prefixes

  std::string_view word(int i) const {
    const uint16_t begin = i == 0 ? 0 : end[i - 1];
    return std::string_view(text).substr(begin, end[i] - begin);
  }
};

// Splits and normalises `name` (steps 1–4).
NameKeyWords SplitNameKey(std::string_view name);

// The full key (steps 1–5); empty when the name has no letters or digits.
std::string NameKey(std::string_view name);

// Whether two names are spelled alike up to case, diacritics, apostrophes
// and separators (steps 1 and 2 only): "Ammenäs" and "Amenas" are not,
// though they share a key.
bool SameSpelling(std::string_view a, std::string_view b);

// The key of the first kept word of `text` ("" if none). For "al-Asad"
// this is "asad".
std::string FirstWordKey(std::string_view text);

// Builds the key of a run of tokens one token at a time: appends the
// contribution of `token` to `span`. `next` is the token after it in the run
// ("" if none) and `leading` says whether `token` starts the run. The result
// equals NameKey() of the tokens joined by spaces (the articles and prefixes
// of step 3 are recognised across token boundaries). Returns false when the
// token contributed nothing because it is dropped before `next` ("al" in
// "al Asad"), so that a name cannot end there.
bool AppendTokenKey(std::string_view token, std::string_view next, bool leading, std::string* span);

// AppendTokenKey(token, next, /*leading=*/true, ...) written to a buffer
// instead of a string (no allocation for plain ASCII words): the key goes to
// `out`, its length to `*length`. kTooLong when it would not fit in
// `capacity` bytes (nothing usable is written then).
enum class TokenKeyResult : uint8_t { kKept, kDropped, kTooLong };
// `*same_later`, when given, says whether NextTokenKey would give the same
// answer (a plain word kept: its key does not depend on its place in a run).
TokenKeyResult LeadingTokenKey(std::string_view token, std::string_view next, char* out,
                               size_t capacity, size_t* length, bool* same_later = nullptr);
// The same for a token after the first of a run (`leading` false).
TokenKeyResult NextTokenKey(std::string_view token, std::string_view next, char* out,
                            size_t capacity, size_t* length);

// True if `word` (one token, any case) is only an Arabic article or "the",
// so that a name may start with it but is keyed by the word after it.
bool IsArticleWord(std::string_view word);

// True if `text` contains a letter of the Arabic script.
bool HasArabicScript(std::string_view text);

// The hash used by the gazetteer's key and span tables: eight bytes at a
// time, whole keys only (the finder builds a run's key in one buffer and
// hashes it whole). Stable across builds and platforms (little-endian
// hosts, as the gazetteer file).
inline uint64_t KeyHash(std::string_view key) {
  constexpr uint64_t kMultiplier = 0xbf58476d1ce4e5b9ull;
  const char* p = key.data();
  size_t n = key.size();
  uint64_t h = 0x9e3779b97f4a7c15ull * (n + 1);
  for (; n > 8; p += 8, n -= 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    h = (h ^ word) * kMultiplier;
    h ^= h >> 31;
  }
  // The last 1 to 8 bytes (none for an empty key), read inside the key.
  uint64_t word = 0;
  if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, p, 4);
    std::memcpy(&tail, p + n - 4, 4);
    word = head | uint64_t{tail} << (8 * (n - 4));
  } else if (n > 0) {
    word = static_cast<uint8_t>(p[0]) | uint64_t{static_cast<uint8_t>(p[n / 2])} << (8 * (n / 2)) |
           uint64_t{static_cast<uint8_t>(p[n - 1])} << (8 * (n - 1));
  }
  h = (h ^ word) * kMultiplier;
  h ^= h >> 33;  // murmur3's finaliser spreads every bit over the low ones
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

// The bit of a key's byte in a span-table entry's initials (its high half,
// gazetteer_format.h): one bit per ASCII letter, one for all digits, one
// for any other byte.
inline uint32_t InitialBit(char c) {
  if (c >= 'a' && c <= 'z') return uint32_t{1} << (c - 'a');
  return uint32_t{1} << (c >= '0' && c <= '9' ? 26 : 27);
}

// True if the key AppendTokenKey(token, next, /*leading=*/false, ...)
// appends is known, from the token's letters alone, to start with a byte
// whose InitialBit is not in `initials`: a word of ASCII letters and digits
// that cannot be dropped before `next`, its key's first byte outside
// `initials`. False when the key may start inside it or nothing is known.
bool StartsOutside(std::string_view token, std::string_view next, uint32_t initials);

// The fingerprint stored in a span-table entry for a key with hash `hash`
// (bits 2-15 of the entry, gazetteer_format.h): independent of the bits
// that pick the slot, the low two bits free for flags, never 0 (an empty
// slot).
inline uint32_t SpanFingerprint(uint64_t hash) {
  const uint32_t f = static_cast<uint32_t>(hash >> 32) & 0xFFFCu;
  return f == 0 ? 4u : f;
}

}  // namespace casus

#endif  // CASUS_GEO_NAME_KEY_H_
