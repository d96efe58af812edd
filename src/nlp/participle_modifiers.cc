#include "nlp/participle_modifiers.h"

#include "base/word_lists.h"

namespace casus {

namespace {

// Whether the phrase a past form at `k` opens (its preposition at k + 1)
// closes with a comma a finite verb follows, within a dozen words and past
// no verb ("..., kidnapped near the border last month, had been killed").
bool FiniteVerbAfterClosingComma(std::span<const Token> words, std::span<const PosTag> tags,
                                 size_t k) {
  for (size_t m = k + 2; m + 1 < words.size() && m + 1 < tags.size() && m <= k + 12; ++m) {
    if (IsVerb(tags[m]) || tags[m] == PosTag::kMD || tags[m] == PosTag::kWDT) return false;
    if (tags[m] == PosTag::kComma) {
      const PosTag after = tags[m + 1];
      return after == PosTag::kVBD || after == PosTag::kVBZ || after == PosTag::kVBP ||
             after == PosTag::kMD;
    }
  }
  return false;
}

}  // namespace

void RetagParticipleModifiers(std::span<const Token> words, std::span<PosTag> tags) {
  for (size_t k = 1; k + 1 < words.size() && k + 1 < tags.size(); ++k) {
    if (tags[k] != PosTag::kVBN && tags[k] != PosTag::kVBD) continue;
    if (tags[k - 1] != PosTag::kIN) continue;
    const PosTag next = tags[k + 1];
    if (!(next == PosTag::kNN || next == PosTag::kNNS || IsProperNoun(next) ||
          next == PosTag::kJJ)) {
      continue;
    }
    if (IsAny(Lowercase(words[k - 1].text),
              {"that", "whether", "if", "because", "while", "although", "though", "since", "unless",
               "until", "as", "than", "so", "once", "after", "before", "when"})) {
      continue;
    }
    tags[k] = PosTag::kJJ;
  }
  for (size_t k = 1; k + 1 < words.size() && k + 1 < tags.size(); ++k) {
    if (tags[k] != PosTag::kVBN) continue;
    const PosTag before = tags[k - 1];
    // ("Israel's military": an adjective after a possessive heads a noun.)
    const bool noun_head = before == PosTag::kJJ && k >= 2 && tags[k - 2] == PosTag::kPOS;
    if (!(before == PosTag::kNN || before == PosTag::kNNS || IsProperNoun(before) ||
          before == PosTag::kPRP || noun_head)) {
      continue;
    }
    // No auxiliary in the sentence's words before it since the last verb.
    bool auxiliary = false;
    for (size_t j = k; j-- > 0;) {
      if (IsVerb(tags[j]) || tags[j] == PosTag::kMD) {
        auxiliary = true;
        break;
      }
      if (tags[j] == PosTag::kComma || tags[j] == PosTag::kIN || tags[j] == PosTag::kWDT ||
          tags[j] == PosTag::kWP) {
        break;
      }
    }
    if (auxiliary) continue;
    const PosTag next = tags[k + 1];
    const bool object = next == PosTag::kDT || next == PosTag::kPRP || next == PosTag::kPRPS ||
                        next == PosTag::kVBG || next == PosTag::kCD;
    // "The government denied (on Thursday) that ...": a participle
    // modifying a noun takes no clause.
    bool clause = false;
    for (size_t j = k + 1; j < words.size() && j < tags.size() && j <= k + 4; ++j) {
      if (Lowercase(words[j].text) == "that") {
        clause = j == k + 1 || IsAny(Lowercase(words[k + 1].text), {"on", "in", "late", "early"});
        break;
      }
      if (IsVerb(tags[j]) || tags[j] == PosTag::kComma) break;
    }
    if (object || clause) tags[k] = PosTag::kVBD;
  }
  // "said he was shocked and called on the government to let the
  // inspectors in": "called on" after "and" is an act of the speaker.
  for (size_t k = 1; k + 1 < words.size() && k + 1 < tags.size(); ++k) {
    if (tags[k] != PosTag::kVBN || tags[k - 1] != PosTag::kCC) continue;
    if (Lowercase(words[k].text) != "called" ||
        !IsAny(Lowercase(words[k + 1].text), {"on", "for", "upon"})) {
      continue;
    }
    tags[k] = PosTag::kVBD;
  }
  // "The bloc closed its borders with Niger, banned commercial flights and
  // froze Niger's assets": a past form after a comma in a series of past
  // verbs closed by "and" is a verb of the series.
  bool past_before = false;  // a simple past before the comma at k - 1
  for (size_t k = 2; k + 1 < words.size() && k + 1 < tags.size(); ++k) {
    past_before = past_before || tags[k - 2] == PosTag::kVBD;
    if (tags[k] != PosTag::kVBN || tags[k - 1] != PosTag::kComma) continue;
    if (!past_before) continue;
    bool closed = false;
    for (size_t m = k + 1; m + 1 < words.size() && m + 1 < tags.size() && m <= k + 12; ++m) {
      if (IsVerb(tags[m]) || tags[m] == PosTag::kMD) break;
      if (tags[m] == PosTag::kCC && Lowercase(words[m].text) == "and") {
        closed = tags[m + 1] == PosTag::kVBD;
        break;
      }
    }
    if (closed) tags[k] = PosTag::kVBD;
  }
  // "foreign fighters believed to be Russian executed about 300 men": a
  // verb of belief right after a noun, before "to" and an infinitive,
  // describes the noun when a past form follows the infinitive's phrase
  // with no verb between: that past form is the sentence's verb.
  for (size_t k = 1; k + 3 < words.size() && k + 3 < tags.size(); ++k) {
    if (tags[k] != PosTag::kVBD || Lowercase(words[k + 1].text) != "to" ||
        tags[k + 2] != PosTag::kVB) {
      continue;
    }
    const PosTag noun = tags[k - 1];
    if (!(noun == PosTag::kNN || noun == PosTag::kNNS || IsProperNoun(noun))) continue;
    if (!IsAny(Lowercase(words[k].text), {"believed", "thought", "said", "reported", "understood",
                                          "alleged", "suspected", "presumed", "known"})) {
      continue;
    }
    for (size_t m = k + 3; m < words.size() && m < tags.size() && m <= k + 10; ++m) {
      if (tags[m] == PosTag::kMD || tags[m] == PosTag::kVBZ || tags[m] == PosTag::kVBP ||
          tags[m] == PosTag::kComma || tags[m] == PosTag::kWDT || tags[m] == PosTag::kWP) {
        break;
      }
      if (tags[m] != PosTag::kVBD && tags[m] != PosTag::kVBN) continue;
      if (IsVerb(tags[m - 1]) || tags[m - 1] == PosTag::kTO) continue;  // "to have been held"
      tags[k] = PosTag::kVBN;
      tags[m] = PosTag::kVBD;
      break;
    }
  }
  // "The Three Brotherhood Alliance, made up of ...", "the group, based in
  // Idlib,", "the militia, known as ...", "the union, led by Joseph
  // Mathunjwa": words of what a thing consists of, where it is based, what
  // it is called or who heads or backs it, after a noun and a comma,
  // describe the noun.
  for (size_t k = 2; k + 1 < words.size() && k + 1 < tags.size(); ++k) {
    if (tags[k] != PosTag::kVBD || tags[k - 1] != PosTag::kComma) continue;
    const PosTag noun = tags[k - 2];
    if (!(noun == PosTag::kNN || noun == PosTag::kNNS || IsProperNoun(noun) ||
          noun == PosTag::kRightParen)) {
      continue;
    }
    const std::string verb = Lowercase(words[k].text);
    const std::string next = Lowercase(words[k + 1].text);
    const bool describing =
        (verb == "made" && next == "up") ||
        (IsAny(verb, {"composed", "comprised"}) && next == "of") ||
        (IsAny(verb, {"based", "headquartered"}) && IsAny(next, {"in", "on", "near", "at"})) ||
        (IsAny(verb, {"known", "styled"}) && next == "as") ||
        (IsAny(verb, {"formed", "founded", "created"}) && IsAny(next, {"by", "in", "from"})) ||
        (IsAny(verb, {"led", "headed", "commanded", "backed", "supported", "funded"}) &&
         next == "by");
    if (describing) tags[k] = PosTag::kVBN;
  }
  // "two journalists ... from the newspaper El Comercio, kidnapped near the
  // Colombian border last month, had been killed": a past form after a
  // noun and a comma, before a preposition, is a participle when a finite
  // verb follows the comma closing its phrase.
  for (size_t k = 2; k + 1 < words.size() && k + 1 < tags.size(); ++k) {
    if (tags[k] != PosTag::kVBD || tags[k - 1] != PosTag::kComma || tags[k + 1] != PosTag::kIN) {
      continue;
    }
    const PosTag noun = tags[k - 2];
    if (!(noun == PosTag::kNN || noun == PosTag::kNNS || IsProperNoun(noun))) continue;
    if (FiniteVerbAfterClosingComma(words, tags, k)) tags[k] = PosTag::kVBN;
  }
  // "a faction of Boko Haram led by Abu Musab al-Barnawi", "the coalition
  // backed by Iran": words of heading or backing right after a noun and
  // before "by" describe the noun.
  for (size_t k = 1; k + 1 < words.size() && k + 1 < tags.size(); ++k) {
    if (tags[k] != PosTag::kVBD || Lowercase(words[k + 1].text) != "by") continue;
    const PosTag noun = tags[k - 1];
    if (!(noun == PosTag::kNN || noun == PosTag::kNNS || IsProperNoun(noun))) continue;
    if (IsAny(Lowercase(words[k].text),
              {"led", "backed", "supported", "funded", "armed", "commanded", "headed", "sponsored",
               "financed", "trained", "founded", "controlled", "dominated"})) {
      tags[k] = PosTag::kVBN;
    }
  }
  // "Al Shabaab, an Islamist group allied with al Qaeda, said": a past
  // form after the noun of a description set off by commas, before a
  // preposition, is a participle when a verb follows the closing comma.
  for (size_t k = 2; k + 1 < words.size() && k + 1 < tags.size(); ++k) {
    if (tags[k] != PosTag::kVBD || tags[k + 1] != PosTag::kIN) continue;
    if (!(tags[k - 1] == PosTag::kNN || tags[k - 1] == PosTag::kNNS)) continue;
    size_t j = k - 1;
    while (j > 0 && (tags[j] == PosTag::kNN || tags[j] == PosTag::kNNS || IsProperNoun(tags[j]) ||
                     tags[j] == PosTag::kJJ)) {
      --j;
    }
    if (tags[j] != PosTag::kDT || j == 0 || tags[j - 1] != PosTag::kComma) continue;
    if (FiniteVerbAfterClosingComma(words, tags, k)) tags[k] = PosTag::kVBN;
  }
  // "said in a statement posted online that ...", "in a video released on
  // Monday": a past form right after the noun of a prepositional phrase,
  // with a finite verb before the phrase, is a participle on that noun.
  for (size_t k = 3; k + 1 < words.size() && k + 1 < tags.size(); ++k) {
    if (tags[k] != PosTag::kVBD) continue;
    if (!(tags[k - 1] == PosTag::kNN || tags[k - 1] == PosTag::kNNS)) continue;
    size_t j = k - 1;
    while (j > 0 && (tags[j - 1] == PosTag::kNN || tags[j - 1] == PosTag::kNNS ||
                     tags[j - 1] == PosTag::kJJ)) {
      --j;
    }
    if (j < 2 || tags[j - 1] != PosTag::kDT || tags[j - 2] != PosTag::kIN) continue;
    // A preposition, not a word opening a clause ("as long as the
    // coalition kept bombing").
    if (IsAny(Lowercase(words[j - 2].text),
              {"as", "because", "while", "if", "since", "after", "before", "until", "when",
               "although", "though", "that", "whether", "once", "unless", "than"})) {
      continue;
    }
    // The phrase follows the verb at once, or past adverbs and a day ("said
    // on Wednesday in a statement posted ..."; not "said responsibility for
    // the attack lay with").
    size_t m = j - 2;
    while (m > 0 && (IsAdverb(tags[m - 1]) || tags[m - 1] == PosTag::kNNP)) {
      if (tags[m - 1] == PosTag::kNNP &&
          !IsAny(Lowercase(words[m - 1].text),
                 {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})) {
        break;
      }
      --m;
      if (m > 0 && IsAny(Lowercase(words[m - 1].text), {"on", "late", "early"})) --m;
    }
    const bool finite_before =
        m > 0 &&
        (tags[m - 1] == PosTag::kVBD || tags[m - 1] == PosTag::kVBZ || tags[m - 1] == PosTag::kVBP);
    // Not a verb taking an object ("in the attack killed three").
    const PosTag next = tags[k + 1];
    const bool object = next == PosTag::kDT || next == PosTag::kPRP || next == PosTag::kPRPS ||
                        next == PosTag::kNN || next == PosTag::kNNS || IsProperNoun(next);
    if (finite_before && !object) tags[k] = PosTag::kVBN;
  }
  // "Counter-terrorism officers later shot and wounded a suspect": a past
  // form read as a noun after an adverb after its subject, joined by "and"
  // to a past tense, is a past tense.
  for (size_t k = 2; k + 2 < words.size() && k + 2 < tags.size(); ++k) {
    if (tags[k] != PosTag::kNN || !IsAdverb(tags[k - 1]) ||
        !(tags[k - 2] == PosTag::kNNS || IsProperNoun(tags[k - 2])) ||
        Lowercase(words[k + 1].text) != "and" || tags[k + 2] != PosTag::kVBD) {
      continue;
    }
    const std::string word = Lowercase(words[k].text);
    if (word.ends_with("ed") ||
        IsAny(word, {"shot", "struck", "hit", "fought", "shut", "cut", "beat", "set"})) {
      tags[k] = PosTag::kVBD;
    }
  }
  // "supporters of Mumtaz Qadri, the police guard hanged/VBN last month for
  // killing the governor, clashed/VBD with police": a past form right after
  // the noun of a description set off by commas describes it when a past
  // form follows the closing comma with no verb between; that one is the
  // sentence's verb.
  for (size_t k = 3; k + 2 < words.size() && k + 2 < tags.size(); ++k) {
    if (tags[k] != PosTag::kVBD || !(tags[k - 1] == PosTag::kNN || tags[k - 1] == PosTag::kNNS)) {
      continue;
    }
    size_t open = k - 1;
    while (open > 0 && (tags[open - 1] == PosTag::kNN || tags[open - 1] == PosTag::kNNS ||
                        tags[open - 1] == PosTag::kJJ)) {
      --open;
    }
    if (open < 2 || tags[open - 1] != PosTag::kDT || tags[open - 2] != PosTag::kComma) continue;
    size_t close = k + 1;
    bool verb_between = false;
    while (close < words.size() && close < tags.size() && close < k + 14 &&
           tags[close] != PosTag::kComma) {
      verb_between = verb_between || tags[close] == PosTag::kVBD || tags[close] == PosTag::kVBZ ||
                     tags[close] == PosTag::kVBP || tags[close] == PosTag::kMD;
      ++close;
    }
    if (verb_between || close + 1 >= words.size() || close + 1 >= tags.size() ||
        tags[close] != PosTag::kComma ||
        !(tags[close + 1] == PosTag::kVBN || tags[close + 1] == PosTag::kVBD)) {
      continue;
    }
    tags[k] = PosTag::kVBN;
    tags[close + 1] = PosTag::kVBD;
  }
  // "President Uhuru Kenyatta, who said a nephew was among the dead, vowed
  // to hunt down ...": a past form after the comma closing a relative
  // clause on the sentence's first phrase is the sentence's verb; so is
  // one after a name in apposition to it ("The premier of Tuzla canton,
  // Sead Causevic, resigned on Friday"), unless "by" or "as" follows
  // ("Rodrigo Londoño, known as Timochenko,").
  for (size_t k = 3; k + 1 < words.size() && k + 1 < tags.size(); ++k) {
    if (tags[k] != PosTag::kVBN || tags[k - 1] != PosTag::kComma) continue;
    size_t open = k - 1;
    while (open > 0 && tags[open - 1] != PosTag::kComma) --open;
    if (open < 2 || open >= k - 1) continue;
    const bool relative = IsAny(Lowercase(words[open].text), {"who", "which"});
    bool name =
        !relative && k - 1 - open <= 4 && !IsAny(Lowercase(words[k + 1].text), {"by", "as"});
    for (size_t j = open; name && j + 1 < k; ++j) name = tags[j] == PosTag::kNNP;
    if (!relative && !name) continue;
    // (The first phrase: from the sentence's start or past a dateline's
    // dash, opening with no preposition.)
    size_t first = 0;
    for (size_t j = 0; j + 1 < open; ++j) {
      if (tags[j] == PosTag::kColon) first = j + 1;
    }
    if (name && tags[first] == PosTag::kIN) continue;
    bool verb_before = false;
    for (size_t j = 0; j + 1 < open; ++j) verb_before = verb_before || IsVerb(tags[j]);
    if (!verb_before) tags[k] = PosTag::kVBD;
  }
}

}  // namespace casus
