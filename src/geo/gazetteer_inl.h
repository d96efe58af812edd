// casus — the Gazetteer's table probes that the place finder makes for
// nearly every capitalised word, defined inline so that its loops pay no
// call for them. Included by gazetteer.h only.
#ifndef CASUS_GEO_GAZETTEER_INL_H_
#define CASUS_GEO_GAZETTEER_INL_H_

#include "geo/name_key.h"

namespace casus {

inline void Gazetteer::Prefetch(uint64_t hash) const {
  if (spans_ == nullptr || key_hash_ == nullptr) return;
  __builtin_prefetch(spans_ + (hash & spans_mask_));
  __builtin_prefetch(key_hash_ + (hash & key_hash_mask_));
}

inline void Gazetteer::PrefetchKeyEntry(uint64_t hash) const {
  if (key_hash_ == nullptr) return;
  const uint32_t entry = key_hash_[hash & key_hash_mask_];
  if (entry != 0 && entry - 1 < key_count_) __builtin_prefetch(keys_ + (entry - 1));
}

inline void Gazetteer::PrefetchKeyText(uint64_t hash) const {
  if (key_hash_ == nullptr) return;
  const uint32_t entry = key_hash_[hash & key_hash_mask_];
  if (entry != 0 && entry - 1 < key_count_ && keys_[entry - 1].text < strings_size_) {
    __builtin_prefetch(strings_ + keys_[entry - 1].text);
  }
}

inline uint16_t Gazetteer::KeyFlags(uint32_t key) const {
  return key < key_count_ ? keys_[key].flags : 0;
}

inline Gazetteer::SpanInfo Gazetteer::Span(std::string_view span_key, uint64_t hash) const {
  if (span_key.empty() || spans_ == nullptr) return {};
  const uint32_t fingerprint = SpanFingerprint(hash);
  size_t slot = hash & spans_mask_;
  for (size_t probes = 0; probes <= spans_mask_; ++probes) {
    const uint64_t entry = spans_[slot];
    if (entry == 0) return {};
    const auto low = static_cast<uint32_t>(entry);
    if ((low & ~geo_format::kSpanFlagMask) == fingerprint) {
      const uint32_t flags = low & geo_format::kSpanFlagMask;
      return {flags, flags & geo_format::kSpanContinues ? static_cast<uint32_t>(entry >> 32) : 0};
    }
    slot = (slot + 1) & spans_mask_;
  }
  return {};
}

}  // namespace casus

#endif  // CASUS_GEO_GAZETTEER_INL_H_
