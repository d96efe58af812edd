// Table-driven tokenizer tests: input text → expected tokens, written as
// the token texts joined by single spaces (tokens never contain spaces).

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/segmenter.h"

namespace casus {
namespace {

struct TokenCase {
  const char* name;
  std::string_view input;
  std::string_view expected;  // token texts joined by ' '
};

std::string Joined(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& token : tokens) {
    if (!out.empty()) out += ' ';
    out += token.text;
  }
  return out;
}

const TokenCase kTokenCases[] = {
    // Apostrophes, clitics, possessives.
    {"Possessive", "Iran's proxies", "Iran 's proxies"},
    {"PossessiveCurly", "Iran\u2019s proxies", "Iran \u2019s proxies"},
    {"PossessiveCaps", "IRAN'S NAVY", "IRAN 'S NAVY"},
    {"PossessiveOfHyphenated", "al-Asad's forces", "al-Asad 's forces"},
    {"PossessiveOfInitialism", "the U.S.'s role", "the U.S. 's role"},
    {"PossessiveOfNumber", "the 1990's wars", "the 1990 's wars"},
    {"PluralPossessive", "soldiers' families", "soldiers ' families"},
    {"KataibApostrophe", "Kata'ib Hezbollah", "Kata'ib Hezbollah"},
    {"KataibCurly", "Kata\u2019ib Hezbollah", "Kata\u2019ib Hezbollah"},
    {"AsaibAhlAlHaq", "Asa'ib Ahl al-Haq", "Asa'ib Ahl al-Haq"},
    {"ArabicNameWithD", "Sa'd al-Hariri", "Sa'd al-Hariri"},
    {"OBrien", "O'Brien said", "O'Brien said"},
    {"ShiiteApostrophe", "Shi'ite militias", "Shi'ite militias"},
    {"NegationDont", "don't", "do n't"},
    {"NegationCant", "can't", "ca n't"},
    {"NegationWontCurly", "won\u2019t", "wo n\u2019t"},
    {"NegationIsnt", "It isn't.", "It is n't ."},
    {"ContractionRe", "they're here", "they 're here"},
    {"ContractionVe", "we've seen", "we 've seen"},
    {"ContractionLl", "he'll go", "he 'll go"},
    {"ContractionDPronoun", "I'd say", "I 'd say"},
    {"ContractionM", "I'm sure", "I 'm sure"},
    {"OpeningSingleQuote", "'Enough' he said", "' Enough ' he said"},

    // Hyphens and Arabic names.
    {"AlAsad", "al-Asad", "al-Asad"},
    {"AbuMahdi", "Abu Mahdi al-Muhandis", "Abu Mahdi al-Muhandis"},
    {"IranBacked", "Iran-backed militias", "Iran-backed militias"},
    {"UsLed", "US-led coalition", "US-led coalition"},
    {"UsDotLed", "U.S.-led strikes", "U.S.-led strikes"},
    {"AnsarAllah", "Ansar Allah", "Ansar Allah"},
    {"MultiHyphen", "Abu Bakr al-Baghdadi's self-declared caliphate",
     "Abu Bakr al-Baghdadi 's self-declared caliphate"},
    {"DanglingHyphen", "pro- and anti-war", "pro - and anti-war"},
    {"F16", "F-16 jets", "F-16 jets"},
    {"MQ9", "MQ-9 Reaper", "MQ-9 Reaper"},
    {"Covid19", "COVID-19 cases", "COVID-19 cases"},
    {"Ampersand", "AT&T and Q&A", "AT&T and Q&A"},
    {"AmpersandSpaced", "Smith & Wesson", "Smith & Wesson"},

    // Abbreviations, titles, initials.
    {"US", "U.S. troops", "U.S. troops"},
    {"UN", "U.N. envoy", "U.N. envoy"},
    {"AmPm", "9 a.m. to 5 p.m.", "9 a.m. to 5 p.m."},
    {"Eg", "e.g. drones", "e.g. drones"},
    {"PhD", "a Ph.D. student", "a Ph.D. student"},
    {"UsWithoutFinalPeriod", "U.S officials", "U.S officials"},
    {"General", "Gen. Qassem Soleimani", "Gen. Qassem Soleimani"},
    {"LtCol", "Lt. Col. Wayne Marotto", "Lt. Col. Wayne Marotto"},
    {"MajGen", "Maj. Gen. John Smith", "Maj. Gen. John Smith"},
    {"Titles", "Sgt. Dr. Mr. Mrs. Gov. Sen. Rep.", "Sgt. Dr. Mr. Mrs. Gov. Sen. Rep."},
    {"TitleAllCaps", "GEN. SMITH", "GEN. SMITH"},
    {"Months", "Jan. Feb. Sept. Dec.", "Jan. Feb. Sept. Dec."},
    {"MayHasNoPeriod", "in May.", "in May ."},
    {"NumberPrefixBeforeDigit", "Resolution No. 2231", "Resolution No. 2231"},
    {"NumberPrefixElsewhere", "He said No. Then", "He said No . Then"},
    {"Company", "Apple Inc. and Acme Corp.", "Apple Inc. and Acme Corp."},
    {"Versus", "Iran vs. Iraq", "Iran vs. Iraq"},
    {"VersusV", "Roe v. Wade", "Roe v. Wade"},
    {"Street", "3rd St. west", "3rd St. west"},
    {"State", "Springfield, Ill.", "Springfield , Ill."},
    {"Initials", "George W. Bush and J. Smith", "George W. Bush and J. Smith"},
    {"NonAsciiInitial", "\u00d6. Yilmaz", "\u00d6. Yilmaz"},
    {"InitialBeforeEllipsis", "Plan B...", "Plan B ..."},
    {"OrdinaryWordPeriod", "attack.", "attack ."},
    {"MissingSpace", "end.The", "end . The"},
    {"LowercaseLetterPeriod", "point a.", "point a ."},
    {"ExtraAbbreviationNotBuiltIn", "Bde. HQ", "Bde . HQ"},

    // Numbers.
    {"Thousands", "1,500 troops", "1,500 troops"},
    {"Millions", "1,500,000", "1,500,000"},
    {"NotThousands", "1,50", "1 , 50"},
    {"ListOfNumbers", "3, 4, 5", "3 , 4 , 5"},
    {"Time", "9:30", "9:30"},
    {"Decimal", "2.5 percent", "2.5 percent"},
    {"LeadingDecimal", "a .5 rise", "a .5 rise"},
    {"Ordinal", "3rd and 22nd", "3rd and 22nd"},
    {"IsoDate", "2021-02-15", "2021-02-15"},
    {"Range", "10-12 people", "10-12 people"},
    {"Fraction", "9/11 and 24/7", "9/11 and 24/7"},
    {"Dollars", "$5 million", "$ 5 million"},
    {"Percent", "50%", "50 %"},
    {"DecimalPercent", "2.5%.", "2.5 % ."},
    {"Decade", "the 1980s", "the 1980s"},
    {"Caliber", "122mm rockets", "122mm rockets"},
    {"AgeCompound", "a 30-year-old man", "a 30-year-old man"},
    {"OrdinalCompound", "2nd-largest", "2nd-largest"},
    {"NumberThenPeriod", "rose 5.", "rose 5 ."},
    {"NegativeNumber", "-5 degrees", "- 5 degrees"},
    {"ArabicIndicDigits", "\u0661\u0662\u0663", "\u0661\u0662\u0663"},
    {"Pounds", "\u00a31 a week", "\u00a3 1 a week"},

    // Punctuation.
    {"EmDash", "attack\u2014a drone", "attack \u2014 a drone"},
    {"EnDash", "Iran\u2013Iraq war", "Iran \u2013 Iraq war"},
    {"SpacedHyphen", "Iran - Iraq", "Iran - Iraq"},
    {"DoubleHyphen", "attack--a drone", "attack -- a drone"},
    {"Ellipsis", "Wait...", "Wait ..."},
    {"EllipsisCharacter", "Wait\u2026", "Wait \u2026"},
    {"QuestionExclamation", "What?!", "What ?!"},
    {"StraightQuotes", "\"Hello,\" he said", "\" Hello , \" he said"},
    {"CurlyQuotes", "\u201cHello\u201d", "\u201c Hello \u201d"},
    {"LatexQuotes", "``Hello''", "`` Hello ''"},
    {"Guillemets", "\u00abnon\u00bb", "\u00ab non \u00bb"},
    {"Parentheses", "(AP)", "( AP )"},
    {"Brackets", "[sic]", "[ sic ]"},
    {"Colon", "Note: yes", "Note : yes"},
    {"ArabicComma", "\u0628\u063a\u062f\u0627\u062f\u060c \u0627\u0644\u0639\u0631\u0627\u0642",
     "\u0628\u063a\u062f\u0627\u062f \u060c \u0627\u0644\u0639\u0631\u0627\u0642"},
    {"Slash", "and/or", "and / or"},

    // URLs, e-mail, handles.
    {"Url", "see https://www.reuters.com/world/iraq-2021-01-05/.",
     "see https://www.reuters.com/world/iraq-2021-01-05/ ."},
    {"UrlBalancedParens", "(see https://example.com/a_(b))", "( see https://example.com/a_(b) )"},
    {"UrlQuery", "http://x.org/a?b=1&c=2, then", "http://x.org/a?b=1&c=2 , then"},
    {"Www", "www.centcom.mil.", "www.centcom.mil ."},
    {"BareDomain", "on reuters.com today", "on reuters.com today"},
    {"BareDomainPath", "news.un.org/en/story.", "news.un.org/en/story ."},
    {"Email", "press@centcom.mil", "press@centcom.mil"},
    {"EmailWithDots", "write j.smith@example.co.uk.", "write j.smith@example.co.uk ."},
    {"NotEmail", "a @ b", "a @ b"},
    {"Handle", "@CENTCOM said", "@CENTCOM said"},
    {"Hashtag", "#Iraq #1", "#Iraq # 1"},

    // Other scripts, emoji, whitespace.
    {"Arabic", "\u0642\u0627\u0644 \u0627\u0644\u0645\u062a\u062d\u062f\u062b",
     "\u0642\u0627\u0644 \u0627\u0644\u0645\u062a\u062d\u062f\u062b"},
    {"ArabicWithDiacritics", "\u0645\u064f\u062d\u064e\u0645\u064e\u0651\u062f",
     "\u0645\u064f\u062d\u064e\u0645\u064e\u0651\u062f"},
    {"AccentedLatin", "Q\u0101sim Sulaym\u0101n\u012b", "Q\u0101sim Sulaym\u0101n\u012b"},
    {"CombiningAccent", "cafe\u0301 noir", "cafe\u0301 noir"},
    {"Persian ZWNJ", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
     "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"},
    {"FlagEmoji", "Iraq \U0001F1EE\U0001F1F6!", "Iraq \U0001F1EE\U0001F1F6 !"},
    {"SkinToneEmoji", "\U0001F44D\U0001F3FD ok", "\U0001F44D\U0001F3FD ok"},
    {"ZwjEmoji", "\U0001F468\u200D\U0001F469\u200D\U0001F467",
     "\U0001F468\u200D\U0001F469\u200D\U0001F467"},
    {"TwoEmoji", "\U0001F525\U0001F525", "\U0001F525 \U0001F525"},
    {"ZeroWidthSpace", "a\u200Bb", "a b"},
    {"SoftHyphen", "a\u00ADb", "a\u00ADb"},
    {"NoBreakSpace", "5\u00a0km", "5 km"},
    {"Bullet", "\u2022 item", "\u2022 item"},
    {"OnlyWhitespace", " \n\t \u00a0\u3000 ", ""},
    {"Empty", "", ""},
    {"ControlCharacters", "a\x01 b", "a b"},
};

class TokenizerTableTest : public testing::TestWithParam<TokenCase> {};

TEST_P(TokenizerTableTest, Tokens) {
  const TokenCase& c = GetParam();
  const TextSegmenter segmenter;
  const Segmentation seg = segmenter.Segment(c.input);
  EXPECT_EQ(Joined(seg.tokens), c.expected) << "input: " << c.input;
}

INSTANTIATE_TEST_SUITE_P(News, TokenizerTableTest, testing::ValuesIn(kTokenCases),
                         [](const testing::TestParamInfo<TokenCase>& info) {
                           std::string name = info.param.name;
                           for (char& ch : name) {
                             if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return name;
                         });

struct KindCase {
  const char* name;
  std::string_view input;
  std::string_view token;
  TokenKind kind;
};

const KindCase kKindCases[] = {
    {"ThousandsIsNumber", "1,500 troops", "1,500", TokenKind::kNumber},
    {"TimeIsNumber", "at 9:30", "9:30", TokenKind::kNumber},
    {"OrdinalIsNumber", "the 3rd", "3rd", TokenKind::kNumber},
    {"DecadeIsNumber", "the 1980s", "1980s", TokenKind::kNumber},
    {"RangeIsNumber", "10-12", "10-12", TokenKind::kNumber},
    {"CaliberIsWord", "122mm rockets", "122mm", TokenKind::kWord},
    {"CompoundIsWord", "30-year-old", "30-year-old", TokenKind::kWord},
    {"InitialismIsWord", "U.S. troops", "U.S.", TokenKind::kWord},
    {"CliticIsWord", "Iran's", "'s", TokenKind::kWord},
    {"NegationIsWord", "don't", "n't", TokenKind::kWord},
    {"DollarIsSymbol", "$5", "$", TokenKind::kSymbol},
    {"PercentIsSymbol", "5%", "%", TokenKind::kSymbol},
    {"DashIsPunct", "a \u2014 b", "\u2014", TokenKind::kPunct},
    {"HyphenIsPunct", "a - b", "-", TokenKind::kPunct},
    {"QuoteIsPunct", "\"a\"", "\"", TokenKind::kPunct},
    {"LatexQuoteIsPunct", "a''", "''", TokenKind::kPunct},
    {"TrailingApostropheIsPunct", "soldiers' pay", "'", TokenKind::kPunct},
    {"UrlIsSymbol", "https://x.org/a", "https://x.org/a", TokenKind::kSymbol},
    {"EmailIsSymbol", "a@b.org", "a@b.org", TokenKind::kSymbol},
    {"HandleIsWord", "@CENTCOM", "@CENTCOM", TokenKind::kWord},
    {"EmojiIsSymbol", "\U0001F525", "\U0001F525", TokenKind::kSymbol},
    {"BulletIsPunct", "\u2022 a", "\u2022", TokenKind::kPunct},
    {"ArabicDigitsAreNumber", "\u0661\u0662", "\u0661\u0662", TokenKind::kNumber},
};

class TokenKindTest : public testing::TestWithParam<KindCase> {};

TEST_P(TokenKindTest, Kind) {
  const KindCase& c = GetParam();
  const TextSegmenter segmenter;
  const Segmentation seg = segmenter.Segment(c.input);
  bool found = false;
  for (const Token& token : seg.tokens) {
    if (token.text == c.token) {
      found = true;
      EXPECT_EQ(static_cast<int>(token.kind), static_cast<int>(c.kind)) << c.input;
    }
  }
  EXPECT_TRUE(found) << "no token '" << c.token << "' in '" << c.input
                     << "': " << Joined(seg.tokens);
}

INSTANTIATE_TEST_SUITE_P(News, TokenKindTest, testing::ValuesIn(kKindCases),
                         [](const testing::TestParamInfo<KindCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(TokenizerOptionsTest, CliticsCanStayAttached) {
  TextSegmenter::Options options;
  options.split_clitics = false;
  const TextSegmenter segmenter(options);
  EXPECT_EQ(Joined(segmenter.Segment("Iran's leaders don't").tokens), "Iran's leaders don't");
}

TEST(TokenizerOptionsTest, ExtraAbbreviationKeepsPeriod) {
  TextSegmenter::Options options;
  options.extra_abbreviations = {"Bde"};
  const TextSegmenter segmenter(options);
  EXPECT_EQ(Joined(segmenter.Segment("the 2nd Bde. HQ").tokens), "the 2nd Bde. HQ");
}

TEST(TokenizerTest, OffsetsPointIntoText) {
  const std::string text = "Iran's \u201cdrone\u201d hit al-Asad at 9:30.";
  const Segmentation seg = TextSegmenter().Segment(text);
  ASSERT_FALSE(seg.tokens.empty());
  for (const Token& token : seg.tokens) {
    EXPECT_EQ(token.text, std::string_view(text).substr(token.start, token.end - token.start));
    EXPECT_EQ(token.text.data(), text.data() + token.start);
  }
}

TEST(TokenizerTest, VeryLongTokenIsOneToken) {
  const std::string text = " " + std::string(200000, 'a') + " ";
  const Segmentation seg = TextSegmenter().Segment(text);
  ASSERT_EQ(seg.tokens.size(), 1u);
  EXPECT_EQ(seg.tokens[0].start, 1u);
  EXPECT_EQ(seg.tokens[0].end, 200001u);
}

}  // namespace
}  // namespace casus
