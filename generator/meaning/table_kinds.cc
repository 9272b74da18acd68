#include "table_kinds.h"

#include <string>

#include "labels.h"
#include "text.h"
#include "vocabulary.h"

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
       {"三公经费支出决算表", "三公经费决算表", "培训费支出决算表"}},
      {"final_general_basic", "一般公共预算财政拨款基本支出决算表", "final",
       {"基本支出决算明细表", "基本支出决算表"}},
      {"final_general_expenditure", "一般公共预算财政拨款支出决算表", "final",
       {"一般公共预算财政拨款支出决算表", "一般公共预算支出决算表", "财政拨款支出决算表"}},
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
       {"整体支出绩效目标表", "整体绩效目标表", "整体预算绩效目标申报表", "整体预算绩效目标表"}},
      {"project_performance_targets", "项目支出绩效目标表", "performance-targets",
       {"项目支出绩效目标表", "项目绩效目标表", "项目支出绩效表", "绩效目标表"}},

      // ---- budget ----
      // Government-fund tables first: "政府性基金收支表" holds "收支表".
      {"gov_fund_by_economic", "政府性基金预算支出分类汇总表", "budget",
       {"政府性基金预算支出分类汇总表"}},
      {"gov_fund_expenditure", "政府性基金预算支出表", "budget",
       {"政府性基金预算支出情况表", "政府性基金预算支出表", "政府性基金支出预算表",
        "政府性基金支出表", "政府性基金收支总表", "政府性基金收支表", "政府性基金"},
       true},
      {"fiscal_summary", "财政拨款收支总表", "budget",
       {"财政拨款收支总体情况表", "财政拨款收支总表", "财政拨款收支预算总表"}},
      {"budget_summary", "收支总表", "budget",
       {"部门财务收支预算总表", "部门收支总体情况表", "收支总体情况表", "收支预算总表", "收支总表"}},
      {"income_summary", "收入总表", "budget",
       {"部门收入总体情况表", "收入总体情况表", "收入预算总表", "收入总表", "收入预算表"}},
      {"expenditure_by_economic", "支出预算分类汇总表", "budget", {"支出预算分类汇总表"}},
      {"general_basic_personnel_wages", "一般公共预算基本支出表-人员经费(工资福利支出)", "budget",
       {"基本支出表-人员经费(工资福利支出)", "人员经费(工资福利支出)"}},
      {"general_basic_personnel_subsidies", "一般公共预算基本支出表-人员经费(对个人和家庭的补助)",
       "budget", {"基本支出表-人员经费(对个人和家庭的补助)", "人员经费(对个人和家庭的补助)"}},
      {"general_basic_public_funds", "一般公共预算基本支出表-公用经费(商品和服务支出)", "budget",
       {"基本支出表-公用经费(商品和服务支出)", "公用经费(商品和服务支出)"}},
      // Shenzhen 基本支出总表, Xi'an 基本支出明细表, Yantai 基本支出预算情况表.
      {"general_basic", "一般公共预算基本支出表", "budget",
       {"一般公共预算基本支出情况表", "一般公共预算基本支出表", "一般公共预算财政拨款基本支出表",
        "基本支出预算情况表", "基本支出明细表", "基本支出预算表", "基本支出总表", "基本支出表"}},
      {"three_public", "一般公共预算三公经费支出表", "budget", {"三公经费"}, true},
      {"admin_operating", "机关运行经费表", "budget", {"机关运行经费"}, true},
      {"state_capital_expenditure", "国有资本经营预算支出表", "budget",
       {"国有资本经营预算支出情况表", "国有资本经营预算支出表", "国有资本经营预算支出"}, true},
      {"special_account_expenditure", "财政专户管理资金预算支出表", "budget",
       {"财政专户管理资金预算支出表", "财政专户管理资金支出表"}},
      {"special_funds", "专项资金预算汇总表", "budget", {"专项资金预算汇总表"}},
      // Shenzhen / Xi'an print the economic-classification view as its own table.
      {"general_expenditure_by_economic", "一般公共预算支出表(按经济分类)", "budget",
       {"一般公共预算支出明细表(按支出经济分类", "一般公共预算支出表(按经济分类",
        "一般公共预算支出表(按支出经济分类", "一般公共预算支出情况表(按经济分类"}},
      {"general_project", "一般公共预算项目支出表", "budget",
       {"一般公共预算项目支出情况表", "一般公共预算项目支出表"}},
      {"general_expenditure", "一般公共预算支出表", "budget",
       {"一般公共预算支出情况表", "一般公共预算支出明细表", "一般公共预算支出预算表",
        "一般公共预算支出表", "一般公共预算财政拨款支出表"}},
      {"fiscal_carryover", "财政拨款结转资金支出表", "budget", {"结转资金支出表"}},
      {"fiscal_expenditure", "财政拨款支出表", "budget", {"财政拨款支出预算表", "财政拨款支出表"}},
      // Xi'an calls project expenditure 专项业务经费; Guangzhou adds 其他支出.
      {"project_expenditure", "项目支出表", "budget",
       {"项目支出及其他支出预算表", "项目支出预算情况表", "项目支出预算表", "项目支出总表",
        "项目支出表", "专项业务经费支出表"}},
      {"procurement", "政府采购预算表", "budget",
       {"政府采购预算明细表", "政府采购预算表", "政府采购表", "政府采购"}, true},
      // After every "…支出预算表" above: 西南大学's bare "支出预算表".
      {"expenditure_summary", "支出总表", "budget",
       {"部门支出总体情况表", "支出总体情况表", "支出预算总表", "支出总表", "支出预算表"}},
  };
  return kinds;
}

namespace {


// Endings of a narrative heading or lead-in, never of a table's title.
constexpr std::string_view kHeadingEnds[] = {"说明", "情况", "如下", "分析"};
// Openings of a sentence that names a kind in passing ("反映…机关运行经费").
constexpr std::string_view kSentenceStarts[] = {"反映", "本表", "其中", "主要", "包括", "用于"};

}  // namespace

bool IsProse(std::string_view compact) {
  if (ContainsOneOf(compact, kSentenceMarks)) return true;
  for (std::string_view s : kSentenceStarts)
    if (compact.substr(0, s.size()) == s) return true;
  std::string_view bare = compact;
  while (bare.ends_with(":")) bare.remove_suffix(1);
  for (std::string_view e : kHeadingEnds)
    if (bare.ends_with(e)) return true;
  // "(二)三公经费预算:2025年…": text after a colon, unless what follows
  // names the table ("表1:高等学校收支决算总表").
  if (std::size_t colon = bare.find(':'); colon != std::string_view::npos)
    if (!bare.ends_with("表") && !NamesATable(bare.substr(colon + 1))) return true;
  // "(一)机关运行经费支出" — a numbered heading without "表".
  if (StripEnumeration(bare) != bare && !Contains(bare, "表")) return true;
  return false;
}

bool NamesATable(std::string_view title) {
  std::string c = CompactLabel(title);
  // Set aside trailing qualifiers: "(续)", "(按功能分类科目)", "(一级项目)",
  // "续表", "续", a trailing year or colon.
  for (bool changed = true; changed && !c.empty();) {
    changed = false;
    if (c.back() == ')') {
      std::size_t open = c.rfind('(');
      if (open == std::string::npos || open == 0) break;
      c.resize(open);
      changed = true;
    } else if (c.ends_with("续表") || c.ends_with("续")) {
      c.resize(c.size() - (c.ends_with("续表") ? 6 : 3));
      changed = true;
    } else if (c.back() == ':' || c.back() == '-') {
      c.pop_back();
      changed = true;
    }
  }
  return c.ends_with("表");
}

const TableKind* ClassifyTableTitle(std::string_view title) {
  std::string compact = CompactLabel(title);
  if (compact.empty() || IsProse(compact)) return nullptr;
  bool names_a_table = NamesATable(compact);
  for (const TableKind& kind : TableKinds()) {
    if (kind.topic && !names_a_table) continue;
    for (std::string_view alias : kind.aliases)
      if (compact.find(alias) != std::string::npos) return &kind;
  }
  return nullptr;
}

const TableKind* FindTableKind(std::string_view id) {
  for (const TableKind& kind : TableKinds())
    if (kind.id == id) return &kind;
  return nullptr;
}

}  // namespace gongkai
