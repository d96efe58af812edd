#include "eval/event_matching.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace casus {
namespace {

Actor MakeActor(std::string name, std::string country = "", std::string sector = "",
                std::string text = "") {
  Actor actor;
  actor.name = std::move(name);
  actor.country = std::move(country);
  actor.sector = std::move(sector);
  actor.text = std::move(text);
  return actor;
}

Event MakeEvent(std::string type, const char* date = nullptr, std::string country = "") {
  Event event;
  event.type = std::move(type);
  if (date != nullptr) event.date = Date::Parse(date);
  if (!country.empty()) {
    event.location = Location{};
    event.location->country = std::move(country);
  }
  return event;
}

GoldEvent MakeGold(std::string type, const char* date = nullptr, std::string country = "") {
  GoldEvent gold;
  gold.type = std::move(type);
  if (date != nullptr) {
    gold.date = Date::Parse(date);
    gold.SetGiven(GoldField::kDate);
  }
  if (!country.empty()) {
    gold.location = GoldPlace{};
    gold.location->country = std::move(country);
    gold.SetGiven(GoldField::kLocation);
  }
  return gold;
}

TEST(EventMatchingTest, ActorMatching) {
  const GoldActor named = MakeGoldActor({"Kata'ib Hezbollah", "KH"}, "IRQ", "REB");
  const GoldActor anonymous = MakeGoldActor({}, "USA", "MIL");
  const GoldActor country_only = MakeGoldActor({}, "ISR");
  struct Case {
    const GoldActor* gold;
    Actor predicted;
    bool matches;
  } cases[] = {
      {&named, MakeActor("Kataib Hezbollah", "IRQ"), true},
      {&named, MakeActor("KATAIB-HEZBOLLAH"), true},
      {&named, MakeActor("Hezbollah", "LBN", "", "KH"), true},  // the text may match
      {&named, MakeActor("Hezbollah", "IRQ", "REB"), false},    // same country, other group
      {&named, MakeActor(""), false},
      {&anonymous, MakeActor("US forces", "USA", "MIL"), true},
      {&anonymous, MakeActor("US government", "USA", "GOV"), false},
      {&anonymous, MakeActor("Iraqi army", "IRQ", "MIL"), false},
      {&country_only, MakeActor("Israeli jets", "ISR", "MIL"), true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ActorMatches(*c.gold, c.predicted), c.matches)
        << c.predicted.name << "/" << c.predicted.text;
  }
  // Another name the knowledge base gives the predicted actor.
  GoldActor turkey = MakeGoldActor({"Turkey"}, "TUR");
  Actor turkiye = MakeActor("T\u00fcrkiye", "TUR");
  EXPECT_FALSE(ActorMatches(turkey, turkiye));
  turkiye.id = "tur";
  EXPECT_FALSE(ActorMatches(turkey, turkiye));  // names not resolved
  GoldDocument doc;
  doc.events.push_back(MakeGold("ASSAULT"));
  doc.events[0].actor1 = {turkey};
  ResolveGoldNames(
      [](std::string_view name) {
        return name == "Turkey" ? GoldNameInfo{{"tur"}, {}} : GoldNameInfo{};
      },
      doc);
  EXPECT_TRUE(ActorMatches(doc.events[0].actor1[0], turkiye));
  turkiye.id = "cyp";
  EXPECT_FALSE(ActorMatches(doc.events[0].actor1[0], turkiye));
  // A state organ's name matches any actor of its country and sector.
  doc.events[0].actor1 = {MakeGoldActor({"US forces"})};
  ResolveGoldNames(
      [](std::string_view name) {
        return name == "US forces" ? GoldNameInfo{{"usa_mil"}, {"USA MIL"}} : GoldNameInfo{};
      },
      doc);
  EXPECT_TRUE(ActorMatches(doc.events[0].actor1[0], MakeActor("US air force", "USA", "MIL")));
  EXPECT_FALSE(ActorMatches(doc.events[0].actor1[0], MakeActor("US government", "USA", "GOV")));
  EXPECT_FALSE(ActorMatches(doc.events[0].actor1[0], MakeActor("Iraqi army", "IRQ", "MIL")));
  // Slots: alternatives, and null.
  const std::vector<GoldActor> either = {MakeGoldActor({"Hungary"}), MakeGoldActor({"Romania"})};
  EXPECT_TRUE(ActorSlotMatches(either, MakeActor("Romania")));
  EXPECT_FALSE(ActorSlotMatches(either, MakeActor("Bulgaria")));
  EXPECT_FALSE(ActorSlotMatches(either, std::nullopt));
  EXPECT_TRUE(ActorSlotMatches({}, std::nullopt));
  EXPECT_TRUE(ActorSlotMatches({}, Actor{}));
  EXPECT_FALSE(ActorSlotMatches({}, MakeActor("Iran")));
  // ACLED's placeholder for a perpetrator nobody named is a null.
  const Actor unidentified = MakeActor("Unidentified Armed Group", "IRQ", "UAF");
  EXPECT_TRUE(ActorSlotMatches({}, unidentified));
  EXPECT_FALSE(ActorSlotMatches(either, unidentified));
}

// An agreement has no direction: its actors are compared in the order that
// matches the gold better; any other event's as they are.
TEST(EventMatchingTest, AgreementsAreComparedEitherWay) {
  GoldEvent gold = MakeGold("AGREE", "2023-03-10");
  gold.actor1 = {MakeGoldActor({"Iran"})};
  gold.actor2 = {MakeGoldActor({"Saudi Arabia"})};
  gold.SetGiven(GoldField::kActor1);
  gold.SetGiven(GoldField::kActor2);
  Event predicted = MakeEvent("AGREE", "2023-03-10");
  predicted.actor1 = MakeActor("Saudi Arabia", "SAU");
  predicted.actor2 = MakeActor("Iran", "IRN");
  EXPECT_TRUE(ComparedReversed(gold, predicted));
  EXPECT_EQ(ComparedSide(gold, predicted, 1)->name, "Iran");
  for (const FieldVerdict& verdict : JudgeFields(gold, predicted, MatchOptions{})) {
    if (verdict.field == EvalField::kActor1 || verdict.field == EvalField::kActor2) {
      EXPECT_TRUE(verdict.correct) << EvalFieldName(verdict.field);
    }
  }
  // In the gold's own order, nothing is swapped.
  std::swap(predicted.actor1, predicted.actor2);
  EXPECT_FALSE(ComparedReversed(gold, predicted));
  // An attack has a direction.
  gold.type = predicted.type = "ASSAULT";
  std::swap(predicted.actor1, predicted.actor2);
  EXPECT_FALSE(ComparedReversed(gold, predicted));
  EXPECT_EQ(ComparedSide(gold, predicted, 1)->name, "Saudi Arabia");
}

TEST(EventMatchingTest, Eligibility) {
  struct Case {
    GoldEvent gold;
    Event predicted;
    bool eligible;
  } cases[] = {
      {MakeGold("ASSAULT", "2021-02-15", "IRQ"), MakeEvent("ASSAULT", "2021-02-15", "IRQ"), true},
      {MakeGold("ASSAULT", "2021-02-15", "IRQ"), MakeEvent("ASSAULT", "2021-02-16", "IRQ"), true},
      {MakeGold("ASSAULT", "2021-02-15", "IRQ"), MakeEvent("ASSAULT", "2021-02-14", "IRQ"), true},
      {MakeGold("ASSAULT", "2021-02-15", "IRQ"), MakeEvent("ASSAULT", "2021-02-17", "IRQ"), false},
      {MakeGold("ASSAULT", "2021-02-28", "IRQ"), MakeEvent("ASSAULT", "2021-03-01", "IRQ"), true},
      {MakeGold("ASSAULT", "2021-02-15", "IRQ"), MakeEvent("COERCE", "2021-02-15", "IRQ"), false},
      {MakeGold("ASSAULT", "2021-02-15", "IRQ"), MakeEvent("ASSAULT", "2021-02-15", "SYR"), false},
      {MakeGold("ASSAULT", "2021-02-15", "IRQ"), MakeEvent("ASSAULT", "2021-02-15"), false},
      {MakeGold("ASSAULT", "2021-02-15", "IRQ"), MakeEvent("ASSAULT", nullptr, "IRQ"), true},
      {MakeGold("ASSAULT", nullptr, "IRQ"), MakeEvent("ASSAULT", "1999-01-01", "IRQ"), true},
      {MakeGold("COERCE", "2019-07-19"), MakeEvent("COERCE", "2019-07-19", "IRN"), true},  // at sea
      {MakeGold("COERCE"), MakeEvent("COERCE"), true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Eligible(c.gold, c.predicted, MatchOptions{}), c.eligible)
        << c.gold.type << " " << (c.gold.date ? c.gold.date->ToString() : "-") << " "
        << c.gold.country() << " vs " << c.predicted.type << " "
        << (c.predicted.date ? c.predicted.date->ToString() : "-");
  }
}

TEST(EventMatchingTest, AssignmentIsOptimalNotGreedy) {
  // Row 0 prefers column 0, but only row 0 can take column 1: the best
  // assignment pairs (0,1) and (1,0).
  const std::vector<std::vector<double>> weights = {{10, 9}, {8, 0}};
  const auto pairs = MaximumWeightAssignment(weights);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].gold, 0u);
  EXPECT_EQ(pairs[0].predicted, 1u);
  EXPECT_EQ(pairs[1].gold, 1u);
  EXPECT_EQ(pairs[1].predicted, 0u);
  // Rectangular inputs, forbidden pairs and empty inputs.
  EXPECT_EQ(MaximumWeightAssignment({{0, 0, 3}}).at(0).predicted, 2u);
  EXPECT_TRUE(MaximumWeightAssignment({{0, 0}, {0, 0}}).empty());
  EXPECT_TRUE(MaximumWeightAssignment({}).empty());
  EXPECT_EQ(MaximumWeightAssignment({{1}, {5}, {2}}).at(0).gold, 1u);
}

TEST(EventMatchingTest, MatchEventsPrefersMorePairsThenBetterOnes) {
  // Two rocket attacks on consecutive days; the predictions come in the
  // other order, one a day off. Each gold event gets its own prediction.
  std::vector<GoldEvent> gold = {MakeGold("ASSAULT", "2024-01-01", "IRQ"),
                                 MakeGold("ASSAULT", "2024-01-02", "IRQ")};
  std::vector<Event> predicted = {MakeEvent("ASSAULT", "2024-01-02", "IRQ"),
                                  MakeEvent("ASSAULT", "2024-01-01", "IRQ"),
                                  MakeEvent("PROTEST", "2024-01-01", "IRQ")};
  auto pairs = MatchEvents(gold, predicted, MatchOptions{});
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].predicted, 1u);  // exact dates win over a day off
  EXPECT_EQ(pairs[1].predicted, 0u);
  // Actors break ties between otherwise equal candidates.
  gold = {MakeGold("ASSAULT", "2024-01-01", "IRQ")};
  gold[0].actor1 = {MakeGoldActor({"Kataib Hezbollah"})};
  gold[0].SetGiven(GoldField::kActor1);
  predicted = {MakeEvent("ASSAULT", "2024-01-01", "IRQ"),
               MakeEvent("ASSAULT", "2024-01-01", "IRQ")};
  predicted[1].actor1 = MakeActor("Kataib Hezbollah");
  pairs = MatchEvents(gold, predicted, MatchOptions{});
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].predicted, 1u);
}

TEST(EventMatchingTest, PairForAccuracyIgnoresEligibilityButPrefersTypes) {
  std::vector<GoldEvent> gold = {MakeGold("ACCUSE", "2000-01-01", "USA")};
  std::vector<Event> predicted = {MakeEvent("REJECT", "2000-01-01", "USA"),
                                  MakeEvent("ACCUSE", "1999-06-01", "FRA")};
  EXPECT_TRUE(MatchEvents(gold, predicted, MatchOptions{}).empty());
  auto pairs = PairForAccuracy(gold, predicted, MatchOptions{});
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].predicted, 1u);
  predicted.pop_back();
  pairs = PairForAccuracy(gold, predicted, MatchOptions{});
  ASSERT_EQ(pairs.size(), 1u);  // a wrong-type prediction still pairs
  EXPECT_TRUE(PairForAccuracy(gold, {}, MatchOptions{}).empty());
}

const FieldVerdict* Find(const std::vector<FieldVerdict>& verdicts, EvalField field) {
  for (const FieldVerdict& verdict : verdicts) {
    if (verdict.field == field) return &verdict;
  }
  return nullptr;
}

TEST(EventMatchingTest, JudgesOnlyTheFieldsTheGoldGives) {
  GoldEvent gold = MakeGold("ASSAULT", "2021-02-15", "IRQ");
  gold.location->lat = 36.19;
  gold.location->lon = 44.01;
  gold.mode = "heavy-weapons";
  gold.SetGiven(GoldField::kMode);
  gold.actor1 = {MakeGoldActor({"Saraya Awliya al-Dam"}, "IRQ", "REB")};
  gold.SetGiven(GoldField::kActor1);
  gold.actor2 = {MakeGoldActor({}, "USA", "MIL")};
  gold.SetGiven(GoldField::kActor2);
  gold.claimed_by = {{MakeGoldActor({"Saraya Awliya al-Dam"})}};
  gold.SetGiven(GoldField::kClaimedBy);
  gold.sponsors = {"IRN"};
  gold.SetGiven(GoldField::kSponsors);
  gold.fatalities = 1;
  gold.SetGiven(GoldField::kFatalities);

  Event predicted = MakeEvent("ASSAULT", "2021-02-16", "IRQ");
  predicted.location->lat = 36.40;  // about 25 km north
  predicted.location->lon = 44.05;
  predicted.mode = "heavy-weapons";
  predicted.actor1 = MakeActor("Awliya al-Dam", "IRQ", "REB", "Saraya Awliya al-Dam");
  predicted.actor2 = MakeActor("US forces", "USA", "MIL");
  predicted.claimed_by = {Claim{MakeActor("Saraya Awliya al-Dam"), {}}};
  predicted.sponsors = {"IRN", "IRN"};
  predicted.fatalities = 2;

  const auto verdicts = JudgeFields(gold, predicted, MatchOptions{});
  struct Expect {
    EvalField field;
    bool correct;
  } expected[] = {
      {EvalField::kMode, true},          {EvalField::kDate, false},
      {EvalField::kCountry, true},       {EvalField::kPlace, true},
      {EvalField::kActor1, true},        {EvalField::kActor2, true},
      {EvalField::kActor1Country, true}, {EvalField::kActor2Country, true},
      {EvalField::kClaimedBy, true},     {EvalField::kSponsors, true},
      {EvalField::kFatalities, false},
  };
  for (const auto& e : expected) {
    const FieldVerdict* verdict = Find(verdicts, e.field);
    ASSERT_NE(verdict, nullptr) << EvalFieldName(e.field);
    EXPECT_EQ(verdict->correct, e.correct) << EvalFieldName(e.field);
  }
  EXPECT_EQ(Find(verdicts, EvalField::kDate)->gold, "2021-02-15");
  EXPECT_EQ(Find(verdicts, EvalField::kDate)->predicted, "2021-02-16");
  EXPECT_EQ(verdicts.size(), std::size(expected));  // nothing else is scored
  for (EvalField absent : {EvalField::kInjuries, EvalField::kHedged, EvalField::kAttributedTo}) {
    EXPECT_EQ(Find(verdicts, absent), nullptr) << EvalFieldName(absent);
  }

  // The 50 km radius: 0.44 degrees of latitude is about 49 km, 0.46 about 51 km.
  predicted.location->lat = 36.19 + 0.44;
  predicted.location->lon = 44.01;
  EXPECT_TRUE(Find(JudgeFields(gold, predicted, MatchOptions{}), EvalField::kPlace)->correct);
  predicted.location->lat = 36.19 + 0.46;
  EXPECT_FALSE(Find(JudgeFields(gold, predicted, MatchOptions{}), EvalField::kPlace)->correct);
  MatchOptions wider;
  wider.place_tolerance_km = 60;
  EXPECT_TRUE(Find(JudgeFields(gold, predicted, wider), EvalField::kPlace)->correct);
  // Place beyond 50 km, no predicted coordinates, empty and extra claims.
  predicted.location->lat = 33.31;
  predicted.location->lon = 44.37;
  EXPECT_FALSE(Find(JudgeFields(gold, predicted, MatchOptions{}), EvalField::kPlace)->correct);
  // Two whole-country places of one country agree whatever their centroids;
  // not of two countries, nor a country for a town.
  {
    GoldEvent country_gold = gold;
    country_gold.location->precision = "country";
    country_gold.location->country = "IRQ";
    Event country = predicted;
    country.location->precision = "country";
    country.location->country = "IRQ";
    EXPECT_TRUE(
        Find(JudgeFields(country_gold, country, MatchOptions{}), EvalField::kPlace)->correct);
    country.location->country = "SYR";
    EXPECT_FALSE(
        Find(JudgeFields(country_gold, country, MatchOptions{}), EvalField::kPlace)->correct);
    country.location->country = "IRQ";
    country_gold.location->precision = "place";
    EXPECT_FALSE(
        Find(JudgeFields(country_gold, country, MatchOptions{}), EvalField::kPlace)->correct);
  }
  predicted.location->lat = predicted.location->lon = 0;
  EXPECT_FALSE(Find(JudgeFields(gold, predicted, MatchOptions{}), EvalField::kPlace)->correct);
  predicted.claimed_by.clear();
  EXPECT_FALSE(Find(JudgeFields(gold, predicted, MatchOptions{}), EvalField::kClaimedBy)->correct);
  gold.claimed_by.clear();
  EXPECT_TRUE(Find(JudgeFields(gold, predicted, MatchOptions{}), EvalField::kClaimedBy)->correct);
  predicted.claimed_by = {Claim{MakeActor("Kataib Hezbollah"), {}}};
  EXPECT_FALSE(Find(JudgeFields(gold, predicted, MatchOptions{}), EvalField::kClaimedBy)->correct);
  predicted.sponsors = {"IRN", "SYR"};
  EXPECT_FALSE(Find(JudgeFields(gold, predicted, MatchOptions{}), EvalField::kSponsors)->correct);
}

TEST(EventMatchingTest, FieldNamesAreDistinct) {
  std::vector<std::string_view> names;
  for (EvalField field : AllEvalFields()) names.push_back(EvalFieldName(field));
  std::sort(names.begin(), names.end());
  EXPECT_EQ(std::adjacent_find(names.begin(), names.end()), names.end());
  EXPECT_EQ(EvalFieldName(EvalField::kActor1Country), "actor1_country");
}

}  // namespace
}  // namespace casus
