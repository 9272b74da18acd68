#include "slug.h"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

TEST(SlugTest, TransliteratesChineseToPinyinWords) {
  EXPECT_EQ(Slugify("株洲市"), "zhu-zhou-shi");
  EXPECT_EQ(Slugify("基本支出"), "ji-ben-zhi-chu");
}

TEST(SlugTest, LowerCasesAndHyphenatesAscii) {
  EXPECT_EQ(Slugify("About Us!"), "about-us");
  EXPECT_EQ(Slugify("  a--b  "), "a-b");
}

TEST(SlugTest, TruncatesLongNamesAtAWordWithAHashSuffix) {
  std::string slug = Slugify("中共株洲市荷塘区委巡察工作领导小组办公室", 20);
  EXPECT_EQ(slug, "zhong-gong-zhu-zhou-" + ShortHash("中共株洲市荷塘区委巡察工作领导小组办公室"));
}

TEST(SlugTest, NeverReturnsEmptyOrUnsafeCharacters) {
  for (const char* text : {"", "——", "<script>alert(1)</script>", "../../etc/passwd", "💰"}) {
    std::string slug = Slugify(text);
    EXPECT_FALSE(slug.empty()) << text;
    for (char c : slug) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') << slug;
  }
}

TEST(SlugTest, StableSlugKeepsHomophonesApart) {
  // Same pinyin (shi), different characters: different names.
  EXPECT_NE(StableSlug("市"), StableSlug("事"));
  EXPECT_EQ(StableSlug("市"), "shi-" + ShortHash("市"));
  EXPECT_EQ(StableSlug("市"), StableSlug("市"));
}

TEST(SlugTest, ShortHashIsSixHexDigits) {
  std::string h = ShortHash("基本支出");
  ASSERT_EQ(h.size(), 6u);
  for (char c : h) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
}

TEST(SlugTest, TransliterationsAreSavedAndLearnedBackWholeOrNotAtAll) {
  EXPECT_EQ(Slugify("西南大学"), "xi-nan-da-xue");
  const std::string saved = EncodeTransliterations();
  EXPECT_NE(saved.find("西南大学"), std::string::npos);
  EXPECT_NE(saved.find("xi nan da xue"), std::string::npos);  // ICU's Han-Latin; Latin-ASCII output
  EXPECT_EQ(EncodeTransliterations(), saved);                  // deterministic
  EXPECT_TRUE(LearnTransliterations(saved));
  EXPECT_EQ(EncodeTransliterations(), saved);  // nothing new learned twice
  EXPECT_EQ(Slugify("西南大学"), "xi-nan-da-xue");
  // Damaged, truncated or foreign bytes teach nothing.
  for (std::size_t at : {std::size_t{0}, saved.size() / 2, saved.size() - 1}) {
    std::string flipped = saved;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x20);
    EXPECT_FALSE(LearnTransliterations(flipped)) << at;
  }
  EXPECT_FALSE(LearnTransliterations(saved.substr(0, saved.size() - 1)));
  EXPECT_FALSE(LearnTransliterations(""));
  EXPECT_FALSE(LearnTransliterations("GKDOC"));
}

}  // namespace
}  // namespace gongkai
