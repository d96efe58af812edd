// casus — the pipeline's rules on the dates of one sentence: the day a
// sentence with none of its own tells of, the acts a historical date
// belongs to, and whether a reporting date dates an act.
// Stateless functions over one sentence's tokens, tags, lemmas and events.
#ifndef CASUS_PIPELINE_SENTENCE_DATES_H_
#define CASUS_PIPELINE_SENTENCE_DATES_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "code/sentence_coder.h"
#include "nlp/date_resolver.h"
#include "nlp/pos_tag.h"

namespace casus {

// An act done by saying it: condemning, demanding, threatening, rejecting.
bool IsSpokenType(std::string_view type);

// Days after the last dated sentence that a sentence tells of without a
// date of its own: 0 for one opening a short while after ("Hours later",
// "Minutes later", "Shortly afterwards") or telling of "the same day",
// "that night", "later that day"; 1 for "the next day", "the following
// morning", "a day later".
std::optional<int> DaysAfterTheSentenceBefore(std::span<const Token> words);

// Marks the event mentions a historical date belongs to ("the 2020 killing
// of ...", "attacked the base in 2016") as background: those whose trigger
// is within a few words of the date with no other verb in between.
void MarkDatedInThePast(const DateMention& date, std::span<const PosTag> tags,
                        std::span<const std::string_view> lemmas,
                        std::vector<EventMention>& events);

// "a truck bombing in October 2017 that killed more than 500 people, the
// deadliest attack in the country's history": a noun of an act set off by
// a comma after a past act of its kind, with no finite verb between, names
// that act again: marked background as it is.
void MarkAppositionsOfPastActs(std::span<const PosTag> tags, std::vector<EventMention>& events);

// Whether `date` lies in a relative clause set off by a comma after an act
// the sentence tells before it ("Lamamra denounced Lapid, who voiced
// concern ... during a visit to Rabat this month"): a date of what the
// clause describes, not of the sentence's act.
// "Saudi Arabia has expelled Canada's ambassador and frozen all new trade,
// and on Monday it suspended flights": a day opening the last of a series
// of acts told in the present perfect is that act's alone; the acts before
// it are marked `undated` (their day is not told).
void MarkPerfectBeforeALaterDay(const DateMention& date, std::span<const PosTag> tags,
                                std::span<const std::string_view> lemmas,
                                std::vector<EventMention>& events);

bool InSetOffRelative(const DateMention& date, std::span<const PosTag> tags,
                      std::span<const EventMention> events);

// "Vucic, who put Serbia's army on alert on Friday and ordered units to
// move, said in Belgrade on Monday that Kurti alone was responsible": when
// the sentence's date (`date`) lies in a relative clause set off after the
// subject and a later date follows the clause, the sentence is of that
// later date and what the clause tells keeps its own (days_before).
void DateTheMainClausePastARelative(std::span<const DateMention> dates,
                                    std::span<const PosTag> tags, std::optional<Date>& date,
                                    DatePrecision& precision, std::vector<EventMention>& events);

// Whether the speech verb a reporting date is attached to ("warned on
// Sunday", "on Sunday warned") triggers one of `events`, or announces them
// ("announced on Tuesday that it was suspending operations", "the parties
// have agreed to a truce, the envoy announced on Friday": the act is
// taken when it is announced).
bool DatesAnEvent(const DateMention& date, std::span<const Token> words,
                  std::span<const std::string_view> lemmas,
                  const std::vector<EventMention>& events);

}  // namespace casus

#endif  // CASUS_PIPELINE_SENTENCE_DATES_H_
