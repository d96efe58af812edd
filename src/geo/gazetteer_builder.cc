// Reading the gazetteer sources into a GazetteerModel (see
// gazetteer_builder.h for the sources and the matching rules).
#include "geo/gazetteer_builder.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "geo/name_key.h"

namespace casus {
namespace gf = geo_format;
namespace {

std::vector<std::string_view> Split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    const size_t end = line.find(sep, pos);
    out.push_back(line.substr(pos, end == std::string_view::npos ? line.npos : end - pos));
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool ParseDouble(std::string_view s, double* out) {
  s = Trim(s);
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

template <typename Int>
bool ParseInt(std::string_view s, Int* out) {
  s = Trim(s);
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

// Lines of a TSV file without comments and blank lines; `line_numbers` gets
// the 1-based line number of each.
Status ReadLines(const std::string& path, std::vector<std::string>* lines,
                 std::vector<int>* line_numbers) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot read " + path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string_view t = Trim(line);
    if (t.empty() || t.front() == '#') continue;
    lines->push_back(line);
    line_numbers->push_back(number);
  }
  return Status::Ok();
}

// Which alternate names of a GeoNames record to keep: Latin or Arabic
// script, not a code ("EBL", "NYC"), no digits, longer than three bytes
// (two-letter abbreviations like "Mr" turn up as alternates).
enum class Script { kLatin, kArabic, kOther };
Script ClassifyName(std::string_view name) {
  if (name.size() <= 3 || name.size() > 80) return Script::kOther;
  bool all_upper_ascii = true, arabic = false;
  for (size_t i = 0; i < name.size();) {
    const uint8_t b = static_cast<uint8_t>(name[i]);
    if (b < 0x80) {
      if (b >= '0' && b <= '9') return Script::kOther;
      if (b >= 'a' && b <= 'z') all_upper_ascii = false;
      ++i;
      continue;
    }
    all_upper_ascii = false;
    uint32_t cp = 0;
    int len = 0;
    if ((b & 0xE0) == 0xC0)
      cp = b & 0x1F, len = 2;
    else if ((b & 0xF0) == 0xE0)
      cp = b & 0x0F, len = 3;
    else if ((b & 0xF8) == 0xF0)
      cp = b & 0x07, len = 4;
    else
      return Script::kOther;
    if (i + len > name.size()) return Script::kOther;
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<uint8_t>(name[i + k]) & 0x3F);
    i += len;
    const bool latin = cp < 0x250 || (cp >= 0x1E00 && cp < 0x1F00) || (cp >= 0x2B0 && cp < 0x370) ||
                       (cp >= 0x2010 && cp <= 0x2033);
    const bool is_arabic = (cp >= 0x600 && cp < 0x700) || (cp >= 0x750 && cp < 0x780);
    if (is_arabic)
      arabic = true;
    else if (!latin)
      return Script::kOther;
  }
  if (arabic) return Script::kArabic;
  if (all_upper_ascii && name.size() <= 5) return Script::kOther;
  return Script::kLatin;
}

struct Box {
  double south = 0, west = 0, north = 0, east = 0;
};

// The box holding most of the points: points farther from the median point
// than four times the median distance are dropped (a village filed under
// the wrong subdivision, Hawaii for the United States), then the box runs
// from the 2nd to the 98th percentile of what remains.
Box RobustBox(std::vector<double> lats, std::vector<double> lons) {
  Box box;
  if (lats.empty()) return box;
  if (lats.size() >= 5) {
    std::vector<double> sorted_lat = lats, sorted_lon = lons;
    std::nth_element(sorted_lat.begin(), sorted_lat.begin() + sorted_lat.size() / 2,
                     sorted_lat.end());
    std::nth_element(sorted_lon.begin(), sorted_lon.begin() + sorted_lon.size() / 2,
                     sorted_lon.end());
    const double mid_lat = sorted_lat[sorted_lat.size() / 2],
                 mid_lon = sorted_lon[sorted_lon.size() / 2];
    std::vector<double> distance(lats.size());
    for (size_t i = 0; i < lats.size(); ++i) {
      const double dlat = lats[i] - mid_lat;
      const double dlon = (lons[i] - mid_lon) * std::cos(mid_lat * 3.14159265358979 / 180);
      distance[i] = std::sqrt(dlat * dlat + dlon * dlon);
    }
    std::vector<double> sorted_distance = distance;
    std::nth_element(sorted_distance.begin(), sorted_distance.begin() + sorted_distance.size() / 2,
                     sorted_distance.end());
    const double limit = 4 * std::max(sorted_distance[sorted_distance.size() / 2], 0.01);
    std::vector<double> kept_lat, kept_lon;
    for (size_t i = 0; i < lats.size(); ++i) {
      if (distance[i] <= limit) {
        kept_lat.push_back(lats[i]);
        kept_lon.push_back(lons[i]);
      }
    }
    lats.swap(kept_lat);
    lons.swap(kept_lon);
  }
  std::sort(lats.begin(), lats.end());
  std::sort(lons.begin(), lons.end());
  const size_t n = lats.size();
  const size_t lo = n * 2 / 100, hi = n - 1 - n * 2 / 100;
  box.south = lats[lo];
  box.north = lats[hi];
  box.west = lons[lo];
  box.east = lons[hi];
  return box;
}

class ModelBuilder {
 public:
  ModelBuilder(GazetteerModel* model, GazetteerBuildReport* report)
      : model_(*model), report_(*report) {}

  Status ReadCountries(const std::string& path);
  Status ReadCities(const std::string& path);
  Status ReadSubdivisions(const std::string& iso_path, const std::string& admin1_path);
  void FinishCountries();
  Status ReadExtraPlaces(const std::string& path);
  Status ReadAliases(const std::string& path);
  Status ReadCommonWords(const std::string& path);
  Status ReadWordNet(const std::string& dir);
  Status ReadExtents(const std::string& path);
  void ComputeParts();

 private:
  void AddName(int record, std::string_view text, gf::NameKind kind) {
    if (!Trim(text).empty())
      model_.names.push_back({static_cast<uint32_t>(record), std::string(Trim(text)), kind});
  }
  int AddArea(int record, const Box& box, int seat, std::vector<int> towns = {}) {
    ModelArea area;
    area.record = record;
    area.seat = seat;
    area.south = box.south, area.west = box.west, area.north = box.north, area.east = box.east;
    model_.areas.push_back(area);
    area_towns_.push_back(std::move(towns));
    model_.records[record].area = static_cast<int>(model_.areas.size() - 1);
    return model_.records[record].area;
  }
  void Warn(const std::string& path, int line, const std::string& what) {
    report_.warnings.push_back(path + ":" + std::to_string(line) + ": " + what);
  }

  GazetteerModel& model_;
  GazetteerBuildReport& report_;
  std::unordered_map<std::string, int> country_by_iso2_;
  std::unordered_map<std::string, int> country_by_iso3_;
  std::unordered_map<uint32_t, int> record_by_geonameid_;
  // (country, GeoNames admin-1 code) → towns.
  std::map<std::pair<int, std::string>, std::vector<int>> towns_by_admin_;
  std::vector<std::vector<int>> towns_by_country_;
  std::unordered_map<std::string, int> admin_by_code_;        // ISO 3166-2 code → admin index
  std::vector<std::unordered_set<std::string>> record_keys_;  // keys of each town's names
  std::vector<std::vector<int>> area_towns_;                  // towns of each area (model_.areas)
};

Status ModelBuilder::ReadCountries(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot read " + path);
  nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded() || !json.contains("3166-1") || !json["3166-1"].is_array()) {
    return Status::InvalidInput(path + ": not an iso-codes 3166-1 file");
  }
  auto add = [&](const std::string& iso2, const std::string& iso3, const std::string& name,
                 const std::vector<std::string>& names) {
    const int index = static_cast<int>(model_.countries.size());
    ModelRecord record;
    record.name = name;
    record.kind = gf::RecordKind::kCountry;
    record.feature_class = 'A';
    record.feature_code = "PCLI";
    record.country = index;
    model_.records.push_back(record);
    model_.countries.push_back({iso2, iso3, name, static_cast<int>(model_.records.size() - 1)});
    for (const std::string& n : names) {
      // "Iran, Islamic Republic of" is a sort form, not a name used in text.
      if (n.find(',') == std::string::npos)
        AddName(model_.countries.back().record, n, gf::NameKind::kPrimary);
    }
    country_by_iso2_[iso2] = index;
    country_by_iso3_[iso3] = index;
  };
  for (const auto& c : json["3166-1"]) {
    const std::string iso2 = c.value("alpha_2", ""), iso3 = c.value("alpha_3", "");
    if (iso2.size() != 2 || iso3.size() != 3) continue;
    const std::string name = c.value("common_name", c.value("name", ""));
    std::vector<std::string> names = {c.value("name", ""), c.value("common_name", ""),
                                      c.value("official_name", "")};
    add(iso2, iso3, name, names);
  }
  // GeoNames gives Kosovo the user-assigned code XK; ISO 3166-1 has none.
  if (!country_by_iso2_.count("XK")) add("XK", "XKX", "Kosovo", {"Kosovo"});
  towns_by_country_.resize(model_.countries.size());
  report_.countries = model_.countries.size();
  return Status::Ok();
}

Status ModelBuilder::ReadCities(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot read " + path);
  std::string line;
  size_t number = 0, bad = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::vector<std::string_view> f = Split(line, '\t');
    ModelRecord r;
    if (f.size() < 15 || !ParseInt(f[0], &r.geonameid) || !ParseDouble(f[4], &r.lat) ||
        !ParseDouble(f[5], &r.lon) || std::fabs(r.lat) > 90 || std::fabs(r.lon) > 180) {
      ++bad;
      continue;
    }
    const auto country = country_by_iso2_.find(std::string(f[8]));
    if (country == country_by_iso2_.end()) {
      ++bad;
      continue;
    }
    if (!f[14].empty() && !ParseInt(f[14], &r.population)) r.population = 0;
    r.name = std::string(f[1]);
    r.country = country->second;
    r.kind = gf::RecordKind::kPopulated;
    r.feature_class = f[6].empty() ? 'P' : f[6][0];
    r.feature_code = std::string(f[7].substr(0, 5));
    const int index = static_cast<int>(model_.records.size());
    model_.records.push_back(std::move(r));
    record_by_geonameid_[model_.records.back().geonameid] = index;
    towns_by_admin_[{country->second, std::string(f[10])}].push_back(index);
    towns_by_country_[country->second].push_back(index);
    std::unordered_set<std::string> keys;
    auto add = [&](std::string_view name, gf::NameKind kind) {
      AddName(index, name, kind);
      keys.insert(NameKey(name));
    };
    add(f[1], gf::NameKind::kPrimary);
    if (f[2] != f[1]) add(f[2], gf::NameKind::kPrimary);
    for (std::string_view alt : Split(f[3], ',')) {
      if (!alt.empty()) ++model_.records[index].fame;
      const Script script = ClassifyName(alt);
      if (script != Script::kOther && NameKey(alt).size() <= 3) continue;  // "Şam", "Rd"
      if (script == Script::kLatin)
        add(alt, gf::NameKind::kAlternate);
      else if (script == Script::kArabic)
        add(alt, gf::NameKind::kArabic);
    }
    if (record_keys_.size() <= static_cast<size_t>(index)) record_keys_.resize(index + 1);
    record_keys_[index] = std::move(keys);
  }
  if (number == 0 || bad * 10 > number) {
    return Status::InvalidInput(path + ": not a GeoNames dump (" + std::to_string(bad) + " of " +
                                std::to_string(number) + " lines unreadable)");
  }
  return Status::Ok();
}

// 3: the unit's seat or the capital; 2: a lesser seat; 1: any town.
// 3: the unit's seat or the capital; 2: a lesser seat; 1: any town.
int FeatureRank(const ModelRecord& r) {
  if (r.feature_code == "PPLA" || r.feature_code == "PPLC") return 3;
  if (r.feature_code.rfind("PPLA", 0) == 0) return 2;
  return 1;
}

// Subdivision name without its type word ("Erbil Governorate" → "Erbil").
std::string BareSubdivisionName(const std::string& name) {
  static const std::vector<std::string> kTypes = {
      " Governorate", " Province", " Region", " District",  " Muhafazat",
      " Muḩāfaz̧at",   " Oblast",   " State",  " Territory", " Emirate"};
  for (const std::string& t : kTypes) {
    if (name.size() > t.size() && name.compare(name.size() - t.size(), t.size(), t) == 0) {
      return name.substr(0, name.size() - t.size());
    }
  }
  return name;
}

Status ModelBuilder::ReadSubdivisions(const std::string& iso_path, const std::string& admin1_path) {
  std::ifstream in(iso_path);
  if (!in) return Status::IoError("cannot read " + iso_path);
  nlohmann::json json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.contains("3166-2") || !json["3166-2"].is_array()) {
    return Status::InvalidInput(iso_path + ": not an iso-codes 3166-2 file");
  }
  // In-house pins: ISO code → (GeoNames code, display name).
  std::unordered_map<std::string, std::pair<std::string, std::string>> pins;
  if (!admin1_path.empty()) {
    std::vector<std::string> lines;
    std::vector<int> numbers;
    if (Status s = ReadLines(admin1_path, &lines, &numbers); !s.ok()) return s;
    for (size_t i = 0; i < lines.size(); ++i) {
      const auto f = Split(lines[i], '\t');
      if (f.size() < 3) {
        Warn(admin1_path, numbers[i], "expected 3 columns");
        continue;
      }
      pins[std::string(Trim(f[0]))] = {std::string(Trim(f[1])), std::string(Trim(f[2]))};
    }
  }
  struct Subdivision {
    std::string code, name;
    int country;
  };
  std::vector<Subdivision> subs;
  for (const auto& s : json["3166-2"]) {
    if (s.contains("parent")) continue;  // second-level units
    const std::string code = s.value("code", "");
    const auto c = country_by_iso2_.find(code.substr(0, 2));
    if (code.size() < 4 || c == country_by_iso2_.end()) continue;
    subs.push_back({code, s.value("name", ""), c->second});
  }
  // Score every (subdivision, GeoNames code) pair of the same country.
  struct Match {
    int score;
    size_t sub;
    std::string gn_code;
  };
  std::vector<Match> matches;
  std::vector<std::string> assigned(subs.size());
  std::set<std::pair<int, std::string>> used;
  for (size_t i = 0; i < subs.size(); ++i) {
    const auto pin = pins.find(subs[i].code);
    if (pin != pins.end()) {
      const std::string gn = pin->second.first;
      const size_t dot = gn.find('.');
      assigned[i] = dot == std::string::npos ? gn : gn.substr(dot + 1);
      used.insert({subs[i].country, assigned[i]});
      continue;
    }
    const std::string key = NameKey(subs[i].name),
                      bare = NameKey(BareSubdivisionName(subs[i].name));
    for (auto it = towns_by_admin_.lower_bound({subs[i].country, ""});
         it != towns_by_admin_.end() && it->first.first == subs[i].country; ++it) {
      if (it->first.second.empty() || it->first.second == "00") continue;
      int best = 0;
      for (int t : it->second) {
        const auto& keys = record_keys_[t];
        if (keys.count(key) || keys.count(bare)) {
          best = std::max(best, FeatureRank(model_.records[t]));
        }
      }
      if (best < 3) best = 0;  // a town named like the unit but not its seat proves nothing
      const std::string& gn = it->first.second;
      const bool alphabetic =
          std::all_of(gn.begin(), gn.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      if (alphabetic && gn == subs[i].code.substr(3)) best = 4;  // "US-IL" is GeoNames "US.IL"
      if (best > 0) matches.push_back({best, i, gn});
    }
  }
  std::stable_sort(matches.begin(), matches.end(),
                   [](const Match& a, const Match& b) { return a.score > b.score; });
  for (size_t m = 0; m < matches.size(); ++m) {
    const Match& match = matches[m];
    if (!assigned[match.sub].empty()) continue;
    const int country = subs[match.sub].country;
    if (used.count({country, match.gn_code})) continue;
    // Ambiguous: another code scores the same for this subdivision.
    bool tie = false;
    for (size_t n = 0; n < matches.size(); ++n) {
      if (n != m && matches[n].sub == match.sub && matches[n].score == match.score &&
          !used.count({country, matches[n].gn_code})) {
        tie = true;
      }
    }
    if (tie) continue;
    assigned[match.sub] = match.gn_code;
    used.insert({country, match.gn_code});
    report_.matched_admins.push_back(subs[match.sub].code + " " + subs[match.sub].name + " -> " +
                                     match.gn_code + " (score " + std::to_string(match.score) +
                                     ")");
  }
  // Create the subdivisions that have towns.
  for (size_t i = 0; i < subs.size(); ++i) {
    const Subdivision& sub = subs[i];
    const auto towns = assigned[i].empty() ? towns_by_admin_.end()
                                           : towns_by_admin_.find({sub.country, assigned[i]});
    if (towns == towns_by_admin_.end() || towns->second.empty()) {
      report_.unmatched_admins.push_back(sub.code + " " + sub.name);
      continue;
    }
    const auto pin = pins.find(sub.code);
    const std::string display =
        pin != pins.end() && !pin->second.second.empty() ? pin->second.second : sub.name;
    const int admin = static_cast<int>(model_.admins.size());
    model_.admins.push_back({sub.country, display, sub.code, -1});
    admin_by_code_[sub.code] = admin;
    int seat = -1;
    double weight = 0, lat = 0, lon = 0;
    uint64_t population = 0;
    std::vector<double> lats, lons;
    for (int t : towns->second) {
      ModelRecord& town = model_.records[t];
      town.admin1 = admin;
      population += town.population;
      const double w = 1.0 + static_cast<double>(town.population);
      weight += w;
      lat += w * town.lat;
      lon += w * town.lon;
      lats.push_back(town.lat);
      lons.push_back(town.lon);
      const int rank = town.feature_code == "PPLC" ? 2 : town.feature_code == "PPLA" ? 1 : 0;
      if (rank > 0) {
        const ModelRecord* current = seat < 0 ? nullptr : &model_.records[seat];
        const int current_rank = current == nullptr ? 0 : current->feature_code == "PPLC" ? 2 : 1;
        if (rank > current_rank ||
            (rank == current_rank && town.population > current->population)) {
          seat = t;
        }
      }
    }
    ModelRecord record;
    record.name = display;
    record.kind = gf::RecordKind::kAdmin1;
    record.feature_class = 'A';
    record.feature_code = "ADM1";
    record.country = sub.country;
    record.admin1 = admin;
    record.population = population;
    record.lat = seat >= 0 ? model_.records[seat].lat : lat / weight;
    record.lon = seat >= 0 ? model_.records[seat].lon : lon / weight;
    model_.records.push_back(record);
    const int index = static_cast<int>(model_.records.size() - 1);
    model_.admins[admin].record = index;
    AddArea(index, RobustBox(lats, lons), seat, towns->second);
    AddName(index, sub.name, gf::NameKind::kPrimary);
    if (display != sub.name) AddName(index, display, gf::NameKind::kPrimary);
    const std::string bare = BareSubdivisionName(sub.name);
    if (bare != sub.name) AddName(index, bare, gf::NameKind::kPrimary);
  }
  report_.admins = model_.admins.size();
  return Status::Ok();
}

void ModelBuilder::FinishCountries() {
  for (size_t c = 0; c < model_.countries.size(); ++c) {
    const int record = model_.countries[c].record;
    int capital = -1, biggest = -1;
    std::vector<double> lats, lons;
    uint64_t population = 0;
    for (int t : towns_by_country_[c]) {
      const ModelRecord& town = model_.records[t];
      lats.push_back(town.lat);
      lons.push_back(town.lon);
      population += town.population;
      if (town.feature_code == "PPLC" &&
          (capital < 0 || town.population > model_.records[capital].population)) {
        capital = t;
      }
      if (biggest < 0 || town.population > model_.records[biggest].population) biggest = t;
    }
    const int seat = capital >= 0 ? capital : biggest;
    ModelRecord& r = model_.records[record];
    r.population = population;
    if (seat >= 0) {
      r.lat = model_.records[seat].lat;
      r.lon = model_.records[seat].lon;
    }
    AddArea(record, RobustBox(lats, lons), seat, towns_by_country_[c]);
  }
}

Status ModelBuilder::ReadExtraPlaces(const std::string& path) {
  std::vector<std::string> lines;
  std::vector<int> numbers;
  if (Status s = ReadLines(path, &lines, &numbers); !s.ok()) return s;
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto f = Split(lines[i], '\t');
    if (f.size() < 9) {
      Warn(path, numbers[i], "expected 9 tab-separated columns");
      continue;
    }
    const std::string_view kind = Trim(f[0]);
    ModelRecord r;
    if (kind == "water") {
      r.kind = gf::RecordKind::kWater, r.feature_class = 'H';
    } else if (kind == "site") {
      r.kind = gf::RecordKind::kSite, r.feature_class = 'S';
    } else if (kind == "region") {
      r.kind = gf::RecordKind::kRegion, r.feature_class = 'L';
    } else if (kind == "town") {
      r.kind = gf::RecordKind::kPopulated, r.feature_class = 'P';
    } else {
      Warn(path, numbers[i], "unknown kind '" + std::string(kind) + "'");
      continue;
    }
    const std::vector<std::string_view> names = Split(f[1], '|');
    if (Trim(names[0]).empty() || !ParseDouble(f[3], &r.lat) || !ParseDouble(f[4], &r.lon) ||
        std::fabs(r.lat) > 90 || std::fabs(r.lon) > 180) {
      Warn(path, numbers[i], "bad name or coordinates");
      continue;
    }
    r.name = std::string(Trim(names[0]));
    r.feature_code = std::string(Trim(f[5]).substr(0, 5));
    const std::string country(Trim(f[2]));
    if (country != "-") {
      const auto c = country_by_iso3_.find(country);
      if (c == country_by_iso3_.end()) {
        Warn(path, numbers[i], "unknown country " + country);
        continue;
      }
      r.country = c->second;
    }
    const std::string admin(Trim(f[6]));
    if (admin != "-") {
      const auto a = admin_by_code_.find(admin);
      if (a == admin_by_code_.end())
        Warn(path, numbers[i], "unknown subdivision " + admin);
      else
        r.admin1 = a->second;
    }
    model_.records.push_back(r);
    const int index = static_cast<int>(model_.records.size() - 1);
    for (size_t n = 0; n < names.size(); ++n) {
      AddName(index, names[n], n == 0 ? gf::NameKind::kPrimary : gf::NameKind::kAlias);
    }
    const std::string_view extent = Trim(f[7]);
    const std::string_view seat_text = Trim(f[8]);
    int seat = -1;
    if (seat_text != "-") {
      uint32_t id = 0;
      const auto s =
          ParseInt(seat_text, &id) ? record_by_geonameid_.find(id) : record_by_geonameid_.end();
      if (s == record_by_geonameid_.end())
        Warn(path, numbers[i], "unknown seat geonameid");
      else
        seat = s->second;
    }
    if (extent != "-") {
      const auto b = Split(extent, ',');
      Box box;
      if (b.size() != 4 || !ParseDouble(b[0], &box.south) || !ParseDouble(b[1], &box.west) ||
          !ParseDouble(b[2], &box.north) || !ParseDouble(b[3], &box.east)) {
        Warn(path, numbers[i], "bad extent (want s,w,n,e)");
      } else {
        AddArea(index, box, seat);
      }
    } else if (seat >= 0) {
      AddArea(index, Box{r.lat, r.lon, r.lat, r.lon}, seat);
    }
  }
  return Status::Ok();
}

Status ModelBuilder::ReadAliases(const std::string& path) {
  std::vector<std::string> lines;
  std::vector<int> numbers;
  if (Status s = ReadLines(path, &lines, &numbers); !s.ok()) return s;
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto f = Split(lines[i], '\t');
    if (f.size() < 2) {
      Warn(path, numbers[i], "expected target and names");
      continue;
    }
    const std::string target(Trim(f[0]));
    int record = -1;
    uint32_t id = 0;
    if (const auto c = country_by_iso3_.find(target); c != country_by_iso3_.end()) {
      record = model_.countries[c->second].record;
      // "Palestine, State of" is a sort form: the country is shown by the
      // first name news uses for it.
      ModelRecord& country = model_.records[static_cast<size_t>(record)];
      const auto names = Split(f[1], '|');
      if (country.name.find(',') != std::string::npos && !names.empty()) {
        const std::string_view first = Trim(names.front());
        if (!first.empty()) {
          country.name = std::string(first);
          model_.countries[c->second].name = country.name;
        }
      }
    } else if (const auto a = admin_by_code_.find(target); a != admin_by_code_.end()) {
      record = model_.admins[a->second].record;
    } else if (ParseInt(target, &id)) {
      const auto r = record_by_geonameid_.find(id);
      if (r != record_by_geonameid_.end()) record = r->second;
    }
    if (record < 0) {
      Warn(path, numbers[i], "unknown target " + target);
      continue;
    }
    for (std::string_view name : Split(f[1], '|')) AddName(record, name, gf::NameKind::kAlias);
  }
  return Status::Ok();
}

Status ModelBuilder::ReadCommonWords(const std::string& path) {
  std::vector<std::string> lines;
  std::vector<int> numbers;
  if (Status s = ReadLines(path, &lines, &numbers); !s.ok()) return s;
  for (const std::string& line : lines) model_.common_words.emplace_back(Trim(line));
  return Status::Ok();
}

Status ModelBuilder::ReadWordNet(const std::string& dir) {
  std::unordered_set<std::string> words;
  for (const char* part : {"data.noun", "data.verb", "data.adj", "data.adv"}) {
    std::ifstream in(dir + "/" + part);
    if (!in) return Status::IoError("cannot read " + dir + "/" + part);
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == ' ') continue;  // licence header
      // offset lex_filenum ss_type w_cnt (hex) word lex_id word lex_id ...
      std::istringstream fields(line);
      std::string offset, lex_file, ss_type, count_hex;
      fields >> offset >> lex_file >> ss_type >> count_hex;
      const long count = std::strtol(count_hex.c_str(), nullptr, 16);
      for (long w = 0; w < count; ++w) {
        std::string word, lex_id;
        fields >> word >> lex_id;
        const size_t marker = word.find('(');  // adjective markers: "galore(ip)"
        if (marker != std::string::npos) word.resize(marker);
        const bool lower = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
          return c >= 'a' && c <= 'z';
        });
        if (lower) words.insert(word);
      }
    }
  }
  model_.english_words.assign(words.begin(), words.end());
  std::sort(model_.english_words.begin(), model_.english_words.end());
  return Status::Ok();
}

Status ModelBuilder::ReadExtents(const std::string& path) {
  std::vector<std::string> lines;
  std::vector<int> numbers;
  if (Status s = ReadLines(path, &lines, &numbers); !s.ok()) return s;
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto f = Split(lines[i], '\t');
    const auto c =
        f.size() == 2 ? country_by_iso3_.find(std::string(Trim(f[0]))) : country_by_iso3_.end();
    const auto b = f.size() == 2 ? Split(f[1], ',') : std::vector<std::string_view>();
    Box box;
    if (c == country_by_iso3_.end() || b.size() != 4 || !ParseDouble(b[0], &box.south) ||
        !ParseDouble(b[1], &box.west) || !ParseDouble(b[2], &box.north) ||
        !ParseDouble(b[3], &box.east) || box.south >= box.north || box.west >= box.east) {
      Warn(path, numbers[i], "expected country alpha-3 and s,w,n,e");
      continue;
    }
    const int area = model_.records[model_.countries[c->second].record].area;
    if (area < 0) continue;
    ModelArea& a = model_.areas[area];
    a.south = box.south, a.west = box.west, a.north = box.north, a.east = box.east;
  }
  return Status::Ok();
}

void ModelBuilder::ComputeParts() {
  for (size_t a = 0; a < model_.areas.size(); ++a) {
    ModelArea& area = model_.areas[a];
    ModelRecord& owner = model_.records[area.record];
    if (owner.kind == gf::RecordKind::kCountry && area.seat >= 0) {
      // A country sits at the middle of its extent, as maps put it.
      owner.lat = (area.south + area.north) / 2;
      owner.lon = (area.west + area.east) / 2;
    }
    std::vector<int>& towns = area_towns_[a];
    if (towns.empty() && area.north > area.south) {  // in-house regions: the towns inside
      for (size_t t = 0; t < model_.records.size(); ++t) {
        const ModelRecord& r = model_.records[t];
        if (r.kind == gf::RecordKind::kPopulated && r.lat >= area.south && r.lat <= area.north &&
            r.lon >= area.west && r.lon <= area.east &&
            (owner.country < 0 || r.country == owner.country)) {
          towns.push_back(static_cast<int>(t));
        }
      }
    }
    const double h = (area.north - area.south) / 3, w = (area.east - area.west) / 3;
    // Rows: 0 north, 2 south, -1 any; columns: 0 west, 2 east, -1 any.
    static constexpr int kRow[9] = {0, 0, -1, 2, 2, 2, -1, 0, 1};
    static constexpr int kCol[9] = {-1, 2, 2, 2, -1, 0, 0, 0, 1};
    for (int p = 0; p < 9; ++p) {
      const double lat_hi = kRow[p] < 0 ? area.north : area.north - kRow[p] * h;
      const double lat_lo = kRow[p] < 0 ? area.south : lat_hi - h;
      const double lon_lo = kCol[p] < 0 ? area.west : area.west + kCol[p] * w;
      const double lon_hi = kCol[p] < 0 ? area.east : lon_lo + w;
      double sum_lat = 0, sum_lon = 0;
      int count = 0;
      for (int t : towns) {
        const ModelRecord& r = model_.records[t];
        if (r.lat >= lat_lo && r.lat <= lat_hi && r.lon >= lon_lo && r.lon <= lon_hi) {
          sum_lat += r.lat;
          sum_lon += r.lon;
          ++count;
        }
      }
      area.part_lat[p] = count > 0 ? sum_lat / count : (lat_lo + lat_hi) / 2;
      area.part_lon[p] = count > 0 ? sum_lon / count : (lon_lo + lon_hi) / 2;
    }
  }
}

}  // namespace

Result<GazetteerBuildReport> BuildGazetteer(const GazetteerSources& sources,
                                            const std::string& output_path) {
  GazetteerModel model;
  GazetteerBuildReport report;
  ModelBuilder builder(&model, &report);
  if (Status s = builder.ReadCountries(sources.iso3166_1); !s.ok()) return s;
  if (Status s = builder.ReadCities(sources.cities); !s.ok()) return s;
  if (Status s = builder.ReadSubdivisions(sources.iso3166_2, sources.admin1); !s.ok()) return s;
  builder.FinishCountries();
  if (!sources.extra_places.empty()) {
    if (Status s = builder.ReadExtraPlaces(sources.extra_places); !s.ok()) return s;
  }
  if (!sources.aliases.empty()) {
    if (Status s = builder.ReadAliases(sources.aliases); !s.ok()) return s;
  }
  if (!sources.common_words.empty()) {
    if (Status s = builder.ReadCommonWords(sources.common_words); !s.ok()) return s;
  }
  if (!sources.wordnet_dir.empty()) {
    if (Status s = builder.ReadWordNet(sources.wordnet_dir); !s.ok()) return s;
  }
  if (!sources.extents.empty()) {
    if (Status s = builder.ReadExtents(sources.extents); !s.ok()) return s;
  }
  builder.ComputeParts();
  // A country without any town in the data has no point to put events at:
  // it stays in the country table but gets no names.
  std::vector<bool> unplaced(model.records.size(), false);
  for (const ModelCountry& c : model.countries) {
    const ModelRecord& r = model.records[c.record];
    if (r.area < 0 || model.areas[r.area].seat < 0) unplaced[c.record] = true;
  }
  std::erase_if(model.names, [&](const ModelName& n) { return unplaced[n.record]; });
  report.places = model.records.size();
  report.names = model.names.size();
  if (Status s = WriteGazetteer(model, output_path, &report); !s.ok()) return s;
  return report;
}

}  // namespace casus
