// Loading `.kb` text: what is accepted, and how each error is reported.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "kb/kb_test_util.h"
#include "kb/knowledge_base.h"
#include "kb/normalize.h"

namespace casus {
namespace {

Result<KnowledgeBase> FromText(const std::string& text) {
  const KbSource sources[] = {{"t.kb", text, KbSource::Format::kCasus}};
  return KnowledgeBase::FromSources(sources);
}

struct ErrorCase {
  const char* label;
  const char* text;
  const char* expected;  // a substring of the error message
};

class KbLoadErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(KbLoadErrorTest, ReportsFileLineAndReason) {
  const ErrorCase& c = GetParam();
  auto kb = FromText(c.text);
  ASSERT_FALSE(kb.ok()) << c.label;
  EXPECT_EQ(kb.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(kb.status().message().find(c.expected), std::string::npos) << c.label << ": got\n"
                                                                       << kb.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Errors, KbLoadErrorTest,
    ::testing::Values(
        ErrorCase{"unknown_key", "[a]\nname: A\nfoo: bar\n", "t.kb:3: unknown key 'foo'"},
        ErrorCase{"duplicate_id", "[a]\nname: A\n\n[a]\nname: B\n",
                  "t.kb:4: duplicate id 'a' (first defined at t.kb:1)"},
        ErrorCase{"bad_month", "[a]\nname: A\nrelation: backed_by | b | 2020-13.. | 0.5 | x\n[b]\n",
                  "t.kb:3: bad date range '2020-13..'"},
        ErrorCase{"bad_day", "[a]\nrole: President | b | 2021-02-30..\n[b]\n",
                  "t.kb:2: bad date range '2021-02-30..' in role"},
        ErrorCase{"from_after_to", "[a]\nrelation: part_of | b | 2020..2019 | 1 | x\n[b]\n",
                  "t.kb:2: bad date range '2020..2019'"},
        ErrorCase{"unknown_object", "[a]\nname: A\n\nrelation: backed_by | nobody | .. | 1 | x\n",
                  "t.kb:4: relation backed_by to unknown id 'nobody'"},
        ErrorCase{"relation_one_field", "[a]\nrelation: backed_by\n", "t.kb:2: malformed relation"},
        ErrorCase{"relation_bad_type", "[a]\nrelation: sponsors | b\n[b]\n",
                  "t.kb:2: malformed relation: unknown type 'sponsors'"},
        ErrorCase{"relation_bad_confidence", "[a]\nrelation: backed_by | b | .. | 1.5 | x\n[b]\n",
                  "t.kb:2: malformed relation: confidence '1.5'"},
        ErrorCase{"relation_object_not_id", "[a]\nrelation: backed_by | Iran | .. | 1 | x\n",
                  "t.kb:2: malformed relation: 'Iran' is not an id"},
        ErrorCase{"relation_to_itself", "[a]\nrelation: allied_with | a\n",
                  "relation of 'a' to itself"},
        ErrorCase{"unknown_kind", "[a]\nkind: warlord\n", "t.kb:2: unknown kind 'warlord'"},
        ErrorCase{"key_before_entry", "# header\nname: A\n",
                  "t.kb:2: 'name' before the first '[id]'"},
        ErrorCase{"bad_id", "[Bad-Id]\nname: A\n", "t.kb:1: invalid id 'Bad-Id'"},
        ErrorCase{"unclosed_header", "[a\nname: A\n", "t.kb:1: malformed entry header"},
        ErrorCase{"name_twice", "[a]\nname: A\nname: B\n", "t.kb:3: 'name' given twice"},
        ErrorCase{"bad_country", "[a]\ncountry: Iran\n", "t.kb:2: country must be"},
        ErrorCase{"seat_without_country", "[a]\nkind: igo\nseat: New York\n",
                  "t.kb:3: seat must be 'City, CCC'"},
        ErrorCase{"seat_bad_country", "[a]\nkind: igo\nseat: Geneva, Switzerland\n",
                  "t.kb:3: seat must be 'City, CCC'"},
        ErrorCase{"seat_twice", "[a]\nseat: Geneva, CHE\nseat: Vienna, AUT\n",
                  "t.kb:3: 'seat' given twice"},
        ErrorCase{"bad_sector", "[a]\nsector: rebels\n", "t.kb:2: sector must be"},
        ErrorCase{"bad_cameo", "[a]\ncameo: irq reb\n", "t.kb:2: malformed CAMEO code"},
        ErrorCase{"cameo_twice", "[a]\ncameo: IRQ\ncameo: IRN\n", "t.kb:3: 'cameo' given twice"},
        ErrorCase{"no_colon", "[a]\njust some words\n", "t.kb:2: expected 'key: value' or '[id]'"},
        ErrorCase{"role_unknown_org", "[a]\nrole: President | nowhere | 2020..\n",
                  "t.kb:2: role at unknown organisation id 'nowhere'"},
        ErrorCase{"role_one_field", "[a]\nrole: President\n", "t.kb:2: malformed role"},
        ErrorCase{"refers_bad_kind", "[a]\nkind: agent\nrefers: militia\n",
                  "t.kb:3: unknown kind 'militia' in refers"}),
    [](const ::testing::TestParamInfo<ErrorCase>& info) { return std::string(info.param.label); });

TEST(KbLoadTest, ReportsEveryErrorNotJustTheFirst) {
  auto kb = FromText("[a]\nfoo: 1\n[b]\nbar: 2\nrelation: part_of | zzz\n");
  ASSERT_FALSE(kb.ok());
  const std::string& message = kb.status().message();
  EXPECT_NE(message.find("t.kb:2: unknown key 'foo'"), std::string::npos) << message;
  EXPECT_NE(message.find("t.kb:4: unknown key 'bar'"), std::string::npos) << message;
  EXPECT_NE(message.find("t.kb:5: relation part_of to unknown id 'zzz'"), std::string::npos)
      << message;
}

TEST(KbLoadTest, ReadsEveryKey) {
  auto kb = FromText(R"(# comment
[kataib_hezbollah]
name: Kata'ib Hezbollah
alias: Kataib Hezbollah; Kataib Hizballah ;; KH
alias: كتائب حزب الله
kind: armed_group
country: IRQ
sector: REB
cameo: IRQREB
cameo: IRQMIL | 2016-11..
relation: backed_by | sponsor | 2003.. | 0.95 | Trained and funded; a note | with a bar.
note: free text

[sponsor]
name: Sponsor
kind: military
country: IRN
)");
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  auto index = kb->FindId("kataib_hezbollah");
  ASSERT_TRUE(index.has_value());
  const ActorRecord& r = kb->actor(*index);
  EXPECT_EQ(r.name, "Kata'ib Hezbollah");
  EXPECT_EQ(r.aliases, (std::vector<std::string>{"Kataib Hezbollah", "Kataib Hizballah", "KH",
                                                 "كتائب حزب الله"}));
  EXPECT_EQ(r.kind, ActorKind::kArmedGroup);
  EXPECT_EQ(r.country.view(), "IRQ");
  EXPECT_EQ(r.sector.view(), "REB");
  EXPECT_EQ(r.cameo.view(), "IRQREB");
  ASSERT_EQ(r.dated_codes.size(), 1u);
  EXPECT_EQ(r.dated_codes[0].when.ToString(), "2016-11..");
  EXPECT_EQ(kb->CameoOn(*index, Date{2015, 1, 1}).view(), "IRQREB");
  EXPECT_EQ(kb->CameoOn(*index, Date{2017, 1, 1}).view(), "IRQMIL");
  ASSERT_EQ(r.relations.size(), 1u);
  const RelationRecord& rel = kb->relation(r.relations[0]);
  EXPECT_EQ(rel.type, RelationType::kBackedBy);
  EXPECT_EQ(kb->actor(rel.object).id, "sponsor");
  EXPECT_DOUBLE_EQ(rel.confidence, 0.95);
  EXPECT_EQ(rel.note, "Trained and funded; a note | with a bar.");
  EXPECT_EQ(kb->Where(rel.file, rel.line), "t.kb:11");
  EXPECT_EQ(kb->actor(rel.object).incoming, std::vector<uint32_t>{r.relations[0]});
  EXPECT_EQ(r.notes, std::vector<std::string>{"free text"});
}

TEST(KbLoadTest, NameLookupIgnoresCaseDiacriticsApostrophesAndHyphens) {
  auto kb = FromText("[kh]\nname: Kata'ib Hezbollah\nalias: Kataib Hizballah\n");
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  for (const char* spelling : {"Kata'ib Hezbollah", "KATAIB HEZBOLLAH", "Kataʾib-Hezbollah",
                               "kataib  hezbollah", "Katāib Hezbollah", "Kataib Hizballah"}) {
    auto found = kb->FindName(spelling);
    ASSERT_EQ(found.size(), 1u) << spelling;
    EXPECT_EQ(kb->actor(found[0]).id, "kh");
  }
  EXPECT_TRUE(kb->FindName("Kataib").empty());
}

TEST(KbLoadTest, StateEntriesImplyTheirOrgans) {
  auto kb = FromText(
      "[usa]\nname: United States\nkind: state\ncountry: USA\ncameo: USA\n"
      "[p]\nkind: person\nrole: President | usa_gov | 2021..\n"
      "[q]\nrelation: backed_by | usa_spy\n");
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  auto gov = kb->FindId("usa_gov");
  ASSERT_TRUE(gov.has_value());
  EXPECT_EQ(kb->actor(*gov).kind, ActorKind::kGovernment);
  EXPECT_EQ(kb->actor(*gov).cameo.view(), "USAGOV");
  EXPECT_TRUE(kb->actor(*gov).implied);
  auto spy = kb->FindId("usa_spy");
  ASSERT_TRUE(spy.has_value());
  EXPECT_EQ(kb->actor(*spy).sector.view(), "SPY");
  EXPECT_FALSE(kb->FindId("usa_mil").has_value()) << "organs are made only when referenced";
  // An organ of something that is not a state is still an unknown id.
  EXPECT_FALSE(FromText("[p]\nkind: person\nrelation: part_of | p_gov\n").ok());
}

struct RangeCase {
  const char* range;
  Date date;
  bool holds;
};

class DateRangeTest : public ::testing::TestWithParam<RangeCase> {};

TEST_P(DateRangeTest, HoldsAtTheStatedPrecision) {
  const RangeCase& c = GetParam();
  auto range = ParseDateRange(c.range);
  ASSERT_TRUE(range.has_value()) << c.range;
  EXPECT_EQ(range->Contains(c.date), c.holds) << c.range << " on " << c.date.ToString();
}

INSTANTIATE_TEST_SUITE_P(
    Ranges, DateRangeTest,
    ::testing::Values(RangeCase{"..", Date{1900, 1, 1}, true},
                      RangeCase{"2019..", Date{2019, 1, 1}, true},
                      RangeCase{"2019..", Date{2018, 12, 31}, false},
                      RangeCase{"..2020-01-03", Date{2020, 1, 3}, true},
                      RangeCase{"..2020-01-03", Date{2020, 1, 4}, false},
                      RangeCase{"2014-06..", Date{2014, 6, 1}, true},
                      RangeCase{"2014-06..", Date{2014, 5, 31}, false},
                      RangeCase{"..2020", Date{2020, 12, 31}, true},
                      RangeCase{"..2020-02", Date{2020, 2, 29}, true},
                      RangeCase{"..2020-02", Date{2020, 3, 1}, false},
                      RangeCase{"2020", Date{2020, 7, 1}, true},
                      RangeCase{"2020", Date{2021, 1, 1}, false},
                      RangeCase{"2021-01-20..2025-01-20", Date{2025, 1, 20}, true},
                      RangeCase{"2021-01-20..2025-01-20", Date{2021, 1, 19}, false}));

TEST(KbLoadTest, LoadsDirectoriesAndReportsMissingPaths) {
  const std::string dir = testing::SourceDir() + "/src/kb/testdata/fixture";
  const std::string countries = testing::SourceDir() + "/data/kb/countries.kb";
  const std::string paths[] = {countries, dir};
  auto kb = KnowledgeBase::Load(paths);
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  EXPECT_TRUE(kb->FindId("kataib_hezbollah").has_value());
  EXPECT_TRUE(kb->FindId("joe_biden").has_value());

  const std::string missing[] = {testing::SourceDir() + "/no/such/dir"};
  auto none = KnowledgeBase::Load(missing);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().code(), Status::Code::kNotFound);
}

TEST(KbLoadTest, BundledKnowledgeBaseLoadsCleanly) {
  const std::string dir[] = {testing::SourceDir() + "/data/kb"};
  const auto start = std::chrono::steady_clock::now();
  auto kb = KnowledgeBase::Load(dir);
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  RecordProperty("load_ms", std::to_string(ms));
  // Every ISO 3166-1 country is a state with a demonym-free lookup by code.
  for (const char* code : {"IRN", "IRQ", "USA", "YEM", "SYR", "LBN", "ISR", "PSE", "SAU", "XKX"}) {
    auto state = kb->StateOf(code);
    ASSERT_TRUE(state.has_value()) << code;
    EXPECT_EQ(kb->actor(*state).kind, ActorKind::kState);
  }
  EXPECT_GE(kb->size(), 249u + 60u + 40u);
}

TEST(KbLoadTest, FixtureKbLoads) {
  const auto paths = testing::FixtureKbPaths();
  auto kb = KnowledgeBase::Load(paths);
  ASSERT_TRUE(kb.ok()) << kb.status().message();
}

}  // namespace
}  // namespace casus
