// ActorMatcher: compiled tables, word units and phrase lookup. Composition
// of phrases into mentions is in actor_composer.cc, recognition of actors
// the text introduces in introduced_actors.cc.
#include "kb/actor_matcher.h"

#include <algorithm>

#include "base/word_lists.h"
#include "kb/matcher_internal.h"

namespace casus {
namespace {

struct ClassWord {
  std::string_view word;
  uint16_t classes;
};

// Function words the composer needs to recognise.
constexpr ClassWord kClassWords[] = {
    {"the", kWordDeterminer | kWordDefinite | kWordStop},
    {"this", kWordDeterminer | kWordDefinite | kWordStop},
    {"that", kWordDeterminer | kWordDefinite | kWordStop},
    {"these", kWordDeterminer | kWordDefinite | kWordStop},
    {"those", kWordDeterminer | kWordDefinite | kWordStop},
    {"a", kWordDeterminer | kWordIndefinite | kWordStop},
    {"an", kWordDeterminer | kWordIndefinite | kWordStop},
    {"and", kWordCoordinator | kWordStop},
    {"or", kWordCoordinator | kWordStop},
    {",", kWordCoordinator | kWordStop},
    {"pro", kWordPrefix},
    {"anti", kWordPrefix},
    {"non", kWordPrefix},
    {"ex", kWordPrefix | kWordFormer},
    {"former", kWordFormer},
    {"late", kWordFormer},
    {"ousted", kWordFormer},
    {"deposed", kWordFormer},
    {"slain", kWordFormer},
    {"called", kWordIntroVerb},
    {"named", kWordIntroVerb},
    {"dubbed", kWordIntroVerb},
    {"calling", kWordIntroVerb},
    {"calls", kWordIntroVerb},
    {"styling", kWordIntroVerb},
    {"styles", kWordIntroVerb},
    {"known", kWordIntroVerb},
    {"al", kWordNameParticle},
    {"el", kWordNameParticle},
    {"bin", kWordNameParticle},
    {"ibn", kWordNameParticle},
    {"bint", kWordNameParticle},
    {"abu", kWordNameParticle},
    {"abd", kWordNameParticle},
    {"ben", kWordNameParticle},
    {"de", kWordNameParticle},
    {"da", kWordNameParticle},
    {"du", kWordNameParticle},
    {"van", kWordNameParticle},
    {"von", kWordNameParticle},
    {"der", kWordNameParticle},
    {"le", kWordNameParticle},
    {"la", kWordNameParticle},
    {"ul", kWordNameParticle},
    {"ud", kWordNameParticle},
    {"wa", kWordNameParticle},
};

// Words that end a gap between a country and its noun, besides determiners
// and coordinators: prepositions, auxiliaries, speech verbs.
constexpr std::string_view kStopWords[] = {
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "said",
    "says",
    "say",
    "told",
    "which",
    "who",
    "whose",
    "but",
    "not",
    "after",
    "before",
    "during",
    "against",
    "between",
    "into",
    "over",
    "than",
    "its",
    "their",
    "his",
    "her",
    "it",
    "they",
    "he",
    "she",
    "we",
    "also",
    "when",
    "while",
    "where",
    "killed",
    "attacked",
    // Past tenses not ending in "-ed" ("US jets struck militia sites"):
    // a verb ends the phrase.
    "struck",
    "hit",
    "shot",
    "fought",
    "took",
    "threw",
    "blew",
    "sent",
    "held",
    "met",
    "fled",
    "flew",
    "sought",
    "swept",
    "stole",
    "broke",
    "brought",
    "began",
};

// Capitalised words that never begin a person's name after a title.
constexpr std::string_view kNameBlockers[] = {
    "monday",    "tuesday",   "wednesday", "thursday", "friday",     "saturday", "sunday",
    "january",   "february",  "march",     "april",    "june",       "july",     "august",
    "september", "october",   "november",  "december", "department", "ministry", "office",
    "council",   "committee", "house",     "palace",   "said",       "says",     "told",
    "has",       "had",       "is",        "was",      "will",       "would",    "the",
};

// Nouns after a name that make it the name of a place: "the Sheikh Jarrah
// neighbourhood", "the Imam Ali shrine", "the Sayyida Zeinab district".
constexpr std::string_view kPlaceNouns[] = {
    "neighbourhood", "neighborhood", "district", "quarter", "suburb", "suburbs",  "area",
    "camp",          "village",      "town",     "city",    "street", "square",   "road",
    "mosque",        "shrine",       "hospital", "prison",  "bridge", "crossing", "compound",
};

// Words after "it is" / "it was" that make "it" an empty subject.
constexpr std::string_view kExpletiveTails[] = {
    "unclear",   "clear",     "true",    "false",      "not",    "possible", "impossible",
    "likely",    "unlikely",  "time",    "the",        "a",      "an",       "said",
    "reported",  "believed",  "thought", "understood", "feared", "expected", "important",
    "difficult", "hard",      "too",     "unknown",    "known",  "hoped",    "estimated",
    "necessary", "essential", "worth",   "up",         "over",   "crucial",  "vital",
};

struct MarkerWord {
  std::string_view word;
  MarkerKind kind;
};
constexpr MarkerWord kMarkerWords[] = {
    {"backed", MarkerKind::kBacked},
    {"funded", MarkerKind::kBacked},
    {"financed", MarkerKind::kBacked},
    {"armed", MarkerKind::kBacked},
    {"sponsored", MarkerKind::kBacked},
    {"supported", MarkerKind::kBacked},
    {"trained", MarkerKind::kBacked},
    {"equipped", MarkerKind::kBacked},
    {"led", MarkerKind::kLed},
    {"commanded", MarkerKind::kLed},
    {"headed", MarkerKind::kLed},
    {"aligned", MarkerKind::kAffiliated},
    {"allied", MarkerKind::kAffiliated},
    {"affiliated", MarkerKind::kAffiliated},
    {"linked", MarkerKind::kAffiliated},
    {"tied", MarkerKind::kAffiliated},
    {"inspired", MarkerKind::kAffiliated},
    {"loyal", MarkerKind::kAffiliated},
    {"friendly", MarkerKind::kAffiliated},
    {"controlled", MarkerKind::kControlled},
    {"held", MarkerKind::kControlled},
    {"run", MarkerKind::kControlled},
    {"occupied", MarkerKind::kControlled},
    {"administered", MarkerKind::kControlled},
    {"based", MarkerKind::kBased},
    {"made", MarkerKind::kMade},
    {"built", MarkerKind::kMade},
    {"supplied", MarkerKind::kMade},
    {"manufactured", MarkerKind::kMade},
    {"owned", MarkerKind::kMade},
    {"flagged", MarkerKind::kMade},
    {"registered", MarkerKind::kMade},
    {"designed", MarkerKind::kMade},
    {"provided", MarkerKind::kMade},
};

// Single-word titles that are also ordinary words ("a major attack", "the
// head of"): they count as titles only when capitalised or qualified.
constexpr std::string_view kCommonTitleWords[] = {
    "major",
    "general",
    "head",
    "chief",
    "justice",
    "marshal",
    "captain",
    "director",
    "founder",
    "speaker",
    "leader",
    "commander",
    "prince",
    "judge",
    "minister",
    "envoy",
    "representative",
    "chairman",
    "cleric",
    "imam",
    "gen",
    "rep",
    "sen",
    "col",
    "maj",
    "brig",
    "capt",
    "adm",
    "gov",
    "pres",
    "lawmaker",
    "legislator",
};

CaseRule RuleFromSpelling(std::string_view phrase) {
  int letters = 0;
  bool lower = false;
  bool first_upper = false;
  bool seen_letter = false;
  for (char c : phrase) {
    const bool up = c >= 'A' && c <= 'Z';
    const bool low = c >= 'a' && c <= 'z';
    if (!up && !low) continue;
    if (!seen_letter) first_upper = up;
    seen_letter = true;
    ++letters;
    lower |= low;
  }
  if (letters == 0) return CaseRule::kAny;  // non-Latin script
  if (!lower) return letters <= 3 ? CaseRule::kAllCaps : CaseRule::kCapitalized;
  return first_upper ? CaseRule::kCapitalized : CaseRule::kAny;
}

CaseRule RuleFor(const ActorRecord& r, std::string_view phrase) {
  switch (r.name_case) {
    case NameCase::kAnyCase:
      return CaseRule::kAny;
    case NameCase::kProperName: {
      int letters = 0;
      bool single = true;
      for (char c : phrase) {
        if (c == ' ' || c == '-' || c == '_') single = false;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ++letters;
      }
      return single && letters <= 3 ? CaseRule::kAllCaps : CaseRule::kCapitalized;
    }
    case NameCase::kFromSpelling:
      break;
  }
  const CaseRule rule = RuleFromSpelling(phrase);
  // Agents and titles are common nouns: any case, except short acronyms.
  if ((r.kind == ActorKind::kAgent || r.kind == ActorKind::kTitle) && rule != CaseRule::kAllCaps) {
    return CaseRule::kAny;
  }
  return rule;
}

class TableBuilder {
 public:
  explicit TableBuilder(ActorMatcher::Tables& t) : t_(t) {}

  void Build() {
    const KnowledgeBase& kb = *t_.kb;
    for (ActorIndex a = 0; a < kb.size(); ++a) {
      const ActorRecord& r = kb.actor(a);
      if (r.implied) continue;
      PhraseRole role = PhraseRole::kName;
      uint32_t title_key = UINT32_MAX;
      if (r.kind == ActorKind::kAgent) role = PhraseRole::kAgent;
      if (r.kind == ActorKind::kRegion) role = PhraseRole::kRegion;
      if (r.kind == ActorKind::kTitle) {
        role = PhraseRole::kTitle;
        title_key = kb.TitleKey(r.name).value_or(UINT32_MAX);
      }
      Add(r, r.name, {a, title_key, role});
      for (const std::string& alias : r.aliases) Add(r, alias, {a, title_key, role});
      for (const std::string& alias : r.home_aliases) {
        Add(r, alias, {a, title_key, PhraseRole::kName, true});
      }
      for (const std::string& d : r.demonyms) Add(r, d, {a, UINT32_MAX, PhraseRole::kDemonym});
      for (const std::string& c : r.capitals) Add(r, c, {a, UINT32_MAX, PhraseRole::kCapital});
      for (const Role& office : r.roles) {
        Add(r, office.title, {kNoActor, office.title_key, PhraseRole::kTitle}, true);
      }
      if (r.kind == ActorKind::kPerson) IndexSurnames(a, r);
    }
    std::sort(t_.person_name_words.begin(), t_.person_name_words.end());
    MarkCommonTitles();
    AddFunctionWords();
    t_.trie.Finish();
  }

 private:
  struct Payload {
    ActorIndex actor;
    uint32_t title_key;
    PhraseRole role;
    bool home = false;
  };

  void Add(const ActorRecord& r, std::string_view phrase, Payload payload,
           bool role_title = false) {
    words_.clear();
    for (std::string_view unit : SplitUnits(phrase)) {
      norm_.clear();
      if (unit == kPossessiveUnit) {
        norm_ = kPossessiveUnit;
      } else {
        AppendNormalizedUnit(unit, norm_);
      }
      if (!norm_.empty()) words_.push_back(t_.words.Intern(norm_));
    }
    if (words_.empty()) return;
    PhrasePayload p;
    p.actor = payload.actor;
    p.title_key = payload.title_key;
    p.role = payload.role;
    p.home = payload.home;
    p.case_rule = role_title ? CaseRule::kAny : RuleFor(r, phrase);
    if (role_title && RuleFromSpelling(phrase) == CaseRule::kAllCaps)
      p.case_rule = CaseRule::kAllCaps;
    p.form = phrase;
    t_.trie.Add(words_, p);
  }

  void IndexSurnames(ActorIndex a, const ActorRecord& r) {
    auto index = [&](std::string_view phrase) {
      auto units = SplitUnits(phrase);
      while (!units.empty() && units.back() == kPossessiveUnit) units.pop_back();
      if (units.size() < 2) return;  // a bare name is already an alias
      norm_.clear();
      AppendNormalizedUnit(units.back(), norm_);
      if (norm_.empty()) return;
      auto& list = t_.persons_by_last_word[t_.words.Intern(norm_)];
      if (std::find(list.begin(), list.end(), a) == list.end()) list.push_back(a);
      units.pop_back();
      for (std::string_view unit : units) {
        norm_.clear();
        AppendNormalizedUnit(unit, norm_);
        if (!norm_.empty()) t_.person_name_words.emplace_back(a, t_.words.Intern(norm_));
      }
    };
    index(r.name);
    for (const std::string& alias : r.aliases) index(alias);
  }

  void SetClass(std::string_view word, uint16_t classes) {
    const uint32_t id = t_.words.Intern(word);
    if (t_.word_class.size() <= id) t_.word_class.resize(id + 1, 0);
    t_.word_class[id] |= classes;
  }

  void AddFunctionWords() {
    for (const ClassWord& w : kClassWords) SetClass(w.word, w.classes);
    for (std::string_view w : kStopWords) SetClass(w, kWordStop);
    for (std::string_view w : kNameBlockers) SetClass(w, kWordNameBlocker);
    for (std::string_view w : kExpletiveTails) SetClass(w, kWordExpletiveTail);
    for (std::string_view w : kPlaceNouns) SetClass(w, kWordPlaceNoun);
    for (const MarkerWord& m : kMarkerWords) {
      const uint32_t id = t_.words.Intern(m.word);
      if (t_.word_marker.size() <= id) t_.word_marker.resize(id + 1, 0);
      t_.word_marker[id] = static_cast<uint8_t>(m.kind);
    }
    MatcherWords& fw = t_.fw;
    fw.the = t_.words.Intern("the");
    fw.of = t_.words.Intern("of");
    fw.and_ = t_.words.Intern("and");
    fw.comma = t_.words.Intern(",");
    fw.it = t_.words.Intern("it");
    fw.its = t_.words.Intern("its");
    fw.itself = t_.words.Intern("itself");
    fw.as = t_.words.Intern("as");
    fw.known = t_.words.Intern("known");
    fw.possessive = t_.words.Intern(kPossessiveUnit);
    fw.pro = t_.words.Intern("pro");
    fw.anti = t_.words.Intern("anti");
    fw.ex = t_.words.Intern("ex");
    fw.name = t_.words.Intern("name");
    fw.by = t_.words.Intern("by");
    fw.going = t_.words.Intern("going");
    fw.previously = t_.words.Intern("previously");
    fw.unknown = t_.words.Intern("unknown");
    fw.little = t_.words.Intern("little");
    fw.new_ = t_.words.Intern("new");
    fw.newly = t_.words.Intern("newly");
    fw.shadowy = t_.words.Intern("shadowy");
    fw.obscure = t_.words.Intern("obscure");
    fw.self = t_.words.Intern("self");
    fw.hitherto = t_.words.Intern("hitherto");
    fw.lesser = t_.words.Intern("lesser");
    fw.calling = t_.words.Intern("calling");
    fw.calls = t_.words.Intern("calls");
    fw.styling = t_.words.Intern("styling");
    fw.styles = t_.words.Intern("styles");
    fw.which = t_.words.Intern("which");
    fw.that = t_.words.Intern("that");
    fw.for_ = t_.words.Intern("for");
    fw.in = t_.words.Intern("in");
    fw.is = t_.words.Intern("is");
    fw.was = t_.words.Intern("was");
    fw.seems = t_.words.Intern("seems");
    fw.appears = t_.words.Intern("appears");
    fw.remains = t_.words.Intern("remains");
    t_.word_class.resize(t_.words.size(), 0);
    t_.word_marker.resize(t_.words.size(), 0);
  }

  void MarkCommonTitles() {
    for (std::string_view word : kCommonTitleWords) {
      const uint32_t id = t_.words.Intern(word);
      if (t_.common_title_word.size() <= id) t_.common_title_word.resize(id + 1, 0);
      t_.common_title_word[id] = 1;
    }
  }

  ActorMatcher::Tables& t_;
  std::vector<uint32_t> words_;
  std::string norm_;
};

size_t PossessiveSuffixLength(std::string_view word) {
  if (word.size() > 2 && (word.back() == 's' || word.back() == 'S')) {
    if (word[word.size() - 2] == '\'') return 2;
    if (word.size() > 4 && word.substr(word.size() - 4, 3) == "\xE2\x80\x99") return 4;
  }
  return 0;
}

}  // namespace

std::string_view ToString(MentionSource source) {
  switch (source) {
    case MentionSource::kName:
      return "name";
    case MentionSource::kDemonym:
      return "demonym";
    case MentionSource::kCapital:
      return "capital";
    case MentionSource::kAgent:
      return "agent";
    case MentionSource::kTitle:
      return "title";
    case MentionSource::kIntroduced:
      return "introduced";
    case MentionSource::kPronoun:
      return "pronoun";
  }
  return "name";
}

std::string_view ToString(MarkerKind kind) {
  switch (kind) {
    case MarkerKind::kNone:
      return "";
    case MarkerKind::kBacked:
      return "backed";
    case MarkerKind::kLed:
      return "led";
    case MarkerKind::kAffiliated:
      return "affiliated";
    case MarkerKind::kControlled:
      return "controlled";
    case MarkerKind::kBased:
      return "based";
    case MarkerKind::kMade:
      return "made";
    case MarkerKind::kOther:
      return "other";
  }
  return "";
}

ActorMatcher::Scratch::Scratch() : buffers_(std::make_unique<Buffers>()) {}
ActorMatcher::Scratch::~Scratch() = default;
ActorMatcher::Scratch::Scratch(Scratch&&) noexcept = default;
ActorMatcher::Scratch& ActorMatcher::Scratch::operator=(Scratch&&) noexcept = default;

ActorMatcher::ActorMatcher(const KnowledgeBase& kb, Options options)
    : tables_(std::make_unique<Tables>()) {
  tables_->kb = &kb;
  tables_->options = options;
  TableBuilder(*tables_).Build();
}

ActorMatcher::ActorMatcher(ActorMatcher&&) noexcept = default;
ActorMatcher& ActorMatcher::operator=(ActorMatcher&&) noexcept = default;
ActorMatcher::~ActorMatcher() = default;

const KnowledgeBase& ActorMatcher::kb() const { return *tables_->kb; }
const ActorMatcher::Options& ActorMatcher::options() const { return tables_->options; }
size_t ActorMatcher::phrase_count() const { return tables_->trie.phrase_count(); }

void ActorMatcher::Match(std::span<const Token> tokens, const std::optional<Date>& date,
                         Scratch& scratch, std::vector<ActorMention>& out,
                         std::string_view home) const {
  SentenceMatch(*tables_, tokens, date, *scratch.buffers_, out, home).Run();
}

std::vector<ActorMention> ActorMatcher::Match(std::span<const Token> tokens,
                                              const std::optional<Date>& date) const {
  Scratch scratch;
  std::vector<ActorMention> out;
  Match(tokens, date, scratch, out);
  return out;
}

Actor ActorMatcher::ToActor(const ActorMention& m, std::span<const Token> tokens) const {
  Actor actor;
  if (m.first_token < m.end_token && m.end_token <= tokens.size()) {
    actor.text = std::string(TextSpanning(tokens[m.first_token], tokens[m.end_token - 1]));
  }
  if (m.actor != kNoActor) {
    const ActorRecord& r = kb().actor(m.actor);
    actor.id = r.id;
    actor.name = r.name.empty() ? r.id : r.name;
  } else if (m.source == MentionSource::kIntroduced || m.has(kMentionUnknownPerson)) {
    actor.name = std::string(m.form);
  } else if (m.agent != kNoActor) {
    actor.name = kb().actor(m.agent).name;
    if (m.anchor != kNoActor) actor.name = kb().actor(m.anchor).name + " " + actor.name;
  } else {
    actor.name = actor.text;
  }
  actor.country = m.country.str();
  actor.sector = m.sector.str();
  actor.cameo = m.cameo.str();
  return actor;
}

Actor ToActor(const KnowledgeBase& kb, ActorIndex index, const std::optional<Date>& date) {
  const ActorRecord& r = kb.actor(index);
  Actor actor;
  actor.id = r.id;
  actor.name = r.name.empty() ? r.id : r.name;
  actor.country = r.country.str();
  actor.sector = r.sector.str();
  actor.cameo = kb.CameoOn(index, date).str();
  return actor;
}

void SentenceMatch::Run() {
  SplitUnits();
  FindItems();
  DropLoneSurnames();
  Compose();
  if (t_.options.introduced_actors) FindIntroduced();
  if (t_.options.pronouns) EmitPronouns();
  MarkLocatives();
  std::stable_sort(
      out_.begin() + static_cast<std::ptrdiff_t>(first_out_), out_.end(),
      [](const ActorMention& a, const ActorMention& b) { return a.first_token < b.first_token; });
}

void SentenceMatch::SplitUnits() {
  units_.clear();
  std::string& norm = b_.norm;
  for (uint32_t ti = 0; ti < tokens_.size(); ++ti) {
    const Token& token = tokens_[ti];
    const size_t first = units_.size();
    auto push = [&](std::string_view raw, uint32_t word, WordShape shape, bool punct) {
      MatchUnit u;
      u.raw = raw;
      u.word = word;
      u.token = ti;
      u.shape = shape;
      u.punct = punct;
      units_.push_back(u);
    };
    std::string_view text = token.text;
    // A lone apostrophe ("Workers' Party", "militants' leaders") is dropped,
    // as it is inside words: "Kurdistan Workers' Party" = "Kurdistan Workers Party".
    if (text == "'" || text == "\xE2\x80\x99") continue;
    if (token.kind == TokenKind::kPunct || token.kind == TokenKind::kSymbol) {
      if (IsPossessiveToken(text)) {
        push(text, t_.fw.possessive, WordShape{}, false);
      } else {
        push(text, text == "," ? t_.fw.comma : kNoWord, WordShape{}, true);
      }
    } else if (IsPossessiveToken(text)) {
      push(text, t_.fw.possessive, WordShape{}, false);
    } else {
      // A possessive the tokenizer left attached ("Iran's") becomes its own unit.
      const size_t poss = PossessiveSuffixLength(text);
      std::string_view body = text.substr(0, text.size() - poss);
      size_t start = 0;
      size_t i = 0;
      auto flush = [&](size_t end) {
        if (end <= start) return;
        const std::string_view part = body.substr(start, end - start);
        norm.clear();
        const WordShape shape = AppendNormalizedUnit(part, norm);
        if (norm.empty()) return;
        push(part, t_.words.Find(norm), shape, false);
      };
      while (i < body.size()) {
        size_t length = 1;
        if (IsUnitSeparator(body, i, length)) {
          flush(i);
          i += length;
          start = i;
        } else {
          ++i;
        }
      }
      flush(body.size());
      if (poss != 0) push(text.substr(text.size() - poss), t_.fw.possessive, WordShape{}, false);
    }
    if (units_.size() > first) {
      units_[first].first_in_token = true;
      units_.back().last_in_token = true;
    }
  }
}

bool SentenceMatch::CaseAllows(const PhrasePayload& p, uint32_t first, uint32_t end) const {
  switch (p.case_rule) {
    case CaseRule::kAny:
      return true;
    case CaseRule::kCapitalized:
      for (uint32_t u = first; u < end; ++u) {
        if (units_[u].shape.letters == 0) continue;
        // "al-Shabaab", "al-Qaeda", "al Qaeda": an Arabic article before a
        // capitalised name is written either way, joined or apart.
        if (((units_[u].first_in_token && !units_[u].last_in_token) ||
             (u + 1 < end && units_[u + 1].shape.first_upper)) &&
            IsAny(units_[u].raw, {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul"})) {
          continue;
        }
        return units_[u].shape.first_upper;
      }
      return true;
    case CaseRule::kAllCaps: {
      bool upper = false;
      for (uint32_t u = first; u < end; ++u) {
        if (units_[u].shape.has_lower) return false;
        upper |= units_[u].shape.has_upper;
      }
      return upper;
    }
  }
  return true;
}

bool SentenceMatch::FillRoles(MatchItem& item, uint32_t node, uint32_t first, uint32_t end) const {
  bool any = false;
  const KnowledgeBase& kb = kb_;
  for (const PhrasePayload* p = t_.trie.begin(node); p != t_.trie.end(node); ++p) {
    if (!CaseAllows(*p, first, end)) continue;
    // A home alias names its actor only in a report from its country, and
    // there before any other actor of that name.
    if (p->home && (home_.empty() || kb.actor(p->actor).country.view() != home_)) continue;
    any = true;
    switch (p->role) {
      case PhraseRole::kName:
        if (item.name == nullptr || (p->home && !item.name->home)) {
          if (item.name != nullptr) item.ambiguous = true;
          item.name = p;
        } else if (item.name->actor != p->actor) {
          // Prefer an organisation or state over a person of the same name.
          if (kb.actor(item.name->actor).kind == ActorKind::kPerson &&
              kb.actor(p->actor).kind != ActorKind::kPerson) {
            item.name = p;
          }
          item.ambiguous = true;
        }
        break;
      case PhraseRole::kDemonym:
        if (item.demonym == nullptr) item.demonym = p;
        break;
      case PhraseRole::kCapital:
        if (item.capital == nullptr) item.capital = p;
        break;
      case PhraseRole::kAgent:
        if (item.agent == nullptr) item.agent = p;
        break;
      case PhraseRole::kTitle:
        if (item.title == nullptr) item.title = p;
        break;
      case PhraseRole::kRegion:
        if (item.region == nullptr) item.region = p;
        break;
    }
  }
  return any;
}

void SentenceMatch::FindItems() {
  items_.clear();
  const uint32_t n = static_cast<uint32_t>(units_.size());
  b_.start_ok.assign(n, 0);
  b_.item_at.assign(n + 1, UINT32_MAX);
  b_.item_over.assign(n + 1, UINT32_MAX);
  for (uint32_t u = 0; u < n; ++u) b_.start_ok[u] = units_[u].first_in_token ? 1 : 0;

  constexpr uint32_t kMaxPhrase = 24;
  uint32_t ends[kMaxPhrase];
  uint32_t nodes[kMaxPhrase];
  uint32_t pending_flags = 0;
  uint32_t u = 0;
  while (u < n) {
    const MatchUnit& unit = units_[u];
    if (!b_.start_ok[u] || unit.word == kNoWord || unit.punct) {
      ++u;
      continue;
    }
    // "pro-Iranian": the prefix qualifies the phrase after it.
    if (unit.first_in_token && !unit.last_in_token && (t_.Class(unit.word) & kWordPrefix)) {
      pending_flags = 0;
      if (unit.word == t_.fw.pro) pending_flags = kMentionPro;
      if (unit.word == t_.fw.anti) pending_flags = kMentionAnti;
      if (unit.word == t_.fw.ex) pending_flags = kMentionFormer;
      b_.start_ok[u + 1] = 1;
      ++u;
      continue;
    }
    // Candidate ends, shortest first.
    uint32_t count = 0;
    uint32_t node = PhraseTrie::kRoot;
    for (uint32_t v = u; v < n && count < kMaxPhrase; ++v) {
      // "Communist Party of India (Maoist)": a name goes on through brackets
      // round one word that continues it.
      if (units_[v].punct && v > u && v + 2 < n && units_[v].raw == "(" &&
          units_[v + 2].raw == ")" && units_[v + 1].word != kNoWord &&
          t_.trie.Child(node, units_[v + 1].word) != PhraseTrie::kNoNode) {
        node = t_.trie.Child(node, units_[v + 1].word);
        v += 2;
        if (!t_.trie.terminal(node)) continue;
        ends[count] = v + 1;
        nodes[count] = node;
        ++count;
        continue;
      }
      if (units_[v].word == kNoWord) break;
      node = t_.trie.Child(node, units_[v].word);
      if (node == PhraseTrie::kNoNode) break;
      if (!t_.trie.terminal(node)) continue;
      // A phrase may end inside a hyphenated token only before a marker
      // ("Iran-backed") or another phrase ("US-Iran").
      if (!units_[v].last_in_token && v + 1 < n) {
        const uint32_t next = units_[v + 1].word;
        if (t_.Marker(next) == MarkerKind::kNone &&
            (next == kNoWord || t_.trie.Child(PhraseTrie::kRoot, next) == PhraseTrie::kNoNode)) {
          continue;
        }
      }
      ends[count] = v + 1;
      nodes[count] = node;
      ++count;
    }
    bool found = false;
    for (uint32_t k = count; k-- > 0;) {
      MatchItem item;
      if (!FillRoles(item, nodes[k], u, ends[k])) continue;
      item.first_unit = u;
      item.end_unit = ends[k];
      item.flags = pending_flags;
      uint32_t next = ends[k];
      if (next < n && !units_[next - 1].last_in_token) {
        const MarkerKind marker = t_.Marker(units_[next].word);
        if (marker != MarkerKind::kNone) {
          item.marker = marker;
          item.marker_text = units_[next].raw;
          ++next;
          // Anything else left in the token is skipped.
          while (next < n && !units_[next - 1].last_in_token) ++next;
        } else {
          item.flags |= kMentionCompound;
          b_.start_ok[next] = 1;
        }
      }
      if (u > 0 && !units_[u].first_in_token && !units_[u - 1].last_in_token &&
          (t_.Class(units_[u - 1].word) & kWordPrefix) == 0) {
        item.flags |= kMentionCompound;  // second part of "US-Iran"
      }
      item.next_unit = next;
      b_.item_at[u] = static_cast<uint32_t>(items_.size());
      for (uint32_t v = u; v < next; ++v) b_.item_over[v] = static_cast<uint32_t>(items_.size());
      items_.push_back(item);
      u = next;
      found = true;
      break;
    }
    pending_flags = 0;
    if (!found) {
      // No phrase starts here: skip the rest of the token.
      const uint32_t token = unit.token;
      while (u < n && units_[u].token == token) ++u;
    }
  }
}

}  // namespace casus
