#include "nlp/clause_builder.h"

#include <algorithm>

#include "nlp/reading_words.h"

// Relative clauses' hosts, objects named apart and the passes after the
// clauses are built (objects named by "what", trailing speech).
namespace casus::clauses {

// An object told after a short phrase ("shortened [by one hour] the
// nightly curfew", "denounced [as an ugly crime] Serbia's suppression"):
// the phrase after a preposition at `k`, when it is not a time and does
// not start a clause of its own. kNone otherwise.
int Builder::ShiftedObject(size_t k, size_t v) const {
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

// For a finite verb at `before` whose subject follows "that"/"which"
// after a phrase ("the militia [that] Washington blames"), the phrase the
// relative clause modifies; otherwise kNone.
// For a finite verb at `before` whose subject follows "of which", "in
// which", "by whom" ("the coalition, of which the UAE is a member"), the
// phrase the relative clause is on, or kNone.
int Builder::PrepositionalRelativeHost(size_t before) const {
  const int subject = NpEndingBefore(before);
  if (subject == kNone) return kNone;
  const size_t start = out_.nps[subject].begin;
  if (start < 3 || (Tag(start - 1) != T::kWDT && Tag(start - 1) != T::kWP) ||
      Tag(start - 2) != T::kIN) {
    return kNone;
  }
  size_t k = start - 2;
  if (k > 0 && Tag(k - 1) == T::kComma) --k;
  return NpEndingBefore(k);
}

// Whether the phrase is the one a verb of telling tells ("told reporters").
bool Builder::Told(int np_index) const {
  const uint32_t begin = out_.nps[np_index].begin;
  return begin > 0 && IsAny(Lemma(begin - 1), {"tell", "inform", "assure", "warn", "remind",
                                               "notify", "convince", "persuade"});
}

int Builder::ObjectRelativeHost(const VerbGroup& vg) const {
  // The object is the gap: no phrase follows the verb ("sent arms" is not).
  if (vg.voice != Voice::kActive) return kNone;
  size_t k = vg.end;
  while (k < n_ && (IsAdverb(Tag(k)) || IsResultAfterVerb(k))) ++k;
  if (k < n_ && out_.np_of_token[k] != kNone) return kNone;
  const int subject = NpEndingBefore(vg.begin);
  if (subject == kNone) return kNone;
  const uint32_t start = out_.nps[subject].begin;
  if (start < 2) return kNone;
  const T rel = Tag(start - 1);
  const bool relative_word =
      rel == T::kWDT || (rel == T::kWP && Lemma(start - 1) != "what") || Lemma(start - 1) == "that";
  // "the militia US officials blame": without "that", right after a phrase
  // ending in a common noun.
  if (!relative_word && StartsReducedRelative(start) && out_.np_of_token[start - 1] != kNone) {
    return out_.np_of_token[start - 1];
  }
  // "would review the sanctions it lifted over the past decade": a
  // pronoun right after a common noun, and no object after the verb; not
  // after a verb of telling ("told reporters they would respond").
  if (!relative_word && Tag(start) == T::kPRP && out_.nps[subject].end == start + 1 &&
      IsAny(Lemma(start), {"it", "they", "he", "she", "we"}) &&
      (Tag(start - 1) == T::kNN || Tag(start - 1) == T::kNNS) &&
      out_.np_of_token[start - 1] != kNone) {
    const int host = out_.np_of_token[start - 1];
    if (!Told(host)) return host;
  }
  if (!relative_word) return kNone;
  // "the National League for Democracy, which she leads": set off by a
  // comma ("which" only: ", that" opens what was said).
  size_t host_end = start - 1;
  if (Tag(host_end - 1) == T::kComma && Lemma(start - 1) == "which" && host_end >= 2) --host_end;
  // (NpEndingBefore steps over a parenthesis: "the NLD (NLD), which".)
  int host = host_end < start - 1 ? NpEndingBefore(host_end) : out_.np_of_token[host_end - 1];
  if (host == kNone) return kNone;
  // "the suicide bombings in Baghdad, which it blamed on ...": a place
  // after "in" or "at" is where the phrase before it was.
  if (host_end < start - 1) {
    const NounPhrase& named = out_.nps[host];
    if (named.begin >= 2 && IsProperNoun(Tag(named.head)) &&
        IsAny(Lemma(named.begin - 1), {"in", "at"})) {
      if (const int before = NpEndingBefore(named.begin - 1); before != kNone) host = before;
    }
  }
  // "said on Wednesday that it was in contact": after a day, "that" opens
  // what was said; so after the one told ("told the rights group that
  // troops arrived").
  if (Lemma(start - 1) == "that" && IsTimeWord(Lemma(out_.nps[host].head))) return kNone;
  if (Lemma(start - 1) == "that" && Told(host)) return kNone;
  // "said in a statement that it had nothing to do with it": after what a
  // speaker said it in, "that" opens what was said.
  if (Lemma(start - 1) == "that" && out_.nps[host].begin >= 2 &&
      IsAny(Lemma(out_.nps[host].begin - 1), {"in", "on", "during"}) &&
      IsAny(Lemma(out_.nps[host].head),
            {"statement", "interview", "speech", "message", "post", "video", "letter", "communique",
             "address", "briefing", "broadcast", "tweet", "conference"})) {
    return kNone;
  }
  return host;
}

// The latest clause up to `c`, past relative ones, when it is what a
// speaker said (a complement with its governor), else kNone.
int Builder::SaidBefore(int c) const {
  while (c >= 0 && out_.clauses[c].link == ClauseLink::kRelative) --c;
  if (c < 0 || out_.clauses[c].link != ClauseLink::kComplement ||
      out_.clauses[c].governor == kNone) {
    return kNone;
  }
  return c;
}

// The latest clause built so far, not a relative one, whose verb has the
// form and the modality of `vg`, or kNone.
int Builder::FormOfLatest(const VerbGroup& vg) const {
  for (int c = static_cast<int>(out_.clauses.size()) - 1; c >= 0; --c) {
    const VerbGroup& other = out_.verbs[out_.clauses[c].verb];
    // "warning that they could use force, and imposed sanctions": a plain
    // past goes with a plain past, not with a modal.
    if (other.form == vg.form && other.modal == vg.modal &&
        out_.clauses[c].link != ClauseLink::kRelative) {
      return c;
    }
  }
  return kNone;
}

// "condemned what he called Israel's criminal aggression", "denounced what
// it described as a terrorist attack": the verb before "what" takes as its
// object what the naming clause names.
void Builder::ObjectsNamedByWhat() {
  auto& clauses = out_.clauses;
  for (size_t c = 1; c < clauses.size(); ++c) {
    Clause& naming = clauses[c];
    const VerbGroup& vg = out_.verbs[naming.verb];
    if (naming.subject == kNone || vg.voice != Voice::kActive ||
        !IsAny(Lemma(vg.head), {"call", "describe", "term", "dub", "label", "brand"})) {
      continue;
    }
    const size_t what = out_.nps[naming.subject].begin;
    if (what == 0 || Lemma(what - 1) != "what") continue;
    int named = naming.object;
    for (const PrepArgument& p : naming.preps) {
      if (named == kNone && Lemma(p.prep) == "as") named = p.np;
    }
    if (named == kNone) continue;
    Clause& outer = clauses[c - 1];
    if (outer.object != kNone || out_.verbs[outer.verb].end != what - 1) continue;
    outer.object = named;
  }
}

// "two journalists and a driver from the newspaper El Comercio, kidnapped
// near the Colombian border last month, had been killed": a passive
// participle set off by commas between a clause's subject and its verb
// describes that subject.
void Builder::ParticiplesBeforeTheirVerb() {
  auto& clauses = out_.clauses;
  for (size_t c = 0; c < clauses.size(); ++c) {
    Clause& participle = clauses[c];
    const VerbGroup& pvg = out_.verbs[participle.verb];
    // ("Afghan troops, backed by US air power and special forces, fought
    // Taliban fighters": one read as a clause of no subject, its agent's
    // phrase taken for the verb's subject.)
    const bool bare = participle.link == ClauseLink::kMain && participle.subject == kNone &&
                      participle.object == kNone && participle.agent != kNone &&
                      Tag(pvg.head) == T::kVBN && pvg.begin == pvg.head;
    if ((participle.link != ClauseLink::kAdverbial && !bare) ||
        (pvg.form != VerbForm::kParticiple && !bare) || pvg.voice != Voice::kPassive ||
        pvg.begin < 2 || Tag(pvg.begin - 1) != T::kComma) {
      continue;
    }
    const int noun_before = NpEndingBefore(pvg.begin - 1);
    for (size_t d = c + 1; d < clauses.size(); ++d) {
      Clause& host = clauses[d];
      const VerbGroup& hvg = out_.verbs[host.verb];
      if (bare && host.subject != kNone && out_.nps[host.subject].begin > pvg.begin &&
          noun_before != kNone && hvg.form == VerbForm::kFinite && hvg.begin > 0 &&
          Tag(hvg.begin - 1) == T::kComma) {
        host.subject = noun_before;
      }
      if (host.subject == kNone || hvg.begin == 0 || Tag(hvg.begin - 1) != T::kComma ||
          hvg.form != VerbForm::kFinite || out_.nps[host.subject].end > pvg.begin) {
        continue;
      }
      // (No other verb between: the participle's phrase ends at the comma
      // before the host's verb.)
      bool between = false;
      for (size_t e = c + 1; e < d; ++e) {
        between = between || out_.verbs[clauses[e].verb].begin < hvg.begin;
      }
      if (between) break;
      participle.link = ClauseLink::kRelative;
      participle.modified_np = host.subject;
      participle.object = host.subject;
      participle.subject = kNone;
      participle.governor = kNone;
      break;
    }
  }
}

// "..., officials said." / "..., said the spokesman": earlier clauses with
// no governor become complements of a sentence-final speech clause.
void Builder::AttachTrailingSpeech() {
  auto& clauses = out_.clauses;
  for (size_t c = 1; c < clauses.size(); ++c) {
    const VerbGroup& vg = out_.verbs[clauses[c].verb];
    if (!IsSpeechLemma(Lemma(vg.head)) || vg.form != VerbForm::kFinite) continue;
    // ("the president blamed al Shabaab for the massacre and vowed to wipe
    // out the group": a verb sharing the subject of the one before
    // attributes nothing.)
    if (clauses[c].link == ClauseLink::kCoordinated) continue;
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
    // "Saudi Arabia accuses Iran of arming the group, a charge Tehran
    // denies": what is denied is named, not reported.
    if (start + 1 < static_cast<int>(n_) && IsAny(Lemma(start), {"a", "an"}) &&
        IsAny(Lemma(start + 1), {"charge", "claim", "accusation", "allegation", "assertion"})) {
      continue;
    }
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
    // "condemned the coup, demanded Conde's release and threatened
    // sanctions": a verb of a series with no subject of its own, and an
    // object, attributes nothing.
    if (clauses[c].subject == kNone && clauses[c].object != kNone) continue;
    for (size_t e = 0; e < c; ++e) {
      if (clauses[e].governor == kNone && clauses[e].link == ClauseLink::kMain) {
        clauses[e].link = ClauseLink::kComplement;
        clauses[e].governor = static_cast<int>(c);
      }
    }
  }
}

}  // namespace casus::clauses
