// casus — the Pipeline facade: one object that turns a Document into coded
// records (events, relations, mentions).
//
// A Pipeline owns every stage's immutable state (tagger model, lemmatiser,
// knowledge base, event dictionary, gazetteer). It is built once — loading
// takes tens of milliseconds — and then Code() is const and safe to call from
// many threads at once: all per-document scratch state lives on the stack of
// the call.
//
// Pipeline is neither copyable nor movable: stages hold pointers into each
// other's tables.
#ifndef CASUS_PIPELINE_PIPELINE_H_
#define CASUS_PIPELINE_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "casus/document.h"
#include "casus/records.h"
#include "casus/status.h"

namespace casus {

struct PipelineOptions {
  // Knowledge-base files or directories (.kb, or PETRARCH/TABARI actor and
  // agent dictionaries). Empty: the bundled data/kb found by FindDataFile.
  std::vector<std::string> kb_paths;
  // Event dictionary files. Empty: the bundled data/dict.
  std::vector<std::string> dictionary_paths;
  // Tagger model and gazetteer; empty: found by FindDataFile.
  std::string tagger_model;
  std::string gazetteer;
  // Also produce sentence-level mentions (off: events and relations only).
  bool emit_mentions = false;
};

class KnowledgeBase;

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Codes one document. Never throws; a document with no events gives an
  // empty CodedDocument.
  CodedDocument Code(const Document& document) const;

  // The knowledge base the pipeline codes actors with.
  const KnowledgeBase& knowledge_base() const;

  struct Impl;

 private:
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace casus

#endif  // CASUS_PIPELINE_PIPELINE_H_
