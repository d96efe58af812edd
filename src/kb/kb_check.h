// casus — consistency checks of a loaded knowledge base (`casus actors
// check`), beyond what loading already rejects.
//
// Errors: relation cycles along sponsor edges (front_of, proxy_of,
// backed_by, member_of, part_of), countries with no state entry, entries
// without a name. Warnings: a name or alias that names several actors,
// entries without a kind, organised actors without a country.
//
// Thread safety: a pure function of the knowledge base.
#ifndef CASUS_KB_KB_CHECK_H_
#define CASUS_KB_KB_CHECK_H_

#include <string>
#include <vector>

#include "kb/knowledge_base.h"

namespace casus {

struct KbIssue {
  enum class Severity : uint8_t { kError, kWarning };
  Severity severity = Severity::kError;
  std::string where;    // "file:line"
  std::string message;  // one line
};

// Returns the issues in file order (errors and warnings interleaved).
std::vector<KbIssue> CheckKnowledgeBase(const KnowledgeBase& kb);

}  // namespace casus

#endif  // CASUS_KB_KB_CHECK_H_
