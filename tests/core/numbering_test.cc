// Enumeration prefixes, on numbering as the samples print it.
#include "numbering.h"

#include <gtest/gtest.h>

#include <string>

namespace gongkai {
namespace {

std::size_t Bytes(const std::string& s) { return s.size(); }

TEST(NumeralLength, ReadsARunOfChineseNumerals) {
  EXPECT_EQ(NumeralLength("十三、一般公共服务支出：", Numerals::kChinese), Bytes("十三"));
  EXPECT_EQ(NumeralLength("一百零五", Numerals::kChinese), Bytes("一百零五"));
  EXPECT_EQ(NumeralLength("财政拨款", Numerals::kChinese), 0u);
  EXPECT_EQ(NumeralLength("1、财政拨款：", Numerals::kChinese), 0u);
}

TEST(NumeralLength, ReadsLingOnlyWhenAsked) {
  EXPECT_EQ(NumeralLength("二〇、", Numerals::kChinese), Bytes("二"));
  EXPECT_EQ(NumeralLength("二〇、", Numerals::kChineseOrLing), Bytes("二〇"));
}

TEST(NumeralLength, ReadsArabicDigitsUpToALimit) {
  EXPECT_EQ(NumeralLength("5. 卫生健康支出", Numerals::kArabic), Bytes("5"));
  EXPECT_EQ(NumeralLength("2024年", Numerals::kArabic), Bytes("2024"));
  EXPECT_EQ(NumeralLength("2024年", Numerals::kArabic, 2), Bytes("20"));
  EXPECT_EQ(NumeralLength("十三、", Numerals::kChinese, 3), Bytes("十"));
  EXPECT_EQ(NumeralLength("一、", Numerals::kArabic), 0u);
}

TEST(MatchNumbering, ReadsChineseNumberAndComma) {
  NumberingRule rule{.numerals = Numerals::kChinese, .close = "、"};
  EXPECT_EQ(MatchNumbering("十三、一般公共服务支出：", rule), Bytes("十三、"));
  EXPECT_EQ(MatchNumbering("十三 一般公共服务支出", rule), 0u);
  // 一般 starts with a numeral but is a word.
  EXPECT_EQ(MatchNumbering("一般公共服务支出", rule), 0u);
}

TEST(MatchNumbering, ReadsEitherWidthOfBracketsAndAnOptionalComma) {
  NumberingRule rule{
      .open = "（|(", .numerals = Numerals::kChinese, .close = "）|)", .then = "、|．|."};
  EXPECT_EQ(MatchNumbering("（一）、“三公”经费：", rule), Bytes("（一）、"));
  EXPECT_EQ(MatchNumbering("(一)行政单位", rule), Bytes("(一)"));
  EXPECT_EQ(MatchNumbering("（二十)住房保障支出", rule), Bytes("（二十)"));
  EXPECT_EQ(MatchNumbering("（一般公共预算）", rule), 0u);
  EXPECT_EQ(MatchNumbering("（一、", rule), 0u);
}

TEST(MatchNumbering, ReadsTableNumber) {
  NumberingRule rule{.open = "表", .numerals = Numerals::kChinese, .then = "、"};
  EXPECT_EQ(MatchNumbering("表九、一般公共预算财政拨款机关运行经费表", rule), Bytes("表九、"));
  EXPECT_EQ(MatchNumbering("表九部门收支总表", rule), Bytes("表九"));
  EXPECT_EQ(MatchNumbering("表格", rule), 0u);
}

TEST(MatchNumbering, ReadsArabicNumberAndMark) {
  NumberingRule rule{.numerals = Numerals::kArabic, .close = "、|．|."};
  EXPECT_EQ(MatchNumbering("1、财政拨款：", rule), Bytes("1、"));
  EXPECT_EQ(MatchNumbering("5. 卫生健康支出", rule), Bytes("5."));
  EXPECT_EQ(MatchNumbering("12．其他支出", rule), Bytes("12．"));
  EXPECT_EQ(MatchNumbering("2024年", rule), 0u);
}

TEST(MatchNumbering, RejectsADecimalWhereADigitMayNotFollow) {
  NumberingRule rule{.numerals = Numerals::kArabic, .close = ".", .digit_may_follow = false};
  EXPECT_EQ(MatchNumbering("1.5万元用于", rule), 0u);
  EXPECT_EQ(MatchNumbering("5. 卫生健康支出", rule), Bytes("5."));
}

TEST(MatchNumbering, StopsAtTheNumeralLimit) {
  NumberingRule rule{.numerals = Numerals::kArabic, .close = "、", .max_bytes = 2};
  EXPECT_EQ(MatchNumbering("12、项目", rule), Bytes("12、"));
  EXPECT_EQ(MatchNumbering("123、项目", rule), 0u);
}

TEST(FindNumbering, TakesTheFirstRuleThatReads) {
  constexpr NumberingRule kRules[] = {
      {.open = "第", .numerals = Numerals::kChinese, .close = "部分"},
      {.numerals = Numerals::kChinese, .close = "、"},
      {.numerals = Numerals::kArabic, .close = "、"},
  };
  NumberingMatch m = FindNumbering("第一部分 部门概况", kRules);
  EXPECT_EQ(m.rule, &kRules[0]);
  EXPECT_EQ(m.length, Bytes("第一部分"));
  m = FindNumbering("1、财政拨款：", kRules);
  EXPECT_EQ(m.rule, &kRules[2]);
  EXPECT_EQ(m.length, Bytes("1、"));
  m = FindNumbering("财政拨款收入", kRules);
  EXPECT_EQ(m.rule, nullptr);
  EXPECT_EQ(m.length, 0u);
}

}  // namespace
}  // namespace gongkai
