// QueryIncidents: `casus query`'s search over a store, adding to the
// store's own filters the ones that need the knowledge base: actors given
// by name or id (resolved to their keys) and --network (the actors behind a
// state or a group on each incident's date; store/actor_network.h).
//
// Thread safety: as Store.
#ifndef CASUS_STORE_INCIDENT_QUERY_H_
#define CASUS_STORE_INCIDENT_QUERY_H_

#include <string>
#include <vector>

#include "store/store.h"

namespace casus {

class KnowledgeBase;

struct IncidentQuery {
  // Dates, places, types, text and limit; its key lists are filled from the
  // fields below.
  IncidentFilter filter;
  std::vector<std::string> actors;     // --actor: actor1 or actor2 of a report
  std::vector<std::string> claimants;  // --claimed-by
  std::string network;                 // --network: "IRN", an id or a name
};

// `kb` may be null (names then match as written in documents, and networks
// follow document relations only).
Result<std::vector<Incident>> QueryIncidents(Store& store, const KnowledgeBase* kb,
                                             const IncidentQuery& query);

}  // namespace casus

#endif  // CASUS_STORE_INCIDENT_QUERY_H_
