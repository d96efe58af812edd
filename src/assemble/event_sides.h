// casus — the sides of an event: which actors the document assembler may
// take for one another, and the countries it gives generic ones.
//
// Pure functions of their arguments; thread-safe.
#ifndef CASUS_ASSEMBLE_EVENT_SIDES_H_
#define CASUS_ASSEMBLE_EVENT_SIDES_H_

#include <optional>
#include <string>
#include <string_view>

#include "casus/records.h"
#include "code/sentence_coder.h"

namespace casus::sides {

// Armed groups, fronts, umbrellas, locally introduced groups and parties.
bool IsGroupKind(const std::string& kind);

// A generic agent ("contractors", "troops", "protesters").
bool IsGeneric(const ActorSpan& a);

// Doers the text names only by what they are, of no country: "gunmen", "a
// suicide bomber", "militants". Who they were is for a claim or blame to say.
bool IsDescribedDoer(const ActorSpan& a);

// A place standing for the party acted on when none is named ("shelled the
// town", "lifted the curfew in Abidjan").
bool IsPlace(const ActorSpan& a);

// A state or its government, officials and leaders: those who speak from
// the capital.
bool IsGovernment(const ActorSpan& a);

// Two actors that cannot be the same side of one event. For the side acted
// on (`acted_on`), a generic agent ("contractors", "troops") fits a named
// actor of its own country or of none: "killing a contractor" and "against
// US forces" tell of one attack; a place yields to any party. Perpetrators
// must agree, a state and its organs being one ("Iran" and "the
// Revolutionary Guards").
bool Conflicts(const std::optional<ActorSpan>& a, const std::optional<ActorSpan>& b,
               bool acted_on = false);

// A state, its government or one of its forces ("special forces", "the
// Israeli military", "police").
bool OfState(const ActorSpan& s);

// Two parties on one side: the same actor, or the state, government,
// forces or officials of one country (not a militia of that country).
bool SameSide(const ActorSpan& a, const ActorSpan& b);

// People who, unless the text says otherwise, belong to the place where the
// event happened: ACLED's "Protesters (Iraq)", "Civilians (Lebanon)". Not
// soldiers, officials, refugees or aid workers, who are often foreign.
bool IsLocalSector(std::string_view sector);

// A person named in the text, known to the knowledge base or not ("Nasser
// Kanaani", "spokesman Jonathan Hoffman").
bool IsNamedPerson(const ActorSpan& span);

// Acts done by speaking (as opposed to attacks, protests, seizures).
bool IsStatementType(std::string_view type);

// A person the knowledge base does not know, named with a title of office
// ("Lt. Gen. Prosper Avril", "Prime Minister Ratu Sela"): most likely of the
// country the event or the report is about.
bool IsUnknownOfficial(const Actor& actor);

// Gives a generic actor of a local sector (or any generic, with
// `people_too` false only unknown officials) the country where the event
// happens (`country`, empty when unknown).
void GiveLocalCountry(std::optional<Actor>& actor, const std::string& country,
                      bool people_too = true);

// Replaces a generic actor (or a place acted on) by a named one of the same
// event.
void Prefer(std::optional<ActorSpan>& kept, const std::optional<ActorSpan>& other);

}  // namespace casus::sides

#endif  // CASUS_ASSEMBLE_EVENT_SIDES_H_
