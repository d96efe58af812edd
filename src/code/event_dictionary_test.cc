#include "code/event_dictionary.h"

#include <gtest/gtest.h>

#include <fstream>

#include "base/scratch_dir.h"

namespace casus {
namespace {

TEST(EventDictionaryTest, ParsesTriggersAndOptions) {
  EventDictionary dict;
  ASSERT_TRUE(dict.AddText("# comment\n"
                           "verb | fire at | ASSAULT | | 190 | target=at,on\n"
                           "verb | fire | LIGHT | | |\n"
                           "noun | drone strike | ASSAULT | drone | 1952 | target=on\n"
                           "noun | clash | ASSAULT | | 190 | mutual target=with,between\n"
                           "verb | say | - | | | role=speech\n"
                           "weapon | one-way attack drone | | drone | | weapon=drone\n",
                           "test.dict")
                  .ok());
  ASSERT_EQ(dict.size(), 6u);
  const auto& fire = dict.VerbTriggers("fire");
  ASSERT_EQ(fire.size(), 2u);
  EXPECT_EQ(fire[0]->words, (std::vector<std::string>{"fire", "at"}));  // longest first
  EXPECT_EQ(fire[0]->target_preps, (std::vector<std::string>{"at", "on"}));
  EXPECT_EQ(fire[1]->role, TriggerRole::kLight);
  const auto& strike = dict.NounTriggers("strike");
  ASSERT_EQ(strike.size(), 1u);
  EXPECT_EQ(strike[0]->code.mode, "drone");
  EXPECT_EQ(strike[0]->code.cameo, "1952");
  EXPECT_TRUE(dict.NounTriggers("clash")[0]->mutual);
  EXPECT_EQ(dict.VerbTriggers("say")[0]->role, TriggerRole::kSpeech);
  EXPECT_EQ(dict.WeaponTriggers("drone")[0]->weapon, "drone");
  EXPECT_TRUE(dict.VerbTriggers("unknown").empty());
}

// The -ise spelling of an -ize word the files do not list is a trigger too
// ("mobilisation", "criticise"); one they list is not doubled.
TEST(EventDictionaryTest, LoadAddsBritishSpellings) {
  const std::string path = testing_support::ScratchDir() + "/spellings.dict";
  std::ofstream(path) << "noun | mobilization | MOBILIZE | troops | 154 |\n"
                         "verb | criticize | ACCUSE | disapprove | 111 |\n"
                         "verb | mobilize | MOBILIZE | troops | 154 |\n"
                         "verb | mobilise | MOBILIZE | troops | 154 |\n"
                         "verb | seize | COERCE | seize | 171 |\n";
  auto dict = EventDictionary::Load({path});
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  ASSERT_EQ(dict->NounTriggers("mobilisation").size(), 1u);
  EXPECT_EQ(dict->NounTriggers("mobilisation")[0]->code.type, "MOBILIZE");
  EXPECT_EQ(dict->VerbTriggers("criticise").size(), 1u);
  EXPECT_EQ(dict->VerbTriggers("mobilise").size(), 1u);  // listed: not doubled
  EXPECT_TRUE(dict->VerbTriggers("seise").empty());      // "ze" ending a word is no -ize
}

TEST(EventDictionaryTest, ReportsErrorsWithFileAndLine) {
  struct Case {
    const char* text;
    const char* expected;
  } cases[] = {
      {"verb | strike | ASSAULT | | 190\nverb | x | BOGUS | | 1 |",
       "t.dict:2: unknown PLOVER type"},
      {"verb | strike | ASSAULT", "t.dict:1: expected"},
      {"adverb | x | ASSAULT | | 1 |", "t.dict:1: unknown kind"},
      {"verb | x | ASSAULT | walking | 190 |", "t.dict:1: mode 'walking'"},
      {"verb | x | PROTEST | aerial | 140 |", "not a PLOVER mode of PROTEST"},
      {"verb | x | ASSAULT | | 19a |", "CAMEO code must be digits"},
      {"verb | x | ASSAULT | | 190 | colour=red", "unknown option 'colour'"},
      {"verb | x | - | | | role=sing", "unknown role 'sing'"},
      {"verb | x | - | | |", "needs a PLOVER type"},
      {"weapon | x | | | | weapon=x", "a weapon needs a mode"},
      {"verb |  | ASSAULT | | 190 |", "no words"},
  };
  for (const auto& c : cases) {
    EventDictionary dict;
    const Status status = dict.AddText(c.text, "t.dict");
    EXPECT_FALSE(status.ok()) << c.text;
    EXPECT_NE(status.message().find(c.expected), std::string::npos) << status.message();
  }
}

TEST(EventDictionaryTest, BundledDictionaryCoversEveryPloverType) {
  auto dict = EventDictionary::Load({std::string(CASUS_SOURCE_DIR) + "/data/dict"});
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  for (const char* type :
       {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}) {
    bool found = false;
    for (const auto& trigger : dict->triggers()) found = found || trigger->code.type == type;
    EXPECT_TRUE(found) << type;
  }
  EXPECT_FALSE(dict->VerbTriggers("strike").empty());
  EXPECT_FALSE(dict->NounTriggers("airstrike").empty());
  EXPECT_FALSE(dict->WeaponTriggers("rocket").empty());
  EXPECT_FALSE(EventDictionary::Load({"/nonexistent/dict"}).ok());
}

}  // namespace
}  // namespace casus
