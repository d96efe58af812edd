#include "intake/html_metadata.h"

#include <array>
#include <charconv>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

#include "intake/whitespace.h"

namespace casus {
namespace {

using Json = nlohmann::json;

// Candidate values for one field, by preference rank (lower wins).
class RankedValue {
 public:
  void Offer(int rank, std::string_view value) {
    std::string text = CollapseWhitespace(value);
    if (text.empty() || rank >= rank_) return;
    rank_ = rank;
    value_ = std::move(text);
  }
  const std::string& value() const { return value_; }

 private:
  int rank_ = 1 << 30;
  std::string value_;
};

// Ranks of date meta names after article:published_time (0),
// og:published_time (1) and JSON-LD (2).
constexpr std::array<std::string_view, 11> kDateMetaNames = {
    "datepublished", "date",          "pubdate",          "publish-date",
    "publishdate",   "publish_date",  "dc.date",          "dc.date.issued",
    "dcterms.date",  "sailthru.date", "parsely-pub-date",
};

// Date strings by rank; the best-ranked one that parses wins.
class DateCandidates {
 public:
  void Offer(int rank, std::string_view value) { candidates_.emplace(rank, std::string(value)); }
  std::optional<Date> Best() const {
    for (const auto& [rank, text] : candidates_) {
      if (auto date = ParsePublicationDate(text)) return date;
    }
    return std::nullopt;
  }

 private:
  std::multimap<int, std::string> candidates_;
};

struct Collected {
  RankedValue title, source, url;
  DateCandidates date;
  std::string page_title;
  std::string json_ld_body;
};

void ReadMeta(const GumboNode& node, Collected& out) {
  std::string key = AsciiLower(AttributeOr(node, "property"));
  if (key.empty()) key = AsciiLower(AttributeOr(node, "name"));
  if (key.empty()) key = AsciiLower(AttributeOr(node, "itemprop"));
  const std::string_view content = AttributeOr(node, "content");
  if (key.empty() || content.empty()) return;
  if (key == "og:title") out.title.Offer(0, content);
  if (key == "twitter:title") out.title.Offer(1, content);
  if (key == "article:published_time") out.date.Offer(0, content);
  if (key == "og:published_time") out.date.Offer(1, content);
  for (size_t i = 0; i < kDateMetaNames.size(); ++i) {
    if (key == kDateMetaNames[i]) out.date.Offer(10 + static_cast<int>(i), content);
  }
  if (key == "og:site_name") out.source.Offer(0, content);
  if (key == "application-name") out.source.Offer(5, content);
  if (key == "og:url") out.url.Offer(1, content);
}

bool RelHas(std::string_view rel, std::string_view token) {
  const std::string lower = AsciiLower(rel);
  size_t pos = 0;
  while (pos < lower.size()) {
    const size_t end = std::min(lower.find(' ', pos), lower.size());
    if (std::string_view(lower).substr(pos, end - pos) == token) return true;
    pos = end + 1;
  }
  return false;
}

// ---- JSON-LD ----

const std::string* StringField(const Json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return nullptr;
  return it->get_ptr<const std::string*>();
}

bool IsArticleType(const Json& object) {
  const auto it = object.find("@type");
  if (it == object.end()) return false;
  const auto article = [](const Json& type) {
    if (!type.is_string()) return false;
    const std::string& name = type.get_ref<const std::string&>();
    return name.find("Article") != std::string::npos || name == "BlogPosting" ||
           name == "LiveBlogPosting" || name == "ReportageNews" || name == "Report";
  };
  if (article(*it)) return true;
  if (it->is_array()) {
    for (const Json& type : *it) {
      if (article(type)) return true;
    }
  }
  return false;
}

// Top-level objects of a JSON-LD block: the block itself, array elements,
// and members of "@graph" arrays (one level deep, never recursive).
std::vector<const Json*> TopObjects(const Json& root) {
  std::vector<const Json*> objects;
  std::vector<const Json*> containers = {&root};
  if (root.is_array()) {
    containers.clear();
    for (const Json& item : root) containers.push_back(&item);
  }
  for (const Json* item : containers) {
    if (!item->is_object()) continue;
    objects.push_back(item);
    const auto graph = item->find("@graph");
    if (graph != item->end() && graph->is_array()) {
      for (const Json& member : *graph) {
        if (member.is_object()) objects.push_back(&member);
      }
    }
  }
  return objects;
}

std::string PublisherName(const Json& article, const std::map<std::string, const Json*>& by_id) {
  const auto it = article.find("publisher");
  if (it == article.end()) return {};
  const Json* publisher = &*it;
  if (publisher->is_array() && !publisher->empty()) publisher = &(*publisher)[0];
  if (publisher->is_string()) return publisher->get<std::string>();
  if (!publisher->is_object()) return {};
  if (const std::string* name = StringField(*publisher, "name")) return *name;
  if (const std::string* ref = StringField(*publisher, "@id")) {
    const auto found = by_id.find(*ref);
    if (found != by_id.end()) {
      if (const std::string* name = StringField(*found->second, "name")) return *name;
    }
  }
  return {};
}

std::string ArticleUrl(const Json& article) {
  if (const std::string* url = StringField(article, "url")) return *url;
  const auto it = article.find("mainEntityOfPage");
  if (it == article.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (const std::string* id = StringField(*it, "@id")) return *id;
  if (const std::string* url = StringField(*it, "url")) return *url;
  return {};
}

void ReadJsonLd(std::string_view script, Collected& out) {
  const Json root = Json::parse(script.begin(), script.end(), nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return;
  const std::vector<const Json*> objects = TopObjects(root);
  std::map<std::string, const Json*> by_id;
  for (const Json* object : objects) {
    if (const std::string* id = StringField(*object, "@id")) by_id.emplace(*id, object);
  }
  for (const Json* object : objects) {
    if (!IsArticleType(*object)) continue;
    if (const std::string* headline = StringField(*object, "headline")) {
      out.title.Offer(2, *headline);
    } else if (const std::string* name = StringField(*object, "name")) {
      out.title.Offer(3, *name);
    }
    if (const std::string* date = StringField(*object, "datePublished")) {
      out.date.Offer(2, *date);
    } else if (const std::string* created = StringField(*object, "dateCreated")) {
      out.date.Offer(3, *created);
    }
    out.source.Offer(1, PublisherName(*object, by_id));
    out.url.Offer(2, ArticleUrl(*object));
    const std::string* body = StringField(*object, "articleBody");
    if (body != nullptr && out.json_ld_body.empty()) out.json_ld_body = *body;
    return;
  }
}

// Concatenated text children (script and title content).
std::string ChildText(const GumboNode& node) {
  std::string text;
  const GumboVector* children = ChildNodes(node);
  if (children == nullptr) return text;
  for (unsigned i = 0; i < children->length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children->data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
        child->type == GUMBO_NODE_CDATA) {
      text += child->v.text.text;
    }
  }
  return text;
}

void ReadElement(const GumboNode& node, Collected& out) {
  switch (node.v.element.tag) {
    case GUMBO_TAG_META:
      ReadMeta(node, out);
      break;
    case GUMBO_TAG_LINK:
      if (RelHas(AttributeOr(node, "rel"), "canonical"))
        out.url.Offer(0, AttributeOr(node, "href"));
      break;
    case GUMBO_TAG_TITLE:
      if (out.page_title.empty()) out.page_title = CollapseWhitespace(ChildText(node));
      break;
    case GUMBO_TAG_SCRIPT:
      try {
        if (AsciiLower(CollapseWhitespace(AttributeOr(node, "type"))) == "application/ld+json") {
          ReadJsonLd(ChildText(node), out);
        }
      } catch (const std::exception&) {
        // A JSON-LD block casus cannot read contributes nothing.
      }
      break;
    default:
      break;
  }
}

// ---- dates ----

int MonthFromName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  const std::string lower = AsciiLower(word);
  if (lower.size() < 3) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i] == lower || (kMonths[i].starts_with(lower) && lower.size() <= 4) ||
        (i == 8 && lower == "sept")) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

struct Word {
  std::string_view text;
  bool digits;
};

std::vector<Word> SplitWords(std::string_view text) {
  std::vector<Word> words;
  size_t pos = 0;
  while (pos < text.size()) {
    const auto is_digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    const auto is_alpha = [&](size_t i) {
      return (text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z');
    };
    if (!is_digit(pos) && !is_alpha(pos)) {
      ++pos;
      continue;
    }
    const bool digits = is_digit(pos);
    const size_t start = pos;
    while (pos < text.size() && (digits ? is_digit(pos) : is_alpha(pos))) ++pos;
    words.push_back({text.substr(start, pos - start), digits});
  }
  return words;
}

int ToInt(std::string_view digits) {
  int value = 0;
  if (digits.size() > 4) return -1;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

std::optional<Date> MakeDate(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return {};
  Date date{year, static_cast<int8_t>(month), static_cast<int8_t>(day)};
  if (!date.Valid()) return std::nullopt;
  return date;
}

// Numeric "YYYY-MM-DD" / "YYYY/MM/DD" anywhere in the text.
std::optional<Date> FindNumericDate(std::string_view text) {
  for (size_t pos = 0; pos + 8 <= text.size(); ++pos) {
    const auto digit = [&](size_t i) {
      return i < text.size() && text[i] >= '0' && text[i] <= '9';
    };
    if (!(digit(pos) && digit(pos + 1) && digit(pos + 2) && digit(pos + 3))) continue;
    if (pos > 0 && digit(pos - 1)) continue;
    const char separator = text[pos + 4];
    if (separator != '-' && separator != '/') continue;
    size_t i = pos + 5;
    int month = 0, day = 0;
    while (digit(i) && i < pos + 7) month = month * 10 + (text[i++] - '0');
    if (i == pos + 5 || i >= text.size() || text[i] != separator) continue;
    const size_t day_start = ++i;
    while (digit(i) && i < day_start + 2) day = day * 10 + (text[i++] - '0');
    if (i == day_start || digit(i)) continue;
    if (auto date = MakeDate(ToInt(text.substr(pos, 4)), month, day)) return date;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Date> ParsePublicationDate(std::string_view text) {
  if (auto date = Date::Parse(CollapseWhitespace(text))) return date;
  if (auto date = FindNumericDate(text)) return date;
  const std::vector<Word> words = SplitWords(text);
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].digits) continue;
    const int month = MonthFromName(words[i].text);
    if (month == 0) continue;
    // "28 January 2024" / "28th January 2024"
    const auto year_after = [&](size_t j) {
      while (j < words.size() && !words[j].digits && words[j].text.size() <= 2) ++j;
      return j < words.size() && words[j].digits && words[j].text.size() == 4 ? ToInt(words[j].text)
                                                                              : -1;
    };
    int day = -1;
    size_t before = i;
    while (before > 0 && !words[before - 1].digits && words[before - 1].text.size() <= 2) --before;
    if (before > 0 && words[before - 1].digits && words[before - 1].text.size() <= 2) {
      day = ToInt(words[before - 1].text);
      if (auto date = MakeDate(year_after(i + 1), month, day)) return date;
    }
    // "January 28, 2024" / "Jan. 28th 2024"
    if (i + 1 < words.size() && words[i + 1].digits && words[i + 1].text.size() <= 2) {
      day = ToInt(words[i + 1].text);
      if (auto date = MakeDate(year_after(i + 2), month, day)) return date;
    }
  }
  return std::nullopt;
}

HtmlMetadata ReadHtmlMetadata(const HtmlTree& tree) {
  Collected collected;
  std::vector<const GumboNode*> stack = {tree.document()};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (IsElement(*node)) ReadElement(*node, collected);
    const GumboVector* children = ChildNodes(*node);
    if (children == nullptr) continue;
    for (unsigned i = children->length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(children->data[i]));
    }
  }
  HtmlMetadata metadata;
  metadata.title = collected.title.value();
  metadata.page_title = std::move(collected.page_title);
  metadata.date = collected.date.Best();
  metadata.source = collected.source.value();
  metadata.url = collected.url.value();
  metadata.json_ld_body = std::move(collected.json_ld_body);
  return metadata;
}

}  // namespace casus
