#include "text/lexicon.h"

#include <array>

#include "text/char_class.h"

namespace casus {
namespace {

struct BuiltIn {
  const char* word;
  AbbreviationKind kind;
};

constexpr AbbreviationKind kT = AbbreviationKind::kTitle;
constexpr AbbreviationKind kN = AbbreviationKind::kNumberPrefix;
constexpr AbbreviationKind kM = AbbreviationKind::kMonth;
constexpr AbbreviationKind kO = AbbreviationKind::kOther;

// Titles and ranks precede a name; "St." is kOther because it is also
// "Street", which ends sentences.
// clang-format off
constexpr BuiltIn kAbbreviations[] = {
    // civil titles
    {"Mr", kT}, {"Mrs", kT}, {"Ms", kT}, {"Messrs", kT}, {"Mmes", kT}, {"Dr", kT}, {"Drs", kT},
    {"Prof", kT}, {"Rev", kT}, {"Msgr", kT}, {"Fr", kT}, {"Hon", kT}, {"Rt", kT}, {"Amb", kT},
    {"Pres", kT}, {"Sec", kT}, {"Sen", kT}, {"Sens", kT}, {"Rep", kT}, {"Reps", kT},
    {"Gov", kT}, {"Govs", kT}, {"Atty", kT}, {"Supt", kT}, {"Insp", kT}, {"Det", kT},
    {"Mt", kT}, {"Ft", kT},
    // military ranks
    {"Gen", kT}, {"Gens", kT}, {"Lt", kT}, {"Lieut", kT}, {"Col", kT}, {"Cols", kT},
    {"Maj", kT}, {"Capt", kT}, {"Cpt", kT}, {"Sgt", kT}, {"Sgts", kT}, {"Cpl", kT},
    {"Pvt", kT}, {"Pfc", kT}, {"Spc", kT}, {"Adm", kT}, {"Adms", kT}, {"Cmdr", kT},
    {"Cdr", kT}, {"Cmdt", kT}, {"Brig", kT}, {"Ens", kT}, {"Mgr", kT},
    // before numbers
    {"No", kN}, {"Nos", kN}, {"no", kN}, {"nos", kN}, {"Art", kN}, {"Vol", kN}, {"Vols", kN},
    {"vol", kN}, {"pp", kN}, {"Fig", kN}, {"Figs", kN}, {"fig", kN}, {"Ch", kN}, {"Nr", kN},
    {"Pp", kN}, {"Rte", kN},
    // months (May needs no period)
    {"Jan", kM}, {"Feb", kM}, {"Mar", kM}, {"Apr", kM}, {"Jun", kM}, {"Jul", kM}, {"Aug", kM},
    {"Sep", kM}, {"Sept", kM}, {"Oct", kM}, {"Nov", kM}, {"Dec", kM},
    // companies, names, places
    {"Inc", kO}, {"Corp", kO}, {"Ltd", kO}, {"Co", kO}, {"Cos", kO}, {"Bros", kO}, {"Jr", kO},
    {"Sr", kO}, {"Esq", kO}, {"St", kO}, {"Ste", kO}, {"Ave", kO}, {"Blvd", kO}, {"Rd", kO},
    {"Hwy", kO}, {"Dept", kO}, {"Univ", kO}, {"Assn", kO}, {"Assoc", kO}, {"Intl", kO},
    {"Natl", kO}, {"Govt", kO}, {"Dist", kO}, {"Mfg", kO}, {"Bldg", kO},
    // U.S. states in AP style
    {"Ala", kO}, {"Ariz", kO}, {"Ark", kO}, {"Calif", kO}, {"Colo", kO}, {"Conn", kO},
    {"Del", kO}, {"Fla", kO}, {"Ga", kO}, {"Ill", kO}, {"Ind", kO}, {"Kan", kO}, {"Kans", kO},
    {"Ky", kO}, {"La", kO}, {"Md", kO}, {"Mass", kO}, {"Mich", kO}, {"Minn", kO}, {"Miss", kO},
    {"Mo", kO}, {"Mont", kO}, {"Neb", kO}, {"Nev", kO}, {"Okla", kO}, {"Ore", kO}, {"Pa", kO},
    {"Tenn", kO}, {"Tex", kO}, {"Va", kO}, {"Vt", kO}, {"Wash", kO}, {"Wis", kO}, {"Wyo", kO},
    // lowercase Latin and measures
    {"vs", kO}, {"v", kO}, {"etc", kO}, {"al", kO}, {"approx", kO}, {"est", kO}, {"cf", kO},
    {"viz", kO}, {"lbs", kO}, {"oz", kO},
};
// clang-format on

// Closed-class words that open sentences. Open-class words (nouns, names)
// are deliberately absent: after "U.S." a capitalised noun is far more often
// a name continuation ("U.S. Army") than a new sentence.
constexpr const char* kSentenceStarters[] = {
    "a",           "about",        "according", "across",   "after",     "afterwards", "again",
    "against",     "all",          "also",      "although", "among",     "an",         "and",
    "another",     "any",          "are",       "as",       "at",        "because",    "before",
    "both",        "but",          "by",        "can",      "could",     "despite",    "did",
    "do",          "does",         "during",    "each",     "earlier",   "either",     "even",
    "every",       "few",          "finally",   "first",    "for",       "from",       "further",
    "furthermore", "had",          "has",       "have",     "he",        "her",        "here",
    "his",         "how",          "however",   "i",        "if",        "in",         "indeed",
    "instead",     "is",           "it",        "its",      "last",      "later",      "let",
    "many",        "meanwhile",    "more",      "moreover", "most",      "much",       "my",
    "neither",     "nevertheless", "next",      "no",       "nor",       "not",        "now",
    "of",          "on",           "once",      "one",      "only",      "or",         "other",
    "our",         "over",         "several",   "she",      "should",    "since",      "so",
    "some",        "still",        "such",      "that",     "the",       "their",      "then",
    "there",       "these",        "they",      "this",     "those",     "though",     "thus",
    "to",          "today",        "tonight",   "two",      "under",     "unlike",     "until",
    "upon",        "was",          "we",        "were",     "what",      "when",       "where",
    "whether",     "which",        "while",     "who",      "whose",     "why",        "will",
    "with",        "within",       "without",   "would",    "yesterday", "yet",        "you",
    "your",
};

// Lowercase words after which a line of running text cannot end.
constexpr const char* kContinuationWords[] = {
    "a",     "about",  "after",   "against", "amid",    "among",  "an",    "and",     "are",
    "as",    "at",     "be",      "because", "been",    "before", "being", "between", "but",
    "by",    "can",    "could",   "during",  "for",     "from",   "had",   "has",     "have",
    "her",   "his",    "if",      "in",      "into",    "is",     "its",   "might",   "must",
    "near",  "nor",    "not",     "of",      "on",      "onto",   "or",    "our",     "over",
    "per",   "said",   "says",    "shall",   "should",  "since",  "than",  "that",    "the",
    "their", "these",  "this",    "those",   "through", "to",     "under", "via",     "was",
    "were",  "when",   "where",   "which",   "while",   "who",    "whom",  "whose",   "will",
    "with",  "within", "without", "would",
};

constexpr const char* kMonthNames[] = {"january",   "february", "march",    "april",
                                       "may",       "june",     "july",     "august",
                                       "september", "october",  "november", "december"};
constexpr const char* kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};

// Lowercases an ASCII word into `buffer`; false when too long or not ASCII.
template <size_t N>
bool LowerInto(std::string_view word, std::array<char, N>& buffer, std::string_view& out) {
  if (word.size() > N) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) return false;
    buffer[i] = text::AsciiLower(static_cast<char>(c));
  }
  out = std::string_view(buffer.data(), word.size());
  return true;
}

bool IsAllUpperAscii(std::string_view word) {
  bool has_letter = false;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    has_letter |= (c >= 'A' && c <= 'Z');
  }
  return has_letter;
}

}  // namespace

Lexicon::Lexicon(const std::vector<std::string>& extra_abbreviations,
                 const std::vector<std::string>& extra_titles) {
  const auto add = [this](std::string_view word, AbbreviationKind kind) {
    while (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (word.empty()) return;
    abbreviations_.Insert(word, static_cast<uint8_t>(kind));
    if (word.size() < 2) return;
    std::string upper(word);
    for (char& c : upper) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    }
    upper_abbreviations_.Insert(upper, static_cast<uint8_t>(kind));
  };
  // Later entries (the caller's) win over built-in ones of the same spelling.
  for (const BuiltIn& entry : kAbbreviations) add(entry.word, entry.kind);
  for (const std::string& word : extra_abbreviations) add(word, AbbreviationKind::kOther);
  for (const std::string& word : extra_titles) add(word, AbbreviationKind::kTitle);

  for (const char* word : kSentenceStarters) starters_.Insert(word, 1);
  for (const char* word : kContinuationWords) continuations_.Insert(word, 1);
  for (int m = 0; m < 12; ++m) {
    const std::string_view name = kMonthNames[m];
    months_.Insert(name, static_cast<uint8_t>(m + 1));
    months_.Insert(name.substr(0, 3), static_cast<uint8_t>(m + 1));
  }
  months_.Insert("sept", 9);
  for (const char* day : kWeekdays) weekdays_.Insert(day, 1);
}

AbbreviationKind Lexicon::Abbreviation(std::string_view word) const {
  if (word.empty()) return AbbreviationKind::kNone;
  uint8_t kind = abbreviations_.Find(word);
  if (kind == 0 && word.size() >= 2 && IsAllUpperAscii(word)) {
    kind = upper_abbreviations_.Find(word);
  }
  return static_cast<AbbreviationKind>(kind);
}

PeriodWord Lexicon::ClassifyPeriodWord(std::string_view token) const {
  if (token.size() < 2 || token.back() != '.') return PeriodWord::kNone;
  std::string_view bare = token.substr(0, token.size() - 1);
  if (bare.find('.') != std::string_view::npos) return PeriodWord::kInitialism;
  // "ex-Mrs.": the part after the last hyphen decides.
  if (const size_t hyphen = bare.rfind('-'); hyphen != std::string_view::npos) {
    bare.remove_prefix(hyphen + 1);
    if (bare.empty()) return PeriodWord::kNone;
  }
  switch (Abbreviation(bare)) {
    case AbbreviationKind::kTitle:
      return PeriodWord::kTitle;
    case AbbreviationKind::kNumberPrefix:
      return PeriodWord::kNumberPrefix;
    case AbbreviationKind::kMonth:
      return PeriodWord::kMonth;
    case AbbreviationKind::kOther:
      return PeriodWord::kOther;
    case AbbreviationKind::kNone:
      break;
  }
  if (bare.size() == 1) return PeriodWord::kInitial;
  // A single non-ASCII capital ("Ö.") is an initial too.
  size_t length = 0;
  const char32_t cp = text::DecodeAt(bare, 0, length);
  if (length == bare.size() && text::IsUpperCodePoint(cp)) return PeriodWord::kInitial;
  return PeriodWord::kNone;
}

bool Lexicon::IsSentenceStarter(std::string_view word) const {
  std::array<char, 16> buffer;
  std::string_view lower;
  return LowerInto(word, buffer, lower) && starters_.Contains(lower);
}

bool Lexicon::IsContinuationWord(std::string_view word) const {
  return continuations_.Contains(word);
}

int Lexicon::Month(std::string_view word) const {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  std::array<char, 16> buffer;
  std::string_view lower;
  if (word.size() < 3 || !LowerInto(word, buffer, lower)) return 0;
  return months_.Find(lower);
}

bool Lexicon::IsWeekday(std::string_view word) const {
  std::array<char, 16> buffer;
  std::string_view lower;
  return LowerInto(word, buffer, lower) && weekdays_.Contains(lower);
}

}  // namespace casus
