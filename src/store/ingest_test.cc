// `casus ingest` as a user runs it, on both engines: the sample corpus's
// duplicate reports become incidents with several sources, re-ingesting is
// a no-op, and a run killed with SIGKILL at random moments loses nothing it
// reported committed and leaves a store the next run completes.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "store/store.h"
#include "store/store_test_util.h"

extern char** environ;

namespace casus {
namespace {

namespace fs = std::filesystem;
using testing::StoreTest;

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string SamplesPath() { return std::string(CASUS_SOURCE_DIR) + "/data/samples/articles.jsonl"; }

// A child `casus` process with standard output and error in files.
class CasusProcess {
 public:
  CasusProcess(const std::vector<std::string>& args, const fs::path& out, const fs::path& err) {
    std::vector<std::string> argv_strings = {CASUS_BINARY};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& s : argv_strings) argv.push_back(s.data());
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

  // Waits for the exit status (-1 when killed by a signal).
  int Wait() {
    int raw = 0;
    if (pid_ <= 0 || waitpid(pid_, &raw, 0) != pid_) return -2;
    pid_ = -1;
    return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  }
  // True when the process was still running and is now dead.
  bool Kill() {
    if (pid_ <= 0) return false;
    int raw = 0;
    if (waitpid(pid_, &raw, WNOHANG) == pid_) {
      pid_ = -1;
      return false;
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, &raw, 0);
    pid_ = -1;
    return true;
  }
  ~CasusProcess() { Kill(); }

 private:
  pid_t pid_ = -1;
};

struct RunResult {
  int status = 0;
  std::string err;
};

class IngestTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    dir_ = fs::temp_directory_path() /
           ("casus_ingest_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ignored;
    if (!dir_.empty()) fs::remove_all(dir_, ignored);
  }

  RunResult Ingest(std::vector<std::string> args) {
    args.insert(args.begin(), {"ingest", "--db", location()});
    CasusProcess process(args, dir_ / "out", dir_ / "err");
    RunResult run;
    run.status = process.Wait();
    run.err = ReadText(dir_ / "err");
    return run;
  }

  fs::path dir_;
};

// The reports of the incident of type `type` that holds an event of `doc`
// (the one with most reports when the document has several such events).
std::set<std::string> SourcesWith(const std::vector<Incident>& incidents, const std::string& doc,
                                  const std::string& type) {
  std::set<std::string> best;
  for (const Incident& incident : incidents) {
    if (incident.event.type != type) continue;
    std::set<std::string> docs;
    for (const IncidentSource& s : incident.sources) docs.insert(s.doc);
    if (docs.count(doc) && docs.size() > best.size()) best = docs;
  }
  return best;
}

TEST_P(IngestTest, SampleCorpusDuplicatesBecomeIncidents) {
  RunResult run = Ingest({SamplesPath(), "--summary", "60"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("47 documents read, 47 stored"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("PERPETRATOR"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("CLAIMED BY"), std::string::npos) << run.err;

  auto store = Open();
  ASSERT_TRUE(store);
  auto incidents = store->FindIncidents({});
  ASSERT_TRUE(incidents.ok());
  // The Erbil rocket attack of 15 February 2021, reported three times.
  EXPECT_EQ(SourcesWith(*incidents, "erbil-rocket-attack-2021-02-16", "ASSAULT"),
            (std::set<std::string>{"erbil-rocket-attack-2021-02-16",
                                   "erbil-rockets-early-report-2021-02-16",
                                   "erbil-attack-iran-denies-2021-02-17"}));
  // The Tower 22 drone attack of 28 January 2024, reported twice.
  EXPECT_EQ(SourcesWith(*incidents, "tower-22-drone-attack-2024-01-28", "ASSAULT"),
            (std::set<std::string>{"tower-22-drone-attack-2024-01-28",
                                   "tower-22-iran-denies-2024-01-29"}));
  // The K-1 rocket attack of 27 December 2019, reported twice.
  EXPECT_EQ(SourcesWith(*incidents, "k1-base-rocket-attack-2019-12-28", "ASSAULT"),
            (std::set<std::string>{"k1-base-rocket-attack-2019-12-28",
                                   "us-strikes-kataib-hezbollah-2019-12-30"}));
  auto problems = store->CheckConsistency();
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty()) << problems->front();

  // Again: nothing changes.
  auto before = store->Stats();
  run = Ingest({SamplesPath()});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("0 stored (0 replaced), 47 unchanged"), std::string::npos) << run.err;
  auto after = store->Stats();
  ASSERT_TRUE(before.ok() && after.ok());
  EXPECT_EQ(after->documents, before->documents);
  EXPECT_EQ(after->events, before->events);
  EXPECT_EQ(after->incidents, before->incidents);
}

TEST_P(IngestTest, BadDocumentsAreReportedAndSkipped) {
  const fs::path input = dir_ / "mixed.jsonl";
  std::ofstream(input)
      << R"({"id":"ok-1","date":"2024-01-28","text":"Three US soldiers were killed in a drone attack on Tower 22 in Jordan on Sunday."})"
      << "\n{not json\n"
      << R"({"id":"no-text","date":"2024-01-28"})"
      << "\n"
      << R"({"id":"ok-2","date":"2024-01-29","text":"Iran denied any role in the attack."})"
      << "\n";
  RunResult run = Ingest({input.string()});
  EXPECT_EQ(run.status, 3) << run.err;
  EXPECT_NE(run.err.find("4 documents read, 2 stored"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("casus: no-text: "), std::string::npos) << run.err;
  auto store = Open();
  ASSERT_TRUE(store);
  std::vector<std::string> ids = {"ok-1", "ok-2"};
  auto hashes = store->ContentHashes(ids);
  ASSERT_TRUE(hashes.ok());
  EXPECT_EQ(hashes->size(), 2u);
}

constexpr std::string_view kCommitted = "casus ingest: committed ";

size_t CountCommitted(const std::string& err) {
  size_t count = 0;
  for (size_t at = err.find(kCommitted); at != std::string::npos;
       at = err.find(kCommitted, at + 1)) {
    ++count;
  }
  return count;
}

// The incidents of a store as sets of (report, event id) pairs, independent
// of incident numbering.
std::set<std::set<std::string>> Structure(Store& store) {
  std::set<std::set<std::string>> out;
  auto incidents = store.FindIncidents({});
  EXPECT_TRUE(incidents.ok());
  if (!incidents.ok()) return out;
  for (const Incident& incident : *incidents) {
    std::set<std::string> members;
    for (const IncidentSource& s : incident.sources) members.insert(s.doc + "/" + s.event.id);
    out.insert(members);
  }
  return out;
}

TEST_P(IngestTest, KilledRunsLoseNothingCommittedAndResume) {
  // A corpus of the sample articles written three times under other ids:
  // enough documents for many small batches, and many reports to fuse.
  const fs::path corpus = dir_ / "corpus.jsonl";
  std::vector<std::string> ids;
  {
    std::ifstream in(SamplesPath());
    std::ofstream out(corpus);
    std::vector<nlohmann::json> articles;
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) articles.push_back(nlohmann::json::parse(line));
    }
    for (int copy = 0; copy < 3; ++copy) {
      for (nlohmann::json article : articles) {
        article["id"] = article["id"].get<std::string>() + "~" + std::to_string(copy);
        ids.push_back(article["id"]);
        out << article.dump() << "\n";
      }
    }
  }
  const std::vector<std::string> args = {corpus.string(), "--batch",   "3",
                                         "--verbose",     "--summary", "0"};

  // How long an uninterrupted run takes, and what it stores (the reference).
  testing::StoreLocation reference_location(GetParam());
  ASSERT_FALSE(reference_location.location().empty());
  const auto start = std::chrono::steady_clock::now();
  {
    std::vector<std::string> full = {"ingest", "--db", reference_location.location()};
    full.insert(full.end(), args.begin(), args.end());
    CasusProcess reference(full, dir_ / "ref.out", dir_ / "ref.err");
    ASSERT_EQ(reference.Wait(), 0) << ReadText(dir_ / "ref.err");
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  auto reference = Store::Open(reference_location.location());
  ASSERT_TRUE(reference.ok());
  const auto expected = Structure(**reference);

  // Kill points: once during start-up or the first batch, then after a
  // random share of the remaining documents was committed, plus a random
  // part of a batch.
  std::mt19937 random(20240128);
  std::uniform_real_distribution<double> share(0.05, 0.3);
  // Up to one batch's time, so that kills land anywhere inside a batch on
  // slow and fast builds alike.
  const double batch_seconds = seconds * 3 / static_cast<double>(ids.size());
  std::uniform_real_distribution<double> jitter(0, batch_seconds);
  std::set<std::string> committed;
  int kills = 0;
  for (int attempt = 0; attempt < 5; ++attempt) {
    std::vector<std::string> run_args = {"ingest", "--db", location()};
    run_args.insert(run_args.end(), args.begin(), args.end());
    const fs::path err = dir_ / ("kill" + std::to_string(attempt) + ".err");
    const size_t remaining = ids.size() - committed.size();
    const size_t target = attempt == 0 ? 0 : std::max<size_t>(1, share(random) * remaining);
    {
      CasusProcess process(run_args, dir_ / "kill.out", err);
      const auto deadline =
          std::chrono::steady_clock::now() + std::chrono::duration<double>(2 * seconds + 10);
      while (CountCommitted(ReadText(err)) < target &&
             std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
      std::this_thread::sleep_for(std::chrono::duration<double>(jitter(random)));
      kills += process.Kill();
    }
    std::istringstream lines(ReadText(err));
    for (std::string line; std::getline(lines, line);) {
      if (line.starts_with(kCommitted)) committed.insert(line.substr(kCommitted.size()));
    }
    auto store = Open();
    ASSERT_TRUE(store);
    auto problems = store->CheckConsistency();
    ASSERT_TRUE(problems.ok()) << problems.status().message();
    EXPECT_TRUE(problems->empty()) << "after kill " << attempt << ": " << problems->front();
    std::vector<std::string> reported(committed.begin(), committed.end());
    auto hashes = store->ContentHashes(reported);
    ASSERT_TRUE(hashes.ok());
    EXPECT_EQ(hashes->size(), reported.size()) << "a document reported committed was lost";
  }
  EXPECT_GE(kills, 4) << "the runs ended before they could be killed";
  EXPECT_FALSE(committed.empty());

  RunResult final_run = Ingest(args);
  ASSERT_EQ(final_run.status, 0) << final_run.err;
  auto store = Open();
  ASSERT_TRUE(store);
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, static_cast<int64_t>(ids.size()));
  auto hashes = store->ContentHashes(ids);
  ASSERT_TRUE(hashes.ok());
  EXPECT_EQ(hashes->size(), ids.size());
  auto problems = store->CheckConsistency();
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty()) << problems->front();
  // Interrupted or not, the same reports end up in the same incidents.
  EXPECT_EQ(Structure(*store), expected);
}

INSTANTIATE_TEST_SUITE_P(Engines, IngestTest, ::testing::Values("sqlite", "postgresql"),
                         testing::EngineName);

}  // namespace
}  // namespace casus
