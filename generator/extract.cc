// ExtractFigures: the key figures, from tables by a rules table (which
// figure, from which table kinds, how), then from the narrative where no
// table rule matched. Every candidate that disagrees with the chosen value
// becomes a "figure.conflict" warning.
#include "extract.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "amount.h"
#include "label_text.h"
#include "money_format.h"
#include "narrative_figures.h"
#include "table_kinds.h"

namespace gongkai {
namespace {

enum class How {
  kRowLabel,     // a cell labelled with an alias -> the next amount to its right
  kTotalColumn,  // the 合计/总计 row x the column whose header is an alias ({} = first amount)
  kGroupSum,     // the rows under the group row named `group` -> the sum of their amounts
};

struct FigureRule {
  std::string_view figure;
  How how;
  std::vector<std::string_view> kinds;    // table kinds searched, in order
  std::vector<std::string_view> aliases;  // compacted, enumeration stripped
  std::string_view group = {};            // only rows under this group row
};

// The rules, in priority order per figure: the first rule that yields a
// value wins; later ones are checked against it.
const std::vector<FigureRule>& FigureRules() {
  static const std::vector<FigureRule> rules = {
      {"total_income", How::kRowLabel, {"budget_summary", "final_summary"},
       {"本年收入合计", "收入合计"}},
      {"total_expenditure", How::kRowLabel, {"budget_summary", "final_summary"},
       {"本年支出合计", "支出合计"}},
      {"total_expenditure", How::kTotalColumn, {"expenditure_summary", "final_expenditure"},
       {"合计", "本年支出合计", "支出合计", "小计"}},
      {"total_expenditure", How::kRowLabel, {"overall_performance_targets"}, {"支出预算合计"}},
      {"grand_total", How::kRowLabel, {"budget_summary", "final_summary"},
       {"收入总计", "总计"}},
      {"basic_expenditure", How::kTotalColumn,
       {"expenditure_summary", "final_expenditure", "general_expenditure",
        "final_general_expenditure", "fiscal_expenditure"},
       {"基本支出"}},
      {"basic_expenditure", How::kRowLabel, {"budget_summary"}, {"基本支出"}},
      {"project_expenditure", How::kTotalColumn,
       {"expenditure_summary", "final_expenditure", "general_expenditure",
        "final_general_expenditure", "fiscal_expenditure"},
       {"项目支出"}},
      {"project_expenditure", How::kRowLabel, {"budget_summary"}, {"项目支出"}},
      {"project_expenditure", How::kRowLabel, {"overall_performance_targets"}, {"项目经费"}},
      {"personnel", How::kTotalColumn, {"general_basic"}, {"人员经费"}},
      {"personnel", How::kRowLabel, {"final_general_basic"}, {"人员经费合计", "人员经费"}},
      {"personnel", How::kRowLabel, {"overall_performance_targets"}, {"人员经费"}},
      {"public_funds", How::kTotalColumn, {"general_basic"}, {"公用经费"}},
      {"public_funds", How::kRowLabel, {"final_general_basic"}, {"公用经费合计", "公用经费"}},
      {"public_funds", How::kRowLabel, {"overall_performance_targets", "evaluation_base_data"},
       {"公用经费"}},
      {"three_public", How::kTotalColumn, {"three_public", "final_three_public"},
       {"三公经费合计", "合计"}},
      {"three_public", How::kRowLabel, {"evaluation_base_data"}, {"三公经费"}},
      {"admin_operating", How::kTotalColumn, {"admin_operating"}, {"合计"}},
      {"admin_operating", How::kGroupSum, {"final_related_info"}, {}, "机关运行经费"},
      {"procurement", How::kRowLabel, {"final_related_info"}, {"合计"}, "政府采购"},
      {"procurement", How::kTotalColumn, {"procurement"}, {"合计"}},
      {"procurement", How::kRowLabel, {"evaluation_base_data"}, {"政府采购金额"}},
  };
  return rules;
}

// Tables whose 类 rows (3-digit function codes) give by_function, in order.
const std::vector<std::string_view> kFunctionKinds = {
    "expenditure_summary", "final_expenditure", "general_expenditure",
    "final_general_expenditure", "final_income"};
// Self-evaluation tables, the overall (整体) one first: its 总分 is the score.
const std::vector<std::string_view> kScoreKinds = {"overall_self_evaluation",
                                                   "project_self_evaluation"};
const std::vector<std::string_view> kActualWords = {"决算", "实际", "执行"};
const std::vector<std::string_view> kRowNumberHeaders = {"行次", "栏次", "序号", "编号"};

bool Contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

std::string Key(std::string_view text) { return StripEnumeration(CompactLabel(text)); }

// What one table looks like to the rules: each column's effective header
// per row (a body row of only text, such as "经费控制情况(万元) | 2023年决算数 |
// 2024年决算数", re-heads the rows below it).
struct View {
  const Table* table;
  std::vector<std::vector<std::string>> headers;  // [row][column], compacted

  explicit View(const Table& t) : table(&t) {
    std::vector<std::string> current;
    for (const Column& c : t.columns) current.push_back(CompactLabel(c.name));
    for (const TableRow& row : t.rows) {
      int texts = 0, amounts = 0;
      for (const TableCell& cell : row.cells) {
        bool number = cell.kind == CellKind::kAmount ||
                      (cell.kind == CellKind::kText &&
                       ParseValue(cell.text, t.currency).kind == CellKind::kAmount);
        if (number) ++amounts;
        else if (cell.kind == CellKind::kText) ++texts;
      }
      if (amounts == 0 && texts >= 3) {
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
          if (i >= current.size()) current.resize(i + 1);
          if (!row.cells[i].text.empty()) current[i] = CompactLabel(row.cells[i].text);
        }
      }
      headers.push_back(current);
    }
  }

  const std::string& Header(std::size_t row, std::size_t col) const {
    static const std::string empty;
    return col < headers[row].size() ? headers[row][col] : empty;
  }

  // The amount in cell (row, col), outside code and row-number columns. A
  // number the sniffer left as text (a key/value row inside a text column:
  // "人员经费 | 176.32") counts, read in the table's money unit.
  std::optional<Cents> Money(std::size_t row, std::size_t col) const {
    const TableRow& r = table->rows[row];
    if (col >= r.cells.size()) return std::nullopt;
    const TableCell& cell = r.cells[col];
    Cents cents = cell.cents;
    if (cell.kind == CellKind::kText) {
      ParsedValue v = ParseValue(cell.text, table->currency);
      if (v.kind != CellKind::kAmount) return std::nullopt;
      cents = v.cents;
    } else if (cell.kind != CellKind::kAmount) {
      return std::nullopt;
    }
    if (!IsMoneyColumn(row, col)) return std::nullopt;
    return cents;
  }
  bool IsMoney(std::size_t row, std::size_t col) const { return Money(row, col).has_value(); }

  bool IsMoneyColumn(std::size_t row, std::size_t col) const {
    if (col < table->columns.size()) {
      ColumnRole role = table->columns[col].role;
      if (role == ColumnRole::kRowNumber || role == ColumnRole::kCode ||
          role == ColumnRole::kCodePart)
        return false;
    }
    const std::string& h = Header(row, col);
    for (std::string_view word : kRowNumberHeaders)
      if (h == word) return false;
    return true;
  }
};

struct Preference {
  bool actual_first = false;  // final accounts and self-evaluations
  std::string year;           // "2024" ("" if unknown)
};

// Among candidate money cells of one row, the one whose column suits the
// document: actual (决算/实际/执行) columns in final accounts and
// self-evaluations, budget columns otherwise; the fiscal year breaks ties.
int PreferredColumn(const View& view, std::size_t row, const std::vector<int>& cols,
                    const Preference& pref) {
  int best = -1, best_score = -1;
  for (int col : cols) {
    const std::string& h = view.Header(row, col);
    bool actual = std::any_of(kActualWords.begin(), kActualWords.end(),
                              [&](std::string_view w) { return Contains(h, w); });
    int score = (actual == pref.actual_first ? 2 : 0) +
                (!pref.year.empty() && Contains(h, pref.year) ? 1 : 0);
    if (score > best_score) best = col, best_score = score;
  }
  return best;
}

struct Found {
  Cents cents = 0;
  int line = 0;
};

Found FromCell(const View& view, std::size_t row, int col) {
  const TableRow& r = view.table->rows[row];
  const TableCell& cell = r.cells[col];
  return {view.Money(row, col).value_or(0), cell.line ? cell.line : r.line};
}

// Row range [begin, end) under the group row whose label contains `group`.
std::pair<std::size_t, std::size_t> GroupRange(const Table& table, std::string_view group) {
  std::size_t n = table.rows.size();
  if (group.empty()) return {0, n};
  auto is_group_row = [&](const TableRow& row) {
    for (const TableCell& cell : row.cells)
      if (cell.kind == CellKind::kAmount) return false;
    std::string key = CompactLabel(row.label.empty() && !row.cells.empty() ? row.cells[0].text
                                                                           : row.label);
    return key != StripEnumeration(key);  // "二、机关运行经费": an enumerated heading
  };
  for (std::size_t i = 0; i < n; ++i) {
    bool named = false;
    for (const TableCell& cell : table.rows[i].cells)
      if (Contains(CompactLabel(cell.text), group)) named = true;
    if (!named && !Contains(CompactLabel(table.rows[i].label), group)) continue;
    std::size_t end = i + 1;
    while (end < n && !is_group_row(table.rows[end])) ++end;
    return {i + 1, end};
  }
  // The group row may have been read as the table's header.
  for (const Column& c : table.columns)
    if (Contains(CompactLabel(c.name), group)) {
      std::size_t end = 0;
      while (end < n && !is_group_row(table.rows[end])) ++end;
      return {0, end};
    }
  return {n, n};
}

bool IsTotalRow(const TableRow& row) {
  if (row.is_total) return true;
  for (const TableCell& cell : row.cells) {
    std::string key = Key(cell.text);
    if (key == "合计" || key == "总计") return true;
  }
  return false;
}

std::optional<Found> RowLabel(const View& view, const FigureRule& rule, const Preference& pref) {
  const Table& t = *view.table;
  auto [begin, end] = GroupRange(t, rule.group);
  for (std::string_view alias : rule.aliases) {
    for (std::size_t r = begin; r < end; ++r) {
      const TableRow& row = t.rows[r];
      for (std::size_t i = 0; i < row.cells.size(); ++i) {
        if (row.cells[i].kind != CellKind::kText || Key(row.cells[i].text) != alias) continue;
        std::vector<int> cols;
        for (std::size_t j = i + 1; j < row.cells.size(); ++j) {
          if (view.IsMoney(r, j)) cols.push_back(static_cast<int>(j));
          else if (view.IsMoneyColumn(r, j) && row.cells[j].kind == CellKind::kText &&
                   ParseValue(row.cells[j].text, t.currency).kind != CellKind::kAmount)
            break;  // the next label: 本年收入合计 | 227.61 | 本年支出合计
        }
        if (cols.empty()) continue;
        return FromCell(view, r, PreferredColumn(view, r, cols, pref));
      }
    }
  }
  return std::nullopt;
}

// A table of one money row ("12.50 | 0.00 | 10.30 …" under 合计 | 因公出国…)
// is its own total row.
bool IsOnlyMoneyRow(const View& view, std::size_t row) {
  const Table& t = *view.table;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    bool money = false;
    for (std::size_t c = 0; c < t.rows[r].cells.size(); ++c) money = money || view.IsMoney(r, c);
    if (money != (r == row)) return false;
  }
  return true;
}

std::optional<Found> TotalColumn(const View& view, const FigureRule& rule, const Preference& pref) {
  const Table& t = *view.table;
  bool has_total = std::any_of(t.rows.begin(), t.rows.end(), IsTotalRow);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (has_total ? !IsTotalRow(t.rows[r]) : !IsOnlyMoneyRow(view, r)) continue;
    std::vector<int> cols;
    for (std::size_t c = 0; c < t.rows[r].cells.size(); ++c) {
      if (!view.IsMoney(r, c)) continue;
      bool matches = rule.aliases.empty();
      for (std::string_view alias : rule.aliases) {
        if (view.Header(r, c) == alias) matches = true;
        if (c < t.columns.size())
          for (const std::string& part : t.columns[c].path)
            if (Key(part) == alias) matches = true;
      }
      if (matches) cols.push_back(static_cast<int>(c));
    }
    if (cols.empty()) continue;
    // Several matches (基本支出/小计, 基本支出/人员经费 …): the first is the
    // subtotal unless the document prefers another basis.
    if (!pref.actual_first) return FromCell(view, r, cols.front());
    return FromCell(view, r, PreferredColumn(view, r, cols, pref));
  }
  return std::nullopt;
}

std::optional<Found> GroupSum(const View& view, const FigureRule& rule, const Preference& pref) {
  const Table& t = *view.table;
  auto [begin, end] = GroupRange(t, rule.group);
  std::optional<Found> sum;
  for (std::size_t r = begin; r < end; ++r) {
    std::vector<int> cols;
    for (std::size_t c = 0; c < t.rows[r].cells.size(); ++c)
      if (view.IsMoney(r, c)) cols.push_back(static_cast<int>(c));
    if (cols.empty()) continue;
    Found f = FromCell(view, r, PreferredColumn(view, r, cols, pref));
    if (!sum) sum = Found{0, f.line};
    sum->cents += f.cents;
  }
  return sum;
}

std::vector<const Table*> TablesOfKinds(const Document& doc,
                                        const std::vector<std::string_view>& kinds) {
  std::vector<const Table*> out;
  for (std::string_view kind : kinds)
    for (const Table& t : doc.tables)
      if (t.kind == kind && t.state == TableState::kData) out.push_back(&t);
  return out;
}

std::string SourceName(const Table& t) {
  if (!t.title.empty()) return t.title;
  const TableKind* kind = FindTableKind(t.kind);
  return kind ? std::string(kind->name) : t.kind;
}

void AddByFunction(const Document& doc, Figures& figures) {
  for (const Table* t : TablesOfKinds(doc, kFunctionKinds)) {
    View view(*t);
    for (std::size_t r = 0; r < t->rows.size(); ++r) {
      const TableRow& row = t->rows[r];
      bool top = row.depth == 0 || (row.depth < 0 && row.code.size() == 3);
      if (!top || row.code.size() != 3 || row.code[0] != '2') continue;
      if (figures.by_function.count(row.code)) continue;
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (!view.IsMoney(r, c)) continue;
        Found f = FromCell(view, r, static_cast<int>(c));
        figures.by_function[row.code] = {f.cents, {doc.file, f.line}, SourceName(*t)};
        break;
      }
    }
  }
}

void AddScore(const Document& doc, Figures& figures) {
  for (const Table* t : TablesOfKinds(doc, kScoreKinds)) {
    View view(*t);
    for (std::size_t r = 0; r < t->rows.size(); ++r) {
      const TableRow& row = t->rows[r];
      auto label = std::find_if(row.cells.begin(), row.cells.end(),
                                [](const TableCell& c) { return Key(c.text) == "总分"; });
      if (label == row.cells.end()) continue;
      std::optional<std::int64_t> by_header, last;
      for (std::size_t c = label - row.cells.begin() + 1; c < row.cells.size(); ++c) {
        std::optional<std::int64_t> v = ParseHundredths(CompactLabel(row.cells[c].text));
        if (!v) continue;
        last = v;
        if (Contains(view.Header(r, c), "得分")) by_header = v;
      }
      if (std::optional<std::int64_t> v = by_header ? by_header : last) {
        figures.score = Score{*v, {doc.file, row.line}};
        return;
      }
    }
  }
}

std::string Describe(const Figure& f) {
  return FormatYuan(f.cents) + " (" + f.source + ", line " + std::to_string(f.span.line) + ")";
}

}  // namespace

Figures ExtractFigures(const Document& doc, const std::vector<Block>& blocks,
                       std::vector<Diagnostic>& diagnostics) {
  Figures figures;
  Preference pref;
  if (!doc.kinds.empty())
    pref.actual_first = doc.kinds.front() == "final" || doc.kinds.front() == "performance-evaluation";
  if (doc.year) pref.year = std::to_string(doc.year);

  // 1. Table rules: every rule's first table yields a candidate.
  std::map<std::string, std::vector<Figure>> candidates;
  std::vector<std::string> order;
  for (const FigureRule& rule : FigureRules()) {
    for (const Table* t : TablesOfKinds(doc, rule.kinds)) {
      View view(*t);
      std::optional<Found> found = rule.how == How::kRowLabel      ? RowLabel(view, rule, pref)
                                   : rule.how == How::kTotalColumn ? TotalColumn(view, rule, pref)
                                                                   : GroupSum(view, rule, pref);
      if (!found) continue;
      std::string name(rule.figure);
      if (!candidates.count(name)) order.push_back(name);
      candidates[name].push_back({found->cents, {doc.file, found->line}, SourceName(*t)});
      break;
    }
  }

  // 2. Narrative: where no table rule matched, and as a check where one did.
  for (auto& [name, figure] : FindNarrativeFigures(blocks, doc.file)) {
    if (!candidates.count(name)) order.push_back(name);
    candidates[name].push_back(figure);
  }

  // 3. The first candidate wins; a disagreeing one is a warning.
  for (const std::string& name : order) {
    const std::vector<Figure>& list = candidates[name];
    figures.amounts[name] = list.front();
    for (std::size_t i = 1; i < list.size(); ++i) {
      if (list[i].cents == list.front().cents) continue;
      diagnostics.push_back({list[i].span, Severity::kWarning, "figure.conflict",
                             name + ": " + Describe(list[i]) + " disagrees with " +
                                 Describe(list.front())});
      break;
    }
  }

  // 4. By function (类) and the self-evaluation score.
  AddByFunction(doc, figures);
  AddScore(doc, figures);
  return figures;
}

}  // namespace gongkai
