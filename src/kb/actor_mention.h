// casus — ActorMention: one actor found in a sentence by ActorMatcher.
//
// A mention covers a token range of the sentence and says who it is: a KB
// actor ("Kata'ib Hezbollah"), a generic agent with a country ("Iraqi
// police" = IRQ COP), a person through an office ("the US president" on a
// date), a capital used for its government ("Tehran said"), an actor the
// text introduces ("a group calling itself X") or a reference to an earlier
// actor ("the group", "its"), which DocumentActors resolves.
//
// Thread safety: plain value. `form` and `marker_text` point into the
// KnowledgeBase or the document text and must not outlive them.
#ifndef CASUS_KB_ACTOR_MENTION_H_
#define CASUS_KB_ACTOR_MENTION_H_

#include <cstdint>
#include <string_view>

#include "kb/kb_types.h"

namespace casus {

// How the mention was recognised.
enum class MentionSource : uint8_t {
  kName,        // a KB name or alias: "Kata'ib Hezbollah", "Iran", "Joe Biden"
  kDemonym,     // "Iranian", "Iraqis"
  kCapital,     // a capital for its government: "Tehran said"
  kAgent,       // a generic noun, with or without a country: "Iraqi police", "the group"
  kTitle,       // an office, with or without a name: "President Joe Biden", "the US president"
  kIntroduced,  // an actor the text introduces: "a group calling itself Ashab al-Kahf"
  kPronoun,     // "it", "its": meaningful only once DocumentActors resolves it
};
std::string_view ToString(MentionSource source);

// The relation a hyphenated suffix states: "Iran-backed" → kBacked.
enum class MarkerKind : uint8_t {
  kNone,
  kBacked,      // -backed, -funded, -armed, -sponsored, -supported, -trained
  kLed,         // -led, -commanded, -headed
  kAffiliated,  // -aligned, -allied, -affiliated, -linked, -tied, -inspired
  kControlled,  // -controlled, -held, -run, -occupied
  kBased,       // -based
  kMade,        // -made, -built, -supplied, -manufactured, -owned, -flagged
  kOther,       // any other suffix ("US-Iran", "Iraq-Syria")
};
std::string_view ToString(MarkerKind kind);

// Bit flags of ActorMention::flags.
enum MentionFlag : uint32_t {
  kMentionPossessive = 1u << 0,      // followed by "'s" ("Iran's"), or the pronoun "its"
  kMentionDefinite = 1u << 1,        // "the militia", "this group": may refer back
  kMentionCapitalMetonym = 1u << 2,  // a capital standing for its government
  kMentionPro = 1u << 3,             // "pro-Iranian"
  kMentionAnti = 1u << 4,            // "anti-American"
  kMentionFormer = 1u << 5,          // "former President ...", "ex-minister"
  kMentionAmbiguous = 1u << 6,       // the words name several KB actors; the first was chosen
  kMentionRoleHolder = 1u << 7,      // a person found from an office ("the Iraqi prime minister")
  kMentionUnknownPerson = 1u << 8,   // a titled name the KB does not know
  kMentionCoordinated = 1u << 9,     // shares its noun: "Iraqi" in "Iraqi and US forces"
  kMentionResolved = 1u << 10,       // filled in from an antecedent by DocumentActors
  kMentionCompound = 1u << 11,       // inside a hyphenated compound: "US" in "US-Iran talks"
  kMentionLocative = 1u << 12,       // right after "in", "at", "near"...: "in Tehran" (a place?)
};

struct ActorMention {
  uint32_t first_token = 0;  // token range [first_token, end_token) in the sentence's span
  uint32_t end_token = 0;
  ActorIndex actor = kNoActor;      // the KB actor; kNoActor for generic agents and new names
  ActorIndex agent = kNoActor;      // the agent or title entry ("police", "President") if any
  ActorIndex anchor = kNoActor;     // the state or group qualifying a generic agent ("Iraqi")
  int32_t local_actor = -1;         // document-local actor id (DocumentActors), or -1
  uint32_t title_key = UINT32_MAX;  // the office, for titled persons and offices
  ActorKind kind = ActorKind::kUnknown;
  MentionSource source = MentionSource::kName;
  MarkerKind marker = MarkerKind::kNone;
  uint32_t flags = 0;
  ActorCode country;
  ActorCode sector;
  ActorCode cameo;
  std::string_view form;         // the KB spelling matched, or the new actor's name in the text
  std::string_view marker_text;  // the hyphenated suffix as written ("backed")

  bool has(MentionFlag flag) const { return (flags & flag) != 0; }
  bool is_capital_metonym() const { return has(kMentionCapitalMetonym); }
  // True for a generic agent without a KB actor or local actor behind it.
  bool generic() const { return actor == kNoActor && local_actor < 0; }
};

}  // namespace casus

#endif  // CASUS_KB_ACTOR_MENTION_H_
