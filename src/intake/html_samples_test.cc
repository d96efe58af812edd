// The bundled HTML sample pages (data/samples/html/<name>.html) must yield
// exactly the article text of their plain versions (<name>.txt), and none
// of the site chrome.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "intake/html_extractor.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

std::string TrimTrailing(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t' ||
                           text.back() == '\r')) {
    text.pop_back();
  }
  return text;
}

// Words of site chrome that no sample article contains.
constexpr const char* kChromeWords[] = {
    "Subscribe",     "subscriber",      "Log in",     "Sign in",   "free trial",
    "a week",        "newsletter",      "Newsletter", "cookies",   "Cookie",
    "Accept all",    "Share on",        "Facebook",   "WhatsApp",  "Copy link",
    "Comments",      "Leave a comment", "Related",    "Most read", "Recommended",
    "Advertisement", "Sponsored",       "Skip to",    "Privacy",   "All rights reserved",
    "\u00a9",        "Read more",       "Sign up",
};

std::vector<fs::path> SamplePages() {
  const fs::path dir = fs::path(CASUS_SOURCE_DIR) / "data" / "samples" / "html";
  std::vector<fs::path> pages;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (entry.path().extension() == ".html" &&
        fs::exists(fs::path(entry.path()).replace_extension(".txt"))) {
      pages.push_back(entry.path());
    }
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

TEST(HtmlSamplesTest, PagesMatchTheirPlainText) {
  const std::vector<fs::path> pages = SamplePages();
  if (pages.empty()) GTEST_SKIP() << "no data/samples/html/<name>.html + .txt pairs yet";
  for (const fs::path& page : pages) {
    SCOPED_TRACE(page.filename().string());
    Result<Document> document = ExtractHtmlArticle(ReadFile(page), page.string());
    ASSERT_TRUE(document.ok()) << document.status().message();
    const std::string expected = TrimTrailing(ReadFile(fs::path(page).replace_extension(".txt")));
    EXPECT_EQ(TrimTrailing(document->text), expected);
    for (const char* word : kChromeWords) {
      if (expected.find(word) != std::string::npos) continue;  // the article itself says it
      EXPECT_EQ(document->text.find(word), std::string::npos) << "chrome word: " << word;
    }
    EXPECT_FALSE(document->title.empty());
    EXPECT_TRUE(document->date.has_value());
  }
}

}  // namespace
}  // namespace casus
