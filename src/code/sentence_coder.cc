#include "code/sentence_coder.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "code/intent.h"

namespace casus {
namespace {

using T = PosTag;

bool IsAny(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Nouns naming places that belong to someone: the target of an attack on
// "a base hosting US troops" is the troops.
bool IsFacilityNoun(std::string_view lemma) {
  return IsAny(lemma,
               {"base",         "airbase", "embassy",   "consulate",    "airport",   "compound",
                "convoy",       "camp",    "garrison",  "headquarters", "outpost",   "facility",
                "installation", "post",    "position",  "checkpoint",   "ship",      "vessel",
                "tanker",       "warship", "destroyer", "office",       "residence", "home",
                "house",        "site",    "depot",     "barracks",     "patrol",    "vehicle",
                "computer",     "network", "server",    "website",      "refinery",  "pipeline"});
}

// Heads through which an NP stands for its "of" complement: "the leader of
// Hezbollah", "fighters of the group".
bool IsMemberNoun(std::string_view lemma) {
  return IsAny(lemma,
               {"leader",      "head",     "chief",    "commander", "spokesman",  "spokesperson",
                "spokeswoman", "member",   "fighter",  "militant",  "force",      "troop",
                "unit",        "official", "wing",     "arm",       "brigade",    "faction",
                "supporter",   "envoy",    "minister", "ministry",  "government", "army",
                "military",    "soldier",  "thousand", "hundred",   "dozen",      "score",
                "ten",         "million",  "crowd",    "number",    "group"});
}

// Nouns naming a place of no party of its own: an attack on "a village in
// Western Cambodia" or "targets in Jericho" is on the place.
bool IsPlaceNoun(std::string_view lemma) {
  return IsAny(lemma, {"village",   "town",          "city",         "target",  "area",
                       "district",  "neighbourhood", "neighborhood", "region",  "province",
                       "territory", "zone",          "suburb",       "quarter", "settlement",
                       "port",      "capital",       "stronghold",   "enclave", "hamlet"});
}

// Nouns for help given, after which "for" names who receives it: "aid for
// Romania and Poland", "a military aid program for Bosnia".
bool IsAidNoun(std::string_view lemma) {
  return IsAny(lemma, {"aid", "assistance", "program", "programme", "funding", "fund", "loan",
                       "grant", "relief", "credit", "support"});
}

// Heads naming what belongs to a party, which stands for it as a target:
// "the welfare of nearly 2,000 Libyans", "the rights of Palestinians".
bool IsBelongingNoun(std::string_view lemma) {
  return IsAny(lemma, {"right", "welfare", "safety", "security", "interest", "property", "freedom",
                       "sovereignty", "fate", "plight", "cause", "territory", "effort", "integrity",
                       "future", "livelihood"});
}

// A country, or its capital standing for it: a place that is also a party.
bool IsCountryOrCapital(const ActorSpan& span) {
  return !span.actor.country.empty() && (span.kind == "state" || span.metonym);
}

// `span` as an actor of `country`, its CAMEO code the country's with its
// sector.
ActorSpan InCountry(ActorSpan span, const std::string& country) {
  span.actor.country = country;
  span.actor.cameo = country + span.actor.sector;
  return span;
}

// Prepositions of the place an act is done in, to or from.
bool IsPlacePreposition(std::string_view lemma) {
  return IsAny(lemma, {"in", "from", "to", "into"});
}

// Nouns naming something proposed or demanded: what follows them ("a call
// for talks", "a plan for a ceasefire") has not happened.
bool IsProposalNoun(std::string_view lemma) {
  return IsAny(lemma, {"offer", "call", "demand", "proposal", "invitation", "request", "appeal",
                       "plan", "initiative", "ultimatum", "bid", "push", "effort"});
}

// Definite descriptions that refer back to a group ("the group", "the militia").
bool IsGroupAnaphor(std::string_view lemma) {
  return IsAny(lemma, {"group", "militia", "organization", "organisation", "movement", "faction",
                       "outfit", "network", "umbrella", "coalition", "rebel", "insurgent"});
}

bool IsIrrealisGovernor(std::string_view lemma) {
  return IsAny(
      lemma,
      {"vow",    "threaten", "plan",    "intend",    "seek",    "try",   "want",   "promise",
       "pledge", "aim",      "hope",    "prepare",   "urge",    "ask",   "call",   "demand",
       "warn",   "deny",     "refuse",  "reject",    "avoid",   "fail",  "expect", "consider",
       "fear",   "predict",  "propose", "recommend", "request", "order", "insist"});
}

const char* RelationForNoun(std::string_view lemma) {
  if (IsAny(lemma, {"front", "cover", "façade", "facade", "mask", "brand", "name"})) {
    return "front_of";
  }
  if (IsAny(lemma, {"proxy"})) return "proxy_of";
  if (IsAny(lemma, {"arm", "wing", "branch", "offshoot", "faction", "unit", "part"})) {
    return "part_of";
  }
  if (IsAny(lemma, {"member"})) return "member_of";
  if (IsAny(lemma, {"ally"})) return "allied_with";
  return nullptr;
}

// "militias [backed by] Iran", "names [used by] the factions".
bool IsBackingVerb(std::string_view lemma) {
  return IsAny(
      lemma, {"back", "fund", "sponsor", "support", "arm", "train", "finance", "equip", "direct"});
}

bool IsFrontVerb(std::string_view lemma) {
  return IsAny(lemma, {"use", "run", "create", "operate", "employ", "adopt"});
}

const char* RelationForCompound(std::string_view compound) {
  if (IsAny(compound,
            {"backed", "funded", "sponsored", "supported", "armed", "trained", "financed"})) {
    return "backed_by";
  }
  if (IsAny(compound, {"aligned", "allied", "affiliated", "linked"})) return "allied_with";
  return nullptr;
}

int ModeRank(std::string_view mode) {
  static constexpr std::string_view kOrder[] = {"unconventional", "suicide-attack", "drone",
                                                "aerial",         "heavy-weapons",  "explosives",
                                                "firearms",       "crowd-control",  "primitive"};
  for (size_t i = 0; i < std::size(kOrder); ++i) {
    if (mode == kOrder[i]) return static_cast<int>(std::size(kOrder) - i);
  }
  return 0;
}

class Coding {
 public:
  Coding(const EventDictionary& dict, const SentenceInput& in, SentenceCoding& out)
      : dict_(dict), in_(in), out_(out), a_(*in.clauses), n_(in.tokens.size()) {}

  void Run() {
    FindWeapons();
    used_np_.assign(a_.nps.size(), false);
    if (a_.attribution_np != kNone) sentence_speaker_ = ActorOfNp(a_.attribution_np);
    for (size_t c = 0; c < a_.clauses.size(); ++c) CodeClause(static_cast<int>(c));
    RelationsFromPhrases();
    NominalEvents();
  }

 private:
  std::string_view Lemma(size_t i) const { return in_.lemmas[i]; }
  T Tag(size_t i) const { return in_.tags[i]; }

  // ----------------------------------------------------------- actors of phrases

  const ActorSpan* SpanIn(uint32_t begin, uint32_t end, int prefer_token) const {
    const ActorSpan* best = nullptr;
    for (const ActorSpan& span : in_.actors) {
      if (span.end <= begin || span.begin >= end) continue;
      if (prefer_token >= 0 && span.begin <= static_cast<uint32_t>(prefer_token) &&
          static_cast<uint32_t>(prefer_token) < span.end) {
        return &span;
      }
      if (best == nullptr && span.compound.empty()) best = &span;
    }
    return best;
  }

  int IndexOf(const Clause& clause) const { return static_cast<int>(&clause - a_.clauses.data()); }

  // A reference to resolve against the document ("it", "the group").
  ActorSpan Anaphor(uint32_t begin, uint32_t end) const {
    ActorSpan anaphor;
    anaphor.begin = begin;
    anaphor.end = end;
    anaphor.kind = "anaphor";
    anaphor.actor.text = TextOf(begin, end);
    return anaphor;
  }

  std::optional<ActorSpan> ActorOfNp(int np_index, int depth = 0) const {
    if (np_index == kNone || depth > 3) return std::nullopt;
    const NounPhrase& np = a_.nps[np_index];
    // "its fighters", "their forces": the owner, found like a pronoun.
    if (Tag(np.begin) == T::kPRPS && np.head > np.begin && IsMemberNoun(Lemma(np.head)) &&
        IsAny(Lower(in_.tokens[np.begin].text), {"its", "their", "our"})) {
      return Anaphor(np.begin, np.begin + 1);
    }
    const std::string_view head = Lemma(np.head);
    const ActorSpan* own = SpanIn(np.begin, np.end, static_cast<int>(np.head));
    if (own != nullptr && own->kind != "agent") {
      // "the chief of staff ..., Major General Mohammad Bagheri": a title
      // without a name yields to the name it stands for.
      bool named_here = false;
      for (uint32_t k = own->begin; k < own->end; ++k) named_here = named_here || Tag(k) == T::kNNP;
      if (own->kind == "person" && own->actor.id.empty() && !named_here) {
        if (auto named = ActorOfNp(TitledName(np_index), depth + 1);
            named && named->kind == "person") {
          return OfOwnersCountry(*named, np_index);
        }
      }
      return OfOwnersCountry(*own, np_index);
    }
    // Unless named here, "the group", "the militia" refer back to a named
    // group, resolved against the document (not the generic agent "group").
    if (Lower(in_.tokens[np.begin].text) == "the" && np.head == np.end - 1 &&
        np.head <= np.begin + 2 && IsGroupAnaphor(head) && Tag(np.head) == T::kNN &&
        np.apposition == kNone) {
      return Anaphor(np.begin, np.end);
    }
    if (const ActorSpan* span = own) {
      // "a group of Moroccan diplomats": the members, not "group".
      if (np.of_complement != kNone && IsMemberNoun(head)) {
        if (auto members = ActorOfNp(np.of_complement, depth + 1)) return members;
      }
      return Located(OfModifiersCountry(*span, np), np_index);
    }
    if (np.apposition != kNone) {
      if (auto actor = ActorOfNp(np.apposition, depth + 1))
        return OfOwnersCountry(*actor, np_index);
    }
    if (np.of_complement != kNone && IsMemberNoun(head)) {
      if (auto actor = ActorOfNp(np.of_complement, depth + 1)) return actor;
    }
    if (np.possessor != kNone && IsMemberNoun(head)) {
      if (auto actor = ActorOfNp(np.possessor, depth + 1)) return actor;
    }
    // "a group calling itself X", "a militia known as X": the name it gives.
    for (const Clause& clause : a_.clauses) {
      if (clause.link != ClauseLink::kRelative || clause.modified_np != np_index) continue;
      const VerbGroup& vg = a_.verbs[clause.verb];
      if (!IsAny(Lemma(vg.head), {"call", "name", "dub", "know", "style", "brand"})) continue;
      for (const ActorSpan& span : in_.actors) {
        if (span.begin > vg.head && span.begin <= vg.head + 4 && span.compound.empty() &&
            span.kind != "agent" && span.kind != "anaphor") {
          return span;
        }
      }
    }
    // Pronouns and "the group": resolved against the document later.
    const bool pronoun =
        np.pronoun && IsAny(Lower(in_.tokens[np.head].text), {"it", "they", "we", "he", "she"});
    const bool definite_group = Lower(in_.tokens[np.begin].text) == "the" && IsGroupAnaphor(head);
    if (pronoun || definite_group) {
      return Anaphor(np.begin, np.end);
    }
    return std::nullopt;
  }

  // A generic agent of no country takes that of an actor named before it
  // in its phrase: "Vietnamese-led forces", "the Montenegro municipal
  // association officials". Not of a sponsor ("Iran-backed militias").
  ActorSpan OfModifiersCountry(const ActorSpan& agent, const NounPhrase& np) const {
    if (!agent.actor.country.empty()) return agent;
    // "Algeria's leading human rights activist"
    if (np.possessor != kNone) {
      const NounPhrase& owner = a_.nps[np.possessor];
      const ActorSpan* span = SpanIn(owner.begin, owner.end, static_cast<int>(owner.head));
      if (span != nullptr && span->kind != "anaphor" && span->compound.empty() &&
          !span->actor.country.empty()) {
        return InCountry(agent, span->actor.country);
      }
    }
    for (const ActorSpan& mod : in_.actors) {
      if (mod.begin < np.begin || mod.end > agent.begin) continue;
      if (mod.kind == "anaphor" || mod.actor.country.empty()) continue;
      if (!mod.compound.empty() && mod.compound != "led") continue;
      return InCountry(agent, mod.actor.country);
    }
    return agent;
  }

  // The phrase in apposition to a title, after its complements: "[the
  // chief of staff of Iran's armed forces], [Major General Mohammad
  // Bagheri]", or kNone.
  int TitledName(int np_index) const {
    for (int k = np_index, hops = 0; k != kNone && hops < 4; ++hops) {
      if (a_.nps[k].apposition != kNone) return a_.nps[k].apposition;
      const int possessed = Possessed(k);
      if (a_.nps[possessed].apposition != kNone) return a_.nps[possessed].apposition;
      k = a_.nps[possessed].of_complement;
    }
    return kNone;
  }

  // A person of no known country titled as the holder of a post in a
  // country's body takes its country: "the chief of staff of Iran's armed
  // forces, Major General Mohammad Bagheri", "X, Fiji's prime minister".
  ActorSpan OfOwnersCountry(const ActorSpan& person, int np_index) const {
    if (person.kind != "person" || !person.actor.country.empty()) return person;
    const NounPhrase& np = a_.nps[np_index];
    for (int start : {np_index, np.apposition}) {
      int k = start;
      for (int hops = 0; k != kNone && hops < 4; ++hops) {
        const NounPhrase& p = a_.nps[k];
        const int owner = p.possessor != kNone ? p.possessor : p.of_complement;
        if (owner == kNone) break;
        const NounPhrase& o = a_.nps[owner];
        const ActorSpan* span = SpanIn(o.begin, o.end, static_cast<int>(o.head));
        if (span != nullptr && span->kind != "anaphor" && !span->actor.country.empty()) {
          return InCountry(person, span->actor.country);
        }
        k = owner;
      }
    }
    return person;
  }

  // A generic agent of no country takes the country it is placed in:
  // "opposition groups in Zimbabwe", "demonstrators in Baghdad".
  // So do a people named by a demonym: "the Albanians of southern Serbia".
  ActorSpan Located(const ActorSpan& agent, int np_index) const {
    const bool people = agent.actor.sector == "CVL" && !agent.actor.name.empty() &&
                        std::isupper(static_cast<unsigned char>(agent.actor.name[0]));
    if (!agent.actor.country.empty() && !people) return agent;
    const int place_np = PrepAfterNp(np_index, {"in", "from", "of"});
    if (place_np == kNone) return agent;
    const ActorSpan* place = SpanIn(a_.nps[place_np].begin, a_.nps[place_np].end, -1);
    if (place == nullptr || !IsCountryOrCapital(*place)) return agent;
    ActorSpan located = InCountry(agent, place->actor.country);
    if (place->kind == "state") located.actor.name = place->actor.name + " " + agent.actor.name;
    return located;
  }

  // The target of an action on a phrase: its actor, or for a facility the
  // actor it hosts or belongs to ("a base hosting US troops").
  std::optional<ActorSpan> TargetOfNp(int np_index, int depth = 0) const {
    if (np_index == kNone || depth > 3) return std::nullopt;
    // "part of a Karen guerrilla stronghold", "most of the town": the whole.
    if (const NounPhrase& part = a_.nps[np_index];
        part.of_complement != kNone &&
        IsAny(Lemma(part.head), {"part", "most", "rest", "section", "portion", "half", "parts"})) {
      return TargetOfNp(part.of_complement, depth + 1);
    }
    // "against the party's leader Mahmoud Abbas": the one possessed, when
    // it names an actor of its own.
    if (const int possessed = Possessed(np_index); possessed != np_index) {
      const NounPhrase& owned = a_.nps[possessed];
      const ActorSpan* span = SpanIn(owned.begin, owned.end, static_cast<int>(owned.head));
      if (span != nullptr && span->kind != "agent" && span->kind != "anaphor") return *span;
    }
    const NounPhrase& np = a_.nps[np_index];
    auto actor = ActorOfNp(np_index);
    // "a civilian contractor working with the US-led coalition", "troops
    // serving with the coalition": the organisation they serve is targeted.
    if (!actor || actor->kind == "agent") {
      for (const Clause& clause : a_.clauses) {
        if (clause.link != ClauseLink::kRelative || clause.modified_np != np_index) continue;
        const std::string_view verb = Lemma(a_.verbs[clause.verb].head);
        if (!IsAny(verb, {"work", "serve", "fight", "contract", "belong"})) continue;
        const int org = PrepNp(clause, {"with", "for", "to"});
        if (auto served = ActorOfNp(org); served && served->kind != "anaphor") return served;
      }
    }
    const bool facility = IsFacilityNoun(Lemma(np.head));
    // "two Iraqi bases hosting US troops": those hosted are the target,
    // not the country named before the head.
    if (facility) {
      for (const Clause& clause : a_.clauses) {
        if (clause.link == ClauseLink::kRelative && clause.modified_np == np_index &&
            clause.object != kNone) {
          if (auto hosted = ActorOfNp(clause.object)) return hosted;
        }
      }
    }
    if (actor && actor->kind != "anaphor") return actor;
    if (!actor && np.of_complement != kNone && IsBelongingNoun(Lemma(np.head))) {
      if (auto owner = ActorOfNp(np.of_complement); owner && owner->kind != "anaphor") return owner;
    }
    if (!facility) return std::nullopt;
    if (np.of_complement != kNone) return ActorOfNp(np.of_complement);
    // "a camp for Congolese refugees"
    if (auto housed = ActorOfNp(PrepAfterNp(np_index, {"for"}))) return housed;
    if (np.possessor != kNone) return ActorOfNp(np.possessor);
    // "the US embassy": an actor inside the phrase before the head.
    if (const ActorSpan* span = SpanIn(np.begin, np.head, -1)) return *span;
    return std::nullopt;
  }

  std::string TextOf(uint32_t begin, uint32_t end) const {
    if (begin >= end) return {};
    const size_t start = in_.tokens[begin].start;
    const size_t stop = in_.tokens[end - 1].end;
    // Tokens view one buffer: rebuild the span from the first token's data.
    return std::string(in_.tokens[begin].text.data(), stop - start);
  }

  // ----------------------------------------------------------- weapons

  void FindWeapons() {
    for (size_t i = 0; i < n_; ++i) {
      const std::string lower = Lower(in_.tokens[i].text);
      const auto* triggers = &dict_.WeaponTriggers(Lemma(i));
      if (triggers->empty()) triggers = &dict_.WeaponTriggers(lower);
      for (const Trigger* trigger : *triggers) {
        if (!MatchesBackwards(*trigger, i)) continue;
        if (std::find(weapons_.begin(), weapons_.end(), trigger->weapon) == weapons_.end()) {
          weapons_.push_back(trigger->weapon);
        }
        if (ModeRank(trigger->code.mode) > ModeRank(weapon_mode_))
          weapon_mode_ = trigger->code.mode;
        weapon_tokens_.push_back(static_cast<uint32_t>(i));
        break;
      }
    }
  }

  // A noun or weapon trigger whose last word is at `head`: the earlier words
  // must precede it.
  bool MatchesBackwards(const Trigger& trigger, size_t head) const {
    const auto& words = trigger.words;
    if (words.size() > head + 1) return false;
    for (size_t k = 1; k < words.size(); ++k) {
      const size_t i = head - k;
      const std::string& want = words[words.size() - 1 - k];
      if (Lemma(i) != want && Lower(in_.tokens[i].text) != want) return false;
    }
    return true;
  }

  const Trigger* NounTriggerAt(size_t head) const {
    for (const auto* list :
         {&dict_.NounTriggers(Lemma(head)), &dict_.NounTriggers(Lower(in_.tokens[head].text))}) {
      for (const Trigger* trigger : *list) {
        if (MatchesBackwards(*trigger, head)) return trigger;
      }
    }
    return nullptr;
  }

  const Trigger* WeaponAt(size_t head) const {
    for (const Trigger* trigger : dict_.WeaponTriggers(Lemma(head))) {
      if (MatchesBackwards(*trigger, head)) return trigger;
    }
    return nullptr;
  }

  // ----------------------------------------------------------- clauses

  bool IsRealis(const Clause& clause) const {
    const VerbGroup& vg = a_.verbs[clause.verb];
    if (vg.negated || vg.modal || vg.tense == Tense::kFuture) return false;
    // "offered no evidence", "gave no details": nothing was done.
    if (clause.object != kNone && Lemma(a_.nps[clause.object].begin) == "no") return false;
    // "its demand that Israel ease restrictions": what is demanded.
    if (clause.subject != kNone) {
      uint32_t k = a_.nps[clause.subject].begin;
      if (k > 0 && Lemma(k - 1) == "that") {
        --k;
        while (k > 0 && a_.np_of_token[k - 1] != kNone &&
               IsAny(Lemma(k - 1), {"today", "yesterday", "monday", "tuesday", "wednesday",
                                    "thursday", "friday", "saturday", "sunday"})) {
          --k;
        }
        if (k > 0 && a_.np_of_token[k - 1] != kNone &&
            IsProposalNoun(Lemma(a_.nps[a_.np_of_token[k - 1]].head))) {
          return false;
        }
      }
    }
    // "factions, which demand the withdrawal": a present-tense relative
    // clause describes, it does not report.
    if (clause.link == ClauseLink::kRelative && vg.tense == Tense::kPresent) return false;
    if (vg.form == VerbForm::kInfinitive) {
      // "continued to send arms", "began to withdraw", "attempted to
      // assassinate": the act is done (or attempted, which counts) when
      // the governing verb is a fact.
      if (clause.link != ClauseLink::kInfinitive || clause.governor == kNone) return false;
      const Clause& gov = a_.clauses[clause.governor];
      const std::string_view governor = Lemma(a_.verbs[gov.verb].head);
      if (IsAny(governor, {"continue", "begin", "start", "resume", "keep", "attempt", "try",
                           "decide", "use", "employ"})) {
        return IsRealis(gov);
      }
      // "shunned work to protest", "sent experts to investigate": the purpose
      // of an act done is a protest or an inquiry made by doing it.
      const int self = IndexOf(clause);
      if (IsAny(Lemma(vg.head), {"protest", "demonstrate", "investigate", "probe", "disperse"}) &&
          !IsIrrealisGovernor(governor) && ClassifyIntent(a_, in_.lemmas, self) == Intent::kNone) {
        return IsRealis(gov);
      }
      return false;
    }
    // Complements of "vowed", "denied", "threatened" are not events.
    for (int g = clause.governor, guard = 0; g != kNone && guard < 4; ++guard) {
      const Clause& gov = a_.clauses[g];
      const VerbGroup& gvg = a_.verbs[gov.verb];
      if ((clause.link == ClauseLink::kComplement || clause.link == ClauseLink::kInfinitive) &&
          IsIrrealisGovernor(Lemma(gvg.head))) {
        return false;
      }
      if (clause.link != ClauseLink::kCoordinated && clause.link != ClauseLink::kAdverbial) break;
      if (gvg.negated || gvg.modal || gvg.tense == Tense::kFuture) return false;
      g = gov.governor;
    }
    return true;
  }

  // Whether a verb lemma reports speech ("say", "tell"), or with
  // `claims_too` also claims ("claim that ...").
  bool IsSpeechLemma(std::string_view lemma, bool claims_too) const {
    const auto& triggers = dict_.VerbTriggers(lemma);
    return std::any_of(triggers.begin(), triggers.end(), [&](const Trigger* t) {
      return t->role == TriggerRole::kSpeech || (claims_too && t->role == TriggerRole::kClaim);
    });
  }

  // The speaker of a clause in reported speech, or the sentence's source.
  std::optional<ActorSpan> SpeakerOf(const Clause& clause, bool direct_only = false) const {
    int c = IndexOf(clause);
    for (int guard = 0; guard < 4 && c != kNone; ++guard) {
      const Clause& current = a_.clauses[c];
      if (current.link == ClauseLink::kComplement && current.governor != kNone) {
        const Clause& gov = a_.clauses[current.governor];
        const bool speech = IsSpeechLemma(Lemma(a_.verbs[gov.verb].head), true);
        // Announcing and declaring report too: "announced that X must go".
        if (speech || IsAny(Lemma(a_.verbs[gov.verb].head), {"announce", "declare"})) {
          return ActorOfNp(gov.subject);
        }
      }
      if (current.link == ClauseLink::kMain) break;
      c = current.governor;
    }
    if (direct_only) return std::nullopt;
    return sentence_speaker_;
  }

  // Matches the words after a verb trigger's lemma; sets `prep_np` when the
  // last word is a preposition found among the clause's arguments.
  bool VerbTriggerMatches(const Trigger& trigger, const Clause& clause, int& prep_np) const {
    const VerbGroup& vg = a_.verbs[clause.verb];
    size_t pos = vg.head + 1;
    prep_np = kNone;
    for (size_t w = 1; w < trigger.words.size(); ++w) {
      const std::string& want = trigger.words[w];
      while (pos < n_ && (IsAdverb(Tag(pos)) || Tag(pos) == T::kDT || IsAdjective(Tag(pos)))) ++pos;
      if (pos < n_ && (Lemma(pos) == want || Lower(in_.tokens[pos].text) == want)) {
        ++pos;
        continue;
      }
      const bool last = w + 1 == trigger.words.size();
      // A preposition that names no target must follow the verb: "called
      // for calm", not "called the deal a victory for dialogue".
      const bool detached_allowed =
          std::find(trigger.target_preps.begin(), trigger.target_preps.end(), want) !=
              trigger.target_preps.end() ||
          trigger.words.size() > 2;
      if (last && detached_allowed) {
        for (const PrepArgument& arg : clause.preps) {
          if (Lemma(arg.prep) == want) {
            prep_np = arg.np;
            return true;
          }
        }
      }
      if (clause.object != kNone) {
        const NounPhrase& obj = a_.nps[clause.object];
        if (Lemma(obj.head) == want || Lower(in_.tokens[obj.head].text) == want) {
          pos = obj.end;
          continue;
        }
      }
      return false;
    }
    return true;
  }

  int PrepNp(const Clause& clause, const std::vector<std::string>& preps) const {
    for (const PrepArgument& arg : clause.preps) {
      if (std::find(preps.begin(), preps.end(), Lemma(arg.prep)) == preps.end()) continue;
      // "launched the attack in response to the strike [on the consulate]":
      // a phrase after another event noun is that event's.
      const int before = arg.prep > 0 ? a_.np_of_token[arg.prep - 1] : kNone;
      if (before != kNone && before != clause.object && before != clause.subject &&
          NounTriggerAt(a_.nps[before].head) != nullptr) {
        continue;
      }
      return arg.np;
    }
    return kNone;
  }

  // A preposition + NP right after an NP ("the attack [on the base]").
  int PrepAfterNp(int np_index, const std::vector<std::string>& preps) const {
    if (np_index == kNone) return kNone;
    uint32_t k = a_.nps[np_index].end;
    if (k + 1 < n_ && std::find(preps.begin(), preps.end(), Lemma(k)) != preps.end()) {
      return a_.np_of_token[k + 1];
    }
    return kNone;
  }

  // The first trigger of clause `c` that matches (speech and light verbs
  // excluded), or nullptr.
  const Trigger* MatchingTrigger(int c, int& prep_np) const {
    const Clause& clause = a_.clauses[c];
    for (const Trigger* trigger : dict_.VerbTriggers(Lemma(a_.verbs[clause.verb].head))) {
      if (trigger->role == TriggerRole::kSpeech || trigger->role == TriggerRole::kLight) continue;
      if (VerbTriggerMatches(*trigger, clause, prep_np)) return trigger;
    }
    return nullptr;
  }

  // The infinitive or complement clause that clause `c` governs, or kNone.
  int DependentClause(int c) const {
    for (size_t k = static_cast<size_t>(c) + 1; k < a_.clauses.size(); ++k) {
      const Clause& dep = a_.clauses[k];
      if (dep.governor == c &&
          (dep.link == ClauseLink::kInfinitive || dep.link == ClauseLink::kComplement)) {
        return static_cast<int>(k);
      }
    }
    return kNone;
  }

  // The party a dependent clause acts on: "refused [to meet King Abdullah]",
  // "offered [to hand over to Britain]", "demanded [that the US cancel]".
  std::optional<ActorSpan> TargetOfDependent(int dep, bool subject_too) const {
    if (dep == kNone) return std::nullopt;
    const Clause& clause = a_.clauses[dep];
    if (subject_too && clause.link == ClauseLink::kComplement) {
      if (auto subject = TargetOfNp(clause.subject)) return subject;
    }
    if (auto object = TargetOfNp(clause.object)) return object;
    if (auto party = PartyAfterObject(clause.object)) return party;
    int prep_np = kNone;
    const Trigger* trigger = MatchingTrigger(dep, prep_np);
    if (prep_np != kNone) return TargetOfNp(prep_np);
    if (trigger != nullptr && !trigger->target_preps.empty()) {
      if (auto target = TargetOfNp(PrepNp(clause, trigger->target_preps))) return target;
    }
    // "lift embargoes on pharmaceutical sales in late February [to Iran]":
    // the first of its phrases that names a party.
    for (const PrepArgument& arg : clause.preps) {
      if (!IsAny(Lemma(arg.prep), {"to", "with", "on", "against", "from", "into"})) continue;
      if (auto party = TargetOfNp(arg.np)) return party;
      // "refused to respond to a demand from the US President"
      if (auto party = ProposalParty(arg.np)) return party;
    }
    // "threatened to institute a curfew in Algiers": the place acted on.
    for (const PrepArgument& arg : clause.preps) {
      if (!IsAny(Lemma(arg.prep), {"in", "into"})) continue;
      auto place = ActorOfNp(arg.np);
      if (place && IsCountryOrCapital(*place)) return place;
    }
    return std::nullopt;
  }

  // "... unless Israel rescinds the annexation", "... if the United States
  // goes ahead": the party a threat or ultimatum is addressed to.
  std::optional<ActorSpan> ConditionParty(const VerbGroup& vg) const {
    for (size_t k = vg.end; k < n_; ++k) {
      if (!IsAny(Lemma(k), {"unless", "if"})) continue;
      for (const Clause& c : a_.clauses) {
        if (a_.verbs[c.verb].begin <= k || c.subject == kNone) continue;
        if (a_.nps[c.subject].begin != k + 1) continue;
        auto party = ActorOfNp(c.subject);
        if (party && party->kind != "anaphor") return party;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  // A statement of intent (src/code/intent.h): "offered to withdraw" is an
  // AGREE, "would blockade Paris" a THREATEN, "will not accept" a REJECT.
  void CodeIntent(int c, const Trigger* trigger, int prep_np, Intent intent) {
    const Clause& clause = a_.clauses[c];
    if (clause.quoted) return;
    // "agreed to", "refused to", "threatened to": the governing verb is the
    // event and takes its target from this clause.
    if (clause.link == ClauseLink::kInfinitive && clause.governor != kNone) {
      int unused = kNone;
      if (MatchingTrigger(clause.governor, unused) != nullptr) return;
    }
    if (intent == Intent::kObligation) {
      if (clause.link != ClauseLink::kComplement) return;
      auto speaker = SpeakerOf(clause);
      auto obliged = TargetOfNp(clause.subject);
      if (!speaker || !obliged || obliged->kind == "anaphor") return;
      const EventCode act = trigger != nullptr ? trigger->code : EventCode{"", "", "", ""};
      auto code = IntentCode(intent, act);
      if (!code) return;
      Trigger request;
      request.code = *code;
      EventMention m = NewMention(request, a_.verbs[clause.verb].head);
      m.source = speaker;
      m.target = obliged;
      m.target_np = clause.subject;
      out_.events.push_back(std::move(m));
      return;
    }
    if (trigger == nullptr) return;
    auto code = IntentCode(intent, trigger->code);
    if (!code) return;
    Trigger statement = *trigger;
    statement.code = *code;
    statement.casualty = false;
    statement.mutual = trigger->mutual && code->type == "AGREE";
    AddVerbEvent(clause, statement, prep_np, true);
  }

  void CodeClause(int c) {
    const Clause& clause = a_.clauses[c];
    const VerbGroup& vg = a_.verbs[clause.verb];
    const std::string_view lemma = Lemma(vg.head);
    const auto& triggers = dict_.VerbTriggers(lemma);
    const Intent intent = ClassifyIntent(a_, in_.lemmas, c);
    // "if Iran attacks the base": neither a fact nor an intention.
    const bool realis = intent != Intent::kCondition && IsRealis(clause);
    if (intent == Intent::kObligation) {
      int prep_np = kNone;
      CodeIntent(c, MatchingTrigger(c, prep_np), prep_np, intent);
      return;
    }
    // "a base hosting US troops": a participle describing a phrase is a
    // state of affairs unless it is violent or coercive.
    // So is a participle: "militias funded by Iran" (a relation, not aid).
    // But "issued a declaration demanding ...", "said in a statement
    // condemning ...": what a document says, its issuer says.
    const int issuing = IssuingClause(clause);
    const bool descriptive = clause.link == ClauseLink::kRelative && issuing == kNone &&
                             (vg.form == VerbForm::kGerund || vg.form == VerbForm::kParticiple);
    if (issuing != kNone) {
      const size_t before = out_.events.size();
      const bool issued = IsRealis(a_.clauses[issuing]);
      for (const Trigger* trigger : triggers) {
        int prep_np = kNone;
        if (!issued || trigger->role != TriggerRole::kEvent ||
            !VerbTriggerMatches(*trigger, clause, prep_np)) {
          continue;
        }
        AddVerbEvent(clause, *trigger, prep_np, false);
        break;
      }
      auto issuer = IssuerOf(clause.modified_np, a_.clauses[issuing]);
      for (size_t e = before; e < out_.events.size(); ++e) {
        out_.events[e].source = issuer;
        out_.events[e].background = IsHabitual(a_.clauses[issuing]);
      }
      return;
    }
    for (const Trigger* trigger : triggers) {
      if (descriptive && trigger->code.type != "ASSAULT" && trigger->code.type != "COERCE") {
        continue;
      }
      int prep_np = kNone;
      if (!VerbTriggerMatches(*trigger, clause, prep_np)) continue;
      switch (trigger->role) {
        case TriggerRole::kSpeech:
          return;
        case TriggerRole::kClaim:
          if (CodeClaim(clause, realis)) return;
          continue;  // "claimed that ...": a speech verb
        case TriggerRole::kDeny:
          CodeDenial(clause, *trigger);
          return;
        case TriggerRole::kBlame:
          CodeBlame(clause, *trigger, realis);
          return;
        case TriggerRole::kThreat:
          if (realis || vg.tense == Tense::kPresent) CodeThreat(c, *trigger, prep_np);
          return;
        case TriggerRole::kLight:
          if (realis) {
            CodeLightVerb(clause, Intent::kNone);
          } else if (intent != Intent::kNone && intent != Intent::kCondition && !clause.quoted) {
            CodeLightVerb(clause, intent);  // "will impose a curfew", "plans to hold talks"
          }
          return;
        case TriggerRole::kBack:
        case TriggerRole::kFront:
          if (!realis && intent == Intent::kWill) {
            CodeIntent(c, trigger, prep_np, intent);  // "will support": a promise
          } else {
            CodeBacking(clause, *trigger, realis);
          }
          return;
        case TriggerRole::kEvent:
          if (realis) {
            AddVerbEvent(clause, *trigger, prep_np, false);
          } else if (intent != Intent::kNone && intent != Intent::kCondition) {
            CodeIntent(c, trigger, prep_np, intent);
          }
          return;
      }
    }
    if (lemma == "be") CodePredicate(clause);
    if (lemma == "include" && vg.tense != Tense::kFuture && !vg.modal) CodeInclusion(clause);
    // "officials describe X as a front for Y", "analysts consider X a proxy of Y"
    if (IsAny(lemma, {"describe", "call", "consider", "regard", "see", "label", "brand", "view",
                      "name", "designate", "list"}) &&
        !vg.negated) {
      auto subject = RelationSubject(clause.object);
      int predicate = PrepNp(clause, {"as"});
      if (predicate == kNone && clause.object != kNone) {
        const uint32_t after = a_.nps[clause.object].end;
        if (after < n_) predicate = a_.np_of_token[after];
      }
      if (subject && predicate != kNone) {
        auto by = ActorOfNp(clause.subject);
        if (!by) by = SpeakerOf(clause);
        RelationFromPredicate(*subject, predicate, by);
      }
    }
  }

  // For a participle on a document ("a declaration [demanding that ...]",
  // "a statement [condemning the attack]"), the active clause that issues
  // or cites the document, or kNone.
  int IssuingClause(const Clause& clause) const {
    if (clause.link != ClauseLink::kRelative || clause.modified_np == kNone) return kNone;
    if (a_.verbs[clause.verb].form != VerbForm::kGerund) return kNone;
    if (!IsAny(Lemma(a_.nps[clause.modified_np].head),
               {"statement", "declaration", "letter", "communique", "communiqué", "resolution",
                "message", "petition", "memorandum", "decree", "note"})) {
      return kNone;
    }
    for (size_t c = 0; c < a_.clauses.size(); ++c) {
      const Clause& other = a_.clauses[c];
      if (&other == &clause || a_.verbs[other.verb].voice != Voice::kActive) continue;
      bool cites = other.object == clause.modified_np;
      for (const PrepArgument& arg : other.preps) cites = cites || arg.np == clause.modified_np;
      if (cites && IssuerOf(clause.modified_np, other)) return static_cast<int>(c);
    }
    return kNone;
  }

  // Who issued the document of phrase `np_index` cited by `citing`: one
  // named in the phrase ("a UN Security Council resolution", "the
  // council's resolution"), else the subject of a verb of issuing or saying
  // ("issued a declaration", "said in a statement").
  std::optional<ActorSpan> IssuerOf(int np_index, const Clause& citing) const {
    const NounPhrase& np = a_.nps[np_index];
    if (np.possessor != kNone) {
      if (auto owner = ActorOfNp(np.possessor); owner && owner->kind != "anaphor") return owner;
    }
    if (const ActorSpan* inside = SpanIn(np.begin, np.head, -1);
        inside != nullptr && inside->kind != "anaphor" && inside->compound.empty()) {
      return *inside;
    }
    if (!IsAny(Lemma(a_.verbs[citing.verb].head),
               {"issue", "release", "publish", "send", "adopt", "pass", "sign", "deliver",
                "circulate", "approve", "present", "submit", "post", "say", "write", "announce",
                "state", "read"})) {
      return std::nullopt;
    }
    return ActorOfNp(citing.subject);
  }

  // "threatened to ban X", "vowed to retaliate", "vowed to democratize":
  // the infinitive decides between a threat and a promise, and its target.
  void CodeThreat(int c, const Trigger& trigger, int prep_np) {
    const Clause& clause = a_.clauses[c];
    Trigger statement = trigger;
    const int dep = DependentClause(c);
    if (dep != kNone && a_.clauses[dep].link == ClauseLink::kInfinitive) {
      int dep_prep = kNone;
      if (const Trigger* act = MatchingTrigger(dep, dep_prep)) {
        const bool threat_verb = IsAny(Lemma(a_.verbs[clause.verb].head), {"threaten", "warn"});
        auto code = IntentCode(threat_verb ? Intent::kThreat : Intent::kWill, act->code);
        if (code) statement.code = *code;
      }
    }
    // "warned that Iran would face serious consequences": the threatened
    // party is the subject of what is said.
    if (dep != kNone && a_.clauses[dep].link == ClauseLink::kComplement && clause.object == kNone &&
        prep_np == kNone) {
      const int subject = a_.clauses[dep].subject;
      if (auto party = TargetOfNp(subject); party && party->kind != "anaphor") {
        const int dep_prep = PrepNp(clause, statement.target_preps);
        if (dep_prep == kNone) {
          AddVerbEvent(clause, statement, subject, true);
          return;
        }
      }
    }
    AddVerbEvent(clause, statement, prep_np, true);
  }

  EventMention NewMention(const Trigger& trigger, uint32_t token) const {
    EventMention m;
    m.code = trigger.code;
    m.trigger = token;
    m.mutual = trigger.mutual;
    return m;
  }

  // The place named in the phrase of a generic actor at `span`: after "in",
  // "from" or "near" within its phrase and the participle or prepositional
  // phrases after it ("refugees fleeing the civil war [in Liberia]",
  // "parties to the conflict [in Iraq]"), before any comma, finite verb or
  // clause of its own. Empty when there is none.
  std::pair<uint32_t, uint32_t> PlaceOfGenericActor(const ActorSpan& span) const {
    if (span.kind != "agent" || !span.actor.country.empty()) return {0, 0};
    for (uint32_t k = span.end; k + 1 < n_ && k < span.end + 10; ++k) {
      const T tag = Tag(k);
      if (tag == T::kComma || tag == T::kCC || tag == T::kMD || tag == T::kVBD || tag == T::kVBZ ||
          tag == T::kVBP || tag == T::kVB || tag == T::kWDT || tag == T::kWP ||
          Lemma(k) == "that") {
        break;
      }
      if (!IsAny(Lemma(k), {"in", "from", "near"})) continue;
      const int np = a_.np_of_token[k + 1];
      if (np == kNone) break;
      return {a_.nps[np].begin, a_.nps[np].end};
    }
    return {0, 0};
  }

  void FinishMention(EventMention& m, const Clause* clause) {
    if (m.source)
      std::tie(m.source_place_begin, m.source_place_end) = PlaceOfGenericActor(*m.source);
    if (m.target)
      std::tie(m.target_place_begin, m.target_place_end) = PlaceOfGenericActor(*m.target);
    if (m.code.type == "ASSAULT") {
      m.weapons = weapons_;
      if (m.code.mode.empty()) m.code.mode = weapon_mode_;
      RefineCameo(m.code);
    }
    if (clause != nullptr) {
      m.speaker = SpeakerOf(*clause);
      // The speaker is not the actor of the event it reports; but a group
      // saying "its fighters" or "it" did something claims it.
      if (m.speaker && m.source && m.source->kind == "anaphor" && m.code.type == "ASSAULT" &&
          IsAny(Lower(in_.tokens[m.source->begin].text),
                {"it", "they", "we", "its", "their", "our"}) &&
          m.speaker->kind != "anaphor") {
        m.source = m.speaker;
        out_.claims.push_back(ClaimMention{*m.speaker, kNone, m.code.type});
      } else if (m.source && m.source->kind == "anaphor" && m.source->end == m.source->begin + 1) {
        // "Syria says it will withdraw", "the rebels said they would": a
        // pronoun subject of what a speaker says is the speaker.
        auto direct = SpeakerOf(*clause, true);
        const std::string pronoun = Lower(in_.tokens[m.source->begin].text);
        if (direct && direct->kind != "anaphor" &&
            IsAny(pronoun, {"it", "they", "we", "he", "she", "i", "its", "their", "our"})) {
          m.source = direct;
        }
      }
    }
    out_.events.push_back(std::move(m));
  }

  static void RefineCameo(EventCode& code) {
    if (code.cameo != "190" && code.cameo != "183") return;
    if (code.mode == "aerial") code.cameo = "195";
    if (code.mode == "drone") code.cameo = "1952";
    if (code.mode == "heavy-weapons") code.cameo = "194";
    if (code.mode == "firearms") code.cameo = "193";
    if (code.mode == "suicide-attack") code.cameo = "1831";
    if (code.mode == "explosives" && code.cameo == "190") code.cameo = "183";
  }

  void AddVerbEvent(const Clause& clause, const Trigger& trigger, int prep_np, bool statement) {
    const VerbGroup& vg = a_.verbs[clause.verb];
    // "halted mediation": the object is part of the trigger, not an event of its own.
    if (trigger.words.size() > 1 && clause.object != kNone &&
        std::find(trigger.words.begin() + 1, trigger.words.end(),
                  Lemma(a_.nps[clause.object].head)) != trigger.words.end()) {
      used_np_[clause.object] = true;
    }
    EventMention m = NewMention(trigger, vg.head);
    // "one contractor killed, five injured": a casualty verb with no object
    // is a reduced passive.
    const bool reduced_passive = trigger.casualty && vg.voice == Voice::kActive &&
                                 clause.object == kNone && clause.agent == kNone &&
                                 vg.form == VerbForm::kFinite && prep_np == kNone &&
                                 PrepNp(clause, {"with"}) == kNone;
    // "Israel is opposed to French mediation": a state, not a passive — the
    // subject opposes what follows "to".
    const bool stative = vg.voice == Voice::kPassive && clause.agent == kNone &&
                         Lemma(vg.head) == "oppose" && vg.end < n_ && Lemma(vg.end) == "to";
    const bool passive = (vg.voice == Voice::kPassive && !stative) || reduced_passive;
    int target_np = kNone;
    if (trigger.target_is_subject) {
      m.target = TargetOfNp(clause.subject);
      target_np = clause.subject;
      m.source = ActorOfNp(clause.agent);
    } else if (passive) {
      m.source = ActorOfNp(clause.agent);
      m.target = TargetOfNp(clause.subject != kNone ? clause.subject : clause.object);
      target_np = clause.subject != kNone ? clause.subject : clause.object;
    } else {
      m.source = ActorOfNp(clause.subject);
      // "withdrew its troops from X": the actor's own forces are not a target.
      // "mobilized army reservists": the forces mobilized are the actor's.
      auto object_actor = ActorOfNp(clause.object);
      const bool own_forces =
          clause.object != kNone &&
          ((Tag(a_.nps[clause.object].begin) == T::kPRPS && !trigger.target_preps.empty()) ||
           (m.code.type == "MOBILIZE" && object_actor && object_actor->kind == "agent" &&
            IsAny(object_actor->actor.sector, {"MIL", "COP"})));
      if (!own_forces) {
        m.target = TargetOfNp(clause.object);
        target_np = clause.object;
      }
    }
    if (!m.target) {
      const int np = prep_np != kNone ? prep_np : PrepNp(clause, trigger.target_preps);
      if (np != kNone) {
        m.target = TargetOfNp(np);
        target_np = np;
      }
    }
    const int clause_index = IndexOf(clause);
    if (!m.target && !passive) {
      // "rejected an offer from X", "demanded the withdrawal of Serbian forces"
      m.target = ProposalParty(clause.object);
    }
    // "demanded that the US cancel ...": the party addressed.
    if (!m.target && m.code.type == "REQUEST") {
      uint32_t k = vg.end;
      while (k < n_ && k < vg.end + 3 && (IsAdverb(Tag(k)) || Tag(k) == T::kNNP) &&
             Lemma(k) != "that") {
        ++k;  // "demanded Friday that"
      }
      if (k + 1 < n_ && Lemma(k) == "that") m.target = TargetOfNp(a_.np_of_token[k + 1]);
    }
    // "demanded the removal of X", "rejected the return of Y": the party the
    // demanded or refused act concerns.
    if (!m.target && !passive && clause.object != kNone &&
        IsAny(m.code.type, {"REQUEST", "REJECT", "CONCEDE", "AGREE"})) {
      m.target = TargetOfNp(a_.nps[clause.object].of_complement);
    }
    // "conceded to demands from UNITA"
    for (size_t p = 0; !m.target && p < clause.preps.size(); ++p) {
      m.target = ProposalParty(clause.preps[p].np);
    }
    if (!m.target && !passive) {
      // With no object, from the first phrase after the verb: "reneged on
      // his commitment [to the Zambian people]".
      const int first = clause.object != kNone || clause.preps.empty() || m.code.type == "ASSAULT"
                            ? clause.object
                            : clause.preps.front().np;
      // The author of what is criticised, or who is to act on a demand:
      // "an admission [by Moscow]".
      m.target = PartyAfterObject(first, m.code.type);
      // "hacked into the computers of South Korean officers"
      if (!m.target && first != clause.object && IsFacilityNoun(Lemma(a_.nps[first].head))) {
        m.target = TargetOfNp(first);
      }
    }
    if (!m.target) {
      const int dep = DependentClause(clause_index);
      m.target = TargetOfDependent(dep, m.code.type == "REQUEST");
      // "refused to meet X": a REJECT of a meeting.
      int dep_prep = kNone;
      const Trigger* act = dep != kNone ? MatchingTrigger(dep, dep_prep) : nullptr;
      if (act != nullptr && m.code.mode.empty() &&
          (m.code.type == "REJECT" || m.code.type == "AGREE" || m.code.type == "REQUEST")) {
        const Intent intent = m.code.type == "REJECT"  ? Intent::kWillNot
                              : m.code.type == "AGREE" ? Intent::kWill
                                                       : Intent::kObligation;
        if (auto code = IntentCode(intent, act->code); code && code->type == m.code.type) {
          m.code.mode = code->mode;
        }
      }
    }
    if (!trigger.source_preps.empty()) {
      if (auto source = ActorOfNp(PrepNp(clause, trigger.source_preps))) m.source = source;
    }
    m.target_np = target_np;
    // What is refused is not done: "opposed to French mediation", "rejected
    // the deployment" — no event of its own.
    if (m.code.type == "REJECT") {
      for (const int np : {clause.object, PrepNp(clause, {"to"})}) {
        if (np != kNone && NounTriggerAt(a_.nps[np].head) != nullptr) used_np_[np] = true;
      }
    }
    // "A drone attack wounded two", "Rockets killed a contractor": the
    // subject is the event or the weapon, not an actor.
    const int subject = passive ? clause.agent : clause.subject;
    if (subject != kNone && !statement) {
      const NounPhrase& np = a_.nps[subject];
      if (const Trigger* noun = NounTriggerAt(np.head); noun && noun->code.type == "ASSAULT") {
        if (trigger.casualty || trigger.code.type == "ASSAULT") {
          m.code = noun->code;
          m.source = NominalSource(subject);
          used_np_[subject] = true;
          m.definite = IsDefinite(subject);
        }
      } else if (const Trigger* weapon = WeaponAt(np.head); weapon && m.code.type == "ASSAULT") {
        if (m.code.mode.empty()) m.code.mode = weapon->code.mode;
      }
    }
    // Casualty reports without a known perpetrator describe an attack
    // told elsewhere ("two soldiers were killed", ", killing a contractor").
    if (trigger.casualty && !m.source &&
        (passive || clause.link == ClauseLink::kAdverbial ||
         clause.link == ClauseLink::kCoordinated)) {
      m.casualty_only = true;
    }
    if (trigger.mutual && !m.target) {
      m.target = TargetOfNp(PrepNp(clause, {"with", "against"}));
    }
    // "Saudi Arabia and Iran agreed", "X and Y clashed": the second conjunct
    // of a reciprocal event's subject is its other side.
    const bool reciprocal = trigger.mutual || trigger.code.type == "AGREE" ||
                            trigger.code.type == "CONSULT" || trigger.code.type == "COOPERATE" ||
                            trigger.code.cameo == "057";
    if (reciprocal && !m.target && !passive && clause.subject != kNone) {
      m.target = TargetOfNp(a_.nps[clause.subject].conjunct);
    }
    if (!m.target && m.code.type == "THREATEN") m.target = ConditionParty(vg);
    if (!m.target && m.code.type == "PROTEST") m.target = ProtestedParty(m);
    if (!m.target) m.target = PlaceAsTarget(clause, m);
    if (!m.target) MarkPlaceOfAct(clause, m);
    if (!m.target && m.code.type == "ASSAULT") MarkPlaceAttacked(target_np, m);
    // "authorities are failing ..., a rights group protested": a protest
    // in words is a criticism (CAMEO 111), not a demonstration.
    if (m.code.type == "PROTEST" && Lemma(vg.head) == "protest" && IsSpeaking(clause)) {
      m.code = EventCode{"ACCUSE", "disapprove", "111", ""};
    }
    // "peacekeepers arrived in Bosnia", "troops arrived": not a visit.
    if (m.code.type == "CONSULT" && m.code.mode == "visit" && clause.subject != kNone) {
      const NounPhrase& np = a_.nps[clause.subject];
      bool peacekeeping = false;
      // "the first deployment of NATO peacekeeping troops"
      const uint32_t end =
          np.of_complement != kNone ? a_.nps[np.of_complement].end : static_cast<uint32_t>(np.end);
      for (uint32_t k = np.begin; k < end; ++k) {
        peacekeeping = peacekeeping || Lemma(k).find("peacekeep") != std::string_view::npos ||
                       Lemma(k).find("peace-keep") != std::string_view::npos;
      }
      if (peacekeeping) {
        m.code = EventCode{"AID", "", "074", ""};
      } else if (m.source && m.source->actor.sector == "MIL") {
        m.code = EventCode{"MOBILIZE", "troops", "154", ""};
      }
    }
    m.background = IsHabitual(clause) || IsUndone(clause);
    if (IsInterceptionOfWeapons(trigger, passive ? clause.subject : clause.object)) {
      // "almost all were shot down by Israel", "intercepted the drones":
      // the defence is told with the attack, not as an attack of its own.
      m.background = true;
      m.source.reset();
      m.target.reset();
    }
    FinishMention(m, &clause);
  }

  // A participle on what another act of the sentence lifts, eases or ends
  // tells of an earlier act: "shortened [the curfew imposed in Sudan]",
  // "released the prisoners detained last week".
  bool IsUndone(const Clause& clause) const {
    if (clause.link != ClauseLink::kRelative || clause.modified_np == kNone) return false;
    for (size_t c = 0; c < a_.clauses.size(); ++c) {
      if (a_.clauses[c].object != clause.modified_np || &a_.clauses[c] == &clause) continue;
      int prep_np = kNone;
      const Trigger* undoing = MatchingTrigger(static_cast<int>(c), prep_np);
      if (undoing != nullptr && IsAny(undoing->code.type, {"CONCEDE", "RETREAT"})) return true;
    }
    return false;
  }

  // Whether `trigger` shoots down or intercepts what phrase `np_index`
  // names: weapons, or a number or quantity of them ("almost all", "99
  // percent", "most of them").
  bool IsInterceptionOfWeapons(const Trigger& trigger, int np_index) const {
    const bool intercepts = trigger.words.front() == "intercept" ||
                            (trigger.words.size() == 2 && trigger.words[1] == "down");
    if (!intercepts || np_index == kNone) return false;
    const NounPhrase& np = a_.nps[np_index];
    if (WeaponAt(np.head) != nullptr) return true;
    const T head = Tag(np.head);
    return head == T::kCD || head == T::kPRP || head == T::kDT ||
           IsAny(Lemma(np.head), {"percent", "most", "majority", "rest", "all", "some"});
  }

  // Types whose target PLOVER takes from the place acted on when no party
  // is named (a protest addresses the rulers of the place it is held in):
  // not meetings and agreements (a venue), not violence (where it happened).
  static bool TakesPlaceTarget(std::string_view type) {
    return IsAny(type, {"RETREAT", "COERCE", "THREATEN", "CONCEDE", "AID", "ACCUSE", "SANCTION",
                        "MOBILIZE", "PROTEST"});
  }

  // The phrases an act may be done in: the clause's own, and for the
  // types that take a place as target those of a participle on its object
  // ("shortened the curfew [imposed in Sudan]").
  std::vector<PrepArgument> PlacePhrases(const Clause& clause, const EventMention& m) const {
    std::vector<PrepArgument> phrases = clause.preps;
    if (clause.object == kNone || !TakesPlaceTarget(m.code.type)) return phrases;
    for (const Clause& c : a_.clauses) {
      if (c.link == ClauseLink::kRelative && c.modified_np == clause.object) {
        phrases.insert(phrases.end(), c.preps.begin(), c.preps.end());
      }
    }
    return phrases;
  }

  void MarkPlaceOfAct(const Clause& clause, EventMention& m) const {
    if (!TakesPlaceTarget(m.code.type)) return;
    for (const PrepArgument& arg : PlacePhrases(clause, m)) {
      if (!IsPlacePreposition(Lemma(arg.prep))) continue;
      m.place_begin = a_.nps[arg.np].begin;
      m.place_end = a_.nps[arg.np].end;
      return;
    }
  }

  // An attack on a place with no party named ("shelled the town", "retook a
  // village in Western Cambodia", "fired at targets in Jericho") is on that
  // place, as PLOVER codes it: the pipeline makes the place resolved in the
  // phrase (and its "in", "near" or "of" complement) the target.
  void MarkPlaceAttacked(int np_index, EventMention& m) const {
    if (np_index == kNone) return;
    const NounPhrase& np = a_.nps[np_index];
    const std::string_view head = Lemma(np.head);
    if (!IsPlaceNoun(head) && !IsFacilityNoun(head) && Tag(np.head) != T::kNNP) return;
    uint32_t end = np.end;
    if (const int in = PrepAfterNp(np_index, {"in", "near", "of", "outside"}); in != kNone) {
      end = a_.nps[in].end;
    }
    m.place_begin = np.begin;
    m.place_end = end;
  }

  // Does a clause report something said: a clause depends on it as its
  // complement ("protested that ...", "..., a group protested")?
  bool IsSpeaking(const Clause& clause) const {
    const int self = IndexOf(clause);
    return std::any_of(a_.clauses.begin(), a_.clauses.end(), [&](const Clause& c) {
      return c.governor == self && c.link == ClauseLink::kComplement;
    });
  }

  bool IsSpeechVerb(uint32_t k) const { return IsVerb(Tag(k)) && IsSpeechLemma(Lemma(k), false); }

  // What a protest is against when no phrase of its own says so: the first
  // actor named after it in the sentence, outside the places it is held in
  // and before any ", witnesses said" ("staged demonstrations to demand the
  // resignation of President Suharto", "blocked streets in Hong Kong in
  // defiance of Chinese authorities").
  std::optional<ActorSpan> ProtestedParty(const EventMention& m) const {
    for (const ActorSpan& span : in_.actors) {
      if (span.begin <= m.trigger) continue;
      bool reported = false;
      for (uint32_t k = m.trigger + 1; k < span.begin && !reported; ++k) {
        if (Tag(k) != T::kComma) continue;
        for (uint32_t j = k + 1; j < n_ && j <= k + 5 && !reported; ++j) reported = IsSpeechVerb(j);
      }
      if (reported) break;
      if (span.kind == "anaphor" || !span.compound.empty()) continue;
      if (m.source && IdentityKey(span) == IdentityKey(*m.source)) continue;
      // "joining thousands of demonstrators": people at large protest along.
      if (span.kind == "agent" && IsAny(span.actor.sector, {"CVL", "OPP", "REF"})) continue;
      int np = a_.np_of_token[span.begin];
      // "in East Timor's capital Dili": from the start of the owner.
      for (int guard = 0; np != kNone && guard < 3; ++guard) {
        const int owner = OwnerOf(np);
        if (owner == kNone) break;
        np = owner;
      }
      const bool held_there =
          np != kNone && a_.nps[np].begin > 0 &&
          IsAny(Lemma(a_.nps[np].begin - 1),
                {"in", "at", "near", "outside", "throughout", "across", "inside", "around"});
      if (held_there) continue;
      return span;
    }
    return std::nullopt;
  }

  // The phrase that owns phrase `np_index` ("[East Timor]'s capital
  // Dili"), or kNone.
  int OwnerOf(int np_index) const {
    const int possessor = a_.nps[np_index].possessor;
    return possessor != kNone && possessor != np_index ? possessor : kNone;
  }

  // With no other party, a country or capital the act is done in, to or
  // from is what it affects: "lifted the curfew in Montenegro", "opened an
  // embassy in Tehran", "will withdraw its troops from Lebanon". Not for
  // violence, where the place is where it happened.
  std::optional<ActorSpan> PlaceAsTarget(const Clause& clause, const EventMention& m) const {
    if (m.code.type == "ASSAULT") return std::nullopt;
    for (const PrepArgument& arg : PlacePhrases(clause, m)) {
      if (!IsPlacePreposition(Lemma(arg.prep))) continue;
      auto place = ActorOfNp(arg.np);
      if (!place || !IsCountryOrCapital(*place)) continue;
      if (m.source && m.source->actor.country == place->actor.country &&
          !TargetsOwnCountry(m.code.type)) {
        continue;  // "Iran agreed in Tehran": not a party
      }
      return place;
    }
    return std::nullopt;
  }

  // The party behind or subject to a proposal, demand or act named by an
  // object phrase: "an offer [from Afghanistan]", "a call [by Belarus's
  // rulers]", "the withdrawal [of Serbian forces]".
  std::optional<ActorSpan> ProposalParty(int np_index) const {
    if (np_index == kNone) return std::nullopt;
    const NounPhrase& np = a_.nps[np_index];
    const std::string_view head = Lemma(np.head);
    const bool proposal = IsProposalNoun(head);
    const bool act = NounTriggerAt(np.head) != nullptr;
    if (!proposal && !act) return std::nullopt;
    if (act && np.of_complement != kNone) {
      if (auto party = TargetOfNp(np.of_complement)) return party;
    }
    if (proposal) {
      if (auto party = ActorOfNp(PrepAfterNp(np_index, {"from", "by"}))) return party;
      if (np.possessor != kNone) return ActorOfNp(np.possessor);
    }
    return std::nullopt;
  }

  // A party named in a phrase after an object or its of-complement:
  // "boycott all contact [with the United States]", "a suspension of air
  // links [with Serbia]", "sanctions [against Nigeria]". For a criticism or
  // inquiry the author of what it is about counts too ("investigating
  // alleged war crimes [by Croatian extremists]"), and for a demand who is
  // asked ("demanding autonomy [from Serbian authorities]").
  std::optional<ActorSpan> PartyAfterObject(int np_index, std::string_view type = {}) const {
    static const std::vector<std::string> kParty = {"with", "against", "to",    "toward", "towards",
                                                    "on",   "over",    "among", "between"};
    auto extended = [](std::vector<std::string> preps, std::initializer_list<const char*> more) {
      preps.insert(preps.end(), more.begin(), more.end());
      return preps;
    };
    static const std::vector<std::string> kPartyOrAuthor = extended(kParty, {"by"});
    static const std::vector<std::string> kPartyAsked = extended(kParty, {"by", "from"});
    // Also for an act stopped or refused ("prevented the demonstration
    // staged by students"), and for a seizure, who it is taken from.
    const bool authors_too = IsAny(type, {"ACCUSE", "REQUEST", "COERCE", "REJECT", "SANCTION"});
    const std::vector<std::string>& preps = type == "REQUEST" || type == "COERCE" ? kPartyAsked
                                            : authors_too                         ? kPartyOrAuthor
                                                                                  : kParty;
    for (int hops = 0; np_index != kNone && hops < 3; ++hops) {
      // "weapons and explosives [from X]": after the last conjunct.
      for (int guard = 0; a_.nps[np_index].conjunct != kNone && guard < 4; ++guard) {
        np_index = a_.nps[np_index].conjunct;
      }
      int pp = PrepAfterNp(np_index, preps);
      if (pp == kNone && IsAidNoun(Lemma(a_.nps[np_index].head))) {
        pp = PrepAfterNp(np_index, {"for"});
      }
      auto party = ActorOfNp(pp);
      // "a stronghold on the Thai border": a place, not a party.
      const bool area = pp != kNone && IsAny(Lemma(a_.nps[pp].head), {"border", "frontier", "side",
                                                                      "coast", "area", "region"});
      if (party && party->kind != "anaphor" && !area) return party;
      // "alleged crimes committed [by Croat forces]"
      if (authors_too) {
        for (const Clause& c : a_.clauses) {
          if (c.link != ClauseLink::kRelative || c.modified_np != np_index) continue;
          if (auto author = ActorOfNp(c.agent); author && author->kind != "anaphor") return author;
        }
      }
      // On through "of", "for" and "into": "reservists for a possible war
      // [against Iraq]", "an investigation into alleged crimes [by X]".
      const int next = a_.nps[np_index].of_complement;
      np_index = next != kNone ? next : PrepAfterNp(np_index, {"for", "into"});
    }
    return std::nullopt;
  }

  // The event noun a light verb takes ("launched an attack", "gave Tanzania
  // a grant", "gave the country five million dollars of aid"): its phrase,
  // and the recipient of a two-object verb.
  int LightVerbEventNp(const Clause& clause, int& recipient, uint32_t& trigger) const {
    recipient = kNone;
    int obj = clause.object;
    if (obj == kNone) return kNone;
    // The event noun of a phrase: its head, the noun before a head such as
    // "effort" or "mission" ("a mediation effort"), or its of-complement.
    auto trigger_of = [&](int np) -> int64_t {
      const NounPhrase& p = a_.nps[np];
      if (NounTriggerAt(p.head) != nullptr) return p.head;
      if (p.head > p.begin &&
          IsAny(Lemma(p.head), {"effort", "mission", "bid", "campaign", "initiative", "process",
                                "attempt", "drive"}) &&
          NounTriggerAt(p.head - 1) != nullptr) {
        return p.head - 1;
      }
      return -1;
    };
    auto noun_in = [&](int np) {
      if (np == kNone) return kNone;
      if (int64_t t = trigger_of(np); t >= 0) {
        trigger = static_cast<uint32_t>(t);
        return np;
      }
      const int of = a_.nps[np].of_complement;
      if (of != kNone) {
        if (int64_t t = trigger_of(of); t >= 0) {
          trigger = static_cast<uint32_t>(t);
          return of;
        }
      }
      return kNone;
    };
    if (int np = noun_in(obj); np != kNone) return np;
    // A second object after an actor: "gave [Tanzania] [a grant]".
    const uint32_t after = a_.nps[obj].end;
    if (after < n_ && a_.np_of_token[after] != kNone && ActorOfNp(obj)) {
      if (int np = noun_in(a_.np_of_token[after]); np != kNone) {
        recipient = obj;
        return np;
      }
    }
    return kNone;
  }

  // The ACCUSE event (CAMEO 112) of one actor blaming another for an act.
  void AddAccusation(const ActorSpan& by, const ActorSpan& blamed, uint32_t token) {
    Trigger accuse;
    accuse.code = EventCode{"ACCUSE", "allege", "112"};
    EventMention m = NewMention(accuse, token);
    m.source = by;
    m.target = blamed;
    out_.events.push_back(std::move(m));
  }

  // "'... it was carried out by radical Iran-backed militant groups,' Biden
  // said": a speaker naming who did the act a pronoun or an event noun
  // stands for blames them (an attribution and an ACCUSE), unless the
  // speaker names itself. True when coded.
  bool CodeReportedPerpetrator(const Clause& clause) {
    const VerbGroup& vg = a_.verbs[clause.verb];
    if (vg.voice != Voice::kPassive || clause.agent == kNone || clause.subject == kNone) {
      return false;
    }
    const NounPhrase& subject = a_.nps[clause.subject];
    const Trigger* noun = NounTriggerAt(subject.head);
    const bool refers = noun != nullptr || (subject.pronoun && Lemma(subject.head) == "it");
    if (!refers) return false;
    auto perpetrator = ActorOfNp(clause.agent);
    auto by = SpeakerOf(clause);
    if (!perpetrator || perpetrator->kind == "anaphor" || !by ||
        IdentityKey(*by) == IdentityKey(*perpetrator)) {
      return false;
    }
    AttributionMention attribution{*perpetrator, by, clause.subject,
                                   noun != nullptr ? noun->code.type : "ASSAULT"};
    if (noun != nullptr) used_np_[clause.subject] = true;
    out_.attributions.push_back(attribution);
    AddAccusation(*by, *perpetrator, vg.head);
    return true;
  }

  void CodeLightVerb(const Clause& clause, Intent intent) {
    const VerbGroup& vg = a_.verbs[clause.verb];
    if (intent == Intent::kNone && CodeReportedPerpetrator(clause)) return;
    if (clause.object == kNone) return;
    const NounPhrase& obj = a_.nps[clause.object];
    int recipient = kNone;
    uint32_t trigger_token = 0;
    if (const int event_np = LightVerbEventNp(clause, recipient, trigger_token);
        event_np != kNone) {
      Trigger noun = *NounTriggerAt(trigger_token);
      if (intent != Intent::kNone) {
        auto code = IntentCode(intent, noun.code);
        if (!code) return;
        noun.code = *code;
        noun.casualty = false;
      }
      EventMention m = NewMention(noun, trigger_token);
      m.source = ActorOfNp(vg.voice == Voice::kPassive ? clause.agent : clause.subject);
      int target_np = recipient;
      if (target_np == kNone) target_np = PrepAfterNp(event_np, noun.target_preps);
      if (target_np == kNone) target_np = PrepNp(clause, noun.target_preps);
      m.target = TargetOfNp(target_np);
      m.target_np = target_np;
      m.nominal = false;
      if (!m.target) {
        m.target = PartyAfterObject(event_np, m.code.type);
      }
      if (!m.target && m.code.type == "PROTEST") m.target = ProtestedParty(m);
      if (!m.target) m.target = PlaceAsTarget(clause, m);
      if (!m.target) {
        MarkPlaceOfAct(clause, m);
        // "extend the curfew [in Abidjan]": the place may follow the noun.
        if (const int place = PrepAfterNp(event_np, {"in", "on", "over"});
            m.place_end == 0 && place != kNone && TakesPlaceTarget(m.code.type)) {
          m.place_begin = a_.nps[place].begin;
          m.place_end = a_.nps[place].end;
        }
      }
      used_np_[event_np] = true;
      used_np_[clause.object] = true;
      FinishMention(m, &clause);
      return;
    }
    if (intent != Intent::kNone) return;
    // "ordered Carlos Menem to appear": an order to someone is a demand.
    if (Lemma(vg.head) == "order" && vg.voice == Voice::kActive) {
      const int self = IndexOf(clause);
      for (const Clause& c : a_.clauses) {
        if (c.link != ClauseLink::kInfinitive || c.governor != self) continue;
        Trigger demand;
        demand.code = EventCode{"REQUEST", "", "100", ""};
        EventMention m = NewMention(demand, vg.head);
        m.source = ActorOfNp(clause.subject);
        m.target = TargetOfNp(clause.object);
        m.target_np = clause.object;
        FinishMention(m, &clause);
        return;
      }
    }
    if (const Trigger* weapon = WeaponAt(obj.head)) {
      // "fired rockets at the base", "launched drones toward Israel"
      Trigger assault;
      assault.code = EventCode{"ASSAULT", weapon->code.mode, "190"};
      EventMention m = NewMention(assault, vg.head);
      m.source = ActorOfNp(clause.subject);
      const int target_np = PrepNp(clause, {"at", "on", "toward", "towards", "against", "into"});
      m.target = TargetOfNp(target_np);
      m.target_np = target_np;
      FinishMention(m, &clause);
    }
  }

  bool IsDefinite(int np_index) const {
    const NounPhrase& np = a_.nps[np_index];
    const std::string first = Lower(in_.tokens[np.begin].text);
    return np.possessor != kNone || first == "the" || first == "this" || first == "that" ||
           Tag(np.begin) == T::kPRPS;
  }

  // The actor of a nominal event: inside the phrase before the head ("US
  // airstrikes", "Houthi attacks"), its possessor ("Iran's attack"), or a
  // following "by" phrase.
  std::optional<ActorSpan> NominalSource(int np_index) const {
    const NounPhrase& np = a_.nps[np_index];
    if (const ActorSpan* span = SpanIn(np.begin, np.head, -1)) {
      // "Hamas repeated its demand", "insisted on their demands": the
      // owner is the subject of the clause the phrase belongs to.
      if (span->kind == "anaphor" && Tag(span->begin) == T::kPRPS) {
        for (const Clause& c : a_.clauses) {
          bool here = c.object == np_index;
          for (const PrepArgument& arg : c.preps) here = here || arg.np == np_index;
          if (!here || a_.verbs[c.verb].voice != Voice::kActive) continue;
          if (auto subject = ActorOfNp(c.subject)) return subject;
        }
      }
      return *span;
    }
    if (np.possessor != kNone) {
      if (auto actor = ActorOfNp(np.possessor)) return actor;
    }
    return ActorOfNp(PrepAfterNp(np_index, {"by"}));
  }

  // "X claimed responsibility for the attack", "X claimed the attack".
  bool CodeClaim(const Clause& clause, bool realis) {
    const VerbGroup& vg = a_.verbs[clause.verb];
    int event_np = kNone;
    bool claim = false;
    if (clause.object != kNone) {
      const NounPhrase& obj = a_.nps[clause.object];
      if (Lemma(obj.head) == "responsibility" || Lemma(obj.head) == "credit") {
        claim = true;
        event_np = PrepAfterNp(clause.object, {"for"});
        if (event_np == kNone) event_np = PrepNp(clause, {"for"});
      } else if (const Trigger* noun = NounTriggerAt(obj.head);
                 noun && noun->code.type == "ASSAULT") {
        claim = true;
        event_np = clause.object;
      }
    }
    // "The attack was claimed by Saraya Awliya al-Dam"
    if (!claim && vg.voice == Voice::kPassive && clause.subject != kNone && clause.agent != kNone) {
      if (const Trigger* noun = NounTriggerAt(a_.nps[clause.subject].head);
          noun && noun->code.type == "ASSAULT") {
        claim = true;
        event_np = clause.subject;
      }
    }
    if (!claim) return false;
    if (!realis || vg.negated) return true;
    auto claimant = ActorOfNp(vg.voice == Voice::kPassive ? clause.agent : clause.subject);
    if (!claimant) return true;
    ClaimMention mention{*claimant, event_np, ""};
    if (event_np != kNone) {
      used_np_[event_np] = true;
      if (const Trigger* noun = NounTriggerAt(a_.nps[event_np].head)) {
        mention.event_type = noun->code.type;
        // The claimed event itself, as a nominal mention with the claimant
        // as its likely source (merged with the attack reported elsewhere).
        EventMention m = NewMention(*noun, a_.nps[event_np].head);
        m.nominal = true;
        m.definite = IsDefinite(event_np);
        const int target_np = PrepAfterNp(event_np, noun->target_preps);
        m.target = TargetOfNp(target_np);
        m.target_np = target_np;
        FinishMention(m, nullptr);
      }
    }
    out_.claims.push_back(std::move(mention));
    return true;
  }

  void CodeDenial(const Clause& clause, const Trigger& trigger) {
    const VerbGroup& vg = a_.verbs[clause.verb];
    if (vg.negated || vg.modal || vg.tense == Tense::kFuture) return;
    EventMention m = NewMention(trigger, vg.head);
    m.source = ActorOfNp(clause.subject);
    if (!m.source) return;
    // "denied the accusations by Washington" / "denied that it was behind".
    m.target = ActorOfNp(PrepNp(clause, {"by", "from"}));
    FinishMention(m, &clause);
  }

  void CodeBlame(const Clause& clause, const Trigger& trigger, bool realis) {
    if (!realis) return;
    const VerbGroup& vg = a_.verbs[clause.verb];
    EventMention m = NewMention(trigger, vg.head);
    const bool passive = vg.voice == Voice::kPassive;
    m.source = ActorOfNp(passive ? clause.agent : clause.subject);
    m.target = ActorOfNp(passive ? clause.subject : clause.object);
    if (!m.target) return;
    int event_np = PrepNp(clause, {"for", "of", "over"});
    AttributionMention attribution{*m.target, m.source, event_np, ""};
    if (event_np != kNone) {
      if (const Trigger* noun = NounTriggerAt(a_.nps[event_np].head)) {
        attribution.event_type = noun->code.type;
        used_np_[event_np] = true;
      }
    }
    out_.attributions.push_back(attribution);
    FinishMention(m, &clause);
  }

  // "the US backs the militia", "Iran supports the Houthis": a relation.
  // A relation is a state: "Iran, which backs the Houthis" holds even in a
  // present-tense description that is not an event.
  void CodeBacking(const Clause& clause, const Trigger& trigger, bool realis) {
    const VerbGroup& vg = a_.verbs[clause.verb];
    if (vg.negated || vg.modal || vg.tense == Tense::kFuture) return;
    if (vg.voice == Voice::kPassive) {
      // "Kataib Hezbollah is backed by Iran", "both are funded by Iran".
      auto backed = RelationSubject(clause.subject);
      if (backed && backed->kind != "agent") {
        for (const ActorSpan& backer : ActorsOfNp(clause.agent)) {
          if (backer.kind == "anaphor" || backer.kind == "agent") continue;
          out_.relations.push_back(
              RelationMention{*backed, "backed_by", backer, SpeakerOf(clause), 0.6});
        }
      }
      if (!realis || trigger.code.type.empty()) return;
      EventMention m = NewMention(trigger, vg.head);
      m.source = ActorOfNp(clause.agent);
      m.target = ActorOfNp(clause.subject);
      if (m.source && m.target) FinishMention(m, &clause);
      return;
    }
    auto backer = ActorOfNp(clause.subject);
    // "Iran was a criminal regime that supports Hamas": the regime is Iran.
    if ((!backer || backer->kind == "agent") && clause.link == ClauseLink::kRelative) {
      for (const Clause& copula : a_.clauses) {
        if (copula.object == clause.modified_np && copula.subject != kNone &&
            Lemma(a_.verbs[copula.verb].head) == "be") {
          if (auto named = ActorOfNp(copula.subject)) backer = named;
        }
      }
    }
    if (backer && backer->kind != "anaphor" && backer->kind != "agent") {
      for (const ActorSpan& backed : ActorsOfNp(clause.object)) {
        if (backed.kind == "anaphor") continue;
        out_.relations.push_back(
            RelationMention{backed, "backed_by", *backer, SpeakerOf(clause), 0.6});
      }
    }
    if (!realis) return;
    auto backed = ActorOfNp(clause.object);
    EventMention m = NewMention(trigger, a_.verbs[clause.verb].head);
    if (trigger.code.type.empty()) return;
    m.source = backer;
    m.target = backed;
    if (m.source && m.target) FinishMention(m, &clause);
  }

  // Copular clauses: "X was behind the attack", "X is responsible for the
  // attack", "X is a front for Y".
  void CodePredicate(const Clause& clause) {
    const VerbGroup& vg = a_.verbs[clause.verb];
    if (vg.negated) return;
    auto subject = RelationSubject(clause.subject);
    if (!subject) return;
    const bool behind = PrepNp(clause, {"behind"}) != kNone;
    const bool responsible =
        vg.end < n_ && Lemma(vg.end) == "responsible" && PrepNp(clause, {"for"}) != kNone;
    if (behind || responsible) {
      const int event_np = behind ? PrepNp(clause, {"behind"}) : PrepNp(clause, {"for"});
      auto by = SpeakerOf(clause);
      AttributionMention attribution{*subject, by, event_np, ""};
      if (const Trigger* noun = NounTriggerAt(a_.nps[event_np].head)) {
        attribution.event_type = noun->code.type;
        used_np_[event_np] = true;
      }
      out_.attributions.push_back(attribution);
      if (by) AddAccusation(*by, *subject, vg.head);
      return;
    }
    if (clause.object != kNone) {
      RelationFromPredicate(*subject, clause.object, SpeakerOf(clause));
    }
  }

  // The subject of a stated relation: an actor, or a pronoun to resolve
  // against the document, plural ones included ("regard them as fronts",
  // "both are backed by Iran").
  std::optional<ActorSpan> RelationSubject(int np_index) const {
    if (auto actor = ActorOfNp(np_index)) return actor;
    if (np_index == kNone) return std::nullopt;
    const NounPhrase& np = a_.nps[np_index];
    if (np.end == np.begin + 1 &&
        (np.pronoun || IsAny(Lemma(np.begin), {"both", "these", "those", "they", "them"}))) {
      return Anaphor(np.begin, np.end);
    }
    return std::nullopt;
  }

  // The actors a phrase names: itself and its conjuncts ("Kataib
  // Hezbollah, Harakat al-Nujaba and other factions"), or the examples of
  // a generic phrase ("factions such as X and Y").
  std::vector<ActorSpan> ActorsOfNp(int np_index) const {
    std::vector<ActorSpan> actors;
    for (int k = np_index, guard = 0; k != kNone && guard < 8; k = a_.nps[k].conjunct, ++guard) {
      auto actor = ActorOfNp(k);
      if (actor && actor->kind != "agent") {
        actors.push_back(*actor);
      } else if (int example = SuchAsNp(k); example != kNone) {
        for (const ActorSpan& named : ActorsOfNp(example)) actors.push_back(named);
      }
    }
    return actors;
  }

  // "factions [such as] X": the NP of the first example, or kNone.
  int SuchAsNp(int np_index) const {
    const uint32_t k = a_.nps[np_index].end;
    if (k + 2 < n_ && Lemma(k) == "such" && Lemma(k + 1) == "as") return a_.np_of_token[k + 2];
    if (k + 3 < n_ && Tag(k) == T::kComma && Lemma(k + 1) == "such" && Lemma(k + 2) == "as") {
      return a_.np_of_token[k + 3];
    }
    if (k + 1 < n_ && IsAny(Lemma(k), {"including", "like"})) return a_.np_of_token[k + 1];
    // "factions, chiefly X and Y"
    if (k + 2 < n_ && Tag(k) == T::kComma &&
        IsAny(Lemma(k + 1), {"chiefly", "notably", "namely", "including", "especially",
                             "particularly", "mainly", "mostly", "principally"})) {
      return a_.np_of_token[k + 2];
    }
    return kNone;
  }

  // The phrase an of-complement stands for: "the arm of [Iran]'s [Guards]"
  // names the Guards, not Iran.
  int Possessed(int np_index) const {
    if (np_index == kNone) return kNone;
    const uint32_t k = a_.nps[np_index].end;
    if (k + 1 < n_ && Tag(k) == T::kPOS) {
      const int next = a_.np_of_token[k + 1];
      if (next != kNone && a_.nps[next].possessor == np_index) return next;
    }
    return np_index;
  }

  // A participle or relative clause on `np_index` whose verb is one of
  // `lemmas`, with the actors of its by-agent ("militias [backed by Iran]",
  // "names [used by Iran-backed factions]").
  std::vector<ActorSpan> AgentsOfRelative(int np_index, bool (*verb)(std::string_view)) const {
    for (const Clause& clause : a_.clauses) {
      if (clause.link != ClauseLink::kRelative || clause.modified_np != np_index) continue;
      const VerbGroup& vg = a_.verbs[clause.verb];
      if (vg.negated || vg.voice != Voice::kPassive || clause.agent == kNone) continue;
      if (!verb(Lemma(vg.head))) continue;
      return ActorsOfNp(clause.agent);
    }
    return {};
  }

  // "[a front] for Y", "[a proxy] of Y", "[an arm] of Y", "[an umbrella
  // group] of Iran-backed militias", "one of the militias [backed by Y]",
  // "one of several names [used by] Y".
  void RelationFromPredicate(const ActorSpan& subject, int np_index,
                             const std::optional<ActorSpan>& by, int depth = 0) {
    if (np_index == kNone || depth > 2) return;
    const NounPhrase& np = a_.nps[np_index];
    const std::string_view head = Lemma(np.head);
    // "one of the most powerful militias backed by Iran"
    if (IsAny(head, {"one", "among"}) && np.of_complement != kNone) {
      RelationFromPredicate(subject, np.of_complement, by, depth + 1);
      return;
    }
    int object_np = np.of_complement;
    if (object_np == kNone) object_np = PrepAfterNp(np_index, {"for", "of", "to"});
    object_np = Possessed(object_np);
    bool related = false;
    auto relate = [&](const char* relation, const ActorSpan& object) {
      if (object.kind == "anaphor" || IdentityKey(object) == IdentityKey(subject)) return;
      out_.relations.push_back(RelationMention{subject, relation, object, by, 0.7});
      related = true;
    };
    if (const char* relation = RelationForNoun(head)) {
      for (const ActorSpan& object : ActorsOfNp(object_np)) relate(relation, object);
      if (!related) {
        for (const ActorSpan& object : AgentsOfRelative(np_index, IsFrontVerb)) {
          relate(relation, object);
        }
      }
      if (related) return;
    }
    for (const ActorSpan& backer : AgentsOfRelative(np_index, IsBackingVerb)) {
      relate("backed_by", backer);
    }
    // Compounds inside the phrase or its complement: "an Iran-backed militia".
    for (int candidate : {np_index, object_np}) {
      if (candidate == kNone) continue;
      const NounPhrase& p = a_.nps[candidate];
      for (const ActorSpan& span : in_.actors) {
        if (span.begin < p.begin || span.end > p.end || span.compound.empty()) continue;
        if (const char* relation = RelationForCompound(span.compound)) relate(relation, span);
      }
    }
  }

  // The compound relation of an NP ("Iran-backed factions"), if any.
  const ActorSpan* CompoundIn(const NounPhrase& np, const char*& relation) const {
    for (const ActorSpan& span : in_.actors) {
      if (span.begin < np.begin || span.end > np.end || span.compound.empty()) continue;
      relation = RelationForCompound(span.compound);
      if (relation != nullptr) return &span;
    }
    return nullptr;
  }

  // Appositions ("X, an Iran-backed militia,"), premodifying compounds
  // ("the Iran-backed Kataib Hezbollah") and lists under a compound
  // ("Iran-backed factions such as X and Y", "X, Y and other Iran-backed
  // factions").
  void RelationsFromPhrases() {
    for (size_t k = 0; k < a_.nps.size(); ++k) {
      const NounPhrase& np = a_.nps[k];
      const ActorSpan* own = SpanIn(np.begin, np.end, static_cast<int>(np.head));
      // Generic agents ("Iran-backed militias") are not named parties of a relation.
      if (own != nullptr && own->kind == "agent") {
        const char* relation = nullptr;
        if (const ActorSpan* backer = CompoundIn(np, relation)) {
          // "Iran-backed factions such as X and Y"
          if (int example = SuchAsNp(static_cast<int>(k)); example != kNone) {
            for (const ActorSpan& named : ActorsOfNp(example)) {
              out_.relations.push_back(
                  RelationMention{named, relation, *backer, sentence_speaker_, 0.7});
            }
          }
          // "X, Y and other Iran-backed factions"
          if (Lemma(np.begin) == "other") {
            for (size_t j = 0; j < k; ++j) {
              if (!ListLeadsTo(static_cast<int>(j), static_cast<int>(k))) continue;
              for (int m = static_cast<int>(j); m != static_cast<int>(k); m = a_.nps[m].conjunct) {
                if (auto named = ActorOfNp(m); named && named->kind != "agent") {
                  out_.relations.push_back(
                      RelationMention{*named, relation, *backer, sentence_speaker_, 0.7});
                }
              }
              break;
            }
          }
        }
        own = nullptr;
      }
      if (own != nullptr && own->compound.empty()) {
        for (const ActorSpan& span : in_.actors) {
          if (span.begin < np.begin || span.end > np.end || span.compound.empty()) continue;
          if (const char* relation = RelationForCompound(span.compound)) {
            out_.relations.push_back(RelationMention{*own, relation, span, sentence_speaker_, 0.7});
          }
        }
      }
      if (np.apposition != kNone && own != nullptr && own->compound.empty()) {
        RelationFromPredicate(*own, np.apposition, sentence_speaker_);
      }
    }
  }

  // Does the conjunct chain from `first` reach `last`?
  bool ListLeadsTo(int first, int last) const {
    for (int m = first, guard = 0; m != kNone && guard < 8; m = a_.nps[m].conjunct, ++guard) {
      if (m == last) return m != first;
    }
    return false;
  }

  // "the umbrella includes X", "an umbrella for militias that includes X":
  // members of a coalition.
  void CodeInclusion(const Clause& clause) {
    if (a_.verbs[clause.verb].negated || clause.subject == kNone) return;
    std::optional<ActorSpan> whole = ActorOfNp(clause.subject);
    if (clause.link == ClauseLink::kRelative) {
      // The relative clause may hang on the apposition's complement: find
      // the named phrase whose apposition covers the modified phrase.
      const uint32_t at = a_.nps[clause.subject].begin;
      for (const NounPhrase& np : a_.nps) {
        if (np.apposition == kNone || a_.nps[np.apposition].begin > at) continue;
        if (at - a_.nps[np.apposition].begin > 8) continue;
        if (const ActorSpan* named = SpanIn(np.begin, np.end, static_cast<int>(np.head));
            named != nullptr && named->kind != "agent") {
          whole = *named;
        }
      }
    }
    if (!whole || whole->kind == "agent") return;
    if (whole->kind != "anaphor" && !IsGroupKindName(whole->kind)) return;
    for (const ActorSpan& member : ActorsOfNp(clause.object)) {
      if (member.kind == "anaphor" || member.kind == "agent") continue;
      out_.relations.push_back(
          RelationMention{member, "member_of", *whole, SpeakerOf(clause), 0.7});
    }
  }

  static bool IsGroupKindName(std::string_view kind) {
    return IsAny(kind, {"umbrella", "armed_group", "front_group", "party", "igo"});
  }

  // Is the event phrase `np_index` a reference to earlier or repeated
  // events: governed by "after", "following", "since", "in response to",
  // "in retaliation for"; or plural and undetermined, or "recent", "a
  // string of", "a campaign of" ("recent rocket attacks on bases")?
  bool IsBackgroundNp(int np_index) const {
    const NounPhrase& np = a_.nps[np_index];
    for (uint32_t k = np.begin; k < np.head; ++k) {
      if (IsAny(Lemma(k), {"recent", "previous", "earlier", "past", "prior", "former", "repeated",
                           "frequent", "several", "many", "numerous", "dozens"})) {
        return true;
      }
    }
    uint32_t k = np.begin;
    // "a string of attacks", "a campaign of rocket attacks"
    if (np.begin >= 2 && Lemma(np.begin - 1) == "of") {
      const int owner = a_.np_of_token[np.begin - 2];
      if (owner != kNone &&
          IsAny(Lemma(a_.nps[owner].head), {"string", "series", "wave", "campaign", "spate",
                                            "number", "dozen", "hundred", "history", "wake"})) {
        return true;
      }
      if (owner != kNone) k = a_.nps[owner].begin;
    }
    if (k >= 1 && IsAny(Lemma(k - 1), {"after", "following", "since", "before", "amid"})) {
      return true;
    }
    if (k >= 2 && IsAny(Lemma(k - 1), {"to", "for"}) &&
        IsAny(Lemma(k - 2), {"response", "retaliation", "revenge", "reprisal", "reply"})) {
      return true;
    }
    // "rocket attacks on bases" in general — but not "US airstrikes on ...",
    // whose own actor makes them a report of particular strikes.
    const bool plural = Tag(np.head) == T::kNNS || Tag(np.head) == T::kNNPS;
    const bool determined = Tag(np.begin) == T::kDT || Tag(np.begin) == T::kPRPS ||
                            Tag(np.begin) == T::kCD || np.possessor != kNone ||
                            SpanIn(np.begin, np.head, -1) != nullptr;
    return plural && !determined;
  }

  // A clause telling of habitual or repeated acts: "have repeatedly
  // attacked", "has struck targets several times in recent years".
  // "For much of the past two decades, the groups that fought ...", "Over
  // the last year, militias have attacked ...": a stretch of time before
  // token `end` makes what follows a pattern, not an event.
  bool StretchOfTimeBefore(uint32_t end) const {
    for (uint32_t k = 0; k + 1 < end; ++k) {
      if (!IsAny(Lemma(k), {"for", "over", "during", "throughout"})) continue;
      for (uint32_t j = k + 1; j < end && j <= k + 6; ++j) {
        if (IsAny(Lemma(j), {"year", "decade", "month"}) &&
            (Tag(j) == T::kNNS || IsAny(Lemma(j - 1), {"past", "last"}))) {
          return true;
        }
      }
    }
    return false;
  }

  bool IsHabitual(const Clause& clause, int depth = 0) const {
    const VerbGroup& vg = a_.verbs[clause.verb];
    // "where a Saudi-led coalition has fought the Houthis", "which has been
    // fighting since 2015": a perfect in a descriptive clause tells of a
    // state of affairs.
    bool perfect = false;
    for (uint32_t k = vg.begin; k < vg.head; ++k) {
      if (Lemma(k) == "have") perfect = true;
    }
    uint32_t start = vg.begin;
    if (clause.subject != kNone && a_.nps[clause.subject].begin < start) {
      start = a_.nps[clause.subject].begin;
    }
    if (perfect && start > 0 && IsAny(Lemma(start - 1), {"where", "whose", "which", "who"})) {
      return true;
    }
    if (StretchOfTimeBefore(vg.begin)) return true;
    // "the compound was hit earlier by a rocket barrage": an earlier event.
    if (vg.end < n_ && IsAny(Lemma(vg.end), {"earlier", "previously"}) &&
        (vg.end + 1 >= n_ || !IsAny(Lemma(vg.end + 1), {"on", "today", "this", "that"}))) {
      return true;
    }
    // "... by a rocket barrage that killed a contractor and wounded six": a
    // relative clause on a phrase of such a clause, and what is coordinated
    // with it, belong to it.
    if (depth < 3 && clause.link == ClauseLink::kRelative && clause.modified_np != kNone) {
      for (const Clause& host : a_.clauses) {
        if (&host == &clause) continue;
        if (host.agent != clause.modified_np && host.subject != clause.modified_np &&
            host.object != clause.modified_np) {
          continue;
        }
        if (a_.verbs[host.verb].begin < vg.begin && IsHabitual(host, depth + 1)) return true;
      }
    }
    if (depth < 3 && clause.link == ClauseLink::kCoordinated && clause.governor != kNone &&
        clause.governor < IndexOf(clause) && IsHabitual(a_.clauses[clause.governor], depth + 1)) {
      return true;
    }
    // "Iraqi forces fighting remnants of the Islamic State": a participle
    // describing what someone does, not an act that happened.
    if (clause.link == ClauseLink::kRelative && vg.form == VerbForm::kGerund &&
        vg.begin == vg.head) {
      return true;
    }
    const uint32_t from = vg.begin > 2 ? vg.begin - 2 : 0;
    uint32_t to = static_cast<uint32_t>(std::min<size_t>(n_, vg.end + 12));
    for (uint32_t k = vg.end; k < to; ++k) {
      if (IsVerb(Tag(k)) || Tag(k) == T::kComma) {
        to = k;
        break;
      }
    }
    for (uint32_t k = from; k < to; ++k) {
      const std::string_view w = Lemma(k);
      if (IsAny(w, {"repeatedly", "frequently", "regularly", "routinely", "often", "periodically",
                    "occasionally", "sometimes", "habitually", "increasingly"})) {
        return true;
      }
      if (w == "time" && k > 0 &&
          (Tag(k - 1) == T::kCD || IsAny(Lemma(k - 1), {"several", "many", "multiple"}))) {
        return true;
      }
      if (IsAny(w, {"year", "month", "week"}) && k >= 2 && Lemma(k - 1) == "recent") return true;
    }
    return false;
  }

  // Does a phrase starting at `begin` complete a proposal noun ("an offer
  // [from Kabul] for talks", "calls for a ceasefire")? Looks back across
  // prepositional phrases only.
  // Whether token `begin` is in what a demand or call asks for: "its demand
  // that Israel ease [restrictions]".
  bool InDemandedClause(uint32_t begin) const {
    for (uint32_t k = begin, steps = 0; k-- > 1 && steps < 10; ++steps) {
      if (Tag(k) == T::kComma || Tag(k) == T::kColon) return false;
      if (Lemma(k) != "that") continue;
      uint32_t j = k - 1;
      while (j > 0 && IsAny(Lemma(j), {"today", "yesterday", "monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday", "sunday"})) {
        --j;
      }
      const int np = a_.np_of_token[j];
      return np != kNone && a_.nps[np].head == j && IsProposalNoun(Lemma(j));
    }
    return false;
  }

  bool AfterProposal(uint32_t begin) const {
    if (begin < 2 || !IsAny(Lemma(begin - 1), {"for", "of", "to"})) return false;
    for (uint32_t k = begin - 1, steps = 0; k-- > 0 && steps < 8; ++steps) {
      if (IsVerb(Tag(k)) || Tag(k) == T::kComma) return false;
      const int np = a_.np_of_token[k];
      if (np != kNone && a_.nps[np].head == k && IsProposalNoun(Lemma(k))) return true;
    }
    return false;
  }

  // Event nouns not consumed by a verb: "the attack on the base", "Monday's
  // strike", "US airstrikes on Kataib Hezbollah sites".
  void NominalEvents() {
    for (size_t k = 0; k < a_.nps.size(); ++k) {
      if (used_np_[k]) continue;
      const NounPhrase& np = a_.nps[k];
      const Trigger* noun = NounTriggerAt(np.head);
      if (noun == nullptr) continue;
      // "an offer for talks", "calls for a ceasefire": proposed, not done.
      if (AfterProposal(np.begin) || InDemandedClause(np.begin)) continue;
      EventMention m = NewMention(*noun, np.head);
      m.nominal = true;
      m.background = IsBackgroundNp(static_cast<int>(k)) || StretchOfTimeBefore(np.begin);
      m.definite = IsDefinite(static_cast<int>(k));
      m.source = NominalSource(static_cast<int>(k));
      const int target_np = PrepAfterNp(static_cast<int>(k), noun->target_preps);
      m.target = TargetOfNp(target_np);
      m.target_np = target_np;
      // "its demand that Israel ease restrictions": who is to act.
      if (!m.target && m.code.type == "REQUEST") {
        uint32_t k = np.end;
        while (k < n_ && k < np.end + 2 &&
               IsAny(Lemma(k), {"today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
                                "friday", "saturday", "sunday"})) {
          ++k;  // "its demand today that"
        }
        if (k + 1 < n_ && Lemma(k) == "that") m.target = TargetOfNp(a_.np_of_token[k + 1]);
      }
      if (!m.target && m.code.type == "PROTEST") m.target = ProtestedParty(m);
      FinishMention(m, nullptr);
    }
  }

  const EventDictionary& dict_;
  const SentenceInput& in_;
  SentenceCoding& out_;
  const ClauseAnalysis& a_;
  const size_t n_;
  std::vector<std::string> weapons_;
  std::string weapon_mode_;
  std::vector<uint32_t> weapon_tokens_;
  std::vector<bool> used_np_;
  std::optional<ActorSpan> sentence_speaker_;
};

}  // namespace

bool TargetsOwnCountry(std::string_view type) {
  return IsAny(type, {"COERCE", "CONCEDE", "RETREAT", "PROTEST"});
}

std::string IdentityKey(const ActorSpan& span) {
  return span.actor.id.empty()
             ? span.actor.name + "|" + span.actor.country + "|" + span.actor.sector
             : span.actor.id;
}

void SentenceCoder::Code(const SentenceInput& input, SentenceCoding& out) const {
  out = SentenceCoding{};
  if (input.clauses == nullptr || input.tokens.empty()) return;
  Coding(*dictionary_, input, out).Run();
}

}  // namespace casus
