#include "nlp/hedge_detector.h"

namespace casus {
namespace {

using reading::ReadingWordTable;
using reading::WordIs;
using reading::WordIsAny;

enum HedgeWordFlag : uint32_t {
  kHwSingle = 1u << 8,  // a cue on its own; payload = HedgeKind
  kHwClaim = 1u << 9,   // claimed, claims, ...: "claimed to", "claimed that"
  kHwInfinitive =
      1u << 10,            // said/reported/alleged/believed/thought + "to be/have"; payload = kind
  kHwVerify = 1u << 11,    // verify, confirmed, ...: hedges when negated
  kHwNegation = 1u << 12,  // not, never, unable, ...
  kHwClear = 1u << 13,     // clear, known: "not clear", "not known"
  kHwModal = 1u << 14,     // may, might: "may have"
  kHwFeared = 1u << 15,    // feared, presumed: "feared dead"
  kHwReportNoun = 1u << 16,  // "according to unverified reports": "unverified" "unconfirmed"
};

uint32_t Kind(HedgeKind kind) { return static_cast<uint32_t>(kind); }

bool IsNegation(const ReadingWordTable& words, const Token& token) {
  if (token.kind != TokenKind::kWord) return false;
  if (words.Find(token) & kHwNegation) return true;
  char buffer[ReadingWordTable::kMaxWord];
  return reading::FoldWord(token.text, buffer).ends_with("n't");
}

}  // namespace

std::string_view ToString(HedgeKind kind) {
  switch (kind) {
    case HedgeKind::kReported:
      return "reported";
    case HedgeKind::kAlleged:
      return "alleged";
    case HedgeKind::kClaimed:
      return "claimed";
    case HedgeKind::kUnverified:
      return "unverified";
    case HedgeKind::kUncertain:
      return "uncertain";
  }
  return "reported";
}

HedgeDetector::HedgeDetector() {
  words_.AddAll("reportedly reputedly rumoured rumored", kHwSingle | Kind(HedgeKind::kReported));
  words_.AddAll("allegedly alleged purportedly purported supposedly",
                kHwSingle | Kind(HedgeKind::kAlleged));
  words_.AddAll("unconfirmed unverified", kHwSingle | kHwReportNoun | Kind(HedgeKind::kUnverified));
  words_.AddAll("apparently apparent possibly presumably probably unclear",
                kHwSingle | Kind(HedgeKind::kUncertain));
  words_.AddAll("claimed claims claiming claim", kHwClaim);
  words_.AddAll("said reported", kHwInfinitive | Kind(HedgeKind::kReported));
  words_.AddAll("believed thought", kHwInfinitive | Kind(HedgeKind::kUncertain));
  words_.AddAll(
      "verify verified verifying confirm confirmed confirming confirmation verification "
      "corroborate corroborated corroboration established ascertain ascertained determined",
      kHwVerify);
  words_.AddAll("not never cannot unable no without declined refused neither nor", kHwNegation);
  words_.AddAll("clear known", kHwClear);
  words_.AddAll("may might", kHwModal);
  words_.AddAll("feared presumed", kHwFeared);
}

bool HedgeDetector::CueAt(std::span<const Token> s, uint32_t at, HedgeCue& cue) const {
  const Token& token = s[at];
  if (token.kind != TokenKind::kWord) return false;
  const uint32_t flags = words_.Find(token);
  if (flags == 0) return false;
  const uint32_t n = static_cast<uint32_t>(s.size());
  auto word = [&](uint32_t k, std::string_view lower) {
    return k < n && s[k].kind == TokenKind::kWord && WordIs(s[k].text, lower);
  };
  cue.first_token = at;
  cue.end_token = at + 1;
  if (flags & kHwSingle) {
    cue.kind = static_cast<HedgeKind>(flags & 0xFF);
    // "according to unverified reports"
    if ((flags & kHwReportNoun) && at >= 2 && word(at - 1, "to") && word(at - 2, "according")) {
      cue.first_token = at - 2;
      if (word(at + 1, "reports") || word(at + 1, "report")) cue.end_token = at + 2;
    }
    if (WordIs(token.text, "alleged") && word(at + 1, "to")) cue.end_token = at + 2;
    return true;
  }
  if (flags & kHwClaim) {
    // "claimed to have shot down", "claims that"; never "claimed responsibility".
    if (word(at + 1, "to") || word(at + 1, "that")) {
      cue.kind = HedgeKind::kClaimed;
      cue.end_token = at + 2;
      return true;
    }
    return false;
  }
  if (flags & kHwInfinitive) {
    // "is said to be", "are believed to have", "was reported to have"
    if (word(at + 1, "to") && (word(at + 2, "be") || word(at + 2, "have"))) {
      cue.kind = static_cast<HedgeKind>(flags & 0xFF);
      cue.end_token = at + 3;
      return true;
    }
    return false;
  }
  if (flags & kHwVerify) {
    // A negation up to six words back in the same clause ("Neither report
    // could be independently confirmed").
    for (uint32_t back = 1; back <= 6 && back <= at; ++back) {
      const Token& t = s[at - back];
      if (t.kind == TokenKind::kPunct) break;
      if (IsNegation(words_, t)) {
        cue.kind = HedgeKind::kUnverified;
        cue.first_token = at - back;
        // "did" "n't" "confirm": the clitic's host word starts the cue.
        if (at - back > 0 && WordIs(t.text, "n't") && s[at - back - 1].end == t.start &&
            s[at - back - 1].kind == TokenKind::kWord) {
          --cue.first_token;
        }
        return true;
      }
    }
    return false;
  }
  if (flags & kHwClear) {
    // "not clear", "not immediately clear", "isn't known"
    uint32_t k = at;
    if (k >= 1 && (word(k - 1, "immediately") || word(k - 1, "yet") || word(k - 1, "entirely") ||
                   word(k - 1, "exactly"))) {
      --k;
    }
    if (k >= 1 && IsNegation(words_, s[k - 1]) && !word(k - 1, "no")) {
      cue.kind = HedgeKind::kUncertain;
      cue.first_token = k - 1;
      return true;
    }
    return false;
  }
  if (flags & kHwModal) {
    if (word(at + 1, "have")) {
      cue.kind = HedgeKind::kUncertain;
      cue.end_token = at + 2;
      return true;
    }
    return false;
  }
  if (flags & kHwFeared) {
    if (word(at + 1, "dead") || word(at + 1, "killed")) {
      cue.kind = HedgeKind::kUncertain;
      cue.end_token = at + 2;
      return true;
    }
    return false;
  }
  return false;
}

HedgeReading HedgeDetector::Find(std::span<const Token> sentence) const {
  HedgeReading reading;
  uint32_t last_end = 0;
  for (uint32_t i = 0; i < sentence.size(); ++i) {
    HedgeCue cue;
    if (!CueAt(sentence, i, cue)) continue;
    if (cue.first_token < last_end) cue.first_token = last_end;  // overlapping negations
    reading.cues.push_back(cue);
    last_end = cue.end_token;
    i = cue.end_token - 1;
  }
  reading.hedged = !reading.cues.empty();
  return reading;
}

bool HedgeDetector::IsHedged(std::span<const Token> sentence) const {
  for (uint32_t i = 0; i < sentence.size(); ++i) {
    HedgeCue cue;
    if (CueAt(sentence, i, cue)) return true;
  }
  return false;
}

}  // namespace casus
