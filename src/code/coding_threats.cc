// Statements of intent and threats, the part of the coder's statements that
// tells what a party says it will do: offers, threats of force or of
// measures, vows of retribution, promises that attacks will go on, "will pay
// a heavy price" (coding.h).
#include "code/coding.h"

namespace casus::coding {

// '"The people behind this attack will pay a heavy price," Modi said': the
// speaker threatens whoever will pay (THREATEN, CAMEO 130).
bool Coding::CodePriceThreat(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (Lemma(vg.head) != "pay" || vg.negated || clause.object == kNone ||
      Lemma(a_.nps[clause.object].head) != "price" || !(vg.modal || vg.tense == Tense::kFuture)) {
    return false;
  }
  const std::optional<ActorSpan> speaker = SpeakerOf(clause, true);
  // ("Israel will pay a price, analysts said": a forecast, no threat.)
  if (!speaker || (speaker->kind == "agent" && speaker->actor.country.empty())) return false;
  Trigger threat;
  threat.code = EventCode{"THREATEN", "violence", "130", ""};
  EventMention m = NewMention(threat, vg.head);
  m.source = speaker;
  m.speaker = speaker;
  m.target = ActorOfNp(clause.subject);
  m.target_np = clause.subject;
  used_np_[clause.object] = true;
  FinishMention(m, &clause);
  return true;
}

// A statement of intent (src/code/intent.h): "offered to withdraw" is an
// AGREE, "would blockade Paris" a THREATEN, "will not accept" a REJECT.
void Coding::CodeIntent(int c, const Trigger* trigger, int prep_np, Intent intent) {
  const Clause& clause = a_.clauses[c];
  // "agreed to", "refused to", "threatened to": the governing verb is the
  // event and takes its target from this clause.
  if (clause.link == ClauseLink::kInfinitive && clause.governor != kNone) {
    int unused = kNone;
    if (MatchingTrigger(clause.governor, unused) != nullptr) return;
  }
  if (intent == Intent::kObligation) {
    if (clause.link != ClauseLink::kComplement) return;
    // "The American people should be grateful": a state to be in, no act
    // (but "the US must be ready to mediate" asks for one).
    if (trigger == nullptr && Lemma(a_.verbs[clause.verb].head) == "be") {
      const int dep = DependentClause(c);
      if (dep == kNone || a_.clauses[dep].link != ClauseLink::kInfinitive) return;
    }
    auto speaker = SpeakerOf(clause);
    auto obliged = TargetOfNp(clause.subject);
    if (!speaker || !obliged || obliged->kind == "anaphor") return;
    const EventCode act = trigger != nullptr ? trigger->code : EventCode{"", "", "", ""};
    auto code = IntentCode(intent, act);
    // "Washington should have informed the movement in advance": what
    // ought to have been done and was not is a reproach, not a request.
    if (a_.verbs[clause.verb].perfect) code = EventCode{"ACCUSE", "disapprove", "111", ""};
    if (!code) return;
    Trigger request;
    request.code = *code;
    EventMention m = NewMention(request, a_.verbs[clause.verb].head);
    m.source = speaker;
    m.target = obliged;
    m.target_np = clause.subject;
    out_.events.push_back(std::move(m));
    return;
  }
  if (trigger == nullptr) return;
  auto code = IntentCode(intent, trigger->code);
  if (!code) return;
  Trigger statement = *trigger;
  statement.code = *code;
  statement.casualty = false;
  statement.mutual = trigger->mutual && code->type == "AGREE";
  const size_t before = out_.events.size();
  AddVerbEvent(clause, statement, prep_np, true);
  // "Nakhalah said the group's fighters would strike Israeli cities": a
  // threat of violence by the speaker's own fighters, named by no one in
  // particular or as its own, is the speaker's.
  if (code->type != "THREATEN" || out_.events.size() != before + 1 || clause.subject == kNone)
    return;
  EventMention& threat = out_.events.back();
  const auto speaker = SpeakerOf(clause, true);
  if (!speaker || speaker->kind == "anaphor" || !threat.source) return;
  // "its fighters", "the group's fighters": the speaker's own.
  const NounPhrase& doer = a_.nps[clause.subject];
  const auto owner_word = [&](const NounPhrase& owner) {
    return owner.pronoun || Tag(owner.begin) == T::kPRPS ||
           (Lemma(owner.begin) == "the" && IsGroupAnaphor(Lemma(owner.head)));
  };
  const bool own = (doer.begin < doer.head && Tag(doer.begin) == T::kPRPS) ||
                   (doer.possessor != kNone && owner_word(a_.nps[doer.possessor]));
  if ((threat.source->kind == "agent" && threat.source->actor.country.empty() &&
       (own || threat.source->actor.sector == "REB")) ||
      (own && threat.source->kind == "anaphor")) {
    threat.source = speaker;
  }
}

// "threatened to ban X", "vowed to retaliate", "vowed to democratize":
// the infinitive decides between a threat and a promise, and its target.
void Coding::CodeThreat(int c, const Trigger& trigger, int prep_np) {
  const Clause& clause = a_.clauses[c];
  // "Its leaders have warned that they will respond", "Israel has vowed to
  // destroy Hamas": a warning in the perfect with no day of its own, after
  // the report's lead, is one given before, the background of the news.
  if (in_.index > 0 && a_.verbs[clause.verb].perfect && !SentenceNamesADay()) {
    return;
  }
  // "an episode that had threatened to upset the deal": only someone
  // threatens.
  if (clause.subject != kNone && a_.verbs[clause.verb].voice == Voice::kActive &&
      !a_.nps[clause.subject].pronoun && !ActorOfNp(clause.subject) &&
      !RelationSubject(clause.subject)) {
    return;
  }
  Trigger statement = trigger;
  const int dep = DependentClause(c);
  if (dep != kNone && a_.clauses[dep].link == ClauseLink::kInfinitive) {
    int dep_prep = kNone;
    if (const Trigger* act = MatchingTrigger(dep, dep_prep)) {
      const bool threat_verb = IsAny(Lemma(a_.verbs[clause.verb].head), {"threaten", "warn"});
      auto code = IntentCode(threat_verb ? Intent::kThreat : Intent::kWill, act->code);
      if (code) statement.code = *code;
    }
  }
  // "warned that Iran would strike Israel": what is said is the threat
  // itself, coded from its own clause.
  if (dep != kNone && a_.clauses[dep].link == ClauseLink::kComplement) {
    int dep_prep = kNone;
    const Trigger* act = MatchingTrigger(dep, dep_prep);
    const Intent intent = ClassifyIntent(a_, in_.lemmas, dep);
    if (act != nullptr && (intent == Intent::kWill || intent == Intent::kThreat) &&
        IntentCode(Intent::kThreat, act->code)) {
      return;
    }
  }
  // "warned that Iran would face serious consequences": the threatened
  // party is the subject of what is said.
  const bool complement = dep != kNone && a_.clauses[dep].link == ClauseLink::kComplement;
  // (What is to come: "hardline factions retain the ability to strike"
  // threatens no one.)
  const bool warned_that = complement && clause.object == kNone && prep_np == kNone &&
                           (a_.verbs[a_.clauses[dep].verb].modal ||
                            a_.verbs[a_.clauses[dep].verb].tense == Tense::kFuture);
  if (warned_that) {
    const int subject = a_.clauses[dep].subject;
    // Not the speaker's own side: "vowed that Israel would respond" tells
    // what Israel will do.
    const auto speaker = ActorOfNp(clause.subject);
    if (auto party = TargetOfNp(subject); party && party->kind != "anaphor" &&
                                          !(speaker && !speaker->actor.country.empty() &&
                                            party->actor.country == speaker->actor.country)) {
      const int dep_prep = PrepNp(clause, statement.target_preps);
      if (dep_prep == kNone) {
        AddVerbEvent(clause, statement, subject, true);
        return;
      }
    }
  }
  // "warning in Geneva that war crimes may have been committed": a caution
  // about what has happened threatens no one.
  if (complement && clause.object == kNone) {
    const VerbGroup& said = a_.verbs[a_.clauses[dep].verb];
    if (said.perfect || (said.tense == Tense::kPast && !said.modal)) return;
  }
  // "officials warned that the arrival of armed drones marks a worrying
  // shift": a caution about what others do or what may come, not a threat.
  // (So past a day: "Officials warned on Sunday that more attacks would
  // follow".)
  const uint32_t verb_end = a_.verbs[clause.verb].end;
  const bool that_follows = verb_end + 1 < n_ && Lemma(verb_end) == "that";
  const int said_subject = complement ? a_.clauses[dep].subject : kNone;
  const bool that_later = said_subject != kNone && a_.nps[said_subject].begin > verb_end + 1 &&
                          Lemma(a_.nps[said_subject].begin - 1) == "that";
  if (clause.object == kNone && prep_np == kNone && (that_follows || that_later)) {
    const int said = complement ? said_subject : a_.np_of_token[verb_end + 1];
    const uint32_t from = that_later ? a_.nps[said_subject].begin : verb_end + 1;
    if (!TellsOwnActOrReprisal(c, said, from)) return;
  }
  const size_t before = out_.events.size();
  AddVerbEvent(clause, statement, prep_np, true);
  // "vowed to respond", "warned that severe revenge awaits the criminals
  // behind the killing": a threat of reprisal is aimed at whoever did the
  // attack it answers.
  // "reserved the right to respond to the terrorist attacks": the attackers
  // of the attacks answered, not the kind of people the words call them.
  if (out_.events.size() > before && out_.events.back().target &&
      out_.events.back().target->kind == "agent" &&
      out_.events.back().target->actor.country.empty() && TellsReprisal(c)) {
    out_.events.back().target.reset();
  }
  if (out_.events.size() > before && !out_.events.back().target &&
      out_.events.back().code.type == "THREATEN" &&
      IsAny(out_.events.back().code.mode, {"violence", ""})) {
    // "warned that its attacks would expand", "vowed to continue its
    // operations": at whom the speaker's side has been attacking.
    out_.events.back().about = TellsReprisal(c) ? "ASSAULT" : "OWN_ASSAULT";
  }
}

// "This cowardly act will not go unpunished", "[he said] Israel would
// receive its just punishment": retribution promised by a speaker is a
// threat (CAMEO 138) against whom it names, else against the doers of the
// act it answers.
bool Coding::CodeRetribution(int c) {
  const Clause& clause = a_.clauses[c];
  const VerbGroup& vg = a_.verbs[clause.verb];
  uint32_t end = vg.end;
  while (end < n_ && end < vg.end + 6 && Tag(end) != T::kComma && Tag(end) != T::kPeriod &&
         Tag(end) != T::kCloseQuote) {
    ++end;
  }
  bool retribution = false;
  for (uint32_t k = vg.begin; k < end && !retribution; ++k) {
    const std::string_view w = Lemma(k);
    retribution = vg.negated ? IsAny(w, {"unpunished", "unanswered", "unavenged"})
                             : IsAny(w, {"punishment", "revenge", "vengeance", "retribution",
                                         "retaliation", "price", "regret"});
    // "the attackers would pay dearly".
    if (!vg.negated && w == "pay" && k + 1 < n_ && IsAny(Lemma(k + 1), {"dearly", "heavily"})) {
      retribution = true;
    }
    if (vg.negated) continue;
    // "would take necessary action against the attackers", "a befitting
    // reply", "ready to respond to any attack on its fighters".
    // ("to justify actions against Tehran": no action taken.)
    if (w == "action" && k >= 1 && (Lemma(k - 1) == "take" || (k >= 2 && Lemma(k - 2) == "take"))) {
      for (uint32_t j = k + 1; j < n_ && j <= k + 3 && !retribution; ++j) {
        retribution = Lemma(j) == "against";
      }
    }
    if (IsAny(w, {"reply", "response", "answer"}) && k > 0 &&
        IsAny(Lemma(k - 1), {"befitting", "fitting", "strong", "crushing", "decisive", "firm",
                             "forceful", "harsh", "severe", "resolute", "appropriate"})) {
      retribution = true;
    }
    if (IsAny(w, {"respond", "retaliate"}) && k + 2 < n_ && Lemma(k + 1) == "to" &&
        IsAny(Lemma(k + 2), {"any", "every", "an", "attack", "aggression"})) {
      retribution = true;
    }
  }
  if (!retribution) return false;
  auto speaker = SpeakerOf(clause);
  if (!speaker) return false;
  EventMention m;
  m.code = EventCode{"THREATEN", "violence", "138", ""};
  m.trigger = vg.head;
  m.source = speaker;
  // "Israel would receive its punishment": the subject suffers it; "Tehran
  // would decide on the punishment for the aggressor": the subject deals it.
  const bool suffered =
      IsAny(Lemma(vg.head), {"receive", "face", "pay", "go", "get", "suffer", "regret", "be"});
  const int punished_np = suffered ? clause.subject : PrepNp(clause, {"for", "against", "on"});
  if (auto punished = TargetOfNp(punished_np);
      punished && punished->kind != "anaphor" && IdentityKey(*punished) != IdentityKey(*speaker)) {
    m.target = punished;
    m.target_np = punished_np;
  } else {
    m.about = "ASSAULT";
  }
  FinishMention(m, &clause);
  return true;
}

// "Mashat said that attacks on Israel would continue": a speaker saying
// attacks will go on threatens (CAMEO 138) whom they are on, else whom the
// speaker's side has been attacking. True when coded.
bool Coding::CodeAttacksGoingOn(int c) {
  const Clause& clause = a_.clauses[c];
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.negated || clause.subject == kNone || clause.link != ClauseLink::kComplement ||
      !IsAny(Lemma(vg.head), {"continue", "expand", "intensify", "escalate", "resume"})) {
    return false;
  }
  const Trigger* act = NounTriggerAt(a_.nps[clause.subject].head);
  if (act == nullptr || act->code.type != "ASSAULT") return false;
  auto speaker = SpeakerOf(clause, true);
  if (!speaker) return false;
  EventMention m;
  m.code = EventCode{"THREATEN", "violence", "138", ""};
  m.trigger = vg.head;
  m.source = speaker->kind == "anaphor" ? *speaker : SpokenFor(*speaker);
  const int on = PrepAfterNp(clause.subject, {"on", "against"});
  if (auto target = TargetOfNp(on); target && IdentityKey(*target) != IdentityKey(*m.source)) {
    m.target = target;
    m.target_np = on;
  } else {
    m.about = "OWN_ASSAULT";
  }
  used_np_[clause.subject] = true;
  FinishMention(m, &clause);
  return true;
}

// Whether what warning `c` says (from token `from`, its subject phrase
// `subject` or kNone) is an act of the speaker's side ("that they will respond", "that its attacks
// would expand", a security chief's "that police will no longer tolerate rallies") or a reprisal
// ("that severe revenge awaits").
bool Coding::TellsOwnActOrReprisal(int c, int subject, uint32_t from) const {
  if (subject != kNone) {
    const NounPhrase& np = a_.nps[subject];
    if (np.pronoun) return true;
    // "its spokesman ... warned that more such attacks would follow": more
    // attacks announced by one who is no state's are its own.
    const Trigger* act = NounTriggerAt(np.head);
    if (act != nullptr && act->code.type == "ASSAULT" &&
        IsAny(Lemma(np.begin), {"more", "further", "new"})) {
      const auto speaker = ActorOfNp(a_.clauses[c].subject);
      if (speaker && speaker->kind != "state" && !IsStateSector(speaker->actor.sector)) {
        return true;
      }
    }
    for (uint32_t k = np.begin; k < np.end && k < n_; ++k) {
      if (Tag(k) == T::kPRPS) return true;
    }
    const auto speaker = ActorOfNp(a_.clauses[c].subject);
    const auto doer = ActorOfNp(subject);
    if (speaker && doer && IsStateSector(doer->actor.sector) &&
        (doer->actor.country.empty() || doer->actor.country == speaker->actor.country)) {
      return true;
    }
  }
  for (uint32_t k = from; k < n_; ++k) {
    if (IsReprisalWord(Lemma(k))) return true;
  }
  return false;
}

// Whether the words from clause `c`'s verb to the end of the sentence tell
// of a reprisal ("vowed to respond").
bool Coding::TellsReprisal(int c) const {
  for (uint32_t k = a_.verbs[a_.clauses[c].verb].head; k < n_; ++k) {
    // ("vowed to hunt down the masterminds": the doers of the act told.)
    if (IsReprisalWord(Lemma(k)) ||
        IsAny(Lemma(k), {"mastermind", "perpetrator", "culprit", "attacker", "assailant"}) ||
        (Lemma(k) == "behind" && k > 0 && IsAny(Lemma(k - 1), {"those", "people", "whoever"}))) {
      return true;
    }
  }
  return false;
}

}  // namespace casus::coding
