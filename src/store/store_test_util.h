// Test support for the store: builders for coded documents, and a fixture
// that opens a fresh store on each engine — an SQLite file in a temporary
// directory, or a private schema of the PostgreSQL server named by
// CASUS_TEST_PG_URL (scripts/postgres.sh starts one). Without that variable
// the PostgreSQL half of every suite skips with a message.
#ifndef CASUS_STORE_STORE_TEST_UTIL_H_
#define CASUS_STORE_STORE_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "store/sql_connection.h"
#include "store/store.h"

namespace casus::testing {

inline Actor MakeActor(std::string name, std::string id = "", std::string country = "",
                       std::string sector = "") {
  Actor actor;
  actor.name = std::move(name);
  actor.id = std::move(id);
  actor.country = std::move(country);
  actor.sector = std::move(sector);
  actor.text = actor.name;
  return actor;
}

inline Location MakePlace(std::string name, std::string country, double lat, double lon,
                          std::string precision = "place") {
  Location l;
  l.name = std::move(name);
  l.country = std::move(country);
  l.lat = lat;
  l.lon = lon;
  l.precision = std::move(precision);
  l.geo_precision = 1;
  return l;
}

// An ASSAULT event on `date` at `place`; the rest is set by the caller.
inline Event MakeEvent(std::string id, std::string date, std::optional<Location> place,
                       std::string type = "ASSAULT", std::string mode = "heavy-weapons") {
  Event e;
  e.id = std::move(id);
  e.type = std::move(type);
  e.mode = std::move(mode);
  e.date = Date::Parse(date);
  e.date_precision = e.date ? "day" : "";
  e.location = std::move(place);
  e.confidence = 0.8;
  if (e.type == "ASSAULT")
    e.acled = AcledCategory{"Explosions/Remote violence", "Shelling/artillery/missile attack"};
  Evidence evidence;
  evidence.sentence = 0;
  evidence.start = 0;
  evidence.end = 10;
  evidence.text = "Evidence 1";
  e.evidence.push_back(evidence);
  return e;
}

inline DocumentToStore MakeDoc(std::string id, std::string published, std::vector<Event> events,
                               std::string text = "", std::vector<Relation> relations = {}) {
  DocumentToStore item;
  item.document.id = id;
  item.document.title = "Report " + id;
  item.document.date = Date::Parse(published);
  item.document.source = "Test Wire";
  item.document.url = "https://example.com/" + id;
  item.document.text = text.empty() ? "Evidence 1 of report " + id + "." : text;
  item.content_hash = ContentHash(item.document);
  item.coded.doc = id;
  for (Event& e : events) e.doc = id;
  for (Relation& r : relations) r.doc = id;
  item.coded.events = std::move(events);
  item.coded.relations = std::move(relations);
  return item;
}

inline std::string PostgresTestUrl() {
  const char* url = std::getenv("CASUS_TEST_PG_URL");
  return url ? url : "";
}

// A fresh, empty store location on one engine ("sqlite" or "postgresql").
class StoreLocation {
 public:
  explicit StoreLocation(const std::string& engine) : engine_(engine) {
    static std::atomic<int> counter{0};
    const std::string unique = std::to_string(getpid()) + "_" + std::to_string(counter++);
    if (engine == "sqlite") {
      dir_ = std::filesystem::temp_directory_path() / ("casus_store_test_" + unique);
      std::filesystem::create_directories(dir_);
      location_ = (dir_ / "casus.db").string();
      return;
    }
    const std::string url = PostgresTestUrl();
    if (url.empty()) return;
    schema_ = "casus_test_" + unique;
    auto db = OpenPostgresConnection(url);
    if (!db.ok()) {
      error_ = db.status().message();
      return;
    }
    Status status = (*db)->ExecuteScript("CREATE SCHEMA " + schema_);
    if (!status.ok()) {
      error_ = status.message();
      return;
    }
    location_ = url + (url.find('?') == std::string::npos ? "?" : "&") +
                "options=-csearch_path%3D" + schema_;
  }

  ~StoreLocation() {
    if (!dir_.empty()) {
      std::error_code ignored;
      std::filesystem::remove_all(dir_, ignored);
    }
    if (!schema_.empty() && error_.empty()) {
      auto db = OpenPostgresConnection(PostgresTestUrl());
      if (db.ok()) (*db)->ExecuteScript("DROP SCHEMA " + schema_ + " CASCADE");
    }
  }

  // Empty when the engine is not available (then skip_reason() says why).
  const std::string& location() const { return location_; }
  std::string skip_reason() const {
    if (!error_.empty()) return "PostgreSQL at CASUS_TEST_PG_URL is unusable: " + error_;
    return "CASUS_TEST_PG_URL is not set: the PostgreSQL half of the store tests needs a server "
           "(scripts/postgres.sh starts a throwaway one)";
  }
  // A raw connection to the same store, for tests that tamper with it.
  Result<std::unique_ptr<SqlConnection>> Connect() const {
    return engine_ == "sqlite" ? OpenSqliteConnection(location_)
                               : OpenPostgresConnection(location_);
  }

 private:
  std::string engine_;
  std::filesystem::path dir_;
  std::string schema_;
  std::string location_;
  std::string error_;
};

// Parameterised over the engine name.
class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    where_ = std::make_unique<StoreLocation>(GetParam());
    if (where_->location().empty()) GTEST_SKIP() << where_->skip_reason();
  }

  std::unique_ptr<Store> Open(const StoreOptions& options = {}) {
    auto store = Store::Open(where_->location(), options);
    EXPECT_TRUE(store.ok()) << store.status().message();
    return store.ok() ? std::move(store.value()) : nullptr;
  }

  const std::string& location() const { return where_->location(); }
  StoreLocation& where() { return *where_; }

 private:
  std::unique_ptr<StoreLocation> where_;
};

inline std::string EngineName(const ::testing::TestParamInfo<std::string>& info) {
  return info.param;
}

}  // namespace casus::testing

#endif  // CASUS_STORE_STORE_TEST_UTIL_H_
