#include "eval/evaluation.h"

#include <gtest/gtest.h>

namespace casus {
namespace {

GoldDocument GoldOf(const char* line) {
  auto parsed = ParseGoldLine(line, 1);
  EXPECT_TRUE(parsed.ok()) << parsed.status().message();
  return parsed.ok() ? std::move(parsed).value() : GoldDocument{};
}

Event Predicted(std::string type, const char* date, std::string country, std::string actor1,
                std::string actor1_country, std::string actor2 = "",
                std::string actor2_country = "") {
  Event event;
  event.type = std::move(type);
  event.date = Date::Parse(date);
  event.location = Location{};
  event.location->country = std::move(country);
  event.actor1 = Actor{actor1, "", actor1_country, "", "", actor1};
  if (!actor2.empty()) event.actor2 = Actor{actor2, "", actor2_country, "", "", actor2};
  return event;
}

constexpr const char* kGold = R"({"id": "d", "text": "t", "date": "2024-01-29", "gold": [
  {"type": "ASSAULT", "mode": "drone", "date": "2024-01-28", "location": {"name": "Tower 22", "country": "JOR"},
   "actor1": {"names": ["Islamic Resistance in Iraq"], "country": "IRQ", "sector": "REB"},
   "actor2": {"names": ["US forces"], "country": "USA", "sector": "MIL"}, "fatalities": 3},
  {"type": "ACCUSE", "date": "2024-01-28", "location": {"country": "USA"},
   "actor1": {"names": ["Joe Biden"], "country": "USA"}, "actor2": {"names": ["Iran"], "country": "IRN"}},
  {"type": "REJECT", "date": "2024-01-29", "location": {"country": "IRN"},
   "actor1": {"names": ["Iran"], "country": "IRN"}, "actor2": null}],
  "gold_relations": [{"subject": {"names": ["Islamic Resistance in Iraq"]}, "relation": "backed_by", "object": {"names": ["Iran"]}}]})";

TEST(EvaluationTest, ScoresOneDocument) {
  const GoldDocument gold = GoldOf(kGold);
  CodedDocument coded;
  coded.doc = "d";
  // 0: matches the attack (a day off, wrong fatalities, right actors).
  coded.events.push_back(Predicted("ASSAULT", "2024-01-27", "JOR", "Islamic Resistance in Iraq",
                                   "IRQ", "US forces", "USA"));
  coded.events[0].mode = "drone";
  coded.events[0].fatalities = 1;
  // 1: the accusation coded as a threat: no match, but the source country is right.
  coded.events.push_back(
      Predicted("THREATEN", "2024-01-28", "USA", "Joe Biden", "USA", "Iran", "IRN"));
  // 2: the denial, in the wrong country: not eligible.
  coded.events.push_back(Predicted("REJECT", "2024-01-29", "IRQ", "Iran", "IRN"));
  // 3: spurious.
  coded.events.push_back(Predicted("PROTEST", "2024-01-29", "IRQ", "protesters", "IRQ"));
  coded.relations.push_back(
      Relation{"d", Actor{"Islamic Resistance in Iraq"}, "backed_by", Actor{"Iran"}, {}, {}, 1});
  coded.relations.push_back(Relation{
      "d", Actor{"Kataib Hezbollah"}, "member_of", Actor{"Islamic Resistance in Iraq"}, {}, {}, 1});

  const DocumentEvaluation evaluation = EvaluateDocument(gold, coded);
  ASSERT_EQ(evaluation.matches.size(), 1u);
  EXPECT_EQ(evaluation.matches[0].gold, 0u);
  EXPECT_EQ(evaluation.matches[0].predicted, 0u);
  EXPECT_EQ(evaluation.missed, (std::vector<size_t>{1, 2}));
  EXPECT_EQ(evaluation.spurious, (std::vector<size_t>{1, 2, 3}));
  EXPECT_EQ(evaluation.matched_relations, 1u);

  Scoreboard board;
  board.Add(gold, coded, evaluation);
  const EvaluationSummary& s = board.summary();
  EXPECT_EQ(s.documents, 1u);
  EXPECT_EQ(s.events.gold, 3u);
  EXPECT_EQ(s.events.predicted, 4u);
  EXPECT_EQ(s.events.matched, 1u);
  EXPECT_DOUBLE_EQ(s.events.Precision(), 0.25);
  EXPECT_DOUBLE_EQ(s.events.Recall(), 1.0 / 3);
  EXPECT_NEAR(s.events.F1(), 2 * 0.25 / 3 / (0.25 + 1.0 / 3), 1e-12);
  EXPECT_EQ(s.by_type.at("ASSAULT").matched, 1u);
  EXPECT_EQ(s.by_type.at("ACCUSE").gold, 1u);
  EXPECT_EQ(s.by_type.at("ACCUSE").predicted, 0u);
  EXPECT_EQ(s.by_type.at("PROTEST").predicted, 1u);

  auto field = [&](EvalField f) { return s.fields[static_cast<size_t>(f)]; };
  EXPECT_EQ(field(EvalField::kMode).correct, 1u);
  EXPECT_EQ(field(EvalField::kDate).scored, 1u);
  EXPECT_EQ(field(EvalField::kDate).correct, 0u);
  EXPECT_EQ(field(EvalField::kFatalities).correct, 0u);
  EXPECT_EQ(field(EvalField::kActor2).correct, 1u);
  EXPECT_EQ(field(EvalField::kSponsors).scored, 0u);

  // Per gold event: the attack and the denial find their type; the
  // accusation pairs with the threat. Source countries: all three right
  // (IRQ, USA, IRN); targets: USA right, IRN right; the denial has none.
  EXPECT_EQ(s.type_accuracy.correct, 2u);
  EXPECT_EQ(s.type_accuracy.scored, 3u);
  EXPECT_EQ(s.actor1_country_accuracy.correct, 3u);
  EXPECT_EQ(s.actor1_country_accuracy.scored, 3u);
  EXPECT_EQ(s.actor2_country_accuracy.correct, 2u);
  EXPECT_EQ(s.actor2_country_accuracy.scored, 2u);
  EXPECT_EQ(s.relations.gold, 1u);
  EXPECT_EQ(s.relations.predicted, 2u);
  EXPECT_EQ(s.relations.matched, 1u);
}

// An alliance matches either way round; a backing only as stated.
TEST(EvaluationTest, AllianceMatchesEitherWayRound) {
  const GoldDocument gold = GoldOf(R"({"id": "d", "text": "t", "date": "2024-01-29", "gold": [],
    "gold_relations": [
      {"subject": {"names": ["Ansar Dine"]}, "relation": "allied_with", "object": {"names": ["AQIM"]}},
      {"subject": {"names": ["Houthis"]}, "relation": "backed_by", "object": {"names": ["Iran"]}}]})");
  CodedDocument coded;
  coded.doc = "d";
  coded.relations.push_back(
      Relation{"d", Actor{"AQIM"}, "allied_with", Actor{"Ansar Dine"}, {}, {}, 1});
  coded.relations.push_back(Relation{"d", Actor{"Iran"}, "backed_by", Actor{"Houthis"}, {}, {}, 1});
  EXPECT_EQ(EvaluateDocument(gold, coded).matched_relations, 1u);
  coded.relations[1] = Relation{"d", Actor{"Houthis"}, "backed_by", Actor{"Iran"}, {}, {}, 1};
  EXPECT_EQ(EvaluateDocument(gold, coded).matched_relations, 2u);
}

TEST(EvaluationTest, NothingPredictedScoresZeroRecall) {
  const GoldDocument gold = GoldOf(kGold);
  const DocumentEvaluation evaluation = EvaluateDocument(gold, CodedDocument{});
  Scoreboard board;
  board.Add(gold, CodedDocument{}, evaluation);
  const EvaluationSummary& s = board.summary();
  EXPECT_EQ(s.events.matched, 0u);
  EXPECT_DOUBLE_EQ(s.events.Recall(), 0);
  EXPECT_DOUBLE_EQ(s.events.Precision(), 0);
  EXPECT_DOUBLE_EQ(s.events.F1(), 0);
  EXPECT_EQ(s.type_accuracy.correct, 0u);
  EXPECT_EQ(s.type_accuracy.scored, 3u);
  EXPECT_EQ(s.actor1_country_accuracy.correct, 0u);  // unpaired counts as wrong
  EXPECT_EQ(evaluation.missed.size(), 3u);
}

TEST(EvaluationTest, ScoreboardAddsDocumentsUp) {
  const GoldDocument gold = GoldOf(kGold);
  CodedDocument coded;
  coded.events.push_back(Predicted("REJECT", "2024-01-29", "IRN", "Tehran", "IRN"));
  coded.events[0].actor1->text = "Iran";
  Scoreboard board;
  for (int i = 0; i < 3; ++i) board.Add(gold, coded, EvaluateDocument(gold, coded));
  EXPECT_EQ(board.summary().documents, 3u);
  EXPECT_EQ(board.summary().events.gold, 9u);
  EXPECT_EQ(board.summary().events.matched, 3u);
  EXPECT_EQ(board.summary().by_type.at("REJECT").matched, 3u);
  const Tally actor1 = board.summary().fields[static_cast<size_t>(EvalField::kActor1)];
  EXPECT_EQ(actor1.correct, 3u);  // matched through the text "Iran"
  const Tally actor2 = board.summary().fields[static_cast<size_t>(EvalField::kActor2)];
  EXPECT_EQ(actor2.correct, 3u);  // gold null, none predicted
}

}  // namespace
}  // namespace casus
