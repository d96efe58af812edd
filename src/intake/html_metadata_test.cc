#include "intake/html_metadata.h"

#include <gtest/gtest.h>

namespace casus {
namespace {

struct DateCase {
  const char* text;
  const char* date;  // "" = none
};

const DateCase kDateCases[] = {
    {"2024-01-28", "2024-01-28"},
    {"2024-01-28T19:42:00+00:00", "2024-01-28"},
    {" 2024-01-28 10:00 ", "2024-01-28"},
    {"2024/01/28", "2024-01-28"},
    {"Published 2024-1-8 at noon", "2024-01-08"},
    {"28 January 2024", "2024-01-28"},
    {"Sunday 28th January 2024", "2024-01-28"},
    {"January 28, 2024", "2024-01-28"},
    {"Jan. 28, 2024 7:42 PM", "2024-01-28"},
    {"Sept 3, 2020", "2020-09-03"},
    {"Updated: 6 May 2023 - 10:15", "2023-05-06"},
    {"2024-02-30", ""},
    {"31 February 2024", ""},
    {"May the fourth", ""},
    {"12345-01-01", ""},
    {"", ""},
    {"yesterday", ""},
};

TEST(HtmlMetadataTest, ParsesPublicationDates) {
  for (const DateCase& c : kDateCases) {
    const std::optional<Date> date = ParsePublicationDate(c.text);
    EXPECT_EQ(date ? date->ToString() : "", c.date) << c.text;
  }
}

struct MetadataCase {
  const char* name;
  const char* head;
  const char* title;
  const char* date;
  const char* source;
  const char* url;
};

const MetadataCase kMetadataCases[] = {
    {"og_tags",
     R"(<meta property="og:title" content=" OG  title "><meta property="og:site_name" content="Site">
        <meta property="og:url" content="https://x.example/og">
        <meta property="article:published_time" content="2023-03-10T08:00:00Z">)",
     "OG title", "2023-03-10", "Site", "https://x.example/og"},
    {"canonical_beats_og_url",
     R"(<meta property="og:url" content="https://x.example/og">
        <link rel="alternate canonical" href="https://x.example/canonical">)",
     "", "", "", "https://x.example/canonical"},
    {"og_title_beats_json_ld",
     R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD"}</script>
        <meta property="og:title" content="OG">)",
     "OG", "", "", ""},
    {"published_time_beats_json_ld",
     R"(<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-03"}</script>
        <meta property="article:published_time" content="2020-01-05">)",
     "", "2020-01-05", "", ""},
    {"json_ld_beats_meta_date",
     R"(<meta name="date" content="2020-01-01">
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-03"}</script>)",
     "", "2020-01-03", "", ""},
    {"unparsable_date_falls_through",
     R"(<meta property="article:published_time" content="soon"><meta name="publish-date" content="2021-07-04">)",
     "", "2021-07-04", "", ""},
    {"og_published_time", R"(<meta property="og:published_time" content="2019-12-29">)", "",
     "2019-12-29", "", ""},
    {"itemprop_date", R"(<meta itemprop="datePublished" content="2022-09-16">)", "", "2022-09-16",
     "", ""},
    {"json_ld_graph_and_publisher_reference",
     R"(<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
         {"@type":"Organization","@id":"#org","name":"Org Name"},
         {"@type":"WebPage","name":"Page"},
         {"@type":"ReportageNews","headline":"Graph headline","datePublished":"2020-01-08T01:00:00Z",
          "publisher":{"@id":"#org"},"mainEntityOfPage":{"@id":"https://x.example/g"}}]}</script>)",
     "Graph headline", "2020-01-08", "Org Name", "https://x.example/g"},
    {"json_ld_array_type_and_string_entity",
     R"(<script type="application/ld+json">[{"@type":["Thing","NewsArticle"],"headline":"H",
         "publisher":[{"name":"P"}],"mainEntityOfPage":"https://x.example/m"}]</script>)",
     "H", "", "P", "https://x.example/m"},
    {"json_ld_non_article_ignored",
     R"(<script type="application/ld+json">{"@type":"WebSite","name":"Site","url":"https://x.example"}</script>)",
     "", "", "", ""},
    {"broken_json_ld_ignored",
     R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":</script>
        <meta property="og:title" content="Still here">)",
     "Still here", "", "", ""},
    {"wrong_types_in_json_ld_ignored",
     R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":5,"name":"N",
         "datePublished":[1],"publisher":7,"url":{"x":1}}</script>)",
     "N", "", "", ""},
    {"application_name_is_a_last_resort",
     R"(<meta name="application-name" content="App"><meta property="og:site_name" content="OG Site">)",
     "", "", "OG Site", ""},
};

void PrintTo(const MetadataCase& c, std::ostream* out) { *out << c.name; }

class MetadataTest : public testing::TestWithParam<MetadataCase> {};

TEST_P(MetadataTest, ReadsMetadata) {
  const MetadataCase& c = GetParam();
  const HtmlTree tree(std::string("<html><head>") + c.head + "</head><body><p>x</p></body></html>");
  const HtmlMetadata metadata = ReadHtmlMetadata(tree);
  EXPECT_EQ(metadata.title, c.title);
  EXPECT_EQ(metadata.date ? metadata.date->ToString() : "", c.date);
  EXPECT_EQ(metadata.source, c.source);
  EXPECT_EQ(metadata.url, c.url);
}

INSTANTIATE_TEST_SUITE_P(Pages, MetadataTest, testing::ValuesIn(kMetadataCases),
                         [](const testing::TestParamInfo<MetadataCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(HtmlMetadataTest, ReadsPageTitleAndJsonLdBody) {
  const HtmlTree tree(
      R"(<title> Page
         title </title><script type="application/ld+json">{"@type":"NewsArticle",
         "articleBody":"Body."}</script>)");
  const HtmlMetadata metadata = ReadHtmlMetadata(tree);
  EXPECT_EQ(metadata.page_title, "Page title");
  EXPECT_EQ(metadata.json_ld_body, "Body.");
}

TEST(HtmlMetadataTest, DeeplyNestedJsonLdIsHarmless) {
  std::string json = R"({"@type":"NewsArticle","headline":"Deep","x":)";
  for (int i = 0; i < 100000; ++i) json += "[";
  for (int i = 0; i < 100000; ++i) json += "]";
  json += "}";
  const HtmlTree tree("<script type=\"application/ld+json\">" + json + "</script>");
  EXPECT_EQ(ReadHtmlMetadata(tree).title, "Deep");
}

}  // namespace
}  // namespace casus
