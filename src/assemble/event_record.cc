// Event records from drafts: where and when an event happened, who did it
// to whom, claims, blame, sponsors, and the ACLED, confidence and id fields.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>

#include "assemble/acled_mapping.h"
#include "assemble/assembly.h"
#include "assemble/event_sides.h"
#include "assemble/protests.h"
#include "assemble/sites.h"
#include "base/word_lists.h"

namespace casus {

using sides::GiveLocalCountry;
using sides::IsDescribedDoer;
using sides::IsGeneric;
using sides::IsGovernment;
using sides::IsPlace;
using sides::SameSide;

const ActorSpan* Assembly::BaseOf(const ActorSpan& speaker,
                                  const std::vector<uint32_t>& sentences) const {
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

const ActorSpan* Assembly::HostedAt(const Location& where) const {
  for (const SentenceFacts& facts : sentences_) {
    for (const auto& [place, hosted] : facts.hosts) {
      if (std::abs(place.lat - where.lat) < 0.1 && std::abs(place.lon - where.lon) < 0.1) {
        return &hosted;
      }
    }
  }
  return nullptr;
}

std::vector<std::string> Assembly::SponsorsOf(const ActorSpan& actor,
                                              const std::optional<Date>& date) const {
  std::vector<std::string> out;
  auto add = [&](const std::string& code) {
    if (!code.empty() && std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
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

Evidence Assembly::EvidenceOf(uint32_t s) const { return sentences_[s].evidence; }

void Assembly::Refine(Location& where, const std::vector<uint32_t>& sentences) const {
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

Event Assembly::Finish(const Draft& draft) const {
  Event e;
  e.doc = doc_.id;
  e.type = draft.code.type;
  e.mode = draft.code.mode;
  e.cameo = draft.code.cameo;
  TellDate(e, draft);
  std::vector<uint32_t> sentences = draft.sentences;
  std::sort(sentences.begin(), sentences.end());
  Gather(e, draft, sentences);
  const Speech speech = SpeechOf(e, draft, sentences);
  const bool placed_by_own_sentences = Locate(e, draft, sentences, speech);
  ChooseSides(e, draft, sentences, speech);
  // An attack no one is named for is, as ACLED codes it, the act of an
  // unidentified armed group of the country where it happened — when its
  // own sentences say where.
  // ("Gunmen" of no group named are such a group.)
  const bool described = e.actor1 && e.actor1->id.empty() && e.actor1->sector == "UAF" &&
                         draft.source && IsDescribedDoer(*draft.source);
  if ((!e.actor1 || described) && e.type == "ASSAULT" && placed_by_own_sentences &&
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

void Assembly::TellDate(Event& e, const Draft& draft) const {
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
}

bool Assembly::TollOfAnotherAttack(const Draft& draft, uint32_t s) const {
  const SentenceFacts& facts = sentences_[s];
  if (facts.count_words.empty() || draft.code.type != "ASSAULT") return false;
  // "Moise was assassinated at his home, and police said they had killed
  // four suspected attackers": of two attacks told by verbs in a sentence,
  // a toll told with a doer's verb ("killed four", "shot dead two") is of
  // that doer's act. (Doers told again as "they" are the same: "Militants
  // killed 305 people when they bombed a mosque and opened fire"; "29 were
  // killed when troops captured him and gunmen fought back" is the toll of
  // all it tells.)
  const uint32_t count = facts.count_words.front();
  const Draft* owner = nullptr;
  const Draft::Telling* nearest = nullptr;
  bool mine = false;
  for (const Draft& d : drafts_) {
    if (d.code.type != "ASSAULT") continue;
    for (const Draft::Telling& told : d.told_by) {
      if (told.sentence != s) continue;
      if (&d == &draft) {
        if (told.pronoun_doer) return false;
        mine = true;
      }
      if (told.trigger <= count && (nearest == nullptr || told.trigger > nearest->trigger)) {
        nearest = &told;
        owner = &d;
      }
    }
  }
  return mine && nearest != nullptr && nearest->named_doer && owner != &draft;
}

void Assembly::Gather(Event& e, const Draft& draft, const std::vector<uint32_t>& sentences) const {
  bool hedged = true;
  for (uint32_t s : sentences) {
    const SentenceFacts& facts = sentences_[s];
    e.evidence.push_back(facts.evidence);
    hedged = hedged && facts.hedged;
    if (!CountsOfAnEarlierEvent(facts) && !TollOfAnotherAttack(draft, s)) {
      if (facts.killed) e.fatalities = std::max(e.fatalities.value_or(0), *facts.killed);
      if (facts.injured) e.injuries = std::max(e.injuries.value_or(0), *facts.injured);
    }
  }
  // A protest security forces acted against keeps the toll of it.
  if (e.type != "ASSAULT" && !draft.repressed) {
    e.fatalities.reset();
    e.injuries.reset();
  }
  e.hedged = hedged && !sentences.empty();
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
}

Assembly::Speech Assembly::SpeechOf(const Event& e, const Draft& draft,
                                    const std::vector<uint32_t>& sentences) const {
  // A statement happens where it is made, not where what it speaks of
  // happened: "WASHINGTON — Trump blamed Iran for a rocket attack in
  // Baghdad" is located at the dateline when the speaker belongs there.
  // So does a sanction: a decision taken where its government sits.
  // An agreement between parties of two countries is no one party's
  // statement: it is reached where the report says, else where it is
  // reported from ("BEIJING — Saudi Arabia and Iran agreed ...").
  const bool joint = e.type == "AGREE" && draft.source && draft.target &&
                     !draft.source->actor.country.empty() && !draft.target->actor.country.empty() &&
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
  return Speech{joint, statement, speaker, speaker_country};
}

bool Assembly::Locate(Event& e, const Draft& draft, const std::vector<uint32_t>& sentences,
                      const Speech& speech) const {
  const bool joint = speech.joint;
  const bool statement = speech.statement;
  const ActorSpan* speaker = speech.speaker;
  const std::string& speaker_country = speech.country;
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
  const bool non_state = speaker != nullptr && !speaker_country.empty() &&
                         !IsGovernment(*speaker) &&
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
  if (from_text && e.location) {
    // (Not by where a statement about it was made.)
    std::vector<uint32_t> told;
    for (uint32_t s : sentences) {
      if (!IsVenueOnly(draft, s)) told.push_back(s);
    }
    Refine(*e.location, told);
  }
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
  // An attack or seizure told without a place of its own happened where
  // the report's lead says ("The seizure came as ..."), else at the dateline;
  // not at a town abroad where a lead places what it tells, away from the
  // dateline in the report's country ("COLOMBO — ... who emailed his letter
  // from Singapore").
  const bool happens_somewhere = e.type == "ASSAULT" || e.type == "PROTEST" || e.type == "COERCE";
  const bool placed_by_own_sentences = e.location.has_value();
  const bool lead_abroad = !sentences_.empty() && !sentences_[0].places.empty() && dateline_ &&
                           !document_country_.empty() && dateline_->country == document_country_ &&
                           sentences_[0].places.front().precision == "place" &&
                           sentences_[0].places.front().country != document_country_;
  if (!e.location && happens_somewhere && !sentences_.empty() && !sentences_[0].places.empty() &&
      !IsVenueOnly(draft, 0) && !lead_abroad) {
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
  // ("TUNIS — The interior ministry banned meetings": a state body of no
  // country named acts where the report is filed.)
  if (!e.location && e.type == "COERCE" && dateline_ && draft.source &&
      draft.source->actor.country.empty() &&
      IsAny(draft.source->actor.sector, {"GOV", "MIL", "COP", "SPY", "JUD"})) {
    e.location = AtDateline();
  }
  // ("KAMPALA — Soldiers were deployed on the streets of the capital":
  // forces of no other country deployed where the report is filed.)
  if (!e.location && e.type == "MOBILIZE" && dateline_ && draft.source &&
      (draft.source->actor.country.empty() || draft.source->actor.country == dateline_->country)) {
    e.location = AtDateline();
  }
  // Of its own people, placed abroad by a place of another clause
  // ("acknowledged that Khashoggi had died inside its consulate in
  // Istanbul ... and announced that 18 Saudi nationals had been
  // detained"): at home; so is martial law, a curfew or a blackout it
  // imposes ("approved martial law in regions bordering Russia").
  const bool imposed_at_home =
      IsAny(e.mode, {"martial-law", "curfew", "censor"}) ||
      (draft.target && draft.source && draft.source->actor.country == draft.target->actor.country);
  if (e.location && state_coercion && imposed_at_home &&
      e.location->country != draft.source->actor.country) {
    e.location = state_home();
  }
  // One of no doer named ("Telephone and internet connections were cut
  // across much of the country"): where the report is from.
  if (!e.location && e.type == "COERCE" && e.mode != "seize" && !draft.source && dateline_) {
    e.location = AtDateline();
  }
  // An attack on a state or its government by another's, told with no place
  // ("Israel struck Syrian government targets"): in the state attacked (not
  // the forces of one: a ship may be at sea).
  if (!e.location && e.type == "ASSAULT" && draft.source && draft.target &&
      !draft.target->actor.country.empty() &&
      draft.target->actor.country != draft.source->actor.country &&
      (draft.target->kind == "state" || IsGovernment(*draft.target)) && options_.country_of) {
    e.location = options_.country_of(draft.target->actor.country);
  }
  // Any other act told with no place ("Hamas freed two American hostages",
  // "the Houthis detained UN staff"): in its doer's country.
  if (!e.location && draft.source && !draft.source->actor.country.empty() && options_.country_of) {
    e.location = options_.country_of(draft.source->actor.country);
  }
  // "Austin met Netanyahu in Jerusalem": a meeting in the country of the
  // one met, by someone of another country, is a visit (CAMEO 042).
  if (e.type == "CONSULT" && e.mode.empty() && e.location && draft.source && draft.target &&
      !draft.source->actor.country.empty() && draft.target->actor.country == e.location->country &&
      draft.source->actor.country != e.location->country) {
    e.mode = "visit";
    e.cameo = "042";
  }
  return placed_by_own_sentences;
}

void Assembly::ChooseSides(Event& e, const Draft& draft, const std::vector<uint32_t>& sentences,
                           const Speech& speech) const {
  const bool statement = speech.statement;
  const std::string& speaker_country = speech.country;
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
  // "Gunmen stormed the hotel ... the Taliban claimed it": doers the text
  // names by what they are, of no country, are the claimant's or the
  // accused's.
  if (perpetrator && SourceYieldsToClaimOrBlame(draft)) perpetrator.reset();
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
  // (Not one blamed whom the text does not name: "blamed on its neighbour".)
  if (!perpetrator && !draft.attributions.empty()) {
    const ActorSpan& blamed = draft.attributions.front().first.actor;
    const bool unnamed =
        blamed.kind == "agent" && blamed.actor.country.empty() && blamed.backer.empty();
    if (!unnamed) perpetrator = blamed;
  }
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
  // "security forces killed four gunmen" after an attack by gunmen al
  // Shabaab claimed: the doers hit are al Shabaab's.
  if (e.type == "ASSAULT" && &draft >= drafts_.data() && &draft < drafts_.data() + drafts_.size()) {
    if (auto doers = DoersHit(drafts_, static_cast<size_t>(&draft - drafts_.data()))) {
      e.actor2 = doers->actor;
    }
  }
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
  // "Soldiers and police opened fire", "Military aircraft bombed the
  // village": a state's forces of no country named are those of the
  // country where they act, and those protesters face.
  const auto local_forces = [&](std::optional<Actor>& actor) {
    if (actor && actor->country.empty() && actor->id.empty() &&
        IsAny(actor->sector, {"MIL", "COP"}) && !local.empty()) {
      actor->country = local;
      if (actor->cameo.empty() || actor->cameo == actor->sector) {
        actor->cameo = local + actor->sector;
      }
    }
  };
  if (draft.source && draft.source->kind == "agent") local_forces(e.actor1);
  if (e.type == "PROTEST" && draft.target && draft.target->kind == "agent") local_forces(e.actor2);
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
  // An official addressed who spoke himself is of where he spoke
  // ("Government spokesman Lambert Mende, speaking in Kinshasa, accused
  // Rwanda ... Rwanda's foreign minister denied the charge in Kigali").
  if (statement && draft.target && e.actor2 && e.actor2->country.empty() &&
      IsAny(e.actor2->sector, {"GOV", "MIL", "COP"})) {
    for (const Draft& other : drafts_) {
      if (&other == &draft || !other.source || !sides::IsStatementType(other.code.type) ||
          IdentityKey(*other.source) != IdentityKey(*draft.target)) {
        continue;
      }
      for (uint32_t s : other.sentences) {
        if (sentences_[s].venue && !sentences_[s].venue->country.empty()) {
          GiveLocalCountry(e.actor2, sentences_[s].venue->country);
          break;
        }
      }
      break;
    }
  }
  // A ship is of no country for being where it sails.
  const bool vessel = draft.target && draft.target->vessel;
  GiveLocalCountry(e.actor2, vessel ? std::string() : local,
                   at_home || IsAny(e.type, {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID",
                                             "RETREAT", "CONCEDE"}));
  // "forces of the TPLF attacked the army's Northern Command" in Ethiopia:
  // troops of no country attacked by a party of the place's country are
  // that country's.
  if (e.type == "ASSAULT" && e.actor1 && e.actor2 && !local.empty() && e.actor1->country == local &&
      e.actor2->country.empty() && e.actor2->id.empty() && e.actor2->sector == "MIL") {
    e.actor2->country = local;
    e.actor2->cameo = local + "MIL";
  }
  // A statement about people of no country ("Pompeo blamed Iran-backed
  // militias") speaks of those of the country the report is about, or
  // of the country of the attack they are blamed for.
  if (statement && !vessel && !document_country_.empty() && document_country_ != speaker_country) {
    GiveLocalCountry(e.actor2, document_country_);
  }
  if (e.type == "ACCUSE" && draft.target && IsGeneric(*draft.target)) {
    GiveLocalCountry(e.actor2, CountryOfAttackBlamedOn(*draft.target, drafts_, sentences_), true);
  }
  if (!e.actor2) e.actor2 = PeopleRestricted(e, sentences);
}

std::optional<Actor> Assembly::PeopleRestricted(const Event& e,
                                                const std::vector<uint32_t>& sentences) const {
  if (e.type != "COERCE" || !IsAny(e.mode, {"curfew", "martial-law", "censor"})) {
    return std::nullopt;
  }
  std::string country = e.location ? e.location->country : "";
  if (country.empty() && e.actor1) country = e.actor1->country;
  if (country.empty()) return std::nullopt;
  std::string name = e.mode == "curfew" ? "residents" : "population";
  if (e.mode == "censor") {
    for (uint32_t s : sentences) {
      const std::string text = Lowercase(sentences_[s].evidence.text);
      if (text.find("internet") != std::string::npos) name = "internet users";
    }
  }
  return Actor{.name = name, .country = country, .sector = "CVL", .cameo = country + "CVL"};
}

std::optional<Location> Assembly::AtDateline() const {
  std::optional<Location> at = dateline_;
  if (at && at->geo_precision == 0) at->geo_precision = 2;
  return at;
}

std::string Assembly::EventId(const Event& e) const {
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

}  // namespace casus
