// `casus serve` as clients meet it: a real server process on the sample
// store, asked over HTTP. Filters must select exactly what `casus query`
// selects; pages, counts and points must agree with each other; every
// error is JSON with the right status; caching, limits and the security
// headers hold.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "serve/serve_test_util.h"
#include "store/store_test_util.h"

namespace casus {
namespace {

using nlohmann::json;
using testing::IngestSamples;
using testing::RunCasus;
using testing::ServeChild;

// On each engine: the sample store and a server on it.
class ServeApiTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    where_ = std::make_unique<testing::StoreLocation>(GetParam());
    if (where_->location().empty()) GTEST_SKIP() << where_->skip_reason();
    db_ = where_->location();
    ASSERT_TRUE(IngestSamples(db_));
    server_ = std::make_unique<ServeChild>(db_);
    ASSERT_GT(server_->port(), 0) << server_->log();
  }
  // The server stops cleanly on SIGTERM (and, under ASan, without leaks).
  void TearDown() override {
    if (server_) {
      EXPECT_EQ(server_->Stop(), 0) << server_->log();
    }
    server_.reset();
  }

  json Get(const std::string& path, int expected_status = 200) {
    auto client = server_->Client();
    auto response = client.Get(path);
    EXPECT_TRUE(response) << path;
    if (!response) return json();
    EXPECT_EQ(response->status, expected_status) << path << ": " << response->body;
    json body = json::parse(response->body, nullptr, false);
    EXPECT_FALSE(body.is_discarded()) << path << ": " << response->body;
    return body;
  }

  // Every incident id of an API query, all pages, oldest first.
  std::vector<std::string> ApiIds(const std::string& filters, size_t page = 37) {
    std::vector<std::string> ids;
    for (size_t offset = 0;; offset += page) {
      json body = Get("/api/incidents?order=oldest&limit=" + std::to_string(page) +
                      "&offset=" + std::to_string(offset) + (filters.empty() ? "" : "&") + filters);
      if (!body.contains("incidents")) break;
      for (const json& incident : body["incidents"]) ids.push_back(incident["id"]);
      if (body["incidents"].size() < page) break;
    }
    return ids;
  }

  // The incident ids `casus query` writes for the same filters.
  std::vector<std::string> QueryIds(const std::vector<std::string>& flags) {
    std::vector<std::string> args = {"query", "--db", db_};
    args.insert(args.end(), flags.begin(), flags.end());
    std::string out, err;
    EXPECT_EQ(RunCasus(args, &out, &err), 0) << err;
    std::vector<std::string> ids;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
      ids.push_back(json::parse(line)["id"].get<std::string>());
    }
    return ids;
  }

  std::unique_ptr<testing::StoreLocation> where_;
  std::string db_;
  std::unique_ptr<ServeChild> server_;  // stopped before the store goes
};

INSTANTIATE_TEST_SUITE_P(Engines, ServeApiTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

TEST_P(ServeApiTest, StatusDescribesTheStore) {
  json status = Get("/api/status");
  EXPECT_EQ(status["engine"], GetParam());
  EXPECT_EQ(status["documents"], 53);
  EXPECT_EQ(status["incidents"].get<size_t>(), QueryIds({}).size());
  EXPECT_GT(status["multi_source_incidents"].get<int>(), 10);
  EXPECT_EQ(status["ingest"], false);
  EXPECT_EQ(status["limits"]["max_page"], 500);
}

struct FilterCase {
  std::string api;
  std::vector<std::string> cli;
};

// Each filter of the API selects the incidents `casus query` selects with
// the same filter, in the same order.
TEST_P(ServeApiTest, FiltersSelectWhatCasusQuerySelects) {
  const std::vector<FilterCase> cases = {
      {"", {}},
      {"country=IRQ", {"--country", "IRQ"}},
      {"country=irq,syr", {"--country", "IRQ,SYR"}},
      {"type=ASSAULT", {"--type", "ASSAULT"}},
      {"type=assault&type=protest", {"--type", "ASSAULT", "--type", "PROTEST"}},
      {"mode=drone", {"--mode", "drone"}},
      {"acled=Air/drone%20strike", {"--acled", "Air/drone strike"}},
      {"from=2021-01-01&to=2022-12-31", {"--from", "2021-01-01", "--to", "2022-12-31"}},
      {"bbox=43,35,45,37", {"--bbox", "43,35,45,37"}},
      {"near=36.19,44.01&radius=40", {"--near", "36.19,44.01", "--radius", "40"}},
      {"actor=Houthis", {"--actor", "Houthis"}},
      {"actor=kataib_hezbollah", {"--actor", "kataib_hezbollah"}},
      {"claimed_by=Islamic%20State", {"--claimed-by", "Islamic State"}},
      {"network=IRN", {"--network", "IRN"}},
      {"network=IRN&from=2020-01-01&to=2020-12-31",
       {"--network", "IRN", "--from", "2020-01-01", "--to", "2020-12-31"}},
      {"network=USA", {"--network", "USA"}},
      {"text=rocket", {"--text", "rocket"}},
      {"text=drone%20attack&type=ASSAULT", {"--text", "drone attack", "--type", "ASSAULT"}},
      {"text=zzzzunknownword", {"--text", "zzzzunknownword"}},
  };
  size_t nonempty = 0;
  for (const FilterCase& c : cases) {
    const std::vector<std::string> expected = QueryIds(c.cli);
    EXPECT_EQ(ApiIds(c.api), expected) << c.api;
    json page = Get("/api/incidents?limit=1&" + c.api);
    EXPECT_EQ(page["total"].get<size_t>(), expected.size()) << c.api;
    if (!expected.empty()) ++nonempty;
  }
  EXPECT_GE(nonempty, cases.size() - 3);  // the filters are not vacuous
}

TEST_P(ServeApiTest, PagesCoverEveryIncidentOnceInBothOrders) {
  const std::vector<std::string> oldest = ApiIds("", 13);
  std::vector<std::string> newest;
  for (size_t offset = 0;; offset += 11) {
    json body = Get("/api/incidents?limit=11&offset=" + std::to_string(offset));
    for (const json& incident : body["incidents"]) newest.push_back(incident["id"]);
    if (body["incidents"].size() < 11) break;
  }
  EXPECT_EQ(std::set<std::string>(oldest.begin(), oldest.end()).size(), oldest.size());
  EXPECT_EQ(std::set<std::string>(newest.begin(), newest.end()),
            std::set<std::string>(oldest.begin(), oldest.end()));
  // Newest first: dates never increase (undated last in both orders).
  json page = Get("/api/incidents?limit=500");
  std::string previous = "9999-99-99";
  bool undated = false;
  for (const json& incident : page["incidents"]) {
    if (incident["date"].is_null()) {
      undated = true;
      continue;
    }
    EXPECT_FALSE(undated) << "a dated incident after an undated one";
    const std::string date = incident["date"];
    EXPECT_LE(date, previous);
    previous = date;
  }
}

TEST_P(ServeApiTest, SummariesAddUpToTheIncidents) {
  for (const std::string filters : {"", "network=IRN", "country=IRQ", "near=36.19,44.01"}) {
    const std::string amp = filters.empty() ? "" : "&";
    const json all = Get("/api/incidents?limit=500&" + filters);
    int64_t dated = 0, killed = 0;
    std::map<std::string, int64_t> per_type;
    for (const json& incident : all["incidents"]) {
      if (!incident["date"].is_null()) ++dated;
      if (!incident["fatalities"].is_null()) killed += incident["fatalities"].get<int64_t>();
      per_type[incident["type"]]++;
    }
    for (const std::string axis : {"day", "week", "month", "year"}) {
      json summary = Get("/api/summary?by=" + axis + amp + filters);
      int64_t total = 0;
      std::string previous;
      for (const json& b : summary["buckets"]) {
        total += b["incidents"].get<int64_t>();
        EXPECT_LT(previous, b["key"].get<std::string>()) << axis;
        previous = b["key"];
      }
      EXPECT_EQ(total, dated) << axis << " " << filters;
    }
    json types = Get("/api/summary?by=type&fatalities=1" + amp + filters);
    std::map<std::string, int64_t> summed;
    int64_t summed_killed = 0;
    for (const json& b : types["buckets"]) {
      summed[b["key"]] = b["incidents"];
      summed_killed += b["fatalities"].get<int64_t>();
    }
    EXPECT_EQ(summed, per_type) << filters;
    EXPECT_EQ(summed_killed, killed) << filters;
  }
  // Actor axes: a perpetrator's incidents are among those naming it.
  json perpetrators = Get("/api/summary?by=perpetrator&top=5");
  ASSERT_EQ(perpetrators["buckets"].size(), 5u);
  for (const json& b : perpetrators["buckets"]) {
    const std::string key = b["key"], label = b["label"];
    const size_t named = QueryIds({"--actor", key.starts_with("name:") ? label : key}).size();
    EXPECT_GT(b["incidents"].get<size_t>(), 0u) << b;
    EXPECT_LE(b["incidents"].get<size_t>(), named) << b;
  }
  json sponsors = Get("/api/summary?by=sponsor");
  for (const json& b : sponsors["buckets"]) {
    EXPECT_EQ(b["key"].get<std::string>().size(), 3u) << b;  // ISO codes
  }
}

TEST_P(ServeApiTest, PointsAreTheLocatedIncidents) {
  const json all = Get("/api/incidents?limit=500");
  std::set<int64_t> located;
  for (const json& incident : all["incidents"]) {
    if (!incident["location"].is_null()) {
      located.insert(std::stoll(incident["id"].get<std::string>().substr(9)));
    }
  }
  json points = Get("/api/points");
  EXPECT_EQ(points["total"].get<size_t>(), located.size());
  EXPECT_EQ(points["truncated"], false);
  const size_t n = points["key"].size();
  EXPECT_EQ(n, located.size());
  for (const char* column : {"lat", "lon", "type", "fatalities", "day"}) {
    EXPECT_EQ(points[column].size(), n) << column;
  }
  EXPECT_EQ(std::set<int64_t>(points["key"].begin(), points["key"].end()), located);
  json few = Get("/api/points?limit=5");
  EXPECT_EQ(few["key"].size(), 5u);
  EXPECT_EQ(few["truncated"], true);
  json geo = Get("/api/geojson?limit=3");
  EXPECT_EQ(geo["type"], "FeatureCollection");
  EXPECT_EQ(geo["features"].size(), 3u);
}

// Every report of every multi-source incident comes with its document's
// text cut at the evidence spans: the pieces rebuild the text, and the
// marked pieces hold the event's evidence sentences.
TEST_P(ServeApiTest, IncidentReportsCarryTheirTextAndEvidence) {
  json page = Get("/api/incidents?limit=500");
  size_t checked = 0;
  for (const json& summary : page["incidents"]) {
    if (summary["sources"].size() < 2) continue;
    const std::string id = summary["id"];
    json incident = Get("/api/incidents/" + id.substr(9));
    EXPECT_EQ(incident["incident"]["id"], id);
    ASSERT_EQ(incident["reports"].size(), summary["sources"].size()) << id;
    for (const json& report : incident["reports"]) {
      std::string rebuilt, marked;
      for (const json& piece : report["pieces"]) {
        EXPECT_EQ(piece["start"].get<size_t>(), rebuilt.size());
        rebuilt += piece["text"].get<std::string>();
        if (!piece["marks"].empty()) marked += piece["text"].get<std::string>() + "\n";
      }
      EXPECT_EQ(rebuilt.size(), report["text_bytes"].get<size_t>());
      json doc = Get("/api/documents?id=" + testing::UrlEncode(report["doc"].get<std::string>()));
      std::string document_text;
      for (const json& piece : doc["pieces"]) document_text += piece["text"].get<std::string>();
      EXPECT_EQ(rebuilt, document_text) << report["doc"];
      for (const json& evidence : report["event"]["evidence"]) {
        EXPECT_NE(marked.find(evidence["text"].get<std::string>()), std::string::npos)
            << evidence["text"];
      }
    }
    ++checked;
  }
  EXPECT_GE(checked, 10u);
}

TEST_P(ServeApiTest, ActorsAndTheirSponsorChains) {
  json actors = Get("/api/actors?q=hezbollah");
  ASSERT_FALSE(actors["actors"].empty());
  for (const json& actor : actors["actors"]) {
    std::string name = actor["name"];
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    std::string key = actor["key"];
    EXPECT_TRUE(name.find("hezbollah") != std::string::npos ||
                key.find("hezbollah") != std::string::npos)
        << actor;
  }
  json kh = Get("/api/actor?key=kataib_hezbollah&date=2020-01-03");
  ASSERT_FALSE(kh["knowledge_base"].is_null());
  bool iran = false;
  for (const json& s : kh["knowledge_base"]["sponsors"]) iran |= s["country"] == "IRN";
  EXPECT_TRUE(iran) << kh["knowledge_base"]["sponsors"];
  bool from_kh = false;
  for (const json& edge : kh["chain_edges"]) from_kh |= edge["source"] == "kataib_hezbollah";
  EXPECT_TRUE(from_kh) << kh["chain_edges"];
  // Before the relations began, no chain.
  json early = Get("/api/actor?key=kataib_hezbollah&date=1990-01-01");
  EXPECT_TRUE(early["knowledge_base"]["chain"].empty());
  Get("/api/actor?key=no%20such%20actor%20anywhere", 404);
  Get("/api/actor", 400);

  json graph = Get("/api/graph");
  ASSERT_FALSE(graph["nodes"].empty());
  std::set<std::string> nodes;
  for (const json& node : graph["nodes"]) nodes.insert(node["key"]);
  for (const json& edge : graph["edges"]) {
    EXPECT_TRUE(nodes.count(edge["source"]) && nodes.count(edge["target"])) << edge;
    EXPECT_EQ(edge["kind"], "relation");
  }
  json with_events = Get("/api/graph?events=1");
  EXPECT_GT(with_events["edges"].size(), graph["edges"].size());
  json limited = Get("/api/graph?limit=5");
  EXPECT_LE(limited["nodes"].size(), 5u);
  EXPECT_EQ(limited["truncated"], true);
}

struct ErrorCase {
  std::string method;
  std::string path;
  int status;
};

TEST_P(ServeApiTest, ErrorsAreJsonWithTheirStatus) {
  const std::vector<ErrorCase> cases = {
      {"GET", "/api/nothing", 404},
      {"GET", "/nothing.html", 404},
      {"GET", "/api/incidents/999999", 404},
      {"GET", "/api/incidents/abc", 400},
      {"GET", "/api/incidents?limit=ten", 400},
      {"GET", "/api/incidents?limit=501", 400},
      {"GET", "/api/incidents?offset=100001", 400},
      {"GET", "/api/incidents?bogus=1", 400},
      {"GET", "/api/incidents?from=2020-02-30", 400},
      {"GET", "/api/incidents?from=2021-01-01&to=2020-01-01", 400},
      {"GET", "/api/incidents?country=IRAQ", 400},
      {"GET", "/api/incidents?type=EXPLODE", 400},
      {"GET", "/api/incidents?bbox=1,2,3", 400},
      {"GET", "/api/incidents?near=91,0", 400},
      {"GET", "/api/incidents?radius=5", 400},
      {"GET", "/api/incidents?order=random", 400},
      {"GET", "/api/incidents?from=2020-01-01&from=2021-01-01", 400},
      {"GET", "/api/incidents?text=%ff%fe", 400},
      {"GET", "/api/incidents?text=" + std::string(600, 'a'), 400},
      {"GET", "/api/incidents/1?x=1", 400},
      {"GET", "/api/summary?by=hour", 400},
      {"GET", "/api/summary?fatalities=yes", 400},
      {"GET", "/api/points?limit=250001", 400},
      {"GET", "/api/documents?id=no-such-document", 404},
      {"GET", "/api/ingest", 405},
      {"POST", "/api/incidents", 405},
      {"DELETE", "/api/incidents/1", 405},
      {"PUT", "/api/status", 405},
      {"POST", "/api/nothing", 404},
      {"POST", "/api/ingest", 403},  // no token configured
  };
  auto client = server_->Client();
  for (const ErrorCase& c : cases) {
    httplib::Result response = c.method == "GET"    ? client.Get(c.path)
                               : c.method == "POST" ? client.Post(c.path, "{}", "application/json")
                               : c.method == "PUT"  ? client.Put(c.path, "{}", "application/json")
                                                    : client.Delete(c.path);
    ASSERT_TRUE(response) << c.path;
    EXPECT_EQ(response->status, c.status) << c.method << " " << c.path << ": " << response->body;
    json body = json::parse(response->body, nullptr, false);
    ASSERT_FALSE(body.is_discarded()) << c.path << ": " << response->body;
    EXPECT_EQ(body["error"]["status"], c.status) << c.path;
    EXPECT_FALSE(body["error"]["message"].get<std::string>().empty()) << c.path;
    EXPECT_EQ(response->get_header_value("Content-Type"), "application/json; charset=utf-8");
    if (c.status == 405) {
      EXPECT_TRUE(response->has_header("Allow")) << c.path;
    }
  }
  // Beyond the HTTP layer's limits.
  auto long_uri = client.Get("/api/incidents?text=" + std::string(9000, 'a'));
  ASSERT_TRUE(long_uri);
  EXPECT_EQ(long_uri->status, 414);
  // A request for another host name (DNS rebinding) is refused.
  auto rebound = client.Get("/api/status", {{"Host", "attacker.example"}});
  ASSERT_TRUE(rebound);
  EXPECT_EQ(rebound->status, 421);
}

TEST_P(ServeApiTest, UnchangedDataIsNotSentTwice) {
  auto client = server_->Client();
  for (const std::string path :
       {"/api/incidents?limit=5", "/api/summary?by=week", "/", "/app.js"}) {
    auto first = client.Get(path);
    ASSERT_TRUE(first);
    ASSERT_EQ(first->status, 200) << path;
    const std::string etag = first->get_header_value("ETag");
    ASSERT_FALSE(etag.empty()) << path;
    auto second = client.Get(path, {{"If-None-Match", etag}});
    ASSERT_TRUE(second);
    EXPECT_EQ(second->status, 304) << path;
    EXPECT_TRUE(second->body.empty()) << path;
    auto other = client.Get(path, {{"If-None-Match", "\"not-it\""}});
    ASSERT_TRUE(other);
    EXPECT_EQ(other->status, 200) << path;
  }
}

TEST_P(ServeApiTest, EveryResponseCarriesTheSecurityHeaders) {
  auto client = server_->Client();
  for (const std::string path :
       {"/", "/app.js", "/app.css", "/api/status", "/api/nothing", "/api/incidents?bogus=1"}) {
    auto response = client.Get(path);
    ASSERT_TRUE(response) << path;
    const std::string csp = response->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'none'"), std::string::npos) << path;
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << path;
    EXPECT_NE(csp.find("style-src 'self'"), std::string::npos) << path;
    EXPECT_EQ(csp.find("unsafe"), std::string::npos) << path;
    EXPECT_EQ(response->get_header_value("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_EQ(response->get_header_value("X-Frame-Options"), "DENY") << path;
    EXPECT_EQ(response->get_header_value("Referrer-Policy"), "no-referrer") << path;
    EXPECT_FALSE(response->has_header("Access-Control-Allow-Origin")) << path;
  }
}

// The dashboard's own files hold no inline script, no inline style and no
// event-handler attribute, so the strict policy costs nothing.
TEST_P(ServeApiTest, TheDashboardHasNoInlineCode) {
  auto client = server_->Client();
  auto index = client.Get("/");
  ASSERT_TRUE(index);
  ASSERT_EQ(index->status, 200);
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  const std::string& html = index->body;
  const std::regex script("<script([^>]*)>([^<]*)</script>");
  size_t scripts = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), script);
       it != std::sregex_iterator(); ++it) {
    ++scripts;
    EXPECT_NE((*it)[1].str().find("src="), std::string::npos) << it->str();
    EXPECT_TRUE((*it)[2].str().empty()) << it->str();
  }
  EXPECT_GE(scripts, 4u);
  EXPECT_FALSE(std::regex_search(html, std::regex("<style", std::regex::icase)));
  EXPECT_FALSE(std::regex_search(html, std::regex("\\sstyle\\s*=", std::regex::icase)));
  EXPECT_FALSE(std::regex_search(html, std::regex("\\son[a-z]+\\s*=", std::regex::icase)));
  for (const std::string asset : {"/vendor/d3.min.js", "/vendor/topojson-client.min.js",
                                  "/vendor/cytoscape.min.js", "/vendor/countries-50m.json"}) {
    auto response = client.Get(asset);
    ASSERT_TRUE(response) << asset;
    EXPECT_EQ(response->status, 200) << asset << " (run scripts/setup.sh)";
    EXPECT_GT(response->body.size(), 5000u) << asset;
  }
  // Our scripts never write HTML from strings.
  for (const std::string script_path : {"/app.js", "/dom.js", "/incident.js", "/list.js", "/map.js",
                                        "/network.js", "/timeline.js"}) {
    auto response = client.Get(script_path);
    ASSERT_TRUE(response) << script_path;
    ASSERT_EQ(response->status, 200) << script_path;
    for (const char* sink : {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                             "eval(", "new Function"}) {
      EXPECT_EQ(response->body.find(sink), std::string::npos) << script_path << ": " << sink;
    }
  }
}

TEST_P(ServeApiTest, ConcurrentClientsAllGetAnswers) {
  const std::vector<std::string> paths = {"/api/incidents?limit=20", "/api/incidents?network=IRN",
                                          "/api/summary?by=country", "/api/points",
                                          "/api/incidents/1",        "/api/graph",
                                          "/api/actors?q=a",         "/api/status"};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      auto client = server_->Client();
      for (int i = 0; i < 40; ++i) {
        auto response = client.Get(paths[(t + i) % paths.size()]);
        if (!response || response->status != 200) ++failures;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace casus
