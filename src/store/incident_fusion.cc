#include "store/incident_fusion.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "base/distance.h"
#include "kb/normalize.h"

namespace casus {
namespace {

enum class Agreement { kUnknown, kSame, kConflict };

struct ActorComparison {
  Agreement agreement = Agreement::kUnknown;
  std::string note;
};

std::string DisplayName(const Actor& actor) { return actor.name.empty() ? actor.text : actor.name; }

// An actor the report names: not empty, and not one casus inferred without
// words of the document or a knowledge-base entry (an attack's "Unidentified
// Armed Group", ACLED's convention for an unnamed perpetrator).
bool Named(const std::optional<Actor>& actor) {
  return actor && !actor->empty() && !(actor->text.empty() && actor->id.empty());
}

std::vector<std::string> Units(const Actor& actor) {
  std::vector<std::string> units;
  const std::string key = NormalizeKey(DisplayName(actor));
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    if (end > start) units.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return units;
}

// "Awliya al-Dam" inside "Saraya Awliya al-Dam": the shorter name's words
// appear in order, contiguously, in the longer one, and carry at least five
// letters (so "al" alone never matches).
bool NameContained(const Actor& a, const Actor& b) {
  std::vector<std::string> x = Units(a), y = Units(b);
  if (x.empty() || y.empty()) return false;
  if (x.size() > y.size()) std::swap(x, y);
  size_t letters = 0;
  for (const std::string& unit : x) letters += unit.size();
  if (letters < 5) return false;
  for (size_t i = 0; i + x.size() <= y.size(); ++i) {
    if (std::equal(x.begin(), x.end(), y.begin() + static_cast<std::ptrdiff_t>(i))) return true;
  }
  return false;
}

// Two actors the knowledge base tells apart are different, however alike
// their names ("United States" and "United States Marine Corps").
bool DistinctIds(const Actor& a, const Actor& b) {
  return !a.id.empty() && !b.id.empty() && a.id != b.id;
}

bool SameActor(const Actor& a, const Actor& b) {
  if (!a.id.empty() && a.id == b.id) return true;
  return !DistinctIds(a, b) && NameContained(a, b);
}

// True when `event` names `actor` as claimant or as the one blamed.
bool ClaimsOrBlames(const Event& event, const Actor& actor) {
  for (const Claim& claim : event.claimed_by) {
    if (SameActor(claim.actor, actor)) return true;
  }
  for (const Attribution& attribution : event.attributed_to) {
    if (SameActor(attribution.actor, actor)) return true;
  }
  return false;
}

ActorComparison ComparePerpetrators(const Event& a, const Event& b) {
  if (!Named(a.actor1) || !Named(b.actor1)) {
    if (!Named(a.actor1) && !Named(b.actor1))
      return {Agreement::kUnknown, "neither names a perpetrator"};
    return {Agreement::kUnknown, "perpetrator named by one report only"};
  }
  const Actor& x = *a.actor1;
  const Actor& y = *b.actor1;
  if (!x.id.empty() && x.id == y.id) {
    return {Agreement::kSame, "same perpetrator (" + DisplayName(x) + ")"};
  }
  if (!DistinctIds(x, y) && NameContained(x, y)) {
    return {Agreement::kSame, "same perpetrator (" + DisplayName(x) + " / " + DisplayName(y) + ")"};
  }
  if (ClaimsOrBlames(b, x) || ClaimsOrBlames(a, y)) {
    return {Agreement::kSame, "perpetrators " + DisplayName(x) + " and " + DisplayName(y) +
                                  " are linked by a claim or blame in the reports"};
  }
  // Two-sided events reported from the other side: actors in swapped roles.
  if (Named(a.actor2) && Named(b.actor2) && SameActor(x, *b.actor2) && SameActor(*a.actor2, y)) {
    return {Agreement::kSame, "same two sides (" + DisplayName(x) + ", " + DisplayName(y) + ")"};
  }
  if ((!x.id.empty() && !y.id.empty()) ||
      (!x.country.empty() && !y.country.empty() && x.country != y.country)) {
    return {Agreement::kConflict,
            "different perpetrators (" + DisplayName(x) + " vs " + DisplayName(y) + ")"};
  }
  return {Agreement::kUnknown,
          "perpetrators " + DisplayName(x) + " and " + DisplayName(y) + " do not conflict"};
}

ActorComparison CompareTargets(const Event& a, const Event& b) {
  if (!Named(a.actor2) || !Named(b.actor2)) return {Agreement::kUnknown, ""};
  const Actor& x = *a.actor2;
  const Actor& y = *b.actor2;
  if (SameActor(x, y)) return {Agreement::kSame, "same target (" + DisplayName(x) + ")"};
  if (!x.id.empty() && !y.id.empty() && !x.country.empty() && !y.country.empty() &&
      x.country != y.country) {
    return {Agreement::kConflict,
            "targets in different countries (" + DisplayName(x) + " vs " + DisplayName(y) + ")"};
  }
  return {Agreement::kUnknown, ""};
}

int PrecisionRank(std::string_view precision) {
  if (precision == "place") return 0;
  if (precision == "region") return 1;
  if (precision == "water") return 2;
  if (precision == "country") return 3;
  return 4;
}

std::string FormatKm(double km) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, km < 10 ? "%.1f km" : "%.0f km", km);
  return buffer;
}

std::string PlaceName(const Location& location) {
  if (!location.name.empty()) return location.name;
  return location.country.empty() ? std::string("a place") : location.country;
}

bool CoarseDate(const Event& event) {
  return event.date_precision == "month" || event.date_precision == "year";
}

}  // namespace

std::string ActorKey(const Actor& actor) {
  if (!actor.id.empty()) return actor.id;
  const std::string key = NormalizeKey(DisplayName(actor));
  return key.empty() ? std::string() : "name:" + key;
}

std::string ActorKey(const std::optional<Actor>& actor) {
  return actor ? ActorKey(*actor) : std::string();
}

std::optional<FusionWindow> IncidentMatcher::SearchWindow(const Event& incoming,
                                                          std::string* reason) const {
  if (!incoming.date) {
    if (reason) *reason = "undated, so it cannot be matched with other reports";
    return std::nullopt;
  }
  if (CoarseDate(incoming)) {
    if (reason) *reason = "dated only to a " + incoming.date_precision + ", too vague to match";
    return std::nullopt;
  }
  const int64_t day = incoming.date->ToDays();
  const int64_t slack = std::max(options_.day_tolerance, options_.week_tolerance);
  return FusionWindow{day - slack, day + slack};
}

std::optional<double> IncidentMatcher::ReachKm(std::string_view a, std::string_view b) const {
  const int rank = std::max(PrecisionRank(a), PrecisionRank(b));
  if (rank == 0) return options_.place_km;
  if (rank == 1) return options_.region_km;
  if (rank == 2) return options_.water_km;
  return std::nullopt;
}

double IncidentMatcher::max_radius_km() const {
  return std::max({options_.place_km, options_.region_km, options_.water_km});
}

FusionVerdict IncidentMatcher::Compare(const Event& a, const Event& b) const {
  FusionVerdict verdict;
  if (a.doc == b.doc) {
    verdict.reason = "same report";
    return verdict;
  }
  if (a.type != b.type) {
    verdict.reason = "different types (" + a.type + " vs " + b.type + ")";
    return verdict;
  }
  if (!a.date || !b.date || CoarseDate(a) || CoarseDate(b)) {
    verdict.reason = "a date is missing or too vague";
    return verdict;
  }
  const int64_t days = std::llabs(a.date->ToDays() - b.date->ToDays());
  const bool week = a.date_precision == "week" || b.date_precision == "week";
  const int64_t tolerance = week ? options_.week_tolerance : options_.day_tolerance;
  if (days > tolerance) {
    verdict.reason = "dates " + a.date->ToString() + " and " + b.date->ToString() + " are " +
                     std::to_string(days) + " days apart (limit " + std::to_string(tolerance) + ")";
    return verdict;
  }
  std::vector<std::string> clauses;
  double score = 1.0 + (days == 0 ? 0.3 : days == 1 ? 0.15 : 0.0);
  clauses.push_back("same type " + a.type);
  clauses.push_back(days == 0 ? "same date " + a.date->ToString()
                              : "dates " + a.date->ToString() + " and " + b.date->ToString() +
                                    " (" + std::to_string(days) + " day" + (days == 1 ? "" : "s") +
                                    " apart, limit " + std::to_string(tolerance) + ")");

  const ActorComparison perpetrators = ComparePerpetrators(a, b);
  if (perpetrators.agreement == Agreement::kConflict) {
    verdict.conflict = true;
    verdict.reason = perpetrators.note;
    return verdict;
  }
  const ActorComparison targets = CompareTargets(a, b);
  if (targets.agreement == Agreement::kConflict) {
    verdict.conflict = true;
    verdict.reason = targets.note;
    return verdict;
  }

  // Places: the coarser precision of the two sets the rule.
  const bool located_a = a.location && !a.location->precision.empty();
  const bool located_b = b.location && !b.location->precision.empty();
  bool place_decides = false;
  if (located_a && located_b) {
    const Location& x = *a.location;
    const Location& y = *b.location;
    const bool water = x.precision == "water" || y.precision == "water";
    if (!water && !x.country.empty() && !y.country.empty() && x.country != y.country) {
      verdict.conflict = true;
      verdict.reason = "different countries (" + x.country + " vs " + y.country + ")";
      return verdict;
    }
    const int rank = std::max(PrecisionRank(x.precision), PrecisionRank(y.precision));
    if (const auto reach = ReachKm(x.precision, y.precision)) {
      const double limit = *reach;
      const char* level = rank == 0 ? "place" : rank == 1 ? "region" : "water";
      const double km = DistanceKm(x.lat, x.lon, y.lat, y.lon);
      const std::string where = PlaceName(x) == PlaceName(y)
                                    ? PlaceName(x) + " in both"
                                    : PlaceName(x) + " and " + PlaceName(y);
      if (km > limit) {
        verdict.reason = where + " are " + FormatKm(km) + " apart (limit " + FormatKm(limit) +
                         " at " + level + " precision)";
        return verdict;
      }
      place_decides = true;
      score += 0.5 * (1.0 - km / limit);
      clauses.push_back(where + ", " + FormatKm(km) + " apart (limit " + FormatKm(limit) + " at " +
                        level + " precision)");
    } else {
      clauses.push_back(x.country.empty()
                            ? "located only by country"
                            : "same country " + x.country + " (no finer place in one report)");
    }
  } else {
    clauses.push_back(located_a || located_b ? "only one report gives a place"
                                             : "neither report gives a place");
  }
  if (!place_decides) {
    // Without a place that tells events apart, the perpetrator and an
    // exact day must.
    if (perpetrators.agreement != Agreement::kSame) {
      verdict.reason = clauses.back() + ", and the perpetrators are not known to be the same";
      return verdict;
    }
    if (week) {
      verdict.reason = clauses.back() + ", and a date is known only to the week";
      return verdict;
    }
  }

  if (perpetrators.agreement == Agreement::kSame) score += 0.5;
  clauses.push_back(perpetrators.note);
  if (targets.agreement == Agreement::kSame) {
    score += 0.2;
    clauses.push_back(targets.note);
  }
  if (!a.mode.empty() && !b.mode.empty()) {
    if (a.mode == b.mode) {
      score += 0.2;
      clauses.push_back("same mode " + a.mode);
    } else {
      score -= 0.1;
      clauses.push_back("modes differ (" + a.mode + " vs " + b.mode + ")");
    }
  }
  if (a.fatalities && b.fatalities && *a.fatalities == *b.fatalities) {
    score += 0.1;
    clauses.push_back("same death toll " + std::to_string(*a.fatalities));
  }
  verdict.match = true;
  verdict.score = score;
  for (size_t i = 0; i < clauses.size(); ++i) {
    if (i > 0) verdict.reason += "; ";
    verdict.reason += clauses[i];
  }
  return verdict;
}

std::string IncidentId(int64_t key) { return "incident-" + std::to_string(key); }

std::optional<int64_t> ParseIncidentId(std::string_view text) {
  if (text.starts_with("incident-")) text.remove_prefix(9);
  if (text.starts_with("#")) text.remove_prefix(1);
  int64_t key = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), key);
  if (error != std::errc() || end != text.data() + text.size() || key <= 0) return std::nullopt;
  return key;
}

namespace {

// Picks the actor the incident shows: one the knowledge base knows, else
// any, in report order.
std::optional<Actor> PickActor(const std::vector<IncidentSource>& members,
                               std::optional<Actor> Event::*field) {
  const std::optional<Actor>* first_named = nullptr;
  for (const IncidentSource& member : members) {
    const std::optional<Actor>& actor = member.event.*field;
    if (!Named(actor)) continue;
    if (!actor->id.empty()) return actor;
    if (!first_named) first_named = &actor;
  }
  return first_named ? *first_named : std::nullopt;
}

void MinMax(const std::optional<int>& value, std::optional<int>& low, std::optional<int>& high) {
  if (!value) return;
  low = low ? std::min(*low, *value) : *value;
  high = high ? std::max(*high, *value) : *value;
}

}  // namespace

Incident FuseIncident(int64_t key, std::vector<IncidentSource> members) {
  std::stable_sort(members.begin(), members.end(),
                   [](const IncidentSource& x, const IncidentSource& y) {
                     if (x.published.has_value() != y.published.has_value()) {
                       return x.published.has_value();
                     }
                     if (x.published != y.published) return *x.published < *y.published;
                     if (x.doc != y.doc) return x.doc < y.doc;
                     return x.event_key < y.event_key;
                   });
  Incident incident;
  incident.key = key;
  if (members.empty()) return incident;
  const Event& first = members.front().event;
  Event& e = incident.event;
  e.id = IncidentId(key);
  e.doc = members.front().doc;
  e.type = first.type;

  // Mode: the one most reports give (ties: the earliest report's).
  std::map<std::string, int> mode_votes;
  for (const IncidentSource& m : members) {
    if (!m.event.mode.empty()) ++mode_votes[m.event.mode];
  }
  int best_votes = 0;
  for (const IncidentSource& m : members) {
    auto it = mode_votes.find(m.event.mode);
    if (it != mode_votes.end() && it->second > best_votes) {
      best_votes = it->second;
      e.mode = m.event.mode;
    }
  }
  for (const IncidentSource& m : members) {
    if (m.event.mode == e.mode) {
      e.cameo = m.event.cameo;
      e.acled = m.event.acled;
      break;
    }
  }
  // Date: the finest precision; among those, the date most reports give,
  // the earliest on a tie.
  auto precision_rank = [](const Event& ev) {
    if (!ev.date) return 9;
    if (ev.date_precision == "week") return 1;
    if (ev.date_precision == "month") return 2;
    if (ev.date_precision == "year") return 3;
    return 0;
  };
  int best_rank = 9;
  for (const IncidentSource& m : members) best_rank = std::min(best_rank, precision_rank(m.event));
  std::map<Date, int> date_votes;
  for (const IncidentSource& m : members) {
    if (precision_rank(m.event) == best_rank && m.event.date) ++date_votes[*m.event.date];
  }
  best_votes = 0;
  for (const auto& [date, votes] : date_votes) {
    if (votes > best_votes) {
      best_votes = votes;
      e.date = date;
    }
  }
  for (const IncidentSource& m : members) {
    if (m.event.date && e.date && *m.event.date == *e.date) {
      e.date_precision = m.event.date_precision;
      break;
    }
  }
  // Place: the most precise one, earliest report first.
  int place_rank = 99;
  for (const IncidentSource& m : members) {
    if (!m.event.location) continue;
    const int rank = PrecisionRank(m.event.location->precision);
    if (rank < place_rank) {
      place_rank = rank;
      e.location = m.event.location;
    }
  }
  e.actor1 = PickActor(members, &Event::actor1);
  e.actor2 = PickActor(members, &Event::actor2);

  std::set<std::string> claim_keys, attribution_keys, sponsor_set, weapon_set, perpetrator_keys;
  std::set<std::pair<std::string, std::string>> sourced_claims, sourced_attributions;
  e.hedged = true;
  for (const IncidentSource& m : members) {
    const Event& ev = m.event;
    if (Named(ev.actor1) && perpetrator_keys.insert(ActorKey(*ev.actor1)).second) {
      incident.perpetrators.push_back(*ev.actor1);
    }
    for (const Claim& claim : ev.claimed_by) {
      const std::string k = ActorKey(claim.actor);
      if (claim_keys.insert(k).second) e.claimed_by.push_back(claim);
      if (sourced_claims.insert({k, m.doc}).second) incident.claims.push_back({claim, m.doc});
    }
    for (const Attribution& attribution : ev.attributed_to) {
      const std::string k = ActorKey(attribution.actor) + "|" + ActorKey(attribution.by);
      if (attribution_keys.insert(k).second) e.attributed_to.push_back(attribution);
      if (sourced_attributions.insert({k, m.doc}).second) {
        incident.attributions.push_back({attribution, m.doc});
      }
    }
    for (const std::string& sponsor : ev.sponsors) {
      if (sponsor_set.insert(sponsor).second) e.sponsors.push_back(sponsor);
    }
    for (const std::string& weapon : ev.weapons) {
      if (weapon_set.insert(weapon).second) e.weapons.push_back(weapon);
    }
    MinMax(ev.fatalities, e.fatalities, incident.fatalities_max);
    MinMax(ev.injuries, e.injuries, incident.injuries_max);
    e.hedged = e.hedged && ev.hedged;
    e.confidence = std::max(e.confidence, ev.confidence);
  }
  e.evidence = first.evidence;
  incident.sources = std::move(members);
  return incident;
}

}  // namespace casus
