#include "store/incident_format.h"

#include <algorithm>
#include <cstdio>

#include "output/json_writer.h"
#include "output/jsonl_records.h"
#include "output/tabular_formats.h"
#include "store/record_json.h"

namespace casus {
namespace {

void WriteOptionalInt(const std::optional<int>& value, JsonWriter& json) {
  if (value) {
    json.Int(*value);
  } else {
    json.Null();
  }
}

void WriteOptionalDate(const std::optional<Date>& date, JsonWriter& json) {
  if (date) {
    json.String(date->ToString());
  } else {
    json.Null();
  }
}

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (item.empty()) continue;
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string Name(const std::optional<Actor>& actor) {
  if (!actor) return {};
  return actor->name.empty() ? actor->text : actor->name;
}

}  // namespace

void AppendIncidentJsonl(const Incident& incident, std::string& out) {
  const Event& e = incident.event;
  JsonWriter json(out);
  json.BeginObject();
  json.Key("kind").String("incident");
  json.Key("doc").String(e.doc);
  json.Key("id").String(IncidentId(incident.key));
  json.Key("type").String(e.type);
  json.Key("mode").StringOrNull(e.mode);
  json.Key("cameo").StringOrNull(e.cameo);
  json.Key("acled");
  if (e.acled) {
    json.BeginObject();
    json.Key("event_type").String(e.acled->event_type);
    json.Key("sub_event_type").String(e.acled->sub_event_type);
    json.EndObject();
  } else {
    json.Null();
  }
  json.Key("date");
  WriteOptionalDate(e.date, json);
  json.Key("date_precision").StringOrNull(e.date ? e.date_precision : "");
  json.Key("location");
  WriteLocationJson(e.location, json);
  json.Key("actor1");
  WriteOptionalActorJson(e.actor1, json);
  json.Key("actor2");
  WriteOptionalActorJson(e.actor2, json);
  json.Key("perpetrators").BeginArray();
  for (const Actor& actor : incident.perpetrators) WriteActorJson(actor, json);
  json.EndArray();
  json.Key("claimed_by").BeginArray();
  for (const SourcedClaim& c : incident.claims) {
    json.BeginObject();
    json.Key("actor");
    WriteActorJson(c.claim.actor, json);
    json.Key("evidence");
    WriteEvidenceJson(c.claim.evidence, json);
    json.Key("doc").String(c.doc);
    json.EndObject();
  }
  json.EndArray();
  json.Key("attributed_to").BeginArray();
  for (const SourcedAttribution& a : incident.attributions) {
    json.BeginObject();
    json.Key("actor");
    WriteActorJson(a.attribution.actor, json);
    json.Key("by");
    WriteOptionalActorJson(a.attribution.by, json);
    json.Key("evidence");
    WriteEvidenceJson(a.attribution.evidence, json);
    json.Key("doc").String(a.doc);
    json.EndObject();
  }
  json.EndArray();
  json.Key("sponsors").BeginArray();
  for (const std::string& s : e.sponsors) json.String(s);
  json.EndArray();
  json.Key("fatalities");
  WriteOptionalInt(e.fatalities, json);
  json.Key("fatalities_max");
  WriteOptionalInt(incident.fatalities_max, json);
  json.Key("injuries");
  WriteOptionalInt(e.injuries, json);
  json.Key("injuries_max");
  WriteOptionalInt(incident.injuries_max, json);
  json.Key("weapons").BeginArray();
  for (const std::string& w : e.weapons) json.String(w);
  json.EndArray();
  json.Key("hedged").Bool(e.hedged);
  json.Key("confidence").Double(e.confidence, 2);
  json.Key("evidence").BeginArray();
  for (const Evidence& ev : e.evidence) WriteEvidenceJson(ev, json);
  json.EndArray();
  json.Key("first_report");
  if (incident.sources.empty()) {
    json.Null();
  } else {
    const IncidentSource& s = incident.sources.front();
    json.BeginObject();
    json.Key("doc").String(s.doc);
    json.Key("published");
    WriteOptionalDate(s.published, json);
    json.Key("source").StringOrNull(s.source);
    json.Key("title").StringOrNull(s.title);
    json.Key("url").StringOrNull(s.url);
    json.EndObject();
  }
  json.Key("sources").BeginArray();
  for (const IncidentSource& s : incident.sources) {
    json.BeginObject();
    json.Key("doc").String(s.doc);
    json.Key("event").String(s.event.id);
    json.Key("published");
    WriteOptionalDate(s.published, json);
    json.Key("source").StringOrNull(s.source);
    json.Key("title").StringOrNull(s.title);
    json.Key("url").StringOrNull(s.url);
    json.Key("date");
    WriteOptionalDate(s.event.date, json);
    json.Key("fatalities");
    WriteOptionalInt(s.event.fatalities, json);
    json.Key("injuries");
    WriteOptionalInt(s.event.injuries, json);
    json.Key("hedged").Bool(s.event.hedged);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  out.push_back('\n');
}

Result<Incident> IncidentFromJson(std::string_view record) {
  auto parsed = ParseJsonObject(record);
  if (!parsed.ok()) return parsed.status();
  const nlohmann::json& j = *parsed;
  Incident incident;
  incident.event = EventFromJson(j);
  auto key = ParseIncidentId(incident.event.id);
  if (!key) return Status::InvalidInput("incident record without an incident id");
  incident.key = *key;
  auto optional_int = [](const nlohmann::json& object, const char* name) -> std::optional<int> {
    auto it = object.find(name);
    if (it == object.end() || !it->is_number()) return std::nullopt;
    return it->get<int>();
  };
  auto text = [](const nlohmann::json& object, const char* name) -> std::string {
    auto it = object.find(name);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  incident.fatalities_max = optional_int(j, "fatalities_max");
  for (const nlohmann::json& actor : j.value("perpetrators", nlohmann::json::array())) {
    incident.perpetrators.push_back(ActorFromJson(actor));
  }
  incident.injuries_max = optional_int(j, "injuries_max");
  const auto& claims = j.value("claimed_by", nlohmann::json::array());
  for (size_t i = 0; i < claims.size() && i < incident.event.claimed_by.size(); ++i) {
    incident.claims.push_back({incident.event.claimed_by[i], text(claims[i], "doc")});
  }
  const auto& attributions = j.value("attributed_to", nlohmann::json::array());
  for (size_t i = 0; i < attributions.size() && i < incident.event.attributed_to.size(); ++i) {
    incident.attributions.push_back(
        {incident.event.attributed_to[i], text(attributions[i], "doc")});
  }
  for (const nlohmann::json& s : j.value("sources", nlohmann::json::array())) {
    if (!s.is_object()) continue;
    IncidentSource source;
    source.doc = text(s, "doc");
    source.title = text(s, "title");
    source.source = text(s, "source");
    source.url = text(s, "url");
    source.published = Date::Parse(text(s, "published"));
    source.event.doc = source.doc;
    source.event.id = text(s, "event");
    source.event.type = incident.event.type;
    source.event.date = Date::Parse(text(s, "date"));
    source.event.fatalities = optional_int(s, "fatalities");
    source.event.injuries = optional_int(s, "injuries");
    source.event.hedged = s.value("hedged", false);
    incident.sources.push_back(std::move(source));
  }
  // The deduplicated claim lists of the fused event (the record lists one
  // entry per report).
  std::vector<Claim> claims_by_actor;
  std::vector<std::string> seen;
  for (const Claim& c : incident.event.claimed_by) {
    const std::string k = ActorKey(c.actor);
    if (std::find(seen.begin(), seen.end(), k) != seen.end()) continue;
    seen.push_back(k);
    claims_by_actor.push_back(c);
  }
  incident.event.claimed_by = std::move(claims_by_actor);
  std::vector<Attribution> attributions_by_actor;
  seen.clear();
  for (const Attribution& a : incident.event.attributed_to) {
    const std::string k = ActorKey(a.actor) + "|" + ActorKey(a.by);
    if (std::find(seen.begin(), seen.end(), k) != seen.end()) continue;
    seen.push_back(k);
    attributions_by_actor.push_back(a);
  }
  incident.event.attributed_to = std::move(attributions_by_actor);
  return incident;
}

Event IncidentAsEvent(const Incident& incident) {
  Event event = incident.event;
  std::vector<std::string> docs;
  for (const IncidentSource& s : incident.sources) docs.push_back(s.doc);
  if (!docs.empty()) event.doc = Join(docs, "; ");
  return event;
}

namespace {

class JsonlIncidentWriter final : public IncidentWriter {
 public:
  std::string Header() const override { return {}; }
  void Append(const Incident& incident, std::string& out) override {
    AppendIncidentJsonl(incident, out);
  }
  std::string Footer() const override { return {}; }
};

class TableIncidentWriter final : public IncidentWriter {
 public:
  explicit TableIncidentWriter(std::unique_ptr<EventTable> table) : table_(std::move(table)) {}
  std::string Header() const override { return table_->Header(); }
  void Append(const Incident& incident, std::string& out) override {
    table_->AppendRow(IncidentAsEvent(incident), out);
  }
  std::string Footer() const override { return {}; }

 private:
  std::unique_ptr<EventTable> table_;
};

// RFC 7946: a FeatureCollection of Point features in WGS 84 longitude,
// latitude order; incidents without a place have a null geometry.
class GeoJsonIncidentWriter final : public IncidentWriter {
 public:
  std::string Header() const override { return "{\"type\":\"FeatureCollection\",\"features\":[\n"; }

  void Append(const Incident& incident, std::string& out) override {
    if (count_++ > 0) out += ",\n";
    const Event& e = incident.event;
    JsonWriter json(out);
    json.BeginObject();
    json.Key("type").String("Feature");
    json.Key("id").String(IncidentId(incident.key));
    json.Key("geometry");
    if (e.location && e.location->precision != "" &&
        !(e.location->lat == 0 && e.location->lon == 0)) {
      json.BeginObject();
      json.Key("type").String("Point");
      json.Key("coordinates").BeginArray();
      json.Double(e.location->lon, 5);
      json.Double(e.location->lat, 5);
      json.EndArray();
      json.EndObject();
    } else {
      json.Null();
    }
    json.Key("properties").BeginObject();
    json.Key("id").String(IncidentId(incident.key));
    json.Key("type").String(e.type);
    json.Key("mode").StringOrNull(e.mode);
    json.Key("acled_event_type").StringOrNull(e.acled ? e.acled->event_type : "");
    json.Key("acled_sub_event_type").StringOrNull(e.acled ? e.acled->sub_event_type : "");
    json.Key("date");
    WriteOptionalDate(e.date, json);
    json.Key("date_precision").StringOrNull(e.date ? e.date_precision : "");
    json.Key("place").StringOrNull(e.location ? e.location->name : "");
    json.Key("country").StringOrNull(e.location ? e.location->country : "");
    json.Key("location_precision").StringOrNull(e.location ? e.location->precision : "");
    json.Key("actor1").StringOrNull(Name(e.actor1));
    json.Key("actor2").StringOrNull(Name(e.actor2));
    std::vector<std::string> claimants;
    for (const Claim& c : e.claimed_by) claimants.push_back(c.actor.name);
    json.Key("claimed_by").StringOrNull(Join(claimants, "; "));
    json.Key("sponsors").StringOrNull(Join(e.sponsors, ";"));
    json.Key("fatalities");
    WriteOptionalInt(e.fatalities, json);
    json.Key("fatalities_max");
    WriteOptionalInt(incident.fatalities_max, json);
    json.Key("injuries");
    WriteOptionalInt(e.injuries, json);
    json.Key("injuries_max");
    WriteOptionalInt(incident.injuries_max, json);
    json.Key("sources").Int(static_cast<int64_t>(incident.sources.size()));
    json.Key("first_report").String(e.doc);
    std::vector<std::string> docs;
    for (const IncidentSource& s : incident.sources) docs.push_back(s.doc);
    json.Key("docs").String(Join(docs, "; "));
    json.EndObject();
    json.EndObject();
  }

  std::string Footer() const override { return "\n]}\n"; }

 private:
  size_t count_ = 0;
};

}  // namespace

const std::vector<std::string>& IncidentFormatNames() {
  static const std::vector<std::string> kNames = {"jsonl", "csv",    "acled",
                                                  "gdelt", "plover", "geojson"};
  return kNames;
}

Result<std::unique_ptr<IncidentWriter>> MakeIncidentWriter(std::string_view format) {
  if (format == "jsonl") return std::unique_ptr<IncidentWriter>(new JsonlIncidentWriter());
  if (format == "geojson") return std::unique_ptr<IncidentWriter>(new GeoJsonIncidentWriter());
  auto table = MakeEventTable(format);
  if (!table.ok()) return table.status();
  return std::unique_ptr<IncidentWriter>(new TableIncidentWriter(std::move(table.value())));
}

namespace {

// Display width of UTF-8 text: one column per code point.
size_t Width(std::string_view text) {
  size_t width = 0;
  for (unsigned char c : text) width += (c & 0xC0) != 0x80;
  return width;
}

// Cuts `text` to `width` columns, ending with "…" when shortened.
std::string Fit(std::string_view text, size_t width) {
  if (Width(text) <= width) return std::string(text);
  std::string out;
  size_t columns = 0;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    while (i + length < text.size() &&
           (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) {
      ++length;
    }
    if (columns + 1 >= width) break;
    out.append(text.substr(i, length));
    ++columns;
    i += length;
  }
  return out + "…";
}

std::string Range(const std::optional<int>& low, const std::optional<int>& high) {
  if (!low) return "-";
  if (!high || *high == *low) return std::to_string(*low);
  return std::to_string(*low) + "-" + std::to_string(*high);
}

}  // namespace

std::string FormatIncidentTable(const std::vector<Incident>& incidents, size_t more) {
  struct Column {
    const char* title;
    size_t max_width;
    bool right;
  };
  const std::vector<Column> columns = {
      {"ID", 8, true},      {"DATE", 10, false},        {"TYPE", 22, false},
      {"PLACE", 20, false}, {"PERPETRATOR", 26, false}, {"TARGET", 22, false},
      {"KILLED", 7, true},  {"CLAIMED BY", 22, false},  {"SPONSORS", 9, false},
      {"SOURCES", 7, true}};
  std::vector<std::vector<std::string>> rows;
  for (const Incident& incident : incidents) {
    const Event& e = incident.event;
    std::string place;
    if (e.location) {
      place = e.location->name;
      if (!e.location->country.empty() && e.location->country != place) {
        place += place.empty() ? e.location->country : ", " + e.location->country;
      }
    }
    std::vector<std::string> claimants;
    for (const Claim& c : e.claimed_by) claimants.push_back(c.actor.name);
    rows.push_back({std::to_string(incident.key), e.date ? e.date->ToString() : "-",
                    e.mode.empty() ? e.type : e.type + "/" + e.mode, place.empty() ? "-" : place,
                    Name(e.actor1).empty() ? "-" : Name(e.actor1),
                    Name(e.actor2).empty() ? "-" : Name(e.actor2),
                    Range(e.fatalities, incident.fatalities_max),
                    claimants.empty() ? "-" : Join(claimants, ", "),
                    e.sponsors.empty() ? "-" : Join(e.sponsors, ","),
                    std::to_string(incident.sources.size())});
  }
  std::vector<size_t> widths;
  for (size_t c = 0; c < columns.size(); ++c) {
    size_t width = Width(columns[c].title);
    for (const auto& row : rows)
      width = std::max(width, std::min(Width(row[c]), columns[c].max_width));
    widths.push_back(width);
  }
  std::string out;
  auto append_row = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (size_t c = 0; c < columns.size(); ++c) {
      const std::string cell = Fit(cells[c], widths[c]);
      const std::string pad(widths[c] - Width(cell), ' ');
      if (c > 0) line += "  ";
      line += columns[c].right ? pad + cell : cell + pad;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  };
  std::vector<std::string> titles;
  for (const Column& column : columns) titles.push_back(column.title);
  append_row(titles);
  std::vector<std::string> rules;
  for (size_t width : widths) rules.push_back(std::string(width, '-'));
  append_row(rules);
  for (const auto& row : rows) append_row(row);
  if (more > 0) out += "... and " + std::to_string(more) + " more (casus query lists them all)\n";
  return out;
}

std::string FormatIncidentExplanation(const Incident& incident) {
  const Event& e = incident.event;
  std::string out = IncidentId(incident.key) + ": " + e.type;
  if (!e.mode.empty()) out += "/" + e.mode;
  if (e.date) out += " on " + e.date->ToString();
  if (e.location) {
    out += " at " + (e.location->name.empty() ? e.location->country : e.location->name);
    if (!e.location->country.empty() && !e.location->name.empty()) {
      out += " (" + e.location->country + ")";
    }
  }
  const size_t n = incident.sources.size();
  out += ", " + std::to_string(n) + (n == 1 ? " report" : " reports") + "\n";
  size_t i = 0;
  for (const IncidentSource& s : incident.sources) {
    out += "  " + std::to_string(++i) + ". " + s.doc;
    std::vector<std::string> about;
    if (!s.source.empty()) about.push_back(s.source);
    if (s.published) about.push_back("published " + s.published->ToString());
    if (!about.empty()) out += " (" + Join(about, ", ") + ")";
    out += ", event " + s.event.id + "\n";
    if (!s.why.empty()) out += "     " + s.why + "\n";
  }
  return out;
}

}  // namespace casus
