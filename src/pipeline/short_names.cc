#include "pipeline/short_names.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "base/word_lists.h"
#include "nlp/reading_words.h"
#include "text/token_shape.h"

namespace casus {
namespace {

// Heads of organisation names that "the" and the head alone may stand for.
bool IsShortHead(std::string_view lower) {
  return IsAny(lower, {"guards", "coalition", "front", "corps", "command", "alliance", "movement",
                       "brigades"});
}

// "RSF", "PMF", "IRGC": two to six capital letters.
bool IsAcronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 6) return false;
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A named organisation (not a generic, a pronoun, a person or a place).
bool IsNamedOrganisation(const ActorSpan& span) {
  return !span.actor.name.empty() && span.kind != "agent" && span.kind != "anaphor" &&
         span.kind != "person" && span.kind != "state" && span.kind != "place" && !span.metonym &&
         !span.demonym && span.compound.empty();
}

// The kind and sector of an organisation the text names with its acronym,
// from the last word of its name; empty kind for a name of no organisation.
std::pair<std::string, std::string> KindOfName(std::string_view head, bool military) {
  if (IsAny(head, {"council", "committee", "authority", "commission", "assembly", "ministry"})) {
    return military ? std::pair{"military", "MIL"} : std::pair{"government", "GOV"};
  }
  if (IsAny(head, {"forces", "army", "corps", "guard", "guards"})) return {"military", "MIL"};
  if (IsAny(head, {"brigade", "brigades", "battalion", "battalions", "group"})) {
    return {"armed_group", "REB"};
  }
  if (head == "party") return {"party", "PTY"};
  if (IsAny(head, {"union", "unions", "syndicate", "federation"})) return {"organisation", "LAB"};
  if (IsAny(head, {"association", "alliance", "movement", "front", "coalition", "society", "league",
                   "network", "organisation", "organization"})) {
    return {"organisation", "OPP"};
  }
  return {"", ""};
}

// An organisation the knowledge base does not know, named by tokens
// [begin, end) of country `country` (may be empty): of the kind and sector
// the last word tells ("military" inside makes a council military);
// nullopt for a name of no organisation.
std::optional<ActorSpan> UnknownBody(std::span<const Token> tokens, size_t begin, size_t end,
                                     const std::string& country) {
  const auto [kind, sector] =
      KindOfName(Lowercase(tokens[end - 1].text),
                 std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(begin),
                             tokens.begin() + static_cast<std::ptrdiff_t>(end),
                             [](const Token& t) { return reading::WordIs(t, "military"); }));
  if (kind.empty()) return std::nullopt;
  ActorSpan body;
  body.begin = static_cast<uint32_t>(begin);
  body.end = static_cast<uint32_t>(end);
  body.kind = kind;
  body.actor.name = std::string(TextSpanning(tokens[begin], tokens[end - 1]));
  body.actor.text = body.actor.name;
  body.actor.country = country;
  body.actor.sector = sector;
  body.actor.cameo = country + sector;
  return body;
}

}  // namespace

// "the Sudanese Professionals Association (SPA)", "the ruling Transitional
// Military Council (TMC)": a run of capitalised words whose initials the
// acronym in brackets after it spells names an organisation, known or not.
// An unknown one becomes an actor of the kind its last word tells, of the
// country a demonym or state inside its name names; the acronym is that
// organisation (not what else the knowledge base knows by those letters).
void ShortNames::IntroduceAcronyms(std::span<const Token> tokens, std::vector<ActorSpan>& actors) {
  const size_t n = tokens.size();
  for (size_t k = 2; k + 2 < n; ++k) {
    if (tokens[k].text != "(" || tokens[k + 2].text != ")" || !IsAcronym(tokens[k + 1].text)) {
      continue;
    }
    // The name: capitalised words before the bracket, with "of", "for" and
    // "and" inside it ("Forces for Freedom and Change (FFC)"); the initials
    // of its capitalised words spell the acronym.
    size_t begin = k;
    std::string initials;
    while (begin > 0 && k - begin < 10) {
      const std::string_view word = tokens[begin - 1].text;
      const bool capital = text::StartsUpper(word);
      if (!capital && !reading::WordIsAny(word, "of for and")) break;
      --begin;
      if (capital) initials.insert(initials.begin(), static_cast<char>(word[0]));
      if (initials.size() == tokens[k + 1].text.size()) break;
    }
    if (initials != tokens[k + 1].text || begin + 2 > k) continue;
    ActorSpan named;
    auto known = std::find_if(actors.begin(), actors.end(), [&](const ActorSpan& a) {
      return a.begin <= begin && a.end == k && IsNamedOrganisation(a);
    });
    if (known != actors.end()) {
      named = *known;
    } else {
      // Of the country a state or demonym inside the name names.
      std::string country;
      for (const ActorSpan& a : actors) {
        if (a.begin >= begin && a.end <= k && !a.actor.country.empty() &&
            (a.kind == "state" || a.demonym)) {
          country = a.actor.country;
          break;
        }
      }
      std::optional<ActorSpan> body = UnknownBody(tokens, begin, k, country);
      if (!body) continue;
      named = std::move(*body);
      std::erase_if(actors, [&](const ActorSpan& a) { return a.begin < k && a.end > begin; });
      InsertInOrder(actors, named);
    }
    ActorSpan acronym = named;
    acronym.begin = static_cast<uint32_t>(k + 1);
    acronym.end = static_cast<uint32_t>(k + 2);
    acronym.actor.text = std::string(tokens[k + 1].text);
    std::erase_if(actors, [&](const ActorSpan& a) { return a.begin <= k + 1 && a.end > k + 1; });
    InsertInOrder(actors, std::move(acronym));
    initials_.Remember(Lowercase(tokens[k + 1].text), named);
  }
}

// "Algeria's High Security Council", "the Iraqi Supreme Judicial Council":
// two or more capitalised words after a state's possessive or its demonym,
// no actor among them, ending in a noun that names a body, name a body of
// that state the knowledge base does not know.
void ShortNames::NameStateBodies(std::span<const Token> tokens, std::span<const PosTag> tags,
                                 std::vector<ActorSpan>& actors) {
  for (size_t a = 0; a < actors.size(); ++a) {
    const ActorSpan& state = actors[a];
    if (state.kind != "state" || state.actor.country.empty() || !state.compound.empty() ||
        state.metonym) {
      continue;
    }
    size_t first = state.end;
    if (first < tokens.size() && first < tags.size() && tags[first] == PosTag::kPOS) {
      ++first;
    } else if (!state.demonym) {
      continue;
    }
    size_t end = first;
    while (end < tokens.size() && end < tags.size() && end - first < 6 &&
           (tags[end] == PosTag::kNNP || tags[end] == PosTag::kNNPS) && !tokens[end].text.empty() &&
           text::StartsUpper(tokens[end].text)) {
      ++end;
    }
    if (end < first + 2 || (a + 1 < actors.size() && actors[a + 1].begin < end)) continue;
    // "the American Medical Association": a demonym begins the name.
    const bool demonym = first == state.end;
    std::optional<ActorSpan> body =
        UnknownBody(tokens, demonym ? state.begin : first, end, state.actor.country);
    if (!body) continue;
    if (demonym) {
      actors[a] = std::move(*body);
    } else {
      InsertInOrder(actors, std::move(*body));
    }
  }
}

void ShortNames::AddSentence(std::span<const Token> tokens, std::span<const PosTag> tags,
                             std::vector<ActorSpan>& actors) {
  NameStateBodies(tokens, tags, actors);
  IntroduceAcronyms(tokens, actors);
  for (size_t k = 0; k < tokens.size() && !named_.empty(); ++k) {
    const bool definite = k > 0 && reading::WordIs(tokens[k - 1], "the");
    // "coalition forces", "a coalition supply convoy": the head in lower
    // case before a noun.
    const bool modifier = !definite && k + 1 < tokens.size() && k + 1 < tags.size() &&
                          !tokens[k].text.empty() &&
                          std::islower(static_cast<unsigned char>(tokens[k].text[0])) &&
                          (tags[k + 1] == PosTag::kNN || tags[k + 1] == PosTag::kNNS);
    if (!definite && !modifier) continue;
    const std::string head = Lowercase(tokens[k].text);
    if (!IsShortHead(head)) continue;
    const ActorSpan* known = named_.Find(head);
    if (known == nullptr) continue;
    // A generic covering the head ("the coalition" as a military agent) or
    // a reference to resolve gives way; a name does not.
    auto covering = std::find_if(actors.begin(), actors.end(),
                                 [&](const ActorSpan& a) { return a.begin <= k && k < a.end; });
    ActorSpan named = *known;
    named.begin = static_cast<uint32_t>(definite ? k - 1 : k);
    named.end = static_cast<uint32_t>(k + 1);
    named.actor.text = std::string(TextSpanning(tokens[named.begin], tokens[k]));
    if (covering != actors.end()) {
      if (covering->kind != "agent" && covering->kind != "anaphor") continue;
      if (!covering->actor.country.empty() && covering->actor.country != named.actor.country) {
        continue;
      }
      named.begin = std::min(named.begin, covering->begin);
      named.end = std::max(named.end, covering->end);
      named.actor.text = std::string(TextSpanning(tokens[named.begin], tokens[named.end - 1]));
      *covering = std::move(named);
      continue;
    }
    if (CoversToken(actors, named.begin)) continue;
    InsertInOrder(actors, std::move(named));
  }
  // Initials of the organisations this sentence names, for its acronyms
  // too ("the Rapid Support Forces ..., with warplanes striking RSF bases").
  RememberInitials(tokens, actors);
  // "the Rapid Support Forces ... The RSF accused the army": an acronym of
  // an organisation the report named in full is that organisation, whatever
  // else the knowledge base knows by those letters.
  for (size_t k = 0; k < tokens.size() && !initials_.empty(); ++k) {
    if (!IsAcronym(tokens[k].text)) continue;
    const ActorSpan* known = initials_.Find(Lowercase(tokens[k].text));
    if (known == nullptr) continue;
    auto covering = std::find_if(actors.begin(), actors.end(),
                                 [&](const ActorSpan& a) { return a.begin <= k && k < a.end; });
    // "RSF commander General Mohamed Hamdan Dagalo", "the RSF commander",
    // "RSF fighters": words the letters open, read as what else the
    // knowledge base knows by them, are the organisation's (an office held
    // by the person named after it, or one standing for the organisation,
    // as an unnamed office of a group does; its fighters).
    if (covering != actors.end() && covering->begin == k && covering->end >= k + 2 &&
        !(covering->kind == "person" && covering->kb_index >= 0) &&
        IdentityKey(*covering) != IdentityKey(*known)) {
      const auto next = covering + 1;
      if (covering->kind == "person" && next != actors.end() && next->begin == covering->end &&
          next->kind == "person" && next->kb_index >= 0) {
        next->begin = covering->begin;
        next->actor.text = std::string(TextSpanning(tokens[next->begin], tokens[next->end - 1]));
        actors.erase(covering);
        continue;
      }
      ActorSpan office = *known;
      office.begin = covering->begin;
      office.end = covering->end;
      office.actor.text = std::string(TextSpanning(tokens[office.begin], tokens[office.end - 1]));
      *covering = std::move(office);
      continue;
    }
    if (covering != actors.end() && (covering->begin != k || covering->end != k + 1)) continue;
    ActorSpan named = *known;
    named.begin = static_cast<uint32_t>(k);
    named.end = static_cast<uint32_t>(k + 1);
    named.actor.text = std::string(tokens[k].text);
    if (covering != actors.end()) {
      *covering = std::move(named);
    } else {
      InsertInOrder(actors, std::move(named));
    }
  }
  for (const ActorSpan& span : actors) {
    if (!IsNamedOrganisation(span) || span.end == 0 || span.end > tokens.size()) continue;
    std::string head = Lowercase(tokens[span.end - 1].text);
    // "Iran's Islamic Revolutionary Guard Corps ... the Guards' commander":
    // the members of a guard corps are the Guards.
    if (head == "corps" && span.end - span.begin >= 2 &&
        Lowercase(tokens[span.end - 2].text) == "guard") {
      named_.Remember("guards", span);
    }
    if (IsShortHead(head)) named_.Remember(std::move(head), span);
  }
}

// Initials of a name of three words or more, as written ("Rapid Support
// Forces": "rsf"); not of a name the text gives as its acronym.
void ShortNames::RememberInitials(std::span<const Token> tokens,
                                  const std::vector<ActorSpan>& actors) {
  for (const ActorSpan& span : actors) {
    if (!IsNamedOrganisation(span) || span.end == 0 || span.end > tokens.size() ||
        span.end - span.begin < 3) {
      continue;
    }
    std::string initials;
    for (uint32_t t = span.begin; t < span.end; ++t) {
      const std::string_view word = tokens[t].text;
      if (word.empty() || reading::WordIsAny(word, "of the and for in")) continue;
      if (!text::StartsUpper(word)) {
        initials.clear();
        break;
      }
      initials += static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
    }
    if (initials.size() >= 3) initials_.Remember(std::move(initials), span);
  }
}

}  // namespace casus
