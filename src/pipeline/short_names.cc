#include "pipeline/short_names.h"

#include <algorithm>
#include <cctype>

#include "base/word_lists.h"
#include "nlp/reading_words.h"

namespace casus {
namespace {

// Heads of organisation names that "the" and the head alone may stand for.
bool IsShortHead(std::string_view lower) {
  return IsAny(lower, {"guards", "coalition", "front", "corps", "command", "alliance", "movement",
                       "brigades"});
}

// "RSF", "PMF", "IRGC": two to six capital letters.
bool IsAcronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 6) return false;
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A named organisation (not a generic, a pronoun, a person or a place).
bool IsNamedOrganisation(const ActorSpan& span) {
  return !span.actor.name.empty() && span.kind != "agent" && span.kind != "anaphor" &&
         span.kind != "person" && span.kind != "state" && span.kind != "place" && !span.metonym &&
         !span.demonym && span.compound.empty();
}

}  // namespace

void ShortNames::AddSentence(std::span<const Token> tokens, std::span<const PosTag> tags,
                             std::vector<ActorSpan>& actors) {
  for (size_t k = 0; k < tokens.size() && !named_.empty(); ++k) {
    const bool definite = k > 0 && reading::WordIs(tokens[k - 1], "the");
    // "coalition forces", "a coalition supply convoy": the head in lower
    // case before a noun.
    const bool modifier = !definite && k + 1 < tokens.size() && k + 1 < tags.size() &&
                          !tokens[k].text.empty() &&
                          std::islower(static_cast<unsigned char>(tokens[k].text[0])) &&
                          (tags[k + 1] == PosTag::kNN || tags[k + 1] == PosTag::kNNS);
    if (!definite && !modifier) continue;
    const std::string head = Lowercase(tokens[k].text);
    if (!IsShortHead(head)) continue;
    const ActorSpan* known = named_.Find(head);
    if (known == nullptr) continue;
    // A generic covering the head ("the coalition" as a military agent) or
    // a reference to resolve gives way; a name does not.
    auto covering = std::find_if(actors.begin(), actors.end(),
                                 [&](const ActorSpan& a) { return a.begin <= k && k < a.end; });
    ActorSpan named = *known;
    named.begin = static_cast<uint32_t>(definite ? k - 1 : k);
    named.end = static_cast<uint32_t>(k + 1);
    named.actor.text = std::string(TextSpanning(tokens[named.begin], tokens[k]));
    if (covering != actors.end()) {
      if (covering->kind != "agent" && covering->kind != "anaphor") continue;
      if (!covering->actor.country.empty() && covering->actor.country != named.actor.country) {
        continue;
      }
      named.begin = std::min(named.begin, covering->begin);
      named.end = std::max(named.end, covering->end);
      named.actor.text = std::string(TextSpanning(tokens[named.begin], tokens[named.end - 1]));
      *covering = std::move(named);
      continue;
    }
    if (CoversToken(actors, named.begin)) continue;
    InsertInOrder(actors, std::move(named));
  }
  // "the Rapid Support Forces ... The RSF accused the army": an acronym of
  // an organisation the report named in full is that organisation, whatever
  // else the knowledge base knows by those letters.
  for (size_t k = 0; k < tokens.size() && !initials_.empty(); ++k) {
    if (!IsAcronym(tokens[k].text)) continue;
    const ActorSpan* known = initials_.Find(Lowercase(tokens[k].text));
    if (known == nullptr) continue;
    auto covering = std::find_if(actors.begin(), actors.end(),
                                 [&](const ActorSpan& a) { return a.begin <= k && k < a.end; });
    if (covering != actors.end() && (covering->begin != k || covering->end != k + 1)) continue;
    ActorSpan named = *known;
    named.begin = static_cast<uint32_t>(k);
    named.end = static_cast<uint32_t>(k + 1);
    named.actor.text = std::string(tokens[k].text);
    if (covering != actors.end()) {
      *covering = std::move(named);
    } else {
      InsertInOrder(actors, std::move(named));
    }
  }
  for (const ActorSpan& span : actors) {
    if (!IsNamedOrganisation(span) || span.end == 0 || span.end > tokens.size()) continue;
    std::string head = Lowercase(tokens[span.end - 1].text);
    if (IsShortHead(head)) named_.Remember(std::move(head), span);
    // Initials of a name of three words or more, as written ("Rapid Support
    // Forces": "rsf"); not of a name the text gives as its acronym.
    std::string initials;
    for (uint32_t t = span.begin; t < span.end; ++t) {
      const std::string_view word = tokens[t].text;
      if (word.empty() || reading::WordIsAny(word, "of the and for in")) continue;
      if (!std::isupper(static_cast<unsigned char>(word[0]))) {
        initials.clear();
        break;
      }
      initials += static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
    }
    if (initials.size() >= 3 && span.end - span.begin >= 3) {
      initials_.Remember(std::move(initials), span);
    }
  }
}

}  // namespace casus
