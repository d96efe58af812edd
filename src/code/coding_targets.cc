#include "code/coding.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace casus::coding {

// The party a dependent clause acts on: "refused [to meet King Abdullah]",
// "offered [to hand over to Britain]", "demanded [that the US cancel]".
std::optional<ActorSpan> Coding::TargetOfDependent(int dep, bool subject_too) const {
  if (dep == kNone) return std::nullopt;
  const Clause& clause = a_.clauses[dep];
  // ("called for the Security Council to meet": the infinitive's own
  // subject.)
  const bool own_subject = clause.link == ClauseLink::kInfinitive && clause.governor != kNone &&
                           clause.subject != a_.clauses[clause.governor].subject &&
                           clause.subject != a_.clauses[clause.governor].object;
  if (subject_too && (clause.link == ClauseLink::kComplement || own_subject)) {
    if (auto subject = TargetOfNp(clause.subject)) return subject;
  }
  if (auto object = TargetOfNp(clause.object)) return object;
  if (auto party = PartyAfterObject(clause.object)) return party;
  int prep_np = kNone;
  const Trigger* trigger = MatchingTrigger(dep, prep_np);
  if (prep_np != kNone) return TargetOfNp(prep_np);
  if (trigger != nullptr && !trigger->target_preps.empty()) {
    if (auto target = TargetOfNp(PrepNp(clause, trigger->target_preps))) return target;
  }
  // "lift embargoes on pharmaceutical sales in late February [to Iran]":
  // the first of its phrases that names a party.
  for (const PrepArgument& arg : clause.preps) {
    if (!IsAny(Lemma(arg.prep), {"to", "with", "on", "against", "from", "into"})) continue;
    if (auto party = TargetOfNp(arg.np)) return party;
    // "refused to respond to a demand from the US President"
    if (auto party = ProposalParty(arg.np)) return party;
  }
  // "threatened to institute a curfew in Algiers": the place acted on.
  for (const PrepArgument& arg : clause.preps) {
    if (!IsAny(Lemma(arg.prep), {"in", "into"})) continue;
    auto place = ActorOfNp(arg.np);
    if (place && IsCountryOrCapital(*place)) return place;
  }
  return std::nullopt;
}

// "... unless Israel rescinds the annexation", "... if the United States
// goes ahead": the party a threat or ultimatum is addressed to.
std::optional<ActorSpan> Coding::ConditionParty(const VerbGroup& vg) const {
  for (size_t k = vg.end; k < n_; ++k) {
    if (!IsAny(Lemma(k), {"unless", "if"})) continue;
    for (const Clause& c : a_.clauses) {
      if (a_.verbs[c.verb].begin <= k || c.subject == kNone) continue;
      if (a_.nps[c.subject].begin != k + 1) continue;
      auto party = ActorOfNp(c.subject);
      if (party && party->kind != "anaphor") return party;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// Types whose target PLOVER takes from the place acted on when no party
// is named (a protest addresses the rulers of the place it is held in):
// not meetings and agreements (a venue), not violence (where it happened).
bool Coding::TakesPlaceTarget(std::string_view type) {
  return IsAny(type, {"RETREAT", "COERCE", "THREATEN", "CONCEDE", "AID", "ACCUSE", "SANCTION",
                      "MOBILIZE", "PROTEST"});
}

// The phrases an act may be done in: the clause's own, and for the
// types that take a place as target those of a participle on its object
// ("shortened the curfew [imposed in Sudan]").
std::vector<PrepArgument> Coding::PlacePhrases(const Clause& clause, const EventMention& m) const {
  std::vector<PrepArgument> phrases = clause.preps;
  if (clause.object == kNone || !TakesPlaceTarget(m.code.type)) return phrases;
  for (const Clause& c : a_.clauses) {
    if (c.link == ClauseLink::kRelative && c.modified_np == clause.object) {
      phrases.insert(phrases.end(), c.preps.begin(), c.preps.end());
    }
  }
  return phrases;
}

// "arrested him at his home in Tunis": whoever is held is the object; the
// place named is where, not whom.
bool Coding::HoldsSomeoneNamed(const Clause& clause, const EventMention& m) const {
  return m.code.type == "COERCE" && IsAny(m.code.mode, {"arrest", "seize", "deport"}) &&
         clause.object != kNone;
}

void Coding::MarkPlaceOfAct(const Clause& clause, EventMention& m) const {
  if (!TakesPlaceTarget(m.code.type) || HoldsSomeoneNamed(clause, m)) return;
  for (const PrepArgument& arg : PlacePhrases(clause, m)) {
    if (!IsPlacePreposition(Lemma(arg.prep))) continue;
    m.place_begin = a_.nps[arg.np].begin;
    m.place_end = a_.nps[arg.np].end;
    return;
  }
}

// An attack on a place with no party named ("shelled the town", "retook a
// village in Western Cambodia", "fired at targets in Jericho") is on that
// place, as PLOVER codes it: the pipeline makes the place resolved in the
// phrase (and its "in", "near" or "of" complement) the target.
void Coding::MarkPlaceAttacked(int np_index, EventMention& m) const {
  if (np_index == kNone) return;
  const NounPhrase& np = a_.nps[np_index];
  const std::string_view head = Lemma(np.head);
  if (!IsPlaceNoun(head) && !IsFacilityNoun(head) && Tag(np.head) != T::kNNP) return;
  uint32_t end = np.end;
  if (const int in = PrepAfterNp(np_index, {"in", "near", "of", "outside"}); in != kNone) {
    end = a_.nps[in].end;
  } else if (const int at = PrepAfterNp(np_index, {"at"}); at != kNone) {
    // "struck 60 targets at 16 locations in Yemen"
    end = a_.nps[at].end;
    if (const int in = PrepAfterNp(at, {"in", "near"}); in != kNone) end = a_.nps[in].end;
  }
  m.place_begin = np.begin;
  m.place_end = end;
  // "targets in Houthi-controlled Yemen", "a village in rebel-held
  // territory": the party holding the place is the one attacked.
  m.target = HolderIn(np.begin, end);
}

// The party a place between tokens `begin` and `end` is said to be held
// by: "the Houthi-held capital Sanaa", "rebel-controlled areas".
std::optional<ActorSpan> Coding::HolderIn(uint32_t begin, uint32_t end) const {
  for (const ActorSpan& span : in_.actors) {
    if (span.begin >= begin && span.end <= end && IsAny(span.compound, {"controlled", "held"})) {
      ActorSpan holder = span;
      holder.compound.clear();
      return holder;
    }
  }
  return std::nullopt;
}

// With no other party, a country or capital the act is done in, to or
// from is what it affects: "lifted the curfew in Montenegro", "opened an
// embassy in Tehran", "will withdraw its troops from Lebanon". Not for
// violence, where the place is where it happened.
std::optional<ActorSpan> Coding::PlaceAsTarget(const Clause& clause, const EventMention& m) const {
  if (m.code.type == "ASSAULT") return std::nullopt;
  // "The exchange was agreed during talks in Switzerland": where parties
  // no one names agree or meet is a venue, not a party.
  if (!m.source && IsAny(m.code.type, {"AGREE", "CONSULT", "COOPERATE"})) return std::nullopt;
  if (HoldsSomeoneNamed(clause, m)) return std::nullopt;
  for (const PrepArgument& arg : PlacePhrases(clause, m)) {
    if (!IsPlacePreposition(Lemma(arg.prep))) continue;
    auto place = ActorOfNp(arg.np);
    if (!place || !IsCountryOrCapital(*place)) continue;
    if (m.source && m.source->actor.country == place->actor.country &&
        !TargetsOwnCountry(m.code.type)) {
      continue;  // "Iran agreed in Tehran": not a party
    }
    return place;
  }
  return std::nullopt;
}

// The party behind or subject to a proposal, demand or act named by an
// object phrase: "an offer [from Afghanistan]", "a call [by Belarus's
// rulers]", "the withdrawal [of Serbian forces]".
std::optional<ActorSpan> Coding::ProposalParty(int np_index) const {
  if (np_index == kNone) return std::nullopt;
  const NounPhrase& np = a_.nps[np_index];
  const std::string_view head = Lemma(np.head);
  const bool proposal = IsProposalNoun(head);
  const bool act = NounTriggerAt(np.head) != nullptr;
  if (!proposal && !act) return std::nullopt;
  if (act && np.of_complement != kNone) {
    if (auto party = TargetOfNp(np.of_complement)) return party;
  }
  if (proposal) {
    if (auto party = ActorOfNp(PrepAfterNp(np_index, {"from", "by"}))) return party;
    if (np.possessor != kNone) return ActorOfNp(np.possessor);
  }
  return std::nullopt;
}

// A party named in a phrase after an object or its of-complement:
// "boycott all contact [with the United States]", "a suspension of air
// links [with Serbia]", "sanctions [against Nigeria]". For a criticism or
// inquiry the author of what it is about counts too ("investigating
// alleged war crimes [by Croatian extremists]"), and for a demand who is
// asked ("demanding autonomy [from Serbian authorities]").
std::optional<ActorSpan> Coding::PartyAfterObject(int np_index, std::string_view type) const {
  static const std::vector<std::string> kParty = {"with", "against", "to",    "toward", "towards",
                                                  "on",   "over",    "among", "between"};
  auto extended = [](std::vector<std::string> preps, std::initializer_list<const char*> more) {
    preps.insert(preps.end(), more.begin(), more.end());
    return preps;
  };
  static const std::vector<std::string> kPartyOrAuthor = extended(kParty, {"by"});
  static const std::vector<std::string> kPartyAsked = extended(kParty, {"by", "from"});
  // Also for an act stopped or refused ("prevented the demonstration
  // staged by students"), and for a seizure, who it is taken from.
  const bool authors_too = IsAny(type, {"ACCUSE", "REQUEST", "COERCE", "REJECT", "SANCTION"});
  const std::vector<std::string>& preps = type == "REQUEST" || type == "COERCE" ? kPartyAsked
                                          : authors_too                         ? kPartyOrAuthor
                                                                                : kParty;
  for (int hops = 0; np_index != kNone && hops < 3; ++hops) {
    // "weapons and explosives [from X]": after the last conjunct.
    np_index = LastConjunct(np_index, 4);
    int pp = PrepAfterNp(np_index, preps);
    if (pp == kNone && IsAidNoun(Lemma(a_.nps[np_index].head))) {
      pp = PrepAfterNp(np_index, {"for"});
    }
    auto party = ActorOfNp(pp);
    // "a stronghold on the Thai border": a place, not a party.
    const bool area = pp != kNone && IsAny(Lemma(a_.nps[pp].head), {"border", "frontier", "side",
                                                                    "coast", "area", "region"});
    if (party && party->kind != "anaphor" && !area) return party;
    // "alleged crimes committed [by Croat forces]"
    if (authors_too) {
      for (const Clause& c : a_.clauses) {
        if (c.link != ClauseLink::kRelative || c.modified_np != np_index) continue;
        if (auto author = ActorOfNp(c.agent); author && author->kind != "anaphor") return author;
      }
    }
    // On through "of", "for" and "into": "reservists for a possible war
    // [against Iraq]", "an investigation into alleged crimes [by X]".
    const int next = a_.nps[np_index].of_complement;
    np_index = next != kNone ? next : PrepAfterNp(np_index, {"for", "into"});
  }
  return std::nullopt;
}

// Who fired, launched or flew the weapons of phrase `np_index` ("drones
// fired by the Houthis", "missiles launched from Yemen by the group").
std::optional<ActorSpan> Coding::WeaponUser(int np_index) const {
  for (const Clause& c : a_.clauses) {
    if (c.link != ClauseLink::kRelative || c.modified_np != np_index || c.agent == kNone ||
        a_.verbs[c.verb].voice != Voice::kPassive) {
      continue;
    }
    if (IsAny(Lemma(a_.verbs[c.verb].head),
              {"fire", "launch", "shoot", "fly", "send", "operate"})) {
      // Not a group of no name ("fired by an outlaw group").
      auto user = AgentOfNp(c.agent);
      const bool nameless =
          user && user->kind == "agent" && user->actor.country.empty() && user->backer.empty();
      if (user && user->kind != "anaphor" && !nameless) return user;
    }
  }
  return std::nullopt;
}

// "the strike on Iran's consulate in Damascus that killed seven": a
// relative clause after a place an attack was in tells of the attack. The
// attack's phrase, or kNone.
int Coding::AttackBeforePlace(int np_index) const {
  if (np_index == kNone) return kNone;
  const uint32_t begin = a_.nps[np_index].begin;
  // "in Baghdad", "off the coast of Oman": where an act was.
  const bool area_of =
      begin >= 3 && Lemma(begin - 1) == "of" &&
      IsAny(Lemma(begin - 2), {"coast", "shore", "outskirts", "edge", "vicinity", "water"});
  if (begin < 2 || !(area_of || IsAny(Lemma(begin - 1), {"in", "at", "near", "outside", "off"}))) {
    return kNone;
  }
  for (uint32_t k = begin - 1; k-- > 0 && k + 12 > begin;) {
    if (IsVerb(Tag(k)) || Tag(k) == T::kComma) return kNone;
    const int np = a_.np_of_token[k];
    if (np == kNone || static_cast<uint32_t>(a_.nps[np].head) != k) continue;
    if (const Trigger* noun = NounTriggerAt(k); noun && noun->code.type == "ASSAULT") return np;
  }
  return kNone;
}

// "Ain al-Asad, in Anbar province, hosts US troops who advise Iraqi forces":
// a named place (no actor) that hosts or houses an actor, for the document
// assembler to name as the side hit by attacks there.
// Returns whether the clause tells of forces stationed there ("hosts US
// troops"), which is no visit.
bool Coding::NoteHosting(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.voice != Voice::kActive || vg.negated || clause.subject == kNone ||
      clause.object == kNone || !IsAny(Lemma(vg.head), {"host", "house"})) {
    return false;
  }
  // "Qatar hosts the largest US air base": housing a facility is no visit.
  if (IsFacilityNoun(Lemma(a_.nps[clause.object].head))) return true;
  auto hosted = ActorOfNp(clause.object);
  if (!hosted || hosted->kind == "anaphor") return false;
  const bool stationed = hosted->actor.sector == "MIL";
  const NounPhrase& place = a_.nps[clause.subject];
  if (IsProperNoun(Tag(place.head)) && !ActorOfNp(clause.subject)) {
    out_.hosts.push_back(HostMention{place.begin, place.end, *hosted});
  }
  return stationed;
}

// The target of an action on a phrase: its actor, or for a facility the
// actor it hosts or belongs to ("a base hosting US troops").
std::optional<ActorSpan> Coding::TargetOfNp(int np_index, int depth) const {
  if (np_index == kNone || depth > 3) return std::nullopt;
  // "the Houthi-held capital Sanaa": who holds the place.
  if (auto holder = HolderIn(a_.nps[np_index].begin, a_.nps[np_index].end)) return holder;
  // "the port town of Mocimboa da Praia, held for a year by Islamist
  // insurgents": so is a place whose holders a participle names after it.
  {
    int place_np = np_index;
    for (int guard = 0; a_.nps[place_np].of_complement != kNone && guard < 4; ++guard) {
      place_np = a_.nps[place_np].of_complement;
    }
    uint32_t k = a_.nps[place_np].end;
    if (k < n_ && Tag(k) == T::kComma) ++k;
    if (k < n_ && IsAny(Lower(k), {"held", "controlled", "occupied"})) {
      for (uint32_t j = k + 1; j + 1 < n_ && j <= k + 5; ++j) {
        if (Tag(j) == T::kComma || IsVerb(Tag(j))) break;
        if (Lemma(j) != "by") continue;
        if (auto holder = ActorOfNp(a_.np_of_token[j + 1], depth + 1);
            holder && holder->kind != "place" && holder->kind != "anaphor") {
          return holder;
        }
        break;
      }
    }
  }
  // "the first jihadist attack on Ivory Coast's soil": where, not whom.
  if (Lemma(a_.nps[np_index].head) == "soil" || Lemma(a_.nps[Possessed(np_index)].head) == "soil") {
    return std::nullopt;
  }
  // "part of a Karen guerrilla stronghold", "most of the town": the whole.
  if (const NounPhrase& part = a_.nps[np_index];
      part.of_complement != kNone &&
      IsAny(Lemma(part.head), {"part", "most", "rest", "section", "portion", "half", "parts"})) {
    return TargetOfNp(part.of_complement, depth + 1);
  }
  // "targets of the Islamic State group", "positions of the Houthis": the
  // party whose targets they are.
  if (const NounPhrase& sites = a_.nps[np_index];
      sites.of_complement != kNone &&
      IsAny(Lemma(sites.head), {"target", "position", "site", "facility", "base", "hideout",
                                "stronghold", "camp", "post", "depot", "headquarters"})) {
    if (auto owner = TargetOfNp(sites.of_complement, depth + 1);
        owner && owner->kind != "agent" && owner->kind != "anaphor") {
      return owner;
    }
  }
  // "against the party's leader Mahmoud Abbas": the one possessed, when
  // it names an actor of its own.
  if (const int possessed = Possessed(np_index); possessed != np_index) {
    const NounPhrase& owned = a_.nps[possessed];
    const ActorSpan* span = SpanIn(owned.begin, owned.end, static_cast<int>(owned.head));
    if (span != nullptr && span->kind != "agent" && span->kind != "anaphor") return *span;
  }
  const NounPhrase& np = a_.nps[np_index];
  // "imposed sanctions on the RSF's leader, Mohamed Hamdan Dagalo": the
  // person an office held in a body is named as.
  if (np.apposition != kNone &&
      IsAny(Lemma(np.head), {"leader", "commander", "chief", "head", "chairman", "president"})) {
    const NounPhrase& named = a_.nps[np.apposition];
    if (const ActorSpan* person = SpanIn(named.begin, named.end, static_cast<int>(named.head));
        person != nullptr && person->kind == "person") {
      return *person;
    }
  }
  auto actor = ActorOfNp(np_index);
  // "a civilian contractor working with the US-led coalition", "troops
  // serving with the coalition": the organisation they serve is targeted.
  if (!actor || actor->kind == "agent") {
    for (const Clause& clause : a_.clauses) {
      if (clause.link != ClauseLink::kRelative || clause.modified_np != np_index) continue;
      const std::string_view verb = Lemma(a_.verbs[clause.verb].head);
      // "a contractor employed by a US company": of the employer's country.
      if (actor && actor->actor.country.empty() && clause.agent != kNone &&
          a_.verbs[clause.verb].voice == Voice::kPassive &&
          IsAny(verb, {"employ", "hire", "contract"})) {
        if (auto employer = ActorOfNp(clause.agent); employer && !employer->actor.country.empty()) {
          return InCountry(*actor, employer->actor.country);
        }
      }
      if (!IsAny(verb, {"work", "serve", "fight", "contract", "belong"})) continue;
      const int org = PrepNp(clause, {"with", "for", "to"});
      if (auto served = ActorOfNp(org); served && served->kind != "anaphor") return served;
    }
  }
  const bool facility = IsFacilityNoun(Lemma(np.head)) || IsCraftNoun(Lemma(np.head));
  // "attacked his residence", "their headquarters": the owner, found like a
  // pronoun.
  if (facility && !actor && Tag(np.begin) == T::kPRPS &&
      IsAny(Lower(np.begin), {"his", "her", "its", "their"})) {
    return Anaphor(np.begin, np.begin + 1);
  }
  // "two Iraqi bases hosting US troops": those hosted are the target,
  // not the country named before the head. ("a hospital run by Medecins
  // Sans Frontieres": so are those who run a place people work in.)
  const bool worked_in =
      IsAny(Lemma(np.head), {"hospital", "clinic", "school", "university", "hotel", "mosque",
                             "church", "temple", "market", "shop", "restaurant", "mine"});
  if (facility || worked_in) {
    for (const Clause& clause : a_.clauses) {
      if (clause.link != ClauseLink::kRelative || clause.modified_np != np_index) continue;
      const VerbGroup& vg = a_.verbs[clause.verb];
      // "vessels owned or operated by Israeli companies": their owners.
      if (vg.voice == Voice::kPassive && clause.agent != kNone &&
          IsAny(Lemma(vg.head), {"own", "operate", "run", "use", "charter", "manage"})) {
        if (auto owner = AgentOfNp(clause.agent); owner && owner->kind != "anaphor") return owner;
      }
      if (!facility) continue;
      if (clause.object != kNone && clause.object != np_index) {
        if (auto hosted = ActorOfNp(clause.object)) return hosted;
        // "a convoy carrying supplies for the US-led coalition": for whom.
        if (IsAny(Lemma(vg.head), {"carry", "deliver", "transport", "bring", "ferry"})) {
          if (auto served = ActorOfNp(PrepAfterNp(clause.object, {"for", "to"}));
              served && served->kind != "anaphor" && served->kind != "place") {
            return served;
          }
        }
      }
    }
  }
  if (!actor || actor->kind == "agent" || (actor->kind == "state" && actor->attributive)) {
    if (auto vessel = Vessel(np_index)) return vessel;
  }
  if (actor && actor->kind != "anaphor") return actor;
  // "warned the group", "condemned the militia": a definite description of
  // a group stands for the one named before (resolved against the
  // document); a pronoun acted on is left unnamed.
  if (actor && Lower(np.begin) == "the" && Tag(np.head) == T::kNN && np.head == np.end - 1 &&
      IsGroupAnaphor(Lemma(np.head))) {
    return actor;
  }
  // "urged the government to let them work", "condemned the authorities":
  // so does "the government" for the government that acted last.
  if (actor && Lower(np.begin) == "the" && np.head == np.end - 1 &&
      IsAny(Lemma(np.head), {"government", "authority"})) {
    return actor;
  }
  if (!actor && np.of_complement != kNone && IsBelongingNoun(Lemma(np.head))) {
    if (auto owner = ActorOfNp(np.of_complement); owner && owner->kind != "anaphor") return owner;
  }
  if (!facility) return std::nullopt;
  if (np.of_complement != kNone) return ActorOfNp(np.of_complement);
  // "a camp for Congolese refugees"
  if (auto housed = ActorOfNp(PrepAfterNp(np_index, {"for"}))) return housed;
  if (np.possessor != kNone) return ActorOfNp(np.possessor);
  // "the US embassy": an actor inside the phrase before the head.
  if (const ActorSpan* span = SpanIn(np.begin, np.head, -1)) return *span;
  return std::nullopt;
}

// A merchant vessel the phrase tells of, named ("the British-flagged oil
// tanker Stena Impero", "the container ship MSC Aries") or not ("a cargo
// ship", "a US ship"): the ship, of the country whose flag it flies, that
// owns it or whose name stands before it, when the phrase says so. Warships
// are the navy's, fishing boats the fishermen's: not merchant vessels.
std::optional<ActorSpan> Coding::Vessel(int np_index) const {
  const NounPhrase& np = a_.nps[np_index];
  for (uint32_t k = np.begin; k < np.end; ++k) {
    const std::string_view lemma = Lemma(k);
    if (!IsShipNoun(lemma)) continue;
    // A carrier of goods ("bulk carrier", "car carrier"), not of aircraft.
    if (lemma == "carrier" &&
        !(k > np.begin && IsAny(Lemma(k - 1), {"bulk", "car", "vehicle", "gas", "lng", "oil",
                                               "crude", "cargo", "ore"}))) {
      return std::nullopt;
    }
    bool named = k + 1 < np.end;
    for (uint32_t j = k + 1; j < np.end && named; ++j) {
      named = Tag(j) == T::kNNP || Tag(j) == T::kNNPS || Tag(j) == T::kCD;
    }
    if (named && SpanIn(k + 1, np.end, -1) != nullptr) return std::nullopt;
    // Unnamed, the phrase must end at the vessel, and boats are not told.
    if (!named && (k != np.head || lemma == "boat")) return std::nullopt;
    // "the destroyer USS Carney", "a naval vessel", "their ships".
    if (named && IsAny(in_.tokens[k + 1].text, {"USS", "HMS", "INS", "HMCS", "FS", "ITS"})) {
      return std::nullopt;
    }
    for (uint32_t j = np.begin; j < k; ++j) {
      if (IsAny(Lower(j), {"navy", "naval", "war", "military", "coast", "patrol", "research", "spy",
                           "fishing", "survey", "enemy", "our", "their", "its", "aircraft"})) {
        return std::nullopt;
      }
    }
    uint32_t first = named ? k + 1 : np.begin;
    while (!named && first < k && (Tag(first) == T::kDT || Tag(first) == T::kCD)) ++first;
    ActorSpan ship;
    ship.begin = first;
    ship.end = np.end;
    ship.kind = named ? "vessel" : "agent";
    ship.vessel = true;
    ship.actor.name = TextOf(first, np.end);
    ship.actor.text = ship.actor.name;
    ship.actor.sector = "BUS";
    for (const ActorSpan& owner : in_.actors) {
      if (owner.begin < np.begin || owner.end > k || owner.actor.country.empty()) continue;
      if (IsAny(owner.compound, {"flagged", "owned", "registered"}) ||
          (owner.compound.empty() && owner.attributive)) {
        ship.actor.country = owner.actor.country;
      } else {
        return std::nullopt;  // another actor's ship ("a Houthi boat", "an army vessel")
      }
    }
    ship.actor.cameo = ship.actor.country + ship.actor.sector;
    return ship;
  }
  return std::nullopt;
}

}  // namespace casus::coding
