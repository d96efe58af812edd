// Store benchmark: ingest rate, query latency and size of a store holding
// at least a million synthetic events.
//
//   bench_store [--events N] [--db PATH | --db postgresql://...] [--queries Q]
//               [--keep] [--reuse] [--only WORDS]
//
// --keep leaves the store in place; --reuse then times the queries on it
// again without ingesting (the store is migrated to the current schema
// when opened; give the same --events as the run that made it). --only
// times just the query kinds whose name contains WORDS.
//
// The generator writes reports the way news arrives, in publication order
// over 2010-2024: documents of one to five events of the last few days
// (one in ten looks back up to two months), in 300 towns of 12 countries
// (a few towns get most of the news), by 400
// groups (a third backed by Iran in the knowledge base, over dated ranges),
// state forces and unnamed gunmen; 30% of events are re-reports of a recent
// event by another outlet (same type, a day apart at most, a few km off),
// so fusion has real work; 2% of documents state a front_of relation. Each
// document carries about 1 KB of text for the full-text index.
//
// Reported: documents/s and events/s through Store::StoreBatch (fusion
// included; coding is bench_pipeline's business), p50/p99 latency of
// typical queries (at most 1000 incidents each), and the store's size per
// million events. Defaults: 1,000,000 events, an SQLite file in /tmp.
#include <sys/stat.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "kb/knowledge_base.h"
#include "store/incident_query.h"
#include "store/sql_connection.h"
#include "store/store.h"

namespace casus::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct Town {
  std::string name;
  std::string country;
  double lat, lon;
};

struct Group {
  std::string id;
  std::string name;
  std::string country;
  int backed_from = 0, backed_to = 0;  // years Iran backs it; 0 = never
};

const char* kCountries[] = {"IRQ", "SYR", "YEM", "LBN", "ISR", "SAU",
                            "IRN", "JOR", "TUR", "ARE", "EGY", "AFG"};
const char* kTypes[] = {"ASSAULT",  "ASSAULT",  "ASSAULT",  "ASSAULT", "PROTEST", "PROTEST",
                        "COERCE",   "ACCUSE",   "THREATEN", "CONSULT", "AGREE",   "REJECT",
                        "MOBILIZE", "SANCTION", "AID",      "REQUEST"};
const char* kAssaultModes[] = {"heavy-weapons", "aerial", "drone",         "explosives",
                               "firearms",      "abduct", "suicide-attack"};

class Generator {
 public:
  // `documents` spreads the reports over 2010-2024 in publication order.
  Generator(uint64_t seed, size_t documents) : random_(seed), documents_(documents) {
    for (int i = 0; i < 300; ++i) {
      const char* country = kCountries[i % 12];
      // Each country is a 6 x 6 degree square somewhere in 12-42 N, 30-66 E.
      const double lat0 = 12 + (i % 12) % 4 * 7.5, lon0 = 30 + (i % 12) / 4 * 12.0;
      towns_.push_back(
          {"Town" + std::to_string(i), country, lat0 + Uniform(0, 6), lon0 + Uniform(0, 6)});
    }
    for (int i = 0; i < 400; ++i) {
      Group g{"group_" + std::to_string(i), "Group " + Word(i) + " " + Word(i * 7 + 3),
              kCountries[i % 12]};
      if (i % 3 == 0) {
        g.backed_from = 2008 + static_cast<int>(Uniform(0, 12));
        g.backed_to = i % 2 == 0 ? 0 : g.backed_from + 1 + static_cast<int>(Uniform(0, 8));
      }
      groups_.push_back(std::move(g));
    }
  }

  std::string KnowledgeBaseText() const {
    std::string kb;
    for (const char* country : kCountries) {
      std::string id(country);
      for (char& c : id) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      kb += "[" + id + "]\nname: State " + country + "\nkind: state\ncountry: " + country + "\n\n";
    }
    for (const Group& g : groups_) {
      kb += "[" + g.id + "]\nname: " + g.name + "\nkind: armed_group\ncountry: " + g.country +
            "\nsector: REB\n";
      if (g.backed_from) {
        kb += "relation: backed_by | irn_spy | " + std::to_string(g.backed_from) + ".." +
              (g.backed_to ? std::to_string(g.backed_to) : "") + " | 0.9 | synthetic\n";
      }
      kb += "\n";
    }
    return kb;
  }

  // The next document; `events` counts the events generated so far.
  DocumentToStore Next(size_t index) {
    const size_t count = 1 + random_() % 5;
    today_ =
        Date::Parse("2010-01-01")
            ->AddDays(static_cast<int64_t>(static_cast<double>(index) * 5478 /
                                           static_cast<double>(std::max<size_t>(1, documents_))));
    std::vector<Event> events;
    std::string text;
    Document doc;
    doc.id = "bench-" + std::to_string(index);
    for (size_t i = 0; i < count; ++i) {
      Event e = recent_.size() > 50 && Uniform(0, 1) < 0.3 ? ReReport() : NewEvent();
      e.id = doc.id + ":" + std::to_string(i);
      Evidence evidence;
      evidence.sentence = static_cast<uint32_t>(i);
      evidence.start = static_cast<uint32_t>(text.size());
      std::string sentence = Sentence(e);
      text += sentence + " ";
      evidence.end = static_cast<uint32_t>(evidence.start + sentence.size());
      evidence.text = sentence;
      e.evidence.push_back(evidence);
      if (!doc.date || *e.date > *doc.date) doc.date = e.date;
      events.push_back(std::move(e));
    }
    while (text.size() < 1000) text += Word(Zipf()) + (random_() % 12 == 0 ? ". " : " ");
    doc.date = today_;
    doc.text = std::move(text);
    doc.title = "Report " + std::to_string(index);
    doc.source = "Wire " + std::to_string(index % 40);
    doc.url = "https://example.com/" + doc.id;
    DocumentToStore item;
    item.content_hash = ContentHash(doc);
    item.coded.doc = doc.id;
    for (Event& e : events) e.doc = doc.id;
    item.coded.events = std::move(events);
    if (random_() % 50 == 0) {
      Relation r;
      r.doc = doc.id;
      const Group& g = groups_[random_() % groups_.size()];
      r.subject = NamedActor("Front of " + g.name, "", g.country);
      r.relation = "front_of";
      r.object = NamedActor(g.name, g.id, g.country);
      r.confidence = 0.8;
      item.coded.relations.push_back(std::move(r));
    }
    item.document = std::move(doc);
    return item;
  }

  const std::vector<Town>& towns() const { return towns_; }
  const std::vector<Group>& groups() const { return groups_; }
  std::string Word(size_t n) const {
    static const char* kSyllables[] = {"ka", "ra", "mi", "so",  "lu",  "den", "tar", "bel",
                                       "zu", "fa", "qi", "hor", "nas", "el",  "wa",  "yum"};
    std::string word;
    do {
      word += kSyllables[n % 16];
      n /= 16;
    } while (n > 0);
    return word;
  }
  size_t Zipf() {
    // Word ranks with a heavy head: rank = 20000^u - 1.
    return static_cast<size_t>(std::pow(20000.0, Uniform(0, 1))) - 1;
  }
  double Uniform(double lo, double hi) {
    return std::uniform_real_distribution<double>(lo, hi)(random_);
  }

 private:
  Actor NamedActor(std::string name, std::string id, std::string country,
                   std::string sector = "REB") {
    Actor a;
    a.name = std::move(name);
    a.id = std::move(id);
    a.country = std::move(country);
    a.sector = std::move(sector);
    a.text = a.name;
    return a;
  }

  Event NewEvent() {
    Event e;
    e.type = kTypes[random_() % 16];
    if (e.type == "ASSAULT") {
      e.mode = kAssaultModes[random_() % 7];
      e.acled = AcledCategory{"Explosions/Remote violence", "Shelling/artillery/missile attack"};
      e.fatalities = static_cast<int>(random_() % 12);
    } else if (e.type == "PROTEST") {
      e.mode = "demo";
      e.acled = AcledCategory{"Protests", "Peaceful protest"};
    }
    // Most reports are about the last few days; some look back weeks.
    e.date =
        today_.AddDays(-static_cast<int64_t>(random_() % 10 == 0 ? random_() % 60 : random_() % 4));
    e.date_precision = random_() % 5 == 0 ? "week" : "day";
    const Town& town = towns_[std::min<size_t>(Zipf() % 300, 299)];
    Location l;
    l.name = town.name;
    l.country = town.country;
    l.lat = town.lat;
    l.lon = town.lon;
    l.precision = random_() % 10 == 0 ? "region" : "place";
    l.geo_precision = 1;
    e.location = l;
    const int who = static_cast<int>(random_() % 10);
    if (who < 5) {
      const Group& g = groups_[random_() % groups_.size()];
      e.actor1 = NamedActor(g.name, g.id, g.country);
      if (g.backed_from && e.date->year >= g.backed_from &&
          (!g.backed_to || e.date->year <= g.backed_to)) {
        e.sponsors = {"IRN"};
      }
      if (random_() % 4 == 0) e.claimed_by.push_back({*e.actor1, {}});
    } else if (who < 7) {
      const char* country = kCountries[random_() % 12];
      std::string id(country);
      for (char& c : id) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      e.actor1 = NamedActor(std::string(country) + " forces", id + "_mil", country, "MIL");
    } else if (who < 9) {
      e.actor1 = NamedActor("gunmen " + std::to_string(random_() % 50), "", "", "UAF");
    }
    e.actor2 = NamedActor("civilians", "", l.country, "CVL");
    e.confidence = 0.7;
    recent_.push_back(e);
    if (recent_.size() > 2000) recent_.erase(recent_.begin(), recent_.begin() + 1000);
    return e;
  }

  Event ReReport() {
    Event e = recent_[recent_.size() - 1 - random_() % std::min<size_t>(recent_.size(), 500)];
    e.claimed_by.clear();
    if (random_() % 2) e.date = e.date->AddDays(static_cast<int>(random_() % 3) - 1);
    if (e.location) {
      e.location->lat += Uniform(-0.03, 0.03);
      e.location->lon += Uniform(-0.03, 0.03);
    }
    if (e.fatalities) e.fatalities = *e.fatalities + static_cast<int>(random_() % 3);
    if (random_() % 3 == 0) e.actor1.reset();
    return e;
  }

  std::string Sentence(const Event& e) {
    std::string s = e.actor1 ? e.actor1->name : "Unknown attackers";
    s += " " + Word(Zipf()) + " " + e.type + " near " +
         (e.location ? e.location->name : std::string("somewhere"));
    s += " on " + e.date->ToString() + ", " + Word(Zipf()) + " " + Word(Zipf()) + " said.";
    return s;
  }

  std::mt19937_64 random_;
  size_t documents_;
  Date today_;
  std::vector<Town> towns_;
  std::vector<Group> groups_;
  std::vector<Event> recent_;
};

// CPU time of the calling thread, in milliseconds.
double ThreadCpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const size_t index = std::min(values.size() - 1, static_cast<size_t>(p * values.size()));
  return values[index];
}

int64_t StoreBytes(const std::string& db) {
  if (db.starts_with("postgres")) {
    auto conn = OpenPostgresConnection(db);
    if (!conn.ok()) return -1;
    auto size = (*conn)->QueryInt("SELECT pg_database_size(current_database())");
    return size.ok() ? *size : -1;
  }
  {
    auto conn = OpenSqliteConnection(db);
    if (conn.ok()) (*conn)->ExecuteScript("PRAGMA wal_checkpoint(TRUNCATE)");
  }
  int64_t total = 0;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    struct stat st {};
    if (stat((db + suffix).c_str(), &st) == 0) total += st.st_size;
  }
  return total;
}

void PrintTableSizes(const std::string& db) {
  if (db.starts_with("postgres")) return;
  auto conn = OpenSqliteConnection(db);
  if (!conn.ok()) return;
  auto rows = (*conn)->Query(
      "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12", {});
  if (!rows.ok()) return;
  std::printf("  largest tables and indexes:\n");
  for (const SqlRow& row : *rows) {
    std::printf("    %-32s %8.1f MB\n", row.Text(0).c_str(), row.Int(1) / 1048576.0);
  }
}

int Run(int argc, char** argv) {
  size_t target_events = 1000000, queries = 200;
  std::string db = (std::filesystem::temp_directory_path() / "casus_store_bench.db").string();
  bool keep = false, reuse = false;
  std::string only;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--events" && i + 1 < argc)
      target_events = std::strtoull(argv[++i], nullptr, 10);
    else if (arg == "--queries" && i + 1 < argc)
      queries = std::strtoull(argv[++i], nullptr, 10);
    else if (arg == "--db" && i + 1 < argc)
      db = argv[++i];
    else if (arg == "--keep")
      keep = true;
    else if (arg == "--reuse")
      reuse = keep = true;
    else if (arg == "--only" && i + 1 < argc)
      only = argv[++i];
    else {
      std::fprintf(
          stderr,
          "usage: bench_store [--events N] [--db PATH|URL] [--queries Q] [--keep] [--reuse] "
          "[--only WORDS]\n");
      return 2;
    }
  }
  const bool server = db.starts_with("postgres");
  if (!server && !reuse) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  }
  if (reuse && !server && !std::filesystem::exists(db)) {
    std::fprintf(stderr, "bench_store: --reuse: no store at %s\n", db.c_str());
    return 1;
  }
  const auto open_start = Clock::now();
  auto opened = Store::Open(db);
  if (!opened.ok()) {
    std::fprintf(stderr, "bench_store: %s\n", opened.status().message().c_str());
    return 1;
  }
  Store& store = **opened;
  if (reuse) {
    std::printf("opened (and migrated) %s in %.1f s\n", db.c_str(),
                std::chrono::duration<double>(Clock::now() - open_start).count());
  }
  if (server && !reuse) {
    auto stats = store.Stats();
    if (stats.ok() && stats->documents > 0) {
      std::fprintf(stderr, "bench_store: the PostgreSQL store is not empty\n");
      return 1;
    }
  }
  Generator generator(20240128, target_events / 3);
  const std::string kb_text = generator.KnowledgeBaseText();
  const KbSource source{"bench.kb", kb_text, KbSource::Format::kCasus};
  auto kb = KnowledgeBase::FromSources(std::span<const KbSource>(&source, 1));
  if (!kb.ok()) {
    std::fprintf(stderr, "bench_store: knowledge base: %s\n", kb.status().message().c_str());
    return 1;
  }

  // Ingest.
  std::printf("store benchmark: %s store, target %zu events\n", std::string(store.engine()).c_str(),
              target_events);
  size_t documents = 0, events = 0;
  double store_seconds = 0, window_seconds = 0;
  size_t window_events = 0;
  std::vector<DocumentToStore> batch;
  while (!reuse && events < target_events) {
    batch.clear();
    for (int i = 0; i < 64; ++i) {
      batch.push_back(generator.Next(documents++));
      events += batch.back().coded.events.size();
    }
    const auto start = Clock::now();
    auto result = store.StoreBatch(batch);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (!result.ok() || !result->failed.empty()) {
      std::fprintf(
          stderr, "bench_store: %s\n",
          result.ok() ? result->failed[0].reason.c_str() : result.status().message().c_str());
      return 1;
    }
    store_seconds += seconds;
    window_seconds += seconds;
    for (const auto& item : batch) window_events += item.coded.events.size();
    if (window_events >= 100000) {
      std::printf("  %8zu events: %7.0f events/s over the last %zu\n", events,
                  window_events / window_seconds, window_events);
      std::fflush(stdout);
      window_events = 0;
      window_seconds = 0;
    }
  }
  auto stats = store.Stats();
  if (!stats.ok()) return 1;
  if (reuse) {
    std::printf("store: %lld documents, %lld events\n", static_cast<long long>(stats->documents),
                static_cast<long long>(stats->events));
  } else {
    std::printf("ingest: %zu documents, %zu events in %.1f s: %.0f documents/s, %.0f events/s\n",
                documents, events, store_seconds, documents / store_seconds,
                events / store_seconds);
  }
  std::printf("ingest: %lld incidents, %lld from several reports\n",
              static_cast<long long>(stats->incidents),
              static_cast<long long>(stats->multi_source_incidents));

  // Size.
  if (reuse) events = static_cast<size_t>(stats->events);
  const int64_t bytes = StoreBytes(db);
  std::printf("size: %.1f MB in all, %.1f MB per million events\n", bytes / 1048576.0,
              bytes / 1048576.0 * 1e6 / static_cast<double>(events));
  if (only.empty()) PrintTableSizes(db);

  // Queries.
  std::mt19937_64 random(7);
  auto day = [&](int64_t from, int64_t span) {
    return Date::Parse("2010-01-01")->AddDays(from + static_cast<int64_t>(random() % span));
  };
  struct QueryKind {
    const char* name;
    std::function<IncidentQuery()> make;
  };
  const auto& towns = generator.towns();
  const auto& groups = generator.groups();
  std::vector<QueryKind> kinds = {
      {"30 days, all places",
       [&] {
         IncidentQuery q;
         q.filter.from = day(0, 5449);
         q.filter.to = q.filter.from->AddDays(30);
         return q;
       }},
      {"one country, one year",
       [&] {
         IncidentQuery q;
         q.filter.countries = {kCountries[random() % 12]};
         q.filter.from = day(0, 5114);
         q.filter.to = q.filter.from->AddDays(365);
         return q;
       }},
      {"bounding box 0.5 deg, all dates",
       [&] {
         IncidentQuery q;
         const Town& t = towns[random() % towns.size()];
         q.filter.bbox =
             std::array<double, 4>{t.lon - 0.25, t.lat - 0.25, t.lon + 0.25, t.lat + 0.25};
         return q;
       }},
      {"25 km radius, one year",
       [&] {
         IncidentQuery q;
         const Town& t = towns[random() % towns.size()];
         q.filter.near = std::array<double, 3>{t.lat, t.lon, 25};
         q.filter.from = day(0, 5114);
         q.filter.to = q.filter.from->AddDays(365);
         return q;
       }},
      {"type + mode, 90 days",
       [&] {
         IncidentQuery q;
         q.filter.types = {"ASSAULT"};
         q.filter.modes = {kAssaultModes[random() % 7]};
         q.filter.from = day(0, 5389);
         q.filter.to = q.filter.from->AddDays(90);
         return q;
       }},
      {"actor (knowledge-base id)",
       [&] {
         IncidentQuery q;
         q.actors = {groups[random() % groups.size()].id};
         return q;
       }},
      {"claimed by (name)",
       [&] {
         IncidentQuery q;
         q.claimants = {groups[random() % groups.size()].name};
         return q;
       }},
      {"network IRN, 90 days",
       [&] {
         IncidentQuery q;
         q.network = "IRN";
         q.filter.from = day(0, 5389);
         q.filter.to = q.filter.from->AddDays(90);
         return q;
       }},
      {"full text, two words",
       [&] {
         IncidentQuery q;
         q.filter.text = generator.Word(50 + random() % 500) + " " + generator.Word(random() % 50);
         return q;
       }},
  };
  std::printf(
      "queries: %zu of each kind, at most 1000 incidents each (wall-clock p50 / p99 ms; this "
      "thread's CPU p50 / p99 ms, which waiting for a busy CPU or the disk does not count; mean "
      "results)\n",
      queries);
  for (const QueryKind& kind : kinds) {
    if (!only.empty() && std::string(kind.name).find(only) == std::string::npos) continue;
    std::vector<double> ms, cpu;
    size_t results = 0;
    for (size_t i = 0; i < queries; ++i) {
      IncidentQuery query = kind.make();
      query.filter.limit = 1000;
      const auto start = Clock::now();
      const double cpu_start = ThreadCpuMs();
      auto found = QueryIncidents(store, &kb.value(), query);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
      cpu.push_back(ThreadCpuMs() - cpu_start);
      if (!found.ok()) {
        std::fprintf(stderr, "bench_store: %s\n", found.status().message().c_str());
        return 1;
      }
      results += found->size();
    }
    std::printf("  %-34s %8.2f / %8.2f ms   cpu %8.2f / %8.2f ms   %7.1f\n", kind.name,
                Percentile(ms, 0.5), Percentile(ms, 0.99), Percentile(cpu, 0.5),
                Percentile(cpu, 0.99), static_cast<double>(results) / queries);
  }
  {
    std::vector<double> ms;
    for (size_t i = 0; i < queries; ++i) {
      const int64_t key = 1 + static_cast<int64_t>(random() % stats->incidents);
      const auto start = Clock::now();
      auto incident = store.GetIncident(key);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
      if (!incident.ok()) return 1;
    }
    std::printf("  %-34s %8.2f / %8.2f ms\n", "one incident with its reports", Percentile(ms, 0.5),
                Percentile(ms, 0.99));
  }
  std::printf("peak memory %.0f MB\n", PeakRssMb());
  if (!keep && !server) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  }
  return 0;
}

}  // namespace
}  // namespace casus::bench

int main(int argc, char** argv) { return casus::bench::Run(argc, argv); }
