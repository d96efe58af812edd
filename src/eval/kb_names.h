// The knowledge base's reading of a gold file's actor names, for `casus
// eval` and the golden tests: which actors have the name, and which of them
// are state organs (see GoldActor::kb_organs).
//
// Thread safety: a pure function of the knowledge base.
#ifndef CASUS_EVAL_KB_NAMES_H_
#define CASUS_EVAL_KB_NAMES_H_

#include <string_view>

#include "eval/gold.h"
#include "kb/knowledge_base.h"

namespace casus {

GoldNameInfo KbNameInfo(const KnowledgeBase& kb, std::string_view name);

}  // namespace casus

#endif  // CASUS_EVAL_KB_NAMES_H_
