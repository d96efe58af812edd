// casus — the on-disk layout of gazetteer.bin, shared by the builder that
// writes it and the Gazetteer that memory-maps it.
//
// The file is a header followed by fixed-size sections, each 8-byte aligned,
// all integers little-endian (casus builds only for little-endian hosts):
//
//   records    PlaceRecord[n]    one per place (town, admin-1, country, water
//                                body, military site, in-house region)
//   keys       KeyEntry[n]       distinct name keys (see name_key.h), sorted
//                                bytewise by key text
//   postings   Posting[n]        for each key, the places carrying that name,
//                                most important first
//   key_hash   uint32[2^k]       open-addressing table: KeyHash(key) → key
//                                index + 1 (0 = empty), linear probing
//   spans      uint64[2^m]       every name key and every word-boundary prefix
//                                of one (SpanEntry bits): SpanFlag bits,
//                                SpanFingerprint, the initials a longer span
//                                continues it with (InitialBit, name_key.h)
//                                and, for a whole key, its index in keys:
//                                the finder's filter and key lookup, one
//                                probe per token
//   strings    char[n]           NUL-terminated UTF-8 strings
//   countries  CountryEntry[n]
//   admins     AdminEntry[n]     admin-1 subdivisions (ISO 3166-2 top level)
//   areas      AreaEntry[n]      extent and seat of area places
//
// Nothing is parsed at load: the reader checks the header and section bounds
// and then reads the sections in place. Every index read from the file is
// bounds-checked before use, so a corrupt file yields empty answers or a
// failing Status, never a crash.
#ifndef CASUS_GEO_GAZETTEER_FORMAT_H_
#define CASUS_GEO_GAZETTEER_FORMAT_H_

#include <cstddef>
#include <cstdint>

namespace casus::geo_format {

inline constexpr char kMagic[8] = {'C', 'A', 'S', 'U', 'S', 'G', 'Z', '1'};
inline constexpr uint32_t kVersion = 8;
inline constexpr uint32_t kNone = 0xFFFFFFFFu;
inline constexpr uint16_t kNone16 = 0xFFFFu;
// The longest name key the file holds (bytes): longer names are left out,
// so that the finder builds its runs in a buffer this long.
inline constexpr size_t kMaxKeyBytes = 255;

enum Section : uint32_t {
  kRecords = 0,
  kKeys,
  kPostings,
  kKeyHash,
  kSpans,
  kStrings,
  kCountries,
  kAdmins,
  kAreas,
  kSectionCount
};

struct SectionEntry {
  uint64_t offset;     // from the start of the file, multiple of 8
  uint64_t size;       // bytes
  uint32_t count;      // elements
  uint32_t elem_size;  // bytes per element (1 for strings)
};

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t header_size;  // sizeof(Header)
  uint64_t file_size;
  SectionEntry sections[kSectionCount];
  uint64_t header_check;  // FNV-1a of the bytes before this field
};

// What kind of entity a record is. Stored in PlaceRecord::kind.
enum class RecordKind : uint8_t {
  kPopulated = 0,  // GeoNames populated place (feature class P)
  kAdmin1 = 1,     // first-order subdivision (ISO 3166-2 top level)
  kCountry = 2,    // ISO 3166-1 country
  kWater = 3,      // sea, gulf, strait, canal (in-house list)
  kSite = 4,       // military base, airport, oil field, crossing (in-house)
  kRegion = 5,     // named region that is not an admin unit (in-house)
};

struct PlaceRecord {
  uint32_t geonameid;  // 0 for places not from GeoNames
  float lat;
  float lon;
  uint32_t population;
  uint32_t name;         // offset in strings: display name
  uint32_t area;         // index in areas, or kNone
  uint16_t country;      // index in countries, or kNone16 (water)
  uint16_t admin1;       // index in admins, or kNone16
  uint8_t kind;          // RecordKind
  char feature_class;    // GeoNames class ('P', 'A', 'H', 'S', 'L') or 0
  char feature_code[5];  // GeoNames code, NUL-padded unless 5 long ("PPLA2", "STRT")
  uint8_t fame;          // how many alternate names GeoNames knows (capped at 255)
  uint32_t traits;       // RecordTrait bits, worked out from the fields above
  // The fixed part of the place's score as a referent of its names (kind,
  // size, renown): place_prior.h's FixedPrior of the fields above.
  double prior;
};

// Bits of PlaceRecord::traits (place_prior.h says how each is decided).
enum RecordTrait : uint32_t {
  kProminent = 1,  // a bare mention may mean it without further support
};
static_assert(sizeof(PlaceRecord) == 48);

// Bits of KeyEntry::flags.
enum KeyFlag : uint16_t {
  kCommonWord = 1,   // an English word carried only by minor towns ("Mission", "Police"):
                     // a place only after a locative cue
  kEnglishWord = 2,  // equal to a word WordNet lists in lower case ("Central", "Tyre")
};

struct KeyEntry {
  uint32_t text;           // offset in strings
  uint16_t length;         // bytes of key text
  uint16_t flags;          // KeyFlag bits
  uint32_t first_posting;  // index in postings
  uint32_t posting_count;
};
static_assert(sizeof(KeyEntry) == 16);

// How a name is attached to its place. Stored in Posting::name_kind.
enum class NameKind : uint8_t {
  kPrimary = 0,    // the place's own name (GeoNames name/asciiname, ISO name)
  kAlternate = 1,  // a GeoNames alternate name (Latin script)
  kArabic = 2,     // an alternate name in Arabic script
  kAlias = 3,      // an in-house alias (aliases.tsv, extra_places.tsv variants)
};

struct Posting {
  uint32_t record;
  uint8_t name_kind;  // NameKind
  uint8_t reserved;
  uint16_t country;  // the record's country (kNone16 if none), to filter without reading it
};
static_assert(sizeof(Posting) == 8);

// Bits 0-1 of a span-table entry.
enum SpanFlag : uint32_t {
  kSpanComplete = 1,   // some name has exactly this key
  kSpanContinues = 2,  // some name's key starts with this one and has more words
  kSpanFlagMask = 3,
};

// The fields of a span-table entry (0 = empty slot), low bits first:
//   bits  0-1   SpanFlag
//   bits  2-15  SpanFingerprint(KeyHash(span)) (name_key.h), never 0
//   bits 16-43  the OR of InitialBit(c) over every byte c that follows the
//               span's key in a longer span of which it is a prefix (at a
//               word boundary or not), kept for spans with kSpanContinues:
//               the finder tells from it, before keying the next word, that
//               no name goes on with it
//   bits 44-63  for a span with kSpanComplete, its key's index in keys + 1;
//               0 when the entry is shared by two whole keys (spans whose
//               fingerprints meet in one probe run share an entry, their
//               flags and initials merged): the key hash table finds it then
// A reader compares the key's text with the span before taking the index:
// a fingerprint can match a span the table does not hold.
namespace span_entry {
inline constexpr uint64_t kFingerprintMask = 0xFFFC;
inline constexpr int kInitialsShift = 16;
inline constexpr uint64_t kInitialsMask = 0x0FFFFFFF;
inline constexpr int kKeyShift = 44;
inline constexpr uint64_t kMaxKeyPlusOne = (uint64_t{1} << 20) - 1;
}  // namespace span_entry

struct CountryEntry {
  char iso2[2];
  char iso3[3];
  char reserved[3];
  uint32_t name;    // offset in strings
  uint32_t record;  // the country's PlaceRecord
};
static_assert(sizeof(CountryEntry) == 16);

struct AdminEntry {
  uint16_t country;  // index in countries
  uint16_t reserved;
  uint32_t name;    // offset in strings: display name ("Anbar")
  uint32_t record;  // the subdivision's PlaceRecord, or kNone
  uint32_t code;    // offset in strings: ISO 3166-2 code ("IQ-AN")
};
static_assert(sizeof(AdminEntry) == 16);

// Extent of an area place: the box holding most of its towns (2nd to 98th
// percentile of their coordinates) or, for some countries, their true
// bounding box (data/geo/extents.tsv); its seat: the capital of a country,
// the administrative centre of a subdivision; and a point for each compass
// part ("northern", "northeastern", ... "central"): the mean position of the
// area's towns in that third (or ninth) of the box, or its middle when it has
// none. Part order: N, NE, E, SE, S, SW, W, NW, central.
struct AreaEntry {
  uint32_t record;
  uint32_t seat;  // PlaceRecord index, or kNone
  float south;
  float west;
  float north;
  float east;
  float part_lat[9];
  float part_lon[9];
};
static_assert(sizeof(AreaEntry) == 96);

}  // namespace casus::geo_format

#endif  // CASUS_GEO_GAZETTEER_FORMAT_H_
