#include "output/tabular_formats.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <vector>

#include "output/json_writer.h"
#include "output/jsonl_records.h"

namespace casus {
namespace {

std::string FormatDouble(double value, int decimals) {
  std::string out;
  JsonWriter(out).Double(value, decimals);
  return out;
}

std::string OptionalInt(const std::optional<int>& value) {
  return value ? std::to_string(*value) : std::string();
}

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string ActorName(const std::optional<Actor>& actor) {
  if (!actor) return {};
  return actor->name.empty() ? actor->text : actor->name;
}

void AppendCsvRow(const std::vector<std::string>& fields, std::string& out) {
  bool first = true;
  for (const std::string& field : fields) {
    if (!first) out.push_back(',');
    first = false;
    AppendCsvField(field, out);
  }
  out.push_back('\n');
}

void AppendActorColumns(const std::optional<Actor>& actor, std::vector<std::string>& row) {
  if (!actor) {
    row.insert(row.end(), 6, std::string());
    return;
  }
  row.insert(row.end(),
             {actor->name, actor->id, actor->country, actor->sector, actor->cameo, actor->text});
}

class CsvTable final : public EventTable {
 public:
  std::string Header() const override {
    std::string out;
    std::vector<std::string> columns = {"doc",
                                        "id",
                                        "type",
                                        "mode",
                                        "cameo",
                                        "acled_event_type",
                                        "acled_sub_event_type",
                                        "date",
                                        "date_precision",
                                        "location_name",
                                        "location_country",
                                        "location_admin1",
                                        "location_lat",
                                        "location_lon",
                                        "location_precision",
                                        "location_geonameid"};
    for (const char* prefix : {"actor1", "actor2"}) {
      for (const char* field : {"name", "id", "country", "sector", "cameo", "text"}) {
        columns.push_back(std::string(prefix) + "_" + field);
      }
    }
    columns.insert(columns.end(), {"claimed_by", "attributed_to", "attributed_by", "sponsors",
                                   "fatalities", "injuries", "weapons", "hedged", "confidence",
                                   "evidence_sentences", "evidence_text"});
    AppendCsvRow(columns, out);
    return out;
  }

  void AppendRow(const Event& e, std::string& out) const override {
    std::vector<std::string> row = {e.doc,
                                    e.id,
                                    e.type,
                                    e.mode,
                                    e.cameo,
                                    e.acled ? e.acled->event_type : "",
                                    e.acled ? e.acled->sub_event_type : "",
                                    e.date ? e.date->ToString() : "",
                                    e.date ? e.date_precision : ""};
    if (e.location) {
      const Location& l = *e.location;
      row.insert(row.end(),
                 {l.name, l.country, l.admin1, FormatDouble(l.lat, 5), FormatDouble(l.lon, 5),
                  l.precision, l.geonameid > 0 ? std::to_string(l.geonameid) : ""});
    } else {
      row.insert(row.end(), 7, std::string());
    }
    AppendActorColumns(e.actor1, row);
    AppendActorColumns(e.actor2, row);
    std::vector<std::string> claimants, attributed, attributors, sentences, texts;
    for (const Claim& c : e.claimed_by) claimants.push_back(c.actor.name);
    for (const Attribution& a : e.attributed_to) {
      attributed.push_back(a.actor.name);
      attributors.push_back(a.by ? a.by->name : "");
    }
    for (const Evidence& ev : e.evidence) {
      sentences.push_back(std::to_string(ev.sentence));
      texts.push_back(ev.text);
    }
    row.insert(row.end(),
               {Join(claimants, "; "), Join(attributed, "; "), Join(attributors, "; "),
                Join(e.sponsors, ";"), OptionalInt(e.fatalities), OptionalInt(e.injuries),
                Join(e.weapons, "; "), e.hedged ? "true" : "false", FormatDouble(e.confidence, 2),
                Join(sentences, ";"), Join(texts, " ")});
    AppendCsvRow(row, out);
  }
};

// ACLED's export columns, in ACLED's order (a subset: the columns casus can fill).
class AcledTable final : public EventTable {
 public:
  std::string Header() const override {
    return "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
           "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
           "interaction,civilian_targeting,iso3,country,admin1,location,latitude,longitude,"
           "geo_precision,source,notes,fatalities,tags\n";
  }

  void AppendRow(const Event& e, std::string& out) const override {
    const std::string country = e.location ? e.location->country : "";
    const int inter1 = AcledInterCode(e.actor1);
    const int inter2 = AcledInterCode(e.actor2);
    std::string interaction;
    if (inter1 > 0) {
      const int lo = inter2 > 0 ? std::min(inter1, inter2) : inter1;
      const int hi = inter2 > 0 ? std::max(inter1, inter2) : 0;
      interaction = std::to_string(lo * 10 + hi);
    }
    std::vector<std::string> assoc1;
    for (const Claim& c : e.claimed_by) {
      if (!e.actor1 || c.actor.name != e.actor1->name) assoc1.push_back(c.actor.name);
    }
    const std::string event_type = e.acled ? e.acled->event_type : "";
    std::string disorder;
    if (event_type == "Battles" || event_type == "Explosions/Remote violence" ||
        event_type == "Violence against civilians") {
      disorder = "Political violence";
    } else if (event_type == "Protests" || event_type == "Riots") {
      disorder = "Demonstrations";
    } else if (!event_type.empty()) {
      disorder = "Strategic developments";
    }
    std::string notes;
    for (const Evidence& ev : e.evidence) {
      if (!notes.empty()) notes += ' ';
      notes += ev.text;
    }
    const bool civilians = e.actor2 && e.actor2->sector == "CVL";
    std::vector<std::string> row = {e.id,
                                    e.date ? e.date->ToString() : "",
                                    e.date ? std::to_string(e.date->year) : "",
                                    e.date ? std::to_string(AcledTimePrecision(e)) : "",
                                    disorder,
                                    event_type,
                                    e.acled ? e.acled->sub_event_type : "",
                                    ActorName(e.actor1),
                                    Join(assoc1, "; "),
                                    inter1 > 0 ? std::to_string(inter1) : "",
                                    ActorName(e.actor2),
                                    "",
                                    inter2 > 0 ? std::to_string(inter2) : "",
                                    interaction,
                                    civilians ? "Civilian targeting" : "",
                                    country,
                                    country,
                                    e.location ? e.location->admin1 : "",
                                    e.location ? e.location->name : "",
                                    e.location ? FormatDouble(e.location->lat, 4) : "",
                                    e.location ? FormatDouble(e.location->lon, 4) : "",
                                    e.location && e.location->geo_precision > 0
                                        ? std::to_string(e.location->geo_precision)
                                        : "",
                                    e.doc,
                                    notes,
                                    std::to_string(e.fatalities.value_or(0)),
                                    e.hedged ? "hedged" : ""};
    AppendCsvRow(row, out);
  }
};

std::string GdeltActorColumns(const std::optional<Actor>& actor) {
  // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1..3
  std::string out;
  if (actor) {
    std::string name = actor->name;
    for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    out =
        actor->cameo + '\t' + name + '\t' + actor->country + "\t\t\t\t\t" + actor->sector + "\t\t";
  } else {
    out = "\t\t\t\t\t\t\t\t\t";
  }
  return out;
}

std::string GdeltGeoColumns(const std::optional<Location>& location) {
  // Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID
  if (!location) return "\t\t\t\t\t\t\t";
  int type = 4;  // world city
  if (location->precision == "country") type = 1;
  if (location->precision == "region") type = 5;
  std::string name = location->name;
  if (!location->admin1.empty() && location->admin1 != location->name)
    name += ", " + location->admin1;
  return std::to_string(type) + '\t' + name + '\t' + location->country + '\t' + location->admin1 +
         "\t\t" + FormatDouble(location->lat, 4) + '\t' + FormatDouble(location->lon, 4) + '\t' +
         (location->geonameid > 0 ? std::to_string(location->geonameid) : "");
}

std::string CleanTsv(std::string text) {
  for (char& c : text) {
    if (c == '\t' || c == '\n') c = ' ';
  }
  return text;
}

class GdeltTable final : public EventTable {
 public:
  std::string Header() const override { return {}; }

  void AppendRow(const Event& e, std::string& out) const override {
    char date[32] = "", month[32] = "", year[32] = "", fraction[32] = "";
    if (e.date) {
      std::snprintf(date, sizeof date, "%04d%02d%02d", e.date->year, e.date->month, e.date->day);
      std::snprintf(month, sizeof month, "%04d%02d", e.date->year, e.date->month);
      std::snprintf(year, sizeof year, "%04d", e.date->year);
      const int day_of_year =
          static_cast<int>(e.date->ToDays() - Date{e.date->year, 1, 1}.ToDays()) + 1;
      std::snprintf(fraction, sizeof fraction, "%.4f", e.date->year + day_of_year / 365.0);
    }
    const std::string& code = e.cameo;
    const std::string base = code.size() >= 3 ? code.substr(0, 3) : code;
    const std::string root = code.size() >= 2 ? code.substr(0, 2) : code;
    std::string quad;
    if (root.size() == 2) {
      const int r = std::atoi(root.c_str());
      quad = std::to_string(r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4);
    }
    const int mentions = static_cast<int>(e.evidence.size());
    out += std::to_string(NumericEventId(e.id));
    out += '\t';
    out += std::string(date) + '\t' + month + '\t' + year + '\t' + fraction + '\t';
    out += GdeltActorColumns(e.actor1) + '\t';
    out += GdeltActorColumns(e.actor2) + '\t';
    out += "1\t" + code + '\t' + base + '\t' + root + '\t' + quad + "\t\t" +
           std::to_string(mentions) + "\t1\t1\t\t";
    out += GdeltGeoColumns(e.location) + '\t';  // Actor1Geo: casus locates the event
    out += GdeltGeoColumns(e.location) + '\t';  // Actor2Geo
    out += GdeltGeoColumns(e.location) + '\t';  // ActionGeo
    out += std::string(date) + "000000\t" + CleanTsv(e.doc) + '\n';
  }
};

class PloverTable final : public EventTable {
 public:
  std::string Header() const override { return {}; }

  void AppendRow(const Event& e, std::string& out) const override {
    JsonWriter json(out);
    json.BeginObject();
    json.Key("id").String(e.id);
    json.Key("date");
    if (e.date) {
      json.String(e.date->ToString());
    } else {
      json.Null();
    }
    WriteParty("source", e.actor1, json);
    WriteParty("target", e.actor2, json);
    json.Key("event").String(e.type);
    json.Key("mode").StringOrNull(e.mode);
    json.Key("context").BeginArray().EndArray();
    json.Key("location");
    WriteLocationJson(e.location, json);
    json.Key("dead");
    e.fatalities ? json.Int(*e.fatalities) : json.Null();
    json.Key("injured");
    e.injuries ? json.Int(*e.injuries) : json.Null();
    std::string text;
    for (const Evidence& ev : e.evidence) {
      if (!text.empty()) text += ' ';
      text += ev.text;
    }
    json.Key("text").String(text);
    json.Key("doc").String(e.doc);
    json.Key("language").String("en");
    json.EndObject();
    out.push_back('\n');
  }

 private:
  static void WriteParty(std::string_view key, const std::optional<Actor>& actor,
                         JsonWriter& json) {
    json.Key(key).BeginArray();
    if (actor) {
      json.BeginObject();
      json.Key("actorText").String(actor->text.empty() ? actor->name : actor->text);
      json.Key("actor").StringOrNull(actor->name);
      json.Key("country").StringOrNull(actor->country);
      json.Key("sector").StringOrNull(actor->sector);
      json.Key("code").StringOrNull(actor->cameo);
      json.EndObject();
    }
    json.EndArray();
  }
};

}  // namespace

void AppendCsvField(std::string_view field, std::string& out) {
  if (field.find_first_of(",\"\n\r") == std::string_view::npos) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

int AcledInterCode(const std::optional<Actor>& actor) {
  if (!actor) return 0;
  const std::string& s = actor->sector;
  if (s == "MIL" || s == "GOV" || s == "COP" || s == "SPY" || s == "JUD" || s == "LEG") return 1;
  if (s == "REB" || s == "INS") return 2;
  if (s == "UAF" || s == "PTY" || s == "OPP") return 3;
  if (s == "ETH" || s == "REL") return 4;
  if (s == "RIO") return 5;
  if (s == "PRO") return 6;
  if (s == "CVL" || s == "MED" || s == "BUS" || s == "EDU" || s == "HLH" || s == "REF" ||
      s == "LAB") {
    return 7;
  }
  if (s == "IGO" || s == "NGO") return 8;
  return actor->country.empty() ? 0 : 8;
}

int AcledTimePrecision(const Event& event) {
  if (event.date_precision == "day") return 1;
  if (event.date_precision == "week") return 2;
  return 3;
}

int64_t NumericEventId(std::string_view id) {
  uint64_t hash = 1469598103934665603ULL;  // FNV-1a
  for (char c : id) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return static_cast<int64_t>(hash >> 1);
}

Result<std::unique_ptr<EventTable>> MakeEventTable(std::string_view name) {
  if (name == "csv") return std::unique_ptr<EventTable>(new CsvTable());
  if (name == "acled") return std::unique_ptr<EventTable>(new AcledTable());
  if (name == "gdelt") return std::unique_ptr<EventTable>(new GdeltTable());
  if (name == "plover") return std::unique_ptr<EventTable>(new PloverTable());
  return Status::InvalidInput("unknown format '" + std::string(name) +
                              "' (expected jsonl, csv, acled, gdelt or plover)");
}

}  // namespace casus
