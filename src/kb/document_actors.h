// casus — DocumentActors: the actors of one document, across sentences.
//
// ActorMatcher works sentence by sentence. DocumentActors takes the
// mentions of each sentence in document order and
//   - gives every actor the text introduces ("a group calling itself X") a
//     document-local id, and finds that name again in later sentences;
//   - resolves references to an earlier actor: definite generic nouns ("the
//     group", "the militia", "the movement", "the government", "the
//     police"), definite offices ("the president") and the pronouns "it" /
//     "its";
//   - drops pronouns that resolve to nothing.
//
// Resolution heuristics (in order):
//   0. Pronouns look one sentence back at most, and skip mentions after a
//      preposition ("a visit to Baghdad ... it said").
//   1. Compatibility. A noun's `refers` kinds must include the candidate's
//      kind ("the militia" → armed_group, front_group, umbrella); a generic
//      candidate must have the noun's sector ("the police" → "Iraqi police");
//      an office needs a person holding it or an office mention with a
//      country; "it"/"its" need an organisation or a state, never a person
//      or a generic plural.
//      Demonyms, possessive modifiers ("Yemen's" in "Yemen's Houthis"),
//      hyphen compounds ("Iran-backed", "pro-Iranian") and mentions after
//      "in", "at", "near" (places) are never antecedents.
//   2. Same noun first. "the movement" prefers an actor named or introduced
//      with that noun ("the Ahrar al-Sham movement", "the US-led coalition")
//      before any other compatible one.
//   3. Recency. In the current sentence the nearest mention before the
//      reference ("Iran would face consequences if it did not..."), but not
//      the subject of the clause an object "it" is in ("X joined it": it is
//      not X; no comma or clause word such as "said", "that", "if" between
//      them); then
//      earlier sentences, nearest first, at most
//      Options::max_sentence_distance back.
//   4. Subject preference. Within an earlier sentence the first compatible
//      mention wins: in news English the subject comes first ("Kata'ib
//      Hezbollah claimed the attack on US forces. It said...": it = KH).
// A resolved mention keeps its source (kAgent, kTitle, kPronoun) and token
// range, takes the antecedent's actor, local id, kind and codes, and gets
// kMentionResolved.
//
// Thread safety: a DocumentActors holds the state of one document; use one
// per document and thread. The matcher must outlive it.
#ifndef CASUS_KB_DOCUMENT_ACTORS_H_
#define CASUS_KB_DOCUMENT_ACTORS_H_

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "casus/document.h"
#include "kb/actor_matcher.h"

namespace casus {

class DocumentActors {
 public:
  struct Options {
    int max_sentence_distance = 3;  // how far back noun references look ("the group")
    int max_pronoun_distance = 1;   // how far back "it"/"its" look
  };

  // An actor known only from this document.
  struct LocalActor {
    std::string name;  // as first written
    std::string key;   // NormalizeKey(name)
    ActorKind kind = ActorKind::kArmedGroup;
    ActorCode country;
    ActorCode sector;
    ActorCode cameo;
    uint32_t first_sentence = 0;
  };

  explicit DocumentActors(const ActorMatcher& matcher) : DocumentActors(matcher, Options{}) {}
  DocumentActors(const ActorMatcher& matcher, Options options);

  // Processes the next sentence: `mentions` are ActorMatcher's for `tokens`
  // and are updated in place (references resolved, local ids set, later
  // mentions of introduced names added, unresolved pronouns removed).
  void AddSentence(std::span<const Token> tokens, std::vector<ActorMention>& mentions);

  const std::vector<LocalActor>& local_actors() const { return local_; }
  // The local actor id of a name, or -1.
  int FindLocal(std::string_view name) const;

 private:
  struct Candidate {
    uint32_t sentence = 0;
    ActorMention mention;  // codes and identity as resolved
    bool oblique = false;  // after a preposition ("to Baghdad"): not an antecedent of "it"
  };
  bool IsReference(const ActorMention& m) const;
  // The actor `candidate` offers to `reference`: the candidate itself, or
  // the organisation of a person holding an office there ("Hezbollah leader
  // Hassan Nasrallah ... the group"); nullopt when incompatible.
  std::optional<ActorMention> Offer(const ActorMention& reference,
                                    const ActorMention& candidate) const;
  // Searches mentions[0, before) of the current sentence, then history.
  std::optional<ActorMention> FindAntecedent(const ActorMention& reference,
                                             std::span<const ActorMention> current, size_t before,
                                             std::span<const Token> tokens,
                                             const std::vector<bool>& oblique) const;
  void Resolve(ActorMention& reference, const ActorMention& antecedent) const;
  int Register(const ActorMention& introduced);
  void FindLocalNames(std::span<const Token> tokens, std::vector<ActorMention>& mentions);

  const ActorMatcher& matcher_;
  Options options_;
  uint32_t sentence_ = 0;
  std::vector<LocalActor> local_;
  std::vector<Candidate> history_;  // earlier sentences' mentions, in order
};

}  // namespace casus

#endif  // CASUS_KB_DOCUMENT_ACTORS_H_
