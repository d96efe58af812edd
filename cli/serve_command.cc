// casus serve: the store's JSON API and the dashboard over HTTP.
//
//   casus serve --db PATH|URL [--port 8080] [--bind 127.0.0.1]
//               [--token-file FILE] [--threads N] [--kb PATH]...
//
// Listens on the loopback interface unless told otherwise, prints the
// dashboard's URL on standard error and serves until interrupted (SIGINT or
// SIGTERM stop it cleanly). POST /api/ingest is enabled only by
// --token-file. See docs/serve.md.
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "commands.h"
#include "serve/api_server.h"
#include "store_cli.h"

namespace casus::cli {
namespace {

struct ServeFlags {
  std::string db = kDefaultStore;
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string token_file;
  unsigned threads = 0;
  std::vector<std::string> kb;
  size_t max_body_mb = 16;
};

// The token in FILE, surrounding white space removed; empty on error.
std::string ReadToken(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "casus serve: cannot read the token file %s\n", path.c_str());
    return {};
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string token = buffer.str();
  const size_t begin = token.find_first_not_of(" \t\r\n");
  const size_t end = token.find_last_not_of(" \t\r\n");
  token = begin == std::string::npos ? std::string() : token.substr(begin, end - begin + 1);
  if (token.size() < 16 || token.find_first_of(" \t\r\n") != std::string::npos) {
    std::fprintf(stderr,
                 "casus serve: the token in %s must be one word of at least 16 characters "
                 "(e.g. openssl rand -hex 32 > %s)\n",
                 path.c_str(), path.c_str());
    return {};
  }
  struct stat st {};
  if (stat(path.c_str(), &st) == 0 && (st.st_mode & (S_IRGRP | S_IROTH)) != 0) {
    std::fprintf(stderr, "casus serve: warning: %s is readable by other users (chmod 600 it)\n",
                 path.c_str());
  }
  return token;
}

int RunServe(const ServeFlags& flags) {
  if (!IsServerStore(flags.db) && !std::filesystem::exists(flags.db)) {
    std::fprintf(stderr, "casus serve: no store at %s (casus ingest creates one; --db names it)\n",
                 flags.db.c_str());
    return kExitFailure;
  }
  ServeOptions options;
  options.store = flags.db;
  options.bind = flags.bind;
  options.port = flags.port;
  options.threads = flags.threads;
  options.kb_paths = flags.kb;
  options.limits.max_body_bytes = flags.max_body_mb << 20;
  if (!flags.token_file.empty()) {
    options.ingest_token = ReadToken(flags.token_file);
    if (options.ingest_token.empty()) return kExitUsage;
  }
  // SIGINT and SIGTERM go to one waiting thread (blocked everywhere else,
  // including the server's workers, which inherit this mask).
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  auto server = ApiServer::Create(options);
  if (!server.ok()) {
    std::fprintf(stderr, "casus serve: %s\n", server.status().message().c_str());
    return kExitFailure;
  }
  auto port = (*server)->Bind();
  if (!port.ok()) {
    std::fprintf(stderr, "casus serve: %s\n", port.status().message().c_str());
    return kExitFailure;
  }
  const bool v6 = flags.bind.find(':') != std::string::npos;
  const std::string host = flags.bind == "0.0.0.0" || flags.bind == "::" ? "127.0.0.1"
                           : v6                                          ? "[" + flags.bind + "]"
                                                                         : flags.bind;
  std::fprintf(stderr, "casus serve: %s on http://%s:%d/ (API under /api/, Ctrl-C stops)\n",
               IsServerStore(flags.db) ? "postgresql store" : flags.db.c_str(), host.c_str(),
               *port);
  if (flags.bind != "127.0.0.1" && flags.bind != "localhost" && flags.bind != "::1") {
    std::fprintf(stderr,
                 "casus serve: warning: listening on %s: anyone who can reach this address "
                 "can read the store\n",
                 flags.bind.c_str());
  }
  if (!options.ingest_token.empty()) {
    std::fprintf(stderr, "casus serve: POST /api/ingest enabled (bearer token)\n");
  }
  std::fflush(stderr);

  std::thread stopper([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    (*server)->Stop();
  });
  const Status status = (*server)->Run();
  // Wake the stopper if the server ended on its own.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  if (!status.ok()) {
    std::fprintf(stderr, "casus serve: %s\n", status.message().c_str());
    return kExitFailure;
  }
  std::fprintf(stderr, "casus serve: stopped\n");
  return kExitOk;
}

}  // namespace

CommandRunner AddServeCommand(CLI::App& root) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* cmd = root.add_subcommand(
      "serve",
      "Serve a store's incidents, actors and documents as a JSON API, with a dashboard\n"
      "(map, timeline, actor network, incident evidence) at the printed URL. Listens on\n"
      "the loopback interface by default. See docs/serve.md.");
  cmd->add_option("--db", flags->db, kStoreHelp)->default_str(kDefaultStore);
  cmd->add_option("--port", flags->port, "TCP port (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->default_str("8080");
  cmd->add_option("--bind", flags->bind,
                  "Address to listen on (127.0.0.1: this machine only; 0.0.0.0: every "
                  "interface)")
      ->default_str("127.0.0.1");
  cmd->add_option("--token-file", flags->token_file,
                  "File holding a bearer token that enables POST /api/ingest");
  cmd->add_option("--threads", flags->threads, "Worker threads (default: 4 per core, at least 8)")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_option("--kb", flags->kb,
                  "Knowledge base for actor names, networks and sponsor chains (default: bundled)");
  cmd->add_option("--max-body-mb", flags->max_body_mb, "Largest ingest request, in MB")
      ->check(CLI::Range(size_t{1}, size_t{1024}))
      ->default_str("16");
  return [flags] { return RunServe(*flags); };
}

}  // namespace casus::cli
