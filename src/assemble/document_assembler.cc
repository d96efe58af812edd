#include "assemble/document_assembler.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "assemble/acled_mapping.h"
#include "assemble/assembly.h"
#include "assemble/draft.h"
#include "assemble/event_sides.h"
#include "assemble/protests.h"
#include "assemble/referents.h"
#include "assemble/sites.h"
#include "base/word_lists.h"
#include "code/coding_words.h"

namespace casus {
namespace {

using sides::Conflicts;
using sides::GiveLocalCountry;
using sides::IsDescribedDoer;
using sides::IsGeneric;
using sides::IsGovernment;
using sides::IsGroupKind;
using sides::IsPlace;
using sides::Prefer;
using sides::SameSide;

// An attack from the air and a shooting: two acts.
bool AirAndGround(const std::string& a, const std::string& b) {
  const auto from_the_air = [](const std::string& mode) {
    return IsAny(mode, {"aerial", "drone"});
  };
  return (from_the_air(a) && b == "firearms") || (a == "firearms" && from_the_air(b));
}

// A mention in its doer's own words ("the group said it had targeted the
// base"): the speaker, or the body a spokesperson speaks for, did it.
bool IsOwnAccount(const EventMention& m) {
  if (!m.speaker || !m.source) return false;
  if (!m.speaker->org.id.empty() && m.speaker->org.id == m.source->actor.id) return true;
  return IdentityKey(*m.speaker) == IdentityKey(*m.source);
}

// "the abduction of 200 schoolgirls last month" ... "on the night of April
// 14": a day inside a week or month told of one act is that act's day.
bool WithinPeriod(const Date& a, DatePrecision a_precision, const Date& b,
                  DatePrecision b_precision) {
  auto inside = [](const Date& day, const Date& start, DatePrecision period) {
    if (period == DatePrecision::kWeek) {
      return day.ToDays() >= start.ToDays() && day.ToDays() < start.ToDays() + 7;
    }
    if (period == DatePrecision::kMonth) {
      return day.year == start.year && day.month == start.month;
    }
    return false;
  };
  return (b_precision == DatePrecision::kDay && inside(b, a, a_precision)) ||
         (a_precision == DatePrecision::kDay && inside(a, b, b_precision));
}

// The date a mention tells: its sentence's, less the days it is told as
// coming before ("a day after separatist forces agreed").
std::optional<Date> DateOf(const SentenceFacts& facts, const EventMention& m) {
  if (!facts.date || m.undated) return std::nullopt;
  return m.days_before > 0 ? facts.date->AddDays(-m.days_before) : *facts.date;
}

}  // namespace

CodedDocument Assembly::Run() {
  CodedDocument out;
  out.doc = doc_.id;
  document_country_ = ReportCountry(sentences_, dateline_);
  for (size_t s = 0; s < sentences_.size(); ++s) {
    SentenceFacts& facts = sentences_[s];
    referents_.Resolve(facts);
    if (options_.emit_mentions) AddMentions(facts, out);
    for (const RelationMention& r : facts.coding.relations) AddRelation(r, facts, out);
    if (facts.historical && !facts.date) continue;
    AccuseForTheVictims(facts);
    // An accusation read from a speaker naming the doer of an act is none
    // when the speaker turns out to be of the doer's country.
    // (A state's official naming a gang or armed group of the state's own
    // country accuses it: "Mexico City's police chief said his convoy had
    // been attacked by the Jalisco New Generation Cartel".)
    const auto own_side = [](const std::optional<ActorSpan>& by, const ActorSpan& doer) {
      if (!by || by->actor.country.empty()) return true;
      return by->actor.country == doer.actor.country &&
             !coding::IsStateAgainstOutlaws(by->actor.sector, doer.actor.sector);
    };
    std::erase_if(facts.coding.events, [&](const EventMention& m) {
      return m.reported_doer && m.target && own_side(m.source, *m.target);
    });
    std::erase_if(facts.coding.attributions, [&](const AttributionMention& a) {
      return a.reported_doer && own_side(a.by, a.actor);
    });
    for (const EventMention& m : facts.coding.events) Place(m, static_cast<uint32_t>(s));
    for (const ClaimMention& c : facts.coding.claims) AttachClaim(c, static_cast<uint32_t>(s));
    for (const AttributionMention& a : facts.coding.attributions) {
      AttachAttribution(a, static_cast<uint32_t>(s));
    }
    AttachCounts(static_cast<uint32_t>(s));
  }
  lead_date_ = LeadDate();
  for (size_t i = 0; i < drafts_.size(); ++i) {
    if (!drafts_[i].target && !drafts_[i].about.empty()) {
      drafts_[i].target = StateAnswered(drafts_[i], PartyAddressed(drafts_, i));
    }
  }
  FoldRepression(drafts_, sentences_);
  for (const Draft& draft : drafts_) {
    // A bare "the attack" with nothing coded about it is no event; a
    // protest told beside the people protesting is.
    if (draft.only_nominal && draft.claims.empty() && draft.attributions.empty() && !draft.source &&
        !draft.target && !HasCasualties(draft) &&
        !(draft.code.type == "PROTEST" && ProtestersNamed(draft.sentences, false))) {
      continue;
    }
    Event event = Finish(draft);
    // A statement or accord of no one to no one says nothing to code; an
    // act of force, an arrest or a protest is coded where it happened.
    if (!event.actor1 && !event.actor2 && !IsAny(event.type, {"ASSAULT", "PROTEST", "COERCE"}))
      continue;
    // A meeting needs a counterpart: "the emir visited the scene", "the
    // prime minister met security commanders" (his own) meet no party.
    if (event.type == "CONSULT" &&
        (!draft.target || ((IsGeneric(*draft.target) || IsPlace(*draft.target)) && draft.source &&
                           draft.target->actor.country == draft.source->actor.country))) {
      continue;
    }
    // A strike on several listed sites is one event per site (as ACLED
    // codes them); a toll stays with the first, where it is reported,
    // but that no one was hit holds for every site. A site in a country
    // of its own takes the toll told of that country ("16 killed near
    // al-Qaim" in Iraq, "18 killed around Mayadin" in Syria).
    const std::vector<Location> listed = SitesOf(draft, sentences_);
    if (event.type == "ASSAULT" && !listed.empty()) {
      for (size_t k = 0; k < listed.size(); ++k) {
        Event at_site = event;
        at_site.location = listed[k];
        if (k > 0 && at_site.fatalities.value_or(0) > 0) at_site.fatalities.reset();
        if (k > 0 && at_site.injuries.value_or(0) > 0) at_site.injuries.reset();
        if (const auto toll = TollIn(draft, listed[k].country, listed, sentences_)) {
          at_site.fatalities = toll->killed;
          at_site.injuries = toll->injured;
        }
        at_site.id = EventId(at_site);
        out.events.push_back(std::move(at_site));
      }
      continue;
    }
    out.events.push_back(std::move(event));
  }
  std::stable_sort(out.events.begin(), out.events.end(), [](const Event& a, const Event& b) {
    return a.evidence.front().sentence < b.evidence.front().sentence;
  });
  return out;
}

std::optional<ActorSpan> Assembly::StateAnswered(const Draft& statement,
                                                 std::optional<ActorSpan> party) const {
  if (!party || !statement.source || !options_.state_of) return party;
  const ActorSpan& speaker = *statement.source;
  const std::string& country = party->actor.country;
  const bool forces = party->actor.sector == "MIL" && party->kind != "person";
  const bool of_state =
      sides::IsGovernment(speaker) || IsAny(speaker.actor.sector, {"GOV", "MIL", "COP", "SPY"});
  if (!forces || !of_state || country.empty() || speaker.actor.country.empty() ||
      speaker.actor.country == country) {
    return party;
  }
  if (auto state = options_.state_of(country)) return state;
  return party;
}

void Assembly::AddMentions(const SentenceFacts& facts, CodedDocument& out) const {
  for (const EventMention& m : facts.coding.events) {
    Mention mention;
    mention.doc = doc_.id;
    mention.sentence = facts.index;
    if (m.source) mention.source = m.source->actor;
    if (m.target) mention.target = m.target->actor;
    mention.type = m.code.type;
    mention.mode = m.code.mode;
    mention.cameo = m.code.cameo;
    mention.evidence = facts.evidence;
    out.mentions.push_back(std::move(mention));
  }
}

void Assembly::AddRelation(const RelationMention& r, const SentenceFacts& facts,
                           CodedDocument& out) {
  if (r.subject.actor.name.empty() || r.object.actor.name.empty()) return;
  if (IdentityKey(r.subject) == IdentityKey(r.object)) return;
  const std::string key = IdentityKey(r.subject) + ">" + r.relation + ">" + IdentityKey(r.object);
  // A group both a part and a member of another ("al Qaeda's affiliate in
  // the Sahel ... The group, which has pledged allegiance to al Qaeda") is
  // a part of it.
  const auto pair_key = [&](std::string_view relation) {
    return IdentityKey(r.subject) + ">" + std::string(relation) + ">" + IdentityKey(r.object);
  };
  if (r.relation == "member_of" && relation_keys_.contains(pair_key("part_of"))) return;
  if (r.relation == "part_of") {
    if (const auto member = relation_keys_.find(pair_key("member_of"));
        member != relation_keys_.end()) {
      out.relations[member->second].relation = "part_of";
      relation_keys_.emplace(key, member->second);
      return;
    }
  }
  // One relation told twice: the telling that says whose word it is gives
  // the speaker ("Turkey accuses the HDP of being a front for the PKK").
  if (const auto [told, added] = relation_keys_.try_emplace(key, out.relations.size()); !added) {
    if (Relation& first = out.relations[told->second]; !first.by && r.by) first.by = r.by->actor;
    return;
  }
  Relation relation;
  relation.doc = doc_.id;
  relation.subject = r.subject.actor;
  relation.relation = r.relation;
  relation.object = r.object.actor;
  if (r.by) relation.by = r.by->actor;
  relation.evidence = facts.evidence;
  relation.confidence = facts.hedged ? r.confidence * 0.8 : r.confidence;
  out.relations.push_back(relation);
  doc_relations_.push_back(r);
}

void Assembly::AccuseForTheVictims(SentenceFacts& facts) const {
  // Whether `speaker` speaks for `side`: the same actor, its spokesperson,
  // or the person the document says leads it.
  auto speaks_for = [&](const ActorSpan& speaker, const ActorSpan& side) {
    if (IdentityKey(speaker) == IdentityKey(side)) return true;
    if (!speaker.org.id.empty() && speaker.org.id == side.actor.id) return true;
    return std::any_of(doc_relations_.begin(), doc_relations_.end(), [&](const RelationMention& r) {
      return r.relation == "leads" && IdentityKey(r.subject) == IdentityKey(speaker) &&
             IdentityKey(r.object) == IdentityKey(side);
    });
  };
  std::vector<EventMention> accusations;
  for (const EventMention& m : facts.coding.events) {
    if (m.code.type != "ASSAULT" || m.background || m.nominal || !m.speaker || !m.source ||
        !m.target || m.speaker->kind == "anaphor" || IsGeneric(*m.source) || IsPlace(*m.target) ||
        !speaks_for(*m.speaker, *m.target) || speaks_for(*m.speaker, *m.source)) {
      continue;
    }
    const bool told = std::any_of(facts.coding.events.begin(), facts.coding.events.end(),
                                  [&](const EventMention& other) {
                                    return other.code.type == "ACCUSE" && other.source &&
                                           IdentityKey(*other.source) == IdentityKey(*m.speaker);
                                  });
    if (told) continue;
    EventMention accusation;
    accusation.code = EventCode{"ACCUSE", "disapprove", "112", ""};
    accusation.trigger = m.trigger;
    accusation.source = m.speaker;
    accusation.target = m.source;
    accusation.about = "ASSAULT";
    accusations.push_back(std::move(accusation));
    facts.coding.attributions.push_back(AttributionMention{*m.source, m.speaker, kNone, "ASSAULT"});
  }
  for (EventMention& a : accusations) facts.coding.events.push_back(std::move(a));
}

bool Assembly::Compatible(const Draft& draft, const EventMention& m, uint32_t s) const {
  if (draft.code.type != m.code.type) return false;
  // "the terrorist attacks": a back-reference describing its doers
  // generically names no other perpetrator.
  const bool described = m.nominal && m.definite && m.source && IsGeneric(*m.source);
  // "The Houthis seized a cargo ship ... The car carrier Galaxy Leader was
  // boarded by armed men": doers of no name or country, acting on the
  // same ship, are the ones named.
  const bool same_ship = draft.target && m.target && draft.target->vessel && m.target->vessel &&
                         !Conflicts(draft.target, m.target, true);
  const bool unnamed_doers = m.source && IsGeneric(*m.source) && m.source->actor.country.empty();
  // "Hamas fighters fired rockets ... Hamas's armed wing, the Qassam
  // Brigades, claimed responsibility, saying it had targeted ...": a
  // group and a body of it are one doer.
  const bool one_body = draft.source && m.source && options_.part_of &&
                        (options_.part_of(m.source->kb_index, draft.source->kb_index) ||
                         options_.part_of(draft.source->kb_index, m.source->kb_index));
  // "The Houthis killed Saleh ... The Houthi-run interior ministry said its
  // forces had killed Saleh": a blow at one named person, told with two
  // names of its doers, is one act.
  const bool one_victim = draft.code.type == "ASSAULT" && draft.target && m.target &&
                          m.target->kind == "person" &&
                          IdentityKey(*draft.target) == IdentityKey(*m.target);
  // "A suicide bomber blew himself up ... Islamic State said two of its
  // members had carried out the attacks": doers told only by what they are
  // may be the group that says it was them.
  const bool group_of_described = draft.code.type == "ASSAULT" && draft.source && m.source &&
                                  (IsOwnAccount(m) || (m.nominal && m.definite)) &&
                                  IsDescribedDoer(*draft.source) &&
                                  (IsDescribedDoer(*m.source) || IsGroupKind(m.source->kind));
  // "... concluded that the Islamic State carried out Tuesday's massacre at
  // a maternity ward in Kabul. Three gunmen stormed the hospital": doers
  // told only by what they are may be the group named as doing the act.
  const bool described_of_group = draft.code.type == "ASSAULT" && draft.source && m.source &&
                                  IsGroupKind(draft.source->kind) &&
                                  draft.source->kind != "local" && IsDescribedDoer(*m.source);
  if (!described && !(same_ship && unnamed_doers) && !one_body && !one_victim &&
      !described_of_group && !group_of_described && Conflicts(draft.source, m.source)) {
    return false;
  }
  // "Al Shabaab claimed responsibility ... The government says it has
  // retaken dozens of villages": an act of doers other than those who
  // claimed an act of no doer named is another act.
  if (draft.code.type == "ASSAULT" && !draft.source && m.source && !draft.claims.empty() &&
      !(m.nominal && m.definite) && !IsDescribedDoer(*m.source) &&
      std::all_of(draft.claims.begin(), draft.claims.end(),
                  [&](const ClaimMention& c) { return Conflicts(c.claimant, m.source); })) {
    return false;
  }
  // "the Houthis freed government soldiers ..., while the government freed
  // Houthi fighters": no one does to its own side what another does to
  // the other side (an attack at one's own side is told so: "fired on
  // their own").
  auto of_one_side = [&](const ActorSpan& a, const ActorSpan& b) {
    return SameSide(a, b) || (options_.part_of && (options_.part_of(a.kb_index, b.kb_index) ||
                                                   options_.part_of(b.kb_index, a.kb_index)));
  };
  if (draft.code.type != "ASSAULT" && !m.source && draft.source && m.target && draft.target &&
      of_one_side(*draft.source, *m.target) && !of_one_side(*draft.target, *m.target)) {
    return false;
  }
  const bool same_sentence = !draft.sentences.empty() && draft.sentences.back() == s;
  // One sentence may tell of one attack twice with other victims; a
  // statement aimed at two named parties is two events ("blamed the
  // United States and Israel").
  const bool one_act = same_sentence && IsAny(draft.code.type, {"ASSAULT", "PROTEST"});
  // "The Houthis seized a cargo ship ... The Houthis said they had captured
  // an 'Israeli ship'": the doers' own account of the act told, whatever
  // they call what they hit.
  const bool doers_account = IsOwnAccount(m) && draft.source && !IsGeneric(*draft.source) &&
                             IdentityKey(*draft.source) == IdentityKey(*m.source);
  // "The attacker shot dead a police officer and a civilian at the
  // entrance" after "the New Year attack on an Istanbul nightclub that
  // killed 39 people": the doer told again, with "the", tells more of the
  // act told before, whoever it names hit.
  // (Victims told of only by what they are, by doers not named, are not
  // other victims.)
  // (So do doers told by what they are, told again with "the": "Survivors
  // said the gunmen ... shot those they identified as Christians".)
  const bool doers_told_again =
      m.source && IsDescribedDoer(*m.source) && Lowercase(m.source->actor.text).starts_with("the ");
  const bool doer_again = draft.code.type == "ASSAULT" && (!m.source || doers_told_again) &&
                          (!draft.source || IsDescribedDoer(*draft.source)) && draft.target &&
                          m.target && IsGeneric(*draft.target) && IsGeneric(*m.target) &&
                          !IsDescribedDoer(*draft.target) && !IsDescribedDoer(*m.target);
  // (Protesters facing the police are the protest told before: "Protesters
  // set fire to the presidency ... In Sarajevo, hundreds of demonstrators
  // hurled stones and flares at police".)
  const bool protest_faces_forces = draft.code.type == "PROTEST" && m.target &&
                                    IsGeneric(*m.target) &&
                                    IsAny(m.target->actor.sector, {"COP", "MIL"});
  if (Conflicts(draft.target, m.target, true) && !m.casualty_only && !one_act && !doers_account &&
      !doer_again && !protest_faces_forces) {
    return false;
  }
  // "Moise was assassinated at his home, and police said they had killed
  // four suspected attackers": a blow at the doers is not the act they did
  // to someone named.
  // ("The strikes killed 25 fighters" of the militia struck is the strike.)
  // (Fighters killed in a strike on an armed group are its own: "struck
  // Islamic State positions, killing 22 militants".)
  auto at_doers = [](const std::optional<ActorSpan>& by, const std::optional<ActorSpan>& doers,
                     const std::optional<ActorSpan>& victim) {
    return by && !IsDescribedDoer(*by) && doers && IsDescribedDoer(*doers) && victim &&
           !IsGeneric(*victim) && !IsPlace(*victim) &&
           !IsAny(victim->actor.sector, {"REB", "UAF", "MIL", "COP", "SPY", "CRM"}) &&
           !IsAny(victim->kind, {"armed_group", "umbrella", "front_group", "military", "police"});
  };
  if (draft.code.type == "ASSAULT" && !m.casualty_only &&
      (at_doers(m.source, m.target, draft.target) ||
       at_doers(draft.source, draft.target, m.target))) {
    return false;
  }
  // "... when security forces killed four attackers. ... the college had
  // been targeted because ...": an act of no doer told, not at the doers,
  // is no more of the blow at them.
  // (A response: an attack by others was told before it. "Turkish jets
  // struck Kurdish militia positions ... Artillery joined the bombardment"
  // is the strike told again.)
  const bool response = draft.code.type == "ASSAULT" && IsBlowAtDescribedDoers(draft) &&
                        std::any_of(drafts_.begin(), drafts_.end(), [&](const Draft& other) {
                          return &other != &draft && other.code.type == "ASSAULT" && other.source &&
                                 !other.sentences.empty() && !draft.sentences.empty() &&
                                 other.sentences.front() < draft.sentences.front() &&
                                 Conflicts(other.source, draft.source);
                        });
  if (response && !m.casualty_only && !m.source && !(m.target && IsDescribedDoer(*m.target))) {
    return false;
  }
  // Measures of other kinds are other acts: "has expelled Canada's
  // ambassador ... was recalling its own ambassador ... suspended
  // flights" (not a back-reference: "the measures"); so are kinds of
  // coercion: "seized power, detaining Suu Kyi and declaring a state of
  // emergency".
  // (A seizure and the holding of those seized are one: "seized a tanker
  // and detained its crew".)
  // (Coercion of one mode is one act: "closed its borders and banned
  // flights" restrict alike.)
  const bool one_coercion =
      draft.code.type == "COERCE" &&
      (draft.code.mode == m.code.mode ||
       (IsAny(draft.code.mode, {"seize", "arrest"}) && IsAny(m.code.mode, {"seize", "arrest"})));
  if ((draft.code.type == "SANCTION" || draft.code.type == "COERCE") && !m.nominal &&
      !one_coercion && !draft.code.cameo.empty() && !m.code.cameo.empty() &&
      draft.code.cameo != m.code.cameo && !draft.code.cameo.starts_with(m.code.cameo) &&
      !m.code.cameo.starts_with(draft.code.cameo)) {
    return false;
  }
  // An air strike and a shooting are two acts: "Turkish warplanes struck
  // Kurdish targets in Iraq after an attack on TUSAS ... Two assailants
  // opened fire at the gate".
  if (draft.code.type == "ASSAULT" && !(m.nominal && m.definite) && !m.casualty_only &&
      AirAndGround(draft.code.mode, m.code.mode)) {
    return false;
  }
  // What two people say are two statements, even for one government
  // ("Kanaani said Tehran reserved the right to respond" ... "Khamenei said
  // Israel will be punished").
  if (sides::IsStatementType(draft.code.type) && draft.speaker && m.speaker &&
      sides::IsNamedPerson(*m.speaker) && IdentityKey(*draft.speaker) != IdentityKey(*m.speaker)) {
    return false;
  }
  const SentenceFacts& facts = sentences_[s];
  const std::optional<Date> told = DateOf(facts, m);
  // (A date an act only named so far took from a sentence telling another
  // act first is no date of its own: "Sharif telephoned Modi on Tuesday and
  // promised action against those behind a deadly assault on an Indian air
  // force base" ... "gunmen entered the base before dawn on Saturday".)
  if (draft.date && told && !(draft.date_told_aside && draft.only_nominal) &&
      std::abs(draft.date->ToDays() - told->ToDays()) > 1 &&
      !WithinPeriod(*draft.date, draft.precision, *told,
                    m.own_precision.value_or(facts.date_precision))) {
    return false;
  }
  // Reports of one act may date it a day apart, but not with other
  // weapons: "Israeli warplanes struck Hodeidah on Saturday ... The drone
  // hit the building on Friday" are two attacks.
  const bool other_weapons =
      !draft.weapons.empty() && !m.weapons.empty() &&
      std::none_of(m.weapons.begin(), m.weapons.end(), [&](const std::string& w) {
        return std::find(draft.weapons.begin(), draft.weapons.end(), w) != draft.weapons.end();
      });
  if (draft.date && told && *draft.date != *told && other_weapons) return false;
  // An attack told in another country than any the act's sentences name
  // ("Iran fired missiles at Al Udeid Air Base in Qatar ... an Iranian
  // missile struck a residential building in Beersheba") is another act;
  // a back-reference, a toll or the doers' own account still joins, and
  // a country named is no place told.
  // (Farther than one town's surroundings reach.)
  constexpr double kAnotherAreaKm = 150;
  if (draft.code.type == "ASSAULT" && !(m.nominal && m.definite) && !IsOwnAccount(m) &&
      !same_sentence &&
      (PlacedInAnotherCountry(draft, facts, sentences_) ||
       PlacedFarAway(draft, facts, sentences_, kAnotherAreaKm))) {
    return false;
  }
  // Protests are one event per town, as ACLED codes them: "In Tuzla,
  // demonstrators stormed the cantonal government building. In Mostar,
  // protesters set fire to the city hall" after the riot in Sarajevo.
  // (A protest of no protesters told, or of those told again, is the
  // protest told before: "The crowd had gathered to protest against the
  // alleged rape ... in the port city of Chabahar".)
  constexpr double kAnotherTownKm = 25;
  if (draft.code.type == "PROTEST" && !(m.nominal && m.definite) && !same_sentence && m.source &&
      m.source->kind != "anaphor" && PlacedFarAway(draft, facts, sentences_, kAnotherTownKm)) {
    return false;
  }
  return true;
}

void Assembly::Place(const EventMention& m, uint32_t s) {
  if (m.code.type.empty()) return;
  // An act told before whose doer a speaker alleges: a reference back to
  // it, the doer an attribution (AccuseForTheVictims, CodeReportedDoer).
  if (m.alleged && m.source) {
    EventMention back = m;
    back.source.reset();
    back.alleged = false;
    back.nominal = true;
    back.definite = true;
    Place(back, s);
    return;
  }
  if (JoinsAProtest(drafts_, m, s)) return;
  const bool back_reference = (m.nominal && m.definite) || m.casualty_only;
  Draft* target = nullptr;
  // Latest compatible draft: back-references and casualty reports join it;
  // other mentions join it when the same sentence or nothing distinguishes them.
  // "The Islamic Resistance in Iraq claimed the attack, saying it had
  // targeted the base": a group's own account of an attack is the attack
  // the report told without naming it ("Militants fired missiles at the
  // base").
  // (A statement in its maker's words is no account of another's: "Japan
  // said ... and lodged a protest" after Taiwan's ministry condemned.)
  const bool own_account =
      IsOwnAccount(m) && !IsGeneric(*m.source) && !sides::IsStatementType(m.code.type);
  auto named = [](const std::optional<ActorSpan>& a) {
    return a && !IsGeneric(*a) && !IsPlace(*a);
  };
  for (auto it = drafts_.rbegin(); own_account && it != drafts_.rend(); ++it) {
    if (it->code.type != m.code.type) continue;
    // (Past a response told since, aimed at the doers: "Afghan special
    // forces killed the attackers ... Taliban spokesman Zabihullah Mujahid
    // said the group's fighters had carried out the attack".)
    const bool response =
        it->source && it->target && !m.target &&
        (IsDescribedDoer(*it->target) || IdentityKey(*it->target) == IdentityKey(*m.source)) &&
        Conflicts(it->source, m.source);
    if (response) continue;
    // "Israel said it had killed Fuad Shukr" after Haniyeh's killing: an
    // account of a blow at someone else is another act.
    // ("... was assassinated, and police said they had killed four
    // suspected attackers": the doers are no one else's victims.)
    const bool at_doers = m.target && IsDescribedDoer(*m.target) && named(it->target);
    // ("The attacker shot dead a police officer ... The Turkish military
    // said its warplanes had struck Islamic State positions": a strike from
    // the air is no shooting's account.)
    const bool other_arms = AirAndGround(it->code.mode, m.code.mode);
    if ((!it->source || IsGeneric(*it->source)) && it->claims.empty() && !at_doers && !other_arms &&
        !(named(it->target) && named(m.target) && Conflicts(it->target, m.target, true))) {
      target = &*it;
    }
    break;
  }
  // "called the Israeli strike a brutal aggression": a back-reference
  // naming its doer is to that doer's act, not to a later one of no doer
  // named.
  if (back_reference && named(m.source)) {
    for (auto it = drafts_.rbegin(); target == nullptr && it != drafts_.rend(); ++it) {
      if (it->code.type == m.code.type && named(it->source) && !Conflicts(it->source, m.source) &&
          Compatible(*it, m, s)) {
        target = &*it;
      }
    }
  }
  // "Commandos fought them for eight hours ... The Pakistani Taliban
  // claimed the attack": what a group claims is no act of a state's forces
  // (when the report tells of an act of that kind by others at all).
  const bool claimed_by_group =
      back_reference &&
      std::any_of(sentences_[s].coding.claims.begin(), sentences_[s].coding.claims.end(),
                  [&](const ClaimMention& c) {
                    return c.event_type == m.code.type && !sides::OfState(c.claimant);
                  }) &&
      std::any_of(drafts_.begin(), drafts_.end(), [&](const Draft& d) {
        return d.code.type == m.code.type && !(d.source && sides::OfState(*d.source));
      });
  for (auto it = drafts_.rbegin(); target == nullptr && it != drafts_.rend(); ++it) {
    if (claimed_by_group && it->source && sides::OfState(*it->source)) continue;
    if (!Compatible(*it, m, s)) continue;
    const bool same_sentence = it->sentences.back() == s;
    // "Earlier on Sunday, a similar explosion ...": one more event; so is
    // one told with a day of its own in the sentence ("a day after another
    // family carried out suicide bombings").
    if (m.another && (!same_sentence || m.days_before > 0)) break;
    const bool both_known = (it->source && m.source) || (it->target && m.target);
    const bool violent = m.code.type == "ASSAULT" || m.code.mode == "seize";
    if (back_reference || same_sentence || m.nominal || both_known || violent) {
      target = &*it;
    }
    break;
  }
  // An earlier event named beside another ("launched the attack in
  // response to the strike on the consulate") is not part of it; nor is
  // one told by a verb of its own ("the compound was hit earlier by a
  // barrage that killed a contractor"): only a noun refers back.
  if (m.background && target != nullptr && (target->sentences.back() == s || !m.nominal)) {
    return;
  }
  if (target == nullptr) {
    if (m.background) return;  // earlier or repeated events: no new event
    drafts_.emplace_back();
    target = &drafts_.back();
    target->code = m.code;
    if (m.speaker && sides::IsNamedPerson(*m.speaker)) target->speaker = m.speaker;
  }
  Merge(*target, m, s);
}

void Assembly::Merge(Draft& draft, const EventMention& m, uint32_t s) {
  // A pattern the event is said to belong to ("factions which have waged a
  // campaign of rocket attacks") names no party of this event; nor does a
  // back-reference describing its doers ("the terrorist attacks").
  const bool described = m.nominal && m.definite && m.source && IsGeneric(*m.source);
  if (!m.background && !described) Prefer(draft.source, m.source);
  // What the perpetrators say they hit ("The Guards said they had
  // destroyed a Mossad headquarters") does not replace who the report
  // says was hit, only a place standing for no one named.
  const bool own_account = IsOwnAccount(m);
  if (!m.background && (!own_account || !draft.target || IsPlace(*draft.target))) {
    Prefer(draft.target, m.target);
  }
  // The group's own account names who did what the report told of
  // "militants".
  if (own_account && draft.source && IsGeneric(*draft.source) && !IsGeneric(*m.source)) {
    draft.source = m.source;
  }
  // An earlier act named beside this one ("in response to recent attacks,
  // including a suicide bombing") says nothing of how this one was done.
  if (!m.background && ModeRank(m.code.mode) > ModeRank(draft.code.mode)) {
    draft.code.mode = m.code.mode;
    draft.code.cameo = m.code.cameo;
  }
  if (draft.code.cameo.empty()) draft.code.cameo = m.code.cameo;
  if (draft.code.acled.empty()) draft.code.acled = m.code.acled;
  for (const std::string& w : m.weapons) {
    if (std::find(draft.weapons.begin(), draft.weapons.end(), w) == draft.weapons.end()) {
      draft.weapons.push_back(w);
    }
  }
  draft.mutual = draft.mutual || m.mutual;
  // A threat told again as a reprisal ("The blood of Israeli citizens has
  // a price") says more of whom it answers than a threat of force alone.
  if (draft.about.empty() || (draft.about == "OWN_ASSAULT" && m.about == "ASSAULT")) {
    draft.about = m.about;
  }
  // Where a statement was made is told by the mention that opens it, not
  // by a later reference to it ("such unfounded accusations, he told a
  // news conference in Tehran").
  if (draft.sentences.empty() && !m.nominal) draft.venue = m.venue;
  if (!m.nominal && !m.casualty_only) draft.only_nominal = false;
  if (!m.nominal && !m.background) {
    draft.told_by.push_back({s, m.trigger, m.source && !m.pronoun_doer, m.pronoun_doer});
  }
  if (draft.sentences.empty() || draft.sentences.back() != s) draft.sentences.push_back(s);
  if (!(m.nominal && m.definite) &&
      std::find(draft.told_in.begin(), draft.told_in.end(), s) == draft.told_in.end()) {
    draft.told_in.push_back(s);
  }
  const SentenceFacts& facts = sentences_[s];
  // ("Mohamud condemned al Shabaab for the attack in a statement from
  // Mogadishu": an act named again where a speaker spoke is not there.)
  const std::optional<Location>& spoken_at = m.venue ? m.venue : facts.venue;
  if (m.nominal && spoken_at && !facts.places.empty() &&
      facts.places.front().name == spoken_at->name &&
      facts.places.front().country == spoken_at->country) {
    draft.venue_only.push_back(s);
  }
  // "Iran on Tuesday rejected any suggestion that it was behind a rocket
  // attack": a sentence's date is the act it leads with; an event it tells
  // after another takes a date of its own telling when one comes ("Monday
  // night's barrage killed ...").
  const bool told_aside = std::any_of(
      facts.coding.events.begin(), facts.coding.events.end(), [&](const EventMention& other) {
        return !other.nominal && other.code.type != m.code.type && other.trigger < m.trigger;
      });
  // A day told of an act first dated by its week or month dates it.
  const DatePrecision precision = m.own_precision.value_or(facts.date_precision);
  const bool more_precise = draft.date && facts.date && draft.precision != DatePrecision::kDay &&
                            precision == DatePrecision::kDay;
  // ("Police arrested a North Korean on Feb. 17 ... four of whom flew out
  // on the day of the killing": an act named again after another act
  // takes none of that one's date.)
  const bool named_again_aside = told_aside && m.nominal && m.definite;
  if (const std::optional<Date> told = DateOf(facts, m);
      told && !named_again_aside && (!draft.date || draft.date_told_aside || more_precise)) {
    draft.date = told;
    draft.precision = precision;
    draft.date_told_aside = told_aside;
  }
}

Draft* Assembly::LatestOfType(const std::string& type) {
  for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
    if (type.empty() ? it->code.type == "ASSAULT" : it->code.type == type) return &*it;
  }
  return nullptr;
}

void Assembly::AttachClaim(const ClaimMention& told, uint32_t s) {
  if (told.claimant.actor.name.empty()) return;
  // "Boko Haram leader Abubakar Shekau has claimed responsibility": a
  // group's leader claims for the group.
  ClaimMention claim = told;
  if (claim.claimant.kind == "person") {
    for (const RelationMention& r : doc_relations_) {
      if (r.relation == "leads" && IdentityKey(r.subject) == IdentityKey(claim.claimant) &&
          IsAny(r.object.kind, {"armed_group", "front_group", "umbrella"})) {
        claim.claimant = r.object;
        break;
      }
    }
  }
  Draft* draft = LatestOfType(claim.event_type);
  // (A group's claim is of no act of a state's forces told since.)
  if (draft != nullptr && draft->source && sides::OfState(*draft->source) &&
      !sides::OfState(claim.claimant)) {
    for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
      if (it->code.type == claim.event_type && !(it->source && sides::OfState(*it->source))) {
        draft = &*it;
        break;
      }
    }
  }
  // "Taliban spokesman Zabihullah Mujahid said the group's fighters had
  // carried out the attack": the claim is of the act its own account of
  // this sentence joined, not of a later one told before it.
  for (Draft& d : drafts_) {
    if (d.code.type == claim.event_type && d.source &&
        IdentityKey(*d.source) == IdentityKey(claim.claimant) &&
        std::find(d.sentences.begin(), d.sentences.end(), s) != d.sentences.end()) {
      draft = &d;
    }
  }
  if (draft == nullptr) return;
  for (const ClaimMention& existing : draft->claims) {
    if (IdentityKey(existing.claimant) == IdentityKey(claim.claimant)) return;
  }
  draft->claims.push_back(claim);
  draft->claim_sentences.push_back(s);
  AddSentence(*draft, s);
}

void Assembly::AttachAttribution(const AttributionMention& a, uint32_t s) {
  if (a.actor.actor.name.empty()) return;
  Draft* draft = LatestOfType(a.event_type);
  // "Army commandos stormed the cafe, killing six gunmen ... the attackers
  // were members of JMB": the blame is of the attack, not of the blow at
  // its doers told since.
  for (auto it = drafts_.rbegin(); draft != nullptr && it != drafts_.rend(); ++it) {
    if (it->code.type != a.event_type) continue;
    if (!IsBlowAtDescribedDoers(*it)) {
      draft = &*it;
      break;
    }
  }
  if (draft == nullptr) return;
  for (const auto& [existing, sentence] : draft->attributions) {
    if (IdentityKey(existing.actor) == IdentityKey(a.actor) &&
        (existing.by.has_value() == a.by.has_value()) &&
        (!a.by || IdentityKey(*existing.by) == IdentityKey(*a.by))) {
      return;
    }
  }
  draft->attributions.emplace_back(a, s);
}

std::optional<ActorSpan> Assembly::ProtestersNamed(const std::vector<uint32_t>& own,
                                                   bool anywhere) const {
  return ProtestersIn(sentences_, own, anywhere);
}

void Assembly::AttachCounts(uint32_t s) {
  const SentenceFacts& facts = sentences_[s];
  if (facts.killed.value_or(0) > 0 || facts.injured.value_or(0) > 0) return;
  if (!facts.killed && !facts.injured) return;
  for (const EventMention& m : facts.coding.events) {
    if (m.code.type == "ASSAULT") return;
  }
  Draft* attack = LatestOfType("ASSAULT");
  if (attack == nullptr || attack->sentences.empty()) return;
  if (attack->date && facts.date && attack->date->ToDays() != facts.date->ToDays()) return;
  AddSentence(*attack, s);
}

bool Assembly::HasCasualties(const Draft& draft) const {
  for (uint32_t s : draft.sentences) {
    if (sentences_[s].killed || sentences_[s].injured) return true;
  }
  return false;
}

std::optional<Date> Assembly::LeadDate() const {
  if (!doc_.date) return std::nullopt;
  for (const Draft& draft : drafts_) {
    if (!draft.date || draft.precision != DatePrecision::kDay) continue;
    const int days = doc_.date->ToDays() - draft.date->ToDays();
    if (days >= 1 && days <= 2) return draft.date;
    return std::nullopt;
  }
  return std::nullopt;
}

CodedDocument DocumentAssembler::Assemble(const Document& document,
                                          std::vector<SentenceFacts>& sentences,
                                          const std::optional<Location>& dateline) const {
  return Assembly(document, sentences, dateline, sponsors_, options_).Run();
}

}  // namespace casus
