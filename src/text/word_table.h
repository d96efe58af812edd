// WordTable: a small immutable map from words to one-byte values, built
// once and probed with string_views without allocating (open addressing,
// FNV-1a hash, power-of-two capacity at most half full).
//
// Thread safety: const methods are safe to call concurrently.
#ifndef CASUS_TEXT_WORD_TABLE_H_
#define CASUS_TEXT_WORD_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casus {

class WordTable {
 public:
  // Adds `word` with `value` (non-zero); a later Insert of the same word
  // replaces the value.
  void Insert(std::string_view word, uint8_t value);

  // The value of `word`, or 0 when absent.
  uint8_t Find(std::string_view word) const;

  bool Contains(std::string_view word) const { return Find(word) != 0; }
  size_t size() const { return words_.size(); }

 private:
  static uint64_t Hash(std::string_view word);
  void Rehash(size_t capacity);

  std::vector<std::string> words_;
  std::vector<uint8_t> values_;
  std::vector<uint32_t> slots_;  // index + 1 into words_, 0 = empty
};

}  // namespace casus

#endif  // CASUS_TEXT_WORD_TABLE_H_
