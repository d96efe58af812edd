// casus — where the speakers of a sentence spoke (MarkVenues), requests
// that ask no other party to act (AsksNoOtherParty) and what a request asks
// for (SetRequestMode): part of the sentence coder (coding.h).
#include "code/coding.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <vector>

namespace casus::coding {

// Where the sentence says its speaker spoke: an "in" or "at" phrase of a
// clause of speaking ("speaking in the Black Sea resort of Sochi", "told
// reporters in New York"), or the place of the gathering it was said at
// ("at a news conference in Beirut"). Marked on the sentence's mentions
// for the pipeline to resolve; a phrase naming no place marks nothing
// there ("said in a statement").
void Coding::MarkVenues() {
  std::pair<uint32_t, uint32_t> venue{0, 0};
  // "At an emergency summit in Abuja, ECOWAS demanded ...": a gathering
  // opening the sentence is where all of it was said.
  // So does a statement issued somewhere: "In a statement issued from his
  // home in Pennsylvania, Gulen condemned the putsch".
  if (n_ > 4 && IsAny(Lemma(0), {"at", "in"}) && a_.np_of_token[1] != kNone) {
    const int gathering = a_.np_of_token[1];
    const std::string_view head = Lemma(a_.nps[gathering].head);
    if (IsAny(head, {"conference", "briefing", "meeting", "rally", "summit", "ceremony", "session",
                     "forum", "talks", "gathering"})) {
      const int np = PrepAfterNp(gathering, {"in", "at"});
      if (np != kNone && a_.nps[np].end < n_ && Tag(a_.nps[np].end) == T::kComma) {
        const int of = a_.nps[np].of_complement;
        venue = {a_.nps[np].begin, of != kNone ? a_.nps[of].end : a_.nps[np].end};
      }
    } else if (IsAny(head, {"statement", "speech", "interview", "address", "message"})) {
      for (uint32_t k = a_.nps[gathering].end; k + 1 < n_ && Tag(k) != T::kComma; ++k) {
        const int np = a_.np_of_token[k + 1];
        if (!IsAny(Lemma(k), {"in", "at"}) || np == kNone || !IsProperNoun(Tag(a_.nps[np].head)) ||
            a_.nps[np].end >= n_ || Tag(a_.nps[np].end) != T::kComma) {
          continue;
        }
        venue = {a_.nps[np].begin, a_.nps[np].end};
        break;
      }
    }
  }
  // "In Tehran, foreign ministry spokeswoman Marzieh Afkham blamed Israel":
  // a town opening the sentence is where its speaker spoke (a country so
  // placed is more often what is spoken of: "In Syria, Russia said").
  // ("In Beijing on Wednesday, foreign ministry spokesman Wang Wenbin
  // said": past the day.)
  if (venue.second == 0 && n_ > 4 && Lemma(0) == "in" && a_.np_of_token[1] != kNone) {
    const NounPhrase& place = a_.nps[a_.np_of_token[1]];
    const ActorSpan* named = SpanIn(place.begin, place.end, static_cast<int>(place.head));
    const uint32_t closing =
        place.end + 2 < n_ && Lemma(place.end) == "on" && IsDayWord(Lemma(place.end + 1))
            ? place.end + 2
            : place.end;
    if (place.begin == 1 && closing < n_ && Tag(closing) == T::kComma &&
        IsProperNoun(Tag(place.head)) && (named == nullptr || named->metonym)) {
      venue = {place.begin, place.end};
    }
  }
  for (const Clause& clause : a_.clauses) {
    if (venue.second != 0) break;
    const VerbGroup& vg = a_.verbs[clause.verb];
    const std::string_view verb = Lemma(vg.head);
    // Speakers said to be somewhere: "Iran's mission to the United Nations
    // in New York said", "the US embassy in Khartoum condemned".
    if (clause.subject != kNone && vg.voice == Voice::kActive) {
      const NounPhrase& subject = a_.nps[clause.subject];
      const ActorSpan* speaker = SpanIn(subject.begin, subject.end, static_cast<int>(subject.head));
      const uint32_t after = speaker != nullptr ? std::max(speaker->end, subject.end) : subject.end;
      const int np = after + 1 < n_ && Lemma(after) == "in" ? a_.np_of_token[after + 1] : kNone;
      // Not a body: "Democrats in Congress".
      const ActorSpan* body = np != kNone ? SpanIn(a_.nps[np].begin, a_.nps[np].end, -1) : nullptr;
      // ("Russia's ambassador in Washington, Anatoly Antonov, warned": past
      // a name in apposition.)
      bool named_between = false;
      if (np != kNone && a_.nps[np].end + 2 < vg.begin && Tag(a_.nps[np].end) == T::kComma &&
          Tag(vg.begin - 1) == T::kComma) {
        named_between = true;
        for (uint32_t k = a_.nps[np].end + 1; k + 1 < vg.begin; ++k) {
          named_between = named_between && IsProperNoun(Tag(k));
        }
      }
      if (np != kNone && (a_.nps[np].end == vg.begin || named_between) &&
          (body == nullptr || body->kind == "state")) {
        venue = {a_.nps[np].begin, a_.nps[np].end};
        break;
      }
      // "Wang Yi, attending a regional meeting in Phnom Penh, called off
      // talks": where a phrase set off after the speaker has him; so "who
      // was in" ("President Volodymyr Zelenskiy, who was in Warsaw on
      // Monday, signed").
      if (after + 4 < vg.begin && Tag(after) == T::kComma && Tag(vg.begin - 1) == T::kComma &&
          Lemma(after + 1) == "who" && Lemma(after + 2) == "be" && Lemma(after + 3) == "in") {
        if (const int place = a_.np_of_token[after + 4];
            place != kNone && a_.nps[place].begin == after + 4 && a_.nps[place].end < vg.begin &&
            IsProperNoun(Tag(a_.nps[place].head))) {
          venue = {a_.nps[place].begin, a_.nps[place].end};
          break;
        }
      }
      if (after + 2 < vg.begin && Tag(after) == T::kComma && Tag(vg.begin - 1) == T::kComma &&
          IsAny(Lemma(after + 1), {"attend", "visit"}) && Tag(after + 1) == T::kVBG) {
        for (uint32_t k = after + 2; k + 2 < vg.begin; ++k) {
          if (Tag(k) == T::kComma || IsVerb(Tag(k))) break;
          const int place = Lemma(k) == "in" ? a_.np_of_token[k + 1] : kNone;
          if (place != kNone && a_.nps[place].end + 1 == vg.begin &&
              IsProperNoun(Tag(a_.nps[place].head))) {
            venue = {a_.nps[place].begin, a_.nps[place].end};
          }
        }
        if (venue.second != 0) break;
      }
    }
    // Verbs of judging or agreeing name a venue only by a gathering:
    // "condemned the detentions in a statement in Geneva", "signed a
    // ceasefire at talks in Geneva" ("condemned the attack in Sanaa" names
    // where the attack was, "agreed to a ceasefire in Hodeidah" where it holds).
    const bool speech = IsSpeechLemma(verb, false) || IsAny(verb, {"speak", "address", "brief"});
    if (!speech && !IsAny(verb, {"condemn", "denounce", "criticise", "criticize", "accuse", "blame",
                                 "reject", "deny", "dismiss", "welcome", "urge", "demand", "warn",
                                 "threaten", "vow", "sign", "agree", "conclude"})) {
      continue;
    }
    // Only before what is said: "said that the rebels in Darfur must ..."
    // speaks of Darfur.
    uint32_t said = vg.end;
    while (said < n_ && Lemma(said) != "that" && Tag(said) != T::kComma &&
           Tag(said) != T::kOpenQuote && Tag(said) != T::kColon && !IsVerb(Tag(said))) {
      ++said;
    }
    // "Speaking to Al Mayadeen television from Tehran": where one speaks from.
    const bool from = IsAny(verb, {"speak", "address"});
    for (const PrepArgument& arg : clause.preps) {
      if (arg.np == kNone || arg.prep >= said ||
          !(IsAny(Lemma(arg.prep), {"in", "at"}) || (from && Lemma(arg.prep) == "from"))) {
        continue;
      }
      int np = arg.np;
      // "at a news conference in Beirut", "in an interview in Doha", "in a
      // statement in Geneva".
      // ("in a statement from Mogadishu": where it was issued.)
      if (IsAny(Lemma(a_.nps[np].head), {"conference", "briefing", "meeting", "rally", "summit",
                                         "ceremony", "interview", "session", "forum", "statement",
                                         "speech", "address", "talks", "talk", "negotiation"})) {
        const bool issued = IsAny(Lemma(a_.nps[np].head), {"statement", "address", "speech"});
        np = issued ? PrepAfterNp(np, {"in", "at", "from"}) : PrepAfterNp(np, {"in", "at"});
        if (np == kNone) continue;
      } else if (!speech &&
                 // "signed a declaration in Jeddah": a text signed is signed
                 // where the signing is told.
                 !(IsAny(verb, {"sign", "conclude"}) && clause.object != kNone &&
                   a_.nps[clause.object].end + 1 == a_.nps[np].begin &&
                   IsProperNoun(Tag(a_.nps[np].head)))) {
        continue;
      }
      // "the Black Sea resort [of Sochi]"
      const int of = a_.nps[np].of_complement;
      venue = {a_.nps[np].begin, of != kNone ? a_.nps[of].end : a_.nps[np].end};
      break;
    }
    if (venue.second != 0) break;
  }
  if (venue.second == 0) return;
  std::tie(out_.venue_begin, out_.venue_end) = venue;
  // Every mention but an attack or a seizure, which was placed where it
  // was aimed (FinishMention); the assembler reads it for statements only.
  for (EventMention& m : out_.events) {
    if (!PlacedWhereAimed(m.code.type, m.code.mode)) std::tie(m.venue_begin, m.venue_end) = venue;
  }
}

// "called for calm", "urged residents to stay indoors", "urged Yemenis to
// mass along the border": an appeal to the public or for calm, which no
// party is asked to act on, is no request between parties; nor is an
// order or appeal to one's own side.
bool Coding::AsksNoOtherParty(const EventMention& m, const Clause* clause) const {
  if (m.code.type != "REQUEST" || clause == nullptr) return false;
  // "ordered the security services to bring those responsible to justice",
  // "urged its supporters to keep their protests peaceful", "ordered his
  // followers to withdraw": an order or appeal to one's own side.
  if (clause->object != kNone) {
    const NounPhrase& asked = a_.nps[clause->object];
    if (Tag(asked.begin) == T::kPRPS &&
        IsAny(Lemma(asked.head), {"supporter", "follower", "member", "loyalist", "partisan",
                                  "force", "troop", "fighter", "army", "police", "commander"})) {
      return true;
    }
    // Forces of the speaker's country, or of no country named when they
    // are ordered ("the UN urged the army to ..." asks someone else's).
    const auto own = ActorOfNp(clause->object);
    const bool order = IsAny(Lemma(a_.verbs[clause->verb].head), {"order", "instruct", "command"});
    if (own && IsAny(own->kind, {"agent", "anaphor", "military", "police"}) &&
        IsAny(own->actor.sector, {"MIL", "COP"}) &&
        ((own->actor.country.empty() && order) ||
         (m.source && !own->actor.country.empty() &&
          own->actor.country == m.source->actor.country))) {
      return true;
    }
  }
  if (m.target) {
    return m.target->kind == "agent" && IsAny(m.target->actor.sector, {"CVL", "REF"}) &&
           (m.target->actor.country.empty() || !m.source ||
            m.target->actor.country == m.source->actor.country);
  }
  for (uint32_t k = a_.verbs[clause->verb].end; k < n_ && k < a_.verbs[clause->verb].end + 4; ++k) {
    if (IsAny(Lemma(k), {"calm", "restraint", "unity", "patience"})) return true;
  }
  return false;
}

// What a request asks for, as PLOVER's mode of REQUEST and its CAMEO code
// (the CAMEO-to-PLOVER table): to yield ("demanded the release of": 1053;
// "urged Algiers to halt the operation", "called for a ceasefire": 1056),
// for help ("appealed for aid", "asked Washington to help": 103) or for a
// change ("demanded his resignation": 1041; "called for elections": 104).
// Read from the request's object, its for-phrase and the verb it asks for.
void Coding::SetRequestMode(const Clause& clause, EventCode& code) const {
  std::vector<std::string_view> asked;
  if (clause.object != kNone) {
    asked.push_back(Lemma(a_.nps[Possessed(clause.object)].head));
  }
  if (const int np = PrepNp(clause, {"for"}); np != kNone) {
    asked.push_back(Lemma(a_.nps[Possessed(np)].head));
  }
  const int dep = DependentClause(IndexOf(clause));
  if (dep != kNone && (a_.clauses[dep].link == ClauseLink::kInfinitive ||
                       a_.clauses[dep].link == ClauseLink::kComplement)) {
    asked.push_back(Lemma(a_.verbs[a_.clauses[dep].verb].head));
    if (a_.clauses[dep].object != kNone) {
      asked.push_back(Lemma(a_.nps[a_.clauses[dep].object].head));
    }
  }
  // "ordered seven UN officials to leave the country within 72 hours": an
  // order to leave is an expulsion (of officials, a sanction).
  const std::string_view verb = Lemma(a_.verbs[clause.verb].head);
  if (IsAny(verb, {"order", "give", "instruct", "direct", "tell"}) &&
      std::find(asked.begin(), asked.end(), "leave") != asked.end()) {
    const ActorSpan* ordered = clause.object != kNone
                                   ? SpanIn(a_.nps[clause.object].begin, a_.nps[clause.object].end,
                                            static_cast<int>(a_.nps[clause.object].head))
                                   : nullptr;
    const bool officials =
        ordered != nullptr && IsAny(ordered->actor.sector, {"GOV", "IGO", "MIL", "NGO"});
    code = officials ? EventCode{"SANCTION", "expel", "1663", code.acled}
                     : EventCode{"COERCE", "deport", "174", code.acled};
    return;
  }
  for (const std::string_view w : asked) {
    if (IsAny(w, {"release", "free", "freeing", "return", "hostage", "prisoner", "detainee"})) {
      code = EventCode{"REQUEST", "yield", "1053", code.acled};
      return;
    }
    if (IsAny(w, {"ceasefire", "cease-fire", "truce", "halt", "stop", "end", "cease", "withdraw",
                  "withdrawal", "restraint", "de-escalation", "retreat", "lift", "suspend"})) {
      code = EventCode{"REQUEST", "yield", "1056", code.acled};
      return;
    }
    // ("demanded a full and transparent investigation", "asked Afghanistan
    // to hand over Fazlullah", "to extradite Gulen": cooperation asked.)
    if (IsAny(w, {"help", "assist", "aid", "assistance", "support", "protection", "relief",
                  "investigation", "investigate", "inquiry", "probe", "cooperation", "cooperate",
                  "extradite", "extradition", "hand"})) {
      code = EventCode{"REQUEST", "assist", "103", code.acled};
      return;
    }
    if (IsAny(w, {"resign", "resignation", "step"})) {
      code = EventCode{"REQUEST", "change", "1041", code.acled};
      return;
    }
    if (IsAny(w, {"reform", "change", "election", "constitution"})) {
      code = EventCode{"REQUEST", "change", "104", code.acled};
      return;
    }
  }
}

}  // namespace casus::coding
