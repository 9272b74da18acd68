#include "amount.h"

#include <gtest/gtest.h>

#include <string>

namespace gongkai {
namespace {

Cents Yuan(std::string_view text) {
  ParsedValue v = ParseValue(text, MoneyUnit::kYuan);
  EXPECT_EQ(v.kind, CellKind::kAmount) << text;
  return v.cents;
}

CellKind KindOf(std::string_view text) { return ParseValue(text, MoneyUnit::kYuan).kind; }

TEST(Amount, ConvertsYuanAndWanYuanExactly) {
  EXPECT_EQ(Yuan("230.44"), 23044);
  ParsedValue wan = ParseValue("230.44", MoneyUnit::kWanYuan);
  EXPECT_EQ(wan.kind, CellKind::kAmount);
  EXPECT_EQ(wan.cents, 230440000);
  EXPECT_EQ(ParseValue("27.65", MoneyUnit::kWanYuan).cents, 27650000);
  EXPECT_EQ(ParseValue("0.00", MoneyUnit::kWanYuan).cents, 0);
  EXPECT_EQ(Yuan("8"), 800);
}

TEST(Amount, UnknownCurrencyReadsAsYuan) {
  EXPECT_EQ(ParseValue("1.5", MoneyUnit::kUnknown).cents, 150);
}

TEST(Amount, AcceptsThousandsSeparatorsAndSpaces) {
  EXPECT_EQ(Yuan("91,016,775.35"), 9101677535);
  EXPECT_EQ(Yuan("1 234.56"), 123456);
  EXPECT_EQ(Yuan(" 12.30\u3000"), 1230);
  EXPECT_EQ(KindOf("1,,234"), CellKind::kText);
  EXPECT_EQ(KindOf(",123"), CellKind::kText);
}

TEST(Amount, AcceptsFullWidthDigits) {
  EXPECT_EQ(Yuan("\uff11\uff12\uff13\uff0e\uff14\uff15"), 12345);  // １２３．４５
}

TEST(Amount, ReadsNegatives) {
  EXPECT_EQ(Yuan("-12.5"), -1250);
  EXPECT_EQ(Yuan("(12.50)"), -1250);
  EXPECT_EQ(Yuan("\uff0812.50\uff09"), -1250);  // （12.50）
}

TEST(Amount, KeepsEmptyDistinctFromZero) {
  EXPECT_EQ(KindOf(""), CellKind::kEmpty);
  EXPECT_EQ(KindOf("  "), CellKind::kEmpty);
  EXPECT_EQ(KindOf("0.00"), CellKind::kAmount);
  EXPECT_EQ(ParseValue("0.00", MoneyUnit::kYuan).cents, 0);
}

TEST(Amount, ClassifiesDashesIllegibleAndText) {
  for (const char* dash : {"\u2014", "\u2014\u2014", "\u2014\u2014\u2014", "-", "--"})
    EXPECT_EQ(KindOf(dash), CellKind::kDash) << dash;
  EXPECT_EQ(KindOf("[illegible]"), CellKind::kIllegible);
  for (const char* text : {"95%", "100.00%", "\u226595", "8 \u4e07", "\u5408\u8ba1", "2024\u5e74",
                           "abc", "1.2.3", "12-5", "."})
    EXPECT_EQ(KindOf(text), CellKind::kText) << text;
}

TEST(Amount, DigitsWithALeadingZeroAreACode) {
  // 烟台市大数据局 2026 基本支出预算情况表 prints the 款 of both code pairs as
  // "01", "02" beside the amounts: codes, not 1 and 2 万元.
  EXPECT_EQ(KindOf("01"), CellKind::kText);
  EXPECT_EQ(KindOf("0502"), CellKind::kText);
  EXPECT_EQ(KindOf("０１"), CellKind::kText);  // full width
  EXPECT_EQ(KindOf("0"), CellKind::kAmount);
  EXPECT_EQ(KindOf("0.50"), CellKind::kAmount);
  EXPECT_EQ(KindOf("10"), CellKind::kAmount);
}

TEST(Amount, RoundsHalfUpWhenTooManyDecimals) {
  ParsedValue v = ParseValue("22.873", MoneyUnit::kYuan);
  EXPECT_EQ(v.kind, CellKind::kAmount);
  EXPECT_EQ(v.cents, 2287);
  EXPECT_TRUE(v.inexact);
  v = ParseValue("27.127", MoneyUnit::kYuan);
  EXPECT_EQ(v.cents, 2713);
  EXPECT_TRUE(v.inexact);
  v = ParseValue("1.005", MoneyUnit::kYuan);
  EXPECT_EQ(v.cents, 101);
  v = ParseValue("1.500", MoneyUnit::kYuan);
  EXPECT_EQ(v.cents, 150);
  EXPECT_FALSE(v.inexact);
  v = ParseValue("22.873", MoneyUnit::kWanYuan);
  EXPECT_EQ(v.cents, 22873000);  // 22.873 万元 = 228,730 元
  EXPECT_FALSE(v.inexact);
}

TEST(Amount, HugeDigitRunsAreTextNotOverflow) {
  EXPECT_EQ(KindOf(std::string(40, '9')), CellKind::kText);
  EXPECT_EQ(KindOf("92233720368547758.08"), CellKind::kText);
  EXPECT_EQ(ParseValue("9999999999999", MoneyUnit::kWanYuan).kind, CellKind::kText);
  EXPECT_EQ(Yuan("922337203685477.58"), 92233720368547758);
}

TEST(Amount, ParsesScoresInHundredths) {
  EXPECT_EQ(ParseHundredths("92.07"), 9207);
  EXPECT_EQ(ParseHundredths("99.9"), 9990);
  EXPECT_EQ(ParseHundredths("100"), 10000);
  EXPECT_EQ(ParseHundredths("\u4f18"), std::nullopt);  // 优
  EXPECT_EQ(ParseHundredths(""), std::nullopt);
}

TEST(Amount, NamesCurrencies) {
  EXPECT_STREQ(MoneyUnitName(MoneyUnit::kWanYuan), "万元");
  EXPECT_STREQ(MoneyUnitName(MoneyUnit::kYuan), "元");
}

}  // namespace
}  // namespace gongkai
