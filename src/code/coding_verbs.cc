// A verb's event: its code read with its object, whether the clause is
// passive, who does it to whom, what its subject tells when that is an act
// or a weapon, how the verb refines its type, when it happened (before
// another, over a stretch of time, another time), orders to someone and
// forces sent somewhere. One event per party is coding_copies.cc.
#include "code/coding.h"

#include <algorithm>

namespace casus::coding {

// A formal agreement signed (CAMEO 057): SUPPORT when it is one of
// cooperation ("a treaty of friendship and cooperation", "an agreement to
// increase trade"), AGREE otherwise ("a UN-brokered deal meant to end days
// of fighting"), as PLOVER's records code them.
std::string Coding::AgreementType(const Clause& clause) const {
  if (clause.object == kNone) return "SUPPORT";
  // Read in the phrase and what follows it in the clause ("an agreement
  // today to increase trade"); a treaty is one of cooperation unless it
  // makes peace.
  const uint32_t begin = a_.nps[clause.object].begin;
  bool cooperation = Lemma(a_.nps[clause.object].head) == "treaty";
  for (uint32_t k = begin; k < n_ && k < begin + 12 && Tag(k) != T::kComma && Tag(k) != T::kPeriod;
       ++k) {
    if (IsAny(Lemma(k), {"peace", "ceasefire", "cease-fire", "truce", "armistice"})) return "AGREE";
    cooperation =
        cooperation ||
        IsAny(Lemma(k), {"friendship", "cooperation", "co-operation", "trade", "economic",
                         "investment", "commerce", "commercial", "partnership", "alliance",
                         "defence", "defense", "security", "arms", "energy", "nuclear"});
  }
  return cooperation ? "SUPPORT" : "AGREE";
}

void Coding::AddVerbEvent(const Clause& clause, const Trigger& trigger, int prep_np,
                          bool statement) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (IsNoActOfParties(clause, trigger)) return;
  // "halted mediation": the object is part of the trigger, not an event of
  // its own.
  // ("exchange prisoners": a word of it may be written in the plural.)
  const bool object_in_trigger =
      trigger.words.size() > 1 && clause.object != kNone &&
      std::any_of(trigger.words.begin() + 1, trigger.words.end(), [&](const std::string& w) {
        const uint32_t head = a_.nps[clause.object].head;
        return w == Lemma(head) || w == Lower(head);
      });
  if (object_in_trigger) used_np_[clause.object] = true;
  EventMention m = NewMention(trigger, vg.head);
  CodeByObject(clause, trigger, m);
  // ("had taken and concluded proportionate measures": no agreement.)
  if (Lemma(vg.head) == "conclude" &&
      (clause.object == kNone ||
       !IsAny(Lemma(a_.nps[clause.object].head),
              {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "protocol"}))) {
    return;
  }
  if (m.code.cameo == "057" && IsAny(Lemma(vg.head), {"sign", "conclude", "ratify"})) {
    m.code.type = AgreementType(clause);
    if (clause.object != kNone) used_np_[clause.object] = true;  // the agreement signed
  }
  const bool passive = ReadsAsPassive(clause, trigger, prep_np);
  const int target_np = FindSides(clause, trigger, prep_np, passive, object_in_trigger, m);
  // "threatened sanctions", "threatened a blockade": a threat of the act
  // its object names.
  if (m.code.type == "THREATEN" && !passive && clause.object != kNone) {
    if (const Trigger* threatened = NounTriggerAt(a_.nps[clause.object].head)) {
      if (auto code = IntentCode(Intent::kThreat, threatened->code)) {
        m.code = *code;
        used_np_[clause.object] = true;
      }
    }
  }
  // What is refused is not done: "opposed to French mediation", "rejected
  // the deployment" — no event of its own.
  if (m.code.type == "REJECT") {
    for (const int np : {clause.object, PrepNp(clause, {"to"})}) {
      if (np != kNone && NounTriggerAt(a_.nps[np].head) != nullptr) used_np_[np] = true;
    }
  }
  // What is praised for is the praise's reason, not an event of its own:
  // "thanked Iran for its cooperation".
  if (m.code.type == "SUPPORT") {
    if (const int np = PrepNp(clause, {"for"}); np != kNone) used_np_[np] = true;
  }
  const bool background_act = TakeSubjectAsAct(clause, trigger, passive, statement, m);
  m.casualty = trigger.casualty;
  // Casualty reports without a known perpetrator describe an attack
  // told elsewhere ("two soldiers were killed", ", killing a contractor").
  if (trigger.casualty && !m.source &&
      (passive || clause.link == ClauseLink::kAdverbial ||
       clause.link == ClauseLink::kCoordinated)) {
    m.casualty_only = true;
  }
  // "22 people died, among them ... the three assailants, who were shot
  // dead by troops after a gunfight": the attackers' end told of them is a
  // toll of the attack, no act of its own.
  const bool deadly = trigger.casualty || (a_.verbs[clause.verb].end < n_ &&
                                           Lemma(a_.verbs[clause.verb].end) == "dead");
  if (deadly && passive && clause.link == ClauseLink::kRelative && clause.modified_np != kNone &&
      m.source && IsStateForceSector(m.source->actor.sector)) {
    if (auto doers = ActorOfNp(clause.modified_np); doers && doers->kind != "person" &&
                                                    IsAny(doers->actor.sector, {"UAF", "REB"}) &&
                                                    doers->actor.country.empty()) {
      m.casualty_only = true;
      m.source.reset();
      m.target.reset();
    }
  }
  FinishTargets(clause, trigger, passive, target_np, m);
  // "Police said five suspects had been arrested", "Several suspects were
  // detained, the authorities said": an arrest told with no one arresting,
  // by the police or authorities who made it, is theirs — not when one of
  // their own officials was held ("Britain's ambassador was arrested, the
  // British government said").
  if (passive && !m.source && m.code.type == "COERCE" && m.code.mode == "arrest") {
    auto speaker = SpeakerOf(clause);
    const bool own_official = speaker && m.target && !speaker->actor.country.empty() &&
                              m.target->actor.country == speaker->actor.country &&
                              IsAny(m.target->actor.sector, {"GOV", "MIL"});
    if (speaker && IsAny(speaker->actor.sector, {"COP", "GOV", "SPY"}) &&
        speaker->kind != "person" && !own_official) {
      m.source = speaker;
    }
  }
  if (!RefineByVerb(clause, m)) return;
  TellTime(clause, trigger, passive, background_act, m);
  // "as troops marched past": soldiers on parade do not demonstrate; nor
  // do rebels marching into a town ("Rebels of the M23 movement marched
  // into Goma").
  if (m.code.type == "PROTEST" && m.code.mode == "demo" && m.source &&
      (IsAny(m.source->actor.sector, {"MIL", "REB", "UAF"}) ||
       IsAny(m.source->kind, {"armed_group", "front_group", "military"})) &&
      m.source->kind != "person") {
    return;
  }
  if (IsInterceptionOfWeapons(trigger, passive ? clause.subject : clause.object)) {
    // "almost all were shot down by Israel", "intercepted the drones":
    // the defence is told with the attack, not as an attack of its own.
    m.background = true;
    m.source.reset();
    m.target.reset();
  }
  const size_t before = out_.events.size();
  FinishMention(m, &clause);
  CopyForConjuncts(clause, trigger, passive, before);
}

void Coding::CodeByObject(const Clause& clause, const Trigger& trigger, EventMention& m) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  // "granted clemency to five Iranians": what is granted names the act.
  if (trigger.code.cameo == "070" && clause.object != kNone && vg.voice == Voice::kActive) {
    if (const Trigger* granted = NounTriggerAt(a_.nps[clause.object].head);
        granted != nullptr && granted->code.type != "AID") {
      m.code = granted->code;
      used_np_[clause.object] = true;
    }
  }
  // "police on motorcycles charged the crowd": a charge at a crowd
  // disperses it; it accuses no one (charged them with rioting).
  if (trigger.code.cameo == "1121" && vg.voice == Voice::kActive && clause.object != kNone &&
      PrepNp(clause, {"with"}) == kNone) {
    const auto charged = ActorOfNp(clause.object);
    if ((charged && IsCrowd(*charged)) ||
        IsAny(Lemma(a_.nps[clause.object].head),
              {"crowd", "protester", "demonstrator", "marcher", "mourner", "rioter"})) {
      m.code = EventCode{"COERCE", "restrict", "175", ""};
    }
  }
  // "as they dismantled a protest camp": clearing a camp or a barricade
  // breaks up a protest (CAMEO 175); it disarms no one.
  if (trigger.code.cameo == "0873" && clause.object != kNone &&
      IsAny(Lemma(a_.nps[clause.object].head),
            {"camp", "encampment", "tent", "barricade", "roadblock", "sit-in", "blockade"})) {
    m.code = EventCode{"COERCE", "restrict", "175", ""};
  }
  // "M23 rebels seized the town of Bunagana": seizing ground is taking it
  // by force (CAMEO 192), as capturing it is.
  if (trigger.code.cameo == "171" && !trigger.vessel && vg.voice == Voice::kActive &&
      clause.object != kNone && trigger.words.size() == 1 && trigger.words.front() == "seize") {
    const NounPhrase& taken = a_.nps[clause.object];
    const auto place = ActorOfNp(clause.object);
    if ((place && place->kind == "place") ||
        IsAny(Lemma(taken.head), {"town", "city", "village", "base", "airport", "territory",
                                  "district", "crossing", "garrison", "hill", "outpost"})) {
      m.code = EventCode{"ASSAULT", "", "192", ""};
    }
  }
  // "captured a cargo ship", "hijacked a tanker": taking a vessel or a
  // vehicle is a seizure (CAMEO 171), not taking ground or people.
  if (IsAny(trigger.code.cameo, {"192", "181"})) {
    const int taken = vg.voice == Voice::kPassive ? clause.subject : clause.object;
    if (taken != kNone && IsCraftNoun(Lemma(a_.nps[taken].head))) {
      m.code = EventCode{"COERCE", "seize", "171", ""};
    }
  }
  // "Masked gunmen seized Jordan's ambassador": armed men of no state
  // seizing a person abduct him (CAMEO 181); police seizing one arrest.
  // So does capturing one ("The fighters also captured Defence Minister
  // Mahmoud al-Subaihi"); troops capturing one arrest him ("Mexican troops
  // captured two suspects").
  if (IsAny(trigger.code.cameo, {"171", "192"}) && vg.voice == Voice::kActive &&
      clause.object != kNone && clause.subject != kNone) {
    const auto taker = ActorOfNp(clause.subject);
    const auto taken = ActorOfNp(clause.object);
    const bool person =
        (taken && (taken->kind == "person" ||
                   (taken->kind == "agent" &&
                    IsAny(taken->actor.sector, {"GOV", "CVL", "BUS", "MED", "NGO", "REL"})))) ||
        (!taken && IsAny(Lemma(a_.nps[clause.object].head),
                         {"engineer", "worker", "tourist", "hostage", "journalist", "employee",
                          "contractor", "missionary", "student", "girl", "boy", "woman", "man",
                          "child", "people", "villager", "passenger", "driver", "teacher"}));
    const bool armed_group = taker && (IsAny(taker->actor.sector, {"UAF", "REB", "INS"}) ||
                                       IsAny(taker->kind, {"armed_group", "front_group"}));
    const bool state_forces =
        taker && !armed_group &&
        (IsStateForceSector(taker->actor.sector) || taker->kind == "military");
    if (person && armed_group) m.code = EventCode{"ASSAULT", "abduct", "181", ""};
    if (person && state_forces && trigger.code.cameo == "192") {
      m.code = EventCode{"COERCE", "arrest", "173", ""};
    }
  }
  // "Reporter Javier Ortega, photographer Paul Rivas and driver Efrain
  // Segarra were seized on March 26": civilians seized by no one named are
  // kidnapped.
  if (trigger.code.cameo == "171" && vg.voice == Voice::kPassive && clause.agent == kNone &&
      clause.subject != kNone) {
    const auto taken = ActorOfNp(clause.subject);
    if (taken && IsAny(taken->kind, {"person", "agent"}) &&
        IsAny(taken->actor.sector, {"CVL", "MED", "NGO", "BUS", "REL", "EDU", "HLH", "LAB"})) {
      m.code = EventCode{"ASSAULT", "abduct", "181", ""};
    }
  }
}

bool Coding::ReadsAsPassive(const Clause& clause, const Trigger& trigger, int prep_np) const {
  const VerbGroup& vg = a_.verbs[clause.verb];
  // "one contractor killed, five injured": a casualty verb with no object
  // is a reduced passive.
  const bool reduced_passive = trigger.casualty && vg.voice == Voice::kActive &&
                               clause.object == kNone && clause.agent == kNone &&
                               vg.form == VerbForm::kFinite && prep_np == kNone &&
                               PrepNp(clause, {"with"}) == kNone;
  // "Israel is opposed to French mediation": a state, not a passive — the
  // subject opposes what follows "to".
  const bool stative = vg.voice == Voice::kPassive && clause.agent == kNone &&
                       Lemma(vg.head) == "oppose" && vg.end < n_ && Lemma(vg.end) == "to";
  return (vg.voice == Voice::kPassive && !stative) || reduced_passive;
}

int Coding::FindSides(const Clause& clause, const Trigger& trigger, int prep_np, bool passive,
                      bool object_in_trigger, EventMention& m) const {
  const VerbGroup& vg = a_.verbs[clause.verb];
  int target_np = kNone;
  if (trigger.target_is_subject) {
    m.target = TargetOfNp(clause.subject);
    target_np = clause.subject;
    m.source = AgentOfNp(clause.agent);
  } else if (passive) {
    m.source = AgentOfNp(clause.agent);
    m.target = TargetOfNp(clause.subject != kNone ? clause.subject : clause.object);
    target_np = clause.subject != kNone ? clause.subject : clause.object;
    // "Soldiers were deployed on the streets": the forces sent out are
    // who is mobilised, no one acted on.
    if (m.code.type == "MOBILIZE" && !m.source && m.target && m.target->kind == "agent" &&
        IsAny(m.target->actor.sector, {"MIL", "COP"})) {
      m.source = m.target;
      m.target.reset();
      target_np = kNone;
    }
    // "Saudi Arabia announced that 18 Saudi nationals had been detained": a
    // state or its organ announcing detentions of no doer named made them
    // (not one saying so: "was arrested ..., the British government said").
    if (!m.source && clause.agent == kNone && m.code.type == "COERCE" &&
        clause.link == ClauseLink::kComplement && clause.governor != kNone &&
        IsAny(Lemma(a_.verbs[a_.clauses[clause.governor].verb].head), {"announce"})) {
      if (auto speaker = SpeakerOf(clause, true);
          speaker && !speaker->actor.country.empty() &&
          (speaker->kind == "state" ||
           IsAny(speaker->actor.sector, {"GOV", "COP", "JUD", "MIL"}))) {
        m.source = speaker;
      }
    }
  } else {
    m.source = ActorOfNp(clause.subject);
    // "withdrew its troops from X": the actor's own forces are not a target.
    // "mobilized army reservists": the forces mobilized are the actor's.
    auto object_actor = ActorOfNp(clause.object);
    const bool own_forces =
        clause.object != kNone &&
        ((Tag(a_.nps[clause.object].begin) == T::kPRPS && !trigger.target_preps.empty()) ||
         (m.code.type == "MOBILIZE" && object_actor && object_actor->kind == "agent" &&
          IsAny(object_actor->actor.sector, {"MIL", "COP"})));
    if (!own_forces) {
      m.target = TargetOfNp(clause.object);
      target_np = clause.object;
      // "expelled two Russian diplomats" names the party; "suspended
      // military operations" does not.
      // Nor do the people swapped ("swapped prisoners").
      if ((object_in_trigger || IsSwap(trigger)) && m.target && m.target->kind == "agent" &&
          m.target->actor.country.empty()) {
        m.target.reset();
        target_np = kNone;
      }
    }
  }
  // "cancelled a visit to Baghdad by Turkish Defence Minister Hulusi Akar":
  // the visitor turned away.
  if (!m.target && m.code.type == "REJECT" && m.code.mode == "meet" && clause.object != kNone) {
    int by = PrepAfterNp(clause.object, {"by"});
    if (by == kNone) by = PrepAfterNp(PrepAfterNp(clause.object, {"to"}), {"by"});
    if (auto visitor = TargetOfNp(by)) {
      m.target = visitor;
      target_np = by;
    }
  }
  // "Sudan's army and the RSF fought for control of Khartoum, with
  // warplanes striking RSF bases": the other side of a mutual act is the
  // subject's second conjunct before any "with" phrase.
  // ("Soldiers and police exchanged fire with the attackers": the side
  // after "with" when it names one, not a scene told by a participle.)
  const int with_np = PrepNp(clause, trigger.target_preps);
  const bool with_side =
      with_np != kNone && !(a_.nps[with_np].end < n_ && Tag(a_.nps[with_np].end) == T::kVBG) &&
      SpanIn(a_.nps[with_np].begin, a_.nps[with_np].end, static_cast<int>(a_.nps[with_np].head)) !=
          nullptr;
  if (!m.target && trigger.mutual && !passive && clause.subject != kNone &&
      a_.nps[clause.subject].conjunct != kNone && !with_side) {
    m.target = TargetOfNp(a_.nps[clause.subject].conjunct);
  }
  if (!m.target) {
    const int np = prep_np != kNone ? prep_np : with_np;
    if (np != kNone) {
      m.target = TargetOfNp(np);
      target_np = np;
    }
    // "would respond forcefully to any violation by Hezbollah",
    // "retaliate against any attack by Iran": a reprisal is aimed at the
    // doer of the act it answers.
    if (np != kNone && !m.target &&
        (NounTriggerAt(a_.nps[np].head) != nullptr || Lemma(a_.nps[np].head) == "violation")) {
      const int by = PrepAfterNp(np, {"by"});
      if (auto doer = TargetOfNp(by); doer && doer->kind != "anaphor") {
        m.target = doer;
        target_np = by;
      }
    }
  }
  const int clause_index = IndexOf(clause);
  if (!m.target && !passive) {
    // "rejected an offer from X", "demanded the withdrawal of Serbian forces"
    m.target = ProposalParty(clause.object);
  }
  // "demanded that the US cancel ...": the party addressed.
  if (!m.target && m.code.type == "REQUEST") {
    uint32_t k = vg.end;
    while (k < n_ && k < vg.end + 3 && (IsAdverb(Tag(k)) || Tag(k) == T::kNNP) &&
           Lemma(k) != "that") {
      ++k;  // "demanded Friday that"
    }
    if (k + 1 < n_ && Lemma(k) == "that") m.target = TargetOfNp(a_.np_of_token[k + 1]);
  }
  // "demanded the removal of X", "rejected the return of Y": the party the
  // demanded or refused act concerns; "suspended the work permit of
  // Ericsson", "froze the assets of X": whose they are.
  if (!m.target && !passive && clause.object != kNone &&
      IsAny(m.code.type, {"REQUEST", "REJECT", "CONCEDE", "AGREE", "SANCTION", "COERCE"})) {
    m.target = TargetOfNp(a_.nps[clause.object].of_complement);
  }
  // "conceded to demands from UNITA"
  for (size_t p = 0; !m.target && p < clause.preps.size(); ++p) {
    m.target = ProposalParty(clause.preps[p].np);
  }
  if (!m.target && !passive) {
    // With no object, from the first phrase after the verb: "reneged on
    // his commitment [to the Zambian people]".
    const int first = clause.object != kNone || clause.preps.empty() || m.code.type == "ASSAULT"
                          ? clause.object
                          : clause.preps.front().np;
    // The author of what is criticised, or who is to act on a demand:
    // "an admission [by Moscow]".
    m.target = PartyAfterObject(first, m.code.type);
    // "hacked into the computers of South Korean officers"
    if (!m.target && first != clause.object && IsFacilityNoun(Lemma(a_.nps[first].head))) {
      m.target = TargetOfNp(first);
    }
  }
  // "Saudi Arabia and Iran agreed", "X and Y clashed": the second conjunct
  // of a reciprocal event's subject is its other side, before any party of
  // what they agreed on ("Biden and Kadhimi agreed that the US combat
  // mission will end").
  const bool reciprocal = IsReciprocal(trigger);
  if (reciprocal && !m.target && !passive && clause.subject != kNone && !with_side) {
    m.target = TargetOfNp(a_.nps[clause.subject].conjunct);
  }
  if (!m.target) {
    const int dep = DependentClause(clause_index);
    m.target = TargetOfDependent(dep, m.code.type == "REQUEST");
    // "refused to meet X": a REJECT of a meeting.
    int dep_prep = kNone;
    const Trigger* act = dep != kNone ? MatchingTrigger(dep, dep_prep) : nullptr;
    if (act != nullptr && m.code.mode.empty() &&
        (m.code.type == "REJECT" || m.code.type == "AGREE" || m.code.type == "REQUEST")) {
      const Intent intent = m.code.type == "REJECT"  ? Intent::kWillNot
                            : m.code.type == "AGREE" ? Intent::kWill
                                                     : Intent::kObligation;
      if (auto code = IntentCode(intent, act->code); code && code->type == m.code.type) {
        m.code.mode = code->mode;
      }
    }
  }
  if (!trigger.source_preps.empty()) {
    if (auto source = ActorOfNp(PrepNp(clause, trigger.source_preps))) m.source = source;
  }
  m.target_np = target_np;
  return target_np;
}

bool Coding::TakeSubjectAsAct(const Clause& clause, const Trigger& trigger, bool passive,
                              bool statement, EventMention& m) {
  // "A drone attack wounded two", "Rockets killed a contractor": the
  // subject is the event or the weapon, not an actor.
  int subject = passive ? clause.agent : clause.subject;
  bool background_act = false;
  if (clause.link == ClauseLink::kRelative && !passive) {
    if (const int act = AttackBeforePlace(subject); act != kNone) {
      subject = act;
      background_act = IsBackgroundNp(act);
    }
  }
  // "has been hit by a string of bomb attacks this year": a series of acts
  // is no one act.
  if (subject != kNone && a_.nps[subject].of_complement != kNone &&
      IsSeriesNoun(Lemma(a_.nps[subject].head)) &&
      NounTriggerAt(a_.nps[a_.nps[subject].of_complement].head) != nullptr) {
    subject = a_.nps[subject].of_complement;
    background_act = true;
  }
  if (subject != kNone && !statement) {
    const NounPhrase& np = a_.nps[subject];
    if (const Trigger* noun = NounTriggerAt(np.head); noun && noun->code.type == "ASSAULT") {
      if (trigger.casualty || trigger.code.type == "ASSAULT") {
        m.code = noun->code;
        m.another = !IsDefinite(subject) && IsAnother(subject);
        m.source = NominalSource(subject);
        // "US strikes on Kataib Hezbollah killed 25 fighters": who the act
        // was on, when the clause names no one hit or only whom ("fighters").
        if (!m.target || m.target->kind == "agent") {
          const int hit_np = PrepAfterNp(subject, noun->target_preps);
          if (auto hit = TargetOfNp(hit_np);
              hit && (!m.target || (hit->kind != "agent" && hit->kind != "anaphor"))) {
            m.target = hit;
            m.target_np = hit_np;
          }
        }
        used_np_[subject] = true;
        m.definite = IsDefinite(subject);
      }
    } else if (const Trigger* weapon = WeaponAt(np.head); weapon && m.code.type == "ASSAULT") {
      if (m.code.mode.empty()) m.code.mode = weapon->code.mode;
      // "a second bomb exploded in the Madina district": one more attack.
      m.another = !IsDefinite(subject) && IsAnother(subject);
      // "Drones struck", "Artillery shells hit": a weapon of no one named
      // is no perpetrator; the claimant or the accused may be.
      // (Gunmen and suicide bombers are people: "Gunmen stormed a hotel".)
      // (Warplanes are an air force's: "Military aircraft bombed the
      // village", with the country of the place; "bombers" may be people.)
      if (m.source && m.source->kind == "agent" && m.source->actor.country.empty() &&
          !IsAny(m.source->actor.sector, {"UAF", "REB"}) &&
          !(m.source->actor.sector == "MIL" && IsMannedAircraftNoun(Lemma(np.head)) &&
            Lemma(np.head) != "bomber")) {
        m.source.reset();
      }
      // "Drones fired by Yemen's Houthis struck a ship": who fired them.
      if (!m.source) m.source = WeaponUser(subject);
    }
  }
  return background_act;
}

void Coding::FinishTargets(const Clause& clause, const Trigger& trigger, bool passive,
                           int target_np, EventMention& m) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (trigger.mutual && !m.target) {
    m.target = TargetOfNp(PrepNp(clause, {"with", "against"}));
  }
  // A ship is what force is used on or threatened against; "demanded the
  // ship's release" is addressed to whoever holds it.
  if (m.target && m.target->vessel && !IsAny(m.code.type, {"ASSAULT", "COERCE", "THREATEN"})) {
    m.target.reset();
  }
  // "demanded the release of Bazoum", "demanded Bazoum's release": asked of
  // whoever holds him, not of him; the release asked for has not happened.
  if (m.code.type == "REQUEST" && !passive) {
    if (const int asked = ReleaseAsked(clause.object); asked != kNone) {
      m.target.reset();
      for (int np = asked; np != kNone; np = a_.nps[np].conjunct) used_np_[np] = true;
    }
  }
  if (!m.target && m.code.type == "THREATEN") m.target = ConditionParty(vg);
  if (!m.target && m.code.type == "PROTEST") m.target = ProtestedParty(m);
  if (!m.target && !passive) m.about = StatementAbout(clause, m.code);
  // "Israel will respond with great force": a threat of force at no one
  // named is aimed at whoever did the attack it answers, else at whom the
  // speaker's side has been fighting.
  if (!m.target && !passive && m.about.empty() && m.code.type == "THREATEN" &&
      m.code.mode == "violence") {
    m.about = TellsReprisal(IndexOf(clause)) ? "ASSAULT" : "OWN_ASSAULT";
  }
  if (m.code.type == "REQUEST" && m.code.mode.empty()) SetRequestMode(clause, m.code);
  // "the drone hit close to a hangar used by the coalition": whoever uses
  // what was struck near.
  if (!m.target && m.code.type == "ASSAULT" && clause.object == kNone && !passive) {
    for (uint32_t k = vg.end; k + 2 < n_ && k < vg.end + 3; ++k) {
      const bool near = Lemma(k) == "near";
      const bool close_to = IsAny(Lemma(k), {"close", "next"}) && Lower(k + 1) == "to";
      if (!near && !close_to) continue;
      uint32_t at = near ? k + 1 : k + 2;
      while (at + 1 < n_ && a_.np_of_token[at] == kNone && Tag(at) == T::kDT) ++at;
      const int np = a_.np_of_token[at];
      std::optional<ActorSpan> user = TargetOfNp(np);
      // ("used by the coalition": the body named before, for the document
      // to resolve; not "near their homes".)
      for (const Clause& c : a_.clauses) {
        if (user || np == kNone || c.link != ClauseLink::kRelative ||
            (c.modified_np != np && c.object != np) || a_.verbs[c.verb].voice != Voice::kPassive ||
            c.agent == kNone) {
          continue;
        }
        if (auto body = ActorOfNp(c.agent);
            body && body->kind == "anaphor" && Lemma(a_.nps[c.agent].begin) == "the") {
          m.target = body;
        }
      }
      if (user && user->kind != "place" && user->kind != "anaphor") m.target = user;
      break;
    }
  }
  if (!m.target) m.target = PlaceAsTarget(clause, m);
  if (!m.target) MarkPlaceOfAct(clause, m);
  if (!m.target && m.code.type == "ASSAULT") MarkPlaceAttacked(target_np, m);
}

bool Coding::RefineByVerb(const Clause& clause, EventMention& m) const {
  const VerbGroup& vg = a_.verbs[clause.verb];
  // "withdrew the statement a day later": taking words back is no retreat.
  if (m.code.type == "RETREAT" && clause.object != kNone && vg.voice == Voice::kActive &&
      IsAny(Lemma(a_.nps[clause.object].head),
            {"statement", "claim", "remark", "comment", "report", "allegation", "accusation",
             "complaint", "apology", "offer", "nomination", "candidacy", "bill"})) {
    return false;
  }
  // "authorities are failing ..., a rights group protested": a protest
  // in words is a criticism (CAMEO 111), not a demonstration.
  if (m.code.type == "PROTEST" && Lemma(vg.head) == "protest" && IsSpeaking(clause)) {
    m.code = EventCode{"ACCUSE", "disapprove", "111", ""};
  }
  // "Iran protested to Iraq", "the ministry summoned the ambassador to
  // protest over the attack": a government's protest is an official
  // complaint (CAMEO 114), not a demonstration.
  if (m.code.type == "PROTEST" && m.code.mode == "demo" && Lemma(vg.head) == "protest" &&
      m.source && (m.source->kind == "state" || m.source->actor.sector == "GOV")) {
    m.code = EventCode{"ACCUSE", "allege", "114", ""};
    // "protested to Iraq": to whom the complaint goes.
    if (auto addressee = ActorOfNp(PrepNp(clause, {"to"}));
        addressee && addressee->kind != "place") {
      m.target = addressee;
    }
  }
  // "spoke by telephone with Zarif": a call.
  if (m.code.type == "CONSULT" && m.code.mode.empty()) {
    for (uint32_t k = vg.end; k + 1 < n_ && k < vg.end + 4; ++k) {
      if (Lemma(k) == "by" && IsAny(Lemma(k + 1), {"telephone", "phone"})) {
        m.code = EventCode{"CONSULT", "phone", "041", ""};
      }
    }
  }
  // "Dozens of wounded were flown by U.N. helicopters to hospital": people
  // carried somewhere visit no one.
  if (m.code.type == "CONSULT" && m.code.mode == "visit" && vg.voice == Voice::kPassive) {
    return false;
  }
  // "peacekeepers arrived in Bosnia", "troops arrived": not a visit.
  if (m.code.type == "CONSULT" && m.code.mode == "visit" && clause.subject != kNone) {
    const NounPhrase& np = a_.nps[clause.subject];
    bool peacekeeping = false;
    // "the first deployment of NATO peacekeeping troops"
    const uint32_t end =
        np.of_complement != kNone ? a_.nps[np.of_complement].end : static_cast<uint32_t>(np.end);
    for (uint32_t k = np.begin; k < end; ++k) {
      peacekeeping = peacekeeping || Lemma(k).find("peacekeep") != std::string_view::npos ||
                     Lemma(k).find("peace-keep") != std::string_view::npos;
    }
    if (peacekeeping) {
      m.code = EventCode{"AID", "", "074", ""};
    } else if (m.source && m.source->actor.sector == "MIL" && m.source->kind != "person" &&
               !IsLeaderNoun(Lemma(np.head))) {
      m.code = EventCode{"MOBILIZE", "troops", "154", ""};  // (an army chief visits)
    }
  }
  // "Erdogan flew to Moscow for the talks" is a visit; "fighters travelled
  // to Syria", "the Kirov will fly back to Russia", a freed hostage arriving
  // in Niamey are not: only a state's or an international body's
  // representative visits by going.
  if (IsAny(Lemma(vg.head), {"fly", "travel", "arrive"}) && m.code.type != "MOBILIZE" &&
      m.code.type != "AID") {
    const bool representative =
        m.source &&
        (IsAny(m.source->kind, {"state", "government", "igo"}) ||
         (m.source->kind == "person" && IsAny(m.source->actor.sector, {"GOV", "IGO", "MIL"})) ||
         (m.source->kind == "agent" && !m.source->actor.country.empty() &&
          (IsAny(m.source->actor.sector, {"GOV", "IGO"}) ||
           (clause.subject != kNone && IsLeaderNoun(Lemma(a_.nps[clause.subject].head))))));
    if (!representative) return false;
  }
  return true;
}

void Coding::TellTime(const Clause& clause, const Trigger& trigger, bool passive,
                      bool background_act, EventMention& m) const {
  const VerbGroup& vg = a_.verbs[clause.verb];
  // "..., after a barrage on Erbil killed a contractor", "since fighting
  // erupted": an earlier act, told as the time of another.
  // So is what was said then: "came a week after Iraqi forces said they
  // had retaken Falluja".
  // Not when what it is the time of is no act: "Kadhimi escaped unhurt
  // after drones attacked his residence" tells of the attack; "came a week
  // after" does of an earlier one.
  // "a day after", "two days after": how many days before.
  int days_before = 0;
  uint32_t after_at = n_;  // the "after" or "since" the act is told after
  bool same_day = false;
  const auto told_as_time = [&](const Clause& c) {
    if (c.subject == kNone || a_.verbs[c.verb].voice != Voice::kActive) return false;
    // ("a day after the group's fighters attacked": from the possessor.)
    const NounPhrase& subject = a_.nps[c.subject];
    const uint32_t at = subject.possessor != kNone
                            ? std::min(subject.begin, a_.nps[subject.possessor].begin)
                            : subject.begin;
    if (at == 0 || !IsAny(Lemma(at - 1), {"after", "since"})) return false;
    after_at = at - 1;
    if (Lemma(at - 1) == "since") return true;
    // (Days only: what came "a week after" another is told as its
    // background.)
    if (at >= 3 && Lemma(at - 2) == "day") {
      const std::string_view count = Lemma(at - 3);
      days_before = IsAny(count, {"a", "one"}) ? 1 : count == "two" ? 2 : count == "three" ? 3 : 0;
    }
    // "hours after supporters stormed the embassy": of the same day.
    same_day = at >= 2 && IsAny(Lemma(at - 2), {"hour", "minute"});
    bool measured = false;
    for (uint32_t k = at - 1; k > 0 && k + 4 > at; --k) {
      measured = measured || IsAny(Lemma(k - 1), {"minute", "hour", "day", "week", "month", "year",
                                                  "shortly", "soon", "long", "moment"});
    }
    const bool act_before = std::any_of(out_.events.begin(), out_.events.end(),
                                        [&](const EventMention& e) { return e.trigger < at; });
    return measured || act_before;
  };
  const bool earlier = (!passive && told_as_time(clause)) ||
                       (vg.form == VerbForm::kGerund && clause.subject == kNone && vg.begin > 0 &&
                        IsAny(Lemma(vg.begin - 1), {"after", "since"})) ||
                       (clause.link == ClauseLink::kComplement && clause.governor != kNone &&
                        told_as_time(a_.clauses[clause.governor]));
  // "in six years of fighting": acts over a stretch of time.
  const bool over_time = vg.form == VerbForm::kGerund && vg.begin >= 2 &&
                         Lemma(vg.begin - 1) == "of" &&
                         IsAny(Lemma(vg.begin - 2), {"day", "week", "month", "year", "decade"});
  m.earlier = earlier;
  // ("two days after a group of officers announced that they had removed
  // him": what was announced then is of that day too.)
  // Not when the sentence tells an act of its kind it came before ("struck
  // Hodeidah on Saturday, a day after a drone slammed into Tel Aviv": the
  // earlier attack is told for the later one).
  // ("a day after the group's gunmen stormed a school and killed 141
  // people": the storming told in the same clause is no act told before.)
  const bool same_kind_told =
      std::any_of(out_.events.begin(), out_.events.end(), [&](const EventMention& e) {
        return e.code.type == m.code.type && e.trigger < std::min(vg.begin, after_at);
      });
  // (A bare participle coordinated with the verb before is a past tense:
  // "burst out of Gaza and attacked/VBN towns".)
  // So is a gerund of the result (", killing at least 300 people").
  const bool past =
      vg.tense == Tense::kPast ||
      (clause.link == ClauseLink::kCoordinated && vg.head == vg.begin && Tag(vg.head) == T::kVBN) ||
      (clause.link == ClauseLink::kAdverbial && vg.form == VerbForm::kGerund && trigger.casualty);
  if (earlier && days_before > 0 && past && !vg.modal && !same_kind_told) {
    m.days_before = days_before;
  }
  // "Hours later, a drone attacked the US embassy", "Separately, gunmen
  // attacked ...": an act told as coming at another time, or apart, is one
  // more.
  if (!m.another && IsAny(m.code.type, {"ASSAULT", "COERCE"}) && !trigger.casualty &&
      OpensAtAnotherTime()) {
    m.another = true;
  }
  // "On Monday, rebels also attacked an army post in nearby Mbua": an act
  // told "also", in a sentence opening with a day of its own, is one more.
  const uint32_t day = n_ > 1 && Lemma(0) == "on" ? 1 : 0;
  const bool also = vg.begin > 0 && Lemma(vg.begin - 1) == "also";
  if (!m.another && IsAny(m.code.type, {"ASSAULT", "COERCE"}) && !trigger.casualty && also &&
      day + 1 < n_ && IsDayWord(Lemma(day)) && Tag(day + 1) == T::kComma) {
    m.another = true;
  }
  m.background = IsHabitual(clause) || IsUndone(clause) || background_act ||
                 (earlier && m.days_before == 0 && !(same_day && past)) || over_time;
}

// "ordered Carlos Menem to appear", "told the Israeli ambassador to leave
// the country": an order to someone is a demand ("ordered them to leave":
// an expulsion); with `leave_only`, only an order to officials to leave is
// one ("told reporters to wait", "told residents to leave" are not). True
// when coded.
bool Coding::CodeOrder(const Clause& clause, bool leave_only) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.voice != Voice::kActive || vg.negated || clause.object == kNone) return false;
  const int self = IndexOf(clause);
  for (const Clause& c : a_.clauses) {
    if (c.link != ClauseLink::kInfinitive || c.governor != self) continue;
    if (leave_only && Lemma(a_.verbs[c.verb].head) != "leave") return false;
    Trigger demand;
    demand.code = EventCode{"REQUEST", "", "100", ""};
    SetRequestMode(clause, demand.code);
    // ("the army told residents of several buildings to leave": a warning.)
    if (leave_only && demand.code.type != "SANCTION") return false;
    EventMention m = NewMention(demand, vg.head);
    m.source = ActorOfNp(clause.subject);
    m.target = TargetOfNp(clause.object);
    m.target_np = clause.object;
    FinishMention(m, &clause);
    return true;
  }
  return false;
}

// "ordered more troops and surveillance aircraft to Yobe state", "sent
// special forces and police units to La Guajira": forces sent somewhere are
// mobilised. True when coded.
bool Coding::CodeDispatch(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (clause.object == kNone || vg.voice != Voice::kActive || vg.negated ||
      !IsAny(Lemma(vg.head), {"send", "order", "dispatch", "rush", "move", "redeploy", "airlift",
                              "station", "position", "pour"})) {
    return false;
  }
  bool forces = false, police = false;
  for (int np = clause.object; np != kNone && !forces; np = a_.nps[np].conjunct) {
    const std::string_view head = Lemma(a_.nps[np].head);
    police = IsAny(head, {"police", "policeman", "officer", "gendarme"});
    forces = police || IsAny(head, {"troop", "soldier", "force", "reinforcement", "unit",
                                    "battalion", "brigade", "commando", "paratrooper", "marine",
                                    "jet", "warship", "aircraft", "tank", "helicopter"});
  }
  if (!forces) return false;
  // ("had ordered the forces to impose security": an order to act, unless
  // to move: "ordered units to move closer to the boundary"; "an agreement
  // on sending police officers": no act.)
  const uint32_t after = a_.nps[clause.object].end;
  if (Lemma(vg.head) == "order" && after + 1 < n_ && Tag(after) == T::kTO &&
      Tag(after + 1) == T::kVB &&
      !IsAny(Lemma(after + 1), {"move", "deploy", "redeploy", "advance", "head", "go", "mass",
                                "mobilize", "mobilise", "reinforce"})) {
    return false;
  }
  if (vg.form == VerbForm::kGerund && vg.begin > 0 && Tag(vg.begin - 1) == T::kIN) return false;
  EventMention m;
  m.code = police ? EventCode{"MOBILIZE", "police", "153", ""}
                  : EventCode{"MOBILIZE", "troops", "154", ""};
  m.trigger = vg.head;
  m.source = ActorOfNp(clause.subject);
  MarkPlaceOfAct(clause, m);
  used_np_[clause.object] = true;
  FinishMention(m, &clause);
  return true;
}

}  // namespace casus::coding
