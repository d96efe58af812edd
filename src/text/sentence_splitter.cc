#include "text/sentence_splitter.h"

#include <algorithm>
#include <utility>

#include "text/char_class.h"
#include "text/dateline_matcher.h"
#include "text/token_shape.h"

namespace casus {
namespace {

using text::Gap;
using text::TokenStart;

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kDatelineParagraphs = 3;

// Hard-wrap thresholds (see the header).
constexpr uint32_t kWrapMinLine = 40;
constexpr uint32_t kWrapMaxLine = 160;
constexpr uint32_t kSampledLines = 64;

bool IsSingleAsciiDigits(const Token& token, size_t max_digits) {
  if (token.kind != TokenKind::kNumber || token.text.empty() || token.text.size() > max_digits) {
    return false;
  }
  for (char c : token.text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool IsSingleLetter(const Token& token) {
  return token.kind == TokenKind::kWord && token.text.size() == 1 &&
         text::AsciiHas(static_cast<unsigned char>(token.text[0]), text::kAsciiLetter);
}

bool IsLowerLetter(const Token& token) {
  return IsSingleLetter(token) && token.text[0] >= 'a' && token.text[0] <= 'z';
}

// "•", "-", "*", "+", "–", "—" and the other bullet characters.
bool IsBulletCharacter(const Token& token) {
  if (token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber) return false;
  const std::string_view t = token.text;
  if (t == "-" || t == "*" || t == "+") return true;
  if (t.empty() || static_cast<unsigned char>(t[0]) < 0x80) return false;
  size_t length = 0;
  const char32_t cp = text::DecodeAt(t, 0, length);
  if (length != t.size()) return false;
  const text::CharClass cls = text::Classify(cp);
  return cls == text::CharClass::kBullet || cp == 0x2013 || cp == 0x2014;
}

// One call of SentenceSplitter::Split.
class SplitRun {
 public:
  SplitRun(const Lexicon& lexicon, const SentenceSplitter::Options& options, std::string_view text,
           const std::vector<Token>& tokens, std::vector<Sentence>& sentences,
           std::optional<Sentence>& dateline)
      : lexicon_(lexicon),
        options_(options),
        text_(text),
        tokens_(tokens),
        n_(tokens.size()),
        sentences_(sentences),
        dateline_(dateline),
        datelines_(lexicon) {}

  void Run() {
    size_t i = 0;
    size_t paragraphs = 0;
    bool hard_wrapped = false;
    while (i < n_) {
      const Gap gap = text::GapBefore(text_, tokens_, i);
      const bool paragraph_start = i == 0 || gap.paragraph;
      const bool line_start = paragraph_start || gap.newlines > 0;
      if (paragraph_start) {
        Close(i);
        ++paragraphs;
        hard_wrapped = IsHardWrapped(i);
      } else if (line_start && open_ != kNone && options_.line_breaks_end_sentences &&
                 !hard_wrapped && LineIsComplete(i)) {
        Close(i);
      }
      if (line_start) {
        if (open_ == kNone && options_.detect_datelines && !dateline_ &&
            paragraphs <= kDatelineParagraphs) {
          if (size_t separator = datelines_.Match(text_, tokens_, i)) {
            dateline_ = Sentence{tokens_[i].start, tokens_[separator - 1].end,
                                 static_cast<uint32_t>(i), static_cast<uint32_t>(separator)};
            i = separator + 1;
            continue;
          }
        }
        if (size_t marker = BulletMarkerLength(i)) {
          Close(i);
          i += marker;
          continue;
        }
      }
      if (open_ == kNone) open_ = i;

      if (IsTerminalPunct(tokens_[i]) || text::EndsWithPeriod(tokens_[i])) {
        size_t j = i + 1;
        while (j < n_ && text::IsCloser(tokens_[j]) && tokens_[j].start == tokens_[j - 1].end) {
          ++j;
        }
        if (EndsSentence(i, j)) {
          Close(j);
          i = j;
          continue;
        }
      }
      if (options_.max_sentence_tokens > 0 && i + 1 - open_ >= options_.max_sentence_tokens) {
        Close(i + 1);
      }
      ++i;
    }
    Close(n_);
  }

 private:
  static bool IsTerminalPunct(const Token& token) { return text::IsTerminalPunct(token); }

  // Ends the open sentence before token `end`.
  void Close(size_t end) {
    if (open_ == kNone) return;
    if (end > open_) {
      sentences_.push_back(Sentence{tokens_[open_].start, tokens_[end - 1].end,
                                    static_cast<uint32_t>(open_), static_cast<uint32_t>(end)});
    }
    open_ = kNone;
  }

  // Does a sentence end after tokens_[i] (sentence-final punctuation or a
  // word ending in '.') and its touching closers [i + 1, j)?
  bool EndsSentence(size_t i, size_t j) const {
    if (j >= n_) return true;
    if (text::GapBefore(text_, tokens_, j).paragraph) return true;
    const TokenStart next = text::StartOf(tokens_[j]);
    if (next == TokenStart::kLower || next == TokenStart::kClause ||
        next == TokenStart::kTerminal) {
      return false;
    }
    const Token& last = tokens_[i];
    if (last.kind == TokenKind::kPunct) return true;

    switch (lexicon_.ClassifyPeriodWord(last.text)) {
      case PeriodWord::kTitle:
      case PeriodWord::kNumberPrefix:
        return false;
      default:
        break;
    }
    const bool capital_next = next == TokenStart::kUpper || next == TokenStart::kUncased;
    if (j > i + 1) {
      // A closing quote or bracket after the period: "… in the U.S." He said
      return capital_next || next == TokenStart::kOpener || next == TokenStart::kDigit;
    }
    if (next == TokenStart::kUpper && lexicon_.IsSentenceStarter(tokens_[j].text)) return true;
    if (next == TokenStart::kUpper && IsClockTime(last.text) && !ReadsAsTimeOfDay(j)) return true;
    if (text::IsOpeningQuote(tokens_[j]) && j + 1 < n_ &&
        text::StartOf(tokens_[j + 1]) == TokenStart::kUpper) {
      return true;
    }
    return false;
  }

  static bool IsClockTime(std::string_view word) {
    return word == "a.m." || word == "p.m." || word == "A.M." || word == "P.M.";
  }

  // "9 p.m. Tuesday", "10 a.m. GMT", "8 p.m. Baghdad time": a capitalised
  // word after a clock time that still says when. Any other one opens a
  // sentence ("at about 9:40 p.m. Stevens, who was visiting ...").
  bool ReadsAsTimeOfDay(size_t j) const {
    static constexpr std::string_view kZones[] = {
        "GMT", "UTC", "ET",      "EST",     "EDT",     "PT",       "PST",    "PDT",  "CT",
        "CST", "CDT", "Eastern", "Pacific", "Central", "Mountain", "Moscow", "Local"};
    const std::string_view w = tokens_[j].text;
    if (lexicon_.IsWeekday(w) || lexicon_.Month(w) != 0) return true;
    for (std::string_view zone : kZones) {
      if (w == zone) return true;
    }
    // "Baghdad time", "Tehran local time".
    for (size_t k = j + 1; k < n_ && k < j + 3; ++k) {
      if (tokens_[k].text == "time") return true;
    }
    return false;
  }

  // Single line break before tokens_[k]: is the previous line complete?
  bool LineIsComplete(size_t k) const {
    const TokenStart next = text::StartOf(tokens_[k]);
    if (next == TokenStart::kLower || next == TokenStart::kClause ||
        next == TokenStart::kTerminal) {
      return false;
    }
    const Token& last = tokens_[k - 1];
    if (text::IsContinuationPunct(last)) return false;
    if (last.kind == TokenKind::kWord) {
      if (lexicon_.IsContinuationWord(last.text)) return false;
      switch (lexicon_.ClassifyPeriodWord(last.text)) {
        case PeriodWord::kTitle:
        case PeriodWord::kNumberPrefix:
        case PeriodWord::kInitial:
          return false;
        default:
          break;
      }
    }
    return true;
  }

  // Number of bullet-marker tokens at the line start tokens_[k], or 0.
  size_t BulletMarkerLength(size_t k) const {
    // The marker is followed, on the same line and after a space, by content.
    const auto content_after = [&](size_t m) {
      if (k + m >= n_) return false;
      const Gap gap = text::GapBefore(text_, tokens_, k + m);
      return !gap.empty && gap.newlines == 0;
    };
    const auto touches = [&](size_t m) {
      return k + m < n_ && tokens_[k + m].start == tokens_[k + m - 1].end;
    };
    const Token& first = tokens_[k];
    if (IsBulletCharacter(first)) return content_after(1) ? 1 : 0;
    // "1." "2)" "a)" "b." "A)"
    if (IsSingleAsciiDigits(first, 3) || IsSingleLetter(first)) {
      if (!touches(1)) return 0;
      const std::string_view punct = tokens_[k + 1].text;
      const bool dot = punct == ".";
      if (punct != ")" && !dot) return 0;
      if (dot && IsSingleLetter(first) && !IsLowerLetter(first)) return 0;
      return content_after(2) ? 2 : 0;
    }
    // "A." is tokenized as an initial: only enumerators in lowercase.
    // "(3)" "(c)"
    if (first.text == "(" && touches(1) && touches(2) && k + 2 < n_ &&
        (IsSingleAsciiDigits(tokens_[k + 1], 3) || IsLowerLetter(tokens_[k + 1])) &&
        tokens_[k + 2].text == ")") {
      return content_after(3) ? 3 : 0;
    }
    return 0;
  }

  // Whether the paragraph starting at tokens_[first] is hard-wrapped prose.
  bool IsHardWrapped(size_t first) const {
    uint32_t lines = 0;
    uint32_t long_lines = 0;
    uint32_t terminal_lines = 0;
    uint32_t max_length = 0;
    // The first kSampledLines non-final lines decide; that is evidence enough.
    uint32_t lengths[kSampledLines];
    size_t line_start = first;
    size_t k = first + 1;
    for (;; ++k) {
      const bool at_end = k >= n_;
      Gap gap;
      if (!at_end) gap = text::GapBefore(text_, tokens_, k);
      if (at_end || gap.paragraph || gap.newlines > 0) {
        const bool final_line = at_end || gap.paragraph;
        if (!final_line) {
          const uint32_t length = tokens_[k - 1].end - tokens_[line_start].start;
          lengths[lines] = length;
          max_length = std::max(max_length, length);
          size_t last = k - 1;
          while (last > line_start && text::IsCloser(tokens_[last])) --last;
          if (IsTerminalPunct(tokens_[last])) ++terminal_lines;
          ++lines;
          if (lines == kSampledLines) break;
        }
        if (final_line) break;
        line_start = k;
      }
    }
    if (lines < 2 || max_length < kWrapMinLine || max_length > kWrapMaxLine) return false;
    for (uint32_t l = 0; l < lines; ++l) {
      if (lengths[l] * 10 >= max_length * 6) ++long_lines;
    }
    return long_lines * 4 >= lines * 3 && terminal_lines * 5 <= lines * 3;
  }

  const Lexicon& lexicon_;
  const SentenceSplitter::Options& options_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  size_t n_;
  std::vector<Sentence>& sentences_;
  std::optional<Sentence>& dateline_;
  DatelineMatcher datelines_;
  size_t open_ = kNone;
};

}  // namespace

SentenceSplitter::SentenceSplitter(Lexicon lexicon, Options options)
    : lexicon_(std::move(lexicon)), options_(options) {}

void SentenceSplitter::Split(std::string_view text, const std::vector<Token>& tokens,
                             std::vector<Sentence>& sentences,
                             std::optional<Sentence>& dateline) const {
  sentences.clear();
  dateline.reset();
  SplitRun(lexicon_, options_, text, tokens, sentences, dateline).Run();
}

}  // namespace casus
