#include "geo/place_resolver.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <memory_resource>
#include <string>

#include "base/distance.h"
#include "geo/place_location.h"
#include "geo/place_prior.h"

namespace casus {

using place_location::MakeLocation;

namespace {

struct Scored {
  PlaceCore place;
  NameKind name_kind = NameKind::kPrimary;
  double prior = 0;
  double score = 0;
};

// Per-mention working state. The mention's candidates are
// scored[first, first + count) of one vector for the whole document.
struct Work {
  uint32_t first = 0;
  uint32_t count = 0;
  uint32_t name = UINT32_MAX;  // the name's entry in the document's name cache
  int best = -1;
  double margin = 0;
  PlaceCue cue = PlaceCue::kNone;  // after list inheritance
  bool looked_up = false;          // the name's candidates are read
};

constexpr double kRadians = 3.14159265358979323846 / 180.0;
// Candidates kept per name: the most important ones, plus any in the
// context countries further down the list.
constexpr size_t kTopCandidates = 16;
// Confident places the document's other names are compared with.
constexpr size_t kMaxAnchors = 32;

bool IsArea(const PlaceCore& p) {
  return p.kind == PlaceKind::kCountry || p.kind == PlaceKind::kAdmin1 ||
         p.kind == PlaceKind::kRegion || p.kind == PlaceKind::kWater;
}

// p.feature_code() == code, without measuring the code first.
template <size_t N>
bool CodeIs(const PlaceCore& p, const char (&code)[N]) {
  return place_prior::CodeIs(p.code, code);
}

// Places a bare mention may mean without further support (the builder
// marks them: place_prior.h).
bool IsProminent(const PlaceCore& p) { return p.prominent; }

bool StrongCue(PlaceCue cue) {
  return cue == PlaceCue::kLocative || cue == PlaceCue::kNear || cue == PlaceCue::kDirectional ||
         cue == PlaceCue::kDateline;
}

bool Inside(const PlaceCore& p, const GeoBox& box, double margin) {
  return p.lat >= box.south - margin && p.lat <= box.north + margin && p.lon >= box.west - margin &&
         p.lon <= box.east + margin;
}

// How well `candidate` fits inside the container place `outer`.
double ContainmentScore(const Gazetteer& g, const PlaceCore& candidate, const PlaceCore& outer) {
  if (!outer.valid() || candidate.index == outer.index) return 0;
  const bool same_country = outer.country >= 0 && candidate.country == outer.country;
  switch (outer.kind) {
    case PlaceKind::kCountry:
      return same_country ? 6 : -3;
    case PlaceKind::kAdmin1: {
      if (same_country && outer.admin1 >= 0 && candidate.admin1 == outer.admin1) return 6;
      const std::optional<GeoBox> box = g.Extent(outer.index);
      if (same_country && box && Inside(candidate, *box, 0.1)) return 4;
      return same_country ? 1 : -3;
    }
    case PlaceKind::kRegion:
    case PlaceKind::kWater: {
      const std::optional<GeoBox> box = g.Extent(outer.index);
      if (box && Inside(candidate, *box, 0.2)) return 6;
      if (DistanceKm(candidate.lat, candidate.lon, outer.lat, outer.lon) < 60) return 5;
      return same_country ? 1 : -3;
    }
    default: {
      // A town as container ("the Mezzeh district of Damascus").
      const double d = DistanceKm(candidate.lat, candidate.lon, outer.lat, outer.lon);
      return d < 40 ? 6 : (same_country ? 0 : -3);
    }
  }
}

double NearScore(const PlaceCore& candidate, const PlaceCore& anchor) {
  if (!anchor.valid() || candidate.index == anchor.index) return 0;
  const double d = DistanceKm(candidate.lat, candidate.lon, anchor.lat, anchor.lon);
  if (d <= 60) return 6;
  if (d <= 150) return 3;
  if (d <= 400) return 0;
  return -3;
}

// The largest x with 111.2 · sqrt(x) <= km as the resolver computes it
// (both steps rounded, and monotonic): d² <= x exactly when the distance
// is at most km.
double LargestWithin(double km) {
  double x = (km / 111.2) * (km / 111.2);
  while (!(111.2 * std::sqrt(x) <= km)) x = std::nextafter(x, 0.0);
  while (111.2 * std::sqrt(std::nextafter(x, 1e300)) <= km) x = std::nextafter(x, 1e300);
  return x;
}

}  // namespace

PlaceResolver::PlaceResolver(const Gazetteer& gazetteer, PlaceResolverOptions options)
    : gazetteer_(gazetteer),
      options_(options),
      within_km2_{LargestWithin(50), LargestWithin(200), LargestWithin(600)} {}

std::vector<ResolvedPlace> PlaceResolver::Resolve(std::span<const PlaceMention> mentions,
                                                  const PlaceContext& context) const {
  const size_t n = mentions.size();
  // Filled at the end, each entry made where it is written (one pass over
  // memory rather than two).
  std::vector<ResolvedPlace> out;
  out.reserve(n);
  // The working vectors below live in one arena: on the stack for a
  // document of usual size, on the heap beyond it; freed together.
  std::array<std::byte, 24 << 10> arena_buffer;
  std::pmr::monotonic_buffer_resource arena(arena_buffer.data(), arena_buffer.size());
  std::pmr::vector<PlaceMention> ms(mentions.begin(), mentions.end(),
                                    &arena);  // relations may be refined
  std::pmr::vector<Work> work(n, &arena);
  // A few candidates per mention on average: room for them from the start.
  constexpr size_t kExpectedCandidates = 4;
  std::pmr::vector<Scored> scored(&arena);
  scored.reserve(kExpectedCandidates * n);
  auto candidates = [&](size_t i) {
    return std::span<Scored>(scored.data() + work[i].first, work[i].count);
  };
  std::pmr::vector<int> context_countries(&arena);
  context_countries.reserve(context.countries.size());
  for (const std::string& code : context.countries) {
    const int c = gazetteer_.CountryNumber(code);
    if (c >= 0) context_countries.push_back(c);
  }
  // The bonus of a place in a context country: 5 for the first, 4 for the
  // others; read from a table indexed by country number.
  std::pmr::vector<uint8_t> bonus_of_country(&arena);
  for (size_t r = 0; r < context_countries.size(); ++r) {
    const size_t c = static_cast<size_t>(context_countries[r]);
    if (c >= bonus_of_country.size()) bonus_of_country.resize(c + 1, 0);
    if (bonus_of_country[c] == 0) bonus_of_country[c] = r == 0 ? 5 : 4;
  }
  auto context_bonus = [&](const PlaceCore& p) {
    const auto c = static_cast<size_t>(p.country);  // -1 (no country) is out of range
    return c < bonus_of_country.size() ? static_cast<double>(bonus_of_country[c]) : 0.0;
  };

  // The candidates of a name with the priors that depend on the name only
  // (kind, size, renown, how the name is attached, context countries),
  // name_scored[first, first + count) for each name.
  struct CachedName {
    uint32_t key;
    bool arabic_script;
    uint32_t first, count;
  };
  std::pmr::vector<CachedName> names(&arena);
  names.reserve(n);
  std::pmr::vector<Scored> name_scored(&arena);
  name_scored.reserve(kExpectedCandidates * n);
  auto name_candidates = [&](uint32_t name) {
    return std::span<const Scored>(name_scored.data() + names[name].first, names[name].count);
  };
  // The entry of a name in `names`, made on first use.
  auto base_candidates = [&](uint32_t key, bool arabic_script) -> uint32_t {
    for (size_t c = 0; c < names.size(); ++c) {
      if (names[c].key == key && names[c].arabic_script == arabic_script) {
        return static_cast<uint32_t>(c);
      }
    }
    const size_t first = name_scored.size();
    const std::span<const geo_format::Posting> postings = gazetteer_.Postings(key);
    for (size_t k = 0; k < postings.size(); ++k) {
      const geo_format::Posting& posting = postings[k];
      if (name_scored.size() - first >= options_.max_candidates) break;
      if (k >= kTopCandidates) {
        if (context_countries.empty()) break;
        const int country = posting.country;
        if (std::find(context_countries.begin(), context_countries.end(), country) ==
            context_countries.end()) {
          continue;
        }
      }
      Scored s;
      s.place = gazetteer_.Core(posting.record);
      if (!s.place.valid()) continue;
      s.name_kind = static_cast<NameKind>(posting.name_kind);
      const PlaceCore& p = s.place;
      double prior = p.prior;  // kind, size and renown (place_prior.h)
      switch (s.name_kind) {
        case NameKind::kPrimary:
          prior += 0.5;
          break;
        case NameKind::kAlias:
          prior += 1.5;
          break;
        case NameKind::kArabic:
          prior += arabic_script ? 1.0 : 0.0;
          break;
        case NameKind::kAlternate:
          break;
      }
      s.prior = prior + context_bonus(p);
      name_scored.push_back(s);
    }
    const std::span<Scored> entry(name_scored.data() + first, name_scored.size() - first);
    names.push_back(CachedName{key, arabic_script, static_cast<uint32_t>(first),
                               static_cast<uint32_t>(entry.size())});
    // A renowned town across the border outweighs a hamlet of the same name
    // in the document's country: Medina is the Saudi city, not an Iraqi
    // village, unless the text says otherwise.
    bool renowned_abroad = false;
    for (const Scored& s : entry) {
      const PlaceCore& p = s.place;
      if (context_bonus(p) == 0 && p.kind == PlaceKind::kPopulated && p.fame >= 15 &&
          p.population >= 20000) {
        renowned_abroad = true;
      }
    }
    if (renowned_abroad) {
      for (Scored& s : entry) {
        const PlaceCore& p = s.place;
        if (context_bonus(p) > 0 && p.kind == PlaceKind::kPopulated && p.population < 2000 &&
            p.fame < 8 && p.feature_code().substr(0, 4) != "PPLA" && p.feature_code() != "PPLC") {
          s.prior -= 3;
        }
      }
    }
    return static_cast<uint32_t>(names.size() - 1);
  };

  // Names that cannot be places here whatever they refer to are not
  // looked up: a person's name or an English word without a locative cue.
  // The postings and records of the others are spread over the file:
  // request the postings of all of them, then, as they arrive, the first
  // records of each, so that the waits of all names overlap.
  for (size_t i = 0; i < n; ++i) {
    const PlaceMention& m = ms[i];
    const PlaceCue list_cue = m.list_previous >= 0 && static_cast<size_t>(m.list_previous) < n
                                  ? ms[m.list_previous].cue
                                  : PlaceCue::kNone;
    const bool placed = m.container >= 0 || m.qualifier != PlaceQualifier::kNone;
    work[i].looked_up =
        !((m.name_part || m.common_word) && !StrongCue(m.cue) && !StrongCue(list_cue) && !placed) &&
        !m.part_of_longer_name;
    if (work[i].looked_up) gazetteer_.PrefetchPostings(m.key);
  }
  for (size_t i = 0; i < n; ++i) {
    if (!work[i].looked_up) continue;
    const std::span<const geo_format::Posting> postings = gazetteer_.Postings(ms[i].key);
    for (size_t k = 0; k < postings.size() && k < kTopCandidates; ++k) {
      gazetteer_.PrefetchPlace(postings[k].record);
    }
  }

  // The countries the text puts places in by a nationality word.
  std::pmr::vector<int> stated(n, -1, &arena);
  for (size_t i = 0; i < n; ++i) {
    if (!ms[i].stated_country.empty()) stated[i] = gazetteer_.CountryNumber(ms[i].stated_country);
  }

  // ---- Pass 1: priors (kind, size, name, qualifier, context) ----
  for (size_t i = 0; i < n; ++i) {
    const PlaceMention& m = ms[i];
    Work& w = work[i];
    w.cue = m.cue;
    if (!w.looked_up) continue;
    // A name met again in the document reuses the candidates and priors
    // of its first mention (the part that depends on the name only).
    w.name = base_candidates(m.key, m.arabic_script);
    const std::span<const Scored> base = name_candidates(w.name);
    w.first = static_cast<uint32_t>(scored.size());
    w.count = static_cast<uint32_t>(base.size());
    for (const Scored& b : base) {
      Scored s = b;
      const PlaceCore& p = s.place;
      double prior = s.prior;
      const bool populated = p.kind == PlaceKind::kPopulated;
      switch (m.qualifier) {
        case PlaceQualifier::kProvince:
          prior += p.kind == PlaceKind::kAdmin1 ? 6 : p.kind == PlaceKind::kRegion ? 4 : -3;
          break;
        case PlaceQualifier::kCity:
          prior += populated                                                       ? 3
                   : p.kind == PlaceKind::kAdmin1 || p.kind == PlaceKind::kCountry ? -4
                                                                                   : -2;
          break;
        case PlaceQualifier::kDistrict:
          prior += populated                      ? (p.feature_code() == "PPLX" ? 2 : 1)
                   : p.kind == PlaceKind::kRegion ? 1
                                                  : -3;
          break;
        case PlaceQualifier::kBase:
          prior += p.kind == PlaceKind::kSite ? 6 : -1;
          break;
        case PlaceQualifier::kNone:
          break;
      }
      if (m.part != CompassPart::kWhole) prior += IsArea(p) ? 3 : -1;
      if (m.capital_of) prior += (IsArea(p) && gazetteer_.Seat(p.index).valid()) ? 4 : -4;
      if (stated[i] >= 0) prior += p.country == stated[i] ? 6 : -3;
      s.prior = prior;
      s.score = prior;
      scored.push_back(s);
    }
  }
  // An exonym or foreign spelling ("Bethlehem" for Belém) yields to a place
  // that carries the name as its own and is as renowned, or lies in the same
  // country.
  std::pmr::vector<int> own_name_countries(&arena);
  own_name_countries.reserve(options_.max_candidates);
  for (size_t i = 0; i < n; ++i) {
    int own_name_fame = -1;
    bool curated = false;  // an in-house place carries the name: translations are noise
    own_name_countries.clear();
    for (const Scored& s : candidates(i)) {
      const PlaceCore& p = s.place;
      if (s.name_kind != NameKind::kPrimary && s.name_kind != NameKind::kAlias) continue;
      own_name_countries.push_back(p.country);
      if (p.geonameid == 0) curated = true;
      if (IsProminent(p) || p.population >= 5000 || p.fame >= 10) {
        own_name_fame =
            std::max<int>(own_name_fame, IsArea(p) || p.kind == PlaceKind::kSite ? 255 : p.fame);
      }
    }
    for (Scored& s : candidates(i)) {
      const bool foreign = s.name_kind == NameKind::kAlternate ||
                           (s.name_kind == NameKind::kArabic && !ms[i].arabic_script);
      if (!foreign) continue;
      const int country = s.place.country;
      if (curated) {
        s.prior -= 6;  // "White House" is not Casablanca
        s.score = s.prior;
      } else if (own_name_fame >= s.place.fame ||
                 std::find(own_name_countries.begin(), own_name_countries.end(), country) !=
                     own_name_countries.end()) {
        s.prior -= 2;
        s.score = s.prior;
      }
    }
  }
  auto pick = [&](size_t i) {
    Work& w = work[i];
    w.best = -1;
    double best = -1e9, second = -1e9;
    const Scored* c0 = scored.data() + w.first;
    for (size_t c = 0; c < w.count; ++c) {
      const double s = c0[c].score;
      if (s > best) {
        second = best;
        best = s;
        w.best = static_cast<int>(c);
      } else if (s > second) {
        second = s;
      }
    }
    w.margin = w.best < 0 ? 0 : (second < -1e8 ? 10.0 : best - second);
  };
  for (size_t i = 0; i < n; ++i) pick(i);
  auto chosen = [&](size_t i) -> PlaceCore {
    return work[i].best < 0 ? PlaceCore() : candidates(i)[work[i].best].place;
  };

  // ---- Appositions: "Erbil, Iraq" makes Iraq a container of Erbil ----
  for (size_t i = 0; i < n; ++i) {
    const int32_t prev = ms[i].list_previous;
    if (prev < 0 || static_cast<size_t>(prev) >= n || work[prev].best < 0) continue;
    double best_containment = 0;
    int best_candidate = -1;
    const std::span<Scored> outers = candidates(i);
    for (size_t c = 0; c < outers.size(); ++c) {
      const PlaceCore& outer = outers[c].place;
      if (!IsArea(outer) || outer.kind == PlaceKind::kWater) continue;
      for (const Scored& inner : candidates(prev)) {
        if (inner.place.index == outer.index) continue;
        if (ContainmentScore(gazetteer_, inner.place, outer) >= 6 &&
            outers[c].prior > best_containment) {
          best_containment = outers[c].prior;
          best_candidate = static_cast<int>(c);
        }
      }
    }
    if (best_candidate >= 0 && ms[prev].container < 0) {
      ms[prev].container = static_cast<int32_t>(i);
      ms[i].role = MentionRole::kContainer;
      ms[i].list_previous = -1;
      outers[best_candidate].score += 3;  // the reading that makes the apposition work
      pick(i);
    } else if ((work[i].cue == PlaceCue::kNone || work[i].cue == PlaceCue::kOf) &&
               !ms[i].subject_of_verb) {
      // "in Erbil, Duhok and Sulaymaniyah"; not "in eastern Afghanistan,
      // the Pentagon said", whose last name is no place of the list.
      work[i].cue = work[prev].cue;
    }
  }

  // ---- Pass 2: hierarchy in the text, then coherence with the document ----
  struct Anchor {
    double lat, lon, cos_lat;
    int country;
    bool area;
    uint32_t key, index;
    bool operator==(const Anchor&) const = default;
  };
  std::pmr::vector<Anchor> anchors(&arena), previous_anchors(&arena);
  anchors.reserve(std::min(n, kMaxAnchors));
  previous_anchors.reserve(std::min(n, kMaxAnchors));
  // A candidate's best support over the anchors depends on its place and
  // its name's key only: worked out once per round for each candidate of
  // each name (-1 until then), whichever mention of the name asks first.
  std::pmr::vector<double> name_support(&arena);
  bool changed = true;  // some choice changed in the last round
  for (int round = 0; round < 2; ++round) {
    previous_anchors.swap(anchors);
    anchors.clear();
    size_t confident = 0;  // the first kMaxAnchors confident mentions are anchors
    for (size_t i = 0; i < n && confident < kMaxAnchors; ++i) {
      if (work[i].best >= 0 && work[i].margin >= 2 && ms[i].role != MentionRole::kModifier &&
          !ms[i].common_word && !ms[i].name_part) {
        ++confident;
        const PlaceCore p = chosen(i);
        // A name met again with the same place gives no other support (a
        // candidate takes its best support over the anchors).
        const bool again = std::any_of(anchors.begin(), anchors.end(), [&](const Anchor& a) {
          return a.key == ms[i].key && a.index == p.index;
        });
        if (again) continue;
        anchors.push_back({p.lat, p.lon, std::cos(p.lat * kRadians), p.country,
                           IsArea(p) && p.kind != PlaceKind::kWater, ms[i].key, p.index});
      }
    }
    // The same anchors and choices again would give the same scores.
    if (round > 0 && !changed && anchors == previous_anchors) break;
    changed = false;
    name_support.assign(name_scored.size(), -1.0);
    for (size_t i = 0; i < n; ++i) {
      const PlaceMention& m = ms[i];
      if (work[i].count < 2) continue;
      const PlaceCore container = m.container >= 0 && static_cast<size_t>(m.container) < n
                                      ? chosen(m.container)
                                      : PlaceCore();
      double best_base = -1e9;
      for (Scored& s : candidates(i)) {
        s.score = s.prior;
        if (container.valid()) {
          s.score += m.near_anchor ? NearScore(s.place, container)
                                   : ContainmentScore(gazetteer_, s.place, container);
        }
        best_base = std::max(best_base, s.score);
      }
      const std::span<Scored> here = candidates(i);
      for (size_t c = 0; c < here.size(); ++c) {
        Scored& s = here[c];
        if (s.score < best_base - 3 || anchors.empty()) continue;  // support adds at most 3
        const double score = s.score;
        double& known_support = name_support[names[work[i].name].first + c];
        if (known_support >= 0) {
          s.score = score + known_support;
          continue;
        }
        // Coherence: near the document's confident places, or in their countries.
        const int country = s.place.country;
        const bool area = IsArea(s.place);
        double best_support = 0;
        for (const Anchor& a : anchors) {
          if (a.key == m.key || a.index == s.place.index) continue;
          double support = 0;
          if (a.area || area) {
            if (country >= 0 && country == a.country) support = 1.5;
          } else {
            const double dlat = s.place.lat - a.lat, dlon = (s.place.lon - a.lon) * a.cos_lat;
            const double d2 = dlat * dlat + dlon * dlon;  // within 50, 200, 600 km?
            support = d2 <= within_km2_[0]   ? 3
                      : d2 <= within_km2_[1] ? 2
                      : d2 <= within_km2_[2] ? 1
                                             : 0;
          }
          if (support > best_support) {
            best_support = support;
            if (best_support >= 3) break;  // the most an anchor gives
          }
        }
        known_support = best_support;
        s.score = score + best_support;
      }
      const int before = work[i].best;
      pick(i);
      if (work[i].best != before) changed = true;
    }
  }

  // Names the document uses as a person's surname ("spokesman Jonathan
  // Hoffman"): alone later ("Hoffman said") they are still the person.
  std::pmr::vector<uint32_t> surnames(&arena);
  for (const PlaceMention& m : ms) {
    if (m.name_part && !m.part_of_longer_name && !StrongCue(m.cue)) surnames.push_back(m.key);
  }

  // Names the text puts in a country none of their places lies in ("the
  // northern Mozambican town of Palma", "Palma in Mozambique" when the
  // gazetteer knows only Palma de Mallorca), or inside a town none of them
  // is near ("Honiara's Chinatown"): a place it does not know, in that
  // country or town (`within`), here and wherever the document names it
  // again.
  struct Unknown {
    uint32_t key;
    Place within;
  };
  std::pmr::vector<Unknown> unknown_there(&arena);
  for (size_t i = 0; i < n; ++i) {
    const PlaceMention& m = ms[i];
    if (work[i].best < 0) continue;
    int country = stated[i];
    Place where;
    if (country >= 0) where = gazetteer_.Country(m.stated_country);
    if (country < 0 && m.container >= 0 && static_cast<size_t>(m.container) < n && !m.near_anchor) {
      const PlaceCore outer = chosen(m.container);
      if (outer.valid() && outer.kind == PlaceKind::kCountry &&
          outer.country != chosen(i).country) {
        // "Goma in eastern Congo": a country of the container's name that
        // holds the place is the one meant (the Democratic Republic, not
        // the Republic of the Congo).
        const std::span<Scored> names = candidates(static_cast<size_t>(m.container));
        for (size_t c = 0; c < names.size(); ++c) {
          if (names[c].place.kind == PlaceKind::kCountry &&
              names[c].place.country == chosen(i).country) {
            work[static_cast<size_t>(m.container)].best = static_cast<int>(c);
            break;
          }
        }
      }
      const PlaceCore now = chosen(m.container);
      if (now.valid() && now.kind == PlaceKind::kCountry) {
        country = now.country;
        where = gazetteer_.place(now.index);
      }
    }
    if (country >= 0 && chosen(i).kind != PlaceKind::kCountry && chosen(i).country != country) {
      unknown_there.push_back(Unknown{m.key, where});
      continue;
    }
    // "in Honiara's Chinatown": a part of a town that possesses it, known
    // to the gazetteer only far from the town, is a place it does not know
    // there; the town holds it. (Not "Bakhmut in Donetsk province": a
    // container named after, as a town or its province.)
    if (m.container >= 0 && static_cast<size_t>(m.container) < i && !m.near_anchor) {
      const PlaceCore outer = chosen(m.container);
      const PlaceCore inner = chosen(i);
      if (outer.valid() && outer.kind == PlaceKind::kPopulated &&
          inner.kind == PlaceKind::kPopulated &&
          DistanceKm(inner.lat, inner.lon, outer.lat, outer.lon) >= 40) {
        unknown_there.push_back(Unknown{m.key, gazetteer_.place(outer.index)});
      }
    }
  }

  // The country of the report's dateline, if it names a place.
  int dateline_country = -1;
  for (size_t i = 0; i < n; ++i) {
    if (work[i].cue == PlaceCue::kDateline && work[i].best >= 0) {
      dateline_country = candidates(i)[work[i].best].place.country;
      break;
    }
  }
  // ---- Acceptance, metonymy, output ----
  // A place named again the same way gets the same location: made once.
  struct MadePlace {
    uint32_t index;
    bool capital_of;
    bool near_cue;  // kNear or kDirectional (MakeLocation's geo_precision 2)
    CompassPart part;
    CompassPart offset_direction;
    float offset_km;
    size_t result;  // the entry of `out` that holds the place and location
  };
  std::pmr::vector<MadePlace> made(&arena);
  for (size_t i = 0; i < n; ++i) {
    const PlaceMention& m = ms[i];
    ResolvedPlace& r = out.emplace_back(m);
    const Work& w = work[i];
    if (w.best < 0) continue;
    const Scored& best = candidates(i)[w.best];
    const PlaceCore& p = best.place;
    r.score = best.score;
    r.margin = w.margin;
    const bool in_context = context_bonus(p) > 0;
    const bool supported = best.score - best.prior >= 2;  // hierarchy or nearby places
    const bool strong = StrongCue(w.cue) || m.container >= 0 ||
                        m.qualifier != PlaceQualifier::kNone || m.capital_of ||
                        m.part != CompassPart::kWhole;
    bool accept = true;
    const auto unknown = std::find_if(unknown_there.begin(), unknown_there.end(),
                                      [&](const Unknown& u) { return u.key == m.key; });
    if (unknown != unknown_there.end()) {
      r.accepted = unknown->within.valid();
      if (r.accepted) {
        r.place = unknown->within;
        PlaceMention shown = m;
        shown.part = CompassPart::kWhole;
        shown.offset_km = 0;
        r.location = MakeLocation(gazetteer_, unknown->within, shown, w.cue);
      }
      continue;
    }
    // "the death of Mahsa Amini ... Saqqez, Amini's home town": a surname
    // the document gave a person, before "'s", is that person's; so is one
    // a verb of capture takes ("captured Ovidio Guzman ... troops seized
    // Guzman before dawn").
    const bool surname = std::find(surnames.begin(), surnames.end(), m.key) != surnames.end();
    if (surname && (m.role == MentionRole::kActor || m.cue_is_verb) && !IsProminent(p)) {
      accept = false;
    } else if (m.building_after != BuildingName::kNone && !in_context && !supported &&
               (m.building_after == BuildingName::kLonger || !IsProminent(p))) {
      // "outside the Rabaa al-Adawiya mosque" in Cairo: not Morocco's Rabat.
      accept = false;
    } else if (best.name_kind == NameKind::kAlternate && !in_context && !supported &&
               !IsProminent(p) && p.population < 100000 && dateline_country >= 0 &&
               p.country != dateline_country) {
      // "near the village of Banjska" in a report from Kosovo: a minor town
      // of a country the report does not name, known by that spelling only
      // as another language's name (Bulgaria's Bansko), is a place the
      // gazetteer does not know.
      accept = false;
    } else if (m.qualifier == PlaceQualifier::kCity && !in_context && !supported &&
               !IsProminent(p) && p.kind == PlaceKind::kPopulated && p.population < 20000 &&
               dateline_country >= 0 && p.country != dateline_country) {
      // "the central town of Moura" in a report from Mali: a small town of a
      // country the report does not name (Portugal's Moura) is a place the
      // gazetteer does not know.
      accept = false;
    } else if (m.landform_after && !in_context && p.kind == PlaceKind::kPopulated) {
      // "near Farsi Island in the Gulf": not the Afghan village Farsi.
      accept = false;
    } else if (m.qualifier == PlaceQualifier::kDistrict && !in_context && !supported &&
               !IsProminent(p) && w.cue != PlaceCue::kDateline) {
      // "the Madina district" in a report on Mogadishu: a part of a town
      // lies where the report is, not in a far country's town of that name.
      accept = false;
    } else if (m.name_part) {
      accept = StrongCue(w.cue) && m.role != MentionRole::kActor && !m.part_of_longer_name;
    } else if (m.common_word) {
      const bool placed = m.container >= 0 || m.qualifier != PlaceQualifier::kNone;
      accept = (StrongCue(w.cue) || placed) &&
               (in_context || supported || IsArea(p) || p.population >= 100000 || p.fame >= 15);
    } else if (m.english_word && !strong &&
               (m.sentence_initial ||
                (best.name_kind != NameKind::kPrimary && best.name_kind != NameKind::kAlias))) {
      // "Most of ...", "Central ...": an English word, capitalised by position
      // or matching only another language's name for a place.
      accept = false;
    } else if (m.role == MentionRole::kModifier) {
      accept = IsProminent(p) && (in_context || supported || p.kind == PlaceKind::kCountry ||
                                  p.feature_code() == "PPLC");
    } else if (!strong && !IsProminent(p)) {
      // A bare name of a minor town: only with a reason. "Martin said" is a
      // person; a foreign spelling of a far town is more likely a word.
      const bool own_name = best.name_kind == NameKind::kPrimary ||
                            best.name_kind == NameKind::kAlias ||
                            (best.name_kind == NameKind::kArabic && m.arabic_script);
      if (std::find(surnames.begin(), surnames.end(), m.key) != surnames.end()) {
        accept = false;
      } else if (m.subject_of_verb) {
        accept = in_context || supported;
      } else {
        accept = in_context || supported || (own_name && p.population >= 50000) ||
                 (own_name && w.cue != PlaceCue::kNone && p.population >= 20000);
      }
    } else if (!IsProminent(p) && !in_context && !supported) {
      // A cued minor town far from everything else: only under its own name
      // as spelled ("Amenas" is not the Swedish Ammenäs, though their keys
      // meet) or a renowned one's exonym ("Palmyra" for Tadmur).
      const bool own_name = (best.name_kind == NameKind::kPrimary &&
                             SameSpelling(m.text, gazetteer_.place(p.index).name)) ||
                            best.name_kind == NameKind::kAlias ||
                            (best.name_kind == NameKind::kArabic && m.arabic_script);
      accept = w.cue == PlaceCue::kDateline ||  // a dateline names a real place
               ((own_name || p.fame >= 15) && (p.population >= 1000 || StrongCue(w.cue)));
    }
    r.accepted = accept;
    if (!accept) continue;
    const bool actor_kind =
        p.kind == PlaceKind::kCountry || p.feature_code() == "PPLC" || p.feature_code() == "GOVL";
    if ((m.role == MentionRole::kActor || m.subject_of_verb) && w.cue == PlaceCue::kNone &&
        actor_kind) {
      r.is_actor = true;
    } else if (m.role == MentionRole::kActor) {
      r.mention.role = MentionRole::kPlace;  // "Mosul's residents": still a place
    }
    const MadePlace key{p.index,
                        m.capital_of,
                        w.cue == PlaceCue::kNear || w.cue == PlaceCue::kDirectional,
                        m.capital_of ? CompassPart::kWhole : m.part,
                        m.offset_direction,
                        m.offset_km,
                        i};
    const auto same = std::find_if(made.begin(), made.end(), [&](const MadePlace& e) {
      return e.index == key.index && e.capital_of == key.capital_of && e.near_cue == key.near_cue &&
             e.part == key.part && e.offset_direction == key.offset_direction &&
             e.offset_km == key.offset_km;
    });
    if (same != made.end()) {
      r.place = out[same->result].place;
      r.location = out[same->result].location;
      continue;
    }
    made.push_back(key);
    Place place = gazetteer_.place(p.index);
    if (m.capital_of) {
      const Place seat = gazetteer_.Seat(p.index);
      if (seat.valid()) place = seat;
    }
    r.place = place;
    PlaceMention shown = m;
    if (m.capital_of) shown.part = CompassPart::kWhole;
    r.location = MakeLocation(gazetteer_, place, shown, w.cue);
  }
  return out;
}

}  // namespace casus
