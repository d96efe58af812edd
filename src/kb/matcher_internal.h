// casus — internal: the tables and per-sentence state of ActorMatcher,
// shared by actor_matcher.cc (tables, word units, phrase lookup),
// actor_composer.cc (phrases → mentions) and introduced_actors.cc.
#ifndef CASUS_KB_MATCHER_INTERNAL_H_
#define CASUS_KB_MATCHER_INTERNAL_H_

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "kb/actor_matcher.h"
#include "kb/normalize.h"
#include "kb/phrase_trie.h"

namespace casus {

// Classes of function words, as bits of Tables::word_class.
enum WordClassBit : uint16_t {
  kWordDeterminer = 1 << 0,      // the, a, an, this, that, these, those
  kWordDefinite = 1 << 1,        // the, this, that, these, those
  kWordStop = 1 << 2,            // words that end a country-to-agent gap
  kWordPrefix = 1 << 3,          // pro-, anti-, non-, ex-
  kWordNameParticle = 1 << 4,    // al, bin, ibn, abu ... inside person names
  kWordCoordinator = 1 << 5,     // and, or, ","
  kWordIndefinite = 1 << 6,      // a, an
  kWordFormer = 1 << 7,          // former, ex, late, ousted, deposed
  kWordIntroVerb = 1 << 8,       // called, named, dubbed, calling, calls, styling, known
  kWordNameBlocker = 1 << 9,     // capitalised words that never start a name after a title
  kWordExpletiveTail = 1 << 10,  // "it is [unclear|true|not|said...]": "it" names nobody
  kWordPlaceNoun =
      1 << 11,  // neighbourhood, district, camp, mosque: "the Sheikh Jarrah neighbourhood"
};

// Ids of the function words the composer tests for directly.
struct MatcherWords {
  uint32_t the = kNoWord, of = kNoWord, and_ = kNoWord, comma = kNoWord;
  uint32_t it = kNoWord, its = kNoWord, itself = kNoWord, as = kNoWord;
  uint32_t known = kNoWord, possessive = kNoWord, pro = kNoWord, anti = kNoWord;
  uint32_t ex = kNoWord, name = kNoWord, by = kNoWord, going = kNoWord;
  uint32_t previously = kNoWord, unknown = kNoWord, little = kNoWord, new_ = kNoWord;
  uint32_t newly = kNoWord, shadowy = kNoWord, obscure = kNoWord, self = kNoWord;
  uint32_t hitherto = kNoWord, lesser = kNoWord;
  uint32_t calling = kNoWord, calls = kNoWord, styling = kNoWord, styles = kNoWord;
  uint32_t which = kNoWord, that = kNoWord, for_ = kNoWord, in = kNoWord;
  uint32_t is = kNoWord, was = kNoWord, seems = kNoWord, appears = kNoWord, remains = kNoWord;
};

struct ActorMatcher::Tables {
  const KnowledgeBase* kb = nullptr;
  Options options;
  PhraseWordTable words;
  PhraseTrie trie;
  std::vector<uint16_t> word_class;  // per word id
  std::vector<uint8_t> word_marker;  // per word id: MarkerKind of a hyphen suffix
  MatcherWords fw;
  // Last word of each person's names → persons, for "President Biden".
  std::unordered_map<uint32_t, std::vector<ActorIndex>> persons_by_last_word;
  // The other words of each person's names (given names, particles), as
  // (person, word id) pairs in order: "President Dioncounda Traore" is not
  // Moussa Traoré.
  std::vector<std::pair<ActorIndex, uint32_t>> person_name_words;

  bool PersonNameHas(ActorIndex person, uint32_t word) const {
    return std::binary_search(person_name_words.begin(), person_name_words.end(),
                              std::make_pair(person, word));
  }
  // Per word id: 1 for one-word titles that are also ordinary words
  // ("major", "head"): titles only when capitalised or qualified.
  std::vector<uint8_t> common_title_word;

  bool CommonTitleWord(uint32_t word) const {
    return word < common_title_word.size() && common_title_word[word] != 0;
  }
  uint16_t Class(uint32_t word) const { return word < word_class.size() ? word_class[word] : 0; }
  MarkerKind Marker(uint32_t word) const {
    return word < word_marker.size() ? static_cast<MarkerKind>(word_marker[word])
                                     : MarkerKind::kNone;
  }
};

// One word unit of the sentence: a token, or a part of a hyphenated token.
struct MatchUnit {
  std::string_view raw;
  uint32_t word = kNoWord;
  uint32_t token = 0;
  WordShape shape;
  bool first_in_token = false;
  bool last_in_token = false;
  bool punct = false;  // a punctuation or symbol token: phrases never cross it
};

// A phrase found in the sentence, before composition.
struct MatchItem {
  uint32_t first_unit = 0;
  uint32_t end_unit = 0;                // one past the last matched unit (a marker is not included)
  uint32_t next_unit = 0;               // where scanning went on (after a marker suffix)
  const PhrasePayload* name = nullptr;  // best payload of each role, if any
  const PhrasePayload* demonym = nullptr;
  const PhrasePayload* capital = nullptr;
  const PhrasePayload* agent = nullptr;
  const PhrasePayload* title = nullptr;
  const PhrasePayload* region = nullptr;
  bool ambiguous = false;  // the name payloads name several actors
  // True when no payload is left (a lone surname dropped in Compose()).
  bool empty() const {
    return name == nullptr && demonym == nullptr && capital == nullptr && agent == nullptr &&
           title == nullptr && region == nullptr;
  }
  bool consumed = false;  // absorbed into a mention already
  uint32_t flags = 0;     // kMentionPro/Anti/Former/Compound
  MarkerKind marker = MarkerKind::kNone;
  std::string_view marker_text;
};

struct ActorMatcher::Scratch::Buffers {
  std::string norm;
  std::vector<MatchUnit> units;
  std::vector<MatchItem> items;
  std::vector<uint8_t> start_ok;    // per unit: a phrase may start here
  std::vector<uint32_t> item_at;    // per unit: the item starting there, or UINT32_MAX
  std::vector<uint32_t> item_over;  // per unit: the item covering it, or UINT32_MAX
};

// The work on one sentence.
class SentenceMatch {
 public:
  SentenceMatch(const ActorMatcher::Tables& tables, std::span<const Token> tokens,
                const std::optional<Date>& date, ActorMatcher::Scratch::Buffers& buffers,
                std::vector<ActorMention>& out, std::string_view home = {})
      : t_(tables),
        kb_(*tables.kb),
        tokens_(tokens),
        date_(date),
        home_(home),
        units_(buffers.units),
        items_(buffers.items),
        b_(buffers),
        out_(out),
        first_out_(out.size()) {}

  void Run();

 private:
  // actor_matcher.cc
  void SplitUnits();
  void FindItems();
  bool CaseAllows(const PhrasePayload& p, uint32_t first, uint32_t end) const;
  bool FillRoles(MatchItem& item, uint32_t node, uint32_t first, uint32_t end) const;

  // actor_composer.cc
  void Compose();
  // Drops a one-word person name that is part of a longer unknown name
  // ("Bandar Abbas", "Abbas Mousavi" are not Mahmoud Abbas).
  void DropLoneSurnames();
  // Marks mentions right after "in", "at", "near"...: places, mostly.
  void MarkLocatives();
  size_t ComposeAt(size_t i);
  bool IsModifier(const MatchItem& item) const;
  size_t NextItemAfter(uint32_t unit, int max_gap, bool allow_possessive, bool& possessive) const;
  size_t ComposeModified(size_t i);
  // `qualifier`: an agent between the modifier and the title, which gives
  // the office its sector ("Lebanese Army commander Joseph Aoun").
  size_t ComposeTitle(size_t title_item, std::span<const size_t> modifiers, bool possessive,
                      size_t qualifier = SIZE_MAX);
  // "the government of Iraq": the state item after "of [the]", or SIZE_MAX.
  size_t OfState(uint32_t unit, uint32_t& end_unit) const;
  void EmitNamed(const MatchItem& item);
  size_t EmitAgent(size_t i);
  void EmitPronouns();
  bool ExpletiveIt(uint32_t unit) const;
  void SetActorCodes(ActorMention& m, ActorIndex actor) const;
  void SetAgentCodes(ActorMention& m, const MatchItem& modifier, const MatchItem& head) const;
  ActorIndex ModifierState(const MatchItem& item) const;
  ActorIndex ModifierActor(const MatchItem& item) const;
  // Capitalised name words after unit `u` (for a title): [u, end).
  uint32_t NameSpanAfter(uint32_t u) const;
  // The person a title and name (units [first, end): the surname last, any
  // words before it the person's own) name, or kNoActor; on a tie between
  // holders of one country ("President Bush" between two terms),
  // `shared_country` is that country.
  ActorIndex ResolveSurname(uint32_t first, uint32_t end, uint32_t title_key,
                            std::string_view country, ActorIndex org,
                            std::string_view& shared_country) const;
  ActorMention& NewMention(uint32_t first_token, uint32_t end_token);
  bool PrecededByDefinite(uint32_t unit) const;
  bool UsedAsModifier(const MatchItem& item) const;
  uint32_t UnitTokenEnd(uint32_t unit) const { return units_[unit].token + 1; }

  // introduced_actors.cc
  void FindIntroduced();
  bool IntroVerbAt(uint32_t u, uint32_t& name_start) const;
  bool NameAt(uint32_t u, uint32_t& first, uint32_t& end) const;
  bool IntroducedNameSpan(uint32_t u, uint32_t& end) const;
  uint32_t NameSpanBefore(uint32_t end) const;
  bool IndefiniteBefore(uint32_t unit, bool need_unknown, uint32_t& determiner) const;
  uint32_t FirstUnitOfToken(uint32_t token, uint32_t hint) const;
  size_t MentionCovering(uint32_t token) const;
  // `noun_is_name`: the noun and the name are one actor even when the name
  // is already known ("a group calling itself Ashab al-Kahf").
  bool AddIntroduced(uint32_t name_first, uint32_t name_end, const MatchItem& noun,
                     bool noun_is_name);
  // P5: bodies named by a run of capitalised words round an organisation's
  // noun ("the National Union of Mineworkers").
  void FindNamedBodies();

  const ActorMatcher::Tables& t_;
  const KnowledgeBase& kb_;
  std::span<const Token> tokens_;
  const std::optional<Date>& date_;
  std::string_view home_;  // the report's country (ActorMatcher::Match)
  std::vector<MatchUnit>& units_;
  std::vector<MatchItem>& items_;
  ActorMatcher::Scratch::Buffers& b_;
  std::vector<ActorMention>& out_;
  size_t first_out_;
};

}  // namespace casus

#endif  // CASUS_KB_MATCHER_INTERNAL_H_
