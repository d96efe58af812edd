#include "intake/document_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "base/scratch_dir.h"
#include "base/utf8.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

// A fresh directory per test, removed afterwards.
class DocumentReaderTest : public testing::Test {
 protected:
  void SetUp() override {
    const auto* info = testing::UnitTest::GetInstance()->current_test_info();
    root_ = fs::path(testing_support::ScratchDir()) /
            ("casus_intake_" + std::to_string(getpid()) + "_" + info->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string Write(const std::string& relative, const std::string& content) {
    const fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }

  static std::vector<IntakeRecord> ReadAll(const DocumentReader& reader,
                                           const std::vector<std::string>& paths) {
    std::vector<IntakeRecord> records;
    reader.Read(paths, [&](IntakeRecord&& record) { records.push_back(std::move(record)); });
    return records;
  }

  fs::path root_;
};

struct Expected {
  std::string id;
  Status::Code code;
  std::string text;  // for ok records
};

void ExpectRecords(const std::vector<IntakeRecord>& records,
                   const std::vector<Expected>& expected) {
  ASSERT_EQ(records.size(), expected.size());
  for (size_t i = 0; i < records.size(); ++i) {
    SCOPED_TRACE("record " + std::to_string(i) + " " + records[i].id + ": " +
                 records[i].status.message());
    EXPECT_EQ(records[i].id, expected[i].id);
    EXPECT_EQ(records[i].document.id, expected[i].id);
    EXPECT_EQ(records[i].status.code(), expected[i].code);
    if (records[i].status.ok()) {
      EXPECT_EQ(records[i].document.text, expected[i].text);
    } else {
      EXPECT_FALSE(records[i].status.message().empty());
    }
    EXPECT_TRUE(IsValidUtf8(records[i].document.text));
  }
}

TEST_F(DocumentReaderTest, JsonLinesGoodAndBad) {
  const std::string big_text(2000, 'x');
  const std::string path =
      Write("feed.jsonl",
            "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"First.\",\"date\":\"2024-01-28\"}\r\n"  // 1
            "\r\n"                                                                        // 2
            "{\"id\":\"b\",\n"                                                            // 3
            "{\"text\":\"No id.\"}\n"                                                     // 4
            "{\"id\":\"c\",\"text\":\"\"}\n"                                              // 5
            "not json\n"                                                                  // 6
            "{\"id\":\"big\",\"text\":\"" +
                big_text +
                "\"}\n"  // 7
                "{\"text\":\"" +
                big_text +
                "\"}\n"                                                                // 8
                "   \t \n"                                                             // 9
                "{\"id\":\"d\",\"text\":\"bad \xff byte\",\"date\":\"2024-13-01\"}\n"  // 10
                "{\"id\":\"e\",\"text\":\"Last.\"}");                                  // 11
  IntakeOptions options;
  options.max_document_bytes = 1000;
  const DocumentReader reader(options);
  const std::vector<IntakeRecord> records = ReadAll(reader, {path});
  ExpectRecords(records, {
                             {"a", Status::Code::kOk, "First."},
                             {"b", Status::Code::kInvalidInput, ""},
                             {path + ":4", Status::Code::kOk, "No id."},
                             {"c", Status::Code::kInvalidInput, ""},
                             {path + ":6", Status::Code::kInvalidInput, ""},
                             {"big", Status::Code::kTooLarge, ""},
                             {path + ":8", Status::Code::kTooLarge, ""},
                             {"d", Status::Code::kInvalidInput, ""},
                             {"e", Status::Code::kOk, "Last."},
                         });
  EXPECT_EQ(records[0].document.date->ToString(), "2024-01-28");
  EXPECT_FALSE(records[8].document.date.has_value());
  EXPECT_EQ(records[5].status.message(), "line of " + std::to_string(22 + big_text.size()) +
                                             " bytes exceeds the limit of 1000 bytes");
}

TEST_F(DocumentReaderTest, DefaultDateFillsOnlyMissingDates) {
  const std::string jsonl = Write("d.ndjson",
                                  "{\"id\":\"dated\",\"text\":\"x\",\"date\":\"2020-01-03\"}\n"
                                  "{\"id\":\"undated\",\"text\":\"x\"}\n");
  const std::string text = Write("note.txt", "Plain text.");
  IntakeOptions options;
  options.default_date = Date::Parse("2024-05-01");
  const std::vector<IntakeRecord> records = ReadAll(DocumentReader(options), {jsonl, text});
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].document.date->ToString(), "2020-01-03");
  EXPECT_EQ(records[1].document.date->ToString(), "2024-05-01");
  EXPECT_EQ(records[2].document.date->ToString(), "2024-05-01");
}

TEST_F(DocumentReaderTest, PlainTextFiles) {
  const std::string crlf = Write("crlf.txt", "\xEF\xBB\xBFLine one.\r\nLine two \xC3( end.\r\n");
  const std::string empty = Write("empty.txt", " \n\t\n");
  const std::string big = Write("big.text", std::string(3000, 'a'));
  const std::string noext = Write("README", "No extension.");
  IntakeOptions options;
  options.max_document_bytes = 2048;
  const std::vector<IntakeRecord> records =
      ReadAll(DocumentReader(options), {crlf, empty, big, noext});
  ExpectRecords(records, {
                             {crlf, Status::Code::kOk, "Line one.\nLine two \uFFFD( end.\n"},
                             {empty, Status::Code::kInvalidInput, ""},
                             {big, Status::Code::kTooLarge, ""},
                             {noext, Status::Code::kOk, "No extension."},
                         });
  EXPECT_TRUE(records[0].document.title.empty());
  EXPECT_FALSE(records[0].document.date.has_value());
}

TEST_F(DocumentReaderTest, HtmlFiles) {
  const std::string page = Write("page.HTM",
                                 "<html><head><meta property=og:title content=Title></head>"
                                 "<body><nav>Menu</nav><article><p>Article text.</p></article>"
                                 "</body></html>");
  const std::string empty = Write("empty.html", "<html><body><nav>Menu</nav></body></html>");
  const std::vector<IntakeRecord> records = ReadAll(DocumentReader({}), {page, empty});
  ExpectRecords(records, {
                             {page, Status::Code::kOk, "Article text."},
                             {empty, Status::Code::kInvalidInput, ""},
                         });
  EXPECT_EQ(records[0].document.title, "Title");
}

TEST_F(DocumentReaderTest, MissingAndUnreadablePaths) {
  const std::string missing = (root_ / "nope.txt").string();
  const std::string secret = Write("secret.txt", "hidden");
  fs::permissions(secret, fs::perms::none);
  const std::string after = Write("after.txt", "Still read.");
  const std::vector<IntakeRecord> records = ReadAll(DocumentReader({}), {missing, secret, after});
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].id, missing);
  EXPECT_EQ(records[0].status.code(), Status::Code::kNotFound);
  if (geteuid() != 0) {  // root reads any file
    EXPECT_EQ(records[1].id, secret);
    EXPECT_EQ(records[1].status.code(), Status::Code::kIoError);
  }
  EXPECT_EQ(records[2].id, after);
  EXPECT_TRUE(records[2].status.ok());
}

TEST_F(DocumentReaderTest, DirectoriesAreWalkedInSortedOrder) {
  Write("corpus/b.txt", "B.");
  Write("corpus/a.jsonl", "{\"id\":\"a1\",\"text\":\"A1.\"}\n{\"id\":\"a2\",\"text\":\"A2.\"}\n");
  Write("corpus/B-upper.txt", "Upper.");
  Write("corpus/sub/c.html", "<p>C.</p>");
  Write("corpus/sub/.hidden.txt", "Hidden.");
  Write("corpus/.git/config", "Hidden.");
  Write("corpus/sub/deeper/d.txt", "D.");
  Write("corpus/sub2/e.txt", "E.");
  fs::create_directories(root_ / "corpus/zempty");
  fs::create_directory_symlink(root_ / "corpus/sub", root_ / "corpus/zlink");
  const std::string corpus = (root_ / "corpus").string();
  const std::vector<IntakeRecord> records = ReadAll(DocumentReader({}), {corpus});
  ExpectRecords(records, {
                             {corpus + "/B-upper.txt", Status::Code::kOk, "Upper."},
                             {"a1", Status::Code::kOk, "A1."},
                             {"a2", Status::Code::kOk, "A2."},
                             {corpus + "/b.txt", Status::Code::kOk, "B."},
                             {corpus + "/sub/c.html", Status::Code::kOk, "C."},
                             {corpus + "/sub/deeper/d.txt", Status::Code::kOk, "D."},
                             {corpus + "/sub2/e.txt", Status::Code::kOk, "E."},
                         });
  // A trailing slash names the same files.
  const std::vector<IntakeRecord> again = ReadAll(DocumentReader({}), {corpus + "/"});
  ASSERT_EQ(again.size(), records.size());
  EXPECT_EQ(again[0].id, records[0].id);
}

TEST_F(DocumentReaderTest, StreamsNameLinesAfterTheStream) {
  std::istringstream in(
      "{\"id\":\"s1\",\"text\":\"One.\"}\n"
      "{\"text\":\"Two.\"}\n"
      "{broken\n"
      "\n"
      "{\"id\":\"s5\",\"text\":\"Five.\"}\n");
  std::vector<IntakeRecord> records;
  DocumentReader({}).ReadStream(
      in, "stdin", [&](IntakeRecord&& record) { records.push_back(std::move(record)); });
  ExpectRecords(records, {
                             {"s1", Status::Code::kOk, "One."},
                             {"stdin:2", Status::Code::kOk, "Two."},
                             {"stdin:3", Status::Code::kInvalidInput, ""},
                             {"s5", Status::Code::kOk, "Five."},
                         });
}

TEST_F(DocumentReaderTest, DashAndNoPathsReadStandardInput) {
  for (const std::vector<std::string>& paths :
       {std::vector<std::string>{"-"}, std::vector<std::string>{}}) {
    std::istringstream in("{\"id\":\"in1\",\"text\":\"From stdin.\"}\n{\"text\":\"Anonymous.\"}\n");
    std::streambuf* saved = std::cin.rdbuf(in.rdbuf());
    const std::vector<IntakeRecord> records = ReadAll(DocumentReader({}), paths);
    std::cin.rdbuf(saved);
    ExpectRecords(records, {
                               {"in1", Status::Code::kOk, "From stdin."},
                               {"stdin:2", Status::Code::kOk, "Anonymous."},
                           });
  }
}

TEST_F(DocumentReaderTest, JsonFilesAreOneDocumentOrLines) {
  const std::string pretty = Write("pretty.json",
                                   "{\n  \"id\": \"p\",\n  \"text\": \"Pretty.\",\n"
                                   "  \"date\": \"2023-03-10\"\n}\n");
  const std::string lines =
      Write("lines.json", "\n{\"id\":\"l1\",\"text\":\"L1.\"}\n{\"id\":\"l2\",\"text\":\"L2.\"}\n");
  const std::string anonymous = Write("anonymous.json", "{\n\"text\": \"Anon.\"\n}");
  const std::string broken = Write("broken.json", "{\n\"id\": \"x\",\n");
  const std::vector<IntakeRecord> records =
      ReadAll(DocumentReader({}), {pretty, lines, anonymous, broken});
  ExpectRecords(records, {
                             {"p", Status::Code::kOk, "Pretty."},
                             {"l1", Status::Code::kOk, "L1."},
                             {"l2", Status::Code::kOk, "L2."},
                             {anonymous, Status::Code::kOk, "Anon."},
                             {"x", Status::Code::kInvalidInput, ""},
                         });
}

TEST_F(DocumentReaderTest, VeryLongLinesAreSkippedWithoutStoppingTheStream) {
  std::string line = "{\"id\":\"huge\",\"text\":\"" + std::string(5u << 20, 'y') + "\"}";
  std::istringstream in(line + "\n{\"id\":\"next\",\"text\":\"Next.\"}");
  IntakeOptions options;
  options.max_document_bytes = 1u << 20;
  std::vector<IntakeRecord> records;
  DocumentReader(options).ReadStream(
      in, "s", [&](IntakeRecord&& record) { records.push_back(std::move(record)); });
  ExpectRecords(records, {
                             {"huge", Status::Code::kTooLarge, ""},
                             {"next", Status::Code::kOk, "Next."},
                         });
}

}  // namespace
}  // namespace casus
