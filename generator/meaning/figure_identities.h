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

struct FigureIdentity {
  std::string_view code;  // "audit.expenditure-split"
  std::string_view total;
  std::vector<std::string_view> parts;  // by_function: "by_function" (Σ 类)
  // kEqual: total = Σ parts within rounding; kAtMost: Σ parts ≤ total
  // (本年收入合计 never exceeds 收入总计, which adds the carry-over).
  enum class Relation { kEqual, kAtMost } relation = Relation::kEqual;
  std::string_view chinese;  // "支出合计 = 基本支出 + 项目支出"
};

// Every identity, in the order reports list them.
std::span<const FigureIdentity> FigureIdentities();

// The name of Σ by_function among an identity's parts.
inline constexpr std::string_view kByFunctionSum = "by_function";

enum class IdentityResult { kMissing, kHolds, kFails };

struct IdentityCheck {
  const FigureIdentity* identity = nullptr;
  IdentityResult result = IdentityResult::kMissing;
  Cents total = 0;
  Cents parts = 0;  // Σ parts
  int items = 0;    // rounded figures in the comparison
};

// A figure's amount by name (nullopt when the document has none).
using FigureLookup = std::function<std::optional<Cents>(std::string_view)>;

// Evaluates one identity; missing when the total or any part is missing.
// Sums of rounded figures hold within RoundingTolerance (amount.h).
IdentityCheck CheckIdentity(const FigureIdentity& identity, const FigureLookup& value,
                            MoneyUnit currency);

// Every identity over a document's chosen figures (by_function summed).
std::vector<IdentityCheck> CheckIdentities(const Figures& figures, MoneyUnit currency);

}  // namespace gongkai
