// Background and repetition: whether a phrase or clause tells of earlier,
// repeated or habitual acts ("recent attacks", "a string of bombings",
// "which has been fighting since 2015"), of one more act of a kind told
// ("another attack"), or of another time ("Hours later,").
#include "code/coding.h"

#include <algorithm>

namespace casus::coding {

// "a similar explosion", "another attack", "a second blast": one more event
// of the kind told before.
bool Coding::IsAnother(int np_index) const {
  const NounPhrase& np = a_.nps[np_index];
  for (uint32_t k = np.begin; k < np.head; ++k) {
    if (IsAny(Lemma(k), {"similar", "another", "separate", "second", "third"})) return true;
  }
  return false;
}

// Whether the sentence opens with a time apart from what came before:
// "Hours later,", "Two days earlier,", "Later,", "Separately,".
bool Coding::OpensAtAnotherTime() const {
  for (uint32_t k = 0; k < n_ && k < 4; ++k) {
    const std::string_view word = Lemma(k);
    if (IsAny(word, {"later", "earlier", "separately", "meanwhile", "afterwards", "afterward",
                     "elsewhere", "subsequently"})) {
      // "Hours later, a drone ...", "Hours later a suicide bomber ...": the
      // subject follows (not "later that day", "later on Tuesday").
      if (k + 1 >= n_) return false;
      const T next = Tag(k + 1);
      return next == T::kComma || ((next == T::kDT || next == T::kPRP || IsProperNoun(next)) &&
                                   !IsAny(Lemma(k + 1), {"that", "this"}));
    }
    if (!(Tag(k) == T::kCD || IsAny(word, {"minute", "hour", "day", "week", "shortly", "moments",
                                           "moment", "a", "few", "several", "two", "three"}))) {
      return false;
    }
  }
  return false;
}

// Is the event phrase `np_index` a reference to earlier or repeated
// events: governed by "after", "following", "since", "in response to",
// "in retaliation for"; or plural and undetermined, or "recent", "a
// string of", "a campaign of" ("recent rocket attacks on bases")?
bool Coding::IsBackgroundNp(int np_index) const {
  const NounPhrase& np = a_.nps[np_index];
  // "recent attacks on its territory, including a suicide bombing in
  // Kerman": an example of earlier acts is one of them.
  if (np.begin >= 2 && (Lemma(np.begin - 1) == "including" ||
                        (Lemma(np.begin - 1) == "as" && Lemma(np.begin - 2) == "such"))) {
    for (uint32_t j = np.begin - 1; j-- > 0 && j + 12 > np.begin;) {
      const int before = a_.np_of_token[j];
      if (before == kNone || before >= np_index || a_.nps[before].head != j) continue;
      if (NounTriggerAt(j) != nullptr) return IsBackgroundNp(before);
    }
  }
  // "one of the deadliest attacks on African Union troops since they
  // arrived": the kind the act is measured against, not the act.
  if (np.begin >= 2 && Lemma(np.begin - 1) == "of" && Lemma(np.begin - 2) == "one" &&
      Tag(a_.nps[np_index].head) == T::kNNS) {
    for (uint32_t k = np.begin; k < np.head; ++k) {
      if (Tag(k) == T::kJJS) return true;
    }
  }
  for (uint32_t k = np.begin; k < np.head; ++k) {
    // ("such terrorist attacks": acts of a kind, not one act.)
    if (IsAny(Lemma(k), {"recent", "previous", "earlier", "past", "prior", "former", "repeated",
                         "frequent", "several", "many", "numerous", "dozens", "such"})) {
      return true;
    }
  }
  uint32_t k = np.begin;
  // "a string of attacks", "a campaign of rocket attacks"
  if (np.begin >= 2 && Lemma(np.begin - 1) == "of") {
    const int owner = a_.np_of_token[np.begin - 2];
    if (owner != kNone &&
        (IsSeriesNoun(Lemma(a_.nps[owner].head)) ||
         IsAny(Lemma(a_.nps[owner].head), {"number", "dozen", "hundred", "history", "wake"}))) {
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
  // "retaliating against London's expulsion of Russian diplomats": what is
  // retaliated against came first.
  const uint32_t from =
      np.possessor != kNone ? std::min<uint32_t>(k, a_.nps[np.possessor].begin) : k;
  if (from >= 2 && IsAny(Lemma(from - 1), {"against", "for"}) &&
      IsAny(Lemma(from - 2), {"retaliate", "retaliation", "avenge"})) {
    return true;
  }
  // "in protest at US air strikes", "anger over the killing": what a
  // reaction answers happened before it.
  if (k >= 2 && IsAny(Lemma(k - 1), {"at", "over", "against"}) &&
      IsAny(Lemma(k - 2), {"protest", "anger", "outrage", "fury"})) {
    return true;
  }
  // "wanted to question him over the killing of protest activists",
  // "charged in connection with the attack": what a questioning or a charge
  // is about happened before it.
  if (k >= 1 && Lemma(k - 1) == "over") {
    for (uint32_t j = k - 1; j-- > 0 && j + 6 > k;) {
      if (IsAny(Lemma(j), {"question", "arrest", "detain", "charge", "try", "sentence", "convict",
                           "interrogate", "investigate", "sue", "indict", "prosecute"})) {
        return true;
      }
    }
  }
  // "rocket attacks on bases" in general — but not "US airstrikes on ...",
  // whose own actor makes them a report of particular strikes.
  const bool plural = Tag(np.head) == T::kNNS || Tag(np.head) == T::kNNPS;
  const bool determined = Tag(np.begin) == T::kDT || Tag(np.begin) == T::kPRPS ||
                          Tag(np.begin) == T::kCD || np.possessor != kNone ||
                          SpanIn(np.begin, np.head, -1) != nullptr;
  // "Drone and missile attacks on Saturday set ablaze ...": a day makes
  // them particular.
  bool on_a_day = false;
  for (uint32_t j = np.end; j < n_ && j < np.end + 6 && !IsVerb(Tag(j)) && !on_a_day; ++j) {
    on_a_day = IsDayWord(Lemma(j)) && j > 0 && IsAny(Lemma(j - 1), {"on", "late", "early"});
  }
  return plural && !determined && !on_a_day;
}

// A clause telling of habitual or repeated acts: "have repeatedly
// attacked", "has struck targets several times in recent years".
// "For much of the past two decades, the groups that fought ...", "Over
// the last year, militias have attacked ...": a stretch of time before
// token `end` makes what follows a pattern, not an event.
bool Coding::StretchOfTimeBefore(uint32_t end) const {
  bool verb_before = false;
  for (uint32_t k = 0; k + 1 < end; ++k) {
    verb_before = verb_before || Tag(k) == T::kVBD || Tag(k) == T::kVBZ || Tag(k) == T::kVBP;
    // "Iran has in the past responded to such seizures by detaining
    // foreign ships" (not "in the past week").
    if (Lemma(k) == "in" && k + 3 < n_ && Lemma(k + 1) == "the" && Lemma(k + 2) == "past" &&
        !IsNoun(Tag(k + 3)) && Tag(k + 3) != T::kCD && Tag(k + 3) != T::kJJ) {
      return true;
    }
    if (!IsAny(Lemma(k), {"for", "over", "during", "throughout"})) continue;
    for (uint32_t j = k + 1; j < end && j <= k + 6; ++j) {
      if (!IsAny(Lemma(j), {"year", "decade", "month"}) ||
          (Tag(j) != T::kNNS && !IsAny(Lemma(j - 1), {"past", "last"}))) {
        continue;
      }
      // "the sanctions it lifted over the past decade and threatened to
      // reimpose": the stretch closes the verb before it; the verb after
      // "and" is an act of its own.
      bool coordinated = false;
      for (uint32_t c = j + 1; verb_before && c < end; ++c) {
        coordinated = coordinated || (Tag(c) == T::kCC && IsAny(Lemma(c), {"and", "but"}));
      }
      if (!coordinated) return true;
    }
  }
  return false;
}

bool Coding::SentenceNamesADay() const {
  return std::any_of(in_.lemmas.begin(), in_.lemmas.end(),
                     [](std::string_view lemma) { return IsDayWord(lemma); });
}

bool Coding::IsHabitual(const Clause& clause, int depth) const {
  const VerbGroup& vg = a_.verbs[clause.verb];
  // "where a Saudi-led coalition has fought the Houthis", "which has been
  // fighting since 2015": a perfect in a descriptive clause tells of a
  // state of affairs.
  const bool perfect = vg.perfect;
  uint32_t start = vg.begin;
  if (clause.subject != kNone && a_.nps[clause.subject].begin < start) {
    start = a_.nps[clause.subject].begin;
  }
  // So does the present there: "Turkey, whose forces are fighting the PKK".
  if ((perfect || vg.tense == Tense::kPresent) && start > 0 &&
      IsAny(Lemma(start - 1), {"where", "whose", "which", "who"})) {
    return true;
  }
  if (StretchOfTimeBefore(vg.begin)) return true;
  // "At least 550 people have been killed since fighting erupted": a toll
  // over a stretch of time, not one act.
  const auto toll = [](std::string_view lemma) {
    return IsAny(lemma, {"kill", "wound", "injure", "die", "displace"});
  };
  if (perfect && toll(Lemma(vg.head))) {
    // ("have been killed and about 700,000 displaced since the conflict
    // escalated": past a toll joined to it.)
    for (uint32_t k = vg.end; k < n_ && k < vg.end + 10; ++k) {
      if (Tag(k) == T::kComma || (IsVerb(Tag(k)) && !toll(Lemma(k)))) break;
      if (Lemma(k) == "since" || (Lemma(k) == "so" && k + 1 < n_ && Lemma(k + 1) == "far")) {
        return true;
      }
      // "More than 4,000 civilians have been killed in the war".
      if (IsAny(Lemma(k), {"war", "conflict", "fighting", "insurgency", "violence", "uprising"}) &&
          k >= 2 && Lemma(k - 1) == "the" && IsAny(Lemma(k - 2), {"in", "during", "throughout"})) {
        return true;
      }
    }
  }
  // "US troops remain in Iraq, training and advising Iraqi forces": what is
  // done alongside a state in the present is part of that state.
  if (vg.form == VerbForm::kGerund && clause.link == ClauseLink::kAdverbial &&
      clause.governor != kNone && vg.begin > 0 && Tag(vg.begin - 1) == T::kComma) {
    const VerbGroup& state = a_.verbs[a_.clauses[clause.governor].verb];
    if (state.tense == Tense::kPresent &&
        (Tag(state.head) == T::kVBP || Tag(state.head) == T::kVBZ) &&
        IsAny(Lemma(state.head), {"remain", "stay", "be", "live", "serve", "operate", "work"})) {
      return true;
    }
    // "Iran has been Assad's main backer, sending military advisers": so is
    // what is done alongside a role held until now.
    if (state.perfect && !state.modal && Lemma(state.head) == "be") return true;
  }
  // "Turkey has supplied the Tripoli government with drones": help given in
  // the perfect, on no day the sentence names, is standing support.
  if (perfect && IsAny(Lemma(vg.head), {"supply", "arm", "fund", "finance", "train", "provide",
                                        "equip", "send", "ship", "deliver"})) {
    if (!SentenceNamesADay()) return true;
  }
  // "The group's fighters still carry out ambushes": an act told in the
  // simple present, with a word of habit or on things in general (a bare
  // plural), is what a party does, not an event.
  // ("Fulani leaders say the militias target civilians": so is what is
  // said to be so in the simple present.)
  const auto simple_present = [&](const VerbGroup& v) {
    return v.tense == Tense::kPresent && (Tag(v.head) == T::kVBP || Tag(v.head) == T::kVBZ);
  };
  const bool said_in_general = clause.link == ClauseLink::kComplement && clause.governor != kNone &&
                               simple_present(a_.verbs[a_.clauses[clause.governor].verb]);
  if (simple_present(vg) && vg.voice == Voice::kActive && !clause.quoted &&
      (clause.link == ClauseLink::kMain || clause.link == ClauseLink::kCoordinated ||
       said_in_general) &&
      !IsAny(Lemma(vg.head), {"be", "have"})) {
    bool habit = false;
    for (uint32_t k = vg.begin >= 2 ? vg.begin - 2 : 0; k < vg.head; ++k) {
      habit = habit || IsAny(Lemma(k), {"still", "often", "regularly", "routinely", "frequently",
                                        "usually", "sometimes", "repeatedly", "continue"});
    }
    // (On things in general, or by people told of in general: "Dogon
    // militias accuse Fulani communities of sheltering the jihadists".)
    const auto bare_plural = [&](int np) {
      return np != kNone &&
             (Tag(a_.nps[np].begin) == T::kNNS ||
              ((IsProperNoun(Tag(a_.nps[np].begin)) || IsAdjective(Tag(a_.nps[np].begin))) &&
               Tag(a_.nps[np].head) == T::kNNS));
    };
    const bool general = (clause.object != kNone && Tag(a_.nps[clause.object].begin) == T::kNNS) ||
                         (bare_plural(clause.subject) && bare_plural(clause.object));
    // "US troops occupy a military compound": where forces are, a state.
    const bool stative = IsAny(Lemma(vg.head), {"occupy", "control", "besiege"});
    if (habit || general || stative) return true;
  }
  // "\"We fight on our territory,\" Zelenskiy said": what a speaker says
  // his side does, in the simple present, is what it does in general (the
  // first person is a speaker's, quoted or not).
  if (simple_present(vg) && vg.voice == Voice::kActive && clause.subject != kNone &&
      (IsAny(Lower(a_.nps[clause.subject].head), {"we", "i"}) ||
       (clause.quoted && Lower(a_.nps[clause.subject].head) == "they")) &&
      IsAny(Lemma(vg.head), {"fight", "attack", "strike", "kill", "shoot", "bomb", "shell", "hit",
                             "target", "raid"})) {
    return true;
  }
  // "The war has killed tens of thousands": what a war or a conflict has
  // done over its course.
  if (clause.subject != kNone && vg.voice == Voice::kActive &&
      IsAny(Lemma(a_.nps[clause.subject].head),
            {"war", "conflict", "fighting", "violence", "insurgency", "crisis", "unrest"})) {
    return true;
  }
  // "has carried out previous attacks", "claimed similar attacks": acts of
  // other times.
  if (clause.object != kNone) {
    const NounPhrase& object = a_.nps[clause.object];
    for (uint32_t k = object.begin; k < object.head; ++k) {
      if (IsAny(Lemma(k), {"previous", "earlier", "past", "similar"})) return true;
    }
  }
  // "Iran has previously seized ships": an earlier act (not "a previously
  // unannounced visit"); "Turkey has long been criticised": a long-standing
  // one.
  for (uint32_t k = vg.begin; k < vg.head; ++k) {
    if (IsAny(Lemma(k), {"previously", "earlier", "already", "long"}) && perfect) return true;
  }
  // "The college has clashed with the authorities before": "before" closing
  // a perfect clause.
  for (uint32_t k = vg.end; perfect && k < n_ && k < vg.end + 12; ++k) {
    if (Tag(k) == T::kComma || IsVerb(Tag(k))) break;
    if (Lemma(k) == "before" && Tag(k) == T::kRB) return true;
    if (Lemma(k) == "before" && k + 1 < n_ &&
        (Tag(k + 1) == T::kPeriod || Tag(k + 1) == T::kComma)) {
      return true;
    }
  }
  // "Iran has struck targets in the region several times in recent years":
  // acts repeated over a while.
  for (uint32_t k = vg.end; perfect && k + 1 < n_ && k < vg.end + 16; ++k) {
    if (IsVerb(Tag(k)) || Tag(k) == T::kComma) break;
    if (IsAny(Lemma(k), {"several", "many", "numerous"}) && Lemma(k + 1) == "time") return true;
    if (Lemma(k) == "recent" && IsAny(Lemma(k + 1), {"year", "month", "week"}) &&
        Tag(k + 1) == T::kNNS) {
      return true;
    }
  }
  // "has claimed against US forces since October", "have claimed similar
  // attacks in the past": an active perfect since a time, or in the past,
  // tells of what has gone on (not "have been demobilized since the
  // accord", a state reached).
  for (uint32_t k = vg.end; perfect && vg.voice == Voice::kActive && k < n_ && k < vg.end + 20;
       ++k) {
    if (IsVerb(Tag(k)) || Tag(k) == T::kComma) break;
    if (Lemma(k) == "since") return true;
    if (Lemma(k) == "past" && k >= 2 && Lemma(k - 1) == "the" && Lemma(k - 2) == "in") return true;
  }
  // "the Ambazonia Defence Forces has claimed many attacks on the army":
  // many acts in the perfect (not "had struck several districts": one act
  // on many places).
  if (perfect && clause.object != kNone && Tag(a_.nps[clause.object].head) == T::kNNS &&
      NounTriggerAt(a_.nps[clause.object].head) != nullptr) {
    for (uint32_t k = a_.nps[clause.object].begin; k < a_.nps[clause.object].head; ++k) {
      if (IsAny(Lemma(k), {"many", "numerous", "several", "countless", "multiple"})) return true;
    }
  }
  // "The Houthis have fired hundreds of drones": many launches over time
  // (not "have tortured scores of refugees").
  if (perfect && clause.object != kNone &&
      IsAny(Lemma(a_.nps[clause.object].head), {"hundred", "dozen", "score", "thousand"}) &&
      Tag(a_.nps[clause.object].head) == T::kNNS) {
    const int of = a_.nps[clause.object].of_complement;
    if (of != kNone && WeaponAt(a_.nps[of].head) != nullptr) return true;
  }
  // "have complained for weeks", "have fought a Saudi-led military
  // coalition for more than four years": a perfect over a stretch of time
  // (past its object only in the simple perfect: "had been staging a
  // sit-in for weeks" tells of what was still going on).
  const bool progressive = Tag(vg.head) == T::kVBG;
  for (uint32_t k = vg.end; perfect && k + 1 < n_ && k < vg.end + 12; ++k) {
    if (IsVerb(Tag(k)) || Tag(k) == T::kComma || Tag(k) == T::kCC) break;
    if (progressive && k > vg.end) break;
    if (!IsAny(Lemma(k), {"for", "over"})) continue;
    for (uint32_t j = k + 1; j < n_ && j <= k + 4; ++j) {
      if (IsAny(Lemma(j), {"day", "week", "month", "year", "decade"}) && Tag(j) == T::kNNS) {
        return true;
      }
    }
  }
  // "the compound was hit earlier by a rocket barrage": an earlier event.
  if (vg.end < n_ && IsAny(Lemma(vg.end), {"earlier", "previously"}) &&
      (vg.end + 1 >= n_ || !IsAny(Lemma(vg.end + 1), {"on", "today", "this", "that"}))) {
    return true;
  }
  // "Iran has struck targets there several times in recent years, accusing
  // Kurdish groups of ...": a participle after a comma goes with its
  // clause.
  if (depth < 3 && vg.form == VerbForm::kGerund && clause.link == ClauseLink::kAdverbial &&
      clause.governor != kNone && vg.begin > 0 && Tag(vg.begin - 1) == T::kComma &&
      a_.verbs[a_.clauses[clause.governor].verb].perfect &&
      IsHabitual(a_.clauses[clause.governor], depth + 1)) {
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
  // "have complained for weeks of shelling": what a habitual clause speaks
  // of is as habitual.
  if (depth < 3 && vg.form == VerbForm::kGerund && clause.governor != kNone && vg.begin > 0 &&
      IsAny(Lemma(vg.begin - 1), {"of", "about"}) &&
      IsHabitual(a_.clauses[clause.governor], depth + 1)) {
    return true;
  }
  // "in protest at US air strikes that killed 25 fighters": what a phrase
  // told as earlier did is earlier too.
  if (clause.link == ClauseLink::kRelative && clause.modified_np != kNone &&
      NounTriggerAt(a_.nps[clause.modified_np].head) != nullptr &&
      IsBackgroundNp(clause.modified_np)) {
    return true;
  }
  // "Iraqi forces fighting remnants of the Islamic State": a participle
  // describing what someone does, not an act that happened.
  if (clause.link == ClauseLink::kRelative && vg.form == VerbForm::kGerund && vg.begin == vg.head) {
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
    // "spoke several times on Tuesday": repeated on one day is one event.
    if (w == "time" && k > 0 &&
        (Tag(k - 1) == T::kCD || IsAny(Lemma(k - 1), {"several", "many", "multiple"})) &&
        !std::any_of(in_.lemmas.begin() + from, in_.lemmas.begin() + to,
                     [](std::string_view l) { return IsDayWord(l); })) {
      return true;
    }
    if (IsAny(w, {"year", "month", "week"}) && k >= 2 && Lemma(k - 1) == "recent") return true;
  }
  return false;
}

}  // namespace casus::coding
