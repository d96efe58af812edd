// Whether a word is one of a short list written in the code: how the coder,
// the clause analyzer, intent reading and the assembler test lemmas
// against their word lists; and a word in lower case to test so. Pure
// functions.
#ifndef CASUS_BASE_WORD_LISTS_H_
#define CASUS_BASE_WORD_LISTS_H_

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>

namespace casus {

inline bool IsAny(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// `text` in lower case (ASCII letters; other bytes as they are).
inline std::string Lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A noun naming a ship (lemma or lower-case word): "tanker", "ship", "vessel"
// ("carrier" only as part of "bulk carrier", "car carrier", for the caller
// to check).
inline bool IsShipNoun(std::string_view word) {
  return IsAny(word, {"ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter",
                      "freighters", "carrier", "carriers", "boat", "boats", "trawler", "trawlers",
                      "ferry", "yacht", "dhow", "dhows"});
}

}  // namespace casus

#endif  // CASUS_BASE_WORD_LISTS_H_
