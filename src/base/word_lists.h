// Whether a word is one of a short list written in the code: how the coder,
// the clause analyzer, intent reading and the assembler test lemmas
// against their word lists. A pure function.
#ifndef CASUS_BASE_WORD_LISTS_H_
#define CASUS_BASE_WORD_LISTS_H_

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace casus {

inline bool IsAny(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

}  // namespace casus

#endif  // CASUS_BASE_WORD_LISTS_H_
