#include "nlp/clause_builder.h"

#include <algorithm>

#include "base/word_set.h"
#include "nlp/reading_words.h"

namespace casus::clauses {

bool Builder::InProtected(size_t i, size_t& span_end) const {
  if (protected_end_[i] > i) {
    span_end = protected_end_[i];
    return true;
  }
  return false;
}

// Adjectival participles inside a noun phrase: "wounded soldiers", "a
// little-known militia", "the targeted base" (followed by a noun or adjective).
bool Builder::IsPrenominalVerb(size_t i) const {
  if (Tag(i) != T::kVBN && Tag(i) != T::kVBG) return false;
  if (i + 1 >= n_) return false;
  // "the premeditated and planned action": two participles joined before
  // the noun, after a determiner.
  auto participle_or_adjective = [&](size_t k) {
    return k < n_ && (Tag(k) == T::kVBN || IsAdjective(Tag(k)));
  };
  // (Also in quotation marks: 'the "premeditated and planned action"'.)
  auto determiner_before = [&](size_t k) {
    return k > 0 &&
           (Tag(k - 1) == T::kDT || (Tag(k - 1) == T::kOpenQuote && k > 1 && Tag(k - 2) == T::kDT));
  };
  if (i + 3 < n_ && determiner_before(i) && Tag(i + 1) == T::kCC &&
      participle_or_adjective(i + 2) && IsNoun(Tag(i + 3))) {
    return true;
  }
  if (i >= 3 && Tag(i - 1) == T::kCC && participle_or_adjective(i - 2) &&
      determiner_before(i - 2) && IsNoun(Tag(i + 1))) {
    return true;
  }
  const T next = Tag(i + 1);
  // (A name held together counts as a noun: "the ruling All Progressives
  // Congress".)
  if (!(IsNoun(next) || IsAdjective(next) || protected_end_[i + 1] > i + 1)) return false;
  // "Iran and Syria both blamed Israel": a quantifier after a noun floats
  // off its subject; the participle after it is the verb.
  if (i >= 2 && IsAny(Lemma(i - 1), {"both", "all", "each"}) && IsNoun(Tag(i - 2))) return false;
  // After a determiner or adjective it modifies the noun.
  if (i > 0 && (Tag(i - 1) == T::kDT || IsAdjective(Tag(i - 1)) || Tag(i - 1) == T::kPRPS ||
                Tag(i - 1) == T::kCD)) {
    return true;
  }
  // So after a manner adverb that follows one: "Yemen's internationally
  // recognised government", "the newly appointed envoy".
  if (i > 0 && IsMannerAdverbInPhrase(i - 1)) return true;
  // Participles mostly used as adjectives modify the noun after them
  // anywhere but after an auxiliary: "reject proposed Israeli changes",
  // "from neighboring Lebanon", "investigating alleged war crimes".
  const bool after_auxiliary =
      i > 0 && IsAny(Lemma(i - 1), {"be", "have", "get"}) && IsVerb(Tag(i - 1));
  static constexpr WordSet<36> kPrenominal{
      {"neighboring", "neighbouring", "ruling",       "governing",    "opposing",   "remaining",
       "alleged",     "so-called",    "proposed",     "suspected",    "disputed",   "occupied",
       "besieged",    "embattled",    "devastating",  "unidentified", "armed",      "leading",
       "continuing",  "feuding",      "warring",      "sweeping",     "crippling",  "punishing",
       "mounting",    "escalating",   "growing",      "increasing",   "lasting",    "outgoing",
       "incoming",    "far-reaching", "wide-ranging", "allied",       "affiliated", "aligned"}};
  if (after_auxiliary) return false;
  if (kPrenominal.contains(Word(i))) return true;
  // Right after a verb or a preposition, participles that mostly describe
  // acts modify the noun: "launched coordinated attacks", "faced renewed
  // shelling" (not "the rebels coordinated attacks").
  static constexpr WordSet<10> kAfterVerb{{"coordinated", "renewed", "repeated", "sustained",
                                           "concerted", "organised", "organized", "intensified",
                                           "unprovoked", "heightened"}};
  return i > 0 && (IsVerb(Tag(i - 1)) || Tag(i - 1) == T::kIN) && kAfterVerb.contains(Word(i));
}

// An adverb in -ly, or one of degree ("a very big mistake"), between a
// determiner, possessive or adjective and the participle or adjective it
// grades, inside a noun phrase.
bool Builder::IsMannerAdverbInPhrase(size_t i) const {
  if (i == 0 || i >= n_ || n_ - i <= 2 || Tag(i) != T::kRB ||
      !(Word(i).ends_with("ly") || reading::WordIsAny(Word(i), "very quite rather too"))) {
    return false;
  }
  const T before = Tag(i - 1);
  const T next = Tag(i + 1);
  return (before == T::kDT || before == T::kPRPS || before == T::kPOS || IsAdjective(before)) &&
         (next == T::kVBN || IsAdjective(next)) && (IsNoun(Tag(i + 2)) || IsAdjective(Tag(i + 2)));
}

// "shot dead", "stabbed dead", "beaten unconscious": an adjective telling
// what a verb of violence left its object.
bool Builder::IsResultAfterVerb(size_t i) const {
  return i > 0 && IsVerb(Tag(i - 1)) &&
         (reading::WordIs(Word(i), "dead") || reading::WordIs(Word(i), "unconscious")) &&
         IsAny(Lemma(i - 1),
               {"shoot", "gun", "stab", "beat", "hack", "stone", "club", "kick", "burn", "strike"});
}

// "the militia [US officials blame] for the attack": after a common noun, a
// relative clause without "that" starting with its own subject (names, a
// plural noun, a finite verb).
bool Builder::StartsReducedRelative(size_t i) const {
  if (i == 0 || !IsProperNoun(Tag(i)) || !IsNoun(Tag(i - 1)) || IsProperNoun(Tag(i - 1))) {
    return false;
  }
  size_t k = i;
  while (k < n_ && IsProperNoun(Tag(k))) ++k;
  return k + 1 < n_ && Tag(k) == T::kNNS &&
         (Tag(k + 1) == T::kVBP || Tag(k + 1) == T::kVBD || Tag(k + 1) == T::kVBZ);
}

bool Builder::IsTimeWord(std::string_view lemma) {
  return IsAny(lemma, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "today", "yesterday", "tonight", "overnight"});
}

// Words before a number that make it approximate and belong to the
// phrase it counts: "about 70 million dollars", "up to 16 advisers", "at
// least 20 people". Their length, or 0.
size_t Builder::ApproximationLength(size_t i) const {
  auto number_at = [&](size_t k) { return k < n_ && Tag(k) == T::kCD; };
  if (IsAny(Lemma(i),
            {"about", "around", "approximately", "nearly", "almost", "some", "over", "roughly"}) &&
      !IsNoun(Tag(i)) && number_at(i + 1)) {
    return 1;
  }
  if (i + 1 < n_ &&
      ((Lemma(i) == "up" && Lemma(i + 1) == "to") ||
       (Lemma(i) == "at" && Lemma(i + 1) == "least")) &&
      number_at(i + 2)) {
    return 2;
  }
  return 0;
}

// Whether `np` is the object of a preposition in a phrase opening the
// sentence, before any verb ("In a televised speech, ...", "Hours after
// the crash, ...").
bool Builder::OpensSentenceAdverbial(const NounPhrase& np) const {
  if (np.begin == 0 || Tag(np.begin - 1) != T::kIN) return false;
  for (uint32_t k = 0; k < np.begin; ++k) {
    if (IsVerb(Tag(k)) || Tag(k) == T::kMD || Tag(k) == T::kComma) return false;
  }
  return true;
}

void Builder::AddNp(size_t begin, size_t end, bool pronoun) {
  NounPhrase np;
  np.begin = static_cast<uint32_t>(begin);
  np.end = static_cast<uint32_t>(end);
  np.pronoun = pronoun;
  np.head = np.end - 1;
  for (size_t k = end; k > begin; --k) {
    if (IsHeadTag(Tag(k - 1))) {
      np.head = static_cast<uint32_t>(k - 1);
      break;
    }
  }
  const int index = static_cast<int>(out_.nps.size());
  for (size_t k = begin; k < end; ++k) out_.np_of_token[k] = index;
  out_.nps.push_back(np);
}

// Whether a run of adjectives joined by commas, "and" or "or" starts at
// token k and ends before a noun ("thorough and transparent investigation").
bool Builder::AdjectivesBeforeNoun(size_t k) const {
  const size_t end = std::min(n_, k + 8);
  if (k >= end || !IsAdjective(Tag(k))) return false;
  while (k + 1 < end) {
    ++k;
    if (IsNoun(Tag(k))) return true;
    const bool joint = Tag(k) == T::kComma || Lemma(k) == "and" || Lemma(k) == "or";
    if (!IsAdjective(Tag(k)) && !(joint && k + 1 < end && IsAdjective(Tag(k + 1)))) return false;
  }
  return false;
}

void Builder::ChunkNounPhrases() {
  size_t i = 0;
  while (i < n_) {
    size_t span_end = 0;
    const bool is_protected = InProtected(i, span_end);
    if (!is_protected && Tag(i) == T::kPRP) {
      AddNp(i, i + 1, true);
      ++i;
      continue;
    }
    // "shot dead one of the pilots": a result of the verb, not a phrase.
    if (!is_protected && IsResultAfterVerb(i)) {
      ++i;
      continue;
    }
    // "it was highly likely Moscow was responsible": a judgement after "it
    // was", not the start of a phrase.
    if (!is_protected && IsAdjective(Tag(i)) && IsJudgementAdjective(Lemma(i))) {
      size_t k = i;
      while (k > 0 && IsAdverb(Tag(k - 1))) --k;
      if (k >= 2 && Lemma(k - 1) == "be" && Lemma(k - 2) == "it") {
        ++i;
        continue;
      }
    }
    const size_t approximation = ApproximationLength(i);
    // "Assad's most powerful ally": a degree adverb after a possessive
    // starts the possessed phrase.
    const bool degree_after_possessive = i > 0 && Tag(i - 1) == T::kPOS &&
                                         (Tag(i) == T::kRBS || Tag(i) == T::kRBR) && i + 1 < n_ &&
                                         IsAdjective(Tag(i + 1));
    if (!is_protected && approximation == 0 && !StartsNp(Tag(i)) && !IsPrenominalVerb(i) &&
        !IsMannerAdverbInPhrase(i) && !degree_after_possessive) {
      ++i;
      continue;
    }
    const size_t begin = i;
    size_t j = i + approximation;
    bool seen_noun = false;
    bool quoted = false;  // inside quotation marks opened in the phrase
    while (j < n_) {
      if (j > begin && seen_noun && StartsReducedRelative(j)) break;
      // "late on Wednesday Thailand recalled": a day ends its phrase before
      // a name.
      if (j > begin && IsProperNoun(Tag(j)) && IsProperNoun(Tag(j - 1)) &&
          IsTimeWord(Lemma(j - 1))) {
        break;
      }
      size_t inner_end = 0;
      if (InProtected(j, inner_end)) {
        j = inner_end;
        seen_noun = true;
        continue;
      }
      const T tag = Tag(j);
      if (j == begin && (tag == T::kDT || tag == T::kPDT || tag == T::kPRPS)) {
        ++j;
        continue;
      }
      // A determiner after a noun starts a new phrase ("gave the group the order").
      if (j > begin && (tag == T::kDT || tag == T::kPDT) && seen_noun) break;
      // A number after a name starts the thing given: "gave the Ivory Coast
      // [5.1 million dollars]", "sent Iraq [50 tanks]".
      if (j > begin && seen_noun && tag == T::kCD && IsProperNoun(Tag(j - 1)) && j + 1 < n_ &&
          (Tag(j + 1) == T::kCD || Tag(j + 1) == T::kNNS)) {
        break;
      }
      // A bare time word after a noun is an adverbial ("staged protests
      // Saturday", "attacked the base yesterday").
      if (j > begin && seen_noun && IsTimeWord(Lemma(j))) break;
      // "on Wednesday [more than 1,000 refugees]": a comparison before a
      // number after a noun starts the phrase it counts.
      if (j > begin && seen_noun && (tag == T::kJJR || tag == T::kRBR) && j + 2 < n_ &&
          Lemma(j + 1) == "than" && Tag(j + 2) == T::kCD) {
        break;
      }
      // "factions such as X": "such as" introduces examples.
      if (j > begin && seen_noun && Lemma(j) == "such" && j + 1 < n_ && Lemma(j + 1) == "as") {
        break;
      }
      // "more than 100 Palestinians", "fewer than 20 people": a comparison
      // before a number belongs to the phrase the number counts.
      if (!seen_noun && (tag == T::kJJR || tag == T::kRBR) && j + 2 < n_ &&
          Lemma(j + 1) == "than" && Tag(j + 2) == T::kCD) {
        j += 2;
        continue;
      }
      // "the British-owned, Japanese-operated ship", "a prompt, thorough
      // and transparent investigation": adjectives set off by a comma
      // before one noun.
      if (j > begin && tag == T::kComma && IsAdjective(Tag(j - 1)) && AdjectivesBeforeNoun(j + 1)) {
        ++j;
        continue;
      }
      // "political and territorial autonomy": coordinated adjectives
      // before one noun.
      if (!seen_noun && j > begin && tag == T::kCC && IsAdjective(Tag(j - 1)) && j + 2 < n_ &&
          IsAdjective(Tag(j + 1)) && IsNoun(Tag(j + 2)) &&
          (Lemma(j) == "and" || Lemma(j) == "or")) {
        ++j;
        continue;
      }
      if (IsMannerAdverbInPhrase(j)) {
        ++j;
        continue;
      }
      // "the most powerful militias", "the most favoured nation": a degree
      // adverb inside the phrase.
      if ((tag == T::kRBS || tag == T::kRBR) && j + 2 < n_ &&
          (IsAdjective(Tag(j + 1)) || (Tag(j + 1) == T::kVBN && IsNoun(Tag(j + 2)))) &&
          !seen_noun) {
        j += Tag(j + 1) == T::kVBN ? 2 : 1;
        continue;
      }
      // "the wounded", "the displaced": a participle standing as a noun.
      if (!seen_noun && j == begin + 1 && Lemma(begin) == "the" &&
          (tag == T::kVBN || tag == T::kJJ) && j + 1 < n_ && !IsNoun(Tag(j + 1)) &&
          !IsAdjective(Tag(j + 1)) &&
          reading::WordIsAny(Word(j),
                             "wounded injured dead "
                             "displaced missing "
                             "detained accused")) {
        seen_noun = true;
        ++j;
        continue;
      }
      // "set the building ablaze": a result after the noun is no part of it.
      static constexpr WordSet<5> kResults{{"ablaze", "alight", "afire", "adrift", "aground"}};
      if (seen_noun && kResults.contains(Word(j))) break;
      // "an \"Israeli ship\"", "an \"espionage headquarters\" of": words
      // quoted inside a phrase belong to it.
      // So do quoted modifiers before the noun: a "completely unjustified"
      // decision, the "fallacious, even absurd" pretexts.
      const auto modifier_at = [&](size_t k) {
        return k < n_ &&
               (IsAdjective(Tag(k)) ||
                (IsAdverb(Tag(k)) && k + 1 < n_ && IsAdjective(Tag(k + 1))) || IsPrenominalVerb(k));
      };
      if (tag == T::kOpenQuote && j > begin && !seen_noun && !quoted && j + 1 < n_ &&
          (modifier_at(j + 1) || IsNoun(Tag(j + 1)))) {
        quoted = true;
        ++j;
        continue;
      }
      if (tag == T::kCloseQuote && quoted &&
          (seen_noun || (j + 1 < n_ && (IsAdjective(Tag(j + 1)) || IsNoun(Tag(j + 1)))))) {
        quoted = false;
        ++j;
        continue;
      }
      if (quoted && !seen_noun &&
          ((tag == T::kComma && modifier_at(j + 1)) || (IsAdverb(tag) && modifier_at(j)))) {
        ++j;
        continue;
      }
      // "a mostly Tutsi movement", "a largely peaceful protest": an adverb
      // after the article, before a modifier.
      if (IsAdverb(tag) && tag != T::kWRB && !seen_noun && j > begin &&
          (Tag(j - 1) == T::kDT || IsAdjective(Tag(j - 1))) && j + 2 < n_ &&
          (IsAdjective(Tag(j + 1)) || IsProperNoun(Tag(j + 1)) || IsPrenominalVerb(j + 1)) &&
          (IsNoun(Tag(j + 2)) || IsAdjective(Tag(j + 2)))) {
        ++j;
        continue;
      }
      if (tag == T::kCD || IsAdjective(tag) || IsNoun(tag) || IsPrenominalVerb(j) ||
          (tag == T::kDT && !seen_noun)) {
        seen_noun = seen_noun || IsNoun(tag) || tag == T::kCD;
        ++j;
        continue;
      }
      // "a new $300 million military aid package": a sum inside the phrase.
      if (tag == T::kDollar && !seen_noun && j > begin && j + 1 < n_ && Tag(j + 1) == T::kCD) {
        ++j;
        continue;
      }
      // "the premeditated and planned action": "and" between participles
      // joined before the noun.
      if (tag == T::kCC && !seen_noun && j > begin && Tag(j - 1) == T::kVBN &&
          IsPrenominalVerb(j - 1) && j + 1 < n_ && IsPrenominalVerb(j + 1)) {
        ++j;
        continue;
      }
      break;
    }
    if (j == begin) j = begin + 1;
    AddNp(begin, j, false);
    i = j;
  }
}

void Builder::LinkNounPhrases() {
  auto& nps = out_.nps;
  for (size_t k = 0; k + 1 < nps.size(); ++k) {
    const uint32_t after = nps[k].end;
    if (after >= n_) continue;
    // "leader of [Hezbollah]"; "the Libyan National Army (LNA) of [eastern
    // commander Khalifa Haftar]"
    {
      uint32_t of = after;
      size_t next = k + 1;
      SkipBracketedAcronym(of, next);
      if (of < n_ && Lemma(of) == "of" && out_.np_of_token.size() > of + 1 &&
          out_.np_of_token[of + 1] == static_cast<int>(next)) {
        nps[k].of_complement = static_cast<int>(next);
      }
    }
    // "[Iran] 's foreign ministry" (or 'Georgia's "enemy and occupier"').
    if (Tag(after) == T::kPOS && after + 1 < n_) {
      const size_t owned =
          after + 1 < n_ && Tag(after + 1) == T::kOpenQuote ? after + 2 : after + 1;
      if (owned < n_ && out_.np_of_token[owned] == static_cast<int>(k + 1)) {
        nps[k + 1].possessor = static_cast<int>(k);
      }
    }
    // "[Saudi Arabia] and [Iran]"; but "struck on [Saturday] and [the
    // Houthis] claimed", "held in Gaza for [seven weeks] and [Israel]
    // released": a time does not join a party that starts a clause.
    const uint32_t next_end = nps[k + 1].end;
    const bool time = IsTimeWord(Lemma(nps[k].head)) ||
                      IsAny(Lemma(nps[k].head), {"day", "week", "month", "year", "hour", "decade"});
    const bool starts_clause = time && !IsTimeWord(Lemma(nps[k + 1].head)) && next_end < n_ &&
                               (Tag(next_end) == T::kVBD || Tag(next_end) == T::kVBZ ||
                                Tag(next_end) == T::kVBP || Tag(next_end) == T::kMD);
    if (Tag(after) == T::kCC && (Lemma(after) == "and" || Lemma(after) == "or") && after + 1 < n_ &&
        out_.np_of_token[after + 1] == static_cast<int>(k + 1) && !starts_clause) {
      nps[k].conjunct = static_cast<int>(k + 1);
    }
  }
  for (size_t k = 0; k + 1 < nps.size(); ++k) {
    uint32_t after = nps[k].end;
    size_t next = k + 1;
    SkipBracketedAcronym(after, next);
    if (next >= nps.size() || after >= n_) continue;
    // "In a televised speech on Sunday night, the group's leader, ...": a
    // time is described by nothing after its comma.
    // ("Theresa May, the prime minister," is a name.)
    if (IsTimeWord(Lemma(nps[k].head)) && Lemma(nps[k].head) != "may") continue;
    // "the leader of Hayat Tahrir al-Sham, Abu Mohammed al-Jolani,": a
    // description with its complement, then the name it describes.
    if (k > 0 && nps[k - 1].of_complement == static_cast<int>(k) &&
        nps[k - 1].apposition == kNone &&
        (Tag(nps[k - 1].head) == T::kNN || Tag(nps[k - 1].head) == T::kNNS) &&
        Tag(after) == T::kComma && after + 1 < n_ &&
        out_.np_of_token[after + 1] == static_cast<int>(next) && nps[next].begin == after + 1 &&
        IsProperNoun(Tag(nps[next].begin)) && IsProperNoun(Tag(nps[next].head)) &&
        nps[next].of_complement == kNone) {
      const uint32_t tail = DescriptionEnd(static_cast<int>(next));
      if (tail < n_ && Tag(tail) == T::kComma) {
        nps[k - 1].apposition = static_cast<int>(next);
        continue;
      }
    }
    // "X, [an Iran-backed militia]," — apposition: comma, NP (with its
    // complements: "an umbrella group of Iran-backed militias"), then a
    // comma, the end of the clause or a relative clause.
    // "Salaheddine Sidhoum, [Algeria's leading human rights activist],"
    if (Tag(after) == T::kComma && after + 1 < n_ &&
        out_.np_of_token[after + 1] == static_cast<int>(next) && !nps[k].pronoun &&
        next + 1 < nps.size() && nps[next + 1].possessor == static_cast<int>(next) &&
        IsProperNoun(Tag(nps[k].head))) {
      const uint32_t tail = DescriptionEnd(static_cast<int>(next));
      if (tail >= n_ || Tag(tail) == T::kComma || Tag(tail) == T::kPeriod) {
        nps[k].apposition = static_cast<int>(next + 1);
      }
      continue;
    }
    if (Tag(after) == T::kComma && after + 1 < n_ &&
        out_.np_of_token[after + 1] == static_cast<int>(next) && !nps[k].pronoun &&
        (Tag(nps[next].begin) == T::kDT ||
         // "Kataib Hezbollah, one of the most powerful militias,"
         (Lemma(nps[next].begin) == "one" && nps[next].of_complement != kNone) ||
         // "a previously unknown group, Awliya al-Dam,": a description, then its name
         // (not one opening the sentence after a preposition: "In a
         // televised speech, Mahdi al-Mashat, ...")
         ((Tag(nps[k].head) == T::kNN || Tag(nps[k].head) == T::kNNS) &&
          IsProperNoun(Tag(nps[next].head)) && !OpensSentenceAdverbial(nps[k])) ||
         // "Ali Benhadj, Algeria's best-known activist,": a name, then a
         // possessive description held together as one name span
         (IsProperNoun(Tag(nps[k].head)) && HasPossessive(nps[next])) ||
         // "Rached Ghannouchi, head of the Ennahda party,": a name, then a
         // bare title with its complement
         (IsProperNoun(Tag(nps[k].head)) && Tag(nps[next].begin) == T::kNN &&
          nps[next].of_complement != kNone) ||
         // "the Free Syrian Army, rebels supported by Ankara,": a name, then
         // a bare plural described by a participle
         (IsProperNoun(Tag(nps[k].head)) && Tag(nps[next].begin) == T::kNNS &&
          nps[next].end + 1 < n_ && nps[next].end == nps[next].begin + 1 &&
          Tag(nps[next].end) == T::kVBN && Lemma(nps[next].end + 1) == "by"))) {
      const uint32_t tail = DescriptionEnd(static_cast<int>(next));
      // "Al Shabaab, an Islamist group allied with al Qaeda,": a
      // participle phrase may follow the description.
      // ("a rebel force armed and paid by Turkey": two participles.)
      const bool participle =
          tail + 1 < n_ && Tag(tail) == T::kVBN &&
          (Tag(tail + 1) == T::kIN || Tag(tail + 1) == T::kTO ||
           (tail + 3 < n_ && Lemma(tail + 1) == "and" && Tag(tail + 2) == T::kVBN &&
            (Tag(tail + 3) == T::kIN || Tag(tail + 3) == T::kTO)));
      // ("the Haqqani network, a Taliban faction that/IN Kabul says is
      // sheltered by ...": "that" opening a relative, read as a conjunction.)
      if (tail >= n_ || Tag(tail) == T::kComma || Tag(tail) == T::kPeriod || Tag(tail) == T::kWDT ||
          Tag(tail) == T::kWP || Tag(tail) == T::kWPS || Lemma(tail) == "that" ||
          StartsReducedRelative(tail) || participle) {
        nps[k].apposition = static_cast<int>(next);
      }
    }
  }
  LinkLists();
}

// "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's branch": an
// acronym in brackets at `after` (the token after a phrase), the phrase
// `next`, is passed over when the phrase before is linked to what follows;
// `after` and `next` move past it.
void Builder::SkipBracketedAcronym(uint32_t& after, size_t& next) const {
  const auto& nps = out_.nps;
  if (after + 2 < n_ && Tag(after) == T::kLeftParen && next < nps.size() &&
      nps[next].begin == after + 1 && nps[next].end == after + 2 &&
      Tag(after + 2) == T::kRightParen) {
    after += 3;
    ++next;
  }
}

// The end of a description with its complements and the descriptions
// joined to it by "and" ("head of the Ennahda party and the most prominent
// critic of President Kais Saied").
uint32_t Builder::DescriptionEnd(int np) const {
  uint32_t end = PhraseEnd(np);
  for (int step = 0; step < 2 && end + 1 < n_ && Lemma(end) == "and"; ++step) {
    const int next = out_.np_of_token[end + 1];
    if (next == kNone || out_.nps[next].begin != end + 1) break;
    end = PhraseEnd(next);
  }
  // "the armed wing of the shadow National Unity Government (NUG),": an
  // acronym in brackets closes the description.
  return static_cast<uint32_t>(PastBracketedWord(s_.tags, end));
}

bool Builder::HasPossessive(const NounPhrase& np) const {
  for (uint32_t t = np.begin; t < np.end; ++t) {
    if (Tag(t) == T::kPOS) return true;
  }
  return false;
}

// The end of an NP with its of-complements and up to two prepositional
// phrases: "an umbrella group [of Iran-backed militias]", "the foreign arm
// [of Iran]['s Revolutionary Guard]".
uint32_t Builder::PhraseEnd(int np) const {
  uint32_t end = out_.nps[np].end;
  for (int step = 0; step < 3 && end + 1 < n_; ++step) {
    const int next = out_.np_of_token[end + 1];
    // "a senior aide [to President Ebrahim Raisi]": "to" is a preposition here.
    const bool joins =
        ((Tag(end) == T::kIN || Tag(end) == T::kTO) && Lemma(end) != "that") || Tag(end) == T::kPOS;
    if (!joins || next == kNone || out_.nps[next].begin != end + 1) break;
    end = out_.nps[next].end;
  }
  return end;
}

// "Kataib Hezbollah, Harakat al-Nujaba and other factions": names in a
// list separated by commas are conjuncts like "A and B".
void Builder::LinkLists() {
  auto& nps = out_.nps;
  for (size_t k = 0; k + 1 < nps.size(); ++k) {
    if (nps[k].conjunct != kNone || !IsProperNoun(Tag(nps[k].head))) continue;
    // ("On Tuesday, the United States, Germany and Italy said": a day opens
    // no list.)
    if (IsTimeWord(Lemma(nps[k].head))) continue;
    // Walk the run of proper-noun phrases joined by commas; it must close
    // with "and"/"or" for the commas to be list separators.
    // A name after a comma read as an apposition is a member when the
    // run goes on ("Saudi Arabia, the United Arab Emirates, Bahrain and
    // Egypt").
    size_t last = k;
    while (last + 1 < nps.size() && Tag(nps[last].end) == T::kComma &&
           nps[last + 1].begin == nps[last].end + 1 && IsProperNoun(Tag(nps[last + 1].head)) &&
           (nps[last].apposition == kNone ||
            (nps[last].apposition == static_cast<int>(last + 1) && last + 2 < nps.size() &&
             (nps[last + 1].conjunct != kNone || Tag(nps[last + 1].end) == T::kComma)))) {
      ++last;
    }
    if (last == k || nps[last].conjunct == kNone) continue;
    for (size_t m = k; m < last; ++m) {
      nps[m].conjunct = static_cast<int>(m + 1);
      nps[m].apposition = kNone;
    }
    k = last;
  }
}

// Where a day told with "on" before token `end` begins ("..., on Saturday
// called"), past adverbs; `end` when none is there.
size_t Builder::PastTimeAdjunct(size_t end) const {
  size_t k = end;
  while (k > 0 && IsAdverb(Tag(k - 1)) && Tag(k - 1) != T::kWRB) --k;
  if (k >= 2 && out_.np_of_token[k - 1] != kNone) {
    const NounPhrase& day = out_.nps[out_.np_of_token[k - 1]];
    if (IsTimeWord(Lemma(day.head)) && day.begin >= 1 && Lemma(day.begin - 1) == "on") {
      k = day.begin - 1;
      while (k > 0 && IsAdverb(Tag(k - 1)) && Tag(k - 1) != T::kWRB) --k;
      return k;
    }
  }
  return end;
}

// The NP that ends right before token `end` (skipping adverbs), or kNone.
int Builder::NpEndingBefore(size_t end) const {
  size_t k = end;
  // Adverbs and bare time words ("Israel today mounted") sit between a
  // subject and its verb.
  while (k > 0 && ((IsAdverb(Tag(k - 1)) && Tag(k - 1) != T::kWRB) ||
                   (k >= 2 && IsTimeWord(Lemma(k - 1)) && out_.np_of_token[k - 2] != kNone))) {
    --k;
  }
  // "Abdulsalam, the group's spokesman, on Saturday called": a day after
  // "on" is no subject.
  k = PastTimeAdjunct(k);
  // "The Revolutionary United Front (RUF) announced": skip a parenthesis.
  if (k >= 3 && Tag(k - 1) == T::kRightParen) {
    size_t open = k - 1;
    while (open > 0 && k - open < 8 && Tag(open) != T::kLeftParen) --open;
    if (Tag(open) == T::kLeftParen) k = open;
  }
  if (k == 0) return kNone;
  return out_.np_of_token[k - 1];
}

// Walks from an NP to the phrase it belongs to: an of-complement, an
// apposition, a second conjunct or the object of a preposition attached to
// an NP ("the drone attack on [Erbil airport] wounded") stands for the
// phrase it completes.
int Builder::OwnerNp(int np, bool clause_opens_after) const {
  for (int guard = 0; np != kNone && guard < 6; ++guard) {
    int owner = kNone;
    // "the arm of [Iran]'s [Guards]": the possessed phrase completes what
    // its possessor completes.
    const int possessor = out_.nps[np].possessor;
    for (size_t k = 0; k < out_.nps.size(); ++k) {
      const NounPhrase& other = out_.nps[k];
      if (other.of_complement == np || other.apposition == np || other.conjunct == np ||
          (possessor != kNone && other.of_complement == possessor)) {
        owner = static_cast<int>(k);
        break;
      }
    }
    if (owner == kNone) {
      // "the parties to [Yemen]'s war": from the start of the possessor.
      const uint32_t begin = possessor != kNone ? out_.nps[possessor].begin
                                                : static_cast<uint32_t>(out_.nps[np].begin);
      // (With `clause_opens_after`, a finite verb follows: "began a day after
      // Houthi fighters and army units loyal to Saleh seized the base" —
      // "after" opens the clause whose subject the phrase is.)
      // ("rang out around the palace as soldiers fought": so does "as",
      // but for "such as", "as well as" and "known as".)
      const bool as_opens = begin >= 2 && Lemma(begin - 1) == "as" &&
                            !IsAny(Lemma(begin - 2), {"such", "well", "same", "known"}) &&
                            Tag(begin - 2) != T::kVBN;
      const bool opens =
          clause_opens_after && begin >= 1 &&
          (IsAny(Lemma(begin - 1), {"after", "before", "since", "until", "till"}) || as_opens);
      if (begin >= 2 && (Tag(begin - 1) == T::kIN || Tag(begin - 1) == T::kTO) &&
          !IsSubordinator(Lemma(begin - 1)) && !opens) {
        // "the strike near the airport early on Friday": adverbs may
        // stand between a phrase and its prepositional complement.
        uint32_t k = begin - 1;
        while (k > 0 && IsAdverb(Tag(k - 1)) && Tag(k - 1) != T::kWRB && begin - k < 3) --k;
        if (k > 0 && out_.np_of_token[k - 1] != kNone) owner = out_.np_of_token[k - 1];
      }
    }
    if (owner == kNone) break;
    np = owner;
  }
  return np;
}

}  // namespace casus::clauses
