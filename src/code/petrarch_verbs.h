// The PETRARCH-2 verb dictionary (CAMEO.2.0.txt) as an alternative set of
// casus event triggers.
//
// The file format, as PETRARCH reads it:
//   &NAME            a synonym set, followed by its members, one per line:
//   +MEMBER          (underscores join words: +CASH_, +F-16)
//   --- NAME [code] ---
//                    a verb block; `code` is the CAMEO code of its verbs
//                    ("---" for none). Member lines follow:
//   VERB {FORMS} [code]    a verb, its irregular forms, its own code
//   +VERB_PARTICLE {+FORMS} [code]   a multi-word verb ("+ASK_FOR")
//   - BEFORE * AFTER [code]   a pattern: words around the verb (`*`), with
//                    {A B} for a phrase, (PREP NOUN) for a prepositional
//                    phrase, &NAME for a synonym set and $ + ^ % for
//                    source, target and other slots. Patterns apply to
//                    every verb of their block.
//   ~ ...            a transformation (nested statements); not read here
//   # ...            a comment, anywhere on a line
// A code may be "a:b" (the event of the verb's source on its target, then
// the reverse one); casus takes the first part, and a pattern whose first
// part is empty (":173") gives no trigger.
//
// Conversion to casus triggers (AddPetrarchVerbs): every verb with a code
// (its own or its block's) becomes a verb trigger; every *simple* pattern
// — nothing before `*`, then one to three words, {phrases} or one synonym
// set, optionally closed by a one-word prepositional phrase "(AT)" — gives
// a longer trigger ("stage" + "attack" → "stage attack", "fire" + "(AT)" →
// "fire at") to the verb its comment names ("# STAGE": the patterns come
// from TABARI's per-verb lists and the comment keeps the verb they were
// written for; a form such as "# BLEW_UP" names its verb too), or to every
// verb of the block when the comment names none of them. (PETRARCH itself
// applies every pattern to every verb of the block; on CAMEO.2.0.txt that
// would make some 90,000 triggers, mostly combinations no text uses.) CAMEO
// codes become PLOVER types and modes through cameo_plover.h; codes without
// a PLOVER event give no trigger. A trigger whose words repeat an earlier one is dropped. Other
// patterns need PETRARCH's parse-tree matching and are not converted.
//
// Thread safety: pure functions.
#ifndef CASUS_CODE_PETRARCH_VERBS_H_
#define CASUS_CODE_PETRARCH_VERBS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "casus/status.h"
#include "code/event_dictionary.h"

namespace casus {

struct PetrarchVerb {
  std::vector<std::string> words;               // lower case: {"ask", "for"}
  std::vector<std::vector<std::string>> forms;  // irregular forms: {{"asked", "for"}, ...}
  std::string code;                             // its own CAMEO code, or "" for the block's
  uint32_t line = 0;
};

struct PetrarchPattern {
  std::vector<std::string> before;      // tokens before `*`, as written
  std::vector<std::string> after;       // tokens after `*`: words, "{", "}", "(", ")", &SET, $ ...
  std::string code;                     // the pattern's CAMEO code (first part), "" for none
  std::vector<std::string> noted_verb;  // the comment's first word: the verb it was written for
  uint32_t line = 0;
};

struct PetrarchVerbBlock {
  std::string name;  // "PHYSICAL_CONFLICT"
  std::string code;  // "190", or "" for [---]
  std::vector<PetrarchVerb> verbs;
  std::vector<PetrarchPattern> patterns;
  uint32_t line = 0;
};

struct PetrarchVerbDictionary {
  std::map<std::string, std::vector<std::string>> synsets;  // "&CURRENCY" → {"money", ...}
  std::vector<PetrarchVerbBlock> blocks;
  size_t transformations = 0;  // "~" lines, not used
};

// Parses the file's text; `name` prefixes error messages ("name:line: ...").
Result<PetrarchVerbDictionary> ParsePetrarchVerbs(std::string_view text, std::string_view name);

// True for a file EventDictionary::Load should read as a PETRARCH verb
// dictionary: its name ends in ".txt" and it holds "--- NAME [code] ---"
// verb blocks.
bool LooksLikePetrarchVerbs(std::string_view path, std::string_view text);

// Parses a PETRARCH verb dictionary and adds its triggers to `dict`.
Status AddPetrarchVerbs(std::string_view text, std::string_view name, EventDictionary& dict);

}  // namespace casus

#endif  // CASUS_CODE_PETRARCH_VERBS_H_
