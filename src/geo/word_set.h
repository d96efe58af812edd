// casus — WordSet: a small fixed set of lower-case ASCII words, built at
// compile time and matched case-insensitively (ASCII), used by the place
// finder to read the words around a name. A lookup rejects most words from
// their length and first and last letters alone, then lower-cases at most
// 16 bytes on the stack and probes a small open-addressing table; it never
// allocates.
//
// Internal to src/geo. Immutable: thread-safe.
#ifndef CASUS_GEO_WORD_SET_H_
#define CASUS_GEO_WORD_SET_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace casus::toponym_words {

constexpr uint32_t WordHash(std::string_view w) {
  uint32_t h = 2166136261u;
  for (char c : w) h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
  return h;
}

// ASCII upper-case letters lower-cased, every other byte as it is.
constexpr std::array<uint8_t, 256> kLowerAscii = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = static_cast<uint8_t>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return table;
}();

constexpr size_t SlotsFor(size_t n) {
  size_t slots = 8;
  while (slots < 4 * n) slots <<= 1;
  return slots;
}

// A small fixed set of lower-case ASCII words, matched case-insensitively
// through a hash table built at compile time.
template <size_t N>
struct WordSet {
  static_assert(N < 255);
  static constexpr size_t kSlots = SlotsFor(N);
  static constexpr size_t kMaxLength = 16;
  std::array<std::string_view, N> words;
  std::array<uint8_t, kSlots> slots{};  // word index + 1, 0 = empty
  // Quick rejection before lower-casing and hashing: for each length, the
  // lower-case first letters of the words that long, and the last letters
  // of all words (bit c & 63; filters only).
  std::array<uint64_t, kMaxLength + 1> initials{};
  uint64_t finals = 0;

  constexpr explicit WordSet(std::array<std::string_view, N> list) : words(list) {
    for (size_t w = 0; w < N; ++w) {
      size_t slot = WordHash(words[w]) & (kSlots - 1);
      while (slots[slot] != 0) slot = (slot + 1) & (kSlots - 1);
      slots[slot] = static_cast<uint8_t>(w + 1);
      initials[words[w].size()] |= uint64_t{1} << (static_cast<uint8_t>(words[w][0]) & 63);
      finals |= uint64_t{1} << (static_cast<uint8_t>(words[w].back()) & 63);
    }
  }

  static char Lower(char c) { return static_cast<char>(kLowerAscii[static_cast<uint8_t>(c)]); }

  bool contains(std::string_view token) const {
    const size_t n = token.size();
    if (n == 0 || n > kMaxLength) return false;
    if (!(initials[n] & (uint64_t{1} << (static_cast<uint8_t>(Lower(token[0])) & 63))) ||
        !(finals & (uint64_t{1} << (static_cast<uint8_t>(Lower(token[n - 1])) & 63)))) {
      return false;
    }
    char lower[kMaxLength];
    uint32_t h = 2166136261u;  // WordHash of the lower-cased token
    for (size_t i = 0; i < n; ++i) {
      lower[i] = Lower(token[i]);
      h = (h ^ static_cast<uint8_t>(lower[i])) * 16777619u;
    }
    const std::string_view key(lower, n);
    size_t slot = h & (kSlots - 1);
    while (slots[slot] != 0) {
      if (words[slots[slot] - 1] == key) return true;
      slot = (slot + 1) & (kSlots - 1);
    }
    return false;
  }
};

}  // namespace casus::toponym_words

#endif  // CASUS_GEO_WORD_SET_H_
