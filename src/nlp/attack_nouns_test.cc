#include "nlp/attack_nouns.h"

#include <gtest/gtest.h>

#include <string>

#include "nlp/annotated_test_sentence.h"

namespace casus {
namespace {

struct RetagCase {
  std::string annotated;  // as the tagger tagged it
  std::string word;       // the act of violence
  PosTag expected;
};

class RetagAttackNounsTest : public ::testing::TestWithParam<RetagCase> {};

TEST_P(RetagAttackNounsTest, TagsTheActAsItIsUsed) {
  Annotated a(GetParam().annotated);
  RetagAttackNouns(a.tokens, a.tags, a.lemmas);
  a.ExpectTagOf(GetParam().word, GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RetagAttackNounsTest,
    ::testing::Values(
        // A proper noun before it and a target after it: a noun.
        RetagCase{"US/NNP strikes/VBZ/strike on/IN Kataib/NNP Hezbollah/NNP killed/VBD/kill "
                  "25/CD ./.",
                  "strikes", PosTag::kNNS},
        RetagCase{"Israeli/NNP raids/VBZ/raid against/IN Hamas/NNP continued/VBD/continue ./.",
                  "raids", PosTag::kNNS},
        // ... but a day after "on" makes it the verb and "on" the date.
        RetagCase{"Israel/NNP strikes/VBZ/strike on/IN Monday/NNP ,/, officials/NNS said/VBD/say "
                  "./.",
                  "strikes", PosTag::kVBZ},
        // A weapon before it: a noun, whatever follows.
        RetagCase{"US/NNP air/NN strikes/VBZ/strike that/WDT killed/VBD/kill 25/CD ./.", "strikes",
                  PosTag::kNNS},
        // A common noun before and "against" after.
        RetagCase{"a/DT campaign/NN of/IN rocket/NN and/CC roadside/NN bomb/NN attacks/VBZ/attack "
                  "against/IN the/DT base/NN ./.",
                  "attacks", PosTag::kNNS},
        // The verb with its object stays a verb.
        RetagCase{"The/DT militia/NN attacks/VBZ/attack the/DT base/NN every/DT week/NN ./.",
                  "attacks", PosTag::kVBZ},
        RetagCase{"Hamas/NNP attacks/VBZ/attack Israeli/JJ towns/NNS ./.", "attacks", PosTag::kVBZ},
        // A plain verb form after a singular phrase is the noun ...
        RetagCase{"He/PRP called/VBD/call the/DT Israeli/NNP strike/VB/strike a/DT crime/NN ./.",
                  "strike", PosTag::kNN},
        // ... not after a plural one.
        RetagCase{"The/DT militants/NNS attack/VBP/attack the/DT base/NN ./.", "attack",
                  PosTag::kVBP}));

}  // namespace
}  // namespace casus
