// Word lists and small word tests the sentence coder reads phrases with:
// which nouns name facilities, members, places, aid, proposals; which verbs
// back or front for others. Pure functions of their arguments.
#ifndef CASUS_CODE_CODING_WORDS_H_
#define CASUS_CODE_CODING_WORDS_H_

#include <initializer_list>
#include <string>
#include <string_view>

#include "base/word_lists.h"
#include "code/sentence_coder.h"

namespace casus::coding {

// Nouns naming places that belong to someone: the target of an attack on
// "a base hosting US troops" is the troops.
bool IsFacilityNoun(std::string_view lemma);

// Heads through which an NP stands for its "of" complement: "the leader of
// Hezbollah", "fighters of the group".
bool IsMemberNoun(std::string_view lemma);
// "chief", "commander", "minister": one who leads (an army chief going to
// Kabul visits; troops going there mobilise).
bool IsLeaderNoun(std::string_view lemma);
// "warplane", "helicopter", "airliner": aircraft with a crew (not drones).
bool IsMannedAircraftNoun(std::string_view lemma);
// "jets", "warplanes", "drones", "warships", "tanks": the machines a force
// fights with, whose owner acts through them ("its jets struck").
bool IsWarMachineNoun(std::string_view lemma);
// "supporter", "loyalist", "follower": those who stand behind a leader.
bool IsSupporterNoun(std::string_view lemma);

// Nouns naming a place of no party of its own: an attack on "a village in
// Western Cambodia" or "targets in Jericho" is on the place.
bool IsPlaceNoun(std::string_view lemma);

// "today", "yesterday" and the names of the weekdays: the day words that may
// stand between a noun and its "that" clause ("its demand today that").
bool IsDayWord(std::string_view lemma);
// Sectors of a state's organs (government, armed forces, police,
// intelligence), and of its forces alone.
bool IsStateSector(std::string_view sector);
bool IsStateForceSector(std::string_view sector);

// Nouns for help given, after which "for" names who receives it: "aid for
// Romania and Poland", "a military aid program for Bosnia".
bool IsAidNoun(std::string_view lemma);

// Vessels, aircraft and vehicles: what is seized when taken ("captured a
// cargo ship").
bool IsCraftNoun(std::string_view lemma);

// Nouns naming what one side says of another's guilt: rejecting "the
// accusation" or "any involvement" answers whoever made it.
bool IsAccusationNoun(std::string_view lemma);
// Nouns for an act of violence told before, whatever it was ("the
// incident", "this act").
bool IsIncidentNoun(std::string_view lemma);
// Words that say a statement is false ("baseless", "untrue", "lies").
bool IsFalsehoodWord(std::string_view lemma);
// "the decision", "the move", "the expulsions": words for an act told
// before, whatever it was (EventMention::about "ACT").
bool IsActAnaphorNoun(std::string_view lemma);

// Words condemning an act or a party when it is called by them: "a
// violation", "a crime", "terrorist", "heinous", "a criminal regime".
bool IsDenunciationWord(std::string_view lemma);

// Words that condemn what a speaker calls by them, though they may describe
// an act neutrally elsewhere: "called the decision hasty", "called the
// arrest a very dangerous development", "called the statement repugnant".
bool IsPredicativeDenunciationWord(std::string_view lemma);

// Words of a reprisal a threat holds out: "revenge", "consequences",
// "respond", "retaliate".
bool IsReprisalWord(std::string_view lemma);

// Heads naming what belongs to a party, which stands for it as a target:
// "the welfare of nearly 2,000 Libyans", "the rights of Palestinians".
bool IsBelongingNoun(std::string_view lemma);

// A country, or its capital standing for it: a place that is also a party.
bool IsCountryOrCapital(const ActorSpan& span);

// `span` as an actor of `country`, its CAMEO code the country's with its
// sector.
ActorSpan InCountry(ActorSpan span, const std::string& country);

// The body a spokesperson speaks for, in the span of the person ("Houthi
// military spokesman Yahya Saree" → the Houthis); anyone else as given.
ActorSpan SpokenFor(ActorSpan span);

// Prepositions of the place an act is done in, to or from.
bool IsPlacePreposition(std::string_view lemma);

// Nouns naming something proposed or demanded: what follows them ("a call
// for talks", "a plan for a ceasefire") has not happened.
bool IsProposalNoun(std::string_view lemma);

// Definite descriptions that refer back to a group ("the group", "the militia").
bool IsGroupAnaphor(std::string_view lemma);

// A state's organ (GOV, MIL, COP, SPY) naming an outlaw group (REB, CRM,
// UAF) as the doer of an act accuses it, though both are of one country
// ("Mexico City's police chief said his convoy had been attacked by the
// Jalisco New Generation Cartel").
bool IsStateAgainstOutlaws(std::string_view by_sector, std::string_view doer_sector);

// The title of one who heads a body: "leader", "chief", "commander",
// "head", "chairman", "co-leader", "co-chair".
bool IsLeaderTitle(std::string_view lemma);

// The nouns of "the two leaders", "both presidents": two persons named
// before.
bool IsPersonPairNoun(std::string_view lemma);

// "police", "army", "military": the words of a state's forces told again
// ("the police's SARS", "the commander-general of the police").
bool IsStateForceWord(std::string_view lemma);

bool IsIrrealisGovernor(std::string_view lemma);

const char* RelationForNoun(std::string_view lemma);

// The nouns of a body that is part of another: a wing, branch, faction,
// affiliate (RelationForNoun's part_of nouns) and the units of a force or
// group, a command, cell, division, brigade, battalion, detachment ("the
// Northern War Front, one of the ELN's regional commands").
bool IsPartNoun(std::string_view lemma);
// Only the units: a command, cell, division, brigade, battalion, detachment.
bool IsUnitNoun(std::string_view lemma);
// Nouns of acts in series: "a string of attacks", "a campaign of rocket
// attacks", "a wave of bombings".
bool IsSeriesNoun(std::string_view lemma);

// "militias [backed by] Iran", "names [used by] the factions".
bool IsBackingVerb(std::string_view lemma);
// Sheltering, harbouring: backing of a group, refuge for a person.
bool IsRefugeVerb(std::string_view lemma);

bool IsFrontVerb(std::string_view lemma);

const char* RelationForCompound(std::string_view compound);

}  // namespace casus::coding

#endif  // CASUS_CODE_CODING_WORDS_H_
