// ActorMatcher, step 3: phrases → mentions.
//
// Rules, tried at each phrase in text order:
//   - A country (name, demonym, capital) or an organisation, optionally
//     followed by "'s" and up to Options::max_gap_words other words, before
//     an agent noun forms one mention: "Iraqi security forces" (IRQ COP),
//     "Iran's foreign ministry" (IRN GOV), "Hezbollah fighters" (the group).
//     Coordinated countries share the noun: "Iraqi and US forces".
//   - Before a title it qualifies the office: "US Defense Secretary Lloyd
//     Austin", "the Iraqi prime minister" (the holder on the date), "Hezbollah
//     leader Hassan Nasrallah".
//   - A title followed by a person's name is that person; by capitalised
//     words the KB does not know, an unknown person (or a holder of that
//     office with that surname: "President Biden").
//   - "the government of Iraq", "the president of Iran": "of [the] STATE".
//   - A demonym next to a named group of the same country is that group
//     ("Lebanese Hezbollah").
//   - Otherwise a phrase is its own mention: a KB actor, a state through its
//     demonym, a capital standing for the government, or a generic agent
//     (kept only when it has a sector or is definite: "the group").
#include <algorithm>
#include <array>

#include "base/word_lists.h"
#include "kb/matcher_internal.h"

namespace casus {
namespace {

constexpr size_t kNone = SIZE_MAX;

bool IsNonCountryCode(std::string_view p) {
  return p == "IGO" || p == "NGO" || p == "NGM" || p == "MNC" || p == "INT" || p == "ELI" ||
         p == "UIS";
}

std::string_view AgentCode(const ActorRecord& agent, std::string& storage) {
  if (!agent.cameo.empty()) return agent.cameo.view();
  storage.assign(1, '~');
  storage += agent.sector.view();
  return storage;
}

}  // namespace

ActorMention& SentenceMatch::NewMention(uint32_t first_token, uint32_t end_token) {
  ActorMention& m = out_.emplace_back();
  m.first_token = first_token;
  m.end_token = end_token;
  return m;
}

void SentenceMatch::DropLoneSurnames() {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  // (A day or a month is no part of a name: "Late on Wednesday Tokayev".)
  auto unknown_capital = [&](uint32_t v) {
    return v < n && !units_[v].punct && units_[v].shape.first_upper &&
           b_.item_over[v] == UINT32_MAX &&
           (t_.Class(units_[v].word) & (kWordStop | kWordNameBlocker)) == 0;
  };
  for (MatchItem& item : items_) {
    // "rights chief Volker Turk", "politician Ahmet Turk": a lone demonym
    // after a capitalised word the KB does not know (not the sentence's
    // first), and before no other capitalised word, is a surname.
    if (item.demonym != nullptr && item.name == nullptr && item.agent == nullptr &&
        item.title == nullptr && item.end_unit - item.first_unit == 1) {
      const uint32_t u = item.first_unit;
      const uint32_t v = u > 0 ? FirstUnitOfToken(units_[u - 1].token, u - 1) : 0;
      // Not a part or a creed of the country's people ("North Vietnamese",
      // "Communist Chinese", "Sunni Iraqi").
      static constexpr std::string_view kParts[] = {
          "North",       "South",    "East",    "West",     "Northern", "Southern",
          "Eastern",     "Western",  "Central", "Upper",    "Lower",    "Communist",
          "Nationalist", "Islamist", "Shia",    "Shiite",   "Sunni",    "Christian",
          "Muslim",      "Jewish",   "Arab",    "Kurdish",  "Druze",    "Coptic",
          "Free",        "Red",      "Royal",   "Imperial", "Federal",  "Catholic"};
      const bool part = u > 0 && std::find(std::begin(kParts), std::end(kParts), units_[v].raw) !=
                                     std::end(kParts);
      const bool named_before = u > 0 && units_[u - 1].token > 1 && units_[u - 1].last_in_token &&
                                unknown_capital(v) && !part;
      const bool name_ends = item.next_unit >= n || units_[item.next_unit].punct ||
                             !units_[item.next_unit].shape.first_upper;
      if (named_before && name_ends) item.demonym = nullptr;
      continue;
    }
    if (item.name == nullptr || item.end_unit - item.first_unit != 1 ||
        kb_.actor(item.name->actor).kind != ActorKind::kPerson) {
      continue;
    }
    const uint32_t u = item.first_unit;
    const bool before = u > 0 && units_[u - 1].token > 0 && units_[u - 1].last_in_token &&
                        unknown_capital(FirstUnitOfToken(units_[u - 1].token, u - 1));
    const bool after = item.next_unit < n && units_[item.next_unit].first_in_token &&
                       unknown_capital(item.next_unit);
    if (before || after) item.name = nullptr;
  }
}

void SentenceMatch::MarkLocatives() {
  static constexpr std::string_view kLocatives[] = {
      "in",     "at",      "near",   "outside",    "inside", "into", "across",
      "toward", "towards", "around", "throughout", "within", "from"};
  for (size_t k = first_out_; k < out_.size(); ++k) {
    ActorMention& m = out_[k];
    if (m.first_token == 0) continue;
    const std::string_view prev = tokens_[m.first_token - 1].text;
    for (std::string_view word : kLocatives) {
      if (prev.size() == word.size() &&
          std::equal(prev.begin(), prev.end(), word.begin(),
                     [](char a, char b) { return (a | 0x20) == b; })) {
        m.flags |= kMentionLocative;
        break;
      }
    }
  }
}

void SentenceMatch::Compose() {
  size_t i = 0;
  while (i < items_.size()) i = ComposeAt(i);
}

ActorIndex SentenceMatch::ModifierState(const MatchItem& item) const {
  if (item.demonym != nullptr) return item.demonym->actor;
  if (item.name != nullptr && kb_.actor(item.name->actor).kind == ActorKind::kState) {
    return item.name->actor;
  }
  if (item.name == nullptr && item.capital != nullptr) return item.capital->actor;
  return kNoActor;
}

ActorIndex SentenceMatch::ModifierActor(const MatchItem& item) const {
  if (item.demonym != nullptr || item.name == nullptr) return kNoActor;
  const ActorKind kind = kb_.actor(item.name->actor).kind;
  if (kind == ActorKind::kState || kind == ActorKind::kRegion || kind == ActorKind::kAgent ||
      kind == ActorKind::kTitle) {
    return kNoActor;
  }
  return item.name->actor;
}

bool SentenceMatch::IsModifier(const MatchItem& item) const {
  if (item.consumed || item.marker != MarkerKind::kNone ||
      (item.flags & (kMentionPro | kMentionAnti)) != 0) {
    return false;
  }
  return ModifierState(item) != kNoActor || ModifierActor(item) != kNoActor;
}

bool SentenceMatch::PrecededByDefinite(uint32_t unit) const {
  // "the group", "the little-known group", "this militia": at most one
  // adjective token between the determiner and the noun.
  uint32_t v = unit;
  int tokens = 0;
  while (v > 0) {
    const MatchUnit& prev = units_[v - 1];
    if (prev.punct || prev.word == t_.fw.possessive) return false;
    const uint16_t cls = t_.Class(prev.word);
    // ("confirmed that two journalists ... had been killed": "that" before
    // a plural opens a clause; it points at no one.)
    const std::string_view noun = units_[unit].raw;
    if (prev.word == t_.fw.that && noun.size() > 3 && noun.ends_with("s") &&
        !noun.ends_with("ss")) {
      return false;
    }
    if (cls & kWordDefinite) return true;
    if ((cls & (kWordStop | kWordCoordinator)) || prev.shape.first_upper ||
        prev.shape.letters == 0) {
      return false;
    }
    if (prev.last_in_token && ++tokens > 1) return false;
    --v;
  }
  return false;
}

bool SentenceMatch::UsedAsModifier(const MatchItem& item) const {
  // "the military action", "the police station": a lower-case noun follows.
  const uint32_t v = item.next_unit;
  if (v >= units_.size()) return false;
  const MatchUnit& next = units_[v];
  if (next.punct || !next.first_in_token || next.shape.letters < 3 || next.shape.has_upper ||
      b_.item_at[v] != UINT32_MAX || (t_.Class(next.word) & (kWordStop | kWordCoordinator))) {
    return false;
  }
  if (next.raw.ends_with("ed") || next.raw.ends_with("s")) return false;
  // ("A crowd set fire to", "a mob threw stones": an irregular past tense.)
  if (IsAny(next.raw,
            {"set",  "hit",   "shot", "struck",  "threw", "broke", "beat", "burnt", "fought",
             "took", "stole", "tore", "overran", "blew",  "went",  "came", "began", "fled",
             "held", "drove", "ran",  "sent",    "gave",  "told",  "made", "said"})) {
    return false;
  }
  // ("gunmen earlier shot", "police later said": an adverb of time.)
  if (next.raw == "earlier" || next.raw == "later" || next.raw == "often" ||
      next.raw == "reportedly" || next.raw == "allegedly") {
    return false;
  }
  // A plural noun rarely modifies another: "analysts describe", "experts
  // warn", "gunmen opened" are subjects before their verbs.
  const std::string_view last = units_[item.end_unit - 1].raw;
  return !(last.size() > 3 &&
           ((last.ends_with("s") && !last.ends_with("ss")) || last.ends_with("men")));
}

size_t SentenceMatch::NextItemAfter(uint32_t unit, int max_gap, bool allow_possessive,
                                    bool& possessive) const {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  uint32_t v = unit;
  possessive = false;
  if (allow_possessive && v < n && units_[v].word == t_.fw.possessive) {
    possessive = true;
    ++v;
  }
  int gaps = 0;
  while (v < n) {
    if (b_.item_at[v] != UINT32_MAX) return b_.item_at[v];
    const MatchUnit& u = units_[v];
    if (u.punct || u.word == t_.fw.possessive || u.shape.letters == 0) return kNone;
    if (t_.Class(u.word) & (kWordStop | kWordCoordinator | kWordDeterminer)) return kNone;
    if (gaps == max_gap || !u.first_in_token) return kNone;
    // A past-tense verb ends the phrase: "Iraq arrested members". After a
    // possessive it is a participle modifying the noun: "Yemen's
    // internationally recognised government".
    if (!possessive && u.raw.size() > 3 && u.raw.ends_with("ed") && u.last_in_token) return kNone;
    ++gaps;
    const uint32_t token = u.token;
    while (v < n && units_[v].token == token) ++v;
  }
  return kNone;
}

size_t SentenceMatch::OfState(uint32_t unit, uint32_t& end_unit) const {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  if (unit >= n || units_[unit].word != t_.fw.of) return kNone;
  uint32_t v = unit + 1;
  if (v < n && units_[v].word == t_.fw.the) ++v;
  if (v >= n || b_.item_at[v] == UINT32_MAX) return kNone;
  const size_t j = b_.item_at[v];
  const MatchItem& item = items_[j];
  if (item.consumed || item.name == nullptr || item.marker != MarkerKind::kNone ||
      kb_.actor(item.name->actor).kind != ActorKind::kState) {
    return kNone;
  }
  // "of Iraq's forces", "of the Iraqi army" belong to that noun, not to this one.
  if (item.next_unit < units_.size() && units_[item.next_unit].word == t_.fw.possessive) {
    return kNone;
  }
  bool possessive = false;
  const size_t after = NextItemAfter(item.next_unit, 0, true, possessive);
  if (after != kNone && (items_[after].agent != nullptr || items_[after].title != nullptr)) {
    return kNone;
  }
  end_unit = item.next_unit;
  return j;
}

void SentenceMatch::SetActorCodes(ActorMention& m, ActorIndex actor) const {
  const ActorRecord& r = kb_.actor(actor);
  m.actor = actor;
  m.kind = r.kind;
  if (r.kind == ActorKind::kPerson) {
    if (const Role* role = kb_.RoleOn(actor, date_); role != nullptr) {
      const ActorRecord& org = kb_.actor(role->org);
      m.title_key = role->title_key;
      m.anchor = role->org;
      m.country = org.country;
      m.sector = org.sector.empty() ? ActorCode(kb_.TitleSector(role->title_key)) : org.sector;
      m.cameo = kb_.CameoOn(role->org, date_);
      return;
    }
  }
  const ActorCode code = kb_.CameoOn(actor, date_);
  m.cameo = code;
  m.country = r.country;
  m.sector = r.sector;
  if (!r.dated_codes.empty() && code.size() >= 3) {
    // PETRARCH entries: the code of the day says the country and sector.
    const std::string_view prefix = code.view().substr(0, 3);
    if (!IsNonCountryCode(prefix)) {
      m.country = ActorCode(prefix);
      m.sector = ActorCode(code.view().substr(3, 3));
    }
  }
}

void SentenceMatch::SetAgentCodes(ActorMention& m, const MatchItem& modifier,
                                  const MatchItem& head) const {
  const ActorIndex state = ModifierState(modifier);
  const ActorRecord& agent = kb_.actor(head.agent->actor);
  std::string storage;
  m.source = MentionSource::kAgent;
  m.kind = ActorKind::kAgent;
  m.agent = head.agent->actor;
  m.anchor = state;
  m.form = head.agent->form;
  m.sector = agent.sector;
  if (state != kNoActor) {
    m.country = kb_.actor(state).country;
    m.cameo = CombineCodes(kb_.CameoOn(state, date_).view(), AgentCode(agent, storage));
  }
}

size_t SentenceMatch::ComposeAt(size_t i) {
  MatchItem& x = items_[i];
  if (x.consumed || x.empty()) return i + 1;
  if (x.region != nullptr && x.name == nullptr && x.demonym == nullptr && x.capital == nullptr &&
      x.agent == nullptr && x.title == nullptr) {
    return i + 1;  // "Latin America": blocks "America", names no actor
  }
  if (IsModifier(x)) {
    const size_t next = ComposeModified(i);
    if (next != kNone) return next;
  }
  if (x.title != nullptr && x.name == nullptr) {
    const size_t next = ComposeTitle(i, {}, false);
    if (next != kNone) return next;
  }
  if (x.name != nullptr || x.capital != nullptr || x.demonym != nullptr) {
    EmitNamed(x);
    return i + 1;
  }
  if (x.agent != nullptr) return EmitAgent(i);
  return i + 1;
}

size_t SentenceMatch::ComposeModified(size_t i) {
  std::array<size_t, 4> mods{};
  size_t count = 0;
  mods[count++] = i;
  const uint32_t n = static_cast<uint32_t>(units_.size());
  const bool state_like = ModifierState(items_[i]) != kNoActor;
  uint32_t u = items_[i].next_unit;
  // "Iraqi and US forces", "Syrian, Russian and Iranian forces": a list of
  // countries (not capitals) whose last member follows "and"/"or".
  bool closed = false;
  const bool listable =
      items_[i].capital == nullptr || items_[i].name != nullptr || items_[i].demonym != nullptr;
  while (listable && state_like && !closed && count < mods.size() && u < n &&
         (t_.Class(units_[u].word) & kWordCoordinator)) {
    uint32_t v = u + 1;
    closed = units_[u].word != t_.fw.comma;
    if (v < n && (t_.Class(units_[v].word) & kWordCoordinator)) {
      closed = true;
      ++v;
    }
    if (v >= n || b_.item_at[v] == UINT32_MAX) break;
    const size_t j = b_.item_at[v];
    if (!IsModifier(items_[j]) || ModifierState(items_[j]) == kNoActor ||
        (items_[j].capital != nullptr && items_[j].name == nullptr &&
         items_[j].demonym == nullptr)) {
      break;
    }
    mods[count++] = j;
    u = items_[j].next_unit;
  }
  if (!closed) count = 1;  // "Sanaa, Yemeni officials said": no list
  if (count == 1) u = items_[i].next_unit;
  // Words may come between a country and its noun ("Iraqi counter-terrorism
  // forces"), one word between an organisation and its noun ("ISIS sleeper
  // cells").
  bool possessive = false;
  const size_t h =
      NextItemAfter(u, state_like ? t_.options.max_gap_words : 1, count == 1, possessive);
  if (h == kNone) return kNone;
  MatchItem& head = items_[h];
  if (head.consumed) return kNone;
  const MatchItem& x = items_[i];
  if (head.title != nullptr && head.name == nullptr) {
    return ComposeTitle(h, std::span<const size_t>(mods.data(), count), possessive);
  }
  const bool agent_head = head.agent != nullptr && head.name == nullptr &&
                          head.demonym == nullptr && head.capital == nullptr;
  if (agent_head && state_like) {
    // "Lebanese Army commander Joseph Aoun": the agent qualifies a title.
    const size_t after = head.next_unit < n ? b_.item_at[head.next_unit] : UINT32_MAX;
    if (count == 1 && after != UINT32_MAX && items_[after].title != nullptr &&
        items_[after].name == nullptr && !items_[after].consumed) {
      const size_t next = ComposeTitle(after, std::span<const size_t>(mods.data(), 1), false, h);
      if (next != kNone) return next;
    }
    for (size_t k = 0; k < count; ++k) {
      MatchItem& mod = items_[mods[k]];
      const bool last = k + 1 == count;
      ActorMention& m =
          NewMention(units_[mod.first_unit].token,
                     last ? UnitTokenEnd(head.end_unit - 1) : UnitTokenEnd(mod.end_unit - 1));
      SetAgentCodes(m, mod, head);
      m.flags |= mod.flags;
      if (!last) m.flags |= kMentionCoordinated;
      mod.consumed = true;
    }
    head.consumed = true;
    return h + 1;
  }
  if (agent_head && count == 1) {
    // A group (or a person's organisation) with its members: "Houthi fighters".
    ActorIndex actor = ModifierActor(x);
    if (kb_.actor(actor).kind == ActorKind::kPerson) {
      const Role* role = kb_.RoleOn(actor, date_);
      if (role == nullptr) return kNone;
      actor = role->org;  // "the Biden administration"
    }
    ActorMention& m = NewMention(units_[x.first_unit].token, UnitTokenEnd(head.end_unit - 1));
    SetActorCodes(m, actor);
    m.source = MentionSource::kName;
    m.agent = head.agent->actor;
    m.form = x.name->form;
    m.flags |= x.flags | (x.ambiguous ? uint32_t{kMentionAmbiguous} : 0u);
    items_[i].consumed = true;
    head.consumed = true;
    return h + 1;
  }
  // "Lebanese Hezbollah": a demonym before a group of that country.
  if (count == 1 && state_like && !possessive && head.name != nullptr &&
      head.first_unit == x.next_unit && head.marker == MarkerKind::kNone) {
    const ActorRecord& group = kb_.actor(head.name->actor);
    if (group.kind != ActorKind::kState && group.country == kb_.actor(ModifierState(x)).country) {
      ActorMention& m = NewMention(units_[x.first_unit].token, UnitTokenEnd(head.end_unit - 1));
      SetActorCodes(m, head.name->actor);
      m.source = MentionSource::kName;
      m.form = head.name->form;
      m.flags |= head.flags | (head.ambiguous ? uint32_t{kMentionAmbiguous} : 0u);
      items_[i].consumed = true;
      head.consumed = true;
      // "Lebanese Hezbollah fighters"
      const size_t after = head.next_unit < n ? b_.item_at[head.next_unit] : UINT32_MAX;
      if (after != UINT32_MAX && items_[after].agent != nullptr && items_[after].name == nullptr &&
          items_[after].title == nullptr && head.marker == MarkerKind::kNone) {
        m.end_token = UnitTokenEnd(items_[after].end_unit - 1);
        m.agent = items_[after].agent->actor;
        items_[after].consumed = true;
        return after + 1;
      }
      return h + 1;
    }
  }
  return kNone;
}

uint32_t SentenceMatch::NameSpanAfter(uint32_t u) const {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  uint32_t v = u;
  uint32_t end = u;
  for (int tokens = 0; v < n && tokens < 5; ++tokens) {
    const MatchUnit& first = units_[v];
    if (first.punct || first.word == t_.fw.possessive || !first.first_in_token) break;
    // A known phrase is not part of a new name (a dropped lone surname is).
    if (b_.item_at[v] != UINT32_MAX && !items_[b_.item_at[v]].empty()) break;
    if (t_.Class(first.word) & (kWordNameBlocker | kWordStop | kWordDeterminer)) break;
    // The token counts as a name word when it starts with a capital, or is a
    // particle ("al-Kadhimi", "bin Salman") followed by a capitalised part.
    bool capital = first.shape.first_upper;
    const bool particle = (t_.Class(first.word) & kWordNameParticle) != 0;
    uint32_t w = v;
    while (w < n && units_[w].token == first.token) ++w;
    if (!capital && particle) {
      if (w - v > 1) {
        capital = units_[v + 1].shape.first_upper;
      } else if (tokens > 0 && w < n && units_[w].shape.first_upper) {
        capital = true;  // "bin Salman": the next token must carry the capital
        v = w;
        continue;
      }
    }
    if (!capital) break;
    v = w;
    end = v;
  }
  return end;
}

ActorIndex SentenceMatch::ResolveSurname(uint32_t first, uint32_t end, uint32_t title_key,
                                         std::string_view country, ActorIndex org,
                                         std::string_view& shared_country) const {
  shared_country = {};
  const uint32_t word = units_[end - 1].word;
  if (word == kNoWord) return kNoActor;
  auto it = t_.persons_by_last_word.find(word);
  if (it == t_.persons_by_last_word.end()) return kNoActor;
  ActorIndex best = kNoActor;
  int best_score = 0;
  bool tie = false;
  bool one_country = true;
  for (ActorIndex person : it->second) {
    // The words written before the surname are the person's own ("President
    // Dioncounda Traore" is not Moussa Traoré), particles aside ("Omar El
    // Bashir" is Omar al-Bashir).
    bool named = true;
    for (uint32_t v = first; v + 1 < end && named; ++v) {
      named = units_[v].punct || (t_.Class(units_[v].word) & kWordNameParticle) ||
              t_.PersonNameHas(person, units_[v].word);
    }
    if (!named) continue;
    int score = 0;
    for (const Role& role : kb_.actor(person).roles) {
      if (role.title_key != title_key) continue;
      int s = 1;
      if (org != kNoActor ? role.org == org
                          : (country.empty() || kb_.actor(role.org).country.view() == country)) {
        s += 1;
      }
      if (role.when.HoldsOn(date_)) s += 2;
      score = std::max(score, s);
    }
    if (score == 0) continue;
    if (score > best_score) {
      best = person;
      best_score = score;
      tie = false;
      one_country = true;
    } else if (score == best_score) {
      tie = true;
      one_country =
          one_country && kb_.actor(person).country.view() == kb_.actor(best).country.view();
    }
  }
  if (tie && one_country) shared_country = kb_.actor(best).country.view();
  return tie ? kNoActor : best;
}

size_t SentenceMatch::ComposeTitle(size_t t, std::span<const size_t> mods, bool possessive,
                                   size_t qualifier) {
  MatchItem& title = items_[t];
  const uint32_t key = title.title->title_key;
  const uint32_t n = static_cast<uint32_t>(units_.size());
  ActorIndex state = kNoActor;
  ActorIndex org = kNoActor;
  if (!mods.empty()) {
    state = ModifierState(items_[mods[0]]);
    if (state == kNoActor) org = ModifierActor(items_[mods[0]]);
    if (org != kNoActor && kb_.actor(org).kind == ActorKind::kPerson) return kNone;
  }
  const uint32_t first_unit = mods.empty() ? title.first_unit : items_[mods[0]].first_unit;
  uint32_t flags = title.flags;
  if (first_unit > 0 && (t_.Class(units_[first_unit - 1].word) & kWordFormer)) {
    flags |= kMentionFormer;
  }
  const bool capitalized = units_[title.first_unit].shape.first_upper;
  const bool common =
      title.end_unit - title.first_unit == 1 && t_.CommonTitleWord(units_[title.first_unit].word);
  auto consume = [&] {
    for (size_t k : mods) items_[k].consumed = true;
    if (qualifier != SIZE_MAX) items_[qualifier].consumed = true;
    title.consumed = true;
  };
  auto office_codes = [&](ActorMention& m) {
    m.kind = ActorKind::kPerson;
    const ActorIndex anchor = state != kNoActor ? state : org;
    m.anchor = anchor;
    if (anchor == kNoActor) {
      m.sector = ActorCode(kb_.TitleSector(key));
      if (m.sector.empty()) m.sector = ActorCode("GOV");
      m.cameo = m.sector;
      return;
    }
    const ActorRecord& a = kb_.actor(anchor);
    m.country = a.country;
    if (org != kNoActor) {
      m.sector = a.sector;
      m.cameo = kb_.CameoOn(org, date_);
    } else if (qualifier != SIZE_MAX) {
      std::string storage;
      const ActorRecord& agent = kb_.actor(items_[qualifier].agent->actor);
      m.sector = agent.sector;
      m.cameo = CombineCodes(kb_.CameoOn(state, date_).view(), AgentCode(agent, storage));
    } else {
      m.sector = ActorCode(kb_.TitleSector(key));
      if (m.sector.empty()) m.sector = ActorCode("GOV");
      m.cameo = CombineCodes(kb_.CameoOn(state, date_).view(), m.sector.view());
    }
  };
  const uint32_t u = title.next_unit;
  // 1. A known person after the title: "President Joe Biden", past a rank
  // after it ("RSF commander General Mohamed Hamdan Dagalo").
  size_t rank = SIZE_MAX;
  uint32_t at = u;
  if (u < n && b_.item_at[u] != UINT32_MAX && items_[b_.item_at[u]].title != nullptr &&
      items_[b_.item_at[u]].name == nullptr && !items_[b_.item_at[u]].consumed) {
    rank = b_.item_at[u];
    at = items_[rank].next_unit;
  }
  if (at < n && b_.item_at[at] != UINT32_MAX) {
    MatchItem& name = items_[b_.item_at[at]];
    if (name.name != nullptr && !name.consumed && name.marker == MarkerKind::kNone &&
        kb_.actor(name.name->actor).kind == ActorKind::kPerson) {
      ActorMention& m = NewMention(units_[first_unit].token, UnitTokenEnd(name.end_unit - 1));
      SetActorCodes(m, name.name->actor);
      m.source = MentionSource::kTitle;
      m.agent = title.title->actor;
      m.form = name.name->form;
      m.flags |= flags | (name.ambiguous ? uint32_t{kMentionAmbiguous} : 0u);
      if (m.title_key == UINT32_MAX) m.title_key = key;
      consume();
      if (rank != SIZE_MAX) items_[rank].consumed = true;
      name.consumed = true;
      return b_.item_at[at] + 1;
    }
  }
  // 2. Capitalised words after a capitalised or qualified title: a name.
  if (capitalized || !mods.empty()) {
    const uint32_t end = NameSpanAfter(u);
    if (end > u) {
      const std::string_view country = state != kNoActor
                                           ? kb_.actor(state).country.view()
                                           : (org != kNoActor ? kb_.actor(org).country.view() : "");
      std::string_view shared_country;
      const ActorIndex person = ResolveSurname(u, end, key, country, org, shared_country);
      // "the Sheikh Jarrah neighbourhood", "the Imam Ali shrine": a title
      // and name before a place noun name a place; no one is named.
      if (person == kNoActor && end < n && (t_.Class(units_[end].word) & kWordPlaceNoun)) {
        consume();
        size_t next = t + 1;
        while (next < items_.size() && items_[next].first_unit < end) ++next;
        return next;
      }
      ActorMention& m = NewMention(units_[first_unit].token, UnitTokenEnd(end - 1));
      m.source = MentionSource::kTitle;
      m.agent = title.title->actor;
      m.title_key = key;
      if (person != kNoActor) {
        SetActorCodes(m, person);
      } else {
        office_codes(m);
        if (m.country.empty() && !shared_country.empty()) {
          m.country = ActorCode(shared_country);
          m.cameo = CombineCodes(shared_country, m.sector.view());
        }
        flags |= kMentionUnknownPerson;
        m.form = TextSpanning(tokens_[units_[u].token], tokens_[units_[end - 1].token]);
      }
      m.flags |= flags;
      consume();
      size_t next = t + 1;
      while (next < items_.size() && items_[next].first_unit < end) ++next;
      return next;
    }
  }
  // 3. An office without a name: "the Iraqi prime minister", "the president of Iran".
  size_t next = t + 1;
  uint32_t end_unit = title.end_unit;
  if (state == kNoActor && org == kNoActor) {
    uint32_t of_end = 0;
    const size_t s = OfState(u, of_end);
    if (s != kNone) {
      state = ModifierState(items_[s]);
      items_[s].consumed = true;
      end_unit = of_end;
      next = s + 1;
    }
  }
  const bool qualified = state != kNoActor || org != kNoActor;
  const bool definite = mods.empty() && PrecededByDefinite(title.first_unit);
  if (!qualified && (!definite || (common && !capitalized))) return kNone;
  (void)possessive;
  ActorMention& m = NewMention(units_[first_unit].token, UnitTokenEnd(end_unit - 1));
  m.source = MentionSource::kTitle;
  m.agent = title.title->actor;
  m.title_key = key;
  m.form = title.title->form;
  if (qualified && (flags & kMentionFormer) == 0) {
    const std::vector<ActorIndex> holders =
        org != kNoActor ? kb_.RoleHoldersAt(key, org, date_)
                        : kb_.RoleHolders(key, kb_.actor(state).country.view(), date_);
    // Several holders on a handover day: the one who took office last.
    ActorIndex best = kNoActor;
    std::tuple<int, int, int> best_from{-1, -1, -1};
    for (ActorIndex person : holders) {
      for (const Role& role : kb_.actor(person).roles) {
        if (role.title_key != key || !role.when.HoldsOn(date_)) continue;
        const std::tuple<int, int, int> from{role.when.from.year, role.when.from.month,
                                             role.when.from.day};
        if (from > best_from) {
          best_from = from;
          best = person;
        }
      }
    }
    if (best != kNoActor) {
      SetActorCodes(m, best);
      m.title_key = key;
      flags |= kMentionRoleHolder;
    }
  }
  if (m.actor == kNoActor) office_codes(m);
  if (definite) flags |= kMentionDefinite;
  m.flags |= flags;
  consume();
  return next;
}

void SentenceMatch::EmitNamed(const MatchItem& item) {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  ActorMention m;
  m.first_token = units_[item.first_unit].token;
  m.end_token = UnitTokenEnd(item.end_unit - 1);
  if (item.name != nullptr) {
    if (kb_.actor(item.name->actor).kind == ActorKind::kRegion) return;
    SetActorCodes(m, item.name->actor);
    m.source = MentionSource::kName;
    m.form = item.name->form;
    // The noun a name ends with ("US-led coalition"), for references.
    const uint32_t last = units_[item.end_unit - 1].word;
    const uint32_t node = t_.trie.Child(PhraseTrie::kRoot, last);
    if (node != PhraseTrie::kNoNode) {
      for (const PhrasePayload* p = t_.trie.begin(node); p != t_.trie.end(node); ++p) {
        if (p->role == PhraseRole::kAgent) {
          m.agent = p->actor;
          break;
        }
      }
    }
  } else if (item.capital != nullptr) {
    const ActorIndex state = item.capital->actor;
    m.actor = state;
    m.kind = ActorKind::kState;
    m.source = MentionSource::kCapital;
    m.form = item.capital->form;
    m.country = kb_.actor(state).country;
    m.sector = ActorCode("GOV");
    m.cameo = CombineCodes(kb_.CameoOn(state, date_).view(), "GOV");
    m.flags |= kMentionCapitalMetonym;
  } else {
    const ActorIndex state = item.demonym->actor;
    m.actor = state;
    m.kind = ActorKind::kState;
    m.source = MentionSource::kDemonym;
    m.form = item.demonym->form;
    m.country = kb_.actor(state).country;
    m.cameo = kb_.CameoOn(state, date_);
  }
  m.flags |= item.flags | (item.ambiguous ? uint32_t{kMentionAmbiguous} : 0u);
  if (item.next_unit < n && units_[item.next_unit].word == t_.fw.possessive) {
    m.flags |= kMentionPossessive;
  }
  m.marker = item.marker;
  m.marker_text = item.marker_text;
  out_.push_back(m);
}

size_t SentenceMatch::EmitAgent(size_t i) {
  MatchItem& item = items_[i];
  const ActorRecord& agent = kb_.actor(item.agent->actor);
  // "anti-government", "pro-government": an attribute, not an actor.
  if (item.flags & (kMentionPro | kMentionAnti)) return i + 1;
  // "a terrorist attack", "the police station": the noun qualifies another.
  if (UsedAsModifier(item)) return i + 1;
  const bool definite = PrecededByDefinite(item.first_unit);
  // "the government of Iraq"
  uint32_t of_end = 0;
  const size_t s = OfState(item.next_unit, of_end);
  if (s != kNone && !agent.sector.empty()) {
    ActorMention& m = NewMention(units_[item.first_unit].token, UnitTokenEnd(of_end - 1));
    SetAgentCodes(m, items_[s], item);
    items_[s].consumed = true;
    item.consumed = true;
    return s + 1;
  }
  // A noun without a sector ("members") says something only as a reference.
  if (agent.sector.empty() && (!definite || agent.refers.empty())) return i + 1;
  std::string storage;
  ActorMention& m = NewMention(units_[item.first_unit].token, UnitTokenEnd(item.end_unit - 1));
  m.source = MentionSource::kAgent;
  m.kind = ActorKind::kAgent;
  m.agent = item.agent->actor;
  m.form = item.agent->form;
  m.sector = agent.sector;
  if (!agent.sector.empty()) m.cameo = CombineCodes("", AgentCode(agent, storage));
  m.flags |= item.flags | (definite ? uint32_t{kMentionDefinite} : 0u);
  m.marker = item.marker;
  m.marker_text = item.marker_text;
  item.consumed = true;
  return i + 1;
}

bool SentenceMatch::ExpletiveIt(uint32_t u) const {
  // "it is", "it was", "is it", "it seems": the pronoun stands for no actor.
  auto is_any = [&](uint32_t v, std::initializer_list<uint32_t> words) {
    if (v >= units_.size()) return false;
    for (uint32_t w : words) {
      if (units_[v].word == w) return true;
    }
    return false;
  };
  const MatcherWords& fw = t_.fw;
  if (is_any(u + 1, {fw.seems, fw.appears, fw.remains})) return true;
  if (u > 0 && is_any(u - 1, {fw.is, fw.was})) return true;  // "is it true"
  return is_any(u + 1, {fw.is, fw.was, fw.possessive}) && u + 2 < units_.size() &&
         (t_.Class(units_[u + 2].word) & kWordExpletiveTail) != 0;
}

void SentenceMatch::EmitPronouns() {
  for (uint32_t u = 0; u < units_.size(); ++u) {
    const MatchUnit& unit = units_[u];
    if (!unit.first_in_token || !unit.last_in_token) continue;
    if (unit.word != t_.fw.it && unit.word != t_.fw.its) continue;
    if (unit.word == t_.fw.it && ExpletiveIt(u)) continue;
    if (unit.shape.letters == 0 ||
        (unit.shape.has_upper && !unit.shape.has_lower && unit.shape.letters > 1 && u > 0)) {
      continue;  // "IT" inside a sentence is not the pronoun
    }
    ActorMention& m = NewMention(unit.token, unit.token + 1);
    m.source = MentionSource::kPronoun;
    m.form = unit.raw;
    if (unit.word == t_.fw.its) m.flags |= kMentionPossessive;
  }
}

}  // namespace casus
