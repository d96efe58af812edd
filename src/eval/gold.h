// Gold files: documents with the events a careful analyst coded by hand
// (contract §2), the reference `casus eval` scores casus against.
//
// A gold file is JSONL. Each line is a document as `casus code` reads it
// ({"id", "text" or "html", "date", "title"?, "source"?, "url"?}) plus
//   "gold": [event, ...]           the contract's event fields
//   "gold_relations": [relation]   optional: {"subject", "relation", "object", "by"?}
// Inside a gold event an actor is either the contract's Actor ({"name", ...})
// or {"names": [...], "country", "sector"} — any of the names may match — or
// an array of such actors, any of which may match (a compound actor:
// "Hungarian and Romanian officials"). `claimed_by` items may be Actors or
// the contract's {"actor": Actor, "evidence": ...}.
//
// What is scored follows what the line says: a field the gold event leaves
// out is not scored; a field given as null is scored, null being the
// expected value ("fatalities": null = the text gives no figure). The
// `given` bits record which fields a gold event gives.
//
// Thread safety: plain values and pure functions.
#ifndef CASUS_EVAL_GOLD_H_
#define CASUS_EVAL_GOLD_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "casus/date.h"
#include "casus/document.h"
#include "casus/status.h"

namespace casus {

// An actor as a gold file names it. `name_keys` are the names folded by
// ActorNameKey, filled by the loader (and by MakeGoldActor in tests);
// `kb_ids` the knowledge-base actors its names are names of, filled by
// ResolveGoldNames ("Turkey" is a name of the actor casus calls "Türkiye").
struct GoldActor {
  std::vector<std::string> names;
  std::string country;  // ISO alpha-3 or empty
  std::string sector;   // PLOVER/CAMEO sector code or empty
  std::vector<std::string> name_keys;
  std::vector<std::string> kb_ids;
  // For a name of a state organ (government, armed forces, police,
  // intelligence): its country and sector ("USA MIL"), which any predicted
  // actor of that country and sector matches ("US forces" and the "United
  // States air force": CAMEO codes them alike).
  std::vector<std::string> kb_organs;
};

// Builds a GoldActor with its name keys.
GoldActor MakeGoldActor(std::vector<std::string> names, std::string country = "",
                        std::string sector = "");

struct GoldPlace {
  std::string name;
  std::string country;  // ISO alpha-3, empty at sea or when unknown
  std::optional<double> lat;
  std::optional<double> lon;
  std::string precision;
};

struct GoldAttribution {
  std::vector<GoldActor> actor;  // alternatives
  std::vector<GoldActor> by;     // alternatives; empty = nobody named
};

// The fields of a gold event that may be scored; GoldEvent::given holds one
// bit per field.
enum class GoldField : uint8_t {
  kMode,
  kDate,
  kLocation,  // "location" given: country and place are scored
  kActor1,
  kActor2,
  kClaimedBy,
  kAttributedTo,
  kSponsors,
  kFatalities,
  kInjuries,
  kHedged,
};

struct GoldEvent {
  std::string type;  // PLOVER type, upper case; always given
  std::string mode;  // empty = null
  std::string cameo;
  std::optional<Date> date;  // nullopt = unknown (matches any date)
  std::optional<GoldPlace> location;
  // Actor slots: the alternatives any of which may match; empty = null (no
  // actor expected) when the field is given.
  std::vector<GoldActor> actor1;
  std::vector<GoldActor> actor2;
  std::vector<std::vector<GoldActor>> claimed_by;  // each claimant with its alternatives
  std::vector<GoldAttribution> attributed_to;
  std::vector<std::string> sponsors;  // sorted, unique
  std::optional<int> fatalities;
  std::optional<int> injuries;
  std::vector<std::string> weapons;
  bool hedged = false;
  uint32_t given = 0;

  bool Gives(GoldField field) const { return (given >> static_cast<int>(field)) & 1u; }
  void SetGiven(GoldField field) { given |= 1u << static_cast<int>(field); }
  // The location's country ("" when no location or at sea).
  std::string_view country() const {
    return location ? std::string_view(location->country) : std::string_view();
  }
};

struct GoldRelation {
  std::vector<GoldActor> subject;
  std::string relation;  // front_of, proxy_of, backed_by, member_of, allied_with, part_of, leads
  std::vector<GoldActor> object;
};

// One line of a gold file. `html` holds the page when the line gave "html"
// instead of "text" (document.text is then empty until the caller extracts
// the article).
struct GoldDocument {
  Document document;
  std::string html;
  std::vector<GoldEvent> events;
  std::vector<GoldRelation> relations;
  size_t line = 0;  // 1-based line in the gold file
};

// What the knowledge base knows a name as: the ids of the actors that have
// it as name or alias, and "COUNTRY SECTOR" of those that are state organs.
struct GoldNameInfo {
  std::vector<std::string> ids;
  std::vector<std::string> organs;
};

// Fills the `kb_ids` and `kb_organs` of every actor of `doc`'s events and
// relations from what `lookup` returns for each of its names.
void ResolveGoldNames(const std::function<GoldNameInfo(std::string_view)>& lookup,
                      GoldDocument& doc);

struct GoldLineError {
  size_t line = 0;  // 1-based
  std::string id;   // the line's "id" when it could be read
  std::string message;
};

struct GoldFile {
  std::vector<GoldDocument> documents;
  std::vector<GoldLineError> errors;  // bad lines, skipped
  size_t lines = 0;                   // non-blank lines read
};

// Parses one line (`line_number` only names the document when it has no id).
Result<GoldDocument> ParseGoldLine(std::string_view line, size_t line_number);
// Parses a whole gold file's text; bad lines go to `errors`, blank lines
// are skipped.
GoldFile ParseGoldText(std::string_view text);
// Reads and parses a gold file; fails only when the file cannot be read.
Result<GoldFile> LoadGoldFile(const std::string& path);

}  // namespace casus

#endif  // CASUS_EVAL_GOLD_H_
