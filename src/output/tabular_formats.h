// One-row-per-event formats: csv (the JSON fields flattened), acled (ACLED's
// column names and conventions), gdelt (GDELT 2.0 event table, tab-separated,
// no header as in GDELT's own files) and plover (PLOVER JSON, one per line).
//
// Thread safety: tables are immutable after construction.
#ifndef CASUS_OUTPUT_TABULAR_FORMATS_H_
#define CASUS_OUTPUT_TABULAR_FORMATS_H_

#include <memory>
#include <string>
#include <string_view>

#include "casus/records.h"
#include "casus/status.h"

namespace casus {

class EventTable {
 public:
  virtual ~EventTable() = default;
  virtual std::string Header() const = 0;
  virtual void AppendRow(const Event& event, std::string& out) const = 0;
};

// name: "csv", "acled", "gdelt" or "plover".
Result<std::unique_ptr<EventTable>> MakeEventTable(std::string_view name);

// Appends `field` quoted per RFC 4180 when it holds a comma, quote or newline.
void AppendCsvField(std::string_view field, std::string& out);

// ACLED derived values, shared with the store's exports.
int AcledInterCode(const std::optional<Actor>& actor);
int AcledTimePrecision(const Event& event);
// A positive 63-bit number derived from an event id (GDELT GLOBALEVENTID).
int64_t NumericEventId(std::string_view id);

}  // namespace casus

#endif  // CASUS_OUTPUT_TABULAR_FORMATS_H_
