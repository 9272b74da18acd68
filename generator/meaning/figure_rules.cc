#include "figure_rules.h"

#include <algorithm>
#include <string>

#include "aligned_columns.h"
#include "amount.h"
#include "labels.h"
#include "recognize.h"
#include "text.h"
#include "vocabulary.h"

namespace gongkai {

// The rules, in priority order per figure: the first rule that yields a
// value wins; later ones are checked against it.
const std::vector<TableFigureRule>& TableFigureRules() {
  static const std::vector<TableFigureRule> rules = {
      {"total_income", ReadBy::kRowLabel, {"budget_summary", "final_summary"},
       {"本年收入合计", "当年收入小计", "收入合计"}},
      {"total_income", ReadBy::kRowLabel, {"budget_summary", "final_summary"}, {"合计"}},
      {"total_expenditure", ReadBy::kRowLabel, {"budget_summary", "final_summary"},
       {"本年支出合计", "支出合计"}},
      {"total_expenditure", ReadBy::kTotalColumn, {"expenditure_summary", "final_expenditure"},
       {"合计", "本年支出合计", "支出合计", "小计"}},
      {"total_expenditure", ReadBy::kRowLabel, {"overall_performance_targets"}, {"支出预算合计"}},
      // A 收支总表 with only "合计" on each side (carry-over folded into its lines).
      {"total_expenditure", ReadBy::kRowLabel, {"budget_summary", "final_summary"}, {"合计"}, {},
       TableFigureRule::For::kAny, /*last_label=*/true},
      {"grand_total", ReadBy::kRowLabel, {"budget_summary", "final_summary"},
       {"收入总计", "总计"}},
      {"grand_total", ReadBy::kRowLabel, {"budget_summary", "final_summary"}, {"收入合计"}, {},
       TableFigureRule::For::kAny, false, {}, {}, {"当年收入小计"}},
      // Under 本年收入合计 and the carry-over lines, a plain 合计 is the grand
      // total (高等学校收支决算总表).
      {"grand_total", ReadBy::kRowLabel, {"budget_summary", "final_summary"}, {"合计"}, {},
       TableFigureRule::For::kAny, false, {}, {}, {"本年收入合计"}},
      {"basic_expenditure", ReadBy::kTotalColumn,
       {"expenditure_summary", "final_expenditure", "general_expenditure",
        "final_general_expenditure", "fiscal_expenditure"},
       {"基本支出"}},
      {"basic_expenditure", ReadBy::kRowLabel, {"budget_summary"},
       {"基本支出", "人员经费和公用经费支出"}},  // 西安: 1、人员经费和公用经费支出
      {"basic_expenditure", ReadBy::kRowLabel, {"overall_performance_targets"}, {"基本支出"}},
      {"project_expenditure", ReadBy::kTotalColumn,
       {"expenditure_summary", "final_expenditure", "general_expenditure",
        "final_general_expenditure", "fiscal_expenditure"},
       {"项目支出"}},
      {"project_expenditure", ReadBy::kRowLabel, {"budget_summary"},
       {"项目支出", "专项业务经费支出"}},  // 西安: 2、专项业务经费支出
      {"project_expenditure", ReadBy::kRowLabel, {"overall_performance_targets"}, {"项目经费"}},
      {"project_expenditure", ReadBy::kRowLabel, {"overall_performance_targets"}, {"项目支出"}},
      // 江苏's third class of expenditure, beside 基本支出 and 项目支出.
      {"reserve_expenditure", ReadBy::kTotalColumn, {"expenditure_summary", "final_expenditure"},
       {"单位预留机动经费"}},
      {"reserve_expenditure", ReadBy::kRowLabel, {"budget_summary"}, {"单位预留机动经费"}},
      // The other parts of 本年支出合计 (支出决算表 columns; 西安's 收支总表 items).
      {"remit_expenditure", ReadBy::kTotalColumn, {"expenditure_summary", "final_expenditure"},
       {"上缴上级支出"}},
      {"remit_expenditure", ReadBy::kRowLabel, {"budget_summary"}, {"上缴上级支出"}},
      {"business_expenditure", ReadBy::kTotalColumn, {"expenditure_summary", "final_expenditure"},
       {"经营支出", "事业单位经营支出"}},
      {"business_expenditure", ReadBy::kRowLabel, {"budget_summary"}, {"事业单位经营支出"}},
      {"subsidiary_expenditure", ReadBy::kTotalColumn, {"expenditure_summary", "final_expenditure"},
       {"对附属单位补助支出"}},
      {"subsidiary_expenditure", ReadBy::kRowLabel, {"budget_summary"}, {"对附属单位补助支出"}},
      {"personnel", ReadBy::kTotalColumn, {"general_basic"}, {"人员经费"}},
      {"personnel", ReadBy::kRowLabel, {"final_general_basic"}, {"人员经费合计", "人员经费"}},
      {"personnel", ReadBy::kRowLabel, {"overall_performance_targets"}, {"人员经费"}},
      {"personnel", ReadBy::kTotalColumn, {"general_basic", "expenditure_by_economic"},
       {"人员支出", "人员经费支出"}},
      // 支出总表 whose 基本支出 prints as 人员支出 | 公用经费 columns (湖州).
      {"personnel", ReadBy::kTotalColumn, {"expenditure_summary", "final_expenditure"},
       {"人员支出", "人员经费", "人员经费支出"}},
      // Tables by economic class only: 人员经费 = 工资福利支出 + 对个人和家庭的补助.
      {"personnel", ReadBy::kClassSum, {"general_basic", "final_general_basic"},
       {"301", "303", "工资福利支出", "工资和福利支出", "对个人和家庭的补助", "对个人和家庭的补助支出"}},
      // 西安's 收支总表: the classes under 1、人员经费和公用经费支出 (all funds).
      {"personnel", ReadBy::kClassSum, {"budget_summary"},
       {"工资福利支出", "对个人和家庭的补助", "对个人和家庭补助"}, "人员经费和公用经费支出"},
      {"public_funds", ReadBy::kTotalColumn, {"general_basic"}, {"公用经费"}},
      {"public_funds", ReadBy::kRowLabel, {"final_general_basic"}, {"公用经费合计", "公用经费"}},
      {"public_funds", ReadBy::kRowLabel, {"overall_performance_targets", "evaluation_base_data"},
       {"公用经费"}},
      {"public_funds", ReadBy::kTotalColumn, {"general_basic", "expenditure_by_economic"},
       {"日常公用支出", "公用经费支出"}},
      {"public_funds", ReadBy::kTotalColumn, {"expenditure_summary", "final_expenditure"},
       {"公用经费", "日常公用支出", "公用经费支出", "公用支出"}},
      // 公用经费 = 商品和服务支出 + 资本性支出 (the basic part).
      {"public_funds", ReadBy::kClassSum, {"general_basic", "final_general_basic"},
       // 广东's per-unit 部门预算基本支出预算表: 其他资本性等支出.
       {"302", "310", "商品和服务支出", "资本性支出", "其他资本性等支出"}},
      {"public_funds", ReadBy::kClassSum, {"budget_summary"}, {"商品和服务支出", "资本性支出"},
       "人员经费和公用经费支出"},
      {"three_public", ReadBy::kTotalColumn, {"three_public", "final_three_public"}, {"三公经费合计"}},
      {"three_public", ReadBy::kTotalColumn, {"three_public", "final_three_public"},
       {"合计"}, {}, TableFigureRule::For::kAny, false, {}, {"会议费", "培训费"}},
      {"three_public", ReadBy::kTotalColumn, {"three_public", "final_three_public"},
       {"三公经费小计", "小计"}, {}, TableFigureRule::For::kAny, false, {"会议费", "培训费"}, {}},
      {"three_public", ReadBy::kRowLabel, {"three_public", "final_three_public"},
       {"三公经费", "三公经费合计", "三公经费支出"}},
      {"three_public", ReadBy::kRowLabel, {"evaluation_base_data"}, {"三公经费"}},
      {"admin_operating", ReadBy::kTotalColumn, {"admin_operating"}, {"合计"}},
      {"admin_operating", ReadBy::kGroupSum, {"final_related_info"}, {}, "机关运行经费"},
      {"procurement", ReadBy::kRowLabel, {"final_related_info"}, {"合计"}, "政府采购"},
      {"procurement", ReadBy::kTotalColumn, {"procurement"}, {"合计"}},
      {"procurement", ReadBy::kRowLabel, {"evaluation_base_data"}, {"政府采购金额"}},
  };
  return rules;
}

namespace {

const std::vector<std::string_view> kActualWords = {"决算", "实际", "执行"};


std::string Key(std::string_view text) { return StripEnumeration(CompactLabel(text)); }

// Among candidate money cells of one row, the one whose column suits the
// document: actual (决算/实际/执行) columns in final accounts and
// self-evaluations, budget columns otherwise; the fiscal year breaks ties.
int PreferredColumn(const TableView& view, std::size_t row, const std::vector<int>& cols,
                    const ColumnPreference& pref) {
  int best = -1, best_score = -1;
  for (int col : cols) {
    const std::string& h = view.Header(row, col);
    bool actual = std::any_of(kActualWords.begin(), kActualWords.end(),
                              [&](std::string_view w) { return Contains(h, w); });
    int score = (actual == pref.actual_first ? 2 : 0) +
                (!pref.year.empty() && Contains(h, pref.year) ? 1 : 0);
    if (score > best_score) best = col, best_score = score;
  }
  return best;
}


FoundAmount FromCell(const TableView& view, std::size_t row, int col) {
  const TableRow& r = view.table->rows[row];
  const TableCell& cell = r.cells[col];
  return {view.Money(row, col).value_or(0), cell.line ? cell.line : r.line, {}, col};
}

// Row range [begin, end) under the group row whose label contains `group`.
std::pair<std::size_t, std::size_t> GroupRange(const Table& table, std::string_view group) {
  std::size_t n = table.rows.size();
  if (group.empty()) return {0, n};
  auto is_group_row = [&](const TableRow& row) {
    for (const TableCell& cell : row.cells)
      if (cell.kind == CellKind::kAmount) return false;
    std::string key = CompactLabel(row.label.empty() && !row.cells.empty() ? row.cells[0].text
                                                                           : row.label);
    return key != StripEnumeration(key);  // "二、机关运行经费": an enumerated heading
  };
  for (std::size_t i = 0; i < n; ++i) {
    bool named = false;
    for (const TableCell& cell : table.rows[i].cells)
      if (Contains(CompactLabel(cell.text), group)) named = true;
    if (!named && !Contains(CompactLabel(table.rows[i].label), group)) continue;
    std::size_t end = i + 1;
    while (end < n && !is_group_row(table.rows[end])) ++end;
    return {i + 1, end};
  }
  // The group row may have been read as the table's header.
  for (const Column& c : table.columns)
    if (Contains(CompactLabel(c.name), group)) {
      std::size_t end = 0;
      while (end < n && !is_group_row(table.rows[end])) ++end;
      return {0, end};
    }
  return {n, n};
}

// Whether a header path names the column `alias` itself ("基本支出", "合计/基本支出")
// or its subtotal ("基本支出/小计"), not one of its parts ("基本支出/人员支出").
bool NamesColumn(const std::vector<std::string>& path, std::string_view alias) {
  std::vector<std::string> keys;
  for (const std::string& part : path) {
    std::string key = Key(part);
    if (key.empty() || key.find_first_not_of("0123456789") == std::string::npos) continue;  // 栏次
    if (keys.empty() || keys.back() != key) keys.push_back(key);
  }
  if (keys.empty()) return false;
  if (keys.back() == alias) return true;
  bool subtotal = std::find(std::begin(kSubtotalPathWords), std::end(kSubtotalPathWords), keys.back()) !=
                  std::end(kSubtotalPathWords);
  return subtotal && std::find(keys.begin(), keys.end() - 1, alias) != keys.end() - 1;
}

bool IsTotalRow(const TableView& view, std::size_t row) {
  const TableRow& r = view.table->rows[row];
  if (r.is_total) return true;
  for (std::size_t c = 0; c < r.cells.size(); ++c) {
    if (IsTotalLabel(view.Key(row, c))) return true;
  }
  return false;
}

std::optional<FoundAmount> RowLabel(const TableView& view, const TableFigureRule& rule, const ColumnPreference& pref) {
  const Table& t = *view.table;
  auto [begin, end] = GroupRange(t, rule.group);
  for (std::string_view alias : rule.aliases) {
    for (std::size_t r = begin; r < end; ++r) {
      const TableRow& row = t.rows[r];
      for (std::size_t k = 0; k < row.cells.size(); ++k) {
        std::size_t i = rule.last_label ? row.cells.size() - 1 - k : k;
        if (row.cells[i].kind != CellKind::kText || view.Key(r, i) != alias) continue;
        std::vector<int> cols;
        for (std::size_t j = i + 1; j < row.cells.size(); ++j) {
          if (view.IsMoney(r, j)) cols.push_back(static_cast<int>(j));
          else if (view.IsMoneyColumn(r, j) && row.cells[j].kind == CellKind::kText &&
                   ParseValue(row.cells[j].text, t.currency).kind != CellKind::kAmount)
            break;  // the next label: 本年收入合计 | 227.61 | 本年支出合计
        }
        // A 行次 number before a printed amount is not the amount ("23" beside
        // 本年收入合计, drifted out of its column in -layout text).
        bool printed = std::any_of(cols.begin(), cols.end(),
                                   [&](int c) { return IsAmountToken(row.cells[c].text); });
        if (printed)
          cols.erase(std::remove_if(cols.begin(), cols.end(),
                                    [&](int c) { return IsColumnNumber(row.cells[c].text); }),
                     cols.end());
        if (cols.empty()) continue;
        return FromCell(view, r, PreferredColumn(view, r, cols, pref));
      }
    }
  }
  return std::nullopt;
}

// A table of one money row ("12.50 | 0.00 | 10.30 …" under 合计 | 因公出国…)
// is its own total row.
bool IsOnlyMoneyRow(const TableView& view, std::size_t row) {
  const Table& t = *view.table;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    bool money = false;
    for (std::size_t c = 0; c < t.rows[r].cells.size(); ++c) money = money || view.IsMoney(r, c);
    if (money != (r == row)) return false;
  }
  return true;
}

// Without a 合计 row, a row without a code heading the rows stands for the
// total: the unit's own row of a table by unit ("深圳市财政局（本级）") above
// its coded rows, or the department's row above its units' rows (it is no
// less than the first of them).
std::size_t UnitTotalRow(const TableView& view) {
  const Table& t = *view.table;
  auto first_money = [&](std::size_t r) -> std::optional<Cents> {
    for (std::size_t c = 0; c < t.rows[r].cells.size(); ++c)
      if (view.IsMoney(r, c)) return view.Money(r, c);
    return std::nullopt;
  };
  for (std::size_t r = 0; r + 1 < t.rows.size(); ++r) {
    std::optional<Cents> money = first_money(r);
    if (!money) continue;
    if (!t.rows[r].code.empty()) return t.rows.size();
    if (!t.rows[r + 1].code.empty()) return r;
    std::optional<Cents> next = first_money(r + 1);
    if (next && *money >= *next && *money > 0 && HasOrgSuffix(CompactLabel(t.rows[r].label))) return r;
    return t.rows.size();
  }
  return t.rows.size();
}

std::optional<FoundAmount> TotalColumn(const TableView& view, const TableFigureRule& rule, const ColumnPreference& pref) {
  const Table& t = *view.table;
  bool has_total = false;
  for (std::size_t r = 0; r < t.rows.size() && !has_total; ++r) has_total = IsTotalRow(view, r);
  std::size_t unit_total = has_total ? t.rows.size() : UnitTotalRow(view);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (has_total ? !IsTotalRow(view, r)
                  : (r != unit_total && !IsOnlyMoneyRow(view, r)))
      continue;
    std::vector<int> cols;
    for (std::size_t c = 0; c < t.rows[r].cells.size(); ++c) {
      if (!view.IsMoney(r, c)) continue;
      bool matches = rule.aliases.empty();
      for (std::string_view alias : rule.aliases) {
        if (view.Header(r, c) == alias) matches = true;
        if (c < t.columns.size()) matches = matches || NamesColumn(t.columns[c].path, alias);
      }
      if (matches) cols.push_back(static_cast<int>(c));
    }
    if (cols.empty()) continue;
    // Several matches (基本支出/小计, 基本支出/人员经费 …): the first is the
    // subtotal unless the document prefers another basis or year
    // (2025年预算数/合计 | 2026年预算数/合计).
    int chosen = PreferredColumn(view, r, cols, pref);
    FoundAmount found = FromCell(view, r, chosen);
    for (int c : cols)
      if (c != chosen) {
        FoundAmount other = FromCell(view, r, c);
        found.alternatives.push_back({other.cents, other.line, c});
      }
    return found;
  }
  return std::nullopt;
}

std::optional<FoundAmount> GroupSum(const TableView& view, const TableFigureRule& rule, const ColumnPreference& pref) {
  const Table& t = *view.table;
  auto [begin, end] = GroupRange(t, rule.group);
  std::optional<FoundAmount> sum;
  for (std::size_t r = begin; r < end; ++r) {
    std::vector<int> cols;
    for (std::size_t c = 0; c < t.rows[r].cells.size(); ++c)
      if (view.IsMoney(r, c)) cols.push_back(static_cast<int>(c));
    if (cols.empty()) continue;
    FoundAmount f = FromCell(view, r, PreferredColumn(view, r, cols, pref));
    if (!sum) sum = FoundAmount{0, f.line, {}, -1};
    sum->cents += f.cents;
  }
  return sum;
}


bool IsClassRow(const TableRow& row, const TableFigureRule& rule) {
  if (!row.code.empty()) {
    if (row.code.size() != 3) return false;
    return std::find(rule.aliases.begin(), rule.aliases.end(), row.code) != rule.aliases.end();
  }
  std::string key = Key(row.label);
  return std::find(rule.aliases.begin(), rule.aliases.end(), key) != rule.aliases.end();
}

// "2、专项业务经费支出": an item of the top level, which ends the group above.
bool OpensTopItem(std::string_view compact) {
  std::size_t i = 0;
  while (i < compact.size() && compact[i] >= '0' && compact[i] <= '9') ++i;
  return i > 0 && compact.substr(i).starts_with("、");
}

// The classes listed in one column under the group cell (西安's 收支总表:
// "1、人员经费和公用经费支出" then "(1)工资福利支出 …" in its 部门预算支出经济科目
// column, up to "2、专项业务经费支出"), each with the amount beside it.
std::optional<FoundAmount> ClassSumUnderGroup(const TableView& view, const TableFigureRule& rule) {
  const Table& t = *view.table;
  for (std::size_t r0 = 0; r0 < t.rows.size(); ++r0)
    for (std::size_t c0 = 0; c0 < t.rows[r0].cells.size(); ++c0) {
      if (view.Key(r0, c0) != rule.group) continue;
      std::optional<FoundAmount> sum;
      for (std::size_t r = r0 + 1; r < t.rows.size() && c0 < t.rows[r].cells.size(); ++r) {
        std::string compact = CompactLabel(t.rows[r].cells[c0].text);
        if (OpensTopItem(compact) || IsShortTotalLabel(compact)) break;
        std::string key = view.Key(r, c0);
        if (std::find(rule.aliases.begin(), rule.aliases.end(), key) == rule.aliases.end()) continue;
        for (std::size_t c = c0 + 1; c < t.rows[r].cells.size(); ++c) {
          if (!view.IsMoney(r, c)) continue;
          FoundAmount f = FromCell(view, r, static_cast<int>(c));
          if (!sum) sum = FoundAmount{0, f.line, {}, -1};
          sum->cents += f.cents;
          break;
        }
      }
      if (sum) return sum;
    }
  return std::nullopt;
}

std::optional<FoundAmount> ClassSum(const TableView& view, const TableFigureRule& rule) {
  const Table& t = *view.table;
  if (!rule.group.empty()) return ClassSumUnderGroup(view, rule);
  std::optional<FoundAmount> sum;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (!IsClassRow(t.rows[r], rule)) continue;
    for (std::size_t c = 0; c < t.rows[r].cells.size(); ++c) {
      if (!view.IsMoney(r, c)) continue;
      FoundAmount f = FromCell(view, r, static_cast<int>(c));
      if (!sum) sum = FoundAmount{0, f.line, {}, -1};
      sum->cents += f.cents;
      break;
    }
  }
  return sum;
}

}  // namespace

std::optional<FoundAmount> ApplyRule(const TableFigureRule& rule, const TableView& view,
                               const ColumnPreference& pref) {
  auto has_column = [&](const std::vector<std::string_view>& words) {
    for (const Column& c : view.table->columns) {
      std::string header = CompactLabel(c.name);
      for (const std::string& part : c.path) header += CompactLabel(part);
      for (std::string_view w : words)
        if (header.find(w) != std::string::npos) return true;
    }
    return false;
  };
  if (!rule.with_columns.empty() && !has_column(rule.with_columns)) return std::nullopt;
  if (!rule.without_columns.empty() && has_column(rule.without_columns)) return std::nullopt;
  if (!rule.with_rows.empty()) {
    bool found = false;
    for (std::size_t r = 0; r < view.table->rows.size() && !found; ++r)
      for (std::size_t c = 0; c < view.table->rows[r].cells.size() && !found; ++c)
        for (std::string_view w : rule.with_rows) found = found || view.Key(r, c) == w;
    if (!found) return std::nullopt;
  }
  switch (rule.how) {
    case ReadBy::kRowLabel: return RowLabel(view, rule, pref);
    case ReadBy::kTotalColumn: return TotalColumn(view, rule, pref);
    case ReadBy::kGroupSum: return GroupSum(view, rule, pref);
    case ReadBy::kClassSum: return ClassSum(view, rule);
  }
  return std::nullopt;
}

}  // namespace gongkai
