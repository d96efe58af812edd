#include "eval/evaluation.h"

#include <algorithm>

namespace casus {
namespace {

// An alliance has no direction: "X is allied with Y" and "Y's ally X" state
// one relation. Every other relation is read as it is.
bool RelationMatches(const GoldRelation& gold, const Relation& predicted) {
  if (gold.relation != predicted.relation) return false;
  const auto matches = [&](const Actor& subject, const Actor& object) {
    return ActorSlotMatches(gold.subject, std::optional<Actor>(subject)) &&
           ActorSlotMatches(gold.object, std::optional<Actor>(object));
  };
  return matches(predicted.subject, predicted.object) ||
         (gold.relation == "allied_with" && matches(predicted.object, predicted.subject));
}

bool HasCountry(const std::vector<GoldActor>& alternatives) {
  return std::any_of(alternatives.begin(), alternatives.end(),
                     [](const GoldActor& actor) { return !actor.country.empty(); });
}

bool CountryAgrees(const std::vector<GoldActor>& alternatives, const std::optional<Actor>& actor) {
  if (!actor || actor->country.empty()) return false;
  return std::any_of(alternatives.begin(), alternatives.end(),
                     [&](const GoldActor& gold) { return gold.country == actor->country; });
}

// The gold and predicted indices no pair of `pairs` holds.
void Unpaired(const std::vector<EventPair>& pairs, size_t gold, size_t predicted,
              std::vector<size_t>& missed, std::vector<size_t>& spurious) {
  std::vector<bool> gold_paired(gold, false);
  std::vector<bool> predicted_paired(predicted, false);
  for (const EventPair& pair : pairs) {
    gold_paired[pair.gold] = true;
    predicted_paired[pair.predicted] = true;
  }
  for (size_t i = 0; i < gold; ++i) {
    if (!gold_paired[i]) missed.push_back(i);
  }
  for (size_t j = 0; j < predicted; ++j) {
    if (!predicted_paired[j]) spurious.push_back(j);
  }
}

}  // namespace

DocumentEvaluation EvaluateDocument(const GoldDocument& gold, const CodedDocument& coded,
                                    const MatchOptions& options) {
  DocumentEvaluation evaluation;
  evaluation.doc = gold.document.id;
  evaluation.predicted_events = coded.events.size();
  evaluation.matches = MatchEvents(gold.events, coded.events, options);
  for (const EventPair& pair : evaluation.matches) {
    evaluation.verdicts.push_back(
        JudgeFields(gold.events[pair.gold], coded.events[pair.predicted], options));
  }
  Unpaired(evaluation.matches, gold.events.size(), coded.events.size(), evaluation.missed,
           evaluation.spurious);
  evaluation.accuracy_pairs = PairForAccuracy(gold.events, coded.events, options);

  evaluation.gold_relations = gold.relations.size();
  evaluation.predicted_relations = coded.relations.size();
  std::vector<std::vector<double>> weights(gold.relations.size(),
                                           std::vector<double>(coded.relations.size(), 0));
  for (size_t i = 0; i < gold.relations.size(); ++i) {
    for (size_t j = 0; j < coded.relations.size(); ++j) {
      if (RelationMatches(gold.relations[i], coded.relations[j])) weights[i][j] = 1;
    }
  }
  const std::vector<EventPair> related = MaximumWeightAssignment(weights);
  evaluation.matched_relations = related.size();
  Unpaired(related, gold.relations.size(), coded.relations.size(), evaluation.missed_relations,
           evaluation.spurious_relations);
  return evaluation;
}

void Scoreboard::Add(const GoldDocument& gold, const CodedDocument& coded,
                     const DocumentEvaluation& evaluation) {
  EvaluationSummary& s = summary_;
  ++s.documents;
  s.events.gold += gold.events.size();
  s.events.predicted += coded.events.size();
  s.events.matched += evaluation.matches.size();
  for (const GoldEvent& event : gold.events) ++s.by_type[event.type].gold;
  for (const Event& event : coded.events) ++s.by_type[event.type].predicted;
  for (size_t k = 0; k < evaluation.matches.size(); ++k) {
    ++s.by_type[gold.events[evaluation.matches[k].gold].type].matched;
    for (const FieldVerdict& verdict : evaluation.verdicts[k]) {
      Tally& tally = s.fields[static_cast<size_t>(verdict.field)];
      ++tally.scored;
      if (verdict.correct) ++tally.correct;
    }
  }

  std::vector<const Event*> paired(gold.events.size(), nullptr);
  for (const EventPair& pair : evaluation.accuracy_pairs) {
    paired[pair.gold] = &coded.events[pair.predicted];
  }
  for (size_t i = 0; i < gold.events.size(); ++i) {
    const GoldEvent& event = gold.events[i];
    const Event* prediction = paired[i];
    ++s.type_accuracy.scored;
    if (prediction != nullptr && prediction->type == event.type) ++s.type_accuracy.correct;
    if (HasCountry(event.actor1)) {
      ++s.actor1_country_accuracy.scored;
      if (prediction != nullptr &&
          CountryAgrees(event.actor1, ComparedSide(event, *prediction, 1))) {
        ++s.actor1_country_accuracy.correct;
      }
    }
    if (HasCountry(event.actor2)) {
      ++s.actor2_country_accuracy.scored;
      if (prediction != nullptr &&
          CountryAgrees(event.actor2, ComparedSide(event, *prediction, 2))) {
        ++s.actor2_country_accuracy.correct;
      }
    }
  }

  s.relations.gold += evaluation.gold_relations;
  s.relations.predicted += evaluation.predicted_relations;
  s.relations.matched += evaluation.matched_relations;
}

}  // namespace casus
