// casus — the Gazetteer: every place casus can name, memory-mapped from the
// compiled gazetteer.bin (see gazetteer_format.h for the layout and
// gazetteer_builder.h for how it is made).
//
// A Gazetteer represents one read-only copy of the file in memory. Nothing
// is parsed: opening reads the file (into memory backed by transparent huge
// pages where the system offers them, since lookups land all over tens of
// megabytes and with small pages most would also miss the TLB; otherwise
// it maps the file, and pages load on first touch) and checks the header.
// Lookups go through name keys (name_key.h): case,
// diacritics, the Arabic article, hyphens and apostrophes do not matter, and
// Arabic-script names work too.
//
// Thread safety: immutable after Open(); all methods are const and safe to
// call from any number of threads. Move-only (it owns the mapping).
// Place values hold string_views into the mapping: they must not outlive
// the Gazetteer.
#ifndef CASUS_GEO_GAZETTEER_H_
#define CASUS_GEO_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "casus/status.h"
#include "geo/gazetteer_format.h"

namespace casus {

using PlaceKind = geo_format::RecordKind;
using NameKind = geo_format::NameKind;

// One gazetteer record, decoded. `index` is its record number (stable for
// one file); index == kNoPlace marks "no place".
struct Place {
  static constexpr uint32_t kNoPlace = geo_format::kNone;

  uint32_t index = kNoPlace;
  int64_t geonameid = 0;          // 0 when not from GeoNames
  std::string_view name;          // display name
  std::string_view country_iso3;  // empty at sea
  std::string_view country_iso2;
  std::string_view country_name;
  std::string_view admin1;       // subdivision display name, may be empty
  std::string_view admin1_code;  // ISO 3166-2 ("IQ-AN"), may be empty
  double lat = 0;
  double lon = 0;
  char feature_class = 0;         // GeoNames class or 0
  std::string_view feature_code;  // "PPLA", "PPL", "ADM1", "PCLI", "STRT", "AIRB"...
  uint32_t population = 0;
  uint8_t fame = 0;  // number of GeoNames alternate names (capped): renown
  PlaceKind kind = PlaceKind::kPopulated;

  bool valid() const { return index != kNoPlace; }
};

// The fields of a place that scoring needs, decoded without touching its
// strings (cheaper than Place). `country` and `admin1` are table numbers
// (Gazetteer::CountryNumber), -1 when none.
struct PlaceCore {
  uint32_t index = Place::kNoPlace;
  uint32_t geonameid = 0;  // 0 for in-house places
  double lat = 0;
  double lon = 0;
  uint32_t population = 0;
  uint8_t fame = 0;
  PlaceKind kind = PlaceKind::kPopulated;
  bool prominent = false;  // a bare mention may mean it (place_prior.h)
  int country = -1;
  int admin1 = -1;
  char code[6] = {};  // feature code, NUL-terminated
  double prior = 0;   // kind, size and renown (place_prior.h)

  bool valid() const { return index != Place::kNoPlace; }
  std::string_view feature_code() const { return code; }
};

// A place found under a name, and how the name is attached to it.
struct Candidate {
  Place place;
  NameKind name_kind = NameKind::kPrimary;
};

// Bounding box of an area place (country, subdivision, region, water body).
struct GeoBox {
  double south = 0, west = 0, north = 0, east = 0;
};

// How Gazetteer::Open holds the file.
struct GazetteerOpenOptions {
  // Read a large file (several megabytes) into memory backed by huge pages
  // (a few milliseconds, the whole file resident) rather than map it (well
  // under a millisecond, pages resident as they are touched). Both give the
  // same answers; the copy makes lookups cheaper.
  bool huge_pages = true;
};

class Gazetteer {
 public:
  // Opens the file at `path`. Fails with IoError when it cannot be read and
  // InvalidInput when it is not a well-formed gazetteer.bin.
  static Result<Gazetteer> Open(const std::string& path, GazetteerOpenOptions options = {});
  // Open(FindDataFile("gazetteer.bin")).
  static Result<Gazetteer> OpenDefault();

  Gazetteer(Gazetteer&& other) noexcept;
  Gazetteer& operator=(Gazetteer&& other) noexcept;
  Gazetteer(const Gazetteer&) = delete;  // owns the mapping
  Gazetteer& operator=(const Gazetteer&) = delete;
  ~Gazetteer();

  // All places named `name` (any spelling the key rules merge), most
  // important first. Empty when none.
  std::vector<Candidate> Lookup(std::string_view name) const;

  // ---- Low-level access used by the finder and resolver ----

  // Index of the key `key` (already a NameKey), or nullopt.
  std::optional<uint32_t> FindKey(std::string_view key) const;
  // geo_format::SpanFlag bits for `span_key` (a key built with
  // AppendTokenKey): kSpanComplete if some name may have exactly this key,
  // kSpanContinues if some name's key may extend it by more words; 0 if
  // neither. One hash probe, no string comparison (a fingerprint collision
  // can give a false positive, never a false negative).
  uint32_t SpanFlags(std::string_view span_key) const;
  // Starts loading the span-table slot SpanFlags(key) will read first, so
  // that the finder's lookups for the words of a sentence wait for memory
  // together rather than one after another. No effect on results.
  void Prefetch(std::string_view key) const;
  // The same three with the key's KeyHash (name_key.h) computed by the
  // caller, so that one hash serves all lookups of a key.
  std::optional<uint32_t> FindKey(std::string_view key, uint64_t hash) const;
  uint32_t SpanFlags(std::string_view span_key, uint64_t hash) const;
  // SpanFlags and, for a span that continues, the initials the next word's
  // key may start with: InitialBit(c) (name_key.h) is set for every byte c
  // that follows the span in some longer span. A next word whose key
  // starts with a byte not in it continues no name (StartsOutside tells
  // that byte before the word is keyed). For a span that may be a whole
  // key, also the index of that key as the table records it (kNone if it
  // does not), to be confirmed by FindKey(key, hash, info). Same probe as
  // SpanFlags.
  struct SpanInfo {
    uint32_t flags = 0;          // geo_format::SpanFlag bits
    uint32_t next_initials = 0;  // 0 unless flags has kSpanContinues
    uint32_t key = geo_format::kNone;
  };
  SpanInfo Span(std::string_view span_key, uint64_t hash) const;
  // FindKey(key, hash) for a key whose Span() is `span`: the key the span
  // entry names when its text is `key` (no other probe), else the key hash
  // table's answer when the entry names none. Same answers as FindKey.
  std::optional<uint32_t> FindKey(std::string_view key, uint64_t hash, const SpanInfo& span) const;
  void Prefetch(uint64_t hash) const;
  // Once Span() has told the key `key` a span may be: starts loading its
  // key entry, and, a step later, its text, which FindKey(key, hash, span)
  // compares. No effect on results.
  void PrefetchKey(uint32_t key) const {
    if (key < key_count_) __builtin_prefetch(keys_ + key);
  }
  void PrefetchKeyText(uint32_t key) const;
  // Starts loading the record of place `index` (for Core), no effect on results.
  void PrefetchPlace(uint32_t index) const {
    if (index < record_count_) __builtin_prefetch(records_ + index);
  }
  // Starts loading the first postings of key `key` (for Postings), no
  // effect on results.
  void PrefetchPostings(uint32_t key) const {
    if (key < key_count_ && keys_[key].first_posting < posting_count_) {
      __builtin_prefetch(postings_ + keys_[key].first_posting);
    }
  }
  uint16_t KeyFlags(uint32_t key) const;  // geo_format::KeyFlag bits
  std::string_view KeyText(uint32_t key) const;
  std::span<const geo_format::Posting> Postings(uint32_t key) const;

  Place place(uint32_t index) const;
  PlaceCore Core(uint32_t index) const;
  // The seat of an area place (capital, administrative centre), or an
  // invalid Place.
  Place Seat(uint32_t index) const;
  std::optional<GeoBox> Extent(uint32_t index) const;
  // The point of compass part `part` of an area place (1 north, 2 north-
  // east, 3 east, 4 southeast, 5 south, 6 southwest, 7 west, 8 northwest,
  // 9 central: the order of CompassPart); false if it has no extent.
  bool PartPoint(uint32_t index, int part, double* lat, double* lon) const;
  // The country record for an ISO 3166 alpha-3 or alpha-2 code.
  Place Country(std::string_view iso_code) const;
  // Index of a country in the country table (for compact sets), or -1.
  int CountryNumber(std::string_view iso_code) const;
  int CountryNumberOf(uint32_t place_index) const;
  uint32_t AdminNumberOf(uint32_t place_index) const;  // kNone16 if none

  size_t place_count() const { return record_count_; }
  size_t key_count() const { return key_count_; }
  size_t file_size() const { return size_; }
  // True when the file was read into memory advised to use huge pages
  // (GazetteerOpenOptions::huge_pages), false when it is mapped.
  bool read_into_memory() const { return huge_pages_; }
  const std::string& path() const { return path_; }

  // Checks every index and offset in the file (a full scan: tens of
  // milliseconds). Open() checks only the header and section bounds.
  Status Validate() const;

 private:
  Gazetteer() = default;
  std::string_view String(uint32_t offset) const;
  template <typename T>
  const T* SectionData(geo_format::Section section) const;

  std::string path_;
  const uint8_t* data_ = nullptr;
  size_t size_ = 0;
  size_t mapped_size_ = 0;  // bytes to unmap at data_
  bool huge_pages_ = false;
  const geo_format::PlaceRecord* records_ = nullptr;
  size_t record_count_ = 0;
  const geo_format::KeyEntry* keys_ = nullptr;
  size_t key_count_ = 0;
  const geo_format::Posting* postings_ = nullptr;
  size_t posting_count_ = 0;
  const uint32_t* key_hash_ = nullptr;
  size_t key_hash_mask_ = 0;
  const uint64_t* spans_ = nullptr;
  size_t spans_mask_ = 0;
  const char* strings_ = nullptr;
  size_t strings_size_ = 0;
  const geo_format::CountryEntry* countries_ = nullptr;
  size_t country_count_ = 0;
  // (packed ISO code, country number), sorted: CountryNumber's index.
  std::vector<std::pair<uint32_t, uint16_t>> country_codes_;
  const geo_format::AdminEntry* admins_ = nullptr;
  size_t admin_count_ = 0;
  const geo_format::AreaEntry* areas_ = nullptr;
  size_t area_count_ = 0;
};

}  // namespace casus

#include "geo/gazetteer_inl.h"  // IWYU pragma: export

#endif  // CASUS_GEO_GAZETTEER_H_
