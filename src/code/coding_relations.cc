#include "code/coding.h"

namespace casus::coding {

// The subject of a stated relation: an actor, or a pronoun to resolve
// against the document, plural ones included ("regard them as fronts",
// "both are backed by Iran").
std::optional<ActorSpan> Coding::RelationSubject(int np_index) const {
  if (auto actor = ActorOfNp(np_index)) return actor;
  if (np_index == kNone) return std::nullopt;
  const NounPhrase& np = a_.nps[np_index];
  if (np.end == np.begin + 1 &&
      (np.pronoun || IsAny(Lemma(np.begin), {"both", "these", "those", "they", "them"}))) {
    return Anaphor(np.begin, np.end);
  }
  // "The Resistance Front, a group that officials describe as ...": a
  // description set off after a named party is that party.
  if (np.begin >= 2 && Tag(np.begin - 1) == T::kComma && IsAny(Lemma(np.begin), {"a", "an"})) {
    if (auto named = ActorOfNp(a_.np_of_token[np.begin - 2]);
        named && !IsAny(named->kind, {"agent", "anaphor", "place"})) {
      return named;
    }
  }
  return std::nullopt;
}

// "the Haqqani network, a Taliban faction that Kabul says is sheltered by
// Pakistan's intelligence agency": the party a complement clause without a
// subject tells of, under a relative clause of saying, is the one the
// relative describes (the named party its phrase is set off after), and
// `speaker` the one who says it.
std::optional<ActorSpan> Coding::SaidOfRelativeGap(const Clause& clause,
                                                   std::optional<ActorSpan>& speaker) const {
  if (clause.subject != kNone || clause.link != ClauseLink::kComplement ||
      clause.governor == kNone) {
    return std::nullopt;
  }
  const Clause& saying = a_.clauses[clause.governor];
  if (saying.link != ClauseLink::kRelative || !IsSpeechVerb(a_.verbs[saying.verb].head)) {
    return std::nullopt;
  }
  const int described = saying.modified_np != kNone ? saying.modified_np : saying.object;
  if (described == kNone) return std::nullopt;
  std::optional<ActorSpan> party = NamedForDescription(described);
  if (!party) party = RelationSubject(described);
  if (party) speaker = ActorOfNp(saying.subject);
  return party;
}

// The named party a description is set off after ("Srpska Lista, [the
// main Kosovo Serb party]"), if any.
std::optional<ActorSpan> Coding::NamedForDescription(int np_index) const {
  if (np_index == kNone) return std::nullopt;
  for (size_t k = 0; k < a_.nps.size(); ++k) {
    if (a_.nps[k].apposition != np_index) continue;
    if (auto named = ActorOfNp(static_cast<int>(k));
        named && !IsAny(named->kind, {"agent", "anaphor", "place"})) {
      return named;
    }
  }
  return std::nullopt;
}

// "The Syrian Democratic Forces (SDF), an alliance whose backbone is the
// Kurdish YPG militia", "a movement whose leader is X": what the
// possessed noun names relates to the one described.
bool Coding::CodeWhosePredicate(const Clause& clause) {
  if (clause.link != ClauseLink::kRelative || clause.subject == kNone || clause.object == kNone) {
    return false;
  }
  const NounPhrase& np = a_.nps[clause.subject];
  if (np.begin == 0 || Lower(np.begin - 1) != "whose") return false;
  const std::string_view noun = Lemma(np.head);
  const bool leader = IsAny(noun, {"leader", "head", "chief", "commander"});
  const char* relation = leader ? "leads" : RelationForNoun(noun);
  if (relation == nullptr || std::string_view(relation) == "allied_with") return false;
  std::optional<ActorSpan> owner = NamedForDescription(clause.modified_np);
  if (!owner) owner = ActorOfNp(clause.modified_np);
  const std::optional<ActorSpan> part = ActorOfNp(clause.object);
  if (!owner || !part || owner->kind == "agent" || owner->kind == "anaphor" ||
      part->kind == "anaphor" || !IsRelationParty(*part) ||
      IdentityKey(*owner) == IdentityKey(*part) || (leader && part->kind != "person")) {
    return false;
  }
  out_.relations.push_back(RelationMention{*part, relation, *owner, SpeakerOf(clause), 0.7});
  return true;
}

// A participle or relative clause on `np_index` whose verb is one of
// `lemmas`, with the actors of its by-agent ("militias [backed by Iran]",
// "names [used by Iran-backed factions]").
std::vector<ActorSpan> Coding::AgentsOfRelative(int np_index,
                                                bool (*verb)(std::string_view)) const {
  const int agent = RelativeAgent(np_index, verb);
  return agent == kNone ? std::vector<ActorSpan>{} : ActorsOfNp(agent);
}

// The by-agent phrase of such a clause, or kNone.
int Coding::RelativeAgent(int np_index, bool (*verb)(std::string_view)) const {
  for (const Clause& clause : a_.clauses) {
    if (clause.link != ClauseLink::kRelative || clause.modified_np != np_index) continue;
    const VerbGroup& vg = a_.verbs[clause.verb];
    if (vg.negated || vg.voice != Voice::kPassive || clause.agent == kNone) continue;
    if (!verb(Lemma(vg.head))) continue;
    return clause.agent;
  }
  return kNone;
}

// "[a front] for Y", "[a proxy] of Y", "[an arm] of Y", "[an umbrella
// group] of Iran-backed militias", "one of the militias [backed by Y]",
// "one of several names [used by] Y".
void Coding::RelationFromPredicate(const ActorSpan& subject, int np_index,
                                   const std::optional<ActorSpan>& by, int depth) {
  if (np_index == kNone || depth > 2) return;
  const NounPhrase& np = a_.nps[np_index];
  const std::string_view head = Lemma(np.head);
  // "one of the most powerful militias backed by Iran"
  if (IsAny(head, {"one", "among"}) && np.of_complement != kNone) {
    // ("one of the ELN's regional commands": the phrase the possessor has.)
    RelationFromPredicate(subject, Possessed(np.of_complement), by, depth + 1);
    return;
  }
  int object_np = np.of_complement;
  if (object_np == kNone) object_np = PrepAfterNp(np_index, {"for", "of", "to"});
  // "one of the most powerful factions in the Popular Mobilisation
  // Forces": a part is in its whole (a group, not a place).
  const char* noun_relation = RelationForNoun(head);
  // "the Northern War Front, one of the ELN's regional commands", "KFOR,
  // NATO's peacekeeping force": a body of another is part of it (a
  // "proxy force" acts for it).
  // ("an umbrella force of Iran-backed militias" is made of them.)
  bool possessed = np.possessor != kNone;
  for (uint32_t k = np.begin; k < np.head; ++k) possessed = possessed || Tag(k) == T::kPOS;
  if (noun_relation == nullptr &&
      (IsUnitNoun(head) || (head == "force" && possessed && np.of_complement == kNone))) {
    bool proxy = false;
    for (uint32_t k = np.begin; k < np.head; ++k) proxy = proxy || Lemma(k) == "proxy";
    noun_relation = proxy ? "proxy_of" : "part_of";
  }
  const bool part = noun_relation != nullptr && (std::string_view(noun_relation) == "part_of" ||
                                                 std::string_view(noun_relation) == "member_of");
  if (object_np == kNone && part) {
    const int whole = PrepAfterNp(np_index, {"in", "within"});
    if (auto group = ActorOfNp(whole); group && IsGroupKindName(group->kind)) object_np = whole;
  }
  object_np = Possessed(object_np);
  // "Russia, Assad's most powerful ally", "Iran's proxy": the possessor.
  if (object_np == kNone && noun_relation != nullptr) object_np = np.possessor;
  // "Iran is the main backer of Hezbollah": the one described backs.
  if (IsAny(head, {"backer", "sponsor", "patron", "benefactor", "financier", "funder"})) {
    if (subject.kind == "anaphor") return;
    // "Assad's main backer": the possessor.
    for (const ActorSpan& backed : ActorsOfNp(object_np != kNone ? object_np : np.possessor)) {
      if (backed.kind == "anaphor" || IdentityKey(backed) == IdentityKey(subject)) continue;
      out_.relations.push_back(RelationMention{backed, "backed_by", subject, by, 0.7});
    }
    return;
  }
  bool related = false;
  auto relate = [&](const char* relation, const ActorSpan& object) {
    // ("Islamic State Khorasan Province, the militant group's regional
    // affiliate": a group told again, for the document to resolve.)
    // ("the group's Afghan affiliate": so is "the group".)
    const bool group_told_again =
        object.kind == "anaphor" &&
        (object.end > object.begin + 1 || (object.begin > 0 && Lemma(object.begin - 1) == "the")) &&
        IsGroupAnaphor(Lemma(object.end - 1));
    if ((object.kind == "anaphor" && !group_told_again) ||
        IdentityKey(object) == IdentityKey(subject)) {
      return;
    }
    out_.relations.push_back(RelationMention{subject, relation, object, by, 0.7});
    related = true;
  };
  if (const char* relation = noun_relation) {
    for (const ActorSpan& object : ActorsOfNp(object_np)) relate(relation, object);
    // "the Al-Quds Brigades, Islamic Jihad's armed wing": a possessor the
    // phrase holds with its head (the actor finder reads "Islamic Jihad's
    // armed wing" as the group's).
    // ("was once al Qaeda's official branch in Syria": no longer.)
    const bool once = np.begin > 0 && IsAny(Lemma(np.begin - 1), {"once", "formerly"});
    if (!related && object_np == kNone && !once) {
      const ActorSpan* owner = SpanIn(np.begin, np.end, static_cast<int>(np.head));
      bool possessive = false;
      for (uint32_t k = np.begin; owner != nullptr && k < np.head; ++k) {
        possessive = possessive || (Tag(k) == T::kPOS && k > owner->begin);
      }
      // ("Turkey, a NATO member": the body a member is named with.)
      const bool member_of_body =
          owner != nullptr && owner->kind == "igo" && std::string_view(relation) == "member_of";
      if ((possessive || member_of_body) && owner->kind != "agent" && owner->compound.empty()) {
        relate(relation, *owner);
      }
    }
    if (!related) {
      for (const ActorSpan& object : AgentsOfRelative(np_index, IsFrontVerb)) {
        relate(relation, object);
      }
    }
    // "a front for Iran-backed militias", "one of several names used by
    // Iran-backed militias": groups no one named, called so with their backer.
    for (int k : {object_np, RelativeAgent(np_index, IsFrontVerb)}) {
      if (related || k == kNone) continue;
      if (auto group = ActorOfNp(k); group && group->kind == "agent" && !group->backer.empty()) {
        relate(relation, *group);
      }
    }
    if (related) return;
  }
  for (const ActorSpan& backer : AgentsOfRelative(np_index, IsBackingVerb)) {
    relate("backed_by", backer);
  }
  // "a group linked to Iran", "a force aligned with Moscow": a participle
  // of affiliation; "a mercenary force with close ties to the Kremlin".
  for (const Clause& clause : a_.clauses) {
    if (clause.link != ClauseLink::kRelative || clause.modified_np != np_index) continue;
    const VerbGroup& vg = a_.verbs[clause.verb];
    if (vg.negated || vg.voice != Voice::kPassive ||
        !IsAny(Lemma(vg.head), {"link", "ally", "align", "affiliate", "tie", "connect"})) {
      continue;
    }
    for (const ActorSpan& ally : ActorsOfNp(PrepNp(clause, {"to", "with"}))) {
      relate("allied_with", ally);
    }
  }
  if (const int ties = PrepAfterNp(np_index, {"with"});
      ties != kNone && IsAny(Lemma(a_.nps[ties].head), {"tie", "link", "connection"})) {
    for (const ActorSpan& ally : ActorsOfNp(PrepAfterNp(ties, {"to", "with"}))) {
      relate("allied_with", ally);
    }
  }
  // Compounds inside the phrase or its complement: "an Iran-backed militia"
  // (not a person's: "Denis Pushilin, leader of the Russian-backed Donetsk
  // People's Republic" is the republic's backing).
  for (int candidate : {np_index, object_np}) {
    if (candidate == kNone || (candidate == object_np && subject.kind == "person")) continue;
    const NounPhrase& p = a_.nps[candidate];
    for (const ActorSpan& span : in_.actors) {
      if (span.begin < p.begin || span.end > p.end || span.compound.empty()) continue;
      if (const char* relation = RelationForCompound(span.compound)) relate(relation, span);
    }
  }
}

// The compound relation of an NP ("Iran-backed factions"), if any.
const ActorSpan* Coding::CompoundIn(const NounPhrase& np, const char*& relation) const {
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
void Coding::RelationsFromPhrases() {
  for (size_t k = 0; k < a_.nps.size(); ++k) {
    const NounPhrase& np = a_.nps[k];
    const ActorSpan* own = SpanIn(np.begin, np.end, static_cast<int>(np.head));
    // A state's organ is a party ("Yemen's internationally recognised
    // government, which is backed by a Saudi-led military coalition").
    const bool organ = own != nullptr && own->kind == "agent" && !own->actor.country.empty() &&
                       IsAny(own->actor.sector, {"GOV", "MIL"}) && own->compound.empty();
    // So is a named group or government ("the Government of National Accord,
    // which is backed by Turkey", "the LNA ..., supported by the UAE").
    const bool named = own != nullptr && own->compound.empty() &&
                       !IsAny(own->kind, {"agent", "anaphor", "state", "person", "place", "igo"});
    if (organ || named) {
      for (const ActorSpan& backer : AgentsOfRelative(static_cast<int>(k), IsBackingVerb)) {
        if (backer.actor.country != own->actor.country) {
          out_.relations.push_back(
              RelationMention{*own, "backed_by", backer, sentence_speaker_, 0.7});
        }
      }
    }
    // "Hamas' armed wing, the Izz el-Deen al-Qassam Brigades": a part
    // described before its name.
    // "Hamas's ally, Palestinian Islamic Jihad": the possessor phrase's.
    // ("the group's Afghan branch, Islamic State Khorasan Province": a
    // demonym says where the part is, not whose.)
    const ActorSpan* whole_span = own != nullptr && own->demonym ? nullptr : own;
    std::optional<ActorSpan> owner;
    if (whole_span == nullptr && np.possessor != kNone && np.apposition != kNone) {
      owner = ActorOfNp(np.possessor);
      if (owner) whole_span = &*owner;
    }
    if (np.apposition != kNone && whole_span != nullptr && whole_span->begin < np.head &&
        whole_span->kind != "agent" && whole_span->compound.empty()) {
      const NounPhrase& named = a_.nps[np.apposition];
      const ActorSpan* part = SpanIn(named.begin, named.end, static_cast<int>(named.head));
      const char* relation = RelationForNoun(Lemma(np.head));
      const bool possessor =
          named.end < n_ && Tag(named.end) == T::kPOS;  // "Georgia's Carl Vinson"
      // "the Muslim Brotherhood and its political arm, the Freedom and
      // Justice Party": whose "its" is.
      const std::optional<ActorSpan> whole = whole_span->kind == "anaphor"
                                                 ? OwnerOfPronoun(static_cast<int>(k), *whole_span)
                                                 : *whole_span;
      if (relation != nullptr && part != nullptr && whole && !possessor &&
          part->begin <= named.head && named.head < part->end && part->kind != "agent" &&
          part->kind != "anaphor" && part->compound.empty() &&
          IdentityKey(*part) != IdentityKey(*whole)) {
        out_.relations.push_back(RelationMention{*part, relation, *whole, sentence_speaker_, 0.7});
        continue;
      }
    }
    // "the Iran-allied group": a group named before, for the document to
    // resolve.
    if (Lemma(np.begin) == "the" && Tag(np.head) == T::kNN && IsGroupAnaphor(Lemma(np.head)) &&
        (own == nullptr || own->end <= np.head || own->kind == "agent")) {
      const char* relation = nullptr;
      if (const ActorSpan* backer = CompoundIn(np, relation); backer && backer->end <= np.head) {
        out_.relations.push_back(RelationMention{Anaphor(np.head, np.head + 1), relation, *backer,
                                                 sentence_speaker_, 0.7});
      }
    }
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
    // "Sadr, whose Sadrist movement ...", "Haftar's Libyan National Army": a
    // party or armed group a person has is one he leads.
    if (own != nullptr && own->compound.empty() && own->begin <= np.head &&
        IsAny(own->kind, {"party", "armed_group", "umbrella", "front_group"})) {
      int owner_np = np.possessor;
      if (owner_np == kNone && np.begin >= 2 && Lower(np.begin - 1) == "whose") {
        const uint32_t before = Tag(np.begin - 2) == T::kComma ? np.begin - 2 : np.begin - 1;
        if (before > 0) owner_np = a_.np_of_token[before - 1];
      }
      if (const auto leader = ActorOfNp(owner_np); leader && leader->kind == "person") {
        out_.relations.push_back(RelationMention{*leader, "leads", *own, sentence_speaker_, 0.6});
      }
    }
    // "the People's Liberation Army's Eastern Theater Command", "the
    // police's Special Anti-Robbery Squad": a named force or group a group
    // or a state's organ has is part of it (not of the state: "Iran's
    // Revolutionary Guards").
    if (own != nullptr && own->compound.empty() && np.possessor != kNone &&
        own->begin >= a_.nps[np.possessor].end &&
        IsAny(own->kind, {"military", "police", "intelligence", "armed_group", "front_group"})) {
      const auto owner = ActorOfNp(np.possessor);
      const bool organ_word = owner && owner->kind == "anaphor" &&
                              (IsStateForceWord(Lemma(owner->end - 1)) ||
                               IsAny(Lemma(owner->end - 1), {"group", "movement"}));
      if (owner &&
          (organ_word ||
           (IsRelationParty(*owner) && !IsAny(owner->kind, {"state", "person", "place", "igo"}))) &&
          IdentityKey(*owner) != IdentityKey(*own)) {
        out_.relations.push_back(RelationMention{*own, "part_of", *owner, sentence_speaker_, 0.7});
      }
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
      // "Russia and Iran, Assad's main allies,": a plural description is of
      // each party of the list it follows.
      if (Tag(a_.nps[np.apposition].head) == T::kNNS) {
        for (size_t j = 0; j < k; ++j) {
          if (!ListLeadsTo(static_cast<int>(j), static_cast<int>(k))) continue;
          for (int m = static_cast<int>(j); m != static_cast<int>(k); m = a_.nps[m].conjunct) {
            if (auto named = ActorOfNp(m); named && IsRelationParty(*named)) {
              RelationFromPredicate(*named, np.apposition, sentence_speaker_);
            }
          }
          break;
        }
      }
    }
    // "army chief General Abdel Fattah al-Burhan", "National police chief
    // Tito Karnavian": a title before the name.
    if (const ActorSpan* person = SpanIn(np.begin, np.end, static_cast<int>(np.head));
        person != nullptr && person->kind == "person" && person->begin > np.begin &&
        person->begin <= np.head) {
      LeadershipFromTitle(*person, np);
    }
    // "Abu Mohammed al-Jolani, the leader of Hayat Tahrir al-Sham"; "the
    // leader of Hayat Tahrir al-Sham, Abu Mohammed al-Jolani".
    if (np.apposition != kNone) {
      // The person a phrase names, when a person's span covers its head.
      const auto person_named = [&](const NounPhrase& p) -> const ActorSpan* {
        const ActorSpan* span = SpanIn(p.begin, p.end, static_cast<int>(p.head));
        return span != nullptr && span->kind == "person" && span->begin <= p.head &&
                       p.head < span->end
                   ? span
                   : nullptr;
      };
      if (const ActorSpan* person = person_named(np)) {
        // "Debretsion Gebremichael, Tigray's regional president and TPLF
        // chairman,": each office in the description.
        for (int d = np.apposition, guard = 0; d != kNone && guard < 4;
             d = a_.nps[d].conjunct, ++guard) {
          LeadershipFromDescription(*person, d);
        }
      } else if (const ActorSpan* named = person_named(a_.nps[np.apposition])) {
        LeadershipFromDescription(*named, static_cast<int>(k));
      }
    }
    // "the Libyan National Army of eastern commander Khalifa Haftar": a
    // body of its commander.
    if (own != nullptr && np.of_complement != kNone && IsLedBody(*own)) {
      const NounPhrase& of = a_.nps[np.of_complement];
      const ActorSpan* person = SpanIn(of.begin, of.end, static_cast<int>(of.head));
      // The title is inside the person's span or just before it.
      const auto leader_word = [&](uint32_t t) {
        return IsAny(Lemma(t), {"leader", "commander", "chief", "head"});
      };
      if (person != nullptr && person->kind == "person" &&
          (leader_word(person->begin) ||
           (person->begin > of.begin && leader_word(person->begin - 1)))) {
        out_.relations.push_back(RelationMention{*person, "leads", *own, sentence_speaker_, 0.7});
      }
    }
    // "hand over TTP leader Mullah Fazlullah": a person the knowledge base
    // does not know, titled leader of the body named before the title (the
    // actor finder reads the titles of known persons: StatedLeaderships).
    const ActorSpan* person = SpanIn(np.begin, np.end, static_cast<int>(np.head));
    if (person != nullptr && person->kind == "person" && person->kb_index < 0 &&
        person->begin > np.begin && person->begin <= np.head) {
      const uint32_t title = person->begin - 1;
      const ActorSpan* body = nullptr;
      for (const ActorSpan& span : in_.actors) {
        if (span.begin >= np.begin && span.end >= title && span.end <= title + 1 &&
            span.begin < title && span.compound.empty()) {
          body = &span;
        }
      }
      if (body != nullptr && IsLedBody(*body) &&
          IsAny(Lemma(title), {"leader", "commander", "chief", "head", "chairman", "emir"})) {
        out_.relations.push_back(RelationMention{*person, "leads", *body, sentence_speaker_, 0.7});
      }
    }
  }
}

// Does the conjunct chain from `first` reach `last`?
bool Coding::ListLeadsTo(int first, int last) const {
  for (int m = first, guard = 0; m != kNone && guard < 8; m = a_.nps[m].conjunct, ++guard) {
    if (m == last) return m != first;
  }
  return false;
}

// The party a clause tells of: its subject, or, for a relative clause on
// a description, the named party described ("an umbrella for militias
// that includes X"; "Ansar Dine, a Tuareg Islamist group that has fought
// alongside AQIM"; "the TTP is an alliance of factions that is allied
// with the Afghan Taliban").
std::optional<ActorSpan> Coding::DescribedParty(const Clause& clause) const {
  std::optional<ActorSpan> party = RelationSubject(clause.subject);
  const int described = clause.subject != kNone ? clause.subject : clause.modified_np;
  if (clause.link != ClauseLink::kRelative || described == kNone) return party;
  if (!party) party = RelationSubject(described);
  const uint32_t at = a_.nps[described].begin;
  // "Hezbollah, whose fighters have fought alongside Assad's forces": the
  // owner.
  if (at > 0 && Lower(at - 1) == "whose") {
    if (auto owner = ActorOfNp(clause.modified_np); owner && owner->kind != "agent") return owner;
  }
  const auto near = [&](int np_index) {
    return np_index != kNone && a_.nps[np_index].begin <= at && at - a_.nps[np_index].begin <= 8;
  };
  // ("Osama Hamad, head of the eastern-based government, which is aligned
  // with Haftar": "which" tells of no person.)
  bool which = false;
  for (uint32_t k = a_.verbs[clause.verb].begin; k > 0 && k + 3 > a_.verbs[clause.verb].begin;
       --k) {
    which = which || Lower(k - 1) == "which";
  }
  for (const NounPhrase& np : a_.nps) {
    if (!near(np.apposition)) continue;
    if (const ActorSpan* named = SpanIn(np.begin, np.end, static_cast<int>(np.head));
        named != nullptr && named->kind != "agent" && !(which && named->kind == "person")) {
      party = *named;
    }
  }
  for (const Clause& copula : a_.clauses) {
    if (party && party->kind != "agent") break;
    if (&copula == &clause || !near(copula.object) || Lemma(a_.verbs[copula.verb].head) != "be") {
      continue;
    }
    if (auto named = ActorOfNp(copula.subject); named && named->kind != "agent") party = named;
  }
  return party;
}

// The named parties a phrase names, else the state's organ it names ("the
// Ethiopian army", "Pakistan's military intelligence agency").
std::vector<ActorSpan> Coding::PartiesOfNp(int np_index) const {
  std::vector<ActorSpan> parties = ActorsOfNp(np_index);
  if (auto organ = ActorOfNp(np_index); parties.empty() && organ) parties.push_back(*organ);
  return parties;
}

// A named party, or a state's organ ("Ethiopia's army", "Pakistan's
// military intelligence agency", "the Haitian National Police"); not a
// generic agent ("militants") nor a pronoun left unresolved.
bool Coding::IsRelationParty(const ActorSpan& span) const {
  if (span.kind == "anaphor") return false;
  if (span.kind != "agent") return true;
  return span.compound.empty() && !span.actor.country.empty() && IsStateSector(span.actor.sector);
}

// "the umbrella includes X", "an umbrella for militias that includes X":
// members of a coalition.
void Coding::CodeInclusion(const Clause& clause) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.negated || (clause.subject == kNone && clause.link != ClauseLink::kRelative)) return;
  std::optional<ActorSpan> whole = DescribedParty(clause);
  if (!whole || whole->kind == "agent") return;
  if (whole->kind != "anaphor" && !IsGroupKindName(whole->kind)) return;
  // "includes X", "comprises X"; "made up of X", "composed of X",
  // "consisting of X": the members are listed after the verb or "of".
  const bool of = IsAny(Lemma(vg.head), {"make", "compose", "comprise", "consist"}) &&
                  vg.end < n_ &&
                  (Lemma(vg.end) == "of" ||
                   (Lemma(vg.end) == "up" && vg.end + 1 < n_ && Lemma(vg.end + 1) == "of"));
  int list = of ? PrepNp(clause, {"of"}) : clause.object;
  if (list == kNone || list == clause.modified_np) return;
  // The list runs to the next verb, past acronyms in brackets that cut it
  // into phrases ("the Myanmar National Democratic Alliance Army (MNDAA),
  // the Ta'ang National Liberation Army (TNLA) and the Arakan Army").
  const size_t next = static_cast<size_t>(clause.verb) + 1;
  const uint32_t stop = next < a_.verbs.size() ? a_.verbs[next].begin : n_;
  std::vector<std::string> seen;
  for (const ActorSpan& member : in_.actors) {
    if (member.begin < a_.nps[list].begin || member.end > stop) continue;
    if (member.kind == "anaphor" || member.kind == "agent" || !member.compound.empty()) continue;
    if (!IsGroupKindName(member.kind) && !IsAny(member.kind, {"state", "military"})) continue;
    const std::string key = IdentityKey(member);
    if (key == IdentityKey(*whole) || std::find(seen.begin(), seen.end(), key) != seen.end()) {
      continue;
    }
    seen.push_back(key);
    out_.relations.push_back(RelationMention{member, "member_of", *whole, SpeakerOf(clause), 0.7});
  }
}

// "Eritrean troops have fought alongside Ethiopia's army", "the TTP is
// allied with the Afghan Taliban", "Boko Haram has ties to AQIM": an
// alliance, stated as a relation; fighting side by side is no attack.
void Coding::CodeAlliance(const Clause& clause, const Trigger& trigger, int partner_np) {
  const VerbGroup& vg = a_.verbs[clause.verb];
  if (vg.negated || vg.modal || vg.tense == Tense::kFuture) return;
  // "they have no known links to the Somali group": denied by the object.
  if (clause.object != kNone && Lemma(a_.nps[clause.object].begin) == "no") {
    used_np_[clause.object] = true;
    return;
  }
  int partner = partner_np != kNone ? partner_np : PrepNp(clause, trigger.target_preps);
  if (partner == kNone) partner = clause.object;
  // ("Artillery joined the bombardment": what is joined may be an act.)
  const bool part = trigger.role == TriggerRole::kPart;
  const bool member = trigger.role == TriggerRole::kMember || part;
  if (partner != kNone && !member) used_np_[partner] = true;
  const std::optional<ActorSpan> party = DescribedParty(clause);
  if (!party || (party->kind != "anaphor" && !IsRelationParty(*party))) return;
  // "The ADF pledged allegiance to Islamic State", "Armenia joined the
  // CSTO": a member of a group or international body (not of a state, nor
  // of a person). "al-Mourabitoun merged into AQIM", "Kenyan troops serve in
  // AMISOM": a part of it (a person in one is a member).
  const char* relation = "allied_with";
  if (member) relation = part && party->kind != "person" ? "part_of" : "member_of";
  // ("serve in the African Union mission there, AMISOM": the name set off
  // after a body its noun's modifier only qualifies.)
  std::vector<ActorSpan> allies = PartiesOfNp(partner);
  if (const int named = partner != kNone ? a_.nps[partner].apposition : kNone;
      named != kNone && !allies.empty() &&
      std::all_of(allies.begin(), allies.end(),
                  [&](const ActorSpan& a) { return a.end <= a_.nps[partner].head; }) &&
      !ActorsOfNp(named).empty()) {
    allies = ActorsOfNp(named);
  }
  for (const ActorSpan& ally : allies) {
    if (!IsRelationParty(ally) || IdentityKey(ally) == IdentityKey(*party)) continue;
    if (member && (!IsGroupKindName(ally.kind) && ally.kind != "igo")) continue;
    used_np_[partner] = true;
    out_.relations.push_back(RelationMention{*party, relation, ally, SpeakerOf(clause), 0.6});
  }
}

}  // namespace casus::coding
