#include "text/word_table.h"

namespace casus {

uint64_t WordTable::Hash(std::string_view word) {
  uint64_t hash = 1469598103934665603ull;
  for (char c : word) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

void WordTable::Rehash(size_t capacity) {
  slots_.assign(capacity, 0);
  const size_t mask = capacity - 1;
  for (size_t i = 0; i < words_.size(); ++i) {
    size_t slot = Hash(words_[i]) & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = static_cast<uint32_t>(i + 1);
  }
}

void WordTable::Insert(std::string_view word, uint8_t value) {
  if (!slots_.empty()) {
    const size_t mask = slots_.size() - 1;
    for (size_t slot = Hash(word) & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
      if (words_[slots_[slot] - 1] == word) {
        values_[slots_[slot] - 1] = value;
        return;
      }
    }
  }
  words_.emplace_back(word);
  values_.push_back(value);
  if (words_.size() * 2 > slots_.size()) {
    size_t capacity = 16;
    while (capacity < words_.size() * 4) capacity *= 2;
    Rehash(capacity);
    return;
  }
  const size_t mask = slots_.size() - 1;
  size_t slot = Hash(word) & mask;
  while (slots_[slot] != 0) slot = (slot + 1) & mask;
  slots_[slot] = static_cast<uint32_t>(words_.size());
}

uint8_t WordTable::Find(std::string_view word) const {
  if (slots_.empty()) return 0;
  const size_t mask = slots_.size() - 1;
  for (size_t slot = Hash(word) & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
    const uint32_t index = slots_[slot] - 1;
    if (words_[index] == word) return values_[index];
  }
  return 0;
}

}  // namespace casus
