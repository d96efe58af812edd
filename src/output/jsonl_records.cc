#include "output/jsonl_records.h"

namespace casus {

void WriteActorJson(const Actor& actor, JsonWriter& json) {
  json.BeginObject();
  json.Key("name").StringOrNull(actor.name);
  json.Key("id").StringOrNull(actor.id);
  json.Key("country").StringOrNull(actor.country);
  json.Key("sector").StringOrNull(actor.sector);
  json.Key("cameo").StringOrNull(actor.cameo);
  json.Key("text").StringOrNull(actor.text);
  json.EndObject();
}

void WriteOptionalActorJson(const std::optional<Actor>& actor, JsonWriter& json) {
  if (actor) {
    WriteActorJson(*actor, json);
  } else {
    json.Null();
  }
}

void WriteEvidenceJson(const Evidence& evidence, JsonWriter& json) {
  json.BeginObject();
  json.Key("sentence").Int(evidence.sentence);
  json.Key("start").Int(evidence.start);
  json.Key("end").Int(evidence.end);
  json.Key("text").String(evidence.text);
  json.EndObject();
}

void WriteLocationJson(const std::optional<Location>& location, JsonWriter& json) {
  if (!location) {
    json.Null();
    return;
  }
  json.BeginObject();
  json.Key("name").StringOrNull(location->name);
  json.Key("country").StringOrNull(location->country);
  json.Key("admin1").StringOrNull(location->admin1);
  json.Key("lat").Double(location->lat, 5);
  json.Key("lon").Double(location->lon, 5);
  json.Key("precision").StringOrNull(location->precision);
  if (location->geonameid > 0) {
    json.Key("geonameid").Int(location->geonameid);
  } else {
    json.Key("geonameid").Null();
  }
  if (location->geo_precision > 0) {
    json.Key("geo_precision").Int(location->geo_precision);
  } else {
    json.Key("geo_precision").Null();
  }
  json.EndObject();
}

namespace {

void WriteOptionalInt(const std::optional<int>& value, JsonWriter& json) {
  if (value) {
    json.Int(*value);
  } else {
    json.Null();
  }
}

}  // namespace

void AppendEventJsonl(const Event& event, std::string& out) {
  JsonWriter json(out);
  json.BeginObject();
  json.Key("kind").String("event");
  json.Key("doc").String(event.doc);
  json.Key("id").String(event.id);
  json.Key("type").String(event.type);
  json.Key("mode").StringOrNull(event.mode);
  json.Key("cameo").StringOrNull(event.cameo);
  json.Key("acled");
  if (event.acled) {
    json.BeginObject();
    json.Key("event_type").String(event.acled->event_type);
    json.Key("sub_event_type").String(event.acled->sub_event_type);
    json.EndObject();
  } else {
    json.Null();
  }
  json.Key("date");
  if (event.date) {
    json.String(event.date->ToString());
  } else {
    json.Null();
  }
  json.Key("date_precision").StringOrNull(event.date ? event.date_precision : "");
  json.Key("location");
  WriteLocationJson(event.location, json);
  json.Key("actor1");
  WriteOptionalActorJson(event.actor1, json);
  json.Key("actor2");
  WriteOptionalActorJson(event.actor2, json);
  json.Key("claimed_by").BeginArray();
  for (const Claim& claim : event.claimed_by) {
    json.BeginObject();
    json.Key("actor");
    WriteActorJson(claim.actor, json);
    json.Key("evidence");
    WriteEvidenceJson(claim.evidence, json);
    json.EndObject();
  }
  json.EndArray();
  json.Key("attributed_to").BeginArray();
  for (const Attribution& attribution : event.attributed_to) {
    json.BeginObject();
    json.Key("actor");
    WriteActorJson(attribution.actor, json);
    json.Key("by");
    WriteOptionalActorJson(attribution.by, json);
    json.Key("evidence");
    WriteEvidenceJson(attribution.evidence, json);
    json.EndObject();
  }
  json.EndArray();
  json.Key("sponsors").BeginArray();
  for (const std::string& sponsor : event.sponsors) json.String(sponsor);
  json.EndArray();
  json.Key("fatalities");
  WriteOptionalInt(event.fatalities, json);
  json.Key("injuries");
  WriteOptionalInt(event.injuries, json);
  json.Key("weapons").BeginArray();
  for (const std::string& weapon : event.weapons) json.String(weapon);
  json.EndArray();
  json.Key("hedged").Bool(event.hedged);
  json.Key("confidence").Double(event.confidence, 2);
  json.Key("evidence").BeginArray();
  for (const Evidence& evidence : event.evidence) WriteEvidenceJson(evidence, json);
  json.EndArray();
  json.EndObject();
  out.push_back('\n');
}

void AppendRelationJsonl(const Relation& relation, std::string& out) {
  JsonWriter json(out);
  json.BeginObject();
  json.Key("kind").String("relation");
  json.Key("doc").String(relation.doc);
  json.Key("subject");
  WriteActorJson(relation.subject, json);
  json.Key("relation").String(relation.relation);
  json.Key("object");
  WriteActorJson(relation.object, json);
  json.Key("by");
  WriteOptionalActorJson(relation.by, json);
  json.Key("evidence");
  WriteEvidenceJson(relation.evidence, json);
  json.Key("confidence").Double(relation.confidence, 2);
  json.EndObject();
  out.push_back('\n');
}

void AppendMentionJsonl(const Mention& mention, std::string& out) {
  JsonWriter json(out);
  json.BeginObject();
  json.Key("kind").String("mention");
  json.Key("doc").String(mention.doc);
  json.Key("sentence").Int(mention.sentence);
  json.Key("source");
  WriteOptionalActorJson(mention.source, json);
  json.Key("target");
  WriteOptionalActorJson(mention.target, json);
  json.Key("type").String(mention.type);
  json.Key("mode").StringOrNull(mention.mode);
  json.Key("cameo").StringOrNull(mention.cameo);
  json.Key("evidence");
  WriteEvidenceJson(mention.evidence, json);
  json.EndObject();
  out.push_back('\n');
}

}  // namespace casus
