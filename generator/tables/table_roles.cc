#include "table_roles.h"

#include <string>
#include <string_view>

#include "amount.h"
#include "table_header.h"
#include "vocabulary.h"
#include "codes.h"

namespace gongkai {
namespace {

enum class Match { kExact, kContains, kPrefix };

// Header words, checked in order on the column's leaf header (the lowest
// header cell above it): the first match decides.
struct RoleRule {
  std::string_view word;
  Match match;
  ColumnRole role;
};

constexpr RoleRule kRoleRules[] = {
    {"类", Match::kExact, ColumnRole::kCodePart},
    {"款", Match::kExact, ColumnRole::kCodePart},
    {"项", Match::kExact, ColumnRole::kCodePart},
    {kRowNumberWord, Match::kExact, ColumnRole::kRowNumber},
    {kSerialNumberWord, Match::kExact, ColumnRole::kRowNumber},
    {kColumnNumberWord, Match::kExact, ColumnRole::kRowNumber},
    {"编码", Match::kContains, ColumnRole::kCode},
    {"代码", Match::kContains, ColumnRole::kCode},
    {"项目", Match::kExact, ColumnRole::kLabel},
    {"项目（", Match::kPrefix, ColumnRole::kLabel},
    {"项目(", Match::kPrefix, ColumnRole::kLabel},
    {"名称", Match::kContains, ColumnRole::kLabel},
    {"功能分类科目", Match::kExact, ColumnRole::kLabel},
    {"经济分类科目", Match::kExact, ColumnRole::kLabel},
    // Not money even when the cells are numbers.
    {"指标", Match::kContains, ColumnRole::kText},
    {"量单位", Match::kContains, ColumnRole::kText},  // 度量单位 / 计量单位
    {"分值", Match::kContains, ColumnRole::kText},
    {"得分", Match::kContains, ColumnRole::kText},
    {"率", Match::kContains, ColumnRole::kText},
    {"说明", Match::kContains, ColumnRole::kText},
    {"原因", Match::kContains, ColumnRole::kText},
    {"备注", Match::kContains, ColumnRole::kText},
    {"类型", Match::kContains, ColumnRole::kText},
    {"内容", Match::kContains, ColumnRole::kText},
    {"标准", Match::kContains, ColumnRole::kText},
    {"目标", Match::kContains, ColumnRole::kText},
    {"措施", Match::kContains, ColumnRole::kText},
    {"情况", Match::kContains, ColumnRole::kText},
};

bool Matches(const RoleRule& rule, std::string_view leaf) {
  switch (rule.match) {
    case Match::kExact: return leaf == rule.word;
    case Match::kContains: return leaf.find(rule.word) != std::string_view::npos;
    case Match::kPrefix: return leaf.substr(0, rule.word.size()) == rule.word;
  }
  return false;
}

// A column of this many 类 codes and nothing else is a code column.
constexpr int kMinClassCodeCells = 3;

// Decided from the cells: codes, mostly numbers, or text.
ColumnRole RoleFromCells(const std::vector<RawRow>& body, std::size_t c) {
  int filled = 0, amounts = 0, codes = 0, class_codes = 0;
  bool long_code = false;
  for (const RawRow& row : body) {
    const std::string& t = row.cells[c].text;
    if (t.empty()) continue;
    ++filled;
    CellKind kind = ParseValue(t, MoneyUnit::kYuan).kind;
    if (kind == CellKind::kAmount || kind == CellKind::kDash || kind == CellKind::kIllegible)
      ++amounts;
    if (IsCodeLike(t)) {
      ++codes;
      long_code = long_code || t.size() >= 5;
      if (t.size() == 3 && CodeDepth(t) == 0) ++class_codes;
    }
  }
  if (filled == 0) return ColumnRole::kAmount;  // an empty money column
  if (long_code && 2 * codes > filled) return ColumnRole::kCode;
  // Only 类 codes ("501", "505" of the 政府预算支出经济分类 beside the 部门
  // one: 烟台's 基本支出预算情况表), never money printed without decimals.
  if (filled >= kMinClassCodeCells && class_codes == filled) return ColumnRole::kCode;
  if (2 * amounts >= filled) return ColumnRole::kAmount;
  return ColumnRole::kText;
}

}  // namespace

void AssignRoles(const std::vector<RawRow>& body, Table& table) {
  bool has_label = false;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    Column& col = table.columns[c];
    std::string_view leaf = col.path.empty() ? std::string_view() : col.path.back();
    bool decided = false;
    for (const RoleRule& rule : kRoleRules) {
      if (!leaf.empty() && Matches(rule, leaf)) {
        col.role = rule.role;
        decided = true;
        break;
      }
    }
    if (!decided) col.role = RoleFromCells(body, c);
    has_label = has_label || col.role == ColumnRole::kLabel;
  }
  if (has_label) return;
  // No header names the label: the first text column is it.
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (table.columns[c].role == ColumnRole::kText && RoleFromCells(body, c) == ColumnRole::kText) {
      table.columns[c].role = ColumnRole::kLabel;
      return;
    }
  }
}

}  // namespace gongkai
