// casus — the Gazetteer's table probes that the place finder makes for
// nearly every capitalised word, defined inline so that its loops pay no
// call for them. Included by gazetteer.h only.
#ifndef CASUS_GEO_GAZETTEER_INL_H_
#define CASUS_GEO_GAZETTEER_INL_H_

#include "geo/name_key.h"

namespace casus {

inline void Gazetteer::Prefetch(uint64_t hash) const {
  if (spans_ != nullptr) __builtin_prefetch(spans_ + (hash & spans_mask_));
}

inline void Gazetteer::PrefetchKeyText(uint32_t key) const {
  if (key < key_count_ && keys_[key].text < strings_size_) {
    __builtin_prefetch(strings_ + keys_[key].text);
  }
}

inline std::string_view Gazetteer::KeyText(uint32_t key) const {
  if (key >= key_count_) return {};
  const geo_format::KeyEntry& k = keys_[key];
  if (k.text >= strings_size_ || k.length > strings_size_ - k.text) return {};
  return std::string_view(strings_ + k.text, k.length);
}

inline uint16_t Gazetteer::KeyFlags(uint32_t key) const {
  return key < key_count_ ? keys_[key].flags : 0;
}

inline Gazetteer::SpanInfo Gazetteer::Span(std::string_view span_key, uint64_t hash) const {
  namespace se = geo_format::span_entry;
  if (span_key.empty() || spans_ == nullptr) return {};
  const uint32_t fingerprint = SpanFingerprint(hash);
  size_t slot = hash & spans_mask_;
  for (size_t probes = 0; probes <= spans_mask_; ++probes) {
    const uint64_t entry = spans_[slot];
    if (entry == 0) return {};
    if ((entry & se::kFingerprintMask) == fingerprint) {
      SpanInfo info;
      info.flags = static_cast<uint32_t>(entry) & geo_format::kSpanFlagMask;
      if (info.flags & geo_format::kSpanContinues) {
        info.next_initials =
            static_cast<uint32_t>((entry >> se::kInitialsShift) & se::kInitialsMask);
      }
      if (info.flags & geo_format::kSpanComplete) {
        info.key = static_cast<uint32_t>(entry >> se::kKeyShift) - 1;  // kNone when 0
      }
      return info;
    }
    slot = (slot + 1) & spans_mask_;
  }
  return {};
}

inline std::optional<uint32_t> Gazetteer::FindKey(std::string_view key, uint64_t hash,
                                                  const SpanInfo& span) const {
  if (span.key == geo_format::kNone) return FindKey(key, hash);
  if (KeyText(span.key) == key && !key.empty()) return span.key;
  return std::nullopt;
}

}  // namespace casus

#endif  // CASUS_GEO_GAZETTEER_INL_H_
