// casus — the coded records casus emits (see docs/contract: `event`,
// `relation`, `mention`), as plain values. Writers in src/output turn them
// into JSONL, CSV, ACLED, GDELT and PLOVER.
//
// Thread safety: plain values.
#ifndef CASUS_RECORDS_H_
#define CASUS_RECORDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "casus/date.h"

namespace casus {

// An actor as it appears in output. `id` is the knowledge-base id, empty for
// actors the knowledge base does not know. Empty strings are written as null.
struct Actor {
  std::string name;     // canonical name
  std::string id;       // knowledge-base id or empty
  std::string country;  // ISO 3166 alpha-3 or empty
  std::string sector;   // GOV, MIL, COP, REB, SPY, PTY, CVL, BUS, MED, IGO, ... or empty
  std::string cameo;    // CAMEO actor code ("IRNMIL") or empty
  std::string text;     // the words in the document

  bool empty() const { return name.empty() && text.empty(); }
};

// A sentence a fact was read from: `text` is the document's plain text
// between the byte offsets [start, end).
struct Evidence {
  uint32_t sentence = 0;
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
};

struct Location {
  std::string name;
  std::string country;  // ISO alpha-3, empty at sea
  std::string admin1;
  double lat = 0;
  double lon = 0;
  std::string precision;  // "place", "region", "country", "water"
  int64_t geonameid = 0;  // 0 when not from GeoNames
  int geo_precision = 0;  // ACLED geo_precision 1..3 (0 unknown)
};

struct Claim {
  Actor actor;
  Evidence evidence;
};

struct Attribution {
  Actor actor;
  std::optional<Actor> by;
  Evidence evidence;
};

struct AcledCategory {
  std::string event_type;
  std::string sub_event_type;
};

struct Event {
  std::string doc;
  std::string id;
  std::string type;   // PLOVER type, upper case
  std::string mode;   // PLOVER mode or empty
  std::string cameo;  // CAMEO code or empty
  std::optional<AcledCategory> acled;
  std::optional<Date> date;
  std::string date_precision;  // "day", "week", "month", "year" or empty
  std::optional<Location> location;
  std::optional<Actor> actor1;
  std::optional<Actor> actor2;
  std::vector<Claim> claimed_by;
  std::vector<Attribution> attributed_to;
  std::vector<std::string> sponsors;
  std::optional<int> fatalities;
  std::optional<int> injuries;
  std::vector<std::string> weapons;
  bool hedged = false;
  double confidence = 0;
  std::vector<Evidence> evidence;
};

struct Relation {
  std::string doc;
  Actor subject;
  std::string relation;  // front_of, proxy_of, backed_by, member_of, allied_with, part_of, leads
  Actor object;
  std::optional<Actor> by;
  Evidence evidence;
  double confidence = 0;
};

struct Mention {
  std::string doc;
  uint32_t sentence = 0;
  std::optional<Actor> source;
  std::optional<Actor> target;
  std::string type;
  std::string mode;
  std::string cameo;
  Evidence evidence;
};

// Everything coded from one document, in output order.
struct CodedDocument {
  std::string doc;
  std::vector<Event> events;
  std::vector<Relation> relations;
  std::vector<Mention> mentions;
};

}  // namespace casus

#endif  // CASUS_RECORDS_H_
