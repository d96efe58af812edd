#include "assemble/draft.h"

#include <algorithm>

#include "assemble/event_sides.h"

namespace casus {

using sides::SameSide;

bool SourceYieldsToClaimOrBlame(const Draft& draft) {
  return draft.source && sides::IsDescribedDoer(*draft.source) &&
         (!draft.claims.empty() || !draft.attributions.empty());
}

std::optional<ActorSpan> Perpetrator(const Draft& draft) {
  if (draft.source && !SourceYieldsToClaimOrBlame(draft)) return draft.source;
  if (!draft.claims.empty()) return draft.claims.front().claimant;
  if (!draft.attributions.empty()) return draft.attributions.front().first.actor;
  return std::nullopt;
}

bool IsBlowAtDescribedDoers(const Draft& draft) {
  return draft.source && !sides::IsDescribedDoer(*draft.source) && draft.target &&
         sides::IsDescribedDoer(*draft.target);
}

std::optional<ActorSpan> DoersHit(const std::vector<Draft>& drafts, size_t i) {
  const Draft& blow = drafts[i];
  if (!IsBlowAtDescribedDoers(blow) || blow.sentences.empty()) return std::nullopt;
  const uint32_t first = *std::min_element(blow.sentences.begin(), blow.sentences.end());
  const Draft* attack = nullptr;
  for (const Draft& other : drafts) {
    if (&other == &blow || other.code.type != "ASSAULT" || other.sentences.empty() ||
        IsBlowAtDescribedDoers(other)) {
      continue;
    }
    // (Or told after it but dated before: "troops were still battling
    // gunmen ... The attackers stormed the mall on Saturday".)
    const uint32_t told = *std::min_element(other.sentences.begin(), other.sentences.end());
    const bool dated_before = other.date && blow.date && *other.date < *blow.date;
    if (told > first && !dated_before) continue;
    if (attack == nullptr ||
        told >= *std::min_element(attack->sentences.begin(), attack->sentences.end())) {
      attack = &other;
    }
  }
  if (attack == nullptr) return std::nullopt;
  const auto doer = Perpetrator(*attack);
  if (!doer || sides::IsDescribedDoer(*doer) || sides::OfState(*doer) ||
      SameSide(*doer, *blow.source) || doer->actor.name.empty()) {
    return std::nullopt;
  }
  if (doer->kind == "agent" && doer->actor.country.empty() && doer->backer.empty()) {
    return std::nullopt;
  }
  return doer;
}

namespace {

// Whether an act of type `type` is what a statement about `about` answers:
// of that type, or for "ACT" ("condemned the move") any act done rather
// than said.
bool Answers(std::string_view about, std::string_view type) {
  if (about == "ACT") {
    return type == "ASSAULT" || type == "COERCE" || type == "SANCTION" || type == "MOBILIZE" ||
           type == "RETREAT" || type == "CONCEDE" || type == "AID";
  }
  return about == type;
}

}  // namespace

std::optional<ActorSpan> PartyAddressed(const std::vector<Draft>& drafts, size_t i) {
  const Draft& statement = drafts[i];
  auto acceptable = [&](const std::optional<ActorSpan>& party) {
    return party && !party->actor.name.empty() &&
           !(statement.source && SameSide(*party, *statement.source));
  };
  std::vector<size_t> order;
  for (size_t j = i; j-- > 0;) order.push_back(j);
  for (size_t j = i + 1; j < drafts.size(); ++j) order.push_back(j);
  if (statement.about == "OWN_ASSAULT") {
    if (!statement.source) return std::nullopt;
    const Actor& speaker = statement.source->actor;
    for (size_t j : order) {
      const Draft& attack = drafts[j];
      if (attack.code.type != "ASSAULT") continue;
      const auto doer = Perpetrator(attack);
      const bool own =
          doer && (SameSide(*doer, *statement.source) ||
                   (!speaker.country.empty() && doer->actor.country == speaker.country &&
                    doer->actor.sector == speaker.sector));
      if (own && acceptable(attack.target)) return attack.target;
    }
    // "Israel will respond with great force" with no attack of its own
    // told: at whoever attacked its side.
    for (size_t j : order) {
      const Draft& attack = drafts[j];
      if (attack.code.type != "ASSAULT" || !attack.target ||
          !SameSide(*attack.target, *statement.source)) {
        continue;
      }
      // (Not "security forces" of no country told: most likely its own.)
      auto doer = Perpetrator(attack);
      if (acceptable(doer) && !(doer->kind == "agent" && doer->actor.country.empty())) return doer;
    }
    return std::nullopt;
  }
  if (statement.about == "CLAIM") {
    for (size_t j : order) {
      for (const ClaimMention& claim : drafts[j].claims) {
        if (acceptable(claim.claimant)) return claim.claimant;
      }
      // "Sediqqi said Taliban fighters had been firing at security forces
      // from the hospital. MSF rejected the claim": an act of others told
      // by a named speaker, nearer than any claim.
      const Draft& told = drafts[j];
      if (j < i && told.speaker && told.source && !sides::IsStatementType(told.code.type) &&
          !SameSide(*told.source, *told.speaker) && acceptable(told.speaker)) {
        return told.speaker;
      }
    }
  } else if (statement.about != "ACCUSE") {
    for (size_t j = 0; j < drafts.size(); ++j) {
      if (j == i || !Answers(statement.about, drafts[j].code.type)) continue;
      // "we know it was carried out by Iran-backed militant groups ... we
      // will hold all those responsible to account": whom the speaker
      // blamed, before whoever claimed it — when it says who ("militants"
      // alone does not).
      for (const auto& [a, sentence] : drafts[j].attributions) {
        const bool says_who = a.actor.kind != "agent" || !a.actor.backer.empty();
        if (statement.source && a.by && IdentityKey(*a.by) == IdentityKey(*statement.source) &&
            says_who && acceptable(a.actor)) {
          return a.actor;
        }
      }
      if (auto party = Perpetrator(drafts[j]); acceptable(party)) return party;
    }
    // "Iran accused Israel of sabotaging its plant and vowed to take
    // revenge": with no doer of such an act told, whom the speaker accused
    // in the same breath.
    if (statement.about == "ASSAULT" && statement.source && !statement.sentences.empty()) {
      for (const Draft& other : drafts) {
        if (other.code.type == "ACCUSE" && other.source &&
            IdentityKey(*other.source) == IdentityKey(*statement.source) &&
            std::find(other.sentences.begin(), other.sentences.end(),
                      statement.sentences.front()) != other.sentences.end() &&
            acceptable(other.target)) {
          return other.target;
        }
      }
    }
    return std::nullopt;
  }
  if (!statement.source) return std::nullopt;
  for (size_t j : order) {
    const Draft& other = drafts[j];
    if (other.code.type == "ACCUSE" && other.code.mode != "investigate" && other.target &&
        SameSide(*other.target, *statement.source) && acceptable(other.source)) {
      return other.source;
    }
    for (const auto& [a, sentence] : other.attributions) {
      if (a.by && SameSide(a.actor, *statement.source) && acceptable(a.by)) return a.by;
    }
  }
  // "TPLF leader Debretsion Gebremichael denied that his forces were
  // involved" after Abiy blamed the TPLF: the accusation told before, its
  // target the speaker's body (not the speaker himself).
  for (size_t j = i; j-- > 0;) {
    const Draft& other = drafts[j];
    if (other.code.type == "ACCUSE" && other.code.mode != "investigate" && other.target &&
        sides::IsGroupKind(other.target->kind) && statement.source->kind == "person" &&
        acceptable(other.source)) {
      return other.source;
    }
  }
  for (size_t j : order) {
    if (drafts[j].code.type == "ASSAULT" && acceptable(drafts[j].target)) {
      return drafts[j].target;
    }
  }
  return std::nullopt;
}

}  // namespace casus
