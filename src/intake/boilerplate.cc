#include "intake/boilerplate.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace casus {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
char ToLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Lower-case words of a markup value, split at non-alphanumerics and at
// camelCase humps.
std::vector<std::string> MarkupWords(std::string_view value) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (!IsAsciiAlnum(c)) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
      continue;
    }
    if (IsAsciiUpper(c) && i > 0 && IsAsciiLower(value[i - 1]) && !word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
    word.push_back(ToLower(c));
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Single words and joined neighbours ("read" + "more" -> "readmore").
std::vector<std::string> MarkupTerms(std::string_view value) {
  std::vector<std::string> words = MarkupWords(value);
  std::vector<std::string> terms = words;
  for (size_t i = 0; i + 1 < words.size(); ++i) terms.push_back(words[i] + words[i + 1]);
  return terms;
}

template <size_t N>
bool Contains(const std::array<std::string_view, N>& table, std::string_view term) {
  return std::find(table.begin(), table.end(), term) != table.end();
}

template <size_t N>
bool StartsWithAny(const std::array<std::string_view, N>& prefixes, std::string_view term) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](std::string_view prefix) { return term.starts_with(prefix); });
}

constexpr std::array<std::string_view, 72> kChromeWords = {
    "nav",          "navbar",      "subnav",      "topnav",      "menu",
    "menubar",      "megamenu",    "breadcrumb",  "breadcrumbs", "cookie",
    "cookies",      "consent",     "gdpr",        "newsletter",  "newsletters",
    "signup",       "share",       "shares",      "sharing",     "social",
    "comment",      "comments",    "disqus",      "related",     "recommended",
    "readmore",     "morestories", "trending",    "mostread",    "mostpopular",
    "popular",      "ad",          "ads",         "adslot",      "adunit",
    "adcontainer",  "advert",      "adverts",     "dfp",         "promo",
    "promos",       "promoted",    "sponsored",   "sponsor",     "outbrain",
    "taboola",      "modal",       "popup",       "overlay",     "dialog",
    "authorbio",    "bio",         "aboutauthor", "tags",        "taglist",
    "tagcloud",     "byline",      "caption",     "credit",      "credits",
    "sidebar",      "rail",        "header",      "footer",      "masthead",
    "toolbar",      "skiplink",    "skiplinks",   "sronly",      "visuallyhidden",
    "screenreader", "banner",
};
constexpr std::array<std::string_view, 16> kChromePrefixes = {
    "navig",   "advert",     "sponsor",   "comments", "newsletter", "social", "share",    "cookie",
    "consent", "breadcrumb", "recommend", "related",  "promo",      "popup",  "outbrain", "taboola",
};
constexpr std::array<std::string_view, 12> kGateWords = {
    "paywall", "subscribe", "subscription", "subscriptions", "subscriber", "premium",
    "meter",   "metered",   "regwall",      "loginwall",     "login",      "piano",
};
constexpr std::array<std::string_view, 3> kGatePrefixes = {"paywall", "subscri", "regwall"};

constexpr std::array<std::string_view, 13> kChromeRoles = {
    "navigation", "menu",        "menubar", "banner",  "complementary", "contentinfo", "search",
    "dialog",     "alertdialog", "toolbar", "tablist", "menuitem",      "tab",
};

constexpr std::array<std::string_view, 16> kBodyTerms = {
    "articlebody", "articlecontent", "articletext", "storybody",    "storycontent", "storytext",
    "postbody",    "postcontent",    "posttext",    "entrycontent", "entrybody",    "contentbody",
    "bodytext",    "maincontent",    "newsbody",    "newscontent",
};

// Whole-block labels of site furniture (compared after normalization).
constexpr std::array<std::string_view, 48> kFurnitureLabels = {
    "advertisement",
    "ad",
    "sponsored",
    "sponsored content",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share article",
    "tweet",
    "email",
    "print",
    "comments",
    "comment",
    "skip to content",
    "skip to main content",
    "menu",
    "close",
    "loading",
    "read more",
    "show more",
    "load more",
    "back to top",
    "listen",
    "copy link",
    "continue reading",
    "related",
    "related stories",
    "related articles",
    "related content",
    "more on this story",
    "more stories",
    "top stories",
    "most read",
    "most popular",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    "trending",
    "trending now",
    "latest news",
    "newsletter",
    "read next",
    "see also",
    "tags",
    "topics",
    "follow us",
};

constexpr std::array<std::string_view, 63> kPromptPhrases = {
    "already a subscriber",
    "already subscribed",
    "already have an account",
    "log in to continue",
    "sign in to continue",
    "log in to read",
    "sign in to read",
    "log in to keep reading",
    "sign in to keep reading",
    "keep reading with",
    "continue reading with",
    "to continue reading",
    "free trial",
    "subscribe now",
    "subscribe today",
    "subscribe for",
    "subscribe to continue",
    "subscribe to read",
    "subscribe to unlock",
    "subscribe to get",
    "subscribers only",
    "for subscribers",
    "subscriber-only",
    "subscriber only",
    "exclusive to subscribers",
    "become a subscriber",
    "unlimited access",
    "unlimited digital access",
    "you have reached your",
    "you've reached your",
    "free articles",
    "free article remaining",
    "register to continue",
    "create a free account",
    "sign up for our newsletter",
    "sign up to our newsletter",
    "sign up for the newsletter",
    "subscribe to our newsletter",
    "get our newsletter",
    "newsletter sign",
    "straight to your inbox",
    "accept all cookies",
    "accept cookies",
    "reject all cookies",
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "cookie policy",
    "cookie settings",
    "manage cookies",
    "share this article",
    "share on facebook",
    "share on twitter",
    "share on whatsapp",
    "share via email",
    "follow us on",
    "leave a comment",
    "post a comment",
    "view comments",
    "join the conversation",
    "comments are closed",
    "log in to comment",
    "all rights reserved",
};

// Lead-ins of promotional links ("Read more: ...", "Listen: our podcast").
constexpr std::array<std::string_view, 12> kPromoLeadIns = {
    "read more:", "read also:", "also read:",   "see also:",  "related:", "listen:",
    "watch:",     "more:",      "recommended:", "read next:", "podcast:", "video:",
};

constexpr std::array<std::string_view, 13> kPricePeriods = {
    "a week", "a month", "a year", "per week", "per month", "per year", "/week",
    "/month", "/year",   "/wk",    "/mo",      "a day",     "per day",
};

// Lower-cases ASCII, folds U+2019 (’) to an apostrophe, trims, and strips
// trailing punctuation/colons so "Related:" equals "related".
std::string NormalizeBlock(std::string_view block) {
  std::string out;
  out.reserve(block.size());
  for (size_t i = 0; i < block.size(); ++i) {
    if (block.substr(i, 3) == "\xE2\x80\x99") {
      out.push_back('\'');
      i += 2;
      continue;
    }
    out.push_back(ToLower(block[i]));
  }
  const auto trailing = [](char c) {
    return c == ' ' || c == ':' || c == '.' || c == '!' || c == '>' || c == '|';
  };
  while (!out.empty() && trailing(out.back())) out.pop_back();
  size_t start = 0;
  while (start < out.size() && out[start] == ' ') ++start;
  return out.substr(start);
}

int CountWords(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

constexpr std::array<std::string_view, 12> kOfferCues = {
    "subscri", "trial",      "unlimited", "access",  "cancel",        "offer",
    "digital", "membership", "join",      "sign up", "for the first", "introductory",
};

// "£1 a week", "$2.99/month": a currency sign, an amount, then a period —
// in a block that also speaks of an offer ("Recruits were paid $50 a month"
// is news, not a prompt).
bool QuotesSubscriptionPrice(std::string_view text) {
  const auto is_digit = [&](size_t i) {
    return i < text.size() && text[i] >= '0' && text[i] <= '9';
  };
  bool price = false;
  for (std::string_view sign : {"\xC2\xA3", "$", "\xE2\x82\xAC"}) {  // £ $ €
    for (size_t pos = text.find(sign); pos != std::string_view::npos && !price;
         pos = text.find(sign, pos + 1)) {
      size_t i = pos + sign.size();
      if (!is_digit(i)) continue;
      while (is_digit(i) || (text[i] == '.' && is_digit(i + 1))) ++i;
      const std::string_view rest = text.substr(i);
      price = std::any_of(kPricePeriods.begin(), kPricePeriods.end(), [&](std::string_view p) {
        return rest.starts_with(p) || (rest.starts_with(' ') && rest.substr(1).starts_with(p));
      });
    }
  }
  return price && std::any_of(kOfferCues.begin(), kOfferCues.end(), [&](std::string_view cue) {
           return text.find(cue) != std::string_view::npos;
         });
}

}  // namespace

MarkupKind ClassifyMarkupWords(std::string_view value) {
  MarkupKind kind = MarkupKind::kNone;
  for (const std::string& term : MarkupTerms(value)) {
    if (Contains(kChromeWords, term) || StartsWithAny(kChromePrefixes, term)) {
      return MarkupKind::kChrome;
    }
    if (Contains(kGateWords, term) || StartsWithAny(kGatePrefixes, term)) kind = MarkupKind::kGate;
  }
  return kind;
}

MarkupKind ClassifyRole(std::string_view role) {
  for (const std::string& word : MarkupWords(role)) {
    if (Contains(kChromeRoles, word)) return MarkupKind::kChrome;
  }
  return MarkupKind::kNone;
}

bool IsArticleBodyMarkup(std::string_view value) {
  for (const std::string& term : MarkupTerms(value)) {
    if (Contains(kBodyTerms, term)) return true;
  }
  return false;
}

bool IsPromptBlock(std::string_view block) {
  if (CountWords(block) > kMaxPromptWords) return false;
  const std::string text = NormalizeBlock(block);
  if (text.empty()) return false;
  if (Contains(kFurnitureLabels, text)) return true;
  if (StartsWithAny(kPromoLeadIns, text)) return true;
  for (std::string_view phrase : kPromptPhrases) {
    if (text.find(phrase) != std::string::npos) return true;
  }
  return QuotesSubscriptionPrice(text);
}

}  // namespace casus
