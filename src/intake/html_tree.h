// HtmlTree: an HTML document parsed by gumbo (the WHATWG HTML5 parsing
// algorithm), plus small accessors for element names and attributes.
//
// Every node gumbo allocates lives in an arena owned by the tree and is freed
// at once when the tree is destroyed, so arbitrarily deep markup never
// recurses (gumbo's own destructor is recursive). Callers must walk the tree
// iteratively for the same reason. The arena also enforces a memory budget:
// when gumbo asks for more, the parse is abandoned by longjmp out of gumbo
// (plain C that holds no resources outside the arena) and the whole arena is
// released. Input must be valid UTF-8 (see RepairUtf8).
//
// Thread safety: an HtmlTree is immutable after construction; distinct trees
// may be built concurrently.
#ifndef CASUS_INTAKE_HTML_TREE_H_
#define CASUS_INTAKE_HTML_TREE_H_

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace casus {

class HtmlTree {
 public:
  // Parses `html`. The parse tree may take at most `max_tree_bytes` (0: 32 MiB
  // plus 24 bytes per input byte; real pages need under 15 per byte). Some
  // markup makes the HTML5 algorithm clone formatting elements into every
  // later block, so a small page can ask for gigabytes; such a parse is
  // abandoned (see complete()).
  explicit HtmlTree(std::string_view html, size_t max_tree_bytes = 0);
  ~HtmlTree();
  // Owns the parse arena and the source buffer gumbo points into.
  HtmlTree(const HtmlTree&) = delete;
  HtmlTree& operator=(const HtmlTree&) = delete;

  // False when the parse was abandoned for exceeding its memory budget.
  bool complete() const { return output_ != nullptr; }

  // The document node. Requires complete().
  const GumboNode* document() const { return output_->document; }

 private:
  class Arena;
  std::string html_;
  std::unique_ptr<Arena> arena_;
  GumboOutput* output_ = nullptr;
};

// True for element and template nodes.
bool IsElement(const GumboNode& node);

// The element's lower-case tag name ("p", "amp-ad"); empty for non-elements.
std::string ElementName(const GumboNode& node);

// The value of attribute `name` (lower-case), or nullptr when absent.
const char* FindAttribute(const GumboNode& node, const char* name);

// The value of attribute `name`, or "" when absent.
std::string_view AttributeOr(const GumboNode& node, const char* name);

// Child nodes of an element, template or document node; nullptr otherwise.
const GumboVector* ChildNodes(const GumboNode& node);

// An estimate of how deeply the page nests elements, from a scan of its tags
// (void, raw-text and self-closing elements and the elements HTML closes
// implicitly — p, li, dt, dd, tr, td, th, option, ... — are not counted).
// gumbo's tree builder is quadratic in nesting depth, so callers refuse
// pages nested absurdly deep before parsing them. Stops counting at `limit`.
size_t EstimateNestingDepth(std::string_view html, size_t limit);

// Lower-cases ASCII letters.
std::string AsciiLower(std::string_view text);

}  // namespace casus

#endif  // CASUS_INTAKE_HTML_TREE_H_
