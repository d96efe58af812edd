#include "code/coding.h"
#include "text/token_shape.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace casus::coding {

const ActorSpan* Coding::SpanIn(uint32_t begin, uint32_t end, int prefer_token) const {
  const ActorSpan* best = nullptr;
  for (const ActorSpan& span : in_.actors) {
    if (span.end <= begin || span.begin >= end) continue;
    if (prefer_token >= 0 && span.begin <= static_cast<uint32_t>(prefer_token) &&
        static_cast<uint32_t>(prefer_token) < span.end) {
      return &span;
    }
    if (best == nullptr && span.compound.empty()) best = &span;
  }
  return best;
}

// A reference to resolve against the document ("it", "the group").
ActorSpan Coding::Anaphor(uint32_t begin, uint32_t end) const {
  ActorSpan anaphor;
  anaphor.begin = begin;
  anaphor.end = end;
  anaphor.kind = "anaphor";
  anaphor.actor.text = TextOf(begin, end);
  return anaphor;
}

// "it" opening a clause joined by "and" is the body (not a person)
// subject of the sentence's main clause before it: "the coalition said the
// closure was meant to stop the smuggling of weapons to the Houthis, and it
// accused Iran". Nothing when no such body is named.
std::optional<ActorSpan> Coding::BodyBeforeAnd(uint32_t it, int depth) const {
  std::optional<ActorSpan> body;
  for (const Clause& c : a_.clauses) {
    if (c.link != ClauseLink::kMain || c.subject == kNone || a_.nps[c.subject].end >= it) continue;
    // A body, or a description of one for the document to resolve ("the
    // coalition"); not a pronoun.
    auto party = ActorOfNp(c.subject, depth + 1);
    const bool pronoun = party && party->kind == "anaphor" &&
                         (Tag(party->begin) == T::kPRP || Tag(party->begin) == T::kPRPS);
    body = party && !pronoun && party->kind != "person" &&
                   !(party->kind == "agent" && party->actor.country.empty())
               ? party
               : std::nullopt;
  }
  return body;
}

// People named after an actor, up to the head noun ("Israel's militia
// ally", "Morsi supporters"): a generic agent of no knowledge-base entry;
// the caller gives it its country and sector.
ActorSpan Coding::NamedAfter(const ActorSpan& actor, uint32_t head) const {
  ActorSpan named = actor;
  named.kind = "agent";
  named.end = head + 1;
  named.actor.id.clear();
  named.actor.name = TextOf(actor.begin, head + 1);
  named.kb_index = -1;
  return named;
}

// A leader's supporters up to the head noun ("Morsi supporters", "Morsi's
// supporters"): people of the leader's country, not the leader.
ActorSpan Coding::SupportersOf(const ActorSpan& leader, uint32_t head) const {
  ActorSpan people = NamedAfter(leader, head);
  // ("supporters of Moqtada al-Sadr": named after him all the same.)
  if (leader.begin > head) {
    people.begin = head;
    people.end = leader.end;
    people.actor.name = leader.actor.name + " " + std::string(in_.tokens[head].text);
  }
  people.actor.sector = "CVL";
  people.actor.cameo = people.actor.country + "CVL";
  return people;
}

std::optional<ActorSpan> Coding::ActorOfNp(int np_index, int depth) const {
  if (np_index == kNone || depth > 3) return std::nullopt;
  // "blamed Yemen's Houthi movement": the one a state possesses, when it
  // names an actor of its own ("the Houthis' Supreme Political Council"
  // stays the Houthis').
  if (const int possessed = Possessed(np_index); possessed != np_index) {
    const NounPhrase& own = a_.nps[np_index];
    const ActorSpan* owner = SpanIn(own.begin, own.end, static_cast<int>(own.head));
    const NounPhrase& owned = a_.nps[possessed];
    const ActorSpan* span = SpanIn(owned.begin, owned.end, static_cast<int>(owned.head));
    if (owner != nullptr && owner->kind == "state" && span != nullptr && span->kind != "agent" &&
        span->kind != "anaphor" && span->begin >= owned.begin) {
      return *span;
    }
  }
  const NounPhrase& np = a_.nps[np_index];
  if (np.end == np.begin + 1 && np.begin > 0 && Tag(np.begin) == T::kPRP &&
      Lemma(np.begin - 1) == "and" && Lower(np.begin) == "it") {
    if (auto body = BodyBeforeAnd(np.begin, depth)) return body;
  }
  // "broke off relations with Morocco, accusing its western neighbour":
  // the neighbour is the last state named before, when an earlier one
  // (whose neighbour it is) was named too.
  // (Whose neighbour: the state last the subject of a clause before it —
  // "... in Indian Kashmir that New Delhi blamed on its neighbour" after
  // "India has put a treaty with Pakistan on hold".)
  if (Tag(np.begin) == T::kPRPS && IsAny(Lemma(np.head), {"neighbour", "neighbor"}) &&
      SpanIn(np.begin + 1, np.end, -1) == nullptr) {
    std::string_view owner;
    uint32_t owner_at = 0;
    for (const Clause& clause : a_.clauses) {
      if (clause.subject == kNone || a_.nps[clause.subject].end > np.begin) continue;
      const NounPhrase& subject = a_.nps[clause.subject];
      const ActorSpan* span = SpanIn(subject.begin, subject.end, static_cast<int>(subject.head));
      if (span != nullptr && span->kind == "state" && span->begin >= owner_at) {
        owner = span->actor.country;
        owner_at = span->begin;
      }
    }
    const ActorSpan* last = nullptr;
    bool another = false;
    for (const ActorSpan& span : in_.actors) {
      if (span.end > np.begin || span.kind != "state") continue;
      if (!owner.empty() && span.actor.country == owner) continue;
      if (last != nullptr && last->actor.country != span.actor.country) another = true;
      last = &span;
    }
    if (last != nullptr && (!owner.empty() || another)) return *last;
    // Else ("blamed on its neighbour" with no other state named) another
    // party than the owner, unnamed (of no country).
    ActorSpan other;
    other.begin = np.begin;
    other.end = np.end;
    other.kind = "agent";
    other.actor.name = TextOf(np.begin + 1, np.end);
    other.actor.text = TextOf(np.begin, np.end);
    return other;
  }
  // "its fighters", "their forces", "its jets", "their drones": the owner,
  // found like a pronoun.
  if (Tag(np.begin) == T::kPRPS && np.head > np.begin &&
      (IsMemberNoun(Lemma(np.head)) || IsWarMachineNoun(Lemma(np.head))) &&
      IsAny(Lower(np.begin), {"its", "their", "our"})) {
    return Anaphor(np.begin, np.begin + 1);
  }
  // "the group's fighters": the group the text means, found like "its".
  if (np.possessor != kNone && (IsMemberNoun(Lemma(np.head)) || IsWarMachineNoun(Lemma(np.head)))) {
    const NounPhrase& owner = a_.nps[np.possessor];
    if (Lemma(owner.begin) == "the" && IsGroupAnaphor(Lemma(owner.head))) {
      if (const ActorSpan* group = SpanIn(owner.begin, owner.end, static_cast<int>(owner.head));
          group != nullptr && (group->kind == "anaphor" || group->described_group)) {
        return *group;
      }
    }
  }
  const std::string_view head = Lemma(np.head);
  const ActorSpan* own = SpanIn(np.begin, np.end, static_cast<int>(np.head));
  // "by a squad of gunmen", "a band of armed men": the people of the
  // collective.
  // ("a crowd of about 600 revellers": revellers, not protesters.)
  const bool crowd = own != nullptr && own->kind == "agent" && IsAny(head, {"crowd", "mob"});
  if ((own == nullptr || crowd) && np.of_complement != kNone &&
      IsAny(head, {"squad", "band", "gang", "team", "cell", "unit", "group", "crowd", "mob"})) {
    if (auto people = ActorOfNp(np.of_complement, depth + 1)) return people;
  }
  // "Israel's militia ally in southern Lebanon", "Iran's proxies in Iraq": an
  // ally of a country is not of it; it takes the country it is placed in.
  if (own != nullptr && own->end <= np.head && own->kind != "anaphor" &&
      IsAny(head, {"ally", "proxy", "surrogate", "client", "enemy", "foe", "rival", "opponent",
                   "adversary"})) {
    ActorSpan ally = NamedAfter(*own, np.head);
    ally.actor.country.clear();
    ally.actor.cameo = ally.actor.sector;
    ActorSpan located = Located(ally, np_index);
    located.actor.name = ally.actor.name;
    return located;
  }
  // "Morsi supporters", "Sadr's followers": people of the leader's
  // country, not the leader.
  if (own != nullptr && own->end <= np.head && own->kind == "person" && IsSupporterNoun(head)) {
    return SupportersOf(*own, np.head);
  }
  if (own != nullptr && own->kind != "agent") {
    // "the chief of staff ..., Major General Mohammad Bagheri": a title
    // without a name yields to the name it stands for.
    // A name ends the phrase ("President Joe Biden"); a country before the
    // title does not name the person ("Iraq's caretaker prime minister").
    const bool named_here = own->end > own->begin && Tag(own->end - 1) == T::kNNP;
    // The name in apposition also wins over the holder a title resolves
    // to on the report's date.
    if (own->kind == "person" && !named_here) {
      if (auto named = ActorOfNp(TitledName(np_index), depth + 1);
          named && named->kind == "person") {
        return OfOwnersCountry(*named, np_index);
      }
    }
    return OfOwnersCountry(*own, np_index);
  }
  // Unless named here, "the group", "the militia" refer back to a named
  // group, resolved against the document (not the generic agent "group").
  if (Lower(np.begin) == "the" && np.head == np.end - 1 && np.head <= np.begin + 2 &&
      IsGroupAnaphor(head) && Tag(np.head) == T::kNN && np.apposition == kNone) {
    return Anaphor(np.begin, np.end);
  }
  // "Burkina Faso's military ruler, Lieutenant Colonel Paul-Henri Damiba":
  // a ruler's title yields to the name in apposition.
  // ("a federal judge, Uriel Villegas Ortiz": so do other offices.)
  if (own != nullptr && own->kind == "agent" && np.apposition != kNone &&
      IsAny(head, {"ruler", "leader", "strongman", "dictator", "president", "king", "emir", "judge",
                   "prosecutor", "mayor", "governor", "journalist", "lawyer", "activist"})) {
    if (auto named = ActorOfNp(np.apposition, depth + 1); named && named->kind == "person") {
      return named;
    }
  }
  if (const ActorSpan* span = own) {
    // "Syrian rebels led by the Islamist group Hayat Tahrir al-Sham": the
    // group named as leading fighters told only by what they are.
    if (span->kind == "agent" && IsAny(span->actor.sector, {"REB", "UAF"}) && np.end + 2 < n_ &&
        IsAny(Lower(np.end), {"led", "commanded", "headed"}) && Lemma(np.end + 1) == "by") {
      if (auto leader = ActorOfNp(a_.np_of_token[np.end + 2], depth + 1);
          leader && IsAny(leader->kind, {"armed_group", "umbrella", "front_group"})) {
        return leader;
      }
    }
    // "forces loyal to the Tigray People's Liberation Front": the group or
    // party they are loyal to.
    if (span->kind == "agent" && IsAny(span->actor.sector, {"REB", "UAF", "MIL"})) {
      const uint32_t loyal = Lower(np.end - 1) == "loyal" ? np.end - 1 : np.end;
      if (loyal + 2 < n_ && Lower(loyal) == "loyal" && Lemma(loyal + 1) == "to") {
        if (auto side = ActorOfNp(a_.np_of_token[loyal + 2], depth + 1);
            side && IsAny(side->kind, {"armed_group", "umbrella", "front_group", "party"})) {
          return side;
        }
      }
    }
    // "a group of Moroccan diplomats": the members, not "group".
    // "Commandos of Iran's Revolutionary Guards": of the Guards.
    if (np.of_complement != kNone && IsMemberNoun(head)) {
      if (auto members = AgentOfNp(np.of_complement)) return members;
    }
    // "Gunmen from the Somali Islamist group al Shabaab": doers told by what
    // they are, of the group they come from (not of a place: "gunmen from
    // Somalia"); so are "gunmen of Saraya al-Salam".
    if (IsAny(span->actor.sector, {"UAF", "REB"}) && span->actor.country.empty()) {
      const bool doers = IsAny(Lemma(np.head), {"gunman", "fighter", "militant", "attacker",
                                                "insurgent", "assailant", "guerrilla", "rebel"});
      const int from =
          np.of_complement != kNone && doers ? np.of_complement : PrepAfterNp(np_index, {"from"});
      if (auto group = ActorOfNp(from, depth + 1);
          group && IsAny(group->kind, {"armed_group", "front_group", "umbrella"})) {
        return group;
      }
    }
    // "a spokesman for the Revolutionary Guards(, General X,)": the body
    // speaks.
    if (span->kind == "agent" && IsAny(head, {"spokesman", "spokeswoman", "spokesperson"})) {
      if (auto body = ActorOfNp(PrepAfterNp(np_index, {"for", "of"}), depth + 1);
          body && body->kind != "anaphor" && body->kind != "agent" && body->kind != "place") {
        return body;
      }
    }
    return Located(OfModifiersCountry(*span, np), np_index);
  }
  // "Morsi's supporters": people of the leader's country, as "Morsi
  // supporters" (whatever an aside after them says: "Traore's supporters,
  // some waving Russian flags,").
  if (np.possessor != kNone && IsSupporterNoun(head)) {
    const NounPhrase& owner = a_.nps[np.possessor];
    if (const ActorSpan* leader = SpanIn(owner.begin, owner.end, static_cast<int>(owner.head));
        leader != nullptr && leader->kind == "person") {
      return SupportersOf(*leader, np.head);
    }
  }
  // "supporters of Jair Bolsonaro ... thousands of his followers": the
  // supporters of the person named before in the sentence.
  if (IsSupporterNoun(head) && Tag(np.begin) == T::kPRPS &&
      IsAny(Lemma(np.begin), {"his", "her"})) {
    const ActorSpan* leader = nullptr;
    for (const ActorSpan& a : in_.actors) {
      if (a.kind == "person" && a.end <= np.begin) leader = &a;
    }
    if (leader != nullptr) {
      ActorSpan people = SupportersOf(*leader, np.head);
      people.begin = np.begin;
      people.actor.name = leader->actor.name + " " + std::string(in_.tokens[np.head].text);
      people.actor.text = TextOf(np.begin, np.head + 1);
      return people;
    }
  }
  // "supporters of the Shiite cleric Moqtada al-Sadr": his supporters too.
  if (np.of_complement != kNone && IsSupporterNoun(head)) {
    if (auto leader = ActorOfNp(np.of_complement, depth + 1); leader && leader->kind == "person") {
      return SupportersOf(*leader, np.head);
    }
  }
  if (np.apposition != kNone) {
    if (auto actor = ActorOfNp(np.apposition, depth + 1)) return OfOwnersCountry(*actor, np_index);
  }
  // "the head of the government of Zenica-Doboj canton, Munib
  // Husejnagic": the person named after the office's complements.
  if (IsLeaderNoun(head) && np.of_complement != kNone) {
    if (auto named = ActorOfNp(TitledName(np_index), depth + 1); named && named->kind == "person") {
      return named;
    }
  }
  // "Hundreds of Morsi's supporters": the possessed phrase. ("one of its
  // members", "two of the gunmen": of those.)
  const bool some_of = Tag(np.head) == T::kCD || head == "one";
  if (np.of_complement != kNone && (IsMemberNoun(head) || some_of)) {
    if (const int possessed = Possessed(np.of_complement); possessed != np.of_complement) {
      if (auto actor = ActorOfNp(possessed, depth + 1); actor && actor->actor.sector == "CVL") {
        return actor;
      }
    }
    if (auto actor = ActorOfNp(np.of_complement, depth + 1)) return actor;
  }
  if (np.possessor != kNone && IsMemberNoun(head)) {
    if (auto actor = ActorOfNp(np.possessor, depth + 1)) return actor;
  }
  // "a group calling itself X", "a militia known as X": the name it gives.
  for (const Clause& clause : a_.clauses) {
    if (clause.link != ClauseLink::kRelative || clause.modified_np != np_index) continue;
    const VerbGroup& vg = a_.verbs[clause.verb];
    if (!IsAny(Lemma(vg.head), {"call", "name", "dub", "know", "style", "brand"})) continue;
    for (const ActorSpan& span : in_.actors) {
      if (span.begin > vg.head && span.begin <= vg.head + 4 && span.compound.empty() &&
          span.kind != "agent" && span.kind != "anaphor") {
        return span;
      }
    }
  }
  // Pronouns, "the group" and "the two leaders": resolved against the
  // document later.
  const bool pronoun = np.pronoun && IsAny(Lower(np.head), {"it", "they", "we", "he", "she"});
  const bool definite_group = Lower(np.begin) == "the" && IsGroupAnaphor(head);
  const bool two_people =
      np.head == np.end - 1 && Tag(np.head) == T::kNNS && IsPersonPairNoun(head) &&
      ((np.head == np.begin + 2 && Lower(np.begin) == "the" && Lower(np.begin + 1) == "two") ||
       (np.head == np.begin + 1 && Lower(np.begin) == "both"));
  if (pronoun || definite_group || two_people) {
    return Anaphor(np.begin, np.end);
  }
  return std::nullopt;
}

// A generic agent of no country takes that of an actor named before it
// in its phrase: "Vietnamese-led forces", "the Montenegro municipal
// association officials". Not of a sponsor ("Iran-backed militias").
ActorSpan Coding::OfModifiersCountry(const ActorSpan& agent, const NounPhrase& np) const {
  if (!agent.actor.country.empty()) return agent;
  // "Algeria's leading human rights activist"
  // ("Sudan's army-aligned government": Sudan's, though the army's name
  // runs into the compound).
  if (np.possessor != kNone) {
    const NounPhrase& owner = a_.nps[np.possessor];
    const ActorSpan* span = SpanIn(owner.begin, owner.end, static_cast<int>(owner.head));
    const bool owner_named_first = span != nullptr && span->begin == owner.begin &&
                                   owner.end < n_ && Tag(owner.end) == T::kPOS;
    if (span != nullptr && span->kind != "anaphor" &&
        (span->compound.empty() || owner_named_first) && !span->actor.country.empty()) {
      return InCountry(agent, span->actor.country);
    }
  }
  for (const ActorSpan& mod : in_.actors) {
    if (mod.begin < np.begin || mod.end > agent.begin) continue;
    if (mod.kind == "anaphor" || mod.actor.country.empty()) continue;
    if (!mod.compound.empty() && mod.compound != "led") continue;
    return InCountry(agent, mod.actor.country);
  }
  return agent;
}

// The phrase in apposition to a title, after its complements: "[the
// chief of staff of Iran's armed forces], [Major General Mohammad
// Bagheri]", "[the US ambassador] to [Libya], [Christopher Stevens]", or
// kNone.
int Coding::TitledName(int np_index) const {
  for (int k = np_index, hops = 0; k != kNone && hops < 4; ++hops) {
    if (a_.nps[k].apposition != kNone) return a_.nps[k].apposition;
    const int possessed = Possessed(k);
    if (a_.nps[possessed].apposition != kNone) return a_.nps[possessed].apposition;
    if (a_.nps[possessed].of_complement == kNone) {
      // The name after a posting's country: the builder takes no two names
      // for an apposition ("Libya, Christopher Stevens" may be a list).
      const int post = PrepAfterNp(possessed, {"to"});
      if (post == kNone) return kNone;
      if (a_.nps[post].apposition != kNone) return a_.nps[post].apposition;
      const int next = post + 1;
      const bool set_off = next < static_cast<int>(a_.nps.size()) &&
                           a_.nps[next].begin == a_.nps[post].end + 1 &&
                           Lower(a_.nps[post].end) == ",";
      return set_off ? next : kNone;
    }
    k = a_.nps[possessed].of_complement;
  }
  return kNone;
}

uint32_t Coding::PastDayAndAdverbs(uint32_t k) const {
  for (;;) {
    uint32_t j = k;
    while (j < n_ && IsAdverb(Tag(j))) ++j;
    uint32_t day = j;
    while (day < n_ && IsAny(Lemma(day), {"on", "late", "early", "last"})) ++day;
    if (day < n_ && IsDayWord(Lemma(day))) j = day + 1;
    if (j == k) return k;
    k = j;
  }
}

// A person of no known country titled as the holder of a post in a
// country's body takes its country: "the chief of staff of Iran's armed
// forces, Major General Mohammad Bagheri", "X, Fiji's prime minister".
ActorSpan Coding::OfOwnersCountry(const ActorSpan& person, int np_index) const {
  if (person.kind != "person" || !person.actor.country.empty()) return person;
  const NounPhrase& np = a_.nps[np_index];
  for (int start : {np_index, np.apposition}) {
    int k = start;
    for (int hops = 0; k != kNone && hops < 4; ++hops) {
      const NounPhrase& p = a_.nps[k];
      const int owner = p.possessor != kNone ? p.possessor : p.of_complement;
      if (owner == kNone) break;
      const NounPhrase& o = a_.nps[owner];
      const ActorSpan* span = SpanIn(o.begin, o.end, static_cast<int>(o.head));
      if (span != nullptr && span->kind != "anaphor" && !span->actor.country.empty()) {
        return InCountry(person, span->actor.country);
      }
      k = owner;
    }
  }
  return person;
}

// A generic agent of no country takes the country it is placed in:
// "opposition groups in Zimbabwe", "demonstrators in Baghdad".
// So do a people named by a demonym: "the Albanians of southern Serbia".
ActorSpan Coding::Located(const ActorSpan& agent, int np_index) const {
  const bool people = agent.actor.sector == "CVL" && !agent.actor.name.empty() &&
                      text::StartsUpper(agent.actor.name);
  if (!agent.actor.country.empty() && !people) return agent;
  // (A people already of a country is placed "in" or "of" another, not
  // "from" it: "called on Yemenis from Riyadh" is where the call was made.)
  const int place_np = agent.actor.country.empty() ? PrepAfterNp(np_index, {"in", "from", "of"})
                                                   : PrepAfterNp(np_index, {"in", "of"});
  if (place_np == kNone) return agent;
  const ActorSpan* place = SpanIn(a_.nps[place_np].begin, a_.nps[place_np].end, -1);
  if (place == nullptr || !IsCountryOrCapital(*place)) return agent;
  ActorSpan located = InCountry(agent, place->actor.country);
  if (place->kind == "state") located.actor.name = place->actor.name + " " + agent.actor.name;
  return located;
}

std::string Coding::TextOf(uint32_t begin, uint32_t end) const {
  if (begin >= end) return {};
  return std::string(TextSpanning(in_.tokens[begin], in_.tokens[end - 1]));
}

void Coding::FindWeapons() {
  for (size_t i = 0; i < n_; ++i) {
    // "Lonmin's Marikana platinum mine", "a gold mine", "gathered near the
    // mine": workings, not a landmine.
    if (Lemma(i) == "mine" && i > 0 &&
        (Tag(i - 1) == T::kNNP || Tag(i - 1) == T::kPOS ||
         (i > 1 && Lemma(i - 1) == "the" &&
          IsAny(Lemma(i - 2), {"near", "at", "outside", "inside", "in", "into", "from"})) ||
         IsAny(Lemma(i - 1), {"gold",    "platinum", "coal",     "copper",     "diamond", "iron",
                              "uranium", "tin",      "cobalt",   "lithium",    "salt",    "silver",
                              "zinc",    "nickel",   "bauxite",  "emerald",    "jade",    "ruby",
                              "coltan",  "opencast", "open-pit", "underground"}))) {
      continue;
    }
    // "one of Southeast Asia's most wanted bomb makers", "a bomb disposal
    // squad": a weapon naming who makes or handles it, not one used.
    if (i + 1 < n_ && IsAny(Lemma(i + 1), {"maker", "expert", "factory", "workshop", "disposal",
                                           "squad", "technician", "manufacturer", "dealer",
                                           "smuggler", "trafficker", "supplier", "specialist"})) {
      continue;
    }
    const auto* triggers = &dict_.WeaponTriggers(Lemma(i));
    if (triggers->empty()) triggers = &dict_.WeaponTriggers(Lower(i));
    // "Dozens of wounded were flown by U.N. helicopters to hospital",
    // "flew to the Maldives on a military aircraft": craft that carry
    // people (by, on or aboard them) are no weapons.
    if (!triggers->empty() && IsNoun(Tag(i))) {
      bool carrying = false;
      bool by_craft = false;
      for (size_t k = i; k-- > 0 && k + 7 > i;) {
        by_craft = by_craft || IsAny(Lemma(k), {"by", "on", "aboard"});
        if (!IsVerb(Tag(k))) continue;
        carrying = by_craft && IsAny(Lemma(k), {"fly", "airlift", "evacuate", "transport", "ferry",
                                                "rescue", "take"});
        break;
      }
      if (carrying) continue;
    }
    for (const Trigger* trigger : *triggers) {
      if (!MatchesBackwards(*trigger, i)) continue;
      weapons_found_.emplace_back(static_cast<uint32_t>(i), trigger);
      break;
    }
  }
}

// The weapons of an attack: those named inside its clause ("militants
// fired rockets at Jerusalem, and Israeli air strikes killed 20": rockets
// for the first act, aircraft for the second), else the sentence's.
void Coding::TakeWeapons(EventMention& m, const Clause* clause) const {
  uint32_t begin = m.trigger, end = m.trigger + 1;
  if (clause != nullptr) {
    const VerbGroup& vg = a_.verbs[clause->verb];
    begin = std::min<uint32_t>(begin, vg.begin);
    end = std::max<uint32_t>(end, vg.end);
    auto widen = [&](int np) {
      if (np == kNone) return;
      begin = std::min(begin, a_.nps[np].begin);
      end = std::max(end, a_.nps[np].end);
      if (const int of = a_.nps[np].of_complement; of != kNone) end = std::max(end, a_.nps[of].end);
    };
    widen(clause->subject);
    widen(clause->object);
    widen(clause->agent);
    for (const PrepArgument& arg : clause->preps) widen(arg.np);
    // Up to where the next clause begins.
    for (const Clause& other : a_.clauses) {
      if (&other == clause) continue;
      const VerbGroup& ovg = a_.verbs[other.verb];
      uint32_t starts = ovg.begin;
      if (other.subject != kNone && a_.nps[other.subject].begin < starts) {
        starts = a_.nps[other.subject].begin;
      }
      if (starts >= vg.end) end = std::min(end, starts);
    }
  }
  const bool own =
      std::any_of(weapons_found_.begin(), weapons_found_.end(),
                  [&](const auto& found) { return found.first >= begin && found.first < end; });
  m.weapons.clear();
  std::string mode;
  for (const auto& [at, weapon] : weapons_found_) {
    if (own && (at < begin || at >= end)) continue;
    if (std::find(m.weapons.begin(), m.weapons.end(), weapon->weapon) == m.weapons.end()) {
      m.weapons.push_back(weapon->weapon);
    }
    if (ModeRank(weapon->code.mode) > ModeRank(mode)) mode = weapon->code.mode;
  }
  if (m.code.mode.empty()) m.code.mode = mode;
}

// A noun or weapon trigger whose last word is at `head`: the earlier words
// must precede it.
bool Coding::MatchesBackwards(const Trigger& trigger, size_t head) const {
  const auto& words = trigger.words;
  if (words.size() > head + 1) return false;
  for (size_t k = 1; k < words.size(); ++k) {
    const size_t i = head - k;
    const std::string& want = words[words.size() - 1 - k];
    if (Lemma(i) != want && Lower(i) != want) return false;
  }
  return true;
}

const Trigger* Coding::NounTriggerAt(size_t head) const {
  // "a campaign rally", "an election rally": a gathering of supporters, not
  // a protest.
  const bool not_protest =
      head > 0 && IsAny(Lemma(head - 1), {"campaign", "election", "electoral", "victory"});
  for (const auto* list : {&dict_.NounTriggers(Lemma(head)), &dict_.NounTriggers(Lower(head))}) {
    for (const Trigger* trigger : *list) {
      if (not_protest && trigger->code.type == "PROTEST") continue;
      if (MatchesBackwards(*trigger, head)) return trigger;
    }
  }
  return nullptr;
}

const Trigger* Coding::WeaponAt(size_t head) const {
  for (const Trigger* trigger : dict_.WeaponTriggers(Lemma(head))) {
    if (MatchesBackwards(*trigger, head)) return trigger;
  }
  return nullptr;
}

int Coding::PrepNp(const Clause& clause, const std::vector<std::string>& preps) const {
  for (const PrepArgument& arg : clause.preps) {
    if (std::find(preps.begin(), preps.end(), Lemma(arg.prep)) == preps.end()) continue;
    // "launched the attack in response to the strike [on the consulate]":
    // a phrase after another event noun is that event's.
    const int before = arg.prep > 0 ? a_.np_of_token[arg.prep - 1] : kNone;
    if (before != kNone && before != clause.object && before != clause.subject &&
        NounTriggerAt(a_.nps[before].head) != nullptr) {
      continue;
    }
    return arg.np;
  }
  return kNone;
}

// A preposition + NP right after an NP ("the attack [on the base]").
int Coding::PrepAfterNp(int np_index, const std::vector<std::string>& preps) const {
  if (np_index == kNone) return kNone;
  uint32_t k = a_.nps[np_index].end;
  // '"a blatant aggression" by the United States': a quoted phrase's doer.
  if (k + 1 < n_ && Tag(k) == T::kCloseQuote && Lemma(k + 1) == "by") ++k;
  if (k + 1 < n_ && std::find(preps.begin(), preps.end(), Lemma(k)) != preps.end()) {
    return a_.np_of_token[k + 1];
  }
  return kNone;
}

// The place named in the phrase of a generic actor at `span`: after "in",
// "from" or "near" within its phrase and the participle or prepositional
// phrases after it ("refugees fleeing the civil war [in Liberia]",
// "parties to the conflict [in Iraq]"), before any comma, finite verb or
// clause of its own. Empty when there is none.
std::pair<uint32_t, uint32_t> Coding::PlaceOfGenericActor(const ActorSpan& span) const {
  if (span.kind != "agent" || !span.actor.country.empty()) return {0, 0};
  // "a foreign contractor in Erbil" is not of Iraq.
  if (IsAny(Lower(span.begin), {"foreign", "expatriate"})) return {0, 0};
  for (uint32_t k = span.end; k + 1 < n_ && k < span.end + 10; ++k) {
    const T tag = Tag(k);
    if (tag == T::kComma || tag == T::kCC || tag == T::kMD || tag == T::kVBD || tag == T::kVBZ ||
        tag == T::kVBP || tag == T::kVB || tag == T::kWDT || tag == T::kWP || Lemma(k) == "that") {
      break;
    }
    if (!IsAny(Lemma(k), {"in", "from", "near"})) continue;
    const int np = a_.np_of_token[k + 1];
    if (np == kNone) break;
    return {a_.nps[np].begin, a_.nps[np].end};
  }
  return {0, 0};
}

// The phrase that owns phrase `np_index` ("[East Timor]'s capital
// Dili"), or kNone.
int Coding::OwnerOf(int np_index) const {
  const int possessor = a_.nps[np_index].possessor;
  return possessor != kNone && possessor != np_index ? possessor : kNone;
}

bool Coding::IsDefinite(int np_index) const {
  const NounPhrase& np = a_.nps[np_index];
  const std::string_view first = Lower(np.begin);
  return np.possessor != kNone || first == "the" || first == "this" || first == "that" ||
         Tag(np.begin) == T::kPRPS;
}

// The actor of a nominal event: inside the phrase before the head ("US
// airstrikes", "Houthi attacks"), its possessor ("Iran's attack"), or a
// following "by" phrase.
std::optional<ActorSpan> Coding::NominalSource(int np_index) const {
  const NounPhrase& np = a_.nps[np_index];
  // "the ambassador's expulsion", "Bazoum's detention": a person's own
  // removal or capture is done to him, not by him.
  if (IsAny(Lemma(np.head), {"expulsion", "detention", "arrest", "release", "deportation",
                             "abduction", "kidnapping", "capture", "assassination", "killing"})) {
    const NounPhrase& whose = np.possessor != kNone ? a_.nps[np.possessor] : np;
    const ActorSpan* owner = SpanIn(whose.begin, np.possessor != kNone ? whose.end : np.head, -1);
    if (owner != nullptr && owner->end < n_ && Tag(owner->end) == T::kPOS &&
        (owner->kind == "person" ||
         IsAny(Lemma(owner->end - 1), {"ambassador", "envoy", "diplomat", "official"}))) {
      return ActorOfNp(PrepAfterNp(np_index, {"by"}));
    }
  }
  if (const ActorSpan* span = SpanIn(np.begin, np.head, -1)) {
    // "the Jordan attack": a country's own name before an attack on no one
    // named is where it happened ("a US drone strike", "the Iranian
    // attack", "the Iran attack on Israel" name the doer).
    const std::string_view first = in_.tokens[span->begin].text;
    const bool abbreviation = std::all_of(first.begin(), first.end(), [](char c) {
      return !std::isalpha(static_cast<unsigned char>(c)) ||
             std::isupper(static_cast<unsigned char>(c));
    });
    // So is a capital's ("the Beirut strike"; "Tehran's attack" names the doer).
    const bool possessive = span->end < n_ && Tag(span->end) == T::kPOS;
    if (span->kind == "state" && !span->demonym && !(span->metonym && possessive) &&
        !abbreviation && span->compound.empty() &&
        PrepAfterNp(np_index, {"on", "against"}) == kNone) {
      if (const Trigger* noun = NounTriggerAt(np.head); noun && noun->code.type == "ASSAULT") {
        return std::nullopt;
      }
    }
    // "Hamas repeated its demand", "insisted on their demands": the
    // owner is the subject of the clause the phrase belongs to.
    if (span->kind == "anaphor" && Tag(span->begin) == T::kPRPS) {
      for (const Clause& c : a_.clauses) {
        bool here = c.object == np_index;
        for (const PrepArgument& arg : c.preps) here = here || arg.np == np_index;
        if (!here || a_.verbs[c.verb].voice != Voice::kActive) continue;
        if (auto subject = ActorOfNp(c.subject)) return subject;
      }
    }
    return *span;
  }
  if (np.possessor != kNone) {
    if (auto actor = ActorOfNp(np.possessor)) return actor;
  }
  if (auto by = ActorOfNp(PrepAfterNp(np_index, {"by"}))) return by;
  // "condemned al Shabaab for the attack": the one condemned for it did it.
  for (const Clause& c : a_.clauses) {
    if (c.object == kNone || a_.verbs[c.verb].voice != Voice::kActive ||
        !IsAny(Lemma(a_.verbs[c.verb].head), {"condemn", "denounce", "criticise", "criticize"})) {
      continue;
    }
    for (const PrepArgument& arg : c.preps) {
      if (arg.np != np_index || Lemma(arg.prep) != "for") continue;
      if (auto condemned = ActorOfNp(c.object); condemned && condemned->kind != "anaphor") {
        return condemned;
      }
    }
  }
  return std::nullopt;
}

// The actors a phrase names: itself and its conjuncts ("Kataib
// Hezbollah, Harakat al-Nujaba and other factions"), or the examples of
// a generic phrase ("factions such as X and Y").
// The last phrase of the list `np_index` begins ("Iran and its Syrian
// hosts": "its Syrian hosts"), following at most `max_hops` conjuncts.
int Coding::LastConjunct(int np_index, int max_hops) const {
  for (int hops = 0; a_.nps[np_index].conjunct != kNone && hops < max_hops; ++hops) {
    np_index = a_.nps[np_index].conjunct;
  }
  return np_index;
}

std::vector<ActorSpan> Coding::ActorsOfNp(int np_index) const {
  std::vector<ActorSpan> actors;
  for (int k = np_index, guard = 0; k != kNone && guard < 8; k = a_.nps[k].conjunct, ++guard) {
    auto actor = ActorOfNp(k);
    if (actor && actor->kind != "agent") {
      actors.push_back(*actor);
    } else if (int example = SuchAsNp(k); example != kNone) {
      for (const ActorSpan& named : ActorsOfNp(example)) actors.push_back(named);
    }
  }
  return actors;
}

// "factions [such as] X": the NP of the first example, or kNone.
int Coding::SuchAsNp(int np_index) const {
  const uint32_t k = a_.nps[np_index].end;
  if (k + 2 < n_ && Lemma(k) == "such" && Lemma(k + 1) == "as") return a_.np_of_token[k + 2];
  if (k + 3 < n_ && Tag(k) == T::kComma && Lemma(k + 1) == "such" && Lemma(k + 2) == "as") {
    return a_.np_of_token[k + 3];
  }
  if (k + 1 < n_ && IsAny(Lemma(k), {"including", "like"})) return a_.np_of_token[k + 1];
  // "factions, chiefly X and Y"
  if (k + 2 < n_ && Tag(k) == T::kComma &&
      IsAny(Lemma(k + 1), {"chiefly", "notably", "namely", "including", "especially",
                           "particularly", "mainly", "mostly", "principally"})) {
    return a_.np_of_token[k + 2];
  }
  return kNone;
}

// The phrase an of-complement stands for: "the arm of [Iran]'s [Guards]"
// names the Guards, not Iran.
int Coding::Possessed(int np_index) const {
  if (np_index == kNone) return kNone;
  // The analyser links a possessed phrase to its possessor, the phrase
  // before it ('Georgia's "enemy and occupier"', past the quotation mark).
  const size_t next = static_cast<size_t>(np_index) + 1;
  if (next < a_.nps.size() && a_.nps[next].possessor == np_index) return static_cast<int>(next);
  return np_index;
}

// The doer a by-phrase names: "fired by Yemen's Houthis" is by the Houthis,
// "by Iran's Revolutionary Guards" by the Guards.
std::optional<ActorSpan> Coding::AgentOfNp(int np_index) const {
  if (const int possessed = Possessed(np_index); possessed != np_index) {
    const NounPhrase& owned = a_.nps[possessed];
    const ActorSpan* span = SpanIn(owned.begin, owned.end, static_cast<int>(owned.head));
    if (span != nullptr && span->kind != "agent" && span->kind != "anaphor") return *span;
  }
  return ActorOfNp(np_index);
}

bool Coding::IsGroupKindName(std::string_view kind) {
  return IsAny(kind, {"umbrella", "armed_group", "front_group", "party", "igo"});
}

}  // namespace casus::coding
