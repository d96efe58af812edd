#include "store/incident_query.h"

#include "store/actor_network.h"

namespace casus {

Result<std::vector<Incident>> QueryIncidents(Store& store, const KnowledgeBase* kb,
                                             const IncidentQuery& query) {
  std::vector<StoredRelation> relations;
  if (!query.network.empty()) {
    auto stored = store.RelationKeys();
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

  // The network: its actors on any date narrow the candidates through the
  // actor index; each candidate's actors then decide on its date, and only
  // the incidents covered are read in full.
  const ActorSpec root = network.Resolve(query.network);
  network.AddPrefilter(root, filter);
  const size_t limit = filter.limit;
  filter.limit = 0;
  auto candidates = store.FindIncidentActors(filter);
  if (!candidates.ok()) return candidates.status();
  std::vector<int64_t> keys;
  for (const Incident& candidate : *candidates) {
    if (!network.Covers(root, candidate)) continue;
    keys.push_back(candidate.key);
    if (limit > 0 && keys.size() >= limit) break;
  }
  return store.IncidentsByKey(keys);
}

}  // namespace casus
