// casus — where an assembled act happened (the place a sentence telling of
// it names; each site when its sentences list several), whether a sentence
// places an attack in another country than the act's, what toll each site
// takes, which sentences' tolls are of no act being assembled, and which
// country a report is about. Internal to src/assemble.
//
// Pure functions of their arguments; thread-safe.
#ifndef CASUS_ASSEMBLE_SITES_H_
#define CASUS_ASSEMBLE_SITES_H_

#include <optional>
#include <string>
#include <vector>

#include "assemble/document_assembler.h"
#include "assemble/draft.h"

namespace casus {

// The sites the act of `draft` is told to have hit, one event each: the
// first list of towns or areas its sentences name; or of countries ("struck
// targets in Iraq and Syria"), each giving way to the first town of its own
// its sentences name ("strikes near al-Qaim ... around Mayadin"). Empty
// when no sentence lists two or more.
std::vector<Location> SitesOf(const Draft& draft, const std::vector<SentenceFacts>& sentences);

struct Toll {
  std::optional<int> killed;
  std::optional<int> injured;
};

// The toll the sentences of `draft` placed only in `country` tell, when the
// `sites` are in several countries and some sentence tells one there ("16
// killed near al-Qaim" in Iraq, "18 killed around Mayadin" in Syria).
std::optional<Toll> TollIn(const Draft& draft, const std::string& country,
                           const std::vector<Location>& sites,
                           const std::vector<SentenceFacts>& sentences);

// Where the act of `draft` happened as its sentences (`in_order`, sorted)
// tell: the first place of one telling of the act, before one only naming
// it again ("In Moscow, the Kremlin called the US strike an aggression");
// nullopt when none names a place.
std::optional<Location> FirstPlaceTold(const Draft& draft, const std::vector<uint32_t>& in_order,
                                       const std::vector<SentenceFacts>& sentences);

// Whether `facts` places what it tells (its first place, a town or area,
// not a country alone) in a country none of the places or sites of
// `draft`'s sentences is in, when they name any.
bool PlacedInAnotherCountry(const Draft& draft, const SentenceFacts& facts,
                            const std::vector<SentenceFacts>& sentences);

// Whether `facts` places what it tells (its first town or site) farther
// than `km` from every town or site of `draft`'s sentences, when they name
// any ("six soldiers were killed ... near Lice" after a car bombing in
// Ankara).
bool PlacedFarAway(const Draft& draft, const SentenceFacts& facts,
                   const std::vector<SentenceFacts>& sentences, double km);

// Whether the toll of a sentence is an earlier act's, told as the time of
// another ("It was the second attack in a week, after a barrage on Erbil
// killed a contractor").
bool CountsOfAnEarlierEvent(const SentenceFacts& facts);

// The country of the first place told of an attack in `drafts` that
// `blamed` is blamed for, or "".
std::string CountryOfAttackBlamedOn(const ActorSpan& blamed, const std::vector<Draft>& drafts,
                                    const std::vector<SentenceFacts>& sentences);

// The country a report is about: its dateline's, unless the report never
// names that country ("DUBAI — Iran's Revolutionary Guards ...": a hub);
// else the one its actors and places name most often (the first of
// equals); "" when none.
std::string ReportCountry(const std::vector<SentenceFacts>& sentences,
                          const std::optional<Location>& dateline);

}  // namespace casus

#endif  // CASUS_ASSEMBLE_SITES_H_
