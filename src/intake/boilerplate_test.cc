#include "intake/boilerplate.h"

#include <gtest/gtest.h>

namespace casus {
namespace {

struct MarkupCase {
  const char* value;
  MarkupKind kind;
};

const MarkupCase kMarkupCases[] = {
    {"main-nav", MarkupKind::kChrome},
    {"site-navigation", MarkupKind::kChrome},
    {"navy-blue", MarkupKind::kNone},
    {"breadcrumbs", MarkupKind::kChrome},
    {"cookie-banner", MarkupKind::kChrome},
    {"gdpr-notice", MarkupKind::kChrome},
    {"onetrust-consent-sdk", MarkupKind::kChrome},
    {"newsletter-signup", MarkupKind::kChrome},
    {"sign-up-box", MarkupKind::kChrome},
    {"shareButtons", MarkupKind::kChrome},
    {"social-links", MarkupKind::kChrome},
    {"comments", MarkupKind::kChrome},
    {"disqus_thread", MarkupKind::kChrome},
    {"commentary", MarkupKind::kNone},
    {"related-stories", MarkupKind::kChrome},
    {"read-more", MarkupKind::kChrome},
    {"ad-slot", MarkupKind::kChrome},
    {"advertisement", MarkupKind::kChrome},
    {"head", MarkupKind::kNone},
    {"shadow", MarkupKind::kNone},
    {"promo-box", MarkupKind::kChrome},
    {"sponsored-content", MarkupKind::kChrome},
    {"modal-dialog", MarkupKind::kChrome},
    {"author-bio", MarkupKind::kChrome},
    {"article-tags", MarkupKind::kChrome},
    {"paywall", MarkupKind::kGate},
    {"subscription-offer", MarkupKind::kGate},
    {"premium-content", MarkupKind::kGate},
    {"meter-wall", MarkupKind::kGate},
    {"parameter", MarkupKind::kNone},
    {"regwall", MarkupKind::kGate},
    {"paywall share", MarkupKind::kChrome},
    {"article-body", MarkupKind::kNone},
    {"story", MarkupKind::kNone},
    {"", MarkupKind::kNone},
};

TEST(BoilerplateTest, ClassifiesMarkupWords) {
  for (const MarkupCase& c : kMarkupCases) {
    EXPECT_EQ(ClassifyMarkupWords(c.value), c.kind) << c.value;
  }
}

TEST(BoilerplateTest, ClassifiesRoles) {
  EXPECT_EQ(ClassifyRole("navigation"), MarkupKind::kChrome);
  EXPECT_EQ(ClassifyRole("region complementary"), MarkupKind::kChrome);
  EXPECT_EQ(ClassifyRole("dialog"), MarkupKind::kChrome);
  EXPECT_EQ(ClassifyRole("main"), MarkupKind::kNone);
  EXPECT_EQ(ClassifyRole("article"), MarkupKind::kNone);
}

TEST(BoilerplateTest, RecognizesArticleBodyMarkup) {
  for (const char* value : {"article-body", "articleBody", "story_body", "entry-content",
                            "post-content x", "main-content"}) {
    EXPECT_TRUE(IsArticleBodyMarkup(value)) << value;
  }
  for (const char* value : {"article", "body", "content", "sidebar-content"}) {
    EXPECT_FALSE(IsArticleBodyMarkup(value)) << value;
  }
}

struct BlockCase {
  const char* block;
  bool prompt;
};

const BlockCase kBlockCases[] = {
    {"Already a subscriber? Log in", true},
    {"Already a subscriber? Log in.", true},
    {"Keep reading with a free trial", true},
    {"Subscribe for \u00a31 a week", true},
    {"Only $1 per week for the first year", true},
    {"Sign up for our newsletter", true},
    {"Accept all cookies", true},
    {"We use cookies to improve your experience.", true},
    {"You\u2019ve reached your limit of free articles.", true},
    {"Advertisement", true},
    {"ADVERTISEMENT", true},
    {"Related stories:", true},
    {"Share this article", true},
    {"Leave a comment", true},
    {"Just \u20ac2.99/month for full digital access", true},
    {"Recruits were paid $50 a month, residents said.", false},
    {"The rebels demanded $5 million a week in fees from the port.", false},
    {"Advertisers pulled out of the region.", false},
    {"The militia said it would subscribe to the ceasefire terms.", false},
    {"Three soldiers were killed on Sunday.", false},
    {"Related", true},
    {"Listen: our podcast on Iraq's armed factions", true},
    {"Read more: Rockets hit Ain al-Asad", true},
    {"Watch: the moment the drone struck", true},
    {"Watchdog groups said the vote was fair.", false},
    {"Related developments followed on Monday.", false},
    {"The $1 billion deal was signed in a week of talks.", false},
    {"", false},
};

TEST(BoilerplateTest, RecognizesPromptBlocks) {
  for (const BlockCase& c : kBlockCases) {
    EXPECT_EQ(IsPromptBlock(c.block), c.prompt) << c.block;
  }
}

TEST(BoilerplateTest, LongBlocksAreNeverPrompts) {
  std::string block = "Already a subscriber? Log in.";
  for (int i = 0; i < 40; ++i) block += " word";
  EXPECT_FALSE(IsPromptBlock(block));
}

}  // namespace
}  // namespace casus
