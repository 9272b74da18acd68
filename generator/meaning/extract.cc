// ExtractFigures: the key figures, from tables by the rules of
// figure_rules.h, then from the narrative where no table rule matched.
// A narrative figure that disagrees with the chosen table value becomes an
// "audit.narrative-figure" finding (checks.h).
#include "extract.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

#include "amount.h"
#include "codes.h"
#include "figure_identities.h"
#include "figure_rules.h"
#include "figure_settle.h"
#include "labels.h"
#include "money_format.h"
#include "narrative_figures.h"
#include "table_kinds.h"
#include "table_scope.h"
#include "table_view.h"
#include "text.h"

namespace gongkai {
namespace {

// Tables whose 类 rows (3-digit function codes) give by_function, in order.
const std::vector<std::string_view> kFunctionKinds = {
    "expenditure_summary", "final_expenditure", "general_expenditure",
    "final_general_expenditure", "final_income", "budget_summary", "final_summary"};
// Self-evaluation tables, the overall (整体) one first: its 总分 is the score.
const std::vector<std::string_view> kScoreKinds = {"overall_self_evaluation",
                                                   "project_self_evaluation"};


// Each table's view, made on first use: many rules read the same table.
class TableViews {
 public:
  const TableView& Of(const Table& t) {
    auto it = views_.find(&t);
    if (it == views_.end()) it = views_.emplace(&t, TableView(t)).first;
    return it->second;
  }

 private:
  std::map<const Table*, TableView> views_;
};

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

// Penalties on a candidate's own score (figure_settle.h), each with the
// reason the explanation gives.
constexpr int kRuleRankPenalty = 3;    // per rule of the figure before it
constexpr int kKindRankPenalty = 1;    // per table kind of the rule before it
constexpr int kScopePenalty = 30;      // one fund's table for a department-wide figure
constexpr int kYearPenalty = 40;       // a table titled with another year
constexpr int kNarrativePenalty = 35;  // a sentence's rounded value, no table
constexpr int kAlternativePenalty = 2; // another column of the row, matching as well

// The score of a candidate read from table `t` for `figure`, and why.
void ScoreTable(const Document& doc, const Table& t, int column, FigureCandidate& c) {
  c.scope = ColumnFundScope(t, column);
  if (IsDepartmentWideFigure(c.name) && c.scope != FundScope::kAllFunds) {
    c.score -= kScopePenalty;
    c.notes.push_back(std::string(FundScopeName(c.scope)) + " only");
  }
  if (int year = TableTitleYear(t); year && doc.year && year != doc.year) {
    c.score -= kYearPenalty;
    c.notes.push_back("table of " + std::to_string(year));
  }
}

// Whether a coded row is a 功能分类 类 row: a 类 code of the classification
// whose label, if any, names a 类 ("241 西安市民政局" is a unit's code).
bool IsClassRow(const TableRow& row) {
  bool top = row.depth == 0 || (row.depth < 0 && row.code.size() == 3);
  if (!top || row.code.size() != 3 || StandardFunctionName(row.code).empty()) return false;
  std::string label = StripEnumeration(CompactLabel(row.label));
  return label.empty() || Contains(label, "支出") || FunctionCodeByName(label) == row.code ||
         Contains(label, "预备费");
}

// The 类 amounts of one table: coded 类 rows, and 类 named without a code
// (a 收支总表's expenditure side: "一、一般公共服务支出 | 1,234.56").
void ReadClasses(const Document& doc, const Table& t, const TableView& view, FunctionCandidate& into,
                 const Table*& first) {
  // A 类 printed with 0.00 (a template listing every 类 by name) spends nothing.
  auto add = [&](const std::string& code, std::size_t r, std::size_t c) {
    if (into.by_code.count(code) || view.Money(r, c).value_or(0) == 0) return;
    const TableRow& row = t.rows[r];
    const TableCell& cell = row.cells[c];
    into.by_code[code] = {*view.Money(r, c), {doc.file, cell.line ? cell.line : row.line}, SourceName(t)};
    if (!first) first = &t;
  };
  // Where the table numbers its named 类 ("一、教育支出"), a name printed
  // without a number is a 款 or 项 under one ("住房保障" = 21908 under
  // 五、援助其他地区支出: 深圳 2026), not the 类 it shortens.
  auto named_class = [&](std::size_t r, std::size_t i) -> std::string {
    if (i < t.columns.size() && Contains(t.columns[i].name, "经济")) return "";
    return FunctionCodeByName(view.Key(r, i));
  };
  bool numbered = false;
  for (std::size_t r = 0; r < t.rows.size() && !numbered; ++r)
    if (t.rows[r].code.empty())
      for (std::size_t i = 0; i < t.rows[r].cells.size() && !numbered; ++i)
        numbered = !named_class(r, i).empty() && StartsWithEnumeration(CompactLabel(t.rows[r].cells[i].text));
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const TableRow& row = t.rows[r];
    if (IsClassRow(row)) {
      for (std::size_t c = 0; c < row.cells.size(); ++c)
        if (view.IsMoney(r, c)) {
          add(row.code, r, c);
          break;
        }
      continue;
    }
    if (!row.code.empty()) continue;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      // (Beside the 功能 classes a 收支总表 may list the economic ones, whose
      // names repeat a 类's: "15、其他支出" of 政府预算支出经济分类.)
      std::string code = named_class(r, i);
      if (code.empty() || (numbered && !StartsWithEnumeration(CompactLabel(row.cells[i].text)))) continue;
      for (std::size_t c = i + 1; c < row.cells.size(); ++c) {
        if (view.IsMoney(r, c)) {
          add(code, r, c);
          break;
        }
        if (!view.Key(r, c).empty()) break;  // the next label, no amount between
      }
    }
  }
}

// by_function candidates: one per table kind, its pieces read together, a
// code's first 类 row counting.
std::vector<FunctionCandidate> FunctionCandidates(const Document& doc, TableViews& views) {
  std::vector<FunctionCandidate> out;
  int rank = 0;
  for (std::string_view kind : kFunctionKinds) {
    FunctionCandidate candidate;
    const Table* first = nullptr;
    for (const Table* t : TablesOfKinds(doc, {kind})) ReadClasses(doc, *t, views.Of(*t), candidate, first);
    if (!first) continue;
    FigureCandidate scored{std::string(kByFunctionSum), {}, FundScope::kAllFunds,
                           kBaseScore - kKindRankPenalty * rank++, {}, first};
    ScoreTable(doc, *first, -1, scored);
    candidate.scope = scored.scope;
    candidate.score = scored.score;
    candidate.notes = scored.notes;
    candidate.source = SourceName(*first);
    out.push_back(std::move(candidate));
  }
  return out;
}

void AddScore(const Document& doc, TableViews& views, Figures& figures) {
  for (const Table* t : TablesOfKinds(doc, kScoreKinds)) {
    const TableView& view = views.Of(*t);
    for (std::size_t r = 0; r < t->rows.size(); ++r) {
      const TableRow& row = t->rows[r];
      std::size_t label = 0;
      while (label < row.cells.size() && view.Key(r, label) != "总分") ++label;
      if (label == row.cells.size()) continue;
      std::optional<std::int64_t> by_header, last;
      for (std::size_t c = label + 1; c < row.cells.size(); ++c) {
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

}  // namespace

Figures ExtractFigures(const Document& doc, const std::vector<Block>& blocks,
                       std::vector<FigureDisagreement>& disagreements) {
  ColumnPreference pref;
  if (!doc.kinds.empty())
    pref.actual_first = doc.kinds.front() == "final" || doc.kinds.front() == "performance-evaluation";
  if (doc.year) pref.year = std::to_string(doc.year);

  // 1. Every rule over every table of its kinds yields a candidate.
  TableViews views;
  std::vector<FigureCandidate> candidates;
  std::map<std::string, int> rule_rank;
  for (const TableFigureRule& rule : TableFigureRules()) {
    std::string name(rule.figure);
    int rank = rule_rank[name]++;
    if (rule.for_docs == TableFigureRule::For::kBudget && pref.actual_first) continue;
    if (rule.for_docs == TableFigureRule::For::kFinal && !pref.actual_first) continue;
    for (std::size_t k = 0; k < rule.kinds.size(); ++k)
      for (const Table* t : TablesOfKinds(doc, {rule.kinds[k]})) {
        std::optional<FoundAmount> found = ApplyRule(rule, views.Of(*t), pref);
        if (!found) continue;
        FigureCandidate c{name, {found->cents, {doc.file, found->line}, SourceName(*t)},
                          FundScope::kAllFunds, kBaseScore, {}, t};
        c.score -= kRuleRankPenalty * rank + kKindRankPenalty * static_cast<int>(k);
        if (rank > 0) c.notes.push_back("rule " + std::to_string(rank + 1));
        FigureCandidate base = c;
        ScoreTable(doc, *t, found->column, c);
        candidates.push_back(c);
        for (const FoundAmount::Alternative& other : found->alternatives) {
          FigureCandidate alt = base;
          alt.figure.cents = other.cents;
          alt.figure.span.line = other.line;
          alt.score -= kAlternativePenalty;
          alt.notes.push_back("another column of the row");
          ScoreTable(doc, *t, other.column, alt);
          candidates.push_back(std::move(alt));
        }
      }
  }

  // 2. The narrative's sentences.
  for (NarrativeFigure& n : FindNarrativeFigures(blocks, doc.file)) {
    // (A fund named beside "三公" or 机关运行经费, one fund's by definition,
    // narrows nothing.)
    const bool narrower = n.scope != FundScope::kAllFunds && IsDepartmentWideFigure(n.name);
    std::vector<std::string> notes = {"narrative, rounded"};
    if (narrower) notes.push_back(std::string(FundScopeName(n.scope)) + " only");
    candidates.push_back({std::move(n.name), n.figure, narrower ? n.scope : FundScope::kAllFunds,
                          kBaseScore - kNarrativePenalty - (narrower ? kScopePenalty : 0), std::move(notes),
                          nullptr});
  }

  // 3. Settled together by the identities.
  Settlement settled = SettleFigures(candidates, FunctionCandidates(doc, views), doc.currency);
  Figures figures;
  figures.amounts = std::move(settled.amounts);
  figures.by_function = std::move(settled.by_function);
  figures.choices = std::move(settled.choices);

  // 4. A narrative value that differs from the chosen one goes to the 勾稽
  // checks (checks.h CheckNarrativeFigures).
  // Only a sentence of the chosen value's fund speaks against a department-
  // wide figure (机关运行经费 and "三公" are one fund's by definition).
  // A sentence that names another total the value of which the tables print
  // ("收入总计 430,725.03" for 本年收入合计: 西南大学 2023) calls it by another
  // name; it speaks against neither.
  auto names_sibling = [&](const std::string& name, Cents cents) {
    static const std::map<std::string, std::vector<std::string>> kSiblings = {
        {"grand_total", {"total_income", "total_expenditure"}},
        {"total_income", {"grand_total"}},
        {"total_expenditure", {"grand_total"}}};
    auto it = kSiblings.find(name);
    if (it == kSiblings.end()) return false;
    for (const std::string& sibling : it->second)
      if (auto f = figures.amounts.find(sibling); f != figures.amounts.end() && f->second.cents == cents &&
                                                   f->second.from != FigureSource::kNarrative)
        return true;
    return false;
  };
  for (const auto& [name, chosen] : figures.amounts) {
    FigureDisagreement d{name, chosen, {}};
    std::string chosen_scope;
    for (const FigureChoice& choice : figures.choices[name])
      if (choice.chosen) chosen_scope = choice.scope;
    for (const FigureCandidate& c : candidates)
      if (c.name == name && c.figure.from == FigureSource::kNarrative && c.figure.cents != chosen.cents &&
          (!IsDepartmentWideFigure(name) || FundScopeName(c.scope) == chosen_scope) &&
          !names_sibling(name, c.figure.cents))
        d.others.push_back(c.figure);
    if (!d.others.empty()) disagreements.push_back(std::move(d));
  }

  AddScore(doc, views, figures);
  return figures;
}

}  // namespace gongkai
