#include "store/record_json.h"

namespace casus {
namespace {

using nlohmann::json;

std::string Str(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

std::optional<int> OptInt(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_number()) return std::nullopt;
  return it->get<int>();
}

double Num(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_number()) return 0;
  return it->get<double>();
}

const json& Member(const json& object, const char* key) {
  static const json kNull;
  if (!object.is_object()) return kNull;
  auto it = object.find(key);
  return it == object.end() ? kNull : *it;
}

}  // namespace

Actor ActorFromJson(const json& object) {
  Actor actor;
  if (!object.is_object()) return actor;
  actor.name = Str(object, "name");
  actor.id = Str(object, "id");
  actor.country = Str(object, "country");
  actor.sector = Str(object, "sector");
  actor.cameo = Str(object, "cameo");
  actor.text = Str(object, "text");
  return actor;
}

std::optional<Actor> OptionalActorFromJson(const json& object) {
  if (!object.is_object()) return std::nullopt;
  return ActorFromJson(object);
}

Evidence EvidenceFromJson(const json& object) {
  Evidence evidence;
  if (!object.is_object()) return evidence;
  evidence.sentence = static_cast<uint32_t>(OptInt(object, "sentence").value_or(0));
  evidence.start = static_cast<uint32_t>(OptInt(object, "start").value_or(0));
  evidence.end = static_cast<uint32_t>(OptInt(object, "end").value_or(0));
  evidence.text = Str(object, "text");
  return evidence;
}

std::optional<Location> LocationFromJson(const json& object) {
  if (!object.is_object()) return std::nullopt;
  Location location;
  location.name = Str(object, "name");
  location.country = Str(object, "country");
  location.admin1 = Str(object, "admin1");
  location.lat = Num(object, "lat");
  location.lon = Num(object, "lon");
  location.precision = Str(object, "precision");
  location.geonameid = static_cast<int64_t>(Num(object, "geonameid"));
  location.geo_precision = OptInt(object, "geo_precision").value_or(0);
  return location;
}

Event EventFromJson(const json& object) {
  Event event;
  if (!object.is_object()) return event;
  event.doc = Str(object, "doc");
  const json& id = Member(object, "id");
  event.id = id.is_string() ? id.get<std::string>() : id.is_number() ? id.dump() : "";
  event.type = Str(object, "type");
  event.mode = Str(object, "mode");
  event.cameo = Str(object, "cameo");
  if (const json& acled = Member(object, "acled"); acled.is_object()) {
    event.acled = AcledCategory{Str(acled, "event_type"), Str(acled, "sub_event_type")};
  }
  event.date = Date::Parse(Str(object, "date"));
  if (event.date) event.date_precision = Str(object, "date_precision");
  event.location = LocationFromJson(Member(object, "location"));
  event.actor1 = OptionalActorFromJson(Member(object, "actor1"));
  event.actor2 = OptionalActorFromJson(Member(object, "actor2"));
  if (const json& claims = Member(object, "claimed_by"); claims.is_array()) {
    for (const json& claim : claims) {
      event.claimed_by.push_back(Claim{ActorFromJson(Member(claim, "actor")),
                                       EvidenceFromJson(Member(claim, "evidence"))});
    }
  }
  if (const json& attributions = Member(object, "attributed_to"); attributions.is_array()) {
    for (const json& a : attributions) {
      event.attributed_to.push_back(Attribution{ActorFromJson(Member(a, "actor")),
                                                OptionalActorFromJson(Member(a, "by")),
                                                EvidenceFromJson(Member(a, "evidence"))});
    }
  }
  if (const json& sponsors = Member(object, "sponsors"); sponsors.is_array()) {
    for (const json& s : sponsors) {
      if (s.is_string()) event.sponsors.push_back(s.get<std::string>());
    }
  }
  event.fatalities = OptInt(object, "fatalities");
  event.injuries = OptInt(object, "injuries");
  if (const json& weapons = Member(object, "weapons"); weapons.is_array()) {
    for (const json& w : weapons) {
      if (w.is_string()) event.weapons.push_back(w.get<std::string>());
    }
  }
  const json& hedged = Member(object, "hedged");
  event.hedged = hedged.is_boolean() && hedged.get<bool>();
  event.confidence = Num(object, "confidence");
  if (const json& evidence = Member(object, "evidence"); evidence.is_array()) {
    for (const json& e : evidence) event.evidence.push_back(EvidenceFromJson(e));
  }
  return event;
}

Relation RelationFromJson(const json& object) {
  Relation relation;
  if (!object.is_object()) return relation;
  relation.doc = Str(object, "doc");
  relation.subject = ActorFromJson(Member(object, "subject"));
  relation.relation = Str(object, "relation");
  relation.object = ActorFromJson(Member(object, "object"));
  relation.by = OptionalActorFromJson(Member(object, "by"));
  relation.evidence = EvidenceFromJson(Member(object, "evidence"));
  relation.confidence = Num(object, "confidence");
  return relation;
}

Result<json> ParseJsonObject(std::string_view text) {
  json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object()) return Status::InvalidInput("not a JSON object");
  return parsed;
}

}  // namespace casus
