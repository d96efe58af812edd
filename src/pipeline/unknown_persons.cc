#include "pipeline/unknown_persons.h"

#include <algorithm>
#include <cctype>

#include "base/word_lists.h"
#include "nlp/reading_words.h"

namespace casus {
namespace {

// A word of a personal name: a proper noun written with a capital, an
// Arabic article joined to one ("al-Awadi"), or a patronymic the tagger
// read inside a name ("Zulkifli bin Hir").
bool IsNameWord(const Token& token, PosTag tag) {
  if (tag != PosTag::kNNP || token.text.empty()) return false;
  // ("Late on Wednesday Tokayev asked": a day is no part of a name.)
  if (reading::WordIsAny(token.text,
                         "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
                         "February September October November December")) {
    return false;
  }
  const unsigned char first = static_cast<unsigned char>(token.text[0]);
  if (std::isupper(first)) return true;
  return token.text.starts_with("al-") || token.text.starts_with("el-") ||
         reading::WordIsAny(token.text, "bin ibn bint binti");
}

// Past "of" (or "to", "for", "in") at `j` and a place's name, with what
// it is part of ("of the government of Zenica-Doboj canton"): the comma
// closing it, or `j` when the words there are no place's name (a verb, no
// capitalised word, no comma within eight words).
size_t PastPlaceHeldUnder(std::span<const Token> tokens, std::span<const PosTag> tags, size_t j) {
  bool named = false;
  for (size_t k = j + 1; k < tokens.size() && k < j + 9; ++k) {
    if (reading::IsPunctToken(tokens[k], ",")) return named && k > j + 1 ? k : j;
    const PosTag t = tags[k];
    if (t == PosTag::kNNP || t == PosTag::kNNPS) {
      named = true;
    } else if (t != PosTag::kNN && t != PosTag::kNNS && t != PosTag::kDT && t != PosTag::kJJ &&
               !(t == PosTag::kIN && reading::WordIs(tokens[k], "of"))) {
      return j;
    }
  }
  return j;
}

// Roles a person introduced in apposition holds under an actor: "a senior
// aide to President X", "a spokesman for the group", "an official of Y".
bool IsRoleNoun(std::string_view lower) {
  return IsAny(lower, {"aide",
                       "adviser",
                       "advisor",
                       "spokesman",
                       "spokeswoman",
                       "spokesperson",
                       "official",
                       "minister",
                       "commander",
                       "envoy",
                       "ambassador",
                       "general",
                       "officer",
                       "negotiator",
                       "deputy",
                       "lawmaker",
                       "member",
                       "chief",
                       "leader",
                       "head",
                       "representative",
                       "diplomat",
                       "activist",
                       "dissident",
                       "campaigner",
                       "journalist",
                       "reporter",
                       "correspondent",
                       "candidate",
                       "speaker",
                       "president",
                       "chairman",
                       "chairwoman",
                       "chair",
                       "co-chair",
                       "secretary",
                       "governor",
                       "mayor",
                       "founder",
                       "coordinator",
                       "judge",
                       "prosecutor",
                       "director",
                       "director-general",
                       "commander-general",
                       "inspector-general"});
}

// Nouns that make a name in apposition a person though no actor of a
// country stands beside them: "Fethullah Gulen, a Muslim cleric who lives
// in exile".
bool IsPersonNoun(std::string_view lower) {
  return IsAny(lower,
               {"cleric", "preacher", "imam", "businessman", "businesswoman", "tycoon", "lawyer",
                "politician", "warlord", "blogger", "writer", "scholar", "academic", "researcher",
                "militant", "scientist", "physicist", "engineer", "economist", "poet", "novelist",
                "artist", "singer", "filmmaker", "photographer", "student", "teacher", "footballer",
                "banker", "philanthropist",
                // "whose father Hun Sen still leads the party"
                "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband",
                "nephew", "uncle", "cousin", "widow"});
}

// Words of a body's name: "Forces", "Front", "Council".
bool IsBodyWord(std::string_view lower) {
  return IsAny(
      lower, {"forces",     "force",    "front",        "army",         "brigade",   "brigades",
              "movement",   "party",    "council",      "group",        "union",     "league",
              "alliance",   "militia",  "organisation", "organization", "committee", "association",
              "government", "ministry", "police",       "guard",        "guards",    "network",
              "coalition",  "people"});
}

// The sector of a role: "commander" MIL, "activist" OPP, "journalist" MED,
// "candidate" PTY, an office GOV.
std::string SectorOfRole(std::string_view lower) {
  if (IsAny(lower, {"commander", "general", "officer", "commander-general"})) return "MIL";
  if (IsAny(lower, {"activist", "dissident", "campaigner"})) return "OPP";
  if (IsAny(lower, {"journalist", "reporter", "correspondent"})) return "MED";
  if (lower == "candidate" || lower == "politician") return "PTY";
  if (IsAny(lower, {"cleric", "preacher", "imam"})) return "REL";
  if (IsAny(lower, {"businessman", "businesswoman", "tycoon"})) return "BUS";
  if (IsAny(lower, {"warlord", "militant"})) return "REB";
  if (IsPersonNoun(lower)) return "CVL";
  return "GOV";
}

// The sector of one who holds an office under `body` or leads it: the
// body's ("The leader of Boko Haram": REB), a state's office GOV.
std::string SectorUnder(const ActorSpan& body) {
  return body.kind == "state" || body.actor.sector.empty() ? "GOV" : body.actor.sector;
}

// A person the text names in tokens [begin, end), of a country and sector.
ActorSpan NamedPerson(std::span<const Token> tokens, size_t begin, size_t end, std::string country,
                      std::string sector) {
  ActorSpan person;
  person.begin = static_cast<uint32_t>(begin);
  person.end = static_cast<uint32_t>(end);
  person.kind = "person";
  person.actor.name = std::string(TextSpanning(tokens[begin], tokens[end - 1]));
  person.actor.text = person.actor.name;
  person.actor.country = std::move(country);
  person.actor.sector = std::move(sector);
  person.actor.cameo = person.actor.country + person.actor.sector;
  return person;
}

}  // namespace

void UnknownPersons::AddSentence(std::span<const Token> tokens, std::span<const PosTag> tags,
                                 std::vector<ActorSpan>& actors) {
  if (!known_.empty()) FindSurnames(tokens, tags, actors);
  Introduce(tokens, tags, actors);
  Remember(tokens, actors);
}

void UnknownPersons::Introduce(std::span<const Token> tokens, std::span<const PosTag> tags,
                               std::vector<ActorSpan>& actors) {
  const size_t n = tokens.size();
  IntroduceAfterOffices(tokens, tags, actors);
  IntroduceAfterRoles(tokens, tags, actors);
  IntroduceLeaders(tokens, tags, actors);
  for (size_t i = 0; i + 3 < n; ++i) {
    // "Navy Captain Bill Urban, a spokesman for US Central Command": a
    // person the matcher found by a title, of no country yet.
    ActorSpan* titled = nullptr;
    for (ActorSpan& a : actors) {
      if (a.begin == i && a.kind == "person" && a.kb_index < 0 && a.actor.country.empty() &&
          a.end > a.begin + 1) {
        titled = &a;
      }
    }
    // ("Jordan Goudreau, a former Green Beret who runs ...": a state's name
    // before a name word no one knows is a person's first name.)
    const auto state_named = std::find_if(actors.begin(), actors.end(), [&](const ActorSpan& a) {
      return a.begin == i && a.end == i + 1 && a.kind == "state";
    });
    const bool first_name = titled == nullptr && state_named != actors.end() &&
                            IsNameWord(tokens[i], tags[i]) &&
                            IsNameWord(tokens[i + 1], tags[i + 1]) && !CoversToken(actors, i + 1);
    if (titled == nullptr && !first_name &&
        (!IsNameWord(tokens[i], tags[i]) || CoversToken(actors, i))) {
      continue;
    }
    if (titled == nullptr && i > 0 && IsNameWord(tokens[i - 1], tags[i - 1])) {
      continue;  // not a name's start
    }
    size_t j = first_name ? i + 1 : i;
    while (j < n && j < i + 4 && IsNameWord(tokens[j], tags[j]) && !CoversToken(actors, j)) ++j;
    // (Drops the state's span once the person is introduced.)
    const auto introduce = [&](ActorSpan person) {
      if (first_name) actors.erase(state_named);
      InsertInOrder(actors, std::move(person));
    };
    if (titled != nullptr) j = titled->end;
    if (j - i < 2 || j + 2 >= n || !reading::IsPunctToken(tokens[j], ",")) continue;
    // "Roman Protasevich, 26, a former editor of ...": an age set off after
    // a name is a person's, and the role after it is his.
    const bool aged = titled == nullptr && j + 3 < n && !tokens[j + 1].text.empty() &&
                      tokens[j + 1].text.size() <= 3 &&
                      std::all_of(tokens[j + 1].text.begin(), tokens[j + 1].text.end(),
                                  [](char c) { return c >= '0' && c <= '9'; }) &&
                      reading::IsPunctToken(tokens[j + 2], ",");
    const size_t name_end = j;
    if (aged) j += 2;
    // "Cho Ayaba, who leads the Ambazonia Governing Council": a name "who"
    // describes is a person's (not a body's: "the Ambazonia Defence Forces,
    // who").
    if (titled == nullptr && reading::WordIs(tokens[j + 1], "who") &&
        (i == 0 || !reading::WordIs(tokens[i - 1], "the")) &&
        std::none_of(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                     tokens.begin() + static_cast<std::ptrdiff_t>(j),
                     [](const Token& t) { return IsBodyWord(Lowercase(t.text)); })) {
      introduce(NamedPerson(tokens, i, name_end, "", ""));
      i = j;
      continue;
    }
    // "X, a senior aide to ...", "X, Algeria's leading human rights activist,".
    // (Or a role with no article: "Bilal Anwar Kasi, president of the
    // Balochistan Bar Association".)
    const bool article = reading::WordIsAny(tokens[j + 1].text, "a an the") ||
                         (tags[j + 1] == PosTag::kNN && IsRoleNoun(Lowercase(tokens[j + 1].text)));
    const bool possessor =
        j + 2 < n && reading::WordIs(tokens[j + 2], "'s") &&
        std::any_of(actors.begin(), actors.end(), [&](const ActorSpan& a) {
          return a.begin == j + 1 && !a.actor.country.empty() && a.kind != "anaphor";
        });
    // (An age alone makes a person of no country known.)
    const auto aged_only = [&] {
      if (aged) introduce(NamedPerson(tokens, i, name_end, "", ""));
      if (aged) i = j;
    };
    if (!article && !possessor) {
      aged_only();
      continue;
    }
    // The apposition up to its closing comma: a role, and the actor it is
    // held under ("a senior aide to President Ebrahim Raisi", "an Iranian
    // official").
    // ("Jimmy Cherizier, a former police officer": one who held a role
    // no longer does, and is a person by it.)
    std::string role;
    bool former = false;
    const ActorSpan* under = nullptr;
    for (size_t k = j + 1; k < n && k < j + 14; ++k) {
      if (reading::IsPunctToken(tokens[k], ",")) break;
      const std::string lower = Lowercase(tokens[k].text);
      if (role.empty() && lower == "former") former = true;
      if (role.empty() && (IsRoleNoun(lower) || IsPersonNoun(lower))) role = lower;
      for (const ActorSpan& a : actors) {
        if (a.begin == k && under == nullptr && !a.actor.country.empty() && a.kind != "anaphor") {
          under = &a;
        }
      }
    }
    // "Bernardino Rafael, the commander-general of the police,": a state's
    // organ the document places is enough.
    const ActorSpan* organ = nullptr;
    for (size_t k = j + 1; under == nullptr && k < n && k < j + 8; ++k) {
      if (reading::IsPunctToken(tokens[k], ",")) break;
      for (const ActorSpan& a : actors) {
        if (a.begin == k && a.kind == "anaphor" &&
            IsAny(a.actor.sector, {"COP", "MIL", "GOV", "SPY"})) {
          organ = &a;
        }
      }
    }
    // ("X, president of the Balochistan Bar Association": heading a body
    // named, though of no country known, is a person's role.)
    bool heads_named_body = false;
    for (size_t k = j + 1; k + 1 < n && k < j + 5; ++k) {
      if (reading::IsPunctToken(tokens[k], ",")) break;
      if (Lowercase(tokens[k].text) == role && reading::WordIs(tokens[k + 1], "of")) {
        heads_named_body = true;
      }
    }
    // ("a former Green Beret": one who was something is a person.)
    if ((role.empty() && !former) || (under == nullptr && !IsPersonNoun(role) && !former &&
                                      organ == nullptr && !heads_named_body)) {
      aged_only();
      continue;
    }
    if (titled != nullptr && under == nullptr) continue;
    if (titled != nullptr) {
      titled->actor.country = under->actor.country;
      if (titled->actor.sector.empty()) titled->actor.sector = SectorOfRole(role);
      titled->actor.cameo = titled->actor.country + titled->actor.sector;
      i = j;
      continue;
    }
    introduce(NamedPerson(tokens, i, name_end, under != nullptr ? under->actor.country : "",
                          former             ? "CVL"
                          : organ != nullptr ? organ->actor.sector
                                             : SectorOfRole(role)));
    i = j;
  }
}

void UnknownPersons::IntroduceAfterRoles(std::span<const Token> tokens,
                                         std::span<const PosTag> tags,
                                         std::vector<ActorSpan>& actors) {
  const size_t n = tokens.size();
  std::vector<ActorSpan> found;
  for (size_t i = 1; i + 1 < n; ++i) {
    // "the nuclear scientist Mohsen Fakhrizadeh", "the Iranian cleric Nimr
    // al-Nimr": a role in lower case, then two to four name words the
    // matcher did not take.
    // ("the Algerian militant/JJ Mokhtar Belmokhtar": a person noun read
    // as an adjective.)
    if ((tags[i - 1] != PosTag::kNN && tags[i - 1] != PosTag::kJJ) ||
        !IsNameWord(tokens[i], tags[i])) {
      continue;
    }
    const std::string role = Lowercase(tokens[i - 1].text);
    // "the journalist Lyra McKee": a title the matcher took alone names the
    // person after it.
    ActorSpan* title_only = nullptr;
    for (ActorSpan& a : actors) {
      if (a.kind == "person" && a.kb_index < 0 && a.end == i && a.end == a.begin + 1 &&
          !a.actor.name.empty() &&
          !std::isupper(static_cast<unsigned char>(tokens[a.begin].text[0]))) {
        title_only = &a;
      }
    }
    if (title_only != nullptr && !CoversToken(actors, i)) {
      size_t j = i;
      while (j < n && j < i + 4 && IsNameWord(tokens[j], tags[j]) && !CoversToken(actors, j)) ++j;
      if (j - i >= 2 && (j >= n || !IsNameWord(tokens[j], tags[j]))) {
        title_only->end = static_cast<uint32_t>(j);
        title_only->actor.name = std::string(TextSpanning(tokens[i], tokens[j - 1]));
        title_only->actor.text =
            std::string(TextSpanning(tokens[title_only->begin], tokens[j - 1]));
        i = j;
        continue;
      }
    }
    if (tags[i - 1] == PosTag::kJJ && !IsPersonNoun(role)) continue;
    if (!(IsPersonNoun(role) || IsRoleNoun(role)) || CoversToken(actors, i) ||
        CoversToken(actors, i - 1)) {
      continue;
    }
    size_t j = i;
    while (j < n && j < i + 4 && IsNameWord(tokens[j], tags[j]) && !CoversToken(actors, j)) ++j;
    if (j - i < 2 || (j < n && IsNameWord(tokens[j], tags[j]))) continue;
    // Of the country named just before the role ("the Iranian scientist").
    std::string country;
    for (const ActorSpan& a : actors) {
      if (a.end + 3 >= i && a.end < i && !a.actor.country.empty() &&
          (a.kind == "state" || a.demonym)) {
        country = a.actor.country;
      }
    }
    found.push_back(NamedPerson(tokens, i, j, std::move(country), SectorOfRole(role)));
    i = j;
  }
  for (ActorSpan& person : found) InsertInOrder(actors, std::move(person));
}

void UnknownPersons::IntroduceAfterOffices(std::span<const Token> tokens,
                                           std::span<const PosTag> tags,
                                           std::vector<ActorSpan>& actors) {
  const size_t n = tokens.size();
  // An office: a person span the matcher found without a name ("The US
  // ambassador"), or a role in lower case after "the" that no actor covers
  // ("The leader [of Boko Haram]", "the exiled head").
  struct Office {
    size_t end = 0;
    std::string country;
    std::string sector;  // empty: the sector of what the office is held under
    bool needs_body = false;
    const ActorSpan* held_under = nullptr;  // the possessor the office's span holds
  };
  std::vector<Office> offices;
  for (const ActorSpan& office : actors) {
    if (office.kind != "person" || office.kb_index >= 0 || office.end >= n) continue;
    offices.push_back(Office{office.end, office.actor.country,
                             office.actor.sector.empty() ? "GOV" : office.actor.sector, false});
  }
  for (size_t r = 1; r + 1 < n; ++r) {
    if (tags[r] != PosTag::kNN) continue;
    const std::string role = Lowercase(tokens[r].text);
    if (!IsRoleNoun(role) || role == "member" || role == "deputy") continue;
    if (CoversToken(actors, r)) {
      // "a federal judge, Uriel Villegas Ortiz,": an office the matcher read
      // as a generic body ("judge": the courts) names the person after it.
      for (const ActorSpan& a : actors) {
        if (a.end == r + 1 && a.kind == "agent" && a.kb_index < 0 && a.compound.empty()) {
          offices.push_back(Office{r + 1, a.actor.country, a.actor.sector, false});
        }
      }
      // "the FARC's top commander, Rodrigo Londoño,": the matcher read the
      // office as the group's; the office is held under it.
      for (const ActorSpan& a : actors) {
        if (a.end != r + 1 || a.kind == "person" || a.kind == "agent" || a.actor.country.empty()) {
          continue;
        }
        bool possessive = false;
        for (size_t t = a.begin; t < r; ++t) possessive = possessive || tags[t] == PosTag::kPOS;
        if (possessive) offices.push_back(Office{r + 1, "", "", true, &a});
      }
      continue;
    }
    const bool after_the = reading::WordIs(tokens[r - 1], "the") ||
                           (r >= 2 && tags[r - 1] == PosTag::kJJ && !CoversToken(actors, r - 1) &&
                            reading::WordIs(tokens[r - 2], "the"));
    if (after_the) offices.push_back(Office{r + 1, "", "", true});
  }
  std::vector<ActorSpan> found;
  for (const Office& office : offices) {
    // "The US ambassador to Libya, Christopher Stevens,": past what the
    // office is held under, a comma, then two to four name words the
    // matcher did not take, closed by a comma, "and", or the sentence's end.
    size_t j = office.end;
    const ActorSpan* under = office.held_under;
    bool of_place = false;
    if (under == nullptr && reading::WordIsAny(tokens[j].text, "to of for in")) {
      for (const ActorSpan& a : actors) {
        if (a.begin == j + 1 || (a.begin == j + 2 && reading::WordIs(tokens[j + 1], "the"))) {
          under = &a;
        }
      }
      // "The premier of Tuzla canton, Sead Causevic,", "the head of the
      // government of Zenica-Doboj canton, Munib Husejnagic,": an office of
      // a named place (words of no verb up to the comma) names the person
      // after it, of no country told here.
      const size_t past = PastPlaceHeldUnder(tokens, tags, j);
      if (past > j && (under == nullptr || under->end < past)) {
        j = past;
        of_place = true;
      } else if (under == nullptr) {
        continue;
      } else {
        j = under->end;
      }
    }
    if (office.needs_body && !of_place && (under == nullptr || under->actor.country.empty())) {
      continue;
    }
    if (j + 3 >= n || !reading::IsPunctToken(tokens[j], ",")) continue;
    size_t k = j + 1;
    while (k < n && k < j + 5 && IsNameWord(tokens[k], tags[k]) && !CoversToken(actors, k)) ++k;
    if (k - (j + 1) < 2 || k >= n) continue;
    if (!reading::IsPunctToken(tokens[k], ",") && !reading::WordIs(tokens[k], "and") &&
        tokens[k].kind != TokenKind::kPunct) {
      continue;
    }
    std::string country =
        !office.country.empty() || under == nullptr ? office.country : under->actor.country;
    // "The leader of Boko Haram, Abubakar Shekau": of the group's sector.
    std::string sector = !office.sector.empty() ? office.sector
                         : under != nullptr     ? SectorUnder(*under)
                                                : "GOV";
    found.push_back(NamedPerson(tokens, j + 1, k, std::move(country), std::move(sector)));
  }
  for (ActorSpan& person : found) InsertInOrder(actors, std::move(person));
}

void UnknownPersons::IntroduceLeaders(std::span<const Token> tokens, std::span<const PosTag> tags,
                                      std::vector<ActorSpan>& actors) {
  const size_t n = tokens.size();
  // A body led, ending at `end`: one of a country, a group named before
  // ("the group, led by Mohammed Zahran,": the person takes its country when
  // the document resolves it), or a body the text names ("the Association of
  // Mineworkers and Construction Union, led by Joseph Mathunjwa").
  const auto body_ending = [&](size_t end) -> const ActorSpan* {
    const ActorSpan* body = nullptr;
    for (const ActorSpan& a : actors) {
      const bool group_word =
          a.kind == "anaphor" && a.end == a.begin + 1 &&
          reading::WordIsAny(tokens[a.begin].text, "group movement militia faction network");
      if (a.end == end && (!a.actor.country.empty() || group_word || a.kind == "local") &&
          a.compound.empty() && a.kind != "person" && (a.kind != "anaphor" || group_word) &&
          a.kind != "place") {
        body = &a;
      }
    }
    return body;
  };
  std::vector<ActorSpan> found;
  for (size_t v = 1; v + 3 < n; ++v) {
    // "The BLA, led by Bashir Zeb, is ...", "a faction headed by Hafiz Gul
    // Bahadur": two to four name words after a participle of leading are a
    // person of the body led (a past form before "by" is a participle,
    // however tagged).
    if ((tags[v] != PosTag::kVBN && tags[v] != PosTag::kVBD) ||
        !reading::WordIsAny(tokens[v].text, "led headed commanded founded") ||
        !reading::WordIs(tokens[v + 1], "by")) {
      continue;
    }
    // ("led by the fugitive Nemesio Oseguera", "led by the Algerian
    // veteran jihadist Mokhtar Belmokhtar": past a description in lower
    // case.)
    size_t first = v + 2;
    while (first < n && first < v + 7 && !CoversToken(actors, first) &&
           (tags[first] == PosTag::kDT || tags[first] == PosTag::kJJ ||
            tags[first] == PosTag::kNN || tags[first] == PosTag::kPRPS) &&
           !tokens[first].text.empty() &&
           std::islower(static_cast<unsigned char>(tokens[first].text[0]))) {
      ++first;
    }
    size_t k = first;
    while (k < n && k < first + 4 && IsNameWord(tokens[k], tags[k]) && !CoversToken(actors, k)) ++k;
    if (k - first < 2 ||
        (k < n && tokens[k].kind != TokenKind::kPunct && !reading::WordIs(tokens[k], "and"))) {
      continue;
    }
    size_t body_end = reading::IsPunctToken(tokens[v - 1], ",") ? v - 1 : v;
    // ("the TPLF, which is led by Debretsion Gebremichael,": past the
    // relative's "which is".)
    if (v >= 3 && reading::WordIsAny(tokens[v - 1].text, "is was are were has been") &&
        reading::WordIsAny(tokens[v - 2].text, "which that who")) {
      body_end = reading::IsPunctToken(tokens[v - 3], ",") ? v - 3 : v - 2;
    }
    const ActorSpan* body = body_ending(body_end);
    // "Jaish-e-Mohammed, a Pakistan-based group led by Masood Azhar", "The
    // Arakan Rohingya Salvation Army (ARSA), a group led by Ata Ullah": the
    // name a description is set off after.
    for (size_t c = v - 1; body == nullptr && c > 1 && c + 8 > v; --c) {
      if (!reading::IsPunctToken(tokens[c], ",")) continue;
      if (!reading::WordIsAny(tokens[c + 1].text, "a an the")) break;
      body_end = c;
      if (c >= 3 && reading::IsPunctToken(tokens[c - 1], ")") &&
          reading::IsPunctToken(tokens[c - 3], "(")) {
        body_end = c - 3;
      }
      body = body_ending(body_end);
      break;
    }
    if (body == nullptr) continue;
    found.push_back(NamedPerson(tokens, first, k, body->actor.country, SectorUnder(*body)));
  }
  for (ActorSpan& person : found) InsertInOrder(actors, std::move(person));
}

void UnknownPersons::FindSurnames(std::span<const Token> tokens, std::span<const PosTag> tags,
                                  std::vector<ActorSpan>& actors) const {
  const size_t n = tokens.size();
  for (size_t k = 0; k < n; ++k) {
    // Opening a sentence, a surname may be read as an interjection or a
    // common word ("Saleh/UH , who ruled Yemen").
    const bool opening =
        k == 0 && (tags[k] == PosTag::kUH || tags[k] == PosTag::kNN || tags[k] == PosTag::kJJ) &&
        IsNameWord(tokens[k], PosTag::kNNP);
    if (!(opening || IsNameWord(tokens[k], tags[k])) || CoversToken(actors, k)) continue;
    // A surname stands alone: not inside a longer run of names. (Or a
    // double surname, two words alone: "García Harfuch" after "Omar García
    // Harfuch".)
    if (k > 0 && IsNameWord(tokens[k - 1], tags[k - 1])) continue;
    if (k + 1 < n && IsNameWord(tokens[k + 1], tags[k + 1])) {
      if (CoversToken(actors, k + 1) || (k + 2 < n && IsNameWord(tokens[k + 2], tags[k + 2]))) {
        continue;
      }
      const ActorSpan* known =
          known_.Find(Lowercase(tokens[k].text) + " " + Lowercase(tokens[k + 1].text));
      if (known == nullptr) continue;
      ActorSpan person = *known;
      person.begin = static_cast<uint32_t>(k);
      person.end = static_cast<uint32_t>(k + 2);
      person.actor.text = std::string(TextSpanning(tokens[k], tokens[k + 1]));
      InsertInOrder(actors, std::move(person));
      ++k;
      continue;
    }
    const ActorSpan* known = known_.Find(Lowercase(tokens[k].text));
    if (known == nullptr) continue;
    ActorSpan person = *known;
    person.begin = static_cast<uint32_t>(k);
    person.end = static_cast<uint32_t>(k + 1);
    person.actor.text = std::string(tokens[k].text);
    InsertInOrder(actors, std::move(person));
  }
}

void UnknownPersons::Remember(std::span<const Token> tokens, const std::vector<ActorSpan>& actors) {
  for (const ActorSpan& span : actors) {
    if (span.kind != "person" || span.end == 0 || span.end > tokens.size()) continue;
    std::string surname;
    if (span.kb_index < 0) {
      const std::string_view name = span.actor.name;
      const size_t space = name.rfind(' ');
      if (space == std::string_view::npos) continue;  // a single word names no one surely
      surname = Lowercase(name.substr(space + 1));
      // "Omar García Harfuch": "García Harfuch" too.
      if (const size_t before = name.rfind(' ', space - 1);
          space > 0 && before != std::string_view::npos) {
        known_.Remember(Lowercase(name.substr(before + 1)), span);
      }
    } else {
      // A person the knowledge base knows, named in full ("former president
      // Ali Abdullah Saleh"), by the last word written of the name: "Saleh"
      // alone is he for the rest of the document.
      const size_t last = span.end - 1;
      if (span.end - span.begin < 2 || tokens[last].kind != TokenKind::kWord ||
          !IsNameWord(tokens[last - 1], PosTag::kNNP)) {
        continue;
      }
      surname = Lowercase(tokens[last].text);
    }
    // "Moqtada al-Sadr" ... "Sadr": also without the Arabic article.
    for (std::string_view article : {"al-", "el-"}) {
      if (surname.starts_with(article) && surname.size() >= article.size() + 3) {
        known_.Remember(surname.substr(article.size()), span);
      }
    }
    if (surname.size() >= 3) known_.Remember(std::move(surname), span);
  }
}

}  // namespace casus
