// Reading casus records back from their JSONL form (output/jsonl_records.h):
// the store keeps every event, relation and mention as the contract's JSON
// and turns it back into values for the other output formats and for
// incident fusion.
//
// The readers are lenient in the way the writers are strict: absent and
// null fields give empty values, unknown fields are ignored.
//
// Thread safety: pure functions.
#ifndef CASUS_STORE_RECORD_JSON_H_
#define CASUS_STORE_RECORD_JSON_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "casus/records.h"
#include "casus/status.h"

namespace casus {

Actor ActorFromJson(const nlohmann::json& json);
std::optional<Actor> OptionalActorFromJson(const nlohmann::json& json);
Evidence EvidenceFromJson(const nlohmann::json& json);
std::optional<Location> LocationFromJson(const nlohmann::json& json);
// Reads the contract's event fields of `json` (an event or an incident).
Event EventFromJson(const nlohmann::json& json);
Relation RelationFromJson(const nlohmann::json& json);

// Parses one JSON text; InvalidInput when it is not a JSON object.
Result<nlohmann::json> ParseJsonObject(std::string_view text);

}  // namespace casus

#endif  // CASUS_STORE_RECORD_JSON_H_
