#include "store/incident_query.h"

#include "store/actor_network.h"

namespace casus {

Result<std::vector<Incident>> QueryIncidents(Store& store, const KnowledgeBase* kb,
                                             const IncidentQuery& query) {
  std::vector<StoredRelation> relations;
  if (!query.network.empty()) {
    auto stored = store.Relations();
    if (!stored.ok()) return stored.status();
    relations = std::move(stored.value());
  }
  const ActorNetwork network(kb, relations);
  IncidentFilter filter = query.filter;
  for (const std::string& actor : query.actors) {
    for (std::string& key : network.Resolve(actor).keys) filter.actor_keys.push_back(key);
  }
  for (const std::string& claimant : query.claimants) {
    for (std::string& key : network.Resolve(claimant).keys) filter.claimant_keys.push_back(key);
  }
  // An actor filter that resolves to nothing matches nothing.
  if (!query.actors.empty() && filter.actor_keys.empty()) filter.actor_keys.push_back("");
  if (!query.claimants.empty() && filter.claimant_keys.empty()) {
    filter.claimant_keys.push_back("");
  }
  if (query.network.empty()) return store.FindIncidents(filter);

  const ActorSpec root = network.Resolve(query.network);
  network.AddPrefilter(root, filter);
  const size_t limit = filter.limit;
  filter.limit = 0;
  auto candidates = store.FindIncidents(filter);
  if (!candidates.ok()) return candidates.status();
  std::vector<Incident> incidents;
  for (Incident& incident : *candidates) {
    if (!network.Covers(root, incident)) continue;
    incidents.push_back(std::move(incident));
    if (limit > 0 && incidents.size() >= limit) break;
  }
  return incidents;
}

}  // namespace casus
