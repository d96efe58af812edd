// libFuzzer target for the text stage: any byte string, repaired to UTF-8 as
// intake would, must segment without crashing, in linear time, into a
// Segmentation that satisfies every invariant of text/segmentation_check.h.
// Unrepaired bytes must not crash either. Violations abort.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "text/segmentation_check.h"
#include "text/segmenter.h"

namespace {

const casus::TextSegmenter& DefaultSegmenter() {
  static const casus::TextSegmenter segmenter;
  return segmenter;
}

const casus::TextSegmenter& VariantSegmenter() {
  static const casus::TextSegmenter segmenter = [] {
    casus::TextSegmenter::Options options;
    options.split_clitics = false;
    options.line_breaks_end_sentences = false;
    options.max_sentence_tokens = 3;
    options.extra_abbreviations = {"Bde", "x"};
    options.extra_titles = {"Sheikh"};
    return casus::TextSegmenter(options);
  }();
  return segmenter;
}

void Check(const casus::TextSegmenter& segmenter, std::string_view text, casus::Segmentation& seg) {
  segmenter.Segment(text, seg);
  const casus::Status status = casus::CheckSegmentation(text, seg);
  if (!status.ok()) {
    std::fprintf(stderr, "%s\n", status.message().c_str());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  const std::string text = casus::RepairUtf8(raw);
  casus::Segmentation seg;
  Check(DefaultSegmenter(), text, seg);
  Check(VariantSegmenter(), text, seg);

  // Ill-formed input: only the token offsets are promised.
  DefaultSegmenter().Segment(raw, seg);
  uint32_t previous_end = 0;
  for (const casus::Token& token : seg.tokens) {
    if (token.start >= token.end || token.start < previous_end || token.end > raw.size()) {
      std::fprintf(stderr, "bad token offsets on unrepaired input\n");
      std::abort();
    }
    previous_end = token.end;
  }
  return 0;
}
