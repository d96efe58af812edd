// casus — WordSet: a small fixed set of lower-case ASCII words (with a
// small value each), built at compile time and matched case-insensitively
// (ASCII): the place finder's words around a name, the clause reader's
// verbs of speaking. A
// lookup rejects most words from their length and first and last letters
// alone, then lower-cases at most 15 bytes on the stack and probes a small
// open-addressing table; it never allocates.
//
// Immutable: thread-safe.
#ifndef CASUS_BASE_WORD_SET_H_
#define CASUS_BASE_WORD_SET_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace casus {

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

// A small fixed set of lower-case ASCII words, each with a non-zero value
// (1 for a plain set), matched case-insensitively through a hash table
// built at compile time.
template <size_t N>
struct WordSet {
  static_assert(N < 255);
  static constexpr size_t kSlots = SlotsFor(N);
  static constexpr size_t kMaxLength = 15;
  std::array<std::string_view, N> words;
  std::array<uint8_t, N> values{};
  std::array<uint8_t, kSlots> slots{};  // word index + 1, 0 = empty
  // Quick rejection before lower-casing and hashing: for each first byte
  // (either case), bit n set if a word n bytes long starts with it; and the
  // last letters of all words (bit c & 63). Filters only.
  std::array<uint16_t, 256> lengths_by_first{};
  uint64_t finals = 0;

  constexpr explicit WordSet(std::array<std::string_view, N> list, uint8_t value = 1)
      : words(list) {
    values.fill(value);
    Build();
  }
  constexpr WordSet(std::array<std::string_view, N> list, std::array<uint8_t, N> list_values)
      : words(list), values(list_values) {
    Build();
  }

  static char Lower(char c) { return static_cast<char>(kLowerAscii[static_cast<uint8_t>(c)]); }

  // The value of `token` (any ASCII case), 0 if it is not in the set.
  uint8_t find(std::string_view token) const {
    const size_t n = token.size();
    if (n == 0 || n > kMaxLength ||
        !((lengths_by_first[static_cast<uint8_t>(token[0])] >> n) & 1) ||
        !(finals & (uint64_t{1} << (static_cast<uint8_t>(Lower(token[n - 1])) & 63)))) {
      return 0;
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
      if (words[slots[slot] - 1] == key) return values[slots[slot] - 1];
      slot = (slot + 1) & (kSlots - 1);
    }
    return 0;
  }
  bool contains(std::string_view token) const { return find(token) != 0; }

 private:
  // Not constexpr: calling it stops a set with a word too long (or empty)
  // from compiling.
  static void WordOutOfRange() {}

  constexpr void Build() {
    for (size_t w = 0; w < N; ++w) {
      if (words[w].empty() || words[w].size() > kMaxLength) WordOutOfRange();
      size_t slot = WordHash(words[w]) & (kSlots - 1);
      while (slots[slot] != 0) slot = (slot + 1) & (kSlots - 1);
      slots[slot] = static_cast<uint8_t>(w + 1);
      const auto c = static_cast<uint8_t>(words[w][0]);
      const auto bit = static_cast<uint16_t>(1u << words[w].size());
      lengths_by_first[c] |= bit;
      if (c >= 'a' && c <= 'z') lengths_by_first[c - 32] |= bit;
      finals |= uint64_t{1} << (static_cast<uint8_t>(words[w].back()) & 63);
    }
  }
};

// The words of several sets, each keeping its value, as one set.
template <size_t... Ns>
constexpr WordSet<(Ns + ...)> Join(const WordSet<Ns>&... sets) {
  std::array<std::string_view, (Ns + ...)> words{};
  std::array<uint8_t, (Ns + ...)> values{};
  size_t k = 0;
  auto add = [&](const auto& set) {
    for (size_t i = 0; i < set.words.size(); ++i, ++k) {
      words[k] = set.words[i];
      values[k] = set.values[i];
    }
  };
  (add(sets), ...);
  return WordSet<(Ns + ...)>(words, values);
}

}  // namespace casus

#endif  // CASUS_BASE_WORD_SET_H_
