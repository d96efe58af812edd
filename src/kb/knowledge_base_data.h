// casus — internal: the tables behind a KnowledgeBase, shared by the
// builder that fills them and the queries that read them.
#ifndef CASUS_KB_KNOWLEDGE_BASE_DATA_H_
#define CASUS_KB_KNOWLEDGE_BASE_DATA_H_

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "kb/knowledge_base.h"

namespace casus {

struct KnowledgeBase::Data {
  std::vector<std::string> files;
  std::vector<std::string> warnings;
  std::vector<ActorRecord> actors;
  std::vector<RelationRecord> relations;
  std::unordered_map<std::string, ActorIndex> by_id;
  // NormalizeKey(name/alias/demonym/capital) → actors, in KB order.
  std::unordered_map<std::string, std::vector<ActorIndex>> by_name;
  std::unordered_map<std::string, ActorIndex> state_by_country;
  // Office titles: NormalizeKey(title) → key; per key its sector, its
  // `kind: title` entry (or kNoActor) and its holders (person, role index).
  std::unordered_map<std::string, uint32_t> title_keys;
  std::vector<std::string> title_sectors;
  std::vector<ActorIndex> title_entries;
  std::vector<std::vector<std::pair<ActorIndex, uint32_t>>> holders;
};

}  // namespace casus

#endif  // CASUS_KB_KNOWLEDGE_BASE_DATA_H_
