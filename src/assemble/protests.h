// casus — protests and their repression in document assembly: who is told
// protesting, and security forces acting against a protest, which is one
// protest event (as ACLED codes it: "Protest with intervention", or
// "Excessive force against protesters" when people were killed) rather
// than a protest and an attack. Internal to src/assemble.
//
// Pure functions of their arguments; thread-safe.
#ifndef CASUS_ASSEMBLE_PROTESTS_H_
#define CASUS_ASSEMBLE_PROTESTS_H_

#include <optional>
#include <vector>

#include "assemble/document_assembler.h"
#include "assemble/draft.h"

namespace casus {

// The people protesting the sentences `own` name (a generic phrase of
// protesters: "demonstrators", "protesters"); with `anywhere`, else any
// sentence of the document does.
std::optional<ActorSpan> ProtestersIn(const std::vector<SentenceFacts>& sentences,
                                      const std::vector<uint32_t>& own, bool anywhere);

// "Thousands of protesters broke into the parliament ... Parliament speaker
// Ararat Mirzoyan was dragged from his car and beaten": a beating of no doer
// named, told in sentence `s` with or just after a protest, is its violence;
// adds `s` to that protest and returns true, else false.
bool JoinsAProtest(std::vector<Draft>& drafts, const EventMention& m, uint32_t s);

// Folds each attack by police, soldiers or security forces on a protest
// into that protest: an attack on protesters, or on people of no side in
// sentences that name protesters ("stormed the protest camp, killing 30";
// "security forces opened fire on demonstrators"). The protest it joins is
// the one told in a sentence it shares, else the latest one told before it
// on its date; with none, the attack becomes the protest, the protesters
// its actors and the forces its target. Folded drafts are `repressed`.
// Air strikes, shelling and bombings are never folded. Violence by
// protesters ("demonstrators threw stones at the police station") joins
// the protest the same way, or with none told is a riot; so do forces
// dispersing a protest told with it, and a toll or the violence named
// again with no doer after a riot.
void FoldRepression(std::vector<Draft>& drafts, const std::vector<SentenceFacts>& sentences);

}  // namespace casus

#endif  // CASUS_ASSEMBLE_PROTESTS_H_
