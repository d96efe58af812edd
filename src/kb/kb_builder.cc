#include "kb/kb_builder.h"

#include <algorithm>

#include "kb/knowledge_base_data.h"
#include "kb/normalize.h"

namespace casus {
namespace {

constexpr size_t kMaxReportedErrors = 100;
constexpr size_t kMaxKeptWarnings = 1000;

struct OrganKind {
  std::string_view suffix;
  ActorKind kind;
  std::string_view sector;
  std::string_view label;
};
constexpr OrganKind kOrgans[] = {
    {"_gov", ActorKind::kGovernment, "GOV", "Government of "},
    {"_mil", ActorKind::kMilitary, "MIL", "Armed forces of "},
    {"_cop", ActorKind::kPolice, "COP", "Police of "},
    {"_spy", ActorKind::kIntelligence, "SPY", "Intelligence services of "},
};

}  // namespace

uint32_t KbBuilder::AddFile(std::string name) {
  files_.push_back(std::move(name));
  return static_cast<uint32_t>(files_.size() - 1);
}

void KbBuilder::Error(uint32_t file, uint32_t line, std::string_view message) {
  std::string text = files_[file];
  if (line != 0) {
    text += ':';
    text += std::to_string(line);
  }
  text += ": ";
  text += message;
  errors_.push_back(std::move(text));
}

void KbBuilder::Warning(uint32_t file, uint32_t line, std::string_view message) {
  if (warnings_.size() >= kMaxKeptWarnings) return;
  warnings_.push_back(files_[file] + ":" + std::to_string(line) + ": " + std::string(message));
}

KbBuilder::DraftActor* KbBuilder::NewActor(std::string id, uint32_t file, uint32_t line) {
  auto [it, inserted] = ids_.emplace(id, actors_.size());
  if (!inserted) {
    const ActorRecord& first = actors_[it->second].record;
    Error(file, line,
          "duplicate id '" + id + "' (first defined at " + files_[first.file] + ":" +
              std::to_string(first.line) + ")");
    return nullptr;
  }
  DraftActor& draft = actors_.emplace_back();
  draft.record.id = std::move(id);
  draft.record.file = file;
  draft.record.line = line;
  return &draft;
}

std::string KbBuilder::UniqueId(std::string base) const {
  if (base.empty()) base = "phx";
  if (!ids_.contains(base)) return base;
  for (int n = 2;; ++n) {
    std::string candidate = base + "_" + std::to_string(n);
    if (!ids_.contains(candidate)) return candidate;
  }
}

ActorIndex KbBuilder::ImpliedOrgan(const std::string& id) {
  for (const OrganKind& organ : kOrgans) {
    if (id.size() <= organ.suffix.size() || !id.ends_with(organ.suffix)) continue;
    auto state = ids_.find(id.substr(0, id.size() - organ.suffix.size()));
    if (state == ids_.end() || actors_[state->second].record.kind != ActorKind::kState) {
      return kNoActor;
    }
    const size_t state_index = state->second;
    const ActorRecord& s = actors_[state_index].record;
    DraftActor implied;
    ActorRecord& r = implied.record;
    r.id = id;
    r.name = std::string(organ.label) + (s.name.empty() ? s.id : s.name);
    r.kind = organ.kind;
    r.country = s.country;
    r.sector = ActorCode(organ.sector);
    r.cameo = CombineCodes(s.cameo.empty() ? s.country.view() : s.cameo.view(), organ.sector);
    r.implied = true;
    r.file = s.file;
    r.line = s.line;
    KbBuilder::DraftRelation part;
    part.type = RelationType::kPartOf;
    part.object = s.id;
    part.line = s.line;
    implied.relations.push_back(std::move(part));
    ids_.emplace(id, actors_.size());
    actors_.push_back(std::move(implied));
    return static_cast<ActorIndex>(actors_.size() - 1);
  }
  return kNoActor;
}

void KbBuilder::IndexTitles(KnowledgeBase::Data& data) {
  // Title entries first: all their spellings share one key.
  for (ActorIndex i = 0; i < data.actors.size(); ++i) {
    const ActorRecord& r = data.actors[i];
    if (r.kind != ActorKind::kTitle) continue;
    const uint32_t key = static_cast<uint32_t>(data.title_sectors.size());
    data.title_sectors.push_back(r.sector.str());
    data.title_entries.push_back(i);
    data.title_keys.emplace(NormalizeKey(r.name), key);
    for (const std::string& alias : r.aliases) data.title_keys.emplace(NormalizeKey(alias), key);
  }
  for (ActorIndex i = 0; i < data.actors.size(); ++i) {
    ActorRecord& r = data.actors[i];
    for (uint32_t k = 0; k < r.roles.size(); ++k) {
      Role& role = r.roles[k];
      const std::string norm = NormalizeKey(role.title);
      auto it = data.title_keys.find(norm);
      // "Acting President", "Caretaker Prime Minister": the office itself,
      // held for a time. The spelling becomes one of the office's, so that
      // "Iraq's caretaker prime minister" finds whoever holds the office.
      if (it == data.title_keys.end()) {
        for (std::string_view stand_in : {"acting ", "caretaker ", "interim "}) {
          if (!norm.starts_with(stand_in)) continue;
          auto office = data.title_keys.find(norm.substr(stand_in.size()));
          if (office != data.title_keys.end()) {
            it = data.title_keys.emplace(norm, office->second).first;
          }
          break;
        }
      }
      if (it == data.title_keys.end()) {
        const uint32_t key = static_cast<uint32_t>(data.title_sectors.size());
        const ActorRecord& org = data.actors[role.org];
        data.title_sectors.push_back(org.sector.str());
        data.title_entries.push_back(kNoActor);
        it = data.title_keys.emplace(norm, key).first;
      }
      role.title_key = it->second;
    }
  }
  data.holders.resize(data.title_sectors.size());
  for (ActorIndex i = 0; i < data.actors.size(); ++i) {
    const ActorRecord& r = data.actors[i];
    for (uint32_t k = 0; k < r.roles.size(); ++k) {
      data.holders[r.roles[k].title_key].push_back({i, k});
    }
  }
}

Result<KnowledgeBase> KbBuilder::Build() {
  // Resolve relation and role targets; implied organs may be appended.
  // (Indexes, not references: ImpliedOrgan appends to actors_.)
  for (size_t i = 0; i < actors_.size(); ++i) {
    for (size_t k = 0; k < actors_[i].relations.size(); ++k) {
      const std::string object = actors_[i].relations[k].object;
      if (!ids_.contains(object) && ImpliedOrgan(object) == kNoActor) {
        const DraftRelation& rel = actors_[i].relations[k];
        Error(actors_[i].record.file, rel.line,
              "relation " + std::string(ToString(rel.type)) + " to unknown id '" + object + "'");
      }
    }
    for (size_t k = 0; k < actors_[i].roles.size(); ++k) {
      const std::string org = actors_[i].roles[k].org;
      if (!ids_.contains(org) && ImpliedOrgan(org) == kNoActor) {
        Error(actors_[i].record.file, actors_[i].roles[k].line,
              "role at unknown organisation id '" + org + "'");
      }
    }
  }
  if (!errors_.empty()) {
    std::string message;
    for (size_t i = 0; i < errors_.size() && i < kMaxReportedErrors; ++i) {
      if (!message.empty()) message += '\n';
      message += errors_[i];
    }
    if (errors_.size() > kMaxReportedErrors) {
      message +=
          "\n... and " + std::to_string(errors_.size() - kMaxReportedErrors) + " more errors";
    }
    return Status::InvalidInput(std::move(message));
  }

  auto data = std::make_unique<KnowledgeBase::Data>();
  data->files = files_;
  data->warnings = std::move(warnings_);
  data->actors.reserve(actors_.size());
  for (DraftActor& draft : actors_) data->actors.push_back(std::move(draft.record));
  data->by_id.reserve(ids_.size());
  for (const auto& [id, index] : ids_) data->by_id.emplace(id, static_cast<ActorIndex>(index));

  for (size_t i = 0; i < actors_.size(); ++i) {
    ActorRecord& subject = data->actors[i];
    for (DraftRelation& draft : actors_[i].relations) {
      RelationRecord rel;
      rel.subject = static_cast<ActorIndex>(i);
      rel.object = static_cast<ActorIndex>(ids_.at(draft.object));
      rel.type = draft.type;
      rel.when = draft.when;
      rel.confidence = draft.confidence;
      rel.note = std::move(draft.note);
      rel.file = subject.file;
      rel.line = draft.line;
      const uint32_t index = static_cast<uint32_t>(data->relations.size());
      subject.relations.push_back(index);
      data->actors[rel.object].incoming.push_back(index);
      data->relations.push_back(std::move(rel));
    }
    for (DraftRole& draft : actors_[i].roles) {
      subject.roles.push_back(
          Role{std::move(draft.title), 0, static_cast<ActorIndex>(ids_.at(draft.org)), draft.when});
    }
  }
  IndexTitles(*data);

  for (ActorIndex i = 0; i < data->actors.size(); ++i) {
    const ActorRecord& r = data->actors[i];
    if (r.kind == ActorKind::kState && !r.country.empty()) {
      data->state_by_country.emplace(r.country.str(), i);
    }
    if (r.implied) continue;
    auto add = [&](const std::string& phrase) {
      std::vector<ActorIndex>& list = data->by_name[NormalizeKey(phrase)];
      if (list.empty() || list.back() != i) list.push_back(i);
    };
    if (!r.name.empty()) add(r.name);
    for (const std::string& s : r.aliases) add(s);
    for (const std::string& s : r.demonyms) add(s);
    for (const std::string& s : r.capitals) add(s);
  }
  data->by_name.erase("");
  return KnowledgeBase(std::move(data));
}

}  // namespace casus
