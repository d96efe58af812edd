// One document's assembly, internal to casus_assemble: its sentences are
// read in order, each mention joins the draft of the event it describes
// (document_assembler.cc), and each draft becomes an event record
// (event_record.cc).
//
// Not thread-safe; one Assembly per document, discarded after Run().
#ifndef CASUS_ASSEMBLE_ASSEMBLY_H_
#define CASUS_ASSEMBLE_ASSEMBLY_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "assemble/document_assembler.h"
#include "assemble/draft.h"
#include "assemble/referents.h"

namespace casus {

class Assembly {
 public:
  Assembly(const Document& doc, std::vector<SentenceFacts>& sentences,
           const std::optional<Location>& dateline, const SponsorLookup& sponsors,
           const AssemblerOptions& options)
      : doc_(doc),
        sentences_(sentences),
        dateline_(dateline),
        sponsors_(sponsors),
        options_(options) {}

  // The document's events, mentions (when asked for) and relations.
  CodedDocument Run();

 private:
  // The country a speaker is said to be based in ("the Bahrain-based US
  // Fifth Fleet", "the London-based observatory"), from the sentences of
  // its event: the "-based" word right before the name of the speaker or of
  // an organ of its side ("the US Navy said ... the Bahrain-based Fifth
  // Fleet").
  const ActorSpan* BaseOf(const ActorSpan& speaker, const std::vector<uint32_t>& sentences) const;

  // Whom the report says `where` hosts: a hosting place within 10 km.
  const ActorSpan* HostedAt(const Location& where) const;

  // What one state's organ says of another state's armed forces answers
  // that state: "Iraq's prime minister condemned the strikes" by US jets is
  // addressed to the United States, as diplomacy is between states.
  std::optional<ActorSpan> StateAnswered(const Draft& statement,
                                         std::optional<ActorSpan> party) const;

  // The sentence's mentions as records (`--emit mentions`).
  void AddMentions(const SentenceFacts& facts, CodedDocument& out) const;

  // A relation the sentence states, once per document.
  void AddRelation(const RelationMention& r, const SentenceFacts& facts, CodedDocument& out);

  // Whether mention `m` of sentence `s` may describe the event of `draft`.
  bool Compatible(const Draft& draft, const EventMention& m, uint32_t s) const;

  // Puts mention `m` of sentence `s` into the draft it describes, or a new one.
  void Place(const EventMention& m, uint32_t s);

  // Adds what mention `m` of sentence `s` tells to `draft`.
  void Merge(Draft& draft, const EventMention& m, uint32_t s);

  // The latest draft of `type`, or null.
  Draft* LatestOfType(const std::string& type);

  // A claim of responsibility joins the act it claims.
  void AttachClaim(const ClaimMention& claim, uint32_t s);

  // Blame joins the act it is laid for.
  void AttachAttribution(const AttributionMention& a, uint32_t s);

  // Protesters named in sentences `own`, else (when `anywhere`) in the
  // report.
  std::optional<ActorSpan> ProtestersNamed(const std::vector<uint32_t>& own, bool anywhere) const;

  // "No one was hurt.", "There were no casualties.": that no one was hit,
  // told in a sentence of no attack of its own, is the latest attack's (a
  // toll told so may be an earlier or a disputed one: "had earlier put the
  // toll at two dead").
  void AttachCounts(uint32_t s);

  // Whether a sentence of `draft` gives a toll.
  bool HasCasualties(const Draft& draft) const;

  // States behind `actor`: relations stated in this document first (through
  // any named intermediaries), then the knowledge base.
  std::vector<std::string> SponsorsOf(const ActorSpan& actor,
                                      const std::optional<Date>& date) const;

  // The span of sentence `s`.
  Evidence EvidenceOf(uint32_t s) const;

  // A region, country or sea an event is placed in gives way to a town or
  // site inside it that the event's other sentences name ("in Iraq's
  // Kurdistan region" ... "in Zakho district"); at sea only the point moves
  // ("in the Gulf of Aden" ... "50 nautical miles southwest of Aden").
  void Refine(Location& where, const std::vector<uint32_t>& sentences) const;

  // The event record of `draft`: date, place, sides, claims, blame,
  // sponsors, ACLED and CAMEO fields, confidence and id.
  Event Finish(const Draft& draft) const;

  // Who speaks, when the event is something said.
  struct Speech {
    // An agreement between parties of two countries: no one party's
    // statement.
    bool joint = false;
    // Said rather than done: REJECT, REQUEST, THREATEN, SUPPORT, AGREE,
    // SANCTION, ACCUSE (not an investigation).
    bool statement = false;
    // The source, else for a statement the government its first sentence
    // names; may be null.
    const ActorSpan* speaker = nullptr;
    // The speaker's country, or empty.
    std::string country;
  };

  // The event's date: the draft's, else the day the report leads with (at
  // week precision), else the publication's week.
  void TellDate(Event& e, const Draft& draft) const;

  // Evidence, hedging, casualties (only an attack's, or a repressed
  // protest's), weapons, claims and blame from the draft's `sentences`.
  void Gather(Event& e, const Draft& draft, const std::vector<uint32_t>& sentences) const;
  // "Prigozhin said the Russian army had hit Wagner field camps": the side
  // hit, telling who hit it, accuses the doers (an ACCUSE and an
  // attribution added to `facts`), unless it accuses them in so many words.
  void AccuseForTheVictims(SentenceFacts& facts) const;
  // Whether the toll sentence `s` tells is of another attack told by a
  // verb in it, not of `draft`'s.
  bool TollOfAnotherAttack(const Draft& draft, uint32_t s) const;

  Speech SpeechOf(const Event& e, const Draft& draft, const std::vector<uint32_t>& sentences) const;

  // Where the event happened; true when its own sentences (or its
  // speaker) place it, false when it falls back to the report's lead or
  // dateline. May turn a meeting abroad into a visit.
  bool Locate(Event& e, const Draft& draft, const std::vector<uint32_t>& sentences,
              const Speech& speech) const;

  // actor1 (the doer, else the claimant, else the one blamed), its
  // sponsors, and actor2; the countries of sides named without one.
  void ChooseSides(Event& e, const Draft& draft, const std::vector<uint32_t>& sentences,
                   const Speech& speech) const;

  // "declared martial law", "imposed a curfew in Basra", "cut the
  // internet": a restriction laid on no one named is laid on the people
  // where it holds (CAMEO 172-175 take them as target): a curfew on its
  // "residents", martial law on the "population", a blackout on "internet
  // users" when the internet was cut. Null for other events or no country.
  std::optional<Actor> PeopleRestricted(const Event& e,
                                        const std::vector<uint32_t>& sentences) const;

  // The day of the first event the text dates, when it lies one or two days
  // before publication (a report of yesterday's events).
  std::optional<Date> LeadDate() const;

  // The dateline as an event's place, of the geo precision of a place near
  // the event (2) when the place finder gave it none.
  std::optional<Location> AtDateline() const;

  // A stable id from the document id and the event's content.
  std::string EventId(const Event& e) const;

  const Document& doc_;
  std::vector<SentenceFacts>& sentences_;
  const std::optional<Location>& dateline_;
  const SponsorLookup& sponsors_;
  const AssemblerOptions& options_;
  std::vector<Draft> drafts_;
  std::string document_country_;
  std::optional<Date> lead_date_;
  Referents referents_;
  std::vector<RelationMention> doc_relations_;
  std::map<std::string, size_t> relation_keys_;  // → index in the output's relations
};

}  // namespace casus

#endif  // CASUS_ASSEMBLE_ASSEMBLY_H_
