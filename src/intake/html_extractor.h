// Article extraction from one HTML page: metadata plus the article's plain
// text with the page chrome removed.
//
// Parsing. The page is repaired to valid UTF-8 first; a page that is not
// valid UTF-8 and declares a single-byte Latin charset (iso-8859-1, latin1,
// windows-1252, cp1252, iso-8859-15, us-ascii) is decoded as Windows-1252.
// gumbo then builds the HTML5 tree (entities decoded). Pages whose tags nest
// more than 512 levels deep (EstimateNestingDepth) are refused: real pages
// stay far below, and gumbo's time grows with the square of the depth.
// Pages whose parse tree outgrows HtmlTree's memory budget (markup that
// makes the HTML5 algorithm clone formatting elements into every block) are
// refused with kTooLarge.
//
// Metadata: see html_metadata.h. The title falls back to the first <h1>
// outside the chrome, then to <title>; the date falls back to the first
// <time> (its datetime attribute, else its text) inside the article, then to
// any element marked pubdate or itemprop=datePublished.
//
// Chrome. These elements are dropped with everything inside them:
//   - script, style, noscript, template, svg, math, iframe, object, embed,
//     canvas, audio, video, button, input, select, textarea, label, nav,
//     header, footer, aside, menu, dialog, figure, figcaption, head; and
//     form, unless it encloses the article (some sites wrap the whole page
//     in a form);
//   - elements with a `hidden` attribute, aria-hidden="true", or an inline
//     style with display:none / visibility:hidden;
//   - elements whose class, id, data-* values, ARIA role or custom tag name
//     mark them as chrome or as a subscription gate (boilerplate.h). Such
//     markup is ignored on an element that encloses the article's markers
//     (an <h1>, <main>, role=main or itemprop=articleBody) — a class like
//     "page has-sidebar" on a wrapper must not drop the article — and a gate
//     element is kept when it holds two or more long paragraphs (it wraps
//     subscriber text rather than prompting for a subscription).
//
// The article root, among elements outside the chrome: the
// itemprop=articleBody element, else the <article>, else <main> or
// role=main, else an element whose class/id names an article body
// ("article-body", "story-content", ...) — in each group the one with the
// most non-link text, accepted when it holds at least 30% of the page's
// non-link text or 1000 bytes of it. An articleBody or article-body
// element with a sibling of the same tag and class (the text split around an
// advert) gives way to their parent. Failing all four, the element whose
// <p> children (and, at half weight, grandchildren) hold the most non-link
// text; failing that, <body>.
//
// Text. Inside the root, every block element (p, div, section, h2-h6, li,
// dt, dd, blockquote, pre, tr, ...) starts a new block; <h1> is the title
// and is skipped; a double <br> starts a new block, a single one is a space;
// table cells are separated by a space. Each block is whitespace-collapsed
// (whitespace.h). A block is dropped when more than half of its text is
// link text (menus, related-story lists, "Read more" links), when more than
// half is inside <time> (timestamp lines: "Updated 5 June 2022"), or when it is a
// short site prompt (IsPromptBlock: "Already a subscriber? Log in", "Subscribe
// for £1 a week", "Accept all cookies", ...). Blocks are joined by "\n\n".
// When nothing is left, the extractor retries without the class/id rules,
// after first trying the JSON-LD articleBody.
//
// Thread safety: a pure function.
#ifndef CASUS_INTAKE_HTML_EXTRACTOR_H_
#define CASUS_INTAKE_HTML_EXTRACTOR_H_

#include <string>
#include <string_view>

#include "casus/document.h"
#include "casus/status.h"

namespace casus {

// Extracts the article of one HTML page into a Document with the given id.
// Fails with kInvalidInput when the page holds no article text. Every
// string in the result is valid UTF-8.
Result<Document> ExtractHtmlArticle(std::string_view html, std::string id);

}  // namespace casus

#endif  // CASUS_INTAKE_HTML_EXTRACTOR_H_
