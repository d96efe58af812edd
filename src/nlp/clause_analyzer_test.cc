#include "nlp/clause_analyzer.h"

#include <gtest/gtest.h>

#include <string>

#include "nlp/annotated_test_sentence.h"

namespace casus {
namespace {

std::string NpText(const Annotated& a, const ClauseAnalysis& r, int np) {
  if (np == kNone) return "-";
  std::string out;
  for (uint32_t i = r.nps[np].begin; i < r.nps[np].end; ++i) {
    if (!out.empty()) out += ' ';
    out += std::string(a.tokens[i].text);
  }
  return out;
}

// "verb: subject | object | agent | link" for each clause.
std::vector<std::string> Describe(const Annotated& a, const ClauseAnalysis& r) {
  static const char* kLinks[] = {"main",     "complement", "infinitive",
                                 "relative", "adverbial",  "coordinated"};
  std::vector<std::string> out;
  for (const Clause& c : r.clauses) {
    const VerbGroup& vg = r.verbs[c.verb];
    std::string d = std::string(a.tokens[vg.head].text) + ": " + NpText(a, r, c.subject) + " | " +
                    NpText(a, r, c.object) + " | " + NpText(a, r, c.agent) + " | " +
                    kLinks[static_cast<int>(c.link)];
    if (vg.voice == Voice::kPassive) d += " passive";
    if (vg.negated) d += " negated";
    if (vg.modal) d += " modal";
    if (vg.tense == Tense::kFuture) d += " future";
    out.push_back(d);
  }
  return out;
}

struct ClauseCase {
  const char* annotated;
  std::vector<std::string> expected;
};

class ClauseAnalyzerTest : public testing::TestWithParam<ClauseCase> {};

TEST_P(ClauseAnalyzerTest, FindsRoles) {
  const Annotated a(GetParam().annotated);
  ClauseAnalysis r;
  ClauseAnalyzer().Analyze(a.View(), r);
  EXPECT_EQ(Describe(a, r), GetParam().expected) << GetParam().annotated;
}

const ClauseCase kCases[] = {
    // A day ends its phrase before a name.
    {"late/JJ on/IN Wednesday/NNP Thailand/NNP recalled/VBD/recall its/PRP$ envoy/NN ./.",
     {"recalled: Thailand | its envoy | - | main"}},
    // A toll goes on in the relative clause that tells it.
    {"Police/NNS blamed/VBD/blame militants/NNS for/IN bombings/NNS/bombing that/WDT "
     "killed/VBD/kill 290/CD people/NNS/people and/CC wounded/VBD/wound 500/CD ./.",
     {"blamed: Police | militants | - | main", "killed: bombings | 290 people | - | relative",
      "wounded: bombings | 500 | - | coordinated"}},
    // A participle after "and" shares a relative clause's "has".
    {"an/DT assault/NN that/WDT has/VBZ/have killed/VBN/kill 59/CD people/NNS/people and/CC "
     "wounded/VBD/wound 175/CD ./.",
     {"killed: an assault | 59 people | - | relative",
      "wounded: an assault | 175 | - | coordinated"}},
    // "as" before a finite verb opens a clause: its phrase is the subject,
    // not a complement of the phrase before; a toll after it is of the act
    // it tells the time of.
    {"Gunfire/NN rang/VBD/ring out/RP around/IN the/DT palace/NN as/IN soldiers/NNS/soldier "
     "fought/VBD/fight rebels/NNS/rebel ./.",
     {"rang: Gunfire | - | - | main", "fought: soldiers | rebels | - | main"}},
    {"The/DT blast/NN ripped/VBD/rip through/IN the/DT mosque/NN as/IN worshippers/NNS/worshipper "
     "prayed/VBD/pray ,/, killing/VBG/kill 27/CD ./.",
     {"ripped: The blast | - | - | main", "prayed: worshippers | - | - | main",
      "killing: The blast | 27 | - | adverbial"}},
    // Reported speech after a time phrase, with or without "that".
    {"Japan/NNP said/VBD/say on/IN Tuesday/NNP it/PRP had/VBD/have halted/VBN/halt aid/NN ./.",
     {"said: Japan | - | - | main", "halted: it | aid | - | complement"}},
    // A verb right after the comma closing an object relative clause has
    // the phrase the clause describes as its subject.
    {"The/DT Social/NNP Democratic/NNP Union/NNP ,/, which/WDT Zaev/NNP leads/VBZ/lead ,/, "
     "blamed/VBD/blame VMRO-DPMNE/NNP ./.",
     {"leads: Zaev | The Social Democratic Union | - | relative",
      "blamed: The Social Democratic Union | VMRO-DPMNE | - | main"}},
    // What was said past a relative clause inside its subject, the subject
    // the phrase the relative clause's phrase completes.
    {"Kadyrov/NNP said/VBD/say that/IN the/DT relatives/NNS/relative of/IN any/DT militant/NN "
     "who/WP kills/VBZ/kill a/DT police/NN officer/NN would/MD be/VB/be expelled/VBN/expel ./.",
     {"said: Kadyrov | - | - | main", "kills: any militant | a police officer | - | relative",
      "expelled: the relatives | - | - | complement passive modal"}},
    // A day opens no list of names.
    {"On/IN Tuesday/NNP ,/, the/DT United/NNP States/NNPS ,/, Germany/NNP and/CC Italy/NNP "
     "said/VBD/say it/PRP ./.",
     {"said: the United States | it | - | main"}},
    // "that" after the one told opens what was told; a series of acts of
    // its subject, the first taking a preposition's phrase only.
    {"Witnesses/NNS/witness told/VBD/tell the/DT group/NN that/IN troops/NNS/troop "
     "arrived/VBD/arrive by/IN helicopter/NN ,/, rounded/VBD/round up/RP men/NNS/man and/CC "
     "shot/VBD/shoot them/PRP ./.",
     {"told: Witnesses | the group | - | main", "arrived: troops | - | - | complement",
      "rounded: troops | men | - | coordinated", "shot: troops | them | - | coordinated"}},
    // ... and after where it was said, a time phrase following.
    {"China/NNP said/VBD/say in/IN Beijing/NNP on/IN Friday/NNP it/PRP was/VBD/be "
     "concerned/VBN/concern ./.",
     {"said: China | - | - | main", "concerned: it | - | - | complement passive"}},
    // Bare time words are adverbials, not heads or subjects.
    {"Students/NNS/student staged/VBD/stage demonstrations/NNS/demonstration Saturday/NNP ./.",
     {"staged: Students | demonstrations | - | main"}},
    {"Israel/NNP today/NN mounted/VBD/mount an/DT invasion/NN ./.",
     {"mounted: Israel | an invasion | - | main"}},
    // A predicate adjective controls nothing: the subject of "is" does.
    {"Syria/NNP is/VBZ/be willing/JJ to/TO withdraw/VB its/PRP$ troops/NNS/troop ./.",
     {"is: Syria | willing | - | main", "withdraw: Syria | its troops | - | infinitive"}},
    {"Rockets/NNS/rocket struck/VBD/strike a/DT base/NN in/IN Erbil/NNP ./.",
     {"struck: Rockets | a base | - | main"}},
    {"A/DT base/NN was/VBD/be struck/VBN/strike by/IN rockets/NNS/rocket ./.",
     {"struck: A base | - | rockets | main passive"}},
    {"Two/CD soldiers/NNS/soldier were/VBD/be killed/VBN/kill ./.",
     {"killed: Two soldiers | - | - | main passive"}},
    {"The/DT group/NN did/VBD/do not/RB claim/VB the/DT attack/NN ./.",
     {"claim: The group | the attack | - | main negated"}},
    {"Soldiers/NNS/soldier arrested/VBD/arrest more/JJR/more than/IN/than 100/CD "
     "Palestinians/NNPS/palestinian ./.",
     {"arrested: Soldiers | more than 100 Palestinians | - | main"}},
    {"The/DT rebels/NNS/rebel kidnapped/VBD/kidnap up/RP/up to/TO/to 16/CD advisers/NNS/adviser "
     "./.",
     {"kidnapped: The rebels | up to 16 advisers | - | main"}},
    {"The/DT Palestinians/NNPS/palestinian reject/VBP proposed/VBN/propose Israeli/JJ "
     "changes/NNS/change ./.",
     {"reject: The Palestinians | proposed Israeli changes | - | main"}},
    {"They/PRP threatened/VBD/threaten a/DT strike/NN unless/IN/unless Israel/NNP "
     "rescinded/VBD/rescind the/DT law/NN ./.",
     {"threatened: They | a strike | - | main", "rescinded: Israel | the law | - | main"}},
    {"Hassan/NNP was/VBD/be quoted/VBN/quote as/IN/as saying/VBG/say he/PRP would/MD/would "
     "come/VB ./.",
     {"quoted: Hassan | - | - | main passive", "saying: Hassan | - | - | adverbial",
      "come: he | - | - | complement modal"}},
    {"Helicopters/NNS/helicopter evacuated/VBD/evacuate the/DT wounded/VBN/wound from/IN/from "
     "the/DT town/NN ./.",
     {"evacuated: Helicopters | the wounded | - | main"}},
    {"Iran/NNP and/CC/and Syria/NNP both/DT/both blamed/VBN/blame Israel/NNP ./.",
     {"blamed: Iran | Israel | - | main"}},
    {"Israeli/JJ warplanes/NNS/warplane fired/VBN/fire missiles/NNS/missile ./.",
     {"fired: Israeli warplanes | missiles | - | main"}},
    {"Rockets/NNS/rocket fired/VBN/fire the/DT previous/JJ night/NN hit/VBD/hit a/DT base/NN ./.",
     {"fired: - | Rockets | - | relative passive", "hit: Rockets | a base | - | main"}},
    {"They/PRP demand/VBP political/JJ and/CC/and territorial/JJ autonomy/NN ./.",
     {"demand: They | political and territorial autonomy | - | main"}},
    {"``/`` Groups/NNS/group operating/VBG/operate in/IN/in Syria/NNP did/VBD/do it/PRP ,/, "
     "''/'' Biden/NNP said/VBD/say ./.",
     {"operating: Groups | - | - | relative", "did: Groups | it | - | complement",
      "said: Biden | - | - | main"}},
    {"They/PRP will/MD/will provide/VB about/IN/about 70/CD million/CD dollars/NNS/dollar ./.",
     {"provide: They | about 70 million dollars | - | main future"}},
    {"Iran/NNP could/MD/could retaliate/VB ./.", {"retaliate: Iran | - | - | main modal"}},
    // The one charged with or praised for an act does it; a gerund after a
    // plain object of another verb does not take it as subject.
    {"Activists/NNS/activist accused/VBD/accuse militias/NNS/militia of/IN/of killing/VBG/kill "
     "protesters/NNS/protester ./.",
     {"accused: Activists | militias | - | main",
      "killing: militias | protesters | - | adverbial"}},
    // Coordinated passives share their subject and their agent.
    {"Kirby/NNP said/VBD/say the/DT attack/NN had/VBD/have been/VBN/be planned/VBN/plan and/CC "
     "facilitated/VBN/facilitate by/IN the/DT group/NN ./.",
     {"said: Kirby | - | - | main", "planned: the attack | - | the group | complement passive",
      "facilitated: the attack | - | the group | coordinated passive"}},
    // A quoted verb keeps the subject before the quotation mark; verbs
    // joined before one object share it.
    {"Iraq/NNP said/VBD/say it/PRP \"/`` categorically/RB rejects/VBZ/reject and/CC "
     "strongly/RB condemns/VBZ/condemn \"/'' the/DT attack/NN ./.",
     {"said: Iraq | - | - | main", "rejects: it | the attack | - | complement",
      "condemns: it | the attack | - | coordinated"}},
    // After what a speaker said, a verb of speaking joined by ", and" is the
    // speaker's again; a phrase set off by commas does not end the subject.
    {"Awadi/NNP said/VBD/say 16/CD people/NNS/person ,/, including/IN/including "
     "civilians/NNS/civilian "
     ",/, were/VBD/be killed/VBN/kill ,/, and/CC called/VBD/call the/DT strikes/NNS/strike a/DT "
     "violation/NN ./.",
     {"said: Awadi | - | - | main", "killed: 16 people | - | - | complement passive",
      "called: Awadi | the strikes | - | coordinated"}},
    // A participle phrase set off by commas after a name leaves the name
    // the subject.
    {"Putin/NNP ,/, speaking/VBG/speak in/IN Sochi/NNP before/IN talks/NNS/talk with/IN "
     "King/NNP Abdullah/NNP ,/, called/VBD/call the/DT incident/NN a/DT stab/NN ./.",
     {"speaking: - | - | - | main", "called: Putin | the incident | - | main"}},
    // A relative clause after a preposition has a subject of its own; a
    // participle after it with an object is the past tense.
    {"The/DT coalition/NN ,/, of/IN which/WDT the/DT UAE/NNP is/VBZ/be a/DT member/NN ,/, "
     "launched/VBN/launch air/NN strikes/NNS/strike ./.",
     {"is: the UAE | a member | - | relative", "launched: The coalition | air strikes | - | main"}},
    // Words quoted inside a phrase belong to it.
    {"They/PRP said/VBD/say they/PRP captured/VBD/capture an/DT \"/`` Israeli/JJ ship/NN "
     "\"/'' ./.",
     {"said: They | - | - | main", "captured: they | an \" Israeli ship \" | - | complement"}},
    // What is complained of is done by someone else.
    {"Villagers/NNS/villager complained/VBD/complain of/IN/of shelling/VBG/shell ./.",
     {"complained: Villagers | - | - | main", "shelling: - | - | - | adverbial"}},
    // A day does not join a party that starts a clause of its own.
    {"Drones/NNS/drone struck/VBD/strike the/DT plant/NN on/IN/on Saturday/NNP and/CC/and "
     "the/DT Houthis/NNPS/houthi claimed/VBD/claim the/DT attack/NN ./.",
     {"struck: Drones | the plant | - | main", "claimed: the Houthis | the attack | - | main"}},
    // A gerund after "of" names an act of no one in particular; a verb
    // coordinated after it goes with the clause before it.
    {"Khamenei/NNP declared/VBD/declare three/CD days/NNS/day of/IN/of mourning/VBG/mourn "
     "and/CC warned/VBD/warn of/IN revenge/NN ./.",
     {"declared: Khamenei | three days | - | main", "mourning: - | - | - | adverbial",
      "warned: Khamenei | - | - | coordinated"}},
    // An object told after a short phrase; a time is not one.
    {"Bashir/NNP shortened/VBD/shorten by/IN/by one/CD/one hour/NN/hour the/DT/the "
     "nightly/JJ/nightly curfew/NN/curfew ./.",
     {"shortened: Bashir | the nightly curfew | - | main"}},
    {"Troops/NNS/troop arrived/VBD/arrive in/IN/in Baghdad/NNP the/DT/the next/JJ/next "
     "day/NN/day ./.",
     {"arrived: Troops | - | - | main"}},
    {"The/DT army/NN forced/VBD/force out/RP/out on/IN/on Wednesday/NNP more/JJR/more "
     "than/IN/than 1,000/CD refugees/NNS/refugee ./.",
     {"forced: The army | more than 1,000 refugees | - | main"}},
    // "to" before a phrase is a preposition: the apposition holds together.
    {"Jamshidi/NNP ,/, an/DT aide/NN/aide to/TO/to President/NNP Raisi/NNP ,/, said/VBD/say "
     "that/IN/that Israel/NNP attacked/VBD/attack ./.",
     {"said: Jamshidi | - | - | main", "attacked: Israel | - | - | complement"}},
    // A participle after a day is not the day's.
    {"Kurds/NNPS/kurd demonstrated/VBD/demonstrate on/IN/on Sunday/NNP calling/VBG/call "
     "for/IN/for independence/NN/independence ./.",
     {"demonstrated: Kurds | - | - | main", "calling: Kurds | - | - | adverbial"}},
    {"The/DT militia/NN will/MD/will attack/VB the/DT base/NN ./.",
     {"attack: The militia | the base | - | main future"}},
    {"The/DT militia/NN vowed/VBD/vow to/TO retaliate/VB ./.",
     {"vowed: The militia | - | - | main", "retaliate: The militia | - | - | infinitive"}},
    {"Officials/NNS/official urged/VBD/urge Iraq/NNP to/TO expel/VB US/NNP troops/NNS/troop ./.",
     {"urged: Officials | Iraq | - | main", "expel: Iraq | US troops | - | infinitive"}},
    // A bare infinitive after a causative verb and its object; a past tense
    // after it goes with the causative verb.
    {"Gunmen/NNS/gunman let/VBD/let some/DT students/NNS/student go/VB/go and/CC/and "
     "shot/VBD/shoot "
     "those/DT ./.",
     {"let: Gunmen | some students | - | main", "go: some students | - | - | infinitive",
      "shot: Gunmen | those | - | coordinated"}},
    // Past a list a participle phrase ends with, the phrase it describes.
    {"Gunmen/NNS/gunman armed/VBN/arm with/IN/with assault/NN/assault rifles/NNS/rifle ,/, "
     "pistols/NNS/pistol and/CC/and machetes/NNS/machete stormed/VBD/storm the/DT cafe/NN ./.",
     {"armed: - | Gunmen | - | relative passive", "stormed: Gunmen | the cafe | - | main"}},
    // A participle read after a subject, before a particle and an object, is
    // a past tense.
    {"a/DT day/NN after/IN another/DT family/NN carried/VBN/carry out/RP/out suicide/NN "
     "bombings/NNS/bombing ./.",
     {"carried: another family | suicide bombings | - | main"}},
    // "for X to": X is the infinitive's subject.
    {"Sisi/NNP called/VBD/call for/IN/for the/DT Council/NNP to/TO meet/VB/meet ./.",
     {"called: Sisi | - | - | main", "meet: the Council | - | - | infinitive"}},
    {"Kataib/NNP Hezbollah/NNP ,/, an/DT Iran-backed/JJ militia/NN ,/, claimed/VBD/claim the/DT "
     "attack/NN ./.",
     {"claimed: Kataib Hezbollah | the attack | - | main"}},
    {"Rockets/NNS/rocket hit/VBD/hit a/DT base/NN hosting/VBG/host US/NNP troops/NNS/troop ./.",
     {"hit: Rockets | a base | - | main", "hosting: a base | US troops | - | relative"}},
    {"Militias/NNS/militia that/WDT attacked/VBD/attack the/DT base/NN fled/VBD/flee ./.",
     {"attacked: Militias | the base | - | relative", "fled: Militias | - | - | main"}},
    // A speech verb after what was said goes with the speaker, with or
    // without a comma; so does a participle of judging after it.
    {"Turkey/NNP 's/POS/'s ministry/NN denied/VBD/deny that/IN its/PRP$ forces/NNS/force "
     "were/VBD/be responsible/JJ and/CC said/VBD/say terrorists/NNS/terrorist carried/VBD/carry "
     "out/RP the/DT attacks/NNS/attack ,/, pointing/VBG/point the/DT finger/NN at/IN the/DT "
     "PKK/NNP ./.",
     {"denied: ministry | - | - | main", "were: its forces | responsible | - | complement",
      "said: ministry | - | - | coordinated", "carried: terrorists | the attacks | - | complement",
      "pointing: ministry | the finger | - | adverbial"}},
    // A subject a conjunction opens is its own clause's, not the phrase a
    // participle before it describes.
    {"Ten/CD people/NNS/person were/VBD/be killed/VBN/kill and/CC hundreds/NNS/hundred "
     "wounded/VBN/wound as/IN Israeli/JJ troops/NNS/troop opened/VBD/open fire/NN ./.",
     {"killed: Ten people | - | - | main passive", "wounded: - | hundreds | - | relative passive",
      "opened: Israeli troops | fire | - | main"}},
    // After a comma, a gerund goes with the clause a participle phrase
    // describes a noun of, not with that phrase.
    {"The/DT Guards/NNPS/guard claimed/VBD/claim responsibility/NN in/IN a/DT statement/NN "
     "read/VBN/read on/IN television/NN ,/, warning/VBG/warn the/DT United/NNP States/NNPS ./.",
     {"claimed: The Guards | responsibility | - | main",
      "read: - | a statement | - | relative passive",
      "warning: The Guards | the United States | - | adverbial"}},
    // A relative clause without "that" inside an apposition; the participle
    // after it telling what was said is the main verb.
    {"Kataib/NNP Hezbollah/NNP ,/, the/DT militia/NN US/NNP officials/NNS/official blame/VBP "
     "for/IN the/DT attack/NN ,/, announced/VBN/announce on/IN Tuesday/NNP that/IN it/PRP "
     "was/VBD/be suspending/VBG/suspend operations/NNS/operation ./.",
     {"blame: US officials | the militia | - | relative",
      "announced: Kataib Hezbollah | - | - | main",
      "suspending: it | operations | - | complement"}},
    // Out of a clause inside the relative clause: the agent of "backed" is
    // not the subject of "have claimed".
    {"Armed/JJ groups/NNS/group that/WDT officials/NNS/official say/VBP are/VBP/be "
     "backed/VBN/back by/IN Iran/NNP have/VBP claimed/VBN/claim attacks/NNS/attack ./.",
     {"say: officials | Armed groups | - | relative", "backed: - | - | Iran | complement passive",
      "claimed: Armed groups | attacks | - | main"}},
    {"Rockets/NNS/rocket struck/VBD/strike the/DT airport/NN ,/, killing/VBG/kill a/DT "
     "contractor/NN ./.",
     {"struck: Rockets | the airport | - | main",
      "killing: Rockets | a contractor | - | adverbial"}},
    {"The/DT attack/NN killed/VBD/kill two/CD and/CC wounded/VBD/wound six/CD ./.",
     {"killed: The attack | two | - | main", "wounded: The attack | six | - | coordinated"}},
    {"Officials/NNS/official said/VBD/say the/DT militia/NN fired/VBD/fire rockets/NNS/rocket ./.",
     {"said: Officials | - | - | main", "fired: the militia | rockets | - | complement"}},
    {"The/DT ministry/NN said/VBD/say that/IN militants/NNS/militant attacked/VBD/attack a/DT "
     "convoy/NN ./.",
     {"said: The ministry | - | - | main", "attacked: militants | a convoy | - | complement"}},
    {"Militants/NNS/militant attacked/VBD/attack a/DT convoy/NN ,/, officials/NNS/official "
     "said/VBD/say ./.",
     {"attacked: Militants | a convoy | - | complement", "said: officials | - | - | main"}},
    {"The/DT group/NN denied/VBD/deny carrying/VBG/carry out/RP the/DT attack/NN ./.",
     {"denied: The group | - | - | main", "carrying: The group | the attack | - | complement"}},
    {"Fighters/NNS/fighter killed/VBN/kill in/IN the/DT strike/NN were/VBD/be buried/VBN/bury ./.",
     {"killed: - | Fighters | - | relative passive", "buried: Fighters | - | - | main passive"}},
    {"The/DT leader/NN of/IN the/DT militia/NN condemned/VBD/condemn the/DT strike/NN ./.",
     {"condemned: The leader | the strike | - | main"}},
    {"US/NNP forces/NNS/force carried/VBD/carry out/RP airstrikes/NNS/airstrike on/IN "
     "Kataib/NNP Hezbollah/NNP sites/NNS/site ./.",
     {"carried: US forces | airstrikes | - | main"}},
    {"According/VBG/according to/TO police/NN ,/, gunmen/NNS/gunman opened/VBD/open fire/NN ./.",
     {"opened: gunmen | fire | - | main"}},
    {"A/DT group/NN calling/VBG/call itself/PRP Saraya/NNP Awliya/NNP al-Dam/NNP ,/, or/CC "
     "Guardians/NNPS/guardian of/IN the/DT Blood/NNP Brigade/NNP ,/, claimed/VBD/claim "
     "responsibility/NN for/IN the/DT attack/NN ./.",
     {"calling: A group | itself | - | relative", "claimed: A group | responsibility | - | main"}},
    // A bare participle after "and" carries on the perfect before it.
    {"Riyadh/NNP has/VBZ/have expelled/VBN/expel the/DT ambassador/NN and/CC frozen/VBN/freeze "
     "all/DT new/JJ trade/NN ./.",
     {"expelled: Riyadh | the ambassador | - | main",
      "frozen: Riyadh | all new trade | - | "
      "coordinated"}},
};

INSTANTIATE_TEST_SUITE_P(Sentences, ClauseAnalyzerTest, testing::ValuesIn(kCases));

TEST(ClauseAnalyzerStructureTest, AppositionPossessorAndPrepositions) {
  const Annotated a(
      "Iran/NNP 's/POS/'s foreign/JJ ministry/NN blamed/VBD/blame Kataib/NNP Hezbollah/NNP ,/, "
      "an/DT Iran-backed/JJ militia/NN ,/, for/IN the/DT attack/NN on/IN the/DT base/NN ./.");
  ClauseAnalysis r;
  ClauseAnalyzer().Analyze(a.View(), r);
  ASSERT_EQ(r.clauses.size(), 1u);
  const Clause& c = r.clauses[0];
  EXPECT_EQ(NpText(a, r, c.subject), "foreign ministry");
  EXPECT_EQ(NpText(a, r, r.nps[c.subject].possessor), "Iran");
  EXPECT_EQ(NpText(a, r, c.object), "Kataib Hezbollah");
  EXPECT_EQ(NpText(a, r, r.nps[c.object].apposition), "an Iran-backed militia");
  ASSERT_GE(c.preps.size(), 1u);
  EXPECT_EQ(a.tokens[c.preps[0].prep].text, "for");
  EXPECT_EQ(NpText(a, r, c.preps[0].np), "the attack");
  EXPECT_EQ(a.tokens[r.nps[c.preps[0].np].head].text, "attack");
}

// A manner adverb before a participle stays inside the phrase it grades.
TEST(ClauseAnalyzerStructureTest, AdverbBeforeParticipleInsidePhrase) {
  const Annotated a(
      "Yemen/NNP 's/POS/'s internationally/RB recognised/VBN/recognise government/NN "
      "welcomed/VBD/welcome the/DT decision/NN ./.");
  ClauseAnalysis r;
  ClauseAnalyzer().Analyze(a.View(), r);
  ASSERT_EQ(r.clauses.size(), 1u);
  const Clause& c = r.clauses[0];
  EXPECT_EQ(a.tokens[r.verbs[c.verb].head].text, "welcomed");
  EXPECT_EQ(NpText(a, r, c.subject), "internationally recognised government");
  EXPECT_EQ(NpText(a, r, r.nps[c.subject].possessor), "Yemen");
  EXPECT_EQ(NpText(a, r, c.object), "the decision");
}

// "shot dead one of the pilots": the result is no part of the object.
// An adverb after the article, before a modifier, is inside the phrase.
TEST(ClauseAnalyzerStructureTest, AdverbAfterTheArticleInsidePhrase) {
  const Annotated a("A/DT mostly/RB Tutsi/NNP movement/NN seized/VBD/seize the/DT town/NN ./.");
  ClauseAnalysis r;
  ClauseAnalyzer().Analyze(a.View(), r);
  ASSERT_EQ(r.clauses.size(), 1u);
  EXPECT_EQ(NpText(a, r, r.clauses[0].subject), "A mostly Tutsi movement");
}

TEST(ClauseAnalyzerStructureTest, ResultAfterAVerbOfViolence) {
  const Annotated a("Rebels/NNS shot/VBD/shoot dead/JJ one/CD of/IN the/DT pilots/NNS/pilot ./.");
  ClauseAnalysis r;
  ClauseAnalyzer().Analyze(a.View(), r);
  ASSERT_EQ(r.clauses.size(), 1u);
  const Clause& c = r.clauses[0];
  EXPECT_EQ(NpText(a, r, c.subject), "Rebels");
  EXPECT_EQ(NpText(a, r, c.object), "one");
  EXPECT_EQ(NpText(a, r, r.nps[c.object].of_complement), "the pilots");
}

TEST(ClauseAnalyzerStructureTest, ProtectedSpansStayOneNounPhrase) {
  Annotated a("Islamic/NNP Resistance/NNP in/IN Iraq/NNP claimed/VBD/claim the/DT attack/NN ./.");
  const std::pair<uint32_t, uint32_t> spans[] = {{0, 4}};
  TaggedSentence view = a.View();
  view.protected_spans = spans;
  ClauseAnalysis r;
  ClauseAnalyzer().Analyze(view, r);
  ASSERT_EQ(r.clauses.size(), 1u);
  EXPECT_EQ(NpText(a, r, r.clauses[0].subject), "Islamic Resistance in Iraq");
}

TEST(ClauseAnalyzerStructureTest, AccordingToMarksTheSource) {
  const Annotated a(
      "According/VBG/according to/TO analysts/NNS/analyst ,/, the/DT group/NN is/VBZ/be a/DT "
      "front/NN ./.");
  ClauseAnalysis r;
  ClauseAnalyzer().Analyze(a.View(), r);
  EXPECT_EQ(NpText(a, r, r.attribution_np), "analysts");
}

TEST(ClauseAnalyzerStructureTest, EmptyAndDegenerateInput) {
  ClauseAnalysis r;
  ClauseAnalyzer().Analyze(TaggedSentence{}, r);
  EXPECT_TRUE(r.clauses.empty());
  const Annotated a(",/, ./. and/CC");
  ClauseAnalyzer().Analyze(a.View(), r);
  EXPECT_TRUE(r.nps.empty());
  EXPECT_TRUE(r.clauses.empty());
}

}  // namespace
}  // namespace casus
