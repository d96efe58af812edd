// Output formats for coded records: the `--format` of casus code and query.
//
//   jsonl   — the contract's records (events, relations, and mentions on request)
//   csv     — one row per event, JSON field names, nested fields joined with '_'
//   acled   — ACLED's column names and conventions, one row per event
//   gdelt   — GDELT 2.0 event table columns, tab-separated, one row per event
//   plover  — one PLOVER JSON record per line per event
//
// Thread safety: a formatter is stateless after construction; Format() is const.
#ifndef CASUS_OUTPUT_RECORD_FORMATTER_H_
#define CASUS_OUTPUT_RECORD_FORMATTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "casus/records.h"
#include "casus/status.h"

namespace casus {

// Which records a run emits (`--emit`).
enum class EmitKind { kEvents, kMentions, kAll };

class RecordFormatter {
 public:
  virtual ~RecordFormatter() = default;
  // Text written once before the first record (a CSV header), possibly empty.
  virtual std::string Header() const = 0;
  // Appends the records of one coded document to `out`.
  virtual void Format(const CodedDocument& coded, EmitKind emit, std::string& out) const = 0;
};

// The format names accepted by MakeRecordFormatter, in help order.
const std::vector<std::string>& RecordFormatNames();
Result<std::unique_ptr<RecordFormatter>> MakeRecordFormatter(std::string_view name);

}  // namespace casus

#endif  // CASUS_OUTPUT_RECORD_FORMATTER_H_
