#include "table_view.h"

#include <algorithm>
#include <string_view>

#include "amount.h"
#include "labels.h"
#include "text.h"
#include "vocabulary.h"

namespace gongkai {
namespace {

// The amount a cell reads as in the table's money unit, wherever it stands:
// an amount cell, or a text cell holding a number.
std::optional<Cents> CellNumber(const TableCell& cell, MoneyUnit currency) {
  if (cell.kind == CellKind::kAmount) return cell.cents;
  if (cell.kind != CellKind::kText) return std::nullopt;
  ParsedValue v = ParseValue(cell.text, currency);
  if (v.kind != CellKind::kAmount) return std::nullopt;
  return v.cents;
}

}  // namespace

TableView::TableView(const Table& t) : table(&t) {
  std::vector<std::string> current;
  for (const Column& c : t.columns) current.push_back(CompactLabel(c.name));
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const std::vector<TableCell>& cells = t.rows[r].cells;
    std::vector<std::optional<Cents>> numbers;
    int texts = 0;
    for (const TableCell& cell : cells) {
      numbers.push_back(CellNumber(cell, t.currency));
      if (!numbers.back() && cell.kind == CellKind::kText) ++texts;
    }
    bool any_number = std::any_of(numbers.begin(), numbers.end(),
                                  [](const std::optional<Cents>& n) { return n.has_value(); });
    if (!any_number && texts >= 3) {
      for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i >= current.size()) current.resize(i + 1);
        if (!cells[i].text.empty()) current[i] = CompactLabel(cells[i].text);
      }
    }
    headers.push_back(current);
    // Money: the numbers outside code and row-number columns.
    for (std::size_t c = 0; c < cells.size(); ++c)
      if (numbers[c] && !IsMoneyColumn(r, c)) numbers[c].reset();
    money_.push_back(std::move(numbers));
    std::vector<std::string>& keys = keys_.emplace_back();
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const TableCell& cell = cells[c];
      std::string key = cell.kind == CellKind::kText ? StripEnumeration(CompactLabel(cell.text)) : "";
      // A row number the text run glued to its label ("33本年收入合计" under
      // "序号/项目": pdftotext of 西安's numbered tables) keys as the label.
      const std::string& head = Header(r, c);
      if (Contains(head, kRowNumberWord) || Contains(head, kSerialNumberWord)) {
        std::size_t digits = key.find_first_not_of("0123456789");
        if (digits != 0 && digits != std::string::npos && static_cast<unsigned char>(key[digits]) >= 0x80)
          key.erase(0, digits);
      }
      keys.push_back(std::move(key));
    }
  }
}

const std::string& TableView::Header(std::size_t row, std::size_t col) const {
  static const std::string empty;
  return row < headers.size() && col < headers[row].size() ? headers[row][col] : empty;
}

std::optional<Cents> TableView::Money(std::size_t row, std::size_t col) const {
  return col < money_[row].size() ? money_[row][col] : std::nullopt;
}

const std::string& TableView::Key(std::size_t row, std::size_t col) const {
  static const std::string empty;
  return row < keys_.size() && col < keys_[row].size() ? keys_[row][col] : empty;
}

bool TableView::IsMoneyColumn(std::size_t row, std::size_t col) const {
  if (col < table->columns.size()) {
    ColumnRole role = table->columns[col].role;
    if (role == ColumnRole::kRowNumber || role == ColumnRole::kCode ||
        role == ColumnRole::kCodePart)
      return false;
  }
  const std::string& h = Header(row, col);
  return !IsOneOf(h, kRowNumberHeaders);
}

}  // namespace gongkai
