#include "geo/place_location.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "base/distance.h"
#include "geo/place_resolver.h"

namespace casus {
namespace place_location {
namespace {

constexpr double kRadians = 3.14159265358979323846 / 180.0;

}  // namespace

std::string PartName(CompassPart part) {
  switch (part) {
    case CompassPart::kNorth:
      return "northern";
    case CompassPart::kNorthEast:
      return "northeastern";
    case CompassPart::kEast:
      return "eastern";
    case CompassPart::kSouthEast:
      return "southeastern";
    case CompassPart::kSouth:
      return "southern";
    case CompassPart::kSouthWest:
      return "southwestern";
    case CompassPart::kWest:
      return "western";
    case CompassPart::kNorthWest:
      return "northwestern";
    case CompassPart::kCentral:
      return "central";
    case CompassPart::kWhole:
      break;
  }
  return "";
}

Location MakeLocation(const Gazetteer& g, const Place& p, const PlaceMention& m, PlaceCue cue) {
  Location loc;
  loc.name = std::string(p.name);
  loc.country = std::string(p.country_iso3);
  loc.admin1 = std::string(p.admin1);
  loc.lat = p.lat;
  loc.lon = p.lon;
  loc.geonameid = p.geonameid;
  const std::optional<GeoBox> box = g.Extent(p.index);
  const bool small_box = box && (box->north - box->south) < 0.6 && (box->east - box->west) < 0.6;
  switch (p.kind) {
    case PlaceKind::kPopulated:
    case PlaceKind::kSite:
      loc.precision = "place";
      loc.geo_precision = (cue == PlaceCue::kNear || cue == PlaceCue::kDirectional) ? 2 : 1;
      break;
    case PlaceKind::kAdmin1:
      loc.precision = "region";
      loc.geo_precision = 3;
      break;
    case PlaceKind::kRegion:
      if (box && box->north - box->south < 0.1 && box->east - box->west < 0.1) {
        loc.precision = "place";  // a quarter of a town ("the Green Zone")
        loc.geo_precision = 1;
      } else {
        loc.precision = "region";
        loc.geo_precision = (!box || small_box) ? 2 : 3;
      }
      break;
    case PlaceKind::kCountry:
      loc.precision = "country";
      loc.geo_precision = 3;
      break;
    case PlaceKind::kWater:
      loc.precision = "water";
      loc.geo_precision = (p.feature_code == "STRT" || p.feature_code == "CNL") ? 2 : 3;
      break;
  }
  if (m.offset_km > 0 && m.offset_direction != CompassPart::kWhole &&
      m.offset_direction != CompassPart::kCentral) {
    // "50 nautical miles southwest of Aden": the point that far in that
    // direction (compass parts are numbered clockwise from north).
    const double bearing = (static_cast<int>(m.offset_direction) - 1) * 45.0 * kRadians;
    loc.lat = p.lat + m.offset_km * std::cos(bearing) / 111.2;
    loc.lon = p.lon + m.offset_km * std::sin(bearing) / (111.2 * std::cos(p.lat * kRadians));
    loc.geo_precision = 2;
  }
  if (m.part != CompassPart::kWhole) {
    if (p.kind != PlaceKind::kPopulated && p.kind != PlaceKind::kSite) {
      loc.name = PartName(m.part) + " " + loc.name;  // "northern Iraq"; a town keeps its name
    }
    // "eastern Baghdad" is still a place (a part of a town), "northern
    // Iraq" a region.
    if (p.kind != PlaceKind::kWater && p.kind != PlaceKind::kPopulated &&
        p.kind != PlaceKind::kSite) {
      loc.precision = "region";
    }
    if (box && p.kind != PlaceKind::kPopulated && p.kind != PlaceKind::kSite &&
        g.PartPoint(p.index, static_cast<int>(m.part), &loc.lat, &loc.lon)) {
      loc.geo_precision = small_box ? 2 : 3;
    } else {
      loc.geo_precision = std::max(loc.geo_precision, 2);
    }
  }
  return loc;
}

}  // namespace place_location

using place_location::MakeLocation;
using place_location::PartName;

std::optional<Location> PlaceResolver::EventLocation(std::span<const ResolvedPlace> places,
                                                     uint32_t sentence) {
  const ResolvedPlace* best = nullptr;
  const ResolvedPlace* best_background = nullptr;
  double best_score = -1, best_background_score = -1;
  for (const ResolvedPlace& r : places) {
    if (r.mention.sentence != sentence || !r.accepted || r.is_actor ||
        r.mention.role == MentionRole::kModifier) {
      continue;
    }
    double score = 0;
    switch (r.mention.cue) {
      case PlaceCue::kLocative:
      case PlaceCue::kNear:
      case PlaceCue::kDirectional:
        score = 3;
        break;
      case PlaceCue::kNone:
        score = 1.5;
        break;
      case PlaceCue::kOf:
        score = 1.2;
        break;
      case PlaceCue::kMotion:
        score = 1;
        break;
      case PlaceCue::kDateline:
        score = 0.5;
        break;
    }
    if (r.location.precision == "place")
      score += 2;
    else if (r.location.precision == "water")
      score += 1.5;
    else if (r.location.precision == "region")
      score += 1;
    if (r.mention.role == MentionRole::kContainer) score -= 2.5;
    // "Amid the war in Gaza": where the sentence's news happened only when
    // it names no other place (the sentence may tell of that war itself).
    const ResolvedPlace*& slot = r.mention.background ? best_background : best;
    double& slot_score = r.mention.background ? best_background_score : best_score;
    if (score > slot_score) {
      slot_score = score;
      slot = &r;
    }
  }
  if (best == nullptr) best = best_background;
  if (best == nullptr) return std::nullopt;
  return best->location;
}

bool PlaceResolver::Within(const Location& inner, const Location& area) const {
  if (inner.precision == "country" || inner.precision.empty()) return false;
  if (area.precision == "country") {
    return !area.country.empty() && inner.country == area.country;
  }
  if (area.precision != "region" && area.precision != "water") return false;
  if (inner.precision == area.precision && inner.geo_precision >= area.geo_precision) return false;
  // "northern Iraq" is the northern part of Iraq's box.
  std::string_view name = area.name;
  CompassPart part = CompassPart::kWhole;
  for (int k = 1; k <= 9; ++k) {
    const std::string prefix = PartName(static_cast<CompassPart>(k)) + " ";
    if (name.size() > prefix.size() && name.substr(0, prefix.size()) == prefix) {
      part = static_cast<CompassPart>(k);
      name.remove_prefix(prefix.size());
      break;
    }
  }
  const bool land = area.precision != "water";
  if (land && inner.country != area.country) return false;
  if (land && part == CompassPart::kWhole && !area.admin1.empty() && area.name == area.admin1) {
    return inner.admin1 == area.admin1;  // a subdivision
  }
  for (const Candidate& c : gazetteer_.Lookup(name)) {
    const Place& p = c.place;
    if (p.kind == PlaceKind::kPopulated || p.kind == PlaceKind::kSite) continue;
    if (land && p.country_iso3 != area.country) continue;
    if (part == CompassPart::kWhole && DistanceKm(p.lat, p.lon, area.lat, area.lon) > 1 &&
        !(p.kind == PlaceKind::kAdmin1 && p.admin1 == area.admin1)) {
      continue;  // a namesake
    }
    std::optional<GeoBox> box = gazetteer_.Extent(p.index);
    if (!box) continue;
    const double mid_lat = (box->south + box->north) / 2, mid_lon = (box->west + box->east) / 2;
    const double h = box->north - box->south, w = box->east - box->west;
    switch (part) {
      case CompassPart::kNorth:
        box->south = mid_lat;
        break;
      case CompassPart::kNorthEast:
        box->south = mid_lat;
        box->west = mid_lon;
        break;
      case CompassPart::kEast:
        box->west = mid_lon;
        break;
      case CompassPart::kSouthEast:
        box->north = mid_lat;
        box->west = mid_lon;
        break;
      case CompassPart::kSouth:
        box->north = mid_lat;
        break;
      case CompassPart::kSouthWest:
        box->north = mid_lat;
        box->east = mid_lon;
        break;
      case CompassPart::kWest:
        box->east = mid_lon;
        break;
      case CompassPart::kNorthWest:
        box->south = mid_lat;
        box->east = mid_lon;
        break;
      case CompassPart::kCentral:
        *box = GeoBox{mid_lat - h / 4, mid_lon - w / 4, mid_lat + h / 4, mid_lon + w / 4};
        break;
      case CompassPart::kWhole:
        break;
    }
    constexpr double kMargin = 0.05;
    return inner.lat >= box->south - kMargin && inner.lat <= box->north + kMargin &&
           inner.lon >= box->west - kMargin && inner.lon <= box->east + kMargin;
  }
  return false;
}

std::optional<Location> PlaceResolver::CapitalOf(std::string_view iso_code) const {
  const Place country = gazetteer_.Country(iso_code);
  if (!country.valid()) return std::nullopt;
  const Place seat = gazetteer_.Seat(country.index);
  if (!seat.valid()) return std::nullopt;
  return MakeLocation(gazetteer_, seat, PlaceMention{}, PlaceCue::kNone);
}

std::optional<Location> PlaceResolver::CountryOf(std::string_view iso_code) const {
  const Place country = gazetteer_.Country(iso_code);
  if (!country.valid()) return std::nullopt;
  return MakeLocation(gazetteer_, country, PlaceMention{}, PlaceCue::kNone);
}

std::optional<Location> PlaceResolver::TownNamed(std::string_view name,
                                                 std::string_view iso_code) const {
  const Place country = gazetteer_.Country(iso_code);
  if (!country.valid()) return std::nullopt;
  for (const Candidate& c : gazetteer_.Lookup(name)) {
    if (c.place.kind == PlaceKind::kPopulated && c.place.country_iso3 == country.country_iso3) {
      return MakeLocation(gazetteer_, c.place, PlaceMention{}, PlaceCue::kNone);
    }
  }
  return std::nullopt;
}

}  // namespace casus
