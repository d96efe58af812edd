#include "code/petrarch_verbs.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "code/cameo_plover.h"

namespace casus {
namespace {

// Longest pattern (in words after the verb) converted to a casus trigger.
constexpr size_t kMaxPatternWords = 3;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "ASK_FOR" → {"ask", "for"}; "+CASH_" → {"cash"}.
std::vector<std::string> PhraseWords(std::string_view phrase) {
  if (!phrase.empty() && phrase.front() == '+') phrase.remove_prefix(1);
  std::vector<std::string> words;
  size_t start = 0;
  while (start <= phrase.size()) {
    size_t end = phrase.find_first_of("_ ", start);
    if (end == std::string_view::npos) end = phrase.size();
    if (end > start) words.push_back(Lower(phrase.substr(start, end - start)));
    start = end + 1;
  }
  return words;
}

// The first part of a code: "042:043" → "042", ":173" → "", "---" → "".
std::string CodeOf(std::string_view code) {
  code = Trim(code);
  code = code.substr(0, code.find(':'));
  code = Trim(code);
  if (code.empty() || code.find_first_not_of("0123456789") != std::string_view::npos) return "";
  return std::string(code);
}

// Splits a pattern into tokens; braces, parentheses and the verb's '*' are
// tokens of their own ("- *SCEPTICAL" occurs).
std::vector<std::string> PatternTokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) tokens.push_back(std::move(current));
    current.clear();
  };
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      flush();
    } else if (c == '{' || c == '}' || c == '(' || c == ')' || c == '*') {
      flush();
      tokens.emplace_back(1, c);
    } else {
      current += c;
    }
  }
  flush();
  return tokens;
}

bool IsPlainWord(std::string_view token) {
  if (token.empty() || !std::isalpha(static_cast<unsigned char>(token.front()))) return false;
  return std::all_of(token.begin(), token.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '\'' || c == '_' ||
           c == '.' || c == '/';
  });
}

// The word sequences a simple pattern's `after` tokens stand for (several
// when a synonym set is expanded); empty when the pattern is not simple.
std::vector<std::vector<std::string>> SimplePatternWords(
    const PetrarchPattern& pattern, const std::map<std::string, std::vector<std::string>>& sets) {
  if (!pattern.before.empty() || pattern.after.empty()) return {};
  std::vector<std::vector<std::string>> sequences = {{}};
  bool expanded = false;
  const auto& t = pattern.after;
  for (size_t i = 0; i < t.size(); ++i) {
    if (IsPlainWord(t[i])) {
      for (auto& words : sequences) {
        for (std::string& word : PhraseWords(t[i])) words.push_back(std::move(word));
      }
    } else if (t[i] == "{") {
      size_t j = i + 1;
      while (j < t.size() && IsPlainWord(t[j])) ++j;
      if (j == i + 1 || j >= t.size() || t[j] != "}") return {};
      for (auto& words : sequences) {
        for (size_t k = i + 1; k < j; ++k) {
          for (std::string& word : PhraseWords(t[k])) words.push_back(std::move(word));
        }
      }
      i = j;
    } else if (t[i] == "(") {
      // Only a closing one-word prepositional phrase: "(AT)".
      if (i + 3 != t.size() || !IsPlainWord(t[i + 1]) || t[i + 2] != ")") return {};
      for (auto& words : sequences) words.push_back(Lower(t[i + 1]));
      i += 2;
    } else if (t[i].front() == '&' && !expanded) {
      const auto set = sets.find(t[i]);
      if (set == sets.end() || set->second.empty()) return {};
      expanded = true;
      std::vector<std::vector<std::string>> grown;
      for (const auto& words : sequences) {
        for (const std::string& member : set->second) {
          grown.push_back(words);
          for (std::string& word : PhraseWords(member)) grown.back().push_back(std::move(word));
        }
      }
      sequences = std::move(grown);
    } else {
      return {};
    }
  }
  sequences.erase(std::remove_if(sequences.begin(), sequences.end(),
                                 [](const auto& words) {
                                   return words.empty() || words.size() > kMaxPatternWords;
                                 }),
                  sequences.end());
  return sequences;
}

// Regular inflections of a verb: attack → attacks, attacked, attacking;
// rally → rallies, rallied; stop → stopped, stopping; issue → issuing.
bool IsInflectionOf(std::string_view form, std::string_view verb) {
  if (verb.empty()) return false;
  auto ends = [&](std::string_view stem, std::initializer_list<std::string_view> endings) {
    if (form.substr(0, stem.size()) != stem) return false;
    const std::string_view rest = form.substr(stem.size());
    return std::find(endings.begin(), endings.end(), rest) != endings.end();
  };
  if (form.size() < verb.size() || form.size() > verb.size() + 4) return false;
  const std::string_view stem = verb.substr(0, verb.size() - 1);
  if (ends(verb, {"", "s", "es", "ed", "d", "ing"})) return true;
  if (verb.back() == 'y' && ends(stem, {"ied", "ies"})) return true;
  if (verb.back() == 'e' && ends(stem, {"ing"})) return true;
  return form.size() > verb.size() && form.substr(0, verb.size()) == verb &&
         form[verb.size()] == verb.back() && ends(form.substr(0, verb.size() + 1), {"ed", "ing"});
}

// True when a pattern's comment names `verb`: its words, one of its forms,
// or a regular inflection of its first word followed by its other words.
bool NamesVerb(const std::vector<std::string>& noted, const PetrarchVerb& verb) {
  if (noted.empty()) return false;
  if (noted == verb.words) return true;
  for (const auto& form : verb.forms) {
    if (noted == form) return true;
  }
  return noted.size() == verb.words.size() && IsInflectionOf(noted[0], verb.words[0]) &&
         std::equal(noted.begin() + 1, noted.end(), verb.words.begin() + 1);
}

}  // namespace

Result<PetrarchVerbDictionary> ParsePetrarchVerbs(std::string_view text, std::string_view name) {
  PetrarchVerbDictionary dictionary;
  std::string synset;  // the synonym set whose members follow, if any
  uint32_t line_number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    auto error = [&](const std::string& message) {
      return Status::InvalidInput(std::string(name) + ":" + std::to_string(line_number) + ": " +
                                  message);
    };
    // A blank line closes a synonym set; a comment line does not.
    if (Trim(line).empty()) {
      synset.clear();
      continue;
    }
    std::string_view comment;
    if (const size_t hash = line.find('#'); hash != std::string_view::npos) {
      comment = Trim(line.substr(hash + 1));
      line = line.substr(0, hash);
    }
    line = Trim(line);
    if (line.empty()) continue;
    if (line.front() == '~') {
      ++dictionary.transformations;
      continue;
    }
    if (line.substr(0, 3) == "---") {
      const size_t open = line.find('[');
      const size_t close = line.find(']', open);
      if (open == std::string_view::npos || close == std::string_view::npos) {
        return error("a verb block header needs a code: '--- NAME [code] ---'");
      }
      PetrarchVerbBlock block;
      block.name = std::string(Trim(line.substr(3, open - 3)));
      block.code = CodeOf(line.substr(open + 1, close - open - 1));
      block.line = line_number;
      if (block.name.empty()) return error("a verb block needs a name");
      dictionary.blocks.push_back(std::move(block));
      synset.clear();
      continue;
    }
    if (line.front() == '&') {
      synset = std::string(Trim(line.substr(0, line.find_first_of(" \t"))));
      dictionary.synsets[synset];
      continue;
    }
    if (!synset.empty()) {
      if (line.front() != '+') return error("expected a '+MEMBER' of " + synset);
      const std::vector<std::string> words = PhraseWords(line);
      std::string member;
      for (const std::string& word : words) member += (member.empty() ? "" : " ") + word;
      if (!member.empty()) dictionary.synsets[synset].push_back(std::move(member));
      continue;
    }
    if (dictionary.blocks.empty()) return error("a verb or pattern outside any verb block");
    PetrarchVerbBlock& block = dictionary.blocks.back();
    // The code, if any: the last [...] of the line.
    std::string code;
    std::string_view body = line;
    if (const size_t open = line.rfind('['); open != std::string_view::npos) {
      const size_t close = line.find(']', open);
      if (close == std::string_view::npos) return error("unterminated '[code'");
      code = CodeOf(line.substr(open + 1, close - open - 1));
      body = Trim(line.substr(0, open));
    }
    if (line.front() == '-') {
      PetrarchPattern pattern;
      pattern.code = code;
      pattern.noted_verb = PhraseWords(comment.substr(0, comment.find_first_of(" \t")));
      pattern.line = line_number;
      const std::vector<std::string> tokens = PatternTokens(body.substr(1));
      const auto star = std::find(tokens.begin(), tokens.end(), "*");
      if (star == tokens.end()) return error("a pattern needs '*' for the verb");
      pattern.before.assign(tokens.begin(), star);
      pattern.after.assign(star + 1, tokens.end());
      block.patterns.push_back(std::move(pattern));
      continue;
    }
    // A verb: WORD or +WORD_PARTICLE, then {forms}, then [code].
    const size_t brace = body.find('{');
    if (brace != std::string_view::npos && body.find('}', brace) == std::string_view::npos) {
      return error("unterminated '{forms'");
    }
    PetrarchVerb verb;
    verb.words = PhraseWords(Trim(body.substr(0, std::min(brace, body.find_first_of(" \t")))));
    if (brace != std::string_view::npos) {
      const std::string_view forms = body.substr(brace + 1, body.find('}', brace) - brace - 1);
      for (const std::string& form : PatternTokens(forms)) verb.forms.push_back(PhraseWords(form));
    }
    verb.code = code;
    verb.line = line_number;
    if (verb.words.empty()) return error("expected a verb");
    block.verbs.push_back(std::move(verb));
  }
  return dictionary;
}

bool LooksLikePetrarchVerbs(std::string_view path, std::string_view text) {
  if (path.size() < 4 || Lower(path.substr(path.size() - 4)) != ".txt") return false;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(start, end - start));
    if (line.size() > 6 && line.substr(0, 4) == "--- " &&
        line.find('[') != std::string_view::npos && line.substr(line.size() - 3) == "---") {
      return true;
    }
    start = end + 1;
  }
  return false;
}

Status AddPetrarchVerbs(std::string_view text, std::string_view name, EventDictionary& dict) {
  auto parsed = ParsePetrarchVerbs(text, name);
  if (!parsed.ok()) return parsed.status();
  std::unordered_set<std::string> seen;
  size_t added = 0;
  // Adds one trigger through the casus dictionary format, so the dictionary
  // checks it like any other; `line` names the source line in messages.
  auto add = [&](const std::vector<std::string>& words, const std::string& cameo,
                 uint32_t line) -> Status {
    const CameoPlover plover = CameoToPlover(cameo);
    if (plover.type.empty() || words.empty()) return Status::Ok();
    std::string joined;
    for (const std::string& word : words) {
      if (word.find_first_of("|#") != std::string::npos) return Status::Ok();
      joined += (joined.empty() ? "" : " ") + word;
    }
    if (!seen.insert(joined).second) return Status::Ok();
    const std::string entry = "verb | " + joined + " | " + std::string(plover.type) + " | " +
                              std::string(plover.mode) + " | " + cameo + " |";
    ++added;
    return dict.AddText(entry, std::string(name) + ":" + std::to_string(line));
  };
  for (const PetrarchVerbBlock& block : parsed->blocks) {
    for (const PetrarchVerb& verb : block.verbs) {
      const std::string& code = verb.code.empty() ? block.code : verb.code;
      if (Status status = add(verb.words, code, verb.line); !status.ok()) return status;
    }
    for (const PetrarchPattern& pattern : block.patterns) {
      if (pattern.code.empty() || CameoToPlover(pattern.code).type.empty()) continue;
      const auto sequences = SimplePatternWords(pattern, parsed->synsets);
      if (sequences.empty()) continue;
      std::vector<const PetrarchVerb*> verbs;
      for (const PetrarchVerb& verb : block.verbs) {
        if (NamesVerb(pattern.noted_verb, verb)) verbs.push_back(&verb);
      }
      if (verbs.empty()) {
        for (const PetrarchVerb& verb : block.verbs) verbs.push_back(&verb);
      }
      for (const auto& pattern_words : sequences) {
        for (const PetrarchVerb* verb : verbs) {
          std::vector<std::string> words = verb->words;
          words.insert(words.end(), pattern_words.begin(), pattern_words.end());
          if (Status status = add(words, pattern.code, pattern.line); !status.ok()) return status;
        }
      }
    }
  }
  if (added == 0) {
    return Status::InvalidInput(std::string(name) + ": no verb with a PLOVER event was found");
  }
  return Status::Ok();
}

}  // namespace casus
