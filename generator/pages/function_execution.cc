#include "function_execution.h"

#include <set>

#include "codes.h"
#include "money_format.h"

namespace gongkai {

std::string RateOneDecimal(Cents part, Cents whole) {
  if (whole == 0) return "";
  // Tenths of a percent: part * 1000 / whole, rounded half away from zero.
  __int128 num = static_cast<__int128>(part) * 1000, den = whole;
  if (den < 0) num = -num, den = -den;
  const bool negative = num < 0;
  if (negative) num = -num;
  const __int128 tenths = (num * 2 + den) / (2 * den);
  const long long t = static_cast<long long>(tenths);
  return (negative && t != 0 ? "-" : "") + std::to_string(t / 10) + "." + std::to_string(t % 10) + "%";
}

std::vector<FunctionExecution> ExecutionByFunction(const FigureSet& budget, const FigureSet& final_set,
                                                   const std::map<std::string, std::string>& names) {
  std::set<std::string> codes;  // "201" sorts before "20101": each 款 after its 类
  for (const FigureSet* set : {&budget, &final_set}) {
    for (const auto& [code, v] : set->by_function) codes.insert(code);
    for (const auto& [code, v] : set->by_function_kuan) codes.insert(code);
  }
  auto find = [](const FigureSet& set, const std::string& code) -> const FigureValue* {
    const auto& values = code.size() == 3 ? set.by_function : set.by_function_kuan;
    auto it = values.find(code);
    return it == values.end() ? nullptr : &it->second;
  };
  std::vector<FunctionExecution> rows;
  for (const std::string& code : codes) {
    FunctionExecution row;
    row.code = code;
    row.depth = code.size() == 3 ? 0 : 1;
    auto n = names.find(code);
    row.name = n != names.end() ? n->second : StandardFunctionName(code);
    const FigureValue *b = find(budget, code), *f = find(final_set, code);
    if (b) row.budget = FormatWan(b->cents);
    if (f) row.final_amount = FormatWan(f->cents);
    if (b && f) row.rate = RateOneDecimal(f->cents, b->cents);
    rows.push_back(std::move(row));
  }
  return rows;
}

nlohmann::json ExecutionByFunctionView(const std::vector<FunctionExecution>& rows) {
  nlohmann::json out = nlohmann::json::array();
  for (const FunctionExecution& r : rows)
    out.push_back({{"code", r.code}, {"name", r.name}, {"depth", r.depth}, {"budget", r.budget},
                   {"final", r.final_amount}, {"rate", r.rate}});
  return out;
}

BudgetAndFinal BudgetAndFinalOf(const UnitYearSummary& s) {
  BudgetAndFinal both;
  for (const FigureSet& set : s.figure_sets) {
    if (set.doc_kind == "budget") both.budget = &set;
    if (set.doc_kind == "final") both.final_set = &set;
  }
  return both;
}

}  // namespace gongkai
