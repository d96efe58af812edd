#include "geo/toponym_finder.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "base/word_lists.h"
#include "geo/name_key.h"
#include "geo/toponym_tokens.h"
#include "geo/toponym_words.h"

namespace casus {

using toponym_words::Compass;
using toponym_words::CueOf;
using toponym_words::Is;
using toponym_words::IsBuildingWord;
using toponym_words::IsCompassWord;
using toponym_words::IsDistanceWord;
using toponym_words::IsFunctionWord;
using toponym_words::IsInstitutionWord;
using toponym_words::IsLandformWord;
using toponym_words::IsLowerAscii;
using toponym_words::IsNearWord;
using toponym_words::IsNumberWord;
using toponym_words::IsPeopleWord;
using toponym_words::IsPlaceNoun;
using toponym_words::IsPossessive;
using toponym_words::IsTitle;
using toponym_words::IsUpperAscii;
using toponym_words::IsVerbAfterSubject;
using toponym_words::OpensBackground;
using toponym_words::QualifierOf;
using toponym_words::ReadDistance;

using toponym_tokens::BetweenWords;
using toponym_tokens::InsidePhrase;
using toponym_tokens::IsAsciiText;
using toponym_tokens::IsCapitalisedWord;
using toponym_tokens::IsContinentAt;
using toponym_tokens::IsDatelineWord;
using toponym_tokens::kMaxBetween;
using toponym_tokens::kMaxNameTokens;
using toponym_tokens::LooksLikeNameStart;
using toponym_tokens::MayStartName;
using toponym_tokens::MayStartNameAt;
using toponym_tokens::NextWord;

// The one-word key of every word of a sentence that may start a name,
// computed once per sentence: the keys of all of them are hashed and their
// table slots loaded together (Gazetteer::Prefetch), then the span table is
// read for each (ReadSpans, after the keys of a few more sentences when the
// finder is given a document), and words that start no name are marked
// before the matcher runs. The matcher reuses keys, hashes and span flags.
struct ToponymFinder::FirstWordKeys {
  static constexpr uint32_t kMaxTokens = 128;
  static constexpr size_t kMaxBytes = 2048;
  enum State : uint8_t { kUnknown, kNoStart, kKey };
  std::array<State, kMaxTokens> state;  // [0, min(n, kMaxTokens)) set by Compute
  std::array<uint16_t, kMaxTokens> begin, end;
  std::array<bool, kMaxTokens> kept;
  std::array<uint32_t, kMaxTokens> flags;          // span flags of a non-empty key
  std::array<uint32_t, kMaxTokens> next_initials;  // and the initials that may follow it
  std::array<uint32_t, kMaxTokens> key_index;      // and the key the span table names
  std::array<uint64_t, kMaxTokens> hash;           // KeyHash(key)
  // A key a token keeps as the second word of a run too (a plain word).
  std::array<bool, kMaxTokens> same_later;
  // For a token whose key continues in the span table: what the table says
  // of it with the next word's key appended, when that key is known here:
  // kRejected (no name goes on with the next word: its key's initial, or
  // the one StartsOutside reads from it, is not among those listed), kReady
  // (the run's key is text[two_words_begin, two_words_end), two_words_hash
  // its KeyHash; its slot was requested).
  enum TwoWords : uint8_t { kNotKnown, kRejected, kReady };
  std::array<TwoWords, kMaxTokens> two_words;
  std::array<uint16_t, kMaxTokens> two_words_begin, two_words_end;
  std::array<uint64_t, kMaxTokens> two_words_hash;
  char text[kMaxBytes];
  size_t used = 0;  // bytes of `text` written

  std::string_view key(uint32_t i) const {
    return std::string_view(text + begin[i], end[i] - begin[i]);
  }
  std::string_view two_words_key(uint32_t i) const {
    return std::string_view(text + two_words_begin[i], two_words_end[i] - two_words_begin[i]);
  }

  uint32_t count = 0;  // tokens covered: min(n, kMaxTokens)
  // The tokens in state kKey, in order: [0, keyed) of `at_key`. Tokens
  // from `unknown_from` on stay kUnknown (not computed).
  std::array<uint8_t, kMaxTokens> at_key;
  uint32_t keyed = 0;
  uint32_t unknown_from = 0;

  void Compute(std::span<const Token> tokens, const Gazetteer& gazetteer) {
    const uint32_t n = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), kMaxTokens);
    count = n;
    keyed = 0;
    unknown_from = n;
    std::fill_n(state.begin(), n, kUnknown);
    std::fill_n(same_later.begin(), n, false);
    used = 0;
    for (uint32_t i = 0; i < n; ++i) {
      const Token& t = tokens[i];
      if (!MayStartNameAt(tokens, i)) {
        state[i] = kNoStart;
        continue;
      }
      size_t length = 0;
      const TokenKeyResult result = LeadingTokenKey(t.text, NextWord(tokens, i), text + used,
                                                    kMaxBytes - used, &length, &same_later[i]);
      if (result == TokenKeyResult::kTooLong) {  // the rest stays kUnknown
        unknown_from = i;
        break;
      }
      at_key[keyed++] = static_cast<uint8_t>(i);
      kept[i] = result == TokenKeyResult::kKept;
      begin[i] = static_cast<uint16_t>(used);
      used += length;
      end[i] = static_cast<uint16_t>(used);
      state[i] = kKey;
      if (length > 0) hash[i] = KeyHash(key(i));
    }
    // The span-table slots of the sentence's words requested back to back
    // once all are keyed, so that their waits for memory overlap.
    for (uint32_t k = 0; k < keyed; ++k) {
      const uint32_t i = at_key[k];
      if (end[i] != begin[i]) gazetteer.Prefetch(hash[i]);
    }
  }

  // Token i's run with the next word has the key text[run_begin, run_end):
  // hashed, and its span-table slot requested.
  void Ready(uint32_t i, size_t run_begin, size_t run_end, const Gazetteer& gazetteer) {
    two_words[i] = kReady;
    two_words_begin[i] = static_cast<uint16_t>(run_begin);
    two_words_end[i] = static_cast<uint16_t>(run_end);
    two_words_hash[i] = KeyHash(two_words_key(i));
    gazetteer.Prefetch(two_words_hash[i]);
  }

  void ReadSpans(std::span<const Token> tokens, const Gazetteer& gazetteer) {
    uint32_t still = 0;
    for (uint32_t k = 0; k < keyed; ++k) {
      const uint32_t i = at_key[k];
      if (end[i] != begin[i]) {  // not an article (the name's key starts after it)
        // No name starts with the word: MatchAt would stop at it.
        const Gazetteer::SpanInfo span = gazetteer.Span(key(i), hash[i]);
        flags[i] = span.flags;
        next_initials[i] = span.next_initials;
        key_index[i] = span.key;
        if (flags[i] == 0) {
          state[i] = kNoStart;
          continue;
        }
        two_words[i] = kNotKnown;
        const uint32_t j = i + 1;
        if ((flags[i] & geo_format::kSpanContinues) && j < count && same_later[j] && kept[j] &&
            end[j] != begin[j]) {
          // The next word is keyed already: tell now whether the run goes
          // on, and request the two words' slots with this sentence group's.
          if (!(next_initials[i] & InitialBit(text[begin[j]]))) {
            two_words[i] = kRejected;
          } else if (begin[j] == end[i]) {  // side by side in `text` (j was keyed next)
            Ready(i, begin[i], end[j], gazetteer);
          }
        } else if ((flags[i] & geo_format::kSpanContinues) && j < count && state[j] == kNoStart &&
                   (tokens[j].kind == TokenKind::kWord || tokens[j].kind == TokenKind::kNumber)) {
          // A next word not keyed here ("of" in "Gulf of Aden", "22" in
          // "Tower 22"): keyed now as the matcher would, after the run's
          // first key, so that its slot is requested with the group's.
          const std::string_view next = NextWord(tokens, j);
          if (StartsOutside(tokens[j].text, next, next_initials[i])) {
            two_words[i] = kRejected;
          } else if (used + (end[i] - begin[i]) < kMaxBytes) {
            const size_t run = used;
            std::memmove(text + run, text + begin[i], end[i] - begin[i]);
            size_t added = 0;
            const size_t first = run + (end[i] - begin[i]);
            // No more room than the matcher's run buffer has left.
            const size_t room =
                std::min(kMaxBytes - first, geo_format::kMaxKeyBytes - (end[i] - begin[i]));
            if (NextTokenKey(tokens[j].text, next, text + first, room, &added) ==
                    TokenKeyResult::kKept &&
                added > 0) {
              used = first + added;
              Ready(i, run, used, gazetteer);
            }
          }
        }
        if (kept[i] && (flags[i] & geo_format::kSpanComplete)) gazetteer.PrefetchKey(key_index[i]);
      }
      at_key[still++] = static_cast<uint8_t>(i);
    }
    keyed = still;
  }

  // After ReadSpans: the text of the keys the matcher will look up.
  void PrefetchKeyTexts(const Gazetteer& gazetteer) const {
    for (uint32_t k = 0; k < keyed; ++k) {
      const uint32_t i = at_key[k];
      if (end[i] != begin[i] && kept[i] && (flags[i] & geo_format::kSpanComplete)) {
        gazetteer.PrefetchKeyText(key_index[i]);
      }
    }
  }

  // The first token at or after `from` that may start a name (the tokens
  // not computed all may); `*cursor` walks through at_key.
  uint32_t NextStart(uint32_t from, uint32_t* cursor) const {
    while (*cursor < keyed && at_key[*cursor] < from) ++*cursor;
    if (*cursor < keyed) return at_key[*cursor];
    return std::max(from, unknown_from);
  }
};

uint32_t ToponymFinder::MatchAt(std::span<const Token> tokens, uint32_t i, uint32_t* key,
                                const FirstWordKeys* first) const {
  const Token& t = tokens[i];
  const bool known = first != nullptr && i < FirstWordKeys::kMaxTokens &&
                     first->state[i] != FirstWordKeys::kUnknown;
  if (known ? first->state[i] == FirstWordKeys::kNoStart : !MayStartNameAt(tokens, i)) return 0;
  // Grow the run token by token while the span table says some name starts
  // with it; remember the longest run that is a whole name. A run whose key
  // outgrows the longest key in the file starts no name.
  char span[geo_format::kMaxKeyBytes];
  size_t size = 0;             // of the run's key in `span`
  uint32_t next_initials = 0;  // of the run's key, once it is not empty
  uint32_t best = 0;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  for (uint32_t length = 1; length <= kMaxNameTokens && i + length <= n; ++length) {
    const Token& token = tokens[i + length - 1];
    if (token.kind != TokenKind::kWord && !(length > 1 && token.kind == TokenKind::kNumber)) break;
    // "Mali's north": a possessive after a whole name is the name's; the
    // run ends there only as part of a longer name ("Beirut's southern
    // suburbs"), not as "Malis" (a German village's alias).
    const bool possessive_after_name = length > 1 && best == length - 1 && IsPossessive(token);
    bool kept = false;
    std::string_view span_key;
    uint64_t hash = 0;
    uint32_t flags = 0;
    uint32_t span_key_index = geo_format::kNone;  // the key the span table names
    if (length == 1 && known) {
      span_key = first->key(i);
      kept = first->kept[i];
      if (span_key.empty()) continue;  // an article so far ("Al" of "Al Udeid")
      hash = first->hash[i];
      flags = first->flags[i];
      next_initials = first->next_initials[i];
      span_key_index = first->key_index[i];
    } else {
      bool two_words_known = false;
      if (length == 2 && known) {
        const std::string_view first_key = first->key(i);
        std::memcpy(span, first_key.data(), first_key.size());
        size = first_key.size();
        if (!first_key.empty() && first->two_words[i] == FirstWordKeys::kRejected) break;
        if (!first_key.empty() && first->two_words[i] == FirstWordKeys::kReady) {
          const std::string_view run = first->two_words_key(i);
          std::memcpy(span, run.data(), run.size());
          size = run.size();
          hash = first->two_words_hash[i];
          kept = true;
          two_words_known = true;
        }
      }
      if (!two_words_known) {
        const std::string_view next = NextWord(tokens, i + length - 1);
        // A continued run: no name goes on with a word whose key starts with
        // a byte the span table does not list for it.
        if (size > 0 && StartsOutside(token.text, next, next_initials)) break;
        size_t added = 0;
        const TokenKeyResult result =
            length == 1 ? LeadingTokenKey(token.text, next, span, sizeof span, &added)
                        : NextTokenKey(token.text, next, span + size, sizeof span - size, &added);
        if (result == TokenKeyResult::kTooLong) break;
        kept = result == TokenKeyResult::kKept;
        size += added;
      }
      if (size == 0) continue;  // an article so far ("Al" of "Al Udeid")
      span_key = std::string_view(span, size);
      if (!two_words_known) hash = KeyHash(span_key);
      const Gazetteer::SpanInfo info = gazetteer_.Span(span_key, hash);
      flags = info.flags;
      span_key_index = info.key;
      next_initials = info.next_initials;
    }
    if (flags == 0) break;
    // ("across northern Shan on Friday": no name ends with a preposition in
    // lower case, though "Shan on" keys as "Shannon".)
    const bool ends_in_function_word = length > 1 && !token.text.empty() &&
                                       IsLowerAscii(token.text.front()) &&
                                       IsFunctionWord(token.text);
    if (kept && (flags & geo_format::kSpanComplete) && !possessive_after_name &&
        !ends_in_function_word) {
      const Gazetteer::SpanInfo entry{flags, next_initials, span_key_index};
      if (const std::optional<uint32_t> found = gazetteer_.FindKey(span_key, hash, entry)) {
        best = length;
        *key = *found;
      }
    }
    if (!(flags & geo_format::kSpanContinues)) break;
  }
  // A function word that may start a name is a short article ("As"
  // of "As Samawah", MayStartName): not a name alone.
  if (best == 1 && t.text.size() <= 3 && IsFunctionWord(t.text)) return 0;
  // "an Arab country": a people's word is no town of that name.
  if (best == 1 && IsPeopleWord(t.text)) return 0;
  if (best == 1 && IsNumberWord(t.text)) return 0;
  return best;
}

void ToponymFinder::Find(std::span<const Token> tokens, uint32_t sentence,
                         std::vector<PlaceMention>* out) const {
  FirstWordKeys first_words;
  first_words.Compute(tokens, gazetteer_);
  first_words.ReadSpans(tokens, gazetteer_);
  first_words.PrefetchKeyTexts(gazetteer_);
  FindWithKeys(tokens, sentence, first_words, out);
}

void ToponymFinder::Find(std::span<const Token> tokens, std::span<const Sentence> sentences,
                         std::vector<PlaceMention>* out) const {
  // Sentences in groups: the table slots of all their words are requested
  // before the first is read, so that more of the waits overlap.
  constexpr size_t kGroup = 8;
  std::array<FirstWordKeys, kGroup> keys;
  out->reserve(out->size() + sentences.size() + kGroup);  // about one place name per sentence
  for (size_t g = 0; g < sentences.size(); g += kGroup) {
    const size_t end = std::min(sentences.size(), g + kGroup);
    auto words = [&](size_t s) {
      return tokens.subspan(sentences[s].first_token, sentences[s].size());
    };
    for (size_t s = g; s < end; ++s) keys[s - g].Compute(words(s), gazetteer_);
    for (size_t s = g; s < end; ++s) keys[s - g].ReadSpans(words(s), gazetteer_);
    for (size_t s = g; s < end; ++s) keys[s - g].PrefetchKeyTexts(gazetteer_);
    for (size_t s = g; s < end; ++s) {
      FindWithKeys(words(s), static_cast<uint32_t>(s), keys[s - g], out);
    }
  }
}

void ToponymFinder::FindWithKeys(std::span<const Token> tokens, uint32_t sentence,
                                 const FirstWordKeys& first_words,
                                 std::vector<PlaceMention>* out) const {
  const size_t base = out->size();
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  // The first word of a background phrase, looked for up to each mention.
  uint32_t background_from = n, scanned = 0;
  uint32_t cursor = 0;
  // The match at the word after a mention, looked at to read the mention's
  // role: the loop reaches that word next and reuses it.
  uint32_t ahead_at = n, ahead_length = 0, ahead_key = 0;
  for (uint32_t i = first_words.NextStart(0, &cursor); i < n;
       i = first_words.NextStart(i + 1, &cursor)) {
    uint32_t key = 0;
    uint32_t length = 0;
    if (i == ahead_at) {
      length = ahead_length;
      key = ahead_key;
    } else {
      length = MatchAt(tokens, i, &key, &first_words);
    }
    if (length == 0) continue;
    // "civil war in Africa", "across Latin America": a continent is no
    // place of an event (GeoNames knows Mahdia by its old name Africa, and
    // towns called Asia).
    if (IsContinentAt(tokens, i)) continue;
    // "the Red Sea city", "the Caspian Sea port of Baku": a sea named to
    // describe a town is not where anything happened.
    const auto any_of = [](std::string_view word, std::initializer_list<std::string_view> list) {
      return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return Is(word, w); });
    };
    if (i + length < n && any_of(tokens[i + length - 1].text, {"sea", "gulf", "ocean"}) &&
        any_of(tokens[i + length].text,
               {"city", "town", "port", "resort", "village", "island", "state", "kingdom"})) {
      continue;
    }
    // "Farsi Island", "Sinjar Mountains": the landform word of a name
    // before it is no name of its own (Carville, Louisiana, is "Island").
    if (length == 1 && i > 0 && IsLandformWord(tokens[i].text) &&
        IsCapitalisedWord(tokens[i - 1]) && IsCapitalisedWord(tokens[i])) {
      continue;
    }
    // Whether the word before the name is a compass word (asked three times).
    bool compass_before = i > 0 && IsCompassWord(tokens[i - 1].text);
    if (compass_before && !(out->size() > base && out->back().end_token == i)) {
      // "eastern Mediterranean", "South Lebanon": a name of its own?
      std::string joined(tokens[i - 1].text);
      for (uint32_t t = i; t < i + length; ++t) {
        joined.push_back(' ');
        joined.append(tokens[t].text);
      }
      if (const std::optional<uint32_t> longer = gazetteer_.FindKey(NameKey(joined))) {
        key = *longer;
        --i;
        ++length;
        compass_before = i > 0 && IsCompassWord(tokens[i - 1].text);
      }
    }
    PlaceMention m;
    m.sentence = sentence;
    m.first_token = i;
    m.end_token = i + length;
    const Token& first = tokens[i];
    const Token& last = tokens[i + length - 1];
    m.start = first.start;
    m.end = last.end;
    m.text = std::string_view(first.text.data(), last.end - first.start);
    m.key = key;
    const uint16_t key_flags = length == 1 ? gazetteer_.KeyFlags(key) : 0;
    m.common_word = (key_flags & geo_format::kCommonWord) != 0;
    m.english_word = (key_flags & geo_format::kEnglishWord) != 0;
    m.arabic_script = !IsAsciiText(m.text) && HasArabicScript(m.text);
    for (; scanned < i && background_from == n; ++scanned) {
      if (OpensBackground(tokens[scanned].text)) background_from = scanned;
    }
    // ("Hours before the Abuja raid, gunmen opened fire ... near Dutsin-Ma":
    // a place naming the act another act is timed by is that act's.)
    const bool names_time_anchor =
        i >= 2 && Lowercase(tokens[i - 1].text) == "the" &&
        IsAny(Lowercase(tokens[i - 2].text), {"before", "after", "since", "following"});
    m.background = i > background_from || names_time_anchor;
    if (IsDatelineWord(tokens, i, m.end_token)) m.cue = PlaceCue::kDateline;
    m.sentence_initial =
        i == 0 || (tokens[i - 1].kind == TokenKind::kPunct && tokens[i - 1].text != ",");

    // ---- Before the name: compass part, "the X of", cue word ----
    int32_t j = static_cast<int32_t>(i) - 1;
    auto skip_the = [&] {
      while (j >= 0 && (Is(tokens[j].text, "the") || Is(tokens[j].text, "a"))) --j;
    };
    skip_the();
    const bool compass_j =
        j >= 0 &&
        (j == static_cast<int32_t>(i) - 1 ? compass_before : IsCompassWord(tokens[j].text));
    if (compass_j && !IsCapitalisedWord(tokens[j])) {
      m.part = Compass(tokens[j].text);
      --j;
      skip_the();
    } else if (compass_j && IsCapitalisedWord(tokens[j]) && !m.sentence_initial) {
      m.part = Compass(tokens[j].text);  // "North Gaza" when not a name of its own
      // "Western Cambodia": the compass word is this name's part, not a
      // place of its own (Uganda's Western Region).
      if (out->size() > base && out->back().first_token == static_cast<uint32_t>(j) &&
          out->back().end_token == static_cast<uint32_t>(j) + 1) {
        out->pop_back();
      }
      --j;
      skip_the();
    }
    if (j >= 0 && Is(tokens[j].text, "of")) {
      const int32_t of = j;
      --j;
      if (j >= 0 && IsCompassWord(tokens[j].text)) {
        const CompassPart part = Compass(tokens[j].text);
        --j;
        if (j >= 0 && Is(tokens[j].text, "the")) {  // "in the south of Lebanon"
          m.part = part;
          --j;
        } else {  // "(20 km) north of Baghdad"
          m.cue = PlaceCue::kDirectional;
          ReadDistance(tokens, j, &m.offset_km);
          if (m.offset_km > 0) m.offset_direction = part;
          while (j >= 0 && IsDistanceWord(tokens[j])) --j;
        }
      } else if (j >= 0 && Is(tokens[j].text, "capital")) {
        m.capital_of = true;
        --j;
        skip_the();
      } else if (j >= 0 && (Is(tokens[j].text, "outskirts") || Is(tokens[j].text, "vicinity") ||
                            Is(tokens[j].text, "edge") || Is(tokens[j].text, "coast") ||
                            Is(tokens[j].text, "countryside") || Is(tokens[j].text, "shores"))) {
        m.cue = PlaceCue::kNear;
        --j;
        skip_the();
        if (j >= 0 && (Is(tokens[j].text, "on") || Is(tokens[j].text, "off") ||
                       Is(tokens[j].text, "in") || Is(tokens[j].text, "near"))) {
          --j;
        }
      } else if (j >= 0 && QualifierOf(tokens[j].text) != PlaceQualifier::kNone) {
        m.qualifier = QualifierOf(tokens[j].text);
        --j;
        // "in the southern Iraqi city of Basra": the words describing the
        // qualifier, back to its article.
        for (int32_t d = j; d >= 0 && d >= j - 3; --d) {
          if (Is(tokens[d].text, "the") || Is(tokens[d].text, "a") || Is(tokens[d].text, "an")) {
            j = d;
            break;
          }
          if (tokens[d].kind != TokenKind::kWord || Is(tokens[d].text, "of") ||
              CueOf(tokens[d].text) != PlaceCue::kNone) {
            break;
          }
        }
        skip_the();
        if (j >= 0 && Is(tokens[j].text, "an")) --j;
        if (j >= 1 && Is(tokens[j].text, "of") && IsCompassWord(tokens[j - 1].text)) {
          // "50 nautical miles southwest of the port of Aden"
          const CompassPart part = Compass(tokens[j - 1].text);
          j -= 2;
          m.cue = PlaceCue::kDirectional;
          ReadDistance(tokens, j, &m.offset_km);
          if (m.offset_km > 0) m.offset_direction = part;
          while (j >= 0 && IsDistanceWord(tokens[j])) --j;
        }
      } else {
        j = of;
      }
    }
    if (m.cue == PlaceCue::kNone && j >= 0) {
      const std::string_view w = tokens[j].text;
      const PlaceCue cue = CueOf(w);
      if (Is(w, "of") && j == static_cast<int32_t>(i) - 1) {
        m.cue = PlaceCue::kOf;
      } else if (cue == PlaceCue::kLocative || cue == PlaceCue::kNear) {
        m.cue = cue;
        m.cue_is_verb = toponym_words::kAttackVerbs.contains(w);
      } else if (Is(w, "to") && j > 0 && Is(tokens[j - 1].text, "close")) {
        m.cue = PlaceCue::kNear;
      } else if (cue == PlaceCue::kMotion) {
        m.cue = PlaceCue::kMotion;
      }
    }
    // "citizens of Ukraine and Venezuela were among its dead": a
    // nationality, not a place (past the names, commas and "and" of a list).
    {
      int32_t b = static_cast<int32_t>(i) - 1;
      while (b >= 0 &&
             (IsCapitalisedWord(tokens[b]) || Is(tokens[b].text, "and") || tokens[b].text == ",")) {
        --b;
      }
      if (b >= 1 && Is(tokens[b].text, "of") &&
          IsAny(Lowercase(tokens[b - 1].text), {"citizens", "citizen", "nationals", "national",
                                                "natives", "native", "passports", "passport"})) {
        m.role = MentionRole::kModifier;
      }
    }
    // "in the villages of Chabriha and Kfar Kila", "struck Sanaa and
    // Hodeidah": a name after "and" in a list is where the list is.
    if (m.cue == PlaceCue::kNone && i >= 2 &&
        (Is(tokens[i - 1].text, "and") || Is(tokens[i - 1].text, "or"))) {
      int32_t b = static_cast<int32_t>(i) - 2;
      while (b >= 0 && (IsCapitalisedWord(tokens[b]) || tokens[b].text == "," ||
                        Is(tokens[b].text, "and") || LooksLikeNameStart(tokens[b].text))) {
        --b;
      }
      if (b >= 0 && b + 2 < static_cast<int32_t>(i)) {
        const std::string_view w = tokens[b].text;
        const PlaceCue cue = CueOf(w);
        // ("the villages of": a kind of place, in the plural too.)
        std::string_view kind = b > 0 ? tokens[b - 1].text : std::string_view();
        if (kind.size() > 3 && kind.back() == 's') kind.remove_suffix(1);
        const bool kind_of =
            Is(w, "of") && b > 0 && QualifierOf(Lowercase(kind)) != PlaceQualifier::kNone;
        if (cue == PlaceCue::kLocative || cue == PlaceCue::kNear || kind_of) {
          m.cue = kind_of ? PlaceCue::kLocative : cue;
        }
      }
    }
    if (m.cue == PlaceCue::kNone && i > 0) {
      const Token& prev = tokens[i - 1];
      // "the tanker Sea Breeze", "the container ship MSC Aries": a ship's name.
      if (IsShipNoun(Lowercase(prev.text))) m.role = MentionRole::kModifier;
      if (IsTitle(prev.text) ||
          (IsCapitalisedWord(prev) && !IsFunctionWord(prev.text) && !compass_before &&
           !(out->size() > base && out->back().end_token == i))) {
        m.name_part = true;  // "Abu Mahdi al-Muhandis", "President Aoun", "Minister Israel Katz"
      }
    }

    // ---- After the name: qualifier, possessive, verb, modifier ----
    uint32_t k = m.end_token;
    m.landform_after = k < n && IsCapitalisedWord(tokens[k]) && IsLandformWord(tokens[k].text);
    if (m.first_token > 0 && Is(tokens[m.first_token - 1].text, "the")) {
      uint32_t b = k;  // past the rest of the building's name ("al-Adawiya")
      while (b < n && b < k + 3 && tokens[b].kind == TokenKind::kWord &&
             (IsCapitalisedWord(tokens[b]) || LooksLikeNameStart(tokens[b].text))) {
        ++b;
      }
      if (b < n && IsBuildingWord(tokens[b].text)) {
        m.building_after = b > k ? BuildingName::kLonger : BuildingName::kName;
      }
    }
    if (k < n && tokens[k].kind == TokenKind::kWord) {
      const PlaceQualifier q = QualifierOf(tokens[k].text);
      if (q != PlaceQualifier::kNone &&
          !(Is(tokens[k].text, "air") && (k + 1 >= n || !Is(tokens[k + 1].text, "base")))) {
        m.qualifier = q;
        k += Is(tokens[k].text, "air") ? 2 : 1;
      }
    }
    // "the Gaza war", "the Iraq file", "Yemen peace talks": a name before
    // what is about it says what, not where.
    if (k < n && tokens[k].kind == TokenKind::kWord &&
        IsAny(tokens[k].text, {"war", "wars", "conflict", "crisis", "ceasefire", "truce", "talks",
                               "deal", "accord", "file", "policy", "envoy", "peace", "states",
                               "countries", "nations", "monarchies", "allies", "rulers"})) {
      m.role = MentionRole::kModifier;
    }
    if (k < n && IsPossessive(tokens[k])) {
      // "Washington's allies", "Syria's President" (the resolver confirms);
      // "Iraq's Kurdistan region" becomes a container below.
      if (k + 1 < n && !IsPlaceNoun(tokens[k + 1].text)) m.role = MentionRole::kActor;
      // "in Mali's capital": the capital of Mali, as "the capital of Mali".
      if (k + 1 < n && Is(tokens[k + 1].text, "capital")) {
        m.capital_of = true;
      }
    } else if (k < n && tokens[k].kind == TokenKind::kWord) {
      if (IsVerbAfterSubject(tokens[k].text) && m.cue == PlaceCue::kNone) {
        m.subject_of_verb = true;
      } else if (IsCapitalisedWord(tokens[k]) && !IsFunctionWord(tokens[k].text) &&
                 m.qualifier == PlaceQualifier::kNone && m.role == MentionRole::kPlace) {
        if (IsInstitutionWord(tokens[k].text)) {
          // "Gaza Health Ministry", "Baghdad Airport", "Quds Force" (even
          // when the next word is itself some place's name)
          m.role = MentionRole::kModifier;
        } else {
          ahead_at = k;
          ahead_length = MatchAt(tokens, k, &ahead_key, &first_words);
          if (ahead_length == 0 && !IsLandformWord(tokens[k].text)) {
            // "Jordan Peterson", "Israel Katz", "the State Affairs Committee":
            // a longer name the cue, if any, belongs to.
            m.name_part = true;
            m.part_of_longer_name = true;
          }
        }
      }
    }
    out->push_back(m);
    i = m.end_token - 1;
  }

  // ---- Relations between the sentence's mentions ----
  for (size_t b = base + 1; b < out->size(); ++b) {
    PlaceMention& later = (*out)[b];
    const size_t a = b - 1;
    PlaceMention& earlier = (*out)[a];
    uint32_t gap = earlier.end_token;
    if (earlier.qualifier != PlaceQualifier::kNone && gap < later.first_token &&
        QualifierOf(tokens[gap].text) != PlaceQualifier::kNone) {
      gap += Is(tokens[gap].text, "air") ? 2 : 1;
    }
    // No relation spans more than a few words: skip far-apart pairs before
    // looking at the words between them.
    if (later.first_token > gap + kMaxBetween) continue;
    BetweenWords between;
    for (uint32_t t = gap; t < later.first_token; ++t) between.push_back(tokens[t].text);
    // The words that belong to the later name's own phrase ("in the western
    // Anbar": "the western") do not separate the two.
    while (!between.empty() && (IsCompassWord(between.back()) || Is(between.back(), "the"))) {
      between.pop_back();
    }
    auto between_is = [&](std::initializer_list<std::string_view> words) {
      if (between.size() != words.size()) return false;
      size_t x = 0;
      for (std::string_view w : words) {
        if (!Is(between[x++], w)) return false;
      }
      return true;
    };
    if (!between.empty() && IsPossessive(tokens[gap])) {
      // "Iraq's Kurdistan region", "Anbar's Haditha"
      bool only_modifiers = true;
      for (size_t x = 1; x < between.size(); ++x) {
        if (!IsCompassWord(between[x])) only_modifiers = false;
      }
      if (only_modifiers) {
        later.container = static_cast<int32_t>(a);
        earlier.role = MentionRole::kContainer;
        if (earlier.capital_of) {
          earlier.capital_of = false;
          later.capital_of = true;
        }
        if (later.cue == PlaceCue::kNone) later.cue = earlier.cue;
      }
    } else if (later.cue == PlaceCue::kNear || later.cue == PlaceCue::kDirectional) {
      // "Taji, north of Baghdad": Baghdad anchors Taji.
      const bool adjacent = between.empty() || (between.size() >= 1 && between[0] == ",") ||
                            IsDistanceWord(tokens[gap]) || IsCompassWord(between[0]) ||
                            IsNearWord(between[0]);
      if (adjacent && between.size() <= 8) {
        earlier.container = static_cast<int32_t>(b);
        earlier.near_anchor = true;
        later.role = MentionRole::kContainer;
      }
    } else if (between_is({"in"}) || between_is({",", "in"}) || InsidePhrase(between)) {
      // "the town of Hit in Anbar province"
      earlier.container = static_cast<int32_t>(b);
      later.role = MentionRole::kContainer;
    } else if (between_is({","}) || between_is({"and"}) || between_is({",", "and"}) ||
               between_is({"or"}) || between_is({",", "or"})) {
      later.list_previous = static_cast<int32_t>(a);
      // "Israel and the United States braced for ...": both are subjects.
      if (later.subject_of_verb && earlier.cue == PlaceCue::kNone && !between_is({","})) {
        earlier.subject_of_verb = true;
      }
    }
  }
}

void ToponymFinder::FindDateline(std::span<const Token> tokens, uint32_t sentence,
                                 std::vector<PlaceMention>* out) const {
  const size_t base = out->size();
  Find(tokens, sentence, out);
  for (size_t m = base; m < out->size(); ++m) {
    PlaceMention& mention = (*out)[m];
    mention.cue = PlaceCue::kDateline;
    mention.role = MentionRole::kPlace;
    mention.subject_of_verb = false;
    if (m > base && (*out)[m].list_previous == static_cast<int32_t>(base)) {
      (*out)[base].container = static_cast<int32_t>(m);
      mention.role = MentionRole::kContainer;
      mention.list_previous = -1;
    }
  }
}

}  // namespace casus
