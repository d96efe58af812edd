#include "code/coding.h"

#include <algorithm>
#include <tuple>

#include "base/word_set.h"

namespace casus::coding {

// The event noun a light verb takes ("launched an attack", "gave Tanzania
// a grant", "gave the country five million dollars of aid"): its phrase,
// and the recipient of a two-object verb.
int Coding::LightVerbEventNp(const Clause& clause, int& recipient, uint32_t& trigger) const {
  recipient = kNone;
  int obj = clause.object;
  if (obj == kNone) return kNone;
  // The event noun of a phrase: its head, the noun before a head such as
  // "effort" or "mission" ("a mediation effort"), or its of-complement.
  auto trigger_of = [&](int np) -> int64_t {
    const NounPhrase& p = a_.nps[np];
    if (NounTriggerAt(p.head) != nullptr) return p.head;
    if (p.head > p.begin &&
        IsAny(Lemma(p.head), {"effort", "mission", "bid", "campaign", "initiative", "process",
                              "attempt", "drive"}) &&
        NounTriggerAt(p.head - 1) != nullptr) {
      return p.head - 1;
    }
    return -1;
  };
  auto noun_in = [&](int np) {
    if (np == kNone) return kNone;
    // "carried out Tuesday's massacre": the phrase the date possesses.
    np = Possessed(np);
    if (int64_t t = trigger_of(np); t >= 0) {
      trigger = static_cast<uint32_t>(t);
      return np;
    }
    const int of = a_.nps[np].of_complement;
    if (of != kNone) {
      if (int64_t t = trigger_of(of); t >= 0) {
        trigger = static_cast<uint32_t>(t);
        return of;
      }
    }
    return kNone;
  };
  if (int np = noun_in(obj); np != kNone) return np;
  // A second object after an actor: "gave [Tanzania] [a grant]".
  const uint32_t after = a_.nps[obj].end;
  if (after < n_ && a_.np_of_token[after] != kNone && ActorOfNp(obj)) {
    if (int np = noun_in(a_.np_of_token[after]); np != kNone) {
      recipient = obj;
      return np;
    }
  }
  return kNone;
}

void Coding::CodeLightVerb(const Clause& clause, Intent intent) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (intent == Intent::kNone && CodeReportedPerpetrator(clause)) return;
  if (clause.object == kNone) return;
  const NounPhrase& obj = a_.nps[clause.object];
  int recipient = kNone;
  uint32_t trigger_token = 0;
  if (const int event_np = LightVerbEventNp(clause, recipient, trigger_token); event_np != kNone) {
    Trigger noun = *NounTriggerAt(trigger_token);
    if (intent != Intent::kNone) {
      auto code = IntentCode(intent, noun.code);
      if (!code) return;
      noun.code = *code;
      noun.casualty = false;
    }
    EventMention m = NewMention(noun, trigger_token);
    m.source = ActorOfNp(vg.voice == Voice::kPassive ? clause.agent : clause.subject);
    int target_np = recipient;
    if (target_np == kNone) target_np = PrepAfterNp(event_np, noun.target_preps);
    if (target_np == kNone) target_np = PrepNp(clause, noun.target_preps);
    m.target = TargetOfNp(target_np);
    m.target_np = target_np;
    m.nominal = false;
    if (!m.target) {
      m.target = PartyAfterObject(event_np, m.code.type);
    }
    if (!m.target && m.code.type == "PROTEST") m.target = ProtestedParty(m);
    if (!m.target) m.target = PlaceAsTarget(clause, m);
    if (!m.target) {
      MarkPlaceOfAct(clause, m);
      // "extend the curfew [in Abidjan]": the place may follow the noun.
      if (const int place = PrepAfterNp(event_np, {"in", "on", "over"});
          m.place_end == 0 && place != kNone && TakesPlaceTarget(m.code.type)) {
        m.place_begin = a_.nps[place].begin;
        m.place_end = a_.nps[place].end;
      }
    }
    // "still carry out ambushes", "has carried out previous attacks".
    m.background = IsHabitual(clause);
    used_np_[event_np] = true;
    used_np_[clause.object] = true;
    FinishMention(m, &clause);
    return;
  }
  if (intent != Intent::kNone) return;
  if (IsRealis(clause) && CodeDispatch(clause)) return;
  // "ordered Carlos Menem to appear": an order to someone is a demand.
  if (Lemma(vg.head) == "order" && CodeOrder(clause, false)) return;
  if (const Trigger* weapon = WeaponAt(obj.head)) {
    // "fired rockets at the base", "launched drones toward Israel"
    Trigger assault;
    assault.code = EventCode{"ASSAULT", weapon->code.mode, "190"};
    EventMention m = NewMention(assault, vg.head);
    m.source = ActorOfNp(clause.subject);
    const int target_np = PrepNp(clause, {"at", "on", "toward", "towards", "against", "into"});
    m.target = TargetOfNp(target_np);
    m.target_np = target_np;
    FinishMention(m, &clause);
  }
}

// "X claimed responsibility for the attack", "X claimed the attack".
bool Coding::CodeClaim(const Clause& clause, bool realis) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  int event_np = kNone;
  bool claim = false;
  if (clause.object != kNone) {
    const NounPhrase& obj = a_.nps[clause.object];
    if (Lemma(obj.head) == "responsibility" || Lemma(obj.head) == "credit") {
      claim = true;
      event_np = PrepAfterNp(clause.object, {"for"});
      if (event_np == kNone) event_np = PrepNp(clause, {"for"});
    } else if (const Trigger* noun = NounTriggerAt(obj.head);
               noun && noun->code.type == "ASSAULT") {
      claim = true;
      event_np = clause.object;
    } else if (IsAny(Lemma(obj.head), {"series", "wave", "spate", "string", "number"}) &&
               obj.of_complement != kNone) {
      // "claimed a series of drone launches on Sunday"
      if (const Trigger* acts = NounTriggerAt(a_.nps[obj.of_complement].head);
          acts && acts->code.type == "ASSAULT") {
        claim = true;
        event_np = obj.of_complement;
      }
    }
  }
  // "The attack was claimed by Saraya Awliya al-Dam"
  if (!claim && vg.voice == Voice::kPassive && clause.subject != kNone && clause.agent != kNone) {
    if (const Trigger* noun = NounTriggerAt(a_.nps[clause.subject].head);
        noun && noun->code.type == "ASSAULT") {
      claim = true;
      event_np = clause.subject;
    }
  }
  if (!claim) return false;
  if (!realis || vg.negated) return true;
  // "the more than 100 attacks that the umbrella has claimed since
  // October": claims of a pattern are no claim of this event.
  if (IsHabitual(clause)) return true;
  const int claimant_np = vg.voice == Voice::kPassive ? clause.agent : clause.subject;
  // "No group claimed responsibility", "none of the factions claimed it".
  if (claimant_np != kNone &&
      IsAny(Lower(a_.nps[claimant_np].begin), {"no", "none", "nobody", "neither"})) {
    return true;
  }
  auto claimant = ActorOfNp(claimant_np);
  if (!claimant) return true;
  // "Sarbakaf Mohmand, a commander of Jamaat-ul-Ahrar, claimed
  // responsibility": one of a group's people claims for the group.
  if (claimant->kind == "person" && claimant_np != kNone &&
      a_.nps[claimant_np].apposition != kNone) {
    const NounPhrase& role = a_.nps[a_.nps[claimant_np].apposition];
    const int group_np = role.of_complement != kNone ? role.of_complement : role.possessor;
    if (IsAny(Lemma(role.head), {"commander", "member", "leader", "chief", "spokesman",
                                 "spokeswoman", "spokesperson", "official", "fighter", "emir"})) {
      if (auto group = ActorOfNp(group_np); group && IsGroupKindName(group->kind)) {
        claimant = group;
      }
    }
  }
  // "Houthi military spokesman Yahya Saree claimed the attack": the body.
  ClaimMention mention = ClaimFor(SpokenFor(*claimant), event_np);
  if (event_np != kNone) {
    if (const Trigger* noun = NounTriggerAt(a_.nps[event_np].head)) {
      // The claimed event itself, as a nominal mention with the claimant
      // as its likely source (merged with the attack reported elsewhere).
      EventMention m = NewMention(*noun, a_.nps[event_np].head);
      m.nominal = true;
      m.definite = IsDefinite(event_np);
      const int target_np = PrepAfterNp(event_np, noun->target_preps);
      m.target = TargetOfNp(target_np);
      m.target_np = target_np;
      FinishMention(m, nullptr);
    }
  }
  out_.claims.push_back(std::move(mention));
  return true;
}

// "the US backs the militia", "Iran supports the Houthis": a relation.
// A relation is a state: "Iran, which backs the Houthis" holds even in a
// present-tense description that is not an event.
void Coding::CodeBacking(const Clause& clause, const Trigger& trigger, bool realis) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.negated || vg.modal || vg.tense == Tense::kFuture) return;
  // ("accused France of sheltering Damiba": refuge given to a person is no
  // backing.)
  const bool refuge = IsRefugeVerb(Lemma(vg.head));
  if (vg.voice == Voice::kPassive) {
    // "Kataib Hezbollah is backed by Iran", "both are funded by Iran".
    std::optional<ActorSpan> speaker = SpeakerOf(clause);
    auto backed = RelationSubject(clause.subject);
    if (!backed) backed = SaidOfRelativeGap(clause, speaker);
    if (backed && backed->kind != "agent") {
      for (const ActorSpan& backer : PartiesOfNp(clause.agent)) {
        if (!IsRelationParty(backer) || (refuge && backed->kind == "person")) continue;
        out_.relations.push_back(RelationMention{*backed, "backed_by", backer, speaker, 0.6});
      }
    }
    // "Haftar is backed by the UAE": in the present, a relation, not an act.
    if (!realis || trigger.code.type.empty() || vg.tense == Tense::kPresent) return;
    EventMention m = NewMention(trigger, vg.head);
    m.source = ActorOfNp(clause.agent);
    m.target = ActorOfNp(clause.subject);
    if (m.source && m.target) FinishMention(m, &clause);
    return;
  }
  auto backer = ActorOfNp(clause.subject);
  // "Iran was a criminal regime that supports Hamas": the regime is Iran.
  if ((!backer || backer->kind == "agent") && clause.link == ClauseLink::kRelative) {
    for (const Clause& copula : a_.clauses) {
      if (copula.object == clause.modified_np && copula.subject != kNone &&
          Lemma(a_.verbs[copula.verb].head) == "be") {
        if (auto named = ActorOfNp(copula.subject)) backer = named;
      }
    }
  }
  if (backer && backer->kind != "anaphor" && backer->kind != "agent") {
    // "Russia and Iran had propped up Assad's government": each backs.
    std::vector<ActorSpan> backers = ActorsOfNp(clause.subject);
    if (backers.size() < 2 || IdentityKey(backers.front()) != IdentityKey(*backer)) {
      backers = {*backer};
    }
    // "Srpska Lista, the main Kosovo Serb party, which Belgrade backs": the
    // party the description is set off after.
    std::vector<ActorSpan> backed_parties = ActorsOfNp(clause.object);
    if (clause.link == ClauseLink::kRelative && clause.object == clause.modified_np) {
      if (auto named = NamedForDescription(clause.object)) backed_parties = {*named};
    }
    for (const ActorSpan& one : backers) {
      if (one.kind == "anaphor") continue;
      for (const ActorSpan& backed : backed_parties) {
        if (backed.kind == "anaphor" || (refuge && backed.kind == "person")) continue;
        out_.relations.push_back(RelationMention{backed, "backed_by", one, SpeakerOf(clause), 0.6});
      }
    }
  }
  // "still backs local forces": in the present, a relation, not an act;
  // so is "had propped up Assad's government through 13 years of war".
  if (!realis || vg.tense == Tense::kPresent || vg.perfect) return;
  auto backed = ActorOfNp(clause.object);
  EventMention m = NewMention(trigger, a_.verbs[clause.verb].head);
  if (trigger.code.type.empty()) return;
  m.source = backer;
  m.target = backed;
  if (m.source && m.target) FinishMention(m, &clause);
}

// "Hamas receives money and weapons from Iran", "the militia got its
// rockets from the Revolutionary Guards": arms, money or training received
// from a party are its backing (a relation, as the speaker says).
void Coding::CodeBackingReceived(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.negated || vg.modal || vg.tense == Tense::kFuture || vg.voice == Voice::kPassive) return;
  const auto backing = [&](int np) {
    static constexpr WordSet<14> kBacking{{"money", "cash", "weapon", "arm", "funding", "fund",
                                           "financing", "training", "support", "backing",
                                           "ammunition", "rocket", "missile", "drone"}};
    return np != kNone && kBacking.contains(Lemma(a_.nps[np].head));
  };
  bool received = false;
  for (int np = clause.object, guard = 0; np != kNone && guard < 4;
       np = a_.nps[np].conjunct, ++guard) {
    received = received || backing(np);
  }
  if (!received) return;
  const auto backed = RelationSubject(clause.subject);
  if (!backed || backed->kind == "agent") return;
  for (const ActorSpan& backer : ActorsOfNp(PrepNp(clause, {"from"}))) {
    if (backer.kind == "anaphor" || backer.kind == "agent" ||
        IdentityKey(backer) == IdentityKey(*backed)) {
      continue;
    }
    out_.relations.push_back(RelationMention{*backed, "backed_by", backer, SpeakerOf(clause), 0.6});
  }
}

// "Guterres said he was shocked by the decision", "the EU was deeply
// disturbed by the expulsions": dismay at an act is disapproval of it
// (ACCUSE, CAMEO 111), by the one dismayed.
bool Coding::CodeDismay(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  const auto dismayed = [](std::string_view lemma) {
    return IsAny(lemma, {"shock", "appal", "appall", "outrage", "dismay", "horrify", "disturb",
                         "sadden", "alarm", "anger", "incense"});
  };
  // ("said he was horrified/JJ": the adjective after the copula.)
  uint32_t adjective = vg.end;
  while (adjective < n_ && IsAdverb(Tag(adjective))) ++adjective;
  const bool copular =
      Lemma(vg.head) == "be" && adjective < n_ &&
      IsAny(Lower(adjective), {"shocked", "appalled", "outraged", "dismayed", "horrified",
                               "disturbed", "saddened", "alarmed", "angered", "incensed"});
  if (vg.negated || vg.modal ||
      !((vg.voice == Voice::kPassive && dismayed(Lemma(vg.head))) ||
        (vg.voice == Voice::kActive && copular))) {
    return false;
  }
  EventMention m;
  m.code = EventCode{"ACCUSE", "disapprove", "111", ""};
  m.trigger = vg.head;
  m.source = ActorOfNp(clause.subject);
  // "said he was shocked": the speaker.
  if (m.source && m.source->kind == "anaphor") {
    if (auto speaker = SpeakerOf(clause, true)) m.source = speaker;
  }
  // ("Residents were shocked by the blast": people, not a party, speaking.)
  if (!m.source || m.source->kind == "anaphor" ||
      (m.source->kind == "agent" &&
       (m.source->actor.country.empty() || IsAny(m.source->actor.sector, {"CVL", ""})))) {
    return false;
  }
  // "said he was shocked": dismay said, at what the report tells of.
  if (clause.agent == kNone &&
      (clause.link != ClauseLink::kComplement || !SpeakerOf(clause, true))) {
    return false;
  }
  // "said he was horrified": at the act the report leads with.
  if (clause.agent == kNone) m.about = "ACT";
  if (const int judged = clause.agent; judged != kNone) {
    if (auto party = ActorOfNp(judged); party && party->kind != "anaphor") {
      m.target = party;
    } else if (const Trigger* noun = NounTriggerAt(a_.nps[judged].head)) {
      m.about = noun->code.type;
    } else if (IsActAnaphorNoun(Lemma(a_.nps[judged].head))) {
      m.about = "ACT";  // "shocked by the decision"
    }
  }
  FinishMention(m, &clause);
  return true;
}

// "Colonna said the accusation was false", "called the claims baseless"
// is said in a copular clause: a speaker saying an accusation is false or
// not true rejects it (REJECT, CAMEO 120), answering whoever made it.
bool Coding::CodeDismissal(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (clause.subject == kNone || vg.end >= n_ || vg.tense == Tense::kFuture || vg.modal) {
    return false;
  }
  // "Qatar's foreign ministry said the measures were "unjustified"": an act
  // said to be unjustified is rejected too, answering whoever did it.
  const NounPhrase& subject = a_.nps[clause.subject];
  const bool act = Lemma(subject.begin) == "the" && (IsActAnaphorNoun(Lemma(subject.head)) ||
                                                     IsAny(Lemma(subject.head), {"measure"}));
  if (!act && !IsAccusationNoun(Lemma(subject.head))) return false;
  uint32_t word = clause.object != kNone ? a_.nps[clause.object].head : vg.end;
  if (clause.object == kNone && Tag(word) == T::kOpenQuote && word + 1 < n_) ++word;
  const std::string_view said = Lemma(word);
  const bool false_word =
      IsFalsehoodWord(said) ||
      (act && IsAny(said, {"unjustified", "unjust", "illegal", "illegitimate"}));
  if (!(vg.negated ? IsAny(said, {"true", "correct", "accurate"}) : false_word)) return false;
  auto speaker = SpeakerOf(clause);
  if (!speaker) return false;
  EventMention m;
  m.code = EventCode{"REJECT", "", "120", ""};
  m.trigger = word;
  m.source = SpokenFor(*speaker);
  m.about = act ? "ACT" : "ACCUSE";
  FinishMention(m, &clause);
  return true;
}

// Copular clauses: "X was behind the attack", "X is responsible for the
// attack", "X is a front for Y".
void Coding::CodePredicate(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (CodeDismissal(clause)) return;
  if (vg.negated) return;
  // "Iran's actions are contrary to international law": what a party does
  // denounced is the party denounced.
  // So "the policy and behaviour of the Trump administration were
  // "terrorist"".
  if (clause.subject != kNone && clause.object != kNone) {
    const NounPhrase& np = a_.nps[clause.subject];
    int owner = np.possessor != kNone ? np.possessor : np.of_complement;
    if (owner == kNone && np.conjunct != kNone) owner = a_.nps[np.conjunct].of_complement;
    if (owner != kNone && vg.tense != Tense::kFuture && !vg.modal &&
        IsAny(Lemma(np.head), {"action", "behaviour", "behavior", "conduct", "move", "activity",
                               "policy", "practice"})) {
      CodeDenunciation(clause, owner, clause.object, SpeakerOf(clause));
      return;
    }
  }
  // '"This is another act of Iranian terrorism," it said'.
  if (clause.subject != kNone && clause.object != kNone &&
      a_.nps[clause.subject].end == a_.nps[clause.subject].begin + 1 &&
      IsAny(Lemma(a_.nps[clause.subject].head), {"this", "it"}) && vg.tense != Tense::kFuture &&
      !vg.modal && IsDenunciation(clause.object)) {
    CodeDenunciation(clause, clause.subject, clause.object, SpeakerOf(clause));
    return;
  }
  // "MSF said the bombing was a grave violation of international
  // humanitarian law": an act told before, judged a wrong by a speaker.
  if (clause.subject != kNone && clause.object != kNone && vg.tense != Tense::kFuture &&
      !vg.modal && Lemma(a_.nps[clause.subject].begin) == "the" &&
      (NounTriggerAt(a_.nps[clause.subject].head) != nullptr ||
       IsIncidentNoun(Lemma(a_.nps[clause.subject].head))) &&
      IsDenunciation(clause.object)) {
    if (auto by = SpeakerOf(clause, true)) {
      CodeDenunciation(clause, clause.subject, clause.object, SpokenFor(*by));
      return;
    }
  }
  if (vg.tense != Tense::kFuture && !vg.modal && CodeWhosePredicate(clause)) return;
  auto subject = RelationSubject(clause.subject);
  // "the premeditated and planned action by China was directly responsible
  // for the violence": the doer of the act named.
  bool act_of = false;
  if (!subject && clause.subject != kNone &&
      IsAny(Lemma(a_.nps[clause.subject].head),
            {"action", "act", "move", "aggression", "decision", "behaviour", "behavior", "conduct",
             "provocation"})) {
    if (auto doer = ActorOfNp(PrepAfterNp(clause.subject, {"by", "of"}));
        doer && doer->kind != "anaphor") {
      subject = doer;
      act_of = true;
    }
  }
  if (!subject) return;
  const bool behind = PrepNp(clause, {"behind"}) != kNone;
  // "was responsible for", "bore responsibility for".
  const bool bears = IsAny(Lemma(vg.head), {"bear", "bore", "carry", "share"}) &&
                     clause.object != kNone &&
                     Lemma(a_.nps[clause.object].head) == "responsibility";
  const int for_np = bears && PrepNp(clause, {"for"}) == kNone ? PrepAfterNp(clause.object, {"for"})
                                                               : PrepNp(clause, {"for"});
  uint32_t predicate = vg.end;  // "was (directly) responsible"
  while (predicate + 1 < n_ && IsAdverb(Tag(predicate))) ++predicate;
  // "suggested that rebels were to blame (for the attack)".
  const bool to_blame = Lemma(vg.head) == "be" && predicate + 1 < n_ && Lemma(predicate) == "to" &&
                        Lemma(predicate + 1) == "blame";
  // ("May said Moscow was responsible": for the act the report tells, when
  // a speaker says so and no "for" names another.)
  const bool responsible_alone =
      for_np == kNone && Lemma(vg.head) == "be" && !vg.negated && predicate < n_ &&
      Lemma(predicate) == "responsible" &&
      (predicate + 1 >= n_ ||
       (!IsNoun(Tag(predicate + 1)) && !IsAny(Lemma(predicate + 1), {"for", "to"}))) &&
      SpeakerOf(clause).has_value();
  const bool responsible =
      to_blame || responsible_alone ||
      (for_np != kNone && (bears || (predicate < n_ && Lemma(predicate) == "responsible")));
  if (act_of && !responsible && !behind) return;
  if (behind || responsible) {
    // "no group said it was behind Tuesday's incident": no one said so.
    if (clause.governor != kNone) {
      const int sayer = a_.clauses[clause.governor].subject;
      if (sayer != kNone &&
          IsAny(Lower(a_.nps[sayer].begin), {"no", "none", "nobody", "neither"})) {
        return;
      }
    }
    const int event_np = behind ? PrepNp(clause, {"behind"}) : for_np;
    auto by = SpeakerOf(clause);
    // "the Islamic State said it was behind the assault": a group saying
    // it did the act claims it.
    if (by && subject->kind == "anaphor" && IsGroupKindName(by->kind) &&
        IsAny(Lower(a_.nps[clause.subject].begin), {"it", "they", "we"})) {
      out_.claims.push_back(ClaimFor(SpokenFor(*by), event_np));
      return;
    }
    out_.attributions.push_back(AttributionFor(*subject, by, event_np));
    if (by) AddAccusation(*by, *subject, vg.head);
    return;
  }
  if (clause.object != kNone) {
    // ("has been Assad's main backer": the possessed phrase.)
    RelationFromPredicate(*subject, Possessed(clause.object), SpeakerOf(clause));
    // "Iran, along with Russia, has been Assad's main backer": so is the
    // companion set off after the subject.
    const uint32_t after = a_.nps[clause.subject].end;
    if (after + 3 < n_ && Tag(after) == T::kComma && Lemma(after + 1) == "along" &&
        Lemma(after + 2) == "with") {
      if (auto companion = RelationSubject(a_.np_of_token[after + 3]);
          companion && companion->kind != "anaphor") {
        RelationFromPredicate(*companion, Possessed(clause.object), SpeakerOf(clause));
      }
    }
    // "Katz said Iran was a criminal regime": the speaker condemns it (and
    // 'Russia was Georgia's "enemy and occupier"').
    if (vg.tense != Tense::kFuture && !vg.modal) {
      CodeDenunciation(clause, clause.subject, Possessed(clause.object), SpeakerOf(clause));
    }
  }
}

void Coding::CodeSignsOfInvolvement(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.negated || clause.object == kNone) return;
  const NounPhrase& signs = a_.nps[clause.object];
  if (!IsAny(Lemma(signs.head), {"indication", "evidence", "sign", "proof"}) ||
      IsAny(Lower(signs.begin), {"no", "little", "any"})) {
    return;
  }
  if (signs.of_complement == kNone) {
    CodeEvidenceThat(clause);
    return;
  }
  const int role_np = Possessed(signs.of_complement);  // "of Israel's involvement"
  const NounPhrase& role = a_.nps[role_np];
  if (!IsAny(Lemma(role.head), {"role", "involvement", "hand", "complicity", "fingerprint"})) {
    return;
  }
  // Whose part: the possessor ("Iran's involvement") or a name before the
  // head ("an Israeli role").
  std::optional<ActorSpan> party;
  if (role.possessor != kNone) party = ActorOfNp(role.possessor);
  if (!party) {
    if (const ActorSpan* named = SpanIn(role.begin, role.head, -1)) party = *named;
  }
  if (!party || party->kind == "anaphor" || party->kind == "agent") return;
  // Who cites the signs: the speaker ("said there were indications"), else
  // the one who has or finds them.
  auto by = SpeakerOf(clause);
  if (!by && Lemma(vg.head) != "be") by = ActorOfNp(clause.subject);
  // "Zarif said on Friday there were ...": a saying before with nothing said
  // of its own.
  if (!by) by = SayingBefore(vg.head, false);
  if (!by || by->kind == "anaphor" || IdentityKey(*by) == IdentityKey(*party)) return;
  out_.attributions.push_back(AttributionFor(*party, by, PrepAfterNp(role_np, {"in"})));
  AddAccusation(*by, *party, role.head);
}

// Who says, in a clause of saying before `head` the analyzer did not join
// to what follows ("Zarif said on Friday there were ..."); with
// `told_someone`, one with an object too ("Singh told reporters in New
// Delhi on Sunday that ..."). The first such clause's subject that names an
// actor, if any.
std::optional<ActorSpan> Coding::SayingBefore(uint32_t head, bool told_someone) const {
  for (const Clause& before : a_.clauses) {
    if (a_.verbs[before.verb].head >= head) break;
    if ((told_someone || before.object == kNone) &&
        IsAny(Lemma(a_.verbs[before.verb].head), {"say", "tell"})) {
      if (auto sayer = ActorOfNp(before.subject)) return sayer;
    }
  }
  return std::nullopt;
}

// "Amnesty said it had gathered evidence that the army had killed
// protesters": whoever is said to have done an act of violence is accused
// of it by the one who cites the evidence.
void Coding::CodeEvidenceThat(const Clause& clause) {
  const uint32_t that = a_.nps[clause.object].end;
  if (that + 1 >= n_ || Lemma(that) != "that") return;
  for (const Clause& act : a_.clauses) {
    if (act.subject == kNone || a_.nps[act.subject].begin != that + 1) continue;
    const VerbGroup& avg = a_.verbs[act.verb];
    if (avg.negated || avg.voice != Voice::kActive) return;
    const auto& triggers = dict_.VerbTriggers(Lemma(avg.head));
    const bool violent = std::any_of(triggers.begin(), triggers.end(), [](const Trigger* t) {
      return t->role == TriggerRole::kEvent && t->code.type == "ASSAULT";
    });
    if (!violent) return;
    auto doer = ActorOfNp(act.subject);
    auto by = SpeakerOf(clause);
    if (!by) by = ActorOfNp(clause.subject);
    if (!doer || !by || by->kind == "anaphor" || IdentityKey(*by) == IdentityKey(*doer)) return;
    out_.attributions.push_back(AttributionMention{*doer, by, kNone, "ASSAULT"});
    AddAccusation(*by, *doer, a_.nps[clause.object].head);
    return;
  }
}

// The release a request's object asks for ("the release of the hostages",
// "the ship's immediate release", "Bazoum's release and reinstatement"),
// or kNone.
int Coding::ReleaseAsked(int object_np) const {
  if (object_np == kNone) return kNone;
  const int asked = Possessed(object_np);
  return IsAny(Lemma(a_.nps[asked].head), {"release", "return", "freeing"}) ? asked : kNone;
}

std::string Coding::StatementAbout(const Clause& clause, const EventCode& code) const {
  // "demanded a full and transparent investigation", "called for a prompt
  // inquiry": of whoever did the act the report leads with.
  if (code.type == "REQUEST") {
    const int asked = clause.object != kNone ? clause.object : PrepNp(clause, {"for"});
    if (asked != kNone &&
        IsAny(Lemma(a_.nps[asked].head), {"investigation", "inquiry", "probe", "accountability"})) {
      return "ACT";
    }
  }
  if (clause.object == kNone) return "";
  const uint32_t head = a_.nps[clause.object].head;
  // "demanded an immediate halt", "called for an end to the strikes": of
  // whoever is attacking.
  if (code.type == "REQUEST" &&
      IsAny(Lemma(head), {"halt", "stop", "end", "cessation", "suspension"})) {
    return "ASSAULT";
  }
  // "demanding the ship's immediate release", "demanded the release of the
  // hostages": of whoever seized them.
  if (code.type == "REQUEST") return ReleaseAsked(clause.object) != kNone ? "COERCE" : "";
  // "welcomed the sanctions", "praised the strikes": whoever did the act.
  // "condemned the move", "welcomed the decision": the act the report
  // leads with, whatever it was.
  const bool act_told =
      IsAny(Lemma(a_.nps[clause.object].begin), {"the", "this"}) && IsActAnaphorNoun(Lemma(head));
  if (code.type == "SUPPORT") {
    const Trigger* noun = NounTriggerAt(head);
    return noun != nullptr ? std::string(noun->code.type) : act_told ? "ACT" : "";
  }
  if (!(code.type == "REJECT" || (code.type == "ACCUSE" && code.mode != "investigate"))) {
    return "";
  }
  // "rejected the claim": of responsibility, when the report tells of one.
  if (code.type == "REJECT" && Lemma(head) == "claim") return "CLAIM";
  if (code.type == "REJECT" && IsAccusationNoun(Lemma(head))) return "ACCUSE";
  const Trigger* noun = NounTriggerAt(head);
  if (noun != nullptr) return noun->code.type;
  if (act_told) return "ACT";
  // "condemned the incident", "denounced the crime": the act told before;
  // "condemned the measures": the sanctions told before.
  if ((code.type == "ACCUSE" || code.type == "REJECT") &&
      Lemma(a_.nps[clause.object].begin) == "the") {
    if (IsAny(Lemma(head), {"incident", "crime", "atrocity", "tragedy", "bloodshed", "carnage"})) {
      return "ASSAULT";
    }
    if (IsAny(Lemma(head), {"measure", "penalty", "restriction"})) return "SANCTION";
    // "condemned the exercises": the military exercises told before.
    if (IsAny(Lemma(head), {"exercise", "manoeuvre", "maneuver", "wargame"})) return "MOBILIZE";
  }
  return "";
}

bool Coding::IsDenunciation(int np_index, bool predicative) const {
  if (np_index == kNone) return false;
  const NounPhrase& np = a_.nps[np_index];
  for (uint32_t k = np.begin; k <= np.head && k < n_; ++k) {
    if (predicative ? IsPredicativeDenunciationWord(Lemma(k)) : IsDenunciationWord(Lemma(k))) {
      return true;
    }
  }
  // "another act of Iranian terrorism"
  if (np.of_complement != kNone && IsAny(Lemma(np.head), {"act", "form", "kind", "case"})) {
    return IsDenunciation(np.of_complement, predicative);
  }
  // "contrary to international law", "in breach of the UN charter".
  if (Lemma(np.head) == "contrary" && np.end < n_ && Lemma(np.end) == "to") {
    for (uint32_t k = np.end + 1; k < n_ && k < np.end + 5; ++k) {
      if (IsAny(Lemma(k), {"law", "charter", "resolution", "convention", "norm", "treaty"})) {
        return true;
      }
    }
  }
  return false;
}

void Coding::CodeDenunciation(const Clause& clause, int named, int predicate,
                              std::optional<ActorSpan> by, bool predicative) {
  if (named == kNone || (predicate == kNone && !predicative) ||
      (predicate != kNone && !IsDenunciation(predicate, predicative))) {
    return;
  }
  EventMention m;
  m.code = EventCode{"ACCUSE", "disapprove", "111", ""};
  m.trigger = a_.verbs[clause.verb].head;
  m.source = std::move(by);
  if (!m.source) return;
  // "This is another act of Iranian terrorism": the state the words of
  // condemnation name.
  uint32_t words_begin = 0, words_end = 0;
  if (predicate != kNone) {
    const NounPhrase& words = a_.nps[predicate];
    words_begin = static_cast<uint32_t>(words.begin);
    words_end = words.of_complement != kNone
                    ? static_cast<uint32_t>(a_.nps[words.of_complement].end)
                    : static_cast<uint32_t>(words.end);
  }
  const ActorSpan* named_state = nullptr;
  for (const ActorSpan& span : in_.actors) {
    // Not the speaker's own country, nor what is violated ("a violation of
    // Iraqi sovereignty").
    const bool belonging = span.end < n_ && IsBelongingNoun(Lemma(span.end));
    if (span.begin >= words_begin && span.end <= words_end && span.kind == "state" &&
        span.compound.empty() && !belonging && span.actor.country != m.source->actor.country) {
      named_state = &span;
    }
  }
  if (auto party = ActorOfNp(named); (!party || party->kind == "anaphor") && named_state) {
    m.target = *named_state;
  } else if (party && party->kind != "anaphor") {
    m.target = party;
  } else if (const Trigger* noun = NounTriggerAt(a_.nps[named].head)) {
    m.about = noun->code.type;
    used_np_[named] = true;
  } else if ((a_.nps[named].end == a_.nps[named].begin + 1 &&
              IsAny(Lemma(a_.nps[named].head), {"it", "this"})) ||
             IsIncidentNoun(Lemma(a_.nps[named].head))) {
    m.about = "ASSAULT";  // "called the incident a stab in the back"
  } else {
    return;
  }
  FinishMention(m, &clause);
}

// "Netanyahu told Abbas in a telephone call", "Cameron, who spoke to his
// Algerian counterpart Abdelmalek Sellal by telephone": speaking to a party
// on the telephone is a call (CONSULT, CAMEO 040), to whom it was made.
void Coding::CodeCallSpeech(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.negated || vg.modal || vg.voice == Voice::kPassive ||
      !IsAny(Lemma(vg.head), {"tell", "speak", "say"})) {
    return;
  }
  bool by_phone = false;
  for (const PrepArgument& arg : clause.preps) {
    if (arg.np == kNone) continue;
    const NounPhrase& np = a_.nps[arg.np];
    const std::string_view prep = Lemma(arg.prep);
    const bool phone_word = IsAny(Lemma(np.head), {"telephone", "phone"});
    bool call = Lemma(np.head) == "call";
    for (uint32_t k = np.begin; call && k < np.head; ++k) {
      call = !IsAny(Lemma(k), {"telephone", "phone"});
    }
    by_phone = by_phone || (prep == "by" && phone_word) ||
               ((prep == "in" || prep == "during") && Lemma(np.head) == "call" && !call);
  }
  if (!by_phone) return;
  int addressee = Lemma(vg.head) == "tell" ? clause.object : PrepNp(clause, {"to", "with"});
  // ("spoke to/TO his Algerian counterpart")
  if (addressee == kNone && Lemma(vg.head) == "speak" && vg.end + 1 < n_ && Lower(vg.end) == "to") {
    addressee = a_.np_of_token[vg.end + 1];
  }
  auto target = ActorOfNp(addressee);
  auto source = ActorOfNp(clause.subject);
  // (Not "told AFP by telephone": speaking to the press is no consultation.)
  if (!source || !target || target->kind == "agent" || source->kind == "anaphor" ||
      target->actor.sector == "MED" || IdentityKey(*source) == IdentityKey(*target)) {
    return;
  }
  Trigger call;
  call.code = EventCode{"CONSULT", "phone", "040", ""};
  EventMention m = NewMention(call, vg.head);
  m.source = source;
  m.target = target;
  FinishMention(m, &clause);
}

}  // namespace casus::coding
