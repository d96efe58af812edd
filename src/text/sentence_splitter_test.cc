// Table-driven sentence splitting tests: input text → expected sentence
// texts (and dateline), in order.

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "text/segmenter.h"

namespace casus {
namespace {

struct SplitCase {
  const char* name;
  std::string_view input;
  std::vector<std::string_view> sentences;
  std::string_view dateline = {};  // empty: none expected
};

std::vector<std::string_view> SentenceTexts(std::string_view text, const Segmentation& seg) {
  std::vector<std::string_view> out;
  for (const Sentence& s : seg.sentences) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

const SplitCase kSplitCases[] = {
    // Abbreviations and titles do not end sentences...
    {"UsOfficials",
     "He met U.S. officials. They talked.",
     {"He met U.S. officials.", "They talked."}},
    {"UsArmy", "U.S. Army troops left the base.", {"U.S. Army troops left the base."}},
    {"UnSecurityCouncil",
     "The U.N. Security Council met on Friday.",
     {"The U.N. Security Council met on Friday."}},
    {"UsAndIran",
     "The U.S. and Iran met. Talks failed.",
     {"The U.S. and Iran met.", "Talks failed."}},
    {"General",
     "Gen. Qassem Soleimani was killed in Baghdad.",
     {"Gen. Qassem Soleimani was killed in Baghdad."}},
    {"LtCol",
     "Lt. Col. Wayne Marotto, a coalition spokesman, said so.",
     {"Lt. Col. Wayne Marotto, a coalition spokesman, said so."}},
    {"MajGen", "Maj. Gen. John Smith spoke. He left.", {"Maj. Gen. John Smith spoke.", "He left."}},
    {"Sergeant", "Sgt. First Class Ryan Knauss died.", {"Sgt. First Class Ryan Knauss died."}},
    {"DoctorMister",
     "Dr. Ali and Mr. Hassan met Mrs. Karimi.",
     {"Dr. Ali and Mr. Hassan met Mrs. Karimi."}},
    {"SaintLouis",
     "St. Louis officials met. They agreed.",
     {"St. Louis officials met.", "They agreed."}},
    {"JanuaryDate", "On Jan. 5 the attack began.", {"On Jan. 5 the attack began."}},
    {"SeptemberEleven",
     "The Sept. 11 attacks changed everything.",
     {"The Sept. 11 attacks changed everything."}},
    {"FebruaryThirdDateline",
     "Talks resumed Feb. 3 in Muscat.",
     {"Talks resumed Feb. 3 in Muscat."}},
    {"ResolutionNumber",
     "Resolution No. 2231 was adopted in 2015.",
     {"Resolution No. 2231 was adopted in 2015."}},
    {"CompanyMidSentence",
     "Apple Inc. said profits rose. Shares fell.",
     {"Apple Inc. said profits rose.", "Shares fell."}},
    {"Versus", "Iran vs. Iraq was a long war.", {"Iran vs. Iraq was a long war."}},
    {"MorningTime", "At 9 a.m. the attack began.", {"At 9 a.m. the attack began."}},
    {"MorningTimeThenName",
     "By 10 a.m. Monday the base was quiet.",
     {"By 10 a.m. Monday the base was quiet."}},
    {"GeorgeWBush", "George W. Bush spoke in Texas.", {"George W. Bush spoke in Texas."}},
    {"InitialSurname", "J. Smith wrote the report.", {"J. Smith wrote the report."}},
    {"TwoInitials", "The late H. W. Bush was there.", {"The late H. W. Bush was there."}},
    {"EtAl", "Smith et al. found no link.", {"Smith et al. found no link."}},
    {"Eg", "Drones, e.g. the Shahed-136, were used.", {"Drones, e.g. the Shahed-136, were used."}},
    {"JuniorMidSentence",
     "Martin Luther King Jr. said that.",
     {"Martin Luther King Jr. said that."}},
    {"StateAbbreviationName",
     "He was born in Springfield, Ill. Police later came.",
     {"He was born in Springfield, Ill. Police later came."}},

    // ...except before a sentence starter.
    {"UsThenThe",
     "It was in the U.S. The next day, talks began.",
     {"It was in the U.S.", "The next day, talks began."}},
    {"UsThenBut",
     "He flew to the U.S. But he returned.",
     {"He flew to the U.S.", "But he returned."}},
    {"UsThenQuote",
     "He lives in the U.S. \"We will respond,\" he said.",
     {"He lives in the U.S.", "\"We will respond,\" he said."}},
    {"UsThenClosingQuote",
     "He said: \"Leave the U.S.\" Iran refused.",
     {"He said: \"Leave the U.S.\"", "Iran refused."}},
    {"CompanyEndsSentence",
     "He works at Acme Inc. The firm denies it.",
     {"He works at Acme Inc.", "The firm denies it."}},
    {"StreetEndsSentence",
     "He lives on Main St. The house burned.",
     {"He lives on Main St.", "The house burned."}},
    {"MonthEndsSentence",
     "The deal was signed in Sept. It expired.",
     {"The deal was signed in Sept.", "It expired."}},
    {"PmEndsSentence",
     "The attack began at 9 p.m. It lasted an hour.",
     {"The attack began at 9 p.m.", "It lasted an hour."}},
    {"PmBeforeANameEndsSentence",
     "Gunmen overran the compound at about 9:40 p.m. Stevens was trapped inside.",
     {"Gunmen overran the compound at about 9:40 p.m.", "Stevens was trapped inside."}},
    {"PmBeforeAZoneOrLocalTime",
     "Polls close at 8 p.m. Baghdad time and the count starts at 10 p.m. GMT on Sunday.",
     {"Polls close at 8 p.m. Baghdad time and the count starts at 10 p.m. GMT on Sunday."}},
    {"InitialEndsSentence",
     "They took vitamin C. It helped.",
     {"They took vitamin C.", "It helped."}},
    {"JuniorEndsSentence",
     "He met Martin Luther King Jr. The meeting was short.",
     {"He met Martin Luther King Jr.", "The meeting was short."}},
    {"EtcEndsSentence",
     "Rockets, drones, etc. Some hit the base.",
     {"Rockets, drones, etc.", "Some hit the base."}},
    {"TitleNeverEnds",
     "He spoke to the Gen. The room fell silent.",
     {"He spoke to the Gen. The room fell silent."}},

    // Ordinary periods.
    {"TwoSentences",
     "A drone hit the base. No one was hurt.",
     {"A drone hit the base.", "No one was hurt."}},
    {"DigitAfterPeriod",
     "He was born in 1980. 15 people died.",
     {"He was born in 1980.", "15 people died."}},
    {"RangeThenSentence",
     "The vote was 10-12. Officials said so.",
     {"The vote was 10-12.", "Officials said so."}},
    {"MoneyThenSentence",
     "It cost $5.5 million. Officials said so.",
     {"It cost $5.5 million.", "Officials said so."}},
    {"PercentThenSentence", "Prices rose 2.5%. Oil fell.", {"Prices rose 2.5%.", "Oil fell."}},
    {"LowercaseAfterPeriod", "He cited approx. five cases.", {"He cited approx. five cases."}},
    {"UnknownAbbreviationLowercase",
     "The Brig. Gen. and the Dept. of State met.",
     {"The Brig. Gen. and the Dept. of State met."}},
    {"MissingSpace", "The strike hit.The base burned.", {"The strike hit.", "The base burned."}},
    {"NoTerminalPunctuation", "No terminal punctuation here", {"No terminal punctuation here"}},
    {"PeriodAfterUrl",
     "Visit www.example.com. Then leave.",
     {"Visit www.example.com.", "Then leave."}},
    {"PeriodAfterEmail",
     "Write to press@un.org. He said so.",
     {"Write to press@un.org.", "He said so."}},
    {"PeriodInsideUrl",
     "See https://x.org/a.b?c=1. Next.",
     {"See https://x.org/a.b?c=1.", "Next."}},

    // Question and exclamation marks, ellipses.
    {"QuestionExclamation", "Really?! Yes.", {"Really?!", "Yes."}},
    {"QuestionMark", "Who fired? Nobody knows.", {"Who fired?", "Nobody knows."}},
    {"QuestionLowercase", "He asked: what now? nobody knew.", {"He asked: what now? nobody knew."}},
    {"EllipsisLowercase", "He paused... and left.", {"He paused... and left."}},
    {"EllipsisCapital", "He paused... Then he left.", {"He paused...", "Then he left."}},
    {"EllipsisCharacter", "He paused\u2026 Then he left.", {"He paused\u2026", "Then he left."}},
    {"EllipsisThenQuestion", "What...? Nobody knew.", {"What...?", "Nobody knew."}},
    {"ArabicQuestionMark",
     "\u0645\u0627\u0630\u0627\u061f \u0642\u0627\u0644",
     {"\u0645\u0627\u0630\u0627\u061f", "\u0642\u0627\u0644"}},

    // Quotes and parentheses.
    {"QuoteFinalPeriod",
     "He said, \"We will respond.\" Then he left.",
     {"He said, \"We will respond.\"", "Then he left."}},
    {"QuoteComma", "\"We will respond,\" he said.", {"\"We will respond,\" he said."}},
    {"QuoteQuestionThenLowercase", "\"Why?\" she asked.", {"\"Why?\" she asked."}},
    {"CurlyExclamation", "\u201cStop!\u201d He ran.", {"\u201cStop!\u201d", "He ran."}},
    {"CurlySingleQuotes",
     "She said \u2018no.\u2019 And left.",
     {"She said \u2018no.\u2019", "And left."}},
    {"QuoteThenLowercase", "He said \"no.\" and left.", {"He said \"no.\" and left."}},
    {"OpeningQuoteStartsSentence",
     "He left. \"We will return,\" she said.",
     {"He left.", "\"We will return,\" she said."}},
    {"ParenthesisAfterPeriod",
     "He left (for good). Then it rained.",
     {"He left (for good).", "Then it rained."}},
    {"ParenthesisedSentence",
     "(He returned.) Then it rained.",
     {"(He returned.)", "Then it rained."}},
    {"QuoteInsideParenthesis",
     "He spoke (\"Enough.\") Then left.",
     {"He spoke (\"Enough.\")", "Then left."}},
    {"SingleQuoteCurlyAbbreviation",
     "Iran said the U.S. \u2018bears responsibility.\u2019 It added more.",
     {"Iran said the U.S. \u2018bears responsibility.\u2019", "It added more."}},
    {"LatexQuotes", "``We won,'' he said. ``Go.''", {"``We won,'' he said.", "``Go.''"}},
    {"Guillemets", "\u00abNon.\u00bb Il part.", {"\u00abNon.\u00bb", "Il part."}},
    {"HoutiSpokesman",
     "\"We will not stop,\" Yahya Saree, the Houthi military spokesman, said in a televised "
     "statement. \"The operations will continue.\"",
     {"\"We will not stop,\" Yahya Saree, the Houthi military spokesman, said in a televised "
      "statement.",
      "\"The operations will continue.\""}},
    {"QuotedUsWillPay",
     "Iran's IRGC said the U.S. \"will pay a heavy price.\"",
     {"Iran's IRGC said the U.S. \"will pay a heavy price.\""}},

    // Lines and paragraphs.
    {"ParagraphBreak",
     "First line without period\n\nSecond paragraph",
     {"First line without period", "Second paragraph"}},
    {"ParagraphBreakWithSpaces", "One\n \t\nTwo", {"One", "Two"}},
    {"ParagraphSeparator", "One\u2029Two", {"One", "Two"}},
    {"FormFeed", "One\fTwo", {"One", "Two"}},
    {"Headline",
     "Iran fires missiles at US base\nTehran says it was revenge.",
     {"Iran fires missiles at US base", "Tehran says it was revenge."}},
    {"TwoHeadlines",
     "Drone hits Erbil airport\nCoalition blames militia\n\nMore text.",
     {"Drone hits Erbil airport", "Coalition blames militia", "More text."}},
    {"WrappedLowercase",
     "The minister said\nthat the attack failed.",
     {"The minister said\nthat the attack failed."}},
    {"WrappedFunctionWord",
     "He met with the\nPresident of Iraq.",
     {"He met with the\nPresident of Iraq."}},
    {"WrappedComma", "Iran,\nIraq and Syria agreed.", {"Iran,\nIraq and Syria agreed."}},
    {"WrappedColon", "He said:\nWe will win.", {"He said:\nWe will win."}},
    {"WrappedTitle", "It was Gen.\nSmith who spoke.", {"It was Gen.\nSmith who spoke."}},
    {"WrappedInitial", "It was George W.\nBush who spoke.", {"It was George W.\nBush who spoke."}},
    {"LineEndingInPeriod", "He left.\nThen it rained.", {"He left.", "Then it rained."}},
    {"HardWrappedParagraph",
     "The strikes hit positions of Kataib Hezbollah in western Iraq\n"
     "and eastern Syria, the Pentagon said on Sunday, adding that\n"
     "Iran-backed militias had attacked bases used by US forces\n"
     "Americans at least eleven times since the start of the year.\n",
     {"The strikes hit positions of Kataib Hezbollah in western Iraq\n"
      "and eastern Syria, the Pentagon said on Sunday, adding that\n"
      "Iran-backed militias had attacked bases used by US forces\n"
      "Americans at least eleven times since the start of the year."}},
    {"CrLf", "One.\r\n\r\nTwo", {"One.", "Two"}},
    {"OnlyWhitespace", "   \n  \t\n ", {}},
    {"Empty", "", {}},
    {"OnlyPunctuation", "...", {"..."}},

    // Bullet lists.
    {"Bullets",
     "Key points:\n\u2022 Two rockets hit the base.\n\u2022 No casualties\n",
     {"Key points:", "Two rockets hit the base.", "No casualties"}},
    {"DashBullets",
     "- Iraqi forces found the launcher\n- Police arrested two men",
     {"Iraqi forces found the launcher", "Police arrested two men"}},
    {"StarBullets", "* one item\n* another item", {"one item", "another item"}},
    {"NumberedDot", "1. First item\n2. Second item", {"First item", "Second item"}},
    {"NumberedParen", "1) First\n2) Second", {"First", "Second"}},
    {"ParenthesisedNumber", "(1) First\n(2) Second", {"First", "Second"}},
    {"LetteredParen", "a) one\nb) two", {"one", "two"}},
    {"LetteredParenthesised", "(a) one\n(b) two", {"one", "two"}},
    {"BulletContinuation",
     "\u2022 Iran said the strikes\n  were revenge\n\u2022 Iraq protested",
     {"Iran said the strikes\n  were revenge", "Iraq protested"}},
    {"BulletCapitalContinuation",
     "\u2022 Iraq said the\n  US strike was illegal",
     {"Iraq said the\n  US strike was illegal"}},
    {"EmDashCredit",
     "He left.\n\u2014 Reporting by Jane Doe",
     {"He left.", "Reporting by Jane Doe"}},
    {"HyphenNotBullet", "-5 degrees at night", {"-5 degrees at night"}},
    {"NumberNotBullet", "15 people died.", {"15 people died."}},
    {"CapitalInitialNotBullet", "A. Smith said so.", {"A. Smith said so."}},

    // Datelines.
    {"DatelineErbil",
     "ERBIL, Iraq \u2014 A drone hit the airport.",
     {"A drone hit the airport."},
     "ERBIL, Iraq"},
    {"DatelineReuters",
     "BAGHDAD (Reuters) - Iraqi police said two rockets fell.",
     {"Iraqi police said two rockets fell."},
     "BAGHDAD (Reuters)"},
    {"DatelineWithDate",
     "WASHINGTON, Jan. 5 (AP) \u2014 The Pentagon said. It denied more.",
     {"The Pentagon said.", "It denied more."},
     "WASHINGTON, Jan. 5 (AP)"},
    {"DatelineRegionAndDate",
     "SANAA, Yemen, Feb. 3 \u2014 Houthi forces seized a ship.",
     {"Houthi forces seized a ship."},
     "SANAA, Yemen, Feb. 3"},
    {"DatelineMixedCaseAgency",
     "Baghdad (AFP) - Rockets hit the Green Zone.",
     {"Rockets hit the Green Zone."},
     "Baghdad (AFP)"},
    {"DatelineTwoWordPlace", "NEW YORK \u2014 The council met.", {"The council met."}, "NEW YORK"},
    {"DatelineArabicPlace",
     "DEIR EL-BALAH, Gaza Strip (AP) \u2014 Strikes continued.",
     {"Strikes continued."},
     "DEIR EL-BALAH, Gaza Strip (AP)"},
    {"DatelineParticle",
     "DEIR al-ZOR, Syria \u2014 Strikes continued.",
     {"Strikes continued."},
     "DEIR al-ZOR, Syria"},
    {"DatelineColon", "BEIRUT: Lebanon's army deployed.", {"Lebanon's army deployed."}, "BEIRUT"},
    {"DatelineDateWithYear",
     "TEHRAN, January 3, 2020 \u2014 Iran vowed revenge.",
     {"Iran vowed revenge."},
     "TEHRAN, January 3, 2020"},
    {"DatelineEnDash", "ADEN, Yemen \u2013 Clashes erupted.", {"Clashes erupted."}, "ADEN, Yemen"},
    {"DatelineAfterHeadline",
     "Drone hits Erbil airport\n\nERBIL, Iraq \u2014 A drone hit the airport. Nobody died.",
     {"Drone hits Erbil airport", "A drone hit the airport.", "Nobody died."},
     "ERBIL, Iraq"},
    {"DatelineAfterCapsHeadline",
     "IRAN STRIKES BACK\n\nTEHRAN \u2014 Iran fired missiles.",
     {"IRAN STRIKES BACK", "Iran fired missiles."},
     "TEHRAN"},
    {"NoDatelineMixedCase",
     "Iran, Iraq \u2014 and Syria \u2014 agreed.",
     {"Iran, Iraq \u2014 and Syria \u2014 agreed."}},
    {"NoDatelineSentenceStarter",
     "The Pentagon \u2014 and others \u2014 agreed.",
     {"The Pentagon \u2014 and others \u2014 agreed."}},
    {"NoDatelineLowercaseAfterCaps",
     "NATO \u2014 the alliance \u2014 met.",
     {"NATO \u2014 the alliance \u2014 met."}},
    {"NoDatelineMidText",
     "He spoke.\n\nA.\n\nB.\n\nC.\n\nBAGHDAD \u2014 More.",
     {"He spoke.", "A.", "B.", "C.", "BAGHDAD \u2014 More."}},
    {"OnlyOneDateline",
     "BAGHDAD \u2014 One.\n\nBASRA \u2014 Two.",
     {"One.", "BASRA \u2014 Two."},
     "BAGHDAD"},
    {"DatelineNeedsText", "BAGHDAD \u2014", {"BAGHDAD \u2014"}},

    // Realistic paragraphs.
    {"SoleimaniStrike",
     "Gen. Qassem Soleimani, the commander of Iran's Quds Force, was killed in a U.S. drone "
     "strike at Baghdad airport on Jan. 3, 2020. The strike also killed Abu Mahdi al-Muhandis, "
     "the deputy head of the Popular Mobilization Forces. Iran vowed \"severe revenge.\" Five "
     "days later, it fired ballistic missiles at Ain al-Asad air base.",
     {"Gen. Qassem Soleimani, the commander of Iran's Quds Force, was killed in a U.S. drone "
      "strike at Baghdad airport on Jan. 3, 2020.",
      "The strike also killed Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilization "
      "Forces.",
      "Iran vowed \"severe revenge.\"",
      "Five days later, it fired ballistic missiles at Ain al-Asad air base."}},
    {"ErbilAttack",
     "ERBIL, Iraq \u2014 A rocket attack on Erbil airport, which hosts U.S.-led coalition "
     "troops, killed a civilian contractor on Feb. 15, 2021. A little-known group, Saraya "
     "Awliya al-Dam, claimed the attack. Kata'ib Hezbollah denied any role. \"We will hold "
     "those responsible to account,\" said Secretary of State Antony Blinken.",
     {"A rocket attack on Erbil airport, which hosts U.S.-led coalition troops, killed a "
      "civilian contractor on Feb. 15, 2021.",
      "A little-known group, Saraya Awliya al-Dam, claimed the attack.",
      "Kata'ib Hezbollah denied any role.",
      "\"We will hold those responsible to account,\" said Secretary of State Antony Blinken."},
     "ERBIL, Iraq"},
    {"RedSeaShip",
     "SANAA, Yemen (AP) \u2014 Yemen's Houthi rebels seized the Galaxy Leader, a cargo ship, in "
     "the Red Sea on Nov. 19. The rebels, who call themselves Ansar Allah, said the ship was "
     "Israeli. Israel's government denied it. The ship's crew of 25 was held for more than a "
     "year.",
     {"Yemen's Houthi rebels seized the Galaxy Leader, a cargo ship, in the Red Sea on Nov. 19.",
      "The rebels, who call themselves Ansar Allah, said the ship was Israeli.",
      "Israel's government denied it.", "The ship's crew of 25 was held for more than a year."},
     "SANAA, Yemen (AP)"},
    {"TowerTwentyTwo",
     "Three U.S. Army soldiers were killed at Tower 22 in Jordan on Jan. 28, 2024. Sgt. "
     "William Jerome Rivers, Spc. Kennedy Ladon Sanders and Spc. Breonna Alexsondria Moffett "
     "died. The Islamic Resistance in Iraq claimed the drone attack. Washington blamed Iran-"
     "backed militias.",
     {"Three U.S. Army soldiers were killed at Tower 22 in Jordan on Jan. 28, 2024.",
      "Sgt. William Jerome Rivers, Spc. Kennedy Ladon Sanders and Spc. Breonna Alexsondria "
      "Moffett died.",
      "The Islamic Resistance in Iraq claimed the drone attack.",
      "Washington blamed Iran-backed militias."}},
    {"KhazaliStatement",
     "Sheikh Qais al-Khazali, leader of Asa'ib Ahl al-Haq, said Jan. 3 was a dark day. "
     "\"The Americans must leave Iraq,\" he told supporters at 8 p.m. in Baghdad.",
     {"Sheikh Qais al-Khazali, leader of Asa'ib Ahl al-Haq, said Jan. 3 was a dark day.",
      "\"The Americans must leave Iraq,\" he told supporters at 8 p.m. in Baghdad."}},
};

class SentenceSplitterTableTest : public testing::TestWithParam<SplitCase> {};

TEST_P(SentenceSplitterTableTest, Sentences) {
  const SplitCase& c = GetParam();
  const TextSegmenter segmenter;
  const Segmentation seg = segmenter.Segment(c.input);
  EXPECT_EQ(SentenceTexts(c.input, seg), c.sentences) << "input: " << c.input;
  if (c.dateline.empty()) {
    EXPECT_FALSE(seg.dateline.has_value())
        << "unexpected dateline: "
        << c.input.substr(seg.dateline->start, seg.dateline->end - seg.dateline->start);
  } else {
    ASSERT_TRUE(seg.dateline.has_value()) << "no dateline in: " << c.input;
    EXPECT_EQ(c.input.substr(seg.dateline->start, seg.dateline->end - seg.dateline->start),
              c.dateline);
  }
}

INSTANTIATE_TEST_SUITE_P(News, SentenceSplitterTableTest, testing::ValuesIn(kSplitCases),
                         [](const testing::TestParamInfo<SplitCase>& info) {
                           std::string name = info.param.name;
                           for (char& ch : name) {
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return name;
                         });

TEST(SentenceSplitterOptionsTest, MaxSentenceTokensForcesBreaks) {
  TextSegmenter::Options options;
  options.max_sentence_tokens = 4;
  const TextSegmenter segmenter(options);
  const std::string text = "one two three four five six seven eight nine";
  const Segmentation seg = segmenter.Segment(text);
  ASSERT_EQ(seg.sentences.size(), 3u);
  EXPECT_EQ(seg.sentences[0].size(), 4u);
  EXPECT_EQ(seg.sentences[1].size(), 4u);
  EXPECT_EQ(seg.sentences[2].size(), 1u);
}

TEST(SentenceSplitterOptionsTest, LineBreakRuleCanBeDisabled) {
  TextSegmenter::Options options;
  options.line_breaks_end_sentences = false;
  const TextSegmenter segmenter(options);
  const std::string text = "Iran fires missiles\nTehran says revenge\n\u2022 item";
  const Segmentation seg = segmenter.Segment(text);
  EXPECT_EQ(SentenceTexts(text, seg),
            (std::vector<std::string_view>{"Iran fires missiles\nTehran says revenge", "item"}));
}

TEST(SentenceSplitterOptionsTest, DatelinesCanBeDisabled) {
  TextSegmenter::Options options;
  options.detect_datelines = false;
  const TextSegmenter segmenter(options);
  const std::string text = "ERBIL, Iraq \u2014 A drone hit.";
  const Segmentation seg = segmenter.Segment(text);
  EXPECT_FALSE(seg.dateline.has_value());
  EXPECT_EQ(SentenceTexts(text, seg), (std::vector<std::string_view>{text}));
}

TEST(SentenceSplitterOptionsTest, ExtraTitleNeverEndsSentence) {
  TextSegmenter::Options options;
  options.extra_titles = {"Ayat"};
  const TextSegmenter segmenter(options);
  const std::string text = "He met Ayat. The cleric spoke.";
  EXPECT_EQ(SentenceTexts(text, segmenter.Segment(text)), (std::vector<std::string_view>{text}));
}

TEST(SentenceSplitterTest, BulletMarkerOutsideSentenceSpan) {
  const std::string text = "\u2022 Two rockets hit.";
  const Segmentation seg = TextSegmenter().Segment(text);
  ASSERT_EQ(seg.sentences.size(), 1u);
  EXPECT_EQ(seg.sentences[0].first_token, 1u);
  EXPECT_EQ(seg.sentences[0].start, 4u);  // after "• "
}

TEST(SentenceSplitterTest, DatelineTokensPrecedeFirstSentence) {
  const std::string text = "BAGHDAD (Reuters) - Police said.";
  const Segmentation seg = TextSegmenter().Segment(text);
  ASSERT_TRUE(seg.dateline.has_value());
  EXPECT_EQ(seg.dateline->first_token, 0u);
  EXPECT_EQ(seg.dateline->end_token, 4u);  // BAGHDAD ( Reuters )
  ASSERT_EQ(seg.sentences.size(), 1u);
  EXPECT_EQ(seg.sentences[0].first_token, 5u);  // after "-"
}

TEST(SentenceSplitterTest, SegmentReusesOutput) {
  const TextSegmenter segmenter;
  Segmentation seg;
  segmenter.Segment("ERBIL, Iraq \u2014 One. Two. Three.", seg);
  EXPECT_TRUE(seg.dateline.has_value());
  segmenter.Segment("Four.", seg);
  EXPECT_FALSE(seg.dateline.has_value());
  EXPECT_EQ(seg.sentences.size(), 1u);
  EXPECT_EQ(seg.tokens.size(), 2u);
}

}  // namespace
}  // namespace casus
