// casus — how the PlaceResolver turns a resolved place into a
// casus::Location: the output's name ("northern Iraq"), precision ("place",
// "region", "country", "water"), ACLED geo_precision and point (a compass
// part's point, or the point a distance and direction from the named place
// give). The PlaceResolver members that work on Locations (EventLocation,
// Within, CapitalOf) live beside these in place_location.cc.
//
// Internal to src/geo. Pure functions: thread-safe.
#ifndef CASUS_GEO_PLACE_LOCATION_H_
#define CASUS_GEO_PLACE_LOCATION_H_

#include <string>

#include "casus/records.h"
#include "geo/gazetteer.h"
#include "geo/toponym_finder.h"

namespace casus::place_location {

// The adjective of a compass part ("northern", "southeastern", "central");
// "" for kWhole.
std::string PartName(CompassPart part);

// The Location of place `p` named by mention `m`, read with cue `cue`
// (the mention's own or the one it inherits from a list).
Location MakeLocation(const Gazetteer& g, const Place& p, const PlaceMention& m, PlaceCue cue);

}  // namespace casus::place_location

#endif  // CASUS_GEO_PLACE_LOCATION_H_
