// Where casus finds its data at run time: the in-repo knowledge base and
// dictionaries (data/), and build products such as the trained tagger model
// and the compiled gazetteer (<build>/data/).
//
// Lookup order for FindDataFile(name):
//   1. $CASUS_DATA_DIR/name
//   2. <directory of the running executable>/data/name, then ../data/name,
//      then ../share/casus/name (installed layouts)
//   3. the build tree's data directory (compile-time CASUS_BUILD_DATA_DIR)
//   4. the source tree's data directory (compile-time CASUS_SOURCE_DATA_DIR)
// The first existing path wins.
//
// Thread safety: pure functions of the file system and environment.
#ifndef CASUS_BASE_DATA_PATHS_H_
#define CASUS_BASE_DATA_PATHS_H_

#include <string>
#include <string_view>

#include "casus/status.h"

namespace casus {

// Returns the path of data file or directory `name` (e.g. "kb", "pos.model",
// "gazetteer.bin"), or NotFound naming the places searched.
Result<std::string> FindDataFile(std::string_view name);

}  // namespace casus

#endif  // CASUS_BASE_DATA_PATHS_H_
