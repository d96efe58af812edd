#include "eval/eval_report.h"

#include <cstdarg>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace casus {
namespace {

using Json = nlohmann::json;

std::string Format(const char* format, ...) __attribute__((format(printf, 1, 2)));
std::string Format(const char* format, ...) {
  char buffer[512];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  return buffer;
}

std::string Share(const Tally& tally) {
  return tally.scored == 0 ? "    -" : Format("%.3f", tally.Share());
}

std::string ShareOf(size_t scored, double value) {
  return scored == 0 ? "    -" : Format("%.3f", value);
}

Json JsonShare(size_t scored, double value) { return scored == 0 ? Json(nullptr) : Json(value); }

Json JsonTally(const Tally& tally) {
  return {{"correct", tally.correct},
          {"scored", tally.scored},
          {"accuracy", JsonShare(tally.scored, tally.Share())}};
}

Json JsonCounts(const DetectionCounts& counts) {
  return {{"gold", counts.gold},
          {"predicted", counts.predicted},
          {"matched", counts.matched},
          {"precision", JsonShare(counts.predicted, counts.Precision())},
          {"recall", JsonShare(counts.gold, counts.Recall())},
          {"f1", JsonShare(counts.gold + counts.predicted, counts.F1())}};
}

std::string ActorLabel(const std::vector<GoldActor>& alternatives) {
  if (alternatives.empty()) return "-";
  const GoldActor& actor = alternatives.front();
  std::string label = !actor.names.empty() ? actor.names.front()
                      : !actor.country.empty()
                          ? actor.country + (actor.sector.empty() ? "" : "/" + actor.sector)
                          : actor.sector;
  if (alternatives.size() > 1) label += " (+" + std::to_string(alternatives.size() - 1) + ")";
  return label;
}

std::string ActorLabel(const std::optional<Actor>& actor) {
  if (!actor || (actor->empty() && actor->country.empty())) return "-";
  if (!actor->name.empty()) return actor->name;
  return actor->text.empty() ? actor->country : actor->text;
}

std::string Describe(const std::string& type, const std::string& mode,
                     const std::optional<Date>& date, const std::string& place,
                     const std::string& country, const std::string& actor1,
                     const std::string& actor2) {
  std::string out = type;
  if (!mode.empty()) out.append("/").append(mode);
  out.append(" ").append(date ? date->ToString() : std::string("(no date)"));
  if (!place.empty()) {
    out.append(" ").append(place);
    if (!country.empty()) out.append(" (").append(country).append(")");
  } else if (!country.empty()) {
    out.append(" ").append(country);
  }
  out.append(": ").append(actor1).append(" -> ").append(actor2);
  return out;
}

}  // namespace

std::string DescribeGoldEvent(const GoldEvent& event) {
  return Describe(event.type, event.mode, event.date, event.location ? event.location->name : "",
                  std::string(event.country()), ActorLabel(event.actor1), ActorLabel(event.actor2));
}

std::string DescribeGoldRelation(const GoldRelation& relation) {
  return ActorLabel(relation.subject) + " " + relation.relation + " " + ActorLabel(relation.object);
}

std::string DescribeRelation(const Relation& relation) {
  std::string out = ActorLabel(std::optional<Actor>(relation.subject)) + " " + relation.relation +
                    " " + ActorLabel(std::optional<Actor>(relation.object));
  if (relation.by) out += " (by " + ActorLabel(relation.by) + ")";
  return out;
}

std::string DescribeEvent(const Event& event) {
  return Describe(event.type, event.mode, event.date, event.location ? event.location->name : "",
                  event.location ? event.location->country : "", ActorLabel(event.actor1),
                  ActorLabel(event.actor2));
}

std::string FormatTextReport(const EvaluationSummary& s, const ReportContext& context) {
  std::string out;
  out += "casus eval: " + context.gold_path + "\n";
  out += Format("  %zu documents scored", s.documents);
  if (context.skipped_lines > 0) out += Format(", %zu bad lines skipped", context.skipped_lines);
  out += Format("; %zu gold events, %zu predicted, %zu matched\n\n", s.events.gold,
                s.events.predicted, s.events.matched);

  out += Format("Events (same type, dates within %d day%s, same country)\n",
                context.options.date_tolerance_days,
                context.options.date_tolerance_days == 1 ? "" : "s");
  out += Format("  precision %s   recall %s   F1 %s\n\n",
                ShareOf(s.events.predicted, s.events.Precision()).c_str(),
                ShareOf(s.events.gold, s.events.Recall()).c_str(),
                ShareOf(s.events.gold + s.events.predicted, s.events.F1()).c_str());

  out += "  type         gold  pred  match  precision  recall     F1\n";
  for (const auto& [type, counts] : s.by_type) {
    out += Format("  %-11s %5zu %5zu  %5zu      %s   %s  %s\n", type.c_str(), counts.gold,
                  counts.predicted, counts.matched,
                  ShareOf(counts.predicted, counts.Precision()).c_str(),
                  ShareOf(counts.gold, counts.Recall()).c_str(),
                  ShareOf(counts.gold + counts.predicted, counts.F1()).c_str());
  }

  out += "\nFields of matched events   correct / scored   accuracy\n";
  for (EvalField field : AllEvalFields()) {
    const Tally& tally = s.fields[static_cast<size_t>(field)];
    if (tally.scored == 0) continue;
    out += Format("  %-24s %7zu / %-7zu     %s\n", std::string(EvalFieldName(field)).c_str(),
                  tally.correct, tally.scored, Share(tally).c_str());
  }
  if (s.fields[static_cast<size_t>(EvalField::kPlace)].scored > 0) {
    out += Format(
        "  (place: within %.0f km of the gold coordinates; a whole country, the same country)\n",
        context.options.place_tolerance_km);
  }

  out += "\nPer gold event (each paired with its document's closest prediction)\n";
  for (auto [label, tally] : {std::pair{"type accuracy", &s.type_accuracy},
                              std::pair{"source (actor1) country", &s.actor1_country_accuracy},
                              std::pair{"target (actor2) country", &s.actor2_country_accuracy}}) {
    out += Format("  %-24s %7zu / %-7zu     %s\n", label, tally->correct, tally->scored,
                  Share(*tally).c_str());
  }

  if (s.relations.gold + s.relations.predicted > 0) {
    out += Format(
        "\nRelations: %zu gold, %zu predicted, %zu matched   precision %s   recall %s   "
        "F1 %s\n",
        s.relations.gold, s.relations.predicted, s.relations.matched,
        ShareOf(s.relations.predicted, s.relations.Precision()).c_str(),
        ShareOf(s.relations.gold, s.relations.Recall()).c_str(),
        ShareOf(s.relations.gold + s.relations.predicted, s.relations.F1()).c_str());
  }
  return out;
}

std::string FormatDocumentDiff(const GoldDocument& gold, const CodedDocument& coded,
                               const DocumentEvaluation& evaluation) {
  std::string body;
  for (size_t k = 0; k < evaluation.matches.size(); ++k) {
    std::string mismatches;
    for (const FieldVerdict& verdict : evaluation.verdicts[k]) {
      if (verdict.correct) continue;
      mismatches += "      " + std::string(EvalFieldName(verdict.field)) + ": gold " +
                    verdict.gold + ", casus " + verdict.predicted + "\n";
    }
    if (mismatches.empty()) continue;
    body += "  ~ " + DescribeGoldEvent(gold.events[evaluation.matches[k].gold]) + "\n" + mismatches;
  }
  for (size_t i : evaluation.missed)
    body += "  - missed   " + DescribeGoldEvent(gold.events[i]) + "\n";
  for (size_t j : evaluation.spurious)
    body += "  + spurious " + DescribeEvent(coded.events[j]) + "\n";
  if (evaluation.matched_relations != evaluation.gold_relations ||
      evaluation.matched_relations != evaluation.predicted_relations) {
    body += Format("  relations: %zu gold, %zu predicted, %zu matched\n", evaluation.gold_relations,
                   evaluation.predicted_relations, evaluation.matched_relations);
  }
  for (size_t i : evaluation.missed_relations) {
    body += "  - missed   relation " + DescribeGoldRelation(gold.relations[i]) + "\n";
  }
  for (size_t j : evaluation.spurious_relations) {
    body += "  + spurious relation " + DescribeRelation(coded.relations[j]) + "\n";
  }
  if (body.empty()) return body;
  return Format("%s (line %zu): %zu gold, %zu predicted, %zu matched\n", gold.document.id.c_str(),
                gold.line, gold.events.size(), coded.events.size(), evaluation.matches.size()) +
         body;
}

std::string FormatJsonReport(const EvaluationSummary& s, const ReportContext& context,
                             const std::vector<DocumentResult>& documents) {
  Json report;
  report["gold"] = context.gold_path;
  report["documents"] = s.documents;
  report["gold_lines"] = context.gold_lines;
  report["skipped_lines"] = context.skipped_lines;
  report["matching"] = {{"date_tolerance_days", context.options.date_tolerance_days},
                        {"place_tolerance_km", context.options.place_tolerance_km}};
  report["events"] = JsonCounts(s.events);
  Json by_type = Json::object();
  for (const auto& [type, counts] : s.by_type) by_type[type] = JsonCounts(counts);
  report["by_type"] = std::move(by_type);
  Json fields = Json::object();
  for (EvalField field : AllEvalFields()) {
    fields[std::string(EvalFieldName(field))] = JsonTally(s.fields[static_cast<size_t>(field)]);
  }
  report["fields"] = std::move(fields);
  report["per_gold_event"] = {{"type", JsonTally(s.type_accuracy)},
                              {"actor1_country", JsonTally(s.actor1_country_accuracy)},
                              {"actor2_country", JsonTally(s.actor2_country_accuracy)}};
  report["relations"] = JsonCounts(s.relations);
  if (!documents.empty()) {
    Json list = Json::array();
    for (const DocumentResult& result : documents) {
      const GoldDocument& gold = *result.gold;
      const CodedDocument& coded = *result.coded;
      const DocumentEvaluation& evaluation = *result.evaluation;
      Json doc = {{"id", gold.document.id}, {"line", gold.line}};
      Json matched = Json::array();
      for (size_t k = 0; k < evaluation.matches.size(); ++k) {
        Json mismatches = Json::array();
        for (const FieldVerdict& verdict : evaluation.verdicts[k]) {
          if (verdict.correct) continue;
          mismatches.push_back({{"field", std::string(EvalFieldName(verdict.field))},
                                {"gold", verdict.gold},
                                {"predicted", verdict.predicted}});
        }
        matched.push_back({{"gold", DescribeGoldEvent(gold.events[evaluation.matches[k].gold])},
                           {"predicted_id", coded.events[evaluation.matches[k].predicted].id},
                           {"mismatches", std::move(mismatches)}});
      }
      Json missed = Json::array();
      for (size_t i : evaluation.missed) missed.push_back(DescribeGoldEvent(gold.events[i]));
      Json spurious = Json::array();
      for (size_t j : evaluation.spurious) {
        spurious.push_back({{"id", coded.events[j].id}, {"event", DescribeEvent(coded.events[j])}});
      }
      Json missed_relations = Json::array();
      for (size_t i : evaluation.missed_relations) {
        missed_relations.push_back(DescribeGoldRelation(gold.relations[i]));
      }
      Json spurious_relations = Json::array();
      for (size_t j : evaluation.spurious_relations) {
        spurious_relations.push_back(DescribeRelation(coded.relations[j]));
      }
      doc["matched"] = std::move(matched);
      doc["missed"] = std::move(missed);
      doc["spurious"] = std::move(spurious);
      doc["missed_relations"] = std::move(missed_relations);
      doc["spurious_relations"] = std::move(spurious_relations);
      list.push_back(std::move(doc));
    }
    report["document_results"] = std::move(list);
  }
  return report.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace casus
