#include "intake/json_document.h"

#include <gtest/gtest.h>

#include "base/utf8.h"

namespace casus {
namespace {

struct GoodCase {
  const char* name;
  std::string line;
  const char* id;
  const char* text;
  const char* date;  // "" = none
  const char* title;
  const char* source;
  const char* url;
};

const GoodCase kGoodCases[] = {
    {"full",
     R"({"id":"a1","text":"Rockets hit the base.","date":"2024-01-28","title":"T","source":"S","url":"https://u.example"})",
     "a1", "Rockets hit the base.", "2024-01-28", "T", "S", "https://u.example"},
    {"timestamp_date", R"({"id":"a2","text":"x","date":"2024-01-28T10:00:00Z"})", "a2", "x",
     "2024-01-28", "", "", ""},
    {"no_date", R"({"id":"a3","text":"x"})", "a3", "x", "", "", "", ""},
    {"null_and_empty_date", R"({"id":"a4","text":"x","date":null})", "a4", "x", "", "", "", ""},
    {"empty_date", R"({"id":"a5","text":"x","date":""})", "a5", "x", "", "", "", ""},
    {"missing_id", R"({"text":"x"})", "", "x", "", "", "", ""},
    {"empty_id", R"({"id":"","text":"x"})", "", "x", "", "", "", ""},
    {"escapes", R"({"id":"e","text":"line\r\none \u00e9 \ud83d\ude00 \"q\" \u0000end"})", "e",
     "line\none \u00e9 \U0001F600 \"q\" end", "", "", "", ""},
    {"invalid_utf8_inside_strings", "{\"id\":\"bad\xff\",\"text\":\"caf\xc3 ok\"}", "bad\uFFFD",
     "caf\uFFFD ok", "", "", "", ""},
    {"extra_members_skipped",
     R"({"gold":[{"type":"ASSAULT","actor1":{"names":["x"]}}],"id":"g","meta":{"text":"inner"},"text":"outer"})",
     "g", "outer", "", "", "", ""},
    {"wrong_typed_optional_fields_ignored",
     R"({"id":"w","text":"x","title":5,"source":["s"],"url":null})", "w", "x", "", "", "", ""},
    {"html_instead_of_text",
     R"({"id":"h","html":"<html><head><meta property='og:title' content='Page'></head><body><nav>Menu</nav><p>Body text.</p></body></html>","date":"2024-02-02"})",
     "h", "Body text.", "2024-02-02", "Page", "", ""},
    {"json_fields_override_html",
     R"({"id":"h2","html":"<meta property='og:title' content='Page'><p>Body.</p>","title":"Given"})",
     "h2", "Body.", "", "Given", "", ""},
    {"text_preferred_over_html", R"({"id":"b","text":"Plain.","html":"<p>Html.</p>"})", "b",
     "Plain.", "", "", "", ""},
    {"whitespace_around", " \t{\"id\":\"s\",\"text\":\"x\"}  \r", "s", "x", "", "", "", ""},
    {"huge_integer_elsewhere", R"({"id":"n","m":-123456789012345678901234567890,"text":"x"})", "n",
     "x", "", "", "", ""},
};

void PrintTo(const GoodCase& c, std::ostream* out) { *out << c.name; }

class GoodLineTest : public testing::TestWithParam<GoodCase> {};

TEST_P(GoodLineTest, Parses) {
  const GoodCase& c = GetParam();
  const JsonDocumentParse parse = ParseJsonDocumentWithId(c.line);
  ASSERT_TRUE(parse.status.ok()) << parse.status.message();
  EXPECT_EQ(parse.id, c.id);
  EXPECT_EQ(parse.document.id, c.id);
  EXPECT_EQ(parse.document.text, c.text);
  EXPECT_EQ(parse.document.date ? parse.document.date->ToString() : "", c.date);
  EXPECT_EQ(parse.document.title, c.title);
  EXPECT_EQ(parse.document.source, c.source);
  EXPECT_EQ(parse.document.url, c.url);
  EXPECT_TRUE(IsValidUtf8(parse.document.text));
}

INSTANTIATE_TEST_SUITE_P(Lines, GoodLineTest, testing::ValuesIn(kGoodCases),
                         [](const testing::TestParamInfo<GoodCase>& info) {
                           return std::string(info.param.name);
                         });

struct BadCase {
  const char* name;
  std::string line;
  const char* id;       // recovered id, "" = none
  const char* message;  // a part of the reason
};

const BadCase kBadCases[] = {
    {"truncated", R"({"id":"t1","text":"unterminated)", "t1", "malformed JSON"},
    {"garbage", "not json", "", "malformed JSON at byte"},
    {"number_overflow", R"({"id":"n","n":1e999999,"text":"x"})", "n", "number overflow"},
    {"trailing_garbage", R"({"id":"t2","text":"x"} extra)", "t2", "malformed JSON"},
    {"two_objects", R"({"id":"t3","text":"x"}{"id":"t4"})", "t3", "malformed JSON"},
    {"array", R"([{"id":"a","text":"x"}])", "", "not a JSON object"},
    {"string", R"("text")", "", "not a JSON object"},
    {"number", "42", "", "not a JSON object"},
    {"empty_text", R"({"id":"e1","text":""})", "e1", "empty text"},
    {"blank_text", R"({"id":"e2","text":" \n\t "})", "e2", "empty text"},
    {"control_only_text", R"({"id":"e3","text":"\u0000\u0001"})", "e3", "empty text"},
    {"missing_text", R"({"id":"m1","date":"2024-01-01"})", "m1", "missing text"},
    {"null_text", R"({"id":"m2","text":null})", "m2", "missing text"},
    {"numeric_text", R"({"id":"w1","text":12})", "w1", "\"text\" must be a string"},
    {"object_text", R"({"id":"w2","text":{"body":"x"}})", "w2", "\"text\" must be a string"},
    {"numeric_id", R"({"id":17,"text":"x"})", "", "\"id\" must be a string"},
    {"array_id", R"({"id":["a"],"text":"x"})", "", "\"id\" must be a string"},
    {"numeric_date", R"({"id":"d1","text":"x","date":20240128})", "d1",
     "\"date\" must be a string"},
    {"invalid_date", R"({"id":"d2","text":"x","date":"2024-02-30"})", "d2",
     "invalid date \"2024-02-30\""},
    {"word_date", R"({"id":"d3","text":"x","date":"yesterday"})", "d3", "invalid date"},
    {"html_not_string", R"({"id":"h1","html":["<p>x</p>"]})", "h1", "\"html\" must be a string"},
    {"html_without_text", R"({"id":"h2","html":"<nav><a href=x>Home</a></nav>"})", "h2",
     "no article text"},
    {"lone_surrogate_escape", R"({"id":"s1","text":"\ud800"})", "s1", "malformed JSON"},
    {"raw_control_character", std::string("{\"id\":\"c1\",\"text\":\"a\x01") + "b\"}", "c1", ""},
};

void PrintTo(const BadCase& c, std::ostream* out) { *out << c.name; }

class BadLineTest : public testing::TestWithParam<BadCase> {};

TEST_P(BadLineTest, FailsWithReason) {
  const BadCase& c = GetParam();
  const JsonDocumentParse parse = ParseJsonDocumentWithId(c.line);
  if (std::string_view(c.message).empty()) {
    // Raw control characters are dropped by the UTF-8 repair before parsing.
    EXPECT_TRUE(parse.status.ok()) << parse.status.message();
    EXPECT_EQ(parse.document.text, "ab");
    return;
  }
  ASSERT_FALSE(parse.status.ok());
  EXPECT_EQ(parse.status.code(), Status::Code::kInvalidInput);
  EXPECT_NE(parse.status.message().find(c.message), std::string::npos) << parse.status.message();
  EXPECT_EQ(parse.id, c.id);
  EXPECT_EQ(parse.status.message().find('\n'), std::string::npos);
  EXPECT_FALSE(ParseJsonDocument(c.line).ok());
}

INSTANTIATE_TEST_SUITE_P(Lines, BadLineTest, testing::ValuesIn(kBadCases),
                         [](const testing::TestParamInfo<BadCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(JsonDocumentTest, DeepNestingIsHarmless) {
  std::string line = R"({"id":"deep","x":)";
  for (int i = 0; i < 1000000; ++i) line += "[";
  for (int i = 0; i < 1000000; ++i) line += "]";
  line += R"(,"text":"x"})";
  const JsonDocumentParse parse = ParseJsonDocumentWithId(line);
  ASSERT_TRUE(parse.status.ok()) << parse.status.message();
  EXPECT_EQ(parse.document.text, "x");

  std::string unclosed = R"({"id":"deep2","x":)" + std::string(1000000, '{');
  const JsonDocumentParse bad = ParseJsonDocumentWithId(unclosed);
  EXPECT_FALSE(bad.status.ok());
  EXPECT_EQ(bad.id, "deep2");
}

TEST(JsonDocumentTest, SyntaxErrorMessagesAreShort) {
  const std::string line = R"({"id":"long","text":")" + std::string(100000, 'a');
  const JsonDocumentParse parse = ParseJsonDocumentWithId(line);
  ASSERT_FALSE(parse.status.ok());
  EXPECT_LT(parse.status.message().size(), 260u);
  EXPECT_TRUE(IsValidUtf8(parse.status.message()));
}

TEST(JsonDocumentTest, RecoversIdsFromPrefixes) {
  EXPECT_EQ(RecoverJsonId(R"({"id":"cut","text":"abc)"), "cut");
  EXPECT_EQ(RecoverJsonId(R"({"text":"abc","id":"late")"), "late");
  EXPECT_EQ(RecoverJsonId(R"({"text":"abc)"), "");
  EXPECT_EQ(RecoverJsonId(R"({"id":"unfinish)"), "");
  EXPECT_EQ(RecoverJsonId(R"({"id":5,)"), "");
  EXPECT_EQ(RecoverJsonId(""), "");
}

}  // namespace
}  // namespace casus
