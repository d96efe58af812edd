// CAMEO event codes in PLOVER terms: which PLOVER event type and mode a
// CAMEO code stands for, so that dictionaries written for CAMEO (the
// PETRARCH-2 verb dictionary) can code casus events.
//
// The table is casus's own reading of the CAMEO codebook's root codes 01–20
// and their subcodes against the PLOVER types and modes of ontology.md. A
// code not in the table takes its nearest listed ancestor ("0874" → "087" →
// "08"). Codes with no PLOVER event — public statements (01, except 016
// denials) and a few others — map to an empty type.
//
// Thread safety: pure functions over a constant table.
#ifndef CASUS_CODE_CAMEO_PLOVER_H_
#define CASUS_CODE_CAMEO_PLOVER_H_

#include <string_view>
#include <vector>

namespace casus {

struct CameoPlover {
  std::string_view cameo;  // "195"
  std::string_view type;   // PLOVER type, or "" when CAMEO's event has no PLOVER counterpart
  std::string_view mode;   // PLOVER mode or ""
};

// The PLOVER type and mode of a CAMEO code ("1952" → ASSAULT/drone). The
// returned `cameo` is the table entry that decided; type is "" for unknown
// or unmapped codes.
CameoPlover CameoToPlover(std::string_view cameo);

// Every entry of the table, for tests and documentation.
const std::vector<CameoPlover>& CameoPloverTable();

}  // namespace casus

#endif  // CASUS_CODE_CAMEO_PLOVER_H_
