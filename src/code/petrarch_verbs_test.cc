#include "code/petrarch_verbs.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace casus {
namespace {

// A small dictionary in the PETRARCH-2 verb format, written for this test.
constexpr const char* kVerbs = R"(# test verbs
####### SYNONYM SETS #######

&ARMS
# a comment inside a set
+ROCKET
+MORTAR_SHELL

####### VERB PATTERNS #######

---  ATTACK_LIKE   [190]  ---
+OPEN_FIRE {+OPENS_FIRE +OPENED_FIRE}   # a multi-word verb
ATTACK
SHELL  [194]
STAGE {STAGES STAGED STAGING}
- * RAID                                   [190]   # STAGE
- * {AIR RAID}                             [195]   # STAGE
- * &ARMS                                  [194]   # SHELL
- * (AT)                                   [193]   # OPEN_FIRE
- * (ON)                                   [193]   # OPENED_FIRE
- * (WITH)                                 [193]   # ATTACKED
- * BARRAGE                                [194]   # OY 14 Mar 2006
- * (AT CONVOY)                            [193]   # STAGE: too specific
- &MILITARY * EXERCISES                    [152]   # STAGE: words before the verb
- * RAID                                   [141]   # STAGE again
- * PROTEST (IN SOLIDARITY)                [141]   # STAGE: not simple

---  TALK   [---]  ---
CONFER
MEET {MEETS MET MEETING}  [040]
- * (WITH)                                 [:043]  # the reverse event only
- * VISIT                                  [042:043]
- * STATEMENT                              [010]   # no PLOVER event

~ a (a b ATTACK) SAY = a b 015
)";

const Trigger* FindTrigger(const EventDictionary& dict, const std::string& words) {
  for (const auto& trigger : dict.triggers()) {
    std::string joined;
    for (const std::string& word : trigger->words) joined += (joined.empty() ? "" : " ") + word;
    if (joined == words) return trigger.get();
  }
  return nullptr;
}

TEST(PetrarchVerbsTest, ParsesSetsBlocksVerbsAndPatterns) {
  auto parsed = ParsePetrarchVerbs(kVerbs, "test.txt");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->synsets.at("&ARMS"), (std::vector<std::string>{"rocket", "mortar shell"}));
  ASSERT_EQ(parsed->blocks.size(), 2u);
  const PetrarchVerbBlock& attack = parsed->blocks[0];
  EXPECT_EQ(attack.name, "ATTACK_LIKE");
  EXPECT_EQ(attack.code, "190");
  ASSERT_EQ(attack.verbs.size(), 4u);
  EXPECT_EQ(attack.verbs[0].words, (std::vector<std::string>{"open", "fire"}));
  EXPECT_EQ(attack.verbs[2].words, (std::vector<std::string>{"shell"}));
  EXPECT_EQ(attack.verbs[2].code, "194");
  EXPECT_EQ(attack.verbs[3].words, (std::vector<std::string>{"stage"}));
  ASSERT_EQ(attack.patterns.size(), 11u);
  EXPECT_EQ(attack.patterns[1].after, (std::vector<std::string>{"{", "AIR", "RAID", "}"}));
  EXPECT_EQ(attack.patterns[0].noted_verb, (std::vector<std::string>{"stage"}));
  EXPECT_EQ(attack.patterns[4].noted_verb, (std::vector<std::string>{"opened", "fire"}));
  EXPECT_EQ(attack.patterns[8].before, (std::vector<std::string>{"&MILITARY"}));
  EXPECT_EQ(attack.verbs[0].forms.size(), 2u);
  const PetrarchVerbBlock& talk = parsed->blocks[1];
  EXPECT_EQ(talk.code, "");
  EXPECT_EQ(talk.patterns[0].code, "");     // [:043]
  EXPECT_EQ(talk.patterns[1].code, "042");  // [042:043]
  EXPECT_EQ(parsed->transformations, 1u);
}

TEST(PetrarchVerbsTest, ConvertsVerbsAndSimplePatternsToTriggers) {
  EventDictionary dict;
  ASSERT_TRUE(AddPetrarchVerbs(kVerbs, "test.txt", dict).ok());
  struct Case {
    const char* words;
    const char* type;  // nullptr: no trigger
    const char* mode;
    const char* cameo;
  } cases[] = {
      {"attack", "ASSAULT", "", "190"},
      {"open fire", "ASSAULT", "", "190"},
      {"shell", "ASSAULT", "heavy-weapons", "194"},
      {"stage raid", "ASSAULT", "", "190"},  // the verb the comment names
      {"attack raid", nullptr, "", ""},      // ... and no other
      {"stage air raid", "ASSAULT", "aerial", "195"},
      {"shell rocket", "ASSAULT", "heavy-weapons", "194"},  // a synonym set
      {"shell mortar shell", "ASSAULT", "heavy-weapons", "194"},
      {"open fire at", "ASSAULT", "firearms", "193"},  // a prepositional phrase
      {"attack at", nullptr, "", ""},
      {"open fire on", "ASSAULT", "firearms", "193"},         // named by a form
      {"attack with", "ASSAULT", "firearms", "193"},          // named by an inflection
      {"attack barrage", "ASSAULT", "heavy-weapons", "194"},  // a comment naming no verb:
      {"stage barrage", "ASSAULT", "heavy-weapons", "194"},   // every verb of the block
      {"meet", "CONSULT", "", "040"},
      {"meet visit", "CONSULT", "visit", "042"},
      {"confer visit", "CONSULT", "visit", "042"},
      {"confer", nullptr, "", ""},          // [---] block, no code of its own
      {"meet with", nullptr, "", ""},       // reverse-only code
      {"meet statement", nullptr, "", ""},  // 010 has no PLOVER event
      {"stage at convoy", nullptr, "", ""},
      {"stage exercises", nullptr, "", ""},
      {"stage protest", nullptr, "", ""},
  };
  for (const auto& c : cases) {
    const Trigger* trigger = FindTrigger(dict, c.words);
    if (c.type == nullptr) {
      EXPECT_EQ(trigger, nullptr) << c.words;
      continue;
    }
    ASSERT_NE(trigger, nullptr) << c.words;
    EXPECT_EQ(trigger->code.type, c.type) << c.words;
    EXPECT_EQ(trigger->code.mode, c.mode) << c.words;
    EXPECT_EQ(trigger->code.cameo, c.cameo) << c.words;
    EXPECT_EQ(trigger->kind, TriggerKind::kVerb);
  }
  // The first coding of a repeated pattern wins; origins name the source line.
  EXPECT_EQ(FindTrigger(dict, "stage raid")->code.cameo, "190");
  EXPECT_EQ(FindTrigger(dict, "stage raid")->origin.rfind("test.txt:16:", 0), 0u)
      << FindTrigger(dict, "stage raid")->origin;
  EXPECT_EQ(dict.VerbTriggers("stage").front()->words.size(), 3u);  // longest first
}

TEST(PetrarchVerbsTest, ReportsMalformedFilesWithLine) {
  struct Case {
    const char* text;
    const char* message;
  } cases[] = {
      {"ATTACK\n", "x.txt:1: a verb or pattern outside any verb block"},
      {"--- ATTACK ---\n", "x.txt:1: a verb block header needs a code"},
      {"---  [190] ---\n", "x.txt:1: a verb block needs a name"},
      {"--- A [190] ---\n- RAID [190]\n", "x.txt:2: a pattern needs '*'"},
      {"--- A [190] ---\nHIT {HITS HITTING\n", "x.txt:2: unterminated '{forms'"},
      {"--- A [190] ---\n- * RAID [190\n", "x.txt:2: unterminated '[code'"},
      {"&SET\nWORD\n", "x.txt:2: expected a '+MEMBER' of &SET"},
      {"--- A [010] ---\nSAY\n", "x.txt: no verb with a PLOVER event"},
  };
  for (const auto& c : cases) {
    EventDictionary dict;
    const Status status = AddPetrarchVerbs(c.text, "x.txt", dict);
    ASSERT_FALSE(status.ok()) << c.text;
    EXPECT_NE(status.message().find(c.message), std::string::npos) << status.message();
  }
}

TEST(PetrarchVerbsTest, RecognisesPetrarchFiles) {
  EXPECT_TRUE(LooksLikePetrarchVerbs("dict/CAMEO.2.0.txt", kVerbs));
  EXPECT_TRUE(LooksLikePetrarchVerbs("VERBS.TXT", "--- KILL   [190]  ---\nKILL\n"));
  EXPECT_FALSE(LooksLikePetrarchVerbs("verbs.dict", kVerbs));
  EXPECT_FALSE(LooksLikePetrarchVerbs("notes.txt", "verb | strike | ASSAULT | | 190 |\n"));
  EXPECT_FALSE(LooksLikePetrarchVerbs("rule.txt", "-----\n"));
}

TEST(PetrarchVerbsTest, EventDictionaryLoadReadsPetrarchFiles) {
  const std::filesystem::path path =
      std::filesystem::path(CASUS_BINARY_DIR) / "petrarch_verbs_test.txt";
  std::ofstream(path) << kVerbs;
  auto dict = EventDictionary::Load({path.string()});
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  ASSERT_FALSE(dict->VerbTriggers("attack").empty());
  EXPECT_EQ(dict->VerbTriggers("attack").back()->code.type, "ASSAULT");
}

TEST(PetrarchVerbsTest, LoadsTheSharedPetrarchDictionary) {
  const std::filesystem::path path =
      std::filesystem::path(CASUS_SOURCE_DIR) / "../shared/data/phoenix/CAMEO.2.0.txt";
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << "PETRARCH verb dictionary not found at " << path
                 << " (shared data is optional)";
  }
  const auto start = std::chrono::steady_clock::now();
  auto dict = EventDictionary::Load({path.string()});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  EXPECT_GT(dict->size(), 2000u);
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
  EXPECT_LT(seconds, 1.0);  // load time matters in optimised builds
#else
  std::printf("loaded %zu triggers in %.2f s (time checked in optimised builds only)\n",
              dict->size(), seconds);
#endif
  struct Case {
    const char* lemma;
    const char* type;
  } cases[] = {
      {"attack", "ASSAULT"}, {"meet", "CONSULT"},    {"accuse", "ACCUSE"},
      {"kill", "ASSAULT"},   {"protest", "PROTEST"}, {"arrest", "COERCE"},
  };
  for (const auto& c : cases) {
    const auto& triggers = dict->VerbTriggers(c.lemma);
    const Trigger* plain = nullptr;
    for (const Trigger* trigger : triggers) {
      if (trigger->words.size() == 1) plain = trigger;
    }
    ASSERT_NE(plain, nullptr) << c.lemma;
    EXPECT_EQ(plain->code.type, c.type) << c.lemma << " (" << plain->origin << ")";
  }
}

}  // namespace
}  // namespace casus
