#include "serve/query_params.h"

#include <gtest/gtest.h>

namespace casus {
namespace {

struct ParamCase {
  std::string name;
  QueryParams params;
  bool ok;
  std::string error_mentions;  // part of the message when !ok
};

TEST(QueryParams, FiltersAreCheckedAndNamed) {
  const std::vector<ParamCase> cases = {
      {"none", {}, true, ""},
      {"dates", {{"from", "2020-01-01"}, {"to", "2020-12-31"}}, true, ""},
      {"empty date means none", {{"from", ""}}, true, ""},
      {"bad day", {{"from", "2020-02-30"}}, false, "'from'"},
      {"date with time", {{"to", "2020-01-01T10:00:00"}}, false, "'to'"},
      {"from after to", {{"from", "2021-01-01"}, {"to", "2020-01-01"}}, false, "after"},
      {"repeated single",
       {{"from", "2020-01-01"}, {"from", "2020-01-02"}},
       false,
       "more than once"},
      {"countries", {{"country", "irq, SYR"}, {"country", "YEM"}}, true, ""},
      {"long country", {{"country", "IRAQ"}}, false, "'country'"},
      {"digit country", {{"country", "IR1"}}, false, "'country'"},
      {"bbox", {{"bbox", "43,35,45,37"}}, true, ""},
      {"bbox reversed", {{"bbox", "45,35,43,37"}}, false, "'bbox'"},
      {"bbox short", {{"bbox", "1,2,3"}}, false, "'bbox'"},
      {"bbox words", {{"bbox", "a,b,c,d"}}, false, "'bbox'"},
      {"bbox nan", {{"bbox", "nan,1,2,3"}}, false, "'bbox'"},
      {"near", {{"near", "36.19,44.01"}, {"radius", "25"}}, true, ""},
      {"near off the globe", {{"near", "91,0"}}, false, "'near'"},
      {"radius alone", {{"radius", "25"}}, false, "'radius'"},
      {"radius negative", {{"near", "1,1"}, {"radius", "-3"}}, false, "'radius'"},
      {"types", {{"type", "assault,Protest"}}, true, ""},
      {"unknown type", {{"type", "EXPLODE"}}, false, "'type'"},
      {"actor with comma", {{"actor", "Hamas, the movement"}}, true, ""},
  };
  for (const ParamCase& c : cases) {
    IncidentQuery query;
    const Status status = ParseIncidentFilters(c.params, query);
    EXPECT_EQ(status.ok(), c.ok) << c.name << ": " << status.message();
    if (!c.ok) {
      EXPECT_NE(status.message().find(c.error_mentions), std::string::npos) << c.name;
    }
  }
}

TEST(QueryParams, ValuesLandInTheQuery) {
  IncidentQuery query;
  const QueryParams params = {{"country", "irq, SYR"},
                              {"country", "YEM"},
                              {"type", "assault"},
                              {"mode", "Drone"},
                              {"actor", "Hamas, the movement"},
                              {"claimed_by", " Islamic State "},
                              {"network", "IRN"},
                              {"text", " rocket attack "},
                              {"near", "36.19,44.01"}};
  ASSERT_TRUE(ParseIncidentFilters(params, query).ok());
  EXPECT_EQ(query.filter.countries, (std::vector<std::string>{"IRQ", "SYR", "YEM"}));
  EXPECT_EQ(query.filter.types, std::vector<std::string>{"ASSAULT"});
  EXPECT_EQ(query.filter.modes, std::vector<std::string>{"drone"});
  EXPECT_EQ(query.actors, std::vector<std::string>{"Hamas, the movement"});
  EXPECT_EQ(query.claimants, std::vector<std::string>{"Islamic State"});
  EXPECT_EQ(query.network, "IRN");
  EXPECT_EQ(query.filter.text, "rocket attack");
  ASSERT_TRUE(query.filter.near.has_value());
  EXPECT_DOUBLE_EQ((*query.filter.near)[2], 50);  // the default radius, as casus query
}

TEST(QueryParams, UnknownLongAndMalformedParametersAreRefused) {
  ServeLimits limits;
  EXPECT_TRUE(CheckParameters({{"from", "x"}, {"limit", "5"}}, true, {"limit"}, limits).ok());
  EXPECT_FALSE(CheckParameters({{"limit", "5"}}, true, {}, limits).ok());
  EXPECT_FALSE(CheckParameters({{"from", "x"}}, false, {"limit"}, limits).ok());
  EXPECT_FALSE(CheckParameters({{"text", std::string(513, 'a')}}, true, {}, limits).ok());
  EXPECT_FALSE(CheckParameters({{"text", "\xff\xfe"}}, true, {}, limits).ok());
  const Status unknown = CheckParameters({{"<b>x</b>", "1"}}, true, {}, limits);
  EXPECT_NE(unknown.message().find("unknown parameter"), std::string::npos);

  EXPECT_EQ(*CountParameter({}, "limit", 50, 500), 50u);
  EXPECT_EQ(*CountParameter({{"limit", "500"}}, "limit", 50, 500), 500u);
  for (const char* bad : {"501", "-1", "1e3", "", "12x", "99999999999999999999999"}) {
    EXPECT_FALSE(CountParameter({{"limit", bad}}, "limit", 50, 500).ok()) << bad;
  }
}

}  // namespace
}  // namespace casus
