#include "eval/actor_name_key.h"

#include <gtest/gtest.h>

namespace casus {
namespace {

TEST(ActorNameKeyTest, FoldsCaseDiacriticsAndPunctuation) {
  struct Case {
    const char* name;
    const char* key;
  } cases[] = {
      {"Kataib Hezbollah", "kataib hezbollah"},
      {"Kata'ib Hezbollah", "kataib hezbollah"},
      {"Kata\u2019ib-Hezbollah", "kataib hezbollah"},
      {"KATAIB HEZBOLLAH", "kataib hezbollah"},
      {"Kata\u02bfib Hizballah", "kataib hizballah"},
      {"Mu\u1e25ammad \u1e62adr", "muhammad sadr"},
      {"Abu Mahdi al-Muhandis", "abu mahdi al muhandis"},
      {"U.S. forces", "us forces"},
      {"Iran's Revolutionary Guards", "iran revolutionary guards"},
      {"Iran\u2019s government", "iran government"},
      {"the Houthis", "houthis"},
      {"The", "the"},
      {"  Islamic   State  ", "islamic state"},
      {"Sana'a", "sanaa"},
      {"Saraya Awliya al-Dam (SAD)", "saraya awliya al dam sad"},
      {"Israël", "israel"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(ActorNameKey(c.name), c.key) << c.name;
}

}  // namespace
}  // namespace casus
