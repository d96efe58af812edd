#include "store/actor_graph.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>

#include "kb/knowledge_base.h"
#include "output/json_writer.h"

namespace casus {
namespace {

using EdgeKey = std::tuple<std::string, std::string, std::string, std::string, std::string>;

class GraphBuilder {
 public:
  explicit GraphBuilder(const KnowledgeBase* kb) : kb_(kb) {}

  void AddNode(const std::string& key, const std::string& label, const std::string& country,
               const std::string& sector) {
    if (key.empty()) return;
    ActorGraph::Node& node = nodes_[key];
    node.key = key;
    if (node.label.empty()) node.label = label.empty() ? key : label;
    if (node.country.empty()) node.country = country;
    if (node.sector.empty()) node.sector = sector;
  }

  void AddActor(const Actor& actor) {
    AddNode(ActorKey(actor), actor.name.empty() ? actor.text : actor.name, actor.country,
            actor.sector);
  }

  ActorGraph::Edge& Edge(const std::string& source, const std::string& target,
                         const std::string& kind, const std::string& label,
                         const std::string& origin) {
    auto [it, added] = edges_.try_emplace(EdgeKey{source, target, kind, label, origin});
    if (added) {
      it->second.source = source;
      it->second.target = target;
      it->second.kind = kind;
      it->second.label = label;
      it->second.origin = origin;
      it->second.weight = 0;
    }
    return it->second;
  }

  // Follows knowledge-base relations out of every node the knowledge base
  // knows, transitively, adding the actors they reach.
  void AddKnowledgeBaseEdges() {
    if (!kb_) return;
    std::deque<ActorIndex> frontier;
    std::set<ActorIndex> seen;
    for (const auto& [key, node] : nodes_) {
      if (auto index = kb_->FindId(key); index && seen.insert(*index).second) {
        frontier.push_back(*index);
      }
    }
    while (!frontier.empty()) {
      const ActorIndex index = frontier.front();
      frontier.pop_front();
      const ActorRecord& subject = kb_->actor(index);
      Describe(index);
      for (uint32_t r : subject.relations) {
        const RelationRecord& relation = kb_->relation(r);
        const ActorRecord& object = kb_->actor(relation.object);
        Describe(relation.object);
        ActorGraph::Edge& edge = Edge(subject.id, object.id, "relation",
                                      std::string(ToString(relation.type)), "knowledge base");
        edge.valid_from = relation.when.from.ToString();
        edge.valid_to = relation.when.to.ToString();
        edge.sources.push_back(kb_->Where(relation.file, relation.line));
        edge.weight = static_cast<int64_t>(edge.sources.size());
        if (seen.insert(relation.object).second) frontier.push_back(relation.object);
      }
    }
  }

  ActorGraph Finish() {
    ActorGraph graph;
    for (auto& [key, node] : nodes_) graph.nodes.push_back(std::move(node));
    for (auto& [key, edge] : edges_) {
      std::sort(edge.sources.begin(), edge.sources.end());
      edge.sources.erase(std::unique(edge.sources.begin(), edge.sources.end()), edge.sources.end());
      if (edge.origin == "documents") edge.weight = static_cast<int64_t>(edge.sources.size());
      graph.edges.push_back(std::move(edge));
    }
    return graph;
  }

 private:
  void Describe(ActorIndex index) {
    const ActorRecord& actor = kb_->actor(index);
    AddNode(actor.id, actor.name, actor.country.str(), actor.sector.str());
    nodes_[actor.id].kind = std::string(ToString(actor.kind));
  }

  const KnowledgeBase* kb_;
  std::map<std::string, ActorGraph::Node> nodes_;
  std::map<EdgeKey, ActorGraph::Edge> edges_;
};

void Widen(std::string& first, std::string& last, const std::string& date) {
  if (date.empty()) return;
  if (first.empty() || date < first) first = date;
  if (last.empty() || date > last) last = date;
}

// Text safe inside XML attributes and elements; characters XML 1.0 forbids
// (control characters other than tab and newlines) are dropped.
std::string Xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out.push_back(c);
    }
  }
  return out;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += "; ";
    out += item;
  }
  return out;
}

struct Attribute {
  const char* name;
  const char* type;  // "string" or "long"
};

const std::vector<Attribute> kNodeAttributes = {{"key", "string"},
                                                {"label", "string"},
                                                {"country", "string"},
                                                {"sector", "string"},
                                                {"kind", "string"}};
const std::vector<Attribute> kEdgeAttributes = {
    {"kind", "string"},          {"label", "string"},    {"origin", "string"},
    {"valid_from", "string"},    {"valid_to", "string"}, {"first_reported", "string"},
    {"last_reported", "string"}, {"sources", "string"},  {"weight", "long"}};

std::vector<std::string> NodeValues(const ActorGraph::Node& n) {
  return {n.key, n.label, n.country, n.sector, n.kind};
}

std::vector<std::string> EdgeValues(const ActorGraph::Edge& e) {
  return {e.kind,          e.label,         e.origin,
          e.valid_from,    e.valid_to,      e.first_reported,
          e.last_reported, Join(e.sources), std::to_string(e.weight)};
}

std::string GraphMl(const ActorGraph& graph, const std::map<std::string, size_t>& ids) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Attribute& a : kNodeAttributes) {
    out += std::string("  <key id=\"n_") + a.name + "\" for=\"node\" attr.name=\"" + a.name +
           "\" attr.type=\"" + a.type + "\"/>\n";
  }
  for (const Attribute& a : kEdgeAttributes) {
    out += std::string("  <key id=\"e_") + a.name + "\" for=\"edge\" attr.name=\"" + a.name +
           "\" attr.type=\"" + a.type + "\"/>\n";
  }
  out += "  <graph id=\"casus\" edgedefault=\"directed\">\n";
  for (const ActorGraph::Node& node : graph.nodes) {
    out += "    <node id=\"n" + std::to_string(ids.at(node.key)) + "\">";
    const auto values = NodeValues(node);
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].empty()) continue;
      out += std::string("<data key=\"n_") + kNodeAttributes[i].name + "\">" + Xml(values[i]) +
             "</data>";
    }
    out += "</node>\n";
  }
  size_t edge_id = 0;
  for (const ActorGraph::Edge& edge : graph.edges) {
    out += "    <edge id=\"e" + std::to_string(edge_id++) + "\" source=\"n" +
           std::to_string(ids.at(edge.source)) + "\" target=\"n" +
           std::to_string(ids.at(edge.target)) + "\">";
    const auto values = EdgeValues(edge);
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].empty()) continue;
      out += std::string("<data key=\"e_") + kEdgeAttributes[i].name + "\">" + Xml(values[i]) +
             "</data>";
    }
    out += "</edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

std::string Gexf(const ActorGraph& graph, const std::map<std::string, size_t>& ids) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
      "  <meta><creator>casus</creator><description>actor network: relations and "
      "incidents</description></meta>\n"
      "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
      "    <attributes class=\"node\">\n";
  for (size_t i = 0; i < kNodeAttributes.size(); ++i) {
    out += "      <attribute id=\"" + std::to_string(i) + "\" title=\"" + kNodeAttributes[i].name +
           "\" type=\"" + kNodeAttributes[i].type + "\"/>\n";
  }
  out += "    </attributes>\n    <attributes class=\"edge\">\n";
  for (size_t i = 0; i < kEdgeAttributes.size(); ++i) {
    out += "      <attribute id=\"" + std::to_string(i) + "\" title=\"" + kEdgeAttributes[i].name +
           "\" type=\"" + kEdgeAttributes[i].type + "\"/>\n";
  }
  out += "    </attributes>\n    <nodes>\n";
  for (const ActorGraph::Node& node : graph.nodes) {
    out += "      <node id=\"n" + std::to_string(ids.at(node.key)) + "\" label=\"" +
           Xml(node.label) + "\"><attvalues>";
    const auto values = NodeValues(node);
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].empty()) continue;
      out += "<attvalue for=\"" + std::to_string(i) + "\" value=\"" + Xml(values[i]) + "\"/>";
    }
    out += "</attvalues></node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  size_t edge_id = 0;
  for (const ActorGraph::Edge& edge : graph.edges) {
    out += "      <edge id=\"e" + std::to_string(edge_id++) + "\" source=\"n" +
           std::to_string(ids.at(edge.source)) + "\" target=\"n" +
           std::to_string(ids.at(edge.target)) + "\" label=\"" + Xml(edge.label) + "\" weight=\"" +
           std::to_string(edge.weight) + "\"><attvalues>";
    const auto values = EdgeValues(edge);
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i].empty()) continue;
      out += "<attvalue for=\"" + std::to_string(i) + "\" value=\"" + Xml(values[i]) + "\"/>";
    }
    out += "</attvalues></edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

std::string GraphJson(const ActorGraph& graph) {
  std::string out;
  JsonWriter json(out);
  json.BeginObject();
  json.Key("directed").Bool(true);
  json.Key("multigraph").Bool(true);
  json.Key("graph").BeginObject().Key("name").String("casus actor network").EndObject();
  json.Key("nodes").BeginArray();
  for (const ActorGraph::Node& n : graph.nodes) {
    json.BeginObject();
    json.Key("id").String(n.key);
    json.Key("label").String(n.label);
    json.Key("country").StringOrNull(n.country);
    json.Key("sector").StringOrNull(n.sector);
    json.Key("kind").StringOrNull(n.kind);
    json.EndObject();
  }
  json.EndArray();
  json.Key("links").BeginArray();
  for (const ActorGraph::Edge& e : graph.edges) {
    json.BeginObject();
    json.Key("source").String(e.source);
    json.Key("target").String(e.target);
    json.Key("kind").String(e.kind);
    json.Key("label").String(e.label);
    json.Key("origin").String(e.origin);
    json.Key("valid_from").StringOrNull(e.valid_from);
    json.Key("valid_to").StringOrNull(e.valid_to);
    json.Key("first_reported").StringOrNull(e.first_reported);
    json.Key("last_reported").StringOrNull(e.last_reported);
    json.Key("sources").BeginArray();
    for (const std::string& s : e.sources) json.String(s);
    json.EndArray();
    json.Key("weight").Int(e.weight);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  out.push_back('\n');
  return out;
}

}  // namespace

ActorGraph BuildActorGraph(const std::vector<StoredActor>& actors,
                           const std::vector<StoredRelation>& relations,
                           const std::vector<Interaction>& interactions, const KnowledgeBase* kb) {
  GraphBuilder builder(kb);
  for (const StoredActor& actor : actors) {
    builder.AddNode(actor.key, actor.name, actor.country, actor.sector);
  }
  for (const StoredRelation& stored : relations) {
    const Relation& r = stored.relation;
    const std::string subject = ActorKey(r.subject), object = ActorKey(r.object);
    if (subject.empty() || object.empty()) continue;
    builder.AddActor(r.subject);
    builder.AddActor(r.object);
    ActorGraph::Edge& edge = builder.Edge(subject, object, "relation", r.relation, "documents");
    edge.sources.push_back(r.doc);
    ++edge.weight;
    if (stored.published) {
      Widen(edge.first_reported, edge.last_reported, stored.published->ToString());
    }
  }
  for (const Interaction& i : interactions) {
    builder.AddNode(i.from_key, "", "", "");
    builder.AddNode(i.to_key, "", "", "");
    ActorGraph::Edge& edge = builder.Edge(i.from_key, i.to_key, "event", i.type, "incidents");
    edge.weight += i.incidents;
    if (i.first) Widen(edge.first_reported, edge.last_reported, i.first->ToString());
    if (i.last) Widen(edge.first_reported, edge.last_reported, i.last->ToString());
  }
  builder.AddKnowledgeBaseEdges();
  return builder.Finish();
}

Result<std::string> FormatActorGraph(const ActorGraph& graph, std::string_view format) {
  std::map<std::string, size_t> ids;
  for (const ActorGraph::Node& node : graph.nodes) ids.emplace(node.key, ids.size());
  if (format == "graphml") return GraphMl(graph, ids);
  if (format == "gexf") return Gexf(graph, ids);
  if (format == "json") return GraphJson(graph);
  return Status::InvalidInput("unknown graph format '" + std::string(format) +
                              "' (graphml, gexf or json)");
}

}  // namespace casus
