// Budget against final accounts per function code (类 and 款): where a unit
// has both a budget and a final account for a year, how much of each code's
// budget was spent. Rates are exact (integer 分), rounded once for display.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model.h"
#include "site_model.h"

namespace gongkai {

// "93.5%": part / whole with one decimal, rounded half away from zero by
// integer arithmetic; "" when whole is 0.
std::string RateOneDecimal(Cents part, Cents whole);

// One code's line: a code only one side states keeps its row, rate "".
struct FunctionExecution {
  std::string code;
  std::string name;
  int depth = 0;  // 0 = 类, 1 = 款
  std::string budget, final_amount, rate;  // amounts in 万元; "" when not stated
};

// Every 类 and 款 code either set states, by code (each 款 after its 类).
std::vector<FunctionExecution> ExecutionByFunction(const FigureSet& budget, const FigureSet& final_set,
                                                   const std::map<std::string, std::string>& names);

// A unit-year's budget and final-account figure sets (nullptr when it has
// none of that kind; the last one when it has several).
struct BudgetAndFinal {
  const FigureSet* budget = nullptr;
  const FigureSet* final_set = nullptr;
};
BudgetAndFinal BudgetAndFinalOf(const UnitYearSummary& s);

nlohmann::json ExecutionByFunctionView(const std::vector<FunctionExecution>& rows);

}  // namespace gongkai
