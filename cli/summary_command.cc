// casus summary: a readable table of coded events (JSONL on input).
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "commands.h"

namespace casus::cli {
namespace {

std::string Str(const nlohmann::json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_string()) return {};
  return j[key].get<std::string>();
}

std::string ActorName(const nlohmann::json& actor) {
  if (!actor.is_object()) return "";
  std::string name = Str(actor, "name");
  return name.empty() ? Str(actor, "text") : name;
}

// Cuts `text` to `width` display columns (UTF-8 aware) and pads it.
std::string Cell(const std::string& text, size_t width) {
  std::string out;
  size_t columns = 0;
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (columns + 1 > width) {
      if (!out.empty()) {
        // Replace the last character with an ellipsis.
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
          out.pop_back();
        if (!out.empty()) out.pop_back();
        out += "\u2026";
      }
      break;
    }
    out.append(text, i, len);
    i += len;
    ++columns;
  }
  if (columns < width) out.append(width - std::min(columns, width), ' ');
  return out;
}

int RunSummary(const std::vector<std::string>& paths) {
  std::vector<nlohmann::json> events;
  size_t bad = 0;
  auto read = [&](std::istream& in) {
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object()) {
        ++bad;
        continue;
      }
      if (Str(j, "kind") == "event") events.push_back(std::move(j));
    }
  };
  if (paths.empty() || (paths.size() == 1 && paths[0] == "-")) {
    read(std::cin);
  } else {
    for (const std::string& path : paths) {
      std::ifstream in(path);
      if (!in) {
        std::fprintf(stderr, "casus summary: cannot read %s\n", path.c_str());
        return kExitFailure;
      }
      read(in);
    }
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const auto& a, const auto& b) { return Str(a, "date") < Str(b, "date"); });
  std::printf("%s %s %s %s %s %s %s %s\n", Cell("date", 10).c_str(), Cell("type", 9).c_str(),
              Cell("place", 18).c_str(), Cell("actor1 (perpetrator)", 26).c_str(),
              Cell("actor2 (target)", 24).c_str(), Cell("killed", 6).c_str(),
              Cell("claimed by", 22).c_str(), "sponsors");
  std::printf("%s\n", std::string(132, '-').c_str());
  for (const auto& e : events) {
    std::string place;
    if (e.contains("location") && e["location"].is_object()) {
      place = Str(e["location"], "name");
      const std::string country = Str(e["location"], "country");
      if (!country.empty()) place += ", " + country;
    }
    std::string claimed;
    if (e.contains("claimed_by") && e["claimed_by"].is_array()) {
      for (const auto& c : e["claimed_by"]) {
        if (!claimed.empty()) claimed += "; ";
        claimed += ActorName(c.value("actor", nlohmann::json()));
      }
    }
    std::string sponsors;
    if (e.contains("sponsors") && e["sponsors"].is_array()) {
      for (const auto& s : e["sponsors"]) {
        if (!sponsors.empty()) sponsors += ",";
        if (s.is_string()) sponsors += s.get<std::string>();
      }
    }
    const std::string killed = e.contains("fatalities") && e["fatalities"].is_number()
                                   ? std::to_string(e["fatalities"].get<int>())
                                   : "";
    std::printf("%s %s %s %s %s %s %s %s\n", Cell(Str(e, "date"), 10).c_str(),
                Cell(Str(e, "type"), 9).c_str(), Cell(place, 18).c_str(),
                Cell(ActorName(e.value("actor1", nlohmann::json())), 26).c_str(),
                Cell(ActorName(e.value("actor2", nlohmann::json())), 24).c_str(),
                Cell(killed, 6).c_str(), Cell(claimed, 22).c_str(), sponsors.c_str());
  }
  std::printf("%zu events\n", events.size());
  if (bad > 0) std::fprintf(stderr, "casus summary: %zu lines were not JSON records\n", bad);
  return kExitOk;
}

}  // namespace

CommandRunner AddSummaryCommand(CLI::App& root) {
  auto paths = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = root.add_subcommand(
      "summary", "Print a readable table of coded events (reads casus JSONL records)");
  cmd->add_option("PATH", *paths, "JSONL files of casus records ('-' or none: standard input)");
  return [paths] { return RunSummary(*paths); };
}

}  // namespace casus::cli
