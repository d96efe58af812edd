#include "kb/phrase_trie.h"

#include <algorithm>

namespace casus {

PhraseWordTable::PhraseWordTable() : slots_(1024) {}

uint64_t PhraseWordTable::Hash(std::string_view word) {
  // FNV-1a, then a final mix so that short keys spread over the table.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : word) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  return h;
}

uint32_t PhraseWordTable::Find(std::string_view word) const {
  const uint64_t hash = Hash(word);
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == kNoWord) return kNoWord;
    if (slot.hash == hash && slot.length == word.size() &&
        std::string_view(arena_.data() + slot.offset, slot.length) == word) {
      return slot.id;
    }
  }
}

uint32_t PhraseWordTable::Intern(std::string_view word) {
  const uint32_t found = Find(word);
  if (found != kNoWord) return found;
  if ((count_ + 1) * 2 > slots_.size()) Grow();
  const uint64_t hash = Hash(word);
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].id != kNoWord) i = (i + 1) & mask;
  slots_[i] =
      Slot{hash, static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(word.size()), count_};
  arena_.append(word);
  return count_++;
}

void PhraseWordTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == kNoWord) continue;
    size_t i = slot.hash & mask;
    while (slots_[i].id != kNoWord) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

PhraseTrie::PhraseTrie() : nodes_(1), edges_(4096) {}

uint64_t PhraseTrie::Mix(uint64_t key) {
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdull;
  key ^= key >> 33;
  return key;
}

uint32_t PhraseTrie::Child(uint32_t node, uint32_t word) const {
  const uint64_t key = (static_cast<uint64_t>(node) << 32) | word;
  const size_t mask = edges_.size() - 1;
  for (size_t i = Mix(key) & mask;; i = (i + 1) & mask) {
    const Edge& edge = edges_[i];
    if (edge.key == key) return edge.child;
    if (edge.child == kNoNode) return kNoNode;
  }
}

void PhraseTrie::GrowEdges() {
  std::vector<Edge> old = std::move(edges_);
  edges_.assign(old.size() * 2, Edge{});
  const size_t mask = edges_.size() - 1;
  for (const Edge& edge : old) {
    if (edge.child == kNoNode) continue;
    size_t i = Mix(edge.key) & mask;
    while (edges_[i].child != kNoNode) i = (i + 1) & mask;
    edges_[i] = edge;
  }
}

uint32_t PhraseTrie::AddChild(uint32_t node, uint32_t word) {
  const uint32_t existing = Child(node, word);
  if (existing != kNoNode) return existing;
  if ((edge_count_ + 1) * 2 > edges_.size()) GrowEdges();
  const uint64_t key = (static_cast<uint64_t>(node) << 32) | word;
  const size_t mask = edges_.size() - 1;
  size_t i = Mix(key) & mask;
  while (edges_[i].child != kNoNode) i = (i + 1) & mask;
  const uint32_t child = static_cast<uint32_t>(nodes_.size());
  nodes_.emplace_back();
  edges_[i] = Edge{key, child};
  ++edge_count_;
  return child;
}

void PhraseTrie::Add(const std::vector<uint32_t>& words, const PhrasePayload& payload) {
  if (words.empty()) return;
  uint32_t node = kRoot;
  for (uint32_t word : words) node = AddChild(node, word);
  pending_.emplace_back(node, payload);
}

void PhraseTrie::Finish() {
  // Keep insertion order within a node: earlier KB entries rank first.
  std::stable_sort(pending_.begin(), pending_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  payloads_.clear();
  payloads_.reserve(pending_.size());
  size_t i = 0;
  while (i < pending_.size()) {
    const uint32_t node = pending_[i].first;
    nodes_[node].first = static_cast<uint32_t>(payloads_.size());
    for (; i < pending_.size() && pending_[i].first == node; ++i) {
      const PhrasePayload& p = pending_[i].second;
      bool duplicate = false;
      for (size_t k = nodes_[node].first; k < payloads_.size(); ++k) {
        if (payloads_[k].actor == p.actor && payloads_[k].role == p.role &&
            payloads_[k].title_key == p.title_key) {
          duplicate = true;
          break;
        }
      }
      if (!duplicate) payloads_.push_back(p);
    }
    nodes_[node].count = static_cast<uint32_t>(payloads_.size()) - nodes_[node].first;
  }
  pending_.clear();
  pending_.shrink_to_fit();
}

}  // namespace casus
