// casus — internal: the mutable draft a KnowledgeBase is compiled from.
//
// Readers of each file format (casus `.kb`, PETRARCH actor and agent
// dictionaries) add entries to a KbBuilder; Build() resolves ids, indexes
// names, titles and relations and returns the immutable KnowledgeBase, or
// every error collected on the way as one InvalidInput status.
//
// Thread safety: single-threaded use during loading.
#ifndef CASUS_KB_KB_BUILDER_H_
#define CASUS_KB_KB_BUILDER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "casus/status.h"
#include "kb/knowledge_base.h"

namespace casus {

class KbBuilder {
 public:
  struct DraftRelation {
    RelationType type = RelationType::kAlliedWith;
    std::string object;
    DateRange when;
    double confidence = 1.0;
    std::string note;
    uint32_t line = 0;
  };
  struct DraftRole {
    std::string title;
    std::string org;
    DateRange when;
    uint32_t line = 0;
  };
  struct DraftActor {
    ActorRecord record;
    std::vector<DraftRelation> relations;
    std::vector<DraftRole> roles;
  };

  uint32_t AddFile(std::string name);
  const std::string& file_name(uint32_t file) const { return files_[file]; }

  void Error(uint32_t file, uint32_t line, std::string_view message);
  void Warning(uint32_t file, uint32_t line, std::string_view message);
  size_t error_count() const { return errors_.size(); }

  // Starts entry `id` defined at file:line. Reports a duplicate id and
  // returns nullptr. The pointer stays valid until the next NewActor call.
  DraftActor* NewActor(std::string id, uint32_t file, uint32_t line);
  // `base` made unique among the ids seen so far by a numeric suffix.
  std::string UniqueId(std::string base) const;

  Result<KnowledgeBase> Build();

 private:
  // Creates the implied organ `<state>_gov|_mil|_cop|_spy` when `id` names
  // one of a known state entry; returns its index or kNoActor.
  ActorIndex ImpliedOrgan(const std::string& id);
  void IndexTitles(KnowledgeBase::Data& data);

  std::vector<std::string> files_;
  std::vector<DraftActor> actors_;
  std::unordered_map<std::string, size_t> ids_;
  std::vector<std::string> errors_;
  std::vector<std::string> warnings_;
};

// Readers: add the entries of one source text to `builder`.
void ReadCasusKb(std::string_view text, uint32_t file, KbBuilder& builder);
void ReadPetrarchActors(std::string_view text, uint32_t file, KbBuilder& builder);
void ReadPetrarchAgents(std::string_view text, uint32_t file, KbBuilder& builder);

}  // namespace casus

#endif  // CASUS_KB_KB_BUILDER_H_
