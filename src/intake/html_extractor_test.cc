#include "intake/html_extractor.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "base/utf8.h"

namespace casus {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(CASUS_SOURCE_DIR) + "/src/intake/testdata/" + name,
                   std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

struct FixtureCase {
  const char* file;
  const char* title;
  const char* date;  // "" = none
  const char* source;
  const char* url;
  const char* text;
};

const FixtureCase kFixtures[] = {
    {"news_site.html", "Drone strike kills three US troops at Jordan outpost", "2024-01-28",
     "The Desert Ledger", "https://ledger.example/world/2024/01/28/tower-22-drone",
     "AMMAN, Jordan \u2014 Three US service members were killed and more than thirty were "
     "wounded when a one-way attack drone struck Tower 22, a small logistics base in "
     "north-eastern Jordan near the Syrian border, on Sunday.\n\n"
     "The Islamic Resistance in Iraq, an umbrella name used by Iran-aligned militias, said it "
     "had launched drones at several bases, including one on the Jordan\u2013Syria frontier.\n\n"
     "A first since the war began\n\n"
     "It was the first time US troops had been killed by hostile fire in the region since the "
     "Gaza war began in October. President Biden said the United States \u201cshall respond\u201d "
     "and blamed \u201cradical Iran-backed militant groups\u201d.\n\n"
     "\u201cWe will hold all those responsible to account,\u201d he said.\n\n"
     "Tower 22 hosts a few hundred US personnel.\n\n"
     "It sits beside the al-Tanf garrison across the border in Syria."},
    {"div_layout.html", "Iran seizes oil tanker in Gulf of Oman", "2023-05-06", "Harbour Watch", "",
     "Iran's navy seized the Panama-flagged tanker Niovi in the Strait of Hormuz on Wednesday, "
     "the second seizure of a commercial vessel in a week, the US Navy said.\n\n"
     "The tanker was leaving a dry dock in Dubai and heading to Fujairah when a swarm of fast "
     "boats from the Islamic Revolutionary Guard Corps surrounded it. Video released by the US "
     "Navy showed the boats circling the ship.\n\n"
     "Tehran said a court had ordered the seizure & cited a legal complaint."},
    {"windows1252.html", "Statement", "", "", "",
     "The ministry\u2019s spokesman said \u201cno one\u201d was hurt in the caf\u00e9 \u2013 a "
     "relief."},
    {"premium_body.html", "Houthi missile strikes merchant ship in Gulf of Aden", "2024-03-06",
     "Maritime Bulletin", "https://bulletin.example/aden",
     "A Houthi anti-ship ballistic missile struck the Barbados-flagged bulk carrier True "
     "Confidence about 50 nautical miles south-west of Aden on Wednesday, killing three of its "
     "crew, according to US Central Command.\n\n"
     "They were the first deaths caused by the group's campaign against merchant shipping that "
     "began in November. The crew abandoned the burning ship and were rescued by an Indian Navy "
     "warship, which took them to Djibouti."},
    {"jsonld_only.html", "Saudi Arabia and Iran reopen embassies", "2023-06-06", "Gulf Wire", "",
     "Iran reopened its embassy in Riyadh on Tuesday, seven years after the two countries cut "
     "ties.\n\nThe move follows an agreement brokered by China in March."},
};

void PrintTo(const FixtureCase& c, std::ostream* out) { *out << c.file; }

class FixtureTest : public testing::TestWithParam<FixtureCase> {};

TEST_P(FixtureTest, ExtractsMetadataAndText) {
  const FixtureCase& c = GetParam();
  const std::string html = ReadFixture(c.file);
  ASSERT_FALSE(html.empty()) << c.file;
  Result<Document> document = ExtractHtmlArticle(html, c.file);
  ASSERT_TRUE(document.ok()) << document.status().message();
  EXPECT_EQ(document->id, c.file);
  EXPECT_EQ(document->title, c.title);
  EXPECT_EQ(document->date ? document->date->ToString() : "", c.date);
  EXPECT_EQ(document->source, c.source);
  EXPECT_EQ(document->url, c.url);
  EXPECT_EQ(document->text, c.text);
}

INSTANTIATE_TEST_SUITE_P(Pages, FixtureTest, testing::ValuesIn(kFixtures),
                         [](const testing::TestParamInfo<FixtureCase>& info) {
                           std::string name = info.param.file;
                           return name.substr(0, name.find('.'));
                         });

TEST(HtmlExtractorTest, FixturePagesLeaveNoChromeWords) {
  for (const char* file : {"news_site.html", "div_layout.html", "premium_body.html"}) {
    Result<Document> document = ExtractHtmlArticle(ReadFixture(file), file);
    ASSERT_TRUE(document.ok()) << file;
    for (const char* word : {"subscriber", "Subscribe", "cookie", "Log in", "Facebook",
                             "newsletter", "Comments", "Most read", "Related", "Trending",
                             "Advertisement", "Home", "rights reserved", "free trial"}) {
      EXPECT_EQ(document->text.find(word), std::string::npos) << file << ": " << word;
    }
  }
}

// Small pages, one rule each: body markup -> expected text.
struct RuleCase {
  const char* name;
  const char* body;
  const char* text;
};

const RuleCase kRules[] = {
    {"paragraphs_are_blocks", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
    {"whitespace_collapses", "<p>  a \n\t b&nbsp;&nbsp;c\u2009d </p>", "a b c d"},
    {"inline_elements_keep_spaces", "<p><b>Iran</b> <i>said</i> <a href=x>this</a> week.</p>",
     "Iran said this week."},
    {"inline_elements_do_not_split_words", "<p>al-<b>Asad</b> base</p>", "al-Asad base"},
    {"entities_decode", "<p>Q&amp;A &lt;tag&gt; &eacute;t&eacute; &#x2014; &#8220;x&#8221;</p>",
     "Q&A <tag> \u00e9t\u00e9 \u2014 \u201cx\u201d"},
    {"h1_is_not_text", "<h1>Headline</h1><p>Body text here.</p>", "Body text here."},
    {"subheadings_are_blocks", "<p>First.</p><h3>Sub</h3><p>Second.</p>",
     "First.\n\nSub\n\nSecond."},
    {"list_items_are_blocks", "<ul><li>One item.</li><li>Two <em>items</em>.</li></ul>",
     "One item.\n\nTwo items."},
    {"single_br_is_space", "<p>line one<br>line two</p>", "line one line two"},
    {"double_br_splits", "<div>part one<br> <br>part two</div>", "part one\n\npart two"},
    {"table_cells_are_separated", "<table><tr><td>Killed</td><td>3</td></tr></table>", "Killed 3"},
    {"hidden_attribute", "<p>Seen.</p><p hidden>Unseen.</p>", "Seen."},
    {"aria_hidden", "<p>Seen.</p><div aria-hidden=\"true\"><p>Icon text.</p></div>", "Seen."},
    {"display_none", "<p>Seen.</p><p style=\"color:red; display : none\">Unseen.</p>", "Seen."},
    {"scripts_and_styles", "<p>Seen.</p><script>var x = 1;</script><style>p{}</style>", "Seen."},
    {"nav_header_footer_aside",
     "<nav>Sections</nav><header>Logo</header><p>Seen.</p><aside>Box</aside><footer>End</footer>",
     "Seen."},
    {"figure_captions",
     "<p>Seen.</p><figure><img src=a.jpg><figcaption>Photo: X</figcaption></figure>", "Seen."},
    {"class_share", "<p>Seen.</p><div class=\"social-share-bar\"><p>Share this</p></div>", "Seen."},
    {"camel_case_class", "<p>Seen.</p><div class=\"shareButtons\"><p>Send to friend</p></div>",
     "Seen."},
    {"id_comments", "<p>Seen.</p><section id=\"comments\"><p>First!</p></section>", "Seen."},
    {"data_attribute", "<p>Seen.</p><div data-component=\"newsletter-signup\"><p>Get it.</p></div>",
     "Seen."},
    {"role_navigation", "<p>Seen.</p><div role=\"navigation\"><p>Sections</p></div>", "Seen."},
    {"custom_element", "<p>Seen.</p><amp-ad width=300><p>Buy now</p></amp-ad>", "Seen."},
    {"link_dense_block", "<p>Seen.</p><p><a href=1>Story one</a> | <a href=2>Story two</a></p>",
     "Seen."},
    {"link_in_sentence_kept",
     "<p>The <a href=1>ministry</a> said on Sunday that the talks had ended.</p>",
     "The ministry said on Sunday that the talks had ended."},
    {"prompt_phrase_short_block", "<p>Seen.</p><p>Already a subscriber? Log in</p>", "Seen."},
    {"price_prompt", "<p>Seen.</p><p>Just \u20ac3 per month for unlimited reading.</p>", "Seen."},
    {"prompt_phrase_in_long_block_kept",
     "<p>The group said on its Telegram channel, which it urged followers to subscribe to for "
     "updates, that it had fired drones at the base and would continue, adding that anyone who "
     "wanted a free trial of its propaganda app could download it, a claim officials dismissed "
     "as an attempt to recruit young people online.</p>",
     "The group said on its Telegram channel, which it urged followers to subscribe to for "
     "updates, that it had fired drones at the base and would continue, adding that anyone who "
     "wanted a free trial of its propaganda app could download it, a claim officials dismissed "
     "as an attempt to recruit young people online."},
    {"furniture_label", "<p>Seen.</p><h2>Related stories:</h2>", "Seen."},
    {"body_class_does_not_hide_article",
     "<div class=\"page with-sidebar cookie-consent-open\"><h1>T</h1><p>Seen.</p></div>", "Seen."},
    {"teaser_articles_lose_to_content",
     "<div class=\"story-body\"><p>The ministry said the convoy was hit near the border crossing "
     "late on Thursday.</p><p>Two drivers were wounded.</p></div>"
     "<article><a href=1>Other story</a></article><article><a href=2>More</a></article>",
     "The ministry said the convoy was hit near the border crossing late on Thursday.\n\n"
     "Two drivers were wounded."},
    {"timestamp_line_dropped", "<p>Seen.</p><p>Updated <time>5 June 2022, 10:15</time></p>",
     "Seen."},
    {"time_in_sentence_kept", "<p>The strike on <time>Monday</time> killed two people.</p>",
     "The strike on Monday killed two people."},
    {"split_body_sections",
     "<div class=wrap><div class=story-body><p>The first half of the article text is "
     "here.</p></div>"
     "<div class=ad-slot><p>Buy things</p></div>"
     "<div class=story-body><p>The second half follows the advert.</p></div>"
     "<div class=more-stories><p><a href=1>Other</a></p></div></div>"
     "<div class=story-body-teaser><p>Unrelated teaser text elsewhere.</p></div>",
     "The first half of the article text is here.\n\nThe second half follows the advert."},
    {"split_article_body_prop",
     "<div><div itemprop=articleBody><p>Part one.</p></div><aside>Ad</aside>"
     "<div itemprop=articleBody><p>Part two.</p></div></div><div><p>Footer-ish words.</p></div>",
     "Part one.\n\nPart two."},
    {"pre_block", "<pre>line 1\n  line 2</pre>", "line 1 line 2"},
    {"invisible_characters", "<p>zero\u200bwidth soft\u00adhyphen</p>", "zerowidth softhyphen"},
};

void PrintTo(const RuleCase& c, std::ostream* out) { *out << c.name; }

class RuleTest : public testing::TestWithParam<RuleCase> {};

TEST_P(RuleTest, ExtractsText) {
  const RuleCase& c = GetParam();
  const std::string html = std::string("<html><body>") + c.body + "</body></html>";
  Result<Document> document = ExtractHtmlArticle(html, "rule");
  ASSERT_TRUE(document.ok()) << document.status().message();
  EXPECT_EQ(document->text, c.text);
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleTest, testing::ValuesIn(kRules),
                         [](const testing::TestParamInfo<RuleCase>& info) {
                           return std::string(info.param.name);
                         });

struct FallbackCase {
  const char* name;
  const char* html;
  const char* title;
  const char* date;
};

const FallbackCase kFallbacks[] = {
    {"h1_when_no_meta_title", "<title>Page | Site</title><h1>Headline</h1><p>Text.</p>", "Headline",
     ""},
    {"title_without_site_suffix",
     "<title>Page title | Site</title><meta property=og:site_name content=Site><p>Text.</p>",
     "Page title", ""},
    {"title_with_dash_suffix",
     "<title>Page title \u2014 Site</title><meta property=og:site_name content=Site><p>Text.</p>",
     "Page title", ""},
    {"title_kept_when_suffix_is_not_the_site", "<title>Page title | Other</title><p>Text.</p>",
     "Page title | Other", ""},
    {"time_in_article",
     "<aside><time datetime=2020-02-02>x</time></aside><article><p>Text.</p>"
     "<p class=stamp><time datetime=2021-03-04T10:00Z>4 March</time></p></article>",
     "", "2021-03-04"},
    {"time_text_when_no_datetime", "<article><time>Posted 5 June 2022</time><p>Text.</p></article>",
     "", "2022-06-05"},
    {"time_outside_article_ignored",
     "<div class=sidebar-box><time "
     "datetime=2020-02-02>x</time></div><article><p>Text.</p></article>",
     "", ""},
    {"pubdate_anywhere", "<div><time pubdate datetime=2019-09-14>x</time></div><p>Text.</p>", "",
     "2019-09-14"},
    {"itemprop_date_published",
     "<span itemprop=datePublished content=2019-09-15></span><p>Text.</p>", "", "2019-09-15"},
    {"meta_date_beats_time",
     "<meta name=date content=2018-01-01><article><time "
     "datetime=2021-03-04>x</time><p>Text.</p></article>",
     "", "2018-01-01"},
};

void PrintTo(const FallbackCase& c, std::ostream* out) { *out << c.name; }

class FallbackTest : public testing::TestWithParam<FallbackCase> {};

TEST_P(FallbackTest, FindsTitleAndDate) {
  const FallbackCase& c = GetParam();
  Result<Document> document = ExtractHtmlArticle(c.html, "fallback");
  ASSERT_TRUE(document.ok()) << document.status().message();
  EXPECT_EQ(document->title, c.title);
  EXPECT_EQ(document->date ? document->date->ToString() : "", c.date);
  EXPECT_EQ(document->text, "Text.");
}

INSTANTIATE_TEST_SUITE_P(Pages, FallbackTest, testing::ValuesIn(kFallbacks),
                         [](const testing::TestParamInfo<FallbackCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(HtmlExtractorTest, PageWithoutArticleTextFails) {
  for (const char* html : {"", "<html></html>", "<nav><a href=/>Home</a></nav>",
                           "<p>Accept all cookies</p>", "<script>document.write('x')</script>"}) {
    Result<Document> document = ExtractHtmlArticle(html, "empty");
    EXPECT_FALSE(document.ok()) << html;
    EXPECT_EQ(document.status().code(), Status::Code::kInvalidInput);
  }
}

TEST(HtmlExtractorTest, InvalidUtf8IsRepaired) {
  Result<Document> document =
      ExtractHtmlArticle("<title>bad \xff title</title><p>caf\xc3 and \xed\xa0\x80 text</p>", "u");
  ASSERT_TRUE(document.ok());
  EXPECT_TRUE(IsValidUtf8(document->text));
  EXPECT_TRUE(IsValidUtf8(document->title));
  EXPECT_EQ(document->title, "bad \uFFFD title");
  EXPECT_EQ(document->text, "caf\uFFFD and \uFFFD\uFFFD\uFFFD text");
}

TEST(HtmlExtractorTest, DeepNestingWithinTheLimitIsRead) {
  std::string html;
  for (int i = 0; i < 250; ++i) html += "<div><span>";
  html += "<p>Deep text.</p>";
  Result<Document> document = ExtractHtmlArticle(html, "deep");
  ASSERT_TRUE(document.ok()) << document.status().message();
  EXPECT_EQ(document->text, "Deep text.");
}

TEST(HtmlExtractorTest, AbsurdNestingIsRefusedQuickly) {
  std::string html;
  for (int i = 0; i < 1000000; ++i) html += "<div>";
  html += "<p>Deep text.</p>";
  Result<Document> document = ExtractHtmlArticle(html, "deep");
  ASSERT_FALSE(document.ok());
  EXPECT_NE(document.status().message().find("deep"), std::string::npos);
}

TEST(HtmlExtractorTest, FormattingElementBlowUpIsRefused) {
  // 400 open formatting elements are re-opened in each of 20000 paragraphs:
  // 8 million elements from 100 kB of markup.
  std::string html = "<p>";
  for (int i = 0; i < 400; ++i) html += "<b id=" + std::to_string(i) + ">";
  for (int i = 0; i < 20000; ++i) html += "</p><p>x";
  Result<Document> document = ExtractHtmlArticle(html, "blowup");
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.status().code(), Status::Code::kTooLarge);
}

TEST(HtmlExtractorTest, ManyUnclosedParagraphsAndVoidTagsAreNotDepth) {
  std::string html = "<div class=story-body>";
  for (int i = 0; i < 3000; ++i) html += "<p>Para<br><img src=x.png> " + std::to_string(i);
  Result<Document> document = ExtractHtmlArticle(html, "flat");
  ASSERT_TRUE(document.ok()) << document.status().message();
  EXPECT_TRUE(document->text.starts_with("Para 0\n\nPara 1\n\n"));
}

}  // namespace
}  // namespace casus
