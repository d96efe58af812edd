// casus — ActorMatcher: finds actors in the tokens of a sentence.
//
// The matcher compiles every name, alias, demonym, capital, agent noun and
// office title of a KnowledgeBase into a trie over normalised words (see
// normalize.h), then for each sentence:
//   1. splits tokens into words (hyphenated tokens into their parts, so
//      "Iran-backed" is "iran" + the marker "backed") and looks each word up
//      once;
//   2. takes the longest phrase at each word that the text's letter case
//      allows ("US" needs capitals, "us" is not the United States);
//   3. composes phrases into mentions: country + agent ("Iraqi security
//      forces" = IRQ COP, "Iran's foreign ministry" = IRN GOV), group + agent
//      ("Houthi fighters" = the Houthis), title + name ("Defense Secretary
//      Lloyd Austin"), country + title ("the Iraqi prime minister" = the
//      holder of that office on the date), "the government of Iraq",
//      coordinated modifiers ("Iraqi and US forces"), capitals for
//      governments ("Tehran said"), definite agents ("the group"), pronouns;
//   4. recognises actors the text introduces: "a little-known militia
//      calling itself X", "a group called X", "X, a previously unknown
//      group", "the X group" (see introduced_actors.cc).
//
// Speed: one hash lookup per word and no allocation per token once the
// Scratch buffers have grown; several million tokens per second on one core.
//
// Thread safety: immutable after construction; Match() is const and may run
// concurrently with one Scratch per thread. The matcher refers to the
// KnowledgeBase it was built from, which must outlive it and stay in place.
#ifndef CASUS_KB_ACTOR_MATCHER_H_
#define CASUS_KB_ACTOR_MATCHER_H_

#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "casus/date.h"
#include "casus/document.h"
#include "casus/records.h"
#include "kb/actor_mention.h"
#include "kb/knowledge_base.h"

namespace casus {

class ActorMatcher {
 public:
  struct Options {
    // Emit "it"/"its" as kPronoun mentions for DocumentActors to resolve.
    bool pronouns = true;
    // Recognise actors the text introduces ("a group calling itself X").
    bool introduced_actors = true;
    // Words allowed between a country and its agent ("Iraqi counter-terrorism
    // forces", "Lebanon's new President").
    int max_gap_words = 2;
  };

  // Working memory for Match(); reuse one per thread to avoid allocation.
  class Scratch {
   public:
    Scratch();
    ~Scratch();
    Scratch(Scratch&&) noexcept;
    Scratch& operator=(Scratch&&) noexcept;

   private:
    friend class ActorMatcher;
    friend class SentenceMatch;
    struct Buffers;
    std::unique_ptr<Buffers> buffers_;
  };

  explicit ActorMatcher(const KnowledgeBase& kb) : ActorMatcher(kb, Options{}) {}
  ActorMatcher(const KnowledgeBase& kb, Options options);
  ActorMatcher(ActorMatcher&&) noexcept;
  ActorMatcher& operator=(ActorMatcher&&) noexcept;
  ActorMatcher(const ActorMatcher&) = delete;
  ActorMatcher& operator=(const ActorMatcher&) = delete;
  ~ActorMatcher();

  // Appends the mentions in `tokens` (one sentence) to `out` in text order.
  // `date` (the event or publication date) picks office holders and dated
  // codes; nullopt means "any time".
  // `home` (ISO alpha-3, or empty) is the country the report comes from:
  // the names its actors bear only at home (`home_alias`) are read.
  void Match(std::span<const Token> tokens, const std::optional<Date>& date, Scratch& scratch,
             std::vector<ActorMention>& out, std::string_view home = {}) const;
  // Convenience form that allocates its own buffers.
  std::vector<ActorMention> Match(std::span<const Token> tokens,
                                  const std::optional<Date>& date) const;

  // The output-record form of a mention: canonical name, KB id, codes and
  // the words of the sentence it covers.
  Actor ToActor(const ActorMention& mention, std::span<const Token> tokens) const;

  const KnowledgeBase& kb() const;
  const Options& options() const;
  size_t phrase_count() const;  // phrases in the trie

  struct Tables;  // compiled lookup tables (matcher_internal.h)

 private:
  std::unique_ptr<Tables> tables_;
};

// The output-record form of a knowledge-base entry itself: its id, canonical
// name and the codes it has on `date`; no words of a document.
Actor ToActor(const KnowledgeBase& kb, ActorIndex index, const std::optional<Date>& date);

}  // namespace casus

#endif  // CASUS_KB_ACTOR_MATCHER_H_
