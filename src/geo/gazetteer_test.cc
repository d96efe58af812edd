#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "base/scratch_dir.h"
#include "geo/geo_test_fixture.h"
#include "geo/name_key.h"

namespace casus {
namespace {

using geo_testing::FixtureGazetteer;

std::vector<char> ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void WriteAll(const std::string& path, const std::vector<char>& bytes) {
  std::ofstream(path, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

struct LookupCase {
  const char* name;
  const char* first_name;  // display name of the most important place
  const char* country;     // its ISO alpha-3, "" at sea
  const char* admin1;
  PlaceKind kind;
};

class LookupTest : public ::testing::TestWithParam<LookupCase> {};

TEST_P(LookupTest, FindsPlaceUnderAnySpelling) {
  const LookupCase& c = GetParam();
  const std::vector<Candidate> found = FixtureGazetteer().Lookup(c.name);
  ASSERT_FALSE(found.empty()) << c.name;
  EXPECT_EQ(found[0].place.name, c.first_name) << c.name;
  EXPECT_EQ(found[0].place.country_iso3, c.country) << c.name;
  EXPECT_EQ(found[0].place.admin1, c.admin1) << c.name;
  EXPECT_EQ(found[0].place.kind, c.kind) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Names, LookupTest,
    ::testing::Values(LookupCase{"Erbil", "Erbil", "IRQ",
                                 "Arb\xC4\xAB"
                                 "l",
                                 PlaceKind::kPopulated},
                      LookupCase{"IRBIL", "Erbil", "IRQ",
                                 "Arb\xC4\xAB"
                                 "l",
                                 PlaceKind::kPopulated},
                      LookupCase{"Hawler", "Erbil", "IRQ",
                                 "Arb\xC4\xAB"
                                 "l",
                                 PlaceKind::kPopulated},
                      LookupCase{"\xD8\xA7\xD8\xB1\xD8\xA8\xD9\x8A\xD9\x84", "Erbil", "IRQ",
                                 "Arb\xC4\xAB"
                                 "l",
                                 PlaceKind::kPopulated},  // اربيل
                      LookupCase{"Baghdad", "Baghdad", "IRQ",
                                 "Baghd\xC4\x81"
                                 "d",
                                 PlaceKind::kPopulated},
                      LookupCase{"al-Anbar", "Anbar", "IRQ", "Anbar",
                                 PlaceKind::kAdmin1},  // pinned
                      LookupCase{"Iraq", "Iraq", "IRQ", "", PlaceKind::kCountry},
                      LookupCase{"Syrian Arab Republic", "Syria", "SYR", "", PlaceKind::kCountry},
                      LookupCase{"\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82", "Iraq", "IRQ",
                                 "", PlaceKind::kCountry},  // العراق
                      LookupCase{"the Red Sea", "Red Sea", "", "", PlaceKind::kWater},
                      LookupCase{"Bab al-Mandab", "Bab el-Mandeb", "", "", PlaceKind::kWater},
                      LookupCase{"Taji base", "Camp Taji", "IRQ",
                                 "Baghd\xC4\x81"
                                 "d",
                                 PlaceKind::kSite},
                      LookupCase{"Tripoli", "Tripoli", "LBY", "", PlaceKind::kPopulated}));

TEST(GazetteerTest, NamesNotInTheGazetteer) {
  EXPECT_TRUE(FixtureGazetteer().Lookup("Atlantis").empty());
  EXPECT_TRUE(FixtureGazetteer().Lookup("").empty());
  EXPECT_TRUE(FixtureGazetteer().Lookup("EBL").empty());  // airport codes are not names
}

TEST(GazetteerTest, CountriesSeatsAndExtents) {
  const Gazetteer& g = FixtureGazetteer();
  const Place iraq = g.Country("IRQ");
  ASSERT_TRUE(iraq.valid());
  EXPECT_EQ(iraq.country_iso2, "IQ");
  EXPECT_EQ(g.Seat(iraq.index).name, "Baghdad");  // its seat is the capital
  // A country's point is the middle of its extent (here extents.tsv's box).
  const Place jordan = g.Country("JOR");
  EXPECT_NEAR(jordan.lat, (29.18 + 33.37) / 2, 0.01);
  EXPECT_NEAR(jordan.lon, (34.96 + 39.30) / 2, 0.01);
  EXPECT_TRUE(g.Country("IQ").valid());
  EXPECT_FALSE(g.Country("XYZ").valid());
  // A region's seat comes from extra_places.tsv; its extent too.
  const std::vector<Candidate> kurdistan = g.Lookup("Iraqi Kurdistan");
  ASSERT_FALSE(kurdistan.empty());
  EXPECT_EQ(g.Seat(kurdistan[0].place.index).name, "Erbil");
  ASSERT_TRUE(g.Extent(kurdistan[0].place.index).has_value());
  EXPECT_NEAR(g.Extent(kurdistan[0].place.index)->north, 37.4, 0.01);
  // Jordan's extent comes from extents.tsv: its northeast lies far east of Amman.
  double lat = 0, lon = 0;
  ASSERT_TRUE(g.PartPoint(g.Country("JOR").index, 2, &lat, &lon));
  EXPECT_GT(lon, 37.5);
  EXPECT_GT(lat, 32.0);
  EXPECT_FALSE(g.PartPoint(g.Country("JOR").index, 10, &lat, &lon));
  // An ISO subdivision with no GeoNames towns gets no record.
  EXPECT_TRUE(g.Lookup("Nowhere").empty());
}

TEST(GazetteerTest, CommonWordsAreFlagged) {
  const Gazetteer& g = FixtureGazetteer();
  const std::optional<uint32_t> mission = g.FindKey(NameKey("Mission"));
  ASSERT_TRUE(mission.has_value());
  EXPECT_TRUE(g.KeyFlags(*mission) & geo_format::kCommonWord);
  const std::optional<uint32_t> erbil = g.FindKey(NameKey("Erbil"));
  ASSERT_TRUE(erbil.has_value());
  EXPECT_FALSE(g.KeyFlags(*erbil) & geo_format::kCommonWord);
  using geo_format::kSpanComplete;
  using geo_format::kSpanContinues;
  EXPECT_EQ(g.SpanFlags("erbil"), kSpanComplete | kSpanContinues);  // "Erbil International Airport"
  EXPECT_EQ(g.SpanFlags("erbilinternational"), kSpanContinues);
  EXPECT_EQ(g.SpanFlags(NameKey("Erbil International Airport")), kSpanComplete);
  EXPECT_EQ(g.SpanFlags("atlantis"), 0u);
  // A continued span lists the initials a longer span goes on with.
  const auto span = [&](std::string_view key) { return g.Span(key, KeyHash(key)); };
  EXPECT_TRUE(span("erbil").next_initials & InitialBit('i'));
  EXPECT_FALSE(span("erbil").next_initials & InitialBit('q'));
  EXPECT_EQ(span("erbilinternational").next_initials, InitialBit('a'));
  EXPECT_EQ(span(NameKey("Erbil International Airport")).next_initials, 0u);  // ends there
  EXPECT_EQ(span("atlantis").next_initials, 0u);
  // A whole key's entry names the key: found without the key hash table.
  EXPECT_EQ(span("erbil").key, *erbil);
  EXPECT_EQ(span("erbilinternational").key, geo_format::kNone);  // not a whole key
  const auto find = [&](std::string_view key) { return g.FindKey(key, KeyHash(key), span(key)); };
  EXPECT_EQ(find("erbil"), erbil);
  EXPECT_EQ(find(NameKey("Erbil International Airport")),
            g.FindKey(NameKey("Erbil International Airport")));
  EXPECT_EQ(find("erbilinternational"), std::nullopt);
  EXPECT_EQ(find("atlantis"), std::nullopt);
  // An entry naming another key (a fingerprint that matches a span the
  // table does not hold) finds nothing: the key's text decides.
  EXPECT_EQ(g.FindKey("atlantis", KeyHash("atlantis"), span("erbil")), std::nullopt);
}

TEST(GazetteerTest, EnglishWordsFromWordNet) {
  const Gazetteer& g = FixtureGazetteer();
  auto flags = [&](const char* name) {
    const std::optional<uint32_t> key = g.FindKey(NameKey(name));
    return key ? g.KeyFlags(*key) : uint16_t{0xFFFF};
  };
  // "Hit" is a verb and only a minor town carries it: a place only after a cue.
  EXPECT_EQ(flags("Hit"), geo_format::kEnglishWord | geo_format::kCommonWord);
  // "Damascus" is capitalised in WordNet: a proper name, not an English word.
  EXPECT_EQ(flags("Damascus"), 0);
  EXPECT_EQ(flags("Tripoli"), 0);
}

TEST(GazetteerTest, ValidatesAndReportsSize) {
  const Gazetteer& g = FixtureGazetteer();
  EXPECT_TRUE(g.Validate().ok()) << g.Validate().message();
  EXPECT_GT(g.place_count(), 20u);
  EXPECT_GT(g.key_count(), 20u);
}

TEST(GazetteerBuilderTest, ReportsBadInHouseLinesAndUnmatchedSubdivisions) {
  const std::string dir = testing_support::ScratchDir();
  const GazetteerSources sources = geo_testing::WriteFixtureSources(dir);
  Result<GazetteerBuildReport> report = BuildGazetteer(sources, dir + "/report_test.bin");
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->unmatched_admins.size(), 1u);  // IQ-XX has no towns
  EXPECT_EQ(report->warnings.size(), 2u);          // "bogus" kind, unknown alias target
}

TEST(GazetteerBuilderTest, RejectsSourcesThatAreNotGeoNames) {
  const std::string dir = testing_support::ScratchDir();
  GazetteerSources sources = geo_testing::WriteFixtureSources(dir);
  geo_testing::WriteFile(dir + "/not_cities.txt", "this is\nnot a GeoNames dump\n");
  sources.cities = dir + "/not_cities.txt";
  EXPECT_FALSE(BuildGazetteer(sources, dir + "/bad.bin").ok());
  sources = geo_testing::WriteFixtureSources(dir);
  sources.iso3166_1 = dir + "/missing.json";
  EXPECT_EQ(BuildGazetteer(sources, dir + "/bad.bin").status().code(), Status::Code::kIoError);
}

// ---- Malformed and corrupt files: a failing Status or empty answers, never a crash ----

TEST(GazetteerOpenTest, MissingFileIsAnIoError) {
  const Result<Gazetteer> g =
      Gazetteer::Open(testing_support::ScratchDir() + "/no_such_gazetteer.bin");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), Status::Code::kIoError);
}

struct CorruptionCase {
  const char* name;
  // Changes a copy of a good file.
  void (*corrupt)(std::vector<char>*);
};

class CorruptFileTest : public ::testing::TestWithParam<CorruptionCase> {};

TEST_P(CorruptFileTest, OpenFails) {
  FixtureGazetteer();  // builds fixture_gazetteer.bin
  std::vector<char> bytes = ReadAll(testing_support::ScratchDir() + "/fixture_gazetteer.bin");
  ASSERT_GT(bytes.size(), 1000u);
  GetParam().corrupt(&bytes);
  const std::string path = testing_support::ScratchDir() + "/corrupt_" + GetParam().name + ".bin";
  WriteAll(path, bytes);
  const Result<Gazetteer> g = Gazetteer::Open(path);
  ASSERT_FALSE(g.ok()) << GetParam().name;
  EXPECT_EQ(g.status().code(), Status::Code::kInvalidInput) << g.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Corruptions, CorruptFileTest,
    ::testing::Values(
        CorruptionCase{"empty", [](std::vector<char>* b) { b->clear(); }},
        CorruptionCase{"tiny", [](std::vector<char>* b) { b->resize(10); }},
        CorruptionCase{"truncated", [](std::vector<char>* b) { b->resize(b->size() / 2); }},
        CorruptionCase{"extended", [](std::vector<char>* b) { b->resize(b->size() + 64, 'x'); }},
        CorruptionCase{"magic", [](std::vector<char>* b) { (*b)[0] = 'X'; }},
        CorruptionCase{"version", [](std::vector<char>* b) { (*b)[8] ^= 0x7F; }},
        CorruptionCase{"section_table", [](std::vector<char>* b) { (*b)[40] ^= 0x55; }},
        CorruptionCase{"text", [](std::vector<char>* b) {
                         const std::string text = "not a gazetteer at all";
                         b->assign(text.begin(), text.end());
                       }}));

// Damage inside the sections passes the header check; lookups must still be
// safe and Validate() must notice.
TEST(CorruptFileTest, DamagedSectionsNeverCrashLookups) {
  FixtureGazetteer();
  const std::vector<char> good = ReadAll(testing_support::ScratchDir() + "/fixture_gazetteer.bin");
  const size_t header = sizeof(geo_format::Header);
  int validate_failures = 0;
  for (int round = 0; round < 24; ++round) {
    std::vector<char> bytes = good;
    uint32_t state = 2166136261u + round;
    for (size_t i = header; i < bytes.size(); i += 1 + (state % 97)) {
      state = state * 1664525u + 1013904223u;
      bytes[i] = static_cast<char>(state >> 24);
    }
    const std::string path = testing_support::ScratchDir() + "/damaged.bin";
    WriteAll(path, bytes);
    Result<Gazetteer> g = Gazetteer::Open(path);
    if (!g.ok()) {  // the damage reached a structure Open() checks
      EXPECT_EQ(g.status().code(), Status::Code::kInvalidInput);
      ++validate_failures;
      continue;
    }
    if (!g->Validate().ok()) ++validate_failures;
    for (const char* name : {"Erbil", "Baghdad", "Iraq", "Red Sea", "Tripoli", "Taji", "x"}) {
      for (const Candidate& c : g->Lookup(name)) {
        (void)g->Seat(c.place.index);
        (void)g->Extent(c.place.index);
      }
    }
    for (uint32_t k = 0; k < 50; ++k) {
      (void)g->KeyText(k);
      (void)g->Postings(k);
      (void)g->place(k * 7919u);
    }
  }
  EXPECT_EQ(validate_failures, 24);
}

}  // namespace
// Reading the file into memory and mapping it give the same gazetteer.
TEST(GazetteerOpenTest, ReadIntoMemoryEqualsMapped) {
  const std::string path = std::string(CASUS_BINARY_DIR) + "/data/gazetteer.bin";
  Result<Gazetteer> read = Gazetteer::Open(path, {.huge_pages = true});
  if (!read.ok()) GTEST_SKIP() << "full gazetteer not built: " << read.status().message();
  Result<Gazetteer> mapped = Gazetteer::Open(path, {.huge_pages = false});
  ASSERT_TRUE(mapped.ok()) << mapped.status().message();
  EXPECT_TRUE(read->read_into_memory());  // tens of megabytes
  EXPECT_FALSE(mapped->read_into_memory());
  ASSERT_EQ(read->place_count(), mapped->place_count());
  ASSERT_EQ(read->key_count(), mapped->key_count());
  EXPECT_TRUE(read->Validate().ok());
  for (const char* name : {"Erbil", "Baghdad", "Red Sea", "Al-Tanf", "Springfield", "Nowhere"}) {
    const std::vector<Candidate> a = read->Lookup(name), b = mapped->Lookup(name);
    ASSERT_EQ(a.size(), b.size()) << name;
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].place.index, b[i].place.index) << name;
      EXPECT_EQ(a[i].place.name, b[i].place.name) << name;
    }
  }
  // A moved gazetteer keeps its memory and releases it once.
  Gazetteer moved = std::move(*read);
  EXPECT_TRUE(moved.read_into_memory());
  EXPECT_FALSE(moved.Lookup("Erbil").empty());
}

}  // namespace casus
