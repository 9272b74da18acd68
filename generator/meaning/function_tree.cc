#include "function_tree.h"

#include <algorithm>
#include <functional>
#include <optional>

#include "codes.h"
#include "table_view.h"

namespace gongkai {
namespace {

FunctionNode* Child(std::vector<FunctionNode>& nodes, const std::string& code) {
  for (FunctionNode& n : nodes)
    if (n.code == code) return &n;
  nodes.push_back({code, code, 0, {}});
  return &nodes.back();
}

}  // namespace

std::vector<FunctionNode> FunctionTree(const Table& table) {
  TableView view(table);
  std::vector<FunctionNode> roots;
  std::vector<std::string> seen;
  std::vector<std::string> printed;  // codes whose own row gave the amount
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const TableRow& row = table.rows[r];
    if (!IsFunctionCode(row.code) || std::count(seen.begin(), seen.end(), row.code)) continue;
    std::optional<Cents> amount;
    for (std::size_t c = 0; c < row.cells.size() && !amount; ++c) amount = view.Money(r, c);
    if (!amount) continue;
    seen.push_back(row.code);
    FunctionNode* node = Child(roots, row.code.substr(0, 3));
    if (row.code.size() >= 5) node = Child(node->children, row.code.substr(0, 5));
    if (row.code.size() == 7) node = Child(node->children, row.code);
    node->name = row.label.empty() ? row.code : row.label;
    node->cents = *amount;
    node->line = row.line;
    printed.push_back(row.code);
  }
  // A 款 or 类 the table left out is the sum of its rows below.
  std::function<void(FunctionNode&)> settle = [&](FunctionNode& n) {
    Cents sum = 0;
    for (FunctionNode& c : n.children) settle(c), sum += c.cents;
    if (!std::count(printed.begin(), printed.end(), n.code)) n.cents = sum;
  };
  for (FunctionNode& n : roots) {
    settle(n);
    if (n.name == n.code && !StandardFunctionName(n.code).empty()) n.name = StandardFunctionName(n.code);
  }
  return roots;
}

}  // namespace gongkai
