#include "eval/eval_report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace casus {
namespace {

struct Fixture {
  GoldDocument gold;
  CodedDocument coded;
  DocumentEvaluation evaluation;
  EvaluationSummary summary;
};

Fixture MakeFixture() {
  Fixture f;
  auto parsed = ParseGoldLine(
      R"({"id": "doc-1", "text": "t", "gold": [
          {"type": "ASSAULT", "mode": "drone", "date": "2024-01-28", "location": {"name": "Tower 22", "country": "JOR"},
           "actor1": {"names": ["Islamic Resistance in Iraq"], "country": "IRQ"}, "fatalities": 3},
          {"type": "ACCUSE", "date": "2024-01-28", "actor1": {"names": ["Joe Biden"]}}]})",
      4);
  EXPECT_TRUE(parsed.ok());
  f.gold = std::move(parsed).value();
  Event attack;
  attack.id = "ev-1";
  attack.type = "ASSAULT";
  attack.mode = "aerial";
  attack.date = Date::Parse("2024-01-28");
  attack.location = Location{};
  attack.location->name = "Tower 22";
  attack.location->country = "JOR";
  attack.actor1 = Actor{"Islamic Resistance in Iraq", "", "IRQ"};
  attack.fatalities = 3;
  Event protest;
  protest.id = "ev-2";
  protest.type = "PROTEST";
  f.coded.events = {attack, protest};
  f.evaluation = EvaluateDocument(f.gold, f.coded);
  Scoreboard board;
  board.Add(f.gold, f.coded, f.evaluation);
  f.summary = board.summary();
  return f;
}

TEST(EvalReportTest, TextReportShowsScoresTypesAndFields) {
  const Fixture f = MakeFixture();
  ReportContext context;
  context.gold_path = "gold.jsonl";
  context.gold_lines = 2;
  context.skipped_lines = 1;
  const std::string report = FormatTextReport(f.summary, context);
  for (const char* expected : {
           "casus eval: gold.jsonl",
           "1 documents scored, 1 bad lines skipped; 2 gold events, 2 predicted, 1 matched",
           "precision 0.500   recall 0.500   F1 0.500",
           "  ASSAULT         1     1      1      1.000   1.000  1.000",
           "  ACCUSE          1     0      0          -   0.000  0.000",
           "  PROTEST         0     1      0      0.000       -  0.000",
           "  mode                           0 / 1           0.000",
           "  fatalities                     1 / 1           1.000",
           "  type accuracy                  1 / 2           0.500",
       }) {
    EXPECT_NE(report.find(expected), std::string::npos) << "missing: " << expected << "\n"
                                                        << report;
  }
  EXPECT_EQ(report.find("sponsors"), std::string::npos) << "unscored fields are not listed";
}

TEST(EvalReportTest, DiffListsMissedSpuriousAndMismatches) {
  const Fixture f = MakeFixture();
  const std::string diff = FormatDocumentDiff(f.gold, f.coded, f.evaluation);
  for (const char* expected : {
           "doc-1 (line 4): 2 gold, 2 predicted, 1 matched",
           "  ~ ASSAULT/drone 2024-01-28 Tower 22 (JOR): Islamic Resistance in Iraq -> -",
           "      mode: gold drone, casus aerial",
           "  - missed   ACCUSE 2024-01-28: Joe Biden -> -",
           "  + spurious PROTEST (no date): - -> -",
       }) {
    EXPECT_NE(diff.find(expected), std::string::npos) << "missing: " << expected << "\n" << diff;
  }
  // A perfectly coded document has no diff.
  GoldDocument gold = f.gold;
  gold.events.resize(1);
  gold.events[0].mode = "aerial";
  CodedDocument coded = f.coded;
  coded.events.resize(1);
  EXPECT_EQ(FormatDocumentDiff(gold, coded, EvaluateDocument(gold, coded)), "");
}

TEST(EvalReportTest, DiffListsMissedAndSpuriousRelations) {
  auto parsed = ParseGoldLine(
      R"({"id": "doc-2", "text": "t", "gold": [], "gold_relations": [
          {"subject": {"names": ["Kataib Hezbollah"]}, "relation": "backed_by", "object": {"names": ["Iran"]}},
          {"subject": {"names": ["Abu Fadak"]}, "relation": "leads", "object": {"names": ["Kataib Hezbollah"]}}]})",
      2);
  ASSERT_TRUE(parsed.ok());
  const GoldDocument gold = std::move(parsed).value();
  CodedDocument coded;
  Relation backed{"doc-2", Actor{"Kataib Hezbollah", "", "IRQ"}, "backed_by",
                  Actor{"Iran", "", "IRN"}};
  Relation front = backed;
  front.relation = "front_of";
  front.by = Actor{"United States", "", "USA"};
  coded.relations = {backed, front};
  const DocumentEvaluation evaluation = EvaluateDocument(gold, coded);
  EXPECT_EQ(evaluation.matched_relations, 1u);
  const std::string diff = FormatDocumentDiff(gold, coded, evaluation);
  for (const char* expected : {
           "  relations: 2 gold, 2 predicted, 1 matched",
           "  - missed   relation Abu Fadak leads Kataib Hezbollah",
           "  + spurious relation Kataib Hezbollah front_of Iran (by United States)",
       }) {
    EXPECT_NE(diff.find(expected), std::string::npos) << "missing: " << expected << "\n" << diff;
  }
  EXPECT_EQ(diff.find("missed   relation Kataib Hezbollah backed_by"), std::string::npos) << diff;
  ReportContext context;
  const auto json = nlohmann::json::parse(
      FormatJsonReport(EvaluationSummary{}, context, {DocumentResult{&gold, &coded, &evaluation}}));
  const auto& doc = json["document_results"][0];
  EXPECT_EQ(doc["missed_relations"], nlohmann::json::array({"Abu Fadak leads Kataib Hezbollah"}));
  EXPECT_EQ(doc["spurious_relations"].size(), 1u);
}

TEST(EvalReportTest, JsonReportIsMachineReadable) {
  const Fixture f = MakeFixture();
  ReportContext context;
  context.gold_path = "gold.jsonl";
  const std::string text =
      FormatJsonReport(f.summary, context, {DocumentResult{&f.gold, &f.coded, &f.evaluation}});
  EXPECT_EQ(text.find('\n'), std::string::npos);
  const auto json = nlohmann::json::parse(text);
  EXPECT_EQ(json["documents"], 1);
  EXPECT_EQ(json["events"]["matched"], 1);
  EXPECT_DOUBLE_EQ(json["events"]["precision"].get<double>(), 0.5);
  EXPECT_EQ(json["by_type"]["ACCUSE"]["precision"], nullptr);  // nothing predicted
  EXPECT_EQ(json["fields"]["mode"]["accuracy"], 0.0);
  EXPECT_EQ(json["fields"]["sponsors"]["accuracy"], nullptr);
  EXPECT_EQ(json["per_gold_event"]["type"]["correct"], 1);
  EXPECT_EQ(json["per_gold_event"]["actor1_country"]["scored"], 1);
  const auto& doc = json["document_results"].at(0);
  EXPECT_EQ(doc["id"], "doc-1");
  EXPECT_EQ(doc["matched"].at(0)["predicted_id"], "ev-1");
  EXPECT_EQ(doc["matched"].at(0)["mismatches"].at(0)["field"], "mode");
  EXPECT_EQ(doc["missed"].size(), 1u);
  EXPECT_EQ(doc["spurious"].at(0)["id"], "ev-2");
  EXPECT_FALSE(
      nlohmann::json::parse(FormatJsonReport(f.summary, context)).contains("document_results"));
}

}  // namespace
}  // namespace casus
