#include "code/sentence_coder.h"

#include "code/coding.h"

namespace casus {

bool TargetsOwnCountry(std::string_view type) {
  return IsAny(type, {"COERCE", "CONCEDE", "RETREAT", "PROTEST"});
}

bool PlacedWhereAimed(std::string_view type, std::string_view mode) {
  return type == "ASSAULT" || (type == "COERCE" && mode == "seize");
}

int ModeRank(std::string_view mode) {
  static constexpr std::string_view kOrder[] = {
      "unconventional",
      "suicide-attack",
      "drone",
      "aerial",
      "heavy-weapons",
      "abduct",  // people taken, whatever was fired to take them
      "explosives",
      "firearms",
      "crowd-control",
      "primitive",
      "riot"};  // a protest turned violent
  for (size_t i = 0; i < std::size(kOrder); ++i) {
    if (mode == kOrder[i]) return static_cast<int>(std::size(kOrder) - i);
  }
  return 0;
}

std::string IdentityKey(const ActorSpan& span) {
  return span.actor.id.empty()
             ? span.actor.name + "|" + span.actor.country + "|" + span.actor.sector
             : span.actor.id;
}

void SentenceCoder::Code(const SentenceInput& input, SentenceCoding& out) const {
  out = SentenceCoding{};
  if (input.clauses == nullptr || input.tokens.empty()) return;
  coding::Coding(*dictionary_, input, out).Run();
}

}  // namespace casus
