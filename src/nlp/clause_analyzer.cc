#include "nlp/clause_analyzer.h"

#include <algorithm>

#include "nlp/reading_words.h"

namespace casus {
namespace {

using T = PosTag;

bool IsAny(std::string_view word, std::initializer_list<std::string_view> set) {
  for (std::string_view w : set) {
    if (word == w) return true;
  }
  return false;
}

bool IsNegation(std::string_view lemma) { return IsAny(lemma, {"not", "n't", "never", "no"}); }

// Verbs whose object is the subject of a following infinitive: "urged
// Iraq to expel", "allowed the candidate to run".
bool IsObjectControlVerb(std::string_view lemma) {
  return IsAny(
      lemma, {"urge",      "ask",       "order",     "tell",      "force",    "allow",    "permit",
              "persuade",  "invite",    "encourage", "call",      "compel",   "instruct", "direct",
              "authorize", "authorise", "enable",    "help",      "want",     "expect",   "require",
              "warn",      "advise",    "press",     "pressure",  "push",     "lead",     "cause",
              "get",       "appeal",    "beg",       "challenge", "convince", "oblige",   "empower",
              "train",     "send",      "deploy",    "dispatch",  "prompt",   "inspire",  "need",
              "leave",     "pay",       "hire",      "recruit",   "mobilize", "mobilise", "tempt",
              "forbid",    "prohibit",  "ban",       "bar",       "summon",   "request",  "demand",
              "command",   "assign",    "appoint",   "elect"});
}

bool IsSpeechLemma(std::string_view lemma) {
  return IsAny(
      lemma, {"say",     "tell",      "add",       "state",    "announce", "claim",  "report",
              "note",    "confirm",   "warn",      "insist",   "explain",  "allege", "acknowledge",
              "write",   "declare",   "believe",   "suggest",  "argue",    "admit",  "tweet",
              "deny",    "reiterate", "conclude",  "stress",   "demand",   "urge",   "ask",
              "request", "propose",   "recommend", "threaten", "promise",  "pledge", "vow",
              "agree",   "decide",    "order",     "rule",     "predict",  "hope",   "fear"});
}

// Conjunctions that open a clause, tagged as prepositions: what follows
// them is a subject, not a prepositional complement ("a strike unless
// [Israel] rescinds").
bool IsSubordinator(std::string_view lemma) {
  return IsAny(lemma, {"that", "if", "unless", "because", "although", "though", "whether", "while",
                       "whereas"});
}

bool StartsNp(T tag) {
  return tag == T::kDT || tag == T::kPDT || tag == T::kPRPS || tag == T::kCD || IsAdjective(tag) ||
         IsNoun(tag);
}

bool IsHeadTag(T tag) { return IsNoun(tag) || tag == T::kCD || tag == T::kPRP; }

class Builder {
 public:
  Builder(const TaggedSentence& s, ClauseAnalysis& out) : s_(s), out_(out), n_(s.tokens.size()) {}

  void Run() {
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

 private:
  T Tag(size_t i) const { return s_.tags[i]; }
  std::string_view Lemma(size_t i) const { return s_.lemmas[i]; }
  std::string_view Word(size_t i) const { return s_.tokens[i].text; }

  bool InProtected(size_t i, size_t& span_end) const {
    if (protected_end_[i] > i) {
      span_end = protected_end_[i];
      return true;
    }
    return false;
  }

  // Adjectival participles inside a noun phrase: "wounded soldiers", "a
  // little-known militia", "the targeted base" (followed by a noun or adjective).
  bool IsPrenominalVerb(size_t i) const {
    if (Tag(i) != T::kVBN && Tag(i) != T::kVBG) return false;
    if (i + 1 >= n_) return false;
    const T next = Tag(i + 1);
    if (!(IsNoun(next) || IsAdjective(next))) return false;
    // "Iran and Syria both blamed Israel": a quantifier after a noun floats
    // off its subject; the participle after it is the verb.
    if (i >= 2 && IsAny(Lemma(i - 1), {"both", "all", "each"}) && IsNoun(Tag(i - 2))) return false;
    // After a determiner or adjective it modifies the noun.
    if (i > 0 && (Tag(i - 1) == T::kDT || IsAdjective(Tag(i - 1)) || Tag(i - 1) == T::kPRPS ||
                  Tag(i - 1) == T::kCD)) {
      return true;
    }
    // Participles mostly used as adjectives modify the noun after them
    // anywhere but after an auxiliary: "reject proposed Israeli changes",
    // "from neighboring Lebanon", "investigating alleged war crimes".
    const bool after_auxiliary =
        i > 0 && IsAny(Lemma(i - 1), {"be", "have", "get"}) && IsVerb(Tag(i - 1));
    return !after_auxiliary &&
           reading::WordIsAny(Word(i),
                              "neighboring neighbouring ruling governing opposing remaining "
                              "alleged so-called proposed suspected disputed occupied besieged "
                              "embattled devastating unidentified armed leading continuing "
                              "feuding warring");
  }

  // An object told after a short phrase ("shortened [by one hour] the
  // nightly curfew", "denounced [as an ugly crime] Serbia's suppression"):
  // the phrase after a preposition at `k`, when it is not a time and does
  // not start a clause of its own. kNone otherwise.
  int ShiftedObject(size_t k, size_t v) const {
    if (k < n_ && Tag(k) == T::kRP) ++k;  // "forced out on Wednesday 1,000 refugees"
    if (k + 1 >= n_ || Tag(k) != T::kIN || out_.np_of_token[k + 1] == kNone) return kNone;
    if (!IsAny(Lemma(k), {"by", "as", "on", "in", "at", "with", "to", "for"})) return kNone;
    const size_t start = out_.nps[out_.np_of_token[k + 1]].end;
    if (start >= n_ || out_.np_of_token[start] == kNone) return kNone;
    const int np = out_.np_of_token[start];
    const NounPhrase& shifted = out_.nps[np];
    const T first = Tag(start);
    if (shifted.begin != start || (first != T::kDT && first != T::kPRPS && first != T::kNNP &&
                                   first != T::kCD && first != T::kJJ && first != T::kJJR)) {
      return kNone;
    }
    if (IsTimeWord(Lemma(shifted.head)) ||
        IsAny(Lemma(shifted.head), {"day", "week", "month", "year", "time", "morning", "afternoon",
                                    "evening", "night", "weekend", "hour"})) {
      return kNone;
    }
    const auto& verbs = out_.verbs;
    if (v + 1 < verbs.size() && verbs[v + 1].begin == shifted.end &&
        verbs[v + 1].form == VerbForm::kFinite) {
      return kNone;
    }
    return np;
  }

  static bool IsTimeWord(std::string_view lemma) {
    return IsAny(lemma, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday", "today", "yesterday", "tonight", "overnight"});
  }

  // Words before a number that make it approximate and belong to the
  // phrase it counts: "about 70 million dollars", "up to 16 advisers", "at
  // least 20 people". Their length, or 0.
  size_t ApproximationLength(size_t i) const {
    auto number_at = [&](size_t k) { return k < n_ && Tag(k) == T::kCD; };
    if (IsAny(Lemma(i), {"about", "around", "approximately", "nearly", "almost", "some", "over",
                         "roughly"}) &&
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

  void AddNp(size_t begin, size_t end, bool pronoun) {
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

  void ChunkNounPhrases() {
    size_t i = 0;
    while (i < n_) {
      size_t span_end = 0;
      const bool is_protected = InProtected(i, span_end);
      if (!is_protected && Tag(i) == T::kPRP) {
        AddNp(i, i + 1, true);
        ++i;
        continue;
      }
      const size_t approximation = ApproximationLength(i);
      if (!is_protected && approximation == 0 && !StartsNp(Tag(i)) && !IsPrenominalVerb(i)) {
        ++i;
        continue;
      }
      const size_t begin = i;
      size_t j = i + approximation;
      bool seen_noun = false;
      while (j < n_) {
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
        // "political and territorial autonomy": coordinated adjectives
        // before one noun.
        if (!seen_noun && j > begin && tag == T::kCC && IsAdjective(Tag(j - 1)) && j + 2 < n_ &&
            IsAdjective(Tag(j + 1)) && IsNoun(Tag(j + 2)) &&
            (Lemma(j) == "and" || Lemma(j) == "or")) {
          ++j;
          continue;
        }
        // "the most powerful militias": a degree adverb inside the phrase.
        if ((tag == T::kRBS || tag == T::kRBR) && j + 1 < n_ && IsAdjective(Tag(j + 1)) &&
            !seen_noun) {
          ++j;
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
        if (tag == T::kCD || IsAdjective(tag) || IsNoun(tag) || IsPrenominalVerb(j) ||
            (tag == T::kDT && !seen_noun)) {
          seen_noun = seen_noun || IsNoun(tag) || tag == T::kCD;
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

  // A bare past participle between a subject and an object is a past tense
  // the tagger misread: "Iran and Syria both blamed/VBN Israel", "Israeli
  // warplanes fired/VBN missiles". Not "the rockets fired the previous
  // night" (a time), nor anything followed by "by".
  bool IsPastTenseAfterSubject(const VerbGroup& vg) const {
    size_t before = vg.begin;
    while (before > 0 && (IsAdverb(Tag(before - 1)) || Lemma(before - 1) == "both")) --before;
    if (before == 0 || out_.np_of_token[before - 1] == kNone) return false;
    const size_t next = vg.head + 1;
    if (next >= n_ || out_.np_of_token[next] == kNone) return false;
    const T t = Tag(next);
    if (!(t == T::kDT || t == T::kPRPS || t == T::kCD || IsProperNoun(t) || t == T::kNNS ||
          t == T::kNN || IsAdjective(t))) {
      return false;
    }
    const NounPhrase& object = out_.nps[out_.np_of_token[next]];
    if (IsTimeWord(Lemma(object.head)) ||
        IsAny(Lemma(object.head), {"night", "day", "week", "month", "year", "morning", "evening",
                                   "afternoon", "weekend", "hour", "time"})) {
      return false;
    }
    return true;
  }

  void ChunkVerbGroups() {
    size_t i = 0;
    while (i < n_) {
      if (out_.np_of_token[i] != kNone) {
        ++i;
        continue;
      }
      const T tag = Tag(i);
      // "according to X": a statement source, not a verb group.
      if ((Lemma(i) == "accord" || Lemma(i) == "according") && i + 1 < n_ && Lemma(i + 1) == "to") {
        if (i + 2 < n_ && out_.np_of_token[i + 2] != kNone) {
          out_.attribution_np = out_.np_of_token[i + 2];
        }
        i += 2;
        continue;
      }
      const bool infinitive = tag == T::kTO && i + 1 < n_ && Tag(i + 1) == T::kVB;
      if (!(tag == T::kMD || IsVerb(tag) || infinitive)) {
        ++i;
        continue;
      }
      VerbGroup vg;
      vg.begin = static_cast<uint32_t>(i);
      size_t j = infinitive ? i + 1 : i;
      int last_verb = -1;
      bool has_passive_aux = false, has_modal = false, future = false, has_have = false;
      while (j < n_ && out_.np_of_token[j] == kNone) {
        const T t = Tag(j);
        if (t == T::kMD) {
          has_modal = true;
          future = future || Lemma(j) == "will" || Lemma(j) == "shall";
          if (Lemma(j) != "will" && Lemma(j) != "shall") vg.modal = true;
        } else if (IsVerb(t)) {
          if (last_verb >= 0) {
            const std::string_view previous = Lemma(static_cast<size_t>(last_verb));
            if (IsPassiveAuxiliary(previous)) has_passive_aux = true;
            if (previous == "have") has_have = true;
          }
          // A second lexical verb after a lexical one starts a new group
          // ("said killed" is two groups), unless the first is an auxiliary.
          if (last_verb >= 0 && !IsAuxiliary(Lemma(static_cast<size_t>(last_verb)))) break;
          last_verb = static_cast<int>(j);
        } else if (IsAdverb(t) || IsNegation(Lemma(j))) {
          if (IsNegation(Lemma(j))) vg.negated = true;
          // Adverbs belong to the group only when a verb follows.
          size_t k = j + 1;
          while (k < n_ && (IsAdverb(Tag(k)) || IsNegation(Lemma(k)))) ++k;
          if (k >= n_ || !(IsVerb(Tag(k)) || Tag(k) == T::kMD) || last_verb < 0) {
            if (last_verb >= 0) break;
          }
        } else {
          break;
        }
        ++j;
      }
      if (last_verb < 0) {
        i = std::max(j, i + 1);
        continue;
      }
      vg.head = static_cast<uint32_t>(last_verb);
      vg.end = static_cast<uint32_t>(last_verb + 1);
      const T head_tag = Tag(vg.head);
      if (has_passive_aux && head_tag == T::kVBN) vg.voice = Voice::kPassive;
      if (infinitive) {
        vg.form = VerbForm::kInfinitive;
      } else if (vg.head == vg.begin && head_tag == T::kVBG) {
        vg.form = VerbForm::kGerund;
      } else if (vg.head == vg.begin && head_tag == T::kVBN && !IsPastTenseAfterSubject(vg)) {
        vg.form = VerbForm::kParticiple;
        vg.voice = Voice::kPassive;
      }
      const T first_tag = Tag(vg.begin);
      if (future) {
        vg.tense = Tense::kFuture;
      } else if (vg.form != VerbForm::kFinite) {
        vg.tense = Tense::kNone;
      } else if (first_tag == T::kVBD || has_have || Tag(vg.head) == T::kVBD) {
        vg.tense = Tense::kPast;
      } else if (has_modal) {
        vg.tense = Tense::kNone;
      } else {
        vg.tense = Tense::kPresent;
      }
      // A particle right after the verb: "carried out", "blew up".
      if (vg.end < n_ && Tag(vg.end) == T::kRP) {
        vg.particle = static_cast<int>(vg.end);
        vg.end += 1;
      }
      out_.verbs.push_back(vg);
      i = vg.end;
    }
  }

  static bool IsAuxiliary(std::string_view lemma) {
    return lemma == "be" || lemma == "have" || lemma == "do" || lemma == "get";
  }

  void LinkNounPhrases() {
    auto& nps = out_.nps;
    for (size_t k = 0; k + 1 < nps.size(); ++k) {
      const uint32_t after = nps[k].end;
      if (after >= n_) continue;
      // "leader of [Hezbollah]"
      if (Lemma(after) == "of" && out_.np_of_token.size() > after + 1 &&
          out_.np_of_token[after + 1] == static_cast<int>(k + 1)) {
        nps[k].of_complement = static_cast<int>(k + 1);
      }
      // "[Iran] 's foreign ministry"
      if (Tag(after) == T::kPOS && after + 1 < n_ &&
          out_.np_of_token[after + 1] == static_cast<int>(k + 1)) {
        nps[k + 1].possessor = static_cast<int>(k);
      }
      // "[Saudi Arabia] and [Iran]"
      if (Tag(after) == T::kCC && (Lemma(after) == "and" || Lemma(after) == "or") &&
          after + 1 < n_ && out_.np_of_token[after + 1] == static_cast<int>(k + 1)) {
        nps[k].conjunct = static_cast<int>(k + 1);
      }
    }
    for (size_t k = 0; k + 1 < nps.size(); ++k) {
      const uint32_t after = nps[k].end;
      // "X, [an Iran-backed militia]," — apposition: comma, NP (with its
      // complements: "an umbrella group of Iran-backed militias"), then a
      // comma, the end of the clause or a relative clause.
      // "Salaheddine Sidhoum, [Algeria's leading human rights activist],"
      if (Tag(after) == T::kComma && after + 1 < n_ &&
          out_.np_of_token[after + 1] == static_cast<int>(k + 1) && !nps[k].pronoun &&
          k + 2 < nps.size() && nps[k + 2].possessor == static_cast<int>(k + 1) &&
          IsProperNoun(Tag(nps[k].head))) {
        const uint32_t tail = PhraseEnd(static_cast<int>(k + 1));
        if (tail >= n_ || Tag(tail) == T::kComma || Tag(tail) == T::kPeriod) {
          nps[k].apposition = static_cast<int>(k + 2);
        }
        continue;
      }
      if (Tag(after) == T::kComma && after + 1 < n_ &&
          out_.np_of_token[after + 1] == static_cast<int>(k + 1) && !nps[k].pronoun &&
          (Tag(nps[k + 1].begin) == T::kDT ||
           // "Kataib Hezbollah, one of the most powerful militias,"
           (Lemma(nps[k + 1].begin) == "one" && nps[k + 1].of_complement != kNone) ||
           // "a previously unknown group, Awliya al-Dam,": a description, then its name
           ((Tag(nps[k].head) == T::kNN || Tag(nps[k].head) == T::kNNS) &&
            IsProperNoun(Tag(nps[k + 1].head))) ||
           // "Ali Benhadj, Algeria's best-known activist,": a name, then a
           // possessive description held together as one name span
           (IsProperNoun(Tag(nps[k].head)) && HasPossessive(nps[k + 1])))) {
        const uint32_t tail = PhraseEnd(static_cast<int>(k + 1));
        if (tail >= n_ || Tag(tail) == T::kComma || Tag(tail) == T::kPeriod ||
            Tag(tail) == T::kWDT) {
          nps[k].apposition = static_cast<int>(k + 1);
        }
      }
    }
    LinkLists();
  }

  bool HasPossessive(const NounPhrase& np) const {
    for (uint32_t t = np.begin; t < np.end; ++t) {
      if (Tag(t) == T::kPOS) return true;
    }
    return false;
  }

  // The end of an NP with its of-complements and up to two prepositional
  // phrases: "an umbrella group [of Iran-backed militias]", "the foreign arm
  // [of Iran]['s Revolutionary Guard]".
  uint32_t PhraseEnd(int np) const {
    uint32_t end = out_.nps[np].end;
    for (int step = 0; step < 3 && end + 1 < n_; ++step) {
      const int next = out_.np_of_token[end + 1];
      const bool joins = (Tag(end) == T::kIN && Lemma(end) != "that") || Tag(end) == T::kPOS;
      if (!joins || next == kNone || out_.nps[next].begin != end + 1) break;
      end = out_.nps[next].end;
    }
    return end;
  }

  // "Kataib Hezbollah, Harakat al-Nujaba and other factions": names in a
  // list separated by commas are conjuncts like "A and B".
  void LinkLists() {
    auto& nps = out_.nps;
    for (size_t k = 0; k + 1 < nps.size(); ++k) {
      if (nps[k].conjunct != kNone || !IsProperNoun(Tag(nps[k].head))) continue;
      // Walk the run of proper-noun phrases joined by commas; it must close
      // with "and"/"or" for the commas to be list separators.
      size_t last = k;
      while (last + 1 < nps.size() && Tag(nps[last].end) == T::kComma &&
             nps[last + 1].begin == nps[last].end + 1 && IsProperNoun(Tag(nps[last + 1].head)) &&
             nps[last].apposition == kNone) {
        ++last;
      }
      if (last == k || nps[last].conjunct == kNone) continue;
      for (size_t m = k; m < last; ++m) nps[m].conjunct = static_cast<int>(m + 1);
      k = last;
    }
  }

  // The NP that ends right before token `end` (skipping adverbs), or kNone.
  int NpEndingBefore(size_t end) const {
    size_t k = end;
    // Adverbs and bare time words ("Israel today mounted") sit between a
    // subject and its verb.
    while (k > 0 && ((IsAdverb(Tag(k - 1)) && Tag(k - 1) != T::kWRB) ||
                     (k >= 2 && IsTimeWord(Lemma(k - 1)) && out_.np_of_token[k - 2] != kNone))) {
      --k;
    }
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
  int OwnerNp(int np) const {
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
        const uint32_t begin = out_.nps[np].begin;
        if (begin >= 2 && Tag(begin - 1) == T::kIN && !IsSubordinator(Lemma(begin - 1))) {
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

  // For a finite verb at `before` whose subject follows "that"/"which"
  // after a phrase ("the militia [that] Washington blames"), the phrase the
  // relative clause modifies; otherwise kNone.
  int ObjectRelativeHost(const VerbGroup& vg) const {
    // The object is the gap: no phrase follows the verb ("sent arms" is not).
    if (vg.voice != Voice::kActive) return kNone;
    size_t k = vg.end;
    while (k < n_ && IsAdverb(Tag(k))) ++k;
    if (k < n_ && out_.np_of_token[k] != kNone) return kNone;
    const int subject = NpEndingBefore(vg.begin);
    if (subject == kNone) return kNone;
    const uint32_t start = out_.nps[subject].begin;
    if (start < 2) return kNone;
    const T rel = Tag(start - 1);
    const bool relative_word = rel == T::kWDT || (rel == T::kWP && Lemma(start - 1) != "what") ||
                               Lemma(start - 1) == "that";
    if (!relative_word || out_.np_of_token[start - 2] == kNone) return kNone;
    return out_.np_of_token[start - 2];
  }

  // The latest clause built so far whose verb has `form`, or kNone.
  int FormOfLatest(VerbForm form) const {
    for (int c = static_cast<int>(out_.clauses.size()) - 1; c >= 0; --c) {
      if (out_.verbs[out_.clauses[c].verb].form == form &&
          out_.clauses[c].link != ClauseLink::kRelative) {
        return c;
      }
    }
    return kNone;
  }

  void BuildClauses() {
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

      if (vg.form == VerbForm::kFinite) {
        if (left == T::kWDT || left == T::kWP ||
            (left_lemma == "that" && before >= 2 && out_.np_of_token[before - 2] != kNone)) {
          // "militias that attacked": a relative clause.
          clause.link = ClauseLink::kRelative;
          size_t k = before - 1;
          if (k > 0 && Tag(k - 1) == T::kComma) --k;
          clause.modified_np = NpEndingBefore(k);
          if (vg.voice == Voice::kActive) {
            clause.subject = clause.modified_np;
          } else {
            clause.object = clause.modified_np;
          }
        } else if (const int gap = ObjectRelativeHost(vg); gap != kNone) {
          // "the militia that Washington blames": the modified phrase is the
          // object of the relative clause.
          clause.link = ClauseLink::kRelative;
          clause.modified_np = gap;
          clause.subject = NpEndingBefore(before);
          clause.object = gap;  // ObjectRelativeHost accepts active verbs only
        } else if (left == T::kCC && previous >= 0 && NpEndingBefore(before) == kNone) {
          // "killed two and wounded six": coordinated, same subject.
          clause.link = ClauseLink::kCoordinated;
          clause.governor = previous;
          clause.subject = out_.clauses[previous].subject;
        } else {
          int np = NpEndingBefore(before);
          // "Iran and Syria both blamed": past a floating quantifier.
          if (np != kNone && out_.nps[np].end == out_.nps[np].begin + 1 &&
              IsAny(Lemma(out_.nps[np].begin), {"both", "all", "each"}) && out_.nps[np].begin > 0) {
            if (const int before_quantifier = NpEndingBefore(out_.nps[np].begin);
                before_quantifier != kNone) {
              np = before_quantifier;
            }
          }
          // "X, an Iran-backed militia, said"
          if (np == kNone && left == T::kComma && before >= 2) {
            const int appositive = NpEndingBefore(before - 1);
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
            } else if (owner != appositive) {
              np = owner;
            } else if (appositive != kNone) {
              // "X, (or) Y, claimed": skip the parenthetical phrase.
              size_t k = out_.nps[appositive].begin;
              // "X, Algeria's leading activist, staged": from the possessor.
              if (const int owner_np = out_.nps[appositive].possessor; owner_np != kNone) {
                k = out_.nps[owner_np].begin;
              }
              while (k > 0 && IsAny(Lemma(k - 1), {"or", "also", "known", "as", "aka"})) --k;
              if (k >= 2 && Tag(k - 1) == T::kComma) np = OwnerNp(NpEndingBefore(k - 1));
            }
          }
          clause.subject = OwnerNp(np);
          // "Militias that attacked the base fled": the NP left of the verb
          // belongs to a relative clause; the subject is the NP it modifies.
          if (previous >= 0 && clause.subject != kNone) {
            const Clause& prev = out_.clauses[previous];
            const uint32_t begin = out_.nps[clause.subject].begin;
            // Not a subject introduced by "that": "a declaration demanding
            // that the government provide".
            // Nor one past a comma or quotation mark: "... groups operating in
            // Syria," Biden said.
            bool set_off = false;
            for (uint32_t k = verbs[prev.verb].begin; k < begin; ++k) {
              set_off = set_off || Tag(k) == T::kComma || Tag(k) == T::kCloseQuote ||
                        Tag(k) == T::kOpenQuote;
            }
            if (prev.link == ClauseLink::kRelative && prev.modified_np != kNone &&
                begin > verbs[prev.verb].begin && Lemma(begin - 1) != "that" && !set_off) {
              clause.subject = prev.modified_np;
            }
          }
          // Complement of a preceding speech verb: "said (that) X attacked".
          if (previous >= 0) {
            const Clause& prev = out_.clauses[previous];
            const VerbGroup& pvg = verbs[prev.verb];
            const bool speech = IsSpeechLemma(Lemma(pvg.head));
            const size_t subject_start =
                clause.subject != kNone ? out_.nps[clause.subject].begin : before;
            // "said Tuesday that", "declared on Monday that": skip a time phrase.
            size_t after_verb = pvg.end;
            while (after_verb < subject_start && after_verb < pvg.end + 3 &&
                   (IsTimeWord(Lemma(after_verb)) || Lemma(after_verb) == "on" ||
                    IsAdverb(Tag(after_verb)))) {
              ++after_verb;
            }
            const bool adjacent =
                subject_start == pvg.end || subject_start == after_verb ||
                (subject_start == after_verb + 1 && Lemma(after_verb) == "that") ||
                (subject_start > pvg.end && prev.object == kNone &&
                 Lemma(subject_start - 1) == "that");
            if (speech && adjacent) {
              clause.link = ClauseLink::kComplement;
              clause.governor = previous;
            }
          }
        }
      } else if (vg.form == VerbForm::kInfinitive) {
        if (previous >= 0 && verbs[out_.clauses[previous].verb].end <= before) {
          const Clause& prev = out_.clauses[previous];
          clause.link = ClauseLink::kInfinitive;
          clause.governor = previous;
          // "urged Iraq to expel": object control; "vowed to retaliate": subject control.
          // "is willing to withdraw": a predicate adjective controls nothing.
          // "shunned work to protest": a purpose infinitive is the subject's.
          const bool object_right_before = prev.object != kNone &&
                                           out_.nps[prev.object].end == before &&
                                           IsObjectControlVerb(Lemma(verbs[prev.verb].head)) &&
                                           !IsAdjective(Tag(out_.nps[prev.object].head));
          clause.subject = object_right_before ? prev.object : prev.subject;
        }
      } else if (left == T::kCC && previous >= 0 && FormOfLatest(vg.form) != kNone) {
        // "killing one and wounding nine": coordinated with the latest
        // clause of the same form, sharing its subject.
        const int sibling = FormOfLatest(vg.form);
        clause.link = ClauseLink::kCoordinated;
        clause.governor = sibling;
        clause.subject = out_.clauses[sibling].subject;
      } else {
        // Gerund or bare participle.
        // "demonstrated on Sunday calling for ...": not a day that calls.
        int np_left = left == T::kComma ? kNone : NpEndingBefore(before);
        if (np_left != kNone && IsTimeWord(Lemma(out_.nps[np_left].head))) np_left = kNone;
        if (np_left != kNone && left != T::kComma) {
          clause.link = ClauseLink::kRelative;
          clause.modified_np = np_left;
          if (vg.form == VerbForm::kGerund) {
            clause.subject = np_left;
          } else {
            clause.object = np_left;
          }
        } else if (previous >= 0) {
          const Clause& prev = out_.clauses[previous];
          const VerbGroup& pvg = verbs[prev.verb];
          if (pvg.end == before && vg.form == VerbForm::kGerund) {
            // "denied carrying out the attack"
            clause.link = ClauseLink::kComplement;
          } else {
            clause.link = ClauseLink::kAdverbial;
          }
          clause.governor = previous;
          // "the base was struck, killing two": the agent of a passive acts;
          // but "X was quoted as saying": X speaks.
          const bool speaks = IsSpeechLemma(Lemma(vg.head)) && prev.agent == kNone;
          clause.subject = pvg.voice == Voice::kPassive && !speaks ? prev.agent : prev.subject;
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
        }
      }

      // Object: the NP right after the group (actives only).
      size_t k = vg.end;
      while (k < n_ && IsAdverb(Tag(k))) ++k;
      // An NP followed by a finite verb is the subject of a complement
      // ("said the militia fired"), not an object.
      const bool np_starts_clause = IsSpeechLemma(Lemma(vg.head)) && k < n_ &&
                                    out_.np_of_token[k] != kNone && v + 1 < verbs.size() &&
                                    verbs[v + 1].form == VerbForm::kFinite &&
                                    verbs[v + 1].begin == out_.nps[out_.np_of_token[k]].end;
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
      out_.clauses.push_back(std::move(clause));
    }
    AttachTrailingSpeech();
  }

  // "..., officials said." / "..., said the spokesman": earlier clauses with
  // no governor become complements of a sentence-final speech clause.
  void AttachTrailingSpeech() {
    auto& clauses = out_.clauses;
    for (size_t c = 1; c < clauses.size(); ++c) {
      const VerbGroup& vg = out_.verbs[clauses[c].verb];
      if (!IsSpeechLemma(Lemma(vg.head)) || vg.form != VerbForm::kFinite) continue;
      // A speech verb with a noun object ("claimed responsibility") is not a
      // trailing attribution.
      if (clauses[c].object != kNone && clauses[c].subject != kNone) continue;
      // The speech clause follows a comma or a closing quote.
      int start = clauses[c].subject != kNone
                      ? static_cast<int>(std::min(out_.nps[clauses[c].subject].begin, vg.begin))
                      : static_cast<int>(vg.begin);
      if (start == 0) continue;
      const T left = Tag(static_cast<size_t>(start - 1));
      if (left != T::kComma && left != T::kCloseQuote) continue;
      // "said the spokesman": inverted subject, the phrase ending the sentence.
      const bool inverting_verb = IsAny(
          Lemma(vg.head), {"say", "add", "tell", "write", "note", "state", "explain", "insist"});
      const bool object_ends_sentence =
          clauses[c].object != kNone && (out_.nps[clauses[c].object].end >= n_ ||
                                         Tag(out_.nps[clauses[c].object].end) == T::kPeriod);
      if (clauses[c].subject == kNone && inverting_verb && object_ends_sentence) {
        clauses[c].subject = clauses[c].object;
        clauses[c].object = kNone;
      }
      for (size_t e = 0; e < c; ++e) {
        if (clauses[e].governor == kNone && clauses[e].link == ClauseLink::kMain) {
          clauses[e].link = ClauseLink::kComplement;
          clauses[e].governor = static_cast<int>(c);
        }
      }
    }
  }

  const TaggedSentence& s_;
  ClauseAnalysis& out_;
  const size_t n_;
  std::vector<uint32_t> protected_end_;
};

}  // namespace

bool IsPassiveAuxiliary(std::string_view lemma) { return lemma == "be" || lemma == "get"; }

void ClauseAnalysis::clear() {
  nps.clear();
  verbs.clear();
  clauses.clear();
  attribution_np = kNone;
  np_of_token.clear();
}

void ClauseAnalyzer::Analyze(const TaggedSentence& sentence, ClauseAnalysis& out) const {
  Builder(sentence, out).Run();
}

}  // namespace casus
