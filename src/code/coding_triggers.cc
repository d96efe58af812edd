#include "code/coding.h"

#include <algorithm>

namespace casus::coding {

bool Coding::IsRealis(const Clause& clause) const {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.negated || vg.modal || vg.tense == Tense::kFuture) return false;
  // "offered no evidence", "gave no details": nothing was done.
  if (clause.object != kNone && Lemma(a_.nps[clause.object].begin) == "no") return false;
  // "its demand that Israel ease restrictions": what is demanded.
  if (clause.subject != kNone) {
    uint32_t k = a_.nps[clause.subject].begin;
    if (k > 0 && Lemma(k - 1) == "that") {
      --k;
      while (k > 0 && a_.np_of_token[k - 1] != kNone && IsDayWord(Lemma(k - 1))) {
        --k;
      }
      if (k > 0 && a_.np_of_token[k - 1] != kNone &&
          IsProposalNoun(Lemma(a_.nps[a_.np_of_token[k - 1]].head))) {
        return false;
      }
    }
  }
  // "Retaliating against a faction ... risks appearing disproportionate": a
  // gerund opening the sentence as the subject of the verb after it names
  // a kind of act, not one done ("Responding to the attack, Israel struck"
  // is an adjunct, set off by a comma).
  if (vg.form == VerbForm::kGerund && clause.subject == kNone && clause.link == ClauseLink::kMain &&
      vg.begin == 0) {
    for (uint32_t k = vg.end; k < n_; ++k) {
      if (Tag(k) == T::kComma || Tag(k) == T::kColon) break;
      if (Tag(k) == T::kVBZ || Tag(k) == T::kVBP || Tag(k) == T::kVBD || Tag(k) == T::kMD) {
        return false;
      }
    }
  }
  // "factions, which demand the withdrawal": a present-tense relative
  // clause describes, it does not report.
  if (clause.link == ClauseLink::kRelative && vg.tense == Tense::kPresent) return false;
  // "a US ship that was providing support to Israel": so does a
  // progressive of help given, whatever its tense.
  if (clause.link == ClauseLink::kRelative && Tag(vg.head) == T::kVBG && vg.head > vg.begin &&
      IsAny(Lemma(vg.head), {"provide", "support", "back", "help", "supply", "fund", "arm", "train",
                             "advise", "assist", "aid"})) {
    return false;
  }
  // "claimed responsibility ..., without providing evidence": not done.
  if (vg.form == VerbForm::kGerund && vg.begin > 0 && Lemma(vg.begin - 1) == "without") {
    return false;
  }
  // "called on Israel to abide by the agreement and withdraw": a bare verb
  // coordinated with an infinitive is one too.
  if (clause.link == ClauseLink::kCoordinated && clause.governor != kNone &&
      Tag(vg.head) == T::kVB && vg.head == vg.begin &&
      a_.verbs[a_.clauses[clause.governor].verb].form == VerbForm::kInfinitive) {
    return IsRealis(a_.clauses[clause.governor]);
  }
  if (vg.form == VerbForm::kInfinitive) {
    // "continued to send arms", "began to withdraw", "attempted to
    // assassinate": the act is done (or attempted, which counts) when
    // the governing verb is a fact.
    if (clause.link != ClauseLink::kInfinitive || clause.governor == kNone) return false;
    const Clause& gov = a_.clauses[clause.governor];
    const std::string_view governor = Lemma(a_.verbs[gov.verb].head);
    if (IsAny(governor, {"continue", "begin", "start", "resume", "keep", "attempt", "try", "decide",
                         "use", "employ"})) {
      return IsRealis(gov);
    }
    // "prompting Ukraine to accuse Russia": what an act moved another to
    // do, it did. (Not "forcing the kingdom to shut down production": what
    // one is forced to do is often no act of one's own choosing.)
    if (IsAny(governor, {"prompt", "spur", "lead"}) && gov.object != kNone &&
        gov.object == clause.subject) {
      return IsRealis(gov);
    }
    // "was reported to have targeted a convoy", "is believed to have
    // fired": told as done, on someone's word.
    if (a_.verbs[gov.verb].voice == Voice::kPassive &&
        IsAny(governor, {"report", "say", "believe", "think", "understand", "claim"})) {
      return true;
    }
    // "shunned work to protest", "sent experts to investigate": the purpose
    // of an act done is a protest or an inquiry made by doing it.
    const int self = IndexOf(clause);
    if (IsAny(Lemma(vg.head), {"protest", "demonstrate", "investigate", "probe", "disperse"}) &&
        !IsIrrealisGovernor(governor) && ClassifyIntent(a_, in_.lemmas, self) == Intent::kNone) {
      return IsRealis(gov);
    }
    return false;
  }
  // Complements of "vowed", "denied", "threatened" are not events.
  for (int g = clause.governor, guard = 0; g != kNone && guard < 4; ++guard) {
    const Clause& gov = a_.clauses[g];
    const VerbGroup& gvg = a_.verbs[gov.verb];
    if ((clause.link == ClauseLink::kComplement || clause.link == ClauseLink::kInfinitive) &&
        IsIrrealisGovernor(Lemma(gvg.head))) {
      return false;
    }
    // "accused militias of killing and abducting activists": what is
    // alleged (the accusation is the event).
    if (vg.form == VerbForm::kGerund &&
        IsAny(Lemma(gvg.head), {"accuse", "charge", "suspect", "blame", "allege", "indict"})) {
      return false;
    }
    // "agreed to stop targeting each other", "halted shelling the town":
    // an act stopped is not told as done (its stopping may be).
    if (vg.form == VerbForm::kGerund && clause.link == ClauseLink::kComplement &&
        IsAny(Lemma(gvg.head), {"stop", "cease", "halt", "end", "suspend", "quit"}) &&
        !(gvg.head + 1 < n_ && Lemma(gvg.head + 1) == "up")) {  // "ended up killing"
      return false;
    }
    // "would keep targeting": an act kept up is as real as keeping it up.
    const bool kept_up = clause.link == ClauseLink::kComplement && vg.form == VerbForm::kGerund &&
                         IsAny(Lemma(gvg.head), {"keep", "continue", "resume"});
    if (clause.link != ClauseLink::kCoordinated && clause.link != ClauseLink::kAdverbial &&
        !kept_up) {
      break;
    }
    if (gvg.negated || gvg.modal || gvg.tense == Tense::kFuture) return false;
    g = gov.governor;
  }
  return true;
}

// Whether a verb lemma reports speech ("say", "tell"), or with
// `claims_too` also claims ("claim that ...").
bool Coding::IsSpeechLemma(std::string_view lemma, bool claims_too) const {
  const auto& triggers = dict_.VerbTriggers(lemma);
  return std::any_of(triggers.begin(), triggers.end(), [&](const Trigger* t) {
    return t->role == TriggerRole::kSpeech || (claims_too && t->role == TriggerRole::kClaim);
  });
}

// The speaker of a clause in reported speech, or the sentence's source.
std::optional<ActorSpan> Coding::SpeakerOf(const Clause& clause, bool direct_only) const {
  int c = IndexOf(clause);
  for (int guard = 0; guard < 4 && c != kNone; ++guard) {
    const Clause& current = a_.clauses[c];
    if (current.link == ClauseLink::kComplement && current.governor != kNone) {
      const Clause& gov = a_.clauses[current.governor];
      const bool speech = IsSpeechLemma(Lemma(a_.verbs[gov.verb].head), true);
      // Announcing, declaring, warning and vowing report too: "announced
      // that X must go", "warned that Israel would strike back", "vowing
      // that the attackers would pay dearly".
      if (speech || IsAny(Lemma(a_.verbs[gov.verb].head),
                          {"announce", "declare", "warn", "threaten", "vow", "pledge", "swear"})) {
        return ActorOfNp(gov.subject);
      }
    }
    if (current.link == ClauseLink::kMain) break;
    c = current.governor;
  }
  if (direct_only) return std::nullopt;
  return sentence_speaker_;
}

// Matches the words after a verb trigger's lemma; sets `prep_np` when the
// last word is a preposition found among the clause's arguments.
bool Coding::VerbTriggerMatches(const Trigger& trigger, const Clause& clause, int& prep_np) const {
  if (!VerbTriggerWordsMatch(trigger, clause, prep_np)) return false;
  if (!trigger.vessel) return true;
  // "boarded the tanker": what the act is done to must be a merchant ship.
  int done_to = prep_np != kNone                                 ? prep_np
                : a_.verbs[clause.verb].voice == Voice::kPassive ? clause.subject
                                                                 : clause.object;
  if (prep_np == kNone && !trigger.target_preps.empty()) {
    const int target = PrepNp(clause, trigger.target_preps);  // "rappelled onto the ship"
    if (target != kNone) done_to = target;
  }
  return done_to != kNone && Vessel(done_to).has_value();
}

bool Coding::VerbTriggerWordsMatch(const Trigger& trigger, const Clause& clause,
                                   int& prep_np) const {
  const VerbGroup& vg = a_.verbs[clause.verb];
  size_t pos = vg.head + 1;
  prep_np = kNone;
  for (size_t w = 1; w < trigger.words.size(); ++w) {
    const std::string& want = trigger.words[w];
    auto is_wanted = [&](size_t k) { return k < n_ && (Lemma(k) == want || Lower(k) == want); };
    while (pos < n_ && !is_wanted(pos) &&
           (IsAdverb(Tag(pos)) || Tag(pos) == T::kDT || Tag(pos) == T::kPDT ||
            IsAdjective(Tag(pos)))) {
      ++pos;
    }
    if (is_wanted(pos)) {
      ++pos;
      continue;
    }
    const bool last = w + 1 == trigger.words.size();
    // A preposition that names no target must follow the verb: "called
    // for calm", not "called the deal a victory for dialogue".
    const bool detached_allowed =
        std::find(trigger.target_preps.begin(), trigger.target_preps.end(), want) !=
            trigger.target_preps.end() ||
        trigger.words.size() > 2;
    if (last && detached_allowed) {
      for (const PrepArgument& arg : clause.preps) {
        if (Lemma(arg.prep) != want) continue;
        // "called the statement repugnant on Thursday": a day is no one
        // called on.
        if (arg.np != kNone && IsDayWord(Lemma(a_.nps[arg.np].head))) continue;
        // "speaking in Sochi before talks with King Abdullah", "what it
        // called large-scale strikes on Iranian targets": the preposition
        // an event noun before it takes is the noun's.
        const int np_before = arg.prep > 0 ? a_.np_of_token[arg.prep - 1] : kNone;
        if (np_before != kNone) {
          const Trigger* noun = NounTriggerAt(a_.nps[np_before].head);
          if (noun != nullptr && std::find(noun->target_preps.begin(), noun->target_preps.end(),
                                           want) != noun->target_preps.end()) {
            continue;
          }
        }
        prep_np = arg.np;
        return true;
      }
    }
    // "Telephone and internet connections were cut": in a passive, the
    // subject is what the act is done to (its last conjunct's head).
    if (clause.object == kNone && vg.voice == Voice::kPassive && clause.subject != kNone &&
        a_.nps[clause.subject].end <= vg.begin) {
      if (is_wanted(a_.nps[LastConjunct(clause.subject)].head)) continue;
    }
    // "The video, released on Sunday evening, showed": so is the phrase a
    // participle set off after it describes.
    if (clause.object == kNone && vg.voice == Voice::kPassive && clause.subject == kNone &&
        vg.begin >= 2 && Tag(vg.begin - 1) == T::kComma) {
      const int described = a_.np_of_token[vg.begin - 2];
      if (described != kNone && is_wanted(a_.nps[described].head)) continue;
    }
    if (clause.object != kNone) {
      const NounPhrase& obj = a_.nps[clause.object];
      if (Lemma(obj.head) == want || Lower(obj.head) == want) {
        pos = obj.end;
        continue;
      }
      // "recalled India's high commissioner": the possessed phrase's head.
      if (const int possessed = Possessed(clause.object);
          possessed != clause.object && is_wanted(a_.nps[possessed].head)) {
        pos = a_.nps[possessed].end;
        continue;
      }
      // "suspending missile and drone strikes": the head of the object's
      // last conjunct.
      const int last_conjunct = LastConjunct(clause.object);
      if (last_conjunct != clause.object && Lemma(a_.nps[last_conjunct].head) == want) {
        pos = a_.nps[last_conjunct].end;
        continue;
      }
      // "set the building ablaze", "held Israel "fully responsible"": the
      // last word after the object ("held Iran and its Syrian hosts
      // responsible": after its last conjunct), past quotation marks and
      // adverbs.
      const uint32_t object_end = a_.nps[last_conjunct].end;
      uint32_t after = object_end;
      while (
          after < n_ && after < object_end + 3 && !is_wanted(after) &&
          (Tag(after) == T::kOpenQuote || Tag(after) == T::kCloseQuote || IsAdverb(Tag(after)))) {
        ++after;
      }
      if (last && is_wanted(after) &&
          (IsAdjective(Tag(after)) || IsAdverb(Tag(after)) || Tag(after) == T::kRP)) {
        return true;
      }
      // "held Iran responsible": the phrase may end with the adjective.
      if (last && object_end > a_.nps[last_conjunct].head + 1 && is_wanted(object_end - 1) &&
          IsAdjective(Tag(object_end - 1))) {
        return true;
      }
      // "hold them to account", "put Sanaa's airport out of action": words
      // after the object (the thing possessed, if it is one).
      uint32_t whole_end = a_.nps[Possessed(clause.object)].end;
      // ("put the treaty with Pakistan on hold": past a phrase on it.)
      if (whole_end + 1 < n_ && !is_wanted(whole_end) && Tag(whole_end) == T::kIN &&
          a_.np_of_token[whole_end + 1] != kNone) {
        whole_end = a_.nps[a_.np_of_token[whole_end + 1]].end;
      }
      if (pos <= obj.head && w == 1 && is_wanted(whole_end) && !last) {
        pos = whole_end + 1;
        continue;
      }
    }
    return false;
  }
  return true;
}

// The first trigger of clause `c` that matches (speech and light verbs
// excluded), or nullptr.
const Trigger* Coding::MatchingTrigger(int c, int& prep_np) const {
  const Clause& clause = a_.clauses[c];
  for (const Trigger* trigger : dict_.VerbTriggers(Lemma(a_.verbs[clause.verb].head))) {
    if (trigger->role == TriggerRole::kSpeech || trigger->role == TriggerRole::kLight) continue;
    if (VerbTriggerMatches(*trigger, clause, prep_np)) return trigger;
  }
  return nullptr;
}

// The infinitive or complement clause that clause `c` governs, or kNone.
int Coding::DependentClause(int c) const {
  for (size_t k = static_cast<size_t>(c) + 1; k < a_.clauses.size(); ++k) {
    const Clause& dep = a_.clauses[k];
    if (dep.governor == c &&
        (dep.link == ClauseLink::kInfinitive || dep.link == ClauseLink::kComplement)) {
      return static_cast<int>(k);
    }
  }
  return kNone;
}

// A participle on what another act of the sentence lifts, eases or ends
// tells of an earlier act: "shortened [the curfew imposed in Sudan]",
// "released the prisoners detained last week".
bool Coding::IsUndone(const Clause& clause) const {
  if (clause.link != ClauseLink::kRelative || clause.modified_np == kNone) return false;
  for (size_t c = 0; c < a_.clauses.size(); ++c) {
    if (a_.clauses[c].object != clause.modified_np || &a_.clauses[c] == &clause) continue;
    int prep_np = kNone;
    const Trigger* undoing = MatchingTrigger(static_cast<int>(c), prep_np);
    if (undoing != nullptr && IsAny(undoing->code.type, {"CONCEDE", "RETREAT"})) return true;
  }
  return false;
}

// Whether `trigger` shoots down or intercepts what phrase `np_index`
// names: weapons other than manned aircraft, or a number or quantity of
// them ("almost all", "99 percent", "most of them").
bool Coding::IsInterceptionOfWeapons(const Trigger& trigger, int np_index) const {
  // ("gunned down", "hunt you down": people, never intercepted.)
  const bool intercepts =
      trigger.words.front() == "intercept" ||
      (trigger.words.size() == 2 && trigger.words[0] == "shoot" && trigger.words[1] == "down");
  if (np_index == kNone) return false;
  const NounPhrase& np = a_.nps[np_index];
  // "air defences destroyed a hostile drone": a weapon in flight destroyed
  // is intercepted ("destroyed rocket launchers" is an attack).
  if (trigger.words.size() == 1 && trigger.words.front() == "destroy") {
    return IsAny(Lemma(np.head), {"drone", "missile", "rocket", "projectile", "uav"});
  }
  if (!intercepts) return false;
  // "shot down a Russian warplane": a manned aircraft downed is attacked.
  if (IsMannedAircraftNoun(Lemma(np.head))) return false;
  if (WeaponAt(np.head) != nullptr) return true;
  const T head = Tag(np.head);
  return head == T::kCD || head == T::kPRP || head == T::kDT ||
         IsAny(Lemma(np.head), {"percent", "most", "majority", "rest", "all", "some"});
}

// Does a clause report something said: a clause depends on it as its
// complement ("protested that ...", "..., a group protested")?
bool Coding::IsSpeaking(const Clause& clause) const {
  const int self = IndexOf(clause);
  return std::any_of(a_.clauses.begin(), a_.clauses.end(), [&](const Clause& c) {
    return c.governor == self && c.link == ClauseLink::kComplement;
  });
}

// Whether token `begin` is in what a demand or call asks for: "its demand
// that Israel ease [restrictions]".
bool Coding::InDemandedClause(uint32_t begin) const {
  for (uint32_t k = begin, steps = 0; k-- > 1 && steps < 10; ++steps) {
    if (Tag(k) == T::kComma || Tag(k) == T::kColon) return false;
    if (Lemma(k) != "that") continue;
    uint32_t j = k - 1;
    while (j > 0 && IsDayWord(Lemma(j))) --j;
    const int np = a_.np_of_token[j];
    return np != kNone && a_.nps[np].head == j && IsProposalNoun(Lemma(j));
  }
  return false;
}

// Does a phrase starting at `begin` complete a proposal noun ("an offer
// [from Kabul] for talks", "calls for a ceasefire") or a stance on a
// campaign ("US support for the coalition's offensive", "an end to the
// war")? Looks back across prepositional phrases only.
bool Coding::AfterProposal(uint32_t begin) const {
  if (begin < 2 || !IsAny(Lemma(begin - 1), {"for", "of", "to"})) return false;
  for (uint32_t k = begin - 1, steps = 0; k-- > 0 && steps < 8; ++steps) {
    if (IsVerb(Tag(k)) || Tag(k) == T::kComma) return false;
    const int np = a_.np_of_token[k];
    if (np != kNone && a_.nps[np].head == k &&
        (IsProposalNoun(Lemma(k)) ||
         IsAny(Lemma(k), {"support", "backing", "opposition", "end"}))) {
      return true;
    }
  }
  return false;
}

// A clause a trigger matched that tells no act between parties: deaths in
// an accident or a disaster, a need met, casualties cared for, a silence.
bool Coding::IsNoActOfParties(const Clause& clause, const Trigger& trigger) const {
  const VerbGroup& vg = a_.verbs[clause.verb];
  // "would strike back at anyone who attacked it": an act of whoever might
  // do it is no event.
  if (const int doer = vg.voice == Voice::kPassive ? clause.agent : clause.subject;
      doer != kNone && IsAny(Lemma(a_.nps[doer].head), {"anyone", "anybody", "whoever"})) {
    return true;
  }
  // "the protests had been hijacked by criminals", "hijacked the peace
  // process": an act or a cause taken over is no hijacking.
  if (Lemma(vg.head) == "hijack") {
    const int taken = vg.voice == Voice::kPassive ? clause.subject : clause.object;
    if (taken != kNone &&
        (NounTriggerAt(a_.nps[taken].head) != nullptr ||
         IsAny(Lemma(a_.nps[taken].head), {"process", "cause", "movement", "revolution", "agenda",
                                           "debate", "election", "uprising"}))) {
      return true;
    }
  }
  // "It provides for a new government within a month": what an agreement
  // lays down, not aid given.
  if (Lemma(vg.head) == "provide" && clause.object == kNone && vg.end < n_ &&
      Lemma(vg.end) == "for") {
    return true;
  }
  // "men being marched along a beach by masked fighters": people made to
  // march do not protest.
  if (trigger.code.type == "PROTEST" && vg.voice == Voice::kPassive &&
      IsAny(Lemma(vg.head), {"march", "parade", "walk"})) {
    return true;
  }
  // "an airliner crashed after take-off, killing all 176 on board": deaths
  // in an accident are no act of violence.
  if (trigger.casualty && clause.link == ClauseLink::kAdverbial && clause.governor != kNone &&
      IsAny(Lemma(a_.verbs[a_.clauses[clause.governor].verb].head),
            {"crash", "collapse", "capsize", "sink", "derail", "overturn"})) {
    return true;
  }
  // "wildfires that killed 90 people", "killed by floods": deaths in a
  // disaster or an epidemic are no act of violence ("gunfire killed" is).
  if (trigger.casualty) {
    const int doer = vg.voice == Voice::kPassive ? clause.agent : clause.subject;
    if (doer != kNone && IsAny(Lemma(a_.nps[doer].head),
                               {"wildfire",  "blaze",    "flood",     "flooding",  "earthquake",
                                "quake",     "storm",    "cyclone",   "hurricane", "typhoon",
                                "landslide", "mudslide", "avalanche", "drought",   "famine",
                                "heatwave",  "disease",  "epidemic",  "outbreak",  "cholera",
                                "virus",     "pandemic", "tsunami",   "lightning", "accident"})) {
      return true;
    }
  }
  // "meeting Ethiopia's aspiration", "met the deadline": meeting a need or
  // a demand is no meeting with anyone.
  if (trigger.code.type == "CONSULT" && Lemma(vg.head) == "meet" && clause.object != kNone) {
    const int met = Possessed(clause.object);
    if (IsAny(Lemma(a_.nps[met].head),
              {"aspiration", "demand",      "need",       "deadline",    "target",
               "goal",       "requirement", "obligation", "expectation", "condition",
               "criterion",  "standard",    "commitment", "challenge",   "threshold",
               "cost",       "objective",   "end",        "fate",        "death"})) {
      return true;
    }
  }
  // "eight of the wounded were evacuated to Germany": care of an attack's
  // casualties no one is said to give is no aid between parties ("UN
  // helicopters evacuated the wounded" is).
  if (trigger.code.type == "AID" && vg.voice == Voice::kPassive && clause.agent == kNone &&
      clause.subject != kNone) {
    // The phrase's head, and the words of an "of" after it ("eight of the
    // wounded").
    const NounPhrase& np = a_.nps[clause.subject];
    const uint32_t end = np.end < n_ && Lemma(np.end) == "of" ? np.end + 3 : np.end;
    for (uint32_t k = np.head; k < end && k < n_; ++k) {
      if (IsAny(Lower(k),
                {"wounded", "injured", "casualties", "dead", "bodies", "survivors", "victims"})) {
        return true;
      }
    }
  }
  // "declined to comment", "refused to give details": keeping silent
  // rejects no one (CAMEO 011, which PLOVER does not code).
  if (trigger.code.type == "REJECT" && clause.object == kNone) {
    const int dep = DependentClause(IndexOf(clause));
    if (dep != kNone && a_.clauses[dep].link == ClauseLink::kInfinitive &&
        (IsSpeechVerb(a_.verbs[a_.clauses[dep].verb].head) ||
         IsAny(Lemma(a_.verbs[a_.clauses[dep].verb].head),
               {"comment", "elaborate", "speculate", "discuss", "identify", "name", "detail"}) ||
         (a_.clauses[dep].object != kNone &&
          IsAny(Lemma(a_.nps[a_.clauses[dep].object].head),
                {"detail", "comment", "name", "figure", "information"})))) {
      return true;
    }
  }
  return false;
}

}  // namespace casus::coding
