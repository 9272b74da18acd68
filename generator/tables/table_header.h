// Sniffer phases a) and b): which leading rows are the header, and how their
// cells span columns and rows (Table::header, Column::path and name).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace gongkai {

// The most rows a header may have (a tall header cell wraps over several
// lines in a PDF; pdftotext prints a three-level header on up to 9 lines).
// The sniffer stops looking for the first data row there, and a header
// repeated after a page break is matched up to there.
inline constexpr std::size_t kMaxHeaderRows = 10;

// A code printed at the start of a label: "[206]科学技术支出", "【301】工资福利支出",
// "2060101 行政运行", "206科学技术支出" -> {"206", "科学技术支出"}; {"", text}
// when the label does not start with a 3/5/7-digit code followed by a name.
struct CodedLabel {
  std::string code;
  std::string name;
};
CodedLabel SplitLeadingCode(std::string_view text);

// 合计 / 总计 once spaces are removed ("合 计", "总    计").
bool IsTotalWord(std::string_view text);

// A body row: it holds a code, an amount or a total word.
bool IsDataRow(const RawRow& row);

// "栏次 1 2 3", "1 2 3 …", "⇥1": column numbers printed under a header.
bool IsColumnNumberRow(const RawRow& row);

// How many leading rows of the (padded) grid form the header: up to the first
// data row, column-number rows included, at most 5.
std::size_t CountHeaderRows(const std::vector<RawRow>& grid);

// Fills table.header (cells as printed, with spans) and table.columns
// (path and name; roles are decided later) from the first `header_rows` rows.
void BuildHeader(const std::vector<RawRow>& grid, std::size_t header_rows, Table& table);

}  // namespace gongkai
