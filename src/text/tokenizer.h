// Tokenizer: cuts UTF-8 news text into word, number, punctuation and
// symbol tokens, each a view with byte offsets into the text.
//
// Rules (news English):
//   words    letters, marks and digits; one hyphen between word characters
//            joins ("al-Asad", "Iran-backed", "F-16", "U.S.-led"); an
//            apostrophe between letters joins ("Kata'ib", "O'Brien") except
//            clitics, which become their own word tokens: possessive and
//            contracted "'s", "'re", "'ve", "'ll", "'d"/"'m" after a pronoun,
//            and "n't" ("Iran's" → "Iran" "'s", "don't" → "do" "n't",
//            "can't" → "ca" "n't", Penn Treebank style). A trailing apostrophe
//            ("soldiers'") is a separate punctuation token.
//   periods  kept inside the token for dotted initialisms ("U.S.", "a.m.",
//            "Ph.D."), single capital initials ("W."), and listed
//            abbreviations ("Gen.", "Jan.", "Inc."; "No." only before a
//            digit). Every other period is its own token.
//   numbers  digits with thousands groups, decimals, times, dates, ranges
//            and fractions: "1,500", "2.5", "9:30", "2021-02-15", "10-12",
//            "9/11" (kNumber); ordinals and decades "3rd", "1980s"
//            (kNumber); other digit-letter mixtures "122mm", "30-year-old"
//            (kWord). Signs and units are separate: "$" "5", "50" "%".
//   punct    each quote, bracket, comma, colon, semicolon; runs of '.'
//            ("..."), of '?'/'!' ("?!"), of '-' ("--"), and of one dash
//            character ("—"); "``" and "''" are single quote tokens.
//   symbols  URLs ("https://…", "www.…", "reuters.com/…") and e-mail
//            addresses are one kSymbol token each; "@handle" and "#tag" are
//            one kWord token; emoji with modifiers/ZWJ sequences and flag
//            pairs are one kSymbol token; other symbols one per code point.
//   spaces   never inside a token. Zero-width spaces, BOMs and stray format
//            characters are skipped.
//
// Cost: linear in the text; every look-ahead is bounded. No allocation
// beyond growing the output vector.
//
// Thread safety: immutable after construction; Tokenize is const.
#ifndef CASUS_TEXT_TOKENIZER_H_
#define CASUS_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "casus/document.h"
#include "text/lexicon.h"

namespace casus {

class Tokenizer {
 public:
  struct Options {
    // Split clitics ("'s", "n't", ...) off their host word. When false,
    // "Iran's" and "don't" stay single tokens.
    bool split_clitics = true;
  };

  Tokenizer(Lexicon lexicon, Options options);

  // Appends the tokens of `text` to `out`. `text` must be shorter than
  // 2^32 bytes (offsets are 32-bit); the caller truncates longer text.
  void Tokenize(std::string_view text, std::vector<Token>& out) const;

  const Lexicon& lexicon() const { return lexicon_; }

 private:
  Lexicon lexicon_;
  Options options_;
};

}  // namespace casus

#endif  // CASUS_TEXT_TOKENIZER_H_
