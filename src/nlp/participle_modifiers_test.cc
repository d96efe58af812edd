#include "nlp/participle_modifiers.h"

#include <gtest/gtest.h>

#include <string>

#include "nlp/annotated_test_sentence.h"

namespace casus {
namespace {

struct ParticipleCase {
  std::string annotated;  // as the tagger tagged it
  std::string word;       // the participle
  PosTag expected;
};

class RetagParticipleModifiersTest : public ::testing::TestWithParam<ParticipleCase> {};

TEST_P(RetagParticipleModifiersTest, TagsTheParticipleAsItIsUsed) {
  Annotated a(GetParam().annotated);
  RetagParticipleModifiers(a.tokens, a.tags);
  a.ExpectTagOf(GetParam().word, GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, RetagParticipleModifiersTest,
    ::testing::Values(
        // Between a preposition and a noun phrase: a modifier.
        ParticipleCase{"a/DT front/NN for/IN established/VBN Iran-backed/JJ militias/NNS ./.",
                       "established", PosTag::kJJ},
        ParticipleCase{"attacked/VBN by/IN armed/VBN men/NNS ./.", "armed", PosTag::kJJ},
        ParticipleCase{"the/DT release/NN of/IN detained/VBN activists/NNS ./.", "detained",
                       PosTag::kJJ},
        // A clause opened by a subordinator, or no noun after it: a verb.
        ParticipleCase{"the/DT toll/NN was/VBD higher/JJR than/IN expected/VBN ./.", "expected",
                       PosTag::kVBN},
        ParticipleCase{"he/PRP said/VBD that/IN killed/VBD soldiers/NNS were/VBD buried/VBN ./.",
                       "killed", PosTag::kVBD},
        ParticipleCase{"the/DT number/NN of/IN wounded/VBN rose/VBD ./.", "wounded", PosTag::kVBN},
        // Right after its subject, with an object at once: a past tense.
        ParticipleCase{"Israel/NNP 's/POS military/JJ denied/VBN targeting/VBG journalists/NNS ./.",
                       "denied", PosTag::kVBD},
        ParticipleCase{"The/DT ministry/NN denied/VBN the/DT report/NN ./.", "denied",
                       PosTag::kVBD},
        // A past form right after the noun of a description set off by
        // commas, a past form after the closing comma: the first describes,
        // the second is the verb; and a verb of belief before "to" and an
        // infinitive describes its noun when a past form follows.
        ParticipleCase{"supporters/NNS of/IN Qadri/NNP ,/, the/DT police/NN guard/NN hanged/VBD "
                       "last/JJ month/NN ,/, clashed/VBN with/IN police/NNS ./.",
                       "hanged", PosTag::kVBN},
        ParticipleCase{"supporters/NNS of/IN Qadri/NNP ,/, the/DT police/NN guard/NN hanged/VBD "
                       "last/JJ month/NN ,/, clashed/VBN with/IN police/NNS ./.",
                       "clashed", PosTag::kVBD},
        ParticipleCase{"fighters/NNS believed/VBD to/TO be/VB Russian/JJ executed/VBN 300/CD "
                       "men/NNS ./.",
                       "believed", PosTag::kVBN},
        ParticipleCase{"fighters/NNS believed/VBD to/TO be/VB Russian/JJ executed/VBN 300/CD "
                       "men/NNS ./.",
                       "executed", PosTag::kVBD},
        // After the comma closing a relative clause on the first phrase:
        // the sentence's verb (not inside a clause after a verb).
        ParticipleCase{"Kenyatta/NNP ,/, who/WP said/VBD a/DT nephew/NN died/VBD ,/, vowed/VBN "
                       "to/TO act/VB ./.",
                       "vowed", PosTag::kVBD},
        ParticipleCase{"He/PRP met/VBD Kenyatta/NNP ,/, who/WP said/VBD so/RB ,/, backed/VBN "
                       "by/IN aides/NNS ./.",
                       "backed", PosTag::kVBN},
        // After a name in apposition to the first phrase, past a dateline:
        // the sentence's verb; not before "by" or "as", nor after a phrase
        // opening with a preposition.
        ParticipleCase{"SARAJEVO/NNP —/: The/DT premier/NN of/IN Tuzla/NNP canton/NN ,/, "
                       "Sead/NNP Causevic/NNP ,/, resigned/VBN on/IN Friday/NNP ./.",
                       "resigned", PosTag::kVBD},
        ParticipleCase{"The/DT town/NN ,/, Kidal/NNP ,/, seized/VBN by/IN rebels/NNS fell/VBD ./.",
                       "seized", PosTag::kVBN},
        ParticipleCase{"The/DT commander/NN ,/, Rodrigo/NNP Londono/NNP ,/, known/VBN as/IN "
                       "Timochenko/NNP ,/, signed/VBD ./.",
                       "known", PosTag::kVBN},
        // After a noun and a comma, before a preposition, with a finite verb
        // after the closing comma: a participle; not with none.
        ParticipleCase{"two/CD journalists/NNS ,/, kidnapped/VBD near/IN the/DT border/NN ,/, "
                       "had/VBD been/VBN killed/VBN ./.",
                       "kidnapped", PosTag::kVBN},
        ParticipleCase{"He/PRP met/VBD the/DT journalists/NNS ,/, stayed/VBD in/IN Quito/NNP ,/, "
                       "and/CC left/VBD ./.",
                       "stayed", PosTag::kVBD},
        // Who heads a thing, after the noun and a comma: describes it.
        ParticipleCase{"the/DT Construction/NNP Union/NNP ,/, led/VBD by/IN Joseph/NNP "
                       "Mathunjwa/NNP ./.",
                       "led", PosTag::kVBN},
        ParticipleCase{"In/IN the/DT north/NN ,/, Kidal/NNP ,/, seized/VBN in/IN 2012/CD ./.",
                       "seized", PosTag::kVBN},
        // A past form read as a noun, joined by "and" to a past tense.
        ParticipleCase{"Officers/NNS later/RBR shot/NN and/CC wounded/VBD a/DT suspect/NN ./.",
                       "shot", PosTag::kVBD},
        // A passive participle has no object; an auxiliary makes a perfect.
        ParticipleCase{"Rockets/NNS fired/VBN by/IN militants/NNS hit/VBD the/DT base/NN ./.",
                       "fired", PosTag::kVBN},
        ParticipleCase{"Troops/NNS deployed/VBN in/IN the/DT area/NN said/VBD so/RB ./.",
                       "deployed", PosTag::kVBN},
        ParticipleCase{"Iran/NNP has/VBZ denied/VBN the/DT report/NN ./.", "denied", PosTag::kVBN},
        // After the noun of a phrase on a finite verb, with no object: a
        // participle on that noun; not after a clause's opening word or
        // "that", nor with an object.
        ParticipleCase{"It/PRP said/VBD in/IN a/DT statement/NN posted/VBD online/JJ that/IN "
                       "it/PRP had/VBD won/VBN ./.",
                       "posted", PosTag::kVBN},
        ParticipleCase{"He/PRP warned/VBD of/IN strikes/NNS as/IN long/RB as/IN the/DT "
                       "coalition/NN kept/VBD bombing/VBG Yemen/NNP ./.",
                       "kept", PosTag::kVBD},
        ParticipleCase{"He/PRP said/VBD that/IN responsibility/NN for/IN the/DT attack/NN "
                       "lay/VBD with/IN Israel/NNP ./.",
                       "lay", PosTag::kVBD},
        ParticipleCase{"They/PRP met/VBD at/IN the/DT base/NN attacked/VBD the/DT convoy/NN ./.",
                       "attacked", PosTag::kVBD},
        ParticipleCase{"He/PRP said/VBD on/IN Monday/NNP in/IN a/DT video/NN released/VBD "
                       "online/JJ that/IN it/PRP had/VBD won/VBN ./.",
                       "released", PosTag::kVBN},
        ParticipleCase{"He/PRP said/VBD responsibility/NN for/IN the/DT attack/NN lay/VBD "
                       "with/IN Israel/NNP ./.",
                       "lay", PosTag::kVBD}));

}  // namespace
}  // namespace casus
