// Exports open in the tools they target: GeoJSON per RFC 7946, ACLED CSV
// with ACLED's header, GraphML and GEXF parsed by libxml2, node-link JSON.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "kb/knowledge_base.h"
#include "store/actor_graph.h"
#include "store/incident_format.h"
#include "store/store_test_util.h"

#if CASUS_HAVE_LIBXML2
#include <libxml/parser.h>
#include <libxml/tree.h>
#endif

namespace casus {
namespace {

using testing::MakeActor;
using testing::MakeDoc;
using testing::MakeEvent;
using testing::MakePlace;

std::vector<Incident> SampleIncidents() {
  Event located = MakeEvent("a", "2021-02-15", MakePlace("Erbil", "IRQ", 36.19, 44.01));
  located.actor1 = MakeActor("Saraya Awliya al-Dam", "", "IRQ", "REB");
  located.claimed_by.push_back({MakeActor("Saraya Awliya al-Dam"), {}});
  located.fatalities = 1;
  located.evidence[0].text = "Rockets hit Erbil, killing one \"contractor\", officials said.";
  Event second = located;
  second.fatalities = 2;
  Event unlocated = MakeEvent("b", "2021-02-16", std::nullopt, "REJECT", "");
  unlocated.acled.reset();
  IncidentSource s1, s2, s3;
  s1.doc = "r1";
  s1.published = Date::Parse("2021-02-16");
  s1.event = located;
  s2.doc = "r2";
  s2.published = Date::Parse("2021-02-17");
  s2.event = second;
  s3.doc = "r3";
  s3.event = unlocated;
  return {FuseIncident(1, {s1, s2}), FuseIncident(2, {s3})};
}

std::string Write(std::string_view format, const std::vector<Incident>& incidents) {
  auto writer = MakeIncidentWriter(format);
  EXPECT_TRUE(writer.ok());
  std::string out = (*writer)->Header();
  for (const Incident& incident : incidents) (*writer)->Append(incident, out);
  out += (*writer)->Footer();
  return out;
}

// RFC 4180 rows.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

TEST(IncidentExportTest, GeoJsonFollowsRfc7946) {
  const std::string text = Write("geojson", SampleIncidents());
  const auto geojson = nlohmann::json::parse(text);
  EXPECT_EQ(geojson["type"], "FeatureCollection");
  ASSERT_TRUE(geojson["features"].is_array());
  ASSERT_EQ(geojson["features"].size(), 2u);
  for (const auto& feature : geojson["features"]) {
    EXPECT_EQ(feature["type"], "Feature");
    ASSERT_TRUE(feature.contains("geometry"));
    ASSERT_TRUE(feature["properties"].is_object());
    EXPECT_TRUE(feature["id"].is_string() || feature["id"].is_number());
    const auto& geometry = feature["geometry"];
    if (geometry.is_null()) continue;
    EXPECT_EQ(geometry["type"], "Point");
    ASSERT_EQ(geometry["coordinates"].size(), 2u);
    const double lon = geometry["coordinates"][0], lat = geometry["coordinates"][1];
    EXPECT_GE(lon, -180);
    EXPECT_LE(lon, 180);
    EXPECT_GE(lat, -90);
    EXPECT_LE(lat, 90);
    // Longitude first: Erbil is at 44.01 E, 36.19 N.
    EXPECT_DOUBLE_EQ(lon, 44.01);
    EXPECT_DOUBLE_EQ(lat, 36.19);
    EXPECT_EQ(feature["properties"]["fatalities"], 1);
    EXPECT_EQ(feature["properties"]["fatalities_max"], 2);
    EXPECT_EQ(feature["properties"]["sources"], 2);
  }
  EXPECT_TRUE(geojson["features"][1]["geometry"].is_null());
  // No CRS member: RFC 7946 removed it (WGS 84 is implied).
  EXPECT_FALSE(geojson.contains("crs"));
  // An empty collection is still valid.
  const auto empty = nlohmann::json::parse(Write("geojson", {}));
  EXPECT_EQ(empty["features"].size(), 0u);
}

TEST(IncidentExportTest, AcledCsvHeaderAndRows) {
  const std::string text = Write("acled", SampleIncidents());
  const auto rows = ParseCsv(text);
  ASSERT_EQ(rows.size(), 3u);
  const std::vector<std::string> acled_columns = {
      "event_id_cnty", "event_date",     "year",   "time_precision", "disorder_type",
      "event_type",    "sub_event_type", "actor1", "assoc_actor_1",  "inter1",
      "actor2",        "assoc_actor_2",  "inter2", "interaction",    "civilian_targeting",
      "iso3",          "country",        "admin1", "location",       "latitude",
      "longitude",     "geo_precision",  "source", "notes",          "fatalities",
      "tags"};
  EXPECT_EQ(rows[0], acled_columns);
  std::map<std::string, std::string> first;
  for (size_t i = 0; i < rows[0].size(); ++i) first[rows[0][i]] = rows[1].at(i);
  EXPECT_EQ(rows[1].size(), rows[0].size());
  EXPECT_EQ(rows[2].size(), rows[0].size());
  EXPECT_EQ(first["event_id_cnty"], "incident-1");
  EXPECT_EQ(first["event_date"], "2021-02-15");
  EXPECT_EQ(first["fatalities"], "1");  // the conservative figure
  EXPECT_EQ(first["source"], "r1; r2");
  EXPECT_EQ(first["latitude"], "36.19");
  EXPECT_NE(first["notes"].find("\"contractor\""), std::string::npos);
}

TEST(IncidentExportTest, OtherTablesHaveOneRowPerIncident) {
  for (const char* format : {"csv", "gdelt", "plover", "jsonl"}) {
    SCOPED_TRACE(format);
    const std::string text = Write(format, SampleIncidents());
    const size_t lines = std::count(text.begin(), text.end(), '\n');
    const bool header = std::string(format) == "csv";
    EXPECT_EQ(lines, 2u + (header ? 1 : 0));
  }
  const std::string jsonl = Write("jsonl", SampleIncidents());
  const auto first = nlohmann::json::parse(jsonl.substr(0, jsonl.find('\n')));
  EXPECT_EQ(first["kind"], "incident");
  EXPECT_EQ(first["id"], "incident-1");
  EXPECT_EQ(first["sources"].size(), 2u);
  EXPECT_EQ(first["first_report"]["doc"], "r1");
}

constexpr const char* kGraphKb = R"kb(
[irn]
name: Iran
kind: state
country: IRN

[kataib_hezbollah]
name: Kata'ib Hezbollah
kind: armed_group
country: IRQ
sector: REB
relation: backed_by | irn_spy | 2003.. | 0.95 | Quds Force support <since 2003> & more
)kb";

ActorGraph SampleGraph(const KnowledgeBase* kb) {
  std::vector<StoredActor> actors = {
      {"kataib_hezbollah", "Kata'ib Hezbollah", "IRQ", "REB"},
      {"usa", "United States", "USA", "GOV"},
      {"name:saraya awliya al dam", "Saraya Awliya al-Dam & co", "IRQ", "REB"}};
  Relation front;
  front.doc = "analysis-2021";
  front.subject = MakeActor("Saraya Awliya al-Dam & co", "", "IRQ", "REB");
  front.relation = "front_of";
  front.object = MakeActor("Kata'ib Hezbollah", "kataib_hezbollah", "IRQ", "REB");
  std::vector<StoredRelation> relations = {{front, Date::Parse("2021-06-01")},
                                           {front, Date::Parse("2021-02-17")}};
  relations[1].relation.doc = "erbil-follow-up";
  Interaction attack{"kataib_hezbollah",       "usa", "ASSAULT", 3, Date::Parse("2019-12-27"),
                     Date::Parse("2024-01-28")};
  return BuildActorGraph(actors, relations, {attack}, kb);
}

TEST(ActorGraphTest, NodesAndEdges) {
  const KbSource source{"graph.kb", kGraphKb, KbSource::Format::kCasus};
  auto kb = KnowledgeBase::FromSources(std::span<const KbSource>(&source, 1));
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  const ActorGraph graph = SampleGraph(&kb.value());
  std::set<std::string> keys;
  for (const auto& node : graph.nodes) keys.insert(node.key);
  // The knowledge base adds the sponsor chain: KH -> Iranian intelligence -> Iran.
  EXPECT_TRUE(keys.count("irn_spy")) << "nodes: " << graph.nodes.size();
  EXPECT_TRUE(keys.count("irn"));
  bool front = false, backed = false, attack = false;
  for (const auto& edge : graph.edges) {
    EXPECT_TRUE(keys.count(edge.source) && keys.count(edge.target));
    if (edge.label == "front_of") {
      front = true;
      EXPECT_EQ(edge.origin, "documents");
      EXPECT_EQ(edge.weight, 2);
      EXPECT_EQ(edge.first_reported, "2021-02-17");
      EXPECT_EQ(edge.last_reported, "2021-06-01");
      EXPECT_EQ(edge.sources, (std::vector<std::string>{"analysis-2021", "erbil-follow-up"}));
    }
    if (edge.label == "backed_by" && edge.source == "kataib_hezbollah") {
      backed = true;
      EXPECT_EQ(edge.origin, "knowledge base");
      EXPECT_EQ(edge.valid_from, "2003");
      EXPECT_EQ(edge.valid_to, "");
    }
    if (edge.kind == "event") {
      attack = true;
      EXPECT_EQ(edge.weight, 3);
    }
  }
  EXPECT_TRUE(front && backed && attack);
}

TEST(ActorGraphTest, JsonIsNodeLink) {
  const ActorGraph graph = SampleGraph(nullptr);
  auto text = FormatActorGraph(graph, "json");
  ASSERT_TRUE(text.ok());
  const auto json = nlohmann::json::parse(*text);
  EXPECT_EQ(json["directed"], true);
  EXPECT_EQ(json["nodes"].size(), graph.nodes.size());
  EXPECT_EQ(json["links"].size(), graph.edges.size());
  std::set<std::string> ids;
  for (const auto& node : json["nodes"]) ids.insert(node["id"]);
  for (const auto& link : json["links"]) {
    EXPECT_TRUE(ids.count(link["source"]));
    EXPECT_TRUE(ids.count(link["target"]));
  }
  EXPECT_FALSE(FormatActorGraph(graph, "dot").ok());
}

#if CASUS_HAVE_LIBXML2

struct XmlDoc {
  explicit XmlDoc(const std::string& text)
      : doc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "graph.xml", "UTF-8",
                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) {}
  ~XmlDoc() { xmlFreeDoc(doc); }
  xmlDocPtr doc;
};

std::string Attr(xmlNodePtr node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

std::string Name(xmlNodePtr node) { return reinterpret_cast<const char*>(node->name); }

std::vector<xmlNodePtr> Children(xmlNodePtr parent, const char* name) {
  std::vector<xmlNodePtr> out;
  for (xmlNodePtr c = parent->children; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && Name(c) == name) out.push_back(c);
  }
  return out;
}

TEST(ActorGraphTest, GraphMlParsesWithLibxml2) {
  const KbSource source{"graph.kb", kGraphKb, KbSource::Format::kCasus};
  auto kb = KnowledgeBase::FromSources(std::span<const KbSource>(&source, 1));
  ASSERT_TRUE(kb.ok());
  const ActorGraph graph = SampleGraph(&kb.value());
  auto text = FormatActorGraph(graph, "graphml");
  ASSERT_TRUE(text.ok());
  XmlDoc xml(*text);
  ASSERT_NE(xml.doc, nullptr) << *text;
  xmlNodePtr root = xmlDocGetRootElement(xml.doc);
  ASSERT_EQ(Name(root), "graphml");
  ASSERT_NE(root->ns, nullptr);
  EXPECT_STREQ(reinterpret_cast<const char*>(root->ns->href),
               "http://graphml.graphdrawing.org/xmlns");
  std::set<std::string> keys;
  for (xmlNodePtr key : Children(root, "key")) keys.insert(Attr(key, "id"));
  const auto graphs = Children(root, "graph");
  ASSERT_EQ(graphs.size(), 1u);
  EXPECT_EQ(Attr(graphs[0], "edgedefault"), "directed");
  std::set<std::string> node_ids;
  std::map<std::string, std::string> labels;
  for (xmlNodePtr node : Children(graphs[0], "node")) {
    node_ids.insert(Attr(node, "id"));
    for (xmlNodePtr data : Children(node, "data")) {
      EXPECT_TRUE(keys.count(Attr(data, "key")));
      if (Attr(data, "key") == "n_label") {
        xmlChar* content = xmlNodeGetContent(data);
        labels[Attr(node, "id")] = reinterpret_cast<const char*>(content);
        xmlFree(content);
      }
    }
  }
  EXPECT_EQ(node_ids.size(), graph.nodes.size());
  const auto edges = Children(graphs[0], "edge");
  EXPECT_EQ(edges.size(), graph.edges.size());
  for (xmlNodePtr edge : edges) {
    EXPECT_TRUE(node_ids.count(Attr(edge, "source")));
    EXPECT_TRUE(node_ids.count(Attr(edge, "target")));
    for (xmlNodePtr data : Children(edge, "data")) EXPECT_TRUE(keys.count(Attr(data, "key")));
  }
  // Markup in names survives escaping.
  bool found = false;
  for (const auto& [id, label] : labels) found |= label == "Saraya Awliya al-Dam & co";
  EXPECT_TRUE(found);
}

TEST(ActorGraphTest, GexfParsesWithLibxml2) {
  const ActorGraph graph = SampleGraph(nullptr);
  auto text = FormatActorGraph(graph, "gexf");
  ASSERT_TRUE(text.ok());
  XmlDoc xml(*text);
  ASSERT_NE(xml.doc, nullptr) << *text;
  xmlNodePtr root = xmlDocGetRootElement(xml.doc);
  ASSERT_EQ(Name(root), "gexf");
  EXPECT_EQ(Attr(root, "version"), "1.2");
  const auto graphs = Children(root, "graph");
  ASSERT_EQ(graphs.size(), 1u);
  std::set<std::string> node_ids;
  for (xmlNodePtr nodes : Children(graphs[0], "nodes")) {
    for (xmlNodePtr node : Children(nodes, "node")) node_ids.insert(Attr(node, "id"));
  }
  EXPECT_EQ(node_ids.size(), graph.nodes.size());
  size_t edge_count = 0;
  for (xmlNodePtr edges : Children(graphs[0], "edges")) {
    for (xmlNodePtr edge : Children(edges, "edge")) {
      ++edge_count;
      EXPECT_TRUE(node_ids.count(Attr(edge, "source")));
      EXPECT_TRUE(node_ids.count(Attr(edge, "target")));
      EXPECT_GE(std::stoi(Attr(edge, "weight")), 1);
    }
  }
  EXPECT_EQ(edge_count, graph.edges.size());
}

#else

TEST(ActorGraphTest, XmlFormatsNeedLibxml2) {
  GTEST_SKIP() << "libxml2-dev is not installed: GraphML and GEXF are not parsed in this build";
}

#endif

}  // namespace
}  // namespace casus
