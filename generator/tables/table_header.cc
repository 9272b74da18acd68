#include "table_header.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "amount.h"
#include "codes.h"
#include "text.h"
#include "vocabulary.h"

namespace gongkai {
namespace {

// An empty table this short is all header (a header and nothing else).
constexpr std::size_t kShortEmptyTable = 5;

bool IsSmallInteger(std::string_view s, int* value) {
  if (!IsColumnNumber(s)) return false;
  *value = std::stoi(std::string(TrimCellView(s)));
  return true;
}

}  // namespace

CodedLabel SplitLeadingCode(std::string_view text) {
  std::string_view t = TrimCellView(text);
  std::string_view rest = t;
  bool bracket = false;
  for (std::string_view open : {"[", "【", "［"})
    if (rest.starts_with(open)) rest.remove_prefix(open.size()), bracket = true;
  std::size_t digits = rest.find_first_not_of("0123456789");
  if (digits == std::string_view::npos || !IsClassificationCodeLength(digits))
    return {"", std::string(t)};
  std::string code(rest.substr(0, digits));
  rest.remove_prefix(digits);
  if (bracket) {
    bool closed = false;
    for (std::string_view close : {"]", "】", "］"})
      if (rest.starts_with(close)) rest.remove_prefix(close.size()), closed = true;
    if (!closed) return {"", std::string(t)};
  }
  std::string_view name = TrimCellView(rest);
  if (name.empty() || (name[0] >= '0' && name[0] <= '9') || name[0] == '.' || name[0] == ',')
    return {"", std::string(t)};
  return {code, std::string(name)};
}

bool IsTotalWord(std::string_view text) { return IsTotalLabel(SpacelessCell(text)); }

// First cells that open a body row of text only: a performance indicator
// table (绩效目标表) holds no amount, so nothing else ends its header.
const std::vector<std::string_view> kTextRowLeads = {"产出指标", "效益指标", "满意度指标",
                                                     "成本指标"};

bool IsDataRow(const RawRow& row) {
  int texts = 0;
  bool total = false;
  for (const RawCell& c : row.cells) {
    if (c.text.empty()) continue;
    if (texts == 0 && std::find(kTextRowLeads.begin(), kTextRowLeads.end(),
                                SpacelessCell(c.text)) != kTextRowLeads.end())
      return true;
    if (IsCodeLike(c.text) || c.illegible) return true;
    if (ParseValue(c.text, MoneyUnit::kYuan).kind == CellKind::kAmount) return true;
    ++texts;
    total = total || IsTotalWord(c.text);
  }
  // "合计" alone (an empty table's total row), not a header naming 合计 among
  // its other columns.
  return total && texts == 1;
}

bool IsColumnNumberRow(const RawRow& row) {
  int last = 0;
  int numbers = 0;
  for (const RawCell& c : row.cells) {
    if (c.text.empty()) continue;
    std::string s = SpacelessCell(c.text);
    if (IsOneOf(s, kColumnNumberRowWords)) continue;
    int v = 0;
    if (!IsSmallInteger(s, &v) || v <= last) return false;
    last = v;
    ++numbers;
  }
  return numbers > 0;
}

std::size_t CountHeaderRows(const std::vector<RawRow>& grid) {
  std::size_t limit = std::min(grid.size(), kMaxHeaderRows + 1);
  for (std::size_t r = 0; r < limit; ++r) {
    if (IsColumnNumberRow(grid[r])) return r + 1;  // numbers close the header
    if (IsDataRow(grid[r])) return std::min(r, kMaxHeaderRows);
  }
  // No data within reach: an empty table is all header when short (a header
  // and nothing else), else its first row only.
  if (grid.size() <= kShortEmptyTable) return grid.size();
  return grid.empty() ? 0 : 1;
}

void BuildHeader(const std::vector<RawRow>& grid, std::size_t header_rows, Table& table) {
  std::size_t width = table.columns.size();
  // owner[r][c]: index+1 into the header row's cells of the cell covering
  // (r, c); 0 when uncovered.
  std::vector<std::vector<int>> owner(header_rows, std::vector<int>(width, 0));
  table.header.assign(header_rows, {});
  auto text_at = [&](std::size_t r, std::size_t c) -> const std::string& {
    return grid[r].cells[c].text;
  };
  std::vector<bool> number_rows;  // 栏次 rows: 1 | 2 | 3 …
  for (std::size_t r = 0; r < header_rows; ++r) number_rows.push_back(IsColumnNumberRow(grid[r]));
  // Whether any title row below r has text in column c.
  auto content_below = [&](std::size_t r, std::size_t c) {
    for (std::size_t k = r + 1; k < header_rows; ++k)
      if (!number_rows[k] && !text_at(k, c).empty()) return true;
    return false;
  };
  for (std::size_t r = 0; r < header_rows; ++r) {
    bool numbers = number_rows[r];
    for (std::size_t c = 0; c < width; ++c) {
      if (text_at(r, c).empty() || owner[r][c] != 0) continue;
      HeaderCell cell;
      cell.text = CompactCell(text_at(r, c));
      cell.col = static_cast<int>(c);
      std::size_t end = c + 1;
      // An empty cell to the right continues the span when the rows below
      // divide it (基本支出 over 人员经费 / 公用经费).
      while (!numbers && end < width && text_at(r, end).empty() && owner[r][end] == 0 &&
             content_below(r, end))
        ++end;
      cell.col_span = static_cast<int>(end - c);
      // Empty cells below continue it downwards (科目编码 over an empty cell).
      std::size_t down = r + 1;
      while (!numbers && down < header_rows && !number_rows[down]) {
        bool empty = true;
        for (std::size_t k = c; k < end; ++k)
          empty = empty && text_at(down, k).empty() && owner[down][k] == 0;
        if (!empty) break;
        ++down;
      }
      cell.row_span = static_cast<int>(down - r);
      int id = static_cast<int>(table.header[r].size()) + 1;
      for (std::size_t rr = r; rr < down; ++rr)
        for (std::size_t k = c; k < end; ++k) owner[rr][k] = (rr == r) ? id : -1;
      table.header[r].push_back(std::move(cell));
    }
  }
  // Column paths: the title cells covering each column, top first.
  for (std::size_t c = 0; c < width; ++c) {
    Column& col = table.columns[c];
    for (std::size_t r = 0; r < header_rows; ++r) {
      if (number_rows[r]) continue;
      for (const HeaderCell& h : table.header[r]) {
        if (c < static_cast<std::size_t>(h.col) ||
            c >= static_cast<std::size_t>(h.col + h.col_span))
          continue;
        if (col.path.empty() || col.path.back() != h.text) col.path.push_back(h.text);
      }
    }
    for (const std::string& p : col.path) col.name += (col.name.empty() ? "" : "/") + p;
  }
}

}  // namespace gongkai
