// What the pipeline's document passes (ShortNames, UnknownPersons) share:
// actors of a document remembered under a word — a head noun ("guards"), a
// surname ("jamshidi") — the latest under each; and a sentence's actor
// spans, kept in order and disjoint, that a pass adds to.
//
// Thread safety: a SpansByWord holds the state of one document.
#ifndef CASUS_PIPELINE_SPANS_BY_WORD_H_
#define CASUS_PIPELINE_SPANS_BY_WORD_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code/sentence_coder.h"

namespace casus {

class SpansByWord {
 public:
  // Files `span` under `word` (lower case), replacing what was there.
  void Remember(std::string word, const ActorSpan& span) {
    auto known = std::find_if(spans_.begin(), spans_.end(),
                              [&](const auto& entry) { return entry.first == word; });
    if (known != spans_.end()) {
      known->second = span;
    } else {
      spans_.emplace_back(std::move(word), span);
    }
  }

  // The span filed under `word`, or nullptr.
  const ActorSpan* Find(std::string_view word) const {
    auto known = std::find_if(spans_.begin(), spans_.end(),
                              [&](const auto& entry) { return entry.first == word; });
    return known == spans_.end() ? nullptr : &known->second;
  }

  bool empty() const { return spans_.empty(); }

 private:
  std::vector<std::pair<std::string, ActorSpan>> spans_;  // few per document
};

// Whether token `k` lies inside one of `actors`.
inline bool CoversToken(const std::vector<ActorSpan>& actors, size_t k) {
  return std::any_of(actors.begin(), actors.end(),
                     [&](const ActorSpan& a) { return a.begin <= k && k < a.end; });
}

// Adds `span` to `actors` (ordered by their first token) in its place.
inline void InsertInOrder(std::vector<ActorSpan>& actors, ActorSpan span) {
  auto at = std::find_if(actors.begin(), actors.end(),
                         [&](const ActorSpan& a) { return a.begin > span.begin; });
  actors.insert(at, std::move(span));
}

}  // namespace casus

#endif  // CASUS_PIPELINE_SPANS_BY_WORD_H_
