#include "kb/kb_check.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "kb/normalize.h"

namespace casus {
namespace {

bool NeedsCountry(ActorKind kind) {
  switch (kind) {
    case ActorKind::kState:
    case ActorKind::kGovernment:
    case ActorKind::kMilitary:
    case ActorKind::kPolice:
    case ActorKind::kIntelligence:
    case ActorKind::kArmedGroup:
    case ActorKind::kFrontGroup:
    case ActorKind::kParty:
      return true;
    default:
      return false;
  }
}

// Entries that come from casus files (PETRARCH dictionaries are taken as
// they are).
bool Curated(const ActorRecord& r) { return r.name_case == NameCase::kFromSpelling && !r.implied; }

class Checker {
 public:
  explicit Checker(const KnowledgeBase& kb) : kb_(kb) {}

  std::vector<KbIssue> Run() {
    CheckEntries();
    CheckNames();
    CheckCycles();
    std::stable_sort(issues_.begin(), issues_.end(), [](const Sorted& a, const Sorted& b) {
      return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    std::vector<KbIssue> out;
    out.reserve(issues_.size());
    for (Sorted& s : issues_) out.push_back(std::move(s.issue));
    return out;
  }

 private:
  struct Sorted {
    uint32_t file;
    uint32_t line;
    KbIssue issue;
  };

  void Add(KbIssue::Severity severity, uint32_t file, uint32_t line, std::string message) {
    issues_.push_back({file, line, KbIssue{severity, kb_.Where(file, line), std::move(message)}});
  }

  void CheckEntries() {
    bool any_state = false;
    for (ActorIndex i = 0; i < kb_.size(); ++i) any_state |= kb_.actor(i).kind == ActorKind::kState;
    for (ActorIndex i = 0; i < kb_.size(); ++i) {
      const ActorRecord& r = kb_.actor(i);
      if (!Curated(r)) continue;
      if (r.name.empty()) {
        Add(KbIssue::Severity::kError, r.file, r.line, "entry '" + r.id + "' has no name");
      }
      if (r.kind == ActorKind::kUnknown) {
        Add(KbIssue::Severity::kWarning, r.file, r.line, "entry '" + r.id + "' has no kind");
      }
      if (!r.country.empty() && any_state && !kb_.StateOf(r.country.view())) {
        Add(KbIssue::Severity::kError, r.file, r.line,
            "entry '" + r.id + "': unknown country '" + r.country.str() +
                "' (no state entry has that code)");
      }
      if (r.country.empty() && NeedsCountry(r.kind)) {
        Add(KbIssue::Severity::kWarning, r.file, r.line,
            "entry '" + r.id + "' (" + std::string(ToString(r.kind)) + ") has no country");
      }
    }
  }

  void CheckNames() {
    // Normalised name → the actors it names (agents, titles and regions may
    // share words with actors on purpose).
    std::map<std::string, std::vector<ActorIndex>> names;
    for (ActorIndex i = 0; i < kb_.size(); ++i) {
      const ActorRecord& r = kb_.actor(i);
      if (!Curated(r) || r.kind == ActorKind::kAgent || r.kind == ActorKind::kTitle ||
          r.kind == ActorKind::kRegion) {
        continue;
      }
      auto add = [&](const std::string& phrase) {
        std::vector<ActorIndex>& list = names[NormalizeKey(phrase)];
        if (list.empty() || list.back() != i) list.push_back(i);
      };
      add(r.name);
      for (const std::string& s : r.aliases) add(s);
      for (const std::string& s : r.demonyms) add(s);
      for (const std::string& s : r.capitals) add(s);
    }
    // A home alias is read only in reports from its actor's country: it may
    // be another actor's name elsewhere, but not two actors' at home.
    for (ActorIndex i = 0; i < kb_.size(); ++i) {
      const ActorRecord& r = kb_.actor(i);
      if (r.home_aliases.empty()) continue;
      if (r.country.empty()) {
        Add(KbIssue::Severity::kError, r.file, r.line,
            "entry '" + r.id + "' has home aliases but no country");
        continue;
      }
      for (const std::string& s : r.home_aliases) {
        std::vector<ActorIndex>& list =
            names[NormalizeKey(s) + " (a home alias in " + r.country.str() + ")"];
        if (list.empty() || list.back() != i) list.push_back(i);
      }
    }
    for (const auto& [key, actors] : names) {
      if (key.empty() || actors.size() < 2) continue;
      std::string others;
      for (size_t k = 1; k < actors.size(); ++k) {
        const ActorRecord& o = kb_.actor(actors[k]);
        if (!others.empty()) others += ", ";
        others += o.id + " (" + kb_.Where(o.file, o.line) + ")";
      }
      const ActorRecord& first = kb_.actor(actors[0]);
      Add(KbIssue::Severity::kWarning, first.file, first.line,
          "name '" + key + "' of '" + first.id + "' also names " + others);
    }
  }

  void CheckCycles() {
    // Depth-first search over sponsor edges, dates ignored.
    const size_t n = kb_.size();
    std::vector<uint8_t> state(n, 0);  // 0 new, 1 on the stack, 2 done
    std::vector<ActorIndex> stack;
    std::set<std::vector<ActorIndex>> reported;
    struct Frame {
      ActorIndex actor;
      size_t next;
    };
    for (ActorIndex start = 0; start < n; ++start) {
      if (state[start] != 0) continue;
      std::vector<Frame> frames{{start, 0}};
      state[start] = 1;
      stack.assign(1, start);
      while (!frames.empty()) {
        Frame& f = frames.back();
        const std::vector<uint32_t>& rels = kb_.actor(f.actor).relations;
        if (f.next == rels.size()) {
          state[f.actor] = 2;
          frames.pop_back();
          stack.pop_back();
          continue;
        }
        const RelationRecord& rel = kb_.relation(rels[f.next++]);
        if (!IsSponsorEdge(rel.type)) continue;
        if (state[rel.object] == 1) {
          ReportCycle(stack, rel.object, reported);
        } else if (state[rel.object] == 0) {
          state[rel.object] = 1;
          stack.push_back(rel.object);
          frames.push_back({rel.object, 0});
        }
      }
    }
  }

  void ReportCycle(const std::vector<ActorIndex>& stack, ActorIndex back_to,
                   std::set<std::vector<ActorIndex>>& reported) {
    auto it = std::find(stack.begin(), stack.end(), back_to);
    std::vector<ActorIndex> cycle(it, stack.end());
    std::vector<ActorIndex> canonical = cycle;
    std::rotate(canonical.begin(), std::min_element(canonical.begin(), canonical.end()),
                canonical.end());
    if (!reported.insert(canonical).second) return;
    std::string path;
    for (ActorIndex a : cycle) path += kb_.actor(a).id + " -> ";
    path += kb_.actor(back_to).id;
    const ActorRecord& first = kb_.actor(cycle.front());
    Add(KbIssue::Severity::kError, first.file, first.line, "relation cycle: " + path);
  }

  const KnowledgeBase& kb_;
  std::vector<Sorted> issues_;
};

}  // namespace

std::vector<KbIssue> CheckKnowledgeBase(const KnowledgeBase& kb) { return Checker(kb).Run(); }

}  // namespace casus
