// Replays every input the fuzzers ever crashed on (fuzz/regressions/<target>/)
// through the same checks the fuzz targets make.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "intake/intake_invariants.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> Inputs(const char* target) {
  std::vector<fs::path> inputs;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(
           fs::path(CASUS_SOURCE_DIR) / "fuzz" / "regressions" / target, error)) {
    if (entry.is_regular_file()) inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

TEST(FuzzRegressionTest, JsonlInputs) {
  const std::vector<fs::path> inputs = Inputs("fuzz_jsonl");
  if (inputs.empty()) GTEST_SKIP() << "no fuzz/regressions/fuzz_jsonl inputs";
  for (const fs::path& input : inputs) {
    SCOPED_TRACE(input.filename().string());
    EXPECT_EQ(CheckJsonlInput(ReadFile(input)), "");
  }
}

TEST(FuzzRegressionTest, HtmlInputs) {
  const std::vector<fs::path> inputs = Inputs("fuzz_html");
  if (inputs.empty()) GTEST_SKIP() << "no fuzz/regressions/fuzz_html inputs";
  for (const fs::path& input : inputs) {
    SCOPED_TRACE(input.filename().string());
    EXPECT_EQ(CheckHtmlInput(ReadFile(input)), "");
  }
}

}  // namespace
}  // namespace casus
