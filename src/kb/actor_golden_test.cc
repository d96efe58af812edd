// Golden actor-mention tests: realistic sentences and the actors casus must
// find in them, read from src/kb/testdata/mentions/*.txt.
//
// File format:
//   # comment
//   === document title       starts a new document (coreference resets)
//   @ 2021-02-16             the date of the following sentences
//   > Sentence text.
//     WORDS | ID | COUNTRY | SECTOR | CAMEO [| SOURCE]
// Each expected line is one mention, in text order: the words it covers, the
// KB id ("-" for none, "local:NAME" for an actor the document introduced),
// the codes ("-" for empty) and optionally the source (name, demonym,
// capital, agent, title, introduced, pronoun). A sentence block lists every
// mention of the sentence after document-level resolution.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "kb/actor_matcher.h"
#include "kb/document_actors.h"
#include "kb/kb_test_util.h"
#include "text/segmenter.h"

namespace casus {
namespace {

struct Expected {
  std::string text, id, country, sector, cameo, source;
  int line = 0;
};

struct SentenceCase {
  std::string text;
  std::optional<Date> date;
  std::vector<Expected> mentions;
  int line = 0;
  bool new_document = false;
};

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  return s.substr(i);
}

std::vector<std::string> SplitBars(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, '|')) out.push_back(Trim(field));
  return out;
}

std::vector<SentenceCase> ReadCases(const std::string& path) {
  std::ifstream in(path);
  std::vector<SentenceCase> cases;
  std::optional<Date> date;
  bool new_document = true;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    const std::string text = Trim(line);
    if (text.empty() || text[0] == '#') continue;
    if (text.rfind("===", 0) == 0) {
      new_document = true;
    } else if (text[0] == '@') {
      date = Date::Parse(Trim(text.substr(1)));
    } else if (text[0] == '>') {
      SentenceCase c;
      c.text = Trim(text.substr(1));
      c.date = date;
      c.line = line_no;
      c.new_document = new_document;
      new_document = false;
      cases.push_back(std::move(c));
    } else {
      auto fields = SplitBars(text);
      EXPECT_GE(fields.size(), 5u) << path << ":" << line_no << ": malformed expectation";
      if (fields.size() < 5 || cases.empty()) continue;
      Expected e{fields[0], fields[1], fields[2],
                 fields[3], fields[4], fields.size() > 5 ? fields[5] : "",
                 line_no};
      cases.back().mentions.push_back(std::move(e));
    }
  }
  return cases;
}

std::string Dash(const std::string& s) { return s.empty() ? "-" : s; }

std::string Describe(const ActorMatcher& matcher, const DocumentActors& doc, const ActorMention& m,
                     std::span<const Token> tokens) {
  const Actor a = matcher.ToActor(m, tokens);
  std::string id = a.id;
  if (m.local_actor >= 0) id = "local:" + doc.local_actors()[m.local_actor].name;
  return a.text + " | " + Dash(id) + " | " + Dash(a.country) + " | " + Dash(a.sector) + " | " +
         Dash(a.cameo) + " | " + std::string(ToString(m.source));
}

// How sentences become tokens: the test tokenizer (kb_test_util.h) or the
// text stage's segmenter, which the pipeline uses.
enum class Tokenizer { kTest, kSegmenter };

std::vector<Token> Tokenize(const std::string& text, Tokenizer tokenizer) {
  if (tokenizer == Tokenizer::kTest) return testing::TokenizeForTest(text);
  static const TextSegmenter* segmenter = new TextSegmenter();
  return segmenter->Segment(text).tokens;
}

// Runs every file of `dir` against `kb`; returns the number of mentions checked.
int RunGoldenDir(const KnowledgeBase& kb, const std::string& dir, const std::string& prefix,
                 Tokenizer tokenizer = Tokenizer::kTest) {
  const ActorMatcher matcher(kb);
  int checked = 0;
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && entry.path().extension() == ".txt") {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) {
    const std::vector<SentenceCase> cases = ReadCases(file);
    std::unique_ptr<DocumentActors> doc;
    ActorMatcher::Scratch scratch;
    for (const SentenceCase& c : cases) {
      if (c.new_document || doc == nullptr) doc = std::make_unique<DocumentActors>(matcher);
      const std::vector<Token> tokens = Tokenize(c.text, tokenizer);
      std::vector<ActorMention> mentions;
      matcher.Match(tokens, c.date, scratch, mentions);
      doc->AddSentence(tokens, mentions);
      std::string actual;
      for (const ActorMention& m : mentions)
        actual += "\n    " + Describe(matcher, *doc, m, tokens);
      const std::string where = file + ":" + std::to_string(c.line);
      EXPECT_EQ(mentions.size(), c.mentions.size())
          << where << ": " << c.text << "\n  actual:" << actual;
      for (size_t i = 0; i < c.mentions.size() && i < mentions.size(); ++i) {
        const Expected& e = c.mentions[i];
        std::string expected =
            e.text + " | " + e.id + " | " + e.country + " | " + e.sector + " | " + e.cameo;
        std::string got = Describe(matcher, *doc, mentions[i], tokens);
        if (e.source.empty())
          got = got.substr(0, got.rfind(" | "));
        else
          expected += " | " + e.source;
        EXPECT_EQ(got, expected) << file << ":" << e.line << ": " << c.text
                                 << "\n  actual:" << actual;
        ++checked;
      }
    }
  }
  return checked;
}

TEST(ActorGoldenTest, FixtureKnowledgeBase) {
  const auto paths = testing::FixtureKbPaths();
  auto kb = KnowledgeBase::Load(paths);
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  const int checked =
      RunGoldenDir(*kb, testing::SourceDir() + "/src/kb/testdata/mentions", "fixture_");
  RecordProperty("mentions_checked", checked);
  EXPECT_GE(checked, 150) << "the fixture golden set must keep at least 150 mentions";
}

// The same sentences cut by the text stage's tokenizer.
TEST(ActorGoldenTest, FixtureKnowledgeBaseWithSegmenter) {
  const auto paths = testing::FixtureKbPaths();
  auto kb = KnowledgeBase::Load(paths);
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  const int checked = RunGoldenDir(*kb, testing::SourceDir() + "/src/kb/testdata/mentions",
                                   "fixture_", Tokenizer::kSegmenter);
  EXPECT_GE(checked, 150);
}

TEST(ActorGoldenTest, BundledKnowledgeBase) {
  const std::string root = testing::SourceDir();
  if (!std::filesystem::exists(root + "/data/kb/middle_east_iraq.kb")) {
    GTEST_SKIP() << "data/kb/middle_east_*.kb not present yet";
  }
  const std::string dir[] = {root + "/data/kb"};
  auto kb = KnowledgeBase::Load(dir);
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  const int checked = RunGoldenDir(*kb, root + "/src/kb/testdata/mentions", "bundled_");
  RecordProperty("mentions_checked", checked);
  EXPECT_GT(checked, 0);
  EXPECT_EQ(
      RunGoldenDir(*kb, root + "/src/kb/testdata/mentions", "bundled_", Tokenizer::kSegmenter),
      checked);
}

}  // namespace
}  // namespace casus
