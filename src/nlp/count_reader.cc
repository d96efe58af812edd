#include "nlp/count_reader.h"

#include <algorithm>
#include <array>

#include "nlp/count_phrases.h"
#include "nlp/count_words.h"

namespace casus {
namespace {

using reading::CountPayload;
using reading::CountPhraseReader;
using Head = reading::PhraseHead;
using Phrase = reading::CountPhrase;
using reading::ReadingWordTable;
using reading::SentenceWords;

struct Group {
  uint32_t first_phrase = 0;
  uint32_t end_phrase = 0;  // one past the last phrase
  uint32_t first = 0;
  uint32_t end = 0;
  int64_t sum = 0;
  QuantityBound bound = QuantityBound::kExact;
  bool vague = false;
  bool zero = false;
  bool consumed = false;  // taken by a toll
};

int BoundRank(QuantityBound b) {
  switch (b) {
    case QuantityBound::kExact:
      return 0;
    case QuantityBound::kAbout:
      return 1;
    case QuantityBound::kRange:
      return 2;
    case QuantityBound::kAtLeast:
      return 3;
    case QuantityBound::kAtMost:
      return 4;
    case QuantityBound::kLessThan:
      return 5;
  }
  return 0;
}

constexpr size_t kMaxPhrases = 32;

// Reads one sentence: phrases, then groups, then attachments.
class CasualtyScan {
 public:
  CasualtyScan(const SentenceWords& words, const CountReaderOptions& options,
               std::span<const Token> tokens)
      : words_(words),
        tokens_(tokens),
        n_(static_cast<uint32_t>(tokens.size())),
        phrase_reader_(words, options, tokens) {}

  CasualtyCounts Run() {
    CasualtyCounts out;
    FindPhrases(out);
    if (phrase_count_ == 0) return out;
    BuildGroups();
    AttachTolls(out);
    AttachGroups(out);
    std::sort(out.mentions.begin(), out.mentions.end(),
              [](const CasualtyMention& a, const CasualtyMention& b) {
                return a.first_token < b.first_token;
              });
    Total(out);
    return out;
  }

 private:
  uint32_t Flags(uint32_t at) const { return words_[at]; }
  bool W(uint32_t at, std::string_view lower) const {
    return at < n_ && tokens_[at].kind == TokenKind::kWord &&
           reading::WordIs(tokens_[at].text, lower);
  }
  bool Punct(uint32_t at, std::string_view text) const {
    return at < n_ && reading::IsPunctToken(tokens_[at], text);
  }

  // ---- phrases ----

  void FindPhrases(CasualtyCounts& out) {
    uint32_t i = 0;
    while (i < n_ && phrase_count_ < kMaxPhrases) {
      std::optional<Phrase> phrase = phrase_reader_.Read(i);
      if (!phrase) {
        ++i;
        continue;
      }
      if (phrase->head == Head::kWeapon && !phrase->article && !phrase->partitive) {
        out.weapons.push_back(CountedItem{phrase->quantity, phrase->head_token});
      } else if (phrase->head != Head::kOther && phrase->head != Head::kWeapon) {
        phrases_[phrase_count_++] = *phrase;
      }
      i = std::max(phrase->end, i + 1);
    }
  }

  // ---- groups ----

  bool IsPersonish(const Phrase& p) const {
    return !p.zero &&
           (p.head == Head::kPerson || p.head == Head::kBare || p.head == Head::kUnknown);
  }

  // Tokens between two phrases that coordinate them: "," "and" ", and"
  // "plus" "as well as".
  bool Coordinates(uint32_t from, uint32_t to) const {
    const uint32_t gap = to - from;
    if (gap == 1) return Punct(from, ",") || W(from, "and") || W(from, "plus") || Punct(from, "&");
    if (gap == 2) return Punct(from, ",") && W(from + 1, "and");
    if (gap == 3 && W(from, "as") && W(from + 1, "well") && W(from + 2, "as")) return true;
    // "two officers of the border guard and the driver": a short "of" phrase
    // between the coordinated groups.
    if (gap >= 3 && gap <= 8 && W(from, "of") && W(to - 1, "and")) {
      for (uint32_t k = from + 1; k + 1 < to; ++k) {
        const uint32_t flags = Flags(k);
        if (tokens_[k].kind != TokenKind::kWord) return false;
        if ((flags & (reading::kCwStop | reading::kCwAuxiliary | reading::kCwActiveVerb)) &&
            !(flags & reading::kCwDeterminer)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  bool StartsSubset(uint32_t first, bool partitive) const {
    int64_t k = static_cast<int64_t>(first) - 1;
    if (k >= 0 && (W(k, "them") || W(k, "whom")) && k >= 1 && W(k - 1, "among")) return true;
    if (k >= 0 && (Flags(static_cast<uint32_t>(k)) & reading::kCwSubsetCue)) return true;
    if (k >= 0 && partitive && Punct(static_cast<uint32_t>(k), ",")) return true;
    return false;
  }

  void BuildGroups() {
    for (uint32_t i = 0; i < phrase_count_; ++i) {
      const Phrase& p = phrases_[i];
      subset_[i] = StartsSubset(p.first, p.partitive);
      // "the son of a tribal leader": the person after "of" names whose son;
      // the group spans it without counting it.
      if (group_count_ > 0 && p.article && p.first > 0 && W(p.first - 1, "of")) {
        Group& last = groups_[group_count_ - 1];
        if (last.end_phrase == i && last.end == p.first - 1 &&
            IsPersonish(phrases_[last.end_phrase - 1])) {
          last.end_phrase = i + 1;
          last.end = p.end;
          continue;
        }
      }
      if (group_count_ > 0 && IsPersonish(p) && !subset_[i]) {
        Group& last = groups_[group_count_ - 1];
        const Phrase& prev = phrases_[last.end_phrase - 1];
        if (last.end_phrase == i && IsPersonish(prev) && p.first > last.end &&
            Coordinates(last.end, p.first)) {
          last.end_phrase = i + 1;
          last.end = p.end;
          last.sum += p.quantity.value;
          if (BoundRank(p.quantity.bound) > BoundRank(last.bound)) last.bound = p.quantity.bound;
          last.vague = last.vague || p.quantity.vague;
          continue;
        }
      }
      CloseGroup();
      Group g;
      g.first_phrase = i;
      g.end_phrase = i + 1;
      g.first = p.first;
      g.end = p.end;
      g.sum = p.quantity.value;
      g.bound = p.quantity.bound;
      g.vague = p.quantity.vague;
      g.zero = p.zero;
      groups_[group_count_++] = g;
    }
  }

  // "killed two people, a man and his son": the phrases after the comma
  // name the people the first phrase counted, so they are not added.
  void CloseGroup() {
    if (group_count_ == 0) return;
    Group& g = groups_[group_count_ - 1];
    if (g.end_phrase - g.first_phrase < 2) return;
    const Phrase& lead = phrases_[g.first_phrase];
    const Phrase& second = phrases_[g.first_phrase + 1];
    if (lead.article || lead.quantity.value < 2 || !Punct(lead.end, ",") ||
        second.first != lead.end + 1) {
      return;
    }
    int64_t rest = 0;
    for (uint32_t i = g.first_phrase + 1; i < g.end_phrase; ++i) {
      if (!phrases_[i].article) return;
      rest += phrases_[i].quantity.value;
    }
    if (rest != lead.quantity.value) return;
    g.sum = lead.quantity.value;
    g.end_phrase = g.first_phrase + 1;
    g.end = lead.end;
  }

  // ---- attachment ----

  void Emit(CasualtyCounts& out, const Group& g, CasualtyKind kind, uint32_t trigger, bool total,
            bool subset) const {
    CasualtyMention m;
    m.kind = kind;
    m.count = g.sum;
    m.bound = g.bound;
    m.vague = g.vague;
    m.total = total;
    m.subset = subset;
    m.first_token = g.first;
    m.end_token = g.end;
    m.trigger_token = trigger;
    out.mentions.push_back(m);
  }

  // "the death toll rose to 25", "a toll of 25", "bringing the toll to 25".
  void AttachTolls(CasualtyCounts& out) {
    CloseGroup();
    for (uint32_t i = 0; i < n_; ++i) {
      CasualtyKind kind = CasualtyKind::kKilled;
      const bool number_of = W(i, "number") && W(i + 1, "of");
      if (number_of) {
        // "the number of dead rose to 18", "the number of troops treated for
        // injuries rose to 34": the kind is named before the verb.
        std::optional<CasualtyKind> named;
        for (uint32_t k = i + 2; k < n_ && k < i + 10 && !named; ++k) {
          if (Flags(k) & reading::kCwTollVerb) break;
          if (W(k, "dead") || W(k, "killed") || W(k, "deaths") || W(k, "fatalities")) {
            named = CasualtyKind::kKilled;
          } else if (W(k, "wounded") || W(k, "injured") || W(k, "injuries") || W(k, "hurt")) {
            named = CasualtyKind::kInjured;
          } else if (W(k, "casualties")) {
            named = CasualtyKind::kCasualties;
          }
        }
        if (!named) continue;
        kind = *named;
      } else if (!W(i, "toll") && !W(i, "tally")) {
        continue;
      }
      if (i > 0 && W(i - 1, "casualty")) kind = CasualtyKind::kCasualties;
      if (i > 0 && W(i - 1, "injury")) kind = CasualtyKind::kInjured;
      for (uint32_t g = 0; g < group_count_; ++g) {
        Group& group = groups_[g];
        if (group.first <= i || group.first > i + 12 || group.consumed || group.zero) continue;
        bool blocked = false;
        for (uint32_t k = i + 1; k < group.first; ++k) {
          if (Punct(k, ";") || Punct(k, ".") ||
              (!number_of && (Flags(k) & reading::kCwActiveVerb))) {
            blocked = true;
          }
        }
        if (blocked || !(Flags(group.first - 1) & reading::kCwTollVerb)) continue;
        const Phrase& p = phrases_[group.first_phrase];
        if (p.head != Head::kBare && p.head != Head::kPerson && p.head != Head::kUnknown) continue;
        group.consumed = true;
        Emit(out, group, kind, i, /*total=*/true, /*subset=*/false);
        break;
      }
    }
  }

  void AttachGroups(CasualtyCounts& out) {
    std::optional<CasualtyKind> last_kind;
    for (uint32_t g = 0; g < group_count_; ++g) {
      const Group& group = groups_[g];
      if (group.consumed) continue;
      const Phrase& head = phrases_[group.end_phrase - 1];
      if (head.head == Head::kCasualtyNoun) {
        // "12 deaths", "no casualties"; "the deaths of" is read as a verb.
        EmitNoun(out, group, head.noun_kind, head.head_token);
        continue;
      }
      uint32_t trigger = 0;
      bool among = false;
      std::optional<CasualtyKind> kind = KindBefore(group.first, trigger, among);
      if (!kind) kind = KindAfter(group.end, trigger, among);
      // "Two protesters were killed, one in Baghdad and one in Nasiriyah":
      // a distribution of the count before it.
      if (!kind && last_kind && head.head == Head::kBare && group.first > 0 &&
          (Punct(group.first - 1, ",") || W(group.first - 1, "and")) && group.end < n_ &&
          reading::WordIsAny(tokens_[group.end].text, "in at near outside inside on")) {
        kind = last_kind;
        trigger = group.first;
        among = true;
      }
      const bool subset = subset_[group.first_phrase] || among;
      if (!kind && subset && last_kind) {
        kind = last_kind;
        trigger = group.first;
      }
      if (!kind) continue;
      if (Hypothetical(group.first)) continue;  // "if one American is killed"
      if (!group.zero) last_kind = kind;
      Emit(out, group, *kind, trigger, /*total=*/false, subset);
    }
  }

  // "if", "unless" or "whether" up to three words before, in the same clause.
  bool Hypothetical(uint32_t first) const {
    for (uint32_t back = 1; back <= 3 && back <= first; ++back) {
      const Token& t = tokens_[first - back];
      if (t.kind == TokenKind::kPunct) return false;
      if (reading::WordIsAny(t.text, "if unless whether")) return true;
    }
    return false;
  }

  void EmitNoun(CasualtyCounts& out, const Group& group, CasualtyKind kind, uint32_t trigger) {
    Emit(out, group, kind, trigger, false, subset_[group.first_phrase]);
  }

  // The casualty word just before a group: "killed three soldiers",
  // "killing a civilian", "claimed the lives of 12", "killed or wounded 30".
  std::optional<CasualtyKind> KindBefore(uint32_t first, uint32_t& trigger, bool& among) const {
    // killing "several" militants: a quotation mark does not separate.
    if (first >= 2 && reading::QuoteMarkOf(tokens_[first - 1]) != reading::QuoteMark::kNone) {
      --first;
    }
    if (first == 0) return std::nullopt;
    const uint32_t p = first - 1;
    // "Among the dead were three children": part of a count given elsewhere.
    if (p >= 3 && reading::WordIsAny(tokens_[p].text, "were was are is") &&
        (W(p - 2, "the") || W(p - 2, "those")) && W(p - 3, "among")) {
      if (auto kind = AmongKind(p - 1)) {
        trigger = p - 1;
        among = true;
        return kind;
      }
    }
    const uint32_t flags = Flags(p);
    if (flags & reading::kCwActiveVerb) {
      trigger = p;
      const int kind = CountPayload(flags);
      if (p >= 2 && (W(p - 1, "or") || W(p - 1, "and")) &&
          (Flags(p - 2) & reading::kCwActiveVerb) && CountPayload(Flags(p - 2)) != kind) {
        return CasualtyKind::kCasualties;
      }
      return kind == 1 ? CasualtyKind::kKilled : CasualtyKind::kInjured;
    }
    if ((W(p, "down") && p >= 1 && W(p - 1, "gunned")) ||
        (W(p, "dead") && p >= 1 && W(p - 1, "shot"))) {
      trigger = p;
      return CasualtyKind::kKilled;
    }
    if (W(p, "of") && p >= 1 &&
        (W(p - 1, "lives") || W(p - 1, "deaths") || W(p - 1, "killing") || W(p - 1, "killings"))) {
      trigger = p - 1;
      return CasualtyKind::kKilled;
    }
    return std::nullopt;
  }

  // The casualty word after a group: "were killed", "five were injured",
  // "14 killed", "3 dead", "died", "lost their lives", "suffered injuries".
  // The kind named by "dead", "killed", "wounded", "injured", "victims".
  std::optional<CasualtyKind> AmongKind(uint32_t at) const {
    const uint32_t flags = Flags(at);
    if (flags & reading::kCwParticiple) {
      return CountPayload(flags) == 1 ? CasualtyKind::kKilled : CasualtyKind::kInjured;
    }
    if (W(at, "casualties")) return CasualtyKind::kCasualties;
    return std::nullopt;
  }

  std::optional<CasualtyKind> KindAfter(uint32_t end, uint32_t& trigger, bool& among) const {
    uint32_t k = end;
    // ", including two children," / ", among them ...,"
    if (Punct(k, ",") && ((Flags(k + 1) & reading::kCwSubsetCue) || W(k + 1, "among") ||
                          (W(k + 2, "of") && (W(k + 3, "them") || W(k + 3, "whom"))))) {
      uint32_t close = k + 1;
      while (close < n_ && close < k + 14 && !Punct(close, ",")) ++close;
      if (close >= n_ || !Punct(close, ",")) return std::nullopt;
      k = close + 1;
    }
    // "Three members of the security forces were killed"
    if (W(k, "of") || W(k, "from") || W(k, "in") || W(k, "at") || W(k, "near") || W(k, "aboard") ||
        W(k, "inside") || W(k, "on")) {
      uint32_t j = k + 1;
      while (j < n_ && j < k + 8 && tokens_[j].kind == TokenKind::kWord &&
             !(Flags(j) & (reading::kCwAuxiliary | reading::kCwParticiple))) {
        ++j;
      }
      if (j < n_ && (Flags(j) & (reading::kCwAuxiliary | reading::kCwParticiple))) k = j;
    }
    // "... who were posted at the gate were wounded": a relative clause
    // before the verb; the first auxiliary chain ending in a casualty word
    // is taken ("soldiers who were killed").
    if (W(k, "who") || W(k, "that") || W(k, "which")) {
      bool found = false;
      for (uint32_t j = k + 1; j < n_ && j < k + 12 && tokens_[j].kind != TokenKind::kPunct; ++j) {
        if (!(Flags(j) & reading::kCwAuxiliary) || (Flags(j) & reading::kCwParticiple)) continue;
        uint32_t m = j;
        while (m < n_ && (Flags(m) & reading::kCwAuxiliary) &&
               !(Flags(m) & reading::kCwParticiple)) {
          ++m;
        }
        if (m < n_ && (Flags(m) & reading::kCwParticiple)) {
          k = j;
          found = true;
          break;
        }
        j = m;
      }
      if (!found) return std::nullopt;
    }
    bool auxiliary = false;
    while (k < n_ && (Flags(k) & reading::kCwAuxiliary) && !(Flags(k) & reading::kCwParticiple)) {
      if (W(k, "shot")) {
        // ("A gunman shot dead the journalist": the one who shot, before
        // those shot.)
        const bool object_after = k + 2 < n_ && tokens_[k + 2].kind != TokenKind::kPunct &&
                                  ((Flags(k + 2) & (reading::kCwDeterminer | reading::kCwNumber)) ||
                                   reading::IsCapitalized(tokens_[k + 2].text));
        if (W(k + 1, "dead") && object_after) return std::nullopt;
        if (W(k + 1, "dead")) {
          trigger = k + 1;
          return CasualtyKind::kKilled;
        }
        if (W(k + 1, "and") && W(k + 2, "killed")) {
          trigger = k + 2;
          return CasualtyKind::kKilled;
        }
        return std::nullopt;
      }
      auxiliary = true;
      ++k;
    }
    if (k >= n_) return std::nullopt;
    if (auxiliary && W(k, "among") && (W(k + 1, "the") || W(k + 1, "those"))) {
      // "three children were among the dead"
      if (auto kind = AmongKind(k + 2)) {
        trigger = k + 2;
        among = true;
        return kind;
      }
      return std::nullopt;
    }
    if (W(k, "lost") && W(k + 1, "their") && W(k + 2, "lives")) {
      trigger = k;
      return CasualtyKind::kKilled;
    }
    if (W(k, "succumbed")) {
      trigger = k;
      return CasualtyKind::kKilled;
    }
    if (W(k, "suffered") || W(k, "sustained") || W(k, "received") || W(k, "diagnosed")) {
      for (uint32_t j = k + 1; j < k + 7 && j < n_; ++j) {
        if (W(j, "injuries") || W(j, "injury") || W(j, "wounds") || W(j, "concussions") ||
            W(j, "burns")) {
          trigger = j;
          return CasualtyKind::kInjured;
        }
        if (tokens_[j].kind == TokenKind::kPunct) break;
      }
      return std::nullopt;
    }
    const uint32_t flags = Flags(k);
    if (!(flags & reading::kCwParticiple)) return std::nullopt;
    // Without an auxiliary the participle must end its clause ("14 killed in
    // Baghdad", "3 dead."): "a bomber killed himself", "two drones killed
    // three" are active verbs with objects.
    if (!auxiliary && k + 1 < n_ && tokens_[k + 1].kind != TokenKind::kPunct) {
      const uint32_t next = Flags(k + 1);
      if (!(next & reading::kCwStop) || (next & reading::kCwDeterminer) || W(k + 1, "a") ||
          W(k + 1, "an")) {
        return std::nullopt;
      }
    }
    trigger = k;
    const int kind = CountPayload(flags);
    // "killed or wounded", "killed and injured"
    if ((W(k + 1, "or") || W(k + 1, "and")) && (Flags(k + 2) & reading::kCwParticiple) &&
        CountPayload(Flags(k + 2)) != kind) {
      return CasualtyKind::kCasualties;
    }
    return kind == 1 ? CasualtyKind::kKilled : CasualtyKind::kInjured;
  }

  // ---- totals ----

  static void Total(CasualtyCounts& out) {
    struct Sum {
      int64_t main = 0, subset = 0, total = 0;
      bool positive = false, zero = false;
    } sums[3];
    for (const CasualtyMention& m : out.mentions) {
      Sum& s = sums[static_cast<int>(m.kind)];
      if (m.count == 0) {
        s.zero = true;
        continue;
      }
      s.positive = true;
      if (m.total)
        s.total = std::max(s.total, m.count);
      else if (m.subset)
        s.subset += m.count;
      else
        s.main += m.count;
    }
    std::optional<int64_t>* fields[3] = {&out.killed, &out.injured, &out.casualties};
    for (int k = 0; k < 3; ++k) {
      const Sum& s = sums[k];
      if (s.positive)
        *fields[k] = std::max({s.main, s.subset, s.total});
      else if (s.zero)
        *fields[k] = 0;
    }
    // Nobody hurt means nobody killed; no casualties means neither.
    const bool no_casualties = sums[2].zero && !sums[2].positive;
    const bool none_hurt = sums[1].zero && !sums[1].positive;
    if (!out.killed && (no_casualties || none_hurt)) out.killed = 0;
    if (!out.injured && no_casualties) out.injured = 0;
  }

  const SentenceWords& words_;
  std::span<const Token> tokens_;
  const uint32_t n_;
  const CountPhraseReader phrase_reader_;
  std::array<Phrase, kMaxPhrases> phrases_;
  std::array<bool, kMaxPhrases> subset_{};
  uint32_t phrase_count_ = 0;
  std::array<Group, kMaxPhrases> groups_;
  uint32_t group_count_ = 0;
};

}  // namespace

std::string_view ToString(QuantityBound bound) {
  switch (bound) {
    case QuantityBound::kExact:
      return "exact";
    case QuantityBound::kAtLeast:
      return "at_least";
    case QuantityBound::kAbout:
      return "about";
    case QuantityBound::kAtMost:
      return "at_most";
    case QuantityBound::kLessThan:
      return "less_than";
    case QuantityBound::kRange:
      return "range";
  }
  return "exact";
}

std::string_view ToString(CasualtyKind kind) {
  switch (kind) {
    case CasualtyKind::kKilled:
      return "killed";
    case CasualtyKind::kInjured:
      return "injured";
    case CasualtyKind::kCasualties:
      return "casualties";
  }
  return "killed";
}

CountReader::CountReader(CountReaderOptions options) : options_(options) {
  reading::BuildCountWords(words_);
  triggers_ = words_.Filtered(reading::kCwTrigger);
}

std::optional<Quantity> CountReader::ParseNumber(std::span<const Token> sentence,
                                                 uint32_t at) const {
  if (at >= sentence.size()) return std::nullopt;
  const auto rest = sentence.subspan(at);
  const SentenceWords words(words_, rest);
  auto read = reading::ReadNumber(words, options_, rest, 0, /*allow_article=*/false);
  if (!read) return std::nullopt;
  read->quantity.first_token += at;
  read->quantity.end_token += at;
  return read->quantity;
}

bool CountReader::MayContainCounts(std::span<const Token> sentence) const {
  for (const Token& token : sentence) {
    if (token.kind == TokenKind::kWord && (triggers_.Find(token) & reading::kCwTrigger))
      return true;
  }
  return false;
}

CasualtyCounts CountReader::Read(std::span<const Token> sentence) const {
  if (!MayContainCounts(sentence)) return {};
  const SentenceWords words(words_, sentence);
  return CasualtyScan(words, options_, sentence).Run();
}

}  // namespace casus
