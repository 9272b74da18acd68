#include "table_kinds.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "label_text.h"  // CompactLabel: aliases are stored compacted

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
      EXPECT_EQ(KindOf(alias), kind.id) << alias;
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

}  // namespace
}  // namespace gongkai
