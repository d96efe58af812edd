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
  // "Kirby said the attack had been planned and facilitated by X": whoever
  // the speaker names as behind an act is blamed for it.
  static constexpr WordSet<15> kBehindAnAct{
      {"plan", "orchestrate", "mastermind", "facilitate", "organise", "organize", "direct", "order",
       "commit", "execute", "resource", "coordinate", "sponsor", "finance", "fund"}};
  if (realis && kBehindAnAct.contains(lemma) && CodeReportedPerpetrator(clause)) {
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
  for (const Trigger* trigger : triggers) {
    if (descriptive && trigger->code.type != "ASSAULT" && trigger->code.type != "COERCE" &&
        trigger->role != TriggerRole::kAlly && trigger->role != TriggerRole::kLead) {
      continue;
    }
    int prep_np = kNone;
    if (!VerbTriggerMatches(*trigger, clause, prep_np)) continue;
    if (realis && trigger->role == TriggerRole::kEvent) CodeReportedDoer(clause, *trigger);
    switch (trigger->role) {
      case TriggerRole::kSpeech:
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
        if (realis) {
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
        if (realis) {
          AddVerbEvent(clause, *trigger, prep_np, false);
        } else if (intent != Intent::kNone && intent != Intent::kCondition) {
          CodeIntent(c, trigger, prep_np, intent);
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
  if (realis && !to_welcome &&
      IsAny(lemma,
            {"gather", "assemble", "converge", "mass", "flock", "pour", "flood", "throng"})) {
    if (auto protesters = ActorOfNp(clause.subject);
        protesters && protesters->kind == "agent" && protesters->actor.sector == "OPP") {
      EventMention m;
      m.code = EventCode{"PROTEST", "demo", "141", ""};
      m.trigger = vg.head;
      m.source = protesters;
      m.target = ProtestedParty(m);
      if (!m.target) MarkPlaceOfAct(clause, m);
      FinishMention(m, &clause);
      return;
    }
  }
  // "X bore responsibility for the violence": as "X was responsible for".
  if (lemma == "be" ||
      (IsAny(lemma, {"bear", "bore", "carry", "share"}) && clause.object != kNone &&
       Lemma(a_.nps[clause.object].head) == "responsibility")) {
    CodePredicate(clause);
  }
  if (lemma == "include" && vg.tense != Tense::kFuture && !vg.modal) CodeInclusion(clause);
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
    }
    // "regarded the US strike as aggression against a sovereign state":
    // what a party is seen as, when it is a wrong, is condemned.
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
  if (!m.target && m.about.empty() && m.target_np != kNone &&
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
  if (m.code.type == "ASSAULT") {
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
    if (body && m.source && m.source->kind == "anaphor" && claimable &&
        (group_named ||
         IsAny(Lower(m.source->begin),
               speaker_after ? std::initializer_list<std::string_view>{"we", "our"}
                             : std::initializer_list<std::string_view>{"it", "they", "we", "its",
                                                                       "their", "our"})) &&
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
      if (direct && (direct->kind != "anaphor" || person_pronoun) &&
          (named_after
               ? IsAny(pronoun, {"we", "i", "our"})
               : IsAny(pronoun, {"it", "they", "we", "he", "she", "i", "its", "their", "our"}))) {
        m.source = direct;
      }
    }
  }
  if (AsksNoOtherParty(m, clause)) return;
  out_.events.push_back(std::move(m));
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

void Coding::AddVerbEvent(const Clause& clause, const Trigger& trigger, int prep_np,
                          bool statement) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (IsNoActOfParties(clause, trigger)) return;
  // "halted mediation": the object is part of the trigger, not an event of
  // its own.
  const bool object_in_trigger =
      trigger.words.size() > 1 && clause.object != kNone &&
      std::find(trigger.words.begin() + 1, trigger.words.end(),
                Lemma(a_.nps[clause.object].head)) != trigger.words.end();
  if (object_in_trigger) used_np_[clause.object] = true;
  EventMention m = NewMention(trigger, vg.head);
  // "granted clemency to five Iranians": what is granted names the act.
  if (trigger.code.cameo == "070" && clause.object != kNone && vg.voice == Voice::kActive) {
    if (const Trigger* granted = NounTriggerAt(a_.nps[clause.object].head);
        granted != nullptr && granted->code.type != "AID") {
      m.code = granted->code;
      used_np_[clause.object] = true;
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
  if (trigger.code.cameo == "171" && vg.voice == Voice::kActive && clause.object != kNone &&
      clause.subject != kNone) {
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
    if (person && armed_group) m.code = EventCode{"ASSAULT", "abduct", "181", ""};
  }
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
  const bool passive = (vg.voice == Voice::kPassive && !stative) || reduced_passive;
  int target_np = kNone;
  if (trigger.target_is_subject) {
    m.target = TargetOfNp(clause.subject);
    target_np = clause.subject;
    m.source = AgentOfNp(clause.agent);
  } else if (passive) {
    m.source = AgentOfNp(clause.agent);
    m.target = TargetOfNp(clause.subject != kNone ? clause.subject : clause.object);
    target_np = clause.subject != kNone ? clause.subject : clause.object;
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
      if (object_in_trigger && m.target && m.target->kind == "agent" &&
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
  if (!m.target && trigger.mutual && !passive && clause.subject != kNone &&
      a_.nps[clause.subject].conjunct != kNone) {
    m.target = TargetOfNp(a_.nps[clause.subject].conjunct);
  }
  if (!m.target) {
    const int np = prep_np != kNone ? prep_np : PrepNp(clause, trigger.target_preps);
    if (np != kNone) {
      m.target = TargetOfNp(np);
      target_np = np;
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
  // demanded or refused act concerns.
  if (!m.target && !passive && clause.object != kNone &&
      IsAny(m.code.type, {"REQUEST", "REJECT", "CONCEDE", "AGREE"})) {
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
  const bool reciprocal = trigger.mutual || trigger.code.type == "AGREE" ||
                          trigger.code.type == "CONSULT" || trigger.code.type == "COOPERATE" ||
                          trigger.code.cameo == "057";
  if (reciprocal && !m.target && !passive && clause.subject != kNone) {
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
      if (m.source && m.source->kind == "agent" && m.source->actor.country.empty()) {
        m.source.reset();
      }
      // "Drones fired by Yemen's Houthis struck a ship": who fired them.
      if (!m.source) m.source = WeaponUser(subject);
    }
  }
  m.casualty = trigger.casualty;
  // Casualty reports without a known perpetrator describe an attack
  // told elsewhere ("two soldiers were killed", ", killing a contractor").
  if (trigger.casualty && !m.source &&
      (passive || clause.link == ClauseLink::kAdverbial ||
       clause.link == ClauseLink::kCoordinated)) {
    m.casualty_only = true;
  }
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
    if (!representative) return;
  }
  // "..., after a barrage on Erbil killed a contractor", "since fighting
  // erupted": an earlier act, told as the time of another.
  // So is what was said then: "came a week after Iraqi forces said they
  // had retaken Falluja".
  // Not when what it is the time of is no act: "Kadhimi escaped unhurt
  // after drones attacked his residence" tells of the attack; "came a week
  // after" does of an earlier one.
  // "a day after", "two days after": how many days before.
  int days_before = 0;
  const auto told_as_time = [&](const Clause& c) {
    if (c.subject == kNone || a_.verbs[c.verb].voice != Voice::kActive) return false;
    const uint32_t at = a_.nps[c.subject].begin;
    if (at == 0 || !IsAny(Lemma(at - 1), {"after", "since"})) return false;
    if (Lemma(at - 1) == "since") return true;
    // (Days only: what came "a week after" another is told as its
    // background.)
    if (at >= 3 && Lemma(at - 2) == "day") {
      const std::string_view count = Lemma(at - 3);
      days_before = IsAny(count, {"a", "one"}) ? 1 : count == "two" ? 2 : count == "three" ? 3 : 0;
    }
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
  const bool same_kind_told = std::any_of(
      out_.events.begin(), out_.events.end(),
      [&](const EventMention& e) { return e.code.type == m.code.type && e.trigger < vg.begin; });
  if (earlier && days_before > 0 && vg.tense == Tense::kPast && !vg.modal && !same_kind_told) {
    m.days_before = days_before;
  }
  // "Hours later, a drone attacked the US embassy", "Separately, gunmen
  // attacked ...": an act told as coming at another time, or apart, is one
  // more.
  if (!m.another && IsAny(m.code.type, {"ASSAULT", "COERCE"}) && !trigger.casualty &&
      OpensAtAnotherTime()) {
    m.another = true;
  }
  m.background = IsHabitual(clause) || IsUndone(clause) || background_act ||
                 (earlier && m.days_before == 0) || over_time;
  // "as troops marched past": soldiers on parade do not demonstrate.
  if (m.code.type == "PROTEST" && m.code.mode == "demo" && m.source &&
      m.source->actor.sector == "MIL" && m.source->kind != "person") {
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
  // "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed
  // relations with Qatar": states named together each act for themselves
  // in diplomacy (an attack they make together is one).
  if (out_.events.size() == before + 1 && !passive && !reciprocal && clause.subject != kNone &&
      IsAny(trigger.code.type, {"SANCTION", "ACCUSE", "REJECT", "SUPPORT", "REQUEST"}) &&
      trigger.code.cameo != "054") {  // establishing ties is mutual
    const EventMention first = out_.events.back();
    if (first.source && first.source->kind == "state") {
      for (int c = a_.nps[clause.subject].conjunct, guard = 0; c != kNone && guard < 8;
           c = a_.nps[c].conjunct, ++guard) {
        auto other = ActorOfNp(c);
        if (!other || other->kind != "state" || IdentityKey(*other) == IdentityKey(*first.source)) {
          continue;
        }
        EventMention copy = first;
        copy.source = other;
        out_.events.push_back(std::move(copy));
      }
    }
  }
  // "Iran condemned Israel and the United States", "summoned the British
  // ambassador and the Danish envoy": a statement aimed at parties of two
  // countries is one for each.
  if (out_.events.size() > before && !passive && !reciprocal && clause.object != kNone &&
      IsAny(trigger.code.type, {"SANCTION", "ACCUSE", "REJECT", "REQUEST", "THREATEN"})) {
    const EventMention first = out_.events[before];
    if (first.target && !first.target->actor.country.empty() && first.target_np == clause.object) {
      for (int c = a_.nps[clause.object].conjunct, guard = 0; c != kNone && guard < 8;
           c = a_.nps[c].conjunct, ++guard) {
        auto other = TargetOfNp(c);
        if (!other || other->kind == "anaphor" || other->actor.country.empty() ||
            other->actor.country == first.target->actor.country) {
          continue;
        }
        EventMention copy = first;
        copy.target = other;
        copy.target_np = c;
        out_.events.push_back(std::move(copy));
      }
    }
  }
}

}  // namespace casus::coding
