// libFuzzer target: HTML article extraction. Aborts when an invariant of
// intake/intake_invariants.h breaks.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "intake/intake_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string failure =
      casus::CheckHtmlInput(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!failure.empty()) {
    std::fprintf(stderr, "html invariant broken: %s\n", failure.c_str());
    std::abort();
  }
  return 0;
}
