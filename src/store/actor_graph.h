// The actor network of a store, for Gephi, Cytoscape, networkx or d3
// (`casus export graph`).
//
// Nodes are actors: every perpetrator, target, claimant and blamed actor of
// the stored incidents, every actor of a stored relation, and the
// knowledge-base actors reached from them by the knowledge base's relations
// (so a group's sponsors appear even when no report names them). Edges:
//   kind "relation", origin "documents"       a relation stated in reports:
//        label = front_of, backed_by, ...; first/last publication date;
//        sources = the documents, weight = how many
//   kind "relation", origin "knowledge base"  a dated knowledge-base
//        relation: valid_from/valid_to as in the knowledge base ("" = open);
//        sources = "file:line"
//   kind "event", origin "incidents"          incidents from actor1 to
//        actor2: label = PLOVER type, weight = number of incidents, first/last
//        incident date
//
// Formats: GraphML (graphml.graphdrawing.org), GEXF 1.2 (Gephi) and JSON in
// node-link form ({"directed", "multigraph", "graph", "nodes", "links"},
// readable by networkx.node_link_graph and d3).
//
// Thread safety: pure functions over values.
#ifndef CASUS_STORE_ACTOR_GRAPH_H_
#define CASUS_STORE_ACTOR_GRAPH_H_

#include <string>
#include <string_view>
#include <vector>

#include "casus/status.h"
#include "store/store.h"

namespace casus {

class KnowledgeBase;

struct ActorGraph {
  struct Node {
    std::string key;  // ActorKey
    std::string label;
    std::string country;
    std::string sector;
    std::string kind;  // knowledge-base actor kind, or empty
  };
  struct Edge {
    std::string source;  // node keys
    std::string target;
    std::string kind;                           // "relation" or "event"
    std::string label;                          // relation or PLOVER type
    std::string origin;                         // "documents", "knowledge base" or "incidents"
    std::string valid_from, valid_to;           // knowledge-base validity
    std::string first_reported, last_reported;  // dates, documents and incidents
    std::vector<std::string> sources;
    int64_t weight = 1;
  };
  std::vector<Node> nodes;  // sorted by key
  std::vector<Edge> edges;  // sorted by source, target, kind, label, origin
};

// `kb` may be null (no knowledge-base edges).
ActorGraph BuildActorGraph(const std::vector<StoredActor>& actors,
                           const std::vector<StoredRelation>& relations,
                           const std::vector<Interaction>& interactions, const KnowledgeBase* kb);

// "graphml", "gexf" or "json".
Result<std::string> FormatActorGraph(const ActorGraph& graph, std::string_view format);

}  // namespace casus

#endif  // CASUS_STORE_ACTOR_GRAPH_H_
