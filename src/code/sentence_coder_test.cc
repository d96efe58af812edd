#include "code/sentence_coder.h"

#include <gtest/gtest.h>

#include <sstream>

namespace casus {
namespace {

// A hand-tagged sentence ("word/TAG[/lemma]") with actors marked by token
// ranges, so the coder is tested apart from the tagger and matcher.
struct ActorMark {
  uint32_t begin, end;
  const char* name;
  const char* country;
  const char* sector;
  const char* kind;
  const char* compound = "";
};

struct Fixture {
  std::string text;
  std::vector<Token> tokens;
  std::vector<PosTag> tags;
  std::vector<std::string> lemma_store;
  std::vector<std::string_view> lemmas;
  std::vector<ActorSpan> actors;
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  ClauseAnalysis analysis;

  Fixture(const std::string& annotated, const std::vector<ActorMark>& marks) {
    std::istringstream in(annotated);
    std::vector<std::string> words;
    for (std::string item; in >> item;) {
      const size_t slash = item.find('/', 1);
      const size_t slash2 = item.find('/', slash + 1);
      words.push_back(item.substr(0, slash));
      const std::string tag = item.substr(
          slash + 1, slash2 == std::string::npos ? std::string::npos : slash2 - slash - 1);
      std::string lemma = slash2 == std::string::npos ? words.back() : item.substr(slash2 + 1);
      for (char& c : lemma) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      lemma_store.push_back(lemma);
      tags.push_back(ParsePosTag(tag).value_or(PosTag::kNN));
    }
    for (const std::string& w : words) {
      Token t;
      t.start = static_cast<uint32_t>(text.size());
      text += w;
      t.end = static_cast<uint32_t>(text.size());
      text += ' ';
      tokens.push_back(t);
    }
    for (Token& t : tokens) t.text = std::string_view(text).substr(t.start, t.end - t.start);
    for (const std::string& l : lemma_store) lemmas.push_back(l);
    for (const ActorMark& m : marks) {
      ActorSpan span;
      span.begin = m.begin;
      span.end = m.end;
      span.actor.name = m.name;
      span.actor.country = m.country;
      span.actor.sector = m.sector;
      span.kind = m.kind;
      span.compound = m.compound;
      actors.push_back(span);
      spans.emplace_back(m.begin, m.end);
    }
    ClauseAnalyzer().Analyze(TaggedSentence{tokens, tags, lemmas, spans}, analysis);
  }

  SentenceCoding Code(const EventDictionary& dict) const {
    SentenceCoding out;
    SentenceCoder(&dict).Code(SentenceInput{0, tokens, tags, lemmas, &analysis, actors}, out);
    return out;
  }
};

const EventDictionary& Dictionary() {
  static const EventDictionary* dict = [] {
    auto loaded = EventDictionary::Load({std::string(CASUS_SOURCE_DIR) + "/data/dict"});
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return new EventDictionary(std::move(loaded.value()));
  }();
  return *dict;
}

std::string Name(const std::optional<ActorSpan>& span) {
  if (!span) return "-";
  return span->actor.name.empty() ? "?" + span->actor.text : span->actor.name;
}

// "TYPE mode cameo: source -> target [flags]"
std::vector<std::string> Events(const SentenceCoding& coding) {
  std::vector<std::string> out;
  for (const EventMention& m : coding.events) {
    std::string d = m.code.type + " " + (m.code.mode.empty() ? "-" : m.code.mode) + " " +
                    (m.code.cameo.empty() ? "-" : m.code.cameo) + ": " + Name(m.source) + " -> " +
                    Name(m.target);
    if (m.nominal) d += " nominal";
    if (m.casualty_only) d += " casualty";
    if (m.background) d += " background";
    if (m.speaker) d += " said-by " + Name(m.speaker);
    out.push_back(d);
  }
  return out;
}

struct CoderCase {
  const char* annotated;
  std::vector<ActorMark> actors;
  std::vector<std::string> events;
};

const CoderCase kCases[] = {
    {"Houthi/NNP rebels/NNS/rebel attacked/VBD/attack a/DT Saudi/JJ oil/NN facility/NN ./.",
     {{0, 2, "Houthis", "YEM", "REB", "armed_group"}, {4, 5, "Saudi Arabia", "SAU", "", "state"}},
     {"ASSAULT - 190: Houthis -> Saudi Arabia"}},
    {"A/DT base/NN hosting/VBG/host US/NNP troops/NNS/troop was/VBD/be struck/VBN/strike by/IN "
     "rockets/NNS/rocket ./.",
     {{3, 5, "US military", "USA", "MIL", "military"}},
     {"ASSAULT heavy-weapons 194: - -> US military"}},
    {"US/NNP forces/NNS/force carried/VBD/carry out/RP airstrikes/NNS/airstrike on/IN "
     "Kataib/NNP Hezbollah/NNP sites/NNS/site ./.",
     {{0, 2, "US military", "USA", "MIL", "military"},
      {6, 8, "Kata'ib Hezbollah", "IRQ", "REB", "armed_group"}},
     {"ASSAULT aerial 195: US military -> Kata'ib Hezbollah"}},
    {"The/DT militia/NN did/VBD/do not/RB attack/VB the/DT base/NN ./.", {}, {}},
    {"Iran/NNP could/MD/could strike/VB US/NNP bases/NNS/base ./.",
     {{0, 1, "Iran", "IRN", "GOV", "state"}, {3, 4, "United States", "USA", "", "state"}},
     {}},
    {"Two/CD soldiers/NNS/soldier were/VBD/be killed/VBN/kill ./.",
     {},
     {"ASSAULT - 190: - -> - casualty"}},
    {"Saraya/NNP Awliya/NNP al-Dam/NNP claimed/VBD/claim responsibility/NN for/IN the/DT "
     "attack/NN ./.",
     {{0, 3, "Saraya Awliya al-Dam", "IRQ", "REB", "front_group"}},
     {"ASSAULT - 190: - -> - nominal"}},
    {"Iraqi/JJ officials/NNS/official blamed/VBD/blame Kataib/NNP Hezbollah/NNP for/IN the/DT "
     "attack/NN ./.",
     {{0, 2, "Iraq government", "IRQ", "GOV", "government"},
      {3, 5, "Kata'ib Hezbollah", "IRQ", "REB", "armed_group"}},
     {"ACCUSE disapprove 112: Iraq government -> Kata'ib Hezbollah"}},
    {"Kataib/NNP Hezbollah/NNP denied/VBD/deny any/DT involvement/NN ./.",
     {{0, 2, "Kata'ib Hezbollah", "IRQ", "REB", "armed_group"}},
     {"REJECT - 016: Kata'ib Hezbollah -> -"}},
    {"Officials/NNS/official said/VBD/say Iran/NNP attacked/VBD/attack the/DT tanker/NN ./.",
     {{0, 1, "officials", "", "GOV", "agent"}, {2, 3, "Iran", "IRN", "GOV", "state"}},
     {"ASSAULT - 190: Iran -> tanker said-by officials"}},
    {"The/DT Houthis/NNPS/houthi fired/VBD/fire a/DT ballistic/JJ missile/NN at/IN "
     "Israel/NNP ./.",
     {{0, 2, "Houthis", "YEM", "REB", "armed_group"}, {7, 8, "Israel", "ISR", "", "state"}},
     {"ASSAULT heavy-weapons 194: Houthis -> Israel"}},
    {"Iranian/JJ forces/NNS/force seized/VBD/seize a/DT tanker/NN ./.",
     {{0, 2, "Iran military", "IRN", "MIL", "military"}},
     {"COERCE seize 171: Iran military -> tanker"}},
    {"Thousands/NNS/thousand of/IN protesters/NNS/protester rallied/VBD/rally in/IN "
     "Baghdad/NNP ./.",
     {{2, 3, "protesters", "", "CVL", "agent"}},
     {"PROTEST demo 141: protesters -> -"}},
    {"The/DT drone/NN attack/NN on/IN Erbil/NNP airport/NN wounded/VBD/wound two/CD "
     "people/NNS/people ./.",
     {},
     {"ASSAULT drone 1952: - -> -"}},
    {"Saudi/NNP Arabia/NNP and/CC Iran/NNP agreed/VBD/agree to/TO restore/VB ties/NNS/tie ./.",
     {{0, 2, "Saudi Arabia", "SAU", "", "state"}, {3, 4, "Iran", "IRN", "", "state"}},
     {"AGREE - 030: Saudi Arabia -> Iran"}},
    // Statements of intent (code/intent.h).
    {"Syria/NNP says/VBZ/say it/PRP is/VBZ/be willing/JJ to/TO withdraw/VB its/PRP$ "
     "troops/NNS/troop from/IN Lebanon/NNP ./.",
     {{0, 1, "Syria", "SYR", "", "state"}, {10, 11, "Lebanon", "LBN", "", "state"}},
     {"AGREE - 035: Syria -> Lebanon said-by Syria"}},
    {"Russia/NNP said/VBD/say Sudan/NNP must/MD return/VB the/DT helicopter/NN ./.",
     {{0, 1, "Russia", "RUS", "", "state"}, {2, 3, "Sudan", "SDN", "", "state"}},
     {"REQUEST change 100: Russia -> Sudan"}},
    {"Israel/NNP will/MD not/RB accept/VB more/JJR refugees/NNS/refugee ./.",
     {{0, 1, "Israel", "ISR", "", "state"}},
     {"REJECT - 120: Israel -> -"}},
    {"The/DT rebels/NNS/rebel threatened/VBD/threaten to/TO blockade/VB the/DT capital/NN ./.",
     {{1, 2, "rebels", "", "REB", "agent"}},
     {"THREATEN restrict 132: rebels -> -"}},
    {"Nigeria/NNP will/MD withdraw/VB its/PRP$ force/NN from/IN Chad/NNP unless/IN "
     "Chad/NNP holds/VBZ/hold elections/NNS/election ./.",
     {{0, 1, "Nigeria", "NGA", "", "state"},
      {6, 7, "Chad", "TCD", "", "state"},
      {8, 9, "Chad", "TCD", "", "state"}},
     {"THREATEN - 139: Nigeria -> Chad"}},
    {"Katsav/NNP refused/VBD/refuse to/TO meet/VB King/NNP Abdullah/NNP ./.",
     {{0, 1, "Moshe Katsav", "ISR", "GOV", "person"},
      {4, 6, "Abdullah II", "JOR", "GOV", "person"}},
     {"REJECT meet 120: Moshe Katsav -> Abdullah II"}},
    {"The/DT US/NNP will/MD strike/VB if/IN Iran/NNP attacks/VBZ/attack the/DT base/NN ./.",
     {{1, 2, "United States", "USA", "", "state"}, {5, 6, "Iran", "IRN", "", "state"}},
     {"THREATEN violence 138: United States -> Iran"}},
    {"Iran/NNP vowed/VBD/vow to/TO support/VB the/DT Houthis/NNPS/houthi ./.",
     {{0, 1, "Iran", "IRN", "", "state"}, {5, 6, "Houthis", "YEM", "REB", "armed_group"}},
     {"AGREE - 032: Iran -> Houthis"}},
    {"Iran/NNP vowed/VBD/vow to/TO retaliate/VB against/IN Israel/NNP ./.",
     {{0, 1, "Iran", "IRN", "", "state"}, {5, 6, "Israel", "ISR", "", "state"}},
     {"THREATEN violence 138: Iran -> Israel"}},
    {"Pakistan/NNP rejected/VBD/reject an/DT offer/NN from/IN Afghanistan/NNP for/IN "
     "talks/NNS/talks ./.",
     {{0, 1, "Pakistan", "PAK", "", "state"}, {5, 6, "Afghanistan", "AFG", "", "state"}},
     {"REJECT - 120: Pakistan -> Afghanistan"}},
    // Targets of acts on a place or through a demanded act.
    {"Serbia/NNP lifted/VBD/lift a/DT curfew/NN in/IN Montenegro/NNP ./.",
     {{0, 1, "Serbia", "SRB", "", "state"}, {4, 5, "Montenegro", "MNE", "", "state"}},
     {"CONCEDE - 081: Serbia -> Montenegro"}},
    {"The/DT rebels/NNS/rebel demanded/VBD/demand the/DT removal/NN of/IN President/NNP "
     "Habyarimana/NNP ./.",
     {{1, 2, "rebels", "RWA", "REB", "agent"},
      {5, 7, "Juvenal Habyarimana", "RWA", "GOV", "person"}},
     {"REQUEST - 100: rebels -> Juvenal Habyarimana"}},
    {"Palestinian/JJ officials/NNS/official demanded/VBD/demand Friday/NNP that/IN the/DT "
     "United/NNP States/NNPS match/VB the/DT offer/NN ./.",
     {{0, 2, "Palestine government", "PSE", "GOV", "agent"},
      {6, 8, "United States", "USA", "", "state"}},
     {"REQUEST - 100: Palestine government -> United States"}},
    {"Portugal/NNP will/MD support/VB Turkey/NNP ./.",
     {{0, 1, "Portugal", "PRT", "", "state"}, {3, 4, "Türkiye", "TUR", "", "state"}},
     {"AGREE - 032: Portugal -> Türkiye"}},
    {"The/DT administration/NN declared/VBD/declare Tuesday/NNP that/IN China/NNP must/MD "
     "drop/VB barriers/NNS/barrier ./.",
     {{1, 2, "United States government", "USA", "GOV", "government"},
      {5, 6, "China", "CHN", "", "state"}},
     {"REQUEST change 100: United States government -> China"}},
    // References to earlier or repeated events.
    {"The/DT Houthis/NNPS/houthi have/VBP/have repeatedly/RB attacked/VBN/attack Saudi/NNP "
     "Arabia/NNP ./.",
     {{0, 2, "Houthis", "YEM", "REB", "armed_group"}, {5, 7, "Saudi Arabia", "SAU", "", "state"}},
     {"ASSAULT - 190: Houthis -> Saudi Arabia background"}},
    {"Iran/NNP seized/VBD/seize a/DT tanker/NN in/IN response/NN to/TO the/DT strike/NN on/IN "
     "its/PRP$ consulate/NN ./.",
     {{0, 1, "Iran", "IRN", "", "state"}},
     {"COERCE seize 171: Iran -> tanker", "ASSAULT - 190: - -> ?its nominal background"}},
    {"Officials/NNS/official blamed/VBD/blame militias/NNS/militia for/IN recent/JJ "
     "rocket/NN attacks/NNS/attack on/IN bases/NNS/base ./.",
     {{0, 1, "officials", "", "GOV", "agent"}, {2, 3, "militias", "", "REB", "agent"}},
     {"ACCUSE disapprove 112: officials -> militias"}},
    // "its fighters" of a group that speaks: the group, which claims the attack.
    {"A/DT previously/RB unknown/JJ group/NN ,/, Awliya/NNP al-Dam/NNP ,/, said/VBD/say "
     "its/PRP$ fighters/NNS/fighter attacked/VBD/attack US/NNP forces/NNS/force ./.",
     {{5, 7, "Saraya Awliya al-Dam", "IRQ", "REB", "front_group"},
      {13, 15, "US military", "USA", "MIL", "military"}},
     {"ASSAULT - 190: Saraya Awliya al-Dam -> US military said-by Saraya Awliya al-Dam"}},
    // A casualty verb without an object is a reduced passive.
    {"One/CD contractor/NN killed/VBD/kill ,/, five/CD soldiers/NNS/soldier injured/VBD/injure "
     "./.",
     {},
     {"ASSAULT - 190: - -> - casualty", "ASSAULT - 190: - -> - casualty"}},
    // Generic agents placed in a country, and members of a group.
    {"Opposition/NN groups/NNS/group in/IN Zimbabwe/NNP protested/VBD/protest ./.",
     {{0, 2, "opposition", "", "OPP", "agent"}, {3, 4, "Zimbabwe", "ZWE", "", "state"}},
     {"PROTEST demo 141: Zimbabwe opposition -> -"}},
    {"A/DT group/NN of/IN Moroccan/JJ diplomats/NNS/diplomat met/VBD/meet Obama/NNP ./.",
     {{1, 2, "group", "", "", "agent"},
      {3, 5, "Morocco diplomats", "MAR", "GOV", "agent"},
      {6, 7, "Barack Obama", "USA", "GOV", "person"}},
     {"CONSULT - 040: Morocco diplomats -> Barack Obama"}},
    {"The/DT Druze/NNPS threatened/VBD/threaten to/TO strike/VB unless/IN Israel/NNP "
     "rescinded/VBD/rescind the/DT annexation/NN ./.",
     {{1, 2, "Druze", "SYR", "CVL", "agent"}, {5, 6, "Israel", "ISR", "", "state"}},
     {"THREATEN violence 138: Druze -> Israel"}},
    // Aspectual and attempt verbs make their infinitive a fact.
    {"The/DT United/NNP States/NNPS continued/VBD/continue to/TO send/VB arms/NNS/arm to/TO "
     "Pakistan/NNP ./.",
     {{1, 3, "United States", "USA", "", "state"}, {8, 9, "Pakistan", "PAK", "", "state"}},
     {"AID - 072: United States -> Pakistan"}},
    {"Militants/NNS/militant attempted/VBD/attempt to/TO assassinate/VB the/DT prime/JJ "
     "minister/NN ./.",
     {{0, 1, "militants", "", "REB", "agent"}, {5, 7, "Iraq government", "IRQ", "GOV", "agent"}},
     {"ASSAULT targeted 186: militants -> Iraq government"}},
    {"Militants/NNS/militant did/VBD/do not/RB try/VB to/TO assassinate/VB the/DT prime/JJ "
     "minister/NN ./.",
     {{0, 1, "militants", "", "REB", "agent"}, {7, 9, "Iraq government", "IRQ", "GOV", "agent"}},
     {}},
    // An object with "no" denies the act.
    {"The/DT group/NN offered/VBD/offer no/DT evidence/NN for/IN the/DT claim/NN ./.", {}, {}},
    {"The/DT war/NN in/IN Yemen/NNP ,/, where/WRB the/DT coalition/NN has/VBZ/have "
     "fought/VBN/fight the/DT Houthis/NNPS/houthi ,/, continues/VBZ/continue ./.",
     {{6, 7, "Saudi-led coalition", "SAU", "MIL", "military"},
      {10, 11, "Houthis", "YEM", "REB", "armed_group"}},
     {"ASSAULT - 190: Saudi-led coalition -> Houthis background"}},
    // "the militia" refers back to a named group even when "militia" is a
    // generic agent of the knowledge base.
    {"The/DT militia/NN attacked/VBD/attack the/DT base/NN ./.",
     {{1, 2, "militia", "", "REB", "agent"}},
     {"ASSAULT - 190: ?The militia -> -"}},
    // Signing a formal agreement is SUPPORT (CAMEO 057), both sides actors.
    {"Libya/NNP and/CC Bulgaria/NNP signed/VBD/sign a/DT treaty/NN ./.",
     {{0, 1, "Libya", "LBY", "", "state"}, {2, 3, "Bulgaria", "BGR", "", "state"}},
     {"SUPPORT - 057: Libya -> Bulgaria"}},
    // "call for" is a demand only when "for" follows the verb.
    {"Kadhimi/NNP called/VBD/call for/IN elections/NNS/election ./.",
     {{0, 1, "Mustafa al-Kadhimi", "IRQ", "GOV", "person"}},
     {"REQUEST change 104: Mustafa al-Kadhimi -> -"}},
    // ... but an appeal for calm asks no party to act.
    {"Kadhimi/NNP called/VBD/call for/IN calm/NN ./.",
     {{0, 1, "Mustafa al-Kadhimi", "IRQ", "GOV", "person"}},
     {}},
    {"Wang/NNP called/VBD/call the/DT result/NN a/DT victory/NN for/IN peace/NN ./.",
     {{0, 1, "Wang Yi", "CHN", "GOV", "person"}},
     {}},
    // A light verb with two objects: the recipient is the target.
    {"Finland/NNP gave/VBD/give Tanzania/NNP a/DT grant/NN ./.",
     {{0, 1, "Finland", "FIN", "", "state"}, {2, 3, "Tanzania", "TZA", "", "state"}},
     {"AID - 071: Finland -> Tanzania"}},
    // ... and under a statement of intent.
    {"Finland/NNP will/MD/will give/VB Tanzania/NNP a/DT grant/NN ./.",
     {{0, 1, "Finland", "FIN", "", "state"}, {3, 4, "Tanzania", "TZA", "", "state"}},
     {"AGREE - 033: Finland -> Tanzania"}},
    {"The/DT government/NN will/MD/will extend/VB the/DT curfew/NN ./.",
     {{1, 2, "government", "", "GOV", "agent"}},
     {"THREATEN restrict 132: government -> -"}},
    // The purpose of an act done: a protest made by doing it.
    {"Students/NNS/student shunned/VBD/shun classes/NNS/class to/TO protest/VB ./.",
     {{0, 1, "students", "", "EDU", "agent"}},
     {"PROTEST demo 141: students -> -"}},
    // An order to someone is a demand made of them.
    {"A/DT judge/NN ordered/VBD/order Menem/NNP to/TO appear/VB ./.",
     {{1, 2, "judge", "", "JUD", "agent"}, {3, 4, "Carlos Menem", "ARG", "GOV", "person"}},
     {"REQUEST - 100: judge -> Carlos Menem"}},
    // "a mediation effort": the event noun before a general head.
    {"Qatar/NNP launched/VBD/launch a/DT mediation/NN effort/NN between/IN Egypt/NNP and/CC "
     "Sudan/NNP ./.",
     {{0, 1, "Qatar", "QAT", "", "state"},
      {6, 7, "Egypt", "EGY", "", "state"},
      {8, 9, "Sudan", "SDN", "", "state"}},
     {"CONSULT third-party 045: Qatar -> Egypt"}},
    // What a demand asks for has not happened; the subject of its "that"
    // clause is asked.
    {"The/DT union/NN repeated/VBD/repeat its/PRP$ demand/NN that/IN Israel/NNP "
     "ease/VB/ease the/DT rules/NNS/rule ./.",
     {{1, 2, "workers", "", "LAB", "agent"}, {6, 7, "Israel", "ISR", "", "state"}},
     {"REQUEST - 100: - -> Israel nominal"}},
    // A condition is neither fact nor intent, whatever its subject.
    {"Norway/NNP will/MD/will defend/VB Oman/NNP if/IN the/DT country/NN is/VBZ/be "
     "attacked/VBN/attack ./.",
     {{0, 1, "Norway", "NOR", "", "state"}, {3, 4, "Oman", "OMN", "", "state"}},
     {"AGREE - 032: Norway -> Oman"}},
    // Peacekeepers arriving are not on a visit.
    {"NATO/NNP peacekeepers/NNS/peacekeeper arrived/VBD/arrive in/IN Bosnia/NNP ./.",
     {{0, 2, "NATO", "", "IGO", "igo"}, {4, 5, "Bosnia and Herzegovina", "BIH", "", "state"}},
     {"AID - 074: NATO -> Bosnia and Herzegovina"}},
    // "may X if Y": a conditional statement of what the speaker will do.
    {"The/DT EU/NNP may/MD/may halt/VB mediation/NN if/IN the/DT war/NN "
     "continues/VBZ/continue ./.",
     {{1, 2, "European Union", "", "IGO", "igo"}},
     {"THREATEN relations 131: European Union -> -"}},
    // Withdrawing inspectors reduces relations; announcing it is a threat.
    {"Annan/NNP said/VBD/say he/PRP will/MD/will withdraw/VB inspectors/NNS/inspector "
     "from/IN Iraq/NNP ./.",
     {{0, 1, "Kofi Annan", "", "IGO", "person"}, {6, 7, "Iraq", "IRQ", "", "state"}},
     {"THREATEN relations 131: Kofi Annan -> Iraq said-by Kofi Annan"}},
    // A decision taken is the act itself.
    {"The/DT court/NN decided/VBD/decide to/TO allow/VB the/DT candidate/NN ./.",
     {{1, 2, "court", "", "JUD", "agent"}},
     {"CONCEDE - 080: court -> -"}},
};

class SentenceCoderTest : public testing::TestWithParam<CoderCase> {};

TEST_P(SentenceCoderTest, CodesEvents) {
  const Fixture f(GetParam().annotated, GetParam().actors);
  EXPECT_EQ(Events(f.Code(Dictionary())), GetParam().events) << GetParam().annotated;
}

INSTANTIATE_TEST_SUITE_P(Sentences, SentenceCoderTest, testing::ValuesIn(kCases));

TEST(SentenceCoderRolesTest, ClaimNamesTheClaimantAndTheEvent) {
  const Fixture f(
      "Saraya/NNP Awliya/NNP al-Dam/NNP claimed/VBD/claim responsibility/NN for/IN the/DT "
      "rocket/NN attack/NN ./.",
      {{0, 3, "Saraya Awliya al-Dam", "IRQ", "REB", "front_group"}});
  const SentenceCoding coding = f.Code(Dictionary());
  ASSERT_EQ(coding.claims.size(), 1u);
  EXPECT_EQ(coding.claims[0].claimant.actor.name, "Saraya Awliya al-Dam");
  EXPECT_EQ(coding.claims[0].event_type, "ASSAULT");
}

// What a criticism or rejection with no party of its own is about: the
// assembler answers that event's party.
TEST(SentenceCoderRolesTest, StatementsSayWhatEventTheyAreAbout) {
  struct Case {
    const char* annotated;
    const char* type;
    const char* about;
  };
  const Case cases[] = {
      {"Iraq/NNP condemned/VBD/condemn the/DT strikes/NNS/strike ./.", "ACCUSE", "ASSAULT"},
      {"Iraq/NNP rejected/VBD/reject the/DT accusation/NN ./.", "REJECT", "ACCUSE"},
      {"Iraq/NNP denied/VBD/deny any/DT involvement/NN in/IN the/DT attack/NN ./.", "REJECT",
       "ACCUSE"},
      {"Iraq/NNP rejected/VBD/reject the/DT claim/NN ./.", "REJECT", "CLAIM"},
      {"Iraq/NNP demanded/VBD/demand the/DT ship/NN 's/POS immediate/JJ release/NN ./.", "REQUEST",
       "COERCE"},
      // A party of its own: nothing to look for.
      {"Iraq/NNP condemned/VBD/condemn Turkey/NNP ./.", "ACCUSE", ""},
      {"Iraq/NNP rejected/VBD/reject the/DT proposal/NN ./.", "REJECT", ""},
  };
  for (const Case& c : cases) {
    std::vector<ActorMark> actors = {{0, 1, "Iraq", "IRQ", "", "state"}};
    if (std::string_view(c.annotated).find("Turkey") != std::string_view::npos) {
      actors.push_back({2, 3, "Turkey", "TUR", "", "state"});
    }
    const Fixture f(c.annotated, actors);
    const SentenceCoding coding = f.Code(Dictionary());
    const EventMention* statement = nullptr;
    for (const EventMention& m : coding.events) {
      if (m.code.type == c.type) statement = &m;
    }
    ASSERT_NE(statement, nullptr) << c.annotated;
    EXPECT_EQ(statement->about, c.about) << c.annotated;
  }
}

TEST(SentenceCoderRolesTest, GroupCallingItselfClaims) {
  const Fixture f(
      "A/DT group/NN calling/VBG/call itself/PRP Saraya/NNP Awliya/NNP al-Dam/NNP ,/, or/CC "
      "Guardians/NNPS/guardian of/IN the/DT Blood/NNP Brigade/NNP ,/, claimed/VBD/claim "
      "responsibility/NN for/IN the/DT attack/NN ./.",
      {{4, 7, "Saraya Awliya al-Dam", "IRQ", "REB", "front_group"},
       {9, 14, "Saraya Awliya al-Dam", "IRQ", "REB", "front_group"}});
  const SentenceCoding coding = f.Code(Dictionary());
  ASSERT_EQ(coding.claims.size(), 1u);
  EXPECT_EQ(coding.claims[0].claimant.actor.name, "Saraya Awliya al-Dam");
}

TEST(SentenceCoderRolesTest, NegatedClaimIsNoClaim) {
  const Fixture f(
      "No/DT group/NN has/VBZ/have claimed/VBN/claim responsibility/NN for/IN the/DT "
      "attack/NN ./.",
      {});
  EXPECT_TRUE(f.Code(Dictionary()).claims.empty());
}

TEST(SentenceCoderRolesTest, BlameGivesAnAttribution) {
  const Fixture f(
      "Washington/NNP blamed/VBD/blame Iran-backed/JJ militias/NNS/militia for/IN the/DT "
      "attack/NN ./.",
      {{0, 1, "United States", "USA", "GOV", "state"},
       {2, 3, "Iran", "IRN", "", "state", "backed"},
       {3, 4, "militia", "", "REB", "agent"}});
  const SentenceCoding coding = f.Code(Dictionary());
  ASSERT_EQ(coding.events.size(), 1u);  // the ACCUSE; "the attack" is the attribution's
  EXPECT_EQ(coding.events[0].code.type, "ACCUSE");
  ASSERT_EQ(coding.attributions.size(), 1u);
  EXPECT_EQ(coding.attributions[0].actor.actor.sector, "REB");
  EXPECT_EQ(coding.attributions[0].by->actor.name, "United States");
  EXPECT_TRUE(coding.relations.empty());
}

TEST(SentenceCoderRolesTest, WasBehindGivesAttributionWithTheSpeaker) {
  const Fixture f(
      "The/DT Pentagon/NNP said/VBD/say Kataib/NNP Hezbollah/NNP was/VBD/be behind/IN the/DT "
      "attack/NN ./.",
      {{0, 2, "US Department of Defense", "USA", "MIL", "military"},
       {3, 5, "Kata'ib Hezbollah", "IRQ", "REB", "armed_group"}});
  const SentenceCoding coding = f.Code(Dictionary());
  ASSERT_EQ(coding.attributions.size(), 1u);
  EXPECT_EQ(coding.attributions[0].actor.actor.name, "Kata'ib Hezbollah");
  ASSERT_TRUE(coding.attributions[0].by.has_value());
  EXPECT_EQ(coding.attributions[0].by->actor.name, "US Department of Defense");
  EXPECT_EQ(coding.attributions[0].event_type, "ASSAULT");
}

TEST(SentenceCoderRolesTest, FrontAndBackedRelations) {
  const Fixture front(
      "Analysts/NNS/analyst say/VBP/say Saraya/NNP Awliya/NNP al-Dam/NNP is/VBZ/be a/DT "
      "front/NN for/IN Kataib/NNP Hezbollah/NNP ./.",
      {{0, 1, "analysts", "", "", "agent"},
       {2, 5, "Saraya Awliya al-Dam", "IRQ", "REB", "front_group"},
       {9, 11, "Kata'ib Hezbollah", "IRQ", "REB", "armed_group"}});
  SentenceCoding coding = front.Code(Dictionary());
  ASSERT_EQ(coding.relations.size(), 1u);
  EXPECT_EQ(coding.relations[0].relation, "front_of");
  EXPECT_EQ(coding.relations[0].object.actor.name, "Kata'ib Hezbollah");
  ASSERT_TRUE(coding.relations[0].by.has_value());
  EXPECT_EQ(coding.relations[0].by->actor.name, "analysts");

  const Fixture backed(
      "Kataib/NNP Hezbollah/NNP ,/, an/DT Iran-backed/JJ militia/NN ,/, denied/VBD/deny "
      "involvement/NN ./.",
      {{0, 2, "Kata'ib Hezbollah", "IRQ", "REB", "armed_group"},
       {4, 5, "Iran", "IRN", "", "state", "backed"}});
  coding = backed.Code(Dictionary());
  ASSERT_EQ(coding.relations.size(), 1u);
  EXPECT_EQ(coding.relations[0].subject.actor.name, "Kata'ib Hezbollah");
  EXPECT_EQ(coding.relations[0].relation, "backed_by");
  EXPECT_EQ(coding.relations[0].object.actor.name, "Iran");
}

TEST(SentenceCoderRolesTest, DescribeAsFrontIsARelation) {
  const Fixture f(
      "Iraqi/JJ officials/NNS/official describe/VBP/describe Saraya/NNP Awliya/NNP al-Dam/NNP "
      "as/IN a/DT front/NN for/IN Kataib/NNP Hezbollah/NNP ./.",
      {{0, 2, "Iraq government", "IRQ", "GOV", "government"},
       {3, 6, "Saraya Awliya al-Dam", "IRQ", "REB", "front_group"},
       {10, 12, "Kata'ib Hezbollah", "IRQ", "REB", "armed_group"}});
  const SentenceCoding coding = f.Code(Dictionary());
  ASSERT_EQ(coding.relations.size(), 1u);
  EXPECT_EQ(coding.relations[0].subject.actor.name, "Saraya Awliya al-Dam");
  EXPECT_EQ(coding.relations[0].relation, "front_of");
  EXPECT_EQ(coding.relations[0].object.actor.name, "Kata'ib Hezbollah");
  EXPECT_EQ(coding.relations[0].by->actor.name, "Iraq government");
}

TEST(SentenceCoderRolesTest, ItsFightersCarriedOutIsAClaim) {
  const Fixture f(
      "Kataib/NNP Hezbollah/NNP said/VBD/say it/PRP carried/VBD/carry out/RP the/DT "
      "attack/NN ./.",
      {{0, 2, "Kata'ib Hezbollah", "IRQ", "REB", "armed_group"}});
  const SentenceCoding coding = f.Code(Dictionary());
  ASSERT_EQ(coding.claims.size(), 1u);
  EXPECT_EQ(coding.claims[0].claimant.actor.name, "Kata'ib Hezbollah");
}

}  // namespace
}  // namespace casus
