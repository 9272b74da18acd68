// A typed table as the figure rules read it: each column's effective header
// per row, and which cells are money.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model.h"

namespace gongkai {

// A body row of only text, such as "经费控制情况(万元) | 2023年决算数 |
// 2024年决算数", re-heads the rows below it: Header() answers with it.
struct TableView {
  explicit TableView(const Table& t);

  // The compacted header of `col` as it stands above `row`.
  const std::string& Header(std::size_t row, std::size_t col) const;

  // The amount in cell (row, col), outside code and row-number columns. A
  // number the sniffer left as text (a key/value row inside a text column:
  // "人员经费 | 176.32") counts, read in the table's money unit.
  std::optional<Cents> Money(std::size_t row, std::size_t col) const;
  bool IsMoney(std::size_t row, std::size_t col) const { return Money(row, col).has_value(); }

  // The text of cell (row, col) as rule aliases name it: compacted, its
  // enumeration stripped ("一、本年收入合计" -> "本年收入合计"). Only text
  // cells have one: "" for amounts, dashes, empty and illegible cells, and
  // outside the row.
  const std::string& Key(std::size_t row, std::size_t col) const;

  // Whether `col` may hold money at `row`: not a code or 行次/栏次 column.
  bool IsMoneyColumn(std::size_t row, std::size_t col) const;

  const Table* table;
  std::vector<std::vector<std::string>> headers;  // [row][column], compacted

 private:
  // Read once per cell: the rules ask for the same cells many times.
  std::vector<std::vector<std::optional<Cents>>> money_;  // [row][cell], see Money
  std::vector<std::vector<std::string>> keys_;            // [row][cell], see Key
};

}  // namespace gongkai
