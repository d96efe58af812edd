// Incident fusion: deciding that events coded from different reports
// describe the same real-world event, and assembling such events into one
// Incident.
//
// IncidentMatcher compares an incoming event with one event already in an
// incident. Two events match when all of these hold:
//   - they come from different reports and have the same PLOVER type;
//   - both are dated and the dates are at most `day_tolerance` days apart
//     (`week_tolerance` when either date has week precision; month- and
//     year-precision dates never fuse: too vague to tell events apart);
//   - their places agree at the coarser precision of the two: within
//     place_km (town), region_km (region) or water_km (at sea); when either
//     place is only a country (or missing) the countries must agree, the
//     perpetrators must be the same actor and both dates exact to the day,
//     since the place no longer tells events apart;
//   - their actors are compatible: perpetrators (actor1) that are both named
//     must be the same actor (same knowledge-base id, or one name contained
//     in the other unless the knowledge base tells them apart), or one
//     report must name the other's perpetrator as claimant or as blamed; targets may not belong to
//     different countries when both carry different knowledge-base ids.
// Each verdict carries a score (higher = closer) and a reason in plain
// words, kept with the event so that `casus query incident ID --why` can say
// why each report joined.
//
// FuseIncident builds the incident from its member events: first report,
// sources in publication order, fatality and injury ranges with the
// conservative (lowest) figure as `fatalities` (ACLED's rule), every claim
// and attribution with the report that carried it.
//
// Thread safety: IncidentMatcher is immutable; FuseIncident is a pure function.
#ifndef CASUS_STORE_INCIDENT_FUSION_H_
#define CASUS_STORE_INCIDENT_FUSION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/distance.h"
#include "casus/date.h"
#include "casus/records.h"

namespace casus {

struct FusionOptions {
  int day_tolerance = 1;   // days between day-precision dates
  int week_tolerance = 7;  // days when either date has week precision
  double place_km = 25;    // towns and sites
  double region_km = 100;  // regions (provinces, districts)
  double water_km = 250;   // seas, gulfs, straits
};

struct FusionVerdict {
  bool match = false;
  // For a non-match: the events contradict each other (different
  // perpetrators, targets or countries) rather than merely lacking evidence.
  bool conflict = false;
  double score = 0;    // meaningful when match; higher is closer
  std::string reason;  // why they match, or the first reason they do not
};

// The search window of an incoming event: candidate members have the same
// type and a date in [from_days, to_days].
struct FusionWindow {
  int64_t from_days = 0;
  int64_t to_days = 0;
};

class IncidentMatcher {
 public:
  explicit IncidentMatcher(FusionOptions options = {}) : options_(options) {}

  // Does `incoming` describe the same real-world event as `member`?
  FusionVerdict Compare(const Event& incoming, const Event& member) const;
  // The dates worth searching, or nullopt when the event cannot fuse at all
  // (undated, or dated to a month or a year). The reason says why not.
  std::optional<FusionWindow> SearchWindow(const Event& incoming, std::string* reason) const;
  // The largest distance at which two located events can match.
  double max_radius_km() const;
  // The distance limit for places of these precisions (the coarser one
  // decides), or nullopt when no distance applies (a country, or none).
  std::optional<double> ReachKm(std::string_view precision_a, std::string_view precision_b) const;
  const FusionOptions& options() const { return options_; }

 private:
  FusionOptions options_;
};

// One report's event inside an incident.
struct IncidentSource {
  int64_t event_key = 0;  // store key (0 when not stored)
  std::string doc;
  std::string title;
  std::string source;  // outlet
  std::string url;
  std::optional<Date> published;
  Event event;
  double score = 0;  // fusion score when it joined; 0 for the first event
  std::string why;   // why it joined (or opened) the incident
};

struct SourcedClaim {
  Claim claim;
  std::string doc;  // the report that carried it
};

struct SourcedAttribution {
  Attribution attribution;
  std::string doc;
};

struct Incident {
  int64_t key = 0;
  // The fused event: id "incident-KEY", doc = the first report, fatalities
  // and injuries = the lowest reported figures, claims and attributions
  // deduplicated by actor.
  Event event;
  std::vector<IncidentSource> sources;  // first report first
  std::optional<int> fatalities_max;
  std::optional<int> injuries_max;
  std::vector<SourcedClaim> claims;              // every claim, per report
  std::vector<SourcedAttribution> attributions;  // every attribution, per report
  // Every perpetrator (actor1) the reports name, deduplicated; the fused
  // event's actor1 is one of them.
  std::vector<Actor> perpetrators;
};

// "incident-KEY".
std::string IncidentId(int64_t key);
// Parses "incident-12", "#12" or "12"; nullopt otherwise.
std::optional<int64_t> ParseIncidentId(std::string_view text);

// Assembles an incident from its members (any order; at least one).
Incident FuseIncident(int64_t key, std::vector<IncidentSource> members);

// The matching key of an actor: its knowledge-base id, else "name:" and its
// normalised name; empty for an absent actor.
std::string ActorKey(const Actor& actor);
std::string ActorKey(const std::optional<Actor>& actor);

}  // namespace casus

#endif  // CASUS_STORE_INCIDENT_FUSION_H_
