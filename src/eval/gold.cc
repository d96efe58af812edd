#include "eval/gold.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

#include "base/utf8.h"
#include "code/event_dictionary.h"
#include "eval/actor_name_key.h"

namespace casus {
namespace {

using Json = nlohmann::json;

// A parse failure: where in the line (a JSON path such as "gold[2].actor1")
// and what is wrong.
struct ParseError {
  std::string path;
  std::string message;
};

using ParseStatus = std::optional<ParseError>;

ParseStatus Fail(std::string path, std::string message) {
  return ParseError{std::move(path), std::move(message)};
}

std::string JoinPath(const std::string& path, const char* key) {
  return path.empty() ? std::string(key) : path + "." + key;
}

const Json* Member(const Json& object, const char* key) {
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

// Reads an optional string member: absent or null leaves `out` empty.
ParseStatus ReadString(const Json& object, const char* key, const std::string& path,
                       std::string& out) {
  const Json* value = Member(object, key);
  if (value == nullptr || value->is_null()) return std::nullopt;
  if (!value->is_string()) return Fail(JoinPath(path, key), "expected a string or null");
  out = RepairUtf8(value->get_ref<const std::string&>());
  return std::nullopt;
}

ParseStatus ReadActor(const Json& value, const std::string& path, GoldActor& actor) {
  if (!value.is_object()) return Fail(path, "expected an actor object");
  if (const Json* names = Member(value, "names"); names != nullptr && !names->is_null()) {
    if (!names->is_array()) return Fail(path + ".names", "expected an array of strings");
    for (const Json& name : *names) {
      if (!name.is_string()) return Fail(path + ".names", "expected an array of strings");
      actor.names.push_back(RepairUtf8(name.get_ref<const std::string&>()));
    }
  }
  for (const char* key : {"name", "text"}) {
    std::string name;
    if (auto error = ReadString(value, key, path, name)) return error;
    if (!name.empty()) actor.names.push_back(std::move(name));
  }
  if (auto error = ReadString(value, "country", path, actor.country)) return error;
  if (auto error = ReadString(value, "sector", path, actor.sector)) return error;
  actor.names.erase(std::remove_if(actor.names.begin(), actor.names.end(),
                                   [](const std::string& name) { return name.empty(); }),
                    actor.names.end());
  if (actor.names.empty() && actor.country.empty() && actor.sector.empty()) {
    return Fail(path, "an actor needs a name, a country or a sector");
  }
  for (const std::string& name : actor.names) {
    std::string key = ActorNameKey(name);
    if (!key.empty()) actor.name_keys.push_back(std::move(key));
  }
  return std::nullopt;
}

// An actor slot: null (no actor), one actor, or an array of alternatives.
ParseStatus ReadActorSlot(const Json& value, const std::string& path,
                          std::vector<GoldActor>& alternatives) {
  if (value.is_null()) return std::nullopt;
  if (value.is_object()) {
    alternatives.emplace_back();
    return ReadActor(value, path, alternatives.back());
  }
  if (!value.is_array()) return Fail(path, "expected an actor, an array of actors or null");
  for (size_t i = 0; i < value.size(); ++i) {
    alternatives.emplace_back();
    if (auto error = ReadActor(value[i], path + "[" + std::to_string(i) + "]", alternatives.back()))
      return error;
  }
  return std::nullopt;
}

ParseStatus ReadCount(const Json& value, const std::string& path, std::optional<int>& out) {
  if (value.is_null()) return std::nullopt;
  if (!value.is_number_integer() || value.get<int64_t>() < 0 || value.get<int64_t>() > 1000000000) {
    return Fail(path, "expected a count (an integer >= 0) or null");
  }
  out = static_cast<int>(value.get<int64_t>());
  return std::nullopt;
}

ParseStatus ReadLocation(const Json& value, const std::string& path,
                         std::optional<GoldPlace>& out) {
  if (value.is_null()) return std::nullopt;
  if (!value.is_object()) return Fail(path, "expected a location object or null");
  GoldPlace place;
  for (auto [key, field] : {std::pair{"name", &place.name}, std::pair{"country", &place.country},
                            std::pair{"precision", &place.precision}}) {
    if (auto error = ReadString(value, key, path, *field)) return error;
  }
  for (auto [key, field] : {std::pair{"lat", &place.lat}, std::pair{"lon", &place.lon}}) {
    const Json* number = Member(value, key);
    if (number == nullptr || number->is_null()) continue;
    if (!number->is_number()) return Fail(path + "." + key, "expected a number or null");
    *field = number->get<double>();
  }
  if (place.lat.has_value() != place.lon.has_value()) {
    return Fail(path, "give both lat and lon, or neither");
  }
  out = std::move(place);
  return std::nullopt;
}

ParseStatus ReadEvent(const Json& value, const std::string& path, GoldEvent& event) {
  if (!value.is_object()) return Fail(path, "expected an event object");
  const Json* type = Member(value, "type");
  if (type == nullptr || !type->is_string()) return Fail(path + ".type", "expected a PLOVER type");
  event.type = type->get<std::string>();
  std::transform(event.type.begin(), event.type.end(), event.type.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (!IsPloverType(event.type)) {
    return Fail(path + ".type", "'" + event.type + "' is not a PLOVER type");
  }
  if (Member(value, "mode") != nullptr) {
    event.SetGiven(GoldField::kMode);
    if (auto error = ReadString(value, "mode", path, event.mode)) return error;
    if (!event.mode.empty() && !IsPloverMode(event.type, event.mode)) {
      return Fail(path + ".mode", "'" + event.mode + "' is not a PLOVER mode of " + event.type);
    }
  }
  if (auto error = ReadString(value, "cameo", path, event.cameo)) return error;
  if (const Json* date = Member(value, "date")) {
    event.SetGiven(GoldField::kDate);
    if (!date->is_null() && !(date->is_string() && date->get_ref<const std::string&>().empty())) {
      if (date->is_string()) event.date = Date::Parse(date->get_ref<const std::string&>());
      if (!event.date) return Fail(path + ".date", "expected YYYY-MM-DD or null");
    }
  }
  if (const Json* location = Member(value, "location")) {
    event.SetGiven(GoldField::kLocation);
    if (auto error = ReadLocation(*location, path + ".location", event.location)) return error;
  }
  for (auto [key, field, slot] : {std::tuple{"actor1", GoldField::kActor1, &event.actor1},
                                  std::tuple{"actor2", GoldField::kActor2, &event.actor2}}) {
    if (const Json* actor = Member(value, key)) {
      event.SetGiven(field);
      if (auto error = ReadActorSlot(*actor, path + "." + key, *slot)) return error;
    }
  }
  if (const Json* claims = Member(value, "claimed_by"); claims != nullptr && !claims->is_null()) {
    event.SetGiven(GoldField::kClaimedBy);
    if (!claims->is_array()) return Fail(path + ".claimed_by", "expected an array");
    for (size_t i = 0; i < claims->size(); ++i) {
      const Json& claim = (*claims)[i];
      const std::string claim_path = path + ".claimed_by[" + std::to_string(i) + "]";
      const Json* actor = claim.is_object() ? Member(claim, "actor") : nullptr;
      event.claimed_by.emplace_back();
      if (auto error = actor ? ReadActorSlot(*actor, claim_path + ".actor", event.claimed_by.back())
                             : ReadActorSlot(claim, claim_path, event.claimed_by.back()))
        return error;
      if (event.claimed_by.back().empty()) return Fail(claim_path, "a claim needs an actor");
    }
  }
  if (const Json* blames = Member(value, "attributed_to");
      blames != nullptr && !blames->is_null()) {
    event.SetGiven(GoldField::kAttributedTo);
    if (!blames->is_array()) return Fail(path + ".attributed_to", "expected an array");
    for (size_t i = 0; i < blames->size(); ++i) {
      const Json& blame = (*blames)[i];
      const std::string blame_path = path + ".attributed_to[" + std::to_string(i) + "]";
      const Json* actor = blame.is_object() ? Member(blame, "actor") : nullptr;
      if (actor == nullptr) return Fail(blame_path, "expected {\"actor\": ..., \"by\": ...}");
      GoldAttribution attribution;
      if (auto error = ReadActorSlot(*actor, blame_path + ".actor", attribution.actor))
        return error;
      if (attribution.actor.empty()) return Fail(blame_path, "an attribution needs an actor");
      if (const Json* by = Member(blame, "by")) {
        if (auto error = ReadActorSlot(*by, blame_path + ".by", attribution.by)) return error;
      }
      event.attributed_to.push_back(std::move(attribution));
    }
  }
  if (const Json* sponsors = Member(value, "sponsors");
      sponsors != nullptr && !sponsors->is_null()) {
    event.SetGiven(GoldField::kSponsors);
    if (!sponsors->is_array()) return Fail(path + ".sponsors", "expected an array of ISO codes");
    for (const Json& code : *sponsors) {
      if (!code.is_string()) return Fail(path + ".sponsors", "expected an array of ISO codes");
      event.sponsors.push_back(code.get<std::string>());
    }
    std::sort(event.sponsors.begin(), event.sponsors.end());
    event.sponsors.erase(std::unique(event.sponsors.begin(), event.sponsors.end()),
                         event.sponsors.end());
  }
  for (auto [key, field, slot] :
       {std::tuple{"fatalities", GoldField::kFatalities, &event.fatalities},
        std::tuple{"injuries", GoldField::kInjuries, &event.injuries}}) {
    if (const Json* count = Member(value, key)) {
      event.SetGiven(field);
      if (auto error = ReadCount(*count, path + "." + key, *slot)) return error;
    }
  }
  if (const Json* weapons = Member(value, "weapons"); weapons != nullptr && weapons->is_array()) {
    for (const Json& weapon : *weapons) {
      if (weapon.is_string()) event.weapons.push_back(weapon.get<std::string>());
    }
  }
  if (const Json* hedged = Member(value, "hedged"); hedged != nullptr && !hedged->is_null()) {
    if (!hedged->is_boolean()) return Fail(path + ".hedged", "expected true or false");
    event.SetGiven(GoldField::kHedged);
    event.hedged = hedged->get<bool>();
  }
  return std::nullopt;
}

ParseStatus ReadRelation(const Json& value, const std::string& path, GoldRelation& relation) {
  if (!value.is_object()) return Fail(path, "expected a relation object");
  if (auto error = ReadString(value, "relation", path, relation.relation)) return error;
  if (relation.relation.empty()) return Fail(path + ".relation", "expected a relation name");
  for (auto [key, slot] :
       {std::pair{"subject", &relation.subject}, std::pair{"object", &relation.object}}) {
    const Json* actor = Member(value, key);
    if (actor == nullptr) return Fail(path + "." + key, "missing");
    if (auto error = ReadActorSlot(*actor, path + "." + key, *slot)) return error;
    if (slot->empty()) return Fail(path + "." + key, "a relation needs both actors");
  }
  return std::nullopt;
}

// The document part of a line, as `casus code` reads it.
ParseStatus ReadDocument(const Json& line, GoldDocument& gold) {
  Document& document = gold.document;
  if (const Json* id = Member(line, "id"); id != nullptr && !id->is_null()) {
    if (!id->is_string()) return Fail("id", "expected a string");
    document.id = RepairUtf8(id->get_ref<const std::string&>());
  }
  if (auto error = ReadString(line, "text", "", document.text)) return error;
  if (document.text.find_first_not_of(" \t\n") == std::string::npos) {
    document.text.clear();
    if (auto error = ReadString(line, "html", "", gold.html)) return error;
    if (gold.html.find_first_not_of(" \t\n\r") == std::string::npos) {
      return Fail("text", "the document has no text (give \"text\" or \"html\")");
    }
  }
  std::string date;
  if (auto error = ReadString(line, "date", "", date)) return error;
  if (!date.empty()) {
    document.date = Date::Parse(date);
    if (!document.date) return Fail("date", "expected YYYY-MM-DD, got '" + date + "'");
  }
  for (auto [key, field] :
       {std::pair{"title", &document.title}, std::pair{"source", &document.source},
        std::pair{"url", &document.url}}) {
    const Json* value = Member(line, key);
    if (value != nullptr && value->is_string()) *field = RepairUtf8(value->get<std::string>());
  }
  return std::nullopt;
}

}  // namespace

GoldActor MakeGoldActor(std::vector<std::string> names, std::string country, std::string sector) {
  GoldActor actor;
  actor.names = std::move(names);
  actor.country = std::move(country);
  actor.sector = std::move(sector);
  for (const std::string& name : actor.names) {
    std::string key = ActorNameKey(name);
    if (!key.empty()) actor.name_keys.push_back(std::move(key));
  }
  return actor;
}

Result<GoldDocument> ParseGoldLine(std::string_view line, size_t line_number) {
  const std::string repaired = RepairUtf8(line);
  const Json json = Json::parse(repaired, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Status::InvalidInput("not a valid JSON value");
  if (!json.is_object()) return Status::InvalidInput("expected a JSON object");

  GoldDocument gold;
  gold.line = line_number;
  auto failure = [&](const ParseError& error) {
    std::string message = error.path.empty() ? error.message : error.path + ": " + error.message;
    return Status::InvalidInput(std::move(message));
  };
  if (auto error = ReadDocument(json, gold)) return failure(*error);
  if (gold.document.id.empty()) gold.document.id = "line " + std::to_string(line_number);

  const Json* events = Member(json, "gold");
  if (events == nullptr || !events->is_array()) {
    return failure({"gold", "expected an array of gold events"});
  }
  for (size_t i = 0; i < events->size(); ++i) {
    gold.events.emplace_back();
    if (auto error = ReadEvent((*events)[i], "gold[" + std::to_string(i) + "]", gold.events.back()))
      return failure(*error);
  }
  if (const Json* relations = Member(json, "gold_relations");
      relations != nullptr && !relations->is_null()) {
    if (!relations->is_array()) return failure({"gold_relations", "expected an array"});
    for (size_t i = 0; i < relations->size(); ++i) {
      gold.relations.emplace_back();
      if (auto error = ReadRelation((*relations)[i], "gold_relations[" + std::to_string(i) + "]",
                                    gold.relations.back()))
        return failure(*error);
    }
  }
  return gold;
}

GoldFile ParseGoldText(std::string_view text) {
  GoldFile file;
  size_t line_number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    ++file.lines;
    auto parsed = ParseGoldLine(line, line_number);
    if (parsed.ok()) {
      file.documents.push_back(std::move(parsed).value());
      continue;
    }
    GoldLineError error;
    error.line = line_number;
    // Name the line by its id when the JSON could be read that far.
    const Json json = Json::parse(RepairUtf8(line), nullptr, false);
    if (json.is_object()) {
      const Json* id = Member(json, "id");
      if (id != nullptr && id->is_string()) error.id = id->get<std::string>();
    }
    error.message = parsed.status().message();
    file.errors.push_back(std::move(error));
  }
  return file;
}

Result<GoldFile> LoadGoldFile(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Status::IoError("gold file '" + path + "' is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read gold file '" + path + "'");
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError("error reading gold file '" + path + "'");
  return ParseGoldText(buffer.str());
}

void ResolveGoldNames(const std::function<GoldNameInfo(std::string_view)>& lookup,
                      GoldDocument& doc) {
  auto add = [](std::vector<std::string>& list, std::string&& value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
  };
  auto resolve = [&](std::vector<GoldActor>& actors) {
    for (GoldActor& actor : actors) {
      actor.kb_ids.clear();
      actor.kb_organs.clear();
      for (const std::string& name : actor.names) {
        GoldNameInfo info = lookup(name);
        for (std::string& id : info.ids) add(actor.kb_ids, std::move(id));
        for (std::string& organ : info.organs) add(actor.kb_organs, std::move(organ));
      }
    }
  };
  for (GoldEvent& event : doc.events) {
    resolve(event.actor1);
    resolve(event.actor2);
    for (auto& claimant : event.claimed_by) resolve(claimant);
    for (GoldAttribution& a : event.attributed_to) {
      resolve(a.actor);
      resolve(a.by);
    }
  }
  for (GoldRelation& r : doc.relations) {
    resolve(r.subject);
    resolve(r.object);
  }
}

}  // namespace casus
