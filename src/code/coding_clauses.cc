#include "code/coding.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "base/word_set.h"

namespace casus::coding {

Coding::Coding(const EventDictionary& dict, const SentenceInput& in, SentenceCoding& out)
    : dict_(dict), in_(in), out_(out), a_(*in.clauses), n_(in.tokens.size()) {
  size_t size = 0;
  for (const Token& token : in.tokens) size += token.text.size();
  lower_text_.resize(size);
  lower_.resize(n_);
  size_t at = 0;
  for (size_t i = 0; i < n_; ++i) {
    const std::string_view text = in.tokens[i].text;
    for (size_t k = 0; k < text.size(); ++k) {
      const char c = text[k];
      lower_text_[at + k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    lower_[i] = std::string_view(lower_text_).substr(at, text.size());
    at += text.size();
  }
}

void Coding::Run() {
  FindWeapons();
  used_np_.assign(a_.nps.size(), false);
  if (a_.attribution_np != kNone) sentence_speaker_ = ActorOfNp(a_.attribution_np);
  for (size_t c = 0; c < a_.clauses.size(); ++c) CodeClause(static_cast<int>(c));
  RelationsFromPhrases();
  NominalEvents();
  for (EventMention& m : out_.events) {
    if (m.nominal && m.target_np != kNone &&
        std::find(blamed_on_.begin(), blamed_on_.end(), m.target_np) != blamed_on_.end()) {
      m.target.reset();
      m.target_np = kNone;
    }
  }
  ActsInProtest();
  MarkVenues();
  // "More than 4,000 civilians have been killed in the war, many of them in
  // coalition air strikes": acts named in a sentence telling only of what
  // went on over time are of that time too, and refer back to no act of
  // the report (not one told as the time of another: "after an air strike
  // on Feb. 27 killed 34 soldiers").
  bool told_act = false, all_background = true;
  for (const EventMention& m : out_.events) {
    if (m.nominal) continue;
    told_act = true;
    all_background = all_background && m.background && !m.earlier;
  }
  if (told_act && all_background && out_.claims.empty() && out_.attributions.empty()) {
    std::erase_if(out_.events, [](const EventMention& m) { return m.nominal; });
  }
}

void Coding::CodeClause(int c) {
  const Clause& clause = a_.clauses[c];
  const VerbGroup& vg = a_.verbs[clause.verb];
  const std::string_view lemma = Lemma(vg.head);
  const auto& triggers = dict_.VerbTriggers(lemma);
  const Intent intent = ClassifyIntent(a_, in_.lemmas, c);
  if (NoteHosting(clause)) return;
  if (CodePriceThreat(clause) || CodeDismay(clause)) return;
  if ((vg.modal || vg.tense == Tense::kFuture) && CodeAttacksGoingOn(c)) return;
  // "Trump said Iran had made a very big mistake", "said the army had
  // committed a crime": a wrong a party is said to have done is a
  // criticism of it.
  if (IsAny(lemma, {"make", "commit"}) && vg.voice == Voice::kActive && !vg.negated && !vg.modal &&
      vg.tense != Tense::kFuture && clause.object != kNone &&
      IsAny(Lemma(a_.nps[clause.object].head), {"mistake", "blunder", "error", "crime"})) {
    if (auto speaker = SpeakerOf(clause, true)) {
      CodeDenunciation(clause, clause.subject, clause.object, speaker);
    }
  }
  // "had no role in arming the Houthis": an act denied a part in.
  if (vg.form == VerbForm::kGerund && vg.begin >= 2 && Tag(vg.begin - 1) == T::kIN) {
    const int before = a_.np_of_token[vg.begin - 2];
    if (before != kNone && IsAny(Lower(a_.nps[before].begin), {"no", "never"})) return;
  }
  // "the first pause in fighting", "an end to fighting": what stops is no
  // act of the report.
  if (vg.form == VerbForm::kGerund && vg.begin >= 2 &&
      (Tag(vg.begin - 1) == T::kIN || Tag(vg.begin - 1) == T::kTO) &&
      IsAny(Lemma(vg.begin - 2),
            {"pause", "lull", "halt", "end", "cessation", "break", "suspension", "stop"})) {
    return;
  }
  // "called off talks with his Japanese counterpart", "suspending dialogue
  // with the United States", "suspended cooperation": talks or cooperation
  // stopped are no talks or cooperation of the report (the stopping is).
  if (IsAny(lemma, {"cancel", "suspend", "halt", "postpone", "freeze", "end", "call", "break"}) &&
      clause.object != kNone && vg.voice == Voice::kActive &&
      (!IsAny(lemma, {"call", "break"}) || (vg.end < n_ && Lemma(vg.end) == "off"))) {
    if (const Trigger* noun = NounTriggerAt(a_.nps[clause.object].head);
        noun != nullptr && IsAny(noun->code.type, {"CONSULT", "COOPERATE", "AGREE"})) {
      used_np_[clause.object] = true;
    }
  }
  // "summoned the ambassador to protest over the attack", "... to lodge a
  // formal protest": the summons is the complaint.
  if (clause.link == ClauseLink::kInfinitive && clause.governor != kNone &&
      Lemma(a_.verbs[a_.clauses[clause.governor].verb].head) == "summon" &&
      (lemma == "protest" ||
       (clause.object != kNone && Lemma(a_.nps[clause.object].head) == "protest"))) {
    if (clause.object != kNone) used_np_[clause.object] = true;
    return;
  }
  // "will be met with a decisive response": received, not a meeting.
  if (lemma == "meet" && vg.voice == Voice::kPassive) return;
  // "if Iran attacks the base": neither a fact nor an intention.
  const bool realis = intent != Intent::kCondition && IsRealis(clause);
  if (CodeReportedDenial(clause, triggers)) return;
  if (realis && CodeResponsibilityLies(clause)) return;
  // ("the attackers may have belonged to La Linea": hedged, still blame.)
  if ((realis || (vg.modal && intent != Intent::kCondition)) && CodeDoersBelongTo(clause)) return;
  // "Kirby said the attack had been planned and facilitated by X": whoever
  // the speaker names as behind an act is blamed for it.
  static constexpr WordSet<15> kBehindAnAct{
      {"plan", "orchestrate", "mastermind", "facilitate", "organise", "organize", "direct", "order",
       "commit", "execute", "resource", "coordinate", "sponsor", "finance", "fund"}};
  if (realis && kBehindAnAct.contains(lemma) && CodeReportedPerpetrator(clause)) {
    return;
  }
  // "said the rocket was an Iranian-made Falaq-1 fired by Hezbollah".
  if (IsAny(lemma, {"fire", "launch"}) && clause.link == ClauseLink::kRelative &&
      CodeReportedPerpetrator(clause)) {
    return;
  }
  if (intent == Intent::kObligation) {
    int prep_np = kNone;
    CodeIntent(c, MatchingTrigger(c, prep_np), prep_np, intent);
    return;
  }
  // "a base hosting US troops": a participle describing a phrase is a
  // state of affairs unless it is violent or coercive.
  // So is a participle: "militias funded by Iran" (a relation, not aid).
  // But "issued a declaration demanding ...", "said in a statement
  // condemning ...": what a document says, its issuer says.
  // "a roadside bomb exploded in a market", "rockets slammed into the
  // area", "three Katyusha rockets landed inside the base": a weapon going
  // off is an attack, by no one the clause names.
  static constexpr WordSet<6> kWeaponGoingOff{{"explode", "land", "slam", "crash", "rain", "go"}};
  if (realis && clause.subject != kNone && vg.voice == Voice::kActive &&
      kWeaponGoingOff.contains(lemma) &&
      (lemma != "go" || (vg.end < n_ && Lemma(vg.end) == "off")) &&
      // ("a helicopter landed on the ship": no weapon going off; "the jet
      // crashed in Latakia" after it was shot down tells where.)
      !(lemma == "land" && IsMannedAircraftNoun(Lemma(a_.nps[clause.subject].head)))) {
    if (const Trigger* weapon = WeaponAt(a_.nps[clause.subject].head)) {
      Trigger act;
      act.words = {std::string(lemma)};
      act.code = EventCode{"ASSAULT", weapon->code.mode, "190", ""};
      RefineCameo(act.code);
      act.target_preps = {"into", "on"};
      int prep_np = PrepNp(clause, act.target_preps);
      AddVerbEvent(clause, act, prep_np, false);
      return;
    }
  }
  const int issuing = IssuingClause(clause);
  // "militias armed and funded by Iran": a participle coordinated with a
  // describing one describes too.
  const bool relative = clause.link == ClauseLink::kRelative ||
                        (clause.link == ClauseLink::kCoordinated && clause.governor != kNone &&
                         a_.clauses[clause.governor].link == ClauseLink::kRelative &&
                         a_.verbs[a_.clauses[clause.governor].verb].form == VerbForm::kParticiple);
  const bool descriptive = relative && issuing == kNone &&
                           (vg.form == VerbForm::kGerund || vg.form == VerbForm::kParticiple);
  if (issuing != kNone) {
    const size_t before = out_.events.size();
    const bool issued = IsRealis(a_.clauses[issuing]);
    for (const Trigger* trigger : triggers) {
      int prep_np = kNone;
      if (!issued || trigger->role != TriggerRole::kEvent ||
          !VerbTriggerMatches(*trigger, clause, prep_np)) {
        continue;
      }
      AddVerbEvent(clause, *trigger, prep_np, false);
      break;
    }
    auto issuer = IssuerOf(clause.modified_np, a_.clauses[issuing]);
    for (size_t e = before; e < out_.events.size(); ++e) {
      out_.events[e].source = issuer;
      out_.events[e].background = IsHabitual(a_.clauses[issuing]);
    }
    return;
  }
  // "Cameron, who spoke to his Algerian counterpart by telephone": "speak
  // to" is no trigger ("spoke to reporters"), but a call is an event.
  if (realis && lemma == "speak" && vg.end < n_ && Lower(vg.end) == "to") CodeCallSpeech(clause);
  if (IsAny(lemma, {"receive", "get", "obtain"})) CodeBackingReceived(clause);
  for (const Trigger* trigger : triggers) {
    if (descriptive && trigger->code.type != "ASSAULT" && trigger->code.type != "COERCE" &&
        trigger->role != TriggerRole::kAlly && trigger->role != TriggerRole::kMember &&
        trigger->role != TriggerRole::kPart && trigger->role != TriggerRole::kLead) {
      continue;
    }
    int prep_np = kNone;
    if (!VerbTriggerMatches(*trigger, clause, prep_np)) continue;
    if (realis && trigger->role == TriggerRole::kEvent) CodeReportedDoer(clause, *trigger);
    switch (trigger->role) {
      case TriggerRole::kSpeech:
        // "told the Israeli ambassador to leave the country": an expulsion.
        if (realis && lemma == "tell" && CodeOrder(clause, true)) return;
        if (realis) CodeCallSpeech(clause);
        return;
      case TriggerRole::kClaim:
        if (CodeClaim(clause, realis)) return;
        continue;  // "claimed that ...": a speech verb
      case TriggerRole::kDeny:
        CodeDenial(clause, *trigger);
        return;
      case TriggerRole::kBlame:
        CodeBlame(clause, *trigger, realis);
        return;
      case TriggerRole::kThreat:
        if (realis || vg.tense == Tense::kPresent) CodeThreat(c, *trigger, prep_np);
        return;
      case TriggerRole::kLight:
        // "Both groups have stepped up raids on the islands": more acts of
        // a kind over time is a trend, not one act.
        if (clause.object != kNone && (vg.tense == Tense::kPresent || vg.perfect) &&
            IsAny(Lemma(vg.head), {"intensify", "step", "escalate", "increase", "ramp"}) &&
            Tag(a_.nps[clause.object].head) == T::kNNS) {
          used_np_[clause.object] = true;
          return;
        }
        // "the attackers would pay dearly": retribution, no act paid for.
        if (clause.object == kNone && (intent == Intent::kWill || intent == Intent::kWillNot) &&
            CodeRetribution(c)) {
          return;
        }
        if (realis || AgreedSanction(clause, ImposedMeasure(clause), intent)) {
          CodeLightVerb(clause, Intent::kNone);
        } else if (intent != Intent::kNone && intent != Intent::kCondition && !clause.quoted) {
          CodeLightVerb(clause, intent);  // "will impose a curfew", "plans to hold talks"
        } else if (clause.object != kNone) {
          // "is due to begin the first papal visit": the act is not done,
          // nor is its noun an event of its own.
          used_np_[clause.object] = true;
        }
        return;
      case TriggerRole::kLead:
        CodeLeadership(clause);
        return;
      case TriggerRole::kNone:
        if (clause.object != kNone) used_np_[clause.object] = true;
        return;
      case TriggerRole::kAlly:
      case TriggerRole::kMember:
      case TriggerRole::kPart:
        CodeAlliance(clause, *trigger, prep_np);
        return;
      case TriggerRole::kBack:
      case TriggerRole::kFront:
        if (!realis && intent == Intent::kWill) {
          CodeIntent(c, trigger, prep_np, intent);  // "will support": a promise
        } else {
          CodeBacking(clause, *trigger, realis);
        }
        return;
      case TriggerRole::kEvent:
        if (realis && AgreesToAMeasure(c)) return;  // the measure is the act
        if (realis || AgreedSanction(clause, trigger, intent)) {
          AddVerbEvent(clause, *trigger, prep_np, false);
        } else if (intent != Intent::kNone && intent != Intent::kCondition) {
          CodeIntent(c, trigger, prep_np, intent);
        } else if (intent == Intent::kCondition && clause.object != kNone) {
          // "if the coalition stopped its air strikes and lifted its
          // blockade": what a condition acts on is no act of its own.
          used_np_[clause.object] = true;
        }
        return;
    }
  }
  if ((intent == Intent::kWill || intent == Intent::kWillNot) && CodeRetribution(c)) return;
  // "demonstrators gathered outside the building": protesters gathering
  // protest (not crowds gathering "to greet the buses").
  const int purpose = DependentClause(c);
  const bool to_welcome = purpose != kNone && IsAny(Lemma(a_.verbs[a_.clauses[purpose].verb].head),
                                                    {"greet", "welcome", "celebrate", "mourn",
                                                     "pray", "watch", "receive", "await", "cheer"});
  // "Demonstrators burned Chinese flags and portraits of President Xi": what
  // protesters do to show what they protest is a protest, against the
  // party whose emblems they burn.
  const bool emblems = IsAny(lemma, {"burn", "torch", "chant", "trample"});
  if (realis && !to_welcome &&
      (emblems || IsAny(lemma, {"gather", "assemble", "converge", "mass", "flock", "pour", "flood",
                                "throng"}))) {
    if (auto protesters = ActorOfNp(clause.subject);
        protesters && protesters->kind == "agent" && protesters->actor.sector == "OPP") {
      EventMention m;
      m.code = EventCode{"PROTEST", "demo", "141", ""};
      m.trigger = vg.head;
      m.source = protesters;
      if (emblems && clause.object != kNone) {
        for (const ActorSpan& party : ActorsOfNp(clause.object)) {
          if (!m.target && party.kind != "anaphor" && !party.actor.country.empty()) {
            m.target = party;
          }
        }
        used_np_[clause.object] = true;
      }
      if (!m.target) m.target = ProtestedParty(m);
      if (!m.target) MarkPlaceOfAct(clause, m);
      FinishMention(m, &clause);
      return;
    }
  }
  if (realis && CodeDispatch(clause)) return;
  // "X bore responsibility for the violence": as "X was responsible for".
  if (lemma == "be" ||
      (IsAny(lemma, {"bear", "bore", "carry", "share"}) && clause.object != kNone &&
       Lemma(a_.nps[clause.object].head) == "responsibility")) {
    CodePredicate(clause);
  }
  if (IsAny(lemma, {"include", "comprise", "compose", "consist", "make"}) &&
      vg.tense != Tense::kFuture && !vg.modal) {
    CodeInclusion(clause);
  }
  if (IsAny(lemma, {"be", "have", "find", "see", "cite", "present", "show", "gather"}) &&
      vg.tense != Tense::kFuture && !vg.modal) {
    CodeSignsOfInvolvement(clause);
  }
  // "officials describe X as a front for Y", "analysts consider X a proxy of Y"
  if (IsAny(lemma, {"describe", "call", "consider", "regard", "see", "label", "brand", "view",
                    "name", "designate", "list"}) &&
      !vg.negated) {
    auto subject = RelationSubject(clause.object);
    int predicate = PrepNp(clause, {"as"});
    uint32_t predicate_adjective = UINT32_MAX;
    if (predicate == kNone && clause.object != kNone) {
      uint32_t after = a_.nps[clause.object].end;
      // "described Canada's comments as ...": past the possessed phrase.
      if (const int possessed = Possessed(clause.object); possessed != clause.object) {
        after = std::max(after, a_.nps[possessed].end);
      }
      // "called the arrest on Saturday ...": past a day and adverbs.
      after = PastDayAndAdverbs(after);
      // 'called the incident "a stab in the back"', 'regarded the strike as
      // "aggression against a sovereign state"'
      if (after + 1 < n_ && Lemma(after) == "as") ++after;
      if (after + 1 < n_ && Tag(after) == T::kOpenQuote) ++after;
      if (after < n_) predicate = a_.np_of_token[after];
      // "called the statement repugnant", "criticised the move as hasty";
      // an adjective the phrase took in after its head is said of it too.
      if (predicate == kNone) {
        if (after < n_ && IsAdjective(Tag(after))) predicate_adjective = after;
        const NounPhrase& named = a_.nps[clause.object];
        for (uint32_t k = named.head + 1; k < named.end; ++k) {
          if (IsAdjective(Tag(k))) predicate_adjective = k;
        }
      }
    }
    if (subject && predicate != kNone) {
      auto by = ActorOfNp(clause.subject);
      if (!by) by = SpeakerOf(clause);
      RelationFromPredicate(*subject, predicate, by);
      // "regards the YPG as a branch of the PKK, and the SDF as a front for
      // the YPG": the verb left out of a second pair.
      int last = predicate;
      for (int guard = 0, next = kNone; guard < 3; ++guard, last = next) {
        next = PrepAfterNp(last, {"of", "for", "to"});
        if (next == kNone) break;
      }
      auto end = static_cast<uint32_t>(PastBracketedWord(in_.tags, a_.nps[last].end));
      if (end + 1 < n_ && Tag(end) == T::kComma) ++end;
      const int second = end + 1 < n_ && Lemma(end) == "and" ? a_.np_of_token[end + 1] : kNone;
      if (second != kNone && a_.nps[second].begin == end + 1) {
        const uint32_t as = a_.nps[second].end;
        auto other = RelationSubject(second);
        if (other && as + 1 < n_ && Lemma(as) == "as" && a_.np_of_token[as + 1] != kNone) {
          RelationFromPredicate(*other, a_.np_of_token[as + 1], by);
        }
      }
    }
    // "regarded the US strike as aggression against a sovereign state":
    // what a party is seen as, when it is a wrong, is condemned.
    // "called the accusation baseless": an accusation called false is
    // rejected, as one said to be false is (CodeDismissal).
    if (realis && clause.object != kNone && predicate_adjective != UINT32_MAX &&
        IsAccusationNoun(Lemma(a_.nps[clause.object].head)) &&
        IsFalsehoodWord(Lemma(predicate_adjective))) {
      if (auto speaker = ActorOfNp(clause.subject)) {
        EventMention m;
        m.code = EventCode{"REJECT", "", "120", ""};
        m.trigger = predicate_adjective;
        m.source = SpokenFor(*speaker);
        m.about = "ACCUSE";
        FinishMention(m, &clause);
      }
      return;
    }
    if (realis &&
        IsAny(lemma, {"describe", "call", "label", "brand", "regard", "view", "see", "consider"})) {
      // "It described Canada's comments as blatant interference": a pronoun
      // for the document to resolve.
      const bool condemning_adjective = predicate_adjective != UINT32_MAX &&
                                        IsPredicativeDenunciationWord(Lemma(predicate_adjective));
      if (predicate != kNone || condemning_adjective) {
        CodeDenunciation(clause, clause.object, predicate, RelationSubject(clause.subject),
                         /*predicative=*/true);
      }
    }
  }
}

// "EU leaders agreed on Monday to ban Belarusian airlines", "agreed to
// impose sanctions": a body agreeing to sanction or restrict another has
// decided it; the measure is the act.
bool Coding::AgreedSanction(const Clause& clause, const Trigger* trigger, Intent intent) const {
  if (trigger == nullptr || intent != Intent::kWill ||
      !(trigger->code.type == "SANCTION" ||
        (trigger->code.type == "COERCE" && trigger->code.mode == "restrict")) ||
      clause.link != ClauseLink::kInfinitive || clause.governor == kNone) {
    return false;
  }
  const VerbGroup& agreed = a_.verbs[a_.clauses[clause.governor].verb];
  return Lemma(agreed.head) == "agree" && agreed.tense == Tense::kPast && !agreed.modal &&
         !agreed.negated;
}

// Whether clause `c` ("agreed") governs an infinitive that is an agreed
// measure ("to ban Belarusian airlines", "to impose sanctions").
bool Coding::AgreesToAMeasure(int c) const {
  const int dep = DependentClause(c);
  if (dep == kNone) return false;
  const Clause& measure = a_.clauses[dep];
  const Intent intent = ClassifyIntent(a_, in_.lemmas, dep);
  int prep_np = kNone;
  if (AgreedSanction(measure, MatchingTrigger(dep, prep_np), intent)) return true;
  return AgreedSanction(measure, ImposedMeasure(measure), intent);
}

// The sanction a clause imposes ("impose sanctions", "slap an embargo"), or
// nullptr (not "lift embargoes").
const Trigger* Coding::ImposedMeasure(const Clause& clause) const {
  if (clause.object == kNone ||
      !IsAny(Lemma(a_.verbs[clause.verb].head),
             {"impose", "slap", "introduce", "adopt", "extend", "tighten", "approve", "expand"})) {
    return nullptr;
  }
  return NounTriggerAt(a_.nps[clause.object].head);
}

// For a participle on a document ("a declaration [demanding that ...]",
// "a statement [condemning the attack]"), the active clause that issues
// or cites the document, or kNone.
int Coding::IssuingClause(const Clause& clause) const {
  if (clause.link != ClauseLink::kRelative || clause.modified_np == kNone) return kNone;
  if (a_.verbs[clause.verb].form != VerbForm::kGerund) return kNone;
  if (!IsAny(Lemma(a_.nps[clause.modified_np].head),
             {"statement", "declaration", "letter", "communique", "communiqué", "resolution",
              "message", "petition", "memorandum", "decree", "note"})) {
    return kNone;
  }
  for (size_t c = 0; c < a_.clauses.size(); ++c) {
    const Clause& other = a_.clauses[c];
    if (&other == &clause || a_.verbs[other.verb].voice != Voice::kActive) continue;
    bool cites = other.object == clause.modified_np;
    for (const PrepArgument& arg : other.preps) cites = cites || arg.np == clause.modified_np;
    if (cites && IssuerOf(clause.modified_np, other)) return static_cast<int>(c);
  }
  return kNone;
}

// Who issued the document of phrase `np_index` cited by `citing`: one
// named in the phrase ("a UN Security Council resolution", "the
// council's resolution"), else the subject of a verb of issuing or saying
// ("issued a declaration", "said in a statement").
std::optional<ActorSpan> Coding::IssuerOf(int np_index, const Clause& citing) const {
  const NounPhrase& np = a_.nps[np_index];
  if (np.possessor != kNone) {
    if (auto owner = ActorOfNp(np.possessor); owner && owner->kind != "anaphor") return owner;
  }
  if (const ActorSpan* inside = SpanIn(np.begin, np.head, -1);
      inside != nullptr && inside->kind != "anaphor" && inside->compound.empty()) {
    return *inside;
  }
  if (!IsAny(
          Lemma(a_.verbs[citing.verb].head),
          {"issue", "release", "publish", "send", "adopt", "pass", "sign", "deliver", "circulate",
           "approve", "present", "submit", "post", "say", "write", "announce", "state", "read"})) {
    return std::nullopt;
  }
  return ActorOfNp(citing.subject);
}

EventMention Coding::NewMention(const Trigger& trigger, uint32_t token) const {
  EventMention m;
  m.code = trigger.code;
  m.trigger = token;
  m.mutual = trigger.mutual;
  return m;
}

void Coding::FinishMention(EventMention& m, const Clause* clause) {
  // "will hold all those responsible to account", "condemned the
  // perpetrators", "retaliate against the killers", "strike back at anyone
  // who attacked it": those who did the attack the report tells of.
  if (!m.target && (m.about.empty() || m.about == "OWN_ASSAULT") && m.target_np != kNone &&
      IsAny(m.code.type, {"THREATEN", "ACCUSE"})) {
    const NounPhrase& np = a_.nps[m.target_np];
    for (uint32_t k = np.begin; k < np.end; ++k) {
      if (IsAny(Lemma(k), {"responsible", "perpetrator", "attacker", "culprit", "killer",
                           "assailant", "murderer", "anyone", "whoever"}) ||
          // '"We will hunt you down," Biden said'
          (m.code.type == "THREATEN" && Lower(k) == "you" && np.end == np.begin + 1)) {
        m.about = "ASSAULT";
      }
    }
  }
  if (m.source) std::tie(m.source_place_begin, m.source_place_end) = PlaceOfGenericActor(*m.source);
  if (m.target) std::tie(m.target_place_begin, m.target_place_end) = PlaceOfGenericActor(*m.target);
  // "a day after another family carried out suicide bombings": doers told
  // as others make another act.
  if (clause != nullptr && m.code.type == "ASSAULT" && clause->subject != kNone &&
      a_.verbs[clause->verb].voice == Voice::kActive && !IsDefinite(clause->subject) &&
      IsAnother(clause->subject)) {
    m.another = true;
  }
  // "Insurgents rounded up labourers", "gunmen detained the passengers":
  // people held by armed men or a gang are abducted, not arrested (a group
  // that holds territory, as the Houthis, may detain).
  if (m.code.type == "COERCE" && m.code.mode == "arrest" && m.source &&
      (IsAny(m.source->actor.sector, {"UAF", "CRM"}) ||
       (m.source->kind == "agent" && m.source->actor.sector == "REB"))) {
    m.code = EventCode{"ASSAULT", "abduct", "181", m.code.acled};
  }
  // "carried out air strikes in the Houthi-held capital Sanaa": an attack
  // on no one named, in a place the text says a party holds, is on it.
  // "banned meetings at Ennahda offices": a restriction at a party's
  // premises is on the party.
  if (!m.target && IsAny(m.code.type, {"ASSAULT", "COERCE"}) && clause != nullptr) {
    const size_t next = static_cast<size_t>(clause->verb) + 1;
    const uint32_t end = next < a_.verbs.size() ? a_.verbs[next].begin : n_;
    for (uint32_t k = a_.verbs[clause->verb].end; k + 1 < end && !m.target; ++k) {
      const int np = a_.np_of_token[k + 1];
      if (np == kNone) continue;
      if (IsPlacePreposition(Lemma(k))) m.target = HolderIn(a_.nps[np].begin, a_.nps[np].end);
      if (!m.target && m.code.type == "COERCE" && m.code.mode == "restrict" && Lemma(k) == "at" &&
          IsFacilityNoun(Lemma(a_.nps[np].head))) {
        if (auto owner = TargetOfNp(np); owner && owner->kind != "place") m.target = owner;
      }
    }
  }
  // "Twenty Indian soldiers were killed in a clash with Chinese troops":
  // those the victims clashed with.
  if (m.code.type == "ASSAULT" && m.casualty && !m.source && clause != nullptr &&
      a_.verbs[clause->verb].voice == Voice::kPassive && clause->agent == kNone) {
    if (const int in = PrepNp(*clause, {"in", "during"}); in != kNone) {
      if (const Trigger* fight = NounTriggerAt(a_.nps[in].head); fight && fight->mutual) {
        if (auto other = ActorOfNp(PrepAfterNp(in, {"with"})); other && other->kind != "anaphor") {
          m.source = other;
        }
        // "17 civilians were killed in clashes between security forces and
        // protesters": the first side named (the state's, when one is).
        if (const int between = PrepAfterNp(in, {"between"}); !m.source && between != kNone) {
          std::optional<ActorSpan> first = ActorOfNp(between);
          const int second = a_.nps[between].conjunct;
          auto other = second != kNone ? ActorOfNp(second) : std::nullopt;
          const auto state = [](const std::optional<ActorSpan>& a) {
            return a && IsAny(a->actor.sector, {"MIL", "COP", "GOV"});
          };
          if (!state(first) && state(other)) first = other;
          if (first && first->kind != "anaphor") m.source = first;
        }
      }
    }
  }
  if (m.code.type == "ASSAULT") {
    BombsOfNoAircraft(m, clause);
    TakeWeapons(m, clause);
    RefineCameo(m.code);
  }
  // "fired rockets at Jerusalem", "swept into Damascus": a capital attacked
  // or taken is where.
  if (PlacedWhereAimed(m.code.type, m.code.mode) && m.target && m.target->metonym) {
    std::tie(m.venue_begin, m.venue_end) = {m.target->begin, m.target->end};
  }
  if (m.code.type == "ASSAULT") {
    // "a missile fired towards Riyadh's King Khalid International Airport":
    // where it was aimed, when a place is named there.
    for (size_t k = 0; clause != nullptr && m.venue_end == 0 && k < clause->preps.size(); ++k) {
      const PrepArgument& arg = clause->preps[k];
      if (arg.np == kNone || !IsAny(Lemma(arg.prep), {"at", "towards", "toward", "into"})) continue;
      const NounPhrase& np = a_.nps[arg.np];
      const uint32_t begin = np.possessor != kNone ? a_.nps[np.possessor].begin : np.begin;
      const uint32_t end = np.of_complement != kNone ? a_.nps[np.of_complement].end : np.end;
      m.venue_begin = begin;
      m.venue_end = end;
    }
  }
  if (clause != nullptr) {
    m.speaker = SpeakerOf(*clause);
    // "Khamenei said Israel will be punished (by Iranian forces)": who
    // announces a threat no one else, or only its own side, is named to
    // carry out makes it ("Netanyahu warned that Israel would strike back").
    if (m.speaker && m.speaker->kind != "anaphor" && m.code.type == "THREATEN" &&
        (!m.source || (m.source->kind != "anaphor" && !m.speaker->actor.country.empty() &&
                       m.source->actor.country == m.speaker->actor.country))) {
      m.source = SpokenFor(*m.speaker);  // a spokesperson's threat is the body's
    }
    // The speaker is not the actor of the event it reports; but a group
    // saying "its fighters" or "it" attacked or seized something claims it.
    const bool claimable =
        m.code.type == "ASSAULT" || (m.code.type == "COERCE" && m.code.mode == "seize");
    // A speaker named after the words ("..., police said") is "we" in
    // them, not "they": "when they blew themselves up, police said".
    const bool speaker_after = m.speaker && m.source && m.speaker->begin > m.source->begin;
    // A spokesperson's words are the body's: "Houthi military spokesman
    // Yahya Saree said the group had targeted a US ship".
    std::optional<ActorSpan> body = m.speaker;
    if (body) body = SpokenFor(*body);
    const bool group_named = body && !m.speaker->org.name.empty() && m.source &&
                             m.source->kind == "anaphor" &&
                             IsAny(Lemma(m.source->end - 1), {"group", "movement", "militia"});
    // ("President Poroshenko blamed the separatists, saying they had hit the
    // airliner": a person is not "they" or "it".)
    const bool person = body && body->kind == "person";
    if (body && m.source && m.source->kind == "anaphor" && claimable &&
        (group_named ||
         IsAny(Lower(m.source->begin),
               speaker_after || person
                   ? std::initializer_list<std::string_view>{"we", "our"}
                   : std::initializer_list<std::string_view>{"it", "they", "we", "its", "their",
                                                             "our"})) &&
        body->kind != "anaphor") {
      m.source = body;
      out_.claims.push_back(ClaimMention{*body, kNone, m.code.type});
    } else if (m.source && m.source->kind == "anaphor" && m.source->end == m.source->begin + 1) {
      // "Syria says it will withdraw", "the rebels said they would": a
      // pronoun subject of what a speaker says is the speaker.
      auto direct = SpeakerOf(*clause, true);
      const std::string_view pronoun = Lower(m.source->begin);
      const bool named_after = direct && direct->begin > m.source->begin;
      // "... we will hold them to account," he said: "he", resolved later.
      const bool person_pronoun =
          direct && direct->kind == "anaphor" && IsAny(Lower(direct->begin), {"he", "she"});
      const bool a_person = direct && (direct->kind == "person" || person_pronoun);
      if (direct && (direct->kind != "anaphor" || person_pronoun) &&
          (named_after ? IsAny(pronoun, {"we", "i", "our"})
           : a_person
               ? IsAny(pronoun, {"we", "he", "she", "i", "our"})
               : IsAny(pronoun, {"it", "they", "we", "he", "she", "i", "its", "their", "our"}))) {
        m.source = direct;
      }
    }
  }
  // "Japan said five of the missiles had landed in its waters and lodged a
  // protest": a statement joined to what was said, its subject no party,
  // is the speaker's.
  if (clause != nullptr && !m.source && m.speaker && m.speaker->kind != "anaphor" &&
      IsAny(m.code.type, {"ACCUSE", "REJECT", "REQUEST", "THREATEN"}) &&
      clause->link == ClauseLink::kCoordinated && clause->governor != kNone &&
      a_.clauses[clause->governor].link == ClauseLink::kComplement && clause->subject != kNone &&
      !ActorOfNp(clause->subject)) {
    m.source = SpokenFor(*m.speaker);
  }
  if (AsksNoOtherParty(m, clause)) return;
  // "Peskov said Ukraine had sabotaged the dam": the dam's destruction told
  // before, its doer alleged (an attribution), not another act.
  if (clause != nullptr && clause == reported_doer_clause_ && m.code.type == "ASSAULT") {
    m.alleged = true;
  }
  // "Abiy blamed forces loyal to the TPLF, saying they had massacred
  // civilians in Mai Kadra": the act blamed, told in the past perfect by
  // the one blaming, is the act told before.
  if (clause != nullptr && m.code.type == "ASSAULT" && !m.nominal &&
      clause->link == ClauseLink::kComplement && clause->governor != kNone &&
      a_.verbs[clause->verb].perfect && a_.verbs[clause->verb].tense == Tense::kPast) {
    // (The day the blame is told is not the act's.)
    const Clause& saying = a_.clauses[clause->governor];
    if (saying.link == ClauseLink::kAdverbial && saying.governor != kNone &&
        IsAny(Lemma(a_.verbs[a_.clauses[saying.governor].verb].head), {"blame", "accuse"})) {
      m.alleged = true;
      m.undated = true;
    }
  }
  m.pronoun_doer = m.source && m.source->kind == "anaphor" &&
                   m.source->end == m.source->begin + 1 &&
                   IsAny(Lower(m.source->begin), {"they", "it", "he", "she", "we"});
  out_.events.push_back(std::move(m));
}

// "Militants killed 305 people when they bombed a crowded mosque": doers
// with no aircraft bomb with explosives, not from the air. "They" is the
// subject of a clause before in the sentence.
void Coding::BombsOfNoAircraft(EventMention& m, const Clause* clause) const {
  if (m.nominal || m.code.mode != "aerial" || Lemma(m.trigger) != "bomb") return;
  std::optional<ActorSpan> doer = m.source;
  if (doer && doer->kind == "anaphor" && clause != nullptr) {
    doer.reset();
    for (const Clause* c = clause; c != a_.clauses.data() && !doer;) {
      --c;
      if (auto before = ActorOfNp(c->subject); before && before->kind != "anaphor") doer = before;
    }
  }
  if (!doer || IsAny(doer->kind, {"state", "government"}) || doer->metonym ||
      IsAny(doer->actor.sector, {"MIL", "GOV", "COP", "SPY"})) {
    return;
  }
  m.code.mode = "explosives";
  m.code.cameo = "183";
}

void Coding::RefineCameo(EventCode& code) {
  if (code.cameo != "190" && code.cameo != "183") return;
  if (code.mode == "aerial") code.cameo = "195";
  if (code.mode == "drone") code.cameo = "1952";
  if (code.mode == "heavy-weapons") code.cameo = "194";
  if (code.mode == "firearms") code.cameo = "193";
  if (code.mode == "suicide-attack") code.cameo = "1831";
  if (code.mode == "explosives" && code.cameo == "190") code.cameo = "183";
}

}  // namespace casus::coding
