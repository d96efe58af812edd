// The request time limit: a query that runs past the budget is stopped and
// answered with a JSON 503 (Retry-After), the same query within the budget
// answers in full. The server runs in this process with its limits set.
#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "base/scratch_dir.h"
#include "serve/api_server.h"
#include "store/sql_connection.h"
#include "store/store.h"

namespace casus {
namespace {

constexpr int kIncidents = 300000;

// An SQLite store holding kIncidents bare incidents (rows only: enough for
// counts to take a while).
std::string MakeStore(const std::filesystem::path& dir) {
  const std::string path = (dir / "casus.db").string();
  {
    auto store = Store::Open(path);
    EXPECT_TRUE(store.ok()) << store.status().message();
  }
  auto db = OpenSqliteConnection(path);
  EXPECT_TRUE(db.ok());
  Status status = (*db)->ExecuteScript(
      "INSERT INTO incidents (type, date_days, country, lat, lon, fatalities, source_count, "
      "first_doc, record) WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE "
      "x < " +
      std::to_string(kIncidents) +
      ") SELECT 'ASSAULT', 14000 + x % 3000, 'IRQ', 33 + (x % 100) / 100.0, 44, x % 7, 1, 'doc', "
      "'{}' FROM n");
  EXPECT_TRUE(status.ok()) << status.message();
  return path;
}

class RunningServer {
 public:
  RunningServer(const std::string& store, int budget_ms) {
    ServeOptions options;
    options.store = store;
    options.port = 0;
    options.threads = 2;
    options.limits.request_budget_ms = budget_ms;
    auto server = ApiServer::Create(options);
    EXPECT_TRUE(server.ok()) << server.status().message();
    if (!server.ok()) return;
    server_ = std::move(server.value());
    auto port = server_->Bind();
    EXPECT_TRUE(port.ok());
    port_ = port.ok() ? *port : 0;
    thread_ = std::thread([this] { server_->Run(); });
  }
  ~RunningServer() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
  }
  httplib::Result Get(const std::string& path) {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(120, 0);
    return client.Get(path);
  }

 private:
  std::unique_ptr<ApiServer> server_;
  int port_ = 0;
  std::thread thread_;
};

TEST(ServeLimitTest, QueriesPastTheBudgetAreStoppedWithAJsonError) {
  const std::filesystem::path dir =
      std::filesystem::path(testing_support::ScratchDir()) / "serve_limit";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string store = MakeStore(dir);
  const std::string path = "/api/summary?by=day&fatalities=1";
  {
    RunningServer server(store, /*budget_ms=*/1);
    auto response = server.Get(path);
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 503) << response->body;
    EXPECT_EQ(response->get_header_value("Retry-After"), "1");
    EXPECT_NE(response->get_header_value("Content-Type").find("application/json"),
              std::string::npos);
    const auto body = nlohmann::json::parse(response->body);
    EXPECT_EQ(body["error"]["status"], 503);
    EXPECT_NE(body["error"]["message"].get<std::string>().find("ran out of time"),
              std::string::npos)
        << response->body;
  }
  RunningServer server(store, /*budget_ms=*/120000);
  auto response = server.Get(path);
  ASSERT_TRUE(response);
  ASSERT_EQ(response->status, 200) << response->body;
  const auto body = nlohmann::json::parse(response->body);
  int64_t total = 0;
  for (const auto& bucket : body["buckets"]) total += bucket["incidents"].get<int64_t>();
  EXPECT_EQ(total, kIncidents);
}

}  // namespace
}  // namespace casus
