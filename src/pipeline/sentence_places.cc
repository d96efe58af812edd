#include "pipeline/sentence_places.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "assemble/event_sides.h"
#include "base/distance.h"
#include "base/word_lists.h"
#include "base/word_set.h"
#include "code/coding_words.h"
#include "nlp/reading_words.h"

namespace casus {

bool DescribesSomeone(std::span<const Token> tokens, const Sentence& sentence, uint32_t first) {
  uint32_t at = sentence.first_token + first;
  if (first > 2 && reading::WordIs(tokens[at - 1], "the")) --at;
  if (at > sentence.first_token + 2 &&
      reading::WordIsAny(tokens[at - 1].text, "neighbouring neighboring nearby")) {
    --at;
  }
  if (at < sentence.first_token + 2) return false;
  // "French special forces flown in from neighbouring Mali": where those
  // brought to the scene came from.
  if (reading::WordIs(tokens[at - 1], "from")) {
    const uint32_t verb =
        reading::WordIs(tokens[at - 2], "in") && at >= sentence.first_token + 3 ? at - 3 : at - 2;
    if (reading::WordIsAny(tokens[verb].text,
                           "flown sent brought deployed dispatched airlifted shipped drafted "
                           "rushed redeployed transferred")) {
      return true;
    }
  }
  if (reading::WordIs(tokens[at - 1], "to")) {
    return reading::WordIsAny(tokens[at - 2].text,
                              "ambassador ambassadors envoy envoys emissary consul");
  }
  // "one of them an officer from the United Arab Emirates": where a person
  // comes from.
  if (reading::WordIs(tokens[at - 1], "from")) {
    return reading::WordIsAny(
        tokens[at - 2].text,
        "officer officers soldier soldiers national nationals citizen citizens man men woman "
        "women worker workers contractor contractors volunteer volunteers fighter fighters "
        "tourist tourists pilgrim pilgrims student students migrant migrants refugee refugees");
  }
  if (!reading::WordIs(tokens[at - 1], "in")) return false;
  if (reading::WordIsAny(tokens[at - 2].text,
                         "made produced manufactured built based headquartered born raised "
                         "founded registered educated trained published")) {
    return true;
  }
  // "the US-led coalition fighting it in Syria and Iraq", "troops deployed
  // in Niger": where forces are engaged, said of the forces.
  for (uint32_t k = at - 2; k > sentence.first_token && k + 4 > at; --k) {
    if (tokens[k].kind != TokenKind::kWord) return false;
    if (reading::WordIsAny(tokens[k].text, "fighting battling operating deployed stationed")) {
      return reading::WordIsAny(tokens[k - 1].text,
                                "coalition forces troops alliance army armies militia militias "
                                "fighters soldiers units");
    }
  }
  return false;
}

bool IsOnAVoyage(std::span<const Token> tokens, const Sentence& sentence, uint32_t first) {
  const uint32_t at = sentence.first_token + first;
  if (first == 0 || !reading::WordIsAny(tokens[at - 1].text, "from to for")) return false;
  for (uint32_t k = at - 1; k > sentence.first_token && k + 8 > at; --k) {
    const Token& t = tokens[k - 1];
    if (t.kind == TokenKind::kPunct) return false;
    // "boats which were travelling from Kuwait to Bahrain"
    static constexpr WordSet<17> kVoyage{{"sailing", "sailed", "sail", "sails", "voyage", "bound",
                                          "route", "travelling", "traveling", "travelled",
                                          "traveled", "heading", "headed", "flying", "flew",
                                          "transiting", "journey"}};
    if (kVoyage.contains(t.text)) {
      return true;
    }
  }
  return false;
}

void PlaceDeicticTowns(std::span<const Token> tokens, std::span<const Sentence> sentences,
                       std::vector<PlaceMention>& places) {
  const auto dateline = std::find_if(
      places.begin(), places.end(), [](const PlaceMention& m) { return m.sentence == UINT32_MAX; });
  if (dateline == places.end()) return;
  const PlaceMention town = *dateline;
  const size_t found = places.size();
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    for (uint32_t k = 0; k + 1 < sentence.size(); ++k) {
      if (!reading::WordIs(tokens[sentence.first_token + k], "this")) continue;
      // "this [Caribbean] [port] city": up to two words before the noun.
      uint32_t noun = k + 1;
      while (noun < sentence.size() && noun < k + 4 &&
             !reading::WordIsAny(tokens[sentence.first_token + noun].text, "city town capital")) {
        ++noun;
      }
      if (noun >= sentence.size() || noun >= k + 4) continue;
      if (k == 0 || !reading::WordIsAny(tokens[sentence.first_token + k - 1].text, "in at")) {
        continue;
      }
      for (size_t j = 0; j < found; ++j) {
        PlaceMention& named = places[j];
        if (named.sentence == s && named.first_token > k && named.end_token <= noun) {
          named.role = MentionRole::kModifier;
        }
      }
      PlaceMention again = town;
      again.sentence = s;
      again.first_token = k;
      again.end_token = noun + 1;
      again.start = tokens[sentence.first_token + k].start;
      again.end = tokens[sentence.first_token + noun].end;
      again.cue = PlaceCue::kLocative;
      places.push_back(again);
    }
  }
}

bool IsProtested(std::span<const Token> tokens, const Sentence& sentence, uint32_t first) {
  const uint32_t at = sentence.first_token + first;
  for (uint32_t k = at; k > sentence.first_token + 1 && k + 9 > at; --k) {
    const Token& t = tokens[k - 1];
    if (t.kind == TokenKind::kPunct) return false;
    if (!reading::WordIs(t, "against")) continue;
    // The protest before it in its clause ("protested along the Gaza border
    // on Monday against ...").
    for (uint32_t j = k - 1; j > sentence.first_token && j + 10 > k; --j) {
      const Token& before = tokens[j - 1];
      if (before.kind == TokenKind::kPunct) return false;
      if (reading::WordIsAny(before.text,
                             "protest protested protesting protests demonstrate demonstrated "
                             "demonstrating rally rallied rallying march marched marching")) {
        return true;
      }
    }
    return false;
  }
  return false;
}

std::vector<Location> ListedCountries(std::span<const ResolvedPlace> places, uint32_t sentence,
                                      std::span<const Token> tokens, const Sentence& span) {
  std::vector<const ResolvedPlace*> here;
  for (const ResolvedPlace& r : places) {
    // (A compass part of a country counts: "in northern Iraq and Syria".)
    const bool country_part = r.location.precision == "region" &&
                              r.mention.part != CompassPart::kWhole && r.place.valid() &&
                              r.place.feature_code == "PCLI";
    if (r.mention.sentence == sentence && r.accepted && !r.is_actor &&
        r.mention.role == MentionRole::kPlace &&
        (r.location.precision == "country" || country_part)) {
      here.push_back(&r);
    }
  }
  auto word = [&](uint32_t k) {
    const size_t t = span.first_token + k;
    return t < tokens.size() ? tokens[t].text : std::string_view();
  };
  for (size_t i = 0; i + 1 < here.size(); ++i) {
    uint32_t first = here[i]->mention.first_token;
    if (here[i]->mention.part != CompassPart::kWhole && first > 0 && word(first - 1) != "in") {
      --first;  // "in northern Iraq"
    }
    if (first == 0 || word(first - 1) != "in") continue;
    // "groups operating in Syria and Iraq", "forces based in ...": where
    // someone is, not where an act was done.
    if (first >= 2) {
      const std::string_view before = word(first - 2);
      if (before.ends_with("ing") ||
          IsAny(Lowercase(before), {"based", "active", "deployed", "stationed", "present"})) {
        continue;
      }
    }
    std::vector<Location> listed = {here[i]->location};
    for (size_t j = i + 1; j < here.size(); ++j) {
      const uint32_t gap_begin = here[j - 1]->mention.end_token;
      const uint32_t gap_end = here[j]->mention.first_token;
      bool joined = gap_end > gap_begin && gap_end - gap_begin <= 2;
      for (uint32_t k = gap_begin; k < gap_end && joined; ++k) {
        joined = word(k) == "," || word(k) == "and";
      }
      if (!joined || here[j]->location.country == listed.back().country) break;
      listed.push_back(here[j]->location);
    }
    if (listed.size() >= 2) return listed;
  }
  return {};
}

std::vector<Location> ListedTowns(std::span<const ResolvedPlace> places, uint32_t sentence,
                                  std::span<const Token> tokens, const Sentence& span) {
  if (places.size() < 2) return {};
  std::vector<const ResolvedPlace*> here;
  for (const ResolvedPlace& r : places) {
    if (r.mention.sentence != sentence || !r.accepted || r.is_actor ||
        r.mention.role == MentionRole::kModifier || r.mention.role == MentionRole::kContainer ||
        (r.location.precision != "place" && r.location.precision != "region")) {
      continue;
    }
    here.push_back(&r);
  }
  // "Ain al-Asad air base in Anbar province": a region right after an item,
  // introduced by "in", is the area the item is in, no item of its own.
  std::vector<std::pair<uint32_t, uint32_t>> areas;
  for (size_t i = 1; i < here.size();) {
    const ResolvedPlace& a = *here[i - 1];
    const ResolvedPlace& b = *here[i];
    const size_t t = span.first_token + a.mention.end_token;
    if (b.location.precision == "region" && b.mention.first_token == a.mention.end_token + 1 &&
        t < tokens.size() && tokens[t].text == "in") {
      areas.emplace_back(b.mention.first_token, b.mention.end_token);
      here.erase(here.begin() + static_cast<std::ptrdiff_t>(i));
      continue;
    }
    ++i;
  }
  if (here.size() < 2) return {};
  std::vector<const Location*> best;
  std::vector<const Location*> run;
  // "Ain al-Asad air base in Anbar province and a facility in Erbil": the
  // area an item is in belongs to the item.
  auto in_container = [&](uint32_t k) {
    for (const ResolvedPlace& r : places) {
      if (r.mention.sentence == sentence && r.mention.role == MentionRole::kContainer &&
          r.mention.first_token <= k && k < r.mention.end_token) {
        return true;
      }
    }
    return std::any_of(areas.begin(), areas.end(),
                       [&](const auto& area) { return area.first <= k && k < area.second; });
  };
  auto joined = [&](const ResolvedPlace& a, const ResolvedPlace& b) {
    if (b.mention.first_token < a.mention.end_token) return false;
    // A list separates its items: "the West Bank city of Hebron" is one place.
    bool separated = false;
    uint32_t words = 0;
    for (uint32_t k = a.mention.end_token; k < b.mention.first_token; ++k) {
      if (in_container(k)) continue;
      if (++words > 6) return false;
      const size_t t = span.first_token + k;
      if (t >= tokens.size()) return false;
      const std::string_view w = tokens[t].text;
      static constexpr std::string_view kJoiners[] = {
          ",",        "and",         "the",    "town",  "city",       "of",      "in",
          "near",     "at",          "around", "sites", "site",       "airport", "province",
          "district", "governorate", "oil",    "gas",   "processing", "plant",   "field",
          "facility", "refinery",    "base",   "a",     "an"};
      if (std::find(std::begin(kJoiners), std::end(kJoiners), w) == std::end(kJoiners)) {
        return false;
      }
      separated = separated || w == "," || w == "and";
    }
    return separated;
  };
  auto far_from_all = [&](const Location& l) {
    for (const Location* other : run) {
      if (l.country != other->country) continue;  // border towns: two countries, two events
      if (DistanceKm(l.lat, l.lon, other->lat, other->lon) < 25.0) return false;
    }
    return true;
  };
  for (size_t i = 0; i < here.size(); ++i) {
    if (i == 0 || !joined(*here[i - 1], *here[i])) {
      if (run.size() > best.size()) best = run;
      run.clear();
    }
    if (far_from_all(here[i]->location)) run.push_back(&here[i]->location);
  }
  if (run.size() > best.size()) best = run;
  std::vector<Location> sites;
  if (best.size() >= 2) {
    for (const Location* l : best) sites.push_back(*l);
  }
  return sites;
}

std::vector<Location> ListedSites(std::span<const ResolvedPlace> places, uint32_t sentence,
                                  std::span<const Token> tokens, const Sentence& span) {
  std::vector<Location> towns = ListedTowns(places, sentence, tokens, span);
  return towns.empty() ? ListedCountries(places, sentence, tokens, span) : towns;
}

const ResolvedPlace* FirstPlaceWithin(std::span<const ResolvedPlace> places, uint32_t begin,
                                      uint32_t end) {
  for (const ResolvedPlace& r : places) {
    if (r.accepted && !r.location.country.empty() && r.mention.first_token >= begin &&
        r.mention.end_token <= end) {
      return &r;
    }
  }
  return nullptr;
}

void PlacesAsTargets(std::span<const ResolvedPlace> places, std::vector<EventMention>& events) {
  for (EventMention& m : events) {
    if (m.target || m.place_end == 0) continue;
    const ResolvedPlace* r = FirstPlaceWithin(places, m.place_begin, m.place_end);
    if (r == nullptr) continue;
    if (m.source && m.source->actor.country == r->location.country &&
        !TargetsOwnCountry(m.code.type)) {
      continue;  // "Iran deployed troops in Iran": no party
    }
    ActorSpan place;
    place.begin = r->mention.first_token;
    place.end = r->mention.end_token;
    place.kind = "place";
    place.actor.name = r->location.name;
    place.actor.country = r->location.country;
    place.actor.cameo = r->location.country;
    place.actor.text = std::string(r->mention.text);
    m.target = std::move(place);
  }
}

void CountriesOfPlaceModifiers(std::span<const ResolvedPlace> places,
                               std::vector<EventMention>& events) {
  auto place_before = [&](const ActorSpan& span) -> const ResolvedPlace* {
    for (const ResolvedPlace& r : places) {
      if (r.accepted && !r.location.country.empty() && r.mention.end_token == span.begin) {
        return &r;
      }
    }
    return nullptr;
  };
  auto locate = [&](std::optional<ActorSpan>& side, uint32_t begin, uint32_t end) {
    if (!side || side->kind != "agent" || !side->actor.country.empty()) return;
    const ResolvedPlace* r = place_before(*side);
    // "refugees fleeing the civil war in Liberia": a place in its phrase.
    if (r == nullptr && end > begin) r = FirstPlaceWithin(places, begin, end);
    if (r == nullptr) return;
    side->actor.country = r->location.country;
    side->actor.cameo = r->location.country + side->actor.sector;
  };
  for (EventMention& m : events) {
    locate(m.source, m.source_place_begin, m.source_place_end);
    locate(m.target, m.target_place_begin, m.target_place_end);
  }
}

bool IsDoerOfAnEvent(const ActorSpan& actor, const std::vector<EventMention>& events,
                     std::span<const ActorSpan> actors, std::span<const Token> words) {
  return std::any_of(events.begin(), events.end(), [&](const EventMention& m) {
    if (!m.source) return false;
    uint32_t end = m.source->end;
    if (m.source->begin == actor.begin && end == actor.end) return true;
    // Along the list the doer opens: names joined by commas and "and".
    for (const ActorSpan& next : actors) {
      if (next.begin < end || next.kind == "anaphor") continue;
      bool joined = next.begin > end && next.begin <= end + 2;
      for (uint32_t k = end; joined && k < next.begin; ++k) {
        joined = reading::WordIsAny(words[k].text, ", and");
      }
      if (!joined) return false;
      if (next.begin == actor.begin && next.end == actor.end) return true;
      end = next.end;
    }
    return false;
  });
}

bool IsPartyToAnEvent(const ActorSpan& actor, const std::vector<EventMention>& events,
                      bool statements_only) {
  auto same = [&](const std::optional<ActorSpan>& party) {
    return party && party->begin == actor.begin && party->end == actor.end;
  };
  return std::any_of(events.begin(), events.end(), [&](const EventMention& m) {
    return (!statements_only || sides::IsStatementType(m.code.type)) &&
           (same(m.source) || same(m.target));
  });
}

}  // namespace casus
