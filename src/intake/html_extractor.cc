#include "intake/html_extractor.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "base/utf8.h"
#include "intake/boilerplate.h"
#include "intake/html_metadata.h"
#include "intake/html_tree.h"
#include "intake/whitespace.h"

namespace casus {
namespace {

// How an element's own markup marks it (before guards are applied).
enum class Mark : uint8_t { kNone, kAlways, kForm, kChrome, kGate };

// A <p> with at least this many non-space bytes counts as a long paragraph
// (keeps gate elements that wrap subscriber text).
constexpr uint32_t kLongParagraphBytes = 150;
constexpr uint32_t kMinRootBytes = 1000;
constexpr double kMinRootShare = 0.3;
// Pages nested deeper than this are refused (gumbo is quadratic in depth).
constexpr size_t kMaxNestingDepth = 512;

// One node of the tree in document order, with the facts extraction needs.
struct NodeFacts {
  const GumboNode* node = nullptr;
  int32_t parent = -1;
  uint32_t end = 0;  // one past the last descendant (preorder index)
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool is_text = false;
  bool is_element = false;
  Mark mark = Mark::kNone;
  bool content_marker = false;  // <h1>, <main>, role=main, itemprop=articleBody
  bool article_body_prop = false;
  bool body_markup = false;  // class/id names an article body
  // Bottom-up, independent of pruning:
  bool encloses_marker = false;
  uint32_t raw_text = 0;
  uint32_t long_paragraphs = 0;
  // Under the current pruning policy:
  bool pruned = false;
  bool in_link = false;
  bool in_time = false;
  uint32_t text = 0;
  uint32_t link_text = 0;
};

uint32_t NonSpaceBytes(std::string_view text) {
  uint32_t count = 0;
  for (char c : text) count += static_cast<unsigned char>(c) > ' ' ? 1 : 0;
  return count;
}

bool IsAlwaysDropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_FORM:
      return true;
    default:
      return false;
  }
}

bool IsHiddenStyle(std::string_view style) {
  std::string compact;
  for (char c : style) {
    if (c != ' ' && c != '\t' && c != '\n') compact.push_back(c);
  }
  compact = AsciiLower(compact);
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

// The words of class, id and short data-* values, for ClassifyMarkupWords.
std::string MarkupText(const GumboNode& node) {
  std::string text(AttributeOr(node, "class"));
  text += ' ';
  text += AttributeOr(node, "id");
  const GumboVector& attributes = node.v.element.attributes;
  for (unsigned i = 0; i < attributes.length; ++i) {
    const auto* attribute = static_cast<const GumboAttribute*>(attributes.data[i]);
    const std::string_view name = attribute->name;
    const std::string_view value = attribute->value;
    if (name.starts_with("data-") && value.size() <= 64 && value.find('{') == value.npos) {
      text += ' ';
      text += value;
    }
  }
  return text;
}

Mark CombineMarks(std::initializer_list<MarkupKind> kinds) {
  Mark mark = Mark::kNone;
  for (MarkupKind kind : kinds) {
    if (kind == MarkupKind::kChrome) return Mark::kChrome;
    if (kind == MarkupKind::kGate) mark = Mark::kGate;
  }
  return mark;
}

void DescribeElement(NodeFacts& facts) {
  const GumboNode& node = *facts.node;
  facts.tag = node.v.element.tag;
  const std::string_view itemprop = AttributeOr(node, "itemprop");
  const std::string role = AsciiLower(AttributeOr(node, "role"));
  facts.article_body_prop = itemprop.find("articleBody") != std::string_view::npos;
  facts.content_marker = facts.tag == GUMBO_TAG_H1 || facts.tag == GUMBO_TAG_MAIN ||
                         role == "main" || facts.article_body_prop;
  if (facts.tag == GUMBO_TAG_HTML || facts.tag == GUMBO_TAG_BODY) return;
  if (IsAlwaysDropped(facts.tag) || FindAttribute(node, "hidden") != nullptr ||
      AsciiLower(AttributeOr(node, "aria-hidden")) == "true" ||
      IsHiddenStyle(AttributeOr(node, "style"))) {
    facts.mark = Mark::kAlways;
    return;
  }
  if (facts.tag == GUMBO_TAG_FORM) {
    facts.mark = Mark::kForm;
    return;
  }
  const std::string markup = MarkupText(node);
  MarkupKind name_kind = MarkupKind::kNone;
  if (facts.tag == GUMBO_TAG_UNKNOWN) {
    const std::string name = ElementName(node);
    if (name == "dialog" || name == "picture") {
      facts.mark = Mark::kAlways;
      return;
    }
    name_kind = ClassifyMarkupWords(name);
  }
  facts.mark = CombineMarks({ClassifyMarkupWords(markup), ClassifyRole(role), name_kind});
  facts.body_markup = IsArticleBodyMarkup(markup);
}

// The tree in document order with subtree facts that do not depend on
// pruning.
std::vector<NodeFacts> CollectFacts(const HtmlTree& tree) {
  std::vector<NodeFacts> facts;
  std::vector<std::pair<const GumboNode*, int32_t>> stack = {{tree.document(), -1}};
  while (!stack.empty()) {
    const auto [node, parent] = stack.back();
    stack.pop_back();
    NodeFacts entry;
    entry.node = node;
    entry.parent = parent;
    entry.is_element = IsElement(*node);
    entry.is_text = node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
                    node->type == GUMBO_NODE_WHITESPACE;
    if (entry.is_element) DescribeElement(entry);
    if (entry.is_text) entry.raw_text = NonSpaceBytes(node->v.text.text);
    const auto index = static_cast<int32_t>(facts.size());
    facts.push_back(entry);
    if (const GumboVector* children = ChildNodes(*node)) {
      for (unsigned i = children->length; i-- > 0;) {
        stack.emplace_back(static_cast<const GumboNode*>(children->data[i]), index);
      }
    }
  }
  // Preorder: a node's descendants follow it; walk backwards to sum them up.
  for (size_t i = facts.size(); i-- > 0;) {
    NodeFacts& node = facts[i];
    if (node.end == 0) node.end = static_cast<uint32_t>(i + 1);
    node.encloses_marker = node.encloses_marker || node.content_marker;
    const bool unrendered = node.tag == GUMBO_TAG_SCRIPT || node.tag == GUMBO_TAG_STYLE ||
                            node.tag == GUMBO_TAG_TEMPLATE || node.tag == GUMBO_TAG_NOSCRIPT;
    if (unrendered) node.raw_text = 0;
    if (node.tag == GUMBO_TAG_P && node.raw_text >= kLongParagraphBytes) ++node.long_paragraphs;
    if (node.parent < 0) continue;
    NodeFacts& parent = facts[node.parent];
    parent.end = std::max(parent.end, node.end);
    parent.encloses_marker = parent.encloses_marker || node.encloses_marker;
    parent.raw_text += node.raw_text;
    parent.long_paragraphs += node.long_paragraphs;
  }
  return facts;
}

// Marks pruned nodes and counts the text left outside the chrome.
void ApplyPruning(std::vector<NodeFacts>& facts, bool class_rules) {
  for (NodeFacts& node : facts) {
    bool pruned = node.parent >= 0 && facts[node.parent].pruned;
    switch (node.mark) {
      case Mark::kNone:
        break;
      case Mark::kAlways:
        pruned = true;
        break;
      case Mark::kForm:
        pruned = pruned || !node.encloses_marker;
        break;
      case Mark::kChrome:
        pruned = pruned || (class_rules && !node.encloses_marker);
        break;
      case Mark::kGate:
        pruned = pruned || (class_rules && !node.encloses_marker && node.long_paragraphs < 2);
        break;
    }
    node.pruned = pruned;
    node.in_link = node.tag == GUMBO_TAG_A || (node.parent >= 0 && facts[node.parent].in_link);
    node.in_time = node.tag == GUMBO_TAG_TIME || (node.parent >= 0 && facts[node.parent].in_time);
    node.text = 0;
    node.link_text = 0;
  }
  for (size_t i = facts.size(); i-- > 0;) {
    NodeFacts& node = facts[i];
    if (node.pruned) continue;
    if (node.is_text && node.parent >= 0 && facts[node.parent].raw_text > 0) {
      node.text = node.raw_text;
      node.link_text = node.in_link ? node.raw_text : 0;
    }
    if (node.parent >= 0) {
      facts[node.parent].text += node.text;
      facts[node.parent].link_text += node.link_text;
    }
  }
}

uint32_t NonLinkText(const NodeFacts& node) { return node.text - node.link_text; }

int32_t FindBody(const std::vector<NodeFacts>& facts) {
  for (size_t i = 0; i < facts.size(); ++i) {
    if (facts[i].tag == GUMBO_TAG_BODY) return static_cast<int32_t>(i);
  }
  return 0;
}

// Article text split into sibling sections (<div class="story-body"> ...
// ad ... <div class="story-body">): when the root has a sibling with the
// same tag and class that holds text, the parent is the root.
int32_t WithSplitSiblings(const std::vector<NodeFacts>& facts, int32_t root) {
  const int32_t parent = facts[root].parent;
  if (parent < 0) return root;
  const std::string_view markup = AttributeOr(*facts[root].node, "class");
  for (uint32_t i = parent + 1; i < facts[parent].end; i = facts[i].end) {
    const NodeFacts& sibling = facts[i];
    if (static_cast<int32_t>(i) == root || !sibling.is_element || sibling.pruned) continue;
    if (sibling.tag == facts[root].tag && NonLinkText(sibling) > 0 &&
        AttributeOr(*sibling.node, "class") == markup &&
        AttributeOr(*sibling.node, "itemprop") == AttributeOr(*facts[root].node, "itemprop")) {
      return parent;
    }
  }
  return root;
}

// The article root; see the header for the order of preference.
int32_t ChooseRoot(const std::vector<NodeFacts>& facts) {
  const int32_t body = FindBody(facts);
  const uint32_t total = NonLinkText(facts[body]);
  // The member with the most non-link text (with its split siblings when
  // `split`), if it holds enough of the page.
  const auto best_of = [&](auto&& member, bool split) {
    int32_t best = -1;
    for (size_t i = 0; i < facts.size(); ++i) {
      const NodeFacts& node = facts[i];
      if (!node.is_element || node.pruned || !member(node)) continue;
      if (best < 0 || NonLinkText(node) > NonLinkText(facts[best])) best = static_cast<int32_t>(i);
    }
    if (best < 0) return -1;
    if (split) best = WithSplitSiblings(facts, best);
    const uint32_t mass = NonLinkText(facts[best]);
    const bool enough = mass > 0 && (mass >= kMinRootShare * total || mass >= kMinRootBytes);
    return enough ? best : -1;
  };
  for (const int32_t root :
       {best_of([](const NodeFacts& n) { return n.article_body_prop; }, true),
        best_of([](const NodeFacts& n) { return n.tag == GUMBO_TAG_ARTICLE; }, false),
        best_of(
            [](const NodeFacts& n) {
              return n.tag == GUMBO_TAG_MAIN || AsciiLower(AttributeOr(*n.node, "role")) == "main";
            },
            false),
        best_of([](const NodeFacts& n) { return n.body_markup; }, true)}) {
    if (root >= 0) return root;
  }
  // Paragraph-parent scoring.
  std::vector<double> score(facts.size(), 0.0);
  for (const NodeFacts& node : facts) {
    if (node.tag != GUMBO_TAG_P || node.pruned || node.parent < 0) continue;
    score[node.parent] += NonLinkText(node);
    const int32_t grandparent = facts[node.parent].parent;
    if (grandparent >= 0) score[grandparent] += NonLinkText(node) / 2.0;
  }
  const auto best = std::max_element(score.begin(), score.end());
  if (best != score.end() && *best > 0) return static_cast<int32_t>(best - score.begin());
  return body;
}

// Splits the root's text into blocks and filters them.
class BlockWriter {
 public:
  void Text(std::string_view text, bool in_link, bool in_time) {
    const uint32_t bytes = NonSpaceBytes(text);
    if (bytes == 0) {
      line_.Append(text);  // a space between words; leaves pending line breaks alone
      return;
    }
    if (line_breaks_ >= 2) {
      Flush();
    } else if (line_breaks_ == 1) {
      line_.Separate();
    }
    line_breaks_ = 0;
    line_.Append(text);
    text_bytes_ += bytes;
    if (in_link) link_bytes_ += bytes;
    if (in_time) time_bytes_ += bytes;
  }
  void LineBreak() { ++line_breaks_; }
  void Separate() { line_.Separate(); }
  void Flush() {
    line_breaks_ = 0;
    std::string block = line_.Take();
    const bool link_dense = link_bytes_ * 2 > text_bytes_;
    const bool timestamp = time_bytes_ * 2 > text_bytes_;
    text_bytes_ = link_bytes_ = time_bytes_ = 0;
    if (block.empty() || link_dense || timestamp || IsPromptBlock(block)) return;
    if (!text_.empty()) text_ += "\n\n";
    text_ += block;
  }
  std::string Take() {
    Flush();
    return std::move(text_);
  }

 private:
  WhitespaceCollapser line_;
  uint32_t text_bytes_ = 0;
  uint32_t link_bytes_ = 0;
  uint32_t time_bytes_ = 0;
  int line_breaks_ = 0;
  std::string text_;
};

std::string WriteText(const std::vector<NodeFacts>& facts, int32_t root) {
  BlockWriter writer;
  std::vector<int32_t> open;  // block elements entered and not yet left
  const auto close_until = [&](uint32_t index) {
    while (!open.empty() && facts[open.back()].end <= index) {
      open.pop_back();
      writer.Flush();
    }
  };
  for (uint32_t i = root; i < facts[root].end;) {
    close_until(i);
    const NodeFacts& node = facts[i];
    if (node.pruned || node.tag == GUMBO_TAG_H1) {
      i = node.end;
      continue;
    }
    if (node.is_text) {
      writer.Text(node.node->v.text.text, node.in_link, node.in_time);
    } else if (node.is_element) {
      if (node.tag == GUMBO_TAG_BR) writer.LineBreak();
      if (node.tag == GUMBO_TAG_TD || node.tag == GUMBO_TAG_TH) writer.Separate();
      if (IsBlock(node.tag)) {
        writer.Flush();
        open.push_back(static_cast<int32_t>(i));
      }
    }
    ++i;
  }
  close_until(facts[root].end);
  return writer.Take();
}

// Concatenated text of a subtree, collapsed.
std::string SubtreeText(const std::vector<NodeFacts>& facts, uint32_t index) {
  WhitespaceCollapser text;
  for (uint32_t i = index; i < facts[index].end; ++i) {
    if (facts[i].is_text) text.Append(facts[i].node->v.text.text);
  }
  return text.Take();
}

std::string FirstHeadline(const std::vector<NodeFacts>& facts) {
  std::string fallback;
  for (uint32_t i = 0; i < facts.size(); ++i) {
    if (facts[i].tag != GUMBO_TAG_H1) continue;
    std::string text = SubtreeText(facts, i);
    if (text.empty()) continue;
    if (!facts[i].pruned) return text;
    if (fallback.empty()) fallback = std::move(text);
  }
  return fallback;
}

std::optional<Date> TimeElementDate(const NodeFacts& node, const std::vector<NodeFacts>& facts,
                                    uint32_t index) {
  for (const char* attribute : {"datetime", "content"}) {
    if (const char* value = FindAttribute(*node.node, attribute)) {
      if (auto date = ParsePublicationDate(value)) return date;
    }
  }
  return ParsePublicationDate(SubtreeText(facts, index));
}

// The first <time> in the article around `root`, else an element marked as
// the publication date anywhere.
std::optional<Date> FindTimeDate(const std::vector<NodeFacts>& facts, int32_t root) {
  int32_t scope = root;
  for (int32_t i = root; i >= 0; i = facts[i].parent) {
    if (facts[i].tag == GUMBO_TAG_ARTICLE) {
      scope = i;
      break;
    }
  }
  if (facts[scope].tag != GUMBO_TAG_BODY && facts[scope].tag != GUMBO_TAG_HTML && scope > 0) {
    for (uint32_t i = scope; i < facts[scope].end; ++i) {
      if (facts[i].tag != GUMBO_TAG_TIME) continue;
      if (auto date = TimeElementDate(facts[i], facts, i)) return date;
    }
  }
  for (uint32_t i = 0; i < facts.size(); ++i) {
    if (!facts[i].is_element) continue;
    const bool marked =
        (facts[i].tag == GUMBO_TAG_TIME && FindAttribute(*facts[i].node, "pubdate") != nullptr) ||
        AttributeOr(*facts[i].node, "itemprop") == "datePublished";
    if (!marked) continue;
    if (auto date = TimeElementDate(facts[i], facts, i)) return date;
  }
  return std::nullopt;
}

// Plain-text articleBody from JSON-LD: one block per line.
std::string JsonLdText(std::string_view body) {
  std::string text;
  size_t pos = 0;
  while (pos <= body.size()) {
    const size_t end = std::min(body.find('\n', pos), body.size());
    std::string block = CollapseWhitespace(body.substr(pos, end - pos));
    if (!block.empty()) {
      if (!text.empty()) text += "\n\n";
      text += block;
    }
    pos = end + 1;
  }
  return text;
}

// Strips " | Site" / " - Site" from a <title> when Site is the known source.
std::string StripSiteSuffix(std::string title, std::string_view source) {
  if (source.empty() || title.size() <= source.size()) return title;
  if (!std::string_view(title).ends_with(source)) return title;
  std::string rest = title.substr(0, title.size() - source.size());
  while (!rest.empty() &&
         (rest.back() == ' ' || rest.back() == '|' || rest.back() == '-' || rest.back() == ':')) {
    rest.pop_back();
  }
  for (std::string_view dash : {" \xE2\x80\x93", " \xE2\x80\x94"}) {  // – —
    if (std::string_view(rest).ends_with(dash)) rest.resize(rest.size() - dash.size());
  }
  return rest.empty() ? title : rest;
}

// ---- character sets ----

// Windows-1252 code points for bytes 0x80..0x9F (0 = undefined).
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool DeclaresLatinCharset(std::string_view html) {
  const std::string head = AsciiLower(html.substr(0, 4096));
  for (size_t pos = head.find("charset"); pos != std::string::npos;
       pos = head.find("charset", pos + 1)) {
    size_t i = pos + 7;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) {
      ++i;
    }
    const std::string_view name = std::string_view(head).substr(i, 12);
    for (std::string_view latin : {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252",
                                   "cp1252", "iso-8859-15", "us-ascii"}) {
      if (name.starts_with(latin)) return true;
    }
  }
  return false;
}

std::string DecodeWindows1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    char32_t cp = byte;
    if (byte >= 0x80 && byte <= 0x9F) cp = kWindows1252High[byte - 0x80];
    AppendUtf8(cp == 0 ? kReplacementChar : cp, out);
  }
  return out;
}

// The page as valid UTF-8.
std::string DecodePage(std::string_view html) {
  if (html.starts_with("\xEF\xBB\xBF")) html.remove_prefix(3);
  if (!IsValidUtf8(html) && DeclaresLatinCharset(html)) return CleanUtf8(DecodeWindows1252(html));
  return CleanUtf8(html);
}

}  // namespace

Result<Document> ExtractHtmlArticle(std::string_view html, std::string id) {
  const std::string page = DecodePage(html);
  if (EstimateNestingDepth(page, kMaxNestingDepth + 1) > kMaxNestingDepth) {
    return Status::InvalidInput("HTML nests elements more than " +
                                std::to_string(kMaxNestingDepth) + " levels deep");
  }
  const HtmlTree tree(page);
  if (!tree.complete()) {
    return Status::TooLarge("HTML page too complex: its parse tree outgrew the memory budget");
  }
  const HtmlMetadata metadata = ReadHtmlMetadata(tree);
  std::vector<NodeFacts> facts = CollectFacts(tree);

  Document document;
  document.id = std::move(id);
  ApplyPruning(facts, /*class_rules=*/true);
  int32_t root = ChooseRoot(facts);
  document.text = WriteText(facts, root);
  if (document.text.empty()) document.text = JsonLdText(metadata.json_ld_body);
  if (document.text.empty()) {
    ApplyPruning(facts, /*class_rules=*/false);
    root = ChooseRoot(facts);
    document.text = WriteText(facts, root);
  }
  if (document.text.empty()) {
    return Status::InvalidInput("no article text found in the HTML page");
  }
  document.source = metadata.source;
  document.url = metadata.url;
  document.title = metadata.title;
  if (document.title.empty()) document.title = FirstHeadline(facts);
  if (document.title.empty())
    document.title = StripSiteSuffix(metadata.page_title, metadata.source);
  document.date = metadata.date;
  if (!document.date) document.date = FindTimeDate(facts, root);
  // gumbo emits valid UTF-8; the repair is a cheap guarantee of the contract.
  for (std::string* field : {&document.text, &document.title, &document.source, &document.url}) {
    if (!IsValidUtf8(*field)) *field = CleanUtf8(*field);
  }
  return document;
}

}  // namespace casus
