// The event dictionary: which words signal which events.
//
// casus codes events from triggers: a verb (by lemma, with particles or
// fixed words after it: "carry out", "open fire on", "hold talks"), a noun
// heading a phrase ("attack", "drone strike", "clashes", "sanctions"), or a
// weapon word that sets the mode ("rocket", "one-way attack drone"). Each
// trigger maps to a PLOVER type and mode and a CAMEO code, plus options that
// say where its participants are found.
//
// File format (data/dict/*.dict), one trigger per line, `|`-separated:
//
//   # kind  | words          | type    | mode          | cameo | options
//   verb    | strike         | ASSAULT |               | 190   |
//   verb    | fire at        | ASSAULT |               | 190   | target=at
//   verb    | carry out      | LIGHT   |               |       |
//   noun    | attack         | ASSAULT |               | 190   | target=on,against
//   noun    | clashes        | ASSAULT | firearms      | 190   | mutual
//   weapon  | rocket         |         | heavy-weapons |       | weapon=rocket
//
// kinds: `verb` (first word a verb lemma, the rest particles or fixed words
// that must follow it, a trailing preposition may come after the object, and
// so may the words of a phrase of three or more: "set the building on fire",
// "put the airport out of action"),
// `noun` (lower-case words; the last one is the phrase head, matched on its
// lemma), `weapon`. Words are written with -ize; Load() adds the -ise
// spelling of each ("mobilisation", "criticise") the files do not list.
// Type LIGHT marks a light verb whose object noun decides
// the event ("launched an attack"). Options (comma-separated values,
// space-separated options):
//   target=P,Q     the target is the object of preposition P or Q
//   target=subject the grammatical subject is the target ("came under fire")
//   source=P       the source is the object of preposition P ("received aid from")
//   mutual         both sides are actors ("clashed with", "clashes between X and Y")
//   role=R         a verb with a special role in coding: speech (reporting verb:
//                  its complement is a separate statement), claim, deny, blame,
//                  front, back, threat, ally (an alliance stated: a relation,
//                  no event), member (joining a group or body: a relation,
//                  no event), none (no act: "seized power" seizes nothing),
//                  lead (a person heading a body: a relation, no event)
//   weapon=W       the weapon name a weapon word contributes ('_' for spaces)
//   casualty       the verb reports casualties ("kill", "wound")
//   vessel         an event only when what it is done to is a merchant ship
//                  ("boarded the tanker", not "boarded a flight")
//   acled=S        the ACLED sub-event type it implies ('_' for spaces), where the
//                  type and mode alone would not say ("intercept": Disrupted weapons use)
//
// Thread safety: immutable after Load; lookups are const.
#ifndef CASUS_CODE_EVENT_DICTIONARY_H_
#define CASUS_CODE_EVENT_DICTIONARY_H_

#include <bitset>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "casus/status.h"

namespace casus {

enum class TriggerKind : uint8_t { kVerb, kNoun, kWeapon };

// Hashes strings and string views alike, so that lookups by a view of a
// token need no copy of it.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Trigger;

// The triggers of one kind by their key word. Most words of a text are no
// key: a bit per cheap fingerprint (length, first and last letters) turns
// them away before the hash table is asked.
class TriggerIndex {
 public:
  std::vector<const Trigger*>& operator[](const std::string& key);
  const std::vector<const Trigger*>& Find(std::string_view key) const;

 private:
  static constexpr size_t kFingerprints = 4096;
  static size_t Fingerprint(std::string_view word) {
    if (word.empty()) return 0;
    return (word.size() * 977 + static_cast<unsigned char>(word.front()) * 31 +
            static_cast<unsigned char>(word.back())) %
           kFingerprints;
  }

  std::unordered_map<std::string, std::vector<const Trigger*>, WordHash, std::equal_to<>> map_;
  std::bitset<kFingerprints> may_hold_;
};

enum class TriggerRole : uint8_t {
  kEvent,   // an ordinary event trigger
  kLight,   // light verb: the object noun decides
  kSpeech,  // reporting verb ("said", "told", "announced")
  kClaim,   // claim responsibility
  kDeny,    // deny involvement
  kBlame,   // blame / accuse / hold responsible
  kFront,   // "is a front for"
  kBack,    // "backs", "supports" a group
  kThreat,  // "vowed", "threatened" (their complement is not an event)
  kAlly,    // "fought alongside", "is allied with": a relation, no event
  kMember,  // "pledged allegiance to", "joined": membership, a relation, no event
  kPart,    // "merged into", "serve in": a part of a body, a relation, no event
  kNone,    // no act: "seized power" is not a seizure of anything
  kLead,    // "leads", "heads": a person heading a body, a relation
};

struct EventCode {
  std::string type;   // PLOVER type, upper case
  std::string mode;   // PLOVER mode or empty
  std::string cameo;  // CAMEO code or empty
  std::string acled;  // ACLED sub-event type this trigger implies, or empty
};

struct Trigger {
  TriggerKind kind = TriggerKind::kVerb;
  TriggerRole role = TriggerRole::kEvent;
  std::vector<std::string> words;  // lower case; verbs: lemma first
  EventCode code;
  std::vector<std::string> target_preps;
  std::vector<std::string> source_preps;
  bool target_is_subject = false;
  bool mutual = false;
  bool casualty = false;
  bool vessel = false;
  std::string weapon;
  std::string origin;  // "file:line", for messages
};

class EventDictionary {
 public:
  // Loads and merges .dict files (or directories of them). Errors name the
  // file and line.
  static Result<EventDictionary> Load(const std::vector<std::string>& paths);
  // Parses dictionary text; `name` is used in error messages.
  Status AddText(std::string_view text, std::string_view name);

  // Verb triggers whose lemma is `lemma`, longest pattern first.
  const std::vector<const Trigger*>& VerbTriggers(std::string_view lemma) const;
  // Noun and weapon triggers whose last word is `head` (a lemma or a
  // lower-case word), longest pattern first.
  const std::vector<const Trigger*>& NounTriggers(std::string_view head) const;
  const std::vector<const Trigger*>& WeaponTriggers(std::string_view head) const;

  size_t size() const { return triggers_.size(); }
  const std::vector<std::unique_ptr<Trigger>>& triggers() const { return triggers_; }

 private:
  void Index(const Trigger* trigger);
  void AddBritishSpellings();

  std::vector<std::unique_ptr<Trigger>> triggers_;
  TriggerIndex verbs_;
  TriggerIndex nouns_;
  TriggerIndex weapons_;
};

// The PLOVER types and the modes each allows (ontology.md).
bool IsPloverType(std::string_view type);
bool IsPloverMode(std::string_view type, std::string_view mode);

}  // namespace casus

#endif  // CASUS_CODE_EVENT_DICTIONARY_H_
