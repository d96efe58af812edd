// Converts the PLOVER gold-standard records (a JSON array of coded
// sentences: `text`, `event`, `mode`, `source`/`target` actor lists with
// CAMEO country codes and sectors, `eventLoc`, `dead`, `injured`) into a
// casus gold file: one document per record, holding one gold event.
//
// The records use older PLOVER names, renamed here: DEMAND → REQUEST,
// DISAPPROVE → ACCUSE (mode disapprove), INVESTIGATE → ACCUSE (mode
// investigate), FIGHT → ASSAULT. Older modes become their current names
// (strike-hun → hunger, strike-gen → strike, riot-spon → riot, demo-org /
// demo-spon → demo, host → visit, assassinate → targeted, detain → arrest,
// confiscate → seize, ban → restrict; a threatened curfew or martial law →
// restrict); a mode that is still not a mode of the event's type is left
// out, and so is not scored.
//
// Each gold event gives only what the record codes: its type; its mode when
// it has one; actor1 / actor2 from `source` / `target` (several actors =
// alternatives, any of which may match), each with names [actorText],
// country (ISO alpha-3, from CAMEO codes: JAP → JPN ...; none for IGO, NGO
// and the like) and sector (the first three letters of the CAMEO sector
// code; IGO/NGO for such actors); location country from `eventLoc`'s
// alpha-2 code; fatalities / injuries from `dead` / `injured`. The record's
// `date` is the document date; records carry no event date, so none is
// given. Records that are not coded sentences (the leading documentation
// record) are skipped and counted. Document ids are the records' ids; a
// repeated id gets a suffix ("-2", "-3", ...) so that every document has
// its own.
//
// Thread safety: a pure function.
#ifndef CASUS_EVAL_PLOVER_GOLD_H_
#define CASUS_EVAL_PLOVER_GOLD_H_

#include <string>
#include <string_view>
#include <vector>

#include "casus/status.h"

namespace casus {

struct PloverConversion {
  std::string jsonl;                 // the gold file: one document per line
  size_t documents = 0;              // lines in `jsonl`
  std::vector<std::string> skipped;  // "ID: reason" for each record left out
  std::vector<std::string> renamed;  // "ID -> ID-2": repeated ids made unique
};

// Fails only when `plover_json` is not a JSON array.
Result<PloverConversion> ConvertPloverRecords(std::string_view plover_json);

}  // namespace casus

#endif  // CASUS_EVAL_PLOVER_GOLD_H_
