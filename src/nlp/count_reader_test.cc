#include "nlp/count_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "nlp/reading_test_tokens.h"

namespace casus {
namespace {

using reading::TestSentence;

constexpr int64_t kNone = -1;

std::string Show(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : "none"; }
std::string Show(int64_t v) { return v == kNone ? "none" : std::to_string(v); }

// ---- ParseNumber ----

struct NumberCase {
  const char* text;  // the number starts at the first token
  int64_t value;     // kNone: not a number
  QuantityBound bound;
  int64_t high;  // kNone: no range
  bool vague;
  int end_token;  // one past the number's last token
};

void PrintTo(const NumberCase& c, std::ostream* os) { *os << c.text; }

constexpr auto kExact = QuantityBound::kExact;
constexpr auto kAtLeast = QuantityBound::kAtLeast;
constexpr auto kAbout = QuantityBound::kAbout;
constexpr auto kAtMost = QuantityBound::kAtMost;
constexpr auto kLess = QuantityBound::kLessThan;
constexpr auto kRange = QuantityBound::kRange;

const NumberCase kNumberCases[] = {
    {"six people", 6, kExact, kNone, false, 1},
    {"nine", 9, kExact, kNone, false, 1},
    {"zero casualties", 0, kExact, kNone, false, 1},
    {"twenty-one soldiers", 21, kExact, kNone, false, 1},
    {"ninety-nine", 99, kExact, kNone, false, 1},
    {"twenty one soldiers", 21, kExact, kNone, false, 2},
    {"one hundred and twenty people", 120, kExact, kNone, false, 4},
    {"two thousand five hundred troops", 2500, kExact, kNone, false, 4},
    {"three dozen hostages", 36, kExact, kNone, false, 2},
    {"a dozen soldiers", 12, kExact, kNone, false, 2},
    {"a hundred people", 100, kExact, kNone, false, 2},
    {"a couple of guards", 2, kExact, kNone, false, 2},
    {"a few civilians", 2, kExact, kNone, true, 2},
    {"a handful of fighters", 3, kExact, kNone, true, 2},
    {"dozens of people", 12, kExact, kNone, true, 1},
    {"scores of protesters", 20, kExact, kNone, true, 1},
    {"tens of people", 10, kExact, kNone, true, 1},
    {"tens of thousands of people", 10000, kExact, kNone, true, 3},
    {"hundreds of thousands", 100000, kExact, kNone, true, 3},
    {"hundreds of families", 100, kExact, kNone, true, 1},
    {"thousands fled", 1000, kExact, kNone, true, 1},
    {"several people", 3, kExact, kNone, true, 1},
    {"more than 40 people", 40, kAtLeast, kNone, false, 3},
    {"at least five civilians", 5, kAtLeast, kNone, false, 3},
    {"no fewer than 7 guards", 7, kAtLeast, kNone, false, 4},
    {"over 100 people", 100, kAtLeast, kNone, false, 2},
    {"in excess of 1,000 troops", 1000, kAtLeast, kNone, false, 4},
    {"upwards of 300 people", 300, kAtLeast, kNone, false, 3},
    {"up to 10 people", 10, kAtMost, kNone, false, 3},
    {"as many as 50 people", 50, kAtMost, kNone, false, 4},
    {"nearly 30 people", 30, kAbout, kNone, false, 2},
    {"almost 200", 200, kAbout, kNone, false, 2},
    {"about 20 people", 20, kAbout, kNone, false, 2},
    {"around 15 people", 15, kAbout, kNone, false, 2},
    {"some 200 people", 200, kAbout, kNone, false, 2},
    {"an estimated 300 fighters", 300, kAbout, kNone, false, 3},
    {"roughly 60", 60, kAbout, kNone, false, 2},
    {"fewer than 10 people", 10, kLess, kNone, false, 3},
    {"less than a dozen", 12, kLess, kNone, false, 4},
    {"1,500 people", 1500, kExact, kNone, false, 1},
    {"12,000", 12000, kExact, kNone, false, 1},
    {"2.5 million people", 2500000, kExact, kNone, false, 2},
    {"3 million", 3000000, kExact, kNone, false, 2},
    {"between 10 and 15 people", 10, kRange, 15, false, 4},
    {"10-15 people", 10, kRange, 15, false, 1},
    {"10 to 15 people", 10, kRange, 15, false, 3},
    {"two or three people", 2, kRange, 3, false, 3},
    {"40 or so", 40, kAbout, kNone, false, 3},
    {"100 or more", 100, kAtLeast, kNone, false, 3},
    {"a total of 12 people", 12, kExact, kNone, false, 4},
    {"both soldiers", 2, kExact, kNone, false, 1},
    {"another three soldiers", 3, kExact, kNone, false, 2},
    // Not numbers.
    {"9:30 p.m.", kNone, kExact, kNone, false, 0},
    {"3rd brigade", kNone, kExact, kNone, false, 0},
    {"2.5 percent", kNone, kExact, kNone, false, 0},
    {"a soldier", kNone, kExact, kNone, false, 0},
    {"the soldiers", kNone, kExact, kNone, false, 0},
    {"over the weekend", kNone, kExact, kNone, false, 0},
    {"some people", kNone, kExact, kNone, false, 0},
    {"twenty-first century", kNone, kExact, kNone, false, 0},
    {"2020-01-03", kNone, kExact, kNone, false, 0},
    {"1990s", kNone, kExact, kNone, false, 0},
    {"tens", kNone, kExact, kNone, false, 0},
    {"1,50", kNone, kExact, kNone, false, 0},
};

class ParseNumberTest : public ::testing::TestWithParam<NumberCase> {};

TEST_P(ParseNumberTest, ReadsNumber) {
  const NumberCase& c = GetParam();
  static const CountReader reader;
  TestSentence sentence(c.text);
  const auto q = reader.ParseNumber(sentence.tokens(), 0);
  if (c.value == kNone) {
    EXPECT_FALSE(q.has_value()) << c.text << " read as " << (q ? q->value : 0);
    return;
  }
  ASSERT_TRUE(q.has_value()) << c.text << "\n tokens: " << sentence.Debug();
  EXPECT_EQ(q->value, c.value) << c.text;
  EXPECT_EQ(ToString(q->bound), ToString(c.bound)) << c.text;
  EXPECT_EQ(Show(q->high), Show(c.high)) << c.text;
  EXPECT_EQ(q->vague, c.vague) << c.text;
  EXPECT_EQ(q->first_token, 0u) << c.text;
  EXPECT_EQ(q->end_token, static_cast<uint32_t>(c.end_token)) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Words, ParseNumberTest, ::testing::ValuesIn(kNumberCases));

// ---- Read ----

struct CasualtyCase {
  const char* text;
  int64_t killed;  // kNone: no figure
  int64_t injured;
  int64_t casualties;
  int64_t weapons;  // sum of weapon counts; kNone: none
};

void PrintTo(const CasualtyCase& c, std::ostream* os) { *os << c.text; }

const CasualtyCase kCasualtyCases[] = {
    // Coordinated groups are summed.
    {"Two American service members and a British soldier were killed in the attack.", 3, kNone,
     kNone, kNone},
    {"The militants killed three soldiers, two police officers and a civilian.", 6, kNone, kNone,
     kNone},
    {"The strikes killed three soldiers, a policeman and a civilian.", 5, kNone, kNone, kNone},
    {"Gunmen opened fire on a bus, killing 12 people and wounding 30.", 12, 30, kNone, kNone},
    {"One person was killed and six others wounded in the blast.", 1, 6, kNone, kNone},
    {"Two Iraqi soldiers and a US contractor were wounded.", kNone, 3, kNone, kNone},
    {"A suicide bomber killed himself and 12 others.", 13, kNone, kNone, kNone},
    {"The strikes killed a senior commander and two of his aides.", 3, kNone, kNone, kNone},
    {"Five soldiers as well as two civilians were killed.", 7, kNone, kNone, kNone},
    {"Gunmen killed two people, a man and his son, near the border.", 2, kNone, kNone, kNone},
    {"Gunmen killed one guard and seriously wounded another.", 1, 1, kNone, kNone},
    {"The drone strike killed two officers of the border brigade and the driver of their car.", 3,
     kNone, kNone, kNone},
    {"Four members of the minister's security team who were posted at the gate were wounded.",
     kNone, 4, kNone, kNone},
    {"Two guards who were killed in the blast were buried on Friday.", 2, kNone, kNone, kNone},
    {"Two guards who were on duty told reporters that the gate was hit.", kNone, kNone, kNone,
     kNone},
    {"Drones hit a convoy, killing one fighter and seriously wounding another, the paramilitary "
     "force said.",
     1, 1, kNone, kNone},
    {"The strike killed two civilian truck drivers.", 2, kNone, kNone, kNone},
    {"The blast damaged two police vehicles and killed a soldier.", 1, kNone, kNone, kNone},
    {"The strike killed the son of a prominent tribal leader and two of his bodyguards.", 3, kNone,
     kNone, kNone},
    {"Eleven people, three of them children, were wounded.", kNone, 11, kNone, kNone},
    {"Its jets struck 12 targets overnight, killing \"several\" militants.", 3, kNone, kNone,
     kNone},
    {"Four civilians, among them a woman and her child, were killed on Saturday.", 4, kNone, kNone,
     kNone},
    {"The drone strike killed four members of the militia, including a senior commander.", 4, kNone,
     kNone, kNone},
    {"The coalition intercepted two ballistic missiles and three explosive-laden drones.", kNone,
     kNone, kNone, 5},
    {"A soldier was killed and another seriously injured in Gaza on Wednesday.", 1, 1, kNone,
     kNone},
    {"Police said another attack killed two people.", 2, kNone, kNone, kNone},
    // Active verbs.
    {"A rocket attack on the base killed a civilian contractor.", 1, kNone, kNone, kNone},
    {"The strike killed six militants.", 6, kNone, kNone, kNone},
    {"The attack killed more than 40 people.", 40, kNone, kNone, kNone},
    {"The blast killed 1,500 people, officials said.", 1500, kNone, kNone, kNone},
    {"The blast killed two and wounded six.", 2, 6, kNone, kNone},
    {"A bomb exploded, killing four and wounding nine.", 4, 9, kNone, kNone},
    {"The attack on the convoy killed 1 and injured 4.", 1, 4, kNone, kNone},
    {"The blast killed 3 and injured dozens.", 3, 12, kNone, kNone},
    {"The army said it killed 25 militants.", 25, kNone, kNone, kNone},
    {"Clashes killed 25 in the province.", 25, kNone, kNone, kNone},
    {"The attack killed 7 on Monday.", 7, kNone, kNone, kNone},
    {"Militants killed three people and wounded 15 others.", 3, 15, kNone, kNone},
    {"Israeli strikes killed at least 30 Palestinians.", 30, kNone, kNone, kNone},
    {"The raid killed two Americans.", 2, kNone, kNone, kNone},
    {"Gunmen shot dead two policemen in Kirkuk.", 2, kNone, kNone, kNone},
    {"Gunmen shot and killed a journalist.", 1, kNone, kNone, kNone},
    {"Militants gunned down four shepherds.", 4, kNone, kNone, kNone},
    {"The bombing claimed the lives of 17 people.", 17, kNone, kNone, kNone},
    {"Security forces killed between 10 and 15 protesters.", 10, kNone, kNone, kNone},
    {"The air raid killed 10 to 15 people.", 10, kNone, kNone, kNone},
    {"The strike killed the commander of the brigade.", 1, kNone, kNone, kNone},
    {"The strike killed the group's deputy leader.", 1, kNone, kNone, kNone},
    {"A roadside bomb killed two soldiers on Monday, and a second blast killed three civilians.", 5,
     kNone, kNone, kNone},
    {"Militants killed or wounded 30 soldiers.", kNone, kNone, 30, kNone},
    {"Gunmen wounded five worshippers outside the mosque.", kNone, 5, kNone, kNone},
    {"The drone strike injured a child.", kNone, 1, kNone, kNone},
    {"The shelling killed 12 in 2019 alone.", 12, kNone, kNone, kNone},
    {"The attack killed 10 people in 2019.", 10, kNone, kNone, kNone},
    {"The attack killed 2 people on Jan. 3.", 2, kNone, kNone, kNone},
    {"The explosion killed a 12-year-old boy.", 1, kNone, kNone, kNone},
    {"Militants executed five hostages.", 5, kNone, kNone, kNone},
    {"Airstrikes killed dozens of fighters.", 12, kNone, kNone, kNone},
    {"The war killed tens of thousands of people.", 10000, kNone, kNone, kNone},
    {"The rockets killed no one but damaged two buildings.", 0, kNone, kNone, kNone},
    // Passive and subject counts.
    {"Twenty-one people were killed.", 21, kNone, kNone, kNone},
    {"A dozen soldiers were wounded.", kNone, 12, kNone, kNone},
    {"Dozens of people were killed in the clashes.", 12, kNone, kNone, kNone},
    {"Scores of protesters were injured.", kNone, 20, kNone, kNone},
    {"Hundreds were wounded in the explosion.", kNone, 100, kNone, kNone},
    {"Tens of people were killed in the fighting.", 10, kNone, kNone, kNone},
    {"Thousands were killed in the siege.", 1000, kNone, kNone, kNone},
    {"At least five civilians were killed.", 5, kNone, kNone, kNone},
    {"Up to 10 people may have been killed.", 10, kNone, kNone, kNone},
    {"Nearly 30 people died in the fire.", 30, kNone, kNone, kNone},
    {"About 20 people were wounded.", kNone, 20, kNone, kNone},
    {"Several people were wounded.", kNone, 3, kNone, kNone},
    {"As many as 50 people were killed.", 50, kNone, kNone, kNone},
    {"Some 200 people were injured.", kNone, 200, kNone, kNone},
    {"Both soldiers were killed.", 2, kNone, kNone, kNone},
    {"Another soldier was wounded.", kNone, 1, kNone, kNone},
    {"The commander was killed in the strike.", 1, kNone, kNone, kNone},
    {"A US soldier was killed and four were wounded.", 1, 4, kNone, kNone},
    {"Five were injured when the rocket struck a house.", kNone, 5, kNone, kNone},
    {"At least 14 killed in Baghdad suicide bombing", 14, kNone, kNone, kNone},
    {"Four people died and 12 were wounded.", 4, 12, kNone, kNone},
    {"Three soldiers died of their wounds.", 3, kNone, kNone, kNone},
    {"Two of the wounded later died.", 2, kNone, kNone, kNone},
    {"Two people lost their lives in the attack.", 2, kNone, kNone, kNone},
    {"12 people have been killed since Monday.", 12, kNone, kNone, kNone},
    {"Three people were reportedly killed.", 3, kNone, kNone, kNone},
    {"Two people were seriously injured.", kNone, 2, kNone, kNone},
    {"Nine people were hospitalized.", kNone, 9, kNone, kNone},
    {"At least one person was killed.", 1, kNone, kNone, kNone},
    {"Three members of the Popular Mobilization Forces were killed.", 3, kNone, kNone, kNone},
    {"Two soldiers were shot dead at a checkpoint.", 2, kNone, kNone, kNone},
    {"Forty-five people were injured.", kNone, 45, kNone, kNone},
    {"One hundred and twenty people were killed.", 120, kNone, kNone, kNone},
    {"2.5 million people died during the famine.", 2500000, kNone, kNone, kNone},
    {"The Pentagon said 11 service members were injured.", kNone, 11, kNone, kNone},
    {"Three were killed and 20 wounded, officials said.", 3, 20, kNone, kNone},
    {"Two weeks ago, 5 people were killed.", 5, kNone, kNone, kNone},
    {"Seven people were killed or wounded.", kNone, kNone, 7, kNone},
    {"Two people were killed in Kirkuk, police said.", 2, kNone, kNone, kNone},
    {"A 12-year-old boy was killed.", 1, kNone, kNone, kNone},
    {"Two or three people were wounded.", kNone, 2, kNone, kNone},
    {"Militants said 40 soldiers were killed, a figure officials denied.", 40, kNone, kNone, kNone},
    // Left dead / dead.
    {"The explosion ripped through the market, leaving 3 dead.", 3, kNone, kNone, kNone},
    {"The attack left 4 dead and 10 wounded.", 4, 10, kNone, kNone},
    {"The bombing left three people dead.", 3, kNone, kNone, kNone},
    {"Two soldiers were found dead near the base.", 2, kNone, kNone, kNone},
    // Injuries named as such.
    {"34 service members suffered traumatic brain injuries.", kNone, 34, kNone, kNone},
    {"More than 100 U.S. service members were diagnosed with traumatic brain injuries.", kNone, 100,
     kNone, kNone},
    {"Four guards sustained minor injuries.", kNone, 4, kNone, kNone},
    // Nouns of death and injury.
    {"The attack caused 12 deaths.", 12, kNone, kNone, kNone},
    {"Officials reported 30 injuries.", kNone, 30, kNone, kNone},
    {"The fighting left dozens of casualties.", kNone, kNone, 12, kNone},
    {"There were 12 fatalities.", 12, kNone, kNone, kNone},
    // Tolls.
    {"The death toll rose to 25 on Tuesday.", 25, kNone, kNone, kNone},
    {"The death toll from the bombing in Baghdad rose to 32.", 32, kNone, kNone, kNone},
    {"The blast hit the market, raising the death toll to 40.", 40, kNone, kNone, kNone},
    {"The death toll from the 2019 attack rose to 30.", 30, kNone, kNone, kNone},
    {"The casualty toll stood at 55.", kNone, kNone, 55, kNone},
    {"Police said 4 people were killed, bringing the death toll to 12.", 12, kNone, kNone, kNone},
    {"The toll reached at least 60 by nightfall.", 60, kNone, kNone, kNone},
    {"The number of soldiers treated for injuries rose to at least 40.", kNone, 40, kNone, kNone},
    {"The number of dead climbed to 18 on Wednesday.", 18, kNone, kNone, kNone},
    {"The number of people killed in the floods rose to 9.", 9, kNone, kNone, kNone},
    {"The number of rockets fired rose to 30.", kNone, kNone, kNone, kNone},
    // Subsets.
    {"The attack killed 12 people, including three children.", 12, kNone, kNone, kNone},
    {"Five people, including two children, were killed.", 5, kNone, kNone, kNone},
    {"The strike killed 12 people, 3 of them children.", 12, kNone, kNone, kNone},
    {"At least 12 people were killed, and three children were among the dead.", 12, kNone, kNone,
     kNone},
    {"Three children were among the dead.", 3, kNone, kNone, kNone},
    {"Among the dead were three children.", 3, kNone, kNone, kNone},
    {"The bomb killed five, including a child.", 5, kNone, kNone, kNone},
    {"At least five people, among them two children, were injured.", kNone, 5, kNone, kNone},
    {"Two protesters were killed, one in Basra and one in Amarah.", 2, kNone, kNone, kNone},
    // Zeros.
    {"No one was hurt.", 0, 0, kNone, kNone},
    {"Nobody was killed in the attack.", 0, kNone, kNone, kNone},
    {"There were no casualties.", 0, 0, 0, kNone},
    {"No deaths were reported.", 0, kNone, kNone, kNone},
    {"There were no injuries.", 0, 0, kNone, kNone},
    {"The rockets landed in an empty field without casualties.", 0, 0, 0, kNone},
    {"No U.S. personnel were injured.", 0, 0, kNone, kNone},
    {"None of the soldiers were hurt.", 0, 0, kNone, kNone},
    {"The explosion did not cause any casualties.", 0, 0, 0, kNone},
    {"The blast didn't cause any injuries.", 0, 0, kNone, kNone},
    {"No one was killed or injured.", 0, 0, 0, kNone},
    {"No Americans were hurt in the attack.", 0, 0, kNone, kNone},
    {"Two rockets hit the base, but no one was hurt.", 0, 0, kNone, 2},
    {"A soldier was killed, but no one else was hurt.", 1, 0, kNone, kNone},
    {"There were no immediate casualties.", 0, 0, 0, kNone},
    {"Rockets hit a depot near the airport without causing casualties.", 0, 0, 0, kNone},
    {"The drone was downed without causing any injuries.", 0, 0, kNone, kNone},
    // Nothing to count.
    {"There were no immediate reports of casualties.", kNone, kNone, kNone, kNone},
    {"He gave no casualty figures for the final assault.", kNone, kNone, kNone, kNone},
    {"There was no word on casualties.", kNone, kNone, kNone, kNone},
    {"No one has claimed responsibility for the attack.", kNone, kNone, kNone, kNone},
    {"Nobody knows how many were killed.", kNone, kNone, kNone, kNone},
    {"The ministry said many people were killed.", kNone, kNone, kNone, kNone},
    {"Fewer than 10 people were hurt.", kNone, kNone, kNone, kNone},
    {"The group has 3,000 fighters and vowed to kill Americans.", kNone, kNone, kNone, kNone},
    {"It was one of the deadliest attacks in years.", kNone, kNone, kNone, kNone},
    {"The soldier's family said he was killed by a sniper.", kNone, kNone, kNone, kNone},
    {"The attack killed many, officials said.", kNone, kNone, kNone, kNone},
    {"The 2020 strike killed Soleimani and al-Muhandis.", kNone, kNone, kNone, kNone},
    {"Two vehicles were damaged in the blast.", kNone, kNone, kNone, kNone},
    {"At 9:30 p.m. the rocket killed no livestock.", kNone, kNone, kNone, kNone},
    {"If one American is killed, we will respond.", kNone, kNone, kNone, kNone},
    {"Officials asked whether two soldiers were killed.", kNone, kNone, kNone, kNone},
    {"A Britain-based monitor reported a higher toll of 22 dead.", 22, kNone, kNone, kNone},
    // Weapons are counted, never as casualties.
    {"Five rockets hit the base.", kNone, kNone, kNone, 5},
    {"Two drones were shot down.", kNone, kNone, kNone, 2},
    {"Two drones killed three soldiers.", 3, kNone, kNone, 2},
    {"The group fired 40 rockets at the base in 2020.", kNone, kNone, kNone, 40},
    {"Iran fired 16 ballistic missiles at two bases.", kNone, kNone, kNone, 16},
    {"Ten rockets were fired at the base, injuring four.", kNone, 4, kNone, 10},
    {"Three of the rockets were intercepted.", kNone, kNone, kNone, kNone},
    {"Militants fired three mortar shells and two rockets at the airport.", kNone, kNone, kNone, 5},
};

class CountReaderTableTest : public ::testing::TestWithParam<CasualtyCase> {};

TEST_P(CountReaderTableTest, ReadsCasualties) {
  const CasualtyCase& c = GetParam();
  static const CountReader reader;
  TestSentence sentence(c.text);
  const CasualtyCounts counts = reader.Read(sentence.tokens());
  std::string evidence;
  for (const CasualtyMention& m : counts.mentions) {
    evidence += "[" + std::string(ToString(m.kind)) + " " + std::to_string(m.count) + ": " +
                std::string(sentence.Slice(m.first_token, m.end_token)) + "]";
  }
  int64_t weapons = kNone;
  for (const CountedItem& item : counts.weapons) {
    weapons = (weapons == kNone ? 0 : weapons) + item.quantity.value;
  }
  const std::string context =
      std::string(c.text) + "\n tokens: " + sentence.Debug() + "\n mentions: " + evidence;
  EXPECT_EQ(Show(counts.killed), Show(c.killed)) << "killed: " << context;
  EXPECT_EQ(Show(counts.injured), Show(c.injured)) << "injured: " << context;
  EXPECT_EQ(Show(counts.casualties), Show(c.casualties)) << "casualties: " << context;
  EXPECT_EQ(Show(weapons), Show(c.weapons)) << "weapons: " << context;
}

INSTANTIATE_TEST_SUITE_P(News, CountReaderTableTest, ::testing::ValuesIn(kCasualtyCases));

TEST(CountReaderTest, MentionsCarryEvidenceSpans) {
  const CountReader reader;
  TestSentence sentence(
      "Two American service members and a British soldier were killed, and 14 others wounded.");
  const CasualtyCounts counts = reader.Read(sentence.tokens());
  ASSERT_EQ(counts.mentions.size(), 2u);
  const CasualtyMention& killed = counts.mentions[0];
  EXPECT_EQ(killed.kind, CasualtyKind::kKilled);
  EXPECT_EQ(killed.count, 3);
  EXPECT_EQ(sentence.Slice(killed.first_token, killed.end_token),
            "Two American service members and a British soldier");
  EXPECT_EQ(sentence.Slice(killed.trigger_token, killed.trigger_token + 1), "killed");
  const CasualtyMention& wounded = counts.mentions[1];
  EXPECT_EQ(wounded.kind, CasualtyKind::kInjured);
  EXPECT_EQ(wounded.count, 14);
  EXPECT_EQ(sentence.Slice(wounded.first_token, wounded.end_token), "14 others");
  EXPECT_EQ(sentence.Slice(wounded.trigger_token, wounded.trigger_token + 1), "wounded");
}

TEST(CountReaderTest, DistributionsAreSubsets) {
  const CountReader reader;
  TestSentence sentence("Two protesters were killed, one in Basra and one in Amarah.");
  const CasualtyCounts counts = reader.Read(sentence.tokens());
  ASSERT_EQ(counts.mentions.size(), 3u);
  EXPECT_FALSE(counts.mentions[0].subset);
  EXPECT_TRUE(counts.mentions[1].subset);
  EXPECT_TRUE(counts.mentions[2].subset);
  EXPECT_EQ(counts.mentions[1].count, 1);
  EXPECT_EQ(sentence.Slice(counts.mentions[1].first_token, counts.mentions[1].end_token), "one");
}

TEST(CountReaderTest, TollIsATotalNotAnAddend) {
  const CountReader reader;
  TestSentence sentence("Two more soldiers died, raising the death toll to 9.");
  const CasualtyCounts counts = reader.Read(sentence.tokens());
  ASSERT_EQ(counts.mentions.size(), 2u);
  EXPECT_FALSE(counts.mentions[0].total);
  EXPECT_TRUE(counts.mentions[1].total);
  EXPECT_EQ(counts.killed, 9);
}

TEST(CountReaderTest, KeepsTheBoundOfVagueFigures) {
  const CountReader reader;
  TestSentence sentence("More than 40 people were killed and dozens wounded.");
  const CasualtyCounts counts = reader.Read(sentence.tokens());
  ASSERT_EQ(counts.mentions.size(), 2u);
  EXPECT_EQ(counts.mentions[0].bound, QuantityBound::kAtLeast);
  EXPECT_FALSE(counts.mentions[0].vague);
  EXPECT_TRUE(counts.mentions[1].vague);
  EXPECT_EQ(counts.killed, 40);
  EXPECT_EQ(counts.injured, 12);
}

TEST(CountReaderTest, SeveralIsAnOption) {
  CountReaderOptions options;
  options.several = 10;
  const CountReader reader(options);
  TestSentence sentence("Several people were wounded.");
  EXPECT_EQ(reader.Read(sentence.tokens()).injured, 10);
}

TEST(CountReaderTest, PrecheckSkipsSentencesWithoutCasualtyWords) {
  const CountReader reader;
  TestSentence plain("The minister met 12 tribal leaders in Ramadi.");
  TestSentence casualty("The minister met the families of 12 people killed in Ramadi.");
  EXPECT_FALSE(reader.MayContainCounts(plain.tokens()));
  EXPECT_TRUE(reader.MayContainCounts(casualty.tokens()));
  EXPECT_TRUE(reader.Read(plain.tokens()).mentions.empty());
}

TEST(CountReaderTest, ManyPhrasesDoNotOverflow) {
  const CountReader reader;
  std::string text = "The strikes killed";
  for (int i = 0; i < 60; ++i) text += " 1 soldier,";
  text += " and 1 civilian.";
  TestSentence sentence(text);
  const CasualtyCounts counts = reader.Read(sentence.tokens());
  ASSERT_TRUE(counts.killed.has_value());
  EXPECT_GT(*counts.killed, 0);
  EXPECT_LE(*counts.killed, 61);
}

}  // namespace
}  // namespace casus
