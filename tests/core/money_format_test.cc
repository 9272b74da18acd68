#include "money_format.h"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

TEST(MoneyFormatTest, FormatsYuanWithThousandsSeparators) {
  EXPECT_EQ(FormatYuan(230440000), "2,304,400.00 元");
  EXPECT_EQ(FormatYuan(9101677535), "91,016,775.35 元");
  EXPECT_EQ(FormatYuan(5), "0.05 元");
}

TEST(MoneyFormatTest, FormatsWanYuanExactly) {
  EXPECT_EQ(FormatWan(230440000), "230.44 万元");
  EXPECT_EQ(FormatWan(227610000), "227.61 万元");
  // 1 分 is 0.000001 万元: shown, never rounded away.
  EXPECT_EQ(FormatWan(1), "0.000001 万元");
  EXPECT_EQ(FormatWan(123456789012), "123,456.789012 万元");
}

TEST(MoneyFormatTest, KeepsNegativeAndZeroAmounts) {
  EXPECT_EQ(FormatYuan(-123456), "-1,234.56 元");
  EXPECT_EQ(FormatWan(0), "0.00 万元");
  EXPECT_EQ(DecimalString(INT64_MIN, 2), "-92233720368547758.08");
}

TEST(MoneyFormatTest, PlainAmountUsesTheTableUnit) {
  EXPECT_EQ(PlainAmount(227610000, MoneyUnit::kWanYuan), "227.61");
  EXPECT_EQ(PlainAmount(227610000, MoneyUnit::kYuan), "2276100.00");
}

TEST(MoneyFormatTest, PercentRoundsHalfAwayFromZeroWithIntegers) {
  // 支出决算184.21万元，年初预算200.96万元，完成年初预算的91.67% (sample 002).
  EXPECT_EQ(Percent(184210000, 200960000), "91.67%");
  EXPECT_EQ(Percent(19120000, 18570000), "102.96%");
  EXPECT_EQ(Percent(1, 8), "12.50%");
  EXPECT_EQ(Percent(1, 0), "");
}

}  // namespace
}  // namespace gongkai
