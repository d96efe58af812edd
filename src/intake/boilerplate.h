// Boilerplate recognition for HTML article extraction: which markup marks an
// element as page chrome, and which short text blocks are site prompts rather
// than article text.
//
// Markup words. The values of class, id and data-* attributes and the names
// of custom elements are split into lower-case words at every non-alphanumeric
// character and at camelCase humps ("shareBar" -> "share", "bar"); adjacent
// words are also joined ("read-more" -> "readmore", "sign-up" -> "signup").
// A word marks the element as
//   kChrome  navigation, menu, breadcrumb, cookie/consent/GDPR banner,
//            newsletter/signup, share/social, comments/disqus,
//            related/recommended/read-more/trending/most-read, ads/promo/
//            sponsored/outbrain/taboola, modal/popup/overlay, author bio,
//            tags, byline, caption/credit, sidebar/rail, header/footer/
//            masthead, toolbar, skip links, screen-reader-only text;
//   kGate    paywall, subscribe/subscription/subscriber, premium, meter,
//            regwall/loginwall/login — a subscription prompt, or a container
//            of subscriber-only article text (the extractor keeps gate
//            elements that hold long paragraphs).
// ARIA roles navigation, menu, menubar, banner, complementary, contentinfo,
// search, dialog, alertdialog, toolbar and tablist are kChrome.
//
// Prompt blocks. A text block of at most kMaxPromptWords words is boilerplate
// when, after lower-casing and folding typographic apostrophes, it
//   - equals a site-furniture label ("advertisement", "related stories",
//     "share this article", "most read", ...), trailing punctuation ignored;
//   - starts with a promotional lead-in ("Read more:", "See also:",
//     "Listen:", "Watch:", "Video:", ...);
//   - contains a prompt phrase ("already a subscriber", "keep reading with",
//     "free trial", "subscribe for", "sign up for our newsletter",
//     "accept all cookies", "share on facebook", "leave a comment", ...);
//   - quotes a subscription price: a currency sign (£ $ €), an amount and a
//     period ("a week", "per month", "/year", ...) together with an offer
//     word (subscri-, trial, unlimited, access, cancel, offer, digital,
//     membership, join, sign up, for the first,
//     introductory): "Subscribe for £1 a week".
// Longer blocks are never dropped by phrase: article text may quote these
// words.
//
// Thread safety: pure functions over constant tables.
#ifndef CASUS_INTAKE_BOILERPLATE_H_
#define CASUS_INTAKE_BOILERPLATE_H_

#include <string_view>

namespace casus {

enum class MarkupKind { kNone, kChrome, kGate };

// Classifies a class / id / data-* value or a custom element name. kChrome
// wins over kGate when both kinds of word occur.
MarkupKind ClassifyMarkupWords(std::string_view value);

// Classifies an ARIA role attribute (a space-separated token list).
MarkupKind ClassifyRole(std::string_view role);

// True when class/id words name the main text container of an article
// ("article-body", "story-content", "entry-content", "post-body", ...).
bool IsArticleBodyMarkup(std::string_view value);

inline constexpr int kMaxPromptWords = 40;

// True when `block` (whitespace-collapsed text of one paragraph block) is a
// site prompt or label by the phrase rules above.
bool IsPromptBlock(std::string_view block);

}  // namespace casus

#endif  // CASUS_INTAKE_BOILERPLATE_H_
