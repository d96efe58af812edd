#include "store/actor_network.h"

#include <cctype>
#include <deque>

#include "kb/knowledge_base.h"
#include "kb/normalize.h"

namespace casus {
namespace {

bool TowardsSponsor(std::string_view relation) {
  return relation == "front_of" || relation == "proxy_of" || relation == "backed_by" ||
         relation == "member_of" || relation == "part_of" || relation == "leads";
}

bool IsCountryCode(std::string_view text) {
  if (text.size() != 3) return false;
  for (char c : text) {
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

bool IsStateSector(std::string_view sector) {
  return sector == "GOV" || sector == "MIL" || sector == "SPY" || sector == "COP" ||
         sector == "JUD" || sector == "LEG";
}

ActorNetwork::ActorNetwork(const KnowledgeBase* kb, const std::vector<StoredRelation>& relations)
    : kb_(kb) {
  for (const StoredRelation& stored : relations) {
    const Relation& r = stored.relation;
    if (!TowardsSponsor(r.relation)) continue;
    const std::string subject = ActorKey(r.subject), object = ActorKey(r.object);
    if (subject.empty() || object.empty() || subject == object) continue;
    behind_[object].insert(subject);
  }
}

ActorSpec ActorNetwork::Resolve(std::string_view spec) const {
  ActorSpec root;
  root.label = std::string(spec);
  std::set<std::string> keys;
  if (IsCountryCode(spec)) {
    root.country = std::string(spec);
    if (kb_) {
      if (auto state = kb_->StateOf(spec)) keys.insert(kb_->actor(*state).id);
      for (size_t i = 0; i < kb_->size(); ++i) {
        const ActorRecord& actor = kb_->actor(static_cast<ActorIndex>(i));
        if (actor.country == spec && IsStateKind(actor.kind)) keys.insert(actor.id);
      }
    }
  } else if (kb_ && kb_->FindId(spec)) {
    keys.insert(std::string(spec));
  } else {
    if (kb_) {
      for (ActorIndex index : kb_->FindName(spec)) keys.insert(kb_->actor(index).id);
    }
    const std::string name = NormalizeKey(spec);
    if (!name.empty()) keys.insert("name:" + name);
  }
  root.keys.assign(keys.begin(), keys.end());
  return root;
}

std::set<std::string> ActorNetwork::MembersOn(const ActorSpec& root,
                                              const std::optional<Date>& date) const {
  return *SharedMembersOn(root, date);
}

std::shared_ptr<const std::set<std::string>> ActorNetwork::SharedMembersOn(
    const ActorSpec& root, const std::optional<Date>& date) const {
  const auto cache_key = std::make_pair(root.label, date);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = cache_.find(cache_key);
    if (it != cache_.end()) return it->second;
  }
  std::set<std::string> members(root.keys.begin(), root.keys.end());
  std::deque<std::string> frontier(root.keys.begin(), root.keys.end());
  auto add = [&](const std::string& key) {
    if (members.insert(key).second) frontier.push_back(key);
  };
  while (!frontier.empty()) {
    const std::string key = frontier.front();
    frontier.pop_front();
    if (kb_) {
      if (auto index = kb_->FindId(key)) {
        for (uint32_t r : kb_->actor(*index).incoming) {
          const RelationRecord& relation = kb_->relation(r);
          if (!IsSponsorEdge(relation.type) && relation.type != RelationType::kLeads) continue;
          if (!relation.when.HoldsOn(date)) continue;
          add(kb_->actor(relation.subject).id);
        }
      }
    }
    auto it = behind_.find(key);
    if (it != behind_.end()) {
      for (const std::string& subject : it->second) add(subject);
    }
  }
  auto shared = std::make_shared<const std::set<std::string>>(std::move(members));
  std::lock_guard<std::mutex> lock(mutex_);
  cache_.emplace(cache_key, shared);
  return shared;
}

void ActorNetwork::AddPrefilter(const ActorSpec& root, IncidentFilter& filter) const {
  const std::set<std::string> members = MembersOn(root, std::nullopt);
  filter.perpetrator_keys.assign(members.begin(), members.end());
  if (!root.country.empty()) {
    filter.perpetrator_countries.push_back(root.country);
    filter.sponsor_codes.push_back(root.country);
  }
  // Nothing can match: keep the filter from matching everything.
  if (filter.perpetrator_keys.empty() && filter.perpetrator_countries.empty()) {
    filter.perpetrator_keys.push_back("");
  }
}

std::string ActorNetwork::CoveringActor(const ActorSpec& root, const Incident& incident) const {
  const Event& e = incident.event;
  if (!root.country.empty()) {
    for (const std::string& sponsor : e.sponsors) {
      if (sponsor == root.country) return "sponsor " + sponsor;
    }
  }
  const std::shared_ptr<const std::set<std::string>> members = SharedMembersOn(root, e.date);
  std::vector<const Actor*> perpetrators;
  for (const Actor& actor : incident.perpetrators) perpetrators.push_back(&actor);
  if (e.actor1) perpetrators.push_back(&*e.actor1);
  for (const Claim& claim : e.claimed_by) perpetrators.push_back(&claim.actor);
  for (const Actor* actor : perpetrators) {
    const std::string key = ActorKey(*actor);
    const std::string name = actor->name.empty() ? actor->text : actor->name;
    if (!key.empty() && members->count(key)) return name;
    if (!root.country.empty() && actor->country == root.country && IsStateSector(actor->sector)) {
      return name;
    }
  }
  return {};
}

bool ActorNetwork::Covers(const ActorSpec& root, const Incident& incident) const {
  return !CoveringActor(root, incident).empty();
}

}  // namespace casus
