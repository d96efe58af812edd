// casus — the English words the ToponymFinder reads around a place name:
// cue words before it ("in", "near", "north of", attack verbs), qualifiers
// and nouns after it ("province", "air base", "Baghdad's airport"), verbs
// that make it a subject ("Tehran said"), titles and institution words that
// make it part of a longer name, and distance phrases ("20 km south of").
//
// Every test folds ASCII case and is a WordSet lookup (word_set.h); none
// allocates. The sets and tests are inline, so that their quick rejection
// runs inside the finder's loops. Internal to src/geo. Thread-safe (pure
// functions over constant tables).
#ifndef CASUS_GEO_TOPONYM_WORDS_H_
#define CASUS_GEO_TOPONYM_WORDS_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "base/word_set.h"
#include "casus/document.h"
#include "geo/toponym_finder.h"

namespace casus::toponym_words {

using casus::Join;
using casus::kLowerAscii;
using casus::WordSet;

constexpr uint8_t Value(PlaceCue cue) { return static_cast<uint8_t>(cue); }
constexpr uint8_t Value(PlaceQualifier qualifier) { return static_cast<uint8_t>(qualifier); }

// Cue words before a name, each with the cue it gives: "in", "at",
// "across"... and attack verbs ("struck", "shelled"): kLocative; "near",
// "outside", "off"...: kNear; "from", "to", "via"...: kMotion.
inline constexpr WordSet<12> kLocativeWords{{"in", "at", "inside", "within", "across", "throughout",
                                             "on", "over", "into", "onto", "against", "upon"},
                                            Value(PlaceCue::kLocative)};
inline constexpr WordSet<25> kAttackVerbs{
    {"hit",       "hits",     "struck",   "strike",    "strikes",    "shelled",   "bombed",
     "bombarded", "pounded",  "targeted", "targeting", "attacked",   "raided",    "stormed",
     "besieged",  "captured", "seized",   "entered",   "recaptured", "liberated", "invaded",
     "rocked",    "shook",    "killed",   "rocketed"},
    Value(PlaceCue::kLocative)};
inline constexpr WordSet<8> kNearWords{
    {"near", "outside", "nearby", "around", "off", "beside", "besides", "by"},
    Value(PlaceCue::kNear)};
inline constexpr WordSet<8> kMotionWords{
    {"from", "to", "toward", "towards", "via", "through", "between", "reached"},
    Value(PlaceCue::kMotion)};
inline constexpr auto kCueWords = Join(kLocativeWords, kAttackVerbs, kNearWords, kMotionWords);

inline constexpr WordSet<26> kCompassWords{
    {"north",        "south",         "east",          "west",          "northeast",
     "northwest",    "southeast",     "southwest",     "northern",      "southern",
     "eastern",      "western",       "northeastern",  "northwestern",  "southeastern",
     "southwestern", "central",       "north-east",    "north-west",    "south-east",
     "south-west",   "north-eastern", "north-western", "south-eastern", "south-western",
     "mid"}};

// Words naming a kind of place, each with its qualifier.
inline constexpr WordSet<8> kProvinceWords{
    {"province", "governorate", "region", "state", "oblast", "provinces", "governorates", "county"},
    Value(PlaceQualifier::kProvince)};
inline constexpr WordSet<8> kDistrictWords{{"district", "neighbourhood", "neighborhood", "suburb",
                                            "quarter", "area", "camp", "subdistrict"},
                                           Value(PlaceQualifier::kDistrict)};
inline constexpr WordSet<8> kCityWords{
    {"city", "town", "village", "municipality", "township", "port", "resort", "hamlet"},
    Value(PlaceQualifier::kCity)};
inline constexpr WordSet<6> kBaseWords{
    {"base", "airbase", "airport", "airfield", "garrison", "air"}, Value(PlaceQualifier::kBase)};
inline constexpr auto kQualifierWords =
    Join(kProvinceWords, kDistrictWords, kCityWords, kBaseWords);
inline constexpr WordSet<40> kPlaceNouns{
    {"airport", "outskirts",     "streets",      "street",   "suburbs",   "suburb",
     "centre",  "center",        "downtown",     "port",     "province",  "governorate",
     "city",    "neighbourhood", "neighborhood", "district", "districts", "old",
     "border",  "borders",       "countryside",  "camp",     "camps",     "coast",
     "desert",  "heart",         "capital",      "region",   "north",     "south",
     "east",    "west",          "northern",     "southern", "eastern",   "western",
     "central", "main",          "outskirt",     "airspace"}};
inline constexpr WordSet<44> kSubjectVerbs{
    {"said",     "says",      "say",       "has",      "have",     "had",       "is",
     "was",      "will",      "would",     "could",    "should",   "may",       "might",
     "must",     "can",       "warned",    "warns",    "accused",  "accuses",   "denied",
     "denies",   "announced", "condemned", "condemns", "launched", "responded", "retaliated",
     "rejected", "called",    "calls",     "urged",    "urges",    "demanded",  "threatened",
     "vowed",    "insisted",  "claimed",   "blamed",   "wants",    "agreed",    "signed",
     "sent",     "does"}};
inline constexpr WordSet<63> kInstitutionWords{
    {"health",      "ministry",    "interior",      "defense",       "defence",      "foreign",
     "government",  "army",        "police",        "forces",        "force",        "military",
     "navy",        "command",     "operations",    "council",       "municipality", "authority",
     "authorities", "university",  "airport",       "port",          "hospital",     "stock",
     "exchange",    "central",     "international", "national",      "security",     "oil",
     "gas",         "electricity", "company",       "corporation",   "bank",         "times",
     "post",        "news",        "radio",         "television",    "media",        "brigade",
     "brigades",    "division",    "regiment",      "revolutionary", "guard",        "guards",
     "resistance",  "front",       "liberation",    "airways",       "airlines",     "agreement",
     "accords",     "summit",      "conference",    "declaration",   "ceasefire",    "embassy",
     "consulate",   "office",      "governor"}};
inline constexpr WordSet<20> kLandformWords{
    {"valley", "mountains", "mountain", "mount",     "plain",  "plains", "river",
     "desert", "basin",     "hills",    "heights",   "coast",  "lake",   "dam",
     "island", "islands",   "bay",      "peninsula", "forest", "lagoon"}};
inline constexpr WordSet<17> kBuildingWords{{"mosque", "shrine", "church", "cathedral", "synagogue",
                                             "temple", "hospital", "school", "hotel", "museum",
                                             "mausoleum", "palace", "stadium", "compound", "square",
                                             "monastery", "building"}};
inline constexpr WordSet<30> kTitles{
    {"president", "minister",  "king",    "queen", "prince",    "princess", "sheikh", "sheik",
     "imam",      "ayatollah", "general", "gen",   "gen.",      "col",      "col.",   "colonel",
     "lt",        "lt.",       "major",   "maj.",  "captain",   "capt.",    "mr",     "mr.",
     "mrs",       "mrs.",      "dr",      "dr.",   "spokesman", "leader"}};
inline constexpr WordSet<77> kFunctionWords{
    {"the",      "a",        "an",      "i",        "it",      "he",        "she",       "we",
     "they",     "you",      "this",    "that",     "these",   "those",     "his",       "her",
     "its",      "their",    "our",     "in",       "on",      "at",        "by",        "for",
     "from",     "to",       "with",    "and",      "but",     "or",        "if",        "as",
     "so",       "not",      "no",      "yes",      "after",   "before",    "when",      "while",
     "since",    "during",   "near",    "monday",   "tuesday", "wednesday", "thursday",  "friday",
     "saturday", "sunday",   "january", "february", "april",   "july",      "september", "october",
     "november", "december", "there",   "here",     "what",    "who",       "however",   "mr",
     "mrs",      "ms",       "dr",      "sen",      "rep",     "gov",       "gen",       "col",
     "lt",       "sgt",      "capt",    "maj",      "rev"}};
// Words of a people or faith that are also the names of small towns
// ("Arab", Alabama): never a place on their own ("an Arab country").
inline constexpr WordSet<14> kPeopleWords{{"arab", "arabs", "muslim", "muslims", "islamic",
                                           "shiite", "shia", "sunni", "jewish", "christian",
                                           "christians", "kurdish", "persian", "alawite"}};
// Spelled numbers: "Seventy-nine people were wounded" names no town.
inline constexpr WordSet<36> kNumberWords{
    {"one",       "two",      "three",    "four",    "five",     "six",      "seven",     "eight",
     "nine",      "ten",      "eleven",   "twelve",  "thirteen", "fourteen", "fifteen",   "sixteen",
     "seventeen", "eighteen", "nineteen", "twenty",  "thirty",   "forty",    "fifty",     "sixty",
     "seventy",   "eighty",   "ninety",   "hundred", "hundreds", "thousand", "thousands", "dozen",
     "dozens",    "million",  "millions", "scores"}};
inline constexpr WordSet<14> kDistanceWords{{"km", "kilometres", "kilometers", "kilometre",
                                             "kilometer", "miles", "mile", "some", "about",
                                             "around", "roughly", "nearly", "just", "few"}};
inline constexpr WordSet<8> kBackgroundWords{
    {"amid", "amidst", "despite", "response", "retaliation", "revenge", "reprisal", "anniversary"}};

inline bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

// Case-insensitive comparison of an ASCII token with a lower-case word.
inline bool Is(std::string_view token, std::string_view lower) {
  if (token.size() != lower.size()) return false;
  for (size_t i = 0; i < token.size(); ++i) {
    char c = token[i];
    if (IsUpperAscii(c)) c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

// The cue a word before a name gives (kLocative, kNear, kMotion), kNone if
// none.
inline PlaceCue CueOf(std::string_view w) { return static_cast<PlaceCue>(kCueWords.find(w)); }
inline bool IsNearWord(std::string_view w) { return CueOf(w) == PlaceCue::kNear; }

// "north", "southeastern", "north-west", "central", "mid"...
inline bool IsCompassWord(std::string_view w) { return kCompassWords.contains(w); }
// The part a compass word names ("northern" → kNorth); kWhole if none.
CompassPart Compass(std::string_view w);

// The kind of place a word names ("province", "town", "airport"), or kNone.
inline PlaceQualifier QualifierOf(std::string_view w) {
  return static_cast<PlaceQualifier>(kQualifierWords.find(w));
}

// Nouns after "X's" that make X a place ("Baghdad's airport").
inline bool IsPlaceNoun(std::string_view w) { return kPlaceNouns.contains(w) || IsCompassWord(w); }

// Words that end a subject and start a predicate: "Tehran said".
inline bool IsVerbAfterSubject(std::string_view w) {
  if (kSubjectVerbs.contains(w)) return true;
  // A lower-case past form ("summoned", "imposed").
  return w.size() > 4 && IsLowerAscii(w[0]) && w.substr(w.size() - 2) == "ed";
}

// Capitalised nouns after a place name that make the whole an institution
// or event named after the place ("Gaza Health Ministry", "Baghdad Airport").
inline bool IsInstitutionWord(std::string_view w) { return kInstitutionWords.contains(w); }

// Capitalised nouns after a place name that name a feature of it ("Jordan
// Valley", "Sinjar Mountains"): the place stays a place.
inline bool IsLandformWord(std::string_view w) { return kLandformWords.contains(w); }

// Lower-case nouns of a building named after the name before them.
inline bool IsBuildingWord(std::string_view w) { return kBuildingWords.contains(w); }

// Words before a capitalised name that make it a person's name.
inline bool IsTitle(std::string_view w) { return kTitles.contains(w); }

// Capitalised words that never begin a place name on their own.
inline bool IsFunctionWord(std::string_view w) { return kFunctionWords.contains(w); }

// Words of a people or faith that are no place on their own.
inline bool IsPeopleWord(std::string_view w) { return kPeopleWords.contains(w); }

// A spelled number, hyphenated or not ("Seventy-nine", "Dozens").
inline bool IsNumberWord(std::string_view w) {
  while (!w.empty()) {
    const size_t dash = w.find('-');
    if (!kNumberWords.contains(w.substr(0, dash))) return false;
    if (dash == std::string_view::npos) return true;
    w.remove_prefix(dash + 1);
  }
  return false;
}

inline bool IsPossessive(const Token& t) {
  return t.text == "'s" || t.text == "\xE2\x80\x99s" || t.text == "'" || t.text == "\xE2\x80\x99";
}

// Numbers, units and hedges of a distance ("some 20 km", "(12 miles)").
inline bool IsDistanceWord(const Token& t) {
  if (t.kind == TokenKind::kNumber) return true;
  return kDistanceWords.contains(t.text) || t.text == "(" || t.text == ")";
}

// "50 nautical miles", "20 km", "(12 miles)" ending at token j: the
// distance in kilometres, or 0 left unchanged when there is none.
void ReadDistance(std::span<const Token> tokens, int32_t j, float* km);

// Words that open a phrase telling the news's background: a place after
// them in the sentence is where something else happened.
inline bool OpensBackground(std::string_view w) { return kBackgroundWords.contains(w); }

}  // namespace casus::toponym_words

#endif  // CASUS_GEO_TOPONYM_WORDS_H_
