#include "table_sniffer.h"

#include <algorithm>

#include "amount.h"
#include "diagnostics.h"
#include "table_header.h"
#include "table_roles.h"
#include "codes.h"
#include "text.h"
#include "vocabulary.h"

namespace gongkai {
namespace {

constexpr std::size_t kMaxColumns = 1000;
// A wrapped fragment is short ("出"); a longer text is a row of its own.
constexpr std::size_t kMaxFragmentChars = 4;

// "一、", "（二）", "(三)", "1.", "2、": the start of an item, never a fragment.
bool StartsEnumerated(std::string_view s) {
  static constexpr std::string_view kOpeners[] = {"（", "(", "一", "二", "三", "四", "五",
                                                   "六", "七", "八", "九", "十"};
  for (std::string_view o : kOpeners)
    if (s.substr(0, o.size()) == o) return true;
  return !s.empty() && s[0] >= '0' && s[0] <= '9';
}

bool IsTextCell(const std::string& t) {
  return !t.empty() && !IsCodeLike(t) && ParseValue(t, MoneyUnit::kYuan).kind == CellKind::kText;
}

// 0. The grid: every row padded to one width, trailing all-empty columns
// dropped, cell text compacted ("一般公共 服务支出" -> "一般公共服务支出").
std::vector<RawRow> MakeGrid(const RawTable& raw) {
  std::size_t width = 0;
  for (const RawRow& row : raw.rows)
    for (std::size_t c = 0; c < row.cells.size() && c < kMaxColumns; ++c)
      if (!TrimCellView(row.cells[c].text).empty()) width = std::max(width, c + 1);
  std::vector<RawRow> grid;
  grid.reserve(raw.rows.size());
  for (const RawRow& row : raw.rows) {
    RawRow g;
    g.line = row.line;
    g.cells.resize(width);
    for (std::size_t c = 0; c < width; ++c) {
      g.cells[c].line = row.line;
      if (c >= row.cells.size()) continue;
      g.cells[c].text = CompactCell(row.cells[c].text);
      g.cells[c].line = row.cells[c].line;
      g.cells[c].illegible = row.cells[c].illegible;
    }
    grid.push_back(std::move(g));
  }
  return grid;
}

bool IsEmptyRow(const RawRow& row) {
  for (const RawCell& c : row.cells)
    if (!c.text.empty()) return false;
  return true;
}

// c) A row whose only cells are short text fragments under text cells of the
// previous row (a cell wrapped onto the next line: "…援助其他地区支" + "出").
bool ContinuesPrevious(const RawRow& prev, const RawRow& row) {
  for (const RawCell& c : prev.cells) {
    std::string label = RemoveAsciiSpaces(c.text);
    if (EndsWithTotalWord(label)) return false;  // a total is complete
  }
  bool any = false;
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    const std::string& t = row.cells[c].text;
    if (t.empty()) continue;
    if (!IsTextCell(t) || !IsTextCell(prev.cells[c].text) || IsTotalWord(t) ||
        StartsEnumerated(t) || CharCount(t) > kMaxFragmentChars)
      return false;
    any = true;
  }
  return any;
}

std::vector<RawRow> MergeWrappedRows(std::vector<RawRow> rows) {
  std::vector<RawRow> out;
  for (RawRow& row : rows) {
    if (IsEmptyRow(row)) continue;
    if (!out.empty() && ContinuesPrevious(out.back(), row)) {
      for (std::size_t c = 0; c < row.cells.size(); ++c)
        out.back().cells[c].text += row.cells[c].text;
      continue;
    }
    out.push_back(std::move(row));
  }
  return out;
}

std::string Digits(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

// e) One typed body row.
TableRow MakeRow(const RawRow& raw, const Table& table) {
  TableRow row;
  row.line = raw.line;
  std::string code_parts, code_column, first_text;
  bool has_value = false;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const RawCell& rc = raw.cells[c];
    ColumnRole role = table.columns[c].role;
    TableCell cell;
    cell.text = rc.text;
    cell.line = rc.line;
    if (rc.illegible) {
      cell.kind = CellKind::kIllegible;
    } else if (role == ColumnRole::kAmount) {
      ParsedValue v = ParseValue(rc.text, table.currency);
      cell.kind = v.kind;
      cell.cents = v.cents;
    } else {
      cell.kind = rc.text.empty() ? CellKind::kEmpty : CellKind::kText;
    }
    if (cell.kind == CellKind::kAmount || cell.kind == CellKind::kDash) has_value = true;
    if (role == ColumnRole::kCodePart && !rc.text.empty() && Digits(rc.text) == rc.text)
      code_parts += rc.text;
    if (role == ColumnRole::kCode && code_column.empty() && IsCodeLike(rc.text))
      code_column = rc.text;
    if (role == ColumnRole::kLabel && row.label.empty()) row.label = rc.text;
    if (first_text.empty() && IsTextCell(rc.text)) first_text = rc.text;
    if (IsTotalWord(rc.text) && role != ColumnRole::kAmount) row.is_total = true;
    row.cells.push_back(std::move(cell));
  }
  if (row.label.empty()) row.label = first_text;
  // The 类/款/项 columns win over a code column (which may hold the unit's
  // or a wrong code: 208 | | | 2089999); a code printed in the label
  // ("[206]科学技术支出") comes last.
  row.code = !code_parts.empty() ? code_parts : code_column;
  if (row.code.empty()) {
    CodedLabel coded = SplitLeadingCode(row.label);
    if (!coded.code.empty()) {
      row.code = coded.code;
      row.label = coded.name;
    }
  }
  row.depth = CodeDepth(row.code);
  std::string compact = RemoveAsciiSpaces(row.label);
  if (IsShortTotalLabel(compact)) row.is_total = true;
  row.is_group = !row.label.empty() && !has_value;
  return row;
}

}  // namespace

Table SniffTable(const RawTable& raw, MoneyUnit currency, const std::string& file,
                 std::vector<Diagnostic>& diagnostics) {
  Table table;
  table.layout = raw.layout;
  table.currency = currency;
  table.line = raw.first_line;
  table.first_row_line = raw.first_line;
  table.last_line = raw.last_line;
  for (const RawRow& row : raw.rows) {
    if (row.cells.size() > kMaxColumns)
      Report(diagnostics, file, row.line, Severity::kWarning, "table.too-many-columns",
             "table row has " + std::to_string(row.cells.size()) + " cells; keeping the first " +
                 std::to_string(kMaxColumns));
    for (const RawCell& c : row.cells) table.illegible = table.illegible || c.illegible;
  }
  // 0. Grid.
  std::vector<RawRow> grid = MakeGrid(raw);
  if (grid.empty()) return table;
  // a) b) Header rows, spans and column paths.
  std::size_t header_rows = CountHeaderRows(grid);
  table.columns.resize(grid.front().cells.size());
  BuildHeader(grid, header_rows, table);
  // c) Body rows with wrapped cells merged.
  std::vector<RawRow> body =
      MergeWrappedRows(std::vector<RawRow>(grid.begin() + static_cast<long>(header_rows), grid.end()));
  // d) Column roles.
  AssignRoles(body, table);
  // e) Typed rows.
  for (const RawRow& r : body) table.rows.push_back(MakeRow(r, table));
  if (!table.rows.empty()) table.first_row_line = table.rows.front().line;
  return table;
}

}  // namespace gongkai
