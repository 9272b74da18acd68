// In read/, not core/: it runs text through read's normalize before comparing labels.
#include "labels.h"
#include "normalize.h"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

TEST(LabelTextTest, CompactsSpacingQuotesAndFullWidthPunctuation) {
  EXPECT_EQ(CompactLabel("本 年 收 入 合 计"), "本年收入合计");
  EXPECT_EQ(CompactLabel("收    入    总    计"), "收入总计");
  // Tags are removed by normalization, upstream; CompactLabel keeps text
  // that only looks like a tag ("<56人×35天>" in sample 001 line 68).
  EXPECT_EQ(CompactLabel(NormalizeLine("<b>部门（单位）</b>")), "部门(单位)");
  EXPECT_EQ(CompactLabel("<56人×35天>"), "<56人×35天>");
  EXPECT_EQ(CompactLabel("**项目支出绩效目标表**  "), "项目支出绩效目标表");
  EXPECT_EQ(CompactLabel("一般公共预算“三公”经费支出表"), "一般公共预算三公经费支出表");
  EXPECT_EQ(CompactLabel("基本支出表--人员经费"), "基本支出表-人员经费");
  EXPECT_EQ(CompactLabel("基本支出表—公用经费"), "基本支出表-公用经费");
  EXPECT_EQ(CompactLabel("金额单位：万元"), "金额单位:万元");
}

TEST(LabelTextTest, StripsEnumerationPrefixesAndTrailingColon) {
  EXPECT_EQ(StripEnumeration("一、基本支出"), "基本支出");
  EXPECT_EQ(StripEnumeration("(一)行政单位"), "行政单位");
  EXPECT_EQ(StripEnumeration("(二十)住房保障支出"), "住房保障支出");
  EXPECT_EQ(StripEnumeration("十一、其他收入"), "其他收入");
  EXPECT_EQ(StripEnumeration("1.人员经费"), "人员经费");
  EXPECT_EQ(StripEnumeration("3、公务接待"), "公务接待");
  EXPECT_EQ(StripEnumeration("表一、部门收支总体情况表"), "部门收支总体情况表");
  EXPECT_EQ(StripEnumeration("公用经费:"), "公用经费");
  EXPECT_EQ(StripEnumeration("一般公共服务支出"), "一般公共服务支出");
  EXPECT_EQ(StripEnumeration("2024年预算"), "2024年预算");
}

TEST(LabelTextTest, FindsTheFirstFiscalYear) {
  EXPECT_EQ(FindYear("## 2025年部门预算公开表"), 2025);
  EXPECT_EQ(FindYear("2024 年部门预算公开情况说明"), 2024);
  EXPECT_EQ(FindYear("（2025年度）**"), 2025);
  EXPECT_EQ(FindYear("联系电话 17793028060"), 0);
  EXPECT_EQ(FindYear("规划(2022-2026年)"), 2026);
}

TEST(LabelTextTest, CleansPrintedTitles) {
  EXPECT_EQ(CleanTitle("## 收入总表"), "收入总表");
  EXPECT_EQ(CleanTitle("**项目支出绩效目标表**  "), "项目支出绩效目标表");
  EXPECT_EQ(CleanTitle("表一、部门收支总体情况表"), "表一、部门收支总体情况表");
}

TEST(LabelTextTest, CleanTitleTrimsIdeographicSpacesOnlyAfterSpacesAndTabs) {
  EXPECT_EQ(CleanTitle("\t## 收入总表\u3000"), "收入总表");
  // "#" goes at the start only, and a U+3000 at the start hides the "##"
  // behind it; a space before a trailing U+3000 stays.
  EXPECT_EQ(CleanTitle("\u3000## **收入总表** \u3000"), "## 收入总表 ");
  EXPECT_EQ(CleanTitle("收入总表#"), "收入总表#");
  EXPECT_EQ(CleanTitle(" # * "), "");
}

TEST(LabelTextTest, CompactLabelDropsFormFeedsAndKeepsStrayBytes) {
  EXPECT_EQ(CompactLabel("合\f计"), "合计");
  // A byte that cannot lead a sequence reads as its own value (U+0080).
  EXPECT_EQ(CompactLabel("合\x80计"), "合\xC2\x80计");
}

TEST(LabelTextTest, SplitsALayoutLineIntoCells) {
  // guangzhou/2026-zhengwu-shuju-ju-dept-budget.pdf line 161 (pdftotext -layout).
  EXPECT_EQ(LayoutCells("单位名称：广州市政务服务和数据管理局                                           单位：万元"),
            (std::vector<std::string>{"单位名称：广州市政务服务和数据管理局", "单位：万元"}));
  // foshan/2019-guidao-jiaotong-ju-dept-final.pdf: one space stays inside.
  EXPECT_EQ(LayoutCells("部门： 佛山市轨道交通局"), (std::vector<std::string>{"部门： 佛山市轨道交通局"}));
  EXPECT_EQ(LayoutCells("  a\tb\u3000c  "), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_TRUE(LayoutCells("   ").empty());
}

}  // namespace
}  // namespace gongkai
