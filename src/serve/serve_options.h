// ServeOptions: everything `casus serve` is configured with — where the
// store is, where to listen, who may ingest, and the limits that keep one
// request from exhausting the server.
//
// Thread safety: a plain value, read-only once the server starts.
#ifndef CASUS_SERVE_SERVE_OPTIONS_H_
#define CASUS_SERVE_SERVE_OPTIONS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace casus {

struct ServeLimits {
  // Largest request body (POST /api/ingest); larger requests get 413.
  size_t max_body_bytes = 16u << 20;
  // Incidents per page of /api/incidents: default and hard maximum.
  size_t default_page = 50;
  size_t max_page = 500;
  // Deepest offset a page may start at (deeper paging: narrow the filter).
  size_t max_offset = 100000;
  // Map points per /api/points response: default and hard maximum.
  size_t default_points = 100000;
  size_t max_points = 250000;
  // Features per /api/geojson response: default and hard maximum.
  size_t default_features = 1000;
  size_t max_features = 10000;
  // Buckets per /api/summary response for actor and country axes.
  size_t max_buckets = 200;
  // Nodes per /api/graph response.
  size_t max_graph_nodes = 600;
  // Longest value of one query parameter, in bytes (URLs themselves are
  // capped at 8 KB by the HTTP layer: 414).
  size_t max_parameter_bytes = 512;
  // Wall-clock budget of one request's query work, in milliseconds: scans
  // done in casus stop with 503 when it runs out; PostgreSQL also gets it
  // as statement_timeout.
  int request_budget_ms = 10000;
  // Socket timeouts, in seconds.
  int read_timeout_seconds = 10;
  int write_timeout_seconds = 30;
  // Keep-alive: requests per connection and idle seconds.
  size_t keep_alive_requests = 1000;
  int keep_alive_seconds = 5;
};

struct ServeOptions {
  // The store: an SQLite file or a postgresql:// URL.
  std::string store;
  // Address to listen on; the loopback interface by default.
  std::string bind = "127.0.0.1";
  // Port; 0 picks a free one (ApiServer::port() tells which).
  int port = 8080;
  // Worker threads (each with its own store session); 0 = 4 per core, at
  // least 8.
  unsigned threads = 0;
  // Bearer token for POST /api/ingest; empty disables ingest over HTTP.
  std::string ingest_token;
  // Knowledge base for actor names, networks and sponsor chains (empty:
  // the bundled one).
  std::vector<std::string> kb_paths;
  ServeLimits limits;
};

}  // namespace casus

#endif  // CASUS_SERVE_SERVE_OPTIONS_H_
