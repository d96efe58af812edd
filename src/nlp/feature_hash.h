// casus — the hashing used for tagger features and word lookups: short
// byte strings to 64-bit hashes, and hash combination. Deterministic on a
// given machine (byte order matters: models are built where they are used).
//
// Thread safety: pure functions.
#ifndef CASUS_NLP_FEATURE_HASH_H_
#define CASUS_NLP_FEATURE_HASH_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace casus::tagger {

inline constexpr uint64_t kFnvOffset = 14695981039346656037ull;

inline uint64_t Finalize(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

// Hashes a short byte string eight bytes at a time (words are short).
inline uint64_t HashBytes(const char* data, size_t size) {
  constexpr uint64_t kMul = 0xc6a4a7935bd1e995ull;
  uint64_t h = kFnvOffset ^ (size * kMul);
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, data + i, 8);
    h = (h ^ chunk) * kMul;
    h ^= h >> 47;
  }
  if (i < size) {
    uint64_t chunk = 0;
    std::memcpy(&chunk, data + i, size - i);
    h = (h ^ chunk) * kMul;
    h ^= h >> 47;
  }
  return Finalize(h);
}
inline uint64_t HashString(std::string_view s) { return HashBytes(s.data(), s.size()); }

// Combines two hashes; never returns 0 (0 marks an empty slot in tables).
inline uint64_t Combine(uint64_t a, uint64_t b) {
  uint64_t h = Finalize(a * 0x9E3779B97F4A7C15ull + b + 0x632BE59BD9B4E019ull);
  return h == 0 ? 1 : h;
}

}  // namespace casus::tagger

#endif  // CASUS_NLP_FEATURE_HASH_H_
