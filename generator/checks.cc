#include "checks.h"

#include <array>
#include <map>
#include <optional>
#include <string_view>

#include "diagnostics.h"
#include "normalize.h"

namespace gongkai {
namespace {

// ------------------------------------------------------------ rules table ---

// An identity between key figures (Figures::amounts names).
struct FigureRule {
  std::string_view code;
  std::string_view total;
  std::array<std::string_view, 2> parts;
  std::string_view text;  // how people write it
};
constexpr std::array<FigureRule, 2> kFigureRules = {{
    {"check.expenditure-split", "total_expenditure", {"basic_expenditure", "project_expenditure"},
     "基本支出 + 项目支出"},
    {"check.basic-split", "basic_expenditure", {"personnel", "public_funds"}, "人员经费 + 公用经费"},
}};

// An identity between the columns of one row: total = Σ parts. The first
// `required` parts must be columns of the table; the others join when present.
struct ColumnRule {
  std::string_view code;
  std::array<std::string_view, 4> totals;
  std::array<std::string_view, 6> parts;
  std::size_t required;
};
constexpr std::array<ColumnRule, 2> kColumnRules = {{
    {"check.row-basic-project",
     {"合计", "本年支出合计", "小计", "总计"},
     {"基本支出", "项目支出", "上缴上级支出", "经营支出", "事业单位经营支出", "对附属单位补助支出"},
     2},
    {"check.row-personnel-public", {"合计", "小计", "总计", ""}, {"人员经费", "公用经费"}, 2},
}};

// Tables whose function-code rows show only part of a code's money (one
// economic kind, one fund): left out of the cross-table comparison.
constexpr std::array<std::string_view, 8> kPartialTableWords = {
    "基本支出", "人员经费", "公用经费", "三公", "绩效", "经济分类", "项目支出表", "政府采购"};

// From this many rows, a rule failing on all of them is one misalignment.
constexpr int kMinRowsForMisalignment = 3;

// Path elements that only subtotal their parent header ("基本支出/小计").
constexpr std::array<std::string_view, 2> kSubtotalNames = {"小计", "合计"};

// -------------------------------------------------------------- helpers ---

// Half of the last printed digit, per rounded figure: 0.005 万元 = 5000 分.
Cents Tolerance(std::size_t figures, Currency currency) {
  if (currency == Currency::kWanYuan) return static_cast<Cents>(figures) * 5000;
  return static_cast<Cents>((figures + 1) / 2);
}

Cents Abs(Cents c) { return c < 0 ? -c : c; }

// The header path without spaces and without 栏次 numbers ("1", "2").
std::vector<std::string> CleanPath(const Column& column) {
  std::vector<std::string> path;
  for (const std::string& element : column.path.empty() ? std::vector<std::string>{column.name}
                                                        : column.path) {
    std::string e = RemoveSpaces(element);
    if (e.empty() || e.find_first_not_of("0123456789") == std::string::npos) continue;
    if (!path.empty() && path.back() == e) continue;  // a spanned cell repeated
    path.push_back(e);
  }
  return path;
}

// The amount of a cell: nullopt when the cell holds text or is illegible.
std::optional<Cents> CellAmount(const TableCell& cell) {
  switch (cell.kind) {
    case CellKind::kAmount: return cell.cents;
    case CellKind::kEmpty:
    case CellKind::kDash: return Cents{0};
    default: return std::nullopt;
  }
}

bool IsFunctionalOrEconomicCode(const std::string& code) {
  if (code.size() != 3 && code.size() != 5 && code.size() != 7) return false;
  return code.find_first_not_of("0123456789") == std::string::npos;
}

std::string RowName(const TableRow& row) {
  std::string name = row.code;
  if (!row.label.empty()) name += (name.empty() ? "" : " ") + row.label;
  return name;
}

std::string TableName(const Table& t) { return t.title.empty() ? "table" : t.title; }

void Warn(std::vector<Diagnostic>& out, const Document& doc, int line, std::string_view code,
          std::string message) {
  Report(out, doc.file, line, Severity::kWarning, code, std::move(message));
}

// ---------------------------------------------------------------- rules ---

void CheckFigures(const Document& doc, std::vector<Diagnostic>& out) {
  const auto& amounts = doc.figures.amounts;
  for (const FigureRule& rule : kFigureRules) {
    auto total = amounts.find(std::string(rule.total));
    auto a = amounts.find(std::string(rule.parts[0]));
    auto b = amounts.find(std::string(rule.parts[1]));
    if (total == amounts.end() || a == amounts.end() || b == amounts.end()) continue;
    Cents sum = a->second.cents + b->second.cents;
    if (Abs(sum - total->second.cents) <= Tolerance(2, doc.currency)) continue;
    auto describe = [&](std::string_view name, const Figure& f) {
      return std::string(name) + " " + CheckAmount(f.cents, doc.currency) + " (" +
             (f.source.empty() ? "?" : f.source) + ", line " + std::to_string(f.span.line) + ")";
    };
    Report(out, doc.file, total->second.span.line, Severity::kWarning, rule.code,
           describe(rule.total, total->second) + " ≠ " + describe(rule.parts[0], a->second) +
               " + " + describe(rule.parts[1], b->second) + " = " + CheckAmount(sum, doc.currency));
  }
}

// A 收入总计 label and its 支出总计 on one row (or the two 总计 of a row).
void CheckGrandTotals(const Document& doc, const Table& t, std::vector<Diagnostic>& out) {
  for (const TableRow& row : t.rows) {
    std::vector<Cents> income, expenditure, plain;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      std::string label = RemoveSpaces(row.cells[i].text);
      std::vector<Cents>* into = label == "收入总计"   ? &income
                                 : label == "支出总计" ? &expenditure
                                 : label == "总计"     ? &plain
                                                       : nullptr;
      if (!into) continue;
      for (std::size_t j = i + 1; j < row.cells.size(); ++j) {
        if (row.cells[j].kind == CellKind::kText) break;
        // 行次 and 栏次 numbers are not money.
        if (j < t.columns.size() && t.columns[j].role != ColumnRole::kAmount) continue;
        if (row.cells[j].kind == CellKind::kAmount) {
          into->push_back(row.cells[j].cents);
          break;
        }
      }
    }
    if (income.empty() && expenditure.empty() && plain.size() == 2) {
      income.push_back(plain[0]);
      expenditure.push_back(plain[1]);
    }
    if (income.empty() || expenditure.empty()) continue;
    // Two printed totals of one exact sum round alike: no tolerance.
    if (income[0] == expenditure[0]) continue;
    Warn(out, doc, row.line, "check.grand-total",
         TableName(t) + ": 收入总计 " + CheckAmount(income[0], t.currency) + " ≠ 支出总计 " +
             CheckAmount(expenditure[0], t.currency));
  }
}

// The column holding `name` itself or its 小计: its index and its prefix.
std::optional<std::pair<std::size_t, std::vector<std::string>>> FindPartColumn(
    const Table& t, std::string_view name) {
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c].role != ColumnRole::kAmount) continue;
    std::vector<std::string> path = CleanPath(t.columns[c]);
    for (std::size_t i = 0; i < path.size(); ++i) {
      if (path[i] != name) continue;
      bool leaf = i + 1 == path.size() ||
                  (i + 2 == path.size() && (path[i + 1] == kSubtotalNames[0] ||
                                            path[i + 1] == kSubtotalNames[1]));
      if (leaf) return std::make_pair(c, std::vector<std::string>(path.begin(), path.begin() + i));
    }
  }
  return std::nullopt;
}

void CheckRowSums(const Document& doc, const Table& t, std::vector<Diagnostic>& out) {
  for (const ColumnRule& rule : kColumnRules) {
    std::vector<std::size_t> parts;
    std::vector<std::string> prefix;
    bool complete = true;
    for (std::size_t p = 0; p < rule.parts.size() && !rule.parts[p].empty(); ++p) {
      auto found = FindPartColumn(t, rule.parts[p]);
      if (found && (parts.empty() || found->second == prefix)) {
        if (parts.empty()) prefix = found->second;
        parts.push_back(found->first);
      } else if (p < rule.required) {
        complete = false;
        break;
      }
    }
    if (!complete) continue;
    std::optional<std::size_t> total;
    for (std::size_t c = 0; c < t.columns.size() && !total; ++c) {
      if (t.columns[c].role != ColumnRole::kAmount) continue;
      std::vector<std::string> path = CleanPath(t.columns[c]);
      for (std::string_view name : rule.totals) {
        if (name.empty() || path.size() != prefix.size() + 1 || path.back() != name) continue;
        if (std::equal(prefix.begin(), prefix.end(), path.begin())) total = c;
      }
    }
    if (!total) continue;
    std::string parts_text;
    for (std::size_t p : parts)
      parts_text += (parts_text.empty() ? "" : " + ") + CleanPath(t.columns[p]).back();
    std::vector<Diagnostic> failed;
    int checked = 0;
    for (const TableRow& row : t.rows) {
      if (*total >= row.cells.size() || row.cells[*total].kind != CellKind::kAmount) continue;
      Cents sum = 0;
      bool readable = true;
      for (std::size_t p : parts) {
        std::optional<Cents> v = p < row.cells.size() ? CellAmount(row.cells[p]) : Cents{0};
        readable = readable && v.has_value();
        if (v) sum += *v;
      }
      if (!readable) continue;
      ++checked;
      Cents printed = row.cells[*total].cents;
      if (Abs(sum - printed) <= Tolerance(parts.size(), t.currency)) continue;
      Warn(failed, doc, row.line, rule.code,
           TableName(t) + ": " + RowName(row) + " " + CleanPath(t.columns[*total]).back() + " " +
               CheckAmount(printed, t.currency) + " ≠ " + parts_text + " " +
               CheckAmount(sum, t.currency));
    }
    // Many rows off: the printed header most likely does not line up with
    // the data (sample 000's 一般公共预算支出表), so one warning says so
    // instead of one per row.
    if (static_cast<int>(failed.size()) >= kMinRowsForMisalignment) {
      Warn(out, doc, failed[0].span.line, rule.code,
           TableName(t) + ": " + CleanPath(t.columns[*total]).back() + " ≠ " + parts_text +
               " on " + std::to_string(failed.size()) + " of " + std::to_string(checked) +
               " rows; the header may not line up with the columns");
      continue;
    }
    for (Diagnostic& d : failed) out.push_back(std::move(d));
  }
}

void CheckHierarchy(const Document& doc, const Table& t, std::vector<Diagnostic>& out) {
  int code_columns = 0;
  for (const Column& c : t.columns) code_columns += c.role == ColumnRole::kCode;
  if (code_columns > 1) return;  // side-by-side lists (公开06表): rows mix codes
  std::map<std::string, const TableRow*> by_code;
  for (const TableRow& row : t.rows)
    if (IsFunctionalOrEconomicCode(row.code) && !by_code.count(row.code)) by_code[row.code] = &row;
  for (const auto& [code, parent] : by_code) {
    std::vector<const TableRow*> children;
    for (const auto& [child_code, child] : by_code)
      if (child_code.size() == code.size() + 2 && child_code.starts_with(code))
        children.push_back(child);
    if (children.empty()) continue;
    const char* level = code.size() == 3 ? "Σ款" : "Σ项";
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      if (t.columns[c].role != ColumnRole::kAmount || c >= parent->cells.size()) continue;
      std::optional<Cents> printed = CellAmount(parent->cells[c]);
      if (!printed) continue;
      Cents sum = 0;
      bool readable = true, any = parent->cells[c].kind == CellKind::kAmount;
      for (const TableRow* child : children) {
        std::optional<Cents> v = c < child->cells.size() ? CellAmount(child->cells[c]) : Cents{0};
        readable = readable && v.has_value();
        any = any || (c < child->cells.size() && child->cells[c].kind == CellKind::kAmount);
        if (v) sum += *v;
      }
      if (!readable || !any || Abs(sum - *printed) <= Tolerance(children.size(), t.currency))
        continue;
      Warn(out, doc, parent->line, "check.code-hierarchy",
           TableName(t) + ": " + RowName(*parent) + " " + t.columns[c].name + " " +
               CheckAmount(*printed, t.currency) + " ≠ " + level + " " +
               CheckAmount(sum, t.currency));
    }
  }
}

bool ShowsWholeCodeAmounts(const Table& t) {
  std::string title = RemoveSpaces(t.title);
  for (std::string_view word : kPartialTableWords)
    if (title.find(word) != std::string::npos) return false;
  return true;
}

// Functional codes (2xx) carry one amount in the first amount column of
// every table that shows them in full.
void CheckCodeConsistency(const Document& doc, std::vector<Diagnostic>& out) {
  struct Seen {
    const Table* table;
    const TableRow* row;
    Cents cents;
  };
  std::map<std::string, Seen> seen;
  for (const Table& t : doc.tables) {
    if (!ShowsWholeCodeAmounts(t)) continue;
    std::optional<std::size_t> first_amount;
    for (std::size_t c = 0; c < t.columns.size() && !first_amount; ++c)
      if (t.columns[c].role == ColumnRole::kAmount) first_amount = c;
    if (!first_amount) continue;
    std::map<std::string, bool> in_this_table;
    for (const TableRow& row : t.rows) {
      if (!IsFunctionalOrEconomicCode(row.code) || row.code[0] != '2') continue;
      if (*first_amount >= row.cells.size() || row.cells[*first_amount].kind != CellKind::kAmount)
        continue;
      if (in_this_table[row.code]) continue;
      in_this_table[row.code] = true;
      Cents cents = row.cells[*first_amount].cents;
      auto [it, inserted] = seen.emplace(row.code, Seen{&t, &row, cents});
      if (inserted || it->second.cents == cents) continue;
      const Seen& first = it->second;
      Warn(out, doc, row.line, "check.code-consistency",
           TableName(t) + ": " + RowName(row) + " " + CheckAmount(cents, t.currency) + " ≠ " +
               CheckAmount(first.cents, first.table->currency) + " in " + TableName(*first.table) +
               " line " + std::to_string(first.row->line));
    }
  }
}

}  // namespace

std::string CheckAmount(Cents cents, Currency currency) {
  // 万元 keeps up to 6 decimals (exact 分), at least 2; 元 has 2.
  const int scale = currency == Currency::kWanYuan ? 6 : 2;
  Cents unit = currency == Currency::kWanYuan ? 1000000 : 100;
  std::string sign = cents < 0 ? "-" : "";
  Cents a = Abs(cents);
  std::string fraction = std::to_string(a % unit);
  fraction.insert(0, scale - fraction.size(), '0');
  while (fraction.size() > 2 && fraction.back() == '0') fraction.pop_back();
  return sign + std::to_string(a / unit) + "." + fraction;
}

std::vector<Diagnostic> CheckDocument(const Document& doc) {
  std::vector<Diagnostic> out;
  // 1. Key figures against each other.
  CheckFigures(doc, out);
  // 2. Within each table: totals, row sums, the code hierarchy.
  for (const Table& t : doc.tables) {
    CheckGrandTotals(doc, t, out);
    CheckRowSums(doc, t, out);
    CheckHierarchy(doc, t, out);
  }
  // 3. Across tables: one amount per code.
  CheckCodeConsistency(doc, out);
  return out;
}

}  // namespace gongkai
