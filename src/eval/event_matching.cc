#include "eval/event_matching.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <tuple>

#include "base/distance.h"
#include "eval/actor_name_key.h"

namespace casus {
namespace {

constexpr double kMaxCompatibility = 7;

bool HasCoordinates(const Location& location) { return location.lat != 0 || location.lon != 0; }

std::string_view PredictedCountry(const Event& event) {
  return event.location ? std::string_view(event.location->country) : std::string_view();
}

bool CountryIn(const std::vector<GoldActor>& alternatives, std::string_view country) {
  for (const GoldActor& actor : alternatives) {
    if (!actor.country.empty() && actor.country == country) return true;
  }
  return false;
}

bool AnyCountry(const std::vector<GoldActor>& alternatives) {
  for (const GoldActor& actor : alternatives) {
    if (!actor.country.empty()) return true;
  }
  return false;
}

std::string Render(const std::optional<Date>& date) { return date ? date->ToString() : "null"; }
std::string Render(const std::optional<int>& count) {
  return count ? std::to_string(*count) : "null";
}
std::string Render(std::string_view text) { return text.empty() ? "null" : std::string(text); }

std::string Render(const GoldActor& actor) {
  if (!actor.names.empty()) return actor.names.front();
  std::string out = actor.country.empty() ? "?" : actor.country;
  if (!actor.sector.empty()) out += "/" + actor.sector;
  return out;
}

std::string Render(const std::vector<GoldActor>& alternatives) {
  if (alternatives.empty()) return "null";
  std::string out;
  for (const GoldActor& actor : alternatives) {
    if (!out.empty()) out += " | ";
    out += Render(actor);
  }
  return out;
}

std::string Render(const std::optional<Actor>& actor) {
  if (!actor || actor->empty()) return "null";
  std::string out = actor->name.empty() ? actor->text : actor->name;
  if (!actor->country.empty()) out += " (" + actor->country + ")";
  return out;
}

std::string Render(const std::vector<std::string>& codes) {
  std::string out = "[";
  for (const std::string& code : codes) out += (out.size() > 1 ? "," : "") + code;
  return out + "]";
}

std::string RenderPlace(const std::optional<GoldPlace>& place) {
  if (!place) return "null";
  std::string out = place->name.empty() ? "?" : place->name;
  if (place->lat) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, " (%.3f, %.3f)", *place->lat, *place->lon);
    out += buffer;
  }
  return out;
}

std::string RenderPlace(const std::optional<Location>& place) {
  if (!place) return "null";
  std::string out = place->name.empty() ? "?" : place->name;
  if (HasCoordinates(*place)) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, " (%.3f, %.3f)", place->lat, place->lon);
    out += buffer;
  }
  return out;
}

template <typename Predicted, typename Matches>
bool Overlaps(const std::vector<std::vector<GoldActor>>& gold,
              const std::vector<Predicted>& predicted, Matches matches) {
  if (gold.empty() || predicted.empty()) return gold.empty() && predicted.empty();
  for (const auto& alternatives : gold) {
    for (const Predicted& item : predicted) {
      for (const GoldActor& actor : alternatives) {
        if (matches(actor, item)) return true;
      }
    }
  }
  return false;
}

bool ClaimsAgree(const GoldEvent& gold, const Event& predicted) {
  return Overlaps(
      gold.claimed_by, predicted.claimed_by,
      [](const GoldActor& actor, const Claim& claim) { return ActorMatches(actor, claim.actor); });
}

bool AttributionsAgree(const GoldEvent& gold, const Event& predicted) {
  std::vector<std::vector<GoldActor>> blamed;
  for (const GoldAttribution& attribution : gold.attributed_to) blamed.push_back(attribution.actor);
  return Overlaps(blamed, predicted.attributed_to,
                  [](const GoldActor& actor, const Attribution& attribution) {
                    return ActorMatches(actor, attribution.actor);
                  });
}

std::optional<bool> PlaceAgrees(const GoldEvent& gold, const Event& predicted,
                                const MatchOptions& options) {
  if (!gold.location || !gold.location->lat) return std::nullopt;
  if (!predicted.location || !HasCoordinates(*predicted.location)) return false;
  // A whole country has no point: two country-level places of one country
  // agree whichever centroid each took.
  if (gold.location->precision == "country" && predicted.location->precision == "country" &&
      !gold.location->country.empty()) {
    return gold.location->country == predicted.location->country;
  }
  return DistanceKm(*gold.location->lat, *gold.location->lon, predicted.location->lat,
                    predicted.location->lon) <= options.place_tolerance_km;
}

std::vector<std::string> SortedUnique(std::vector<std::string> codes) {
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return codes;
}

}  // namespace

std::string_view EvalFieldName(EvalField field) {
  static constexpr std::string_view kNames[kEvalFieldCount] = {
      "mode",     "date",           "country",        "place",      "actor1",
      "actor2",   "actor1_country", "actor2_country", "claimed_by", "attributed_to",
      "sponsors", "fatalities",     "injuries",       "hedged"};
  return kNames[static_cast<size_t>(field)];
}

std::array<EvalField, kEvalFieldCount> AllEvalFields() {
  std::array<EvalField, kEvalFieldCount> fields;
  for (size_t i = 0; i < kEvalFieldCount; ++i) fields[i] = static_cast<EvalField>(i);
  return fields;
}

bool ActorMatches(const GoldActor& gold, const Actor& predicted) {
  if (predicted.empty() && predicted.country.empty()) return false;
  if (!gold.name_keys.empty()) {
    // The same knowledge-base actor under another of its names.
    if (!predicted.id.empty() &&
        std::find(gold.kb_ids.begin(), gold.kb_ids.end(), predicted.id) != gold.kb_ids.end()) {
      return true;
    }
    if (!predicted.country.empty() && !predicted.sector.empty() &&
        std::find(gold.kb_organs.begin(), gold.kb_organs.end(),
                  predicted.country + " " + predicted.sector) != gold.kb_organs.end()) {
      return true;
    }
    for (const std::string* candidate : {&predicted.name, &predicted.text}) {
      if (candidate->empty()) continue;
      const std::string key = ActorNameKey(*candidate);
      if (std::find(gold.name_keys.begin(), gold.name_keys.end(), key) != gold.name_keys.end()) {
        return true;
      }
    }
    return false;
  }
  if (gold.country.empty() && gold.sector.empty()) return false;
  return (gold.country.empty() || gold.country == predicted.country) &&
         (gold.sector.empty() || gold.sector == predicted.sector);
}

bool ActorSlotMatches(const std::vector<GoldActor>& gold, const std::optional<Actor>& predicted) {
  // ACLED's "Unidentified Armed Group" (sector UAF, no knowledge-base id)
  // says that no one was named: it stands for a null.
  const bool unidentified = predicted && predicted->id.empty() && predicted->sector == "UAF";
  const bool absent =
      !predicted || (predicted->empty() && predicted->country.empty()) || unidentified;
  if (gold.empty()) return absent;
  if (absent) return false;
  for (const GoldActor& actor : gold) {
    if (ActorMatches(actor, *predicted)) return true;
  }
  return false;
}

bool ComparedReversed(const GoldEvent& gold, const Event& predicted) {
  if (gold.type != "AGREE" || predicted.type != "AGREE") return false;
  auto agree = [&](const std::optional<Actor>& first, const std::optional<Actor>& second) {
    return (!gold.actor1.empty() && ActorSlotMatches(gold.actor1, first)) +
           (!gold.actor2.empty() && ActorSlotMatches(gold.actor2, second));
  };
  return agree(predicted.actor2, predicted.actor1) > agree(predicted.actor1, predicted.actor2);
}

const std::optional<Actor>& ComparedSide(const GoldEvent& gold, const Event& predicted, int side) {
  const bool first = (side == 1) != ComparedReversed(gold, predicted);
  return first ? predicted.actor1 : predicted.actor2;
}

bool Eligible(const GoldEvent& gold, const Event& predicted, const MatchOptions& options) {
  if (gold.type != predicted.type) return false;
  if (gold.date && predicted.date &&
      std::llabs(gold.date->ToDays() - predicted.date->ToDays()) > options.date_tolerance_days) {
    return false;
  }
  if (!gold.country().empty() && gold.country() != PredictedCountry(predicted)) return false;
  return true;
}

double Compatibility(const GoldEvent& gold, const Event& predicted, const MatchOptions& options) {
  double score = 0;
  if (gold.date && predicted.date) {
    const int64_t days = std::llabs(gold.date->ToDays() - predicted.date->ToDays());
    score += days == 0 ? 1 : days <= options.date_tolerance_days ? 0.5 : 0;
  }
  if (!gold.actor1.empty() && ActorSlotMatches(gold.actor1, ComparedSide(gold, predicted, 1))) {
    score += 1;
  }
  if (!gold.actor2.empty() && ActorSlotMatches(gold.actor2, ComparedSide(gold, predicted, 2))) {
    score += 1;
  }
  if (gold.Gives(GoldField::kMode) && gold.mode == predicted.mode) score += 1;
  if (PlaceAgrees(gold, predicted, options).value_or(false)) score += 1;
  if (gold.Gives(GoldField::kFatalities) && gold.fatalities == predicted.fatalities) score += 1;
  if (!gold.claimed_by.empty() && ClaimsAgree(gold, predicted)) score += 1;
  return score;
}

std::vector<EventPair> MaximumWeightAssignment(const std::vector<std::vector<double>>& weights) {
  const size_t rows = weights.size();
  size_t cols = 0;
  for (const auto& row : weights) cols = std::max(cols, row.size());
  const size_t n = std::max(rows, cols);
  if (n == 0) return {};
  auto weight = [&](size_t i, size_t j) {
    return i < rows && j < weights[i].size() ? std::max(0.0, weights[i][j]) : 0.0;
  };
  // Hungarian algorithm (potentials, O(n^3)) minimising -weight on the
  // square matrix padded with zero-weight dummies; 1-based as usual.
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0), v(n + 1, 0);
  std::vector<size_t> assigned_row(n + 1, 0), way(n + 1, 0);
  for (size_t i = 1; i <= n; ++i) {
    assigned_row[0] = i;
    size_t j0 = 0;
    std::vector<double> min_value(n + 1, kInfinity);
    std::vector<bool> used(n + 1, false);
    do {
      used[j0] = true;
      const size_t i0 = assigned_row[j0];
      double delta = kInfinity;
      size_t j1 = 0;
      for (size_t j = 1; j <= n; ++j) {
        if (used[j]) continue;
        const double cost = -weight(i0 - 1, j - 1) - u[i0] - v[j];
        if (cost < min_value[j]) {
          min_value[j] = cost;
          way[j] = j0;
        }
        if (min_value[j] < delta) {
          delta = min_value[j];
          j1 = j;
        }
      }
      for (size_t j = 0; j <= n; ++j) {
        if (used[j]) {
          u[assigned_row[j]] += delta;
          v[j] -= delta;
        } else {
          min_value[j] -= delta;
        }
      }
      j0 = j1;
    } while (assigned_row[j0] != 0);
    do {
      const size_t j1 = way[j0];
      assigned_row[j0] = assigned_row[j1];
      j0 = j1;
    } while (j0 != 0);
  }
  std::vector<EventPair> pairs;
  for (size_t j = 1; j <= n; ++j) {
    const size_t i = assigned_row[j];
    if (i != 0 && weight(i - 1, j - 1) > 0) pairs.push_back({i - 1, j - 1});
  }
  std::sort(pairs.begin(), pairs.end(),
            [](const EventPair& a, const EventPair& b) { return a.gold < b.gold; });
  return pairs;
}

std::vector<EventPair> MatchEvents(const std::vector<GoldEvent>& gold,
                                   const std::vector<Event>& predicted,
                                   const MatchOptions& options) {
  // Each pair is worth more than any total of compatibilities, so the
  // assignment first maximises the number of pairs.
  const double pair_bonus =
      (kMaxCompatibility + 1) * static_cast<double>(std::min(gold.size(), predicted.size()) + 1);
  std::vector<std::vector<double>> weights(gold.size(), std::vector<double>(predicted.size(), 0));
  for (size_t i = 0; i < gold.size(); ++i) {
    for (size_t j = 0; j < predicted.size(); ++j) {
      if (Eligible(gold[i], predicted[j], options)) {
        weights[i][j] = pair_bonus + Compatibility(gold[i], predicted[j], options);
      }
    }
  }
  return MaximumWeightAssignment(weights);
}

std::vector<EventPair> PairForAccuracy(const std::vector<GoldEvent>& gold,
                                       const std::vector<Event>& predicted,
                                       const MatchOptions& options) {
  const double type_bonus =
      (kMaxCompatibility + 1) * static_cast<double>(std::min(gold.size(), predicted.size()) + 1);
  std::vector<std::vector<double>> weights(gold.size(), std::vector<double>(predicted.size(), 0));
  for (size_t i = 0; i < gold.size(); ++i) {
    for (size_t j = 0; j < predicted.size(); ++j) {
      weights[i][j] = 1 + Compatibility(gold[i], predicted[j], options) +
                      (gold[i].type == predicted[j].type ? type_bonus : 0);
    }
  }
  return MaximumWeightAssignment(weights);
}

std::vector<FieldVerdict> JudgeFields(const GoldEvent& gold, const Event& predicted,
                                      const MatchOptions& options) {
  std::vector<FieldVerdict> verdicts;
  auto add = [&](EvalField field, bool correct, std::string gold_text, std::string predicted_text) {
    verdicts.push_back({field, correct, std::move(gold_text), std::move(predicted_text)});
  };
  if (gold.Gives(GoldField::kMode)) {
    add(EvalField::kMode, gold.mode == predicted.mode, Render(gold.mode), Render(predicted.mode));
  }
  if (gold.Gives(GoldField::kDate)) {
    add(EvalField::kDate, gold.date == predicted.date, Render(gold.date), Render(predicted.date));
  }
  if (gold.Gives(GoldField::kLocation)) {
    add(EvalField::kCountry, gold.country() == PredictedCountry(predicted), Render(gold.country()),
        Render(PredictedCountry(predicted)));
    if (const auto place = PlaceAgrees(gold, predicted, options)) {
      add(EvalField::kPlace, *place, RenderPlace(gold.location), RenderPlace(predicted.location));
    }
  }
  for (auto [given, field, country_field, slot, actor] :
       {std::tuple{GoldField::kActor1, EvalField::kActor1, EvalField::kActor1Country, &gold.actor1,
                   &ComparedSide(gold, predicted, 1)},
        std::tuple{GoldField::kActor2, EvalField::kActor2, EvalField::kActor2Country, &gold.actor2,
                   &ComparedSide(gold, predicted, 2)}}) {
    if (!gold.Gives(given)) continue;
    add(field, ActorSlotMatches(*slot, *actor), Render(*slot), Render(*actor));
    if (AnyCountry(*slot)) {
      const std::string_view country = *actor ? std::string_view((*actor)->country) : "";
      std::string gold_countries;
      for (const GoldActor& alternative : *slot) {
        if (alternative.country.empty()) continue;
        gold_countries += (gold_countries.empty() ? "" : "|") + alternative.country;
      }
      add(country_field, CountryIn(*slot, country), gold_countries, Render(country));
    }
  }
  if (gold.Gives(GoldField::kClaimedBy)) {
    std::vector<GoldActor> flat;
    for (const auto& claimant : gold.claimed_by)
      flat.insert(flat.end(), claimant.begin(), claimant.end());
    std::string predicted_text;
    for (const Claim& claim : predicted.claimed_by) {
      predicted_text += (predicted_text.empty() ? "" : ", ") + Render(std::optional(claim.actor));
    }
    add(EvalField::kClaimedBy, ClaimsAgree(gold, predicted),
        "[" + (flat.empty() ? "" : Render(flat)) + "]", "[" + predicted_text + "]");
  }
  if (gold.Gives(GoldField::kAttributedTo)) {
    std::vector<GoldActor> flat;
    for (const auto& blame : gold.attributed_to)
      flat.insert(flat.end(), blame.actor.begin(), blame.actor.end());
    std::string predicted_text;
    for (const Attribution& blame : predicted.attributed_to) {
      predicted_text += (predicted_text.empty() ? "" : ", ") + Render(std::optional(blame.actor));
    }
    add(EvalField::kAttributedTo, AttributionsAgree(gold, predicted),
        "[" + (flat.empty() ? "" : Render(flat)) + "]", "[" + predicted_text + "]");
  }
  if (gold.Gives(GoldField::kSponsors)) {
    const std::vector<std::string> sponsors = SortedUnique(predicted.sponsors);
    add(EvalField::kSponsors, gold.sponsors == sponsors, Render(gold.sponsors), Render(sponsors));
  }
  if (gold.Gives(GoldField::kFatalities)) {
    add(EvalField::kFatalities, gold.fatalities == predicted.fatalities, Render(gold.fatalities),
        Render(predicted.fatalities));
  }
  if (gold.Gives(GoldField::kInjuries)) {
    add(EvalField::kInjuries, gold.injuries == predicted.injuries, Render(gold.injuries),
        Render(predicted.injuries));
  }
  if (gold.Gives(GoldField::kHedged)) {
    add(EvalField::kHedged, gold.hedged == predicted.hedged, gold.hedged ? "true" : "false",
        predicted.hedged ? "true" : "false");
  }
  return verdicts;
}

}  // namespace casus
