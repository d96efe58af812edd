// casus — the PlaceResolver: decides which place each mention found by the
// ToponymFinder refers to, whether it is a place at all in its sentence, and
// turns the answer into a casus::Location.
//
// Evidence, strongest first:
//   1. the hierarchy written in the text: "Erbil, Iraq", "Hit in Anbar
//      province", "Iraq's Kurdistan region" (the container must contain the
//      referent), "Taji, north of Baghdad" (the referent lies near the
//      anchor);
//   2. qualifiers: "Anbar province" wants a subdivision, "Erbil city" a
//      town, "Taji base" a site;
//   3. the countries of the document and of its actors (PlaceContext);
//   4. nearness to the document's other confidently resolved places;
//   5. the kind of place and its size: country > capital (PPLC) >
//      subdivision seat (PPLA) > lesser seats > towns, then population.
// Names that are English words, and small far-away namesakes mentioned
// without a cue, are rejected rather than guessed. A name the text puts in
// a country none of its places lies in ("Palma in Mozambique", "the
// Mozambican town of Palma" through PlaceMention::stated_country, when the
// gazetteer knows only Palma de Mallorca) is a place it does not know in
// that country: it resolves to the country, there and wherever the
// document names it again.
//
// Output: precision "place" (town, site), "region" (subdivision, named
// region, compass part of an area), "country", "water"; ACLED geo_precision
// 1 for a named town or site, 2 for "near"/"north of" a town and for small
// regions and straits, 3 for subdivisions, countries, large regions and seas.
// Subdivisions sit at their seat (administrative centre), countries at the
// middle of their extent, compass parts at the mean position of the area's
// towns in that part (or the middle of the part when it has none).
//
// Use, per document (the objects are built once and shared):
//   Result<Gazetteer> gazetteer = Gazetteer::OpenDefault();
//   const ToponymFinder finder(*gazetteer);
//   const PlaceResolver resolver(*gazetteer);
//   std::vector<PlaceMention> mentions;
//   finder.FindDateline(dateline_tokens, 0, &mentions);          // if any
//   for (uint32_t s = 0; s < sentences; ++s) finder.Find(tokens_of(s), s, &mentions);
//   std::vector<ResolvedPlace> places =
//       resolver.Resolve(mentions, PlaceContext{{"IRQ", "USA"}});  // document + actor countries
//   std::optional<Location> where = PlaceResolver::EventLocation(places, s);
// Skip places with is_actor when coding where something happened ("Tehran
// said" is the government), but they carry a Location for statements.
//
// Thread safety: immutable after construction; Resolve() is const and safe
// to call concurrently. The Gazetteer must outlive the resolver.
#ifndef CASUS_GEO_PLACE_RESOLVER_H_
#define CASUS_GEO_PLACE_RESOLVER_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "casus/records.h"
#include "geo/gazetteer.h"
#include "geo/toponym_finder.h"

namespace casus {

// What the caller knows about the document: the countries it is about
// (e.g. from its dateline, source or actors), most relevant first. ISO 3166
// alpha-3 or alpha-2 codes; unknown codes are ignored.
struct PlaceContext {
  std::vector<std::string> countries;
};

struct ResolvedPlace {
  ResolvedPlace() = default;
  // The entry of `m` before it is resolved (made in place, member by member).
  explicit ResolvedPlace(const PlaceMention& m) : mention(m) {}

  PlaceMention mention;
  bool accepted = false;  // false: not a place here (common word, person's name, ...)
  bool is_actor = false;  // a country or capital standing for its government ("Tehran said")
  Place place;            // the referent (for "the capital of X", X's seat)
  Location location;      // ready for output; meaningful when accepted
  double score = 0;       // the referent's score
  double margin = 0;      // its lead over the runner-up (large = unambiguous)
};

struct PlaceResolverOptions {
  // Candidates considered per name: the 16 most important (the gazetteer
  // lists them first) and those in the context countries, up to this many.
  size_t max_candidates = 32;
};

class PlaceResolver {
 public:
  explicit PlaceResolver(const Gazetteer& gazetteer, PlaceResolverOptions options = {});

  // Resolves the mentions of one document (all sentences, document order,
  // as collected by ToponymFinder::Find) jointly. Returns one entry per
  // mention, same order.
  std::vector<ResolvedPlace> Resolve(std::span<const PlaceMention> mentions,
                                     const PlaceContext& context) const;

  // The location of an event told in sentence `sentence`: the most specific
  // accepted place of that sentence used as a place (not an actor, not only
  // a container), preferring "in"/"near"/"north of" cues; nullopt if the
  // sentence names none.
  static std::optional<Location> EventLocation(std::span<const ResolvedPlace> places,
                                               uint32_t sentence);

  // True if `inner` (a town, site or smaller region) lies inside `area` (a
  // country, subdivision, named region, compass part of one, or water
  // body), both as made by this resolver: "Zakho" inside "Kurdistan
  // Region", "Tower 22" inside "northeastern Jordan", a point off Aden
  // inside the "Gulf of Aden". Used to make an event's place more specific.
  bool Within(const Location& inner, const Location& area) const;

  // The capital of a country (ISO 3166 alpha-3 or alpha-2) as a location,
  // or nullopt when the gazetteer knows no seat for it.
  std::optional<Location> CapitalOf(std::string_view iso_code) const;

  // A country (ISO 3166 alpha-3 or alpha-2) as a location of country
  // precision, or nullopt when the gazetteer does not know it.
  std::optional<Location> CountryOf(std::string_view iso_code) const;

  // The most important populated place named `name` in a country (ISO
  // 3166 alpha-3 or alpha-2), or nullopt: "Geneva" in CHE.
  std::optional<Location> TownNamed(std::string_view name, std::string_view iso_code) const;

 private:
  const Gazetteer& gazetteer_;
  PlaceResolverOptions options_;
  // The largest squared distances (in degrees, longitude scaled) that make
  // 111.2 · sqrt(d²) at most 50, 200 and 600 km: the support of a nearby
  // confident place, told without a square root.
  double within_km2_[3] = {};
};

}  // namespace casus

#endif  // CASUS_GEO_PLACE_RESOLVER_H_
