// The function-code tree a table prints: 类 → 款 → 项 from the rows' 功能分类
// codes, with each row's amount (the treemaps and the 款 amounts of a unit-year).
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace gongkai {

// One node of a code tree: a function code (类, 款, 项) or, on the
// comparison page's treemap, a unit under a 类. `cents` is the amount
// printed for it; a node with children and no printed amount (a 项 whose 款
// row the table omits) gets the sum of its children.
struct FunctionNode {
  std::string code;  // "201", "20111", "2011101"; "" for a unit
  std::string name;
  Cents cents = 0;
  std::vector<FunctionNode> children;
  int line = 0;  // the source line of the row that printed it (0: summed)
};

// The function-code tree of a table with 功能分类 codes: 类 → 款 → 项 from
// the rows' codes, each row's first amount (the 合计 column). Rows without
// a 2xx code, and repeated codes, are skipped.
std::vector<FunctionNode> FunctionTree(const Table& table);

}  // namespace gongkai
