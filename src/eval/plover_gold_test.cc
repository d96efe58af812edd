#include "eval/plover_gold.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "eval/gold.h"
#include "eval/iso_countries.h"

namespace casus {
namespace {

TEST(IsoCountriesTest, Codes) {
  struct Case {
    const char* code;
    const char* alpha3_from_alpha2;
    const char* from_cameo;
  } cases[] = {
      {"IQ", "IRQ", ""}, {"IRQ", "", "IRQ"}, {"CH", "CHE", ""},  {"XK", "XKX", ""},
      {"ZW", "ZWE", ""}, {"AD", "AND", ""},  {"JAP", "", "JPN"}, {"ITL", "", "ITA"},
      {"IGO", "", ""},   {"NGO", "", ""},    {"PSE", "", "PSE"}, {"", "", ""},
      {"iq", "", ""},    {"ZZ", "", ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(IsoAlpha3FromAlpha2(c.code), c.alpha3_from_alpha2) << c.code;
    EXPECT_EQ(IsoAlpha3FromCameo(c.code), c.from_cameo) << c.code;
  }
}

// Records in the shape of PLOVER's gold-standard file, written for this test.
constexpr const char* kRecords = R"([
 {"id": "DOC-1", "event": "DOCUMENT", "eventText": "about this file"},
 {"id": "R-1", "date": "2000-01-01", "event": "DEMAND", "text": "Japan demanded that Italy pay.",
  "source": [{"actorText": "Japan", "code": "JAP", "sector": "GOV"}],
  "target": [{"actorText": "Italy", "code": "ITL"}]},
 {"id": "R-2", "date": "2000-01-01", "event": "FIGHT", "mode": "assassinate", "text": "Gunmen killed two.",
  "source": [{"actorText": "Gunmen", "code": "IMG", "sector": "***"}], "target": "", "dead": 2, "injured": "5",
  "eventLoc": {"name": "Geneva", "country code": "CH"}},
 {"id": "R-3", "date": "2000-01-01", "event": "DISAPPROVE", "text": "Serbs and Croats criticised the UN.",
  "source": [{"actorText": "Serbs", "code": "SRB", "sector": "CVLsrp"}, {"actorText": "Croats", "code": "HRV"}],
  "target": [{"actorText": "UN", "code": "IGO"}], "eventLoc": {"name": "Somewhere"}},
 {"id": "R-4", "date": "2000-01-01", "event": "COERCE", "mode": "destroy", "text": "Police razed homes.",
  "source": [{"actorText": "Police", "code": "ISR", "sector": "COP"}]},
 {"id": "R-5", "date": "2000-01-01", "event": "PROTEST", "mode": "strike-hun", "text": "Prisoners refused food."},
 {"id": "R-6", "date": "2000-01-01", "event": "INVESTIGATE", "mode": "", "text": "A panel will look into it."},
 {"id": "R-7", "date": "2000-01-01", "event": "GOSSIP", "text": "Something else."},
 {"id": "R-8", "date": "2000-01-01", "event": "AGREE", "text": ""},
 {"id": "R-1", "date": "2000-01-01", "event": "AGREE", "text": "Japan and Italy agreed."}
])";

TEST(PloverGoldTest, ConvertsRecordsToGoldDocuments) {
  auto conversion = ConvertPloverRecords(kRecords);
  ASSERT_TRUE(conversion.ok()) << conversion.status().message();
  EXPECT_EQ(conversion->documents, 7u);
  EXPECT_EQ(conversion->renamed, (std::vector<std::string>{"R-1 -> R-1-2"}));
  ASSERT_EQ(conversion->skipped.size(), 3u);
  EXPECT_EQ(conversion->skipped[0], "DOC-1: documentation record");
  EXPECT_EQ(conversion->skipped[1], "R-7: unknown event type 'GOSSIP'");
  EXPECT_EQ(conversion->skipped[2], "R-8: no text");

  const GoldFile file = ParseGoldText(conversion->jsonl);
  ASSERT_TRUE(file.errors.empty()) << file.errors[0].message;
  ASSERT_EQ(file.documents.size(), 7u);
  EXPECT_EQ(file.documents[6].document.id, "R-1-2");
  for (const GoldDocument& document : file.documents) {
    ASSERT_EQ(document.events.size(), 1u) << document.document.id;
    EXPECT_EQ(document.document.date, Date::Parse("2000-01-01"));
    EXPECT_FALSE(document.events[0].Gives(GoldField::kDate)) << "records carry no event date";
  }
  const GoldEvent& demand = file.documents[0].events[0];
  EXPECT_EQ(file.documents[0].document.text, "Japan demanded that Italy pay.");
  EXPECT_EQ(demand.type, "REQUEST");
  EXPECT_FALSE(demand.Gives(GoldField::kMode));
  EXPECT_EQ(demand.actor1.at(0).country, "JPN");
  EXPECT_EQ(demand.actor1.at(0).sector, "GOV");
  EXPECT_EQ(demand.actor2.at(0).country, "ITA");

  const GoldEvent& fight = file.documents[1].events[0];
  EXPECT_EQ(fight.type, "ASSAULT");
  EXPECT_EQ(fight.mode, "targeted");
  EXPECT_EQ(fight.actor1.at(0).country, "");
  EXPECT_EQ(fight.actor1.at(0).sector, "");
  EXPECT_FALSE(fight.Gives(GoldField::kActor2)) << "no target coded: not scored";
  EXPECT_EQ(fight.fatalities, 2);
  EXPECT_EQ(fight.injuries, 5);
  EXPECT_EQ(fight.country(), "CHE");

  const GoldEvent& disapprove = file.documents[2].events[0];
  EXPECT_EQ(disapprove.type, "ACCUSE");
  EXPECT_EQ(disapprove.mode, "disapprove");
  ASSERT_EQ(disapprove.actor1.size(), 2u);  // alternatives
  EXPECT_EQ(disapprove.actor1[0].sector, "CVL");
  EXPECT_EQ(disapprove.actor2.at(0).sector, "IGO");
  EXPECT_FALSE(disapprove.Gives(GoldField::kLocation)) << "no country code: no location";

  EXPECT_FALSE(file.documents[3].events[0].Gives(GoldField::kMode)) << "destroy is not COERCE's";
  EXPECT_EQ(file.documents[4].events[0].mode, "hunger");
  const GoldEvent& investigate = file.documents[5].events[0];
  EXPECT_EQ(investigate.type, "ACCUSE");
  EXPECT_EQ(investigate.mode, "investigate");
}

TEST(PloverGoldTest, RejectsNonArrays) {
  EXPECT_FALSE(ConvertPloverRecords("{}").ok());
  EXPECT_FALSE(ConvertPloverRecords("[1,").ok());
  auto empty = ConvertPloverRecords("[]");
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->documents, 0u);
}

TEST(PloverGoldTest, ConvertsTheSharedPloverRecords) {
  const std::filesystem::path path =
      std::filesystem::path(CASUS_SOURCE_DIR) / "../shared/data/plover/PLOVER_GSR_CAMEO.json";
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << "PLOVER records not found at " << path << " (shared data is optional)";
  }
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto conversion = ConvertPloverRecords(buffer.str());
  ASSERT_TRUE(conversion.ok()) << conversion.status().message();
  // The file holds 323 entries: the documentation record and 322 coded
  // sentences, two of which share the id PLOVER-GSR01-COERCE-0004.
  EXPECT_EQ(conversion->documents, 322u);
  EXPECT_EQ(conversion->skipped.size(), 1u);  // the documentation record
  EXPECT_EQ(conversion->renamed.size(), 1u);

  // Written where test outputs go, never into the source tree.
  const std::filesystem::path out = std::filesystem::path(CASUS_BINARY_DIR) / "plover-gold.jsonl";
  std::ofstream(out) << conversion->jsonl;
  auto file = LoadGoldFile(out.string());
  ASSERT_TRUE(file.ok());
  EXPECT_TRUE(file->errors.empty()) << file->errors.front().message;
  EXPECT_EQ(file->documents.size(), 322u);
  size_t with_source_country = 0;
  for (const GoldDocument& document : file->documents) {
    ASSERT_EQ(document.events.size(), 1u);
    const GoldEvent& event = document.events[0];
    for (const GoldActor& actor : event.actor1) {
      if (!actor.country.empty()) {
        ++with_source_country;
        break;
      }
    }
  }
  // Most records code a country for their source (the rest are IGOs and
  // the like).
  EXPECT_GT(with_source_country, 322u * 3 / 4);
}

}  // namespace
}  // namespace casus
