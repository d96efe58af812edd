#include "code/cameo_plover.h"

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>

#include "code/event_dictionary.h"

namespace casus {
namespace {

TEST(CameoPloverTest, MapsCodesAndTheirDescendants) {
  struct Case {
    const char* cameo;
    const char* type;
    const char* mode;
  } cases[] = {
      {"010", "", ""},        // make a statement: no PLOVER event
      {"016", "REJECT", ""},  // deny responsibility
      {"020", "REQUEST", ""},
      {"0234", "REQUEST", "assist"},  // via 023
      {"036", "AGREE", ""},
      {"040", "CONSULT", ""},
      {"042", "CONSULT", "visit"},
      {"057", "SUPPORT", ""},
      {"061", "COOPERATE", ""},
      {"073", "AID", ""},
      {"0841", "RETREAT", "release"},
      {"0871", "RETREAT", "ceasefire"},
      {"0874", "RETREAT", "withdraw"},
      {"090", "ACCUSE", "investigate"},
      {"1043", "REQUEST", "change"},
      {"111", "ACCUSE", "disapprove"},
      {"112", "ACCUSE", "disapprove"},  // accuse, as the CAMEO-to-PLOVER table
      {"1125", "ACCUSE", "allege"},
      {"125", "REJECT", "meet"},
      {"138", "THREATEN", "violence"},
      {"1384", "THREATEN", "violence"},
      {"141", "PROTEST", "demo"},
      {"145", "PROTEST", "riot"},
      {"154", "MOBILIZE", "troops"},
      {"163", "SANCTION", ""},
      {"1711", "COERCE", "seize"},
      {"1712", "ASSAULT", "destroy"},
      {"173", "COERCE", "arrest"},
      {"181", "ASSAULT", "abduct"},
      {"1831", "ASSAULT", "suicide-attack"},
      {"190", "ASSAULT", ""},
      {"193", "ASSAULT", "firearms"},
      {"194", "ASSAULT", "heavy-weapons"},
      {"1951", "ASSAULT", "aerial"},
      {"1952", "ASSAULT", "drone"},
      {"2041", "ASSAULT", "unconventional"},
      {"", "", ""},
      {"9", "", ""},
      {"999", "", ""},
  };
  for (const auto& c : cases) {
    const CameoPlover plover = CameoToPlover(c.cameo);
    EXPECT_EQ(plover.type, c.type) << c.cameo;
    EXPECT_EQ(plover.mode, c.mode) << c.cameo;
  }
}

TEST(CameoPloverTest, TableUsesOnlyPloverTypesAndTheirModes) {
  for (const CameoPlover& entry : CameoPloverTable()) {
    EXPECT_TRUE(entry.cameo.size() >= 2 && entry.cameo.size() <= 4) << entry.cameo;
    if (entry.type.empty()) continue;
    EXPECT_TRUE(IsPloverType(entry.type)) << entry.cameo;
    if (!entry.mode.empty()) {
      EXPECT_TRUE(IsPloverMode(entry.type, entry.mode)) << entry.cameo << " " << entry.mode;
    }
  }
  // Every root code 01-20 is covered.
  for (int root = 1; root <= 20; ++root) {
    char code[3];
    std::snprintf(code, sizeof code, "%02d", root);
    EXPECT_EQ(CameoToPlover(code).cameo, code);
  }
}

// Compares the table with the Open Event Data Alliance's CAMEO→PLOVER
// table, when the shared reference data is present. The two are written
// independently; they must agree on the event type of most codes.
TEST(CameoPloverTest, AgreesWithTheReferenceTableOnMostTypes) {
  const std::filesystem::path path =
      std::filesystem::path(CASUS_SOURCE_DIR) / "../shared/data/plover/CAMEO2PLOVER-2021.txt";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "reference table not found at " << path << " (shared data is optional)";
  size_t compared = 0, agreed = 0;
  std::string line;
  std::string disagreements;
  while (std::getline(in, line)) {
    // "CODE: TYPE, mode, context # description"
    const size_t colon = line.find(':');
    if (line.empty() || line[0] == '#' || colon == std::string::npos || colon < 2 || colon > 4)
      continue;
    const std::string code = line.substr(0, colon);
    if (code.find_first_not_of("0123456789") != std::string::npos) continue;
    std::string type = line.substr(colon + 1, line.find_first_of(",#", colon) - colon - 1);
    type.erase(
        std::remove_if(type.begin(), type.end(), [](unsigned char c) { return std::isspace(c); }),
        type.end());
    if (!IsPloverType(type)) continue;
    ++compared;
    if (CameoToPlover(code).type == type) {
      ++agreed;
    } else {
      disagreements += " " + code;
    }
  }
  ASSERT_GT(compared, 200u);
  EXPECT_GE(static_cast<double>(agreed) / compared, 0.85)
      << agreed << " of " << compared << "; differ:" << disagreements;
}

}  // namespace
}  // namespace casus
