#include "serve/api_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <regex>
#include <thread>
#include <vector>

#include <zlib.h>

#include "output/json_writer.h"
#include "serve/api_context.h"
#include "serve/web_assets.h"

namespace casus {
namespace {

// No inline script or style anywhere: the dashboard's code and styles are
// files of this origin, and data reaches the page only as text.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'";

std::string_view ReasonPhrase(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 401:
      return "a valid bearer token is required";
    case 403:
      return "forbidden";
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    case 408:
      return "request timeout";
    case 413:
      return "request body too large";
    case 414:
      return "request URI too long";
    case 416:
      return "range not satisfiable";
    case 421:
      return "misdirected request";
    case 500:
      return "internal error";
    case 503:
      return "service unavailable";
    default:
      return "error";
  }
}

bool IsLoopbackAddress(const std::string& address) {
  if (address == "localhost" || address == "::1") return true;
  in_addr v4{};
  return inet_pton(AF_INET, address.c_str(), &v4) == 1 && (ntohl(v4.s_addr) >> 24) == 127;
}

// The host name of a Host header, without the port.
std::string HostName(const std::string& host) {
  if (host.starts_with("[")) {
    const size_t close = host.find(']');
    return close == std::string::npos ? host : host.substr(1, close - 1);
  }
  return host.substr(0, host.find(':'));
}

bool MatchesEtag(const std::string& if_none_match, const std::string& etag) {
  size_t at = 0;
  while (at < if_none_match.size()) {
    size_t comma = if_none_match.find(',', at);
    if (comma == std::string::npos) comma = if_none_match.size();
    std::string_view tag(if_none_match.data() + at, comma - at);
    while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
    while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    if (tag == "*" || tag == etag) return true;
    at = comma + 1;
  }
  return false;
}

// The GET paths the server knows, for telling 405 from 404.
bool IsGetPath(const std::string& path) {
  static const std::regex kApi(
      "/api/(status|incidents|incidents/[^/]+|summary|points|geojson|actors|actor|graph|"
      "documents)");
  return std::regex_match(path, kApi) || FindWebAsset(path) != nullptr;
}

uint64_t Fnv1a(std::string_view data) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

// `data` gzipped (best compression); empty on failure.
std::string Gzip(std::string_view data) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) !=
      Z_OK) {
    return {};
  }
  std::string out(deflateBound(&stream, data.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return status == Z_STREAM_END ? out : std::string();
}

// A dashboard file as served: its bytes, gzipped bytes (for files the HTTP
// layer does not compress itself: it compresses text/* on every request),
// and the ETags of both.
struct ServedAsset {
  const WebAsset* asset;
  std::string gzipped;
  std::string etag, gzip_etag;
};

std::vector<ServedAsset> PrepareAssets() {
  std::vector<ServedAsset> served;
  for (const WebAsset& asset : WebAssets()) {
    ServedAsset s{&asset, {}, {}, {}};
    char etag[24];
    std::snprintf(etag, sizeof etag, "\"%016llx\"",
                  static_cast<unsigned long long>(Fnv1a(asset.data)));
    s.etag = etag;
    if (!asset.content_type.starts_with("text/") && asset.data.size() > 1024) {
      s.gzipped = Gzip(asset.data);
      s.gzip_etag = s.etag.substr(0, s.etag.size() - 1) + "-gzip\"";
    }
    served.push_back(std::move(s));
  }
  return served;
}

}  // namespace

void SetJsonError(httplib::Response& response, int status, std::string_view message) {
  std::string body;
  JsonWriter json(body);
  json.BeginObject().Key("error").BeginObject();
  json.Key("status").Int(status).Key("message").String(message);
  json.EndObject().EndObject();
  body += '\n';
  response.status = status;
  response.set_content(std::move(body), "application/json; charset=utf-8");
}

void SetStatusError(httplib::Response& response, const Status& status) {
  switch (status.code()) {
    case Status::Code::kInvalidInput:
      SetJsonError(response, 400, status.message());
      return;
    case Status::Code::kNotFound:
      SetJsonError(response, 404, status.message());
      return;
    case Status::Code::kTooLarge:
      response.set_header("Retry-After", "1");
      SetJsonError(response, 503, status.message());
      return;
    case Status::Code::kIoError:
      SetJsonError(response, 503, "the store is unavailable: " + status.message());
      return;
    default:
      SetJsonError(response, 500, "internal error: " + status.message());
      return;
  }
}

// ---- ApiContext ---------------------------------------------------------

ApiContext::ApiContext(ServeOptions options, std::optional<KnowledgeBase> kb)
    : options_(std::move(options)),
      sessions_(options_.store, options_.limits.request_budget_ms),
      kb_(std::move(kb)) {
  server_tag_ =
      std::to_string(std::chrono::system_clock::now().time_since_epoch().count() & 0xffffffff);
}

Result<std::shared_ptr<const ActorNetwork>> ApiContext::NetworkAt(StoreSession& session,
                                                                  const std::string& version) {
  auto stored = relations.Get(version, [&] { return session.store->Relations(); });
  if (!stored.ok()) return stored.status();
  std::lock_guard<std::mutex> lock(network_mutex_);
  if (network_ && network_version_ == version) return network_;
  network_ = std::make_shared<const ActorNetwork>(kb(), **stored);
  network_version_ = version;
  return network_;
}

Result<const Pipeline*> ApiContext::IngestPipeline() {
  std::lock_guard<std::mutex> lock(pipeline_mutex_);
  if (!pipeline_) {
    PipelineOptions options;
    options.kb_paths = options_.kb_paths;
    auto pipeline = Pipeline::Create(options);
    if (!pipeline.ok()) return pipeline.status();
    pipeline_ = std::move(pipeline.value());
  }
  return static_cast<const Pipeline*>(pipeline_.get());
}

void ServeFromStore(ApiContext& context, const httplib::Request& request,
                    httplib::Response& response, const StoreHandler& handler,
                    const char* content_type) {
  auto lease = context.sessions().Acquire();
  if (!lease.ok()) {
    SetJsonError(response, 503, "the store cannot be opened: " + lease.status().message());
    return;
  }
  auto version = DataVersion(**lease, context.sessions().location());
  if (!version.ok()) {
    lease->Discard();
    SetStatusError(response, Status::IoError(version.status().message()));
    return;
  }
  const std::string etag = "\"" + *version + "-" + context.server_tag() + "\"";
  response.set_header("Cache-Control", "no-cache");
  if (request.has_header("If-None-Match") &&
      MatchesEtag(request.get_header_value("If-None-Match"), etag)) {
    response.status = 304;
    response.set_header("ETag", etag);
    return;
  }
  const Deadline deadline(std::chrono::milliseconds(context.limits().request_budget_ms));
  RequestScope scope{context, **lease, *version, deadline, request};
  // The read connection's statements stop at the deadline too (a long
  // SQLite statement is interrupted: 503 with a JSON error).
  (*lease)->reader->SetDeadline(deadline.end());
  auto body = handler(scope);
  (*lease)->reader->SetDeadline(std::nullopt);
  if (!body.ok()) {
    if (body.status().code() == Status::Code::kIoError) lease->Discard();
    SetStatusError(response, body.status());
    return;
  }
  response.set_header("ETag", etag);
  body->push_back('\n');
  response.set_content(std::move(body.value()), content_type);
}

// ---- ApiServer ----------------------------------------------------------

struct ApiServer::Impl {
  explicit Impl(ServeOptions options, std::optional<KnowledgeBase> kb)
      : context(std::move(options), std::move(kb)) {}
  ApiContext context;
  httplib::Server server;
  bool bound = false;
};

ApiServer::ApiServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ApiServer::~ApiServer() = default;

Result<std::unique_ptr<ApiServer>> ApiServer::Create(ServeOptions options) {
  auto kb = options.kb_paths.empty() ? KnowledgeBase::LoadDefault()
                                     : KnowledgeBase::Load(options.kb_paths);
  if (!kb.ok() && !options.kb_paths.empty()) return kb.status();
  std::optional<KnowledgeBase> loaded;
  if (kb.ok()) loaded = std::move(kb.value());
  auto impl = std::make_unique<Impl>(std::move(options), std::move(loaded));
  // Fail now, not on the first request, when the store does not open.
  auto lease = impl->context.sessions().Acquire();
  if (!lease.ok()) return lease.status();
  // The newest incidents held for searches of words and boxes, built now
  // rather than by the first search (a fraction of a second on a large
  // store); should it fail, that search tries again.
  if ((*lease)->reader->dialect() == SqlDialect::kSqlite) {
    ApiContext& context = impl->context;
    auto version = DataVersion(**lease, context.sessions().location());
    if (version.ok()) {
      SqlConnection& reader = *(*lease)->reader;
      (void)context.recent_incidents.Get(*version,
                                         [&] { return RecentIncidents::Load(reader, {}); });
    }
  }
  return std::unique_ptr<ApiServer>(new ApiServer(std::move(impl)));
}

Result<int> ApiServer::Bind() {
  ApiContext& context = impl_->context;
  httplib::Server& server = impl_->server;
  const ServeOptions& options = context.options();
  const ServeLimits& limits = options.limits;
  const unsigned threads =
      options.threads > 0 ? options.threads
                          : std::max(8u, 4 * std::max(1u, std::thread::hardware_concurrency()));
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_tcp_nodelay(true);
  server.set_payload_max_length(limits.max_body_bytes);
  server.set_read_timeout(limits.read_timeout_seconds, 0);
  server.set_write_timeout(limits.write_timeout_seconds, 0);
  server.set_keep_alive_max_count(limits.keep_alive_requests);
  server.set_keep_alive_timeout(limits.keep_alive_seconds);
  server.set_default_headers({
      {"Content-Security-Policy", kContentSecurityPolicy},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
      {"Cross-Origin-Resource-Policy", "same-origin"},
      {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"},
  });

  // Requests addressed to another host name are refused when listening on
  // loopback: a web page cannot reach this server through DNS rebinding.
  const bool loopback = IsLoopbackAddress(options.bind);
  server.set_pre_routing_handler([loopback](const httplib::Request& request,
                                            httplib::Response& response) {
    if (loopback) {
      const std::string host = HostName(request.get_header_value("Host"));
      if (host != "localhost" && host != "::1" && !IsLoopbackAddress(host)) {
        SetJsonError(response, 421, "this server answers only requests to a loopback host name");
        return httplib::Server::HandlerResponse::Handled;
      }
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request&, httplib::Response& response) {
        if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        SetJsonError(response, response.status, ReasonPhrase(response.status));
        return httplib::Server::HandlerResponse::Handled;
      }));
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& response, std::exception_ptr error) {
        std::string what = "unknown exception";
        try {
          if (error) std::rethrow_exception(error);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        std::fprintf(stderr, "casus serve: internal error: %s\n", what.c_str());
        SetJsonError(response, 500, "internal error");
      });
  server.set_logger([](const httplib::Request& request, const httplib::Response& response) {
    if (response.status >= 500) {
      std::fprintf(stderr, "casus serve: %s %s -> %d\n", request.method.c_str(),
                   request.path.c_str(), response.status);
    }
  });

  AddIncidentRoutes(server, context);
  AddActorRoutes(server, context);
  AddDocumentRoutes(server, context);
  AddIngestRoute(server, context);

  // The dashboard.
  server.Get(".*", [assets = PrepareAssets()](const httplib::Request& request,
                                              httplib::Response& response) {
    const WebAsset* asset = FindWebAsset(request.path);
    const ServedAsset* served = nullptr;
    for (const ServedAsset& s : assets) {
      if (s.asset == asset) served = &s;
    }
    if (asset == nullptr || served == nullptr) {
      SetJsonError(
          response, 404,
          request.path.starts_with("/api/") ? "no such endpoint (see docs/serve.md)" : "not found");
      return;
    }
    const bool gzip = !served->gzipped.empty() &&
                      request.get_header_value("Accept-Encoding").find("gzip") != std::string::npos;
    const std::string& etag = gzip ? served->gzip_etag : served->etag;
    response.set_header("ETag", etag);
    response.set_header("Cache-Control", "no-cache");
    if (!served->gzipped.empty()) response.set_header("Vary", "Accept-Encoding");
    if (request.has_header("If-None-Match") &&
        MatchesEtag(request.get_header_value("If-None-Match"), etag)) {
      response.status = 304;
      return;
    }
    const std::string content_type(asset->content_type);
    if (gzip) {
      response.set_header("Content-Encoding", "gzip");
      response.set_content(served->gzipped, content_type.c_str());
    } else {
      response.set_content(asset->data.data(), asset->data.size(), content_type.c_str());
    }
  });
  // Other methods: 405 where GET would work, else 404.
  auto other_method = [](const httplib::Request& request, httplib::Response& response) {
    if (request.method == "OPTIONS" && IsGetPath(request.path)) {
      response.status = 204;
      response.set_header("Allow", "GET, HEAD, OPTIONS");
      return;
    }
    if (IsGetPath(request.path)) {
      response.set_header("Allow", "GET, HEAD");
      SetJsonError(response, 405, request.method + " is not allowed here; use GET");
      return;
    }
    SetJsonError(response, 404, "not found");
  };
  server.Post(".*", other_method);
  server.Put(".*", other_method);
  server.Patch(".*", other_method);
  server.Delete(".*", other_method);
  server.Options(".*", other_method);

  const int port = options.port == 0
                       ? server.bind_to_any_port(options.bind)
                       : (server.bind_to_port(options.bind, options.port) ? options.port : -1);
  if (port < 0) {
    return Status::IoError("cannot listen on " + options.bind + ":" + std::to_string(options.port));
  }
  impl_->bound = true;
  return port;
}

Status ApiServer::Run() {
  if (!impl_->bound) return Status::Internal("ApiServer::Run before Bind");
  if (!impl_->server.listen_after_bind())
    return Status::IoError("the server stopped with an error");
  return Status::Ok();
}

void ApiServer::Stop() { impl_->server.stop(); }

}  // namespace casus
