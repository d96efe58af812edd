// POST /api/ingest and hostile documents: ingest needs the bearer token;
// documents full of markup, script, javascript: URLs, control characters
// and very long tokens are stored and served back byte for byte as JSON
// text (the dashboard shows them as text; see tests/serve/dashboard_test.mjs).
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "serve/serve_test_util.h"
#include "store/store_test_util.h"

namespace casus {
namespace {

using nlohmann::json;
using testing::IngestSamples;
using testing::ReadFile;
using testing::ServeChild;

constexpr const char* kToken = "0123456789abcdef0123456789abcdef";

std::string HostileJsonl() {
  return ReadFile(std::string(CASUS_SOURCE_DIR) + "/tests/serve/hostile_documents.jsonl");
}

// A document whose text holds one 200,000-byte token.
std::string LongTokenLine() {
  json doc = {{"id", "hostile-long-token"},
              {"date", "2024-05-10"},
              {"title", std::string(5000, 'T')},
              {"text", "Militants shelled Mosul on Friday, killing four people. " +
                           std::string(200000, 'A') + " Officials confirmed the toll."}};
  return doc.dump() + "\n";
}

// What intake keeps of a field: control characters other than tab and
// newlines are dropped.
json WithoutControls(const json& value) {
  if (!value.is_string()) return value;
  std::string out;
  for (char c : value.get<std::string>()) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
  }
  return out;
}

class ServeIngestTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    where_ = std::make_unique<testing::StoreLocation>(GetParam());
    if (where_->location().empty()) GTEST_SKIP() << where_->skip_reason();
    db_ = where_->location();
    ASSERT_TRUE(IngestSamples(db_));
    token_file_ = testing_support::ScratchDir() + "/token";
    std::ofstream(token_file_) << kToken << "\n";
    chmod(token_file_.c_str(), 0600);
    server_ = std::make_unique<ServeChild>(
        db_, std::vector<std::string>{"--token-file", token_file_, "--max-body-mb", "1"});
    ASSERT_GT(server_->port(), 0) << server_->log();
  }

  httplib::Result Post(const std::string& body, const std::string& token = kToken) {
    auto client = server_->Client();
    httplib::Headers headers;
    if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
    return client.Post("/api/ingest", headers, body, "application/x-ndjson");
  }

  json Get(const std::string& path) {
    auto response = server_->Client().Get(path);
    EXPECT_TRUE(response) << path;
    if (!response) return json();
    EXPECT_EQ(response->status, 200) << path << ": " << response->body;
    return json::parse(response->body, nullptr, false);
  }

  // The server stops cleanly on SIGTERM (and, under ASan, without leaks).
  void TearDown() override {
    if (server_) {
      EXPECT_EQ(server_->Stop(), 0) << server_->log();
    }
    server_.reset();
  }

  std::unique_ptr<testing::StoreLocation> where_;
  std::string db_;
  std::string token_file_;
  std::unique_ptr<ServeChild> server_;  // stopped before the store goes
};

INSTANTIATE_TEST_SUITE_P(Engines, ServeIngestTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

TEST_P(ServeIngestTest, IngestNeedsTheToken) {
  const std::string line = HostileJsonl().substr(0, HostileJsonl().find('\n') + 1);
  const std::vector<std::string> wrong = {"", "wrong", std::string(kToken).substr(0, 31),
                                          std::string(kToken) + "0",
                                          "1123456789abcdef0123456789abcdef"};
  for (const std::string& token : wrong) {
    auto response = Post(line, token);
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 401) << "token '" << token << "'";
    EXPECT_NE(response->get_header_value("WWW-Authenticate").find("Bearer"), std::string::npos);
  }
  // Nothing was stored.
  EXPECT_EQ(Get("/api/status")["documents"], 53);
}

TEST_P(ServeIngestTest, OversizedBodiesAreRefused) {
  std::string body;
  while (body.size() < (1u << 20) + 1000) body += LongTokenLine();
  auto response = Post(body);
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
  EXPECT_EQ(json::parse(response->body)["error"]["status"], 413);
}

TEST_P(ServeIngestTest, HostileDocumentsComeBackAsTheSameText) {
  const std::string etag_before =
      server_->Client().Get("/api/incidents?limit=1")->get_header_value("ETag");
  const std::string body = HostileJsonl() + LongTokenLine() + "{\"id\": \"broken\", \"text\": \n";
  auto response = Post(body);
  ASSERT_TRUE(response);
  ASSERT_EQ(response->status, 200) << response->body;
  json result = json::parse(response->body);
  EXPECT_EQ(result["read"], 6);
  EXPECT_EQ(result["stored"], 5);
  ASSERT_EQ(result["skipped"].size(), 1u);
  EXPECT_GT(result["events"].get<int>(), 0);
  EXPECT_FALSE(result["incidents"].empty());

  // The store changed: the ETag did too.
  const std::string etag_after =
      server_->Client().Get("/api/incidents?limit=1")->get_header_value("ETag");
  EXPECT_NE(etag_before, etag_after);

  std::istringstream lines(HostileJsonl());
  size_t checked = 0;
  for (std::string line; std::getline(lines, line);) {
    const json sent = json::parse(line);
    if (!sent.contains("text")) continue;  // HTML: its text is extracted
    json doc = Get("/api/documents?id=" + testing::UrlEncode(sent["id"].get<std::string>()));
    EXPECT_EQ(doc["id"], sent["id"]);
    for (const char* field : {"title", "source", "url"}) {
      EXPECT_EQ(doc[field], WithoutControls(sent.value(field, json()))) << sent["id"] << field;
    }
    std::string text;
    for (const json& piece : doc["pieces"]) text += piece["text"].get<std::string>();
    EXPECT_EQ(text, sent["text"]);
    ++checked;
  }
  EXPECT_EQ(checked, 3u);
  json html = Get("/api/documents?id=hostile-html");
  std::string text;
  for (const json& piece : html["pieces"]) text += piece["text"].get<std::string>();
  EXPECT_EQ(text.find("__casusPwned"), std::string::npos) << text;  // scripts are not text
  json long_token = Get("/api/documents?id=hostile-long-token");
  EXPECT_GT(long_token["text_bytes"].get<size_t>(), 200000u);
  // Incidents of the hostile reports are found and served whole.
  json found = Get("/api/incidents?text=baghdad&from=2024-05-01");
  ASSERT_GT(found["total"].get<int>(), 0);
  for (const json& incident : found["incidents"]) {
    const std::string id = incident["id"];
    json detail = Get("/api/incidents/" + id.substr(9));
    EXPECT_FALSE(detail["reports"].empty()) << id;
  }
  // Sending the same documents again changes nothing.
  auto again = Post(HostileJsonl());
  ASSERT_TRUE(again);
  ASSERT_EQ(again->status, 200);
  EXPECT_EQ(json::parse(again->body)["unchanged"], 4);
}

}  // namespace
}  // namespace casus
