#include "nlp/hedge_detector.h"

#include <gtest/gtest.h>

#include <string>

#include "nlp/reading_test_tokens.h"

namespace casus {
namespace {

using reading::TestSentence;

struct HedgeCase {
  const char* text;
  const char* cue;  // text of the first cue; "" = not hedged
  HedgeKind kind;
};

void PrintTo(const HedgeCase& c, std::ostream* os) { *os << c.text; }

constexpr auto kReported = HedgeKind::kReported;
constexpr auto kAlleged = HedgeKind::kAlleged;
constexpr auto kClaimed = HedgeKind::kClaimed;
constexpr auto kUnverified = HedgeKind::kUnverified;
constexpr auto kUncertain = HedgeKind::kUncertain;

const HedgeCase kHedgeCases[] = {
    // Reported.
    {"Three rockets reportedly struck the base on Monday.", "reportedly", kReported},
    {"Reportedly, the convoy was ambushed near Tikrit.", "Reportedly", kReported},
    {"The commander is said to be among the dead.", "said to be", kReported},
    {"The group is said to have carried out the attack.", "said to have", kReported},
    {"The militia was reported to have fired the rockets.", "reported to have", kReported},
    {"The leader is rumoured to have fled to Syria.", "rumoured", kReported},
    // Alleged.
    {"The militia allegedly fired the rockets from a truck.", "allegedly", kAlleged},
    {"The alleged attack on the tanker drew condemnation.", "alleged", kAlleged},
    {"Police arrested the alleged bomber on Tuesday.", "alleged", kAlleged},
    {"The group purportedly released a video of the strike.", "purportedly", kAlleged},
    {"A purported statement from the group claimed the attack.", "purported", kAlleged},
    {"The drone supposedly came from Iraq.", "supposedly", kAlleged},
    {"He is alleged to have planned the ambush.", "alleged to", kAlleged},
    // Claimed.
    {"The group claimed to have shot down a US drone.", "claimed to", kClaimed},
    {"The Houthis claimed that their missiles hit an oil facility.", "claimed that", kClaimed},
    {"The militia claims to control the border crossing.", "claims to", kClaimed},
    {"A man claiming to be a police officer opened fire.", "claiming to", kClaimed},
    // Unverified.
    {"The claim could not be independently verified.", "not be independently verified",
     kUnverified},
    {"Reuters could not independently verify the report.", "not independently verify", kUnverified},
    {"The figures could not be verified.", "not be verified", kUnverified},
    {"The toll cannot be verified.", "cannot be verified", kUnverified},
    {"The Pentagon did not confirm the strike.", "not confirm", kUnverified},
    {"The Pentagon didn't confirm the strike.", "didn't confirm", kUnverified},
    {"The report was not immediately confirmed.", "not immediately confirmed", kUnverified},
    {"Officials were unable to verify the claim.", "unable to verify", kUnverified},
    {"The ministry declined to confirm the casualties.", "declined to confirm", kUnverified},
    {"There was no independent confirmation of the attack.", "no independent confirmation",
     kUnverified},
    {"The claim has not been corroborated.", "not been corroborated", kUnverified},
    {"According to unverified reports, five soldiers were killed.",
     "According to unverified reports", kUnverified},
    {"According to unconfirmed reports, the base was evacuated.",
     "According to unconfirmed reports", kUnverified},
    {"Unconfirmed reports said two drones were shot down.", "Unconfirmed", kUnverified},
    {"The video is unverified.", "unverified", kUnverified},
    {"Reuters was not able to independently verify the video.", "not able to independently verify",
     kUnverified},
    {"The claims could not immediately be verified by AFP.", "not immediately be verified",
     kUnverified},
    {"There was no immediate confirmation from the military.", "no immediate confirmation",
     kUnverified},
    {"The spokesman said he could not confirm the number of casualties.", "not confirm",
     kUnverified},
    {"The authenticity of the video could not be established.", "not be established", kUnverified},
    {"Neither report could be independently confirmed.",
     "Neither report could be independently confirmed", kUnverified},
    {"A similar explosion was reported to have targeted a convoy.", "reported to have", kReported},
    // Uncertain.
    {"It is not yet clear who was behind the attack.", "not yet clear", kUncertain},
    {"The cause of the blast was not immediately known.", "not immediately known", kUncertain},
    {"The drone apparently targeted a weapons depot.", "apparently", kUncertain},
    {"An apparent drone attack hit the refinery.", "apparent", kUncertain},
    {"The commander is believed to have been killed.", "believed to have", kUncertain},
    {"The fighters are believed to be members of Kataib Hezbollah.", "believed to be", kUncertain},
    {"The attackers are thought to have crossed from Syria.", "thought to have", kUncertain},
    {"It was not clear whether anyone was hurt.", "not clear", kUncertain},
    {"It was not immediately clear who fired the rockets.", "not immediately clear", kUncertain},
    {"It is unclear whether the militia was involved.", "unclear", kUncertain},
    {"It is not known how many people were inside.", "not known", kUncertain},
    {"The rocket may have been fired from a nearby farm.", "may have", kUncertain},
    {"The strike might have killed the commander.", "might have", kUncertain},
    {"Ten fishermen are feared dead after the attack.", "feared dead", kUncertain},
    {"The pilot is presumed dead.", "presumed dead", kUncertain},
    {"The blast was possibly caused by a drone.", "possibly", kUncertain},
    {"The attack was probably carried out by Iran-backed militias.", "probably", kUncertain},
    // Not hedged.
    {"Kataib Hezbollah claimed responsibility for the attack.", "", kReported},
    {"The group claimed the attack in a statement.", "", kReported},
    {"The bombing claimed the lives of 17 people.", "", kReported},
    {"The Pentagon confirmed that three soldiers were killed.", "", kReported},
    {"Officials said two rockets hit the Green Zone.", "", kReported},
    {"Police arrested two suspected militants.", "", kReported},
    {"The US accused Iran of supplying the drones.", "", kReported},
    {"The ministry said it would verify the figures.", "", kReported},
    {"The general made it clear that the base would be defended.", "", kReported},
    {"The spokesman told reporters the attack had failed.", "", kReported},
    {"The group said the attack was revenge.", "", kReported},
    {"Three rockets struck the base on Monday.", "", kReported},
    {"No one has claimed responsibility so far.", "", kReported},
    {"The well-known commander was killed.", "", kReported},
    {"He may resign next week.", "", kReported},
    {"Iraq's prime minister confirmed no one was killed.", "", kReported},
    {"A U.S. official, speaking on condition of anonymity, confirmed the strike.", "", kReported},
    {"The group did not immediately claim responsibility.", "", kReported},
    {"Officials confirmed the deaths of three soldiers.", "", kReported},
    {"Residents suspected an air strike.", "", kReported},
    {"The militia is determined to fight on.", "", kReported},
};

class HedgeDetectorTableTest : public ::testing::TestWithParam<HedgeCase> {};

TEST_P(HedgeDetectorTableTest, FindsCue) {
  const HedgeCase& c = GetParam();
  static const HedgeDetector detector;
  TestSentence sentence(c.text);
  const HedgeReading reading = detector.Find(sentence.tokens());
  const bool expect_hedged = c.cue[0] != '\0';
  EXPECT_EQ(reading.hedged, expect_hedged) << c.text;
  EXPECT_EQ(detector.IsHedged(sentence.tokens()), expect_hedged) << c.text;
  if (!expect_hedged || reading.cues.empty()) return;
  const HedgeCue& cue = reading.cues.front();
  EXPECT_EQ(sentence.Slice(cue.first_token, cue.end_token), c.cue) << c.text;
  EXPECT_EQ(ToString(cue.kind), ToString(c.kind)) << c.text;
}

INSTANTIATE_TEST_SUITE_P(News, HedgeDetectorTableTest, ::testing::ValuesIn(kHedgeCases));

TEST(HedgeDetectorTest, ReportsEveryCueInOrder) {
  const HedgeDetector detector;
  TestSentence sentence(
      "The drone reportedly hit the base, but the claim could not be independently verified.");
  const HedgeReading reading = detector.Find(sentence.tokens());
  ASSERT_EQ(reading.cues.size(), 2u);
  EXPECT_EQ(reading.cues[0].kind, HedgeKind::kReported);
  EXPECT_EQ(reading.cues[1].kind, HedgeKind::kUnverified);
  EXPECT_LT(reading.cues[0].end_token, reading.cues[1].first_token);
}

TEST(HedgeDetectorTest, OverlappingNegationsDoNotOverlapCues) {
  const HedgeDetector detector;
  TestSentence sentence("The report could not be verified or confirmed.");
  const HedgeReading reading = detector.Find(sentence.tokens());
  ASSERT_FALSE(reading.cues.empty());
  for (size_t i = 1; i < reading.cues.size(); ++i) {
    EXPECT_GE(reading.cues[i].first_token, reading.cues[i - 1].end_token);
  }
}

}  // namespace
}  // namespace casus
