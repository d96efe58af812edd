// Document assembly: from the sentence-level codings of one document to the
// events an analyst would code by hand.
//
// Mentions that describe one real-world event merge into one Event: "a
// volley of rockets struck a base...", "several rockets also landed in
// residential areas...", "the group claimed responsibility for the attack"
// become one ASSAULT with the claim attached. The rules:
//   - back-references ("the attack", "Monday's strike") and casualty reports
//     ("two soldiers were killed") join the latest compatible event of their
//     type; they start an event only when none exists;
//   - other mentions join an event of the same type whose actors, date and
//     place do not conflict, else start a new one;
//   - sentences dated in the past (more than the resolver's historical
//     threshold before publication) are background: they give no events;
//   - "the group", "it" resolve to the latest named non-state group;
//   - casualties, weapons, hedges and places come from the sentences an
//     event was built from; the date from its sentences, else the
//     publication date at week precision;
//   - the perpetrator (`actor1`) is the direct source, else the claimant,
//     else the attributed actor; sponsors follow the document's relations,
//     then the knowledge base's relations valid on the event date.
//
// Thread safety: DocumentAssembler is immutable; Assemble() is const.
#ifndef CASUS_ASSEMBLE_DOCUMENT_ASSEMBLER_H_
#define CASUS_ASSEMBLE_DOCUMENT_ASSEMBLER_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "casus/date.h"
#include "casus/document.h"
#include "casus/records.h"
#include "code/sentence_coder.h"

namespace casus {

// What the language core and the gazetteer found in one sentence.
struct SentenceFacts {
  uint32_t index = 0;
  Evidence evidence;
  SentenceCoding coding;
  std::vector<ActorSpan> actors;  // every actor found in the sentence, in order
  std::optional<Date> date;       // the sentence's event date, if any
  DatePrecision date_precision = DatePrecision::kDay;
  bool historical = false;  // dated only in the past: background
  std::optional<int> killed;
  std::optional<int> injured;
  // The words the counts are told with ("killed", "wounded"), in order:
  // which of two acts of one sentence a toll is of.
  std::vector<uint32_t> count_words;
  bool hedged = false;
  // A speaker going on from the sentence before ("It accused government
  // forces ...", after "The Coalition said at a news conference in
  // Istanbul on Wednesday ..."): said where and when that one was.
  bool continues_speech = false;
  std::optional<Location> venue;  // where the sentence says its speaker spoke
  std::vector<Location> places;   // places where things happen, in text order
  // Distinct sites listed together as where one act happened ("struck
  // targets in Sanaa, Hodeidah and Saada"); empty unless two or more.
  std::vector<Location> sites;
  // Places the sentence says host someone ("Ain al-Asad ... hosts US
  // troops"), each with whom it hosts.
  std::vector<std::pair<Location, ActorSpan>> hosts;
};

// States behind an actor on a date, from the knowledge base: ISO alpha-3
// codes, strongest first. Empty when the actor is unknown there.
using SponsorLookup =
    std::function<std::vector<std::string>(const ActorSpan& actor, const std::optional<Date>&)>;

// The capital of a country (ISO alpha-3) as a location, where statements
// by its government are located when the report has no dateline there.
using CapitalLookup = std::function<std::optional<Location>(std::string_view iso3)>;

// True if location `inner` lies inside `area` (a region, country or sea).
using WithinTest = std::function<bool(const Location& inner, const Location& area)>;

// The state of a country (ISO alpha-3) as an actor, from the knowledge base.
using StateLookup = std::function<std::optional<ActorSpan>(std::string_view iso3)>;

// True if the knowledge-base actor `part` is part of `whole` ("the Qassam
// Brigades" of Hamas), directly or through one more body.
using PartOfTest = std::function<bool(int part, int whole)>;

// Where an international body sits, for a knowledge-base actor: the body
// itself, or a person holding an office in it on `date` ("Secretary-General
// Antonio Guterres": New York); nullopt for any other.
using SeatLookup =
    std::function<std::optional<Location>(int kb_index, const std::optional<Date>& date)>;

struct AssemblerOptions {
  bool emit_mentions = false;
  CapitalLookup capital_of;  // may be empty
  CapitalLookup country_of;  // a country as a location; may be empty
  StateLookup state_of;      // may be empty: statements answer armed forces as named
  WithinTest within;         // may be empty: event places are not refined
  PartOfTest part_of;        // may be empty: a group's wings are told apart from it
  SeatLookup seat_of;        // may be empty: international bodies speak where reported
};

class DocumentAssembler {
 public:
  DocumentAssembler(AssemblerOptions options, SponsorLookup sponsors)
      : options_(options), sponsors_(std::move(sponsors)) {}

  // `dateline` is the place the report was filed from, if any.
  CodedDocument Assemble(const Document& document, std::vector<SentenceFacts>& sentences,
                         const std::optional<Location>& dateline) const;

 private:
  AssemblerOptions options_;
  SponsorLookup sponsors_;
};

}  // namespace casus

#endif  // CASUS_ASSEMBLE_DOCUMENT_ASSEMBLER_H_
