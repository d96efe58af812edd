// ActorMatcher details the golden files do not show: flags, markers,
// letter case, kinds, title keys, and that Match appends in text order.
#include "kb/actor_matcher.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kb/kb_check.h"
#include "kb/kb_test_util.h"

namespace casus {
namespace {

const KnowledgeBase& FixtureKb() {
  static const KnowledgeBase* kb = [] {
    const auto paths = testing::FixtureKbPaths();
    auto loaded = KnowledgeBase::Load(paths);
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      std::abort();
    }
    return new KnowledgeBase(std::move(loaded).value());
  }();
  return *kb;
}

const ActorMatcher& Matcher() {
  static const ActorMatcher* matcher = new ActorMatcher(FixtureKb());
  return *matcher;
}

struct FlagCase {
  const char* sentence;
  const char* words;  // the mention to inspect
  MentionSource source;
  uint32_t flags;  // flags that must be set
  MarkerKind marker;
  const char* marker_text;
};

class MentionFlagTest : public ::testing::TestWithParam<FlagCase> {};

TEST_P(MentionFlagTest, SetsSourceFlagsAndMarker) {
  const FlagCase& c = GetParam();
  const std::string text = c.sentence;
  const auto tokens = testing::TokenizeForTest(text);
  const auto mentions = Matcher().Match(tokens, Date{2021, 6, 1});
  const ActorMention* found = nullptr;
  std::string all;
  for (const ActorMention& m : mentions) {
    const std::string words = Matcher().ToActor(m, tokens).text;
    all += " [" + words + "]";
    if (words == c.words) found = &m;
  }
  ASSERT_NE(found, nullptr) << c.sentence << " has" << all;
  EXPECT_EQ(found->source, c.source) << c.words;
  EXPECT_EQ(found->flags & c.flags, c.flags) << c.words << " flags " << found->flags;
  EXPECT_EQ(found->marker, c.marker) << c.words;
  EXPECT_EQ(found->marker_text, c.marker_text) << c.words;
}

INSTANTIATE_TEST_SUITE_P(
    Flags, MentionFlagTest,
    ::testing::Values(FlagCase{"Iran-backed militias attacked.", "Iran-backed",
                               MentionSource::kName, 0, MarkerKind::kBacked, "backed"},
                      FlagCase{"The US-led coalition struck.", "US-led", MentionSource::kName, 0,
                               MarkerKind::kLed, "led"},
                      FlagCase{"Houthi-controlled areas were hit.", "Houthi-controlled",
                               MentionSource::kName, 0, MarkerKind::kControlled, "controlled"},
                      FlagCase{"An Iranian-made drone fell.", "Iranian-made",
                               MentionSource::kDemonym, 0, MarkerKind::kMade, "made"},
                      FlagCase{"Hezbollah-affiliated groups met.", "Hezbollah-affiliated",
                               MentionSource::kName, 0, MarkerKind::kAffiliated, "affiliated"},
                      FlagCase{"Pro-Iranian factions rallied.", "Pro-Iranian",
                               MentionSource::kDemonym, kMentionPro, MarkerKind::kNone, ""},
                      FlagCase{"Anti-American protests grew.", "Anti-American",
                               MentionSource::kDemonym, kMentionAnti, MarkerKind::kNone, ""},
                      FlagCase{"US-Iran talks resumed.", "US-Iran", MentionSource::kName,
                               kMentionCompound, MarkerKind::kNone, ""},
                      FlagCase{"Tehran said no.", "Tehran", MentionSource::kCapital,
                               kMentionCapitalMetonym, MarkerKind::kNone, ""},
                      FlagCase{"Iran's army spoke.", "Iran's army", MentionSource::kAgent, 0,
                               MarkerKind::kNone, ""},
                      // After a possessive a word in -ed modifies the noun.
                      FlagCase{"Yemen's internationally recognised government spoke.",
                               "Yemen's internationally recognised government",
                               MentionSource::kAgent, 0, MarkerKind::kNone, ""},
                      // Without one it is a verb: "Iraq arrested members".
                      FlagCase{"Iraq arrested members.", "Iraq", MentionSource::kName, 0,
                               MarkerKind::kNone, ""},
                      FlagCase{"Clashes in Tehran continued.", "Tehran", MentionSource::kCapital,
                               kMentionCapitalMetonym | kMentionLocative, MarkerKind::kNone, ""},
                      FlagCase{"Iran's position hardened.", "Iran", MentionSource::kName,
                               kMentionPossessive, MarkerKind::kNone, ""},
                      FlagCase{"The group said so.", "group", MentionSource::kAgent,
                               kMentionDefinite, MarkerKind::kNone, ""},
                      FlagCase{"The Iraqi prime minister spoke.", "Iraqi prime minister",
                               MentionSource::kTitle, kMentionRoleHolder, MarkerKind::kNone, ""},
                      FlagCase{"Iraqi and Syrian forces advanced.", "Iraqi", MentionSource::kAgent,
                               kMentionCoordinated, MarkerKind::kNone, ""},
                      FlagCase{"Prime Minister Ali Smith resigned.", "Prime Minister Ali Smith",
                               MentionSource::kTitle, kMentionUnknownPerson, MarkerKind::kNone, ""},
                      FlagCase{"Former President Donald Trump spoke.", "President Donald Trump",
                               MentionSource::kTitle, kMentionFormer, MarkerKind::kNone, ""},
                      FlagCase{"A group called Liwa X claimed it.", "Liwa X",
                               MentionSource::kIntroduced, 0, MarkerKind::kNone, ""},
                      FlagCase{"It said its fighters won.", "its", MentionSource::kPronoun,
                               kMentionPossessive, MarkerKind::kNone, ""}));

struct AbsentCase {
  const char* sentence;
  const char* why;
};

class NoMentionTest : public ::testing::TestWithParam<AbsentCase> {};

// Words that look like actors but are not, in context.
TEST_P(NoMentionTest, FindsNothing) {
  const auto tokens = testing::TokenizeForTest(GetParam().sentence);
  const auto mentions = Matcher().Match(tokens, Date{2021, 6, 1});
  std::string all;
  for (const ActorMention& m : mentions) all += " [" + Matcher().ToActor(m, tokens).text + "]";
  EXPECT_TRUE(mentions.empty()) << GetParam().why << ":" << all;
}

INSTANTIATE_TEST_SUITE_P(
    Absent, NoMentionTest,
    ::testing::Values(AbsentCase{"Let us know.", "lower-case 'us' is a pronoun"},
                      AbsentCase{"Travel to Latin America and New Mexico.", "regions"},
                      AbsentCase{"They ate turkey and chad.", "common nouns"},
                      AbsentCase{"It is unclear whether it was true.", "expletive 'it'"},
                      AbsentCase{"A major change came at the head office.", "common-word titles"},
                      AbsentCase{"The members met.", "sectorless agent"},
                      AbsentCase{"Kataib is a word.", "part of a name"},
                      AbsentCase{"kh and kataib hizballah",
                                 "acronym in lower case, name uncapitalised"}));

TEST(ActorMatcherTest, AppendsInTextOrderAndKeepsEarlierMentions) {
  const std::string text = "Iraqi police and Hezbollah fighters clashed in Baghdad.";
  const auto tokens = testing::TokenizeForTest(text);
  std::vector<ActorMention> out(1);  // something already there
  ActorMatcher::Scratch scratch;
  Matcher().Match(tokens, Date{2021, 1, 1}, scratch, out);
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].end_token, 0u);
  for (size_t i = 2; i < out.size(); ++i) EXPECT_LT(out[i - 1].first_token, out[i].first_token);
  // Reusing the scratch gives the same answer.
  std::vector<ActorMention> again;
  Matcher().Match(tokens, Date{2021, 1, 1}, scratch, again);
  ASSERT_EQ(again.size(), 3u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(again[i].cameo, out[i + 1].cameo);
}

TEST(ActorMatcherTest, KindsAndOffices) {
  const std::string text = "President Joe Biden met Hamas and the PMF in Iraq.";
  const auto tokens = testing::TokenizeForTest(text);
  const auto m = Matcher().Match(tokens, Date{2022, 1, 1});
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].kind, ActorKind::kPerson);
  EXPECT_EQ(m[0].title_key, FixtureKb().TitleKey("President"));
  EXPECT_EQ(FixtureKb().actor(m[0].anchor).id, "usa_gov");
  EXPECT_EQ(m[1].kind, ActorKind::kArmedGroup);
  EXPECT_EQ(m[2].kind, ActorKind::kMilitary);
  EXPECT_EQ(m[3].kind, ActorKind::kState);
  EXPECT_TRUE(m[3].sector.empty());
}

TEST(ActorMatcherTest, EmptyAndPunctuationOnlyInput) {
  EXPECT_TRUE(Matcher().Match({}, std::nullopt).empty());
  const auto tokens = testing::TokenizeForTest(", . ; ( ) ' 's");
  EXPECT_TRUE(Matcher().Match(tokens, std::nullopt).empty());
}

// A home alias names its actor only in a report from the actor's country,
// and there before the actor that bears the name elsewhere.
TEST(ActorMatcherTest, HomeAliasesOnlyAtHome) {
  const KbSource sources[] = {
      {"h.kb",
       "[usa]\nname: United States\nkind: state\ncountry: USA\n"
       "[kor]\nname: South Korea\nkind: state\ncountry: KOR\n"
       "[dem_us]\nname: Democratic Party\nkind: party\ncountry: USA\n"
       "[dem_kor]\nname: Democratic Party of Korea\nhome_alias: Democratic Party; DP\n"
       "kind: party\ncountry: KOR\n",
       KbSource::Format::kCasus}};
  auto kb = KnowledgeBase::FromSources(sources);
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  const ActorMatcher matcher(*kb);
  const std::string text = "The Democratic Party and the DP met.";
  const auto tokens = testing::TokenizeForTest(text);
  auto ids = [&](std::string_view home) {
    ActorMatcher::Scratch scratch;
    std::vector<ActorMention> found;
    matcher.Match(tokens, std::nullopt, scratch, found, home);
    std::vector<std::string> out;
    for (const ActorMention& m : found) out.push_back(kb->actor(m.actor).id);
    return out;
  };
  EXPECT_EQ(ids(""), (std::vector<std::string>{"dem_us"}));
  EXPECT_EQ(ids("USA"), (std::vector<std::string>{"dem_us"}));
  EXPECT_EQ(ids("KOR"), (std::vector<std::string>{"dem_kor", "dem_kor"}));
}

// ------------------------------------------------------------ kb checks

std::vector<std::string> Issues(const std::string& text) {
  const KbSource sources[] = {{"c.kb", text, KbSource::Format::kCasus}};
  auto kb = KnowledgeBase::FromSources(sources);
  EXPECT_TRUE(kb.ok()) << kb.status().message();
  std::vector<std::string> out;
  if (!kb.ok()) return out;
  for (const KbIssue& issue : CheckKnowledgeBase(*kb)) {
    out.push_back(issue.where + ": " +
                  (issue.severity == KbIssue::Severity::kError ? "error: " : "warning: ") +
                  issue.message);
  }
  return out;
}

TEST(KbCheckTest, ReportsCyclesCountriesNamesAndCollisions) {
  const std::vector<std::string> issues = Issues(
      "[irq]\nname: Iraq\nkind: state\ncountry: IRQ\n"       // 1-4
      "[a]\nname: Alpha\nkind: armed_group\ncountry: IRQ\n"  // 5-8
      "relation: front_of | b\n"                             // 9
      "[b]\nname: Beta\nalias: Alpha\nkind: armed_group\n"   // 10-13
      "country: XXX\nrelation: backed_by | a\n"              // 14-15
      "[c]\nkind: party\ncountry: IRQ\n"                     // 16-18
      "[d]\nname: Delta\n");                                 // 19-20
  EXPECT_EQ(issues, (std::vector<std::string>{
                        "c.kb:5: warning: name 'alpha' of 'a' also names b (c.kb:10)",
                        "c.kb:5: error: relation cycle: a -> b -> a",
                        "c.kb:10: error: entry 'b': unknown country 'XXX' (no state entry has "
                        "that code)",
                        "c.kb:16: error: entry 'c' has no name",
                        "c.kb:19: warning: entry 'd' has no kind",
                    }));
}

TEST(KbCheckTest, HomeAliasesNeedACountryAndOneActorAtHome) {
  const std::vector<std::string> issues = Issues(
      "[kor]\nname: South Korea\nkind: state\ncountry: KOR\n"          // 1-4
      "[a]\nname: Alpha\nhome_alias: DP\nkind: party\ncountry: KOR\n"  // 5-9
      "[b]\nname: Beta\nhome_alias: DP\nkind: party\ncountry: KOR\n"   // 10-14
      "[c]\nname: Gamma\nhome_alias: Alpha\nkind: party\n");           // 15-18
  EXPECT_EQ(issues, (std::vector<std::string>{
                        "c.kb:5: warning: name 'dp (a home alias in KOR)' of 'a' also names b "
                        "(c.kb:10)",
                        "c.kb:15: warning: entry 'c' (party) has no country",
                        "c.kb:15: error: entry 'c' has home aliases but no country",
                    }));
}

TEST(KbCheckTest, BundledKnowledgeBaseHasNoErrors) {
  const std::string dir[] = {testing::SourceDir() + "/data/kb"};
  auto kb = KnowledgeBase::Load(dir);
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  for (const KbIssue& issue : CheckKnowledgeBase(*kb)) {
    EXPECT_NE(issue.severity, KbIssue::Severity::kError) << issue.where << ": " << issue.message;
  }
}

}  // namespace
}  // namespace casus
