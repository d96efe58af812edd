#include "eval/kb_names.h"

namespace casus {

GoldNameInfo KbNameInfo(const KnowledgeBase& kb, std::string_view name) {
  GoldNameInfo info;
  for (ActorIndex i : kb.FindName(name)) {
    const ActorRecord& actor = kb.actor(i);
    info.ids.push_back(actor.id);
    const bool organ = actor.kind == ActorKind::kGovernment || actor.kind == ActorKind::kMilitary ||
                       actor.kind == ActorKind::kPolice || actor.kind == ActorKind::kIntelligence;
    if (organ && !actor.country.empty() && !actor.sector.empty()) {
      info.organs.push_back(actor.country.str() + " " + actor.sector.str());
    }
  }
  return info;
}

}  // namespace casus
