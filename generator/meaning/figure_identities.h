// The identities a document's headline figures obey (../shared/REFERENCE.md,
// "Identities that should hold"), as data: the figure settlement scores
// whole assignments by them (figure_settle.h), the 勾稽 checks report the
// chosen figures that break them, and `gongkai check --summary` counts them
// over a corpus. A new identity is a new row.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "model.h"

namespace gongkai {

// A headline figure: its key in Figures::amounts and its label.
struct FigureDef {
  const char* key;
  const char* label;
};
// In display order: totals, basic/project, personnel/public, 三公, 机关运行经费...
const std::vector<FigureDef>& HeadlineFigures();

// Figures read and settled beside the headline ones but not shown as
// headline figures: parts an identity adds where printed (单位预留机动经费).
const std::vector<FigureDef>& SecondaryFigures();

struct FigureIdentity {
  std::string_view code;  // "audit.expenditure-split"
  std::string_view total;
  std::vector<std::string_view> parts;  // by_function: "by_function" (Σ 类)
  // Parts that join the sum where the document prints them (江苏's third
  // class 单位预留机动经费 beside 基本支出 and 项目支出).
  std::vector<std::string_view> optional_parts = {};
  // kEqual: total = Σ parts within rounding; kAtMost: Σ parts ≤ total
  // (本年收入合计 never exceeds 收入总计, which adds the carry-over).
  enum class Relation { kEqual, kAtMost } relation = Relation::kEqual;
  std::string_view chinese;  // "支出合计 = 基本支出 + 项目支出"

  // The total, the parts and the optional parts.
  std::vector<std::string_view> Members() const {
    std::vector<std::string_view> all = {total};
    all.insert(all.end(), parts.begin(), parts.end());
    all.insert(all.end(), optional_parts.begin(), optional_parts.end());
    return all;
  }
};

// Every identity, in the order reports list them.
std::span<const FigureIdentity> FigureIdentities();

// The name of Σ by_function among an identity's parts.
inline constexpr std::string_view kByFunctionSum = "by_function";

// kOtherScope: the figures do not add up, but two of them come from tables
// of different funds (全部资金 beside 一般公共预算): they need not, so the
// identity says nothing about the reading. (When they add up, the one fund
// is all the department spends there, and the identity holds.)
enum class IdentityResult { kMissing, kHolds, kFails, kOtherScope };

struct IdentityCheck {
  const FigureIdentity* identity = nullptr;
  IdentityResult result = IdentityResult::kMissing;
  Cents total = 0;
  Cents parts = 0;  // Σ parts
  int items = 0;    // rounded figures in the comparison
  std::vector<std::string> scopes;  // kOtherScope: the scopes met, in order
};

// A figure's amount by name (nullopt when the document has none).
using FigureLookup = std::function<std::optional<Cents>(std::string_view)>;

// How many printed amounts a figure sums (Σ 功能分类类级: one per 类); 1
// when not given.
using FigureItems = std::function<int(std::string_view)>;

// Evaluates one identity; missing when the total or any part is missing.
// Sums of rounded figures hold within RoundingTolerance (amount.h), counted
// over every printed amount summed.
IdentityCheck CheckIdentity(const FigureIdentity& identity, const FigureLookup& value,
                            MoneyUnit currency, const FigureItems& items = {});

// Every identity over a document's chosen figures (by_function summed);
// figures read from tables of different scopes (Figures::choices) make it
// kOtherScope. A narrative figure that names no fund matches any; one that
// names its fund ("一般公共预算基本支出 27428.84") is of that fund.
std::vector<IdentityCheck> CheckIdentities(const Figures& figures, MoneyUnit currency);

}  // namespace gongkai
