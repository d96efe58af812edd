// casus — the gazetteer builder: compiles GeoNames populated places, the
// ISO 3166 country and subdivision lists and casus's own place lists
// (data/geo/) into gazetteer.bin. Run at build time by the
// casus_build_gazetteer tool; tests use it to make small gazetteers.
//
// Sources:
//   cities        GeoNames dump format, 19 tab-separated columns (geonameid,
//                 name, asciiname, alternatenames, lat, lon, feature class,
//                 feature code, country, cc2, admin1..admin4, population,
//                 elevation, dem, timezone, modification date)
//   iso3166_1/2   Debian iso-codes JSON (countries; subdivisions)
//   admin1        TSV: ISO 3166-2 code, GeoNames admin-1 code ("IQ.11"),
//                 display name. Pins subdivisions the name heuristic below
//                 cannot match and names them the way news does.
//   aliases       TSV: target (ISO alpha-3 country, ISO 3166-2 code or
//                 geonameid), then |-separated extra names
//   extra_places  TSV: kind, |-separated names, country alpha-3 or -, lat,
//                 lon, feature code, admin-1 ISO code or -, extent
//                 "s,w,n,e" or -, seat geonameid or -
//   common_words  one word per line: English words that are also place
//                 names; their keys get KeyFlag::kCommonWord
//   extents       TSV: ISO alpha-3 country, true bounding box "s,w,n,e";
//                 replaces the box of the country's towns for compass parts
//   wordnet_dir   WordNet database (Debian wordnet-base): every word WordNet
//                 lists in lower case is an ordinary English word; a name
//                 equal to one is flagged kCommonWord too when every place
//                 carrying it is a minor town ("Most", "Central", "Hit" but
//                 not "Tyre", "China" or "Turkey")
//
// Subdivisions: GeoNames numbers admin-1 units ("IQ.11") while ISO 3166-2
// codes them "IQ-AR". A subdivision is matched to the GeoNames code whose
// towns carry its name: a code whose administrative seat (PPLA) or the
// capital has a name with the same key scores 3 (other towns named like the
// unit prove nothing: "Bethlehem" names a town in the whole West Bank); an
// alphabetic GeoNames code equal to the ISO suffix ("US.IL", "US-IL")
// scores 4. The best unique score wins and each code is used once. The
// admin1 file overrides. A subdivision's point is its seat; without a seat, the
// population-weighted centre of its towns. A country's point is the middle
// of its extent (extents.tsv, else the box of its towns); its seat is the
// capital.
//
// Thread safety: BuildGazetteer is a pure function of its inputs.
#ifndef CASUS_GEO_GAZETTEER_BUILDER_H_
#define CASUS_GEO_GAZETTEER_BUILDER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "casus/status.h"
#include "geo/gazetteer_format.h"

namespace casus {

struct GazetteerSources {
  std::string cities;        // required
  std::string iso3166_1;     // required
  std::string iso3166_2;     // required
  std::string admin1;        // optional: empty = none
  std::string aliases;       // optional
  std::string extra_places;  // optional
  std::string common_words;  // optional
  std::string extents;       // optional: TSV of ISO alpha-3 country, "s,w,n,e"
  std::string wordnet_dir;   // optional: WordNet database (data.noun, ...)
};

struct GazetteerBuildReport {
  size_t places = 0;
  size_t names = 0;
  size_t keys = 0;
  size_t countries = 0;
  size_t admins = 0;
  size_t bytes = 0;
  std::vector<std::string> unmatched_admins;  // ISO 3166-2 codes without a GeoNames match
  std::vector<std::string> matched_admins;    // "IQ-AR Arbīl -> 11 (score 3)" by the heuristic
  std::vector<std::string> warnings;          // bad lines in the in-house files
};

// Reads the sources and writes gazetteer.bin to `output_path` (atomically:
// a temporary file renamed into place).
Result<GazetteerBuildReport> BuildGazetteer(const GazetteerSources& sources,
                                            const std::string& output_path);

// ---- The in-memory model the builder assembles and the writer serialises ----

struct ModelRecord {
  uint32_t geonameid = 0;
  double lat = 0, lon = 0;
  uint64_t population = 0;
  std::string name;
  int country = -1;  // index in GazetteerModel::countries
  int admin1 = -1;   // index in GazetteerModel::admins
  int area = -1;     // index in GazetteerModel::areas
  geo_format::RecordKind kind = geo_format::RecordKind::kPopulated;
  char feature_class = 0;
  std::string feature_code;
  int fame = 0;  // number of GeoNames alternate names
};

struct ModelName {
  uint32_t record = 0;
  std::string text;
  geo_format::NameKind kind = geo_format::NameKind::kPrimary;
};

struct ModelCountry {
  std::string iso2, iso3, name;
  int record = -1;
};

struct ModelAdmin {
  int country = -1;
  std::string name, code;
  int record = -1;
};

struct ModelArea {
  int record = -1;
  int seat = -1;
  double south = 0, west = 0, north = 0, east = 0;
  double part_lat[9] = {}, part_lon[9] = {};  // see geo_format::AreaEntry
};

struct GazetteerModel {
  std::vector<ModelRecord> records;
  std::vector<ModelName> names;
  std::vector<ModelCountry> countries;
  std::vector<ModelAdmin> admins;
  std::vector<ModelArea> areas;
  std::vector<std::string> common_words;   // always flagged
  std::vector<std::string> english_words;  // flagged when only minor towns carry them
};

// Serialises `model` (see gazetteer_format.h). Fills report->keys/bytes.
Status WriteGazetteer(const GazetteerModel& model, const std::string& output_path,
                      GazetteerBuildReport* report);

}  // namespace casus

#endif  // CASUS_GEO_GAZETTEER_BUILDER_H_
