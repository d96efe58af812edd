// Leaders of bodies: who heads a group, party or state's organ, told by a
// description ("the leader of Hayat Tahrir al-Sham"), a title before a name
// ("army chief General X") or a verb of leading ("the NLD, which she
// leads").
#include "code/coding.h"

namespace casus::coding {

// A body a person may head: a named group or party, or a state's organ
// ("the army"); not a whole state, a place or an international body.
bool Coding::IsLedBody(const ActorSpan& span) const {
  if (IsAny(span.kind, {"state", "person", "place", "igo", "anaphor"})) return false;
  // "the speaker of the Palestinian parliament"
  const bool legislature = !span.actor.country.empty() && span.actor.sector == "LEG";
  return span.kind != "agent" || IsRelationParty(span) || legislature;
}

// Whose `pronoun` ("its", "their") at the start of `np_index` is: the named
// party the phrase is joined to ("the Muslim Brotherhood and its political
// arm"), else the pronoun, for the document to resolve.
std::optional<ActorSpan> Coding::OwnerOfPronoun(int np_index, const ActorSpan& pronoun) const {
  for (size_t j = 0; j < a_.nps.size(); ++j) {
    if (a_.nps[j].conjunct != np_index) continue;
    if (auto owner = ActorOfNp(static_cast<int>(j));
        owner && !IsAny(owner->kind, {"agent", "anaphor", "person", "place"})) {
      return owner;
    }
  }
  return pronoun;
}

// `person` heads what the description at `description_np` names: "the
// leader of Hayat Tahrir al-Sham", "the group's chief", "the TTP leader".
void Coding::LeadershipFromDescription(const ActorSpan& person, int description_np) {
  const NounPhrase& np = a_.nps[description_np];
  // "the director general of the Haitian National Police", "the
  // commander-general of the police".
  const bool director_general =
      Lemma(np.head) == "general" && np.head > np.begin && Lemma(np.head - 1) == "director";
  if (!director_general &&
      !IsAny(Lemma(np.head), {"leader", "head", "chief", "commander", "chairman", "chairwoman",
                              "emir", "secretary-general", "president", "speaker", "director",
                              "director-general", "commander-general", "inspector-general"})) {
    return;
  }
  // Not one of several ("a senior leader of the movement", "a deputy
  // commander", "a top commander", "top commanders"), nor a former one
  // ("the FARC's top commander" is its head).
  if (Tag(np.head) == T::kNNS) return;
  for (uint32_t k = np.begin; k < np.head; ++k) {
    if (IsAny(Lemma(k), {"a", "an", "senior", "deputy", "former", "assistant", "vice", "regional",
                         "local", "field", "acting", "late", "one"})) {
      return;
    }
  }
  std::optional<ActorSpan> body;
  for (int k : {np.of_complement, PrepAfterNp(description_np, {"of"}), np.possessor}) {
    if (body || k == kNone) continue;
    // "the commander of the Popular Mobilization Forces in Anbar
    // province": a part of the body, in a place.
    if (PrepAfterNp(k, {"in"}) != kNone) return;
    // "head of the Houthis' Supreme Political Council": the possessed; "head
    // of the Guards' aerospace division" heads a part no one named ("the
    // Guards' commander" heads the possessor).
    // "commander of its southern front", "head of the local Red Crescent
    // branch": of a part of a body named, which no name covers ("the
    // commander of an elite special forces unit" heads those forces).
    if (const NounPhrase& of = a_.nps[k]; IsPartNoun(Lemma(of.head)) || Lemma(of.head) == "front") {
      const ActorSpan* named = SpanIn(of.begin, of.end, static_cast<int>(of.head));
      if (named == nullptr || (named->end <= of.head && named->kind != "agent")) return;
    }
    if (const int possessed = Possessed(k); possessed != k && possessed != description_np) {
      const NounPhrase& owned = a_.nps[possessed];
      const ActorSpan* named = SpanIn(owned.begin, owned.end, static_cast<int>(owned.head));
      if (named == nullptr || named->begin < owned.begin) return;
      body = *named;
      continue;
    }
    body = ActorOfNp(k);
  }
  // "Mamady Doumbouya, the commander of an elite special forces unit": a
  // state's forces of no country named are those of the person's country.
  if (body && body->kind == "agent" && body->actor.country.empty() && body->compound.empty() &&
      IsAny(body->actor.sector, {"MIL", "SPY"}) && !person.actor.country.empty()) {
    body->actor.country = person.actor.country;
    body->actor.cameo = body->actor.country + body->actor.sector;
  }
  if (!body) {
    // ("the FARC's top commander": the matcher read the office as the
    // group's, one span over the head.)
    const auto holds_office = [&](const ActorSpan& span) {
      for (uint32_t k = span.begin; k < np.head && k < span.end; ++k) {
        if (Tag(k) == T::kPOS) return span.end == np.head + 1 && span.kind != "person";
      }
      return false;
    };
    if (const ActorSpan* inside = SpanIn(np.begin, np.head, -1);
        inside != nullptr && (inside->end <= np.head || holds_office(*inside)) &&
        inside->compound.empty()) {
      body = *inside;
    }
  }
  // "Its leader, Sayyed Hassan Nasrallah,": the group "its" stands for, for
  // the document to resolve when the sentence does not name it.
  // "the group's leader, Abdul-Malik al-Houthi": so is the group a
  // description stands for.
  // "the commander-general of the police": the state's police the
  // document finds.
  if (body && body->kind == "anaphor") {
    if (!IsAny(Lower(body->begin), {"its", "their"}) && !IsGroupAnaphor(Lemma(body->end - 1)) &&
        !IsStateForceWord(Lemma(body->end - 1))) {
      return;
    }
    body = OwnerOfPronoun(description_np, *body);
    if (!body || (body->kind != "anaphor" && !IsLedBody(*body))) return;
  } else if (!body || !IsLedBody(*body)) {
    return;
  }
  if (IdentityKey(*body) == IdentityKey(person)) return;
  out_.relations.push_back(RelationMention{person, "leads", *body, sentence_speaker_, 0.7});
}

// `person` holds the title written before the name in its phrase `np`,
// after the body it is held in: "army chief General Abdel Fattah
// al-Burhan" (a state's army of no country named is the person's
// country's), "HDP co-leader Selahattin Demirtas". Not a deputy's, a
// former one's or a regional one's.
void Coding::LeadershipFromTitle(const ActorSpan& person, const NounPhrase& np) {
  uint32_t title = person.begin;
  while (title > np.begin && !IsLeaderTitle(Lemma(title - 1))) --title;
  if (title == np.begin) return;
  --title;  // the title word
  for (uint32_t k = np.begin; k < title; ++k) {
    if (IsAny(Lemma(k), {"deputy", "former", "vice", "assistant", "acting", "late", "regional",
                         "local", "provincial"})) {
      return;
    }
  }
  // The body: a span ending at the title, or a state's forces told with
  // it ("army chief" read as one generic of commanders).
  const ActorSpan* held_in = nullptr;
  bool with_title = false;
  for (const ActorSpan& span : in_.actors) {
    if (span.begin < np.begin || !span.compound.empty()) continue;
    if (span.end == title) held_in = &span;
    if (held_in == nullptr && span.end == title + 1 && span.begin < title && span.kind == "agent" &&
        IsStateForceSector(span.actor.sector)) {
      held_in = &span;
      with_title = true;
    }
  }
  if (held_in == nullptr) return;
  ActorSpan body = *held_in;
  const bool state_force = body.kind == "agent" && IsStateForceSector(body.actor.sector);
  if (with_title) {
    body.end = title;
    body.actor.name = body.actor.text = TextOf(body.begin, title);
  }
  if (state_force && body.actor.country.empty()) {
    // The person's country's, or the document's to find.
    body.actor.country = person.actor.country;
    body.actor.cameo = body.actor.country + body.actor.sector;
    if (body.actor.country.empty()) body.kind = "anaphor";
  }
  if ((!IsLedBody(body) && body.kind != "anaphor") || IdentityKey(body) == IdentityKey(person)) {
    return;
  }
  out_.relations.push_back(RelationMention{person, "leads", body, sentence_speaker_, 0.7});
}

// "Saleh still headed the General People's Congress", "the NLD, which she
// leads", "a faction led by X": a person heading a body.
void Coding::CodeLeadership(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.negated || vg.modal || vg.tense == Tense::kFuture) return;
  const bool passive = vg.voice == Voice::kPassive;
  const int leader_np = passive ? clause.agent : clause.subject;
  const int body_np =
      passive ? (clause.subject != kNone ? clause.subject : clause.modified_np) : clause.object;
  std::optional<ActorSpan> leader = RelationSubject(leader_np);
  // "Fethullah Gulen, a Muslim cleric who lives in exile and leads a
  // movement": the one the relative clause describes.
  const Clause* relative = &clause;
  if (clause.link == ClauseLink::kCoordinated && clause.governor != kNone &&
      a_.clauses[clause.governor].link == ClauseLink::kRelative) {
    relative = &a_.clauses[clause.governor];
  }
  // (Not "Hun Manet, whose father Hun Sen still leads the party": the
  // relative's own subject leads.)
  const bool own_subject = leader_np != kNone && a_.nps[leader_np].begin > 0 &&
                           Lemma(a_.nps[leader_np].begin - 1) == "whose" && leader &&
                           leader->kind == "person";
  if (!passive && relative->link == ClauseLink::kRelative && !own_subject) {
    leader = DescribedParty(*relative);
  }
  if (!leader || (leader->kind != "person" && leader->kind != "anaphor")) return;
  // A pronoun for the document to resolve: only one that stands for a
  // person.
  if (leader->kind == "anaphor" && !IsAny(Lower(leader->begin), {"he", "she"})) return;
  // "who headed the ministry's research and innovation organisation": a
  // part of the body possessed, which no actor names, is what was led.
  if (const int part = body_np != kNone ? Possessed(body_np) : kNone;
      part != kNone && part != body_np) {
    const NounPhrase& owned = a_.nps[part];
    if (SpanIn(owned.begin, owned.end, static_cast<int>(owned.head)) == nullptr) return;
  }
  std::optional<ActorSpan> body = ActorOfNp(body_np);
  // "ISWAP, a faction of Boko Haram led by Abu Musab al-Barnawi": the part
  // the whole is named after is led, and it is the name the description
  // is set off after.
  for (size_t j = 0; body_np != kNone && j < a_.nps.size(); ++j) {
    const char* relation = RelationForNoun(Lemma(a_.nps[j].head));
    if (a_.nps[j].of_complement != body_np || relation == nullptr ||
        std::string_view(relation) != "part_of") {
      continue;
    }
    if (auto part = NamedForDescription(static_cast<int>(j)); part && IsLedBody(*part)) {
      out_.relations.push_back(RelationMention{*leader, "leads", *part, SpeakerOf(clause), 0.6});
      return;
    }
  }
  // "Jaish-e-Mohammed, a Pakistan-based group led by Masood Azhar": the name
  // the description is set off after; also over a party that only
  // qualifies the description's noun ("al-Mourabitoun, the Sahel group led
  // by Mokhtar Belmokhtar").
  if (auto named = NamedForDescription(body_np);
      named && (!body || !IsLedBody(*body) || body->end <= a_.nps[body_np].head)) {
    body = named;
  }
  // "the junta led by General Abdourahamane Tchiani": a body named before,
  // for the document to resolve.
  const bool described = body && body->kind == "anaphor" && body_np != kNone &&
                         Lemma(a_.nps[body_np].begin) == "the" &&
                         a_.nps[body_np].end == a_.nps[body_np].head + 1;
  if (!body || (!IsLedBody(*body) && !described)) return;
  out_.relations.push_back(RelationMention{*leader, "leads", *body, SpeakerOf(clause), 0.6});
}

}  // namespace casus::coding
