#include "eval/plover_gold.h"

#include <cctype>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "base/utf8.h"
#include "code/event_dictionary.h"
#include "eval/iso_countries.h"

namespace casus {
namespace {

using Json = nlohmann::json;

struct TypeRename {
  std::string_view old_type;
  std::string_view type;
  std::string_view implied_mode;
};

constexpr TypeRename kTypeRenames[] = {
    {"DEMAND", "REQUEST", ""},
    {"DISAPPROVE", "ACCUSE", "disapprove"},
    {"INVESTIGATE", "ACCUSE", "investigate"},
    {"FIGHT", "ASSAULT", ""},
};

struct ModeRename {
  std::string_view type;  // "" = any type
  std::string_view old_mode;
  std::string_view mode;
};

constexpr ModeRename kModeRenames[] = {
    {"", "strike-hun", "hunger"},       {"", "strike-gen", "strike"},
    {"", "riot-spon", "riot"},          {"", "demo-org", "demo"},
    {"", "demo-spon", "demo"},          {"", "host", "visit"},
    {"", "assassinate", "targeted"},    {"", "detain", "arrest"},
    {"", "confiscate", "seize"},        {"", "ban", "restrict"},
    {"THREATEN", "curfew", "restrict"}, {"THREATEN", "martial-law", "restrict"},
};

std::string StringMember(const Json& record, const char* key) {
  const auto it = record.find(key);
  return it != record.end() && it->is_string() ? RepairUtf8(it->get<std::string>()) : "";
}

// The sector of a CAMEO sector code: its first three letters when they are
// upper case ("CVLalb" → CVL, "GOVMOS" → GOV); "" for "***" and the like.
std::string SectorOf(std::string_view code) {
  if (code.size() < 3) return "";
  for (size_t i = 0; i < 3; ++i) {
    if (code[i] < 'A' || code[i] > 'Z') return "";
  }
  return std::string(code.substr(0, 3));
}

// An actor list ("source" / "target") as gold actor alternatives; null when
// the record codes no actor.
Json ActorAlternatives(const Json* actors) {
  if (actors == nullptr || !actors->is_array()) return nullptr;
  Json alternatives = Json::array();
  for (const Json& actor : *actors) {
    if (!actor.is_object()) continue;
    const std::string text = StringMember(actor, "actorText");
    const std::string code = StringMember(actor, "code");
    Json gold = Json::object();
    if (!text.empty()) gold["names"] = Json::array({text});
    const std::string_view country = IsoAlpha3FromCameo(code);
    if (!country.empty()) gold["country"] = std::string(country);
    std::string sector = SectorOf(StringMember(actor, "sector"));
    if (sector.empty() && (code == "IGO" || code == "NGO")) sector = code;
    if (!sector.empty()) gold["sector"] = sector;
    if (!gold.empty()) alternatives.push_back(std::move(gold));
  }
  if (alternatives.empty()) return nullptr;
  if (alternatives.size() == 1) return alternatives.front();
  return alternatives;
}

std::optional<int> Count(const Json& record, const char* key) {
  const auto it = record.find(key);
  if (it == record.end()) return std::nullopt;
  if (it->is_number_integer() && it->get<int64_t>() >= 0)
    return static_cast<int>(it->get<int64_t>());
  if (it->is_string()) {
    const std::string& text = it->get_ref<const std::string&>();
    if (!text.empty() && text.size() < 9 &&
        text.find_first_not_of("0123456789") == std::string::npos) {
      return std::stoi(text);
    }
  }
  return std::nullopt;
}

std::string NewMode(std::string_view type, std::string mode) {
  for (const ModeRename& rename : kModeRenames) {
    if (rename.old_mode == mode && (rename.type.empty() || rename.type == type)) {
      mode = std::string(rename.mode);
      break;
    }
  }
  return IsPloverMode(type, mode) ? mode : "";
}

}  // namespace

Result<PloverConversion> ConvertPloverRecords(std::string_view plover_json) {
  const Json records = Json::parse(RepairUtf8(plover_json), nullptr, /*allow_exceptions=*/false);
  if (records.is_discarded() || !records.is_array()) {
    return Status::InvalidInput("expected a JSON array of PLOVER records");
  }
  PloverConversion conversion;
  std::unordered_set<std::string> ids;
  for (size_t index = 0; index < records.size(); ++index) {
    const Json& record = records[index];
    if (!record.is_object()) {
      conversion.skipped.push_back("record " + std::to_string(index) + ": not an object");
      continue;
    }
    std::string id = StringMember(record, "id");
    if (id.empty()) id = "record " + std::to_string(index);
    std::string type = StringMember(record, "event");
    const std::string text = StringMember(record, "text");
    if (type == "DOCUMENT") {
      conversion.skipped.push_back(id + ": documentation record");
      continue;
    }
    if (text.find_first_not_of(" \t\n") == std::string::npos) {
      conversion.skipped.push_back(id + ": no text");
      continue;
    }
    std::string mode = StringMember(record, "mode");
    for (const TypeRename& rename : kTypeRenames) {
      if (type == rename.old_type) {
        type = std::string(rename.type);
        if (!rename.implied_mode.empty()) mode = std::string(rename.implied_mode);
      }
    }
    if (!IsPloverType(type)) {
      conversion.skipped.push_back(id + ": unknown event type '" + type + "'");
      continue;
    }
    mode = NewMode(type, std::move(mode));

    Json event = {{"type", type}};
    if (!mode.empty()) event["mode"] = mode;
    if (Json actor1 = ActorAlternatives(record.contains("source") ? &record["source"] : nullptr);
        !actor1.is_null()) {
      event["actor1"] = std::move(actor1);
    }
    if (Json actor2 = ActorAlternatives(record.contains("target") ? &record["target"] : nullptr);
        !actor2.is_null()) {
      event["actor2"] = std::move(actor2);
    }
    if (const auto it = record.find("eventLoc"); it != record.end() && it->is_object()) {
      const std::string_view country = IsoAlpha3FromAlpha2(StringMember(*it, "country code"));
      if (!country.empty()) {
        event["location"] = {{"name", StringMember(*it, "name")},
                             {"country", std::string(country)}};
      }
    }
    if (const auto dead = Count(record, "dead")) event["fatalities"] = *dead;
    if (const auto injured = Count(record, "injured")) event["injuries"] = *injured;

    if (!ids.insert(id).second) {
      std::string unique;
      for (int suffix = 2; !ids.insert(unique = id + "-" + std::to_string(suffix)).second;)
        ++suffix;
      conversion.renamed.push_back(id + " -> " + unique);
      id = std::move(unique);
    }
    Json document = {{"id", id}, {"text", text}};
    const std::string date = StringMember(record, "date");
    document["date"] = date.empty() ? Json(nullptr) : Json(date);
    if (const std::string source = StringMember(record, "publication"); !source.empty()) {
      document["source"] = source;
    }
    document["gold"] = Json::array({std::move(event)});
    conversion.jsonl += document.dump(-1, ' ', false, Json::error_handler_t::replace);
    conversion.jsonl += '\n';
    ++conversion.documents;
  }
  return conversion;
}

}  // namespace casus
