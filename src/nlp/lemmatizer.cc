#include "nlp/lemmatizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>

#include "base/data_paths.h"

namespace casus {
namespace {

constexpr size_t kMaxWord = 60;  // longer words are their own lemma
constexpr std::string_view kFileHeader = "casus-lemmas 1";
constexpr std::string_view kClassLetters = "nvar";
constexpr std::array<std::string_view, 4> kWordNetNames = {"noun", "verb", "adj", "adv"};

uint64_t HashWord(std::string_view s, uint64_t seed) {
  uint64_t h = 14695981039346656037ull ^ (seed * 0x9E3779B97F4A7C15ull);
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 32;
  return h == 0 ? 1 : h;
}

char ToLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A stem ending in a doubled consonant that English doubles before -ed,
// -ing, -er ("stopp", "bigg"); not l, s, z, f (kill, miss, buzz, staff).
bool EndsInDoubledConsonant(std::string_view s) {
  if (s.size() < 3) return false;
  const char c = s.back();
  return c == s[s.size() - 2] && c >= 'a' && c <= 'z' && !IsVowel(c) && c != 'l' && c != 's' &&
         c != 'z' && c != 'f';
}

// Regular suffix rules (WordNet morphy), tried in order.
struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};
constexpr Rule kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjectiveRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

bool IsInflected(PosTag tag) {
  switch (tag) {
    case PosTag::kNNS:
    case PosTag::kNNPS:
    case PosTag::kVBD:
    case PosTag::kVBG:
    case PosTag::kVBN:
    case PosTag::kVBZ:
    case PosTag::kJJR:
    case PosTag::kJJS:
    case PosTag::kRBR:
    case PosTag::kRBS:
      return true;
    default:
      return false;
  }
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Lemma length for a word outside WordNet: the regular suffix removed, as a
// prefix of the word.
size_t UnknownLemmaLength(std::string_view lower, PosTag tag) {
  const size_t n = lower.size();
  auto sibilant_es = [&] {
    return EndsWith(lower, "sses") || EndsWith(lower, "xes") || EndsWith(lower, "ches") ||
           EndsWith(lower, "shes") || EndsWith(lower, "zzes");
  };
  switch (tag) {
    case PosTag::kNNS:
    case PosTag::kNNPS:
    case PosTag::kVBZ:
      if (sibilant_es()) return n - 2;
      if (tag == PosTag::kNNPS) return lower.back() == 's' && !EndsWith(lower, "ss") ? n - 1 : n;
      if (EndsWith(lower, "ss") || EndsWith(lower, "us") || EndsWith(lower, "sis") ||
          EndsWith(lower, "tis") || EndsWith(lower, "xis")) {
        return n;  // glass, virus, crisis, arthritis, axis
      }
      if (n > 3 && lower.back() == 's') return n - 1;
      return n;
    case PosTag::kVBD:
    case PosTag::kVBN: {
      if (!EndsWith(lower, "ed") || n < 5) return n;
      const std::string_view stem = lower.substr(0, n - 2);
      if (EndsInDoubledConsonant(stem)) return n - 3;
      for (std::string_view e : {"iz", "yz", "at", "ut", "ud", "uc", "v", "dg", "i", "e"}) {
        if (EndsWith(stem, e)) return n - 1;  // keep the e: "weaponized" → weaponize
      }
      return n - 2;
    }
    case PosTag::kVBG: {
      if (!EndsWith(lower, "ing") || n < 6) return n;
      const std::string_view stem = lower.substr(0, n - 3);
      return EndsInDoubledConsonant(stem) ? n - 4 : n - 3;
    }
    case PosTag::kJJR:
    case PosTag::kJJS: {
      const size_t cut = EndsWith(lower, "est") ? 3 : (EndsWith(lower, "er") ? 2 : 0);
      if (cut == 0 || n < cut + 3) return n;
      return EndsInDoubledConsonant(lower.substr(0, n - cut)) ? n - cut - 1 : n - cut;
    }
    default:
      return n;
  }
}

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open '" + path + "'");
  std::string text;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) return Status::IoError("cannot read '" + path + "'");
  text.resize(static_cast<size_t>(size));
  in.seekg(0);
  in.read(text.data(), size);
  if (!in) return Status::IoError("cannot read '" + path + "'");
  return text;
}

template <typename Fn>
void ForEachLine(std::string_view text, Fn&& fn) {
  while (!text.empty()) {
    const size_t end = text.find('\n');
    fn(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

// The first three space-separated fields of a line.
struct Fields {
  std::string_view field[3];
  int count = 0;  // fields present (3 means "three or more")
};
Fields SplitFields(std::string_view line) {
  Fields f;
  size_t pos = 0;
  while (f.count < 3) {
    pos = line.find_first_not_of(' ', pos);
    if (pos == std::string_view::npos) break;
    const size_t end = std::min(line.find(' ', pos), line.size());
    f.field[f.count++] = line.substr(pos, end - pos);
    pos = end;
  }
  return f;
}

// The lemma of an exception line "form lemma [lemma]". Where WordNet gives
// two spellings and the second extends the first and begins the form
// ("installed instal install", "fulfilled fulfil fulfill"), the second is
// the one the form was made from.
std::string_view PreferredLemma(const Fields& f) {
  const std::string_view form = f.field[0], first = f.field[1];
  if (f.count < 3) return first;
  const std::string_view second = f.field[2];
  if (second.size() > first.size() && second.size() < form.size() && second.starts_with(first) &&
      form.starts_with(second) && second.find('_') == std::string_view::npos) {
    return second;
  }
  return first;
}

}  // namespace

Lemmatizer::WordClass Lemmatizer::ClassOf(PosTag tag) {
  if (IsNoun(tag)) return kNoun;
  if (IsVerb(tag)) return kVerb;
  if (IsAdjective(tag)) return kAdjective;
  if (IsAdverb(tag)) return kAdverb;
  return kNoClass;
}

const Lemmatizer::Entry* Lemmatizer::Find(Kind kind, WordClass word_class,
                                          std::string_view word) const {
  const uint64_t key = HashWord(word, kind * 8 + word_class + 1);
  for (size_t i = key & mask_;; i = (i + 1) & mask_) {
    const Entry& e = table_[i];
    if (e.key == 0) return nullptr;
    if (e.key == key && e.kind == kind && e.word_class == word_class &&
        e.word_size == word.size() &&
        std::memcmp(text_.data() + e.word, word.data(), word.size()) == 0) {
      return &e;
    }
  }
}

std::string_view Lemmatizer::Base(WordClass word_class, std::string_view lower) const {
  const Entry* e = Find(kBase, word_class, lower);
  return e != nullptr ? LemmaOf(*e) : std::string_view();
}

std::string_view Lemmatizer::RegularLemma(WordClass word_class, std::string_view lower) const {
  std::span<const Rule> rules;
  if (word_class == kNoun) rules = kNounRules;
  if (word_class == kVerb) rules = kVerbRules;
  if (word_class == kAdjective) rules = kAdjectiveRules;
  char buf[kMaxWord + 4];
  for (const Rule& rule : rules) {
    if (!EndsWith(lower, rule.suffix)) continue;
    const size_t stem = lower.size() - rule.suffix.size();
    std::memcpy(buf, lower.data(), stem);
    std::memcpy(buf + stem, rule.replacement.data(), rule.replacement.size());
    const std::string_view candidate(buf, stem + rule.replacement.size());
    if (std::string_view base = Base(word_class, candidate); !base.empty()) return base;
    if (rule.replacement.empty() &&
        (rule.suffix == "ed" || rule.suffix == "ing" || rule.suffix == "er" ||
         rule.suffix == "est") &&
        EndsInDoubledConsonant(candidate)) {
      if (std::string_view base = Base(word_class, candidate.substr(0, stem - 1)); !base.empty()) {
        return base;
      }
    }
  }
  return {};
}

std::string_view Lemmatizer::Lemma(std::string_view word, PosTag tag) const {
  const WordClass word_class = ClassOf(tag);
  if (word_class == kNoClass || tag == PosTag::kNNP || word.empty() || word.size() > kMaxWord) {
    return word;
  }
  char buf[kMaxWord];
  for (size_t i = 0; i < word.size(); ++i) buf[i] = ToLower(word[i]);
  const std::string_view lower(buf, word.size());
  if (tag == PosTag::kNNPS) return word.substr(0, UnknownLemmaLength(lower, tag));
  if (!IsInflected(tag)) {
    if (std::string_view base = Base(word_class, lower); !base.empty()) return base;
    if (const Entry* e = Find(kException, word_class, lower)) return LemmaOf(*e);
    return word;
  }
  if (const Entry* e = Find(kException, word_class, lower)) return LemmaOf(*e);
  if (std::string_view regular = RegularLemma(word_class, lower); !regular.empty()) return regular;
  if (std::string_view base = Base(word_class, lower); !base.empty()) return base;
  return word.substr(0, UnknownLemmaLength(lower, tag));
}

void Lemmatizer::LemmatizeSentence(std::span<const Token> tokens, std::span<const PosTag> tags,
                                   std::string& arena,
                                   std::vector<std::string_view>& lemmas) const {
  size_t bytes = 0;
  for (const Token& t : tokens) bytes += t.text.size();
  arena.clear();
  arena.reserve(bytes);  // every appended lemma is at most its token's length
  lemmas.clear();
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view lemma = Lemma(tokens[i].text, tags[i]);
    const bool lower =
        std::none_of(lemma.begin(), lemma.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (lower) {
      lemmas.push_back(lemma);
      continue;
    }
    const size_t start = arena.size();
    for (char c : lemma) arena.push_back(ToLower(c));
    lemmas.emplace_back(arena.data() + start, lemma.size());
  }
}

Result<Lemmatizer> Lemmatizer::FromRecords(const std::vector<Record>& records) {
  Lemmatizer lem;
  size_t capacity = 16;
  while (capacity < records.size() * 2) capacity *= 2;
  lem.table_.assign(capacity, Entry());
  lem.mask_ = capacity - 1;
  size_t bytes = 0;
  for (const Record& r : records) bytes += r.word.size() + r.lemma.size();
  lem.text_.reserve(bytes);
  for (const Record& r : records) {
    if (r.word.empty() || r.lemma.empty() || r.word.size() > kMaxWord || r.lemma.size() > 0xFFFF) {
      continue;
    }
    if (lem.Find(r.kind, r.word_class, r.word) != nullptr) continue;  // first entry wins
    Entry e;
    e.key = HashWord(r.word, r.kind * 8 + r.word_class + 1);
    e.kind = r.kind;
    e.word_class = r.word_class;
    e.word = static_cast<uint32_t>(lem.text_.size());
    e.word_size = static_cast<uint16_t>(r.word.size());
    lem.text_ += r.word;
    if (r.kind == kBase) {
      e.lemma = e.word;
    } else {
      e.lemma = static_cast<uint32_t>(lem.text_.size());
      lem.text_ += r.lemma;
    }
    e.lemma_size = static_cast<uint16_t>(r.lemma.size());
    size_t i = e.key & lem.mask_;
    while (lem.table_[i].key != 0) i = (i + 1) & lem.mask_;
    lem.table_[i] = e;
    (r.kind == kBase ? lem.base_count_ : lem.exception_count_)++;
  }
  if (lem.base_count_ == 0) return Status::InvalidInput("lemma data holds no base forms");
  return lem;
}

Result<Lemmatizer> Lemmatizer::LoadWordNet(const std::string& wordnet_dir) {
  std::vector<std::string> texts;  // keeps the files alive while records view them
  std::vector<Record> records;
  for (size_t c = 0; c < kWordNetNames.size(); ++c) {
    const auto word_class = static_cast<WordClass>(c);
    for (const bool exceptions : {true, false}) {
      const std::string name(kWordNetNames[c]);
      const std::string path = wordnet_dir + (exceptions ? "/" + name + ".exc" : "/index." + name);
      auto text = ReadWholeFile(path);
      if (!text.ok()) return Status::NotFound("WordNet file '" + path + "' not found");
      texts.push_back(std::move(*text));
      ForEachLine(texts.back(), [&](std::string_view line) {
        if (line.empty() || line[0] == ' ') return;  // licence header of the index files
        const Fields f = SplitFields(line);
        if (f.count < 2 || f.field[0].find('_') != std::string_view::npos) return;
        if (exceptions) {
          if (f.field[1].find('_') == std::string_view::npos) {
            records.push_back({kException, word_class, f.field[0], PreferredLemma(f)});
          }
        } else {
          records.push_back({kBase, word_class, f.field[0], f.field[0]});
        }
      });
    }
  }
  return FromRecords(records);
}

Result<Lemmatizer> Lemmatizer::Load(const std::string& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return Status::NotFound("lemma file '" + path + "' cannot be opened");
  const std::string_view all(*text);
  const size_t header_end = all.find('\n');
  if (all.substr(0, header_end) != kFileHeader) {
    return Status::InvalidInput("lemma file '" + path + "' does not start with '" +
                                std::string(kFileHeader) + "'");
  }
  std::vector<Record> records;
  records.reserve(all.size() / 12);
  int line_no = 1;
  bool ok = true;
  ForEachLine(all.substr(header_end + 1), [&](std::string_view line) {
    ++line_no;
    if (!ok) return;
    const Fields f = SplitFields(line);
    const std::string_view code = f.field[0];
    const size_t letter = code.size() == 2 ? kClassLetters.find(code[1]) : std::string_view::npos;
    const bool base = code.size() == 2 && code[0] == 'b' && f.count == 2;
    const bool exception = code.size() == 2 && code[0] == 'x' && f.count == 3;
    if (letter == std::string_view::npos || (!base && !exception)) {
      ok = false;
      return;
    }
    const auto word_class = static_cast<WordClass>(letter);
    records.push_back(
        {base ? kBase : kException, word_class, f.field[1], base ? f.field[1] : f.field[2]});
  });
  if (!ok) {
    return Status::InvalidInput("lemma file '" + path + "' line " + std::to_string(line_no) +
                                ": malformed entry");
  }
  return FromRecords(records);
}

Result<Lemmatizer> Lemmatizer::LoadDefault() {
  auto path = FindDataFile("lemmas.dat");
  if (!path.ok()) return path.status();
  return Load(*path);
}

Status Lemmatizer::Save(const std::string& path) const {
  std::vector<const Entry*> entries;
  for (const Entry& e : table_) {
    if (e.key != 0) entries.push_back(&e);
  }
  auto word = [&](const Entry* e) {
    return std::string_view(text_.data() + e->word, e->word_size);
  };
  std::sort(entries.begin(), entries.end(), [&](const Entry* a, const Entry* b) {
    if (a->kind != b->kind) return a->kind < b->kind;
    if (a->word_class != b->word_class) return a->word_class < b->word_class;
    return word(a) < word(b);
  });
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status::IoError("cannot write lemma file '" + path + "'");
  out << kFileHeader << '\n';
  for (const Entry* e : entries) {
    out << (e->kind == kBase ? 'b' : 'x') << kClassLetters[e->word_class] << ' ' << word(e);
    if (e->kind == kException) out << ' ' << LemmaOf(*e);
    out << '\n';
  }
  out.flush();
  if (!out) return Status::IoError("cannot write lemma file '" + path + "'");
  return Status::Ok();
}

}  // namespace casus
