// Test support for the serve stage: a store of the sample articles built by
// `casus ingest` (on SQLite, or on the PostgreSQL server of
// CASUS_TEST_PG_URL: store/store_test_util.h's StoreLocation), and `casus
// serve` run on it as a child process on a free port, with an HTTP client.
#ifndef CASUS_SERVE_SERVE_TEST_UTIL_H_
#define CASUS_SERVE_SERVE_TEST_UTIL_H_

#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "base/scratch_dir.h"

extern char** environ;

namespace casus::testing {

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Percent-encodes everything but unreserved characters (RFC 3986).
inline std::string UrlEncode(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// A child `casus` process with standard output and error in files.
class CasusChild {
 public:
  CasusChild(const std::vector<std::string>& args, const std::filesystem::path& out,
             const std::filesystem::path& err) {
    std::vector<std::string> strings = {CASUS_BINARY};
    strings.insert(strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& s : strings) argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (posix_spawn(&pid_, CASUS_BINARY, &actions, nullptr, argv.data(), environ) != 0) pid_ = -1;
    posix_spawn_file_actions_destroy(&actions);
  }
  CasusChild(const CasusChild&) = delete;
  CasusChild& operator=(const CasusChild&) = delete;
  ~CasusChild() { Stop(); }

  bool running() const { return pid_ > 0; }
  // Exit status; -1 when killed by a signal, -2 when not started.
  int Wait() {
    int raw = 0;
    if (pid_ <= 0 || waitpid(pid_, &raw, 0) != pid_) return -2;
    pid_ = -1;
    return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  }
  // SIGTERM, then the exit status.
  int Stop() {
    if (pid_ <= 0) return -2;
    kill(pid_, SIGTERM);
    return Wait();
  }

 private:
  pid_t pid_ = -1;
};

// Runs casus to completion; returns its exit status and fills `out`/`err`.
inline int RunCasus(const std::vector<std::string>& args, std::string* out = nullptr,
                    std::string* err = nullptr) {
  static int counter = 0;
  const std::string base = testing_support::ScratchDir() + "/run" + std::to_string(++counter);
  CasusChild child(args, base + ".out", base + ".err");
  const int status = child.Wait();
  if (out) *out = ReadFile(base + ".out");
  if (err) *err = ReadFile(base + ".err");
  return status;
}

// The sample articles ingested into the store at `db` (an SQLite path or a
// PostgreSQL URL); false on failure, with a test failure.
inline bool IngestSamples(const std::string& db) {
  const std::string samples = std::string(CASUS_SOURCE_DIR) + "/data/samples";
  std::vector<std::string> args = {"ingest",    "--db", db,
                                   "--summary", "0",    samples + "/articles.jsonl"};
  for (const auto& entry : std::filesystem::directory_iterator(samples + "/html")) {
    if (entry.path().extension() == ".html") args.push_back(entry.path().string());
  }
  std::string err;
  const int status = RunCasus(args, nullptr, &err);
  EXPECT_EQ(status, 0) << err;
  return status == 0;
}

// `casus serve` on a free loopback port.
class ServeChild {
 public:
  explicit ServeChild(const std::string& db, std::vector<std::string> extra = {}) {
    static int counter = 0;
    err_ = testing_support::ScratchDir() + "/serve" + std::to_string(++counter) + ".err";
    std::vector<std::string> args = {"serve", "--db", db, "--port", "0", "--threads", "8"};
    args.insert(args.end(), extra.begin(), extra.end());
    child_ = std::make_unique<CasusChild>(args, err_ + ".out", err_);
    // The port is in the line announcing the URL.
    const std::regex url("http://127\\.0\\.0\\.1:([0-9]+)/");
    for (int i = 0; i < 300 && port_ == 0; ++i) {
      std::smatch match;
      const std::string err = ReadFile(err_);
      if (std::regex_search(err, match, url)) port_ = std::stoi(match[1]);
      if (port_ == 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  ~ServeChild() { child_->Stop(); }

  int port() const { return port_; }
  std::string log() const { return ReadFile(err_); }
  int Stop() { return child_->Stop(); }
  httplib::Client Client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30, 0);
    return client;
  }

 private:
  std::string err_;
  std::unique_ptr<CasusChild> child_;
  int port_ = 0;
};

}  // namespace casus::testing

#endif  // CASUS_SERVE_SERVE_TEST_UTIL_H_
