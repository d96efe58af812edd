#include "nlp/count_phrases.h"

#include <algorithm>

#include "nlp/count_words.h"

namespace casus::reading {

std::optional<CountPhrase> CountPhraseReader::Read(uint32_t i) const {
  const Token& token = tokens_[i];
  if (token.kind == TokenKind::kWord) {
    if (auto zero = ReadZero(i)) return zero;
    if (W(i, "himself") || W(i, "herself")) {
      Phrase p;
      p.quantity = Quantity{1, std::nullopt, QuantityBound::kExact, false, i, i + 1};
      p.first = i;
      p.end = i + 1;
      p.head_token = i;
      p.head = Head::kPerson;
      return p;
    }
    if (Flags(i) & kCwDeterminer) return ReadDefiniteSingular(i);
  }
  auto read = ReadNumber(words_, options_, tokens_, i, /*allow_article=*/true);
  if (!read) return std::nullopt;
  Phrase p;
  p.quantity = read->quantity;
  p.article = read->article;
  p.first = i;
  ClassifyHead(p, read->quantity.end_token);
  if (p.head == Head::kOther) return p;
  if (LooksLikeDateOrMoney(p)) {
    p.head = Head::kOther;
    return p;
  }
  if (p.quantity.bound == QuantityBound::kLessThan && p.head != Head::kWeapon) {
    p.head = Head::kOther;  // "fewer than ten people": no figure to report
  }
  // "killing one fighter and wounding another", "a soldier was killed and
  // another injured": an elided person noun; attachment needs a casualty word.
  if (p.article && p.head == Head::kBare && W(i, "another")) return p;
  if (p.article && p.head != Head::kPerson) return std::nullopt;
  return p;
}

// "no one", "nobody", "none", "no U.S. personnel", "no casualties",
// "without casualties", "(did not cause) any casualties".
std::optional<CountPhrase> CountPhraseReader::ReadZero(uint32_t i) const {
  Phrase p;
  p.zero = true;
  p.first = i;
  p.quantity = Quantity{0, std::nullopt, QuantityBound::kExact, false, i, i + 1};
  if (W(i, "no") && W(i + 1, "one")) {
    p.quantity.end_token = i + 2;
    p.head = Head::kBare;
    p.end = p.head_token = i + 2;
    return p;
  }
  if (W(i, "nobody") || W(i, "no-one") || W(i, "none")) {
    p.head = Head::kBare;
    p.end = i + 1;
    p.head_token = i;
    if (W(i, "none") && W(i + 1, "of")) ClassifyHead(p, i + 1);
    if (p.head == Head::kOther) return std::nullopt;
    return p;
  }
  uint32_t start = 0;
  if (W(i, "no")) {
    start = i + 1;
  } else if (W(i, "without")) {
    // "without casualties", "without causing any casualties"
    start = i + 1;
    while (W(start, "causing") || W(start, "inflicting") || W(start, "any")) ++start;
  } else if (W(i, "any")) {
    bool negated = false;
    for (uint32_t k = i > 4 ? i - 4 : 0; k < i; ++k) {
      if ((Flags(k) & kCwNegation) || tokens_[k].text.ends_with("n't")) negated = true;
    }
    if (!negated) return std::nullopt;
    start = i + 1;
  } else {
    return std::nullopt;
  }
  // "no immediate casualties", "no reported deaths"; but "no (immediate)
  // reports of casualties" says nothing, nor does "no casualty figures".
  for (uint32_t k = start; k < start + 3 && k < n_; ++k) {
    const uint32_t flags = Flags(k);
    if ((flags & kCwCasualtyNoun) && k + 1 < n_ &&
        reading::WordIsAny(tokens_[k + 1].text,
                           "figure figures toll tolls number numbers count counts detail details "
                           "estimate estimates")) {
      return std::nullopt;
    }
    if (flags & kCwCasualtyNoun) {
      p.head = Head::kCasualtyNoun;
      p.noun_kind = static_cast<CasualtyKind>(CountPayload(flags) - 1);
      p.end = k + 1;
      p.head_token = k;
      return p;
    }
    if (flags & (kCwPersonPlural | kCwPersonSingular)) {
      p.head = Head::kPerson;
      p.end = k + 1;
      p.head_token = k;
      return p;
    }
    if (IsCapitalizedPlural(k)) {
      p.head = Head::kPerson;  // "no Americans were hurt"
      p.end = k + 1;
      p.head_token = k;
      return p;
    }
    if (!WordIsAny(tokens_[k].text,
                   "immediate reported serious major other further "
                   "known confirmed u.s. us american iraqi civilian "
                   "military coalition")) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// "the commander", "his brother": one person, when a singular person noun
// follows within three words.
std::optional<CountPhrase> CountPhraseReader::ReadDefiniteSingular(uint32_t i) const {
  for (uint32_t k = i + 1; k < i + 4 && k < n_; ++k) {
    if (tokens_[k].kind != TokenKind::kWord) return std::nullopt;
    const uint32_t flags = Flags(k);
    if (flags & kCwPersonSingular) {
      if (W(k + 1, "'s") || (Flags(k + 1) & kCwPersonPlural)) return std::nullopt;
      Phrase p;
      p.quantity = Quantity{1, std::nullopt, QuantityBound::kExact, false, i, i + 1};
      p.first = i;
      p.end = k + 1;
      // "the deputy commander", "the police chief"
      while (p.end < n_ && (Flags(p.end) & kCwPersonSingular)) ++p.end;
      if (UsedAsModifier(p.end) || W(p.end, "'s")) return std::nullopt;  // "the paramilitary force"
      p.head_token = p.end - 1;
      p.head = Head::kPerson;
      p.article = true;
      return p;
    }
    if (flags & (kCwStop | kCwNumber | kCwPersonPlural | kCwThing | kCwWeapon | kCwEstimate)) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// A noun right after a person or thing noun makes that noun a modifier
// ("the paramilitary force", "civilian vehicles", "truck drivers").
bool CountPhraseReader::UsedAsModifier(uint32_t at) const {
  return Flags(at) & (kCwPersonPlural | kCwPersonSingular | kCwThing | kCwWeapon | kCwCasualtyNoun);
}

bool CountPhraseReader::IsCapitalizedPlural(uint32_t at) const {
  const std::string_view t = tokens_[at].text;
  return tokens_[at].kind == TokenKind::kWord && t.size() > 3 && IsCapitalized(t) &&
         t.back() == 's' && t.find('.') == std::string_view::npos &&
         !(Flags(at) & (kCwStop | kCwThing | kCwMonth));
}

// Sets head, end and head_token from the words after the number.
void CountPhraseReader::ClassifyHead(CountPhrase& p, uint32_t number_end) const {
  uint32_t k = number_end;
  // "several" militants: skip a closing quotation mark after the number.
  if (k + 1 < n_ && QuoteMarkOf(tokens_[k]) != QuoteMark::kNone &&
      tokens_[k + 1].kind == TokenKind::kWord) {
    ++k;
  }
  p.end = number_end;
  p.head_token = number_end - 1;
  if (W(k, "of")) {
    // "three of the soldiers", "dozens of people", "one of them"
    uint32_t j = k + 1;
    p.partitive = !p.quantity.vague;
    if (W(j, "them") || W(j, "whom") || W(j, "those") || W(j, "us")) {
      p.head = W(j, "them") || W(j, "us") ? Head::kPerson : Head::kOther;
      if (W(j, "those") && (Flags(j + 1) & kCwParticiple)) {
        p.head = Head::kPerson;  // "two of those killed"
        ++j;
      }
      p.end = j + 1;
      p.head_token = j;
      return;
    }
    if (Flags(j) & kCwDeterminer) {
      ++j;
      if (W(j, "dead") || W(j, "wounded") || W(j, "injured")) {
        p.head = Head::kPerson;  // "two of the wounded"
        p.end = j + 1;
        p.head_token = j;
        return;
      }
    }
    k = j;
  }
  for (uint32_t j = k; j < k + 5; ++j) {
    if (j >= n_) {
      SetStopped(p, k, j);
      return;
    }
    const Token& t = tokens_[j];
    if (t.kind != TokenKind::kWord) {
      // "a 12-year-old boy": a hyphenated number-word modifier.
      if (t.kind == TokenKind::kNumber && t.text.find('-') != std::string_view::npos &&
          std::any_of(t.text.begin(), t.text.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        continue;
      }
      SetStopped(p, k, j);
      return;
    }
    const uint32_t flags = Flags(j);
    if (flags & (kCwPersonPlural | kCwPersonSingular)) {
      if (p.article && !(flags & kCwPersonSingular)) {
        p.head = Head::kOther;  // "a people"? not a count
        return;
      }
      uint32_t end = j + 1;
      while (end < n_ && (Flags(end) & (kCwPersonPlural | kCwPersonSingular))) {
        ++end;
      }
      if (W(end, "'s")) {  // "the soldier's family"
        p.head = Head::kOther;
        return;
      }
      if (UsedAsModifier(end)) {  // "five civilian vehicles"
        j = end - 1;
        continue;
      }
      p.head = Head::kPerson;
      p.end = end;
      p.head_token = end - 1;
      return;
    }
    if (flags & kCwCasualtyNoun) {
      p.head = Head::kCasualtyNoun;
      p.noun_kind = static_cast<CasualtyKind>(CountPayload(flags) - 1);
      p.end = j + 1;
      p.head_token = j;
      return;
    }
    if ((flags & (kCwWeapon | kCwThing)) && UsedAsModifier(j + 1) && !(Flags(j + 1) & kCwWeapon)) {
      continue;  // "drone operators", "truck drivers"
    }
    if (flags & kCwWeapon) {
      p.head = Head::kWeapon;
      p.end = j + 1;
      p.head_token = j;
      while (p.end < n_ && (Flags(p.end) & kCwWeapon)) p.head_token = p.end++;
      return;
    }
    if (flags & kCwThing) {
      p.head = Head::kOther;
      p.end = j + 1;
      return;
    }
    if (flags & (kCwStop | kCwAuxiliary | kCwParticiple | kCwActiveVerb)) {
      SetStopped(p, k, j);
      return;
    }
    if (IsCapitalizedPlural(j)) {  // "two Americans", "three Iraqis"
      p.head = Head::kPerson;
      p.end = j + 1;
      p.head_token = j;
      return;
    }
  }
  p.head = Head::kOther;  // five words and no noun we know
}

void CountPhraseReader::SetStopped(CountPhrase& p, uint32_t k, uint32_t j) const {
  if (j == k) {
    p.head = p.partitive ? Head::kOther : Head::kBare;
    if (j < n_ && (tokens_[j].kind == TokenKind::kSymbol)) p.head = Head::kOther;  // "5%"
    return;
  }
  p.head = Head::kUnknown;
  p.end = j;
  p.head_token = j - 1;
}

// Years ("in 2019", "the 2020 strike"), days of the month ("Jan. 3"),
// times and money are not counts.
bool CountPhraseReader::LooksLikeDateOrMoney(const CountPhrase& p) const {
  const uint32_t at = p.quantity.first_token;
  const Token& t = tokens_[at];
  if (t.kind != TokenKind::kNumber) return false;
  if (at > 0 && tokens_[at - 1].kind == TokenKind::kSymbol) return true;  // "$5 million"
  if (at > 0 && (Flags(at - 1) & kCwMonth)) return true;
  if (at > 1 && Punct(at - 1, ".") && (Flags(at - 2) & kCwMonth)) return true;
  if (Flags(p.quantity.end_token) & kCwMonth) return true;
  if (W(p.quantity.end_token, "of") && (Flags(p.quantity.end_token + 1) & kCwMonth)) {
    return true;
  }
  const bool year_like = t.text.size() == 4 && p.quantity.value >= 1800 &&
                         p.quantity.value <= 2100 && p.quantity.end_token == at + 1;
  return year_like && p.head != Head::kPerson && p.head != Head::kCasualtyNoun;
}

}  // namespace casus::reading
