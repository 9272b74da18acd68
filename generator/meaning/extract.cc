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
#include "figure_rules.h"
#include "labels.h"
#include "money_format.h"
#include "narrative_figures.h"
#include "table_kinds.h"
#include "table_view.h"
#include "text.h"

namespace gongkai {
namespace {

// Tables whose 类 rows (3-digit function codes) give by_function, in order.
const std::vector<std::string_view> kFunctionKinds = {
    "expenditure_summary", "final_expenditure", "general_expenditure",
    "final_general_expenditure", "final_income"};
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

void AddByFunction(const Document& doc, TableViews& views, Figures& figures) {
  for (const Table* t : TablesOfKinds(doc, kFunctionKinds)) {
    const TableView& view = views.Of(*t);
    for (std::size_t r = 0; r < t->rows.size(); ++r) {
      const TableRow& row = t->rows[r];
      bool top = row.depth == 0 || (row.depth < 0 && row.code.size() == 3);
      if (!top || row.code.size() != 3 || row.code[0] != '2') continue;
      if (figures.by_function.count(row.code)) continue;
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (!view.IsMoney(r, c)) continue;
        const TableCell& cell = row.cells[c];
        figures.by_function[row.code] = {*view.Money(r, c), {doc.file, cell.line ? cell.line : row.line},
                                         SourceName(*t)};
        break;
      }
    }
  }
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
  Figures figures;
  ColumnPreference pref;
  if (!doc.kinds.empty())
    pref.actual_first = doc.kinds.front() == "final" || doc.kinds.front() == "performance-evaluation";
  if (doc.year) pref.year = std::to_string(doc.year);

  // 1. Table rules: every rule's first table yields a candidate.
  TableViews views;
  std::map<std::string, std::vector<Figure>> candidates;
  std::map<std::string, std::vector<std::pair<Cents, int>>> alternatives;
  std::vector<std::string> order;
  for (const TableFigureRule& rule : TableFigureRules()) {
    if (rule.for_docs == TableFigureRule::For::kBudget && pref.actual_first) continue;
    if (rule.for_docs == TableFigureRule::For::kFinal && !pref.actual_first) continue;
    for (const Table* t : TablesOfKinds(doc, rule.kinds)) {
      std::optional<FoundAmount> found = ApplyRule(rule, views.Of(*t), pref);
      if (!found) continue;
      std::string name(rule.figure);
      if (!candidates.count(name)) {
        order.push_back(name);
        alternatives[name] = found->alternatives;
      }
      candidates[name].push_back({found->cents, {doc.file, found->line}, SourceName(*t)});
      break;
    }
  }

  // 2. Narrative: where no table rule matched, and as a check where one did.
  for (auto& [name, figure] : FindNarrativeFigures(blocks, doc.file)) {
    if (!candidates.count(name)) order.push_back(name);
    candidates[name].push_back(figure);
  }

  // 3. The first candidate wins; the disagreeing ones are handed to the
  // 勾稽 checks (a narrative one is a finding there). When the
  // winning table row offered other equally matching columns, the one the
  // narrative states is taken.
  for (const std::string& name : order) {
    std::vector<Figure>& list = candidates[name];
    if (list.size() > 1 && list.back().from == FigureSource::kNarrative)
      for (const auto& [cents, line] : alternatives[name])
        if (cents == list.back().cents && cents != list.front().cents) {
          list.front().cents = cents;
          list.front().span.line = line;
        }
    figures.amounts[name] = list.front();
    FigureDisagreement disagreement{name, list.front(), {}};
    for (std::size_t i = 1; i < list.size(); ++i)
      if (list[i].cents != list.front().cents) disagreement.others.push_back(list[i]);
    if (!disagreement.others.empty()) disagreements.push_back(std::move(disagreement));
  }

  // 4. By function (类) and the self-evaluation score.
  AddByFunction(doc, views, figures);
  AddScore(doc, views, figures);
  return figures;
}

}  // namespace gongkai
