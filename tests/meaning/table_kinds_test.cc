#include "table_kinds.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "labels.h"  // CompactLabel: aliases are stored compacted

namespace gongkai {
namespace {

std::string KindOf(std::string_view title) {
  const TableKind* kind = ClassifyTableTitle(title);
  return kind ? std::string(kind->id) : std::string("(none)");
}

TEST(TableKindsTest, CatalogIdsAreUniqueAndAliasesCompacted) {
  std::set<std::string_view> ids;
  for (const TableKind& kind : TableKinds()) {
    EXPECT_TRUE(ids.insert(kind.id).second) << kind.id;
    EXPECT_FALSE(kind.aliases.empty()) << kind.id;
    for (std::string_view alias : kind.aliases) EXPECT_EQ(CompactLabel(alias), alias) << kind.id;
  }
}

TEST(TableKindsTest, EveryAliasClassifiesAsItsOwnKindOrAMoreSpecificOne) {
  // Match order must never send an alias to a kind listed before it that is
  // less specific: each alias as a title finds its own kind.
  for (const TableKind& kind : TableKinds())
    for (std::string_view alias : kind.aliases) {
      if (alias == "绩效目标表" || alias == "绩效自评表") continue;  // generic fallbacks
      // A topic word ("三公经费") classifies only a title naming a table.
      std::string title(alias);
      if (kind.topic && !NamesATable(title)) title += "表";
      EXPECT_EQ(KindOf(title), kind.id) << title;
    }
}

// Titles as printed in the five samples (content/000..004).
TEST(TableKindsTest, ClassifiesBudgetTitlesOfSample000) {
  EXPECT_EQ(KindOf("收支总表"), "budget_summary");
  EXPECT_EQ(KindOf("## 收入总表"), "income_summary");
  EXPECT_EQ(KindOf("支出总表"), "expenditure_summary");
  EXPECT_EQ(KindOf("财政拨款收支总表"), "fiscal_summary");
  EXPECT_EQ(KindOf("一般公共预算支出表"), "general_expenditure");
  EXPECT_EQ(KindOf("一般公共预算基本支出表"), "general_basic");
  EXPECT_EQ(KindOf("一般公共预算基本支出表--人员经费(工资福利支出)(按政府预算经济分类)"),
            "general_basic_personnel_wages");
  EXPECT_EQ(KindOf("一般公共预算基本支出表--人员经费(对个人和家庭的补助)（按部门预算经济分类）"),
            "general_basic_personnel_subsidies");
  EXPECT_EQ(KindOf("一般公共预算基本支出表—公用经费(商品和服务支出)(按部门预算经济分类)"),
            "general_basic_public_funds");
  EXPECT_EQ(KindOf("一般公共预算“三公”经费支出表"), "three_public");
  EXPECT_EQ(KindOf("政府性基金预算支出表"), "gov_fund_expenditure");
  EXPECT_EQ(KindOf("政府性基金预算支出分类汇总表（按政府预算经济分类）"), "gov_fund_by_economic");
  EXPECT_EQ(KindOf("国有资本经营预算支出表"), "state_capital_expenditure");
  EXPECT_EQ(KindOf("财政专户管理资金预算支出表"), "special_account_expenditure");
  EXPECT_EQ(KindOf("专项资金预算汇总表"), "special_funds");
  EXPECT_EQ(KindOf("项目支出绩效目标表"), "project_performance_targets");
  EXPECT_EQ(KindOf("整体支出绩效目标表"), "overall_performance_targets");
  EXPECT_EQ(KindOf("支出预算分类汇总表（按政府预算经济分类）"), "expenditure_by_economic");
}

TEST(TableKindsTest, ClassifiesPerformanceTargetTitlesOfSample001) {
  EXPECT_EQ(KindOf("**和政县委巡察工作领导小组办公室部门（单位）整体支出绩效目标表  "),
            "overall_performance_targets");
  EXPECT_EQ(KindOf("**项目支出绩效目标表**"), "project_performance_targets");
}

TEST(TableKindsTest, ClassifiesFinalTitlesOfSample002) {
  EXPECT_EQ(KindOf("收入支出决算总表"), "final_summary");
  EXPECT_EQ(KindOf("收入决算表"), "final_income");
  EXPECT_EQ(KindOf("支出决算表"), "final_expenditure");
  EXPECT_EQ(KindOf("财政拨款收入支出决算总表"), "final_fiscal_summary");
  EXPECT_EQ(KindOf("一般公共预算财政拨款支出决算表"), "final_general_expenditure");
  EXPECT_EQ(KindOf("一般公共预算财政拨款基本支出决算明细表"), "final_general_basic");
  EXPECT_EQ(KindOf("政府性基金预算财政拨款收入支出决算表"), "final_gov_fund");
  EXPECT_EQ(KindOf("国有资本经营预算财政拨款支出决算表"), "final_state_capital");
  EXPECT_EQ(KindOf("财政拨款“三公”经费支出决算表"), "final_three_public");
  EXPECT_EQ(KindOf("部门决算公开相关信息统计表"), "final_related_info");
  EXPECT_EQ(KindOf("巡察经费项目支出绩效自评表"), "project_self_evaluation");
}

TEST(TableKindsTest, ClassifiesNumberedBudgetTitlesOfSample003) {
  EXPECT_EQ(KindOf("表一、部门收支总体情况表"), "budget_summary");
  EXPECT_EQ(KindOf("表二、部门收入总体情况表"), "income_summary");
  EXPECT_EQ(KindOf("表三、部门支出总体情况表"), "expenditure_summary");
  EXPECT_EQ(KindOf("表四、财政拨款收支总体情况表"), "fiscal_summary");
  EXPECT_EQ(KindOf("表五、财政拨款支出表"), "fiscal_expenditure");
  EXPECT_EQ(KindOf("表六、一般公共预算支出情况表"), "general_expenditure");
  EXPECT_EQ(KindOf("表七、一般公共预算基本支出情况表"), "general_basic");
  EXPECT_EQ(KindOf("表八、一般公共预算财政拨款“三公”经费、会议费、培训费支出情况表"), "three_public");
  EXPECT_EQ(KindOf("表九、一般公共预算财政拨款机关运行经费表"), "admin_operating");
  EXPECT_EQ(KindOf("表十、政府性基金预算支出情况表"), "gov_fund_expenditure");
  EXPECT_EQ(KindOf("表十一、国有资本经营预算支出情况表"), "state_capital_expenditure");
  EXPECT_EQ(KindOf("部门整体支出绩效目标表"), "overall_performance_targets");
}

TEST(TableKindsTest, ClassifiesSelfEvaluationTitlesOfSample004) {
  EXPECT_EQ(KindOf("基础数据表"), "evaluation_base_data");
  EXPECT_EQ(KindOf("2024年度部门整体支出绩效评价基础数据表"), "evaluation_base_data");
  EXPECT_EQ(KindOf("整体支出绩效自评表"), "overall_self_evaluation");
  EXPECT_EQ(KindOf("项目支出绩效自评表"), "project_self_evaluation");
}

TEST(TableKindsTest, OtherCatalogKinds) {
  EXPECT_EQ(KindOf("部门财务收支预算总表"), "budget_summary");
  EXPECT_EQ(KindOf("项目支出表"), "project_expenditure");
  EXPECT_EQ(KindOf("政府采购预算表"), "procurement");
  EXPECT_EQ(KindOf("机关运行经费表"), "admin_operating");
}

TEST(TableKindsTest, UnknownTitlesHaveNoKind) {
  EXPECT_EQ(ClassifyTableTitle(""), nullptr);
  EXPECT_EQ(ClassifyTableTitle("第一部分 概况"), nullptr);
  EXPECT_EQ(ClassifyTableTitle("金额单位：万元"), nullptr);
}

TEST(TableKindsTest, DocKindsFollowTheCatalog) {
  EXPECT_EQ(ClassifyTableTitle("支出决算表")->doc_kind, "final");
  EXPECT_EQ(ClassifyTableTitle("支出总表")->doc_kind, "budget");
  EXPECT_EQ(ClassifyTableTitle("项目支出绩效目标表")->doc_kind, "performance-targets");
  EXPECT_EQ(ClassifyTableTitle("项目支出绩效自评表")->doc_kind, "performance-evaluation");
  EXPECT_EQ(FindTableKind("general_basic")->name, "一般公共预算基本支出表");
  EXPECT_EQ(FindTableKind("nope"), nullptr);
}

// Titles as pdftotext -layout prints them in the real corpus
// (../shared/corpus/, file named above each group), by naming family.
TEST(TableKindsRealTitlesTest, GuangdongFamily) {
  // guangzhou/2026-zhengwu-shuju-ju-dept-budget.pdf 表1-表12 (zhuhai prints the same).
  EXPECT_EQ(KindOf("收支总体情况表"), "budget_summary");
  EXPECT_EQ(KindOf("本年支出总体情况表"), "expenditure_summary");
  EXPECT_EQ(KindOf("一般公共预算支出情况表（按功能分类科目）"), "general_expenditure");
  EXPECT_EQ(KindOf("一般公共预算基本支出情况表（按经济分类科目）"), "general_basic");
  EXPECT_EQ(KindOf("一般公共预算项目支出情况表（按经济分类科目）"), "general_project");
  EXPECT_EQ(KindOf("财政拨款安排的行政经费及“三公”经费预算表"), "three_public");
  EXPECT_EQ(KindOf("部门预算基本支出预算表"), "general_basic");
  EXPECT_EQ(KindOf("部门预算项目支出及其他支出预算表"), "project_expenditure");
  // guangzhou/2026-zhengwu-shuju-ju-dept-performance-targets.pdf line 1.
  EXPECT_EQ(KindOf("                                  部门整体预算绩效目标申报表"),
            "overall_performance_targets");
}

TEST(TableKindsRealTitlesTest, ShenzhenFamily) {
  // shenzhen/2026-caizheng-ju-benji-dept-budget.pdf 表1-表9.
  EXPECT_EQ(KindOf("                                                收支总表"), "budget_summary");
  EXPECT_EQ(KindOf("基本支出总表"), "general_basic");
  EXPECT_EQ(KindOf("项目支出总表"), "project_expenditure");
  EXPECT_EQ(KindOf("一般公共预算支出表（按功能分类）"), "general_expenditure");
  EXPECT_EQ(KindOf("一般公共预算支出表（按经济分类）"), "general_expenditure_by_economic");
  EXPECT_EQ(KindOf("财政拨款“三公”经费支出表"), "three_public");
}

TEST(TableKindsRealTitlesTest, XianFamily) {
  // xian/2026-tongji-ju-dept-budget.pdf 表1-表16 (and the 2019/2022 files).
  EXPECT_EQ(KindOf("部门综合预算收支总表"), "budget_summary");
  EXPECT_EQ(KindOf("部门综合预算一般公共预算支出明细表（按支出功能分类科目）"), "general_expenditure");
  EXPECT_EQ(KindOf("部门综合预算一般公共预算支出明细表（按支出经济分类科目）"),
            "general_expenditure_by_economic");
  EXPECT_EQ(KindOf("部门综合预算一般公共预算基本支出明细表（按支出经济分类科目）"), "general_basic");
  EXPECT_EQ(KindOf("部门综合预算政府性基金收支表"), "gov_fund_expenditure");
  EXPECT_EQ(KindOf("2019年部门综合预算政府性基金收支总表"), "gov_fund_expenditure");
  EXPECT_EQ(KindOf("部门综合预算专项业务经费支出表"), "project_expenditure");
  EXPECT_EQ(KindOf("部门综合预算财政拨款上年结转资金支出表"), "fiscal_carryover");
  EXPECT_EQ(KindOf("部门综合预算政府采购（资产配置、购买服务）预算表"), "procurement");
  EXPECT_EQ(KindOf("部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表"), "three_public");
  EXPECT_EQ(KindOf("部门专项业务经费绩效目标表"), "project_performance_targets");
  // xian/2022-weisheng-jiankang-wei-dept-final.pdf 公开09表.
  EXPECT_EQ(KindOf("财政拨款“三公”经费及会议费、培训费支出决算表"), "final_three_public");
}

TEST(TableKindsRealTitlesTest, JiangsuFamily) {
  // jiangsu/2019-shengwei-bangongting-budget-tables.pdf 公开01表-公开12表.
  EXPECT_EQ(KindOf("收支预算总表"), "budget_summary");
  EXPECT_EQ(KindOf("财政拨款支出预算表（功能科目）"), "fiscal_expenditure");
  EXPECT_EQ(KindOf("一般公共预算支出预算表（功能科目）"), "general_expenditure");
  EXPECT_EQ(KindOf("财政拨款政府性基金支出预算表"), "gov_fund_expenditure");
  EXPECT_EQ(KindOf("一般公共预算机关运行经费支出预算表"), "admin_operating");
  // jiangsu/2019-gaoji-renmin-fayuan-dept-budget.pdf 公开10表, 公开12表.
  EXPECT_EQ(KindOf("政府性基金预算财政拨款支出预算表"), "gov_fund_expenditure");
  EXPECT_EQ(KindOf("政府采购支出预算表"), "procurement");
  // suzhou/2026-kexue-jishu-ju-unit-budget.pdf 公开11表.
  EXPECT_EQ(KindOf("国有资本经营预算支出预算表"), "state_capital_expenditure");
}

TEST(TableKindsRealTitlesTest, NumberedAndUniversityFamilies) {
  // chongqing/2026-shuili-ju-dept-budget.pdf 表一-表十二.
  EXPECT_EQ(KindOf("2026 年部门收支总体情况表"), "budget_summary");
  EXPECT_EQ(KindOf("2026 年市级一般性项目绩效目标表（一级项目）"), "project_performance_targets");
  // chongqing/2021-xinan-daxue-dept-budget.pdf.
  EXPECT_EQ(KindOf("西南大学收入预算表"), "income_summary");
  EXPECT_EQ(KindOf("西南大学支出预算表"), "expenditure_summary");
  EXPECT_EQ(KindOf("西南大学财政拨款支出预算表"), "fiscal_expenditure");
  // chongqing/2023-xinan-daxue-dept-final.pdf 表1-表4.
  EXPECT_EQ(KindOf("表 1：高等学校收支决算总表"), "final_summary");
  EXPECT_EQ(KindOf("表 4：高等学校财政拨款支出决算表"), "final_general_expenditure");
  // yantai/2026-dashuju-ju-dept-budget.pdf 公开表10-12; huzhou 表11.
  EXPECT_EQ(KindOf("基本支出预算情况表"), "general_basic");
  EXPECT_EQ(KindOf("项目支出预算情况表"), "project_expenditure");
  EXPECT_EQ(KindOf("2026年市级部门项目支出绩效表"), "project_performance_targets");
}

TEST(TableKindsRealTitlesTest, ProseAndHeadingsAreNotTitles) {
  // foshan/2019-guidao-jiaotong-ju-dept-final.pdf, changsha/2025-gongan-ju,
  // chongqing/2026-shuili-ju, shenzhen/2026-caizheng-ju-benji: narrative
  // lines that mention a kind.
  EXPECT_EQ(KindOf("二、2019 年度财政拨款收入支出总表说明"), "(none)");
  EXPECT_EQ(KindOf("（一）机关运行经费支出情况"), "(none)");
  EXPECT_EQ(KindOf("四、“三公”经费情况说明"), "(none)");
  EXPECT_EQ(KindOf("是“三公”经费支出水平保持不变。"), "(none)");
  EXPECT_EQ(KindOf("深圳市财政局（本级）纳入 2026 年部门预算的政府采购项"), "(none)");
  // xian/2022-weisheng-jiankang-wei-dept-final.pdf line 7701: a header row.
  EXPECT_EQ(KindOf("                                   财政拨款安排的“三公”经费"), "(none)");
  EXPECT_FALSE(NamesATable("财政拨款安排的“三公”经费"));
  EXPECT_TRUE(NamesATable("2026 年市级一般性项目绩效目标表（一级项目）"));
  EXPECT_TRUE(NamesATable("收支总表（续）"));
  EXPECT_EQ(KindOf("表1（续） 收支总表（续）"), "budget_summary");
}

}  // namespace
}  // namespace gongkai
