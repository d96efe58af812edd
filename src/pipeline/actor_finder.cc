#include "pipeline/actor_finder.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "base/word_lists.h"
#include "code/coding_words.h"
#include "nlp/reading_words.h"
#include "text/token_shape.h"

namespace casus {
namespace {

// Definite generic references that stand for a group named earlier.
bool IsGroupAgentKind(ActorKind kind) {
  return kind == ActorKind::kArmedGroup || kind == ActorKind::kFrontGroup ||
         kind == ActorKind::kUmbrella || kind == ActorKind::kAgent || kind == ActorKind::kUnknown;
}

std::string MarkerWord(const ActorMention& mention) {
  switch (mention.marker) {
    case MarkerKind::kBacked:
      return "backed";
    case MarkerKind::kAffiliated:
      return "aligned";
    case MarkerKind::kLed:
      return "led";
    case MarkerKind::kNone:
      return "";
    default:
      return std::string(mention.marker_text);
  }
}

bool IsPluralWord(std::string_view word) {
  return word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's' &&
         word[word.size() - 2] != '\'';
}

// The text of tokens [begin, end) joined by single spaces.
std::string TextBetween(std::span<const Token> tokens, size_t begin, size_t end) {
  std::string text;
  for (size_t k = begin; k < end; ++k) {
    if (!text.empty()) text += ' ';
    text += tokens[k].text;
  }
  return text;
}

// "a US drone strike", "Israeli airstrikes", "Turkish shelling": the words
// after a state's name tell an act of war, which its armed forces carry out.
bool TellsMilitaryAct(std::span<const Token> tokens, std::span<const PosTag> tags, size_t k) {
  auto noun = [&](size_t i) {
    return i < tokens.size() && i < tags.size() &&
           (tags[i] == PosTag::kNN || tags[i] == PosTag::kNNS);
  };
  size_t means = 0;
  while (means < 2 && noun(k) &&
         reading::WordIsAny(tokens[k].text,
                            "drone drones missile missiles rocket rockets air artillery naval "
                            "ballistic cruise mortar tank")) {
    ++k;
    ++means;
  }
  if (!noun(k)) return false;
  if (reading::WordIsAny(tokens[k].text,
                         "strike strikes airstrike airstrikes raid raids shelling bombardment "
                         "bombardments bombing bombings incursion incursions offensive")) {
    return true;
  }
  // "an Iranian missile attack": an attack is an act of war when its means are.
  return means > 0 && reading::WordIsAny(tokens[k].text, "attack attacks fire barrage");
}

// Whether `lower` (lower case) is the name of `body`, one of its aliases, or
// the initials of a name of three words or more ("rsf").
bool NamesBody(std::string_view lower, const ActorRecord& body) {
  std::string initials;
  for (size_t k = 0; k < body.name.size(); ++k) {
    if ((k == 0 || body.name[k - 1] == ' ') &&
        std::isupper(static_cast<unsigned char>(body.name[k]))) {
      initials += static_cast<char>(std::tolower(static_cast<unsigned char>(body.name[k])));
    }
  }
  return lower == Lowercase(body.name) || (initials.size() >= 3 && lower == initials) ||
         std::any_of(body.aliases.begin(), body.aliases.end(),
                     [&](const std::string& alias) { return lower == Lowercase(alias); });
}

}  // namespace

ActorFinder::ActorFinder(const KnowledgeBase& kb)
    : matcher_(kb), armed_forces_(kb.size(), kNoActor) {
  // A state's armed forces: the entry written as its `_mil` organ, else a
  // military entry written as directly part of it, else the organ the state
  // implies.
  auto rank = [&](ActorIndex i, ActorIndex state) {
    const ActorRecord& r = kb.actor(i);
    if (r.implied) return 1;
    return r.id == kb.actor(state).id + "_mil" ? 3 : 2;
  };
  for (ActorIndex i = 0; i < kb.size(); ++i) {
    const ActorRecord& r = kb.actor(i);
    if (r.kind != ActorKind::kMilitary) continue;
    for (uint32_t rel : r.relations) {
      const RelationRecord& part = kb.relation(rel);
      if (part.type != RelationType::kPartOf || part.object == kNoActor ||
          kb.actor(part.object).kind != ActorKind::kState) {
        continue;
      }
      ActorIndex& forces = armed_forces_[part.object];
      if (forces == kNoActor || rank(i, part.object) > rank(forces, part.object)) forces = i;
    }
  }
  // Branches: a country's military entry whose name ends with the name of a
  // military agent ("United States Air Force" and "air force", "Israeli
  // Navy" and "navy").
  std::vector<std::pair<ActorIndex, std::string>> agents;
  for (ActorIndex i = 0; i < kb.size(); ++i) {
    const ActorRecord& r = kb.actor(i);
    if (r.kind == ActorKind::kAgent && r.sector.view() == "MIL" &&
        r.name.find(' ') != std::string::npos) {
      std::string name = " ";  // (appended, not " " + ...: GCC 12 warns of a false overlap)
      name += Lowercase(r.name);
      agents.emplace_back(i, std::move(name));
    }
  }
  for (ActorIndex i = 0; i < kb.size(); ++i) {
    const ActorRecord& r = kb.actor(i);
    if (r.kind != ActorKind::kMilitary || r.country.empty() || r.implied) continue;
    const std::string name = Lowercase(r.name);
    for (const auto& [agent, suffix] : agents) {
      if (name.ends_with(suffix))
        branches_.emplace(r.country.str() + " " + std::to_string(agent), i);
    }
  }
}

void ActorFinder::SetSpokespersonsBody(ActorSpan& person, ActorIndex index,
                                       const std::optional<Date>& date) const {
  const KnowledgeBase& kb = matcher_.kb();
  const Role* role = kb.RoleOn(index, date);
  if (role == nullptr || role->org == kNoActor ||
      Lowercase(role->title).find("spokes") == std::string::npos) {
    return;
  }
  // The Houthi armed forces' spokesman speaks for the Houthis: up to the
  // group a body is part of.
  ActorIndex body = role->org;
  for (int hops = 0; hops < 2; ++hops) {
    ActorIndex parent = kNoActor;
    for (uint32_t rel : kb.actor(body).relations) {
      const RelationRecord& r = kb.relation(rel);
      if (r.type == RelationType::kPartOf && r.object != kNoActor &&
          IsAny(ToString(kb.actor(r.object).kind), {"armed_group", "front_group", "umbrella"})) {
        parent = r.object;
      }
    }
    if (parent == kNoActor) break;
    body = parent;
  }
  person.org = ToActor(kb, body, date);
  person.org_kind = std::string(ToString(kb.actor(body).kind));
  person.org_kb_index = static_cast<int>(body);
}

void ActorFinder::StatedLeaderships(std::span<const Token> tokens,
                                    std::span<const ActorSpan> actors,
                                    const std::optional<Date>& date,
                                    std::vector<RelationMention>& out) const {
  const KnowledgeBase& kb = matcher_.kb();
  for (const ActorSpan& person : actors) {
    if (person.kind == "person" && person.kb_index < 0 && person.leads_kb_index >= 0) {
      const auto led = static_cast<ActorIndex>(person.leads_kb_index);
      ActorSpan body;
      body.begin = person.begin;
      body.end = person.begin + 1;
      body.actor = ToActor(kb, led, date);
      body.kind = std::string(ToString(kb.actor(led).kind));
      body.kb_index = person.leads_kb_index;
      out.push_back(RelationMention{person, "leads", std::move(body), std::nullopt, 0.6});
      continue;
    }
    if (person.kind != "person" || person.kb_index < 0 || person.end > tokens.size() ||
        (person.begin > 0 && reading::WordIs(tokens[person.begin - 1], "former"))) {
      continue;
    }
    uint32_t title = person.begin + 1;
    while (title + 1 < person.end &&
           !reading::WordIsAny(tokens[title].text,
                               "leader chief commander head chairman chairwoman emir")) {
      ++title;
    }
    if (title + 1 >= person.end || reading::WordIs(tokens[title - 1], "deputy") ||
        tokens[title - 1].text.empty() || !text::StartsUpper(tokens[title - 1].text)) {
      continue;
    }
    // Of the bodies the knowledge base has the person leading on the date
    // (by a `leads` relation or an office), the one the words before the
    // title name ("Islamic Jihad", "RSF"); not "Supreme Leader",
    // "Palestinian leader" (a state's head).
    const auto index = static_cast<ActorIndex>(person.kb_index);
    const std::string named = Lowercase(TextSpanning(tokens[person.begin], tokens[title - 1]));
    ActorIndex led = kNoActor;
    const auto consider = [&](ActorIndex org) {
      if (org == kNoActor || org == led || !NamesBody(named, kb.actor(org))) return;
      led = org;
    };
    for (uint32_t r : kb.actor(index).relations) {
      const RelationRecord& relation = kb.relation(r);
      if (relation.type == RelationType::kLeads && relation.when.HoldsOn(date)) {
        consider(relation.object);
      }
    }
    if (const Role* role = kb.RoleOn(index, date)) consider(role->org);
    if (led == kNoActor ||
        IsAny(ToString(kb.actor(led).kind), {"state", "igo", "person", "place", "agent"})) {
      continue;
    }
    ActorSpan body;
    body.begin = person.begin;
    body.end = title;
    body.actor = ToActor(kb, led, date);
    body.actor.text = std::string(TextSpanning(tokens[person.begin], tokens[title - 1]));
    body.kind = std::string(ToString(kb.actor(led).kind));
    body.kb_index = static_cast<int>(led);
    out.push_back(RelationMention{person, "leads", std::move(body), std::nullopt, 0.7});
  }
}

void ActorFinder::StatedParts(std::span<const Token> tokens,
                              std::span<const std::string_view> lemmas,
                              std::span<const ActorSpan> actors, const std::optional<Date>& date,
                              std::vector<RelationMention>& out) const {
  const KnowledgeBase& kb = matcher_.kb();
  for (const ActorSpan& part : actors) {
    if (part.kb_index < 0 || part.end > tokens.size() || part.end > lemmas.size() ||
        part.end < part.begin + 3 || !part.compound.empty() ||
        !IsAny(ToString(kb.actor(static_cast<ActorIndex>(part.kb_index)).kind),
               {"armed_group", "front_group", "umbrella", "party", "military", "police",
                "intelligence"})) {
      continue;
    }
    // The possessor's words, then the part noun closing the span.
    uint32_t possessive = part.begin + 1;
    while (possessive < part.end && !reading::WordIsAny(tokens[possessive].text, "'s ’s '")) {
      ++possessive;
    }
    if (possessive + 1 >= part.end || !coding::IsPartNoun(lemmas[part.end - 1])) continue;
    const std::string whole_text(TextSpanning(tokens[part.begin], tokens[possessive - 1]));
    const std::string named = Lowercase(whole_text);
    for (uint32_t r : kb.actor(static_cast<ActorIndex>(part.kb_index)).relations) {
      const RelationRecord& relation = kb.relation(r);
      if (relation.type != RelationType::kPartOf || !relation.when.HoldsOn(date) ||
          relation.object == kNoActor || !NamesBody(named, kb.actor(relation.object))) {
        continue;
      }
      ActorSpan whole;
      whole.begin = part.begin;
      whole.end = possessive;
      whole.actor = ToActor(kb, relation.object, date);
      whole.actor.text = whole_text;
      whole.kind = std::string(ToString(kb.actor(relation.object).kind));
      whole.kb_index = static_cast<int>(relation.object);
      out.push_back(RelationMention{part, "part_of", std::move(whole), std::nullopt, 0.7});
      break;
    }
  }
}

void ActorFinder::GroupsOfLeaders(std::span<const Token> tokens, const std::optional<Date>& date,
                                  std::vector<ActorSpan>& out) const {
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    const ActorSpan& person = out[k];
    ActorSpan& group = out[k + 1];
    if (person.kind != "person" || person.kb_index < 0 || group.kind != "agent" ||
        group.begin != person.end + 1 || person.end >= tokens.size() ||
        !reading::WordIsAny(tokens[person.end].text, "'s ’s '") ||
        !reading::WordIsAny(tokens[group.end - 1].text,
                            "movement party group militia organisation organization faction "
                            "forces fighters bloc")) {
      continue;
    }
    if (const auto led = BodyLedBy(static_cast<ActorIndex>(person.kb_index), date)) {
      const std::string text = group.actor.text;
      group.actor = ToActor(matcher_.kb(), *led, date);
      group.actor.text = text;
      group.kind = std::string(ToString(matcher_.kb().actor(*led).kind));
      group.kb_index = static_cast<int>(*led);
    }
  }
}

std::optional<ActorIndex> ActorFinder::BodyLedBy(ActorIndex person,
                                                 const std::optional<Date>& date) const {
  const KnowledgeBase& kb = matcher_.kb();
  const auto group = [&](ActorIndex body) {
    return body != kNoActor && IsAny(ToString(kb.actor(body).kind),
                                     {"armed_group", "front_group", "umbrella", "party"});
  };
  for (uint32_t r : kb.actor(person).relations) {
    const RelationRecord& relation = kb.relation(r);
    if (relation.type == RelationType::kLeads && relation.when.HoldsOn(date) &&
        group(relation.object)) {
      return relation.object;
    }
  }
  if (const Role* role = kb.RoleOn(person, date); role != nullptr && group(role->org)) {
    return role->org;
  }
  return std::nullopt;
}

std::optional<ActorIndex> ActorFinder::ArmedForcesOf(ActorIndex state) const {
  if (state >= armed_forces_.size() || armed_forces_[state] == kNoActor) return std::nullopt;
  return armed_forces_[state];
}

void ActorFinder::Find(std::span<const Token> tokens, std::span<const PosTag> tags,
                       std::span<const std::string_view> lemmas, const std::optional<Date>& date,
                       std::vector<ActorSpan>& out, std::string_view home) const {
  out.clear();
  thread_local ActorMatcher::Scratch scratch;
  thread_local std::vector<ActorMention> mentions;
  mentions.clear();  // Match() appends
  matcher_.Match(tokens, date, scratch, mentions, home);
  for (const ActorMention& mention : mentions) {
    if (mention.end_token <= mention.first_token || mention.end_token > tokens.size()) continue;
    ActorSpan span;
    span.begin = mention.first_token;
    span.end = mention.end_token;
    span.actor = matcher_.ToActor(mention, tokens);
    span.kind = std::string(ToString(mention.kind));
    span.demonym = mention.source == MentionSource::kDemonym;
    if (mention.source == MentionSource::kIntroduced) span.kind = "local";
    // "the opposition newspaper La Prensa", "the rebel group FDD": a generic
    // followed by a name nobody knows is that name, not a reference back.
    size_t name_end = span.end;
    const bool unknown_agent = mention.source == MentionSource::kAgent && mention.actor == kNoActor;
    while (unknown_agent && name_end < tokens.size() && name_end < tags.size() &&
           (tags[name_end] == PosTag::kNNP || tags[name_end] == PosTag::kNNPS ||
            tags[name_end] == PosTag::kFW) &&
           text::StartsUpper(tokens[name_end].text) &&
           std::none_of(mentions.begin(), mentions.end(),
                        [&](const ActorMention& other) { return other.first_token == name_end; })) {
      ++name_end;
    }
    const bool named_after = name_end > span.end;
    // "the Algerian veteran jihadist Mokhtar Belmokhtar": a name after one
    // person told by what he is names that person.
    const bool person_named =
        named_after && tags[span.end - 1] == PosTag::kNN &&
        reading::WordIsAny(tokens[span.end - 1].text,
                           "jihadist jihadi militant extremist terrorist fundamentalist rebel "
                           "insurgent fighter commander gunman warlord cleric preacher activist");
    if (named_after) {
      span.actor.name = TextBetween(tokens, span.end, name_end);
      span.end = static_cast<uint32_t>(name_end);
    }
    const bool anaphor =
        mention.source == MentionSource::kPronoun ||
        (unknown_agent && mention.has(kMentionDefinite) && mention.anchor == kNoActor &&
         IsGroupAgentKind(mention.kind) && mention.local_actor < 0 && !named_after);
    if (anaphor) span.kind = "anaphor";
    if (unknown_agent && !anaphor) span.kind = person_named ? "person" : "agent";
    span.described_group =
        unknown_agent && span.begin > 0 && reading::WordIs(tokens[span.begin - 1], "the") &&
        mention.anchor != kNoActor && IsGroupAgentKind(mention.kind) && !named_after &&
        !span.actor.country.empty() &&
        reading::WordIsAny(tokens[span.end - 1].text,
                           "group movement militia organisation organization faction");
    // "a foreign civilian contractor": not of the country where it is.
    if (span.kind == "agent" && span.actor.country.empty() && span.begin > 0 &&
        reading::WordIsAny(tokens[span.begin - 1].text, "foreign expatriate") &&
        (out.empty() || out.back().end < span.begin)) {
      --span.begin;
      span.actor.text = std::string(TextSpanning(tokens[span.begin], tokens[span.end - 1]));
    }
    // "Albanians", "Palestinians": a plural demonym names people of the
    // country, not its state; "ethnic Albanians" in Serbia are not even of
    // that country, so they take the country of where they act.
    // So is a singular one standing as a noun: "a Briton and a Romanian".
    const bool one_person =
        span.begin > 0 && reading::WordIsAny(tokens[span.begin - 1].text, "a an") &&
        span.end < tags.size() && !IsNoun(tags[span.end]) && !IsAdjective(tags[span.end]);
    if (mention.source == MentionSource::kDemonym && span.kind == "state" &&
        span.end == span.begin + 1 && (IsPluralWord(tokens[span.begin].text) || one_person)) {
      const bool ethnic = span.begin > 0 && reading::WordIs(tokens[span.begin - 1], "ethnic");
      span.kind = "agent";
      span.actor.name = std::string(tokens[span.begin].text);
      span.actor.id.clear();
      span.actor.sector = "CVL";
      if (ethnic) span.actor.country.clear();
      span.actor.cameo = span.actor.country + "CVL";
      span.kb_index = -1;
      if (!out.empty() && span.begin < out.back().end) continue;
      // "Bosnian Serbs", "Kosovo Albanians": the people of the ethnic group
      // who live in the country named first.
      if (!ethnic && !out.empty() && out.back().end == span.begin && out.back().kind == "state" &&
          out.back().compound.empty() && !out.back().actor.country.empty()) {
        span.begin = out.back().begin;
        span.actor.name = out.back().actor.text + " " + span.actor.name;
        span.actor.country = out.back().actor.country;
        span.actor.cameo = span.actor.country + "CVL";
        out.back() = std::move(span);
        continue;
      }
      out.push_back(std::move(span));
      continue;
    }
    // "ethnic Albanian guerrillas" in Macedonia are not Albania's: a people,
    // not a state, so they take the country of where they act.
    if (span.kind == "agent" && span.begin > 0 &&
        reading::WordIs(tokens[span.begin - 1], "ethnic") && !span.actor.country.empty()) {
      span.actor.country.clear();
      span.actor.cameo = span.actor.sector;
      span.actor.name = span.actor.text;
    }
    ActorIndex kb_actor = mention.actor;
    // "US bombers": the country's branch the knowledge base names.
    if (span.kind == "agent" && mention.agent != kNoActor && !span.actor.country.empty()) {
      const auto branch = branches_.find(span.actor.country + " " + std::to_string(mention.agent));
      if (branch != branches_.end()) {
        ActorMention named = mention;
        const ActorRecord& r = matcher_.kb().actor(branch->second);
        named.actor = branch->second;
        named.kind = r.kind;
        named.cameo = matcher_.kb().CameoOn(branch->second, date);
        span.actor = matcher_.ToActor(named, tokens);
        span.kind = std::string(ToString(r.kind));
        kb_actor = branch->second;
      }
    }
    if (span.kind == "person" && mention.actor != kNoActor) {
      SetSpokespersonsBody(span, mention.actor, date);
    }
    // A person the knowledge base does not know, titled under a body:
    // "Taliban spokesman Zabihullah Mujahid" speaks for it; "HDP co-leader
    // Selahattin Demirtas", a group's head, leads it (a deputy or a former
    // head does not).
    if (span.kind == "person" && mention.actor == kNoActor && mention.anchor != kNoActor &&
        mention.has(kMentionUnknownPerson)) {
      const ActorIndex body = mention.anchor;
      const ActorKind body_kind = matcher_.kb().actor(body).kind;
      bool spokesperson = false, head = false;
      for (uint32_t k = span.begin; k < span.end && k < tokens.size(); ++k) {
        if (!spokesperson && body_kind != ActorKind::kState &&
            reading::WordIsAny(tokens[k].text, "spokesman spokeswoman spokesperson")) {
          spokesperson = true;
          span.org = ToActor(matcher_.kb(), body, date);
          span.org_kind = std::string(ToString(body_kind));
          span.org_kb_index = static_cast<int>(body);
        }
        if (!head &&
            IsAny(ToString(body_kind), {"armed_group", "front_group", "umbrella", "party"}) &&
            reading::WordIsAny(tokens[k].text,
                               "leader co-leader chief head chairman co-chair co-chairman "
                               "commander emir founder")) {
          head = true;
          if (!(k > span.begin && reading::WordIsAny(tokens[k - 1].text, "deputy former"))) {
            span.leads_kb_index = static_cast<int>(body);
          }
        }
      }
    }
    // "a senior Hezbollah commander": an office of a group held by no one
    // named stands for the group.
    if (span.kind == "person" && mention.actor == kNoActor && mention.anchor != kNoActor &&
        !mention.has(kMentionUnknownPerson) &&
        IsAny(ToString(matcher_.kb().actor(mention.anchor).kind),
              {"armed_group", "front_group", "umbrella"})) {
      const ActorIndex group = mention.anchor;
      std::string text = std::move(span.actor.text);
      span.actor = ToActor(matcher_.kb(), group, date);
      span.actor.text = std::move(text);
      span.kind = std::string(ToString(matcher_.kb().actor(group).kind));
      kb_actor = group;
    }
    if (span.kind == "state" && !mention.is_capital_metonym() &&
        mention.marker == MarkerKind::kNone && TellsMilitaryAct(tokens, tags, span.end)) {
      if (auto forces = ArmedForcesOf(mention.actor)) {
        Actor military = ToActor(matcher_.kb(), *forces, date);
        military.text = std::move(span.actor.text);
        span.actor = std::move(military);
        span.kind = std::string(ToString(matcher_.kb().actor(*forces).kind));
        span.demonym = false;
        span.forces_by_state_name = true;
        kb_actor = *forces;
      } else if (!span.actor.country.empty()) {
        // A state without armed forces of its own in the knowledge base: the
        // organ its entry implies, named the same way.
        span.actor.name = "Armed forces of " + span.actor.name;
        span.actor.id.clear();
        span.actor.sector = "MIL";
        span.actor.cameo = span.actor.country + "MIL";
        span.kind = "military";
        span.demonym = false;
        span.forces_by_state_name = true;
        kb_actor = kNoActor;
      }
    }
    span.kb_index = kb_actor == kNoActor ? -1 : static_cast<int>(kb_actor);
    span.attributive = span.kind == "state" && !mention.is_capital_metonym() &&
                       span.end < tags.size() &&
                       (tags[span.end] == PosTag::kNN || tags[span.end] == PosTag::kNNS) &&
                       !reading::WordIsAny(tokens[span.end].text,
                                           "province region district city town border capital");
    span.metonym = mention.is_capital_metonym();
    span.compound = MarkerWord(mention);
    // "an anti-Syria journalist" is not Syria's.
    if (span.compound.empty() && span.end == span.begin + 1 && tokens[span.begin].text.size() > 5 &&
        reading::WordIs(tokens[span.begin].text.substr(0, 5), "anti-")) {
      span.compound = "anti";
    }
    // "pro-Iranian fighters" are on Iran's side, not Iran's.
    if (span.compound.empty() && span.end == span.begin + 1 && tokens[span.begin].text.size() > 4 &&
        reading::WordIs(tokens[span.begin].text.substr(0, 4), "pro-")) {
      span.compound = "aligned";
    }
    // "restore free movement on the road", "troop movements": movement is
    // no group there.
    if (span.kind == "agent" && span.end >= 2 &&
        reading::WordIsAny(tokens[span.end - 1].text, "movement movements") &&
        reading::WordIsAny(tokens[span.end - 2].text,
                           "free freedom troop troops military restricted unrestricted "
                           "unimpeded safe population refugee cross-border")) {
      continue;
    }
    // Keep spans ordered and disjoint: a later mention inside an earlier one is dropped.
    if (!out.empty() && span.begin < out.back().end) {
      if (span.end - span.begin > out.back().end - out.back().begin) {
        out.back() = std::move(span);
      }
      continue;
    }
    out.push_back(std::move(span));
  }
  ShareListHeads(tokens, tags, date, home, out);
  IntroduceParts(tokens, tags, lemmas, out);
  NamedByTheirAcronym(tokens, out);
  // "the National Security Council", "Algeria's High Security Council": an
  // international body's name after a capitalised word no actor covers is
  // the end of a longer name, a national body's ("Security Council" is the
  // UN's only when nothing of the name comes before it).
  for (size_t k = 0; k < out.size(); ++k) {
    const ActorSpan& span = out[k];
    if (span.kind != "igo" || span.end - span.begin < 2 || span.begin == 0 ||
        span.begin > tags.size() || (k > 0 && out[k - 1].end == span.begin)) {
      continue;
    }
    const PosTag before = tags[span.begin - 1];
    const std::string_view word = tokens[span.begin - 1].text;
    if ((before == PosTag::kNNP || before == PosTag::kNNPS) && !word.empty() &&
        text::StartsUpper(word) &&
        std::all_of(word.begin(), word.end(), [](char c) { return std::isalpha(c); })) {
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
      --k;
    }
  }
  // "the Imam al-Sadiq mosque", "Prince Sultan Air Base": a person's name
  // before a facility's noun names the facility.
  std::erase_if(out, [&](const ActorSpan& span) {
    if (span.kind != "person" || span.end >= tokens.size()) return false;
    size_t next = span.end;
    if (next + 1 < tokens.size() && reading::WordIsAny(tokens[next].text, "international air")) {
      ++next;
    }
    return reading::WordIsAny(tokens[next].text,
                              "mosque shrine mausoleum airport hospital university school stadium "
                              "street square bridge base camp port highway");
  });
  // "Iran-backed militias", "an Iranian-backed rogue militia group": a
  // generic group named with its backer is called so.
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    ActorSpan& group = out[k + 1];
    if (!IsAny(out[k].compound, {"backed", "aligned"}) || group.kind != "agent" ||
        !IsAny(group.actor.sector, {"REB", "UAF", "MIL"}) || group.begin < out[k].end ||
        group.begin > out[k].end + 1) {
      continue;
    }
    group.actor.name = std::string(TextSpanning(tokens[out[k].begin], tokens[group.end - 1]));
    if (out[k].compound == "backed") group.backer = out[k].actor.country;
  }
}

void ActorFinder::IntroduceParts(std::span<const Token> tokens, std::span<const PosTag> tags,
                                 std::span<const std::string_view> lemmas,
                                 std::vector<ActorSpan>& out) {
  const size_t n = std::min({tokens.size(), tags.size(), lemmas.size()});
  auto lemma = [&](size_t i) { return i < n ? lemmas[i] : std::string_view(); };
  auto part_noun = [&](size_t i) {
    return i < n && (tags[i] == PosTag::kNN || tags[i] == PosTag::kNNS) &&
           (coding::IsPartNoun(lemma(i)) || lemma(i) == "force");
  };
  auto modifier = [&](size_t i) {
    return tags[i] == PosTag::kJJ || tags[i] == PosTag::kNN || tags[i] == PosTag::kVBN ||
           tags[i] == PosTag::kJJS;
  };
  auto covered = [&](size_t i) {
    return std::any_of(out.begin(), out.end(),
                       [&](const ActorSpan& s) { return s.begin <= i && i < s.end; });
  };
  std::vector<ActorSpan> found;
  for (const ActorSpan& whole : out) {
    const bool side = IsAny(whole.kind, {"armed_group", "umbrella", "front_group", "party",
                                         "military", "police", "intelligence", "igo"});
    if (!side || !whole.compound.empty() || whole.actor.name.empty()) continue;
    // Where the description opens (its determiner, or "one of"): the
    // comma before it ends the name.
    size_t opens = n;
    size_t i = whole.begin;
    if (i >= 1 && lemma(i - 1) == "the") --i;
    if (i >= 3 && lemma(i - 1) == "of" && part_noun(i - 2)) {
      // "..., the armed wing of the Juárez cartel"
      size_t j = i - 2;
      while (j > 0 && modifier(j - 1)) --j;
      if (j > 0 && tags[j - 1] == PosTag::kDT) opens = j - 1;
    } else if (whole.end + 1 < n && tags[whole.end] == PosTag::kPOS) {
      // "..., NATO's peacekeeping force", "..., one of the ELN's commands"
      size_t j = whole.end + 1;
      while (j < n && modifier(j) && !part_noun(j)) ++j;
      if (part_noun(j)) opens = i;
    } else if (whole.end >= 1 && part_noun(whole.end - 1) &&
               std::any_of(tags.begin() + whole.begin, tags.begin() + whole.end - 1,
                           [](PosTag t) { return t == PosTag::kPOS; })) {
      // The same held in one name: "NATO's peacekeeping force".
      opens = i;
    }
    if (opens == n) continue;
    if (opens >= 3 && lemma(opens - 1) == "of" && lemma(opens - 2) == "one") opens -= 2;
    if (opens < 2 || tags[opens - 1] != PosTag::kComma) continue;
    // The name: capitalised words before the comma, no actor's.
    size_t first = opens - 1;
    while (first > 0 && (tags[first - 1] == PosTag::kNNP || tags[first - 1] == PosTag::kNNPS) &&
           text::StartsUpper(tokens[first - 1].text) && !covered(first - 1)) {
      --first;
    }
    if (first == opens - 1) continue;
    ActorSpan part;
    part.begin = static_cast<uint32_t>(first);
    part.end = static_cast<uint32_t>(opens - 1);
    part.kind = "local";
    part.actor.name = std::string(TextSpanning(tokens[first], tokens[opens - 2]));
    part.actor.text = part.actor.name;
    part.actor.country = whole.actor.country;
    part.actor.sector = whole.actor.sector;
    part.actor.cameo = whole.actor.cameo;
    found.push_back(std::move(part));
  }
  for (ActorSpan& part : found) {
    auto at = std::find_if(out.begin(), out.end(),
                           [&](const ActorSpan& s) { return s.begin >= part.end; });
    out.insert(at, std::move(part));
  }
}

// "US, coalition and Iraqi troops": a state named first in a list of
// modifiers of one noun is of that noun too ("US troops": the United States
// Armed Forces), not the state itself.
void ActorFinder::ShareListHeads(std::span<const Token> tokens, std::span<const PosTag> tags,
                                 const std::optional<Date>& date, std::string_view home,
                                 std::vector<ActorSpan>& out) const {
  auto capitalised = [&](size_t i) { return text::StartsUpper(tokens[i].text); };
  auto common_noun = [&](size_t i) {
    return i < tags.size() && (tags[i] == PosTag::kNN || tags[i] == PosTag::kNNS) &&
           !capitalised(i);
  };
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    ActorSpan& first = out[k];
    if (first.kind != "state" || !first.compound.empty() || first.metonym ||
        first.end >= tokens.size() || !reading::WordIsAny(tokens[first.end].text, ", and or")) {
      continue;
    }
    // The last conjunct: a state's word and a common noun after "and"/"or",
    // within a few words of modifiers and joints.
    const ActorSpan* last = nullptr;
    for (size_t m = k + 1; m < out.size() && out[m].begin <= first.end + 6; ++m) {
      const ActorSpan& c = out[m];
      if (c.end - c.begin < 2 || c.actor.country.empty() || !capitalised(c.begin) ||
          !reading::WordIsAny(tokens[c.begin - 1].text, "and or")) {
        continue;
      }
      bool nouns = true;
      for (size_t i = c.begin + 1; i < c.end && nouns; ++i) nouns = common_noun(i);
      if (nouns) last = &c;
      break;
    }
    if (last == nullptr) continue;
    bool modifiers = true;  // between them: joints and single modifying words
    for (size_t i = first.end; i + 1 < last->begin && modifiers; ++i) {
      modifiers = reading::WordIsAny(tokens[i].text, ", and or") ||
                  (i < tags.size() &&
                   (IsAdjective(tags[i]) || tags[i] == PosTag::kNN || tags[i] == PosTag::kNNP));
    }
    if (!modifiers) continue;
    thread_local std::vector<Token> shared;
    thread_local ActorMatcher::Scratch scratch;
    thread_local std::vector<ActorMention> found;
    shared.assign(tokens.begin() + first.begin, tokens.begin() + first.end);
    shared.insert(shared.end(), tokens.begin() + last->begin + 1, tokens.begin() + last->end);
    found.clear();
    matcher_.Match(shared, date, scratch, found, home);
    for (const ActorMention& mention : found) {
      if (mention.first_token != 0 || mention.end_token != shared.size() ||
          mention.actor == kNoActor) {
        continue;
      }
      std::string text = std::move(first.actor.text);
      first.actor = matcher_.ToActor(mention, shared);
      first.actor.text = std::move(text);
      first.kind = std::string(ToString(mention.kind));
      first.kb_index = static_cast<int>(mention.actor);
      first.attributive = false;
      first.demonym = false;
      break;
    }
  }
}

// "The Social Democratic Union (SDSM), which Zaev leads": a name the text
// introduces, right before a known body's acronym in brackets, is that
// body's name (the knowledge base knows it by a longer one).
void ActorFinder::NamedByTheirAcronym(std::span<const Token> tokens, std::vector<ActorSpan>& out) {
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    ActorSpan& named = out[k];
    const ActorSpan& acronym = out[k + 1];
    if (named.kind != "local" || acronym.kb_index < 0 || acronym.kind == "agent" ||
        acronym.kind == "person" || acronym.begin != named.end + 1 ||
        acronym.end >= tokens.size() || !reading::IsPunctToken(tokens[named.end], "(") ||
        !reading::IsPunctToken(tokens[acronym.end], ")")) {
      continue;
    }
    // (The body's own name holds the one introduced: not "the Sudanese
    // Professionals Association (SPA)" for the Saudi Press Agency.)
    std::string introduced = Lowercase(named.actor.name);
    if (introduced.starts_with("the ")) introduced.erase(0, 4);
    if (introduced.empty() || Lowercase(acronym.actor.name).find(introduced) == std::string::npos) {
      continue;
    }
    const std::string text = named.actor.text;
    const uint32_t begin = named.begin, end = named.end;
    named = acronym;
    named.begin = begin;
    named.end = end;
    named.actor.text = text;
  }
}

}  // namespace casus
