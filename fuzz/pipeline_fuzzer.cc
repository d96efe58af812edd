// libFuzzer target for the whole coding pipeline: any byte string, repaired
// to UTF-8 as intake would, is one document's text; segmenting, tagging,
// actor matching, clause analysis, event coding, places and assembly must
// not crash, and every evidence span must lie inside the text. Violations
// abort. The pipeline's data (tagger model, gazetteer, knowledge base) must
// be built; without it the target aborts at its first input, saying why.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "pipeline/pipeline.h"

namespace {

const casus::Pipeline& SharedPipeline() {
  static const std::unique_ptr<casus::Pipeline> pipeline = [] {
    auto created = casus::Pipeline::Create({});
    if (!created.ok()) {
      std::fprintf(stderr, "fuzz_pipeline: %s\n", std::string(created.status().message()).c_str());
      std::abort();
    }
    return std::move(created.value());
  }();
  return *pipeline;
}

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz_pipeline: %s\n", what);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  casus::Document document;
  document.id = "fuzz";
  document.date = casus::Date{2024, 1, 15};
  document.text = casus::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  const casus::CodedDocument coded = SharedPipeline().Code(document);
  for (const casus::Event& event : coded.events) {
    Check(!event.evidence.empty(), "an event without evidence");
    for (const casus::Evidence& evidence : event.evidence) {
      Check(evidence.start <= evidence.end && evidence.end <= document.text.size(),
            "evidence outside the text");
    }
  }
  return 0;
}
