#include "assemble/document_assembler.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "assemble/acled_mapping.h"
#include "assemble/draft.h"
#include "assemble/event_sides.h"
#include "assemble/protests.h"
#include "assemble/referents.h"
#include "assemble/sites.h"
#include "base/word_lists.h"

namespace casus {
namespace {

using sides::Conflicts;
using sides::GiveLocalCountry;
using sides::IsGeneric;
using sides::IsGovernment;
using sides::IsGroupKind;
using sides::IsPlace;
using sides::Prefer;
using sides::SameSide;

// A mention in its doer's own words ("the group said it had targeted the
// base"): the speaker, or the body a spokesperson speaks for, did it.
bool IsOwnAccount(const EventMention& m) {
  if (!m.speaker || !m.source) return false;
  if (!m.speaker->org.id.empty() && m.speaker->org.id == m.source->actor.id) return true;
  return IdentityKey(*m.speaker) == IdentityKey(*m.source);
}

class Assembly {
 public:
  Assembly(const Document& doc, std::vector<SentenceFacts>& sentences,
           const std::optional<Location>& dateline, const SponsorLookup& sponsors,
           const AssemblerOptions& options)
      : doc_(doc),
        sentences_(sentences),
        dateline_(dateline),
        sponsors_(sponsors),
        options_(options) {}

  CodedDocument Run() {
    CodedDocument out;
    out.doc = doc_.id;
    document_country_ = ReportCountry(sentences_, dateline_);
    for (size_t s = 0; s < sentences_.size(); ++s) {
      SentenceFacts& facts = sentences_[s];
      referents_.Resolve(facts);
      if (options_.emit_mentions) AddMentions(facts, out);
      for (const RelationMention& r : facts.coding.relations) AddRelation(r, facts, out);
      if (facts.historical && !facts.date) continue;
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
      if (draft.only_nominal && draft.claims.empty() && draft.attributions.empty() &&
          !draft.source && !draft.target && !HasCasualties(draft) &&
          !(draft.code.type == "PROTEST" && ProtestersNamed(draft.sentences, false))) {
        continue;
      }
      Event event = Finish(draft, out.relations);
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

 private:
  // The country a speaker is said to be based in ("the Bahrain-based US
  // Fifth Fleet", "the London-based observatory"), from the sentences of
  // its event: the "-based" word right before the name of the speaker or of
  // an organ of its side ("the US Navy said ... the Bahrain-based Fifth
  // Fleet").
  const ActorSpan* BaseOf(const ActorSpan& speaker, const std::vector<uint32_t>& sentences) const {
    for (uint32_t s : sentences) {
      const std::vector<ActorSpan>& actors = sentences_[s].actors;
      for (size_t k = 0; k + 1 < actors.size(); ++k) {
        if (actors[k].compound == "based" && actors[k].end == actors[k + 1].begin &&
            SameSide(actors[k + 1], speaker) && !actors[k].actor.country.empty()) {
          return &actors[k];
        }
      }
    }
    return nullptr;
  }

  // Whom the report says `where` hosts: a hosting place within 10 km.
  const ActorSpan* HostedAt(const Location& where) const {
    for (const SentenceFacts& facts : sentences_) {
      for (const auto& [place, hosted] : facts.hosts) {
        if (std::abs(place.lat - where.lat) < 0.1 && std::abs(place.lon - where.lon) < 0.1) {
          return &hosted;
        }
      }
    }
    return nullptr;
  }

  // What one state's organ says of another state's armed forces answers
  // that state: "Iraq's prime minister condemned the strikes" by US jets is
  // addressed to the United States, as diplomacy is between states.
  std::optional<ActorSpan> StateAnswered(const Draft& statement,
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

  void AddMentions(const SentenceFacts& facts, CodedDocument& out) const {
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

  void AddRelation(const RelationMention& r, const SentenceFacts& facts, CodedDocument& out) {
    if (r.subject.actor.name.empty() || r.object.actor.name.empty()) return;
    if (IdentityKey(r.subject) == IdentityKey(r.object)) return;
    const std::string key = IdentityKey(r.subject) + ">" + r.relation + ">" + IdentityKey(r.object);
    if (!relation_keys_.insert(key).second) return;
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

  // "the abduction of 200 schoolgirls last month" ... "on the night of April
  // 14": a day inside a week or month told of one act is that act's day.
  static bool WithinPeriod(const Date& a, DatePrecision a_precision, const Date& b,
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
  static std::optional<Date> DateOf(const SentenceFacts& facts, const EventMention& m) {
    if (!facts.date) return std::nullopt;
    return m.days_before > 0 ? facts.date->AddDays(-m.days_before) : *facts.date;
  }

  bool Compatible(const Draft& draft, const EventMention& m, uint32_t s) const {
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
    if (!described && !(same_ship && unnamed_doers) && !one_body && !one_victim &&
        Conflicts(draft.source, m.source)) {
      return false;
    }
    const bool same_sentence = !draft.sentences.empty() && draft.sentences.back() == s;
    // One sentence may tell of one attack twice with other victims; a
    // statement aimed at two named parties is two events ("blamed the
    // United States and Israel").
    const bool one_act = same_sentence && draft.code.type == "ASSAULT";
    // "The Houthis seized a cargo ship ... The Houthis said they had captured
    // an 'Israeli ship'": the doers' own account of the act told, whatever
    // they call what they hit.
    const bool doers_account = IsOwnAccount(m) && draft.source && !IsGeneric(*draft.source) &&
                               IdentityKey(*draft.source) == IdentityKey(*m.source);
    if (Conflicts(draft.target, m.target, true) && !m.casualty_only && !one_act && !doers_account) {
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
    // What two people say are two statements, even for one government
    // ("Kanaani said Tehran reserved the right to respond" ... "Khamenei said
    // Israel will be punished").
    if (sides::IsStatementType(draft.code.type) && draft.speaker && m.speaker &&
        sides::IsNamedPerson(*m.speaker) &&
        IdentityKey(*draft.speaker) != IdentityKey(*m.speaker)) {
      return false;
    }
    const SentenceFacts& facts = sentences_[s];
    const std::optional<Date> told = DateOf(facts, m);
    if (draft.date && told && std::abs(draft.date->ToDays() - told->ToDays()) > 1 &&
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
    if (draft.code.type == "ASSAULT" && !(m.nominal && m.definite) && !m.casualty_only &&
        !IsOwnAccount(m) && !same_sentence && PlacedInAnotherCountry(draft, facts, sentences_)) {
      return false;
    }
    return true;
  }

  void Place(const EventMention& m, uint32_t s) {
    if (m.code.type.empty()) return;
    const bool back_reference = (m.nominal && m.definite) || m.casualty_only;
    Draft* target = nullptr;
    // Latest compatible draft: back-references and casualty reports join it;
    // other mentions join it when the same sentence or nothing distinguishes them.
    // "The Islamic Resistance in Iraq claimed the attack, saying it had
    // targeted the base": a group's own account of an attack is the attack
    // the report told without naming it ("Militants fired missiles at the
    // base").
    const bool own_account = IsOwnAccount(m) && !IsGeneric(*m.source);
    auto named = [](const std::optional<ActorSpan>& a) {
      return a && !IsGeneric(*a) && !IsPlace(*a);
    };
    for (auto it = drafts_.rbegin(); own_account && it != drafts_.rend(); ++it) {
      if (it->code.type != m.code.type) continue;
      // "Israel said it had killed Fuad Shukr" after Haniyeh's killing: an
      // account of a blow at someone else is another act.
      if ((!it->source || IsGeneric(*it->source)) && it->claims.empty() &&
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
    for (auto it = drafts_.rbegin(); target == nullptr && it != drafts_.rend(); ++it) {
      if (!Compatible(*it, m, s)) continue;
      const bool same_sentence = it->sentences.back() == s;
      // "Earlier on Sunday, a similar explosion ...": one more event.
      if (m.another && !same_sentence) break;
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

  void Merge(Draft& draft, const EventMention& m, uint32_t s) {
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
    if (draft.about.empty()) draft.about = m.about;
    // Where a statement was made is told by the mention that opens it, not
    // by a later reference to it ("such unfounded accusations, he told a
    // news conference in Tehran").
    if (draft.sentences.empty() && !m.nominal) draft.venue = m.venue;
    if (!m.nominal && !m.casualty_only) draft.only_nominal = false;
    if (draft.sentences.empty() || draft.sentences.back() != s) draft.sentences.push_back(s);
    if (!(m.nominal && m.definite) &&
        std::find(draft.told_in.begin(), draft.told_in.end(), s) == draft.told_in.end()) {
      draft.told_in.push_back(s);
    }
    const SentenceFacts& facts = sentences_[s];
    if (m.nominal && m.venue && !facts.places.empty() &&
        facts.places.front().name == m.venue->name &&
        facts.places.front().country == m.venue->country) {
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
    if (facts.date && (!draft.date || draft.date_told_aside || more_precise)) {
      draft.date = DateOf(facts, m);
      draft.precision = precision;
      draft.date_told_aside = told_aside;
    }
  }

  Draft* LatestOfType(const std::string& type) {
    for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
      if (type.empty() ? it->code.type == "ASSAULT" : it->code.type == type) return &*it;
    }
    return nullptr;
  }

  void AttachClaim(const ClaimMention& claim, uint32_t s) {
    if (claim.claimant.actor.name.empty()) return;
    Draft* draft = LatestOfType(claim.event_type);
    if (draft == nullptr) return;
    for (const ClaimMention& existing : draft->claims) {
      if (IdentityKey(existing.claimant) == IdentityKey(claim.claimant)) return;
    }
    draft->claims.push_back(claim);
    draft->claim_sentences.push_back(s);
    AddSentence(*draft, s);
  }

  void AttachAttribution(const AttributionMention& a, uint32_t s) {
    if (a.actor.actor.name.empty()) return;
    Draft* draft = LatestOfType(a.event_type);
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

  // Protesters named in sentences `own`, else (when `anywhere`) in the
  // report.
  std::optional<ActorSpan> ProtestersNamed(const std::vector<uint32_t>& own, bool anywhere) const {
    return ProtestersIn(sentences_, own, anywhere);
  }

  // "No one was hurt.", "There were no casualties.": that no one was hit,
  // told in a sentence of no attack of its own, is the latest attack's (a
  // toll told so may be an earlier or a disputed one: "had earlier put the
  // toll at two dead").
  void AttachCounts(uint32_t s) {
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

  static void AddSentence(Draft& draft, uint32_t s) {
    if (std::find(draft.sentences.begin(), draft.sentences.end(), s) == draft.sentences.end()) {
      draft.sentences.push_back(s);
    }
  }

  bool HasCasualties(const Draft& draft) const {
    for (uint32_t s : draft.sentences) {
      if (sentences_[s].killed || sentences_[s].injured) return true;
    }
    return false;
  }

  // States behind `actor`: relations stated in this document first (through
  // any named intermediaries), then the knowledge base.
  std::vector<std::string> SponsorsOf(const ActorSpan& actor,
                                      const std::optional<Date>& date) const {
    std::vector<std::string> out;
    auto add = [&](const std::string& code) {
      if (!code.empty() && std::find(out.begin(), out.end(), code) == out.end())
        out.push_back(code);
    };
    std::vector<ActorSpan> frontier = {actor};
    std::set<std::string> seen = {IdentityKey(actor)};
    for (size_t i = 0; i < frontier.size() && i < 16; ++i) {
      const ActorSpan current = frontier[i];
      add(current.backer);  // "Iran-backed militias"
      for (const RelationMention& r : doc_relations_) {
        if (IdentityKey(r.subject) != IdentityKey(current) || r.relation == "allied_with" ||
            r.relation == "leads") {
          continue;
        }
        if (r.object.kind == "state" || r.object.kind == "government" ||
            r.object.kind == "military" || r.object.kind == "intelligence") {
          add(r.object.actor.country);
        }
        if (seen.insert(IdentityKey(r.object)).second) frontier.push_back(r.object);
      }
      if (sponsors_) {
        for (const std::string& code : sponsors_(current, date)) add(code);
      }
    }
    return out;
  }

  Evidence EvidenceOf(uint32_t s) const { return sentences_[s].evidence; }

  // A region, country or sea an event is placed in gives way to a town or
  // site inside it that the event's other sentences name ("in Iraq's
  // Kurdistan region" ... "in Zakho district"); at sea only the point moves
  // ("in the Gulf of Aden" ... "50 nautical miles southwest of Aden").
  void Refine(Location& where, const std::vector<uint32_t>& sentences) const {
    if (!options_.within || where.precision == "place") return;
    for (uint32_t s : sentences) {
      for (const Location& l : sentences_[s].places) {
        if (!options_.within(l, where)) continue;
        if (where.precision == "water") {
          if (l.geo_precision != 2 || l.precision != "place") continue;  // "off X", "N km from X"
          where.lat = l.lat;
          where.lon = l.lon;
          where.geo_precision = 2;
        } else {
          where = l;
        }
        return;
      }
    }
  }

  Event Finish(const Draft& draft, const std::vector<Relation>&) const {
    Event e;
    e.doc = doc_.id;
    e.type = draft.code.type;
    e.mode = draft.code.mode;
    e.cameo = draft.code.cameo;
    if (draft.date) {
      e.date = draft.date;
      e.date_precision = std::string(ToString(draft.precision));
    } else if (lead_date_) {
      // Reactions told without a date of their own: on the day of the
      // event the report leads with, when it is a day or two before
      // publication, else the publication's week.
      e.date = lead_date_;
      e.date_precision = "week";
    } else if (doc_.date) {
      e.date = doc_.date;
      e.date_precision = "week";
    }
    std::vector<uint32_t> sentences = draft.sentences;
    std::sort(sentences.begin(), sentences.end());
    bool hedged = true;
    // A statement happens where it is made, not where what it speaks of
    // happened: "WASHINGTON — Trump blamed Iran for a rocket attack in
    // Baghdad" is located at the dateline when the speaker belongs there.
    // So does a sanction: a decision taken where its government sits.
    // An agreement between parties of two countries is no one party's
    // statement: it is reached where the report says, else where it is
    // reported from ("BEIJING — Saudi Arabia and Iran agreed ...").
    const bool joint = e.type == "AGREE" && draft.source && draft.target &&
                       !draft.source->actor.country.empty() &&
                       !draft.target->actor.country.empty() &&
                       draft.source->actor.country != draft.target->actor.country;
    const bool statement =
        !joint && (e.type == "REJECT" || e.type == "REQUEST" || e.type == "THREATEN" ||
                   e.type == "SUPPORT" || e.type == "AGREE" || e.type == "SANCTION" ||
                   (e.type == "ACCUSE" && draft.code.mode != "investigate"));
    // Where a statement is made follows its speaker; when the coder found
    // none ("It condemned the attack"), the government its sentence names.
    const ActorSpan* speaker = draft.source ? &*draft.source : nullptr;
    if (speaker == nullptr && statement && !sentences.empty()) {
      for (const ActorSpan& a : sentences_[sentences.front()].actors) {
        if (IsGovernment(a) && !a.actor.country.empty()) {
          speaker = &a;
          break;
        }
      }
    }
    const std::string speaker_country = speaker != nullptr ? speaker->actor.country : "";
    // A national government and its forces speak from its capital: a
    // dateline elsewhere in the country ("ERBIL — Iraq's government
    // condemned ...", "AHVAZ — the Revolutionary Guards blamed ...") is
    // where the reporter was.
    std::optional<Location> capital;
    if (statement && !speaker_country.empty() && options_.capital_of &&
        (IsGovernment(*speaker) || IsAny(speaker->actor.sector, {"MIL", "COP", "SPY"}))) {
      capital = options_.capital_of(speaker_country);
    }
    // "the Bahrain-based US Fifth Fleet said": where the speaker is based.
    if (statement && speaker != nullptr && options_.capital_of) {
      if (const ActorSpan* base = BaseOf(*speaker, sentences)) {
        capital = options_.capital_of(base->actor.country);
      }
    }
    // "UN Secretary-General Antonio Guterres said", "the African Union
    // condemned": where the international body sits, wherever the report is
    // filed from.
    std::optional<Location> seat;
    if (statement && speaker != nullptr && options_.seat_of) {
      seat = options_.seat_of(speaker->kb_index, draft.date ? draft.date : doc_.date);
    }
    // A speaker of no state ("the Houthis said", "protest organisers said")
    // is placed where the text says, else in its country, not at the
    // dateline.
    const bool non_state =
        speaker != nullptr && !speaker_country.empty() && !IsGovernment(*speaker) &&
        !IsAny(speaker->actor.sector, {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"});
    const bool dateline_is_capital = capital && dateline_ &&
                                     std::abs(capital->lat - dateline_->lat) < 0.3 &&
                                     std::abs(capital->lon - dateline_->lon) < 0.3;
    if (statement && draft.venue) {
      // "Putin, speaking in the Black Sea resort of Sochi, ...": where the
      // sentence says it was said.
      e.location = draft.venue;
    } else if (seat) {
      e.location = seat;
    } else if (statement && dateline_ && !non_state &&
               (speaker_country.empty() ? dateline_->country == document_country_
                                        : speaker_country == dateline_->country) &&
               (!capital || dateline_is_capital)) {
      e.location = AtDateline();
    } else if (capital) {
      // "Iran's foreign ministry rejected ...": in Tehran.
      e.location = capital;
    } else if (statement && non_state && options_.country_of) {
      // "A senior Houthi official warned ...": in its country.
      e.location = options_.country_of(speaker_country);
    }
    // "fired rockets at Jerusalem", "swept into Damascus": where the capital
    // aimed at is.
    if (!e.location && PlacedWhereAimed(e.type, e.mode) && draft.venue) {
      e.location = draft.venue;
    }
    const bool from_text = !e.location;
    for (uint32_t s : sentences) {
      const SentenceFacts& facts = sentences_[s];
      e.evidence.push_back(facts.evidence);
      hedged = hedged && facts.hedged;
      if (!CountsOfAnEarlierEvent(facts)) {
        if (facts.killed) e.fatalities = std::max(e.fatalities.value_or(0), *facts.killed);
        if (facts.injured) e.injuries = std::max(e.injuries.value_or(0), *facts.injured);
      }
    }
    // The capital of a speaker that is a state organ of one of `sectors`.
    const auto organ_capital =
        [&](std::initializer_list<std::string_view> sectors) -> std::optional<Location> {
      if (speaker == nullptr || speaker_country.empty() || !options_.capital_of ||
          !IsAny(speaker->actor.sector, sectors)) {
        return std::nullopt;
      }
      return options_.capital_of(speaker_country);
    };
    // "Sisi spoke by telephone with Hollande, and the two called for
    // measures against the militants in Libya": a state official's call is
    // made from the capital, not from a place named in what was said.
    const bool phone = e.type == "CONSULT" && e.mode == "phone";
    if (!e.location && phone) e.location = organ_capital({"GOV", "MIL"});
    if (!e.location) e.location = FirstPlaceTold(draft, sentences, sentences_);
    // "Assad visited the UAE ..., a thaw between Damascus and Gulf states":
    // a visit to a state is in that state, not at a place of another named
    // beside it.
    // (A visit hosted, CAMEO 043, is where the host is: "refused to meet
    // Jordan's visiting King Abdullah in Tel Aviv".)
    const bool visit = e.type == "CONSULT" && e.mode == "visit" && e.cameo == "042";
    if (visit && e.location && draft.target && draft.target->kind == "state" &&
        !draft.target->actor.country.empty() && !e.location->country.empty() &&
        e.location->country != draft.target->actor.country) {
      e.location.reset();
    }
    if (from_text && e.location) Refine(*e.location, sentences);
    // "WASHINGTON — Biden and Kadhimi agreed that the US combat mission in
    // Iraq will end": a country named in what was agreed is no place where
    // it was reached; the dateline, in a party's country, is.
    if (joint && from_text && e.location && e.location->precision == "country" && dateline_ &&
        (dateline_->country == draft.source->actor.country ||
         dateline_->country == draft.target->actor.country)) {
      e.location = AtDateline();
    }
    // A state organ's statement that names no place ("Central Command
    // said"), or its telephone call ("Kerry spoke by telephone with
    // Zarif"): at its country's capital.
    const bool resignation = e.type == "RETREAT" && e.mode == "resign";  // and a resignation
    if (!e.location && (statement || phone || resignation)) {
      e.location = organ_capital({"GOV", "MIL", "COP", "SPY"});
    }
    // A visit no sentence places is in the country visited: at the dateline
    // when it is there, else at its capital ("Assad visited the UAE").
    if (!e.location && e.type == "CONSULT" && e.mode == "visit" && draft.target &&
        !draft.target->actor.country.empty()) {
      const std::string& visited = draft.target->actor.country;
      if (dateline_ && dateline_->country == visited) {
        e.location = AtDateline();
      } else if (options_.capital_of) {
        e.location = options_.capital_of(visited);
      }
    }
    // Anyone else's ("a senior Houthi leader said"): in its country.
    if (!e.location && statement && !speaker_country.empty() && options_.country_of) {
      e.location = options_.country_of(speaker_country);
    }
    // A speaker of no country named ("Provincial officials blamed ..."):
    // where the report's lead is, when that is in the report's country.
    if (!e.location && statement && speaker != nullptr && speaker_country.empty() &&
        !sentences_.empty() && !sentences_[0].places.empty() &&
        sentences_[0].places.front().country == document_country_) {
      e.location = sentences_[0].places.front();
    }
    // A protest security forces acted against keeps the toll of it.
    if (e.type != "ASSAULT" && !draft.repressed) {
      e.fatalities.reset();
      e.injuries.reset();
    }
    e.hedged = hedged && !sentences.empty();
    // An attack or seizure told without a place of its own happened where
    // the report's lead says ("The seizure came as ..."), else at the dateline.
    const bool happens_somewhere = e.type == "ASSAULT" || e.type == "PROTEST" || e.type == "COERCE";
    const bool placed_by_own_sentences = e.location.has_value();
    if (!e.location && happens_somewhere && !sentences_.empty() && !sentences_[0].places.empty() &&
        !IsVenueOnly(draft, 0)) {
      e.location = sentences_[0].places.front();
    }
    if (!e.location && dateline_ && (e.type == "ASSAULT" || e.type == "PROTEST" || joint)) {
      e.location = AtDateline();
    }
    // Coercion (not a seizure, which may be at sea) by a state or its organ,
    // and that state's home: at the dateline when it is there, else the
    // country.
    const bool state_coercion =
        e.type == "COERCE" && e.mode != "seize" && draft.source &&
        !draft.source->actor.country.empty() &&
        (draft.source->kind == "state" || IsGovernment(*draft.source) ||
         IsAny(draft.source->actor.sector, {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}));
    const auto state_home = [&]() -> std::optional<Location> {
      const std::string& home = draft.source->actor.country;
      if (dateline_ && dateline_->country == home) return AtDateline();
      if (options_.country_of) return options_.country_of(home);
      return std::nullopt;
    };
    // Told with no place ("KHARTOUM — Sudan's military seized power,
    // detaining Hamdok and declaring a state of emergency"): at home.
    if (!e.location && state_coercion) e.location = state_home();
    // Of its own people, placed abroad by a place of another clause
    // ("acknowledged that Khashoggi had died inside its consulate in
    // Istanbul ... and announced that 18 Saudi nationals had been
    // detained"): at home; so is martial law, a curfew or a blackout it
    // imposes ("approved martial law in regions bordering Russia").
    const bool imposed_at_home = IsAny(e.mode, {"martial-law", "curfew", "censor"}) ||
                                 (draft.target && draft.source &&
                                  draft.source->actor.country == draft.target->actor.country);
    if (e.location && state_coercion && imposed_at_home &&
        e.location->country != draft.source->actor.country) {
      e.location = state_home();
    }
    // One of no doer named ("Telephone and internet connections were cut
    // across much of the country"): where the report is from.
    if (!e.location && e.type == "COERCE" && e.mode != "seize" && !draft.source && dateline_) {
      e.location = AtDateline();
    }
    // "Austin met Netanyahu in Jerusalem": a meeting in the country of the
    // one met, by someone of another country, is a visit (CAMEO 042).
    if (e.type == "CONSULT" && e.mode.empty() && e.location && draft.source && draft.target &&
        !draft.source->actor.country.empty() &&
        draft.target->actor.country == e.location->country &&
        draft.source->actor.country != e.location->country) {
      e.mode = "visit";
      e.cameo = "042";
    }
    e.weapons = draft.weapons;
    for (const ClaimMention& c : draft.claims) {
      const size_t i = &c - draft.claims.data();
      e.claimed_by.push_back(Claim{c.claimant.actor, EvidenceOf(draft.claim_sentences[i])});
    }
    for (const auto& [a, s] : draft.attributions) {
      Attribution attribution{a.actor.actor, std::nullopt, EvidenceOf(s)};
      if (a.by) attribution.by = a.by->actor;
      e.attributed_to.push_back(std::move(attribution));
    }
    // No one acts on itself. In an attack the side hit is the surer one
    // (the perpetrator may come from another sentence's mention); in a
    // statement the speaker is ("Iran rejected any suggestion that it was
    // behind").
    const bool self =
        draft.source && draft.target && IdentityKey(*draft.source) == IdentityKey(*draft.target);
    // "Shapps warned that Britain and its allies had made clear ...": a
    // threat, demand or condemnation is not aimed at the speaker's own state
    // (a threat of a curfew at home is: "will extend the curfew in Abidjan").
    const bool own_state = IsAny(e.type, {"THREATEN", "ACCUSE", "REQUEST", "REJECT"}) &&
                           e.mode != "restrict" && draft.source && draft.target &&
                           draft.target->kind == "state" && SameSide(*draft.source, *draft.target);
    const bool self_target = (self && e.type != "ASSAULT") || own_state;
    std::optional<ActorSpan> perpetrator = self && !self_target ? std::nullopt : draft.source;
    if (!perpetrator && !draft.claims.empty()) perpetrator = draft.claims.front().claimant;
    // "Iran fired missiles ... Iran's Revolutionary Guards claimed
    // responsibility": the organ that says it did the act is the more
    // precise doer.
    if (perpetrator && perpetrator->kind == "state" && !draft.claims.empty() &&
        draft.claims.front().claimant.kind != "state" &&
        SameSide(draft.claims.front().claimant, *perpetrator)) {
      perpetrator = draft.claims.front().claimant;
    }
    // "the biggest demonstrations in years turned deadly": a protest told
    // with no one protesting is the protesters' the report names, in its
    // sentences first.
    if (!perpetrator && e.type == "PROTEST") perpetrator = ProtestersNamed(sentences, true);
    if (!perpetrator && !draft.attributions.empty())
      perpetrator = draft.attributions.front().first.actor;
    if (perpetrator) {
      e.actor1 = perpetrator->actor;
      e.sponsors = SponsorsOf(*perpetrator, e.date);
      // An actor's own state is not its sponsor.
      if (perpetrator->kind == "state" || perpetrator->kind == "government" ||
          perpetrator->kind == "military") {
        std::erase(e.sponsors, perpetrator->actor.country);
      }
    }
    if (draft.target && !self_target) e.actor2 = draft.target->actor;
    // "summoned the Iranian ambassador": what is said to an envoy no one
    // names is said to the state the envoy speaks for.
    if (e.actor2 && draft.target && statement && !e.actor2->country.empty() && options_.state_of) {
      const std::string text = Lowercase(draft.target->actor.text);
      const bool unnamed = text.ends_with("ambassador") || text.ends_with("envoy") ||
                           text.ends_with("affaires") || text.ends_with("diplomat");
      // "called the Israeli strike a brutal aggression": what is said of a
      // state's forces named by the state's name is said to the state.
      if (unnamed || draft.target->forces_by_state_name) {
        if (auto state = options_.state_of(e.actor2->country)) e.actor2 = state->actor;
      }
    }
    // An attack on a place the report says hosts someone ("Ain al-Asad ...
    // hosts US troops") hits those it hosts, when no one else is named but
    // the place or its country's people ("wounding an Iraqi service
    // member" at a base hosting US troops).
    if (e.type == "ASSAULT" && e.location) {
      if (const ActorSpan* hosted = HostedAt(*e.location)) {
        const bool unnamed = !draft.target || IsPlace(*draft.target) ||
                             (draft.target->actor.country == e.location->country &&
                              hosted->actor.country != e.location->country);
        if (unnamed) e.actor2 = hosted->actor;
      }
    }
    // Where the event happens: its place, else the country the report is
    // about.
    const std::string& local =
        e.location && !e.location->country.empty() && e.location->precision != "water"
            ? e.location->country
            : document_country_;
    GiveLocalCountry(e.actor1, local);
    // The side acted on is at the event's place only when something is
    // done there; a statement's place is the speaker's. Unknown officials
    // are the report's country's either way.
    // People a government or group addresses at home are its country's
    // ("Iranian authorities pressured workers"): when its sentences name no
    // other country ("the U.S. would not meet the hostage-takers' demands
    // to release prisoners in Iraq" is not at home).
    bool at_home = e.actor1 && !e.actor1->country.empty() && e.actor1->country == local;
    for (uint32_t s : sentences) {
      for (const ActorSpan& a : sentences_[s].actors) {
        at_home = at_home && (a.actor.country.empty() || a.actor.country == e.actor1->country);
      }
      for (const Location& l : sentences_[s].places) {
        at_home = at_home && (l.country.empty() || l.country == e.actor1->country);
      }
    }
    // A group a state backs ("Iran-backed militant groups") is nobody's at
    // home for the speaker.
    at_home = at_home && !(draft.target && !draft.target->backer.empty());
    // A ship is of no country for being where it sails.
    const bool vessel = draft.target && draft.target->vessel;
    GiveLocalCountry(e.actor2, vessel ? std::string() : local,
                     at_home || IsAny(e.type, {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID",
                                               "RETREAT", "CONCEDE"}));
    // "forces of the TPLF attacked the army's Northern Command" in Ethiopia:
    // troops of no country attacked by a party of the place's country are
    // that country's.
    if (e.type == "ASSAULT" && e.actor1 && e.actor2 && !local.empty() &&
        e.actor1->country == local && e.actor2->country.empty() && e.actor2->id.empty() &&
        e.actor2->sector == "MIL") {
      e.actor2->country = local;
      e.actor2->cameo = local + "MIL";
    }
    // A statement about people of no country ("Pompeo blamed Iran-backed
    // militias") speaks of those of the country the report is about, or
    // of the country of the attack they are blamed for.
    if (statement && !vessel && !document_country_.empty() &&
        document_country_ != speaker_country) {
      GiveLocalCountry(e.actor2, document_country_);
    }
    if (e.type == "ACCUSE" && draft.target && IsGeneric(*draft.target)) {
      GiveLocalCountry(e.actor2, CountryOfAttackBlamedOn(*draft.target, drafts_, sentences_), true);
    }
    // An attack no one is named for is, as ACLED codes it, the act of an
    // unidentified armed group of the country where it happened — when its
    // own sentences say where.
    if (!e.actor1 && e.type == "ASSAULT" && placed_by_own_sentences &&
        !e.location->country.empty() && e.location->precision != "water") {
      e.actor1 = Actor{.name = "Unidentified Armed Group",
                       .country = e.location->country,
                       .sector = "UAF",
                       .cameo = e.location->country + "UAF"};
    }
    std::string hint = draft.code.acled;
    if (draft.repressed) {
      hint = e.fatalities.value_or(0) > 0 ? "Excessive force against protesters"
                                          : "Protest with intervention";
    }
    AcledInput acled{e.type,    e.mode,       e.cameo,
                     hint,      e.actor1,     e.actor2,
                     e.weapons, draft.mutual, e.fatalities.value_or(0) > 0};
    e.acled = MapToAcled(acled);
    // Confidence: more evidence and known actors raise it; hedges and
    // bare back-references lower it.
    double confidence = 0.45 + 0.1 * std::min<size_t>(sentences.size(), 3);
    if (draft.source) confidence += 0.1;
    if (draft.target) confidence += 0.05;
    if (!draft.claims.empty()) confidence += 0.05;
    if (draft.only_nominal) confidence -= 0.15;
    if (e.hedged) confidence -= 0.2;
    e.confidence = std::clamp(confidence, 0.05, 0.95);
    e.id = EventId(e);
    return e;
  }

  // The day of the first event the text dates, when it lies one or two days
  // before publication (a report of yesterday's events).
  std::optional<Date> LeadDate() const {
    if (!doc_.date) return std::nullopt;
    for (const Draft& draft : drafts_) {
      if (!draft.date || draft.precision != DatePrecision::kDay) continue;
      const int days = doc_.date->ToDays() - draft.date->ToDays();
      if (days >= 1 && days <= 2) return draft.date;
      return std::nullopt;
    }
    return std::nullopt;
  }

  // The dateline as an event's place, of the geo precision of a place near
  // the event (2) when the place finder gave it none.
  std::optional<Location> AtDateline() const {
    std::optional<Location> at = dateline_;
    if (at && at->geo_precision == 0) at->geo_precision = 2;
    return at;
  }

  std::string EventId(const Event& e) const {
    uint64_t hash = 1469598103934665603ULL;
    auto mix = [&](std::string_view text) {
      for (char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
      }
      hash ^= 0xFF;
      hash *= 1099511628211ULL;
    };
    mix(e.type);
    mix(e.date ? e.date->ToString() : "");
    mix(std::to_string(e.evidence.front().start));
    mix(e.actor1 ? e.actor1->name : "");
    mix(e.actor2 ? e.actor2->name : "");
    if (e.location) mix(e.location->name);
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%012llx",
                  static_cast<unsigned long long>(hash & 0xFFFFFFFFFFFFULL));
    return doc_.id + ":" + buffer;
  }

  const Document& doc_;
  std::vector<SentenceFacts>& sentences_;
  const std::optional<Location>& dateline_;
  const SponsorLookup& sponsors_;
  const AssemblerOptions& options_;
  std::vector<Draft> drafts_;
  std::string document_country_;
  std::optional<Date> lead_date_;
  Referents referents_;
  std::vector<RelationMention> doc_relations_;
  std::set<std::string> relation_keys_;
};

}  // namespace

CodedDocument DocumentAssembler::Assemble(const Document& document,
                                          std::vector<SentenceFacts>& sentences,
                                          const std::optional<Location>& dateline) const {
  return Assembly(document, sentences, dateline, sponsors_, options_).Run();
}

}  // namespace casus
