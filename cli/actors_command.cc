// casus actors: inspect and check the knowledge base.
//
//   casus actors show NAME [--date YYYY-MM-DD] [--json] [--kb PATH]...
//   casus actors check [--kb PATH]...
//
// `show` resolves NAME (an id, a name or alias in any spelling, or a phrase
// such as "President Joe Biden") and prints the actor, its aliases, its
// relations and offices valid on the date, and its sponsor chain. `check`
// loads the knowledge base, reports every problem as "file:line: severity:
// message" and exits 1 when there are errors. Without --kb the bundled
// knowledge base is used; --kb may name directories, .kb files and
// PETRARCH dictionaries, and may be repeated.
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "commands.h"
#include "kb/actor_matcher.h"
#include "kb/kb_check.h"
#include "kb/knowledge_base.h"
#include "text/segmenter.h"

namespace casus::cli {
namespace {

struct ActorsOptions {
  std::vector<std::string> kb_paths;
  std::string name;
  std::string date;
  bool json = false;
};

Result<KnowledgeBase> LoadKb(const std::vector<std::string>& paths) {
  if (paths.empty()) return KnowledgeBase::LoadDefault();
  return KnowledgeBase::Load(paths);
}

void PrintLoadError(const Status& status) {
  std::fprintf(stderr, "casus actors: cannot load the knowledge base:\n%s\n",
               status.message().c_str());
}

// Finds the actor NAME designates: an id, a name in any spelling, or the
// first actor the matcher finds in it.
std::optional<ActorIndex> Resolve(const KnowledgeBase& kb, const std::string& name,
                                  const std::optional<Date>& date,
                                  std::vector<ActorIndex>& others) {
  if (auto id = kb.FindId(name)) return id;
  auto named = kb.FindName(name);
  if (!named.empty()) {
    others.assign(named.begin() + 1, named.end());
    return named[0];
  }
  const TextSegmenter segmenter;
  const Segmentation seg = segmenter.Segment(name);
  const ActorMatcher matcher(kb);
  for (const ActorMention& m : matcher.Match(seg.tokens, date)) {
    if (m.actor != kNoActor) return m.actor;
  }
  return std::nullopt;
}

std::string Label(const KnowledgeBase& kb, ActorIndex index) {
  const ActorRecord& r = kb.actor(index);
  return (r.name.empty() ? r.id : r.name) + " [" + r.id + "]";
}

nlohmann::json RelationJson(const KnowledgeBase& kb, const RelationRecord& rel) {
  return {{"type", ToString(rel.type)},           {"subject", kb.actor(rel.subject).id},
          {"object", kb.actor(rel.object).id},    {"object_name", kb.actor(rel.object).name},
          {"from", rel.when.from.ToString()},     {"to", rel.when.to.ToString()},
          {"confidence", rel.confidence},         {"note", rel.note},
          {"where", kb.Where(rel.file, rel.line)}};
}

nlohmann::json ShowJson(const KnowledgeBase& kb, ActorIndex index, const std::optional<Date>& date,
                        const std::vector<ActorIndex>& others) {
  const ActorRecord& r = kb.actor(index);
  nlohmann::json out = {
      {"id", r.id},
      {"name", r.name},
      {"kind", ToString(r.kind)},
      {"country", r.country.str()},
      {"sector", r.sector.str()},
      {"cameo", kb.CameoOn(index, date).str()},
      {"aliases", r.aliases},
      {"demonyms", r.demonyms},
      {"capitals", r.capitals},
      {"notes", r.notes},
      {"where", kb.Where(r.file, r.line)},
      {"date", date ? nlohmann::json(date->ToString()) : nlohmann::json(nullptr)},
  };
  nlohmann::json relations = nlohmann::json::array();
  for (uint32_t rel : kb.RelationsOn(index, date)) {
    relations.push_back(RelationJson(kb, kb.relation(rel)));
  }
  out["relations"] = relations;
  nlohmann::json incoming = nlohmann::json::array();
  for (uint32_t rel : r.incoming) {
    if (kb.relation(rel).when.HoldsOn(date)) incoming.push_back(RelationJson(kb, kb.relation(rel)));
  }
  out["incoming"] = incoming;
  nlohmann::json roles = nlohmann::json::array();
  for (const Role& role : r.roles) {
    if (!role.when.HoldsOn(date)) continue;
    roles.push_back({{"title", role.title},
                     {"org", kb.actor(role.org).id},
                     {"from", role.when.from.ToString()},
                     {"to", role.when.to.ToString()}});
  }
  out["roles"] = roles;
  const SponsorChain chain = kb.SponsorsOf(index, date);
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& step : chain.steps) {
    nlohmann::json s = RelationJson(kb, kb.relation(step.relation));
    s["depth"] = step.depth;
    s["path_confidence"] = step.confidence;
    steps.push_back(std::move(s));
  }
  out["chain"] = steps;
  nlohmann::json sponsors = nlohmann::json::array();
  for (size_t i = 0; i < chain.sponsors.size(); ++i) {
    sponsors.push_back({{"country", chain.sponsors[i]}, {"confidence", chain.confidence[i]}});
  }
  out["sponsors"] = sponsors;
  nlohmann::json also = nlohmann::json::array();
  for (ActorIndex other : others) also.push_back(kb.actor(other).id);
  out["also_named"] = also;
  return out;
}

void PrintRelation(const KnowledgeBase& kb, const RelationRecord& rel, const char* indent) {
  std::printf("%s%-11s %s  %s  (%.2f)", indent, std::string(ToString(rel.type)).c_str(),
              Label(kb, rel.object).c_str(), rel.when.ToString().c_str(), rel.confidence);
  if (!rel.note.empty()) std::printf("  %s", rel.note.c_str());
  std::printf("\n");
}

void ShowText(const KnowledgeBase& kb, ActorIndex index, const std::optional<Date>& date,
              const std::vector<ActorIndex>& others) {
  const ActorRecord& r = kb.actor(index);
  const std::string on = date ? " on " + date->ToString() : "";
  std::printf("%s\n", Label(kb, index).c_str());
  std::printf(
      "  kind: %s   country: %s   sector: %s   cameo: %s\n", std::string(ToString(r.kind)).c_str(),
      r.country.empty() ? "-" : r.country.str().c_str(),
      r.sector.empty() ? "-" : r.sector.str().c_str(), kb.CameoOn(index, date).str().c_str());
  auto list = [](const char* label, const std::vector<std::string>& items) {
    if (items.empty()) return;
    std::string joined;
    for (const std::string& item : items) joined += (joined.empty() ? "" : "; ") + item;
    std::printf("  %s: %s\n", label, joined.c_str());
  };
  list("aliases", r.aliases);
  list("demonyms", r.demonyms);
  list("capitals", r.capitals);
  std::printf("  defined at: %s\n", kb.Where(r.file, r.line).c_str());
  if (!others.empty()) {
    std::string joined;
    for (ActorIndex o : others) joined += (joined.empty() ? "" : ", ") + kb.actor(o).id;
    std::printf("  the same name also names: %s\n", joined.c_str());
  }
  bool any_role = false;
  for (const Role& role : r.roles) {
    if (!role.when.HoldsOn(date)) continue;
    if (!any_role) std::printf("  offices%s:\n", on.c_str());
    any_role = true;
    std::printf("    %s, %s  %s\n", role.title.c_str(), Label(kb, role.org).c_str(),
                role.when.ToString().c_str());
  }
  const std::vector<uint32_t> relations = kb.RelationsOn(index, date);
  std::printf("  relations%s:%s\n", on.c_str(), relations.empty() ? " none" : "");
  for (uint32_t rel : relations) PrintRelation(kb, kb.relation(rel), "    ");
  bool any_incoming = false;
  for (uint32_t rel : r.incoming) {
    const RelationRecord& in = kb.relation(rel);
    if (!in.when.HoldsOn(date)) continue;
    if (!any_incoming) std::printf("  pointing here%s:\n", on.c_str());
    any_incoming = true;
    std::printf("    %s %s  %s  (%.2f)\n", Label(kb, in.subject).c_str(),
                std::string(ToString(in.type)).c_str(), in.when.ToString().c_str(), in.confidence);
  }
  const SponsorChain chain = kb.SponsorsOf(index, date);
  if (chain.steps.empty()) return;
  std::printf("  sponsor chain%s:\n", on.c_str());
  for (const auto& step : chain.steps) {
    const RelationRecord& rel = kb.relation(step.relation);
    std::printf("    %*s%s --%s--> %s  (%.2f)\n", static_cast<int>(2 * (step.depth - 1)), "",
                kb.actor(rel.subject).id.c_str(), std::string(ToString(rel.type)).c_str(),
                Label(kb, rel.object).c_str(), step.confidence);
  }
  if (!chain.state_actors.empty()) {
    std::string reached;
    for (ActorIndex s : chain.state_actors) {
      if (!reached.empty()) reached += ", ";
      reached += Label(kb, s) + " (" + kb.actor(s).country.str() + ")";
    }
    std::printf("  states reached: %s\n", reached.c_str());
  }
  if (chain.sponsors.empty()) {
    std::printf("  sponsors: none\n");
    return;
  }
  std::printf("  sponsors:");
  for (size_t i = 0; i < chain.sponsors.size(); ++i) {
    std::printf(" %s (%.2f)", chain.sponsors[i].c_str(), chain.confidence[i]);
  }
  std::printf("\n");
}

int RunShow(const ActorsOptions& options) {
  std::optional<Date> date;
  if (!options.date.empty()) {
    date = Date::Parse(options.date);
    if (!date) {
      std::fprintf(stderr, "casus actors show: --date must be YYYY-MM-DD, not '%s'\n",
                   options.date.c_str());
      return kExitUsage;
    }
  }
  auto kb = LoadKb(options.kb_paths);
  if (!kb.ok()) {
    PrintLoadError(kb.status());
    return kExitFailure;
  }
  std::vector<ActorIndex> others;
  const auto index = Resolve(*kb, options.name, date, others);
  if (!index) {
    std::fprintf(stderr, "casus actors show: no actor named '%s'\n", options.name.c_str());
    return kExitFailure;
  }
  if (options.json) {
    std::printf("%s\n", ShowJson(*kb, *index, date, others).dump().c_str());
  } else {
    ShowText(*kb, *index, date, others);
  }
  return kExitOk;
}

int RunCheck(const ActorsOptions& options) {
  auto kb = LoadKb(options.kb_paths);
  if (!kb.ok()) {
    // Loading already lists every error as "file:line: message".
    std::fprintf(stderr, "%s\n", kb.status().message().c_str());
    std::fprintf(stderr, "casus actors check: the knowledge base does not load\n");
    return kExitFailure;
  }
  size_t errors = 0;
  size_t warnings = 0;
  for (const KbIssue& issue : CheckKnowledgeBase(*kb)) {
    const bool error = issue.severity == KbIssue::Severity::kError;
    (error ? errors : warnings)++;
    std::printf("%s: %s: %s\n", issue.where.c_str(), error ? "error" : "warning",
                issue.message.c_str());
  }
  std::fprintf(
      stderr,
      "casus actors check: %zu actors, %zu relations, %zu files: %zu errors, %zu warnings\n",
      kb->size(), kb->relation_count(), kb->files().size(), errors, warnings);
  return errors == 0 ? kExitOk : kExitFailure;
}

}  // namespace

CommandRunner AddActorsCommand(CLI::App& root) {
  auto options = std::make_shared<ActorsOptions>();
  CLI::App* cmd = root.add_subcommand("actors", "Show actors and check the knowledge base");
  cmd->require_subcommand(1);
  CLI::App* show = cmd->add_subcommand("show", "Show an actor, its aliases and its relation chain");
  show->add_option("NAME", options->name, "Id, name or alias (any spelling), or a phrase")
      ->required();
  show->add_option("--date", options->date, "Relations and offices valid on YYYY-MM-DD");
  show->add_flag("--json", options->json, "One JSON object on standard output");
  show->add_option("--kb", options->kb_paths,
                   "Knowledge base: directories, .kb files or PETRARCH dictionaries (repeatable)");
  CLI::App* check = cmd->add_subcommand("check", "Validate the knowledge base");
  check->add_option("--kb", options->kb_paths,
                    "Knowledge base: directories, .kb files or PETRARCH dictionaries (repeatable)");
  return [options, show, check] {
    if (show->parsed()) return RunShow(*options);
    if (check->parsed()) return RunCheck(*options);
    return kExitUsage;
  };
}

}  // namespace casus::cli
