// libFuzzer target for the knowledge-base readers and the actor matcher.
//
// The input is read as a casus .kb file, a PETRARCH actor dictionary and a
// PETRARCH agent dictionary; whatever loads is compiled into a matcher,
// queried (sponsor chains, checks) and run over the input's own words. The
// input is also matched against a small fixed knowledge base, so the
// matcher sees arbitrary token sequences. Nothing may crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "kb/actor_matcher.h"
#include "kb/document_actors.h"
#include "kb/kb_check.h"
#include "kb/knowledge_base.h"

namespace {

using casus::ActorMatcher;
using casus::ActorMention;
using casus::KbSource;
using casus::KnowledgeBase;
using casus::Token;

constexpr std::string_view kFixedKb = R"(
[irq]
name: Iraq
alias: Republic of Iraq
kind: state
country: IRQ
cameo: IRQ
demonym: Iraqi; Iraqis
capital: Baghdad
[usa]
name: United States
alias: US; U.S.; America
kind: state
country: USA
demonym: American; Americans
capital: Washington
[kh]
name: Kata'ib Hezbollah
alias: Kataib Hizballah; KH
kind: armed_group
country: IRQ
sector: REB
relation: backed_by | qf | 2003.. | 0.9 | fixture
[qf]
name: Quds Force
kind: military
country: IRN
[p]
name: Joe Biden
kind: person
role: President | usa_gov | 2021-01-20..2025-01-20
[agent_police]
name: police
alias: policemen
kind: agent
sector: COP
refers: police
[agent_group]
name: group
alias: militia
kind: agent
sector: REB
refers: armed_group
[title_president]
name: President
kind: title
sector: GOV
)";

// Whitespace tokens, with a trailing "'s" and edge punctuation split off.
std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    const size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
    size_t end = i;
    if (end == start) continue;
    auto add = [&](size_t a, size_t b, casus::TokenKind kind) {
      Token t;
      t.text = text.substr(a, b - a);
      t.start = static_cast<uint32_t>(a);
      t.end = static_cast<uint32_t>(b);
      t.kind = kind;
      tokens.push_back(t);
    };
    const char last = text[end - 1];
    const bool punct = last == ',' || last == '.' || last == '"' || last == ')';
    if (punct && end - start > 1) --end;
    if (end - start > 2 && text.substr(end - 2, 2) == "'s") {
      add(start, end - 2, casus::TokenKind::kWord);
      add(end - 2, end, casus::TokenKind::kPunct);
    } else {
      add(start, end, casus::TokenKind::kWord);
    }
    if (punct && i - start > 1) add(end, end + 1, casus::TokenKind::kPunct);
  }
  return tokens;
}

void Exercise(const KnowledgeBase& kb, std::string_view text) {
  const ActorMatcher matcher(kb);
  const std::vector<Token> tokens = Tokenize(text);
  ActorMatcher::Scratch scratch;
  casus::DocumentActors doc(matcher);
  // Cut into "sentences" of at most 40 tokens.
  for (size_t first = 0; first < tokens.size(); first += 40) {
    const size_t n = std::min<size_t>(40, tokens.size() - first);
    const std::span<const Token> sentence(tokens.data() + first, n);
    std::vector<ActorMention> mentions;
    matcher.Match(sentence, casus::Date{2021, 6, 1}, scratch, mentions);
    doc.AddSentence(sentence, mentions);
    for (const ActorMention& m : mentions) {
      if (m.first_token >= m.end_token || m.end_token > n) __builtin_trap();
      (void)matcher.ToActor(m, sentence);
    }
  }
  for (casus::ActorIndex i = 0; i < kb.size() && i < 64; ++i) {
    (void)kb.SponsorsOf(i, casus::Date{2021, 6, 1});
    (void)kb.SponsorsOf(i, std::nullopt);
  }
  (void)casus::CheckKnowledgeBase(kb);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 16)) return 0;
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (KbSource::Format format : {KbSource::Format::kCasus, KbSource::Format::kPetrarchActors,
                                  KbSource::Format::kPetrarchAgents}) {
    const KbSource sources[] = {{"fuzz", text, format}};
    auto kb = KnowledgeBase::FromSources(sources);
    if (kb.ok()) Exercise(*kb, text);
  }
  static const KnowledgeBase* fixed = [] {
    const KbSource sources[] = {{"fixed.kb", std::string(kFixedKb), KbSource::Format::kCasus}};
    auto kb = KnowledgeBase::FromSources(sources);
    if (!kb.ok()) __builtin_trap();
    return new KnowledgeBase(std::move(kb).value());
  }();
  static const ActorMatcher* matcher = new ActorMatcher(*fixed);
  const std::vector<Token> tokens = Tokenize(text);
  (void)matcher->Match(tokens, casus::Date{2021, 6, 1});
  (void)matcher->Match(tokens, std::nullopt);
  return 0;
}
