// casus — the pipeline's rules on the places of one sentence: places that
// describe someone or end a voyage rather than say where something
// happened, the sites of an act named in one list, the place standing for
// an unnamed target, the countries of generic actors named after places.
// Stateless functions over one sentence's tokens, places and events.
#ifndef CASUS_PIPELINE_SENTENCE_PLACES_H_
#define CASUS_PIPELINE_SENTENCE_PLACES_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "code/sentence_coder.h"
#include "geo/place_resolver.h"
#include "nlp/pos_tag.h"

namespace casus {

// "an amateur film made in the United States", "a militia based in
// Benghazi", "a businessman born in Aleppo": a place after a participle of
// making or origin describes a thing or a person; "the US ambassador to
// Libya" says where an envoy is sent. Neither is where anything told
// happened. `first` is the place's first token in its sentence.
bool DescribesSomeone(std::span<const Token> tokens, const Sentence& sentence, uint32_t first);

// "was struck ... while sailing from Dar es Salaam to Fujairah", "a tanker
// bound for Rotterdam", "en route from Basra": the ends of a voyage are not
// where what happened on it happened. `first` is the place's first token
// in its sentence.
bool IsOnAVoyage(std::span<const Token> tokens, const Sentence& sentence, uint32_t first);

// True when the place at token `first` of `sentence` is in what a protest
// is against ("protested against the opening of the US embassy in
// Jerusalem"): what is protested, not where.
bool IsProtested(std::span<const Token> tokens, const Sentence& sentence, uint32_t first);

// "in a ceremony in this Caribbean city", "in this port town": the
// dateline's town, named again. Adds a copy of the dateline's place
// mention (the first with sentence UINT32_MAX, if any) for each such
// phrase, spanning it, and makes a name describing the town there ("this
// Caribbean city") a modifier, not a place.
void PlaceDeicticTowns(std::span<const Token> tokens, std::span<const Sentence> sentences,
                       std::vector<PlaceMention>& places);

// Countries named as one list after "in" ("struck five facilities in Iraq
// and Syria"): each is a site of its own, as ACLED codes acts in two
// countries. Not countries joined otherwise ("near the borders with Turkey
// and Iran" is one place).
std::vector<Location> ListedCountries(std::span<const ResolvedPlace> places, uint32_t sentence,
                                      std::span<const Token> tokens, const Sentence& span);

// Towns, sites and provinces of one sentence named in one list ("in Sanaa,
// Hodeidah and Saada", "near al-Qaim and Abu Kamal", "at Hodeidah airport and
// at sites in Saada province"): two or more places, joined only by commas,
// "and" and words like "the town of", at least 25 km apart or in two countries.
std::vector<Location> ListedTowns(std::span<const ResolvedPlace> places, uint32_t sentence,
                                  std::span<const Token> tokens, const Sentence& span);

// The sites of one act listed in a sentence: towns and areas, else
// countries.
std::vector<Location> ListedSites(std::span<const ResolvedPlace> places, uint32_t sentence,
                                  std::span<const Token> tokens, const Sentence& span);

// The first accepted place of a country named within tokens [begin, end).
const ResolvedPlace* FirstPlaceWithin(std::span<const ResolvedPlace> places, uint32_t begin,
                                      uint32_t end);

// With no party named, the place an act is done in is its target
// ("lifted the curfew in Abidjan" → Côte d'Ivoire), as PLOVER codes it.
void PlacesAsTargets(std::span<const ResolvedPlace> places, std::vector<EventMention>& events);

// "Darfur rebels", "Kirkuk residents": a generic actor named after a place
// belongs to that place's country, and so does one placed by a phrase of
// its own ("a missionary from Calgary").
void CountriesOfPlaceModifiers(std::span<const ResolvedPlace> places,
                               std::vector<EventMention>& events);

// Whether `actor` (these very words) is the source or target of one of
// `events`.
// True when `actor` (its span) is the doer of one of `events`, or listed
// with it ("The United States, Britain and France struck Syrian targets":
// they do, the strike is not in Britain). `actors` are the sentence's spans
// in order, `words` its tokens.
bool IsDoerOfAnEvent(const ActorSpan& actor, const std::vector<EventMention>& events,
                     std::span<const ActorSpan> actors, std::span<const Token> words);
bool IsPartyToAnEvent(const ActorSpan& actor, const std::vector<EventMention>& events,
                      bool statements_only = false);

}  // namespace casus

#endif  // CASUS_PIPELINE_SENTENCE_PLACES_H_
