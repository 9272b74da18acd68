#include "table_view.h"

#include <string_view>

#include "amount.h"
#include "label_text.h"

namespace gongkai {
namespace {

const std::vector<std::string_view> kRowNumberHeaders = {"行次", "栏次", "序号", "编号"};

}  // namespace

TableView::TableView(const Table& t) : table(&t) {
  std::vector<std::string> current;
  for (const Column& c : t.columns) current.push_back(CompactLabel(c.name));
  for (const TableRow& row : t.rows) {
    int texts = 0, amounts = 0;
    for (const TableCell& cell : row.cells) {
      bool number = cell.kind == CellKind::kAmount ||
                    (cell.kind == CellKind::kText &&
                     ParseValue(cell.text, t.currency).kind == CellKind::kAmount);
      if (number) ++amounts;
      else if (cell.kind == CellKind::kText) ++texts;
    }
    if (amounts == 0 && texts >= 3) {
      for (std::size_t i = 0; i < row.cells.size(); ++i) {
        if (i >= current.size()) current.resize(i + 1);
        if (!row.cells[i].text.empty()) current[i] = CompactLabel(row.cells[i].text);
      }
    }
    headers.push_back(current);
  }
}

const std::string& TableView::Header(std::size_t row, std::size_t col) const {
  static const std::string empty;
  return row < headers.size() && col < headers[row].size() ? headers[row][col] : empty;
}

std::optional<Cents> TableView::Money(std::size_t row, std::size_t col) const {
  const TableRow& r = table->rows[row];
  if (col >= r.cells.size()) return std::nullopt;
  const TableCell& cell = r.cells[col];
  Cents cents = cell.cents;
  if (cell.kind == CellKind::kText) {
    ParsedValue v = ParseValue(cell.text, table->currency);
    if (v.kind != CellKind::kAmount) return std::nullopt;
    cents = v.cents;
  } else if (cell.kind != CellKind::kAmount) {
    return std::nullopt;
  }
  if (!IsMoneyColumn(row, col)) return std::nullopt;
  return cents;
}

bool TableView::IsMoneyColumn(std::size_t row, std::size_t col) const {
  if (col < table->columns.size()) {
    ColumnRole role = table->columns[col].role;
    if (role == ColumnRole::kRowNumber || role == ColumnRole::kCode ||
        role == ColumnRole::kCodePart)
      return false;
  }
  const std::string& h = Header(row, col);
  for (std::string_view word : kRowNumberHeaders)
    if (h == word) return false;
  return true;
}

}  // namespace gongkai
