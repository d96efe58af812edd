// ApiServer: `casus serve` — the store's JSON API and the dashboard, over
// HTTP.
//
//   GET  /api/status              store counts, limits, whether ingest is on
//   GET  /api/incidents           a page of incidents (casus query filters)
//   GET  /api/incidents/ID        one incident, its reports and their text
//                                 cut at the evidence spans
//   GET  /api/summary?by=AXIS     counts per day/week/month/year, country,
//                                 type, perpetrator or sponsor
//   GET  /api/points              compact map points
//   GET  /api/geojson             incidents as an RFC 7946 FeatureCollection
//   GET  /api/actors?q=           actors seen in the store, by name
//   GET  /api/actor?key=&date=    one actor, its relations and sponsor chain
//   GET  /api/graph?date=         the actor network (relations, and
//                                 interactions on request)
//   GET  /api/documents?id=       one document with its records and spans
//   POST /api/ingest              JSONL documents, coded and stored (only
//                                 with a token; Authorization: Bearer)
//   GET  /                        the dashboard (embedded static files)
//
// docs/serve.md documents parameters, responses and limits. Every store
// response carries an ETag naming the store's content; If-None-Match gets
// 304. Errors are JSON {"error": {"status", "message"}} with the HTTP
// status. Responses carry a strict Content-Security-Policy and the usual
// hardening headers; when bound to a loopback address the server answers
// only requests addressed to a loopback host name (no DNS rebinding).
//
// Thread safety: Run() blocks the calling thread and serves on a pool of
// worker threads; Stop() may be called from any thread.
#ifndef CASUS_SERVE_API_SERVER_H_
#define CASUS_SERVE_API_SERVER_H_

#include <memory>

#include "casus/status.h"
#include "serve/serve_options.h"

namespace casus {

class ApiServer {
 public:
  // Loads the knowledge base and checks that the store opens. Does not
  // listen yet.
  static Result<std::unique_ptr<ApiServer>> Create(ServeOptions options);
  ~ApiServer();
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  // Binds the listening socket (options.port, or a free port when 0) and
  // returns the port.
  Result<int> Bind();
  // Serves until Stop(). Bind() first.
  Status Run();
  void Stop();

 private:
  struct Impl;
  explicit ApiServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace casus

#endif  // CASUS_SERVE_API_SERVER_H_
