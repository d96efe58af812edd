#include "nlp/clause_builder.h"

#include <algorithm>

// Verb groups: the verbs of a sentence with their auxiliaries, voice,
// tense and form, and the past tenses the tagger read as participles.
namespace casus::clauses {

// A bare past participle between a subject and an object is a past tense
// the tagger misread: "Iran and Syria both blamed/VBN Israel", "Israeli
// warplanes fired/VBN missiles". Not "the rockets fired the previous
// night" (a time), nor anything followed by "by".
bool Builder::IsPastTenseAfterSubject(const VerbGroup& vg) const {
  size_t before = vg.begin;
  while (before > 0 && (IsAdverb(Tag(before - 1)) || Lemma(before - 1) == "both")) --before;
  // "the coalition, of which the UAE is a member, launched air strikes":
  // after a phrase set off by commas, unless the participle names ("a
  // group, called Saraya Awliya al-Dam, ...").
  const bool after_aside = before >= 2 && Tag(before - 1) == T::kComma &&
                           out_.np_of_token[before - 2] != kNone &&
                           !IsAny(Lemma(vg.head), {"call", "name", "know", "dub", "title", "label",
                                                   "base", "backed", "arm", "fund", "station"});
  // "Assad met X in Dubai, and later held talks with Y": after "and", with
  // a past tense before, another past tense; "has expelled the ambassador
  // and frozen all new trade": after "and", a perfect goes on.
  const bool after_and =
      before >= 2 && Tag(before - 1) == T::kCC && IsAny(Lemma(before - 1), {"and", "but"}) &&
      (std::any_of(s_.tags.begin(), s_.tags.begin() + static_cast<std::ptrdiff_t>(before - 1),
                   [](T tag) { return tag == T::kVBD; }) ||
       ContinuesPerfect(vg));
  if (before == 0 || (out_.np_of_token[before - 1] == kNone && !after_aside && !after_and)) {
    return false;
  }
  // ("another family carried out suicide bombings": past the particle.)
  const size_t next = vg.head + 1 < n_ && Tag(vg.head + 1) == T::kRP ? vg.head + 2 : vg.head + 1;
  // "X, the militia officials blame for the attack, announced on Tuesday
  // that": a participle after an aside telling what was said.
  if (after_aside) {
    size_t k = next;
    if (k + 1 < n_ && IsAny(Lemma(k), {"on", "in", "late", "early"})) {
      ++k;
      while (k < n_ && k < next + 4 && (IsTimeWord(Lemma(k)) || Tag(k) == T::kNN)) ++k;
    }
    if (k < n_ && Lemma(k) == "that") return true;
  }
  if (next >= n_ || out_.np_of_token[next] == kNone) return false;
  const T t = Tag(next);
  if (!(t == T::kDT || t == T::kPRPS || t == T::kCD || IsProperNoun(t) || t == T::kNNS ||
        t == T::kNN || IsAdjective(t))) {
    return false;
  }
  const NounPhrase& object = out_.nps[out_.np_of_token[next]];
  // "a statement posted online that ...": an adjective alone is no object.
  if (IsAdjective(Tag(object.head))) return false;
  if (IsTimeWord(Lemma(object.head)) ||
      IsAny(Lemma(object.head), {"night", "day", "week", "month", "year", "morning", "evening",
                                 "afternoon", "weekend", "hour", "time"})) {
    return false;
  }
  return true;
}

bool Builder::ContinuesPerfect(const VerbGroup& vg) const {
  if (out_.verbs.empty() || Tag(vg.head) != T::kVBN || vg.begin < 1) return false;
  const VerbGroup& before = out_.verbs.back();
  if (!before.perfect || before.voice == Voice::kPassive || before.modal) return false;
  for (uint32_t k = before.end; k + 1 < vg.begin; ++k) {
    if (IsVerb(Tag(k)) || Tag(k) == T::kMD || Tag(k) == T::kComma || Tag(k) == T::kCC) {
      return false;
    }
  }
  return true;
}

void Builder::ChunkVerbGroups() {
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
      } else if (t == T::kOpenQuote && j + 1 < n_ &&
                 [&] {
                   // ('had been "cowardly attacked"': past adverbs.)
                   size_t k = j + 1;
                   while (k < n_ && k < j + 3 && IsAdverb(Tag(k))) ++k;
                   return k < n_ && IsVerb(Tag(k));
                 }() &&
                 (has_modal ||
                  (last_verb >= 0 && IsAuxiliary(Lemma(static_cast<size_t>(last_verb)))))) {
        // 'would "strike like thunder"': a quotation opening inside the group.
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
    // "let some students go", "made them leave": a bare infinitive after a
    // causative verb and its object.
    const auto bare_after_causative = [&] {
      if (has_modal || head_tag != T::kVB || vg.head != vg.begin) return false;
      for (size_t k = vg.begin, steps = 0; k > 0 && steps < 7; --k, ++steps) {
        const T before = Tag(k - 1);
        if (IsVerb(before)) {
          return k < vg.begin && IsAny(Lemma(k - 1), {"let", "make", "help", "watch", "see"});
        }
        if (!(before == T::kDT || before == T::kJJ || before == T::kNN || before == T::kNNS ||
              before == T::kNNP || before == T::kNNPS || before == T::kPRP || before == T::kCD)) {
          return false;
        }
      }
      return false;
    };
    if (infinitive || bare_after_causative()) {
      vg.form = VerbForm::kInfinitive;
    } else if (vg.head == vg.begin && head_tag == T::kVBG) {
      vg.form = VerbForm::kGerund;
    } else if (vg.head == vg.begin && head_tag == T::kVBN && !IsPastTenseAfterSubject(vg)) {
      vg.form = VerbForm::kParticiple;
      vg.voice = Voice::kPassive;
    }
    vg.perfect = has_have || (vg.form == VerbForm::kFinite && head_tag == T::kVBN &&
                              vg.head == vg.begin && ContinuesPerfect(vg));
    const T first_tag = Tag(vg.begin);
    if (future) {
      vg.tense = Tense::kFuture;
    } else if (vg.form != VerbForm::kFinite) {
      vg.tense = Tense::kNone;
    } else if (first_tag == T::kVBD || has_have || Tag(vg.head) == T::kVBD ||
               (head_tag == T::kVBN && !has_passive_aux)) {
      // (A participle read as the finite verb after its subject is a past
      // tense: "special forces detained/VBN President Alpha Conde".)
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

bool Builder::IsAuxiliary(std::string_view lemma) {
  return lemma == "be" || lemma == "have" || lemma == "do" || lemma == "get";
}

}  // namespace casus::clauses
