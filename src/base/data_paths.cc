#include "base/data_paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

namespace casus {
namespace fs = std::filesystem;

Result<std::string> FindDataFile(std::string_view name) {
  std::vector<fs::path> candidates;
  if (const char* dir = std::getenv("CASUS_DATA_DIR"); dir != nullptr && *dir != '\0') {
    candidates.push_back(fs::path(dir) / name);
  }
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path bin = exe.parent_path();
    candidates.push_back(bin / "data" / name);
    candidates.push_back(bin / ".." / "data" / name);
    candidates.push_back(bin / ".." / "share" / "casus" / name);
  }
  candidates.push_back(fs::path(CASUS_BUILD_DATA_DIR) / name);
  candidates.push_back(fs::path(CASUS_SOURCE_DATA_DIR) / name);
  std::string searched;
  for (const fs::path& candidate : candidates) {
    if (fs::exists(candidate, ec)) return candidate.lexically_normal().string();
    if (!searched.empty()) searched += ", ";
    searched += candidate.string();
  }
  return Status::NotFound("data file '" + std::string(name) + "' not found (searched " + searched +
                          "; set CASUS_DATA_DIR)");
}

}  // namespace casus
