#include "output/record_formatter.h"

#include "output/jsonl_records.h"
#include "output/tabular_formats.h"

namespace casus {
namespace {

class JsonlFormatter final : public RecordFormatter {
 public:
  std::string Header() const override { return {}; }
  void Format(const CodedDocument& coded, EmitKind emit, std::string& out) const override {
    if (emit != EmitKind::kMentions) {
      for (const Event& event : coded.events) AppendEventJsonl(event, out);
      for (const Relation& relation : coded.relations) AppendRelationJsonl(relation, out);
    }
    if (emit != EmitKind::kEvents) {
      for (const Mention& mention : coded.mentions) AppendMentionJsonl(mention, out);
    }
  }
};

// Formats with one row per event: mentions and relations have no row.
class EventRowFormatter final : public RecordFormatter {
 public:
  explicit EventRowFormatter(std::unique_ptr<EventTable> table) : table_(std::move(table)) {}
  std::string Header() const override { return table_->Header(); }
  void Format(const CodedDocument& coded, EmitKind, std::string& out) const override {
    for (const Event& event : coded.events) table_->AppendRow(event, out);
  }

 private:
  std::unique_ptr<EventTable> table_;
};

}  // namespace

const std::vector<std::string>& RecordFormatNames() {
  static const std::vector<std::string> kNames = {"jsonl", "csv", "acled", "gdelt", "plover"};
  return kNames;
}

Result<std::unique_ptr<RecordFormatter>> MakeRecordFormatter(std::string_view name) {
  if (name == "jsonl") return std::unique_ptr<RecordFormatter>(new JsonlFormatter());
  auto table = MakeEventTable(name);
  if (!table.ok()) return table.status();
  return std::unique_ptr<RecordFormatter>(new EventRowFormatter(std::move(table.value())));
}

}  // namespace casus
