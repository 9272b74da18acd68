// The 勾稽 rule table: every identity a disclosure is audited against
// (../shared/REFERENCE.md, "Identities that should hold"), each with a
// stable code, a Chinese and an English description and a tolerance, and
// the one function that turns a comparison into a finding.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "model.h"

namespace gongkai {

enum class Tolerance {
  kExact,    // one figure printed twice: any difference is a warning
  kPerItem,  // a sum of n rounded figures: within n × 0.005 of the unit is rounding
};

struct AuditRule {
  std::string_view code;     // "audit.total-balance"; findings within rounding add ".rounding"
  std::string_view chinese;  // what the site shows
  std::string_view english;
  Tolerance tolerance;
};

// Every rule, in the order docs/audit.md lists them.
std::span<const AuditRule> AuditRules();

// The rule of a finding's code ("audit.code-hierarchy.rounding" included),
// nullptr for any other diagnostic.
const AuditRule* FindAuditRule(std::string_view code);

inline constexpr std::string_view kRoundingSuffix = ".rounding";

// One comparison a rule makes: `printed` at `line` should equal `expected`
// (a sum of `items` rounded figures, or the same figure printed once more)
// at `related_line`.
struct Comparison {
  std::string subject;  // "支出总表: 201 一般公共服务支出 合计"
  Cents printed = 0;
  int line = 0;
  std::string against;  // "Σ款", "人员经费 + 公用经费", "支出总计"
  Cents expected = 0;
  int related_line = 0;  // 0 or `line`: the same row
  int items = 1;         // rounded figures summed into `expected`
  MoneyUnit currency = MoneyUnit::kUnknown;
};

// nullopt when the two agree; an INFO "rounding: …" finding (code +
// ".rounding") when they differ by no more than the rule's tolerance; a
// WARNING naming both values and both positions otherwise.
std::optional<Diagnostic> Audit(const AuditRule& rule, const Comparison& c, const Document& doc);
std::optional<Diagnostic> Audit(std::string_view code, const Comparison& c, const Document& doc);

// An amount in the printed unit (PlainAmount): 167620000 分 in 万元 -> "167.62".
std::string AuditAmount(Cents cents, MoneyUnit currency);

// "line 107", with ", page 3" for PDFs.
std::string PositionText(const Document& doc, int line);

}  // namespace gongkai
