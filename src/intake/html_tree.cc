#include "intake/html_tree.h"

#include <algorithm>
#include <array>
#include <csetjmp>
#include <cstdlib>

namespace casus {

// A doubly linked list of live allocations, each preceded by its link, with
// a budget on the bytes alive at once.
class HtmlTree::Arena {
 public:
  explicit Arena(size_t budget) : budget_(budget) {}
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    while (head_.next != &head_) Release(head_.next);
  }

  // Runs gumbo; nullptr when the budget ran out. Nothing with a destructor
  // lives in this frame or in the frames longjmp skips (gumbo's and
  // Allocate's).
  GumboOutput* Parse(const GumboOptions& options, const char* data, size_t size) {
    if (setjmp(escape_) != 0) {
      parsing_ = false;
      return nullptr;
    }
    parsing_ = true;
    GumboOutput* output = gumbo_parse_with_options(&options, data, size);
    parsing_ = false;
    return output;
  }

  static void* Allocate(void* self, size_t size) {
    auto* arena = static_cast<Arena*>(self);
    if (arena->parsing_ && size > arena->budget_ - std::min(arena->budget_, arena->live_)) {
      std::longjmp(arena->escape_, 1);
    }
    auto* link = static_cast<Link*>(std::malloc(sizeof(Link) + size));
    // gumbo cannot recover from a failed allocation; neither can we.
    if (link == nullptr) std::abort();
    link->size = size;
    link->prev = &arena->head_;
    link->next = arena->head_.next;
    arena->head_.next->prev = link;
    arena->head_.next = link;
    arena->live_ += size;
    return link + 1;
  }

  static void Deallocate(void* self, void* pointer) {
    if (pointer == nullptr) return;
    Link* link = static_cast<Link*>(pointer) - 1;
    static_cast<Arena*>(self)->live_ -= link->size;
    Release(link);
  }

 private:
  struct alignas(16) Link {
    Link* prev;
    Link* next;
    size_t size;
  };

  static void Release(Link* link) {
    link->prev->next = link->next;
    link->next->prev = link->prev;
    std::free(link);
  }

  Link head_{&head_, &head_, 0};
  size_t budget_;
  size_t live_ = 0;
  bool parsing_ = false;
  std::jmp_buf escape_;
};

HtmlTree::HtmlTree(std::string_view html, size_t max_tree_bytes)
    : html_(html),
      arena_(std::make_unique<Arena>(max_tree_bytes != 0 ? max_tree_bytes
                                                         : (32u << 20) + 24 * html.size())) {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &Arena::Allocate;
  options.deallocator = &Arena::Deallocate;
  options.userdata = arena_.get();
  options.max_errors = 0;  // casus does not report parse errors; don't record them
  output_ = arena_->Parse(options, html_.data(), html_.size());
}

// The arena frees the whole tree; gumbo_destroy_output would recurse.
HtmlTree::~HtmlTree() = default;

bool IsElement(const GumboNode& node) {
  return node.type == GUMBO_NODE_ELEMENT || node.type == GUMBO_NODE_TEMPLATE;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string ElementName(const GumboNode& node) {
  if (!IsElement(node)) return {};
  const GumboElement& element = node.v.element;
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece piece = element.original_tag;
  if (piece.data == nullptr || piece.length == 0) return {};
  gumbo_tag_from_original_text(&piece);
  return AsciiLower(std::string_view(piece.data, piece.length));
}

const char* FindAttribute(const GumboNode& node, const char* name) {
  if (!IsElement(node)) return nullptr;
  const GumboAttribute* attribute = gumbo_get_attribute(&node.v.element.attributes, name);
  return attribute == nullptr ? nullptr : attribute->value;
}

std::string_view AttributeOr(const GumboNode& node, const char* name) {
  const char* value = FindAttribute(node, name);
  return value == nullptr ? std::string_view() : std::string_view(value);
}

const GumboVector* ChildNodes(const GumboNode& node) {
  if (IsElement(node)) return &node.v.element.children;
  if (node.type == GUMBO_NODE_DOCUMENT) return &node.v.document.children;
  return nullptr;
}

namespace {

bool IsTagNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':' || c == '_';
}

// Elements that never stay open on the stack of open elements for long.
constexpr std::array<std::string_view, 34> kUncounted = {
    "area",  "base",  "br",     "col",      "embed",  "hr",       "img",  "input", "link",
    "meta",  "param", "source", "track",    "wbr",    "keygen",   "p",    "li",    "dt",
    "dd",    "tr",    "td",     "th",       "option", "optgroup", "rb",   "rt",    "rp",
    "thead", "tbody", "tfoot",  "colgroup", "html",   "head",     "body",
};
constexpr std::array<std::string_view, 9> kRawText = {
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
};

// Position of "</name" (case-insensitive) at or after pos, or npos.
size_t FindEndTag(std::string_view html, size_t pos, std::string_view name) {
  for (pos = html.find("</", pos); pos != std::string_view::npos; pos = html.find("</", pos + 2)) {
    if (html.size() - pos - 2 < name.size()) return std::string_view::npos;
    if (AsciiLower(html.substr(pos + 2, name.size())) == name) return pos;
  }
  return std::string_view::npos;
}

}  // namespace

size_t EstimateNestingDepth(std::string_view html, size_t limit) {
  size_t depth = 0;
  size_t deepest = 0;
  size_t pos = 0;
  const size_t n = html.size();
  while (deepest < limit) {
    pos = html.find('<', pos);
    if (pos == std::string_view::npos || pos + 1 >= n) break;
    if (html.substr(pos, 4) == "<!--") {
      const size_t end = html.find("-->", pos + 4);
      if (end == std::string_view::npos) break;
      pos = end + 3;
      continue;
    }
    const bool closing = html[pos + 1] == '/';
    size_t name_start = pos + (closing ? 2 : 1);
    size_t name_end = name_start;
    while (name_end < n && IsTagNameChar(html[name_end])) ++name_end;
    if (name_end == name_start) {
      ++pos;
      continue;
    }
    const std::string name = AsciiLower(html.substr(name_start, name_end - name_start));
    // The end of the tag, skipping quoted attribute values.
    size_t end = name_end;
    char quote = 0;
    while (end < n && (quote != 0 || html[end] != '>')) {
      if (quote != 0 && html[end] == quote) {
        quote = 0;
      } else if (quote == 0 && (html[end] == '"' || html[end] == '\'')) {
        quote = html[end];
      }
      ++end;
    }
    if (end >= n) break;
    pos = end + 1;
    const bool counted = std::find(kUncounted.begin(), kUncounted.end(), name) == kUncounted.end();
    if (closing) {
      if (counted && depth > 0) --depth;
      continue;
    }
    if (std::find(kRawText.begin(), kRawText.end(), name) != kRawText.end()) {
      const size_t close = FindEndTag(html, pos, name);
      if (close == std::string_view::npos) break;
      pos = close;
      continue;
    }
    if (!counted || html[end - 1] == '/') continue;
    deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

}  // namespace casus
