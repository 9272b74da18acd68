#include "audit_rules.h"

#include <algorithm>
#include <array>

#include "amount.h"
#include "money_format.h"

namespace gongkai {
namespace {

constexpr std::array<AuditRule, 10> kRules = {{
    {"audit.total-balance", "收入总计 = 支出总计", "total income equals total expenditure",
     Tolerance::kExact},
    {"audit.expenditure-split", "本年支出合计 = 基本支出 + 项目支出",
     "total expenditure equals basic plus project expenditure", Tolerance::kPerItem},
    {"audit.row-basic-project", "每行：支出合计 = 基本支出 + 项目支出（+ 上缴上级、经营、对附属单位补助支出）",
     "per row: total equals basic plus project expenditure (plus remittances, business, subsidies)",
     Tolerance::kPerItem},
    {"audit.basic-split", "基本支出 = 人员经费 + 公用经费",
     "basic expenditure equals personnel plus public funds", Tolerance::kPerItem},
    {"audit.row-personnel-public", "每行：合计 = 人员经费 + 公用经费",
     "per row: total equals personnel plus public funds", Tolerance::kPerItem},
    {"audit.three-public", "“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费",
     "the \"three public\" total equals its parts", Tolerance::kPerItem},
    {"audit.code-hierarchy", "上级科目 = 下级科目之和（类 = Σ款，款 = Σ项，301 = Σ301xx）",
     "a parent code equals the sum of its children", Tolerance::kPerItem},
    {"audit.code-columns", "科目编码与类、款、项栏一致",
     "the code column agrees with the 类/款/项 columns", Tolerance::kExact},
    {"audit.code-consistency", "同一功能科目在各表中金额一致",
     "a functional code has one amount in every table showing it in full", Tolerance::kExact},
    {"audit.narrative-figure", "情况说明中的数字与表格一致",
     "a figure stated in the narrative equals the table's", Tolerance::kPerItem},
}};

Cents Abs(Cents c) { return c < 0 ? -c : c; }

}  // namespace

std::span<const AuditRule> AuditRules() { return kRules; }

const AuditRule* FindAuditRule(std::string_view code) {
  if (code.ends_with(kRoundingSuffix)) code.remove_suffix(kRoundingSuffix.size());
  for (const AuditRule& rule : kRules)
    if (rule.code == code) return &rule;
  return nullptr;
}

std::string AuditAmount(Cents cents, MoneyUnit currency) { return PlainAmount(cents, currency); }

std::string PositionText(const Document& doc, int line) {
  std::string text = "line " + std::to_string(line);
  if (int page = PageOfLine(doc.page_starts, line); page > 0) text += ", page " + std::to_string(page);
  return text;
}

std::optional<Diagnostic> Audit(const AuditRule& rule, const Comparison& c, const Document& doc) {
  const Cents difference = Abs(c.printed - c.expected);
  if (difference == 0) return std::nullopt;
  const bool rounding =
      rule.tolerance == Tolerance::kPerItem && difference <= RoundingTolerance(c.items, c.currency);
  const int related = c.related_line > 0 ? c.related_line : c.line;
  const std::string where = related != c.line ? " (" + PositionText(doc, related) + ")" : "";
  Diagnostic d;
  d.span = {doc.file, c.line, PageOfLine(doc.page_starts, c.line)};
  d.related = {doc.file, related, PageOfLine(doc.page_starts, related)};
  d.compared = Compared{c.printed, c.expected, c.currency};
  d.code = std::string(rule.code);
  if (rounding) {
    d.severity = Severity::kInfo;
    d.code += kRoundingSuffix;
    d.message = "rounding: " + c.subject + " " + AuditAmount(c.printed, c.currency) + " ≈ " +
                c.against + " " + AuditAmount(c.expected, c.currency) + where + ", off by " +
                AuditAmount(difference, c.currency) + " within " + std::to_string(std::max(c.items, 1)) +
                " × 0.005";
  } else {
    d.severity = Severity::kWarning;
    d.message = c.subject + " " + AuditAmount(c.printed, c.currency) + " ≠ " + c.against + " " +
                AuditAmount(c.expected, c.currency) + where;
  }
  return d;
}

std::optional<Diagnostic> Audit(std::string_view code, const Comparison& c, const Document& doc) {
  const AuditRule* rule = FindAuditRule(code);
  return rule ? Audit(*rule, c, doc) : std::nullopt;
}

}  // namespace gongkai
