// Recognizing each table from what stands around it: its title, money unit
// and note, and its state (data, empty with or without a note, illegible).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model.h"

namespace gongkai {

// What stands around the table at blocks[index]: its title (the nearest
// heading or short paragraph above, skipping 单位/金额单位/date lines), the
// money unit declared above it (or in its header), and the note below it.
struct TableContext {
  std::string title;
  int title_line = 0;
  MoneyUnit currency = MoneyUnit::kUnknown;
  std::string note;
  bool illegible = false;  // an [illegible] marker stands in the table's place
};
TableContext RecognizeTableContext(const std::vector<Block>& blocks, std::size_t index);

// The money unit the document declares most often ("单位：万元" lines): the
// unit of a table that declares none near it (text that lost its layout
// moves the declaration away from its table). kUnknown on a tie.
MoneyUnit DeclaredMoneyUnit(const std::vector<Block>& blocks);

// Empty with note / empty without note / illegible / data.
TableState RecognizeTableState(const Table& table);

}  // namespace gongkai
