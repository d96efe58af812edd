#include "geo/toponym_finder.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "geo/geo_test_fixture.h"
#include "geo/test_tokenizer.h"

namespace casus {
namespace {

// Mentions alias the text: the tests keep every sentence alive in `texts`.
std::vector<PlaceMention> FindIn(const std::string& sentence, std::vector<Token>* tokens) {
  static std::vector<std::unique_ptr<std::string>> texts;
  texts.push_back(std::make_unique<std::string>(sentence));
  const std::string& text = *texts.back();
  *tokens = geo_testing::Tokenize(text);
  const ToponymFinder finder(geo_testing::FixtureGazetteer());
  std::vector<PlaceMention> out;
  const size_t dateline = geo_testing::DatelineLength(*tokens);
  const std::span<const Token> all(*tokens);
  if (dateline > 0) finder.FindDateline(all.subspan(0, dateline), 0, &out);
  const size_t body = out.size();
  finder.Find(all.subspan(dateline), 0, &out);
  for (size_t m = body; m < out.size(); ++m) {
    out[m].first_token += dateline;
    out[m].end_token += dateline;
  }
  return out;
}

const PlaceMention* MentionOf(const std::vector<PlaceMention>& mentions, std::string_view text) {
  for (const PlaceMention& m : mentions) {
    if (m.text == text) return &m;
  }
  return nullptr;
}

struct CueCase {
  const char* sentence;
  const char* mention;
  PlaceCue cue;
  PlaceQualifier qualifier;
  CompassPart part;
  MentionRole role;
};

class FinderCueTest : public ::testing::TestWithParam<CueCase> {};

TEST_P(FinderCueTest, ReadsTheWordsAroundTheName) {
  const CueCase& c = GetParam();
  std::vector<Token> tokens;
  const std::vector<PlaceMention> mentions = FindIn(c.sentence, &tokens);
  const PlaceMention* m = MentionOf(mentions, c.mention);
  ASSERT_NE(m, nullptr) << c.sentence;
  EXPECT_EQ(m->cue, c.cue) << c.sentence;
  EXPECT_EQ(m->qualifier, c.qualifier) << c.sentence;
  EXPECT_EQ(m->part, c.part) << c.sentence;
  EXPECT_EQ(m->role, c.role) << c.sentence;
  EXPECT_EQ(std::string(c.sentence).substr(m->start, m->end - m->start), c.mention);
}

using C = PlaceCue;
using Q = PlaceQualifier;
using P = CompassPart;
using R = MentionRole;

INSTANTIATE_TEST_SUITE_P(
    Sentences, FinderCueTest,
    ::testing::Values(
        CueCase{"A drone struck Erbil International Airport on Tuesday.",
                "Erbil International Airport", C::kLocative, Q::kNone, P::kWhole, R::kPlace},
        CueCase{"Clashes erupted in Anbar province.", "Anbar", C::kLocative, Q::kProvince,
                P::kWhole, R::kPlace},
        CueCase{"Clashes erupted in al-Anbar.", "al-Anbar", C::kLocative, Q::kNone, P::kWhole,
                R::kPlace},
        CueCase{"Rockets landed near Taji, north of Baghdad.", "Taji", C::kNear, Q::kNone,
                P::kWhole, R::kPlace},
        CueCase{"Rockets landed near Taji, north of Baghdad.", "Baghdad", C::kDirectional, Q::kNone,
                P::kWhole, R::kContainer},
        CueCase{"It landed 20 km south of Mosul.", "Mosul", C::kDirectional, Q::kNone, P::kWhole,
                R::kPlace},
        CueCase{"Fighting raged on the outskirts of Mosul.", "Mosul", C::kNear, Q::kNone, P::kWhole,
                R::kPlace},
        CueCase{"Three soldiers died in northeastern Jordan.", "Jordan", C::kLocative, Q::kNone,
                P::kNorthEast, R::kPlace},
        CueCase{"Three soldiers died in the south of Jordan.", "Jordan", C::kLocative, Q::kNone,
                P::kSouth, R::kPlace},
        CueCase{"Shells hit the town of Hit in Anbar province.", "Hit", C::kLocative, Q::kCity,
                P::kWhole, R::kPlace},
        CueCase{"Shells hit the town of Hit in Anbar province.", "Anbar", C::kLocative,
                Q::kProvince, P::kWhole, R::kContainer},
        CueCase{"Flights resumed at Baghdad's airport.", "Baghdad", C::kLocative, Q::kNone,
                P::kWhole, R::kPlace},
        CueCase{"Tehran's proxies stepped up attacks.", "Tehran", C::kNone, Q::kNone, P::kWhole,
                R::kActor},
        CueCase{"Pilgrims walked from Karbala to Baghdad.", "Karbala", C::kMotion, Q::kNone,
                P::kWhole, R::kPlace},
        CueCase{"Ships were attacked in the Red Sea.", "Red Sea", C::kLocative, Q::kNone, P::kWhole,
                R::kPlace},
        CueCase{"The Baghdad Operations Command said two men were held.", "Baghdad", C::kNone,
                Q::kNone, P::kWhole, R::kModifier},
        CueCase{"The governor of Anbar resigned.", "Anbar", C::kOf, Q::kNone, P::kWhole, R::kPlace},
        CueCase{"Protesters stormed the consulate in the northern Iraqi city of Erbil.", "Erbil",
                C::kLocative, Q::kCity, P::kWhole, R::kPlace},
        CueCase{"Troops moved toward Taji base overnight.", "Taji base", C::kMotion, Q::kNone,
                P::kWhole, R::kPlace},
        CueCase{"Drones were launched at Tower 22.", "Tower 22", C::kLocative, Q::kNone, P::kWhole,
                R::kPlace}));

TEST(FinderTest, HierarchyListsAndApposition) {
  std::vector<Token> tokens;
  const std::vector<PlaceMention> m =
      FindIn("Protests spread to Erbil, Mosul and Karbala after the attack.", &tokens);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[1].list_previous, 0);
  EXPECT_EQ(m[2].list_previous, 1);

  const std::vector<PlaceMention> capital =
      FindIn("The drone hit the capital of Iraq's Kurdistan region.", &tokens);
  const PlaceMention* iraq = MentionOf(capital, "Iraq");
  const PlaceMention* region = MentionOf(capital, "Kurdistan region");
  ASSERT_NE(iraq, nullptr);
  ASSERT_NE(region, nullptr);
  EXPECT_EQ(iraq->role, MentionRole::kContainer);
  EXPECT_TRUE(region->capital_of);
  EXPECT_FALSE(iraq->capital_of);
  EXPECT_EQ(&capital[region->container], iraq);

  const std::vector<PlaceMention> anchor =
      FindIn("Rockets landed near Taji, north of Baghdad.", &tokens);
  ASSERT_EQ(anchor.size(), 2u);
  EXPECT_EQ(anchor[0].container, 1);
  EXPECT_TRUE(anchor[0].near_anchor);
}

// A capitalised compass word before a name is the name's part, not a place
// of its own ("Western" is also a region of Uganda).
TEST(FinderTest, CapitalisedCompassWordIsAPart) {
  std::vector<Token> tokens;
  const auto m = FindIn("Troops retook a village in Western Jordan on Monday.", &tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].text, "Jordan");
  EXPECT_EQ(m[0].part, CompassPart::kWest);
}

TEST(FinderTest, Dateline) {
  std::vector<Token> tokens;
  const std::vector<PlaceMention> m =
      FindIn("ERBIL, Iraq \xE2\x80\x94 Two drones were downed.", &tokens);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].text, "ERBIL");
  EXPECT_EQ(m[0].cue, PlaceCue::kDateline);
  EXPECT_EQ(m[0].container, 1);
  EXPECT_EQ(m[1].role, MentionRole::kContainer);
}

TEST(FinderTest, SubjectsCommonWordsAndNames) {
  std::vector<Token> tokens;
  std::vector<PlaceMention> m = FindIn("Tehran said it would respond.", &tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].subject_of_verb);

  m = FindIn("Police said the suspect fled.", &tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].common_word);
  EXPECT_TRUE(m[0].sentence_initial);

  m = FindIn("Jordan Peterson spoke at the event.", &tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].name_part);

  m = FindIn("Defence Minister Jordan Smith spoke.", &tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].name_part);

  // What is about a place, and a ship's name, say what, not where.
  m = FindIn("It was the first attack since the start of the Iraq war.", &tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].role, MentionRole::kModifier);
  m = FindIn("Gunmen boarded the tanker Baghdad.", &tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].role, MentionRole::kModifier);
  m = FindIn("Rockets hit Baghdad on Monday.", &tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].role, MentionRole::kPlace);
}

TEST(FinderTest, WordsThatAreNotNames) {
  std::vector<Token> tokens;
  for (const char* sentence :
       {"the mission was accomplished in time.", "Iran-backed militias claimed the attack.",
        "The fighters were killed.", "", "...", "In the end, nothing."}) {
    EXPECT_TRUE(FindIn(sentence, &tokens).empty()) << sentence;
  }
}

// A document's sentences found together give what each found alone gives
// (more sentences than the finder groups at once).
TEST(FinderTest, DocumentEqualsSentenceBySentence) {
  const std::string text =
      "Protests spread to Erbil, Mosul and Karbala after the attack. "
      "The drone hit the capital of Iraq's Kurdistan region. "
      "Rockets landed near Taji, north of Baghdad. "
      "Tehran said it would respond. "
      "Police said the suspect fled. "
      "Jordan Peterson spoke at the event. "
      "Defence Minister Jordan Smith spoke. "
      "the mission was accomplished in time. "
      "Iran-backed militias claimed the attack. "
      "Two drones were downed over Erbil. "
      "Fighting continued in western Anbar province. "
      "Mr. Smith arrived in Baghdad.";
  const std::vector<Token> tokens = geo_testing::Tokenize(text);
  std::vector<Sentence> sentences;
  uint32_t first = 0;
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    if (tokens[t].text == "." && (t + 1 == tokens.size() || tokens[t + 1].text != "Smith")) {
      Sentence s;
      s.first_token = first;
      s.end_token = t + 1;
      sentences.push_back(s);
      first = t + 1;
    }
  }
  ASSERT_EQ(sentences.size(), 12u);
  const ToponymFinder finder(geo_testing::FixtureGazetteer());
  std::vector<PlaceMention> together, alone;
  finder.Find(tokens, sentences, &together);
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    finder.Find(
        std::span<const Token>(tokens).subspan(sentences[s].first_token, sentences[s].size()), s,
        &alone);
  }
  ASSERT_GT(alone.size(), 10u);
  ASSERT_EQ(together.size(), alone.size());
  for (size_t m = 0; m < alone.size(); ++m) {
    const PlaceMention& a = together[m];
    const PlaceMention& b = alone[m];
    EXPECT_EQ(a.sentence, b.sentence) << b.text;
    EXPECT_EQ(a.first_token, b.first_token) << b.text;
    EXPECT_EQ(a.end_token, b.end_token) << b.text;
    EXPECT_EQ(a.text, b.text);
    EXPECT_EQ(a.key, b.key) << b.text;
    EXPECT_EQ(a.cue, b.cue) << b.text;
    EXPECT_EQ(a.qualifier, b.qualifier) << b.text;
    EXPECT_EQ(a.part, b.part) << b.text;
    EXPECT_EQ(a.role, b.role) << b.text;
    EXPECT_EQ(a.name_part, b.name_part) << b.text;
    EXPECT_EQ(a.container, b.container) << b.text;
    EXPECT_EQ(a.list_previous, b.list_previous) << b.text;
  }
}

TEST(FinderTest, ArabicScript) {
  std::vector<Token> tokens;
  const std::vector<PlaceMention> m = FindIn(
      "\xD8\xA7\xD9\x86\xD9\x81\xD8\xAC\xD8\xA7\xD8\xB1 \xD9\x81\xD9\x8A "
      "\xD8\xA3\xD8\xB1\xD8\xA8\xD9\x8A\xD9\x84",  // انفجار في أربيل
      &tokens);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].arabic_script);
  EXPECT_EQ(m[0].text, "\xD8\xA3\xD8\xB1\xD8\xA8\xD9\x8A\xD9\x84");
}

}  // namespace
}  // namespace casus
