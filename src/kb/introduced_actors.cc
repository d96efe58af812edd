// ActorMatcher, step 4: actors the text introduces.
//
// A group noun (an agent whose `refers` names an organised kind: group,
// militia, faction, movement, party...) introduces a name the knowledge base
// does not know in four constructions:
//   P1  "a little-known militia calling itself X", "a group called X",
//       "a new faction named X", "a group known as X", "an outfit dubbed
//       X", "a group which calls itself X" (X may be quoted);
//   P2  "a previously unknown group, X," (needs an adjective of novelty:
//       previously unknown, little-known, new, newly formed, shadowy...);
//   P3  "X, a previously unknown group" / "X, an Iraqi militia";
//   P4  "the X group" ("the Wagner Group": a capitalised noun is part of
//       the name);
//   P5  a body named round a capitalised noun of an organisation, with at
//       least one other capitalised word before it or an of-phrase after
//       it ("the National Union of Mineworkers", "the upstart Association
//       of Mineworkers and Construction Union", "the Transitional Military
//       Council"), its kind and sector from that noun (BodyNoun), or from
//       words of fighting or work in the name ("the United Jihad Council").
// X is a run of capitalised words, with connectors inside ("Brigades of
// the Martyrs", "Ashab al-Kahf"), opening with a capitalised determiner
// only before another capitalised word ("Those Who Sign in Blood"). A name
// that is already a known actor introduces nothing. The new actor takes its sector from the noun
// (militia, group → REB; party → PTY), its kind from the noun's first
// `refers` kind, and its country from a demonym on the noun ("an Iraqi
// militia calling itself X" → IRQ). The noun's own generic mention is
// replaced by the new actor's.
#include <algorithm>

#include "base/word_lists.h"
#include "kb/matcher_internal.h"

namespace casus {
namespace {

bool IsGroupNoun(const ActorRecord& agent) {
  for (ActorKind kind : agent.refers) {
    switch (kind) {
      case ActorKind::kArmedGroup:
      case ActorKind::kFrontGroup:
      case ActorKind::kUmbrella:
      case ActorKind::kOrganisation:
      case ActorKind::kParty:
      case ActorKind::kNgo:
        return true;
      default:
        break;
    }
  }
  return false;
}

// The organisation nouns of P5: the kind and sector of a body they name.
struct BodyNoun {
  std::string_view word;
  ActorKind kind;
  std::string_view sector;
};
constexpr BodyNoun kBodyNouns[] = {
    {"Party", ActorKind::kParty, "PTY"},
    {"Front", ActorKind::kArmedGroup, "REB"},
    {"Army", ActorKind::kArmedGroup, "REB"},
    {"Brigade", ActorKind::kArmedGroup, "REB"},
    {"Brigades", ActorKind::kArmedGroup, "REB"},
    {"Battalion", ActorKind::kArmedGroup, "REB"},
    {"Battalions", ActorKind::kArmedGroup, "REB"},
    {"Militia", ActorKind::kArmedGroup, "REB"},
    {"Union", ActorKind::kOrganisation, "NGO"},
    {"Association", ActorKind::kOrganisation, "NGO"},
    {"Federation", ActorKind::kOrganisation, "NGO"},
    {"Confederation", ActorKind::kOrganisation, "NGO"},
    {"Syndicate", ActorKind::kOrganisation, "NGO"},
    {"Organisation", ActorKind::kOrganisation, "OPP"},
    {"Organization", ActorKind::kOrganisation, "OPP"},
    {"Movement", ActorKind::kOrganisation, "OPP"},
    {"League", ActorKind::kOrganisation, "OPP"},
    {"Alliance", ActorKind::kOrganisation, "OPP"},
    {"Coalition", ActorKind::kOrganisation, "OPP"},
    {"Congress", ActorKind::kOrganisation, "OPP"},
    {"Council", ActorKind::kGovernment, "GOV"},
    {"Committee", ActorKind::kGovernment, "GOV"},
};

// Words of a name that make a body one that fights ("the United Jihad
// Council", "the Revolutionary Front").
bool IsFightersWord(std::string_view word) {
  return IsAny(word, {"Jihad", "Mujahideen", "Mujahidin", "Liberation", "Resistance",
                      "Revolutionary", "Martyrs", "Islamic", "Jihadist", "Insurgent"});
}

// Words of a name that make a union or association one of workers.
bool IsWorkersWord(std::string_view word) {
  return IsAny(word, {"Workers", "Mineworkers", "Miners", "Teachers", "Trade", "Labour", "Labor",
                      "Employees", "Dockers", "Unions"});
}

bool IsQuote(std::string_view text) {
  return text == "\"" || text == "'" || text == "\xE2\x80\x9C" || text == "\xE2\x80\x9D" ||
         text == "\xE2\x80\x98" || text == "\xE2\x80\x99";
}

}  // namespace

uint32_t SentenceMatch::FirstUnitOfToken(uint32_t token, uint32_t hint) const {
  uint32_t u = std::min<uint32_t>(hint, static_cast<uint32_t>(units_.size()) - 1);
  while (u > 0 && units_[u].token > token) --u;
  while (u > 0 && units_[u - 1].token == token) --u;
  return u;
}

size_t SentenceMatch::MentionCovering(uint32_t token) const {
  for (size_t k = first_out_; k < out_.size(); ++k) {
    if (out_[k].first_token <= token && token < out_[k].end_token) return k;
  }
  return SIZE_MAX;
}

bool SentenceMatch::IntroVerbAt(uint32_t u, uint32_t& name_start) const {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  if (u >= n) return false;
  const MatcherWords& fw = t_.fw;
  const uint32_t w = units_[u].word;
  auto word_at = [&](uint32_t v) { return v < n ? units_[v].word : kNoWord; };
  if (w == fw.calling || w == fw.calls || w == fw.styling || w == fw.styles) {
    if (word_at(u + 1) != fw.itself) return false;
    name_start = u + 2;
    return true;
  }
  if (w == fw.known) {
    if (word_at(u + 1) != fw.as) return false;
    name_start = u + 2;
    return true;
  }
  if (w == fw.which || w == fw.that) {
    if ((word_at(u + 1) == fw.calls || word_at(u + 1) == fw.styles) &&
        word_at(u + 2) == fw.itself) {
      name_start = u + 3;
      return true;
    }
    return false;
  }
  if (t_.Class(w) & kWordIntroVerb) {  // called, named, dubbed
    name_start = u + 1;
    return true;
  }
  return false;
}

bool SentenceMatch::IntroducedNameSpan(uint32_t u, uint32_t& end) const {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  const MatcherWords& fw = t_.fw;
  uint32_t v = u;
  end = u;
  for (int tokens = 0; v < n && tokens < 8; ++tokens) {
    const MatchUnit& first = units_[v];
    if (first.punct || first.word == fw.possessive || !first.first_in_token) break;
    uint32_t w = v;
    while (w < n && units_[w].token == first.token) ++w;
    const uint16_t cls = t_.Class(first.word);
    const bool particle = (cls & kWordNameParticle) != 0;
    const bool capital =
        first.shape.first_upper || (particle && w - v > 1 && units_[v + 1].shape.first_upper);
    // "a group calling itself Those Who Sign in Blood": a capitalised
    // determiner opens a name only before another capitalised word.
    const bool opens_name =
        tokens != 0 || (cls & (kWordDeterminer | kWordStop)) == 0 ||
        (w < n && units_[w].first_in_token && units_[w].shape.first_upper && !units_[w].punct);
    if (capital && (cls & kWordNameBlocker) == 0 && opens_name) {
      v = w;
      end = v;
      continue;
    }
    // "the" only as "of the" ("Brigades of the Martyrs").
    const bool connector = particle || first.word == fw.of || first.word == fw.for_ ||
                           first.word == fw.in ||
                           (first.word == fw.the && v > 0 && units_[v - 1].word == fw.of);
    if (connector && tokens > 0 && !first.shape.first_upper) {
      v = w;
      continue;
    }
    break;
  }
  return end > u;
}

bool SentenceMatch::NameAt(uint32_t u, uint32_t& first, uint32_t& end) const {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  if (u < n && units_[u].punct && IsQuote(units_[u].raw)) {
    // A quoted name: up to the closing quote.
    uint32_t v = u + 1;
    while (v < n && v < u + 16 && !(units_[v].punct && IsQuote(units_[v].raw))) ++v;
    if (v >= n || v == u + 1 || !units_[u + 1].shape.first_upper) return false;
    first = u + 1;
    end = v;
    return true;
  }
  if (u < n && units_[u].word == t_.fw.the) ++u;  // "a party called the National Front"
  first = u;
  return IntroducedNameSpan(u, end);
}

uint32_t SentenceMatch::NameSpanBefore(uint32_t end) const {
  // Walks back over capitalised tokens and connectors; returns the first unit
  // of the name, or `end` when there is none.
  uint32_t start = end;
  uint32_t v = end;
  for (int tokens = 0; v > 0 && tokens < 8; ++tokens) {
    const uint32_t token = units_[v - 1].token;
    const uint32_t first = FirstUnitOfToken(token, v - 1);
    const MatchUnit& u = units_[first];
    if (u.punct || u.word == t_.fw.possessive) break;
    const uint16_t cls = t_.Class(u.word);
    const bool particle = (cls & kWordNameParticle) != 0;
    const bool capital =
        u.shape.first_upper || (particle && first + 1 < v && units_[first + 1].shape.first_upper);
    if (capital && (cls & (kWordNameBlocker | kWordDeterminer | kWordStop)) == 0) {
      start = first;
      v = first;
      continue;
    }
    if (capital && (cls & (kWordDeterminer | kWordStop))) break;  // "The", "It" start no name
    const bool of_the = u.word == t_.fw.the && first > 0 && units_[first - 1].word == t_.fw.of;
    const bool connector = particle || u.word == t_.fw.of || of_the;
    if (connector && start != end) {
      v = first;
      continue;
    }
    break;
  }
  return start;
}

bool SentenceMatch::IndefiniteBefore(uint32_t unit, bool need_unknown, uint32_t& determiner) const {
  const MatcherWords& fw = t_.fw;
  bool novelty = false;
  uint32_t v = unit;
  for (int skipped = 0; v > 0 && skipped <= 5; ++skipped) {
    const MatchUnit& prev = units_[v - 1];
    if (prev.punct || prev.word == fw.possessive) return false;
    const uint16_t cls = t_.Class(prev.word);
    if (cls & kWordIndefinite) {
      determiner = v - 1;
      return novelty || !need_unknown;
    }
    if (cls & (kWordStop | kWordCoordinator | kWordDeterminer)) return false;
    const uint32_t w = prev.word;
    if (w == fw.previously || w == fw.unknown || w == fw.little || w == fw.new_ || w == fw.newly ||
        w == fw.shadowy || w == fw.obscure || w == fw.self || w == fw.hitherto || w == fw.lesser) {
      novelty = true;
    }
    --v;
  }
  return false;
}

bool SentenceMatch::AddIntroduced(uint32_t name_first, uint32_t name_end, const MatchItem& noun,
                                  bool noun_is_name) {
  const uint32_t first_token = units_[name_first].token;
  const uint32_t end_token = UnitTokenEnd(name_end - 1);
  const uint32_t noun_token = units_[noun.first_unit].token;
  // A name that is (or starts with) a known actor introduces nothing, and
  // the noun is that actor: "a group calling itself Ashab al-Kahf".
  for (size_t k = first_out_; k < out_.size(); ++k) {
    const ActorMention& m = out_[k];
    if (m.end_token <= first_token || m.first_token >= end_token) continue;
    if (m.source == MentionSource::kName || m.source == MentionSource::kTitle ||
        m.source == MentionSource::kIntroduced) {
      for (size_t j = out_.size(); noun_is_name && j-- > first_out_;) {
        const ActorMention& old = out_[j];
        if (old.source == MentionSource::kAgent && old.generic() && old.anchor == kNoActor &&
            old.first_token <= noun_token && noun_token < old.end_token) {
          out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(j));
        }
      }
      return false;
    }
  }
  const ActorRecord& agent = kb_.actor(noun.agent->actor);
  ActorMention m;
  m.first_token = first_token;
  m.end_token = end_token;
  m.source = MentionSource::kIntroduced;
  m.kind = ActorKind::kArmedGroup;
  for (ActorKind kind : agent.refers) {
    if (kind != ActorKind::kPerson) {
      m.kind = kind;
      break;
    }
  }
  m.agent = noun.agent->actor;
  m.sector = agent.sector;
  m.form = TextSpanning(tokens_[first_token], tokens_[end_token - 1]);
  std::string agent_code = agent.cameo.str();
  if (agent_code.empty()) {
    agent_code.assign(1, '~');
    agent_code += agent.sector.view();
  }
  // The noun's own mention ("an Iraqi militia") is the same actor: take its
  // country and drop it. Demonyms inside the new name belong to the name.
  ActorIndex anchor = kNoActor;
  for (size_t k = out_.size(); k-- > first_out_;) {
    const ActorMention& old = out_[k];
    const bool noun_mention = old.source == MentionSource::kAgent &&
                              old.first_token <= noun_token && noun_token < old.end_token;
    const bool inside_name = old.first_token >= first_token && old.end_token <= end_token;
    if (!noun_mention && !inside_name) continue;
    if (noun_mention && old.anchor != kNoActor) anchor = old.anchor;
    out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(k));
  }
  if (anchor != kNoActor) {
    m.anchor = anchor;
    m.country = kb_.actor(anchor).country;
    m.cameo = CombineCodes(kb_.CameoOn(anchor, date_).view(), agent_code);
  } else {
    m.cameo = CombineCodes("", agent_code);
  }
  out_.push_back(m);
  return true;
}

void SentenceMatch::FindIntroduced() {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  const MatcherWords& fw = t_.fw;
  for (size_t i = 0; i < items_.size(); ++i) {
    const MatchItem& noun = items_[i];
    if (noun.agent == nullptr || noun.name != nullptr) continue;
    if (!IsGroupNoun(kb_.actor(noun.agent->actor))) continue;
    // Where the noun phrase starts: before a demonym that qualified it.
    uint32_t phrase_first = noun.first_unit;
    const size_t covering = MentionCovering(units_[noun.first_unit].token);
    if (covering != SIZE_MAX && out_[covering].source == MentionSource::kAgent) {
      phrase_first = FirstUnitOfToken(out_[covering].first_token, noun.first_unit);
    }
    uint32_t determiner = 0;
    uint32_t name_start = 0;
    uint32_t first = 0;
    uint32_t end = 0;
    // P1: "... calling itself X", "a group called X"
    if (IntroVerbAt(noun.next_unit, name_start) && NameAt(name_start, first, end)) {
      AddIntroduced(first, end, noun, true);
      continue;
    }
    // P2: "a previously unknown group, X,"
    if (noun.next_unit < n && units_[noun.next_unit].word == fw.comma &&
        IndefiniteBefore(phrase_first, true, determiner) &&
        IntroducedNameSpan(noun.next_unit + 1, end) &&
        (end == n || units_[end].punct || t_.Class(units_[end].word) & kWordStop)) {
      AddIntroduced(noun.next_unit + 1, end, noun, true);
      continue;
    }
    // P3: "X, a previously unknown group"
    if (IndefiniteBefore(phrase_first, false, determiner) && determiner > 0 &&
        units_[determiner - 1].word == fw.comma) {
      const uint32_t start = NameSpanBefore(determiner - 1);
      if (start < determiner - 1) {
        AddIntroduced(start, determiner - 1, noun, true);
        continue;
      }
    }
    // P4: "the X group", "the Wagner Group" — not "the Palestinian Islamist
    // group", a description opening with a people's name.
    const bool noun_capital = units_[noun.first_unit].shape.first_upper;
    // ("the Fulani association Tabital Pulaaku": a name after a noun of a
    // body is the body's; not after one of its people: "the veteran
    // jihadist Mokhtar Belmokhtar".)
    const std::string_view noun_word = tokens_[units_[noun.end_unit - 1].token].text;
    if (!noun_capital &&
        IsAny(noun_word, {"association", "group", "organisation", "organization", "movement",
                          "faction", "network", "outfit"}) &&
        noun.next_unit < n && units_[noun.next_unit].shape.first_upper &&
        units_[noun.next_unit].first_in_token && IntroducedNameSpan(noun.next_unit, end)) {
      // (A name holding a known one is left as it is: "the Norway-based
      // group Iran Human Rights".)
      bool known_inside = false;
      for (uint32_t v = noun.next_unit; v < end; ++v) {
        const size_t k = MentionCovering(units_[v].token);
        known_inside = known_inside || (k != SIZE_MAX && out_[k].source != MentionSource::kAgent);
      }
      if (!known_inside) {
        AddIntroduced(noun.next_unit, end, noun, true);
        continue;
      }
    }
    const uint32_t start = NameSpanBefore(noun.first_unit);
    const std::string_view head = tokens_[units_[noun.end_unit - 1].token].text;
    const bool described =
        start < n && b_.item_at[start] != UINT32_MAX &&
        items_[b_.item_at[start]].demonym != nullptr &&
        !units_[noun.end_unit - 1].shape.first_upper &&
        IsAny(head, {"group", "movement", "militia", "organisation", "organization", "faction"});
    // ("the New York-based rights group": a compound of a place describes
    // the group, and names none.)
    const std::string_view last_word =
        start < noun.first_unit ? tokens_[units_[noun.first_unit - 1].token].text : "";
    const bool compound = last_word.ends_with("-based") || last_word.ends_with("-led") ||
                          last_word.ends_with("-backed") || last_word.ends_with("-born");
    if (start < noun.first_unit && start > 0 && units_[start - 1].word == fw.the && !described &&
        !compound) {
      AddIntroduced(start, noun_capital ? noun.end_unit : noun.first_unit, noun, false);
    }
  }
  FindNamedBodies();
}

void SentenceMatch::FindNamedBodies() {
  const uint32_t n = static_cast<uint32_t>(units_.size());
  const MatcherWords& fw = t_.fw;
  for (uint32_t u = 0; u < n; ++u) {
    const MatchUnit& unit = units_[u];
    if (!unit.first_in_token || !unit.last_in_token || !unit.shape.first_upper) continue;
    const BodyNoun* noun = nullptr;
    for (const BodyNoun& b : kBodyNouns) {
      if (unit.raw == b.word) noun = &b;
    }
    if (noun == nullptr) continue;
    // Not a name known, nor a state's forces ("Zimbabwe Defence Forces" is
    // the state's army): only a generic noun may cover the noun.
    const size_t covering = MentionCovering(unit.token);
    if (covering != SIZE_MAX && !(out_[covering].source == MentionSource::kAgent &&
                                  out_[covering].generic() && out_[covering].anchor == kNoActor)) {
      continue;
    }
    const uint32_t start = NameSpanBefore(u);
    uint32_t end = u + 1;
    if (end + 1 < n && (units_[end].word == fw.of || units_[end].word == fw.for_)) {
      uint32_t name_end = 0;
      const uint32_t from = units_[end + 1].word == fw.the ? end + 2 : end + 1;
      if (from < n && IntroducedNameSpan(from, name_end)) end = name_end;
      // ("of Mineworkers and Construction Union": "and" between capitalised
      // words.)
      while (end + 1 < n && units_[end].word == fw.and_ && units_[end + 1].shape.first_upper &&
             IntroducedNameSpan(end + 1, name_end)) {
        end = name_end;
      }
    }
    if (start == u && end == u + 1) continue;
    const uint32_t first_token = units_[start].token;
    const uint32_t end_token = UnitTokenEnd(end - 1);
    // A name holding a known actor's is left to that actor ("the Hizbul
    // Mujahideen Council"); a state named inside gives the body its country.
    ActorCode country;
    bool named_inside = false;
    bool workers = false;
    bool fighters = false;
    for (uint32_t v = start; v < end; ++v) {
      workers = workers || IsWorkersWord(units_[v].raw);
      fighters = fighters || IsFightersWord(units_[v].raw);
    }
    for (size_t k = first_out_; k < out_.size(); ++k) {
      const ActorMention& m = out_[k];
      if (m.end_token <= first_token || m.first_token >= end_token) continue;
      if (m.source == MentionSource::kAgent && m.generic()) continue;
      if (m.actor != kNoActor && kb_.actor(m.actor).kind == ActorKind::kState &&
          m.source != MentionSource::kAgent) {
        country = kb_.actor(m.actor).country;
        continue;
      }
      named_inside = true;
    }
    if (named_inside) continue;
    for (size_t k = out_.size(); k-- > first_out_;) {
      if (out_[k].end_token > first_token && out_[k].first_token < end_token) {
        out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(k));
      }
    }
    ActorMention m;
    m.first_token = first_token;
    m.end_token = end_token;
    m.source = MentionSource::kIntroduced;
    m.kind = fighters ? ActorKind::kArmedGroup : noun->kind;
    const std::string_view sector = fighters  ? std::string_view("REB")
                                    : workers ? std::string_view("LAB")
                                              : noun->sector;
    m.sector = ActorCode(sector);
    m.country = country;
    m.cameo = CombineCodes(country.view(), sector);
    m.form = TextSpanning(tokens_[first_token], tokens_[end_token - 1]);
    out_.push_back(m);
    u = end - 1;
  }
}

}  // namespace casus
