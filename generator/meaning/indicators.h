// Performance indicator rows from 绩效目标表 and 绩效自评表.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace gongkai {

// Every indicator row of every table that has an indicator header (a row or
// column header naming 一级指标 / 三级指标). Columns are mapped from the
// header (三级指标 -> name, 指标值类型 -> op, 实际完成值 -> actual, ...); a
// row whose cells do not fit the header (shifted by a spanned or missing
// cell, as in sample 001) is read by content instead: the first operator or
// value cell anchors the row, the cell before it is the name, the cells
// before that the levels, the cells after it follow the header's order.
// 一级/二级 carry down from the rows above when their cells are empty.
// Skipped: header repeats, 总分/合计 rows, rows without a name or a value.
// A table without a header of its own continues the one before it when it
// has the same (or no) title: a table split by a blank line.
std::vector<Indicator> ExtractIndicators(const std::vector<Table>& tables);

// An indicator value split into operator, number and unit.
struct IndicatorValue {
  std::string op;      // "≥", "≤", "=", ">", "<" or "" when none is printed
  std::string number;  // "95", "195.95"; "" when the value is not a number
  std::string unit;    // "%", "台", "万元"; "" when none
};
// Reads "≥95%" (≥ 95 %), "=2 轮" (= 2 轮), "大于或者等于 95%以上" (≥ 95 %),
// "≤50万元", "8 万", "100%". "→100%" reads as "=": an arrow means "reach".
// A trailing 以上 means ≥ and 以下/以内 ≤ when no operator is printed.
// `number` is empty for text such as "及时" or "1月-12月".
IndicatorValue ParseIndicatorValue(std::string_view text);

// "=", "≥", "≤", ">", "<", "定性" or "定量" when the cell is an operator
// ("$\geq$" and "≥" alike); "" otherwise.
std::string OperatorToken(std::string_view cell);

}  // namespace gongkai
