#include "kb/document_actors.h"

#include <algorithm>

#include "kb/normalize.h"

namespace casus {
namespace {

// An actor a pronoun can stand for: an organisation or a state, not a
// person, a generic plural or a place.
bool PronounCompatibleKind(ActorKind kind) {
  switch (kind) {
    case ActorKind::kPerson:
    case ActorKind::kAgent:
    case ActorKind::kTitle:
    case ActorKind::kRegion:
    case ActorKind::kPopulation:
    case ActorKind::kUnknown:
      return false;
    default:
      return true;
  }
}

// Words that open a new clause: a pronoun after one of them may refer to a
// mention before it ("Iran said it", "if it did not").
bool OpensClause(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "said",   "says",      "say",     "told",   "that",    "if",  "because", "when",
      "while",  "after",     "before",  "and",    "but",     "as",  "since",   "although",
      "though", "unless",    "until",   "where",  "which",   "who", "warned",  "added",
      "stated", "announced", "claimed", "denied", "insisted"};
  for (std::string_view w : kWords) {
    if (word.size() == w.size() && std::equal(word.begin(), word.end(), w.begin(),
                                              [](char a, char b) { return (a | 0x20) == b; })) {
      return true;
    }
  }
  return false;
}

bool EqualsLower(std::string_view word, std::string_view lower) {
  return word.size() == lower.size() && std::equal(word.begin(), word.end(), lower.begin(),
                                                   [](char a, char b) { return (a | 0x20) == b; });
}

// "it" followed by a verb is a subject ("it would", "it said").
bool SubjectIt(std::span<const Token> tokens, uint32_t pronoun) {
  static constexpr std::string_view kVerbs[] = {
      "would",   "will",   "could",  "can",    "should",  "may",   "might",  "must",
      "is",      "was",    "has",    "had",    "have",    "does",  "did",    "said",
      "says",    "wants",  "wanted", "plans",  "planned", "vowed", "denied", "claimed",
      "accused", "blamed", "warned", "called", "rejected"};
  if (pronoun + 1 >= tokens.size()) return false;
  const std::string_view next = tokens[pronoun + 1].text;
  for (std::string_view verb : kVerbs) {
    if (EqualsLower(next, verb)) return true;
  }
  return false;
}

// A mention right after a preposition: "to Baghdad", "from Yemen".
bool AfterPreposition(std::span<const Token> tokens, const ActorMention& m) {
  static constexpr std::string_view kPrepositions[] = {
      "in",     "at",      "near",   "to",         "from",   "into", "toward", "towards", "across",
      "inside", "outside", "within", "throughout", "around", "over", "via",    "off"};
  if (m.first_token == 0 || m.first_token > tokens.size()) return false;
  const std::string_view prev = tokens[m.first_token - 1].text;
  for (std::string_view p : kPrepositions) {
    if (EqualsLower(prev, p)) return true;
  }
  return false;
}

// True when an object "it" at `pronoun` is in the same simple clause as the
// mention ending at `end` ("Thar Allah joined it").
bool SameClause(std::span<const Token> tokens, uint32_t end, uint32_t pronoun) {
  for (uint32_t t = end; t < pronoun && t < tokens.size(); ++t) {
    const std::string_view text = tokens[t].text;
    const bool quote = text == "\"" || text == "\xE2\x80\x9C" || text == "\xE2\x80\x9D" ||
                       text == "'" || text == "\xE2\x80\x99";
    if ((tokens[t].kind == TokenKind::kPunct && !quote) || OpensClause(text)) return false;
  }
  return true;
}

}  // namespace

DocumentActors::DocumentActors(const ActorMatcher& matcher, Options options)
    : matcher_(matcher), options_(options) {}

int DocumentActors::FindLocal(std::string_view name) const {
  const std::string key = NormalizeKey(name);
  for (size_t i = 0; i < local_.size(); ++i) {
    if (local_[i].key == key) return static_cast<int>(i);
  }
  return -1;
}

bool DocumentActors::IsReference(const ActorMention& m) const {
  if (m.has(kMentionResolved)) return false;
  if (m.source == MentionSource::kPronoun) return true;
  if (m.actor != kNoActor || m.local_actor >= 0 || !m.country.empty()) return false;
  if (m.source == MentionSource::kAgent) {
    // Only nouns that say what they may stand for ("the group", not "the drones").
    return m.has(kMentionDefinite) && m.agent != kNoActor &&
           !matcher_.kb().actor(m.agent).refers.empty();
  }
  if (m.source == MentionSource::kTitle) {
    return m.has(kMentionDefinite) && !m.has(kMentionUnknownPerson);
  }
  return false;
}

std::optional<ActorMention> DocumentActors::Offer(const ActorMention& reference,
                                                  const ActorMention& candidate) const {
  if (IsReference(candidate)) return std::nullopt;  // an unresolved reference names nobody
  // Modifiers and places are not what a later "it" or "the group" means:
  // "Iranian", "Yemen's Houthis", "Iran-backed", "pro-Iranian", "in Tehran".
  if (candidate.source == MentionSource::kDemonym || candidate.marker != MarkerKind::kNone ||
      (candidate.flags & (kMentionPossessive | kMentionPro | kMentionAnti | kMentionCompound |
                          kMentionLocative)) != 0) {
    return std::nullopt;
  }
  const bool identified = candidate.actor != kNoActor || candidate.local_actor >= 0;
  const KnowledgeBase& kb = matcher_.kb();
  switch (reference.source) {
    case MentionSource::kPronoun:
      if (identified && PronounCompatibleKind(candidate.kind)) return candidate;
      // "Iraq's foreign ministry said it": an organisation noun with a country.
      // A plural noun ("Iraqi officials") is "they", not "it".
      if (!identified && !candidate.country.empty() && candidate.agent != kNoActor &&
          candidate.source == MentionSource::kAgent && !candidate.form.empty() &&
          !(candidate.form.back() == 's' && !candidate.form.ends_with("ss"))) {
        for (ActorKind kind : kb.actor(candidate.agent).refers) {
          if (kind != ActorKind::kPerson) return candidate;
        }
      }
      return std::nullopt;
    case MentionSource::kTitle:
      if (reference.title_key != UINT32_MAX && candidate.title_key == reference.title_key &&
          candidate.kind == ActorKind::kPerson) {
        return candidate;
      }
      return std::nullopt;
    default:
      break;
  }
  const ActorRecord& agent = kb.actor(reference.agent);
  auto refers_to = [&](ActorKind kind) {
    return std::find(agent.refers.begin(), agent.refers.end(), kind) != agent.refers.end();
  };
  if (identified) {
    if (refers_to(candidate.kind)) return candidate;
    // A state organ ("Mossad", "Israeli troops" as a KB actor) stands for its
    // state when the noun means the state ("the government").
    if ((candidate.kind == ActorKind::kMilitary || candidate.kind == ActorKind::kIntelligence ||
         candidate.kind == ActorKind::kPolice) &&
        !candidate.country.empty() && (refers_to(ActorKind::kState))) {
      if (auto state = kb.StateOf(candidate.country.view())) {
        ActorMention target = candidate;
        target.actor = *state;
        target.kind = ActorKind::kState;
        target.anchor = kNoActor;
        target.sector = reference.sector;
        target.cameo =
            CombineCodes(kb.CameoOn(*state, std::nullopt).view(), reference.sector.view());
        return target;
      }
    }
    // A person speaks for the organisation whose office they hold.
    if (candidate.kind == ActorKind::kPerson && candidate.anchor != kNoActor &&
        candidate.anchor != candidate.actor) {
      const ActorRecord& org = kb.actor(candidate.anchor);
      if (IsGroupKind(org.kind) && refers_to(org.kind)) {
        ActorMention target = candidate;
        target.actor = candidate.anchor;
        target.kind = org.kind;
        target.title_key = UINT32_MAX;
        return target;
      }
    }
    return std::nullopt;
  }
  // A generic antecedent: same sector, with the country the reference lacks.
  if (!reference.sector.empty() && candidate.sector == reference.sector &&
      !candidate.country.empty()) {
    return candidate;
  }
  return std::nullopt;
}

std::optional<ActorMention> DocumentActors::FindAntecedent(const ActorMention& reference,
                                                           std::span<const ActorMention> current,
                                                           size_t before,
                                                           std::span<const Token> tokens,
                                                           const std::vector<bool>& oblique) const {
  const bool pronoun = reference.source == MentionSource::kPronoun;
  const bool object_it =
      pronoun && !reference.has(kMentionPossessive) && !SubjectIt(tokens, reference.first_token);
  const uint32_t distance = static_cast<uint32_t>(pronoun ? options_.max_pronoun_distance
                                                          : options_.max_sentence_distance);
  // Two passes: first an antecedent named with the same noun ("the Ahrar
  // al-Sham movement ... the movement"), then any compatible one.
  // A plural noun ("the factions") names one actor only when that actor was
  // named with the same noun ("Houthi rebels ... the rebels").
  const bool plural = reference.source == MentionSource::kAgent && reference.form.size() > 2 &&
                      reference.form.back() == 's' && !reference.form.ends_with("ss");
  for (const bool same_noun : {true, false}) {
    if (same_noun && (reference.agent == kNoActor || reference.source != MentionSource::kAgent)) {
      continue;
    }
    if (!same_noun && plural) break;
    auto offer = [&](const ActorMention& candidate) -> std::optional<ActorMention> {
      if (same_noun && candidate.agent != reference.agent) return std::nullopt;
      return Offer(reference, candidate);
    };
    // The current sentence: the nearest mention before the reference.
    for (size_t k = before; k-- > 0;) {
      if (pronoun && oblique[k]) continue;
      if (object_it && SameClause(tokens, current[k].end_token, reference.first_token)) continue;
      if (auto target = offer(current[k])) return target;
    }
    // Earlier sentences, nearest first; within one, the first compatible.
    size_t end = history_.size();
    while (end > 0) {
      const uint32_t sentence = history_[end - 1].sentence;
      if (sentence_ - sentence > distance) break;
      size_t begin = end;
      while (begin > 0 && history_[begin - 1].sentence == sentence) --begin;
      for (size_t k = begin; k < end; ++k) {
        if (pronoun && history_[k].oblique) continue;
        if (auto target = offer(history_[k].mention)) return target;
      }
      end = begin;
    }
  }
  return std::nullopt;
}

void DocumentActors::Resolve(ActorMention& reference, const ActorMention& antecedent) const {
  const ActorCode noun_sector = reference.sector;
  reference.actor = antecedent.actor;
  reference.local_actor = antecedent.local_actor;
  reference.kind = antecedent.kind;
  reference.country = antecedent.country;
  reference.sector = antecedent.sector;
  reference.cameo = antecedent.cameo;
  // "Washington ... the administration": the state through the noun's sector.
  if (antecedent.kind == ActorKind::kState && antecedent.sector.empty() && !noun_sector.empty() &&
      reference.source == MentionSource::kAgent) {
    reference.sector = noun_sector;
    reference.cameo = CombineCodes(antecedent.cameo.view(), noun_sector.view());
  }
  reference.anchor = antecedent.anchor;
  if (reference.title_key == UINT32_MAX) reference.title_key = antecedent.title_key;
  reference.flags |= kMentionResolved;
}

int DocumentActors::Register(const ActorMention& introduced) {
  const int existing = FindLocal(introduced.form);
  if (existing >= 0) return existing;
  LocalActor local;
  local.name = std::string(introduced.form);
  local.key = NormalizeKey(introduced.form);
  local.kind = introduced.kind;
  local.country = introduced.country;
  local.sector = introduced.sector;
  local.cameo = introduced.cameo;
  local.first_sentence = sentence_;
  local_.push_back(std::move(local));
  return static_cast<int>(local_.size() - 1);
}

void DocumentActors::FindLocalNames(std::span<const Token> tokens,
                                    std::vector<ActorMention>& mentions) {
  // The sentence as normalised words, remembering where each token starts.
  std::string text;
  std::vector<size_t> token_start(tokens.size() + 1, 0);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!text.empty()) text += ' ';
    token_start[i] = text.size();
    text += NormalizeKey(tokens[i].text);
  }
  token_start[tokens.size()] = text.size() + 1;
  auto token_at = [&](size_t offset) -> int {
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (token_start[i] == offset) return static_cast<int>(i);
    }
    return -1;
  };
  for (size_t id = 0; id < local_.size(); ++id) {
    const std::string& key = local_[id].key;
    if (key.empty()) continue;
    for (size_t pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos + 1)) {
      const int first = token_at(pos);
      const int end = token_at(pos + key.size() + 1);
      if (first < 0 || end <= first) continue;
      const bool overlaps = std::any_of(mentions.begin(), mentions.end(), [&](const auto& m) {
        return m.first_token < static_cast<uint32_t>(end) &&
               static_cast<uint32_t>(first) < m.end_token;
      });
      if (overlaps) continue;
      ActorMention m;
      m.first_token = static_cast<uint32_t>(first);
      m.end_token = static_cast<uint32_t>(end);
      m.source = MentionSource::kName;
      m.local_actor = static_cast<int32_t>(id);
      m.kind = local_[id].kind;
      m.country = local_[id].country;
      m.sector = local_[id].sector;
      m.cameo = local_[id].cameo;
      m.form =
          TextSpanning(tokens[static_cast<size_t>(first)], tokens[static_cast<size_t>(end - 1)]);
      auto at = std::find_if(mentions.begin(), mentions.end(),
                             [&](const auto& other) { return other.first_token > m.first_token; });
      mentions.insert(at, m);
    }
  }
}

void DocumentActors::AddSentence(std::span<const Token> tokens,
                                 std::vector<ActorMention>& mentions) {
  if (!local_.empty()) FindLocalNames(tokens, mentions);
  for (ActorMention& m : mentions) {
    if (m.source == MentionSource::kIntroduced && m.local_actor < 0) m.local_actor = Register(m);
  }
  std::vector<bool> oblique(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) oblique[i] = AfterPreposition(tokens, mentions[i]);
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (!IsReference(mentions[i])) continue;
    if (auto antecedent = FindAntecedent(mentions[i], mentions, i, tokens, oblique)) {
      Resolve(mentions[i], *antecedent);
    }
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].source == MentionSource::kPronoun && !mentions[i].has(kMentionResolved)) {
      continue;  // dropped below
    }
    history_.push_back(Candidate{sentence_, mentions[i], oblique[i]});
  }
  std::erase_if(mentions, [](const ActorMention& m) {
    return m.source == MentionSource::kPronoun && !m.has(kMentionResolved);
  });
  // Forget what no reference may reach any more.
  size_t keep = 0;
  while (keep < history_.size() && sentence_ - history_[keep].sentence >=
                                       static_cast<uint32_t>(options_.max_sentence_distance)) {
    ++keep;
  }
  history_.erase(history_.begin(), history_.begin() + static_cast<std::ptrdiff_t>(keep));
  ++sentence_;
}

}  // namespace casus
