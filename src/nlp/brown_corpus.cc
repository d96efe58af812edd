#include "nlp/brown_corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

namespace casus {
namespace {

struct BrownToken {
  std::string word;
  std::string base;  // tag without suffixes, foreign prefix, compound tail, negation, possessive
  bool title = false;
  bool foreign = false;
  bool possessive = false;
  bool negated = false;  // tag ended in * ("don't"/do*)
  std::string second;    // second part of a compound tag ("he's"/pps+bez: "bez")
};

bool StartsUpper(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }
// "NATO", "FBI": two to six capitals, no other characters; "TV" excepted.
bool IsAcronym(std::string_view w) {
  return w.size() >= 2 && w.size() <= 6 && w != "TV" &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}
bool IsDigitString(std::string_view w) {
  return !w.empty() &&
         std::all_of(w.begin(), w.end(),
                     [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.'; }) &&
         w[0] >= '0' && w[0] <= '9';
}

BrownToken ParseBrownTag(std::string word, std::string_view tag) {
  BrownToken t;
  t.word = std::move(word);
  std::string s(tag);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view suffix : {"-tl", "-hl", "-nc"}) {
      if (s.size() > suffix.size() && s.ends_with(suffix)) {
        if (suffix == "-tl") t.title = true;
        s.resize(s.size() - suffix.size());
        stripped = true;
      }
    }
  }
  if (s.starts_with("fw-")) {
    t.foreign = true;
    s = s.substr(3);
  }
  if (const size_t plus = s.find('+'); plus != std::string::npos && plus > 0) {
    t.second = s.substr(plus + 1);
    s.resize(plus);
  }
  if (s.size() > 1 && s.back() == '*') {
    t.negated = true;
    s.pop_back();
  }
  if (s.size() > 1 && s.back() == '$' && s != "pp$" && s != "pp$$" && s != "wp$") {
    t.possessive = true;
    s.pop_back();
  }
  t.base = std::move(s);
  return t;
}

// Penn tag of a punctuation token, by its form; nullopt when not punctuation.
std::optional<PosTag> PunctuationTag(std::string_view w) {
  if (w == ",") return PosTag::kComma;
  if (w == "." || w == "?" || w == "!") return PosTag::kPeriod;
  if (w == ";" || w == ":" || w == "--") return PosTag::kColon;
  if (w == "(" || w == "[") return PosTag::kLeftParen;
  if (w == ")" || w == "]") return PosTag::kRightParen;
  if (w == "``") return PosTag::kOpenQuote;
  if (w == "''" || w == "'") return PosTag::kCloseQuote;
  return std::nullopt;
}

bool IsPunctuationTag(std::string_view base) {
  return base == "," || base == "." || base == ":" || base == "--" || base == "(" || base == ")" ||
         base == "``" || base == "''" || base == "'";
}

bool IsOneOf(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

std::string Lower(std::string_view w) {
  std::string s(w);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The context-free part of the mapping. vb/hv/do come back as kVB and are
// settled by ResolveBaseForms.
PosTag MapWordTag(const BrownToken& t, const BrownToken* next) {
  const std::string& b = t.base;
  const std::string w = Lower(t.word);
  if (t.foreign) return PosTag::kFW;
  if (t.title && StartsUpper(t.word) &&
      IsOneOf(b, {"nn", "nns", "np", "nps", "nr", "nrs", "jj", "jjr", "jjs", "jjt", "vbn", "vbg",
                  "od"})) {
    return IsOneOf(b, {"nns", "nps", "nrs"}) ? PosTag::kNNPS : PosTag::kNNP;
  }
  const std::string next_base = next != nullptr ? next->base : "";
  static const std::unordered_map<std::string_view, PosTag> kDirect = {
      {"at", PosTag::kDT},    {"be", PosTag::kVB},   {"bed", PosTag::kVBD},
      {"bedz", PosTag::kVBD}, {"beg", PosTag::kVBG}, {"bem", PosTag::kVBP},
      {"ben", PosTag::kVBN},  {"ber", PosTag::kVBP}, {"bez", PosTag::kVBZ},
      {"hvd", PosTag::kVBD},  {"hvz", PosTag::kVBZ}, {"hvg", PosTag::kVBG},
      {"hvn", PosTag::kVBN},  {"dod", PosTag::kVBD}, {"doz", PosTag::kVBZ},
      {"cc", PosTag::kCC},    {"cd", PosTag::kCD},   {"cs", PosTag::kIN},
      {"dt", PosTag::kDT},    {"dti", PosTag::kDT},  {"dts", PosTag::kDT},
      {"dtx", PosTag::kDT},   {"ex", PosTag::kEX},   {"in", PosTag::kIN},
      {"jj", PosTag::kJJ},    {"jjr", PosTag::kJJR}, {"jjs", PosTag::kJJ},
      {"jjt", PosTag::kJJS},  {"md", PosTag::kMD},   {"nn", PosTag::kNN},
      {"nns", PosTag::kNNS},  {"np", PosTag::kNNP},  {"nps", PosTag::kNNPS},
      {"od", PosTag::kJJ},    {"pn", PosTag::kNN},   {"pp$", PosTag::kPRPS},
      {"pp$$", PosTag::kPRP}, {"ppl", PosTag::kPRP}, {"ppls", PosTag::kPRP},
      {"ppo", PosTag::kPRP},  {"pps", PosTag::kPRP}, {"ppss", PosTag::kPRP},
      {"qlp", PosTag::kRB},   {"rb", PosTag::kRB},   {"rn", PosTag::kRB},
      {"rbr", PosTag::kRBR},  {"rbt", PosTag::kRBS}, {"rp", PosTag::kRP},
      {"to", PosTag::kTO},    {"uh", PosTag::kUH},   {"vbd", PosTag::kVBD},
      {"vbg", PosTag::kVBG},  {"vbn", PosTag::kVBN}, {"vbz", PosTag::kVBZ},
      {"wdt", PosTag::kWDT},  {"wp$", PosTag::kWPS}, {"wpo", PosTag::kWP},
      {"wps", PosTag::kWP},   {"wql", PosTag::kWRB}, {"wrb", PosTag::kWRB},
      {"*", PosTag::kRB},     {"vb", PosTag::kVB},   {"hv", PosTag::kVB},
      {"do", PosTag::kVB},    {"rb$", PosTag::kRB}};
  if (b == "in" && w == "to") return PosTag::kTO;
  if (b == "in" && w == "according") return PosTag::kVBG;              // according to
  if ((b == "wps" || b == "wpo") && w == "that") return PosTag::kWDT;  // relative "that"
  if (b == "ap") {
    if (w == "more" || w == "less" || w == "fewer") return PosTag::kJJR;
    if (w == "most" || w == "least" || w == "fewest") return PosTag::kJJS;
    return PosTag::kJJ;
  }
  if (b == "ql") {
    if (w == "more" || w == "less") return PosTag::kRBR;
    if (w == "most" || w == "least") return PosTag::kRBS;
    return PosTag::kRB;
  }
  if (b == "abn" || b == "abx") {
    return IsOneOf(next_base, {"at", "pp$", "dts", "dt"}) ? PosTag::kPDT : PosTag::kDT;
  }
  if (b == "abl") {
    if (next_base == "at") return PosTag::kPDT;
    return w == "such" ? PosTag::kJJ : PosTag::kRB;
  }
  if (b == "nn" && IsAcronym(t.word)) return PosTag::kNNP;  // NATO/nn, FBI/nn, UN/nn
  if (b == "nr") return StartsUpper(t.word) ? PosTag::kNNP : PosTag::kNN;
  if (b == "nrs") return StartsUpper(t.word) ? PosTag::kNNPS : PosTag::kNNS;
  if (auto it = kDirect.find(b); it != kDirect.end()) return it->second;
  return PosTag::kNN;  // rare leftovers (e.g. bare "nil" words) read as nouns
}

bool StartsWithAny(std::string_view w, std::initializer_list<std::string_view> stems) {
  for (std::string_view s : stems) {
    if (w.starts_with(s)) return true;
  }
  return false;
}

// A verb of causation or perception, whose object is followed by a bare
// infinitive: "let the men go", "made the militias hand over", "saw the
// jets strike".
bool IsCausativeVerb(std::string_view lower) {
  return IsOneOf(lower, {"let",    "lets",    "letting", "make",   "makes",   "made",    "making",
                         "have",   "has",     "had",     "having", "see",     "sees",    "saw",
                         "seen",   "seeing",  "hear",    "hears",  "heard",   "hearing", "feel",
                         "feels",  "felt",    "bid",     "watch",  "watched", "watches", "watching",
                         "notice", "noticed", "help",    "helps",  "helped",  "helping"});
}

// A word after which a "that" clause takes the mandative subjunctive:
// "demanded that the US cancel", "essential that the ceasefire hold".
bool IsMandativeTrigger(std::string_view lower) {
  return StartsWithAny(lower,
                       {"demand", "insist", "recommend", "propos", "request", "requir", "stipulat",
                        "decree", "essential", "imperative", "vital", "necessary", "important"}) ||
         IsOneOf(lower, {"urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking",
                         "order", "ordered", "orders", "ordering"});
}

// The index of the first token of the noun phrase ending at `last`
// (determiners, modifiers and nouns), or `last` + 1 when there is none.
int NounPhraseStart(const std::vector<BrownToken>& toks, int last) {
  int k = last;
  while (k >= 0 &&
         IsOneOf(toks[k].base, {"at",  "jj",  "jjr", "jjs", "jjt", "nn",   "nns", "np",  "nps",
                                "nr",  "nrs", "cd",  "od",  "ap",  "pp$",  "abn", "abx", "dt",
                                "dts", "dti", "dtx", "ql",  "pps", "ppss", "``"})) {
    --k;
  }
  return k + 1;
}

// A base form after a subject is a subjunctive or a bare infinitive, not a
// present tense, when the subject is third person singular ("that the
// ceasefire hold"), the object of a causative verb ("let the inspectors
// return"), or opens a mandative "that" clause ("demanded that NATO
// withdraw").
bool IsBareAfterSubject(const std::vector<BrownToken>& toks, int subject) {
  const BrownToken& s = toks[subject];
  if (IsOneOf(s.base, {"pps", "nn", "np", "nr", "pn"}) && s.second.empty()) return true;
  const int start = NounPhraseStart(toks, subject);
  if (start == 0 || start > subject) return false;
  const BrownToken& before = toks[start - 1];
  if (before.base.starts_with("v") || before.base.starts_with("hv")) {
    return IsCausativeVerb(Lower(before.word));
  }
  return before.base == "cs" && Lower(before.word) == "that" && start >= 2 &&
         IsMandativeTrigger(Lower(toks[start - 2].word));
}

// vb, hv, do: base form (VB) or present tense (VBP), from the left context.
void ResolveBaseForms(const std::vector<BrownToken>& toks, std::vector<PosTag>& tags) {
  for (size_t i = 0; i < toks.size(); ++i) {
    const BrownToken& t = toks[i];
    if (t.foreign || !IsOneOf(t.base, {"vb", "hv", "do"})) continue;
    int j = static_cast<int>(i) - 1;
    while (j >= 0 && IsOneOf(toks[j].base, {"rb", "rbr", "rbt", "ql", "qlp", "*", "rn"})) --j;
    bool initial = true;
    for (int k = 0; k <= j; ++k) initial &= IsOneOf(toks[k].base, {"``", "("});
    PosTag tag = PosTag::kVB;
    if (!initial) {
      // The part of a compound next to this word: "they'll"/ppss+md → md.
      const std::string& b = toks[j].second.empty() ? toks[j].base : toks[j].second;
      if (b == "cc") {
        tag = PosTag::kVBP;
        for (int k = j - 1; k >= 0; --k) {
          if (IsVerb(tags[k]) || tags[k] == PosTag::kMD) {
            tag = (tags[k] == PosTag::kVB || tags[k] == PosTag::kMD) ? PosTag::kVB : PosTag::kVBP;
            break;
          }
        }
      } else if (IsOneOf(b, {"ppss", "pps", "nns", "nps", "np", "nn", "nr", "nrs", "pn", "wps",
                             "wdt", "ex", "cd", "dts", "dti", "ap", "abn", "abx", "ppls"})) {
        tag = IsBareAfterSubject(toks, j) ? PosTag::kVB : PosTag::kVBP;
      }
    }
    tags[i] = tag;
  }
}

void Emit(GoldSentence& out, std::string word, PosTag tag) {
  out.words.push_back(std::move(word));
  out.tags.push_back(tag);
}

}  // namespace

GoldSentence MapBrownSentence(const std::vector<std::pair<std::string, std::string>>& tokens,
                              bool split_clitics) {
  std::vector<BrownToken> toks;
  toks.reserve(tokens.size());
  for (const auto& [word, tag] : tokens) {
    BrownToken t = ParseBrownTag(word, tag);
    if (t.base == "nil" && !PunctuationTag(t.word)) continue;
    toks.push_back(std::move(t));
  }
  std::vector<PosTag> tags(toks.size());
  for (size_t i = 0; i < toks.size(); ++i) {
    const BrownToken& t = toks[i];
    const auto punct = PunctuationTag(t.word);
    if (punct && (IsPunctuationTag(t.base) || t.base == "nil" || t.word == ";" || t.word == "?" ||
                  t.word == "!")) {
      tags[i] = *punct;
    } else {
      tags[i] = MapWordTag(t, i + 1 < toks.size() ? &toks[i + 1] : nullptr);
    }
  }
  ResolveBaseForms(toks, tags);

  GoldSentence out;
  for (size_t i = 0; i < toks.size(); ++i) {
    const std::string& w = toks[i].word;
    if (w.size() > 1 && w[0] == '$' && IsDigitString(std::string_view(w).substr(1))) {
      Emit(out, "$", PosTag::kDollar);
      Emit(out, w.substr(1), PosTag::kCD);
      continue;
    }
    if (w.size() > 1 && w.back() == '%' &&
        IsDigitString(std::string_view(w).substr(0, w.size() - 1))) {
      Emit(out, w.substr(0, w.size() - 1), PosTag::kCD);
      Emit(out, "%", PosTag::kNN);
      continue;
    }
    if (split_clitics && toks[i].negated && w.size() > 3 && Lower(w).ends_with("n't")) {
      Emit(out, w.substr(0, w.size() - 3), tags[i]);  // do n't, ca n't, wo n't
      Emit(out, w.substr(w.size() - 3), PosTag::kRB);
      continue;
    }
    if (const size_t apostrophe = w.rfind('\''); split_clitics && !toks[i].second.empty() &&
                                                 apostrophe != std::string::npos &&
                                                 apostrophe > 0) {
      BrownToken clitic;
      clitic.word = w.substr(apostrophe);
      clitic.base = toks[i].second;
      PosTag clitic_tag = MapWordTag(clitic, nullptr);
      if (clitic_tag == PosTag::kVB) clitic_tag = PosTag::kVBP;  // I've, we've
      Emit(out, w.substr(0, apostrophe), tags[i]);
      Emit(out, clitic.word, clitic_tag);
      continue;
    }
    if (toks[i].possessive && split_clitics && w.size() > 2) {
      const size_t cut = w.ends_with("'s") ? w.size() - 2 : (w.ends_with("'") ? w.size() - 1 : 0);
      if (cut > 0) {
        Emit(out, w.substr(0, cut), tags[i]);
        Emit(out, w.substr(cut), PosTag::kPOS);
        continue;
      }
    }
    Emit(out, w, tags[i]);
  }
  return out;
}

Result<std::vector<std::string>> ListBrownFiles(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() == 4 && name[0] == 'c' && name[1] >= 'a' && name[1] <= 'r' &&
        std::isdigit(static_cast<unsigned char>(name[2])) &&
        std::isdigit(static_cast<unsigned char>(name[3]))) {
      files.push_back(entry.path().string());
    }
  }
  if (ec)
    return Status::NotFound("cannot list Brown corpus directory '" + dir + "': " + ec.message());
  if (files.empty()) return Status::NotFound("no Brown corpus files (c[a-r]NN) in '" + dir + "'");
  std::sort(files.begin(), files.end());
  return files;
}

Result<std::vector<GoldSentence>> ReadBrownFile(const std::string& path, size_t* sentence_counter) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open Brown file '" + path + "'");
  std::vector<GoldSentence> sentences;
  std::string line;
  std::vector<std::pair<std::string, std::string>> tokens;
  while (std::getline(in, line)) {
    tokens.clear();
    std::istringstream fields(line);
    std::string item;
    while (fields >> item) {
      const size_t slash = item.rfind('/');
      if (slash == std::string::npos || slash == 0 || slash + 1 == item.size()) continue;
      tokens.emplace_back(item.substr(0, slash), item.substr(slash + 1));
    }
    if (tokens.empty()) continue;
    GoldSentence s = MapBrownSentence(tokens, (*sentence_counter)++ % 2 == 1);
    if (!s.words.empty()) sentences.push_back(std::move(s));
  }
  return sentences;
}

Result<std::vector<GoldSentence>> ReadBrownCorpus(const std::string& dir, bool held_out) {
  auto files = ListBrownFiles(dir);
  if (!files.ok()) return files.status();
  std::vector<GoldSentence> all;
  size_t counter = 0;
  for (size_t i = 0; i < files->size(); ++i) {
    if (IsHeldOutBrownFile(i) != held_out) continue;
    auto sentences = ReadBrownFile((*files)[i], &counter);
    if (!sentences.ok()) return sentences.status();
    for (GoldSentence& s : *sentences) all.push_back(std::move(s));
  }
  return all;
}

Result<std::vector<GoldSentence>> ReadPennTaggedFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open tagged file '" + path + "'");
  std::vector<GoldSentence> sentences;
  std::string line;
  for (int line_no = 1; std::getline(in, line); ++line_no) {
    if (line.starts_with("##")) continue;
    std::istringstream fields(line);
    std::string item;
    GoldSentence s;
    while (fields >> item) {
      const size_t slash = item.rfind('/');
      const auto tag = slash == std::string::npos
                           ? std::nullopt
                           : ParsePosTag(std::string_view(item).substr(slash + 1));
      if (slash == 0 || !tag) {
        return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": bad token '" + item +
                                    "' (want word/TAG with a Penn tag)");
      }
      s.words.push_back(item.substr(0, slash));
      s.tags.push_back(*tag);
    }
    if (!s.words.empty()) sentences.push_back(std::move(s));
  }
  return sentences;
}

}  // namespace casus
