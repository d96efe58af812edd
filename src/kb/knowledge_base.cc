#include "kb/knowledge_base.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/data_paths.h"
#include "kb/kb_builder.h"
#include "kb/knowledge_base_data.h"
#include "kb/normalize.h"

namespace casus {
namespace fs = std::filesystem;
namespace {

bool ContainsAgentWord(std::string_view file_name) {
  std::string lower(file_name);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return lower.find("agent") != std::string::npos;
}

Status ReadSource(const fs::path& path, std::vector<KbSource>& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read knowledge-base file '" + path.string() + "'");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IoError("error reading '" + path.string() + "'");
  KbSource source;
  source.name = path.string();
  source.text = std::move(text).str();
  if (path.extension() == ".kb") {
    source.format = KbSource::Format::kCasus;
  } else if (ContainsAgentWord(path.filename().string())) {
    source.format = KbSource::Format::kPetrarchAgents;
  } else {
    source.format = KbSource::Format::kPetrarchActors;
  }
  out.push_back(std::move(source));
  return Status::Ok();
}

}  // namespace

KnowledgeBase::KnowledgeBase(std::unique_ptr<Data> data) : data_(std::move(data)) {}
KnowledgeBase::KnowledgeBase(KnowledgeBase&&) noexcept = default;
KnowledgeBase& KnowledgeBase::operator=(KnowledgeBase&&) noexcept = default;
KnowledgeBase::~KnowledgeBase() = default;

Result<KnowledgeBase> KnowledgeBase::Load(std::span<const std::string> paths) {
  if (paths.empty()) return Status::InvalidInput("no knowledge-base path given");
  std::vector<KbSource> sources;
  for (const std::string& name : paths) {
    const fs::path path(name);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> files;
      for (const auto& item : fs::directory_iterator(path, ec)) {
        if (item.path().extension() == ".kb" && !item.is_directory()) files.push_back(item.path());
      }
      if (ec) return Status::IoError("cannot list '" + name + "': " + ec.message());
      std::sort(files.begin(), files.end());
      if (files.empty()) return Status::NotFound("no .kb files in '" + name + "'");
      for (const fs::path& file : files) {
        Status status = ReadSource(file, sources);
        if (!status.ok()) return status;
      }
    } else if (fs::exists(path, ec)) {
      Status status = ReadSource(path, sources);
      if (!status.ok()) return status;
    } else {
      return Status::NotFound("knowledge-base path '" + name + "' does not exist");
    }
  }
  return FromSources(sources);
}

Result<KnowledgeBase> KnowledgeBase::LoadDefault() {
  Result<std::string> dir = FindDataFile("kb");
  if (!dir.ok()) return dir.status();
  const std::string paths[] = {*dir};
  return Load(paths);
}

Result<KnowledgeBase> KnowledgeBase::FromSources(std::span<const KbSource> sources) {
  KbBuilder builder;
  for (const KbSource& source : sources) {
    const uint32_t file = builder.AddFile(source.name);
    switch (source.format) {
      case KbSource::Format::kCasus:
        ReadCasusKb(source.text, file, builder);
        break;
      case KbSource::Format::kPetrarchActors:
        ReadPetrarchActors(source.text, file, builder);
        break;
      case KbSource::Format::kPetrarchAgents:
        ReadPetrarchAgents(source.text, file, builder);
        break;
    }
  }
  return builder.Build();
}

size_t KnowledgeBase::size() const { return data_->actors.size(); }
const ActorRecord& KnowledgeBase::actor(ActorIndex index) const { return data_->actors[index]; }
size_t KnowledgeBase::relation_count() const { return data_->relations.size(); }
const RelationRecord& KnowledgeBase::relation(uint32_t index) const {
  return data_->relations[index];
}
const std::vector<std::string>& KnowledgeBase::files() const { return data_->files; }
const std::vector<std::string>& KnowledgeBase::warnings() const { return data_->warnings; }

std::string KnowledgeBase::Where(uint32_t file, uint32_t line) const {
  return data_->files[file] + ":" + std::to_string(line);
}

std::optional<ActorIndex> KnowledgeBase::FindId(std::string_view id) const {
  auto it = data_->by_id.find(std::string(id));
  if (it == data_->by_id.end()) return std::nullopt;
  return it->second;
}

std::span<const ActorIndex> KnowledgeBase::FindName(std::string_view name) const {
  auto it = data_->by_name.find(NormalizeKey(name));
  if (it == data_->by_name.end()) return {};
  return it->second;
}

std::optional<ActorIndex> KnowledgeBase::StateOf(std::string_view country) const {
  auto it = data_->state_by_country.find(std::string(country));
  if (it == data_->state_by_country.end()) return std::nullopt;
  return it->second;
}

bool KnowledgeBase::IsPartOf(ActorIndex part, ActorIndex whole) const {
  auto parents = [&](ActorIndex a, auto&& visit) {
    for (uint32_t rel : data_->actors[a].relations) {
      const RelationRecord& r = data_->relations[rel];
      if (r.type == RelationType::kPartOf && r.object != kNoActor && visit(r.object)) return true;
    }
    return false;
  };
  return parents(part, [&](ActorIndex parent) {
    return parent == whole ||
           parents(parent, [&](ActorIndex grandparent) { return grandparent == whole; });
  });
}

ActorCode KnowledgeBase::CameoOn(ActorIndex index, const std::optional<Date>& date) const {
  const ActorRecord& r = data_->actors[index];
  if (date) {
    for (const DatedCode& code : r.dated_codes) {
      if (!code.when.always() && code.when.Contains(*date)) return code.code;
    }
  }
  if (!r.cameo.empty()) return r.cameo;
  if (!r.dated_codes.empty()) return r.dated_codes.back().code;
  ActorCode code = r.country;
  code.Append(r.sector.view());
  return code;
}

std::vector<uint32_t> KnowledgeBase::RelationsOn(ActorIndex index,
                                                 const std::optional<Date>& date) const {
  std::vector<uint32_t> out;
  for (uint32_t rel : data_->actors[index].relations) {
    if (data_->relations[rel].when.HoldsOn(date)) out.push_back(rel);
  }
  return out;
}

SponsorChain KnowledgeBase::SponsorsOf(ActorIndex index, const std::optional<Date>& date) const {
  SponsorChain chain;
  const ActorRecord& origin = data_->actors[index];
  if (IsStateKind(origin.kind)) return chain;
  struct Node {
    ActorIndex actor;
    uint32_t depth;
    double confidence;
    bool backed;  // a backed_by / proxy_of edge lies on the way here
  };
  constexpr uint32_t kMaxDepth = 8;
  std::vector<bool> seen(data_->actors.size(), false);
  seen[index] = true;
  std::deque<Node> queue{{index, 0, 1.0, false}};
  while (!queue.empty()) {
    const Node node = queue.front();
    queue.pop_front();
    if (node.depth >= kMaxDepth) continue;
    for (uint32_t rel_index : data_->actors[node.actor].relations) {
      const RelationRecord& rel = data_->relations[rel_index];
      if (!IsSponsorEdge(rel.type) || !rel.when.HoldsOn(date)) continue;
      const double confidence = node.confidence * rel.confidence;
      const bool backed =
          node.backed || rel.type == RelationType::kBackedBy || rel.type == RelationType::kProxyOf;
      chain.steps.push_back({rel_index, node.depth + 1, confidence});
      const ActorRecord& object = data_->actors[rel.object];
      if (IsStateKind(object.kind)) {
        const std::string country = object.country.str();
        if (country.empty() || (country == origin.country.view() && !backed)) continue;
        if (std::find(chain.state_actors.begin(), chain.state_actors.end(), rel.object) ==
            chain.state_actors.end()) {
          chain.state_actors.push_back(rel.object);
        }
        auto it = std::find(chain.sponsors.begin(), chain.sponsors.end(), country);
        if (it == chain.sponsors.end()) {
          chain.sponsors.push_back(country);
          chain.confidence.push_back(confidence);
        } else {
          double& best = chain.confidence[it - chain.sponsors.begin()];
          best = std::max(best, confidence);
        }
        continue;
      }
      if (seen[rel.object]) continue;
      seen[rel.object] = true;
      queue.push_back({rel.object, node.depth + 1, confidence, backed});
    }
  }
  // Strongest sponsor first; ties keep discovery order.
  std::vector<size_t> order(chain.sponsors.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return chain.confidence[a] > chain.confidence[b]; });
  std::vector<std::string> sponsors;
  std::vector<double> confidence;
  for (size_t i : order) {
    sponsors.push_back(chain.sponsors[i]);
    confidence.push_back(chain.confidence[i]);
  }
  chain.sponsors = std::move(sponsors);
  chain.confidence = std::move(confidence);
  return chain;
}

std::optional<SponsorChain> KnowledgeBase::SponsorsOf(std::string_view id,
                                                      const std::optional<Date>& date) const {
  const auto index = FindId(id);
  if (!index) return std::nullopt;
  return SponsorsOf(*index, date);
}

std::optional<uint32_t> KnowledgeBase::TitleKey(std::string_view title) const {
  auto it = data_->title_keys.find(NormalizeKey(title));
  if (it == data_->title_keys.end()) return std::nullopt;
  return it->second;
}

std::string_view KnowledgeBase::TitleSector(uint32_t title_key) const {
  return data_->title_sectors[title_key];
}

std::vector<ActorIndex> KnowledgeBase::RoleHolders(uint32_t title_key, std::string_view country,
                                                   const std::optional<Date>& date) const {
  std::vector<ActorIndex> out;
  if (title_key >= data_->holders.size()) return out;
  for (const auto& [person, role_index] : data_->holders[title_key]) {
    const Role& role = data_->actors[person].roles[role_index];
    if (!role.when.HoldsOn(date)) continue;
    if (!country.empty() && data_->actors[role.org].country.view() != country) continue;
    if (std::find(out.begin(), out.end(), person) == out.end()) out.push_back(person);
  }
  return out;
}

std::vector<ActorIndex> KnowledgeBase::RoleHolders(std::string_view title, std::string_view country,
                                                   const std::optional<Date>& date) const {
  const auto key = TitleKey(title);
  if (!key) return {};
  return RoleHolders(*key, country, date);
}

std::vector<ActorIndex> KnowledgeBase::RoleHoldersAt(uint32_t title_key, ActorIndex org,
                                                     const std::optional<Date>& date) const {
  std::vector<ActorIndex> out;
  if (title_key >= data_->holders.size()) return out;
  for (const auto& [person, role_index] : data_->holders[title_key]) {
    const Role& role = data_->actors[person].roles[role_index];
    if (role.org != org || !role.when.HoldsOn(date)) continue;
    if (std::find(out.begin(), out.end(), person) == out.end()) out.push_back(person);
  }
  return out;
}

std::vector<ActorIndex> KnowledgeBase::RoleHoldersAt(std::string_view title, ActorIndex org,
                                                     const std::optional<Date>& date) const {
  const auto key = TitleKey(title);
  if (!key) return {};
  return RoleHoldersAt(*key, org, date);
}

const Role* KnowledgeBase::RoleOn(ActorIndex person, const std::optional<Date>& date) const {
  const Role* best = nullptr;
  for (const Role& role : data_->actors[person].roles) {
    if (!role.when.HoldsOn(date)) continue;
    if (best == nullptr ||
        std::tie(best->when.from.year, best->when.from.month, best->when.from.day) <
            std::tie(role.when.from.year, role.when.from.month, role.when.from.day)) {
      best = &role;
    }
  }
  return best;
}

}  // namespace casus
