// PETRARCH/TABARI dictionaries: our own fixtures always, the Phoenix
// dictionaries of ../shared/data/phoenix when present.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "kb/actor_matcher.h"
#include "kb/kb_test_util.h"
#include "kb/knowledge_base.h"

namespace casus {
namespace {

const KnowledgeBase& SampleKb() {
  static const KnowledgeBase* kb = [] {
    const std::string dir = testing::SourceDir() + "/src/kb/testdata/petrarch/";
    const std::string paths[] = {dir + "sample.actors.txt", dir + "sample.agents.txt"};
    auto loaded = KnowledgeBase::Load(paths);
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      std::abort();
    }
    return new KnowledgeBase(std::move(loaded).value());
  }();
  return *kb;
}

const ActorRecord& Named(const KnowledgeBase& kb, const char* name) {
  auto found = kb.FindName(name);
  EXPECT_FALSE(found.empty()) << name;
  return kb.actor(found.empty() ? 0 : found[0]);
}

TEST(PetrarchActorsTest, EntriesSynonymsAndCodes) {
  const KnowledgeBase& kb = SampleKb();
  const ActorRecord& atlantis = Named(kb, "Atlantis");
  EXPECT_EQ(atlantis.kind, ActorKind::kState);
  EXPECT_EQ(atlantis.country.view(), "ATL");
  EXPECT_EQ(atlantis.cameo.view(), "ATL");
  EXPECT_EQ(atlantis.id, "phx_atlantis");
  EXPECT_EQ(atlantis.aliases, (std::vector<std::string>{"Atlantean", "Atlanteans", "Poseidonia"}));
  EXPECT_EQ(&Named(kb, "POSEIDONIA"), &atlantis);

  const ActorRecord& watch = Named(kb, "Atlantean Coast Watch");
  EXPECT_EQ(watch.kind, ActorKind::kPolice);
  EXPECT_EQ(watch.sector.view(), "COP");

  const ActorRecord& league = Named(kb, "Sea League");
  EXPECT_EQ(league.kind, ActorKind::kIgo);
  EXPECT_EQ(league.cameo.view(), "IGOSEA");
  EXPECT_TRUE(league.country.empty());
}

TEST(PetrarchActorsTest, DatedCodesFollowTheDate) {
  const KnowledgeBase& kb = SampleKb();
  const ActorIndex vale = kb.FindName("Marina Vale")[0];
  EXPECT_EQ(kb.actor(vale).kind, ActorKind::kPerson);
  EXPECT_EQ(kb.CameoOn(vale, Date{2000, 5, 1}).view(), "ATLELI");
  EXPECT_EQ(kb.CameoOn(vale, Date{2015, 5, 1}).view(), "ATLGOV");
  EXPECT_EQ(kb.CameoOn(vale, Date{1980, 5, 1}).view(), "ATLELI");  // the undated code
  // "<051231": until the end of 2005 (two-digit years up to 30 are 20YY).
  const ActorIndex front = kb.FindName("Old Harbour Front")[0];
  ASSERT_EQ(kb.actor(front).dated_codes.size(), 1u);
  EXPECT_EQ(kb.actor(front).dated_codes[0].when.ToString(), "..2005-12-31");
  EXPECT_EQ(kb.actor(front).kind, ActorKind::kPerson) << "dated codes mark people";
}

TEST(PetrarchActorsTest, MalformedLinesAreWarnedAboutNotFatal) {
  const KnowledgeBase& kb = SampleKb();
  bool date_warning = false;
  bool code_warning = false;
  for (const std::string& w : kb.warnings()) {
    date_warning |=
        w.find("sample.actors.txt:22: unreadable date '20101350-20111231'") != std::string::npos;
    code_warning |= w.find("sample.agents.txt:12: agent without a [CODE]") != std::string::npos;
  }
  EXPECT_TRUE(date_warning);
  EXPECT_TRUE(code_warning);
  EXPECT_FALSE(kb.FindName("Broken Date").empty());
}

TEST(PetrarchAgentsTest, PluralsAndSubstitutions) {
  const KnowledgeBase& kb = SampleKb();
  struct Case {
    const char* phrase;
    const char* sector;
    const char* cameo;
  };
  for (const Case& c :
       {Case{"harbourman", "BUS", "~BUS"}, Case{"harbourwomen", "BUS", "~BUS"},
        Case{"lighthouse keepers", "CVL", "~CVL"}, Case{"navy", "MIL", "~MIL"},
        Case{"tide priesthood", "REL", "~REL"}, Case{"sea ministry", "GOV", "~GOV"},
        Case{"sea minister", "GOV", "~GOV"}, Case{"monitoring fleets", "IGO", "IGO~"},
        Case{"deputies", "LEG", "~LEG"}}) {
    auto found = kb.FindName(c.phrase);
    ASSERT_EQ(found.size(), 1u) << c.phrase;
    const ActorRecord& r = kb.actor(found[0]);
    EXPECT_EQ(r.kind, ActorKind::kAgent) << c.phrase;
    EXPECT_EQ(r.sector.view(), c.sector) << c.phrase;
    EXPECT_EQ(r.cameo.view(), c.cameo) << c.phrase;
  }
  EXPECT_TRUE(kb.FindName("navies").empty()) << "{} means no plural";
  EXPECT_TRUE(kb.FindName("tide priests").empty()) << "an explicit plural replaces the regular one";
}

struct PetrarchMatchCase {
  const char* sentence;
  Date date;
  std::vector<std::string> expected;  // "words|country|sector|cameo"
};

TEST(PetrarchMatchTest, DictionariesCodeMentions) {
  const ActorMatcher matcher(SampleKb());
  for (const PetrarchMatchCase& c : {
           PetrarchMatchCase{"Atlantean harbourmen protested in Poseidonia.",
                             Date{2012, 1, 1},
                             {"Atlantean harbourmen|ATL|BUS|ATLBUS", "Poseidonia|ATL||ATL"}},
           PetrarchMatchCase{
               "The Atlantean monitoring fleet and Marina Vale arrived.",
               Date{2015, 1, 1},
               {"Atlantean monitoring fleet|ATL|IGO|IGOATL", "Marina Vale|ATL|GOV|ATLGOV"}},
           PetrarchMatchCase{"Marina Vale met the Sea League and ATLANTIS COAST WATCH.",
                             Date{2001, 1, 1},
                             {"Marina Vale|ATL|ELI|ATLELI", "Sea League||IGO|IGOSEA",
                              "ATLANTIS COAST WATCH|ATL|COP|ATLCOP"}},
           PetrarchMatchCase{
               "atlantis is a myth, said the deputies.", Date{2001, 1, 1}, {"deputies||LEG|LEG"}},
       }) {
    const auto tokens = testing::TokenizeForTest(c.sentence);
    std::vector<std::string> got;
    for (const ActorMention& m : matcher.Match(tokens, c.date)) {
      const Actor a = matcher.ToActor(m, tokens);
      got.push_back(a.text + "|" + a.country + "|" + a.sector + "|" + a.cameo);
    }
    EXPECT_EQ(got, c.expected) << c.sentence;
  }
}

std::string PhoenixDir() { return testing::SourceDir() + "/../shared/data/phoenix/"; }

TEST(PhoenixDictionariesTest, LoadAndCode) {
  const std::string dir = PhoenixDir();
  if (!std::filesystem::exists(dir + "Phoenix.Countries.actors.txt")) {
    GTEST_SKIP() << "Phoenix dictionaries not found in " << dir;
  }
  const std::string paths[] = {dir + "Phoenix.Countries.actors.txt",
                               dir + "Phoenix.International.actors.txt",
                               dir + "Phoenix.MilNonState.actors.txt", dir + "Phoenix.agents.txt"};
  const auto start = std::chrono::steady_clock::now();
  auto kb = KnowledgeBase::Load(paths);
  const double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  RecordProperty("load_ms", std::to_string(load_ms));
  EXPECT_GT(kb->size(), 25000u);

  const ActorIndex afghanistan = kb->FindName("Afghanistan")[0];
  EXPECT_EQ(kb->actor(afghanistan).kind, ActorKind::kState);
  EXPECT_EQ(kb->CameoOn(afghanistan, Date{2010, 1, 1}).view(), "AFG");
  EXPECT_EQ(kb->FindName("Kabul")[0], afghanistan);

  const ActorIndex annan = kb->FindName("Kofi Annan")[0];
  EXPECT_EQ(kb->CameoOn(annan, Date{2000, 1, 1}).view(), "IGOUNO");
  EXPECT_EQ(kb->CameoOn(annan, Date{2010, 1, 1}).view(), "ELI");

  const ActorMatcher matcher(*kb);
  const char* sentence = "Afghan police and U.N. officials met Kofi Annan in Kabul.";
  const auto tokens = testing::TokenizeForTest(sentence);
  std::vector<std::string> got;
  for (const ActorMention& m : matcher.Match(tokens, Date{2003, 5, 1})) {
    const Actor a = matcher.ToActor(m, tokens);
    got.push_back(a.text + "|" + a.cameo);
  }
  EXPECT_EQ(got, (std::vector<std::string>{"Afghan police|AFGCOP", "U.N.|IGOUNO",
                                           "Kofi Annan|IGOUNO", "Kabul|AFG"}));
}

}  // namespace
}  // namespace casus
