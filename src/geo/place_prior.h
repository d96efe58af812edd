// casus — the fixed part of a place's score as a referent of its names:
// its kind (country > capital > subdivision seat > lesser seats > towns)
// and its size and renown (population, number of alternate names). The
// builder stores it in each record of gazetteer.bin (PlaceRecord::prior),
// so that the resolver reads it rather than working it out for every
// candidate; both compute it here, so they agree to the bit.
//
// Internal to src/geo. Pure functions: thread-safe.
#ifndef CASUS_GEO_PLACE_PRIOR_H_
#define CASUS_GEO_PLACE_PRIOR_H_

#include <bit>
#include <cstdint>
#include <cstring>

#include "geo/gazetteer_format.h"

namespace casus::place_prior {

// log2(x) for x >= 1, to about 0.01: the float's exponent plus a quadratic
// fit of the mantissa (std::log2 costs more than all the rest of scoring).
// Read from the bits (x is a normal double >= 1): the exponent field and
// the mantissa with the exponent of 1.0, exactly frexp's answer doubled.
inline double FastLog2(double x) {
  const uint64_t bits = std::bit_cast<uint64_t>(x);
  const int exponent = static_cast<int>((bits >> 52) & 0x7FF) - 1023;
  const double m = std::bit_cast<double>((bits & 0x000FFFFFFFFFFFFFull) | 0x3FF0000000000000ull);
  return exponent + (m - 1.0) * (1.3465 - 0.3465 * (m - 1.0));  // m in [1, 2)
}

// `code` (a record's feature code, NUL-padded to 6 bytes) == `name`,
// comparing name's terminating NUL too.
template <size_t N>
bool CodeIs(const char (&code)[6], const char (&name)[N]) {
  static_assert(N <= 6);
  return std::memcmp(code, name, N) == 0;
}

inline double KindPrior(geo_format::RecordKind kind, const char (&code)[6]) {
  using geo_format::RecordKind;
  switch (kind) {
    case RecordKind::kCountry:
      return 7;
    case RecordKind::kAdmin1:
      return 3;
    case RecordKind::kRegion:
      return 5;
    case RecordKind::kWater:
      return 7.5;
    case RecordKind::kSite:
      return 5;
    case RecordKind::kPopulated:
      break;
  }
  if (CodeIs(code, "PPLC")) return 5;
  if (CodeIs(code, "PPLA")) return 4;
  if (CodeIs(code, "PPLA2")) return 3;
  if (CodeIs(code, "PPLA3")) return 2;
  if (CodeIs(code, "PPLX") || CodeIs(code, "PPLL") || CodeIs(code, "PPLQ") ||
      CodeIs(code, "PPLH")) {
    return 0.5;
  }
  return 1.5;
}

// Places a bare mention may mean without further support: areas, sites,
// capitals, subdivision seats and towns of 100,000 or more.
inline bool IsProminent(geo_format::RecordKind kind, const char (&code)[6], uint32_t population) {
  using geo_format::RecordKind;
  return kind == RecordKind::kCountry || kind == RecordKind::kAdmin1 ||
         kind == RecordKind::kRegion || kind == RecordKind::kWater || kind == RecordKind::kSite ||
         CodeIs(code, "PPLC") || CodeIs(code, "PPLA") || population >= 100000;
}

// Kind, then size and renown: 0.6 log10(population) + 0.4 log2(alternate
// names).
inline double FixedPrior(geo_format::RecordKind kind, const char (&code)[6], uint32_t population,
                         uint8_t fame) {
  return KindPrior(kind, code) + 0.6 * 0.30103 * FastLog2(1.0 + population) +
         0.4 * FastLog2(1.0 + fame);
}

}  // namespace casus::place_prior

#endif  // CASUS_GEO_PLACE_PRIOR_H_
