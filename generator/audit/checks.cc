#include "checks.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <map>
#include <optional>
#include <string_view>

#include "audit_rules.h"
#include "diagnostics.h"
#include "figure_identities.h"
#include "codes.h"
#include "text.h"
#include "vocabulary.h"

namespace gongkai {
namespace {

// ------------------------------------------------ what the rules look for ---

// An identity between the columns of one row: total = Σ parts. The first
// `required` parts must be columns of the table; the others join when
// present. `contains`: a header names a part when it contains the word.
struct ColumnRule {
  std::string_view code;
  std::array<std::string_view, 4> totals;
  std::array<std::string_view, 8> parts;
  std::size_t required;
  bool contains = false;
};
constexpr std::array<ColumnRule, 3> kColumnRules = {{
    {"audit.row-basic-project",
     {kTotalWord, kYearExpenditureTotalWord, kSubtotalWord, kGrandTotalWord},
     {"基本支出", "项目支出", "上缴上级支出", "经营支出", "事业单位经营支出", "对附属单位补助支出",
      "单位预留机动经费", "结转下年资金"},
     2},
    {"audit.row-personnel-public", {kTotalWord, kSubtotalWord, kGrandTotalWord, ""}, {"人员经费", "公用经费"}, 2},
    {"audit.three-public", {kTotalWord, kSubtotalWord, kGrandTotalWord, ""}, {"因公出国", "公务用车购置及运行", "公务接待"}, 3,
     true},
}};

// The "三公" parts as row labels (tables that list them down the page).
constexpr std::array<std::string_view, 3> kThreePublicRows = {"因公出国", "公务用车购置及运行", "公务接待"};

// Tables whose function-code rows show only part of a code's money (one
// economic kind, one fund): left out of the cross-table comparison.
constexpr std::array<std::string_view, 8> kPartialTableWords = {
    "基本支出", "人员经费", "公用经费", "三公", "绩效", "经济分类", "项目支出表", "政府采购"};

// Funds a table may be limited to, by the words of its title (first wins).
constexpr std::array<std::string_view, 4> kFundWords = {"一般公共预算", "政府性基金", "国有资本经营", "财政拨款"};

// From this many rows, a rule failing on all of them is one misalignment.
constexpr int kMinRowsForMisalignment = 3;

// -------------------------------------------------------------- helpers ---

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

// A printed, non-zero amount: one rounded figure in a sum.
bool IsRoundedItem(const TableCell& cell) { return cell.kind == CellKind::kAmount && cell.cents != 0; }

std::string RowName(const std::string& code, const std::string& label) {
  std::string name = code;
  if (!label.empty()) name += (name.empty() ? "" : " ") + label;
  return name;
}
std::string RowName(const TableRow& row) { return RowName(row.code, row.label); }

std::string TableName(const Table& t) { return t.title.empty() ? "table" : t.title; }

// "支出总表: 201 一般公共服务支出 合计": the table, the row (if named), the column.
std::string Subject(const Table& t, const std::string& row, const std::string& column) {
  std::string s = TableName(t) + ":";
  for (const std::string* part : {&row, &column})
    if (!part->empty()) s += " " + *part;
  return s;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

void Add(std::vector<Diagnostic>& out, std::optional<Diagnostic> d) {
  if (d) out.push_back(std::move(*d));
}

// ---------------------------------------------------------------- rules ---

std::string CodeScope(const std::string& table_title);

// Figures of tables counting different funds (支出总表: every fund; 一般公共
// 预算基本支出表: one) need not add up; the narrative speaks of any.
bool SameScope(const std::vector<const Figure*>& figures) {
  std::string scope;
  for (const Figure* f : figures) {
    if (f->from == FigureSource::kNarrative) continue;
    std::string s = CodeScope(f->source);
    if (!scope.empty() && s != scope) return false;
    scope = s;
  }
  return true;
}

// The identities between headline figures (meaning/figure_identities.h,
// the same rows the figure settlement scores by) that are 勾稽 rules:
// equalities between figures of Figures::amounts. Σ 类 is the code
// hierarchy's check; "本年收入合计 ≤ 收入总计" orders the choice only.
void CheckFigures(const Document& doc, std::vector<Diagnostic>& out) {
  const auto& amounts = doc.figures.amounts;
  auto named = [](std::string_view name, const Figure& f) {
    return std::string(name) + " (" + (FigureSourceText(f).empty() ? "?" : FigureSourceText(f)) + ")";
  };
  for (const FigureIdentity& rule : FigureIdentities()) {
    if (rule.relation != FigureIdentity::Relation::kEqual || !FindAuditRule(rule.code)) continue;
    if (std::find(rule.parts.begin(), rule.parts.end(), kByFunctionSum) != rule.parts.end()) continue;
    auto total = amounts.find(std::string(rule.total));
    if (total == amounts.end()) continue;
    std::vector<const Figure*> figures = {&total->second};
    std::string against;
    Cents sum = 0;
    int items = 0, first_line = 0;
    bool complete = true;
    auto add = [&](std::string_view part, bool required) {
      auto it = amounts.find(std::string(part));
      if (it == amounts.end()) {
        complete = complete && !required;
        return;
      }
      figures.push_back(&it->second);
      against += (against.empty() ? "" : " + ") + named(part, it->second);
      sum += it->second.cents;
      items += it->second.cents != 0;
      if (!first_line) first_line = it->second.span.line;
    };
    for (std::string_view part : rule.parts) add(part, true);
    for (std::string_view part : rule.optional_parts) add(part, false);
    if (!complete || !SameScope(figures)) continue;
    Comparison c{named(rule.total, total->second), total->second.cents, total->second.span.line, against, sum,
                 first_line, items, doc.currency};
    Add(out, Audit(rule.code, c, doc));
  }
}

// A 收入总计 label and its 支出总计 on one row (or the two 总计 of a row).
void CheckGrandTotals(const Document& doc, const Table& t, std::vector<Diagnostic>& out) {
  for (const TableRow& row : t.rows) {
    std::vector<Cents> income, expenditure, plain;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      std::string label = RemoveSpaces(row.cells[i].text);
      std::vector<Cents>* into = label == kIncomeGrandTotalWord        ? &income
                                 : label == kExpenditureGrandTotalWord ? &expenditure
                                 : label == kGrandTotalWord            ? &plain
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
    Add(out, Audit("audit.total-balance",
                   {TableName(t) + ": 收入总计", income[0], row.line, "支出总计", expenditure[0], row.line,
                    1, t.currency},
                   doc));
  }
}

// The column holding `name` itself or its 小计: its index and its prefix.
std::optional<std::pair<std::size_t, std::vector<std::string>>> FindPartColumn(
    const Table& t, std::string_view name, bool contains) {
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c].role != ColumnRole::kAmount) continue;
    std::vector<std::string> path = CleanPath(t.columns[c]);
    for (std::size_t i = 0; i < path.size(); ++i) {
      if (contains ? path[i].find(name) == std::string::npos : path[i] != name) continue;
      bool leaf = i + 1 == path.size() ||
                  (i + 2 == path.size() && IsOneOf(path[i + 1], kSubtotalPathWords));
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
      auto found = FindPartColumn(t, rule.parts[p], rule.contains);
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
    // Each part by its header below the shared prefix ("公务用车购置及运行费/小计").
    std::string parts_text;
    for (std::size_t p : parts) {
      std::vector<std::string> path = CleanPath(t.columns[p]);
      std::string name;
      for (std::size_t i = prefix.size(); i < path.size(); ++i) name += (name.empty() ? "" : "/") + path[i];
      parts_text += (parts_text.empty() ? "" : " + ") + name;
    }
    const std::string total_name = CleanPath(t.columns[*total]).back();
    std::vector<Diagnostic> failed;
    int checked = 0;
    for (const TableRow& row : t.rows) {
      if (*total >= row.cells.size() || row.cells[*total].kind != CellKind::kAmount) continue;
      if (RemoveSpaces(row.label).find(kColumnNumberWord) != std::string::npos) continue;  // column numbers
      Cents sum = 0;
      int items = 0;
      bool readable = true;
      for (std::size_t p : parts) {
        std::optional<Cents> v = p < row.cells.size() ? CellAmount(row.cells[p]) : Cents{0};
        readable = readable && v.has_value();
        if (v) sum += *v;
        items += p < row.cells.size() && IsRoundedItem(row.cells[p]);
      }
      if (!readable) continue;
      ++checked;
      std::optional<Diagnostic> d =
          Audit(rule.code,
                {Subject(t, RowName(row), total_name), row.cells[*total].cents, row.line,
                 parts_text, sum, row.line, items, t.currency},
                doc);
      if (!d) continue;
      (d->severity == Severity::kWarning ? failed : out).push_back(std::move(*d));
    }
    // Many rows off: the printed header most likely does not line up with
    // the data (sample 000's 一般公共预算支出表), so one warning says so
    // instead of one per row.
    if (static_cast<int>(failed.size()) >= kMinRowsForMisalignment) {
      Diagnostic d = failed[0];
      d.message = TableName(t) + ": " + total_name + " ≠ " + parts_text + " on " +
                  std::to_string(failed.size()) + " of " + std::to_string(checked) +
                  " rows; the header may not line up with the columns";
      d.related = failed.back().span;
      d.compared.reset();
      out.push_back(std::move(d));
      continue;
    }
    for (Diagnostic& d : failed) out.push_back(std::move(d));
  }
}

// "三公" tables that list the parts down the page: for each amount column,
// the 合计 row = Σ the three part rows.
void CheckThreePublicRows(const Document& doc, const Table& t, std::vector<Diagnostic>& out) {
  if (RemoveSpaces(t.title).find("三公") == std::string::npos) return;
  const TableRow* total = nullptr;
  std::array<const TableRow*, kThreePublicRows.size()> parts{};
  for (const TableRow& row : t.rows) {
    std::string label = RemoveSpaces(row.label);
    if (!total && row.is_total) total = &row;
    for (std::size_t p = 0; p < parts.size(); ++p)
      if (!parts[p] && label.find(kThreePublicRows[p]) != std::string::npos && !row.is_total) parts[p] = &row;
  }
  if (!total) return;
  for (const TableRow* p : parts)
    if (!p) return;
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c].role != ColumnRole::kAmount || c >= total->cells.size()) continue;
    if (total->cells[c].kind != CellKind::kAmount) continue;
    Cents sum = 0;
    int items = 0;
    bool readable = true;
    for (const TableRow* p : parts) {
      std::optional<Cents> v = c < p->cells.size() ? CellAmount(p->cells[c]) : Cents{0};
      readable = readable && v.has_value();
      if (v) sum += *v;
      items += c < p->cells.size() && IsRoundedItem(p->cells[c]);
    }
    if (!readable) continue;
    Add(out, Audit("audit.three-public",
                   {Subject(t, RowName(*total), t.columns[c].name), total->cells[c].cents,
                    total->line, "因公出国（境）费 + 公务用车购置及运行费 + 公务接待费", sum, parts[0]->line,
                    items, t.currency},
                   doc));
  }
}

// The 类/款/项 columns and the 科目编码 column name different codes (sample
// 000 prints 2089999 on its 208 类 row): the row the printed code belongs to
// is named too.
void CheckCodeColumns(const Document& doc, const Table& t, std::vector<Diagnostic>& out) {
  std::optional<std::size_t> code_column;
  bool parts = false;
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    // A unit's code (单位编码 241 in 西安's per-unit tables) is no 科目's.
    if (t.columns[c].role == ColumnRole::kCode && !code_column && !Contains(t.columns[c].name, "单位"))
      code_column = c;
    parts = parts || t.columns[c].role == ColumnRole::kCodePart;
  }
  if (!code_column || !parts) return;
  for (const TableRow& row : t.rows) {
    if (*code_column >= row.cells.size() || row.depth < 0) continue;
    const std::string printed = RemoveSpaces(row.cells[*code_column].text);
    if (!AllDigits(printed) || CodeDepth(printed) < 0 || printed == row.code) continue;
    // Another classification's code beside the row's (烟台's 政府预算经济分类
    // 501 beside the 部门 class 301) names the same row in the other set.
    if (!row.code.empty() && printed[0] != row.code[0]) continue;
    const TableRow* owner = nullptr;
    for (const TableRow& other : t.rows)
      if (&other != &row && other.code == printed) owner = &other;
    Diagnostic d;
    d.span = {doc.file, row.line, PageOfLine(doc.page_starts, row.line)};
    d.code = "audit.code-columns";
    d.message = TableName(t) + ": " + RowName(row) + " row prints 科目编码 " + printed + " but 类/款/项 " +
                row.code;
    if (owner) {
      d.related = {doc.file, owner->line, PageOfLine(doc.page_starts, owner->line)};
      d.message += "; " + RowName(*owner) + " is at " + PositionText(doc, owner->line);
    }
    out.push_back(std::move(d));
  }
}

// One coded list of a table: the code column (or the row's code when
// npos) and the columns up to the next code column. 公开06表 prints four
// such lists side by side.
struct CodeList {
  std::size_t code_column = std::string::npos;
  std::size_t begin = 0, end = 0;
};

std::vector<CodeList> CodeLists(const Table& t) {
  std::vector<std::size_t> codes;
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    if (t.columns[c].role == ColumnRole::kCode) codes.push_back(c);
  if (codes.size() <= 1) return {{std::string::npos, 0, t.columns.size()}};
  std::vector<CodeList> lists;
  for (std::size_t i = 0; i < codes.size(); ++i)
    lists.push_back({codes[i], codes[i], i + 1 < codes.size() ? codes[i + 1] : t.columns.size()});
  return lists;
}

struct CodedRow {
  std::string code, label;
  const TableRow* row;
};

// The parents of one run of codes, each against the sum of its children.
void CheckCodeRun(const Document& doc, const Table& t, const CodeList& list,
                  const std::vector<CodedRow>& run, std::vector<Diagnostic>& out) {
  for (const CodedRow& parent : run) {
    // A table cut by a page break (the rest parsed as another table) ends
    // inside the last parent's children: their sum there is short, not wrong.
    const bool may_continue = &parent != &run.back() && run.back().code.starts_with(parent.code) &&
                              run.back().row == &t.rows.back();
    std::vector<const CodedRow*> children;
    for (const CodedRow& child : run)
      if (child.code.size() == parent.code.size() + 2 && child.code.starts_with(parent.code))
        children.push_back(&child);
    if (children.empty()) continue;
    const char* level = parent.code.size() == 3 ? "Σ款" : "Σ项";
    for (std::size_t c = list.begin; c < list.end; ++c) {
      const TableRow& prow = *parent.row;
      if (t.columns[c].role != ColumnRole::kAmount || c >= prow.cells.size()) continue;
      std::optional<Cents> printed = CellAmount(prow.cells[c]);
      if (!printed) continue;
      Cents sum = 0;
      int items = 0;
      bool readable = true, any = prow.cells[c].kind == CellKind::kAmount;
      for (const CodedRow* child : children) {
        const TableRow& crow = *child->row;
        std::optional<Cents> v = c < crow.cells.size() ? CellAmount(crow.cells[c]) : Cents{0};
        readable = readable && v.has_value();
        any = any || (c < crow.cells.size() && crow.cells[c].kind == CellKind::kAmount);
        items += c < crow.cells.size() && IsRoundedItem(crow.cells[c]);
        if (v) sum += *v;
      }
      if (!readable || !any || (may_continue && sum < *printed)) continue;
      Add(out, Audit("audit.code-hierarchy",
                     {Subject(t, RowName(parent.code, parent.label), t.columns[c].name),
                      *printed, prow.line, level, sum, children.front()->row->line, items, t.currency},
                     doc));
    }
  }
}

// 类 = Σ款, 款 = Σ项 (and 301 = Σ301xx) within each run of codes. A table
// of several units repeats the codes once per unit: a row with another
// code (the unit's) or a code seen before starts a new run.
void CheckHierarchy(const Document& doc, const Table& t, std::vector<Diagnostic>& out) {
  for (const CodeList& list : CodeLists(t)) {
    std::vector<CodedRow> run;
    std::map<std::string, bool> seen;
    auto flush = [&] {
      CheckCodeRun(doc, t, list, run, out);
      run.clear();
      seen.clear();
    };
    for (const TableRow& row : t.rows) {
      std::string code = row.code, label = row.label;
      if (list.code_column != std::string::npos) {
        code = list.code_column < row.cells.size() ? RemoveSpaces(row.cells[list.code_column].text) : "";
        label = list.code_column + 1 < row.cells.size() ? row.cells[list.code_column + 1].text : "";
      }
      if (code.empty()) continue;
      if (!AllDigits(code) || CodeDepth(code) < 0) {
        if (!run.empty()) flush();
        continue;
      }
      if (seen[code]) flush();
      seen[code] = true;
      run.push_back({code, label, &row});
    }
    flush();
  }
}

bool ShowsWholeCodeAmounts(const Table& t) {
  std::string title = RemoveSpaces(t.title);
  for (std::string_view word : kPartialTableWords)
    if (title.find(word) != std::string::npos) return false;
  return true;
}

// A table of several units (a 预算单位 / 单位名称 column) repeats each code
// once per unit, and its pages are parsed as separate tables: which unit a
// code row belongs to is not known, so it is not compared across tables.
bool ListsUnits(const Table& t) {
  for (const Column& c : t.columns)
    if (c.role != ColumnRole::kAmount && RemoveSpaces(c.name).find("单位") != std::string::npos) return true;
  return false;
}

// Which money a table's code rows count: income or expenditure, and of
// which funds. Only tables of one scope must agree (an income table's 205
// is not its expenditure; 支出总表 counts every fund, 一般公共预算 tables one).
std::string CodeScope(const std::string& table_title) {
  const std::string title = RemoveSpaces(table_title);
  const bool income = title.find("收入") != std::string::npos && title.find("支出") == std::string::npos;
  std::string scope = income ? "income" : "expenditure";
  for (std::string_view fund : kFundWords)
    if (title.find(fund) != std::string::npos) return scope + "/" + std::string(fund);
  return scope;
}

// Functional codes (2xx) carry one amount in the first amount column of
// every table that shows them in full.
void CheckCodeConsistency(const Document& doc, std::vector<Diagnostic>& out) {
  struct Seen {
    const Table* table;
    const TableRow* row;
    Cents cents;
  };
  std::map<std::pair<std::string, std::string>, Seen> seen;  // (scope, code)
  for (const Table& t : doc.tables) {
    if (!ShowsWholeCodeAmounts(t) || ListsUnits(t)) continue;
    const std::string scope = CodeScope(t.title);
    std::optional<std::size_t> first_amount;
    for (std::size_t c = 0; c < t.columns.size() && !first_amount; ++c)
      if (t.columns[c].role == ColumnRole::kAmount) first_amount = c;
    if (!first_amount) continue;
    std::map<std::string, bool> in_this_table;
    for (const TableRow& row : t.rows) {
      if (row.depth < 0 || row.code[0] != '2') continue;
      if (*first_amount >= row.cells.size() || row.cells[*first_amount].kind != CellKind::kAmount)
        continue;
      if (in_this_table[row.code]) continue;
      in_this_table[row.code] = true;
      Cents cents = row.cells[*first_amount].cents;
      auto [it, inserted] = seen.emplace(std::make_pair(scope, row.code), Seen{&t, &row, cents});
      if (inserted) continue;
      const Seen& first = it->second;
      // Exactly 10,000 times: one table's money unit (元 / 万元) was misread,
      // which the parse reports; the amounts agree.
      if (cents == first.cents * 10000 || first.cents == cents * 10000) continue;
      // Amounts in different units compare in 分; shown in this table's unit.
      Add(out, Audit("audit.code-consistency",
                     {TableName(t) + ": " + RowName(row), cents, row.line, TableName(*first.table),
                      first.cents, first.row->line, 1, t.currency},
                     doc));
    }
  }
}

}  // namespace

std::optional<Diagnostic> CheckNarrativeFigure(const std::string& name, const Figure& stated,
                                               const Figure& table, const Document& doc) {
  // Two table rules of one figure that disagree (本年收入合计 and 收入总计
  // both read as total_income) are two different figures, not a finding.
  if (stated.from != FigureSource::kNarrative) return std::nullopt;
  // The narrative rounds to its own unit: a figure in whole 百元 was most
  // likely written in 万元 with two decimals.
  MoneyUnit currency = doc.currency;
  if (currency != MoneyUnit::kWanYuan && stated.cents % 10000 == 0 && table.cents % 10000 != 0)
    currency = MoneyUnit::kWanYuan;
  return Audit("audit.narrative-figure",
               {name + " (" + FigureSourceText(stated) + ")", stated.cents,
                stated.span.line, name + " (" + FigureSourceText(table) + ")", table.cents, table.span.line, 1,
                currency},
               doc);
}

std::vector<Diagnostic> CheckNarrativeFigures(const std::vector<FigureDisagreement>& disagreements,
                                              const Document& doc) {
  std::vector<Diagnostic> out;
  for (const FigureDisagreement& d : disagreements)
    for (const Figure& other : d.others)
      if (std::optional<Diagnostic> finding = CheckNarrativeFigure(d.name, other, d.chosen, doc)) {
        out.push_back(std::move(*finding));
        break;
      }
  return out;
}

std::vector<Diagnostic> CheckDocument(const Document& doc) {
  std::vector<Diagnostic> out;
  // 1. Key figures against each other.
  CheckFigures(doc, out);
  // 2. Within each table: totals, row sums, the code columns and hierarchy.
  for (const Table& t : doc.tables) {
    CheckGrandTotals(doc, t, out);
    CheckRowSums(doc, t, out);
    CheckThreePublicRows(doc, t, out);
    CheckCodeColumns(doc, t, out);
    CheckHierarchy(doc, t, out);
  }
  // 3. Across tables: one amount per code.
  CheckCodeConsistency(doc, out);
  return out;
}

}  // namespace gongkai
