// A progress line on standard error for long runs: documents done, rate,
// and skipped count, redrawn at most a few times a second — only when
// standard error is a terminal, so logs and pipes stay clean.
#ifndef CASUS_CLI_PROGRESS_H_
#define CASUS_CLI_PROGRESS_H_

#include <unistd.h>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace casus::cli {

class ProgressMeter {
 public:
  // `total` is the number of documents expected, 0 when unknown (no ETA then).
  explicit ProgressMeter(std::string label, size_t total = 0)
      : label_(std::move(label)),
        total_(total),
        enabled_(isatty(STDERR_FILENO) == 1),
        start_(Clock::now()),
        last_(start_) {}

  void Update(size_t done, size_t skipped) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? done / seconds : 0;
    if (total_ > 0) {
      const double eta = rate > 0 ? (total_ - std::min(done, total_)) / rate : 0;
      std::fprintf(stderr, "\r%s: %zu/%zu documents, %.0f/s, ETA %.0fs, %zu skipped   ",
                   label_.c_str(), done, total_, rate, eta, skipped);
    } else {
      std::fprintf(stderr, "\r%s: %zu documents, %.0f/s, %zu skipped   ", label_.c_str(), done,
                   rate, skipped);
    }
    drawn_ = true;
  }

  void Finish() {
    if (drawn_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::string label_;
  size_t total_;
  bool enabled_;
  bool drawn_ = false;
  Clock::time_point start_, last_;
};

}  // namespace casus::cli

#endif  // CASUS_CLI_PROGRESS_H_
