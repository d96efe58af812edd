// Sentence-level event coding: from one analysed sentence to the event
// mentions, claims, attributions and relation statements it contains.
//
// The coder reads the clause structure (src/nlp/clause_analyzer.h), the
// actor spans found by the knowledge base, and the event dictionary:
//   - a clause whose verb is a trigger gives an event mention with source and
//     target from its roles (subject/object; by-agent and subject in the
//     passive; the trigger's target prepositions; both sides for "mutual");
//   - light verbs ("carried out", "launched") take their event from the
//     object noun, or from a weapon object ("fired rockets at");
//   - nouns heading a phrase ("the attack on the base", "Monday's strike")
//     give nominal mentions, marked as possible back-references;
//   - negated clauses and irrealis ones (modal, future, "vowed to") are not
//     events; reported speech keeps its speaker apart from the actors;
//   - "claimed responsibility for", "blamed X for", "X was behind",
//     "denied", "X is a front for Y", "Iran-backed X" and appositions give
//     claims, attributions, REJECT events and relation statements.
//
// Thread safety: SentenceCoder is immutable; Code() is const.
#ifndef CASUS_CODE_SENTENCE_CODER_H_
#define CASUS_CODE_SENTENCE_CODER_H_

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "casus/date.h"
#include "casus/document.h"
#include "casus/records.h"
#include "code/event_dictionary.h"
#include "nlp/clause_analyzer.h"
#include "nlp/pos_tag.h"

namespace casus {

// An actor found in the sentence: tokens [begin, end) and who it is.
struct ActorSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  Actor actor;
  // "state", "government", "military", "armed_group", "front_group",
  // "umbrella", "person", "agent", "local" (introduced by the text), ...
  std::string kind;
  int kb_index = -1;         // index in the knowledge base, -1 if none
  bool metonym = false;      // a capital standing for its government ("Tehran said")
  bool demonym = false;      // named by its adjective or people ("Thai", "Iraqis")
  bool attributive = false;  // a state's name before a common noun ("a US ship")
  // A state's armed forces named by the state before their act ("an Israeli
  // strike", "US air strikes").
  bool forces_by_state_name = false;
  // A merchant ship, named ("the tanker Stena Impero", kind "vessel") or
  // not ("a cargo ship", kind "agent"): of no country for being where it sails.
  bool vessel = false;
  // A generic group named with the state backing it ("Iran-backed
  // militias"): that state's country code; empty otherwise.
  std::string backer;
  std::string compound;  // "backed", "led", ... from "Iran-backed", "US-led"
  // A definite description of a group by its people ("the Palestinian
  // Islamist group"): a group of that country named before, if any.
  bool described_group = false;
  // A person the knowledge base does not know, titled as a group's head
  // ("HDP co-leader Selahattin Demirtas"): that group's knowledge-base index.
  int leads_kb_index = -1;
  // For a person who is a body's spokesperson ("Houthi military spokesman
  // Yahya Saree"): that body, whose words the person's are (org.name empty
  // otherwise), its kind and knowledge-base index.
  Actor org;
  std::string org_kind;
  int org_kb_index = -1;
};

// How specific a mode is, for choosing among the modes of one event's
// mentions: "suicide-attack" over "explosives" over none (0); for a
// protest, "riot" over "demo" (0): a demonstration that turned violent.
int ModeRank(std::string_view mode);

// Two spans stand for the same actor when their keys are equal: the
// knowledge-base id, else name, country and sector.
std::string IdentityKey(const ActorSpan& span);

// Whether an event of PLOVER `type` done in a place of the actor's own
// country still has that place as its target when no party is named: a
// curfew or arrests there, a withdrawal from it, a protest against its
// rulers ("Iraqis protested in Baghdad"). Not for other types, where the
// actor's own country is only where it acts ("Iran deployed troops in Iran").
bool TargetsOwnCountry(std::string_view type);

// Whether an act of PLOVER `type` and `mode` happens where it was aimed
// rather than where a sentence says its speaker spoke: an attack ("fired
// rockets at Jerusalem") or a seizure ("swept into Damascus").
bool PlacedWhereAimed(std::string_view type, std::string_view mode);

struct SentenceInput {
  uint32_t index = 0;  // sentence number in the document
  std::span<const Token> tokens;
  std::span<const PosTag> tags;
  std::span<const std::string_view> lemmas;
  const ClauseAnalysis* clauses = nullptr;
  std::span<const ActorSpan> actors;  // sorted by begin, not overlapping
};

// One event mention in a sentence.
struct EventMention {
  EventCode code;
  std::optional<ActorSpan> source;
  std::optional<ActorSpan> target;
  std::optional<ActorSpan> speaker;  // who reported it, when in reported speech
  std::vector<std::string> weapons;
  uint32_t trigger = 0;   // token index of the trigger
  int target_np = kNone;  // NP of the target (for places and facilities)
  // With no target: the token range of a place the act is done in, to or
  // from ("lifted the curfew in Abidjan"), which the pipeline may resolve
  // into the target once the document's places are known.
  uint32_t place_begin = 0, place_end = 0;
  // For a generic side of no country: the token range of a place named in
  // its phrase, which the pipeline may resolve into its country ("refugees
  // fleeing the civil war [in Liberia]", "a missionary [from Calgary]").
  uint32_t source_place_begin = 0, source_place_end = 0;
  // The token range of the place the sentence ties to this act, and that
  // place once the pipeline resolves it: for a statement, where it was made
  // ("speaking in Sochi", "told reporters in New York", "at a news
  // conference in Beirut"); for an attack, the capital aimed at when it
  // stands for its state ("fired rockets at Jerusalem").
  uint32_t venue_begin = 0, venue_end = 0;
  std::optional<Location> venue;
  uint32_t target_place_begin = 0, target_place_end = 0;
  bool nominal = false;       // triggered by a noun ("the attack")
  bool pronoun_doer = false;  // its source told by a pronoun ("when they bombed")
  // An accusation read from a speaker naming the doer of an act told before
  // ("Peskov said Ukraine had sabotaged the dam"): none when the speaker,
  // once known, is of the doer's country.
  bool reported_doer = false;
  bool alleged = false;        // an act told before, its doer alleged by a speaker
  bool definite = false;       // "the attack", "Monday's strike": likely a back-reference
  bool casualty_only = false;  // "were killed", "killing two": reports casualties of an event
  bool casualty = false;       // told by a verb of casualties ("killed", "wounding")
  // Told as the time of another act ("after a barrage on Erbil killed a
  // contractor"): background, and the sentence's toll may be its own.
  bool earlier = false;
  // Told as so many days before its sentence's date ("a day after
  // separatist forces agreed to lay down their arms"): an act of that day.
  int days_before = 0;
  // Told in the present perfect before a later act given a day of its own
  // ("has expelled the ambassador ..., and on Monday it suspended
  // flights"): the sentence's day is not this act's.
  bool undated = false;
  // The precision of the date told so, when it is not the sentence's ("the
  // abduction of 200 schoolgirls last month": a month).
  std::optional<DatePrecision> own_precision;
  bool mutual = false;
  // "a similar explosion", "another attack": an event of its own, not the
  // one told before.
  bool another = false;
  // A reference to earlier or habitual events ("in response to the strike
  // on the consulate", "have repeatedly attacked", "a string of rocket
  // attacks"): it may add to an event reported elsewhere in the document
  // but never stands for a new one.
  bool background = false;
  // For a statement with no party of its own: the type of the event it is
  // about, whose party the document assembler makes its target ("condemned
  // the strikes" → ASSAULT: the attackers; "rejected the accusation",
  // "denied any involvement" → ACCUSE: the accusers; "rejected the claim"
  // → CLAIM: the claimants of a claimed attack, else the accusers;
  // "demanded the ship's release" → COERCE: who seized it; "vowed to
  // continue its operations" → OWN_ASSAULT: whom the speaker's side attacked;
  // "condemned the move", "shocked by the decision" → ACT: whoever did the
  // first act, not a statement, the report tells of).
  std::string about;
};

struct ClaimMention {
  ActorSpan claimant;
  int event_np = kNone;    // NP of the event claimed ("the attack"), or kNone
  std::string event_type;  // type of that NP's trigger, if any
};

struct AttributionMention {
  ActorSpan actor;              // who is blamed
  std::optional<ActorSpan> by;  // who blames
  int event_np = kNone;
  std::string event_type;
  bool reported_doer = false;  // as EventMention::reported_doer
};

struct RelationMention {
  ActorSpan subject;
  std::string relation;  // front_of, proxy_of, backed_by, member_of, part_of, allied_with, leads
  ActorSpan object;
  std::optional<ActorSpan> by;
  double confidence = 0.6;
};

// "Ain al-Asad, in Anbar province, hosts US troops": a place named as what
// hosts or houses someone (its tokens [place_begin, place_end)), and whom.
struct HostMention {
  uint32_t place_begin = 0;
  uint32_t place_end = 0;
  ActorSpan hosted;
};

struct SentenceCoding {
  std::vector<EventMention> events;
  std::vector<ClaimMention> claims;
  std::vector<AttributionMention> attributions;
  std::vector<RelationMention> relations;
  std::vector<HostMention> hosts;
  // The token range of the place the sentence says its speaker spoke in
  // ("at a news conference in Istanbul"), with or without a mention.
  uint32_t venue_begin = 0, venue_end = 0;
};

class SentenceCoder {
 public:
  explicit SentenceCoder(const EventDictionary* dictionary) : dictionary_(dictionary) {}

  void Code(const SentenceInput& input, SentenceCoding& out) const;

 private:
  const EventDictionary* dictionary_;
};

}  // namespace casus

#endif  // CASUS_CODE_SENTENCE_CODER_H_
