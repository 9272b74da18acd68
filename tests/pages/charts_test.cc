#include "charts.h"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

TEST(ChartsTest, ScalesBarsToTheLargestAmountWithIntegers) {
  // 基本支出203.18万元，项目支出24.43万元 (sample 002).
  BarChart c = MakeBarChart("c", "基本支出与项目支出",
                            {{"基本支出", 203180000}, {"项目支出", 24430000}}, MoneyUnit::kWanYuan);
  ASSERT_EQ(c.bars.size(), 2u);
  EXPECT_EQ(c.bars[0].width, 360);
  // 360 * 24.43 / 203.18 = 43.28... -> 43
  EXPECT_EQ(c.bars[1].width, 43);
  EXPECT_EQ(c.bars[0].value, "203.18 万元");
  EXPECT_EQ(c.bars[1].title, "项目支出：24.43 万元");
  EXPECT_EQ(c.bars[1].y, c.bars[0].y + 30);
  EXPECT_EQ(c.bars[0].x, c.label_width);
  EXPECT_EQ(c.height, 8 * 2 + 30 * 2);
  EXPECT_EQ(c.description, "基本支出：203.18 万元；项目支出：24.43 万元");
}

TEST(ChartsTest, TinyPositiveAmountsStayVisibleAndZeroOrNegativeHaveNoBar) {
  BarChart c = MakeBarChart("c", "t", {{"大", 100000000000}, {"小", 1}, {"零", 0}, {"负", -5}},
                            MoneyUnit::kYuan);
  EXPECT_EQ(c.bars[1].width, 1);
  EXPECT_EQ(c.bars[2].width, 0);
  EXPECT_EQ(c.bars[3].width, 0);
  EXPECT_EQ(c.bars[3].value, "-0.05 元");
}

TEST(ChartsTest, LabelColumnGrowsWithTheLongestLabel) {
  BarChart shortc = MakeBarChart("a", "t", {{"甲", 1}}, MoneyUnit::kYuan);
  BarChart longc = MakeBarChart("b", "t", {{"中共株洲市委巡察工作领导小组办公室", 1}}, MoneyUnit::kYuan);
  EXPECT_EQ(shortc.label_width, 96);
  EXPECT_EQ(longc.label_width, 17 * 14 + 12);
  EXPECT_EQ(longc.width, longc.label_width + 360 + 136);
}

TEST(ChartsTest, ViewHasEveryFieldTheTemplateUses) {
  nlohmann::json v = BarChartView(MakeBarChart("chart-x", "标题", {{"甲", 100}}, MoneyUnit::kYuan));
  EXPECT_EQ(v["id"], "chart-x");
  EXPECT_EQ(v["bars"][0]["label"], "甲");
  EXPECT_EQ(v["bars"][0]["label_x"], 96 - 8);
  EXPECT_EQ(v["bars"][0]["width"], 360);
}

}  // namespace
}  // namespace gongkai
