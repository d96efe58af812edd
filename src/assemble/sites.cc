#include "assemble/sites.h"

#include <algorithm>

#include "base/distance.h"

namespace casus {

std::vector<Location> SitesOf(const Draft& draft, const std::vector<SentenceFacts>& sentences) {
  const std::vector<Location>* countries = nullptr;
  const std::vector<Location>* towns = nullptr;
  for (uint32_t s : draft.sentences) {
    const std::vector<Location>& sites = sentences[s].sites;
    if (sites.size() < 2) continue;
    const bool of_countries = sites.front().precision == "country";
    if (of_countries && countries == nullptr) countries = &sites;
    if (!of_countries && towns == nullptr) towns = &sites;
  }
  if (countries == nullptr) return towns != nullptr ? *towns : std::vector<Location>{};
  std::vector<Location> listed = *countries;
  for (Location& country : listed) {
    // A listed town first, else a town the sentences place the act in.
    std::optional<Location> town;
    for (const bool from_lists : {true, false}) {
      for (uint32_t s : draft.sentences) {
        for (const Location& l : from_lists ? sentences[s].sites : sentences[s].places) {
          if (!town && l.country == country.country && l.precision == "place") town = l;
        }
      }
    }
    if (town) country = *town;
  }
  return listed;
}

std::optional<Toll> TollIn(const Draft& draft, const std::string& country,
                           const std::vector<Location>& sites,
                           const std::vector<SentenceFacts>& sentences) {
  const bool countries = std::any_of(sites.begin(), sites.end(), [&](const Location& l) {
    return l.country != sites.front().country;
  });
  if (!countries || country.empty()) return std::nullopt;
  Toll toll;
  bool told = false;
  for (uint32_t s : draft.sentences) {
    const SentenceFacts& facts = sentences[s];
    if ((!facts.killed && !facts.injured) || facts.places.empty()) continue;
    const bool there = std::all_of(facts.places.begin(), facts.places.end(),
                                   [&](const Location& l) { return l.country == country; });
    if (!there) continue;
    told = true;
    if (facts.killed) toll.killed = std::max(toll.killed.value_or(0), *facts.killed);
    if (facts.injured) toll.injured = std::max(toll.injured.value_or(0), *facts.injured);
  }
  if (!told) return std::nullopt;
  return toll;
}

std::optional<Location> FirstPlaceTold(const Draft& draft, const std::vector<uint32_t>& in_order,
                                       const std::vector<SentenceFacts>& sentences) {
  for (uint32_t s : in_order) {
    const bool told =
        std::find(draft.told_in.begin(), draft.told_in.end(), s) != draft.told_in.end();
    if (told && !sentences[s].places.empty() && !IsVenueOnly(draft, s))
      return sentences[s].places.front();
  }
  for (uint32_t s : in_order) {
    if (!sentences[s].places.empty() && !IsVenueOnly(draft, s)) return sentences[s].places.front();
  }
  return std::nullopt;
}

bool PlacedInAnotherCountry(const Draft& draft, const SentenceFacts& facts,
                            const std::vector<SentenceFacts>& sentences) {
  // The first place finer than a country ("In neighbouring Nigeria, ...
  // near the village of Goneri in Yobe state": Yobe).
  const auto place = std::find_if(facts.places.begin(), facts.places.end(),
                                  [](const Location& l) { return l.precision != "country"; });
  if (place == facts.places.end()) return false;
  const std::string& there = place->country;
  if (there.empty()) return false;
  bool named_before = false, any_before = false;
  for (uint32_t s : draft.sentences) {
    for (const Location& l : sentences[s].places) {
      any_before = any_before || !l.country.empty();
      named_before = named_before || l.country == there;
    }
    for (const Location& l : sentences[s].sites) named_before = named_before || l.country == there;
  }
  return any_before && !named_before;
}

bool PlacedFarAway(const Draft& draft, const SentenceFacts& facts,
                   const std::vector<SentenceFacts>& sentences, double km) {
  const auto here = std::find_if(facts.places.begin(), facts.places.end(),
                                 [](const Location& l) { return l.precision == "place"; });
  if (here == facts.places.end()) return false;
  bool any_before = false;
  for (uint32_t s : draft.sentences) {
    for (const auto* list : {&sentences[s].places, &sentences[s].sites}) {
      for (const Location& l : *list) {
        if (l.precision != "place") continue;
        if (DistanceKm(here->lat, here->lon, l.lat, l.lon) <= km) return false;
        any_before = true;
      }
    }
  }
  return any_before;
}

bool CountsOfAnEarlierEvent(const SentenceFacts& facts) {
  bool earlier = false;
  for (const EventMention& m : facts.coding.events) {
    if (!m.casualty) continue;
    if (!m.background) return false;
    earlier = earlier || m.earlier;
  }
  return earlier;
}

std::string CountryOfAttackBlamedOn(const ActorSpan& blamed, const std::vector<Draft>& drafts,
                                    const std::vector<SentenceFacts>& sentences) {
  for (const Draft& attack : drafts) {
    if (attack.code.type != "ASSAULT") continue;
    const bool on_them = std::any_of(
        attack.attributions.begin(), attack.attributions.end(),
        [&](const auto& a) { return IdentityKey(a.first.actor) == IdentityKey(blamed); });
    if (!on_them) continue;
    for (uint32_t s : attack.sentences) {
      for (const Location& l : sentences[s].places) {
        if (!l.country.empty()) return l.country;
      }
    }
  }
  return "";
}

std::string ReportCountry(const std::vector<SentenceFacts>& sentences,
                          const std::optional<Location>& dateline) {
  std::vector<std::pair<std::string, int>> counts;
  auto count = [&](const std::string& country) {
    if (country.empty()) return;
    auto it = std::find_if(counts.begin(), counts.end(),
                           [&](const auto& c) { return c.first == country; });
    if (it == counts.end()) {
      counts.emplace_back(country, 1);
    } else {
      ++it->second;
    }
  };
  for (const SentenceFacts& facts : sentences) {
    for (const ActorSpan& span : facts.actors) count(span.actor.country);
    for (const Location& place : facts.places) count(place.country);
  }
  if (dateline && !dateline->country.empty() &&
      (counts.empty() || std::any_of(counts.begin(), counts.end(), [&](const auto& c) {
         return c.first == dateline->country;
       }))) {
    return dateline->country;
  }
  auto best = std::max_element(counts.begin(), counts.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  return best == counts.end() ? std::string() : best->first;
}

}  // namespace casus
