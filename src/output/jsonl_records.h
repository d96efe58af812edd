// The JSONL form of casus records (`event`, `relation`, `mention`), exactly
// as the output contract lays them out: field order is fixed, empty strings
// and absent values are null, so the same records always give the same bytes.
//
// Thread safety: pure functions.
#ifndef CASUS_OUTPUT_JSONL_RECORDS_H_
#define CASUS_OUTPUT_JSONL_RECORDS_H_

#include <string>

#include "casus/records.h"
#include "output/json_writer.h"

namespace casus {

// Each appends one JSON object and a newline to `out`.
void AppendEventJsonl(const Event& event, std::string& out);
void AppendRelationJsonl(const Relation& relation, std::string& out);
void AppendMentionJsonl(const Mention& mention, std::string& out);

// Nested values, for writers that embed them (PLOVER, the store).
void WriteActorJson(const Actor& actor, JsonWriter& json);
void WriteOptionalActorJson(const std::optional<Actor>& actor, JsonWriter& json);
void WriteEvidenceJson(const Evidence& evidence, JsonWriter& json);
void WriteLocationJson(const std::optional<Location>& location, JsonWriter& json);

}  // namespace casus

#endif  // CASUS_OUTPUT_JSONL_RECORDS_H_
