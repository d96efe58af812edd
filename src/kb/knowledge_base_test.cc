// Queries on the compiled knowledge base: sponsor chains, role holders,
// titles, dated codes.
#include "kb/knowledge_base.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

ActorIndex Id(const char* id) {
  auto index = FixtureKb().FindId(id);
  EXPECT_TRUE(index.has_value()) << id;
  return index.value_or(0);
}

std::vector<std::string> ChainObjects(const SponsorChain& chain) {
  std::vector<std::string> out;
  for (const auto& step : chain.steps) {
    const RelationRecord& rel = FixtureKb().relation(step.relation);
    out.push_back(std::string(ToString(rel.type)) + ":" + FixtureKb().actor(rel.object).id);
  }
  return out;
}

struct SponsorCase {
  const char* actor;
  std::optional<Date> date;
  std::vector<std::string> sponsors;
  std::vector<std::string> steps;  // "type:object" in breadth-first order
};

class SponsorChainTest : public ::testing::TestWithParam<SponsorCase> {};

TEST_P(SponsorChainTest, FollowsValidEdgesToStates) {
  const SponsorCase& c = GetParam();
  const SponsorChain chain = FixtureKb().SponsorsOf(Id(c.actor), c.date);
  EXPECT_EQ(chain.sponsors, c.sponsors) << c.actor;
  EXPECT_EQ(ChainObjects(chain), c.steps) << c.actor;
}

INSTANTIATE_TEST_SUITE_P(
    Chains, SponsorChainTest,
    ::testing::Values(
        // The front names Kata'ib Hezbollah, which the Quds Force backs.
        SponsorCase{"saraya_awliya_al_dam",
                    Date{2021, 2, 16},
                    {"IRN"},
                    {"front_of:kataib_hezbollah", "backed_by:iran_irgc_qf", "part_of:iraq_pmf"}},
        // Before the front existed its edge does not hold.
        SponsorCase{"saraya_awliya_al_dam", Date{2019, 6, 1}, {}, {}},
        SponsorCase{
            "islamic_resistance_iraq", Date{2024, 1, 28}, {"IRN"}, {"backed_by:iran_irgc_qf"}},
        SponsorCase{"islamic_resistance_iraq", Date{2022, 1, 1}, {}, {}},
        // Reaching Iraq's own (state-kind) forces does not make Iraq a sponsor.
        SponsorCase{"kataib_hezbollah",
                    Date{2024, 1, 28},
                    {"IRN"},
                    {"backed_by:iran_irgc_qf", "part_of:iraq_pmf",
                     "member_of:islamic_resistance_iraq", "backed_by:iran_irgc_qf"}},
        SponsorCase{"kataib_hezbollah", Date{2012, 1, 1}, {"IRN"}, {"backed_by:iran_irgc_qf"}},
        // A unit of an armed group inherits the group's sponsor.
        SponsorCase{"qassam_brigades",
                    Date{2023, 10, 7},
                    {"IRN"},
                    {"part_of:hamas", "backed_by:iran_irgc_qf"}},
        SponsorCase{"islamic_state", Date{2015, 1, 1}, {}, {}},
        // State organs are not sponsored by anyone.
        SponsorCase{"syria_saa", Date{2015, 1, 1}, {}, {}},
        // No date: every edge counts.
        SponsorCase{"saraya_awliya_al_dam",
                    std::nullopt,
                    {"IRN"},
                    {"front_of:kataib_hezbollah", "backed_by:iran_irgc_qf", "part_of:iraq_pmf",
                     "member_of:islamic_resistance_iraq", "backed_by:iran_irgc_qf"}}),
    [](const ::testing::TestParamInfo<SponsorCase>& info) {
      return std::string(info.param.actor) + "_" + std::to_string(info.index);
    });

TEST(SponsorChainTest, ConfidenceMultipliesAlongThePath) {
  const SponsorChain chain = FixtureKb().SponsorsOf(Id("saraya_awliya_al_dam"), Date{2021, 2, 16});
  ASSERT_EQ(chain.confidence.size(), 1u);
  EXPECT_NEAR(chain.confidence[0], 0.7 * 0.95, 1e-9);
  ASSERT_EQ(chain.state_actors.size(), 1u);
  EXPECT_EQ(FixtureKb().actor(chain.state_actors[0]).id, "iran_irgc_qf");
}

TEST(SponsorChainTest, ById) {
  const auto chain = FixtureKb().SponsorsOf("saraya_awliya_al_dam", Date{2021, 2, 16});
  ASSERT_TRUE(chain.has_value());
  EXPECT_EQ(chain->sponsors, std::vector<std::string>{"IRN"});
  EXPECT_FALSE(FixtureKb().SponsorsOf("no_such_actor", Date{2021, 2, 16}).has_value());
}

TEST(SponsorChainTest, CyclesEnd) {
  const KbSource sources[] = {{"c.kb",
                               "[a]\nrelation: backed_by | b\n[b]\nrelation: front_of | a\n"
                               "relation: part_of | s\n[s]\nkind: state\ncountry: IRN\n",
                               KbSource::Format::kCasus}};
  auto kb = KnowledgeBase::FromSources(sources);
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  const SponsorChain chain = kb->SponsorsOf(*kb->FindId("a"), std::nullopt);
  EXPECT_EQ(chain.sponsors, std::vector<std::string>{"IRN"});
  EXPECT_EQ(chain.steps.size(), 3u);
}

struct HolderCase {
  const char* title;
  const char* country;
  Date date;
  std::vector<std::string> holders;
};

class RoleHolderTest : public ::testing::TestWithParam<HolderCase> {};

TEST_P(RoleHolderTest, FindsWhoHeldTheOffice) {
  const HolderCase& c = GetParam();
  std::vector<std::string> ids;
  for (ActorIndex i : FixtureKb().RoleHolders(c.title, c.country, c.date)) {
    ids.push_back(FixtureKb().actor(i).id);
  }
  EXPECT_EQ(ids, c.holders) << c.title << " " << c.country << " " << c.date.ToString();
}

INSTANTIATE_TEST_SUITE_P(
    Holders, RoleHolderTest,
    ::testing::Values(
        HolderCase{"President", "USA", Date{2020, 1, 3}, {"donald_trump"}},
        HolderCase{"President", "USA", Date{2021, 1, 21}, {"joe_biden"}},
        // On the day of a handover both held the office.
        HolderCase{"President", "USA", Date{2021, 1, 20}, {"joe_biden", "donald_trump"}},
        HolderCase{"president", "USA", Date{2025, 3, 1}, {"donald_trump"}},
        HolderCase{"Vice President", "USA", Date{2012, 5, 5}, {"joe_biden"}},
        HolderCase{"Defense Secretary", "USA", Date{2020, 1, 3}, {"mark_esper"}},
        HolderCase{"Secretary of Defense", "USA", Date{2022, 1, 1}, {"lloyd_austin"}},
        HolderCase{"Defence Minister", "ISR", Date{2023, 11, 1}, {"yoav_gallant"}},
        HolderCase{"Defense Minister", "USA", Date{2021, 1, 21}, {}},  // between holders
        // An acting holder holds the office; "acting" names it too.
        HolderCase{"Defense Secretary", "USA", Date{2020, 12, 1}, {"christopher_miller"}},
        HolderCase{"Acting Secretary of Defense", "USA", Date{2020, 12, 1}, {"christopher_miller"}},
        HolderCase{"caretaker Secretary of Defense", "USA", Date{2020, 12, 1}, {}},
        HolderCase{"Prime Minister", "IRQ", Date{2021, 6, 1}, {"mustafa_al_kadhimi"}},
        HolderCase{"Prime Minister", "IRQ", Date{2023, 6, 1}, {"mohammed_shia_al_sudani"}},
        HolderCase{"PM", "ISR", Date{2021, 12, 1}, {"naftali_bennett"}},
        HolderCase{"Prime Minister", "ISR", Date{2024, 1, 1}, {"benjamin_netanyahu"}},
        HolderCase{"Supreme Leader", "IRN", Date{2020, 1, 3}, {"ali_khamenei"}},
        HolderCase{"President", "IRN", Date{1985, 1, 1}, {"ali_khamenei"}},
        HolderCase{"Commander", "IRN", Date{2019, 1, 1}, {"qassem_soleimani"}},
        HolderCase{"Commander", "IRN", Date{2021, 1, 1}, {"esmail_qaani"}},
        HolderCase{"Emperor", "USA", Date{2020, 1, 1}, {}}));

struct OrgHolderCase {
  const char* title;
  const char* org;
  Date date;
  std::vector<std::string> holders;
};

class OrgRoleHolderTest : public ::testing::TestWithParam<OrgHolderCase> {};

// Heads of organisations: "Secretary-General", "leader", "chief" and
// "Director General" are one office, resolved by the organisation.
TEST_P(OrgRoleHolderTest, FindsTheHeadOfAnOrganisation) {
  const OrgHolderCase& c = GetParam();
  std::vector<std::string> ids;
  for (ActorIndex i : FixtureKb().RoleHoldersAt(c.title, Id(c.org), c.date)) {
    ids.push_back(FixtureKb().actor(i).id);
  }
  EXPECT_EQ(ids, c.holders) << c.title << " of " << c.org;
}

INSTANTIATE_TEST_SUITE_P(
    Holders, OrgRoleHolderTest,
    ::testing::Values(
        OrgHolderCase{"Secretary-General", "un", Date{2020, 1, 1}, {"antonio_guterres"}},
        OrgHolderCase{"Secretary General", "un", Date{2010, 1, 1}, {"ban_ki_moon"}},
        OrgHolderCase{"leader", "hezbollah", Date{2020, 1, 1}, {"hassan_nasrallah"}},
        OrgHolderCase{"chief", "iaea", Date{2021, 1, 1}, {"rafael_grossi"}},
        OrgHolderCase{"Director General", "iaea", Date{2015, 1, 1}, {"yukiya_amano"}},
        OrgHolderCase{"commander", "iran_irgc_qf", Date{2019, 12, 31}, {"qassem_soleimani"}},
        OrgHolderCase{"leader", "hezbollah", Date{2025, 1, 1}, {}}));

TEST(RoleTest, RoleOnPicksTheOfficeHeldThatDay) {
  const KnowledgeBase& kb = FixtureKb();
  const Role* role = kb.RoleOn(Id("joe_biden"), Date{2015, 6, 1});
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->title, "Vice President");
  role = kb.RoleOn(Id("joe_biden"), Date{2022, 6, 1});
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->title, "President");
  EXPECT_EQ(kb.actor(role->org).id, "usa_gov");
  EXPECT_EQ(kb.RoleOn(Id("joe_biden"), Date{2018, 6, 1}), nullptr);
}

TEST(RoleTest, TitleSpellingsShareAKey) {
  const KnowledgeBase& kb = FixtureKb();
  EXPECT_EQ(kb.TitleKey("Defense Secretary"), kb.TitleKey("Secretary of Defence"));
  EXPECT_EQ(kb.TitleKey("Foreign Secretary"), kb.TitleKey("Foreign Minister"));
  EXPECT_NE(kb.TitleKey("Foreign Minister"), kb.TitleKey("Secretary of State"));
  ASSERT_TRUE(kb.TitleKey("General").has_value());
  EXPECT_EQ(kb.TitleSector(*kb.TitleKey("Gen.")), "MIL");
  EXPECT_EQ(kb.TitleSector(*kb.TitleKey("President")), "GOV");
}

TEST(RelationsTest, PartOfDirectlyOrThroughOneBody) {
  EXPECT_TRUE(FixtureKb().IsPartOf(Id("qassam_brigades"), Id("hamas")));
  EXPECT_TRUE(FixtureKb().IsPartOf(Id("iran_irgc_qf"), Id("iran_irgc")));
  EXPECT_TRUE(FixtureKb().IsPartOf(Id("iran_irgc_qf"), Id("irn")));
  EXPECT_FALSE(FixtureKb().IsPartOf(Id("iran_irgc"), Id("iran_irgc_qf")));
  EXPECT_FALSE(FixtureKb().IsPartOf(Id("hamas"), Id("hamas")));
  EXPECT_FALSE(FixtureKb().IsPartOf(Id("houthis"), Id("hamas")));
}

TEST(RelationsTest, RelationsOnFiltersByDate) {
  const KnowledgeBase& kb = FixtureKb();
  EXPECT_EQ(kb.RelationsOn(Id("kataib_hezbollah"), Date{2010, 1, 1}).size(), 1u);
  EXPECT_EQ(kb.RelationsOn(Id("kataib_hezbollah"), Date{2024, 1, 1}).size(), 3u);
  EXPECT_EQ(kb.RelationsOn(Id("kataib_hezbollah"), std::nullopt).size(), 3u);
}

}  // namespace
}  // namespace casus
