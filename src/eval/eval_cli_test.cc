// `casus eval` as a user runs it: exit statuses, the report, --json,
// --verbose, bad gold lines, and --convert-plover.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

fs::path TestDir() {
  const fs::path dir = fs::temp_directory_path() / ("casus_eval_cli_" + std::to_string(getpid()));
  fs::create_directories(dir);
  return dir;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

fs::path WriteFile(const std::string& name, const std::string& content) {
  const fs::path path = TestDir() / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

RunResult Casus(const std::string& args) {
  static int counter = 0;
  const std::string n = std::to_string(counter++);
  const fs::path out = TestDir() / ("out" + n), err = TestDir() / ("err" + n);
  const std::string command = std::string(CASUS_BINARY) + " " + args + " </dev/null >" +
                              out.string() + " 2>" + err.string();
  const int raw = std::system(command.c_str());
  RunResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = ReadFile(out);
  result.err = ReadFile(err);
  return result;
}

// Two short documents written for this test, and one broken line.
constexpr const char* kGold =
    R"({"id": "rockets", "date": "2021-02-16", "text": "ERBIL, Iraq - Rockets struck a military base near Erbil airport on Monday night, killing a civilian contractor, officials said.", "gold": [{"type": "ASSAULT", "mode": "heavy-weapons", "date": "2021-02-15", "location": {"name": "Erbil", "country": "IRQ", "lat": 36.19, "lon": 44.01}, "actor1": null, "actor2": {"names": ["US-led coalition", "coalition"], "country": "USA", "sector": "MIL"}, "fatalities": 1}]}
{"id": "broken", "text": "x", "gold": [{"type": "SHOUT"}]}
{"id": "talks", "date": "2023-03-10", "html": "<html><body><article><p>BEIJING - Saudi Arabia and Iran agreed on Friday to restore diplomatic relations after talks in Beijing.</p></article></body></html>", "gold": [{"type": "AGREE", "date": "2023-03-10", "actor1": [{"names": ["Saudi Arabia"], "country": "SAU"}, {"names": ["Iran"], "country": "IRN"}]}]}
)";

TEST(EvalCliTest, ReportsScoresAndSkipsBadLines) {
  const fs::path gold = WriteFile("gold.jsonl", kGold);
  const RunResult run = Casus("eval " + gold.string() + " --threads 1");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find(gold.string() + ":2 (broken): gold[0].type: 'SHOUT' is not a PLOVER type"),
            std::string::npos)
      << run.err;
  for (const char* expected : {"2 documents scored, 1 bad lines skipped; 2 gold events",
                               "precision", "recall", "type accuracy", "source (actor1) country"}) {
    EXPECT_NE(run.out.find(expected), std::string::npos) << expected << "\n" << run.out;
  }
}

TEST(EvalCliTest, JsonAndVerboseOutput) {
  const fs::path gold = WriteFile("gold.jsonl", kGold);
  const RunResult run = Casus("eval " + gold.string() + " --json --verbose --threads 1");
  ASSERT_EQ(run.status, 0) << run.err;
  const auto report = nlohmann::json::parse(run.out);
  EXPECT_EQ(report["documents"], 2);
  EXPECT_EQ(report["skipped_lines"], 1);
  EXPECT_EQ(report["events"]["gold"], 2);
  EXPECT_TRUE(report["fields"].contains("actor2_country"));
  ASSERT_EQ(report["document_results"].size(), 2u);
  EXPECT_EQ(report["document_results"][1]["id"], "talks");
  const size_t accounted = report["events"]["matched"].get<size_t>() +
                           report["document_results"][0]["missed"].size() +
                           report["document_results"][1]["missed"].size();
  EXPECT_EQ(accounted, 2u) << "every gold event is matched or missed";

  const RunResult text = Casus("eval " + gold.string() + " --verbose --threads 1");
  EXPECT_EQ(text.status, 0);
  EXPECT_TRUE(text.out.find("Differences") != std::string::npos ||
              text.out.find("Every document is coded as the gold says") != std::string::npos)
      << text.out;
}

TEST(EvalCliTest, ExitStatuses) {
  EXPECT_EQ(Casus("eval").status, 2);
  EXPECT_EQ(Casus("eval gold.jsonl --threads 0").status, 2);
  EXPECT_EQ(Casus("eval gold.jsonl --no-such-flag").status, 2);
  const RunResult missing = Casus("eval /nonexistent/gold.jsonl");
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("cannot read gold file"), std::string::npos) << missing.err;
  const fs::path bad = WriteFile("bad.jsonl", "{\"id\": 1}\nnot json\n");
  EXPECT_EQ(Casus("eval " + bad.string()).status, 1) << "no document could be read";
  const RunResult help = Casus("eval --help");
  EXPECT_EQ(help.status, 0);
  for (const char* option :
       {"--json", "--verbose", "--kb", "--dict", "--threads", "--convert-plover"}) {
    EXPECT_NE(help.out.find(option), std::string::npos) << option;
  }
}

TEST(EvalCliTest, ConvertsPloverRecords) {
  const fs::path records = WriteFile("plover.json",
                                     R"([{"id": "DOC", "event": "DOCUMENT"},
          {"id": "R-1", "date": "2000-01-01", "event": "FIGHT", "mode": "firearms",
           "text": "Rebels attacked an army post.", "source": [{"actorText": "Rebels", "code": "SDN", "sector": "REB"}]}])");
  const RunResult run = Casus("eval --convert-plover " + records.string());
  ASSERT_EQ(run.status, 0) << run.err;
  const auto line = nlohmann::json::parse(run.out.substr(0, run.out.find('\n')));
  EXPECT_EQ(line["id"], "R-1");
  EXPECT_EQ(line["gold"][0]["type"], "ASSAULT");
  EXPECT_EQ(line["gold"][0]["actor1"]["country"], "SDN");
  EXPECT_NE(run.err.find("1 gold documents written, 1 records skipped"), std::string::npos);
  EXPECT_EQ(Casus("eval --convert-plover " + WriteFile("x.json", "{}").string()).status, 1);
}

}  // namespace
