#include "table_kinds.h"

#include "label_text.h"

namespace gongkai {

// The catalog. Aliases are written compacted (see CompactLabel: no spaces,
// no quotes, ASCII parentheses, dashes as "-") and matched as substrings of
// the compacted title. Order is match order: a kind whose alias contains
// another kind's alias comes first ("财政拨款收入支出决算总表" before
// "收入支出决算总表", "基本支出表-人员经费" before "基本支出表", every
// "...支出决算表" before "支出决算表").
const std::vector<TableKind>& TableKinds() {
  static const std::vector<TableKind> kinds = {
      // ---- final accounts (公开01表…公开10表) ----
      {"final_fiscal_summary", "财政拨款收入支出决算总表", "final",
       {"财政拨款收入支出决算总表", "财政拨款收支决算总表"}},
      {"final_summary", "收入支出决算总表", "final", {"收入支出决算总表", "收支决算总表"}},
      {"final_gov_fund", "政府性基金预算财政拨款收入支出决算表", "final",
       {"政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款支出决算表"}},
      {"final_state_capital", "国有资本经营预算财政拨款支出决算表", "final",
       {"国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款收入支出决算表"}},
      {"final_three_public", "财政拨款三公经费支出决算表", "final",
       {"三公经费支出决算表", "三公经费决算表"}},
      {"final_general_basic", "一般公共预算财政拨款基本支出决算表", "final",
       {"基本支出决算明细表", "基本支出决算表"}},
      {"final_general_expenditure", "一般公共预算财政拨款支出决算表", "final",
       {"一般公共预算财政拨款支出决算表", "一般公共预算支出决算表"}},
      {"final_related_info", "部门决算公开相关信息统计表", "final", {"相关信息统计表"}},
      {"final_state_assets", "国有资产占用情况表", "final", {"国有资产占用情况表"}},
      {"final_income", "收入决算表", "final", {"收入决算表"}},
      {"final_expenditure", "支出决算表", "final", {"支出决算表"}},

      // ---- performance: self-evaluation, then targets ----
      {"evaluation_base_data", "部门整体支出绩效评价基础数据表", "performance-evaluation",
       {"绩效评价基础数据表", "基础数据表"}},
      {"overall_self_evaluation", "整体支出绩效自评表", "performance-evaluation",
       {"整体支出绩效自评表", "整体绩效自评表"}},
      {"project_self_evaluation", "项目支出绩效自评表", "performance-evaluation",
       {"项目支出绩效自评表", "项目绩效自评表", "绩效自评表"}},
      {"overall_performance_targets", "整体支出绩效目标表", "performance-targets",
       {"整体支出绩效目标表", "整体绩效目标表"}},
      {"project_performance_targets", "项目支出绩效目标表", "performance-targets",
       {"项目支出绩效目标表", "项目绩效目标表", "绩效目标表"}},

      // ---- budget ----
      {"fiscal_summary", "财政拨款收支总表", "budget",
       {"财政拨款收支总体情况表", "财政拨款收支总表", "财政拨款收支预算总表"}},
      {"budget_summary", "收支总表", "budget",
       {"部门财务收支预算总表", "部门收支总体情况表", "收支总体情况表", "收支预算总表", "收支总表"}},
      {"income_summary", "收入总表", "budget",
       {"部门收入总体情况表", "收入总体情况表", "收入预算总表", "收入总表"}},
      {"expenditure_by_economic", "支出预算分类汇总表", "budget", {"支出预算分类汇总表"}},
      {"expenditure_summary", "支出总表", "budget",
       {"部门支出总体情况表", "支出总体情况表", "支出预算总表", "支出总表"}},
      {"general_basic_personnel_wages", "一般公共预算基本支出表-人员经费(工资福利支出)", "budget",
       {"基本支出表-人员经费(工资福利支出)", "人员经费(工资福利支出)"}},
      {"general_basic_personnel_subsidies", "一般公共预算基本支出表-人员经费(对个人和家庭的补助)",
       "budget", {"基本支出表-人员经费(对个人和家庭的补助)", "人员经费(对个人和家庭的补助)"}},
      {"general_basic_public_funds", "一般公共预算基本支出表-公用经费(商品和服务支出)", "budget",
       {"基本支出表-公用经费(商品和服务支出)", "公用经费(商品和服务支出)"}},
      {"general_basic", "一般公共预算基本支出表", "budget",
       {"一般公共预算基本支出情况表", "一般公共预算基本支出表", "一般公共预算财政拨款基本支出表",
        "基本支出预算表", "基本支出表"}},
      {"three_public", "一般公共预算三公经费支出表", "budget", {"三公经费"}},
      {"admin_operating", "机关运行经费表", "budget", {"机关运行经费"}},
      {"gov_fund_by_economic", "政府性基金预算支出分类汇总表", "budget",
       {"政府性基金预算支出分类汇总表"}},
      {"gov_fund_expenditure", "政府性基金预算支出表", "budget",
       {"政府性基金预算支出情况表", "政府性基金预算支出表", "政府性基金支出表"}},
      {"state_capital_expenditure", "国有资本经营预算支出表", "budget",
       {"国有资本经营预算支出情况表", "国有资本经营预算支出表"}},
      {"special_account_expenditure", "财政专户管理资金预算支出表", "budget",
       {"财政专户管理资金预算支出表", "财政专户管理资金支出表"}},
      {"special_funds", "专项资金预算汇总表", "budget", {"专项资金预算汇总表"}},
      {"general_expenditure", "一般公共预算支出表", "budget",
       {"一般公共预算支出情况表", "一般公共预算支出表", "一般公共预算财政拨款支出表"}},
      {"fiscal_expenditure", "财政拨款支出表", "budget", {"财政拨款支出表"}},
      {"project_expenditure", "项目支出表", "budget", {"项目支出预算表", "项目支出表"}},
      {"procurement", "政府采购预算表", "budget",
       {"政府采购预算明细表", "政府采购预算表", "政府采购表"}},
  };
  return kinds;
}

const TableKind* ClassifyTableTitle(std::string_view title) {
  std::string compact = CompactLabel(title);
  if (compact.empty()) return nullptr;
  for (const TableKind& kind : TableKinds())
    for (std::string_view alias : kind.aliases)
      if (compact.find(alias) != std::string::npos) return &kind;
  return nullptr;
}

const TableKind* FindTableKind(std::string_view id) {
  for (const TableKind& kind : TableKinds())
    if (kind.id == id) return &kind;
  return nullptr;
}

}  // namespace gongkai
