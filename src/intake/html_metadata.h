// Article metadata from an HTML page: title, publication date, site name,
// canonical URL and (as a last resort for the body) JSON-LD articleBody.
//
// Sources, in order of preference for each field:
//   title   og:title, twitter:title, JSON-LD headline (then the extractor
//           falls back to the page's <h1> and finally <title>)
//   date    article:published_time, og:published_time, JSON-LD
//           datePublished/dateCreated, <meta itemprop=datePublished>,
//           <meta name=date|pubdate|publish-date|publishdate|publish_date|
//           dc.date|dc.date.issued|dcterms.date|sailthru.date|
//           parsely-pub-date> (then the extractor falls back to a <time> in
//           the article)
//   source  og:site_name, JSON-LD publisher.name, application-name
//   url     <link rel=canonical>, og:url, JSON-LD url / mainEntityOfPage
// JSON-LD blocks (<script type="application/ld+json">) may hold one object,
// an array, or an "@graph" array; the first object whose @type names an
// article (…Article, BlogPosting, LiveBlogPosting, ReportageNews, Report) is
// used, and publisher references ({"@id": …}) are resolved within the block.
//
// Thread safety: pure functions.
#ifndef CASUS_INTAKE_HTML_METADATA_H_
#define CASUS_INTAKE_HTML_METADATA_H_

#include <optional>
#include <string>
#include <string_view>

#include "casus/date.h"
#include "intake/html_tree.h"

namespace casus {

struct HtmlMetadata {
  std::string title;       // from meta tags or JSON-LD; may be empty
  std::string page_title;  // the <title> element; may be empty
  std::optional<Date> date;
  std::string source;
  std::string url;
  std::string json_ld_body;  // JSON-LD articleBody; may be empty
};

// Reads the metadata of a parsed page (meta, link, title and JSON-LD script
// elements anywhere in the document).
HtmlMetadata ReadHtmlMetadata(const HtmlTree& tree);

// Parses a publication date written as ISO 8601 ("2024-01-28",
// "2024-01-28T10:00:00Z"), "2024/01/28", "28 January 2024",
// "January 28, 2024" or "Jan. 28, 2024" (surrounding text such as "Published"
// or a weekday is skipped). Returns nullopt when no date is found.
std::optional<Date> ParsePublicationDate(std::string_view text);

}  // namespace casus

#endif  // CASUS_INTAKE_HTML_METADATA_H_
