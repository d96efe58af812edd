// geo_eval: measures place resolution on a gold list of toponym mentions
// (data/geo/toponyms.jsonl). Each line: {"sentence", "mention", optional
// "context": [ISO codes], "expect": {"name", "country", "lat", "lon"} or
// null for a name that must not be taken as a place (an actor, a person, a
// common word)}. A mention counts as resolved when casus puts it within 25
// km of the expected point.
//
//   geo_eval data/geo/toponyms.jsonl [--gazetteer PATH] [--all] [--segmenter]
//     (--segmenter: cut text with the text stage's TextSegmenter instead of
//     the geo tests' small tokenizer)
//   geo_eval --lookup NAME      (the gazetteer's places named NAME)
//   geo_eval --annotate FILE    (the places found in each line of FILE)
//   geo_eval --samples data/samples/gold.jsonl   (gold event locations found
//                               among each sample article's resolved places)
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "base/distance.h"
#include "geo/gazetteer.h"
#include "geo/place_resolver.h"
#include "geo/test_tokenizer.h"
#include "geo/toponym_finder.h"
#include "text/segmenter.h"

namespace {

// Resident kilobytes of the mapping of `path` (from /proc/self/smaps).
long MappedResidentKb(const std::string& path) {
  std::ifstream smaps("/proc/self/smaps");
  long total = 0;
  bool inside = false;
  for (std::string line; std::getline(smaps, line);) {
    if (!line.empty() && std::isxdigit(static_cast<unsigned char>(line[0])) &&
        line.find('-') != std::string::npos && line.find(' ') != std::string::npos) {
      inside = line.size() >= path.size() &&
               line.compare(line.size() - path.size(), path.size(), path) == 0;
    } else if (inside && line.rfind("Rss:", 0) == 0) {
      total += std::strtol(line.c_str() + 4, nullptr, 10);
    }
  }
  return total;
}

bool SameText(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x += 32;
    if (y >= 'A' && y <= 'Z') y += 32;
    if (x != y) return false;
  }
  return true;
}

// The place mentions of `text`, cut into dateline and sentences by the text
// stage's segmenter, or by the geo tests' small tokenizer when `segmenter`
// is null. Mentions alias `text`.
std::vector<casus::PlaceMention> FindPlaces(const casus::ToponymFinder& finder,
                                            std::string_view text,
                                            const casus::TextSegmenter* segmenter) {
  std::vector<casus::PlaceMention> mentions;
  if (segmenter != nullptr) {
    const casus::Segmentation seg = segmenter->Segment(text);
    const std::span<const casus::Token> all(seg.tokens);
    if (seg.dateline) {
      finder.FindDateline(all.subspan(seg.dateline->first_token, seg.dateline->size()), 0,
                          &mentions);
    }
    for (uint32_t s = 0; s < seg.sentences.size(); ++s) {
      const casus::Sentence& sentence = seg.sentences[s];
      finder.Find(all.subspan(sentence.first_token, sentence.size()), s, &mentions);
    }
    return mentions;
  }
  const std::vector<casus::Token> tokens = casus::geo_testing::Tokenize(text);
  const std::span<const casus::Token> all(tokens);
  const size_t dateline = casus::geo_testing::DatelineLength(tokens);
  if (dateline > 0) finder.FindDateline(all.subspan(0, dateline), 0, &mentions);
  uint32_t sentence = 0, begin = static_cast<uint32_t>(dateline);
  for (uint32_t t = begin; t < tokens.size(); ++t) {
    const std::string_view w = tokens[t].text;
    if (w == "." || w == "!" || w == "?" || t + 1 == tokens.size()) {
      finder.Find(all.subspan(begin, t + 1 - begin), sentence++, &mentions);
      begin = t + 1;
    }
  }
  return mentions;
}

}  // namespace

int main(int argc, char** argv) {
  std::string gold_path, gazetteer_path;
  std::vector<std::string> lookups;
  std::string annotate_path, samples_path;
  bool use_segmenter = false;
  bool show_all = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--gazetteer" && i + 1 < argc) {
      gazetteer_path = argv[++i];
    } else if (arg == "--all") {
      show_all = true;
    } else if (arg == "--lookup" && i + 1 < argc) {
      lookups.push_back(argv[++i]);
    } else if (arg == "--annotate" && i + 1 < argc) {
      annotate_path = argv[++i];
    } else if (arg == "--segmenter") {
      use_segmenter = true;
    } else if (arg == "--samples" && i + 1 < argc) {
      samples_path = argv[++i];
    } else {
      gold_path = arg;
    }
  }
  if (gold_path.empty() && lookups.empty() && annotate_path.empty() && samples_path.empty()) {
    std::fprintf(stderr,
                 "usage: geo_eval GOLD.jsonl [--gazetteer PATH] [--all] | --lookup NAME | "
                 "--annotate FILE\n");
    return 2;
  }
  const auto t0 = std::chrono::steady_clock::now();
  casus::Result<casus::Gazetteer> gazetteer = gazetteer_path.empty()
                                                  ? casus::Gazetteer::OpenDefault()
                                                  : casus::Gazetteer::Open(gazetteer_path);
  if (!gazetteer.ok()) {
    std::fprintf(stderr, "geo_eval: %s\n", gazetteer.status().message().c_str());
    return 1;
  }
  const double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  for (const std::string& name : lookups) {
    std::printf("%s:\n", name.c_str());
    for (const casus::Candidate& c : gazetteer->Lookup(name)) {
      const casus::Place& p = c.place;
      std::printf("  %-30s %s %-16s %-6s %9.4f %9.4f pop %-9u id %lld kind %d name %d\n",
                  std::string(p.name).c_str(), std::string(p.country_iso3).c_str(),
                  std::string(p.admin1).c_str(), std::string(p.feature_code).c_str(), p.lat, p.lon,
                  p.population, static_cast<long long>(p.geonameid), static_cast<int>(p.kind),
                  static_cast<int>(c.name_kind));
    }
  }
  const casus::ToponymFinder finder(*gazetteer);
  const std::unique_ptr<casus::TextSegmenter> segmenter =
      use_segmenter ? std::make_unique<casus::TextSegmenter>() : nullptr;
  if (!annotate_path.empty()) {
    // One document per line: print every place mention and its reading.
    std::ifstream text(annotate_path);
    const casus::PlaceResolver resolver(*gazetteer);
    for (std::string line; std::getline(text, line);) {
      const std::vector<casus::PlaceMention> mentions = FindPlaces(finder, line, segmenter.get());
      for (const casus::ResolvedPlace& r : resolver.Resolve(mentions, {})) {
        std::printf("%-8s %-24.*s -> %s (%s, %s)\n",
                    !r.accepted  ? "reject"
                    : r.is_actor ? "actor"
                                 : "place",
                    static_cast<int>(r.mention.text.size()), r.mention.text.data(),
                    r.location.name.c_str(), r.location.country.c_str(),
                    r.location.precision.c_str());
      }
    }
  }
  if (!samples_path.empty()) {
    // Sample articles with gold events (data/samples/gold.jsonl): is each
    // gold event location among the places casus resolves in its article?
    std::ifstream samples(samples_path);
    const casus::PlaceResolver resolver(*gazetteer);
    int events = 0, found = 0;
    for (std::string line; std::getline(samples, line);) {
      const nlohmann::json doc = nlohmann::json::parse(line, nullptr, false);
      if (!doc.is_object() || !doc.contains("text")) continue;
      const std::string text = doc["text"];
      const std::vector<casus::PlaceMention> mentions = FindPlaces(finder, text, segmenter.get());
      const std::vector<casus::ResolvedPlace> places = resolver.Resolve(mentions, {});
      for (const auto& event : doc.value("gold", nlohmann::json::array())) {
        if (!event.contains("location") || event["location"].is_null()) continue;
        const auto& where = event["location"];
        ++events;
        double nearest = 1e9;
        std::string nearest_name;
        for (const casus::ResolvedPlace& r : places) {
          if (!r.accepted) continue;  // actors count: statements are coded at the capital
          const double km =
              casus::DistanceKm(where["lat"], where["lon"], r.location.lat, r.location.lon);
          if (km < nearest) nearest = km, nearest_name = r.location.name;
        }
        const std::string precision = where.value("precision", "");
        const double tolerance = precision == "water" ? 150 : precision == "region" ? 50 : 25;
        if (nearest <= tolerance) {
          ++found;
        } else {
          std::printf("NOT FOUND %s: %s (%s) — nearest resolved: %s, %.0f km\n",
                      doc.value("id", "").c_str(), where.value("name", "").c_str(),
                      precision.c_str(), nearest_name.c_str(), nearest);
        }
      }
    }
    std::printf(
        "sample events whose gold location is among the article's resolved places: "
        "%d/%d (25 km; regions 50 km; water 150 km)\n",
        found, events);
  }
  if (gold_path.empty()) return 0;
  const casus::PlaceResolver resolver(*gazetteer);

  std::ifstream in(gold_path);
  if (!in) {
    std::fprintf(stderr, "geo_eval: cannot read %s\n", gold_path.c_str());
    return 1;
  }
  int positives = 0, hits = 0, country_hits = 0, negatives = 0, rejected = 0, line_number = 0;
  std::string line;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    const nlohmann::json item = nlohmann::json::parse(line, nullptr, false);
    if (item.is_discarded() || !item.contains("sentence") || !item.contains("mention")) {
      std::fprintf(stderr, "geo_eval: %s:%d: malformed line\n", gold_path.c_str(), line_number);
      return 1;
    }
    const std::string sentence = item["sentence"];
    const std::string mention_text = item["mention"];
    casus::PlaceContext context;
    if (item.contains("context")) {
      for (const auto& c : item["context"]) context.countries.push_back(c);
    }
    const std::vector<casus::PlaceMention> mentions = FindPlaces(finder, sentence, segmenter.get());
    const std::vector<casus::ResolvedPlace> resolved = resolver.Resolve(mentions, context);
    // The resolved mention covering the gold mention's text.
    const size_t at = sentence.find(mention_text);
    const casus::ResolvedPlace* found = nullptr;
    for (const casus::ResolvedPlace& r : resolved) {
      const bool overlaps = at != std::string::npos && r.mention.start < at + mention_text.size() &&
                            r.mention.end > at;
      if (overlaps || SameText(r.mention.text, mention_text)) {
        found = &r;
        break;
      }
    }
    const bool as_place = found != nullptr && found->accepted && !found->is_actor;
    const nlohmann::json& expect = item.contains("expect") ? item["expect"] : nlohmann::json();
    if (expect.is_null()) {
      ++negatives;
      if (!as_place) {
        ++rejected;
      } else {
        std::printf("FALSE PLACE line %d: \"%s\" -> %s (%s)\n    %s\n", line_number,
                    mention_text.c_str(), found->location.name.c_str(),
                    found->location.country.c_str(), sentence.c_str());
      }
      continue;
    }
    ++positives;
    const double lat = expect.value("lat", 0.0), lon = expect.value("lon", 0.0);
    const std::string country = expect.value("country", "");
    double km = -1;
    // What the name refers to: "50 km south of Aden" places the event off
    // Aden, but the name still means Aden.
    if (as_place) {
      const bool moved = found->mention.offset_km > 0;
      km = casus::DistanceKm(lat, lon, moved ? found->place.lat : found->location.lat,
                             moved ? found->place.lon : found->location.lon);
    }
    const bool hit = as_place && km <= 25.0;
    if (hit) ++hits;
    if (as_place && found->location.country == country) ++country_hits;
    if (!hit || show_all) {
      if (as_place) {
        std::printf("%s line %d: \"%s\" -> %s (%s, %s, %.3f %.3f) %.0f km from %s (%s)\n    %s\n",
                    hit ? "OK" : "MISS", line_number, mention_text.c_str(),
                    found->location.name.c_str(), found->location.country.c_str(),
                    found->location.precision.c_str(), found->location.lat, found->location.lon, km,
                    expect.value("name", "").c_str(), country.c_str(), sentence.c_str());
      } else {
        std::printf("MISS line %d: \"%s\" %s; expected %s (%s)\n    %s\n", line_number,
                    mention_text.c_str(),
                    found == nullptr  ? "not found"
                    : found->is_actor ? "taken as an actor"
                                      : "rejected",
                    expect.value("name", "").c_str(), country.c_str(), sentence.c_str());
      }
    }
  }
  if (gazetteer->read_into_memory()) {
    std::printf("\ngazetteer read into huge-page-backed memory: %.1f MB resident\n",
                gazetteer->file_size() / 1048576.0);
  } else {
    std::printf("\nresident part of the gazetteer mapping after the run: %.1f MB\n",
                MappedResidentKb(gazetteer->path()) / 1024.0);
  }
  std::printf(
      "gazetteer %s (%.1f MB) opened in %.2f ms\n"
      "places: %d/%d within 25 km = %.1f%% (right country %d = %.1f%%)\n"
      "non-places correctly not taken as places: %d/%d\n",
      gazetteer->path().c_str(), gazetteer->file_size() / 1e6, load_ms, hits, positives,
      positives ? 100.0 * hits / positives : 0.0, country_hits,
      positives ? 100.0 * country_hits / positives : 0.0, rejected, negatives);
  return 0;
}
