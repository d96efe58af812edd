// Checks the invariants of a Segmentation (see text/segmenter.h). Used by
// the unit tests, the fuzzer, and anyone who builds a Segmentation by hand.
//
// Thread safety: pure function.
#ifndef CASUS_TEXT_SEGMENTATION_CHECK_H_
#define CASUS_TEXT_SEGMENTATION_CHECK_H_

#include <string_view>

#include "casus/status.h"
#include "text/segmenter.h"

namespace casus {

// Ok, or Internal naming the first violated invariant:
//   * tokens non-empty, in order, non-overlapping, views of `text` at their
//     offsets, without whitespace inside;
//   * every byte outside tokens is whitespace or an ignorable character;
//   * sentences non-empty, ordered, disjoint, spanning exactly their tokens;
//   * the dateline, if any, has the same shape and overlaps no sentence;
//   * tokens outside sentences and dateline look like bullet markers or a
//     dateline separator.
Status CheckSegmentation(std::string_view text, const Segmentation& segmentation);

}  // namespace casus

#endif  // CASUS_TEXT_SEGMENTATION_CHECK_H_
