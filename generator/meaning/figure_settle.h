// Settling a document's headline figures (DuckDB's CSV sniffer: enumerate,
// score, choose). Every table cell and narrative sentence that states a
// figure is a candidate with a score of its own (its rule's rank, its
// table's scope and year, exactness); whole assignments — one value per
// figure — are then scored by the identities of figure_identities.h, and
// the one most consistent with them wins. Nothing is computed: a figure is
// always one of its printed candidates, or absent.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "table_scope.h"

namespace gongkai {

struct FigureCandidate {
  std::string name;  // total_expenditure …
  Figure figure;
  FundScope scope = FundScope::kAllFunds;
  int score = 0;               // the candidate's own score (kBaseScore less penalties)
  std::vector<std::string> notes;  // what lowered the score, for the explanation
  const Table* table = nullptr;    // the table read (nullptr: narrative)
};

// One table's 类 rows read as by_function: one candidate set.
struct FunctionCandidate {
  std::map<std::string, Figure> by_code;
  FundScope scope = FundScope::kAllFunds;
  int score = 0;
  std::vector<std::string> notes;
  std::string source;
};

inline constexpr int kBaseScore = 100;

// Figures that count every fund of the department (all but "三公",
// 机关运行经费 and 政府采购, which are 财政拨款 by definition): a candidate
// from a table of one fund is scored down, and kept only where an identity
// confirms it.
bool IsDepartmentWideFigure(std::string_view name);

struct Settlement {
  std::map<std::string, Figure> amounts;
  std::map<std::string, Figure> by_function;
  std::map<std::string, std::vector<FigureChoice>> choices;
};

// Chooses one value per figure. `currency` is the tables' money unit (the
// identities' rounding tolerance).
Settlement SettleFigures(const std::vector<FigureCandidate>& candidates,
                         const std::vector<FunctionCandidate>& functions, MoneyUnit currency);

}  // namespace gongkai
