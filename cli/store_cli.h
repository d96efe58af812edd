// What the store commands (ingest, query, export) share: opening the store
// named by --db and loading the knowledge base named by --kb.
#ifndef CASUS_CLI_STORE_CLI_H_
#define CASUS_CLI_STORE_CLI_H_

#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kb/knowledge_base.h"
#include "store/store.h"

namespace casus::cli {

inline constexpr const char* kDefaultStore = "casus.db";
inline constexpr const char* kStoreHelp =
    "The store: an SQLite file (created when absent) or a postgresql:// URL";

inline bool IsServerStore(const std::string& db) {
  return db.starts_with("postgresql://") || db.starts_with("postgres://");
}

// Opens an existing store for reading; an absent SQLite file is an error
// rather than a new empty store. Prints the reason and returns null.
inline std::unique_ptr<Store> OpenExistingStore(const char* command, const std::string& db) {
  if (!IsServerStore(db) && !std::filesystem::exists(db)) {
    std::fprintf(stderr, "casus %s: no store at %s (casus ingest creates one; --db names it)\n",
                 command, db.c_str());
    return nullptr;
  }
  auto store = Store::Open(db);
  if (!store.ok()) {
    std::fprintf(stderr, "casus %s: %s\n", command, store.status().message().c_str());
    return nullptr;
  }
  return std::move(store.value());
}

// The knowledge base of --kb (default: the bundled one). Without --kb a
// missing bundled knowledge base is a warning, not an error.
inline std::optional<KnowledgeBase> LoadKnowledgeBase(const char* command,
                                                      const std::vector<std::string>& paths,
                                                      bool* failed) {
  *failed = false;
  auto kb = paths.empty() ? KnowledgeBase::LoadDefault() : KnowledgeBase::Load(paths);
  if (kb.ok()) return std::move(kb.value());
  if (paths.empty()) {
    std::fprintf(stderr, "casus %s: warning: no knowledge base (%s); names match as written\n",
                 command, kb.status().message().c_str());
  } else {
    std::fprintf(stderr, "casus %s: cannot load the knowledge base:\n%s\n", command,
                 kb.status().message().c_str());
    *failed = true;
  }
  return std::nullopt;
}

}  // namespace casus::cli

#endif  // CASUS_CLI_STORE_CLI_H_
