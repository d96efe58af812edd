// The sample articles (data/samples/articles.jsonl, read by the intake reader
// as `casus code` reads them) paired with their hand-coded events
// (data/samples/gold.jsonl, as `casus eval` reads them), for the golden
// tests. Problems with either file are reported as test failures.
#ifndef CASUS_TESTS_SAMPLE_CORPUS_H_
#define CASUS_TESTS_SAMPLE_CORPUS_H_

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "eval/gold.h"
#include "eval/kb_names.h"
#include "intake/document_reader.h"
#include "kb/knowledge_base.h"

namespace casus::testing {

inline std::string SourcePath(const std::string& name) {
  return std::string(CASUS_SOURCE_DIR) + "/" + name;
}

struct SampleCorpus {
  GoldFile gold;
  // Each article with its gold document (a pointer into `gold`).
  std::vector<std::pair<Document, const GoldDocument*>> articles;
};

inline SampleCorpus LoadSampleCorpus() {
  SampleCorpus corpus;
  auto gold = LoadGoldFile(SourcePath("data/samples/gold.jsonl"));
  if (!gold.ok()) {
    ADD_FAILURE() << gold.status().message();
    return corpus;
  }
  EXPECT_TRUE(gold->errors.empty());
  corpus.gold = std::move(gold.value());
  // Gold names are matched as `casus eval` matches them: also through the
  // bundled knowledge base's names of the predicted actor.
  auto kb = KnowledgeBase::LoadDefault();
  if (!kb.ok()) {
    ADD_FAILURE() << kb.status().message();
    return corpus;
  }
  for (GoldDocument& g : corpus.gold.documents) {
    ResolveGoldNames([&](std::string_view name) { return KbNameInfo(*kb, name); }, g);
  }
  std::map<std::string, const GoldDocument*> by_id;
  for (const GoldDocument& g : corpus.gold.documents) by_id[g.document.id] = &g;
  DocumentReader reader(IntakeOptions{});
  reader.Read({SourcePath("data/samples/articles.jsonl")}, [&](IntakeRecord&& record) {
    if (!record.status.ok()) {
      ADD_FAILURE() << record.id << ": " << record.status.message();
      return;
    }
    auto it = by_id.find(record.document.id);
    if (it == by_id.end()) {
      ADD_FAILURE() << record.document.id << " has no gold line";
      return;
    }
    corpus.articles.emplace_back(std::move(record.document), it->second);
  });
  EXPECT_EQ(corpus.articles.size(), corpus.gold.documents.size());
  return corpus;
}

}  // namespace casus::testing

#endif  // CASUS_TESTS_SAMPLE_CORPUS_H_
