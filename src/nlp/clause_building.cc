#include "nlp/clause_builder.h"

#include <algorithm>

#include "nlp/reading_words.h"

namespace casus::clauses {

void Builder::Run() {
  out_.clear();
  out_.np_of_token.assign(n_, kNone);
  protected_end_.assign(n_, 0);
  for (const auto& [b, e] : s_.protected_spans) {
    if (b < e && e <= n_) protected_end_[b] = std::max(protected_end_[b], e);
  }
  ChunkNounPhrases();
  ChunkVerbGroups();
  LinkNounPhrases();
  BuildClauses();
}

void Builder::BuildClauses() {
  const auto& verbs = out_.verbs;
  std::vector<bool> in_quote(n_ + 1, false);
  bool open = false;
  for (size_t i = 0; i < n_; ++i) {
    if (Tag(i) == T::kOpenQuote) open = true;
    in_quote[i] = open;
    if (Tag(i) == T::kCloseQuote) open = false;
  }
  for (size_t v = 0; v < verbs.size(); ++v) {
    const VerbGroup& vg = verbs[v];
    Clause clause;
    clause.verb = static_cast<int>(v);
    clause.quoted = in_quote[vg.head];
    const int previous = static_cast<int>(out_.clauses.size()) - 1;
    const size_t before = vg.begin;
    const T left = before > 0 ? Tag(before - 1) : T::kPeriod;
    const std::string_view left_lemma = before > 0 ? Lemma(before - 1) : std::string_view();

    // "Saleh, who still headed the party": past adverbs to the relative
    // word.
    size_t relative_at = before;
    while (relative_at > 1 && IsAdverb(Tag(relative_at - 1)) && Tag(relative_at - 1) != T::kWRB &&
           (Tag(relative_at - 2) == T::kWP || Tag(relative_at - 2) == T::kWDT)) {
      --relative_at;
    }
    const T relative_word = relative_at > 0 ? Tag(relative_at - 1) : T::kPeriod;
    if (vg.form == VerbForm::kFinite) {
      if (relative_word == T::kWDT || relative_word == T::kWP ||
          (left_lemma == "that" && before >= 2 && out_.np_of_token[before - 2] != kNone)) {
        // "militias that attacked": a relative clause.
        clause.link = ClauseLink::kRelative;
        size_t k = relative_at - 1;
        const bool set_off = k > 0 && Tag(k - 1) == T::kComma;
        if (set_off) --k;
        // ('known as "Barbecue" who leads the G9': past the closing quote.)
        if (k > 0 && Tag(k - 1) == T::kCloseQuote) --k;
        clause.modified_np = NpEndingBefore(k);
        // "the Government of National Accord in Tripoli, which is backed by
        // Turkey": "which" set off after a name in an "in" or "at" phrase
        // is of the name before that phrase.
        if (set_off && Lemma(relative_at - 1) == "which" && clause.modified_np != kNone) {
          const NounPhrase& named = out_.nps[clause.modified_np];
          if (named.begin >= 2 && IsProperNoun(Tag(named.head)) && IsProperNoun(Tag(named.begin)) &&
              IsAny(Lemma(named.begin - 1), {"in", "at"})) {
            if (const int host = NpEndingBefore(named.begin - 1);
                host != kNone && IsProperNoun(Tag(out_.nps[host].head))) {
              clause.modified_np = host;
            }
          }
        }
        if (vg.voice == Voice::kActive) {
          clause.subject = clause.modified_np;
        } else {
          clause.object = clause.modified_np;
        }
      } else if (const int host = PrepositionalRelativeHost(before); host != kNone) {
        // "the coalition, of which the UAE is a member,": a relative clause
        // with a subject of its own.
        clause.link = ClauseLink::kRelative;
        clause.modified_np = host;
        clause.subject = NpEndingBefore(before);
      } else if (const int gap = ObjectRelativeHost(vg); gap != kNone) {
        // "the militia that Washington blames": the modified phrase is the
        // object of the relative clause.
        clause.link = ClauseLink::kRelative;
        clause.modified_np = gap;
        clause.subject = NpEndingBefore(before);
        clause.object = gap;  // ObjectRelativeHost accepts active verbs only
      } else if (previous >= 0 && [&] {
                   // "rejects and strongly condemns": past adverbs; "and on
                   // Tuesday told the ambassador to leave": past a day.
                   size_t j = before;
                   while (j > 0 && IsAdverb(Tag(j - 1))) --j;
                   if (const size_t day = PastTimeAdjunct(j);
                       day < j && day > 0 && Tag(day - 1) == T::kCC) {
                     j = day;
                   }
                   return j > 0 && Tag(j - 1) == T::kCC && NpEndingBefore(j) == kNone;
                 }()) {
        // "killed two and wounded six": coordinated, same subject. After a
        // comma, with what a speaker said in between ("al-Awadi said 16
        // people were killed and 25 wounded ..., and called the strikes a
        // violation"), with the speech verb.
        // Only a verb of speaking or judging goes with the speaker so: in
        // "said the rebels attacked the town, and killed five" the rebels kill.
        const int sibling = CoordinatedSibling(vg, previous, before);
        clause.link = ClauseLink::kCoordinated;
        clause.governor = sibling;
        clause.subject = out_.clauses[sibling].subject;
      } else if (const int series = SeriesOpener(previous);
                 series >= 0 && IsSeriesVerb(vg, series)) {
        // "The bloc closed its borders with Niger, banned commercial flights
        // and froze Niger's assets": a verb of a series shares its subject.
        clause.link = ClauseLink::kCoordinated;
        clause.governor = series;
        clause.subject = out_.clauses[series].subject;
      } else {
        // 'said it "categorically rejects"': past the quotation mark and
        // adverbs opening a quoted verb.
        size_t subject_end = before;
        while (subject_end > 0 && IsAdverb(Tag(subject_end - 1))) --subject_end;
        if (subject_end > 0 && Tag(subject_end - 1) == T::kOpenQuote) {
          --subject_end;
        } else {
          subject_end = before;
        }
        int np = NpEndingBefore(subject_end);
        bool named_subject = false;  // a name set off after its description
        // "Iran and Syria both blamed": past a floating quantifier.
        if (np != kNone && out_.nps[np].end == out_.nps[np].begin + 1 &&
            IsAny(Lemma(out_.nps[np].begin), {"both", "all", "each"}) && out_.nps[np].begin > 0) {
          if (const int before_quantifier = NpEndingBefore(out_.nps[np].begin);
              before_quantifier != kNone) {
            np = before_quantifier;
          }
        }
        // "X, an Iran-backed militia, said", "X, the group's spokesman, on
        // Saturday called"
        // ("X, an Iran-backed militia, then said": past adverbs too.)
        size_t adverbs_from = before;
        while (adverbs_from > 0 && IsAdverb(Tag(adverbs_from - 1)) &&
               Tag(adverbs_from - 1) != T::kWRB) {
          --adverbs_from;
        }
        const size_t comma_at = PastTimeAdjunct(adverbs_from);
        // "Hundreds of Traore's supporters, some waving Russian flags, then
        // attacked": past an aside of a quantifier and a participle.
        if (np == kNone && comma_at >= 2 && Tag(comma_at - 1) == T::kComma) {
          for (size_t k = comma_at - 1; k-- > 1 && comma_at - k < 12;) {
            if (Tag(k) != T::kComma) continue;
            if (k + 2 < n_ &&
                IsAny(Lemma(k + 1), {"some", "many", "most", "several", "other", "others", "one",
                                     "all", "few"}) &&
                (Tag(k + 2) == T::kVBG || Tag(k + 2) == T::kVBN)) {
              np = NpEndingBefore(k);
            }
            break;
          }
        }
        if (np == kNone && comma_at >= 2 && Tag(comma_at - 1) == T::kComma) {
          const int appositive = NpEndingBefore(comma_at - 1);
          // "X, a militia that Washington blames for the attack, said":
          // step out of a relative clause inside the apposition.
          int host = kNone;
          if (appositive != kNone) {
            for (const Clause& c : out_.clauses) {
              if (c.link != ClauseLink::kRelative || c.modified_np == kNone) continue;
              if (out_.nps[c.modified_np].end <= out_.nps[appositive].begin &&
                  out_.verbs[c.verb].begin > out_.nps[c.modified_np].begin &&
                  out_.verbs[c.verb].begin < out_.nps[appositive].begin) {
                host = c.modified_np;
                break;
              }
            }
          }
          const int owner = OwnerNp(appositive);
          if (host != kNone) {
            np = OwnerNp(host);
            // "ElBaradei, a Nobel laureate who had backed Morsi's removal,
            // resigned": the name the apposition describes.
            const size_t at = out_.nps[np].begin;
            if (at >= 2 && Tag(at - 1) == T::kComma) {
              if (const int named = NpEndingBefore(at - 1);
                  named != kNone && IsProperNoun(Tag(out_.nps[named].head))) {
                np = named;
              }
            }
          } else if (owner != appositive) {
            // "An Arab separatist group, the Ahvaz National Resistance, also
            // said": the name, not the description of a group before it (a
            // title stays: "the Houthis' spokesman, Yahya Saree, said" is
            // the body speaking).
            const bool name_after_description =
                IsProperNoun(Tag(out_.nps[appositive].head)) &&
                !IsProperNoun(Tag(out_.nps[owner].head)) &&
                out_.nps[owner].apposition == appositive &&
                IsAny(Lemma(out_.nps[owner].head), {"group", "militia", "movement", "organisation",
                                                    "organization", "faction", "outfit"});
            np = name_after_description ? appositive : owner;
            named_subject = name_after_description;
          } else if (appositive != kNone) {
            // "X, (or) Y, claimed": skip the parenthetical phrase.
            size_t k = out_.nps[appositive].begin;
            // "X, Algeria's leading activist, staged": from the possessor.
            if (const int owner_np = out_.nps[appositive].possessor; owner_np != kNone) {
              k = out_.nps[owner_np].begin;
            }
            // "X, based in Port Sudan, welcomed": past a participle too;
            // "Iran, along with Russia, has been": past a companion.
            while (k > 0 && (IsAny(Lemma(k - 1), {"or", "also", "known", "as", "aka", "including",
                                                  "among", "in", "near", "at", "outside", "along",
                                                  "together", "with", "alongside"}) ||
                             Tag(k - 1) == T::kVBN || Tag(k - 1) == T::kVBG)) {
              --k;
            }
            if (k >= 2 && Tag(k - 1) == T::kComma) np = OwnerNp(NpEndingBefore(k - 1));
          }
        }
        // "Putin, speaking in Sochi before talks with King Abdullah, called
        // ...": past a participle phrase set off by commas, to the name
        // it describes.
        // Past the commas of a list inside it: "the LNA, supported by the
        // UAE, Egypt and Russia, attacked".
        if (left == T::kComma && before >= 2) {
          for (size_t k = before - 1; k-- > 0 && k + 25 > before;) {
            if (Tag(k) != T::kComma) continue;
            if (k + 1 < before && out_.np_of_token[k + 1] != kNone && Tag(k + 1) != T::kVBG &&
                Tag(k + 1) != T::kVBN) {
              continue;  // a list's comma
            }
            if (k + 1 < before && (Tag(k + 1) == T::kVBG || Tag(k + 1) == T::kVBN) && k > 0) {
              // ("Sudan's army-aligned government, based in Port Sudan,
              // welcomed": a possessed or definite phrase too).
              const int named = NpEndingBefore(k);
              if (named != kNone &&
                  (IsProperNoun(Tag(out_.nps[named].head)) || out_.nps[named].possessor != kNone ||
                   Lemma(out_.nps[named].begin) == "the")) {
                np = named;
              }
            }
            break;
          }
        }
        // "ended the siege hours after al Shabaab fighters stormed the
        // hotel": before a finite verb, "after" opens a clause and its
        // phrase is the subject, not a complement of the siege.
        // ("a day after the group's fighters stormed": from the possessor.)
        const uint32_t np_begin =
            np == kNone ? 0
            : out_.nps[np].possessor != kNone
                ? std::min(out_.nps[np].begin, out_.nps[out_.nps[np].possessor].begin)
                : out_.nps[np].begin;
        const bool opens_clause =
            np != kNone && np_begin > 0 && vg.form == VerbForm::kFinite &&
            IsAny(Lemma(np_begin - 1), {"after", "before", "since", "until", "till"});
        clause.subject =
            opens_clause || named_subject ? np : OwnerNp(np, vg.form == VerbForm::kFinite);
        // "Bashagha, whose government operates from Sirte, denied": a
        // relative clause on the phrase before "whose".
        // ("whose internationally recognised government is backed": past
        // the modifiers the phrase was cut from.)
        size_t whose = clause.subject != kNone ? out_.nps[clause.subject].begin : 0;
        while (whose >= 2 && (IsAdverb(Tag(whose - 1)) || Tag(whose - 1) == T::kVBN ||
                              IsAdjective(Tag(whose - 1)))) {
          --whose;
        }
        if (clause.subject != kNone && whose >= 2 && Lemma(whose - 1) == "whose") {
          size_t k = whose - 1;
          if (k > 0 && Tag(k - 1) == T::kComma) --k;
          if (const int host = NpEndingBefore(k); host != kNone) {
            clause.link = ClauseLink::kRelative;
            clause.modified_np = host;
          }
        }
        // "The attacker shot dead a police officer ... on Sunday, then
        // opened fire on a crowd": a past after ", then" goes on with the
        // doer of the clause before.
        if (previous >= 0 && vg.form == VerbForm::kFinite && before >= 2 &&
            IsAny(Lemma(before - 1), {"then", "later", "afterwards"}) &&
            Tag(before - 2) == T::kComma && out_.clauses[previous].subject != kNone &&
            out_.clauses[previous].link == ClauseLink::kMain) {
          clause.subject = out_.clauses[previous].subject;
        }
        // "The Social Democratic Union, which Zaev leads, blamed": a verb
        // right after the comma closing a relative clause whose own verb
        // ends it has the phrase the clause describes as its subject.
        if (previous >= 0 && clause.subject == kNone && vg.form == VerbForm::kFinite &&
            before >= 2 && Tag(before - 1) == T::kComma) {
          const Clause& prev = out_.clauses[previous];
          const VerbGroup& pvg = verbs[prev.verb];
          if (prev.link == ClauseLink::kRelative && prev.modified_np != kNone &&
              pvg.end + 1 == before && out_.nps[prev.modified_np].end < pvg.begin) {
            clause.subject = prev.modified_np;
          }
        }
        // "Militias that attacked the base fled": the NP left of the verb
        // belongs to a relative clause; the subject is the NP it modifies.
        if (previous >= 0 && clause.subject != kNone) {
          // "Armed groups that officials say are backed by Iran have
          // claimed": from a clause inside the relative clause, the relative
          // clause itself.
          int relative = previous;
          for (int hops = 0; hops < 3 && out_.clauses[relative].link != ClauseLink::kRelative &&
                             out_.clauses[relative].governor != kNone &&
                             out_.clauses[relative].governor < relative;
               ++hops) {
            relative = out_.clauses[relative].governor;
          }
          if (out_.clauses[relative].link != ClauseLink::kRelative) relative = previous;
          const Clause& prev = out_.clauses[relative];
          const uint32_t begin = out_.nps[clause.subject].begin;
          // Not a subject introduced by "that": "a declaration demanding
          // that the government provide".
          // Nor one past a comma or quotation mark: "... groups operating in
          // Syria," Biden said.
          // Nor one after "and": "hostages it had held for seven weeks and
          // Israel released".
          // (Past the commas and "and" of a list the phrase ends: "Gunmen
          // armed with assault rifles, pistols and machetes stormed".)
          uint32_t list_begin = begin;
          for (bool found = true; found;) {
            found = false;
            for (size_t j = 0; j < out_.nps.size(); ++j) {
              const int next = out_.nps[j].conjunct;
              if (next != kNone && out_.nps[next].begin == list_begin &&
                  out_.nps[j].begin < list_begin && out_.nps[j].begin > verbs[prev.verb].begin) {
                list_begin = out_.nps[j].begin;
                found = true;
              }
            }
            // ("assault rifles, pistols": a phrase before a comma in it.)
            if (!found && list_begin >= 2 && Tag(list_begin - 1) == T::kComma) {
              const int before_comma = NpEndingBefore(list_begin - 1);
              if (before_comma != kNone && out_.nps[before_comma].begin > verbs[prev.verb].begin &&
                  out_.nps[clause.subject].conjunct != kNone) {
                list_begin = out_.nps[before_comma].begin;
                found = true;
              }
            }
          }
          bool set_off = false;
          for (uint32_t k = verbs[prev.verb].begin; k < list_begin; ++k) {
            set_off = set_off || Tag(k) == T::kComma || Tag(k) == T::kCloseQuote ||
                      Tag(k) == T::kOpenQuote || (Tag(k) == T::kCC && Lemma(k) == "and");
          }
          // Nor one a conjunction opens: "hundreds wounded as Israeli troops
          // opened fire".
          const bool opened =
              begin > 0 &&
              IsAny(Lemma(begin - 1), {"that", "as", "when", "while", "after", "before", "because",
                                       "since", "until", "though", "although", "if", "once"});
          if (prev.link == ClauseLink::kRelative && prev.modified_np != kNone &&
              begin > verbs[prev.verb].begin && !opened && !set_off) {
            clause.subject = prev.modified_np;
            // ("Malian soldiers and foreign fighters believed to be Russian
            // executed": the whole list the described phrase ends; "the
            // relatives of any militant who kills a police officer would be
            // expelled": the phrase it completes.)
            for (size_t j = out_.nps.size(); j-- > 0;) {
              if (out_.nps[j].conjunct == clause.subject ||
                  out_.nps[j].of_complement == clause.subject) {
                clause.subject = static_cast<int>(j);
              }
            }
          }
        }
        // What a verb of saying or judging before it says.
        LinkToSpeechBefore(clause, previous, before);
      }
    } else if (vg.form == VerbForm::kInfinitive) {
      if (previous >= 0 && verbs[out_.clauses[previous].verb].end <= before) {
        // "ordered seven UN officials, most of them involved in relief work,
        // to leave": after an aside set off by commas, the clause before it.
        int governor = previous;
        const bool after_comma = (before >= 1 && Tag(before - 1) == T::kComma) ||
                                 (before >= 2 && Tag(before - 2) == T::kComma);
        if (after_comma && out_.clauses[previous].link == ClauseLink::kRelative &&
            verbs[out_.clauses[previous].verb].form != VerbForm::kFinite) {
          const int enclosing = EnclosingClause(previous);
          if (enclosing != previous && out_.clauses[enclosing].object != kNone) {
            governor = enclosing;
          }
        }
        const Clause& prev = out_.clauses[governor];
        clause.link = ClauseLink::kInfinitive;
        clause.governor = governor;
        // "urged Iraq to expel": object control; "vowed to retaliate": subject control.
        // "is willing to withdraw": a predicate adjective controls nothing.
        // "shunned work to protest": a purpose infinitive is the subject's.
        const bool object_right_before =
            prev.object != kNone && (out_.nps[prev.object].end == before || governor != previous) &&
            IsObjectControlVerb(Lemma(verbs[prev.verb].head)) &&
            !IsAdjective(Tag(out_.nps[prev.object].head));
        // "called for the Security Council to meet": the phrase of "for"
        // right before is the infinitive's subject.
        const int for_np = before >= 1 ? out_.np_of_token[before - 1] : kNone;
        const bool for_subject = for_np != kNone && out_.nps[for_np].end == before &&
                                 out_.nps[for_np].begin >= 1 &&
                                 Lemma(out_.nps[for_np].begin - 1) == "for" &&
                                 verbs[prev.verb].end <= out_.nps[for_np].begin;
        clause.subject = for_subject ? for_np : object_right_before ? prev.object : prev.subject;
      }
    } else if (left == T::kCC && previous >= 0 && FormOfLatest(vg) != kNone) {
      // "killing one and wounding nine": coordinated with the latest
      // clause of the same form, sharing its subject.
      const int sibling = FormOfLatest(vg);
      clause.link = ClauseLink::kCoordinated;
      clause.governor = sibling;
      clause.subject = out_.clauses[sibling].subject;
    } else {
      // Gerund or bare participle.
      // "demonstrated on Sunday calling for ...": not a day that calls.
      int np_left = left == T::kComma ? kNone : NpEndingBefore(before);
      if (np_left != kNone && IsTimeWord(Lemma(out_.nps[np_left].head))) np_left = kNone;
      // "the LNA of commander Khalifa Haftar, supported by the UAE": a
      // participle with a by-phrase set off after a name describes the
      // phrase the name completes.
      bool described = false;
      if (left == T::kComma && vg.form == VerbForm::kParticiple && vg.end < n_ &&
          (Lemma(vg.end) == "by" ||
           // "The Three Brotherhood Alliance, made up of ...", "X, based in
           // Y,", "Z, known as ...".
           (IsAny(Lemma(vg.end), {"up", "in", "as", "of", "from", "with"}) &&
            IsAny(Lemma(vg.head),
                  {"make", "base", "know", "compose", "form", "found", "create", "drawn", "draw",
                   "headquarter", "allied", "ally", "link", "tie", "affiliate"}))) &&
          before >= 2) {
        int host = NpEndingBefore(before - 1);
        for (int guard = 0; host != kNone && guard < 4; ++guard) {
          int outer = kNone;
          for (size_t k = 0; k < out_.nps.size(); ++k) {
            if (out_.nps[k].of_complement == host) outer = static_cast<int>(k);
          }
          if (outer == kNone) break;
          host = outer;
        }
        // ("The ELN, Colombia's largest remaining guerrilla group, led by
        // its top commander": the name the description is set off after.)
        for (size_t m = 0;
             host != kNone && !IsProperNoun(Tag(out_.nps[host].head)) && m < out_.nps.size(); ++m) {
          if (out_.nps[m].apposition == host && IsProperNoun(Tag(out_.nps[m].head))) {
            host = static_cast<int>(m);
          }
        }
        // (A name of common head too: "The Haqqani network, led by ...".)
        const auto named = [&](int np) {
          for (uint32_t k = out_.nps[np].begin; k <= out_.nps[np].head; ++k) {
            if (IsProperNoun(Tag(k))) return true;
          }
          return false;
        };
        if (host != kNone && named(host)) {
          np_left = host;
          described = true;
        }
      }
      if (np_left != kNone && (left != T::kComma || described)) {
        clause.link = ClauseLink::kRelative;
        clause.modified_np = np_left;
        if (vg.form == VerbForm::kGerund) {
          clause.subject = np_left;
        } else {
          clause.object = np_left;
        }
      } else if (previous >= 0 && vg.form == VerbForm::kGerund &&
                 IsAny(left_lemma, {"during", "amid", "amidst"}) &&
                 (vg.end == n_ || !IsNoun(Tag(vg.end)))) {
        // "shot dead the journalist during rioting": an act of others, a
        // noun of its kind (not "during fighting the rebels": an object).
        clause.link = ClauseLink::kAdverbial;
        clause.governor = previous;
      } else if (previous >= 0) {
        // "claimed responsibility in a statement read on state television,
        // calling the operation revenge": after a comma, a gerund goes with
        // the clause a participle phrase describes a noun of, not with it.
        // "gave the officers a week to reinstate Bazoum, warning that": the
        // one who gave warns, not the one asked.
        int anchor = previous;
        // "in retaliation for a missile that struck near the terminal on
        // Sunday, wounding six people": a toll after a blow told in a
        // relative clause is of that blow.
        const Clause& last = out_.clauses[previous];
        const bool toll_of_relative =
            last.link == ClauseLink::kRelative && verbs[last.verb].form == VerbForm::kFinite &&
            verbs[last.verb].voice == Voice::kActive &&
            IsAny(Lemma(verbs[last.verb].head),
                  {"strike", "hit", "explode", "detonate", "land", "slam", "crash", "attack"}) &&
            IsAny(Lemma(vg.head), {"kill", "wound", "injure", "leave"});
        if (left == T::kComma && vg.form == VerbForm::kGerund && !toll_of_relative) {
          anchor = EnclosingClause(anchor);
          // "blew himself up at the gates after police stopped him from
          // entering, killing 17 people": past a clause "after" opens on
          // the doer (a pronoun its object), and a gerund it governs, the
          // act it gives the time of (not "after a drone slammed into a
          // building, killing a man").
          for (int guard = 0; guard < 3 && anchor > 0; ++guard) {
            const Clause& a = out_.clauses[anchor];
            const VerbGroup& avg = verbs[a.verb];
            if (a.governor != kNone && a.governor < anchor && avg.form == VerbForm::kGerund &&
                avg.begin > 0 && Tag(avg.begin - 1) == T::kIN) {
              anchor = a.governor;  // "from entering"
              continue;
            }
            const size_t opens = a.subject != kNone ? out_.nps[a.subject].begin : avg.begin;
            // ("ripped through the mosque as about 2,000 people were
            // praying, killing 27": past a clause "as" or "while" opens,
            // which tells what went on meanwhile.)
            const bool meanwhile = opens > 0 && IsAny(Lemma(opens - 1), {"as", "while"});
            if (a.link == ClauseLink::kMain && opens > 0 &&
                IsAny(Lemma(opens - 1), {"after", "before", "when", "as", "while", "once"}) &&
                ((a.object != kNone && out_.nps[a.object].pronoun) || meanwhile)) {
              anchor = EnclosingClause(anchor - 1);
            }
            break;
          }
        }
        // "launched what it called \"anti-terrorist measures\", pounding
        // positions": not with the naming in the object.
        while (anchor > 0 && out_.clauses[anchor].subject != kNone &&
               out_.nps[out_.clauses[anchor].subject].begin > 0 &&
               Lemma(out_.nps[out_.clauses[anchor].subject].begin - 1) == "what" &&
               IsAny(Lemma(verbs[out_.clauses[anchor].verb].head),
                     {"call", "describe", "term", "dub", "label"})) {
          --anchor;
        }
        const Clause& prev = out_.clauses[anchor];
        const VerbGroup& pvg = verbs[prev.verb];
        if (pvg.end == before && vg.form == VerbForm::kGerund) {
          // "denied carrying out the attack"
          clause.link = ClauseLink::kComplement;
        } else {
          clause.link = ClauseLink::kAdverbial;
        }
        clause.governor = anchor;
        // "the base was struck, killing two": the agent of a passive acts;
        // but "X was quoted as saying": X speaks.
        const bool speaks = IsSpeechLemma(Lemma(vg.head)) && prev.agent == kNone;
        clause.subject = pvg.voice == Voice::kPassive && !speaks ? prev.agent : prev.subject;
        // "said the attacks were carried out by terrorists, pointing the
        // finger at the PKK": after what a speaker said, the speaker goes on.
        if (left == T::kComma && prev.link == ClauseLink::kComplement && prev.governor != kNone &&
            IsSpeechLemma(Lemma(verbs[out_.clauses[prev.governor].verb].head)) &&
            (IsSpeechLemma(Lemma(vg.head)) ||
             IsAny(Lemma(vg.head), {"point", "call", "accuse", "blame", "describe", "urge"}))) {
          clause.governor = prev.governor;
          clause.subject = out_.clauses[prev.governor].subject;
        }
        // "six years of fighting", "the threat of shelling": a gerund after
        // "of" names an act of no one in particular.
        // So does one a clause opens ("since fighting with Hezbollah began",
        // "amid fighting"): not the speaker's act.
        if (vg.form == VerbForm::kGerund && before >= 1 &&
            IsAny(Lemma(before - 1), {"of", "since", "until", "amid"})) {
          clause.subject = kNone;
        }
        // "accused militias of killing", "arrested him for spying": the
        // one the act is charged to or praised for does it.
        if (vg.form == VerbForm::kGerund && before >= 2 && prev.object != kNone &&
            (Lemma(before - 1) == "of" || Lemma(before - 1) == "for") &&
            out_.nps[prev.object].end == before - 1 && pvg.voice == Voice::kActive &&
            IsAny(Lemma(pvg.head),
                  {"accuse",      "blame",     "charge",    "convict", "suspect", "praise",
                   "thank",       "criticise", "criticize", "condemn", "arrest",  "detain",
                   "punish",      "sentence",  "fine",      "commend", "fault",   "reprimand",
                   "investigate", "prosecute", "indict"})) {
          clause.subject = prev.object;
        }
        // "complained of shelling", "warned about attacks": what is spoken
        // of is done by someone else.
        if (vg.form == VerbForm::kGerund && before >= 1 &&
            IsAny(Lemma(before - 1), {"of", "about"}) &&
            IsAny(Lemma(pvg.head), {"complain", "warn", "speak", "talk", "tell", "report", "worry",
                                    "fear", "hear", "know", "think", "write", "protest"})) {
          clause.subject = kNone;
        }
      }
    }

    // Object: the NP right after the group (actives only), past a closing
    // quotation mark ('"strongly condemns" the attack').
    size_t k = vg.end;
    while (k < n_ && (IsAdverb(Tag(k)) || IsResultAfterVerb(k))) ++k;
    if (k + 1 < n_ && Tag(k) == T::kCloseQuote && out_.np_of_token[k + 1] != kNone) ++k;
    // ... or an opening one: 'blamed "the usurper Zionist regime"'.
    if (k + 1 < n_ && Tag(k) == T::kOpenQuote && out_.np_of_token[k + 1] != kNone &&
        !IsSpeechLemma(Lemma(vg.head))) {
      ++k;
    }
    // An NP followed by a finite verb is the subject of a complement
    // ("said the militia fired"), not an object.
    auto next_verb_follows = [&](size_t np_end) {
      if (v + 1 >= verbs.size() || verbs[v + 1].form != VerbForm::kFinite) return false;
      size_t j = np_end;
      // "said 16 people, including civilians, were killed": past a phrase
      // set off by commas.
      if (j < n_ && Tag(j) == T::kComma && j + 1 < n_ &&
          IsAny(Lemma(j + 1), {"including", "among", "most", "many", "some", "all"})) {
        size_t k = j + 1;
        while (k < n_ && k < j + 10 && Tag(k) != T::kComma) ++k;
        if (k < n_ && Tag(k) == T::kComma) j = k + 1;
      }
      if (j < n_ && Tag(j) == T::kOpenQuote) ++j;  // 'said it "rejects"'
      while (j < verbs[v + 1].begin && IsAdverb(Tag(j))) ++j;
      return verbs[v + 1].begin == j;
    };
    // ("said a nephew and the young man's fiancee were among the dead": past
    // the phrases joined to it.)
    auto last_conjunct_end = [&](int np) {
      for (int guard = 0; out_.nps[np].conjunct != kNone && guard < 8; ++guard) {
        np = out_.nps[np].conjunct;
      }
      return out_.nps[np].end;
    };
    const bool np_starts_clause = IsSpeechLemma(Lemma(vg.head)) && k < n_ &&
                                  out_.np_of_token[k] != kNone &&
                                  (next_verb_follows(out_.nps[out_.np_of_token[k]].end) ||
                                   next_verb_follows(last_conjunct_end(out_.np_of_token[k])));
    // "lifted Friday a day-old blockade": a bare time word before the object.
    if (k + 1 < n_ && IsTimeWord(Lemma(k)) && out_.np_of_token[k] != kNone &&
        out_.nps[out_.np_of_token[k]].end == k + 1 && out_.np_of_token[k + 1] != kNone) {
      ++k;
    }
    if (vg.voice == Voice::kActive && k < n_ && out_.np_of_token[k] != kNone &&
        clause.object == kNone && !np_starts_clause) {
      clause.object = out_.np_of_token[k];
      k = out_.nps[clause.object].end;
    }
    if (vg.voice == Voice::kActive && clause.object == kNone && !IsSpeechLemma(Lemma(vg.head))) {
      clause.object = ShiftedObject(k, v);
    }
    // Prepositional arguments up to the next verb group or clause break.
    const size_t limit = v + 1 < verbs.size() ? verbs[v + 1].begin : n_;
    for (size_t p = vg.end; p < limit; ++p) {
      const T t = Tag(p);
      if (t == T::kColon || t == T::kWDT || t == T::kWP) break;
      if ((t == T::kIN || t == T::kTO) && p + 1 < n_ && out_.np_of_token[p + 1] != kNone) {
        const int np = out_.np_of_token[p + 1];
        if (Lemma(p) == "by" && vg.voice == Voice::kPassive && clause.agent == kNone) {
          clause.agent = np;
        } else {
          clause.preps.push_back(PrepArgument{static_cast<uint32_t>(p), np});
        }
      }
    }
    // "planned, resourced and facilitated by X": a passive participle
    // coordinated with a passive before it shares its subject, and its
    // agent is the earlier one's too.
    if (vg.form == VerbForm::kParticiple && vg.voice == Voice::kPassive &&
        clause.link == ClauseLink::kAdverbial && clause.governor != kNone) {
      Clause& prev = out_.clauses[clause.governor];
      const VerbGroup& pvg = verbs[prev.verb];
      bool listed = pvg.voice == Voice::kPassive && pvg.end < vg.begin;
      bool joined = false;
      for (size_t k = pvg.end; listed && k < vg.begin; ++k) {
        joined = joined || Tag(k) == T::kCC;
        listed = Tag(k) == T::kComma || Tag(k) == T::kCC || Tag(k) == T::kVBN ||
                 Tag(k) == T::kVBD || Tag(k) == T::kJJ;
      }
      // ("The workers were rounded up at their camp in Yigi district, on
      // Sunday and shot": past where and when, "and" right before it.)
      bool past_adjuncts = pvg.voice == Voice::kPassive && pvg.end + 1 < vg.begin &&
                           vg.begin < pvg.end + 20 && Tag(vg.begin - 1) == T::kCC &&
                           Lemma(vg.begin - 1) == "and";
      for (size_t k = pvg.end; past_adjuncts && k + 1 < vg.begin; ++k) {
        past_adjuncts = !IsVerb(Tag(k)) && Tag(k) != T::kMD && Tag(k) != T::kWDT &&
                        Tag(k) != T::kWP && Tag(k) != T::kCC;
      }
      if ((listed && joined) || past_adjuncts) {
        clause.link = ClauseLink::kCoordinated;
        if (clause.subject == kNone && clause.object == kNone) {
          clause.subject = prev.subject;
          clause.object = prev.object;  // "five Iranians who had been charged or convicted"
        }
        if (prev.agent == kNone) prev.agent = clause.agent;
      }
    }
    // "rejects and strongly condemns the attack": verbs joined before one
    // object share it.
    if (clause.link == ClauseLink::kCoordinated && clause.object != kNone &&
        clause.governor != kNone && vg.voice == Voice::kActive) {
      Clause& prev = out_.clauses[clause.governor];
      const VerbGroup& pvg = verbs[prev.verb];
      bool joined = prev.object == kNone && pvg.voice == Voice::kActive && pvg.end < vg.begin &&
                    prev.preps.empty();
      for (size_t k = pvg.end; joined && k < vg.begin; ++k) {
        joined = Tag(k) == T::kCC || IsAdverb(Tag(k));
      }
      if (joined) prev.object = clause.object;
    }
    out_.clauses.push_back(std::move(clause));
  }
  AttachTrailingSpeech();
  ObjectsNamedByWhat();
  ParticiplesBeforeTheirVerb();
}

}  // namespace casus::clauses
