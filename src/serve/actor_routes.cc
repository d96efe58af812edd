// The actor endpoints: the actors of the store, one actor with its
// relations and sponsor chain on a date, and the actor network.
#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include "kb/kb_types.h"
#include "output/json_writer.h"
#include "serve/api_context.h"
#include "store/incident_fusion.h"

namespace casus {
namespace {

bool TowardsSponsor(std::string_view relation) {
  return relation == "front_of" || relation == "proxy_of" || relation == "backed_by" ||
         relation == "member_of" || relation == "part_of" || relation == "leads";
}

// "file:line" of a knowledge-base entry without the server's directories.
std::string ShortWhere(std::string where) {
  const size_t slash = where.rfind('/');
  return slash == std::string::npos ? where : where.substr(slash + 1);
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Result<std::shared_ptr<const std::vector<ActorEntry>>> ActorsAt(RequestScope& scope) {
  return scope.context.actors.Get(scope.version, [&]() -> Result<std::vector<ActorEntry>> {
    auto rows = scope.session.reader->Query(
        "SELECT actor_key, max(name), max(country), max(sector), count(DISTINCT incident_key), "
        "sum(CASE WHEN role = 'actor1' THEN 1 ELSE 0 END) FROM incident_actors "
        "WHERE role <> 'sponsor' GROUP BY actor_key",
        {});
    if (!rows.ok()) return rows.status();
    std::vector<ActorEntry> actors;
    actors.reserve(rows->size());
    for (const SqlRow& row : *rows) {
      actors.push_back(
          {row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Int(4), row.Int(5)});
    }
    std::stable_sort(actors.begin(), actors.end(), [](const ActorEntry& a, const ActorEntry& b) {
      return a.incidents != b.incidents ? a.incidents > b.incidents : a.key < b.key;
    });
    return actors;
  });
}

void WriteEntry(const ActorEntry& actor, JsonWriter& json) {
  json.BeginObject().Key("key").String(actor.key).Key("name").String(actor.name);
  json.Key("country").StringOrNull(actor.country).Key("sector").StringOrNull(actor.sector);
  json.Key("incidents").Int(actor.incidents).Key("perpetrated").Int(actor.perpetrated);
  json.EndObject();
}

// GET /api/actors?q=&limit=: actors of the store whose name or key holds q
// (case-insensitive), most incidents first.
Result<std::string> ListActors(RequestScope& scope) {
  const ServeLimits& limits = scope.context.limits();
  Status status = CheckParameters(scope.request.params, false, {"q", "limit"}, limits);
  if (!status.ok()) return status;
  auto q = SingleParameter(scope.request.params, "q");
  if (!q.ok()) return q.status();
  auto limit = CountParameter(scope.request.params, "limit", 50, 1000);
  if (!limit.ok()) return limit.status();
  auto actors = ActorsAt(scope);
  if (!actors.ok()) return actors.status();
  const std::string needle = Lower(q->value_or(""));
  std::string out;
  JsonWriter json(out);
  json.BeginObject().Key("actors").BeginArray();
  size_t shown = 0, matched = 0;
  for (const ActorEntry& actor : **actors) {
    if (!needle.empty() && Lower(actor.name).find(needle) == std::string::npos &&
        Lower(actor.key).find(needle) == std::string::npos) {
      continue;
    }
    ++matched;
    if (shown < *limit) {
      WriteEntry(actor, json);
      ++shown;
    }
  }
  json.EndArray().Key("matched").Int(static_cast<int64_t>(matched)).EndObject();
  return out;
}

void WriteKbRelation(const KnowledgeBase& kb, const RelationRecord& relation, JsonWriter& json) {
  json.BeginObject();
  json.Key("type").String(ToString(relation.type));
  json.Key("subject").String(kb.actor(relation.subject).id);
  json.Key("subject_name").String(kb.actor(relation.subject).name);
  json.Key("object").String(kb.actor(relation.object).id);
  json.Key("object_name").String(kb.actor(relation.object).name);
  json.Key("from").StringOrNull(relation.when.from.ToString());
  json.Key("to").StringOrNull(relation.when.to.ToString());
  json.Key("confidence").Double(relation.confidence, 2);
  json.Key("note").StringOrNull(relation.note);
  json.Key("where").String(ShortWhere(kb.Where(relation.file, relation.line)));
  json.EndObject();
}

struct ChainEdge {
  std::string source, target, label, origin;
  auto operator<=>(const ChainEdge&) const = default;
};

// GET /api/actor?key=&date=: an actor (knowledge-base id, stored key such
// as "name:...", a name, or an ISO state code), its relations on the date,
// its sponsor chain, the edges of that chain for the graph, and the members
// of its network (everyone behind it on the date).
Result<std::string> OneActor(RequestScope& scope) {
  const ServeLimits& limits = scope.context.limits();
  Status status = CheckParameters(scope.request.params, false, {"key", "date"}, limits);
  if (!status.ok()) return status;
  auto key = SingleParameter(scope.request.params, "key");
  if (!key.ok()) return key.status();
  if (!key->has_value() || (*key)->empty()) {
    return Status::InvalidInput("parameter 'key': required (an actor id, key or name)");
  }
  auto date = DateParameter(scope.request.params, "date");
  if (!date.ok()) return date.status();
  auto network = scope.Network();
  if (!network.ok()) return network.status();
  auto actors = ActorsAt(scope);
  if (!actors.ok()) return actors.status();
  auto relations =
      scope.context.relations.Get(scope.version, [&] { return scope.session.store->Relations(); });
  if (!relations.ok()) return relations.status();
  const KnowledgeBase* kb = scope.context.kb();

  const ActorSpec spec = (*network)->Resolve(**key);
  std::set<std::string> keys(spec.keys.begin(), spec.keys.end());
  // A stored key ("name:...") names itself.
  if ((*key)->starts_with("name:")) keys.insert(**key);
  std::vector<const ActorEntry*> seen;
  for (const ActorEntry& actor : **actors) {
    if (keys.count(actor.key)) seen.push_back(&actor);
  }
  std::optional<ActorIndex> kb_actor;
  if (kb) {
    for (const std::string& k : keys) {
      if ((kb_actor = kb->FindId(k))) break;
    }
  }
  if (seen.empty() && !kb_actor && spec.country.empty()) {
    return Status::NotFound("no actor '" + **key + "' in the store or the knowledge base");
  }

  std::string out;
  JsonWriter json(out);
  json.BeginObject().Key("query").String(**key);
  json.Key("date");
  if (*date) {
    json.String((*date)->ToString());
  } else {
    json.Null();
  }
  json.Key("keys").BeginArray();
  for (const std::string& k : keys) json.String(k);
  json.EndArray();
  json.Key("state").StringOrNull(spec.country);
  json.Key("in_store").BeginArray();
  for (const ActorEntry* actor : seen) WriteEntry(*actor, json);
  json.EndArray();

  std::set<ChainEdge> chain;
  json.Key("knowledge_base");
  if (kb_actor) {
    const ActorRecord& r = kb->actor(*kb_actor);
    json.BeginObject().Key("id").String(r.id).Key("name").String(r.name);
    json.Key("kind").String(ToString(r.kind)).Key("country").StringOrNull(r.country.str());
    json.Key("sector").StringOrNull(r.sector.str());
    json.Key("aliases").BeginArray();
    for (const std::string& alias : r.aliases) json.String(alias);
    json.EndArray().Key("home_aliases").BeginArray();
    for (const std::string& alias : r.home_aliases) json.String(alias);
    json.EndArray().Key("relations").BeginArray();
    for (uint32_t rel : kb->RelationsOn(*kb_actor, *date)) {
      WriteKbRelation(*kb, kb->relation(rel), json);
    }
    json.EndArray().Key("incoming").BeginArray();
    for (uint32_t rel : r.incoming) {
      if (kb->relation(rel).when.HoldsOn(*date)) WriteKbRelation(*kb, kb->relation(rel), json);
    }
    const SponsorChain sponsors = kb->SponsorsOf(*kb_actor, *date);
    json.EndArray().Key("chain").BeginArray();
    for (const auto& step : sponsors.steps) {
      const RelationRecord& rel = kb->relation(step.relation);
      WriteKbRelation(*kb, rel, json);
      chain.insert({kb->actor(rel.subject).id, kb->actor(rel.object).id,
                    std::string(ToString(rel.type)), "knowledge base"});
    }
    json.EndArray().Key("sponsors").BeginArray();
    for (size_t i = 0; i < sponsors.sponsors.size(); ++i) {
      json.BeginObject().Key("country").String(sponsors.sponsors[i]);
      json.Key("confidence").Double(sponsors.confidence[i], 2).EndObject();
    }
    json.EndArray().EndObject();
  } else {
    json.Null();
  }

  // Relations stated in stored documents about these actors, and the chain
  // they continue (subject towards its sponsors).
  json.Key("document_relations").BeginArray();
  size_t written = 0;
  for (const StoredRelation& stored : **relations) {
    const Relation& r = stored.relation;
    const std::string subject = ActorKey(r.subject), object = ActorKey(r.object);
    if (!keys.count(subject) && !keys.count(object)) continue;
    if (++written > 200) break;
    json.BeginObject().Key("relation").String(r.relation);
    json.Key("subject").String(subject).Key("subject_name").String(r.subject.name);
    json.Key("object").String(object).Key("object_name").String(r.object.name);
    json.Key("doc").String(r.doc);
    json.Key("published");
    if (stored.published) {
      json.String(stored.published->ToString());
    } else {
      json.Null();
    }
    json.Key("evidence").String(r.evidence.text).EndObject();
  }
  json.EndArray();
  std::deque<std::string> frontier(keys.begin(), keys.end());
  std::set<std::string> reached(keys.begin(), keys.end());
  while (!frontier.empty() && reached.size() < 500) {
    const std::string from = frontier.front();
    frontier.pop_front();
    for (const StoredRelation& stored : **relations) {
      const Relation& r = stored.relation;
      if (!TowardsSponsor(r.relation) || ActorKey(r.subject) != from) continue;
      const std::string to = ActorKey(r.object);
      chain.insert({from, to, r.relation, "documents"});
      if (reached.insert(to).second) frontier.push_back(to);
    }
    if (kb) {
      if (auto index = kb->FindId(from)) {
        for (uint32_t rel : kb->RelationsOn(*index, *date)) {
          const RelationRecord& relation = kb->relation(rel);
          if (!IsSponsorEdge(relation.type) && relation.type != RelationType::kLeads) continue;
          const std::string to = kb->actor(relation.object).id;
          chain.insert({from, to, std::string(ToString(relation.type)), "knowledge base"});
          if (reached.insert(to).second) frontier.push_back(to);
        }
      }
    }
  }
  json.Key("chain_edges").BeginArray();
  for (const ChainEdge& edge : chain) {
    json.BeginObject().Key("source").String(edge.source).Key("target").String(edge.target);
    json.Key("label").String(edge.label).Key("origin").String(edge.origin).EndObject();
  }
  json.EndArray();
  // Everyone behind it on the date (the --network members).
  const std::set<std::string> members = (*network)->MembersOn(spec, *date);
  json.Key("network_members").BeginArray();
  size_t listed = 0;
  for (const std::string& member : members) {
    if (++listed > 1000) break;
    json.String(member);
  }
  json.EndArray().Key("network_size").Int(static_cast<int64_t>(members.size()));
  json.EndObject();
  return out;
}

// Whether a knowledge-base edge holds on `date`: some relation of that
// type from source to target is valid then.
bool KbEdgeHoldsOn(const KnowledgeBase& kb, const ActorGraph::Edge& edge, const Date& date) {
  auto index = kb.FindId(edge.source);
  if (!index) return true;
  for (uint32_t r : kb.actor(*index).relations) {
    const RelationRecord& relation = kb.relation(r);
    if (kb.actor(relation.object).id == edge.target && ToString(relation.type) == edge.label &&
        relation.when.HoldsOn(date)) {
      return true;
    }
  }
  return false;
}

// GET /api/graph?date=&events=&limit=: the actor network for cytoscape:
// relation edges (from the knowledge base, valid on `date` when given, and
// from documents), optionally interactions (events=1), and their nodes —
// the best-connected `limit` of them.
Result<std::string> Graph(RequestScope& scope) {
  const ServeLimits& limits = scope.context.limits();
  Status status = CheckParameters(scope.request.params, false, {"date", "events", "limit"}, limits);
  if (!status.ok()) return status;
  auto date = DateParameter(scope.request.params, "date");
  if (!date.ok()) return date.status();
  auto events = SingleParameter(scope.request.params, "events");
  if (!events.ok()) return events.status();
  const bool with_events = events->value_or("0") == "1";
  if (events->has_value() && **events != "0" && **events != "1") {
    return Status::InvalidInput("parameter 'events': 0 or 1");
  }
  auto limit =
      CountParameter(scope.request.params, "limit", limits.max_graph_nodes, limits.max_graph_nodes);
  if (!limit.ok()) return limit.status();
  auto actors = ActorsAt(scope);
  if (!actors.ok()) return actors.status();
  const KnowledgeBase* kb = scope.context.kb();
  auto graph = scope.context.graph.Get(scope.version, [&]() -> Result<ActorGraph> {
    auto stored_actors = scope.session.store->Actors();
    if (!stored_actors.ok()) return stored_actors.status();
    auto relations = scope.context.relations.Get(scope.version,
                                                 [&] { return scope.session.store->Relations(); });
    if (!relations.ok()) return relations.status();
    auto interactions = scope.session.store->Interactions();
    if (!interactions.ok()) return interactions.status();
    return BuildActorGraph(*stored_actors, **relations, *interactions, kb);
  });
  if (!graph.ok()) return graph.status();

  std::map<std::string, int64_t> incidents;
  for (const ActorEntry& actor : **actors) incidents[actor.key] = actor.incidents;
  std::vector<const ActorGraph::Edge*> edges;
  std::map<std::string, int64_t> score;  // degree plus incidents
  for (const ActorGraph::Edge& edge : (*graph)->edges) {
    if (edge.kind == "event" && !with_events) continue;
    if (edge.origin == "knowledge base" && *date && kb && !KbEdgeHoldsOn(*kb, edge, **date)) {
      continue;
    }
    edges.push_back(&edge);
    for (const std::string* end : {&edge.source, &edge.target}) {
      score[*end] += 1 + (incidents.count(*end) ? incidents[*end] : 0);
    }
  }
  std::vector<std::pair<int64_t, std::string>> ranked;
  for (const auto& [key, s] : score) ranked.push_back({-s, key});
  std::sort(ranked.begin(), ranked.end());
  std::set<std::string> kept;
  for (size_t i = 0; i < ranked.size() && i < *limit; ++i) kept.insert(ranked[i].second);

  std::string out;
  JsonWriter json(out);
  json.BeginObject().Key("nodes").BeginArray();
  for (const ActorGraph::Node& node : (*graph)->nodes) {
    if (!kept.count(node.key)) continue;
    json.BeginObject().Key("key").String(node.key).Key("label").String(node.label);
    json.Key("country").StringOrNull(node.country).Key("sector").StringOrNull(node.sector);
    json.Key("kind").StringOrNull(node.kind);
    json.Key("incidents").Int(incidents.count(node.key) ? incidents[node.key] : 0).EndObject();
  }
  json.EndArray().Key("edges").BeginArray();
  for (const ActorGraph::Edge* edge : edges) {
    if (!kept.count(edge->source) || !kept.count(edge->target)) continue;
    json.BeginObject().Key("source").String(edge->source).Key("target").String(edge->target);
    json.Key("kind").String(edge->kind).Key("label").String(edge->label);
    json.Key("origin").String(edge->origin);
    json.Key("valid_from").StringOrNull(edge->valid_from);
    json.Key("valid_to").StringOrNull(edge->valid_to);
    json.Key("first_reported").StringOrNull(edge->first_reported);
    json.Key("last_reported").StringOrNull(edge->last_reported);
    json.Key("weight").Int(edge->weight);
    json.Key("sources").BeginArray();
    for (size_t i = 0; i < edge->sources.size() && i < 20; ++i) {
      json.String(edge->origin == "knowledge base" ? ShortWhere(edge->sources[i])
                                                   : edge->sources[i]);
    }
    json.EndArray().Key("source_count").Int(static_cast<int64_t>(edge->sources.size()));
    json.EndObject();
  }
  json.EndArray();
  json.Key("truncated").Bool(ranked.size() > kept.size());
  json.EndObject();
  return out;
}

}  // namespace

void AddActorRoutes(httplib::Server& server, ApiContext& context) {
  const std::pair<const char*, Result<std::string> (*)(RequestScope&)> routes[] = {
      {"/api/actors", ListActors}, {"/api/actor", OneActor}, {"/api/graph", Graph}};
  for (const auto& [pattern, handler] : routes) {
    server.Get(pattern, [&context, handler = handler](const httplib::Request& request,
                                                      httplib::Response& response) {
      ServeFromStore(context, request, response, handler);
    });
  }
}

}  // namespace casus
