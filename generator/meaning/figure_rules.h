// The figure rules: which figure, from which table kinds, and how it is read
// from a table. Data, not if-chains: a new layout or table kind is a new row
// in TableFigureRules() plus a test.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "table_view.h"

namespace gongkai {

enum class ReadBy {
  kRowLabel,     // a cell labelled with an alias -> the next amount to its right
  kTotalColumn,  // the 合计/总计 row x the column whose header is an alias ({} = first amount)
  kGroupSum,     // the rows under the group row named `group` -> the sum of their amounts
  kClassSum,     // the economic 类 rows whose code or name is an alias -> the sum of
                 // their first amounts (a 类 printed twice, under 501 and 505, counts twice)
};

struct TableFigureRule {
  std::string_view figure;
  ReadBy how;
  std::vector<std::string_view> kinds;    // table kinds searched, in order
  std::vector<std::string_view> aliases;  // compacted, enumeration stripped
  std::string_view group = {};            // only rows under this group row
  // Which documents the rule reads: budgets state their 收入总计 as the total
  // income (carry-over included), final accounts their 本年收入合计.
  enum class For { kAny, kBudget, kFinal } for_docs = For::kAny;
  // kRowLabel: read the last cell so labelled in the row, not the first (a
  // 收支总表 printing "合计" on both its income and its expenditure side).
  bool last_label = false;
  // The rule reads only tables with (without) a column whose header names
  // one of these: 江苏's “三公”经费、会议费、培训费 table adds 会议费 and 培训费
  // into its 合计; its "三公" total is the 小计 beside it.
  std::vector<std::string_view> with_columns = {};
  std::vector<std::string_view> without_columns = {};
  // The rule reads only tables with a row so labelled: 江苏 2019's 收支总表
  // names its 本年 total 当年收入小计, and its 收入合计 is the grand total.
  std::vector<std::string_view> with_rows = {};
};

// The rules, in priority order per figure: the first rule that yields a
// value wins; later ones are checked against it.
const std::vector<TableFigureRule>& TableFigureRules();

// The document's basis: actual (决算/实际/执行) columns in final accounts and
// self-evaluations, budget columns otherwise; the fiscal year breaks ties.
struct ColumnPreference {
  bool actual_first = false;
  std::string year;  // "2024" ("" if unknown)
};

// A value read from a table: 分, and the line it stands on.
struct FoundAmount {
  Cents cents = 0;
  int line = 0;
  // Other columns of the same row that matched equally well (2025年预算数/合计
  // beside 2026年预算数/合计 when the header does not say which is which):
  // the narrative may settle it.
  struct Alternative {
    Cents cents = 0;
    int line = 0;
    int column = -1;
  };
  std::vector<Alternative> alternatives;
  int column = -1;  // the table column read (-1: a sum over several)
};

// Applies one rule to one table; nullopt when the table does not state it.
std::optional<FoundAmount> ApplyRule(const TableFigureRule& rule, const TableView& view,
                               const ColumnPreference& pref);

}  // namespace gongkai
