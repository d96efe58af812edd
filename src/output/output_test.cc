#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "output/json_writer.h"
#include "output/jsonl_records.h"
#include "output/record_formatter.h"
#include "output/tabular_formats.h"

namespace casus {
namespace {

Event SampleEvent() {
  Event e;
  e.doc = "erbil-1";
  e.id = "erbil-1#e1";
  e.type = "ASSAULT";
  e.mode = "heavy-weapons";
  e.cameo = "195";
  e.acled = AcledCategory{"Explosions/Remote violence", "Shelling/artillery/missile attack"};
  e.date = Date{2021, 2, 15};
  e.date_precision = "day";
  e.location = Location{"Erbil", "IRQ", "Erbil", 36.19, 44.01, "place", 95446, 1};
  e.actor1 = Actor{"Saraya Awliya al-Dam",  "saraya_awliya_al_dam", "IRQ", "REB", "IRQREB",
                   "a little-known militia"};
  e.actor2 = Actor{"United States military", "usa_mil", "USA", "MIL", "USAMIL", "US troops"};
  e.claimed_by.push_back(Claim{*e.actor1, Evidence{2, 300, 380, "The group claimed it."}});
  e.attributed_to.push_back(Attribution{Actor{"Iran", "irn", "IRN", "GOV", "IRN", "Iran"},
                                        std::nullopt,
                                        Evidence{3, 381, 420, "Analysts blamed \"Iran\",\nsaid:"}});
  e.sponsors = {"IRN"};
  e.fatalities = 1;
  e.weapons = {"rocket"};
  e.confidence = 0.85;
  e.evidence.push_back(Evidence{0, 0, 60, "Rockets struck a base in Erbil, killing a contractor."});
  return e;
}

TEST(JsonWriterTest, EscapesAndFormatsNumbers) {
  struct Case {
    std::string input;
    std::string expected;
  } cases[] = {
      {"plain", "\"plain\""},
      {"quote \" backslash \\", "\"quote \\\" backslash \\\\\""},
      {"line\nbreak\ttab", "\"line\\nbreak\\ttab\""},
      {std::string("ctl\x01"), "\"ctl\\u0001\""},
      {"\xD8\xA3\xD8\xB1\xD8\xA8\xD9\x8A\xD9\x84", "\"\xD8\xA3\xD8\xB1\xD8\xA8\xD9\x8A\xD9\x84\""},
  };
  for (const auto& c : cases) {
    std::string out;
    AppendJsonString(c.input, out);
    EXPECT_EQ(out, c.expected);
    EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), c.input);
  }
  std::string out;
  JsonWriter json(out);
  json.BeginArray().Double(0.85, 2).Double(36.19, 5).Double(1.0, 2).Double(-0.0, 2).Int(-3);
  json.Null().Bool(true).StringOrNull("").EndArray();
  EXPECT_EQ(out, "[0.85,36.19,1,0,-3,null,true,null]");
}

TEST(JsonlRecordsTest, EventFollowsTheContractFieldOrder) {
  std::string out;
  AppendEventJsonl(SampleEvent(), out);
  ASSERT_EQ(out.back(), '\n');
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(out);
  std::vector<std::string> keys;
  for (const auto& item : j.items()) keys.push_back(item.key());
  const std::vector<std::string> expected = {
      "kind",       "doc",      "id",         "type",           "mode",
      "cameo",      "acled",    "date",       "date_precision", "location",
      "actor1",     "actor2",   "claimed_by", "attributed_to",  "sponsors",
      "fatalities", "injuries", "weapons",    "hedged",         "confidence",
      "evidence"};
  EXPECT_EQ(keys, expected);
  EXPECT_EQ(j["kind"], "event");
  EXPECT_EQ(j["cameo"], "195");
  EXPECT_EQ(j["date"], "2021-02-15");
  EXPECT_EQ(j["location"]["geonameid"], 95446);
  EXPECT_EQ(j["actor1"]["cameo"], "IRQREB");
  EXPECT_EQ(j["claimed_by"][0]["evidence"]["sentence"], 2);
  EXPECT_TRUE(j["attributed_to"][0]["by"].is_null());
  EXPECT_EQ(j["attributed_to"][0]["evidence"]["text"], "Analysts blamed \"Iran\",\nsaid:");
  EXPECT_TRUE(j["injuries"].is_null());
  EXPECT_EQ(j["fatalities"], 1);
  EXPECT_EQ(j["confidence"], 0.85);
}

TEST(JsonlRecordsTest, AbsentValuesAreNull) {
  Event e;
  e.doc = "d";
  e.id = "d#1";
  e.type = "PROTEST";
  e.date_precision = "day";  // without a date the precision is null too
  std::string out;
  AppendEventJsonl(e, out);
  const auto j = nlohmann::json::parse(out);
  for (const char* key : {"mode", "cameo", "acled", "date", "date_precision", "location", "actor1",
                          "actor2", "fatalities", "injuries"}) {
    EXPECT_TRUE(j[key].is_null()) << key;
  }
  EXPECT_TRUE(j["claimed_by"].empty());
  EXPECT_EQ(j["hedged"], false);
}

TEST(JsonlRecordsTest, RelationAndMention) {
  Relation r;
  r.doc = "d";
  r.subject = Actor{"Saraya Awliya al-Dam", "", "IRQ", "REB", "", "Saraya Awliya al-Dam"};
  r.relation = "front_of";
  r.object = Actor{"Kata'ib Hezbollah", "kataib_hezbollah", "IRQ", "REB", "IRQREB", "Kataib"};
  r.by = Actor{"", "", "", "", "", "analysts"};
  r.confidence = 0.7;
  std::string out;
  AppendRelationJsonl(r, out);
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["kind"], "relation");
  EXPECT_EQ(j["relation"], "front_of");
  EXPECT_TRUE(j["subject"]["id"].is_null());
  EXPECT_EQ(j["by"]["text"], "analysts");

  Mention m;
  m.doc = "d";
  m.sentence = 4;
  m.type = "ACCUSE";
  out.clear();
  AppendMentionJsonl(m, out);
  j = nlohmann::json::parse(out);
  EXPECT_EQ(j["kind"], "mention");
  EXPECT_EQ(j["sentence"], 4);
  EXPECT_TRUE(j["source"].is_null());
}

TEST(RecordFormatterTest, EmitSelectsRecordKinds) {
  CodedDocument coded;
  coded.doc = "d";
  coded.events.push_back(SampleEvent());
  coded.relations.push_back(Relation{});
  coded.mentions.push_back(Mention{});
  auto formatter = MakeRecordFormatter("jsonl");
  ASSERT_TRUE(formatter.ok());
  struct Case {
    EmitKind emit;
    int lines;
  } cases[] = {{EmitKind::kEvents, 2}, {EmitKind::kMentions, 1}, {EmitKind::kAll, 3}};
  for (const auto& c : cases) {
    std::string out;
    (*formatter)->Format(coded, c.emit, out);
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), c.lines);
  }
  EXPECT_FALSE(MakeRecordFormatter("xml").ok());
  for (const std::string& name : RecordFormatNames()) EXPECT_TRUE(MakeRecordFormatter(name).ok());
}

std::vector<std::string> SplitCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

TEST(TabularFormatsTest, CsvRowsMatchTheHeader) {
  for (const char* name : {"csv", "acled"}) {
    auto table = MakeEventTable(name);
    ASSERT_TRUE(table.ok());
    std::string header = (*table)->Header();
    std::string row;
    (*table)->AppendRow(SampleEvent(), row);
    header.pop_back();
    row.pop_back();
    // The sample's evidence text holds a newline inside a quoted field.
    const auto columns = SplitCsvLine(header);
    const auto values = SplitCsvLine(row);
    EXPECT_EQ(columns.size(), values.size()) << name;
    std::map<std::string, std::string> by_name;
    for (size_t i = 0; i < columns.size() && i < values.size(); ++i)
      by_name[columns[i]] = values[i];
    if (std::string(name) == "acled") {
      EXPECT_EQ(by_name["event_date"], "2021-02-15");
      EXPECT_EQ(by_name["time_precision"], "1");
      EXPECT_EQ(by_name["event_type"], "Explosions/Remote violence");
      EXPECT_EQ(by_name["inter1"], "2");
      EXPECT_EQ(by_name["inter2"], "1");
      EXPECT_EQ(by_name["interaction"], "12");
      EXPECT_EQ(by_name["geo_precision"], "1");
      EXPECT_EQ(by_name["fatalities"], "1");
      EXPECT_EQ(by_name["latitude"], "36.19");
    } else {
      EXPECT_EQ(by_name["actor1_cameo"], "IRQREB");
      EXPECT_EQ(by_name["claimed_by"], "Saraya Awliya al-Dam");
      EXPECT_EQ(by_name["sponsors"], "IRN");
    }
  }
}

TEST(TabularFormatsTest, GdeltRowHas61Columns) {
  auto table = MakeEventTable("gdelt");
  ASSERT_TRUE(table.ok());
  std::string row;
  (*table)->AppendRow(SampleEvent(), row);
  ASSERT_EQ(row.back(), '\n');
  EXPECT_EQ(std::count(row.begin(), row.end(), '\t'), 60);
  std::vector<std::string> cols;
  std::stringstream stream(row.substr(0, row.size() - 1));
  for (std::string col; std::getline(stream, col, '\t');) cols.push_back(col);
  EXPECT_EQ(cols[1], "20210215");
  EXPECT_EQ(cols[5], "IRQREB");
  EXPECT_EQ(cols[26], "195");  // EventCode
  EXPECT_EQ(cols[28], "19");   // EventRootCode
  EXPECT_EQ(cols[29], "4");    // QuadClass
}

TEST(TabularFormatsTest, PloverRecordIsJson) {
  auto table = MakeEventTable("plover");
  ASSERT_TRUE(table.ok());
  std::string row;
  (*table)->AppendRow(SampleEvent(), row);
  const auto j = nlohmann::json::parse(row);
  EXPECT_EQ(j["event"], "ASSAULT");
  EXPECT_EQ(j["source"][0]["code"], "IRQREB");
  EXPECT_EQ(j["dead"], 1);
}

}  // namespace
}  // namespace casus
