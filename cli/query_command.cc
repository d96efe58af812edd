// casus query: incidents from a store, filtered, in any export format.
//
//   casus query [FILTERS] [--format jsonl|csv|acled|gdelt|plover|geojson]
//   casus query incident ID [--why] [--format ...]
//
// Filters combine with AND; repeatable ones (--country, --type, --mode,
// --actor, --claimed-by) match any of their values.
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "casus/date.h"
#include "commands.h"
#include "store/incident_format.h"
#include "store/incident_query.h"
#include "store_cli.h"

namespace casus::cli {
namespace {

struct QueryFlags {
  std::string db = kDefaultStore;
  std::vector<std::string> kb;
  std::string format = "jsonl";
  std::string from, to;
  std::vector<std::string> countries, types, modes, actors, claimants;
  std::string bbox, near;
  double radius_km = 50;
  std::string acled;
  std::string network;
  std::string text;
  size_t limit = 0;
  // casus query incident ID
  std::string incident;
  bool why = false;
};

// "a,b,c" into numbers; false unless exactly `n` numbers.
bool ParseNumbers(const std::string& text, size_t n, std::vector<double>& out) {
  out.clear();
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ',')) {
    try {
      size_t used = 0;
      out.push_back(std::stod(part, &used));
      if (used != part.size()) return false;
    } catch (const std::exception&) {
      return false;
    }
  }
  return out.size() == n;
}

std::vector<std::string> SplitCommas(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) {
    std::stringstream in(value);
    std::string part;
    while (std::getline(in, part, ',')) {
      if (!part.empty()) out.push_back(part);
    }
  }
  return out;
}

int Write(const std::string& format, const std::vector<Incident>& incidents) {
  auto writer = MakeIncidentWriter(format);
  if (!writer.ok()) {
    std::fprintf(stderr, "casus query: %s\n", writer.status().message().c_str());
    return kExitUsage;
  }
  std::string out = (*writer)->Header();
  for (const Incident& incident : incidents) {
    (*writer)->Append(incident, out);
    if (out.size() > (1u << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  out += (*writer)->Footer();
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  if (std::ferror(stdout)) {
    std::fprintf(stderr, "casus query: error writing standard output\n");
    return kExitFailure;
  }
  return kExitOk;
}

int RunIncident(const QueryFlags& flags) {
  const auto key = ParseIncidentId(flags.incident);
  if (!key) {
    std::fprintf(stderr, "casus query incident: '%s' is not an incident id (e.g. 12)\n",
                 flags.incident.c_str());
    return kExitUsage;
  }
  auto store = OpenExistingStore("query", flags.db);
  if (!store) return kExitFailure;
  auto incident = store->GetIncident(*key);
  if (!incident.ok()) {
    std::fprintf(stderr, "casus query: %s\n", incident.status().message().c_str());
    return kExitFailure;
  }
  if (!incident->has_value()) {
    std::fprintf(stderr, "casus query: no incident %s in %s\n", IncidentId(*key).c_str(),
                 flags.db.c_str());
    return kExitFailure;
  }
  if (flags.why) {
    const std::string text = FormatIncidentExplanation(**incident);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return kExitOk;
  }
  return Write(flags.format, {**incident});
}

int RunQuery(const QueryFlags& flags) {
  IncidentQuery query;
  IncidentFilter& filter = query.filter;
  for (const auto& [text, field] :
       {std::pair{&flags.from, &filter.from}, std::pair{&flags.to, &filter.to}}) {
    if (text->empty()) continue;
    *field = Date::Parse(*text);
    if (!*field) {
      std::fprintf(stderr, "casus query: dates are YYYY-MM-DD, got '%s'\n", text->c_str());
      return kExitUsage;
    }
  }
  std::vector<double> numbers;
  if (!flags.bbox.empty()) {
    if (!ParseNumbers(flags.bbox, 4, numbers) || numbers[0] > numbers[2] ||
        numbers[1] > numbers[3]) {
      std::fprintf(stderr, "casus query: --bbox is MIN_LON,MIN_LAT,MAX_LON,MAX_LAT, got '%s'\n",
                   flags.bbox.c_str());
      return kExitUsage;
    }
    filter.bbox = std::array<double, 4>{numbers[0], numbers[1], numbers[2], numbers[3]};
  }
  if (!flags.near.empty()) {
    if (!ParseNumbers(flags.near, 2, numbers) || flags.radius_km <= 0) {
      std::fprintf(stderr,
                   "casus query: --near is LAT,LON (and --radius a positive number of "
                   "km), got '%s'\n",
                   flags.near.c_str());
      return kExitUsage;
    }
    filter.near = std::array<double, 3>{numbers[0], numbers[1], flags.radius_km};
  }
  filter.countries = SplitCommas(flags.countries);
  filter.types = SplitCommas(flags.types);
  for (std::string& type : filter.types) {
    for (char& c : type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  filter.modes = SplitCommas(flags.modes);
  filter.acled = flags.acled;
  filter.text = flags.text;
  filter.limit = flags.limit;
  query.actors = flags.actors;
  query.claimants = flags.claimants;
  query.network = flags.network;

  auto store = OpenExistingStore("query", flags.db);
  if (!store) return kExitFailure;
  std::optional<KnowledgeBase> kb;
  if (!query.actors.empty() || !query.claimants.empty() || !query.network.empty()) {
    bool failed = false;
    kb = LoadKnowledgeBase("query", flags.kb, &failed);
    if (failed) return kExitFailure;
  }
  auto incidents = QueryIncidents(*store, kb ? &*kb : nullptr, query);
  if (!incidents.ok()) {
    std::fprintf(stderr, "casus query: %s\n", incidents.status().message().c_str());
    return kExitFailure;
  }
  const int status = Write(flags.format, *incidents);
  std::fprintf(stderr, "casus query: %zu incidents\n", incidents->size());
  return status;
}

}  // namespace

CommandRunner AddQueryCommand(CLI::App& root) {
  auto flags = std::make_shared<QueryFlags>();
  CLI::App* cmd = root.add_subcommand(
      "query",
      "Incidents from a store (see 'casus ingest'), one per line in date order. Filters\n"
      "combine with AND; repeatable filters (also comma-separated) match any value.\n"
      "'casus query incident ID --why' explains which reports were fused into an incident.");
  cmd->add_option("--db", flags->db, kStoreHelp)->default_str(kDefaultStore);
  cmd->add_option("--kb", flags->kb,
                  "Knowledge base for --actor, --claimed-by and --network (default: bundled)");
  cmd->add_option("--format", flags->format,
                  "Output: jsonl, csv, acled, gdelt, plover or geojson (RFC 7946)")
      ->check(CLI::IsMember(IncidentFormatNames()))
      ->default_str("jsonl");
  cmd->add_option("--from", flags->from, "Incidents on or after this date (YYYY-MM-DD)");
  cmd->add_option("--to", flags->to, "Incidents on or before this date (YYYY-MM-DD)");
  cmd->add_option("--country", flags->countries, "ISO 3166 alpha-3 code of the place");
  cmd->add_option("--bbox", flags->bbox, "MIN_LON,MIN_LAT,MAX_LON,MAX_LAT (degrees)");
  cmd->add_option("--near", flags->near, "LAT,LON: incidents within --radius of it");
  cmd->add_option("--radius", flags->radius_km, "Kilometres around --near")->default_str("50");
  cmd->add_option("--type", flags->types, "PLOVER event type (ASSAULT, PROTEST, ...)");
  cmd->add_option("--mode", flags->modes, "PLOVER mode (drone, aerial, heavy-weapons, ...)");
  cmd->add_option("--acled", flags->acled,
                  "ACLED event type or sub-event type (\"Air/drone strike\")");
  cmd->add_option("--actor", flags->actors,
                  "Perpetrator or target: knowledge-base id or any name or alias");
  cmd->add_option("--claimed-by", flags->claimants, "Actor that claimed responsibility");
  cmd->add_option("--network", flags->network,
                  "Perpetrator is this state (ISO code, e.g. IRN) or group, or any actor linked "
                  "to it (front, proxy, backed by, member, part) on the incident date");
  cmd->add_option("--text", flags->text, "Words that must all occur in a report of the incident");
  cmd->add_option("--limit", flags->limit, "At most this many incidents (0: all)");

  CLI::App* one = cmd->add_subcommand("incident", "One incident, by id (12 or incident-12)");
  one->add_option("ID", flags->incident, "Incident id")->required();
  one->add_flag("--why", flags->why, "Explain why each report joined the incident");
  one->fallthrough();  // --db and --kb may follow the id
  one->add_option("--format", flags->format, "Output format, as for casus query")
      ->check(CLI::IsMember(IncidentFormatNames()));
  cmd->require_subcommand(0, 1);
  return [flags, one] { return one->parsed() ? RunIncident(*flags) : RunQuery(*flags); };
}

}  // namespace casus::cli
