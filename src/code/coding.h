// The coding of one sentence: the state the sentence coder keeps while it
// reads one sentence's clauses and phrases into event mentions, claims,
// attributions, denials and relations (src/code/sentence_coder.h). Built
// for one sentence and used once (Run); not shared between threads. Its
// methods are spread over coding_phrases.cc (actors of phrases, weapons),
// coding_background.cc (background, repeated and habitual acts),
// coding_triggers.cc (which trigger a clause matches, who speaks, whether a
// clause tells a fact), coding_clauses.cc (clauses and their events),
// coding_verbs.cc (a verb's event: its code, sides and time),
// coding_copies.cc (one event per party: states named together, swaps,
// parties of two countries, "as did"),
// coding_targets.cc (who or what is acted on, merchant vessels; who fired
// the weapons; the attack a clause after its place tells of),
// coding_protests.cc (what protests are against, riots), coding_blame.cc
// (blame and denials), coding_statements.cc (claims, denunciation, denials
// in other words, appeals to the public, backing, light verbs, calls, where
// statements were made), coding_threats.cc (intents and threats) and
// coding_relations.cc (front, proxy, backing and membership relations).
#ifndef CASUS_CODE_CODING_H_
#define CASUS_CODE_CODING_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code/coding_words.h"
#include "code/event_dictionary.h"
#include "code/intent.h"
#include "code/sentence_coder.h"

namespace casus::coding {

using T = PosTag;

class Coding {
 public:
  Coding(const EventDictionary& dict, const SentenceInput& in, SentenceCoding& out);
  void Run();

 private:
  std::string_view Lemma(size_t i) const { return in_.lemmas[i]; }
  // The token's text in lower case.
  std::string_view Lower(size_t i) const { return lower_[i]; }
  T Tag(size_t i) const { return in_.tags[i]; }
  int IndexOf(const Clause& clause) const { return static_cast<int>(&clause - a_.clauses.data()); }
  bool IsSpeechVerb(uint32_t k) const { return IsVerb(Tag(k)) && IsSpeechLemma(Lemma(k), false); }

  // coding_phrases.cc: actors of phrases, weapons; coding_background.cc: background
  const ActorSpan* SpanIn(uint32_t begin, uint32_t end, int prefer_token) const;
  ActorSpan Anaphor(uint32_t begin, uint32_t end) const;
  ActorSpan NamedAfter(const ActorSpan& actor, uint32_t head) const;
  ActorSpan SupportersOf(const ActorSpan& leader, uint32_t head) const;
  std::optional<ActorSpan> ActorOfNp(int np_index, int depth = 0) const;
  std::optional<ActorSpan> BodyBeforeAnd(uint32_t it, int depth) const;
  ActorSpan OfModifiersCountry(const ActorSpan& agent, const NounPhrase& np) const;
  int TitledName(int np_index) const;
  // The first token at or after `k` past adverbs and a day told there ("on
  // Saturday", "late on Sunday", "Monday").
  uint32_t PastDayAndAdverbs(uint32_t k) const;
  ActorSpan OfOwnersCountry(const ActorSpan& person, int np_index) const;
  ActorSpan Located(const ActorSpan& agent, int np_index) const;
  std::string TextOf(uint32_t begin, uint32_t end) const;
  void FindWeapons();
  void TakeWeapons(EventMention& m, const Clause* clause) const;
  bool MatchesBackwards(const Trigger& trigger, size_t head) const;
  const Trigger* NounTriggerAt(size_t head) const;
  const Trigger* WeaponAt(size_t head) const;
  int PrepNp(const Clause& clause, const std::vector<std::string>& preps) const;
  int PrepAfterNp(int np_index, const std::vector<std::string>& preps) const;
  std::pair<uint32_t, uint32_t> PlaceOfGenericActor(const ActorSpan& span) const;
  int OwnerOf(int np_index) const;
  bool IsDefinite(int np_index) const;
  std::optional<ActorSpan> NominalSource(int np_index) const;
  std::vector<ActorSpan> ActorsOfNp(int np_index) const;
  int LastConjunct(int np_index, int max_hops = 8) const;
  int SuchAsNp(int np_index) const;
  int Possessed(int np_index) const;
  std::optional<ActorSpan> AgentOfNp(int np_index) const;
  bool IsAnother(int np_index) const;
  bool OpensAtAnotherTime() const;
  bool AgreedSanction(const Clause& clause, const Trigger* trigger, Intent intent) const;
  bool AgreesToAMeasure(int c) const;
  const Trigger* ImposedMeasure(const Clause& clause) const;
  static bool IsGroupKindName(std::string_view kind);
  bool IsBackgroundNp(int np_index) const;
  bool StretchOfTimeBefore(uint32_t end) const;
  bool IsHabitual(const Clause& clause, int depth = 0) const;
  // Whether any word of the sentence is a day ("Monday", "today").
  bool SentenceNamesADay() const;

  // coding_clauses.cc: clauses and the events they tell
  bool IsRealis(const Clause& clause) const;
  bool IsSpeechLemma(std::string_view lemma, bool claims_too) const;
  std::optional<ActorSpan> SpeakerOf(const Clause& clause, bool direct_only = false) const;
  bool VerbTriggerMatches(const Trigger& trigger, const Clause& clause, int& prep_np) const;
  bool VerbTriggerWordsMatch(const Trigger& trigger, const Clause& clause, int& prep_np) const;
  const Trigger* MatchingTrigger(int c, int& prep_np) const;
  int DependentClause(int c) const;
  void CodeClause(int c);
  int IssuingClause(const Clause& clause) const;
  std::optional<ActorSpan> IssuerOf(int np_index, const Clause& citing) const;
  EventMention NewMention(const Trigger& trigger, uint32_t token) const;
  void FinishMention(EventMention& m, const Clause* clause);
  static void RefineCameo(EventCode& code);
  bool IsUndone(const Clause& clause) const;
  bool IsInterceptionOfWeapons(const Trigger& trigger, int np_index) const;
  bool IsNoActOfParties(const Clause& clause, const Trigger& trigger) const;
  void SetRequestMode(const Clause& clause, EventCode& code) const;
  int ReleaseAsked(int object_np) const;
  bool CodeDismissal(const Clause& clause);
  bool IsSpeaking(const Clause& clause) const;
  bool InDemandedClause(uint32_t begin) const;
  bool AfterProposal(uint32_t begin) const;
  void NominalEvents();

  // coding_verbs.cc: a verb's event, in the steps AddVerbEvent takes
  void AddVerbEvent(const Clause& clause, const Trigger& trigger, int prep_np, bool statement);
  void CodeByObject(const Clause& clause, const Trigger& trigger, EventMention& m);
  bool ReadsAsPassive(const Clause& clause, const Trigger& trigger, int prep_np) const;
  // Source and target; returns the phrase of the target.
  int FindSides(const Clause& clause, const Trigger& trigger, int prep_np, bool passive,
                bool object_in_trigger, EventMention& m) const;
  // An act or weapon as subject ("A drone attack wounded two"); returns
  // whether that act is background.
  bool TakeSubjectAsAct(const Clause& clause, const Trigger& trigger, bool passive, bool statement,
                        EventMention& m);
  void FinishTargets(const Clause& clause, const Trigger& trigger, bool passive, int target_np,
                     EventMention& m);
  // False when the verb tells no event after all ("fighters travelled").
  bool RefineByVerb(const Clause& clause, EventMention& m) const;
  void TellTime(const Clause& clause, const Trigger& trigger, bool passive, bool background_act,
                EventMention& m) const;

  // coding_copies.cc: one event per party of the event AddVerbEvent added
  // (from index `before` of the events)
  // A swap ("exchange prisoners", "swap"): each side frees the other's.
  static bool IsSwap(const Trigger& trigger);
  static bool IsReciprocal(const Trigger& trigger);
  void CopyForConjuncts(const Clause& clause, const Trigger& trigger, bool passive, size_t before);

  // coding_targets.cc: who or what is acted on
  std::optional<ActorSpan> TargetOfNp(int np_index, int depth = 0) const;
  std::optional<ActorSpan> Vessel(int np_index) const;
  std::optional<ActorSpan> TargetOfDependent(int dep, bool subject_too) const;
  std::optional<ActorSpan> ConditionParty(const VerbGroup& vg) const;
  static bool TakesPlaceTarget(std::string_view type);
  std::vector<PrepArgument> PlacePhrases(const Clause& clause, const EventMention& m) const;
  bool HoldsSomeoneNamed(const Clause& clause, const EventMention& m) const;
  void MarkPlaceOfAct(const Clause& clause, EventMention& m) const;
  void MarkPlaceAttacked(int np_index, EventMention& m) const;
  std::optional<ActorSpan> HolderIn(uint32_t begin, uint32_t end) const;
  std::optional<ActorSpan> PlaceAsTarget(const Clause& clause, const EventMention& m) const;
  std::optional<ActorSpan> ProposalParty(int np_index) const;
  std::optional<ActorSpan> PartyAfterObject(int np_index, std::string_view type = {}) const;
  std::optional<ActorSpan> WeaponUser(int np_index) const;
  int AttackBeforePlace(int np_index) const;
  bool NoteHosting(const Clause& clause);
  bool CodePriceThreat(const Clause& clause);
  void CodeCallSpeech(const Clause& clause);
  bool CodeDismay(const Clause& clause);

  // coding_protests.cc: what protests are against, riots
  std::optional<ActorSpan> ProtestedParty(const EventMention& m) const;
  void ActsInProtest();
  static bool IsCrowd(const ActorSpan& span);
  std::optional<ActorSpan> Protesters(uint32_t act) const;

  // coding_statements.cc: light verbs, claims, denunciation, backing,
  // appeals to the public, calls, where statements were made;
  // coding_threats.cc: intents and threats
  void MarkVenues();
  bool AsksNoOtherParty(const EventMention& m, const Clause* clause) const;
  void CodeIntent(int c, const Trigger* trigger, int prep_np, Intent intent);
  void CodeThreat(int c, const Trigger& trigger, int prep_np);
  bool CodeRetribution(int c);
  bool CodeAttacksGoingOn(int c);
  // For a criticism, rejection or demand whose object is another event or
  // an accusation, that event's type (EventMention::about); else empty.
  std::string StatementAbout(const Clause& clause, const EventCode& code) const;
  int LightVerbEventNp(const Clause& clause, int& recipient, uint32_t& trigger) const;
  void CodeLightVerb(const Clause& clause, Intent intent);
  bool CodeClaim(const Clause& clause, bool realis);
  bool CodeDispatch(const Clause& clause);
  void BombsOfNoAircraft(EventMention& m, const Clause* clause) const;
  void CodeBacking(const Clause& clause, const Trigger& trigger, bool realis);
  void CodePredicate(const Clause& clause);
  // "there were serious indications of an Israeli role in ...", "had
  // evidence of Iran's involvement": a speaker citing signs of a party's
  // part in an act blames it (an attribution and an ACCUSE).
  void CodeSignsOfInvolvement(const Clause& clause);
  // Whether a phrase names an act or a party in words of condemnation ("a
  // heinous terrorist attack", "a violation of Iraqi sovereignty", "a
  // criminal regime").
  // `predicative`: the phrase is what a speaker calls something ("called
  // the arrest a very dangerous development"), where more words condemn
  // (IsPredicativeDenunciationWord).
  bool IsDenunciation(int np_index, bool predicative = false) const;
  // "Mekdad called it a heinous terrorist attack", "[X said] Iran was a
  // criminal regime": `by` condemning what phrase `named` names as
  // `predicate` says (an ACCUSE, CAMEO 111): its party, or the party of the
  // act it names (EventMention::about). With `predicate` kNone, an
  // adjective condemns ("called the statement repugnant"; the caller checks
  // it).
  void CodeDenunciation(const Clause& clause, int named, int predicate, std::optional<ActorSpan> by,
                        bool predicative = false);
  bool TellsOwnActOrReprisal(int c, int subject, uint32_t from) const;
  bool TellsReprisal(int c) const;

  // coding_blame.cc: who is said to have done an act, and denials
  bool CodeReportedDenial(const Clause& clause, const std::vector<const Trigger*>& triggers);
  void AddAccusation(const ActorSpan& by, const ActorSpan& blamed, uint32_t token);
  // `claimant` claiming the act phrase `event_np` names: of the type of the
  // event noun heading it (the phrase is then used), else of none.
  ClaimMention ClaimFor(const ActorSpan& claimant, int event_np);
  // `blamed` blamed by `by` for the act phrase `event_np` names: of the type
  // of the event noun heading it (the phrase is then used), else of none.
  AttributionMention AttributionFor(const ActorSpan& blamed, std::optional<ActorSpan> by,
                                    int event_np);
  bool CodeReportedPerpetrator(const Clause& clause);
  // "Netanyahu said members of Hamas had kidnapped them": a speaker naming
  // the doer of an act told before (its object a pronoun or a definite
  // phrase, in the past perfect) blames the doer (an attribution and an
  // ACCUSE) when the doer is of another country. The act itself is coded
  // as usual.
  void CodeReportedDoer(const Clause& clause, const Trigger& trigger);
  // The clause whose doer a speaker was read to blame (CodeReportedDoer):
  // its act is the one told before, not another.
  const Clause* reported_doer_clause_ = nullptr;
  bool CodeResponsibilityLies(const Clause& clause);
  void CodeDenial(const Clause& clause, const Trigger& trigger);
  void CodeBlame(const Clause& clause, const Trigger& trigger, bool realis);
  void CodeBackingReceived(const Clause& clause);
  void CodeEvidenceThat(const Clause& clause);
  std::optional<ActorSpan> SayingBefore(uint32_t head, bool told_someone) const;
  bool CodeDoersBelongTo(const Clause& clause);
  bool CodeOrder(const Clause& clause, bool leave_only);
  std::string AgreementType(const Clause& clause) const;
  std::vector<ActorSpan> PartiesOfNp(int np_index) const;
  std::optional<ActorSpan> NamedForDescription(int np_index) const;
  bool CodeWhosePredicate(const Clause& clause);
  std::optional<ActorSpan> SaidOfRelativeGap(const Clause& clause,
                                             std::optional<ActorSpan>& speaker) const;
  bool IsAccusedGerund(const Clause& accusation, const Clause& act) const;
  void RelationOfAccused(size_t act, const ActorSpan& accused,
                         const std::optional<ActorSpan>& accuser);

  // coding_relations.cc: front, proxy, backing and membership relations
  std::optional<ActorSpan> RelationSubject(int np_index) const;
  std::vector<ActorSpan> AgentsOfRelative(int np_index, bool (*verb)(std::string_view)) const;
  int RelativeAgent(int np_index, bool (*verb)(std::string_view)) const;
  void RelationFromPredicate(const ActorSpan& subject, int np_index,
                             const std::optional<ActorSpan>& by, int depth = 0);
  const ActorSpan* CompoundIn(const NounPhrase& np, const char*& relation) const;
  void RelationsFromPhrases();
  bool ListLeadsTo(int first, int last) const;
  void CodeInclusion(const Clause& clause);
  void CodeLeadership(const Clause& clause);
  void LeadershipFromDescription(const ActorSpan& person, int description_np);
  void LeadershipFromTitle(const ActorSpan& person, const NounPhrase& np);
  bool IsLedBody(const ActorSpan& span) const;
  std::optional<ActorSpan> OwnerOfPronoun(int np_index, const ActorSpan& pronoun) const;
  void CodeAlliance(const Clause& clause, const Trigger& trigger, int partner_np);
  std::optional<ActorSpan> DescribedParty(const Clause& clause) const;
  bool IsRelationParty(const ActorSpan& span) const;

  const EventDictionary& dict_;
  const SentenceInput& in_;
  SentenceCoding& out_;
  const ClauseAnalysis& a_;
  const size_t n_;
  std::string lower_text_;               // the tokens' texts in lower case, one after another
  std::vector<std::string_view> lower_;  // each token's part of lower_text_
  // Each weapon word of the sentence: its token and its trigger.
  std::vector<std::pair<uint32_t, const Trigger*>> weapons_found_;
  std::vector<bool> used_np_;
  // Phrases an act is blamed on ("blamed the bombing on [Islamic State]"):
  // the one blamed, not whom the act was done to.
  std::vector<int> blamed_on_;
  std::optional<ActorSpan> sentence_speaker_;
};

}  // namespace casus::coding

#endif  // CASUS_CODE_CODING_H_
