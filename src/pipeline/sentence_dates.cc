#include "pipeline/sentence_dates.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "assemble/event_sides.h"
#include "base/word_lists.h"
#include "base/word_set.h"
#include "code/coding_words.h"
#include "nlp/reading_words.h"

namespace casus {

bool IsSpokenType(std::string_view type) {
  return IsAny(type, {"ACCUSE", "REJECT", "REQUEST", "THREATEN"});
}

std::optional<int> DaysAfterTheSentenceBefore(std::span<const Token> words) {
  if (words.size() < 3) return std::nullopt;
  if (reading::WordIsAny(words[0].text, "hours minutes moments") &&
      reading::WordIs(words[1], "later")) {
    return 0;
  }
  if (reading::WordIs(words[0], "shortly") &&
      reading::WordIsAny(words[1].text, "afterwards afterward after")) {
    return 0;
  }
  static constexpr WordSet<5> kParts{{"day", "night", "evening", "morning", "afternoon"}};
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    if (!kParts.contains(words[k + 1].text)) continue;
    const std::string_view before = words[k].text;
    if (reading::WordIs(words[k], "that") ||
        (reading::WordIs(words[k], "same") && k > 0 && reading::WordIs(words[k - 1], "the"))) {
      return 0;
    }
    if (reading::WordIsAny(before, "next following") && k > 0 &&
        reading::WordIs(words[k - 1], "the")) {
      return 1;
    }
    if (reading::WordIs(words[k + 1], "day") && k + 2 < words.size() &&
        reading::WordIs(words[k + 2], "later") && reading::WordIsAny(before, "a one")) {
      return 1;
    }
  }
  return std::nullopt;
}

void MarkDatedInThePast(const DateMention& date, std::span<const PosTag> tags,
                        std::span<const std::string_view> lemmas,
                        std::vector<EventMention>& events) {
  // "last month's invasion": a possessive date belongs to its noun only.
  const bool possessive = date.end_token < tags.size() && tags[date.end_token] == PosTag::kPOS;
  // "have been demobilized since the August accord": the start of a state
  // lasting until now, not the date of the act.
  uint32_t before = date.first_token;
  if (before > 0 && lemmas[before - 1] == "the") --before;
  const bool since = before > 0 && lemmas[before - 1] == "since";
  // "the sanctions it lifted over the past decade and threatened to
  // reimpose": a period closes what was done in it; a verb after it is an
  // act of its own.
  const bool period =
      before > 0 && IsAny(lemmas[before - 1], {"over", "during", "throughout", "for"});
  for (EventMention& m : events) {
    const uint32_t t = m.trigger;
    if (period && t >= date.end_token && t < tags.size() && !m.nominal &&
        (tags[t] == PosTag::kVBD || tags[t] == PosTag::kVBZ || tags[t] == PosTag::kVBP)) {
      continue;
    }
    if (possessive) {
      if (m.nominal && t > date.end_token && t <= date.end_token + 4) m.background = true;
      continue;
    }
    if (since && !m.nominal) continue;
    const uint32_t from = t < date.first_token ? t + 1 : date.end_token;
    const uint32_t to = t < date.first_token ? date.first_token : t;
    if (t >= date.first_token && t < date.end_token) {
      m.background = true;
      continue;
    }
    if (to < from || to - from > 12) continue;
    // "The Brotherhood, from which Morsi emerged before the army removed
    // him on July 3, accused ...": a date closing a clause of its own verb,
    // set off by a comma, is that clause's ("On July 3, the army" is not).
    // Only for a finite verb after it ("..., accusing it of" goes with the
    // clause the date is in).
    if (t > date.end_token && t < tags.size() &&
        (tags[t] == PosTag::kVBD || tags[t] == PosTag::kVBZ || tags[t] == PosTag::kVBP)) {
      bool comma_between = false;
      for (uint32_t k = date.end_token; k < t && k < tags.size(); ++k) {
        comma_between = comma_between || tags[k] == PosTag::kComma;
      }
      bool own_verb_before = false, subordinate = false;
      for (uint32_t k = date.first_token; k-- > 0;) {
        if (tags[k] == PosTag::kComma || tags[k] == PosTag::kPeriod) break;
        own_verb_before = own_verb_before || IsVerb(tags[k]);
        subordinate = subordinate || tags[k] == PosTag::kWDT || tags[k] == PosTag::kWP ||
                      IsAny(lemmas[k], {"before", "after", "when", "since", "until", "while"});
      }
      if (comma_between && own_verb_before && subordinate) continue;
    }
    // "Hamas seized 240 hostages when its fighters attacked southern Israel
    // on Oct. 7": what was done when the dated act was done shares its date.
    // (Not when the act has a day of its own before "when": "retook the
    // city on Tuesday, when ... since June 2014".)
    bool when_between = false, own_day = false;
    for (uint32_t k = from; t < date.first_token && k < to && k < tags.size(); ++k) {
      if (lemmas[k] == "when") {
        when_between = !own_day;
        break;
      }
      own_day = own_day || coding::IsDayWord(lemmas[k]) || lemmas[k] == "tonight";
    }
    if (when_between) {
      m.background = true;
      continue;
    }
    bool finite_between = false;
    for (uint32_t k = from; k < to && k < tags.size(); ++k) {
      const PosTag tag = tags[k];
      if (IsVerb(tag) || tag == PosTag::kMD) {
        // "last year and reimposed sanctions": the verb whose object is the
        // event noun is the event's own.
        bool own_verb = to == t && k + 4 > t;
        for (uint32_t j = k + 1; own_verb && j < t; ++j) {
          own_verb = tags[j] == PosTag::kDT || IsAdjective(tags[j]) || tags[j] == PosTag::kCD;
        }
        if (own_verb) continue;
        finite_between = true;
        break;
      }
    }
    if (!finite_between) m.background = true;
  }
}

void MarkAppositionsOfPastActs(std::span<const PosTag> tags, std::vector<EventMention>& events) {
  for (EventMention& m : events) {
    if (!m.nominal || m.background || m.trigger == 0 || m.trigger >= tags.size()) continue;
    // The comma opening the phrase: past its determiner and modifiers.
    uint32_t k = m.trigger;
    while (k > 0 && (tags[k - 1] == PosTag::kDT || IsAdjective(tags[k - 1]) ||
                     tags[k - 1] == PosTag::kNN || tags[k - 1] == PosTag::kRBS)) {
      --k;
    }
    if (k == 0 || tags[k - 1] != PosTag::kComma) continue;
    const uint32_t comma = k - 1;
    for (const EventMention& past : events) {
      if (!past.background || past.code.type != m.code.type || past.trigger >= comma) continue;
      bool finite = false;
      for (uint32_t j = past.trigger + 1; j < comma && !finite; ++j) {
        finite = tags[j] == PosTag::kVBD || tags[j] == PosTag::kVBZ || tags[j] == PosTag::kVBP ||
                 tags[j] == PosTag::kMD;
      }
      if (!finite) {
        m.background = true;
        break;
      }
    }
  }
}

void MarkPerfectBeforeALaterDay(const DateMention& date, std::span<const PosTag> tags,
                                std::span<const std::string_view> lemmas,
                                std::vector<EventMention>& events) {
  uint32_t opening = date.first_token;
  if (opening > 0 && IsAny(lemmas[opening - 1], {"on", "in", "at"})) --opening;
  if (opening < 2 || lemmas[opening - 1] != "and") return;
  // The sentence's first finite verb: "has" or "have" with a participle.
  for (uint32_t k = 0; k + 1 < opening; ++k) {
    const PosTag t = tags[k];
    if (t != PosTag::kVBD && t != PosTag::kVBZ && t != PosTag::kVBP && t != PosTag::kMD) continue;
    const bool perfect =
        (t == PosTag::kVBZ || t == PosTag::kVBP) && lemmas[k] == "have" &&
        (tags[k + 1] == PosTag::kVBN ||
         (k + 2 < opening && tags[k + 1] == PosTag::kRB && tags[k + 2] == PosTag::kVBN));
    if (!perfect) return;
    break;
  }
  for (EventMention& m : events) {
    if (!m.nominal && m.trigger < opening) m.undated = true;
  }
}

bool InSetOffRelative(const DateMention& date, std::span<const PosTag> tags,
                      std::span<const EventMention> events) {
  for (uint32_t k = date.first_token; k-- > 1;) {
    if (tags[k] == PosTag::kComma) return false;
    // ("the 1st Armoured Division, whose troops had battled them since
    // Thursday, ...")
    // ("accusing Kyiv of supporting the separatist rebels who inflicted
    // heavy losses on Malian soldiers last month": a month or more back in
    // a relative clause on a noun is of what the clause tells too.)
    const bool restrictive = date.precision != DatePrecision::kDay && IsNoun(tags[k - 1]);
    if ((tags[k] == PosTag::kWP || tags[k] == PosTag::kWDT || tags[k] == PosTag::kWPS) &&
        (tags[k - 1] == PosTag::kComma || restrictive)) {
      return std::any_of(events.begin(), events.end(),
                         [&](const EventMention& m) { return !m.nominal && m.trigger < k - 1; });
    }
  }
  return false;
}

void DateTheMainClausePastARelative(std::span<const DateMention> dates,
                                    std::span<const PosTag> tags, std::optional<Date>& date,
                                    DatePrecision& precision, std::vector<EventMention>& events) {
  if (!date) return;
  const uint32_t n = static_cast<uint32_t>(tags.size());
  // The relative clause: ", who|which ... ," after the sentence's subject;
  // or a description with a participle of its own (", the police guard
  // hanged last month for killing the governor,"). Past a place or time
  // the sentence opens with ("In Islamabad, ...").
  uint32_t first = 1;
  if (n > 0 && tags[0] == PosTag::kIN) {
    while (first < n && tags[first] != PosTag::kComma && tags[first] != PosTag::kVBD) ++first;
    if (first < n && tags[first] == PosTag::kComma) ++first;
  }
  const auto described = [&](uint32_t k) {
    if (tags[k + 1] != PosTag::kDT) return false;
    for (uint32_t j = k + 2; j < n && tags[j] != PosTag::kComma; ++j) {
      if (tags[j] == PosTag::kVBN) return true;
      if (tags[j] == PosTag::kVBD || tags[j] == PosTag::kVBZ || tags[j] == PosTag::kVBP) break;
    }
    return false;
  };
  uint32_t open = n;
  for (uint32_t k = first; k + 1 < n; ++k) {
    if (tags[k] == PosTag::kComma &&
        (tags[k + 1] == PosTag::kWP || tags[k + 1] == PosTag::kWDT || described(k))) {
      open = k + 1;
      break;
    }
    if (tags[k] == PosTag::kVBD || tags[k] == PosTag::kVBZ || tags[k] == PosTag::kVBP ||
        tags[k] == PosTag::kComma) {
      return;  // a verb or a comma before: not set off after the subject
    }
  }
  uint32_t close = open;
  while (close < n && tags[close] != PosTag::kComma) ++close;
  if (open >= n || close >= n) return;
  const DateMention* inner = nullptr;
  const DateMention* later = nullptr;
  for (const DateMention& d : dates) {
    if (d.role != DateRole::kEventDate) continue;
    if (d.first_token > open && d.end_token <= close && d.date == *date) inner = &d;
    if (d.first_token > close && later == nullptr) later = &d;
  }
  if (inner == nullptr || later == nullptr || later->date.ToDays() <= inner->date.ToDays()) return;
  const int days = static_cast<int>(later->date.ToDays() - inner->date.ToDays());
  for (EventMention& m : events) {
    if (m.trigger > open && m.trigger < close && m.days_before == 0) {
      m.days_before = days;
      m.own_precision = inner->precision;
    }
  }
  date = later->date;
  precision = later->precision;
}

bool DatesAnEvent(const DateMention& date, std::span<const Token> words,
                  std::span<const std::string_view> lemmas,
                  const std::vector<EventMention>& events) {
  uint32_t before = date.first_token;
  if (before > 0 && reading::WordIsAny(words[before - 1].text, "on in at during")) --before;
  const bool announced =
      before > 0 && IsAny(lemmas[before - 1], {"announce", "declare", "proclaim"});
  if (std::any_of(events.begin(), events.end(), [&](const EventMention& m) {
        if (m.nominal) return false;
        return (before > 0 && m.trigger == before - 1) || m.trigger == date.end_token ||
               (announced && !m.background);
      })) {
    return true;
  }
  // "the State Department said on Saturday it was suspending its
  // partnership": an act told as under way is done when it is said.
  if (std::any_of(events.begin(), events.end(), [&](const EventMention& m) {
        return !m.background && !m.nominal && m.trigger > 0 && m.trigger > date.end_token &&
               words[m.trigger].text.ends_with("ing") &&
               reading::WordIsAny(words[m.trigger - 1].text, "is was are were");
      })) {
    return true;
  }
  // "Psaki said on Thursday that the United States condemned the
  // expulsions": what is said to be condemned, demanded, threatened or
  // rejected is said when it is said, when the sentence tells of no other act.
  bool spoken = false;
  for (const EventMention& m : events) {
    if (m.background || m.nominal) continue;
    if (!IsSpokenType(m.code.type)) return false;
    spoken = true;
  }
  return spoken;
}

}  // namespace casus
