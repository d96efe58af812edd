// The readers must read the text stage's tokens (casus::TextSegmenter) as
// they read the test tokenizer's: each sentence below is read both ways
// and the results, rendered as text, must agree.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "nlp/count_reader.h"
#include "nlp/date_resolver.h"
#include "nlp/hedge_detector.h"
#include "nlp/reading_test_tokens.h"
#include "text/segmenter.h"

namespace casus {
namespace {

constexpr const char* kSentences[] = {
    "A rocket attack on Monday night killed a civilian contractor.",
    "Rockets struck the base late on Sunday, wounding five soldiers.",
    "Two American service members and a British soldier were killed in the attack.",
    "The militants killed three soldiers, two police officers and a civilian.",
    "Gunmen opened fire on a bus, killing 12 people and wounding 30.",
    "One person was killed and six others wounded in the blast on Jan. 3.",
    "The death toll rose to 25 on Tuesday, officials said.",
    "The explosion ripped through the market, leaving 3 dead.",
    "Iran's Jan. 8 missile attack injured more than 100 U.S. service members.",
    "The strike took place on 3 January 2020 near Baghdad airport.",
    "Protests took place between Jan. 1 and Jan. 5, police said.",
    "Strikes continued Jan. 3-5 across the region.",
    "The group has attacked the base since 2019.",
    "The 2020 killing of Soleimani raised tensions.",
    "He said: \"We were attacked on Monday.\"",
    "\xE2\x80\x9CThey will strike on Friday,\xE2\x80\x9D the commander warned.",
    "The minister will visit Baghdad on Friday.",
    "No one was hurt, but the Pentagon didn't confirm the strike.",
    "There were no immediate reports of casualties.",
    "The group claimed to have shot down a US drone over the weekend.",
    "Kataib Hezbollah claimed responsibility for the attack on Wednesday.",
    "The claim could not be independently verified.",
    "Three rockets reportedly struck the base last week.",
    "It was not immediately clear who fired the rockets on Feb. 15.",
    "The attack killed 12 people, including three children, in early March.",
    "At least 14 killed in Baghdad suicide bombing",
    "Dozens of people were killed in the clashes last month.",
    "The Soldiers' families were told on Dec. 31 that two had died.",
    "Five rockets hit the base, but no one was hurt.",
    "More than 40 people were killed and dozens wounded yesterday.",
    "A 12-year-old boy was killed by a stray bullet in Kirkuk.",
    "The vote is set for Oct. 10 and results are due on Oct. 15.",
    "The drone attack happened early Tuesday near the airport.",
    "Event date: 2021-02-15, Erbil.",
    "Fighting raged from Monday to Wednesday, the ministry said.",
    "The bombing claimed the lives of 17 people on the night of Feb. 15.",
    "Israeli strikes killed at least 30 Palestinians in mid-March.",
    "The number of soldiers treated for injuries rose to at least 34.",
};

std::string Render(std::string_view text, std::span<const Token> tokens, const DateResolver& dates,
                   const CountReader& counts, const HedgeDetector& hedges) {
  auto slice = [&](uint32_t first, uint32_t end) {
    if (first >= end) return std::string();
    return std::string(text.substr(tokens[first].start, tokens[end - 1].end - tokens[first].start));
  };
  std::string out;
  for (const DateMention& m : dates.Find(tokens, Date::Parse("2021-02-16"))) {
    out += "date[" + slice(m.first_token, m.end_token) + "]=" + m.date.ToString() + "/" +
           std::string(ToString(m.precision)) + "/" + std::string(ToString(m.role)) +
           (m.end_date ? ".." + m.end_date->ToString() : "") + " ";
  }
  const CasualtyCounts c = counts.Read(tokens);
  auto show = [](const std::optional<int64_t>& v) { return v ? std::to_string(*v) : "-"; };
  out += "killed=" + show(c.killed) + " injured=" + show(c.injured) +
         " casualties=" + show(c.casualties) + " ";
  for (const CasualtyMention& m : c.mentions) {
    out += "count[" + slice(m.first_token, m.end_token) + "]=" + std::to_string(m.count) + " ";
  }
  for (const CountedItem& item : c.weapons) {
    out += "weapon[" + slice(item.noun_token, item.noun_token + 1) +
           "]=" + std::to_string(item.quantity.value) + " ";
  }
  for (const HedgeCue& cue : hedges.Find(tokens).cues) {
    out += "hedge[" + slice(cue.first_token, cue.end_token) + "] ";
  }
  return out;
}

TEST(ReadingSegmenterTest, TextStageTokensReadLikeTestTokens) {
  const TextSegmenter segmenter;
  const DateResolver dates;
  const CountReader counts;
  const HedgeDetector hedges;
  for (const char* text : kSentences) {
    reading::TestSentence test_tokens(text);
    const Segmentation segmentation = segmenter.Segment(text);
    // One sentence each; a dateline or a split would show in the tokens.
    const std::string expected = Render(text, test_tokens.tokens(), dates, counts, hedges);
    const std::string actual = Render(text, segmentation.tokens, dates, counts, hedges);
    std::string stage_tokens;
    for (const Token& t : segmentation.tokens) stage_tokens += std::string(t.text) + "|";
    EXPECT_EQ(actual, expected) << text << "\n text stage: " << stage_tokens
                                << "\n test tokens: " << test_tokens.Debug();
  }
}

}  // namespace
}  // namespace casus
