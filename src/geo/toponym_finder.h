// casus — the ToponymFinder: finds place names in a sentence's tokens and
// reads the words around them (the cue), without deciding yet which place
// a name refers to (that is the PlaceResolver's job).
//
// A mention is the longest run of tokens whose name key is in the
// gazetteer, starting at a capitalised word (or an Arabic-script word, or
// "al-Asad"-style article forms). Before the name the finder reads cues —
// "in", "at", "near", "outside", "north of", "20 km south of", "the town
// of", "the capital of", a compass adjective ("in northeastern Jordan") —
// and after it qualifiers ("province", "city", "air base") and the role:
//   - kPlace     the name is used as a place ("in Erbil", "Baghdad's airport")
//   - kActor     a subject or possessor standing for a government or its
//                people ("Tehran said", "Washington's allies"); the resolver
//                confirms it for countries and capitals only
//   - kContainer it qualifies a neighbouring mention ("Erbil, Iraq",
//                "Iraq's Kurdistan region", "Hit in Anbar province")
//   - kModifier  part of a longer proper name or a prenominal modifier
//                ("Gaza Health Ministry", "Israel Katz")
// Relations between mentions of one sentence (container, anchor of
// "Taji, north of Baghdad", lists "in Erbil, Duhok and Sulaymaniyah") are
// recorded as indices into the output vector.
//
// Speed: a token is looked at only if it is capitalised (or Arabic, or an
// "al-" form) and not a function word; a run of tokens grows only while
// the gazetteer's span table (one hash probe per token) says some name
// starts with it. Most tokens cost a byte comparison.
//
// Thread safety: immutable after construction; Find() is const and safe to
// call concurrently. The Gazetteer must outlive the finder.
#ifndef CASUS_GEO_TOPONYM_FINDER_H_
#define CASUS_GEO_TOPONYM_FINDER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "geo/gazetteer.h"

namespace casus {

// The words before a place name that say how the sentence uses it.
enum class BuildingName : uint8_t { kNone, kName, kLonger };

enum class PlaceCue : uint8_t {
  kNone,         // bare name
  kLocative,     // "in", "at", "inside", "across", "on", "over"; attack verbs ("hit", "struck")
  kNear,         // "near", "outside", "around", "off", "on the outskirts of", "close to"
  kDirectional,  // "north of", "20 km southwest of"
  kMotion,       // "from", "to", "toward", "via", "through"
  kOf,           // "of" without a place noun ("the governor of Anbar")
  kDateline,     // the article's dateline ("ERBIL, Iraq —")
};

// A word after (or "the X of" before) the name naming the kind of place.
enum class PlaceQualifier : uint8_t {
  kNone,
  kProvince,  // province, governorate, region, state, oblast
  kDistrict,  // district, neighbourhood, suburb, quarter, camp
  kCity,      // city, town, village, municipality
  kBase,      // base, air base, airbase, airport, airfield
};

enum class MentionRole : uint8_t { kPlace, kActor, kContainer, kModifier };

// A compass part of an area ("northeastern Jordan", "southern Lebanon").
enum class CompassPart : uint8_t {
  kWhole,
  kNorth,
  kNorthEast,
  kEast,
  kSouthEast,
  kSouth,
  kSouthWest,
  kWest,
  kNorthWest,
  kCentral
};

struct PlaceMention {
  uint32_t sentence = 0;     // as passed to Find()
  uint32_t first_token = 0;  // index into the sentence's token span
  uint32_t end_token = 0;    // one past the name's last token
  uint32_t start = 0;        // byte offsets of the name in the document
  uint32_t end = 0;
  std::string_view text;  // the name as written (aliases the document)
  uint32_t key = 0;       // gazetteer key of the name
  PlaceCue cue = PlaceCue::kNone;
  PlaceQualifier qualifier = PlaceQualifier::kNone;
  CompassPart part = CompassPart::kWhole;
  MentionRole role = MentionRole::kPlace;
  bool capital_of = false;           // "the capital of X": X's seat is meant
  bool sentence_initial = false;     // capitalised perhaps only because it starts the sentence
  bool subject_of_verb = false;      // followed by a finite verb ("Tehran said", "Mosul fell")
  bool common_word = false;          // an English word only minor towns carry ("Mission")
  bool english_word = false;         // the name is also an English word ("Central", "Tyre")
  bool name_part = false;            // inside a person's or group's name ("Minister Israel Katz",
                                     // "Jordan Peterson", "Abu Mahdi al-Muhandis")
  bool part_of_longer_name = false;  // followed by more of that name ("the State Affairs
                                     // Committee"): a cue belongs to the longer name
  bool arabic_script = false;
  // Followed by a capitalised landform word that is not part of the name
  // found ("Farsi Island", "Mosul Dam"): the feature, not a town so named.
  bool landform_after = false;
  // Its cue is a verb of attack or capture ("seized Guzman", "struck
  // Hodeidah"), which takes people as well as places.
  bool cue_is_verb = false;
  // "the Rabaa al-Adawiya mosque", "the Kabul hospital": after "the", the
  // name, or the start of a longer name, of a building named by the
  // lower-case noun after it. A far town of that name is not meant; a
  // prominent one may be when the name is all of it ("the Kabul hospital").
  BuildingName building_after = BuildingName::kNone;
  // In a phrase that tells the background of the sentence's news rather
  // than where it happened ("amid the war in Gaza", "in response to the
  // strike in Damascus").
  bool background = false;
  // "50 nautical miles southwest of Aden": the distance (km) and direction
  // of the place meant from the named one; 0 when the text gives none.
  float offset_km = 0;
  CompassPart offset_direction = CompassPart::kWhole;
  // Index (in the same output vector) of the mention that contains this one
  // ("Erbil" → "Iraq" in "Erbil, Iraq"), or of its anchor when `near_anchor`
  // ("Taji" → "Baghdad" in "Taji, north of Baghdad"); -1 if none.
  int32_t container = -1;
  bool near_anchor = false;
  // Index of the mention this one follows in a list or apposition
  // ("Duhok" → "Erbil" in "in Erbil, Duhok and ..."), -1 if none.
  int32_t list_previous = -1;
  // The country the text puts the place in by a nationality word ("the
  // northern Mozambican town of Palma"), ISO 3166 alpha-3 or alpha-2; set
  // by the caller, which knows the words of peoples. Empty if none.
  std::string stated_country;
};

class ToponymFinder {
 public:
  explicit ToponymFinder(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  // Appends the place mentions of one sentence to `out` (indices in
  // container/list_previous refer to `out`, so one vector can collect a
  // whole document). `tokens` are the sentence's tokens, views into one
  // document text.
  void Find(std::span<const Token> tokens, uint32_t sentence, std::vector<PlaceMention>* out) const;

  // The same for an article's dateline ("ERBIL, Iraq (Reuters) —"): every
  // mention gets cue kDateline; a second place is the first one's container.
  void FindDateline(std::span<const Token> tokens, uint32_t sentence,
                    std::vector<PlaceMention>* out) const;

  // The mentions of all `sentences` of a document (each a range of
  // `tokens`), in order; a mention's `sentence` is its index in
  // `sentences`. Equal to calling Find() for each sentence in turn, but
  // the gazetteer lookups of several sentences wait for memory together.
  void Find(std::span<const Token> tokens, std::span<const Sentence> sentences,
            std::vector<PlaceMention>* out) const;

  // Convenience: the mentions of one sentence.
  std::vector<PlaceMention> Find(std::span<const Token> tokens) const {
    std::vector<PlaceMention> out;
    Find(tokens, 0, &out);
    return out;
  }

 private:
  struct FirstWordKeys;  // the key of each word of a sentence that may start a name

  // Find() for one sentence whose first-word keys are computed and read.
  void FindWithKeys(std::span<const Token> tokens, uint32_t sentence,
                    const FirstWordKeys& first_words, std::vector<PlaceMention>* out) const;

  // Matches the longest name starting at token i; returns its length in
  // tokens (0 if none) and the key. `first`, when given, holds the keys of
  // the sentence's words computed beforehand.
  uint32_t MatchAt(std::span<const Token> tokens, uint32_t i, uint32_t* key,
                   const FirstWordKeys* first) const;

  const Gazetteer& gazetteer_;
};

}  // namespace casus

#endif  // CASUS_GEO_TOPONYM_FINDER_H_
