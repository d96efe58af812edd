// casus — a hand-tagged sentence for the nlp tests (test-only):
// "word/TAG[/lemma]" items separated by spaces, turned into the tokens, tags
// and lemmas the tagger and lemmatiser would give. Lemmas default to the
// word in lower case.
#ifndef CASUS_NLP_ANNOTATED_TEST_SENTENCE_H_
#define CASUS_NLP_ANNOTATED_TEST_SENTENCE_H_

#include <gtest/gtest.h>

#include <cctype>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "nlp/clause_analyzer.h"
#include "nlp/pos_tag.h"

namespace casus {

struct Annotated {
  std::string text;
  std::vector<Token> tokens;
  std::vector<PosTag> tags;
  std::vector<std::string> lemma_store;
  std::vector<std::string_view> lemmas;

  explicit Annotated(const std::string& annotated) {
    std::istringstream in(annotated);
    std::vector<std::string> words;
    for (std::string item; in >> item;) {
      const size_t slash = item.find('/', 1);
      const size_t slash2 = item.find('/', slash + 1);
      std::string word = item.substr(0, slash);
      std::string tag = item.substr(
          slash + 1, slash2 == std::string::npos ? std::string::npos : slash2 - slash - 1);
      std::string lemma = slash2 == std::string::npos ? word : item.substr(slash2 + 1);
      for (char& c : lemma) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      auto parsed = ParsePosTag(tag);
      EXPECT_TRUE(parsed.has_value()) << tag;
      tags.push_back(parsed.value_or(PosTag::kNN));
      if (!text.empty()) text += ' ';
      words.push_back(word);
      text += word;
      lemma_store.push_back(lemma);
    }
    size_t offset = 0;
    for (const std::string& word : words) {
      Token t;
      t.start = static_cast<uint32_t>(offset);
      t.end = static_cast<uint32_t>(offset + word.size());
      tokens.push_back(t);
      offset += word.size() + 1;
    }
    for (Token& t : tokens) t.text = std::string_view(text).substr(t.start, t.end - t.start);
    for (const std::string& l : lemma_store) lemmas.push_back(l);
  }

  TaggedSentence View() const { return TaggedSentence{tokens, tags, lemmas, {}}; }

  // Expects every token written `word` to carry `expected` (and one to exist).
  void ExpectTagOf(std::string_view word, PosTag expected) const {
    bool seen = false;
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (tokens[k].text != word) continue;
      seen = true;
      EXPECT_EQ(tags[k], expected) << text;
    }
    EXPECT_TRUE(seen) << word;
  }
};

}  // namespace casus

#endif  // CASUS_NLP_ANNOTATED_TEST_SENTENCE_H_
