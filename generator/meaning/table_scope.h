// What a table counts, read from the table itself: which funds (all of the
// department's, or only 财政拨款 / 一般公共预算 / 政府性基金 / 国有资本经营 /
// 财政专户) and which year, from its title (or, untitled, its catalog
// kind's name). Data, not branches: a new wording is a new row.
#pragma once

#include <string_view>

#include "model.h"

namespace gongkai {

enum class FundScope {
  kAllFunds,        // 部门/单位 收支: every fund
  kFiscal,          // 财政拨款 (一般公共预算 + 政府性基金 + 国有资本经营)
  kGeneralPublic,   // 一般公共预算
  kGovernmentFund,  // 政府性基金
  kStateCapital,    // 国有资本经营
  kSpecialAccount,  // 财政专户管理资金
};

// The scope a table's title (else its kind's canonical name) names: the
// first fund word found, all funds when none is.
FundScope TableFundScope(const Table& table);

// The fund a text names ("2026年一般公共预算基本支出" -> 一般公共预算; no
// fund word -> all funds), from the same list of words as tables.
FundScope ScopeOfText(std::string_view text);

// The scope of one column of a table: its header words name a fund
// (支出总表's "一般公共预算" column beside its 合计), else the table's.
FundScope ColumnFundScope(const Table& table, int column);

// "全部资金", "财政拨款", "一般公共预算" …
std::string_view FundScopeName(FundScope scope);

// The fiscal year a table's title prints ("2025年…"), 0 when none.
int TableTitleYear(const Table& table);

}  // namespace gongkai
