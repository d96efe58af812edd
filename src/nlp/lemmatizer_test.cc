#include "nlp/lemmatizer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/scratch_dir.h"

namespace casus {
namespace {

using enum PosTag;

const std::string kLemmaPath = CASUS_BINARY_DIR "/data/lemmas.dat";
const std::string kWordNetDir = "/usr/share/wordnet";

// Both sources of the same knowledge: the build's compiled file and WordNet
// itself. Each is skipped with a message when absent.
enum class Source { kCompiled, kWordNet };

const Lemmatizer* Shared(Source source) {
  static const Lemmatizer* compiled = []() -> const Lemmatizer* {
    auto l = Lemmatizer::Load(kLemmaPath);
    return l.ok() ? new Lemmatizer(std::move(*l)) : nullptr;
  }();
  static const Lemmatizer* wordnet = []() -> const Lemmatizer* {
    auto l = Lemmatizer::LoadWordNet(kWordNetDir);
    return l.ok() ? new Lemmatizer(std::move(*l)) : nullptr;
  }();
  return source == Source::kCompiled ? compiled : wordnet;
}

struct LemmaCase {
  std::string word;
  PosTag tag;
  std::string lemma;
};

const LemmaCase kLemmaCases[] = {
    // Irregular verbs (WordNet verb.exc).
    {"struck", kVBD, "strike"},
    {"struck", kVBN, "strike"},
    {"fled", kVBD, "flee"},
    {"shot", kVBN, "shoot"},
    {"fought", kVBD, "fight"},
    {"led", kVBD, "lead"},
    {"left", kVBD, "leave"},
    {"saw", kVBD, "see"},
    {"spoke", kVBD, "speak"},
    {"rose", kVBD, "rise"},
    {"fell", kVBD, "fall"},
    {"found", kVBN, "find"},
    {"was", kVBD, "be"},
    {"were", kVBD, "be"},
    {"is", kVBZ, "be"},
    {"are", kVBP, "be"},
    {"been", kVBN, "be"},
    {"has", kVBZ, "have"},
    {"had", kVBD, "have"},
    {"did", kVBD, "do"},
    {"thought", kVBD, "think"},
    {"bore", kVBD, "bear"},
    {"dying", kVBG, "die"},
    {"Struck", kVBD, "strike"},
    {"FLED", kVBD, "flee"},
    // Regular verbs: suffix rules checked against WordNet's base forms.
    // Verbs of news the tagger reads after "to", in subjunctives and in
    // headlines.
    {"hand", kVB, "hand"},
    {"handed", kVBD, "hand"},
    {"cancel", kVB, "cancel"},
    {"cancelled", kVBD, "cancel"},
    {"canceled", kVBN, "cancel"},
    {"halt", kVBP, "halt"},
    {"halted", kVBD, "halt"},
    {"droned", kVBD, "drone"},
    {"drones", kVBZ, "drone"},
    {"drones", kNNS, "drone"},
    {"shelled", kVBN, "shell"},
    {"shelling", kVBG, "shell"},
    {"shells", kNNS, "shell"},
    {"targeted", kVBD, "target"},
    {"stormed", kVBD, "storm"},
    {"airstrikes", kNNS, "airstrike"},
    {"pressured", kVBD, "pressure"},
    // Two spellings in WordNet: the one the form was made from.
    {"installed", kVBD, "install"},
    {"fulfilled", kVBN, "fulfill"},
    {"enrolled", kVBD, "enroll"},
    {"found", kVBD, "find"},
    {"seized", kVBD, "seize"},
    {"seized", kVBN, "seize"},
    {"killed", kVBD, "kill"},
    {"killed", kVBN, "kill"},
    {"attacks", kVBZ, "attack"},
    {"attacked", kVBD, "attack"},
    {"attacking", kVBG, "attack"},
    {"carried", kVBN, "carry"},
    {"stopped", kVBD, "stop"},
    {"wounded", kVBN, "wound"},
    {"claimed", kVBD, "claim"},
    {"claims", kVBZ, "claim"},
    {"denied", kVBD, "deny"},
    {"denies", kVBZ, "deny"},
    {"fired", kVBD, "fire"},
    {"targeting", kVBG, "target"},
    {"hoping", kVBG, "hope"},
    {"killing", kVBG, "kill"},
    {"launched", kVBN, "launch"},
    {"injured", kVBN, "injure"},
    {"hit", kVBD, "hit"},
    {"cut", kVBN, "cut"},
    {"Killed", kVBN, "kill"},
    // Base forms stay; a base-form tag keeps a word that is also irregular.
    {"attack", kVB, "attack"},
    {"lay", kVB, "lay"},
    {"lay", kVBD, "lie"},
    {"found", kVB, "found"},
    // Nouns.
    {"militias", kNNS, "militia"},
    {"men", kNNS, "man"},
    {"women", kNNS, "woman"},
    {"children", kNNS, "child"},
    {"attacks", kNNS, "attack"},
    {"bases", kNNS, "base"},
    {"casualties", kNNS, "casualty"},
    {"forces", kNNS, "force"},
    {"troops", kNNS, "troop"},
    {"drones", kNNS, "drone"},
    {"rockets", kNNS, "rocket"},
    {"lives", kNNS, "life"},
    {"buses", kNNS, "bus"},
    {"boxes", kNNS, "box"},
    {"churches", kNNS, "church"},
    {"Militants", kNNS, "militant"},
    {"people", kNNS, "people"},
    {"attack", kNN, "attack"},
    // Words outside WordNet: rules without a dictionary, letters kept.
    {"quadcopters", kNNS, "quadcopter"},
    {"Houthis", kNNPS, "Houthi"},
    {"Americans", kNNPS, "American"},
    {"airstrikes", kNNS, "airstrike"},
    {"weaponized", kVBD, "weaponize"},
    {"livestreamed", kVBD, "livestream"},
    {"zombies", kNNS, "zombie"},
    // Adjectives and adverbs.
    {"bigger", kJJR, "big"},
    {"biggest", kJJS, "big"},
    {"larger", kJJR, "large"},
    {"deadliest", kJJS, "deadly"},
    {"better", kJJR, "good"},
    {"worse", kJJR, "bad"},
    {"better", kRBR, "well"},
    // Words that are their own lemma.
    {"Kataib", kNNP, "Kataib"},
    {"Erbil", kNNP, "Erbil"},
    {"the", kDT, "the"},
    {"at", kIN, "at"},
    {"1,500", kCD, "1,500"},
    {"", kNN, ""},
};

class LemmaTest : public testing::TestWithParam<std::tuple<Source, LemmaCase>> {};

TEST_P(LemmaTest, Lemmatizes) {
  const auto& [source, c] = GetParam();
  const Lemmatizer* lem = Shared(source);
  if (lem == nullptr) {
    GTEST_SKIP() << (source == Source::kCompiled ? kLemmaPath + " not built"
                                                 : kWordNetDir + " absent");
  }
  EXPECT_EQ(lem->Lemma(c.word, c.tag), c.lemma) << c.word << "/" << PosTagName(c.tag);
}

INSTANTIATE_TEST_SUITE_P(Words, LemmaTest,
                         testing::Combine(testing::Values(Source::kCompiled, Source::kWordNet),
                                          testing::ValuesIn(kLemmaCases)));

TEST(LemmatizerTest, ViewsAreIntoLexiconOrWord) {
  const Lemmatizer* lem = Shared(Source::kCompiled);
  if (lem == nullptr) GTEST_SKIP() << kLemmaPath << " not built";
  const std::string word = "Houthis";
  const std::string_view lemma = lem->Lemma(word, kNNPS);
  EXPECT_EQ(lemma.data(), word.data());  // a prefix of the word itself
  std::string struck = "struck";
  const std::string_view strike = lem->Lemma(struck, kVBD);
  struck.assign("xxxxxx");  // the lexicon's view does not depend on the input
  EXPECT_EQ(strike, "strike");
}

TEST(LemmatizerTest, LemmatizesSentenceInLowerCase) {
  const Lemmatizer* lem = Shared(Source::kCompiled);
  if (lem == nullptr) GTEST_SKIP() << kLemmaPath << " not built";
  const std::string text = "Militants Attacked the Houthis' bases";
  const std::vector<std::pair<int, int>> spans = {{0, 9},  {10, 8}, {19, 3},
                                                  {23, 7}, {30, 1}, {32, 5}};
  std::vector<Token> tokens;
  for (auto [start, size] : spans) {
    tokens.push_back({std::string_view(text).substr(start, size), static_cast<uint32_t>(start),
                      static_cast<uint32_t>(start + size), TokenKind::kWord});
  }
  const std::vector<PosTag> tags = {kNNS, kVBD, kDT, kNNPS, kPOS, kNNS};
  std::string arena;
  std::vector<std::string_view> lemmas;
  lem->LemmatizeSentence(tokens, tags, arena, lemmas);
  const std::vector<std::string_view> expected = {"militant", "attack", "the",
                                                  "houthi",   "'",      "base"};
  EXPECT_EQ(lemmas, expected);
}

struct BadFileCase {
  std::string name;
  std::string contents;
};

class LemmaLoadErrorTest : public testing::TestWithParam<BadFileCase> {};

TEST_P(LemmaLoadErrorTest, FailsWithStatus) {
  const std::string path = testing_support::ScratchDir() + "/casus_bad_lemmas_" + GetParam().name;
  {
    std::ofstream out(path, std::ios::binary);
    out << GetParam().contents;
  }
  auto lem = Lemmatizer::Load(path);
  EXPECT_FALSE(lem.ok());
  EXPECT_EQ(lem.status().code(), Status::Code::kInvalidInput) << lem.status().message();
  std::remove(path.c_str());
}

INSTANTIATE_TEST_SUITE_P(
    Files, LemmaLoadErrorTest,
    testing::Values(BadFileCase{"Empty", ""}, BadFileCase{"NoHeader", "bv strike\n"},
                    BadFileCase{"BadClass", "casus-lemmas 1\nbq strike\n"},
                    BadFileCase{"ExceptionWithoutLemma", "casus-lemmas 1\nbv strike\nxv struck\n"},
                    BadFileCase{"NoBaseForms", "casus-lemmas 1\nxv struck strike\n"},
                    BadFileCase{"Binary", std::string("\x00\x01\x02", 3)}),
    [](const auto& info) { return info.param.name; });

TEST(LemmatizerLoadTest, MissingSourcesAreNotFound) {
  EXPECT_EQ(Lemmatizer::Load("/nonexistent/lemmas.dat").status().code(), Status::Code::kNotFound);
  EXPECT_EQ(Lemmatizer::LoadWordNet("/nonexistent").status().code(), Status::Code::kNotFound);
}

TEST(LemmatizerLoadTest, SaveAndLoadRoundTrip) {
  const Lemmatizer* lem = Shared(Source::kWordNet);
  if (lem == nullptr) GTEST_SKIP() << kWordNetDir << " absent";
  const std::string path = testing_support::ScratchDir() + "/casus_lemmas_roundtrip.dat";
  ASSERT_TRUE(lem->Save(path).ok());
  auto loaded = Lemmatizer::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->base_count(), lem->base_count());
  EXPECT_EQ(loaded->exception_count(), lem->exception_count());
  EXPECT_EQ(loaded->Lemma("fled", kVBD), "flee");
  std::remove(path.c_str());
}

}  // namespace
}  // namespace casus
