// Blame and denial: who is said to have done an act ("Y blamed X", "Y said
// X was behind the attack", "responsibility lies with X", "the attack had
// been planned by X"), the ACCUSE events and attributions that follow, and
// denials of an act or of a part in it.
#include "code/coding.h"

#include <algorithm>

namespace casus::coding {

// The ACCUSE event (CAMEO 112) of one actor blaming another for an act.
void Coding::AddAccusation(const ActorSpan& by, const ActorSpan& blamed, uint32_t token) {
  Trigger accuse;
  accuse.code = EventCode{"ACCUSE", "disapprove", "112"};
  EventMention m = NewMention(accuse, token);
  m.source = by;
  m.target = blamed;
  out_.events.push_back(std::move(m));
}

ClaimMention Coding::ClaimFor(const ActorSpan& claimant, int event_np) {
  ClaimMention claim{claimant, event_np, ""};
  if (event_np != kNone) {
    used_np_[event_np] = true;
    if (const Trigger* noun = NounTriggerAt(a_.nps[event_np].head)) {
      claim.event_type = noun->code.type;
    }
  }
  return claim;
}

AttributionMention Coding::AttributionFor(const ActorSpan& blamed, std::optional<ActorSpan> by,
                                          int event_np) {
  AttributionMention attribution{blamed, std::move(by), event_np, ""};
  if (event_np != kNone) {
    if (const Trigger* noun = NounTriggerAt(a_.nps[event_np].head)) {
      attribution.event_type = noun->code.type;
      used_np_[event_np] = true;
    }
  }
  return attribution;
}

// "Singh told reporters that the attackers belonged to Jaish-e-Mohammed":
// the doers of an act told before, said to be of a named group, make the
// group blamed for it by the speaker (an attribution and an ACCUSE). True
// when coded.
bool Coding::CodeDoersBelongTo(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  // ("the attackers may have belonged to La Linea": a hedged blame is blame.)
  const bool hedged_past = vg.modal && (vg.perfect || Tag(vg.head) == T::kVBN);
  // "the attackers were members of Jamaat-ul-Mujahideen Bangladesh": so
  // are doers said to be its members or fighters.
  const bool members =
      Lemma(vg.head) == "be" && clause.object != kNone &&
      IsAny(Lemma(a_.nps[clause.object].head), {"member", "fighter", "militant"}) &&
      a_.nps[clause.object].of_complement != kNone;
  if (vg.negated || (vg.modal && !hedged_past) || (Lemma(vg.head) != "belong" && !members) ||
      clause.subject == kNone) {
    return false;
  }
  const NounPhrase& doers = a_.nps[clause.subject];
  if (Lemma(doers.begin) != "the" ||
      !IsAny(Lemma(doers.head), {"attacker", "gunman", "militant", "bomber", "assailant",
                                 "perpetrator", "hijacker", "kidnapper", "insurgent"})) {
    return false;
  }
  const int belonged_to = members ? a_.nps[clause.object].of_complement : PrepNp(clause, {"to"});
  std::vector<ActorSpan> groups = ActorsOfNp(belonged_to);
  // "belonged to a domestic cell linked to the Allied Democratic Forces",
  // "to a cell of Islamic State": the group the unit is of.
  if (groups.empty() && belonged_to != kNone) {
    const NounPhrase& unit = a_.nps[belonged_to];
    int of = unit.of_complement;
    if (of == kNone && unit.end + 2 < n_ &&
        IsAny(Lower(unit.end), {"linked", "tied", "affiliated", "connected", "loyal"}) &&
        IsAny(Lemma(unit.end + 1), {"to", "with"})) {
      of = a_.np_of_token[unit.end + 2];
    }
    groups = ActorsOfNp(of);
  }
  auto by = SpeakerOf(clause);
  if (!by) by = SayingBefore(vg.head, true);
  // ("He said the attackers belonged to ...": a person told before.)
  const bool person_pronoun =
      by && by->kind == "anaphor" && IsAny(Lowercase(by->actor.text), {"he", "she"});
  if (groups.empty() || !by || (by->kind == "anaphor" && !person_pronoun)) return false;
  for (const ActorSpan& group : groups) {
    if (group.kind == "anaphor" || IdentityKey(group) == IdentityKey(*by)) continue;
    out_.attributions.push_back(AttributionMention{group, by, kNone, "ASSAULT"});
    AddAccusation(*by, group, vg.head);
  }
  return true;
}

// "'... it was carried out by radical Iran-backed militant groups,' Biden
// said": a speaker naming who did the act a pronoun or an event noun
// stands for blames them (an attribution and an ACCUSE), unless the
// speaker names itself. True when coded.
bool Coding::CodeReportedPerpetrator(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  // "The Israeli military said the rocket was an Iranian-made Falaq-1 fired
  // by Hezbollah": what the act was, fired by someone, says who did it.
  const Clause* copula = nullptr;  // "the rocket was ...": what tells of the act
  if (clause.subject == kNone && clause.link == ClauseLink::kRelative &&
      clause.modified_np != kNone && IsAny(Lemma(vg.head), {"fire", "launch"})) {
    for (const Clause& c : a_.clauses) {
      if (c.object == clause.modified_np && c.subject != kNone &&
          Lemma(a_.verbs[c.verb].head) == "be" && Lemma(a_.nps[c.subject].begin) == "the" &&
          WeaponAt(a_.nps[c.subject].head) != nullptr) {
        copula = &c;
      }
    }
  }
  const bool projectile = copula != nullptr;
  // "Johnson said Putin had personally ordered the use of the nerve
  // agent": in the active, whoever planned or ordered the act, or the use
  // of its weapon, named as the subject.
  if (vg.voice == Voice::kActive && !vg.negated && !projectile && clause.subject != kNone &&
      clause.object != kNone && clause.link == ClauseLink::kComplement &&
      IsAny(Lemma(vg.head), {"order", "plan", "orchestrate", "mastermind", "organise", "organize",
                             "direct", "authorise", "authorize", "approve"})) {
    const NounPhrase& act = a_.nps[clause.object];
    const Trigger* noun = NounTriggerAt(act.head);
    const bool weapon_used = Lemma(act.head) == "use" && act.of_complement != kNone &&
                             WeaponAt(a_.nps[act.of_complement].head) != nullptr;
    if ((noun == nullptr || noun->code.type != "ASSAULT") && !weapon_used) return false;
    auto perpetrator = ActorOfNp(clause.subject);
    auto by = SpeakerOf(clause);
    if (!perpetrator || perpetrator->kind == "anaphor" || perpetrator->kind == "agent" || !by ||
        IdentityKey(*by) == IdentityKey(*perpetrator)) {
      return false;
    }
    used_np_[clause.object] = true;
    out_.attributions.push_back(AttributionMention{*perpetrator, by, clause.object, "ASSAULT"});
    AddAccusation(*by, *perpetrator, vg.head);
    return true;
  }
  const int told = projectile ? clause.modified_np : clause.subject;
  if (vg.voice != Voice::kPassive || clause.agent == kNone || told == kNone) return false;
  const NounPhrase& subject = a_.nps[told];
  const Trigger* noun = NounTriggerAt(subject.head);
  const bool refers =
      noun != nullptr || (subject.pronoun && Lemma(subject.head) == "it") || projectile;
  if (!refers) return false;
  auto perpetrator = ActorOfNp(clause.agent);
  auto by = SpeakerOf(projectile ? *copula : clause);
  if (!perpetrator || perpetrator->kind == "anaphor" || !by ||
      IdentityKey(*by) == IdentityKey(*perpetrator)) {
    return false;
  }
  AttributionMention attribution{*perpetrator, by, told,
                                 noun != nullptr ? noun->code.type : "ASSAULT"};
  if (noun != nullptr || projectile) used_np_[told] = true;
  out_.attributions.push_back(attribution);
  AddAccusation(*by, *perpetrator, vg.head);
  return true;
}

void Coding::CodeReportedDoer(const Clause& clause, const Trigger& trigger) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  // ("said his convoy had been attacked by the Jalisco New Generation
  // Cartel": so in the passive.)
  const bool passive = vg.voice == Voice::kPassive;
  const int doer_np = passive ? clause.agent : clause.subject;
  const int done_to = passive ? clause.subject : clause.object;
  if (trigger.code.type != "ASSAULT" || vg.negated || !vg.perfect || vg.tense != Tense::kPast ||
      clause.link != ClauseLink::kComplement || doer_np == kNone || done_to == kNone) {
    return;
  }
  const NounPhrase& object = a_.nps[done_to];
  const bool told_before =
      object.pronoun || Lower(object.begin) == "the" || Tag(object.begin) == T::kPRPS;
  if (!told_before) return;
  auto doer = ActorOfNp(doer_np);
  auto by = SpeakerOf(clause);
  // (A speaker of no country named yet, "Spokesman Dmitry Peskov", is
  // known once the document is read: the accusation goes if it is of the
  // doer's; not a state's official naming a gang or armed group of the
  // state's own.)
  if (!doer || !by || doer->kind == "anaphor" || doer->kind == "agent" ||
      doer->actor.country.empty()) {
    return;
  }
  if (doer->actor.country == by->actor.country &&
      !IsStateAgainstOutlaws(by->actor.sector, doer->actor.sector)) {
    return;
  }
  out_.attributions.push_back(AttributionMention{*doer, by, kNone, "ASSAULT", true});
  AddAccusation(*by, *doer, vg.head);
  out_.events.back().reported_doer = true;
  reported_doer_clause_ = &clause;
}

// "responsibility for the attack lay with the United States and Israel",
// "the blame rests with Tehran": the speaker blames them (an attribution of
// the act named, else of an attack, and an ACCUSE). True when coded.
bool Coding::CodeResponsibilityLies(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.voice != Voice::kActive || vg.negated || clause.subject == kNone ||
      !IsAny(Lemma(vg.head), {"lie", "lay", "rest", "fall"}) ||
      !IsAny(Lemma(a_.nps[clause.subject].head), {"responsibility", "blame"})) {
    return false;
  }
  const std::vector<ActorSpan> blamed = ActorsOfNp(PrepNp(clause, {"with", "on"}));
  auto by = SpeakerOf(clause);
  if (blamed.empty() || !by) return false;
  const int event_np = PrepAfterNp(clause.subject, {"for"});
  const Trigger* noun = event_np != kNone ? NounTriggerAt(a_.nps[event_np].head) : nullptr;
  if (noun != nullptr) used_np_[event_np] = true;
  for (const ActorSpan& actor : blamed) {
    if (actor.kind == "anaphor" || IdentityKey(actor) == IdentityKey(*by)) continue;
    out_.attributions.push_back(
        AttributionMention{actor, by, event_np, noun != nullptr ? noun->code.type : "ASSAULT"});
    AddAccusation(*by, actor, vg.head);
  }
  return true;
}

void Coding::CodeDenial(const Clause& clause, const Trigger& trigger) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.negated || vg.modal || vg.tense == Tense::kFuture) return;
  EventMention m = NewMention(trigger, vg.head);
  m.source = ActorOfNp(clause.subject);
  if (!m.source) return;
  // "denied the accusations by Washington" / "denied that it was behind".
  m.target = ActorOfNp(PrepNp(clause, {"by", "from"}));
  // A denial answers an accusation: "denied any involvement in the strike".
  if (!m.target) m.about = "ACCUSE";
  FinishMention(m, &clause);
}

// The gerund after the one `accusation` blames (whichever clause the
// analyzer hung it on: "groups based there of working with Israel").
bool Coding::IsAccusedGerund(const Clause& accusation, const Clause& act) const {
  const int blamed =
      a_.verbs[accusation.verb].voice == Voice::kPassive ? accusation.subject : accusation.object;
  if (blamed == kNone) return false;
  const uint32_t blamed_end = a_.nps[blamed].end;
  const VerbGroup& vg = a_.verbs[act.verb];
  return vg.form == VerbForm::kGerund && vg.begin > blamed_end && vg.begin <= blamed_end + 6 &&
         IsAny(Lemma(vg.begin - 1), {"of", "for"});
}

// What the one blamed is said to do for another, or to be, in the gerund
// clause `act`, as the accuser says: "accuses Rwanda of arming and directing
// the M23", "accuses the UAE of arming the RSF" (whom it arms is backed by
// it); "accuses the HDP of acting as a political front for the PKK", "of
// being a proxy of Iran".
void Coding::RelationOfAccused(size_t act, const ActorSpan& accused,
                               const std::optional<ActorSpan>& accuser) {
  const Clause& clause = a_.clauses[act];
  const std::string_view verb = Lemma(a_.verbs[clause.verb].head);
  if (IsBackingVerb(verb) || verb == "supply") {
    int armed = clause.object;
    for (size_t d = act + 1; armed == kNone && d < a_.clauses.size(); ++d) {
      if (a_.clauses[d].governor == static_cast<int>(act) &&
          a_.clauses[d].link == ClauseLink::kCoordinated) {
        armed = a_.clauses[d].object;
      }
    }
    for (const ActorSpan& backed : ActorsOfNp(armed)) {
      // ("accuses Iran of arming the group": a group named before, for the
      // document to resolve.)
      const bool group = backed.kind == "anaphor" && IsGroupAnaphor(Lemma(backed.end - 1));
      if ((backed.kind == "anaphor" && !group) || backed.kind == "agent" ||
          (IsRefugeVerb(verb) && backed.kind == "person")) {
        continue;
      }
      out_.relations.push_back(RelationMention{backed, "backed_by", accused, accuser, 0.6});
    }
    return;
  }
  int predicate = kNone;
  if (verb == "be") predicate = clause.object;
  if (IsAny(verb, {"act", "serve", "operate", "function"})) predicate = PrepNp(clause, {"as"});
  if (predicate != kNone) RelationFromPredicate(accused, predicate, accuser);
}

void Coding::CodeBlame(const Clause& clause, const Trigger& trigger, bool realis) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (!realis) {
    // "Iran, which Riyadh accuses of arming the Houthis": an accusation
    // describing the accused is no event, but states what the accuser says
    // it does.
    if (vg.negated || vg.modal || vg.tense == Tense::kFuture ||
        clause.link != ClauseLink::kRelative || vg.voice == Voice::kPassive) {
      return;
    }
    const auto accuser = ActorOfNp(clause.subject);
    const auto accused = ActorOfNp(clause.object);
    if (!accuser || !accused || accused->kind == "anaphor") return;
    for (size_t c = 0; c < a_.clauses.size(); ++c) {
      if (IsAccusedGerund(clause, a_.clauses[c])) RelationOfAccused(c, *accused, accuser);
    }
    return;
  }
  EventMention m = NewMention(trigger, vg.head);
  // "has struck there several times in recent years, accusing ...",
  // "Activists have long accused militias of ...": blame of long standing.
  m.background = IsHabitual(clause);
  const bool passive = vg.voice == Voice::kPassive;
  m.source = ActorOfNp(passive ? clause.agent : clause.subject);
  int blamed_np = passive ? clause.subject : clause.object;
  // "an attack on tourists in Indian Kashmir that New Delhi blamed on its
  // neighbour": what is blamed is the act the phrases before hang from.
  if (clause.link == ClauseLink::kRelative && blamed_np != kNone && !passive &&
      NounTriggerAt(a_.nps[blamed_np].head) == nullptr) {
    for (int k = blamed_np - 1, hops = 0; k >= 0 && hops < 3; --k, ++hops) {
      const NounPhrase& before = a_.nps[k];
      const NounPhrase& next = a_.nps[k + 1];
      if (next.begin != before.end + 1 || Tag(before.end) != T::kIN) break;
      if (NounTriggerAt(before.head) != nullptr) {
        blamed_np = k;
        break;
      }
    }
  }
  // "the bombings, which it blamed on Saudi support for the Islamic State":
  // an act blamed on someone; the one blamed follows "on".
  const int on_np = PrepNp(clause, {"on"});
  const Trigger* blamed_act = blamed_np != kNone ? NounTriggerAt(a_.nps[blamed_np].head) : nullptr;
  if (blamed_act != nullptr && on_np != kNone) {
    m.target = ActorOfNp(on_np);
    if (!m.target) {
      if (const ActorSpan* inside = SpanIn(a_.nps[on_np].begin, a_.nps[on_np].end, -1)) {
        m.target = *inside;
      }
    }
    if (!m.target) return;
    out_.attributions.push_back(
        AttributionMention{*m.target, m.source, blamed_np, blamed_act->code.type});
    blamed_on_.push_back(on_np);
    FinishMention(m, &clause);
    return;
  }
  // "blamed the country's security forces": the forces, when the possessor
  // names no one ("accused Assad's forces": Assad).
  if (blamed_np != kNone && Possessed(blamed_np) != blamed_np && !ActorOfNp(blamed_np)) {
    blamed_np = Possessed(blamed_np);
  }
  m.target = ActorOfNp(blamed_np);
  // "ordered seven UN officials to leave, accusing them of meddling": a
  // pronoun in a gerund after the clause is that clause's object.
  if ((!m.target || m.target->kind == "anaphor") && blamed_np != kNone &&
      clause.link == ClauseLink::kAdverbial && clause.governor != kNone &&
      IsAny(Lower(a_.nps[blamed_np].begin), {"them", "it", "him", "her"})) {
    const Clause& main = a_.clauses[clause.governor];
    if (main.object != kNone && main.object != blamed_np &&
        a_.verbs[main.verb].voice == Voice::kActive) {
      if (auto object = ActorOfNp(main.object); object && object->kind != "anaphor")
        m.target = object;
    }
  }
  if (!m.target) return;
  // "blamed Saudi Arabia, which he accused of financing the militants": an
  // accusation told on the party just blamed is the same statement.
  const bool restated =
      clause.link == ClauseLink::kRelative && clause.modified_np != kNone &&
      std::any_of(out_.events.begin(), out_.events.end(), [&](const EventMention& e) {
        return e.code.type == "ACCUSE" && e.target &&
               IdentityKey(*e.target) == IdentityKey(*m.target);
      });
  if (restated) return;
  const int event_np = PrepNp(clause, {"for", "of", "over"});
  AttributionMention attribution = AttributionFor(*m.target, m.source, event_np);
  // "accusing Kurdish groups of working with Israel", "blamed them for
  // carrying out the attack": what a gerund tells is what they are blamed
  // for, and no act the report tells when it is none.
  bool blamed_for_other = false;
  for (size_t c = 0; event_np == kNone && c < a_.clauses.size(); ++c) {
    if (!IsAccusedGerund(clause, a_.clauses[c])) continue;
    const Clause& act = a_.clauses[c];
    RelationOfAccused(c, *m.target, m.source);
    int unused = kNone;
    const Trigger* verb = MatchingTrigger(static_cast<int>(c), unused);
    const Trigger* noun = act.object != kNone ? NounTriggerAt(a_.nps[act.object].head) : nullptr;
    if (verb != nullptr && verb->role == TriggerRole::kEvent) {
      attribution.event_type = verb->code.type;
    } else if (noun != nullptr) {
      attribution.event_type = noun->code.type;
    } else {
      blamed_for_other = true;
    }
  }
  if (!blamed_for_other) out_.attributions.push_back(attribution);
  FinishMention(m, &clause);
}

// "the coalition said it had not carried out any air strikes in the area":
// a speaker saying it did not do an attack denies it (REJECT, CAMEO 016),
// answering whoever accused it.
bool Coding::CodeReportedDenial(const Clause& clause, const std::vector<const Trigger*>& triggers) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.modal || vg.tense == Tense::kFuture || clause.link != ClauseLink::kComplement ||
      clause.governor == kNone || clause.subject == kNone) {
    return false;
  }
  // "had no role in the attack", "had no hand in it": a part owned to none.
  const std::string_view verb = Lemma(vg.head);
  // 'had "absolutely nothing to do" with the incident': likewise.
  uint32_t after = vg.end;
  while (after < n_ && (IsAdverb(Tag(after)) || Tag(after) == T::kOpenQuote)) ++after;
  const bool nothing_to_do = !vg.negated && verb == "have" && after + 2 < n_ &&
                             Lower(after) == "nothing" && Lower(after + 1) == "to" &&
                             Lemma(after + 2) == "do";
  const bool no_part = (!vg.negated && verb == "have" && clause.object != kNone &&
                        Lemma(a_.nps[clause.object].begin) == "no" &&
                        IsAny(Lemma(a_.nps[clause.object].head),
                              {"role", "part", "hand", "involvement", "link", "connection"})) ||
                       nothing_to_do;
  // 'said Russia was "not guilty"': a quoted denial of guilt.
  bool denies_guilt = false;
  if (verb == "be") {
    uint32_t k = vg.end;
    while (k < n_ && (Tag(k) == T::kOpenQuote || IsAdverb(Tag(k))) && Lower(k) != "not") ++k;
    const bool negated = vg.negated || (k < n_ && Lower(k) == "not");
    if (k < n_ && Lower(k) == "not") ++k;
    denies_guilt = negated && k < n_ && IsAny(Lemma(k), {"guilty", "responsible", "culpable"});
  }
  if (!vg.negated && !no_part && !denies_guilt) return false;
  const Clause& saying = a_.clauses[clause.governor];
  if (!IsSpeechVerb(a_.verbs[saying.verb].head) || a_.verbs[saying.verb].negated) return false;
  auto speaker = ActorOfNp(saying.subject);
  if (!speaker || speaker->kind == "anaphor") return false;
  // The speaker's own side: "it", "we", "the group", "its forces", or the
  // state a government speaker speaks for ("Psaki said the United States
  // was not involved").
  const NounPhrase& subject = a_.nps[clause.subject];
  const bool pronoun =
      subject.end == subject.begin + 1 && IsAny(Lower(subject.begin), {"it", "we", "they"});
  const bool own_body = subject.end == subject.begin + 2 && Lemma(subject.begin) == "the" &&
                        IsAny(Lemma(subject.head), {"group", "movement", "militia", "organisation",
                                                    "organization", "coalition"});
  const bool own_members = subject.end == subject.begin + 2 && Tag(subject.begin) == T::kPRPS &&
                           IsMemberNoun(Lemma(subject.head));
  const auto said_of = ActorOfNp(clause.subject);
  const bool own_state = said_of && said_of->kind == "state" && !said_of->actor.country.empty() &&
                         said_of->actor.country == speaker->actor.country &&
                         IsAny(speaker->actor.sector, {"GOV", "MIL", ""});
  if (!pronoun && !own_body && !own_members && !own_state) return false;
  // "had not attacked", "had not carried out any air strikes"; "was not
  // involved", "was not behind the attack", "had no role in it".
  const Trigger* object_noun =
      clause.object != kNone ? NounTriggerAt(a_.nps[clause.object].head) : nullptr;
  const bool violent = std::any_of(triggers.begin(), triggers.end(), [&](const Trigger* t) {
    if (t->role == TriggerRole::kLight) {
      return object_noun != nullptr && object_noun->code.type == "ASSAULT";
    }
    return t->role == TriggerRole::kEvent &&
           (t->code.type == "ASSAULT" || (t->code.type == "COERCE" && t->code.mode == "seize"));
  });
  const bool uninvolved =
      vg.negated && ((verb == "involve" && vg.voice == Voice::kPassive) ||
                     (verb == "be" && vg.end < n_ && Lemma(vg.end) == "behind"));
  if (!violent && !uninvolved && !no_part && !denies_guilt) return false;
  EventMention m;
  m.code = EventCode{"REJECT", "", "016", ""};
  m.trigger = vg.head;
  m.source = SpokenFor(*speaker);
  m.about = "ACCUSE";
  FinishMention(m, &saying);
  return true;
}

}  // namespace casus::coding
