// ActorFinder: the knowledge base's actor matcher, seen from the coder.
//
// It runs the ActorMatcher over one sentence and turns each ActorMention
// into the ActorSpan the sentence coder reads: the output Actor (canonical
// name, id, country, sector, CAMEO code valid on the publication date), a
// kind, the knowledge-base index for sponsor chains, capital metonymy and
// hyphenated markers ("Iran-backed"). Pronouns and definite generic
// references to groups ("the group", "it") become `anaphor` spans that the
// document assembler resolves. A state named only as the doer of a military
// act ("a US drone strike", "Israeli airstrikes") is its armed forces.
//
// Thread safety: immutable; Find() is const (scratch space is per call).
#ifndef CASUS_PIPELINE_ACTOR_FINDER_H_
#define CASUS_PIPELINE_ACTOR_FINDER_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "casus/date.h"
#include "casus/document.h"
#include "code/sentence_coder.h"
#include "kb/actor_matcher.h"
#include "kb/knowledge_base.h"
#include "nlp/pos_tag.h"

namespace casus {

class ActorFinder {
 public:
  explicit ActorFinder(const KnowledgeBase& kb);

  // `home`: the report's country (ISO alpha-3, or empty), whose actors'
  // home names are read (ActorMatcher::Match).
  void Find(std::span<const Token> tokens, std::span<const PosTag> tags,
            std::span<const std::string_view> lemmas, const std::optional<Date>& date,
            std::vector<ActorSpan>& out, std::string_view home = {}) const;

  // "Islamic Jihad leader Ziyad al-Nakhalah", "Hezbollah chief Hassan
  // Nasrallah": a known person named with the office heading a body (the
  // body's name, then a leader's title, then the name) leads the body the
  // knowledge base has them heading on `date`; appended to `out`. Not a
  // deputy, nor one called former.
  void StatedLeaderships(std::span<const Token> tokens, std::span<const ActorSpan> actors,
                         const std::optional<Date>& date, std::vector<RelationMention>& out) const;

  // "Hamas's armed wing", "the Taliban's Haqqani network": a known group
  // named by a description of it as a part of another (a possessor, then a
  // part noun) is part of the body the possessor names, when the knowledge
  // base has it so on `date`; appended to `out`.
  void StatedParts(std::span<const Token> tokens, std::span<const std::string_view> lemmas,
                   std::span<const ActorSpan> actors, const std::optional<Date>& date,
                   std::vector<RelationMention>& out) const;

  // "Sadr's movement", "Haftar's forces": a group noun a known person has
  // (a person `out` holds, found by the matcher or by surname) is the body
  // the knowledge base has the person leading on `date`.
  void GroupsOfLeaders(std::span<const Token> tokens, const std::optional<Date>& date,
                       std::vector<ActorSpan>& out) const;

  const ActorMatcher& matcher() const { return matcher_; }

 private:
  // The armed forces of a state named before a military act ("a US drone
  // strike" is by the United States' forces), or nullopt.
  std::optional<ActorIndex> ArmedForcesOf(ActorIndex state) const;
  // The group or party a known person leads on `date` (by a `leads`
  // relation, else an office in it), or nullopt.
  std::optional<ActorIndex> BodyLedBy(ActorIndex person, const std::optional<Date>& date) const;
  // "US, coalition and Iraqi troops": the state named first is "US troops".
  void ShareListHeads(std::span<const Token> tokens, std::span<const PosTag> tags,
                      const std::optional<Date>& date, std::string_view home,
                      std::vector<ActorSpan>& out) const;
  // "the Northern War Front, one of the ELN's regional commands", "La
  // Línea, the armed wing of the Juárez cartel", "KFOR, NATO's peacekeeping
  // force": a name nobody knows, set off before a description of it as a
  // part of a known group, force or alliance, is an actor of that side
  // (kind "local"), inserted into `out` in text order.
  static void IntroduceParts(std::span<const Token> tokens, std::span<const PosTag> tags,
                             std::span<const std::string_view> lemmas, std::vector<ActorSpan>& out);
  // "The Social Democratic Union (SDSM)": a name the text introduces before
  // a known body's acronym in brackets is that body.
  static void NamedByTheirAcronym(std::span<const Token> tokens, std::vector<ActorSpan>& out);
  // For a person who is a body's spokesperson on `date`: ActorSpan::org.
  void SetSpokespersonsBody(ActorSpan& person, ActorIndex index,
                            const std::optional<Date>& date) const;

  ActorMatcher matcher_;
  std::vector<ActorIndex> armed_forces_;  // by state index; kNoActor where none is known
  // A country's branch of its forces by the agent naming it: "US bombers"
  // (USA + the air force agent) is the United States Air Force. Keyed by
  // country code + " " + the agent's index.
  std::unordered_map<std::string, ActorIndex> branches_;
};

}  // namespace casus

#endif  // CASUS_PIPELINE_ACTOR_FINDER_H_
