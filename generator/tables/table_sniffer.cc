#include "table_sniffer.h"

#include <algorithm>
#include <map>

#include "amount.h"
#include "diagnostics.h"
#include "labels.h"
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

// A serial or row number of a numbered table: "7", "123" (never money).
bool IsRowNumber(std::string_view text) {
  return !text.empty() && text.size() <= 4 && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// The column that numbers the rows (序号 / 行次 as its lowest header), or -1.
int RowNumberColumn(const Table& table) {
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const std::vector<std::string>& path = table.columns[c].path;
    if (!path.empty() && (path.back() == kSerialNumberWord || path.back() == kRowNumberWord))
      return static_cast<int>(c);
  }
  return -1;
}

// Text that opens an item of its own, never the tail of the cell above:
// "其中：…", "3、…", "(2)…", "（一）…", "一、…" ("(基本建设)" continues).
bool OpensItem(std::string_view s) {
  std::string compact = CompactLabel(s);
  return compact.starts_with("其中") || StartsWithEnumeration(compact);
}

// c) In a numbered table (a 序号 / 行次 column) every printed row has its
// number; a line without one holds the wrapped parts of the numbered rows'
// cells around it, printed above or below their number where a cell is
// taller than one line (西安's 收支总表: "8、社会保障和就" / "业支出",
// "其中：专项" / "资金列入部门预算的项目" around 4, an amount on the label's
// second line). Per cell: text that opens an item starts the next numbered
// row's cell, other text ends the previous one's; a value fills the
// neighbouring row's empty cell. A line any cell of which fits neither (a
// second value, a total) stays a row of its own.
std::vector<RawRow> MergeNumberedRows(std::vector<RawRow> rows, std::size_t number) {
  std::vector<std::size_t> numbered;
  for (std::size_t r = 0; r < rows.size(); ++r)
    if (IsRowNumber(rows[r].cells[number].text)) numbered.push_back(r);
  if (numbered.size() < 3) return rows;
  std::vector<bool> merged(rows.size(), false);
  // Text waiting to open a numbered row's cell: (row, column) -> text.
  std::map<std::pair<std::size_t, std::size_t>, std::string> openings;
  std::size_t next_index = 0;
  for (std::size_t r = numbered.front() + 1; r < rows.size(); ++r) {
    while (next_index < numbered.size() && numbered[next_index] <= r) ++next_index;
    if (IsRowNumber(rows[r].cells[number].text)) continue;
    std::size_t prev = numbered[next_index - 1];
    bool has_next = next_index < numbered.size();
    std::size_t next = has_next ? numbered[next_index] : 0;
    struct Move { std::size_t column, target; bool opens; };
    std::vector<Move> moves;
    bool fits = true;
    for (std::size_t c = 0; c < rows[r].cells.size() && fits; ++c) {
      const std::string& t = rows[r].cells[c].text;
      if (t.empty()) continue;
      if (c == number || IsTotalWord(t) || EndsWithTotalWord(RemoveAsciiSpaces(t))) {
        fits = false;
      } else if (!IsTextCell(t)) {
        if (rows[prev].cells[c].text.empty()) moves.push_back({c, prev, false});
        else if (has_next && rows[next].cells[c].text.empty()) moves.push_back({c, next, true});
        else fits = false;
      } else if (OpensItem(t) || (rows[prev].cells[c].text.empty() && !openings.count({prev, c}))) {
        const std::string* below = has_next ? &rows[next].cells[c].text : nullptr;
        bool opens_below = below && (below->empty() || (IsTextCell(*below) && !OpensItem(*below)));
        if (opens_below) moves.push_back({c, next, true});
        else fits = false;
      } else if (rows[prev].cells[c].text.empty() || IsTextCell(rows[prev].cells[c].text)) {
        moves.push_back({c, prev, false});
      } else {
        fits = false;
      }
    }
    if (!fits || moves.empty()) continue;
    for (const Move& m : moves) {
      RawCell& from = rows[r].cells[m.column];
      RawCell& to = rows[m.target].cells[m.column];
      if (!IsTextCell(from.text)) {
        to = from;
      } else if (m.opens) {
        std::string& pending = openings[{m.target, m.column}];
        pending = JoinWrapped(pending, from.text);
      } else {
        to.text = JoinWrapped(to.text, from.text);
      }
    }
    merged[r] = true;
  }
  for (const auto& [key, text] : openings) {
    RawCell& cell = rows[key.first].cells[key.second];
    cell.text = JoinWrapped(text, cell.text);
  }
  std::vector<RawRow> out;
  for (std::size_t r = 0; r < rows.size(); ++r)
    if (!merged[r]) out.push_back(std::move(rows[r]));
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
  bool has_value = false, parts_done = false;
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
    // A second set of 类/款 columns (烟台's 政府预算经济分类 501 | 01 beside
    // the 部门 class 301 | 01) is another code, not more of this one.
    bool second_set = role == ColumnRole::kCodePart && !code_parts.empty() &&
                      !table.columns[c].path.empty() && table.columns[c].path.back() == "类";
    if (second_set) parts_done = true;
    if (role == ColumnRole::kCodePart && !parts_done && !rc.text.empty() && Digits(rc.text) == rc.text)
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
  std::vector<RawRow> body(grid.begin() + static_cast<long>(header_rows), grid.end());
  if (int number = RowNumberColumn(table); number >= 0)
    body = MergeNumberedRows(std::move(body), static_cast<std::size_t>(number));
  body = MergeWrappedRows(std::move(body));
  // d) Column roles.
  AssignRoles(body, table);
  // e) Typed rows.
  for (const RawRow& r : body) table.rows.push_back(MakeRow(r, table));
  if (!table.rows.empty()) table.first_row_line = table.rows.front().line;
  return table;
}

}  // namespace gongkai
