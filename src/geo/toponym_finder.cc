#include "geo/toponym_finder.h"

#include <algorithm>
#include <array>
#include <string>

#include "geo/name_key.h"

namespace casus {
namespace {

constexpr uint32_t kMaxNameTokens = 8;

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

// Case-insensitive comparison of an ASCII token with a lower-case word.
bool Is(std::string_view token, std::string_view lower) {
  if (token.size() != lower.size()) return false;
  for (size_t i = 0; i < token.size(); ++i) {
    char c = token[i];
    if (IsUpperAscii(c)) c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

constexpr uint32_t WordHash(std::string_view w) {
  uint32_t h = 2166136261u;
  for (char c : w) h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
  return h;
}

// ASCII upper-case letters lower-cased, every other byte as it is.
constexpr std::array<uint8_t, 256> kLowerAscii = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = static_cast<uint8_t>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return table;
}();

constexpr size_t SlotsFor(size_t n) {
  size_t slots = 8;
  while (slots < 4 * n) slots <<= 1;
  return slots;
}

// A small fixed set of lower-case ASCII words, matched case-insensitively
// through a hash table built at compile time.
template <size_t N>
struct WordSet {
  static_assert(N < 255);
  static constexpr size_t kSlots = SlotsFor(N);
  static constexpr size_t kMaxLength = 16;
  std::array<std::string_view, N> words;
  std::array<uint8_t, kSlots> slots{};  // word index + 1, 0 = empty
  // Quick rejection before lower-casing and hashing: for each length, the
  // lower-case first letters of the words that long, and the last letters
  // of all words (bit c & 63; filters only).
  std::array<uint64_t, kMaxLength + 1> initials{};
  uint64_t finals = 0;

  constexpr explicit WordSet(std::array<std::string_view, N> list) : words(list) {
    for (size_t w = 0; w < N; ++w) {
      size_t slot = WordHash(words[w]) & (kSlots - 1);
      while (slots[slot] != 0) slot = (slot + 1) & (kSlots - 1);
      slots[slot] = static_cast<uint8_t>(w + 1);
      initials[words[w].size()] |= uint64_t{1} << (static_cast<uint8_t>(words[w][0]) & 63);
      finals |= uint64_t{1} << (static_cast<uint8_t>(words[w].back()) & 63);
    }
  }

  static char Lower(char c) { return static_cast<char>(kLowerAscii[static_cast<uint8_t>(c)]); }

  bool contains(std::string_view token) const {
    const size_t n = token.size();
    if (n == 0 || n > kMaxLength) return false;
    if (!(initials[n] & (uint64_t{1} << (static_cast<uint8_t>(Lower(token[0])) & 63))) ||
        !(finals & (uint64_t{1} << (static_cast<uint8_t>(Lower(token[n - 1])) & 63)))) {
      return false;
    }
    char lower[kMaxLength];
    uint32_t h = 2166136261u;  // WordHash of the lower-cased token
    for (size_t i = 0; i < n; ++i) {
      lower[i] = Lower(token[i]);
      h = (h ^ static_cast<uint8_t>(lower[i])) * 16777619u;
    }
    const std::string_view key(lower, n);
    size_t slot = h & (kSlots - 1);
    while (slots[slot] != 0) {
      if (words[slots[slot] - 1] == key) return true;
      slot = (slot + 1) & (kSlots - 1);
    }
    return false;
  }
};

constexpr WordSet<12> kLocativeWords{{"in", "at", "inside", "within", "across", "throughout", "on",
                                      "over", "into", "onto", "against", "upon"}};
constexpr WordSet<25> kAttackVerbs{
    {"hit",       "hits",     "struck",   "strike",    "strikes",    "shelled",   "bombed",
     "bombarded", "pounded",  "targeted", "targeting", "attacked",   "raided",    "stormed",
     "besieged",  "captured", "seized",   "entered",   "recaptured", "liberated", "invaded",
     "rocked",    "shook",    "killed",   "rocketed"}};
constexpr WordSet<8> kNearWords{
    {"near", "outside", "nearby", "around", "off", "beside", "besides", "by"}};
constexpr WordSet<8> kMotionWords{
    {"from", "to", "toward", "towards", "via", "through", "between", "reached"}};
constexpr WordSet<20> kCompassWords{{"north",        "south",        "east",         "west",
                                     "northeast",    "northwest",    "southeast",    "southwest",
                                     "northern",     "southern",     "eastern",      "western",
                                     "northeastern", "northwestern", "southeastern", "southwestern",
                                     "central",      "north-east",   "north-west",   "south-east"}};
constexpr WordSet<6> kCompassWords2{
    {"south-west", "north-eastern", "north-western", "south-eastern", "south-western", "mid"}};

CompassPart Compass(std::string_view w) {
  std::string s;
  for (char c : w) {
    if (c != '-') s.push_back(IsUpperAscii(c) ? static_cast<char>(c + 32) : c);
  }
  if (s.size() > 5 && s.compare(s.size() - 3, 3, "ern") == 0)
    s.resize(s.size() - 3);  // northern → north
  if (s == "north") return CompassPart::kNorth;
  if (s == "south") return CompassPart::kSouth;
  if (s == "east") return CompassPart::kEast;
  if (s == "west") return CompassPart::kWest;
  if (s == "northeast") return CompassPart::kNorthEast;
  if (s == "northwest") return CompassPart::kNorthWest;
  if (s == "southeast") return CompassPart::kSouthEast;
  if (s == "southwest") return CompassPart::kSouthWest;
  if (s == "central" || s == "mid") return CompassPart::kCentral;
  return CompassPart::kWhole;
}

bool IsCompassWord(std::string_view w) {
  return kCompassWords.contains(w) || kCompassWords2.contains(w);
}

PlaceQualifier QualifierOf(std::string_view w) {
  static constexpr WordSet<8> kProvince{{"province", "governorate", "region", "state", "oblast",
                                         "provinces", "governorates", "county"}};
  static constexpr WordSet<8> kDistrict{{"district", "neighbourhood", "neighborhood", "suburb",
                                         "quarter", "area", "camp", "subdistrict"}};
  static constexpr WordSet<6> kCity{
      {"city", "town", "village", "municipality", "township", "port"}};
  static constexpr WordSet<6> kBase{{"base", "airbase", "airport", "airfield", "garrison", "air"}};
  if (kProvince.contains(w)) return PlaceQualifier::kProvince;
  if (kDistrict.contains(w)) return PlaceQualifier::kDistrict;
  if (kCity.contains(w)) return PlaceQualifier::kCity;
  if (kBase.contains(w)) return PlaceQualifier::kBase;
  return PlaceQualifier::kNone;
}

// Nouns after "X's" that make X a place ("Baghdad's airport").
bool IsPlaceNoun(std::string_view w) {
  static constexpr WordSet<40> kNouns{
      {"airport", "outskirts",     "streets",      "street",   "suburbs",   "suburb",
       "centre",  "center",        "downtown",     "port",     "province",  "governorate",
       "city",    "neighbourhood", "neighborhood", "district", "districts", "old",
       "border",  "borders",       "countryside",  "camp",     "camps",     "coast",
       "desert",  "heart",         "capital",      "region",   "north",     "south",
       "east",    "west",          "northern",     "southern", "eastern",   "western",
       "central", "main",          "outskirt",     "airspace"}};
  return kNouns.contains(w) || IsCompassWord(w);
}

// Words that end a subject and start a predicate: "Tehran said".
bool IsVerbAfterSubject(std::string_view w) {
  static constexpr WordSet<44> kVerbs{
      {"said",     "says",      "say",       "has",      "have",     "had",       "is",
       "was",      "will",      "would",     "could",    "should",   "may",       "might",
       "must",     "can",       "warned",    "warns",    "accused",  "accuses",   "denied",
       "denies",   "announced", "condemned", "condemns", "launched", "responded", "retaliated",
       "rejected", "called",    "calls",     "urged",    "urges",    "demanded",  "threatened",
       "vowed",    "insisted",  "claimed",   "blamed",   "wants",    "agreed",    "signed",
       "sent",     "does"}};
  if (kVerbs.contains(w)) return true;
  // A lower-case past form ("summoned", "imposed").
  return w.size() > 4 && IsLowerAscii(w[0]) && w.substr(w.size() - 2) == "ed";
}

// Capitalised nouns after a place name that make the whole an institution
// or event named after the place ("Gaza Health Ministry", "Baghdad Airport").
bool IsInstitutionWord(std::string_view w) {
  static constexpr WordSet<63> kWords{
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
  return kWords.contains(w);
}

// Capitalised nouns after a place name that name a feature of it ("Jordan
// Valley", "Sinjar Mountains"): the place stays a place.
bool IsLandformWord(std::string_view w) {
  static constexpr WordSet<16> kWords{{"valley", "mountains", "mountain", "mount", "plain",
                                       "plains", "river", "desert", "basin", "hills", "heights",
                                       "coast", "lake", "dam", "island", "islands"}};
  return kWords.contains(w);
}

// Words before a capitalised name that make it a person's name.
bool IsTitle(std::string_view w) {
  static constexpr WordSet<30> kTitles{
      {"president", "minister",  "king",    "queen", "prince",    "princess", "sheikh", "sheik",
       "imam",      "ayatollah", "general", "gen",   "gen.",      "col",      "col.",   "colonel",
       "lt",        "lt.",       "major",   "maj.",  "captain",   "capt.",    "mr",     "mr.",
       "mrs",       "mrs.",      "dr",      "dr.",   "spokesman", "leader"}};
  return kTitles.contains(w);
}

// Capitalised words that never begin a place name on their own.
bool IsFunctionWord(std::string_view w) {
  static constexpr WordSet<77> kWords{
      {"the",      "a",        "an",       "i",         "it",       "he",        "she",
       "we",       "they",     "you",      "this",      "that",     "these",     "those",
       "his",      "her",      "its",      "their",     "our",      "in",        "on",
       "at",       "by",       "for",      "from",      "to",       "with",      "and",
       "but",      "or",       "if",       "as",        "so",       "not",       "no",
       "yes",      "after",    "before",   "when",      "while",    "since",     "during",
       "near",     "monday",   "tuesday",  "wednesday", "thursday", "friday",    "saturday",
       "sunday",   "january",  "february", "april",     "july",     "september", "october",
       "november", "december", "there",    "here",      "what",     "who",       "however",
       "mr",       "mrs",      "ms",       "dr",        "sen",      "rep",       "gov",
       "gen",      "col",      "lt",       "sgt",       "capt",     "maj",       "rev"}};
  return kWords.contains(w);
}

bool IsPossessive(const Token& t) {
  return t.text == "'s" || t.text == "\xE2\x80\x99s" || t.text == "'" || t.text == "\xE2\x80\x99";
}

bool IsDistanceWord(const Token& t) {
  if (t.kind == TokenKind::kNumber) return true;
  static constexpr WordSet<14> kUnits{{"km", "kilometres", "kilometers", "kilometre", "kilometer",
                                       "miles", "mile", "some", "about", "around", "roughly",
                                       "nearly", "just", "few"}};
  return kUnits.contains(t.text) || t.text == "(" || t.text == ")";
}

// The words between two mentions of a sentence, when few enough that the
// two may be related (a list, an apposition, "X in Y", "X, north of Y").
constexpr uint32_t kMaxBetween = 12;
class BetweenWords {
 public:
  void push_back(std::string_view w) { words_[size_++] = w; }
  void pop_back() { --size_; }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  std::string_view back() const { return words_[size_ - 1]; }
  std::string_view operator[](size_t i) const { return words_[i]; }

 private:
  std::array<std::string_view, kMaxBetween> words_;
  size_t size_ = 0;
};

// "50 nautical miles", "20 km", "(12 miles)" ending at token j: the
// distance in kilometres, or 0 left unchanged when there is none.
void ReadDistance(std::span<const Token> tokens, int32_t j, float* km) {
  if (j >= 0 && tokens[j].text == ")") --j;
  if (j < 1) return;
  double factor = 0;
  const std::string_view unit = tokens[j].text;
  if (Is(unit, "km") || Is(unit, "kilometres") || Is(unit, "kilometers") || Is(unit, "kilometre") ||
      Is(unit, "kilometer")) {
    factor = 1;
  } else if (Is(unit, "miles") || Is(unit, "mile")) {
    factor = j >= 2 && Is(tokens[j - 1].text, "nautical") ? 1.852 : 1.609;
    if (factor > 1.7) --j;
  } else {
    return;
  }
  --j;
  if (j >= 0 && tokens[j].text == "(") --j;
  if (j < 0 || tokens[j].kind != TokenKind::kNumber) return;
  double value = 0;
  for (char c : tokens[j].text) {
    if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
    } else if (c != ',') {
      break;
    }
  }
  if (value > 0 && value * factor < 1000) *km = static_cast<float>(value * factor);
}

// Words that open a phrase telling the news's background: a place after
// them in the sentence is where something else happened.
bool OpensBackground(std::string_view w) {
  static constexpr WordSet<8> kWords{{"amid", "amidst", "despite", "response", "retaliation",
                                      "revenge", "reprisal", "anniversary"}};
  return kWords.contains(w);
}

// True if tokens [begin, end) are a dateline the segmenter left in the
// first sentence ("WASHINGTON/BAGHDAD — US jets struck ..."): capitals at
// the start, each followed by a slash, a comma or a dash.
bool IsDatelineWord(std::span<const Token> tokens, uint32_t begin, uint32_t end) {
  for (uint32_t t = 0; t < end; ++t) {
    const std::string_view w = tokens[t].text;
    if (t >= begin) {
      for (char c : w) {
        if (IsLowerAscii(c)) return false;
      }
      if (w.size() < 3) return false;  // not "US/UK strikes"
    } else if (w != "/" && w != ",") {
      bool caps = w.size() >= 3;
      for (char c : w) caps = caps && !IsLowerAscii(c);
      if (!caps) return false;
    }
  }
  if (end >= tokens.size()) return false;
  const std::string_view after = tokens[end].text;
  return after == "/" || after == "\xE2\x80\x94" || after == "\xE2\x80\x93" || after == "-" ||
         after == "--";
}

// "X, in the kingdom's Y": the words between two names that put the first
// inside the second, with a possessive noun phrase before the second.
bool InsidePhrase(const BetweenWords& between) {
  size_t i = 0;
  if (i < between.size() && between[i] == ",") ++i;
  if (i >= between.size() || !Is(between[i], "in")) return false;
  ++i;
  if (i < between.size() && Is(between[i], "the")) ++i;
  // one lower-case noun and a possessive: "kingdom 's", "country 's"
  return i + 2 == between.size() && !between[i].empty() && IsLowerAscii(between[i][0]) &&
         (between[i + 1] == "'s" || between[i + 1] == "\xE2\x80\x99s");
}

// What the first byte of a token says about its starting a name: 1 yes
// (an upper-case ASCII letter or the lead byte of a non-ASCII letter), 2
// perhaps (a, e, t: "al-Asad", "at-Tanf"), 0 no.
constexpr std::array<uint8_t, 256> kNameStart = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = 1;
  for (int c = 0xC0; c < 256; ++c) table[c] = 1;
  table['a'] = table['e'] = table['t'] = 2;
  return table;
}();

// Is `t` plausibly the first token of a name?
inline bool LooksLikeNameStart(std::string_view t) {
  if (t.empty()) return false;
  const uint8_t start = kNameStart[static_cast<uint8_t>(t[0])];
  if (start != 2) return start == 1;
  // "al-Asad", "el-Mandeb", "as-Suwayda", "at-Tanf"
  if (t.size() < 4 || (t[2] != '-' && t[3] != '-')) return false;  // most words: no search
  const size_t dash = t.find('-');
  if (dash != std::string_view::npos && dash >= 2 && dash <= 3 && dash + 1 < t.size() &&
      IsLowerAscii(t[0]) &&
      (IsUpperAscii(t[dash + 1]) || static_cast<uint8_t>(t[dash + 1]) >= 0xC0)) {
    return IsArticleWord(t.substr(0, dash));
  }
  return false;
}

bool IsCapitalisedWord(const Token& t) {
  return t.kind == TokenKind::kWord && !t.text.empty() && IsUpperAscii(t.text[0]);
}

// May a name start at `t`? Function words start no name ("the Red Sea" is
// matched from "Red"), except Arabic articles ("As Samawah").
inline bool MayStartName(const Token& t) {
  if (t.kind != TokenKind::kWord || !LooksLikeNameStart(t.text)) return false;
  // An article of up to three bytes starts with a or e (or is not ASCII).
  const auto c0 = static_cast<uint8_t>(t.text[0]);
  return !(t.text.size() <= 9 && IsFunctionWord(t.text) &&
           !(t.text.size() <= 3 && (c0 >= 0x80 || (c0 | 0x20) == 'a' || (c0 | 0x20) == 'e') &&
             IsArticleWord(t.text) && !Is(t.text, "the")));
}

// The token after `i` as AppendTokenKey wants it: a word or number, or "".
std::string_view NextWord(std::span<const Token> tokens, uint32_t i) {
  if (i + 1 < tokens.size() &&
      (tokens[i + 1].kind == TokenKind::kWord || tokens[i + 1].kind == TokenKind::kNumber)) {
    return tokens[i + 1].text;
  }
  return {};
}

}  // namespace

// The one-word key of every word of a sentence that may start a name,
// computed once per sentence: the keys of all of them are hashed and their
// table slots loaded together (Gazetteer::Prefetch), then the span table is
// read for each (ReadSpans, after the keys of a few more sentences when the
// finder is given a document), and words that start no name are marked
// before the matcher runs. The matcher reuses keys, hashes and span flags.
struct ToponymFinder::FirstWordKeys {
  static constexpr uint32_t kMaxTokens = 128;
  static constexpr size_t kMaxBytes = 2048;
  enum State : uint8_t { kUnknown, kNoStart, kKey };
  std::array<State, kMaxTokens> state;  // [0, min(n, kMaxTokens)) set by Compute
  std::array<uint16_t, kMaxTokens> begin, end;
  std::array<bool, kMaxTokens> kept;
  std::array<uint32_t, kMaxTokens> flags;  // span flags of a non-empty key
  std::array<uint64_t, kMaxTokens> hash;
  std::array<uint64_t, kMaxTokens> hash_state;  // KeyHashAppend(kKeyHashSeed, key)
  char text[kMaxBytes];

  std::string_view key(uint32_t i) const {
    return std::string_view(text + begin[i], end[i] - begin[i]);
  }

  uint32_t count = 0;  // tokens covered: min(n, kMaxTokens)
  // The tokens in state kKey, in order: [0, keyed) of `at_key`. Tokens
  // from `unknown_from` on stay kUnknown (not computed).
  std::array<uint8_t, kMaxTokens> at_key;
  uint32_t keyed = 0;
  uint32_t unknown_from = 0;

  void Compute(std::span<const Token> tokens, const Gazetteer& gazetteer) {
    const uint32_t n = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), kMaxTokens);
    count = n;
    keyed = 0;
    unknown_from = n;
    std::fill_n(state.begin(), n, kUnknown);
    size_t used = 0;
    for (uint32_t i = 0; i < n; ++i) {
      const Token& t = tokens[i];
      if (!MayStartName(t)) {
        state[i] = kNoStart;
        continue;
      }
      size_t length = 0;
      const TokenKeyResult result =
          LeadingTokenKey(t.text, NextWord(tokens, i), text + used, kMaxBytes - used, &length);
      if (result == TokenKeyResult::kTooLong) {  // the rest stays kUnknown
        unknown_from = i;
        break;
      }
      at_key[keyed++] = static_cast<uint8_t>(i);
      kept[i] = result == TokenKeyResult::kKept;
      begin[i] = static_cast<uint16_t>(used);
      used += length;
      end[i] = static_cast<uint16_t>(used);
      state[i] = kKey;
      if (length > 0) {
        hash_state[i] = KeyHashAppend(kKeyHashSeed, key(i));
        hash[i] = KeyHashFinish(hash_state[i]);
        gazetteer.Prefetch(hash[i]);
      }
    }
  }

  void ReadSpans(const Gazetteer& gazetteer) {
    uint32_t still = 0;
    for (uint32_t k = 0; k < keyed; ++k) {
      const uint32_t i = at_key[k];
      if (end[i] != begin[i]) {  // not an article (the name's key starts after it)
        // No name starts with the word: MatchAt would stop at it.
        flags[i] = gazetteer.SpanFlags(key(i), hash[i]);
        if (flags[i] == 0) {
          state[i] = kNoStart;
          continue;
        }
        if (kept[i] && (flags[i] & geo_format::kSpanComplete)) gazetteer.PrefetchKeyEntry(hash[i]);
      }
      at_key[still++] = static_cast<uint8_t>(i);
    }
    keyed = still;
  }

  // After ReadSpans: the text of the keys the matcher will look up.
  void PrefetchKeyTexts(const Gazetteer& gazetteer) const {
    for (uint32_t k = 0; k < keyed; ++k) {
      const uint32_t i = at_key[k];
      if (end[i] != begin[i] && kept[i] && (flags[i] & geo_format::kSpanComplete)) {
        gazetteer.PrefetchKeyText(hash[i]);
      }
    }
  }

  // The first token at or after `from` that may start a name (the tokens
  // not computed all may); `*cursor` walks through at_key.
  uint32_t NextStart(uint32_t from, uint32_t* cursor) const {
    while (*cursor < keyed && at_key[*cursor] < from) ++*cursor;
    if (*cursor < keyed) return at_key[*cursor];
    return std::max(from, unknown_from);
  }
};

uint32_t ToponymFinder::MatchAt(std::span<const Token> tokens, uint32_t i, uint32_t* key,
                                const FirstWordKeys* first) const {
  const Token& t = tokens[i];
  const bool known = first != nullptr && i < FirstWordKeys::kMaxTokens &&
                     first->state[i] != FirstWordKeys::kUnknown;
  if (known ? first->state[i] == FirstWordKeys::kNoStart : !MayStartName(t)) return 0;
  // Grow the run token by token while the span table says some name starts
  // with it; remember the longest run that is a whole name.
  std::string span;                    // short spans stay in the string's inline buffer
  uint64_t span_state = kKeyHashSeed;  // KeyHashAppend(kKeyHashSeed, span)
  uint32_t best = 0;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  for (uint32_t length = 1; length <= kMaxNameTokens && i + length <= n; ++length) {
    const Token& token = tokens[i + length - 1];
    if (token.kind != TokenKind::kWord && !(length > 1 && token.kind == TokenKind::kNumber)) break;
    bool kept = false;
    std::string_view span_key;
    uint64_t hash = 0;
    uint32_t flags = 0;
    if (length == 1 && known) {
      span_key = first->key(i);
      kept = first->kept[i];
      if (span_key.empty()) continue;  // an article so far ("Al" of "Al Udeid")
      hash = first->hash[i];
      flags = first->flags[i];
    } else {
      if (length == 2 && known) {
        span.assign(first->key(i));
        span_state = first->key(i).empty() ? kKeyHashSeed : first->hash_state[i];
      }
      const size_t before = span.size();
      kept = AppendTokenKey(token.text, NextWord(tokens, i + length - 1), length == 1, &span);
      if (span.empty()) continue;  // an article so far ("Al" of "Al Udeid")
      span_key = span;
      span_state = KeyHashAppend(span_state, span_key.substr(before));
      hash = KeyHashFinish(span_state);
      flags = gazetteer_.SpanFlags(span_key, hash);
    }
    if (flags == 0) break;
    if (kept && (flags & geo_format::kSpanComplete)) {
      if (const std::optional<uint32_t> found = gazetteer_.FindKey(span_key, hash)) {
        best = length;
        *key = *found;
      }
    }
    if (!(flags & geo_format::kSpanContinues)) break;
  }
  if (best == 1 && IsFunctionWord(t.text)) return 0;
  return best;
}

void ToponymFinder::Find(std::span<const Token> tokens, uint32_t sentence,
                         std::vector<PlaceMention>* out) const {
  FirstWordKeys first_words;
  first_words.Compute(tokens, gazetteer_);
  first_words.ReadSpans(gazetteer_);
  first_words.PrefetchKeyTexts(gazetteer_);
  FindWithKeys(tokens, sentence, first_words, out);
}

void ToponymFinder::Find(std::span<const Token> tokens, std::span<const Sentence> sentences,
                         std::vector<PlaceMention>* out) const {
  // Sentences in groups: the table slots of all their words are requested
  // before the first is read, so that more of the waits overlap.
  constexpr size_t kGroup = 8;
  std::array<FirstWordKeys, kGroup> keys;
  out->reserve(out->size() + sentences.size() + kGroup);  // about one place name per sentence
  for (size_t g = 0; g < sentences.size(); g += kGroup) {
    const size_t end = std::min(sentences.size(), g + kGroup);
    auto words = [&](size_t s) {
      return tokens.subspan(sentences[s].first_token, sentences[s].size());
    };
    for (size_t s = g; s < end; ++s) keys[s - g].Compute(words(s), gazetteer_);
    for (size_t s = g; s < end; ++s) keys[s - g].ReadSpans(gazetteer_);
    for (size_t s = g; s < end; ++s) keys[s - g].PrefetchKeyTexts(gazetteer_);
    for (size_t s = g; s < end; ++s) {
      FindWithKeys(words(s), static_cast<uint32_t>(s), keys[s - g], out);
    }
  }
}

void ToponymFinder::FindWithKeys(std::span<const Token> tokens, uint32_t sentence,
                                 const FirstWordKeys& first_words,
                                 std::vector<PlaceMention>* out) const {
  const size_t base = out->size();
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  // The first word of a background phrase, looked for up to each mention.
  uint32_t background_from = n, scanned = 0;
  uint32_t cursor = 0;
  // The match at the word after a mention, looked at to read the mention's
  // role: the loop reaches that word next and reuses it.
  uint32_t ahead_at = n, ahead_length = 0, ahead_key = 0;
  for (uint32_t i = first_words.NextStart(0, &cursor); i < n;
       i = first_words.NextStart(i + 1, &cursor)) {
    uint32_t key = 0;
    uint32_t length = 0;
    if (i == ahead_at) {
      length = ahead_length;
      key = ahead_key;
    } else {
      length = MatchAt(tokens, i, &key, &first_words);
    }
    if (length == 0) continue;
    if (i > 0 && IsCompassWord(tokens[i - 1].text) &&
        !(out->size() > base && out->back().end_token == i)) {
      // "eastern Mediterranean", "South Lebanon": a name of its own?
      std::string joined(tokens[i - 1].text);
      for (uint32_t t = i; t < i + length; ++t) {
        joined.push_back(' ');
        joined.append(tokens[t].text);
      }
      if (const std::optional<uint32_t> longer = gazetteer_.FindKey(NameKey(joined))) {
        key = *longer;
        --i;
        ++length;
      }
    }
    PlaceMention m;
    m.sentence = sentence;
    m.first_token = i;
    m.end_token = i + length;
    const Token& first = tokens[i];
    const Token& last = tokens[i + length - 1];
    m.start = first.start;
    m.end = last.end;
    m.text = std::string_view(first.text.data(), last.end - first.start);
    m.key = key;
    const uint16_t key_flags = length == 1 ? gazetteer_.KeyFlags(key) : 0;
    m.common_word = (key_flags & geo_format::kCommonWord) != 0;
    m.english_word = (key_flags & geo_format::kEnglishWord) != 0;
    m.arabic_script = HasArabicScript(m.text);
    for (; scanned < i && background_from == n; ++scanned) {
      if (OpensBackground(tokens[scanned].text)) background_from = scanned;
    }
    m.background = i > background_from;
    if (IsDatelineWord(tokens, i, m.end_token)) m.cue = PlaceCue::kDateline;
    m.sentence_initial =
        i == 0 || (tokens[i - 1].kind == TokenKind::kPunct && tokens[i - 1].text != ",");

    // ---- Before the name: compass part, "the X of", cue word ----
    int32_t j = static_cast<int32_t>(i) - 1;
    auto skip_the = [&] {
      while (j >= 0 && (Is(tokens[j].text, "the") || Is(tokens[j].text, "a"))) --j;
    };
    skip_the();
    if (j >= 0 && IsCompassWord(tokens[j].text) && !IsCapitalisedWord(tokens[j])) {
      m.part = Compass(tokens[j].text);
      --j;
      skip_the();
    } else if (j >= 0 && IsCompassWord(tokens[j].text) && IsCapitalisedWord(tokens[j]) &&
               !m.sentence_initial) {
      m.part = Compass(tokens[j].text);  // "North Gaza" when not a name of its own
      // "Western Cambodia": the compass word is this name's part, not a
      // place of its own (Uganda's Western Region).
      if (out->size() > base && out->back().first_token == static_cast<uint32_t>(j) &&
          out->back().end_token == static_cast<uint32_t>(j) + 1) {
        out->pop_back();
      }
      --j;
      skip_the();
    }
    if (j >= 0 && Is(tokens[j].text, "of")) {
      const int32_t of = j;
      --j;
      if (j >= 0 && IsCompassWord(tokens[j].text)) {
        const CompassPart part = Compass(tokens[j].text);
        --j;
        if (j >= 0 && Is(tokens[j].text, "the")) {  // "in the south of Lebanon"
          m.part = part;
          --j;
        } else {  // "(20 km) north of Baghdad"
          m.cue = PlaceCue::kDirectional;
          ReadDistance(tokens, j, &m.offset_km);
          if (m.offset_km > 0) m.offset_direction = part;
          while (j >= 0 && IsDistanceWord(tokens[j])) --j;
        }
      } else if (j >= 0 && Is(tokens[j].text, "capital")) {
        m.capital_of = true;
        --j;
        skip_the();
      } else if (j >= 0 && (Is(tokens[j].text, "outskirts") || Is(tokens[j].text, "vicinity") ||
                            Is(tokens[j].text, "edge") || Is(tokens[j].text, "coast") ||
                            Is(tokens[j].text, "countryside") || Is(tokens[j].text, "shores"))) {
        m.cue = PlaceCue::kNear;
        --j;
        skip_the();
        if (j >= 0 && (Is(tokens[j].text, "on") || Is(tokens[j].text, "off") ||
                       Is(tokens[j].text, "in") || Is(tokens[j].text, "near"))) {
          --j;
        }
      } else if (j >= 0 && QualifierOf(tokens[j].text) != PlaceQualifier::kNone) {
        m.qualifier = QualifierOf(tokens[j].text);
        --j;
        skip_the();
        if (j >= 1 && Is(tokens[j].text, "of") && IsCompassWord(tokens[j - 1].text)) {
          // "50 nautical miles southwest of the port of Aden"
          const CompassPart part = Compass(tokens[j - 1].text);
          j -= 2;
          m.cue = PlaceCue::kDirectional;
          ReadDistance(tokens, j, &m.offset_km);
          if (m.offset_km > 0) m.offset_direction = part;
          while (j >= 0 && IsDistanceWord(tokens[j])) --j;
        }
      } else {
        j = of;
      }
    }
    if (m.cue == PlaceCue::kNone && j >= 0) {
      const std::string_view w = tokens[j].text;
      if (Is(w, "of") && j == static_cast<int32_t>(i) - 1) {
        m.cue = PlaceCue::kOf;
      } else if (kLocativeWords.contains(w) || kAttackVerbs.contains(w)) {
        m.cue = PlaceCue::kLocative;
      } else if (kNearWords.contains(w)) {
        m.cue = PlaceCue::kNear;
      } else if (Is(w, "to") && j > 0 && Is(tokens[j - 1].text, "close")) {
        m.cue = PlaceCue::kNear;
      } else if (kMotionWords.contains(w)) {
        m.cue = PlaceCue::kMotion;
      }
    }
    if (m.cue == PlaceCue::kNone && i > 0) {
      const Token& prev = tokens[i - 1];
      if (IsTitle(prev.text) ||
          (IsCapitalisedWord(prev) && !IsFunctionWord(prev.text) && !IsCompassWord(prev.text) &&
           !(out->size() > base && out->back().end_token == i))) {
        m.name_part = true;  // "Abu Mahdi al-Muhandis", "President Aoun", "Minister Israel Katz"
      }
    }

    // ---- After the name: qualifier, possessive, verb, modifier ----
    uint32_t k = m.end_token;
    if (k < n && tokens[k].kind == TokenKind::kWord) {
      const PlaceQualifier q = QualifierOf(tokens[k].text);
      if (q != PlaceQualifier::kNone &&
          !(Is(tokens[k].text, "air") && (k + 1 >= n || !Is(tokens[k + 1].text, "base")))) {
        m.qualifier = q;
        k += Is(tokens[k].text, "air") ? 2 : 1;
      }
    }
    if (k < n && IsPossessive(tokens[k])) {
      // "Washington's allies", "Syria's President" (the resolver confirms);
      // "Iraq's Kurdistan region" becomes a container below.
      if (k + 1 < n && !IsPlaceNoun(tokens[k + 1].text)) m.role = MentionRole::kActor;
    } else if (k < n && tokens[k].kind == TokenKind::kWord) {
      if (IsVerbAfterSubject(tokens[k].text) && m.cue == PlaceCue::kNone) {
        m.subject_of_verb = true;
      } else if (IsCapitalisedWord(tokens[k]) && !IsFunctionWord(tokens[k].text) &&
                 m.qualifier == PlaceQualifier::kNone && m.role == MentionRole::kPlace) {
        if (IsInstitutionWord(tokens[k].text)) {
          // "Gaza Health Ministry", "Baghdad Airport", "Quds Force" (even
          // when the next word is itself some place's name)
          m.role = MentionRole::kModifier;
        } else {
          ahead_at = k;
          ahead_length = MatchAt(tokens, k, &ahead_key, &first_words);
          if (ahead_length == 0 && !IsLandformWord(tokens[k].text)) {
            // "Jordan Peterson", "Israel Katz", "the State Affairs Committee":
            // a longer name the cue, if any, belongs to.
            m.name_part = true;
            m.part_of_longer_name = true;
          }
        }
      }
    }
    out->push_back(m);
    i = m.end_token - 1;
  }

  // ---- Relations between the sentence's mentions ----
  for (size_t b = base + 1; b < out->size(); ++b) {
    PlaceMention& later = (*out)[b];
    const size_t a = b - 1;
    PlaceMention& earlier = (*out)[a];
    uint32_t gap = earlier.end_token;
    if (earlier.qualifier != PlaceQualifier::kNone && gap < later.first_token &&
        QualifierOf(tokens[gap].text) != PlaceQualifier::kNone) {
      gap += Is(tokens[gap].text, "air") ? 2 : 1;
    }
    // No relation spans more than a few words: skip far-apart pairs before
    // looking at the words between them.
    if (later.first_token > gap + kMaxBetween) continue;
    BetweenWords between;
    for (uint32_t t = gap; t < later.first_token; ++t) between.push_back(tokens[t].text);
    // The words that belong to the later name's own phrase ("in the western
    // Anbar": "the western") do not separate the two.
    while (!between.empty() && (IsCompassWord(between.back()) || Is(between.back(), "the"))) {
      between.pop_back();
    }
    auto between_is = [&](std::initializer_list<std::string_view> words) {
      if (between.size() != words.size()) return false;
      size_t x = 0;
      for (std::string_view w : words) {
        if (!Is(between[x++], w)) return false;
      }
      return true;
    };
    if (!between.empty() && IsPossessive(tokens[gap])) {
      // "Iraq's Kurdistan region", "Anbar's Haditha"
      bool only_modifiers = true;
      for (size_t x = 1; x < between.size(); ++x) {
        if (!IsCompassWord(between[x])) only_modifiers = false;
      }
      if (only_modifiers) {
        later.container = static_cast<int32_t>(a);
        earlier.role = MentionRole::kContainer;
        if (earlier.capital_of) {
          earlier.capital_of = false;
          later.capital_of = true;
        }
        if (later.cue == PlaceCue::kNone) later.cue = earlier.cue;
      }
    } else if (later.cue == PlaceCue::kNear || later.cue == PlaceCue::kDirectional) {
      // "Taji, north of Baghdad": Baghdad anchors Taji.
      const bool adjacent = between.empty() || (between.size() >= 1 && between[0] == ",") ||
                            IsDistanceWord(tokens[gap]) || IsCompassWord(between[0]) ||
                            kNearWords.contains(between[0]);
      if (adjacent && between.size() <= 8) {
        earlier.container = static_cast<int32_t>(b);
        earlier.near_anchor = true;
        later.role = MentionRole::kContainer;
      }
    } else if (between_is({"in"}) || between_is({",", "in"}) || InsidePhrase(between)) {
      // "the town of Hit in Anbar province"
      earlier.container = static_cast<int32_t>(b);
      later.role = MentionRole::kContainer;
    } else if (between_is({","}) || between_is({"and"}) || between_is({",", "and"}) ||
               between_is({"or"}) || between_is({",", "or"})) {
      later.list_previous = static_cast<int32_t>(a);
      // "Israel and the United States braced for ...": both are subjects.
      if (later.subject_of_verb && earlier.cue == PlaceCue::kNone && !between_is({","})) {
        earlier.subject_of_verb = true;
      }
    }
  }
}

void ToponymFinder::FindDateline(std::span<const Token> tokens, uint32_t sentence,
                                 std::vector<PlaceMention>* out) const {
  const size_t base = out->size();
  Find(tokens, sentence, out);
  for (size_t m = base; m < out->size(); ++m) {
    PlaceMention& mention = (*out)[m];
    mention.cue = PlaceCue::kDateline;
    mention.role = MentionRole::kPlace;
    mention.subject_of_verb = false;
    if (m > base && (*out)[m].list_previous == static_cast<int32_t>(base)) {
      (*out)[base].container = static_cast<int32_t>(m);
      mention.role = MentionRole::kContainer;
      mention.list_previous = -1;
    }
  }
}

}  // namespace casus
