// casus — a small gazetteer for the geo tests, built from fixture sources
// written to a temporary directory, so the tests run without the GeoNames
// package. Coordinates and populations are GeoNames facts (rounded).
#ifndef CASUS_GEO_GEO_TEST_FIXTURE_H_
#define CASUS_GEO_GEO_TEST_FIXTURE_H_

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "base/scratch_dir.h"
#include "geo/gazetteer.h"
#include "geo/gazetteer_builder.h"

namespace casus::geo_testing {

inline void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// One GeoNames dump line (19 columns).
inline std::string CityLine(const std::string& id, const std::string& name,
                            const std::string& alternates, const std::string& lat,
                            const std::string& lon, const std::string& code,
                            const std::string& country, const std::string& admin1,
                            const std::string& population) {
  return id + "\t" + name + "\t" + name + "\t" + alternates + "\t" + lat + "\t" + lon + "\tP\t" +
         code + "\t" + country + "\t\t" + admin1 + "\t\t\t\t" + population +
         "\t\t0\tAsia/Baghdad\t2024-01-01\n";
}

// Writes the fixture sources into `dir` and returns them.
inline GazetteerSources WriteFixtureSources(const std::string& dir) {
  GazetteerSources s;
  s.cities = dir + "/cities.txt";
  s.iso3166_1 = dir + "/iso_3166-1.json";
  s.iso3166_2 = dir + "/iso_3166-2.json";
  s.admin1 = dir + "/admin1.tsv";
  s.aliases = dir + "/aliases.tsv";
  s.extra_places = dir + "/extra_places.tsv";
  s.common_words = dir + "/common_words.txt";
  s.extents = dir + "/extents.tsv";
  s.wordnet_dir = dir;
  WriteFile(
      s.cities,
      CityLine("95446", "Erbil", "Arbil,Irbil,Hawler,EBL,\xD8\xA3\xD8\xB1\xD8\xA8\xD9\x8A\xD9\x84",
               "36.18333", "44.01193", "PPLA", "IQ", "11", "1612700") +
          CityLine("98182", "Baghdad", "Bagdad,Baghdad,\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF",
                   "33.34058", "44.40088", "PPLC", "IQ", "07", "7216000") +
          CityLine("95788",
                   "H\xC4\xAB"
                   "t",
                   "Hit,Heet", "33.6366", "42.8277", "PPLA2", "IQ", "01", "31901") +
          CityLine("91000", "Ramadi", "Ar Ramadi", "33.42056", "43.30778", "PPLA", "IQ", "01",
                   "223500") +
          CityLine("99072", "Mosul", "Al Mawsil", "36.335", "43.11889", "PPLA", "IQ", "15",
                   "1683000") +
          CityLine("94824", "Karbala", "Kerbala", "32.61603", "44.02488", "PPLA", "IQ", "12",
                   "1218732") +
          CityLine("1793493", "Taji", "Taji Zhen", "32.94912", "119.15764", "PPLA4", "CN", "04",
                   "0") +
          CityLine("2210247", "Tripoli", "Tarabulus", "32.88743", "13.18733", "PPLC", "LY", "77",
                   "1150989") +
          CityLine("266826", "Tripoli", "Trablous", "34.43352", "35.84415", "PPLA", "LB", "09",
                   "229398") +
          CityLine("170654", "Damascus", "Dimashq,\xD8\xAF\xD9\x85\xD8\xB4\xD9\x82", "33.5102",
                   "36.29128", "PPLC", "SY", "13", "1569394") +
          CityLine("4352728", "Damascus", "", "39.28844", "-77.20387", "PPL", "US", "MD", "15257") +
          CityLine("4705000", "Mission", "", "26.21591", "-98.32529", "PPL", "US", "TX", "83298") +
          CityLine("3088461", "Police", "", "53.55214", "14.57182", "PPLA2", "PL", "16", "34350") +
          CityLine("112931", "Tehran", "Teheran", "35.69439", "51.42151", "PPLC", "IR", "26",
                   "7153309") +
          CityLine("71137", "Sanaa", "Sana'a", "15.35472", "44.20667", "PPLC", "YE", "26",
                   "1937451") +
          CityLine("415189", "Aden", "", "12.77944", "45.03667", "PPLA", "YE", "02", "550602") +
          CityLine("250441", "Amman", "", "31.95522", "35.94503", "PPLC", "JO", "16", "1275857") +
          CityLine("250258", "Mafraq", "Al Mafraq", "32.34289", "36.20804", "PPLA", "JO", "15",
                   "57118") +
          // A town named like a compass word ("in Western Jordan").
          CityLine("9990001", "Western", "", "31.9", "35.2", "PPL", "IQ", "01", "1200") +
          // Far towns whose names or aliases share a key with other words:
          // "Mali's" (Malis), "Amenas" (Ammenäs), "Rabaa" (a Rabat alias).
          CityLine("2874000", "Malli\xC3\x9F", "Malis", "53.19", "11.33", "PPL", "DE", "12",
                   "900") +
          CityLine("2725000", "Ammen\xC3\xA4s", "", "59.0", "15.0", "PPL", "SE", "22", "1200") +
          CityLine("2538475", "Rabat", "Rabaa,Ribat", "34.01325", "-6.83255", "PPLC", "MA", "04",
                   "1655753") +
          CityLine("2460596", "Bamako", "", "12.65", "-8.0", "PPLC", "ML", "08", "1297281") +
          CityLine("6930641", "In Salah", "Ain Salah", "27.19678", "2.47913", "PPL", "DZ", "40",
                   "32518"));
  WriteFile(s.iso3166_1, R"({"3166-1": [
    {"alpha_2": "IQ", "alpha_3": "IRQ", "name": "Iraq"},
    {"alpha_2": "SY", "alpha_3": "SYR", "name": "Syrian Arab Republic", "common_name": "Syria"},
    {"alpha_2": "LY", "alpha_3": "LBY", "name": "Libya"},
    {"alpha_2": "LB", "alpha_3": "LBN", "name": "Lebanon"},
    {"alpha_2": "US", "alpha_3": "USA", "name": "United States"},
    {"alpha_2": "CN", "alpha_3": "CHN", "name": "China"},
    {"alpha_2": "PL", "alpha_3": "POL", "name": "Poland"},
    {"alpha_2": "IR", "alpha_3": "IRN", "name": "Iran, Islamic Republic of", "common_name": "Iran"},
    {"alpha_2": "YE", "alpha_3": "YEM", "name": "Yemen"},
    {"alpha_2": "JO", "alpha_3": "JOR", "name": "Jordan"},
    {"alpha_2": "ML", "alpha_3": "MLI", "name": "Mali"},
    {"alpha_2": "DE", "alpha_3": "DEU", "name": "Germany"},
    {"alpha_2": "SE", "alpha_3": "SWE", "name": "Sweden"},
    {"alpha_2": "MA", "alpha_3": "MAR", "name": "Morocco"},
    {"alpha_2": "DZ", "alpha_3": "DZA", "name": "Algeria"},
    {"alpha_2": "EG", "alpha_3": "EGY", "name": "Egypt"}]})");
  WriteFile(s.iso3166_2, R"({"3166-2": [
    {"code": "IQ-AR", "name": "Arb\u012bl", "type": "Governorate"},
    {"code": "IQ-AN", "name": "Al Anb\u0101r", "type": "Governorate"},
    {"code": "IQ-BG", "name": "Baghd\u0101d", "type": "Governorate"},
    {"code": "IQ-XX", "name": "Nowhere", "type": "Governorate"}]})");
  WriteFile(s.admin1, "# pins\nIQ-AN\tIQ.01\tAnbar\n");
  WriteFile(s.aliases,
            "IRQ\tIraq|\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82\nIQ-AN\tAnbar\n"
            "IQ-AR\tErbil\nnowhere\tbad line\n");
  WriteFile(
      s.extra_places,
      "water\tRed Sea\t-\t20.0\t38.5\tSEA\t-\t12.5,32.5,30.0,43.5\t-\n"
      "water\tBab el-Mandeb|Bab al-Mandab\t-\t12.58\t43.33\tSTRT\t-\t-\t-\n"
      "town\tTaji\tIRQ\t33.53\t44.27\tPPL\tIQ-BG\t-\t-\n"
      "site\tCamp Taji|Taji base\tIRQ\t33.52\t44.25\tMILB\tIQ-BG\t-\t-\n"
      "site\tErbil International Airport|Erbil airport\tIRQ\t36.24\t43.96\tAIRP\tIQ-AR\t-\t-\n"
      "site\tTower 22\tJOR\t33.32\t38.80\tMILB\t-\t-\t-\n"
      "region\tKurdistan Region|Iraqi "
      "Kurdistan\tIRQ\t36.2\t44.4\tRGN\t-\t34.9,42.4,37.4,46.3\t95446\n"
      "bogus\tline\n");
  WriteFile(s.common_words, "# words\nmission\npolice\n");
  WriteFile(s.extents, "JOR\t29.18,34.96,33.37,39.30\n");
  // A few WordNet synsets: lower-case words are ordinary English words.
  WriteFile(dir + "/data.noun",
            "  1 This software and database is being provided\n"
            "00001000 04 n 02 mission 0 charge 0 000 | a task\n"
            "00002000 15 n 01 Damascus 0 000 | the capital of Syria\n"
            "00003000 06 n 01 tyre 0 000 | a wheel covering\n");
  WriteFile(dir + "/data.verb", "00004000 35 v 01 hit 0 000 | deal a blow\n");
  WriteFile(dir + "/data.adj", "00005000 00 a 01 central(a) 0 000 | in the middle\n");
  WriteFile(dir + "/data.adv", "");
  return s;
}

// Builds the fixture gazetteer once per test binary and opens it.
inline const Gazetteer& FixtureGazetteer() {
  static const Gazetteer* gazetteer = [] {
    const std::string dir = testing_support::ScratchDir();
    const GazetteerSources sources = WriteFixtureSources(dir);
    const std::string path = dir + "/fixture_gazetteer.bin";
    Result<GazetteerBuildReport> report = BuildGazetteer(sources, path);
    EXPECT_TRUE(report.ok()) << report.status().message();
    Result<Gazetteer> g = Gazetteer::Open(path);
    EXPECT_TRUE(g.ok()) << g.status().message();
    return new Gazetteer(std::move(*g));  // lives for the whole test binary
  }();
  return *gazetteer;
}

}  // namespace casus::geo_testing

#endif  // CASUS_GEO_GEO_TEST_FIXTURE_H_
