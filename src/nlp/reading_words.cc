#include "nlp/reading_words.h"

#include <cstring>

namespace casus::reading {
namespace {

// Hashes a word as its ASCII-lower-case form would hash: every byte gets
// the 0x20 bit, which lower-cases letters and leaves digits, '-', '.' and
// '\'' unchanged (other punctuation may collide; comparison is exact).
// Reads eight bytes at a time. `ascii` is cleared when a byte is >= 0x80.
uint64_t HashWord(std::string_view word, bool& ascii) {
  constexpr uint64_t kLower = 0x2020202020202020ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  uint64_t hash = word.size() * 0x9E3779B97F4A7C15ull;
  uint64_t high = 0;
  size_t i = 0;
  for (; i + 8 <= word.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, word.data() + i, 8);
    high |= v;
    hash = (hash ^ (v | kLower)) * 0xFF51AFD7ED558CCDull;
    hash ^= hash >> 29;
  }
  if (const size_t rest = word.size() - i; rest > 0) {
    uint64_t v = 0;
    std::memcpy(&v, word.data() + i, rest);
    high |= v;
    hash = (hash ^ (v | (kLower >> (8 * (8 - rest))))) * 0xFF51AFD7ED558CCDull;
    hash ^= hash >> 29;
  }
  ascii = (high & kHigh) == 0;
  return hash ^ (hash >> 32);
}

uint64_t HashFolded(std::string_view folded) {
  bool ascii = true;
  return HashWord(folded, ascii);
}

char FoldChar(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

int StartIndex(char folded) { return folded >= 'a' && folded <= 'z' ? folded - 'a' : 26; }

}  // namespace

std::string_view FoldWord(std::string_view word, char (&buffer)[ReadingWordTable::kMaxWord]) {
  size_t n = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    if (n == ReadingWordTable::kMaxWord) return {};
    const unsigned char c = static_cast<unsigned char>(word[i]);
    // U+2019 RIGHT SINGLE QUOTATION MARK (E2 80 99) and U+2018 fold to '.
    if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(word[i + 2]) == 0x99 ||
         static_cast<unsigned char>(word[i + 2]) == 0x98)) {
      buffer[n++] = '\'';
      i += 2;
      continue;
    }
    buffer[n++] = FoldChar(static_cast<char>(c));
  }
  return std::string_view(buffer, n);
}

void ReadingWordTable::Add(std::string_view word, uint32_t value) {
  char buffer[kMaxWord];
  const std::string_view folded = FoldWord(word, buffer);
  if (folded.empty()) return;
  if ((used_ + 1) * 2 > slots_.size()) Grow();
  const size_t at = Probe(folded, HashFolded(folded));
  Slot& slot = slots_[at];
  if (slot.length != 0) {
    slot.value |= value;
    return;
  }
  slot.offset = static_cast<uint32_t>(arena_.size());
  slot.length = static_cast<uint32_t>(folded.size());
  slot.value = value;
  arena_.append(folded);
  lengths_ |= uint64_t{1} << folded.size();
  // A typographic apostrophe is three bytes in running text: a key with
  // apostrophes also matches raw words 2, 4, ... bytes longer.
  size_t raw_length = folded.size();
  for (size_t i = 0; i <= folded.size(); ++i) {
    if (i < folded.size() && folded[i] != '\'') continue;
    if (raw_length < 64) starts_[StartIndex(folded[0])] |= uint64_t{1} << raw_length;
    raw_length += 2;
  }
  ++used_;
}

ReadingWordTable ReadingWordTable::Filtered(uint32_t mask) const {
  ReadingWordTable out;
  for (const Slot& slot : slots_) {
    if (slot.length != 0 && (slot.value & mask)) {
      out.Add(std::string_view(arena_.data() + slot.offset, slot.length), slot.value);
    }
  }
  return out;
}

void ReadingWordTable::AddAll(std::string_view words, uint32_t value) {
  size_t start = 0;
  while (start < words.size()) {
    size_t end = words.find(' ', start);
    if (end == std::string_view::npos) end = words.size();
    if (end > start) Add(words.substr(start, end - start), value);
    start = end + 1;
  }
}

void ReadingWordTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  for (const Slot& slot : old) {
    if (slot.length == 0) continue;
    const std::string_view key(arena_.data() + slot.offset, slot.length);
    slots_[Probe(key, HashFolded(key))] = slot;
  }
}

size_t ReadingWordTable::Probe(std::string_view folded, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  size_t at = static_cast<size_t>(hash) & mask;
  while (true) {
    const Slot& slot = slots_[at];
    if (slot.length == 0) return at;
    if (slot.length == folded.size() &&
        std::memcmp(arena_.data() + slot.offset, folded.data(), folded.size()) == 0) {
      return at;
    }
    at = (at + 1) & mask;
  }
}

uint32_t ReadingWordTable::FindFolded(std::string_view word) const {
  char buffer[kMaxWord];
  const std::string_view folded = FoldWord(word, buffer);
  if (folded.empty() || !((lengths_ >> folded.size()) & 1)) return 0;
  const Slot& slot = slots_[Probe(folded, HashFolded(folded))];
  return slot.length == 0 ? 0 : slot.value;
}

uint32_t ReadingWordTable::Find(std::string_view word) const {
  const size_t length = word.size();
  if (slots_.empty() || length == 0 || length > 3 * kMaxWord) return 0;
  if (length < 64 && !((starts_[StartIndex(FoldChar(word[0]))] >> length) & 1)) {
    return 0;  // no key of this raw length starts with this character
  }
  // Fast path: ASCII, hashed eight bytes at a time, compared in place.
  bool ascii = true;
  const uint64_t hash = HashWord(word, ascii);
  if (!ascii) return FindFolded(word);
  if (length > kMaxWord || !((lengths_ >> length) & 1)) return 0;
  const size_t mask = slots_.size() - 1;
  for (size_t at = static_cast<size_t>(hash) & mask;; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.length == 0) return 0;
    if (slot.length != length) continue;
    const char* key = arena_.data() + slot.offset;
    size_t i = 0;
    while (i < length && key[i] == FoldChar(word[i])) ++i;
    if (i == length) return slot.value;
  }
}

SentenceWords::SentenceWords(const ReadingWordTable& table, std::span<const Token> tokens)
    : table_(table), tokens_(tokens) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    uint32_t value = 0;
    if (token.kind == TokenKind::kWord) {
      value = table.Find(token.text);
      if (!has_digit_) {
        for (char c : token.text) {
          if (c >= '0' && c <= '9') {
            has_digit_ = true;
            break;
          }
        }
      }
    } else if (token.kind == TokenKind::kNumber) {
      has_digit_ = true;
    }
    all_ |= value;
    if (i < kCached) values_[i] = value;
  }
}

bool WordIs(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) {
    // A typographic apostrophe is three bytes in the text, one in `lower`.
    if (word.size() != lower.size() + 2 || lower.find('\'') == std::string_view::npos) {
      return false;
    }
    char buffer[ReadingWordTable::kMaxWord];
    return FoldWord(word, buffer) == lower;
  }
  for (size_t i = 0; i < word.size(); ++i) {
    if (FoldChar(word[i]) != lower[i]) return false;
  }
  return true;
}

// Called on most tokens with lists of a few words: one pass over the list,
// each entry tested by its length and first letter before its other letters
// (a typographic apostrophe makes the word two bytes longer than its entry).
bool WordIsAny(std::string_view word, std::string_view lower_words) {
  const size_t length = word.size();
  if (length == 0) return false;
  const char first = FoldChar(word[0]);
  const char* entry = lower_words.data();
  const char* const end = entry + lower_words.size();
  while (entry < end) {
    const char* stop = entry;
    while (stop < end && *stop != ' ') ++stop;
    const size_t size = static_cast<size_t>(stop - entry);
    if (size == length ? *entry == first && WordIs(word, {entry, size})
                       : size + 2 == length && WordIs(word, {entry, size})) {
      return true;
    }
    entry = stop + 1;
  }
  return false;
}

bool IsCapitalized(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

bool IsPunctToken(const Token& token, std::string_view text) {
  return token.kind == TokenKind::kPunct && token.text == text;
}

QuoteMark QuoteMarkOf(const Token& token) {
  if (token.kind != TokenKind::kPunct && token.kind != TokenKind::kSymbol) return QuoteMark::kNone;
  const std::string_view t = token.text;
  if (t == "\"") return QuoteMark::kToggle;
  if (t == "\xE2\x80\x9C" || t == "``") return QuoteMark::kOpen;   // “
  if (t == "\xE2\x80\x9D" || t == "''") return QuoteMark::kClose;  // ”
  return QuoteMark::kNone;
}

bool IsDashToken(const Token& token) {
  if (token.kind != TokenKind::kPunct && token.kind != TokenKind::kSymbol) return false;
  const std::string_view t = token.text;
  return t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94" || t == "--";
}

std::optional<int64_t> ParseDigitInteger(std::string_view text) {
  if (text.empty() || text.size() > 17) return std::nullopt;
  int64_t value = 0;
  size_t digits_in_group = 0;
  bool saw_comma = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
      ++digits_in_group;
      continue;
    }
    if (c == ',') {
      // "1,500": the first group has 1-3 digits, later groups exactly 3.
      if (digits_in_group == 0 || digits_in_group > 3 || (saw_comma && digits_in_group != 3)) {
        return std::nullopt;
      }
      saw_comma = true;
      digits_in_group = 0;
      continue;
    }
    return std::nullopt;
  }
  if (digits_in_group == 0 || (saw_comma && digits_in_group != 3)) return std::nullopt;
  if (value > 1'000'000'000'000) return std::nullopt;
  return value;
}

std::optional<int> ParseDayNumber(std::string_view text) {
  size_t n = 0;
  int value = 0;
  while (n < text.size() && n < 3 && text[n] >= '0' && text[n] <= '9') {
    value = value * 10 + (text[n] - '0');
    ++n;
  }
  if (n == 0 || n > 2) return std::nullopt;
  const std::string_view suffix = text.substr(n);
  if (!suffix.empty() && !WordIsAny(suffix, "st nd rd th")) return std::nullopt;
  if (value < 1 || value > 31) return std::nullopt;
  return value;
}

std::optional<double> ParseDecimal(std::string_view text) {
  const size_t dot = text.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 >= text.size()) return std::nullopt;
  const auto whole = ParseDigitInteger(text.substr(0, dot));
  if (!whole) return std::nullopt;
  double fraction = 0, scale = 0.1;
  for (char c : text.substr(dot + 1)) {
    if (c < '0' || c > '9') return std::nullopt;
    fraction += (c - '0') * scale;
    scale /= 10;
  }
  return static_cast<double>(*whole) + fraction;
}

}  // namespace casus::reading
