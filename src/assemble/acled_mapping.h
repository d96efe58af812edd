// ACLED's event and sub-event types derived from a PLOVER coding, following
// the table in the ontology notes. nullopt where ACLED has no category
// (statements, consultations, accusations...).
//
// Thread safety: pure functions.
#ifndef CASUS_ASSEMBLE_ACLED_MAPPING_H_
#define CASUS_ASSEMBLE_ACLED_MAPPING_H_

#include <optional>
#include <string>
#include <vector>

#include "casus/records.h"

namespace casus {

struct AcledInput {
  std::string type;
  std::string mode;
  std::string cameo;
  std::string hint;  // a sub-event type the trigger implies, or empty
  std::optional<Actor> actor1;
  std::optional<Actor> actor2;
  std::vector<std::string> weapons;
  bool mutual = false;
  bool fatalities = false;  // anyone killed
};

std::optional<AcledCategory> MapToAcled(const AcledInput& input);

// True for sectors of organised armed actors (state forces, rebels, militias).
bool IsArmedSector(const std::string& sector);

}  // namespace casus

#endif  // CASUS_ASSEMBLE_ACLED_MAPPING_H_
