// casus — internal: the word table and phrase trie behind ActorMatcher.
//
// PhraseWordTable maps a normalised unit ("kataib") to a dense word id. PhraseTrie
// is a trie over word ids whose nodes carry payloads (which actor a phrase
// names and how). Both are flat open-addressing tables: a lookup is one hash
// and a few probes, with no allocation.
//
// Thread safety: built once, then read-only (const methods are safe to call
// concurrently).
#ifndef CASUS_KB_PHRASE_TRIE_H_
#define CASUS_KB_PHRASE_TRIE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kb/kb_types.h"

namespace casus {

inline constexpr uint32_t kNoWord = UINT32_MAX;

class PhraseWordTable {
 public:
  PhraseWordTable();
  // Returns the id of `word`, adding it when new.
  uint32_t Intern(std::string_view word);
  // Returns the id of `word` or kNoWord.
  uint32_t Find(std::string_view word) const;
  size_t size() const { return count_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0;
    uint32_t length = 0;
    uint32_t id = kNoWord;
  };
  static uint64_t Hash(std::string_view word);
  void Grow();

  std::string arena_;
  std::vector<Slot> slots_;
  uint32_t count_ = 0;
};

// How a phrase names its actor.
enum class PhraseRole : uint8_t {
  kName,     // name or alias of a KB actor
  kDemonym,  // demonym of a state
  kCapital,  // capital (or seat of government) of a state
  kAgent,    // generic agent noun
  kTitle,    // office title (title entries and role titles)
  kRegion,   // a place name that blocks shorter matches
};

// Letter-case condition a phrase puts on the text.
enum class CaseRule : uint8_t {
  kAny,
  kCapitalized,  // the first word starts with a capital
  kAllCaps,      // no lower-case letters (short acronyms: "US", "KH")
};

struct PhrasePayload {
  ActorIndex actor = kNoActor;  // kNoActor for role titles without a title entry
  uint32_t title_key = UINT32_MAX;
  PhraseRole role = PhraseRole::kName;
  CaseRule case_rule = CaseRule::kAny;
  bool home = false;      // a name only in reports from the actor's country
  std::string_view form;  // the spelling in the knowledge base
};

class PhraseTrie {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNoNode = UINT32_MAX;

  PhraseTrie();
  // Adds a phrase (word ids) with its payload; identical payloads on the
  // same phrase are kept once.
  void Add(const std::vector<uint32_t>& words, const PhrasePayload& payload);
  // Packs payloads per node; call once after the last Add.
  void Finish();

  uint32_t Child(uint32_t node, uint32_t word) const;
  // Payloads of a node (empty for inner nodes).
  const PhrasePayload* begin(uint32_t node) const { return payloads_.data() + nodes_[node].first; }
  const PhrasePayload* end(uint32_t node) const {
    return payloads_.data() + nodes_[node].first + nodes_[node].count;
  }
  bool terminal(uint32_t node) const { return nodes_[node].count != 0; }
  size_t node_count() const { return nodes_.size(); }
  size_t phrase_count() const { return payloads_.size(); }

 private:
  struct Node {
    uint32_t first = 0;
    uint32_t count = 0;
  };
  struct Edge {
    uint64_t key = UINT64_MAX;  // parent << 32 | word
    uint32_t child = kNoNode;
  };
  static uint64_t Mix(uint64_t key);
  uint32_t AddChild(uint32_t node, uint32_t word);
  void GrowEdges();

  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  size_t edge_count_ = 0;
  // Before Finish(): (node, payload) pairs; after: payloads sorted by node.
  std::vector<std::pair<uint32_t, PhrasePayload>> pending_;
  std::vector<PhrasePayload> payloads_;
};

}  // namespace casus

#endif  // CASUS_KB_PHRASE_TRIE_H_
