// casus — a private scratch directory for one test process.
//
// ctest runs every test case as its own process, several at a time, so tests
// must never write fixed names under the shared temporary directory: two
// processes would overwrite each other's files mid-read. ScratchDir() gives
// each process its own directory (created on first use, removed at exit).
#ifndef CASUS_BASE_SCRATCH_DIR_H_
#define CASUS_BASE_SCRATCH_DIR_H_

#include <stdlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

namespace casus::testing_support {

namespace internal {

class ScratchDirectory {
 public:
  ScratchDirectory() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern =
        std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/casus-test-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) {
      std::perror("casus tests: cannot create a scratch directory");
      std::abort();
    }
    path_ = pattern;
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace internal

// The calling process's own scratch directory, without a trailing slash.
inline const std::string& ScratchDir() {
  static const internal::ScratchDirectory directory;
  return directory.path();
}

}  // namespace casus::testing_support

#endif  // CASUS_BASE_SCRATCH_DIR_H_
