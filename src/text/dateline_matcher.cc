#include "text/dateline_matcher.h"

#include "text/token_shape.h"

namespace casus {
namespace {

constexpr size_t kMaxPlaceWords = 5;
constexpr size_t kMaxRegionWords = 4;
constexpr size_t kMaxRegions = 3;
constexpr size_t kMaxAgencyWords = 4;

bool Is(const Token& token, std::string_view text) { return token.text == text; }

// A capitalised word: "ERBIL", "Iraq", "D.C.", "AL-QAIM".
bool IsCapitalized(const Token& token) {
  return token.kind == TokenKind::kWord && text::StartsUpper(token.text);
}

// A lowercase particle joined to a capitalised name: "al-Zor", "el-Balah".
bool IsParticleName(const Token& token) {
  if (token.kind != TokenKind::kWord) return false;
  const size_t hyphen = token.text.find('-');
  return hyphen != std::string_view::npos && hyphen > 0 && hyphen <= 3 &&
         hyphen + 1 < token.text.size() && text::StartsUpper(token.text.substr(hyphen + 1));
}

// Day of month: a number of one or two digits.
bool IsDay(const Token& token) {
  if (token.kind != TokenKind::kNumber || token.text.size() > 2) return false;
  for (char c : token.text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool IsYear(const Token& token) {
  if (token.kind != TokenKind::kNumber || token.text.size() != 4) return false;
  for (char c : token.text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

size_t DatelineMatcher::MatchDate(const std::vector<Token>& tokens, size_t k) const {
  const size_t n = tokens.size();
  if (k >= n) return 0;
  size_t length = 0;
  if (tokens[k].kind == TokenKind::kWord && lexicon_.IsWeekday(tokens[k].text)) return 1;
  if (k + 1 < n && tokens[k].kind == TokenKind::kWord && lexicon_.Month(tokens[k].text) &&
      IsDay(tokens[k + 1])) {
    length = 2;
  } else if (k + 1 < n && IsDay(tokens[k]) && tokens[k + 1].kind == TokenKind::kWord &&
             lexicon_.Month(tokens[k + 1].text)) {
    length = 2;
  } else {
    return 0;
  }
  if (k + 3 < n && Is(tokens[k + 2], ",") && IsYear(tokens[k + 3])) length = 4;
  return length;
}

size_t DatelineMatcher::Match(std::string_view text, const std::vector<Token>& tokens,
                              size_t first) const {
  const size_t n = tokens.size();
  // Token k continues the dateline's line.
  const auto on_line = [&](size_t k) {
    return k < n && text::GapBefore(text, tokens, k).newlines == 0;
  };

  size_t k = first;
  size_t place_words = 0;
  bool all_caps = true;
  while (k < n && place_words < kMaxPlaceWords && (k == first || on_line(k))) {
    const Token& token = tokens[k];
    if (IsCapitalized(token)) {
      if (place_words == 0 && lexicon_.IsSentenceStarter(token.text)) return 0;
      if (lexicon_.Month(token.text) || lexicon_.IsWeekday(token.text)) return 0;
      all_caps = all_caps && text::IsAllCaps(token.text);
    } else if (place_words == 0 || !IsParticleName(token)) {
      break;
    }
    ++place_words;
    ++k;
  }
  if (place_words == 0) return 0;

  bool has_agency = false;
  bool has_date = false;
  size_t regions = 0;
  while (on_line(k) && Is(tokens[k], ",")) {
    const size_t start = k + 1;
    if (!on_line(start)) return 0;
    if (!has_date) {
      if (size_t date = MatchDate(tokens, start)) {
        has_date = true;
        k = start + date;
        continue;
      }
    }
    if (has_date || regions >= kMaxRegions) return 0;
    size_t words = 0;
    while (words < kMaxRegionWords && on_line(start + words) &&
           (IsCapitalized(tokens[start + words]) ||
            (words > 0 && IsParticleName(tokens[start + words])))) {
      ++words;
    }
    if (words == 0) return 0;
    ++regions;
    k = start + words;
  }

  if (on_line(k) && Is(tokens[k], "(")) {
    size_t words = 0;
    while (words < kMaxAgencyWords && on_line(k + 1 + words) &&
           tokens[k + 1 + words].kind == TokenKind::kWord) {
      ++words;
    }
    if (words == 0 || !on_line(k + 1 + words) || !Is(tokens[k + 1 + words], ")")) return 0;
    has_agency = true;
    k += words + 2;
  }

  if (!on_line(k) || k + 1 >= n) return 0;
  const Token& separator = tokens[k];
  const bool is_separator = text::IsDash(separator) || (all_caps && Is(separator, ":"));
  if (!is_separator) return 0;
  if (!all_caps && !has_agency) return 0;
  // A text such as "USA - UK" without more context is a headline, not a
  // dateline: demand a region, date or agency unless the place is the
  // only thing before a dash and real text follows.
  if (text::StartOf(tokens[k + 1]) == text::TokenStart::kLower && !has_agency && !regions &&
      !has_date) {
    return 0;
  }
  return k;
}

}  // namespace casus
