// ActorNetwork: who stands behind an actor on a given date, from the
// knowledge base's dated relations and the relations stated in stored
// documents. `casus query --network IRN` keeps the incidents whose
// perpetrator belongs to Iran's network on the incident's date.
//
// The network of a root (a state by its ISO code, or an actor by
// knowledge-base id or name) holds:
//   - the root itself; for a state, every knowledge-base actor of that
//     country whose kind is a state organ (government, military, police,
//     intelligence), and any actor of that country with a state sector
//     (GOV, MIL, SPY, COP, JUD, LEG) even when the knowledge base does not
//     know it;
//   - every actor with a front_of, proxy_of, backed_by, member_of, part_of
//     or leads relation to a member, valid on the date (knowledge-base
//     relations by their validity range; relations read from documents carry
//     no range and count on every date), followed transitively.
// An incident is covered when one of its perpetrators (actor1 of any report)
// or claimants is a member on the incident date, or when a report gives the
// root's country among the event's sponsors (the pipeline derives those on
// the event date).
//
// Thread safety: immutable after construction; const methods only (the
// per-date cache is guarded).
#ifndef CASUS_STORE_ACTOR_NETWORK_H_
#define CASUS_STORE_ACTOR_NETWORK_H_

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "casus/date.h"
#include "store/incident_fusion.h"
#include "store/store.h"

namespace casus {

class KnowledgeBase;

// What a --network, --actor or --claimed-by argument names.
struct ActorSpec {
  std::string label;              // as given
  std::vector<std::string> keys;  // ActorKeys it stands for
  std::string country;            // ISO alpha-3 when it names a state
};

class ActorNetwork {
 public:
  // `kb` may be null: documents' relations only. The knowledge base must
  // outlive the network.
  ActorNetwork(const KnowledgeBase* kb, const std::vector<StoredRelation>& relations);

  // Resolves "IRN" (a state), a knowledge-base id, or a name (knowledge-base
  // names and aliases, else the name as written in documents).
  ActorSpec Resolve(std::string_view spec) const;

  // The keys of every member of `root`'s network on `date` (nullopt: on
  // some date — the union over all dates).
  std::set<std::string> MembersOn(const ActorSpec& root, const std::optional<Date>& date) const;
  // The same set, shared with the cache rather than copied.
  std::shared_ptr<const std::set<std::string>> SharedMembersOn(
      const ActorSpec& root, const std::optional<Date>& date) const;

  // A store filter that keeps every incident the network could cover
  // (members on any date); Covers() then decides per incident date.
  void AddPrefilter(const ActorSpec& root, IncidentFilter& filter) const;
  bool Covers(const ActorSpec& root, const Incident& incident) const;
  // The member that makes `incident` covered, for explanations; empty when
  // not covered.
  std::string CoveringActor(const ActorSpec& root, const Incident& incident) const;

 private:
  const KnowledgeBase* kb_;
  // Document relations towards sponsors: object key -> subject keys.
  std::map<std::string, std::set<std::string>> behind_;
  mutable std::mutex mutex_;
  mutable std::map<std::pair<std::string, std::optional<Date>>,
                   std::shared_ptr<const std::set<std::string>>>
      cache_;
};

// True for the sector codes of state organs.
bool IsStateSector(std::string_view sector);

}  // namespace casus

#endif  // CASUS_STORE_ACTOR_NETWORK_H_
