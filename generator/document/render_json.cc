#include "render_json.h"

#include "amount.h"
#include "audit_json.h"
#include "diagnostics.h"

namespace gongkai {
namespace {

using Json = nlohmann::ordered_json;

const char* StateName(TableState state) {
  switch (state) {
    case TableState::kData: return "data";
    case TableState::kEmptyWithNote: return "empty-with-note";
    case TableState::kEmptyWithoutNote: return "empty-without-note";
    case TableState::kIllegible: return "illegible";
  }
  return "data";
}

const char* LayoutName(TableLayout layout) {
  switch (layout) {
    case TableLayout::kTab: return "tab";
    case TableLayout::kCellPerLine: return "cell-per-line";
    case TableLayout::kPipe: return "pipe";
    case TableLayout::kSpaceAligned: return "space-aligned";
  }
  return "tab";
}

const char* RoleName(ColumnRole role) {
  switch (role) {
    case ColumnRole::kLabel: return "label";
    case ColumnRole::kCode: return "code";
    case ColumnRole::kCodePart: return "code-part";
    case ColumnRole::kRowNumber: return "row-number";
    case ColumnRole::kAmount: return "amount";
    case ColumnRole::kText: return "text";
  }
  return "text";
}

Json CurrencyJson(MoneyUnit currency) {
  if (currency == MoneyUnit::kUnknown) return nullptr;
  return MoneyUnitName(currency);
}

Json CellJson(const TableCell& cell) {
  switch (cell.kind) {
    case CellKind::kEmpty: return nullptr;
    case CellKind::kAmount: return YuanJson(cell.cents);
    case CellKind::kDash: return Json{{"dash", cell.text}};
    case CellKind::kText: return cell.text;
    case CellKind::kIllegible: return Json{{"illegible", true}};
  }
  return nullptr;
}

Json TableJson(const Table& table) {
  Json columns = Json::array();
  for (const Column& c : table.columns) columns.push_back({{"name", c.name}, {"role", RoleName(c.role)}});
  Json rows = Json::array();
  for (const TableRow& r : table.rows) {
    Json cells = Json::array();
    for (const TableCell& c : r.cells) cells.push_back(CellJson(c));
    Json row = {{"line", r.line}, {"label", r.label}};
    if (!r.code.empty()) row["code"] = r.code;
    if (r.depth >= 0) row["depth"] = r.depth;
    if (r.is_total) row["total"] = true;
    if (r.is_group) row["group"] = true;
    row["cells"] = std::move(cells);
    rows.push_back(std::move(row));
  }
  Json out = {{"title", table.title},
              {"kind", table.kind.empty() ? Json(nullptr) : Json(table.kind)},
              {"currency", CurrencyJson(table.currency)},
              {"state", StateName(table.state)},
              {"line", table.line},
              {"layout", LayoutName(table.layout)}};
  if (!table.note.empty()) out["note"] = table.note;
  if (table.illegible) out["illegible"] = true;
  out["columns"] = std::move(columns);
  out["rows"] = std::move(rows);
  return out;
}

Json FigureJson(const Figure& f) { return YuanJson(f.cents); }

Json FiguresJson(const Figures& figures) {
  Json out = Json::object();
  for (const auto& [name, figure] : figures.amounts) out[name] = FigureJson(figure);
  if (!figures.by_function.empty()) {
    Json by = Json::object();
    for (const auto& [code, figure] : figures.by_function) by[code] = FigureJson(figure);
    out["by_function"] = std::move(by);
  }
  if (figures.score) out["score"] = static_cast<double>(figures.score->hundredths) / 100.0;
  return out;
}

// Where each figure came from, kept apart from the values of the contract.
Json SourcesJson(const Figures& figures) {
  Json out = Json::object();
  for (const auto& [name, f] : figures.amounts) out[name] = {{"line", f.span.line}, {"source", FigureSourceText(f)}};
  for (const auto& [code, f] : figures.by_function)
    out["by_function." + code] = {{"line", f.span.line}, {"source", FigureSourceText(f)}};
  if (figures.score) out["score"] = {{"line", figures.score->span.line}, {"source", "self-evaluation"}};
  return out;
}

// Every candidate each figure was chosen from (figure_settle.h), the chosen
// one first, with its position and why it won or lost.
Json ChoicesJson(const Figures& figures, const Document& doc) {
  Json out = Json::object();
  for (const auto& [name, list] : figures.choices) {
    Json entries = Json::array();
    for (const FigureChoice& c : list) {
      Json e = {{"value", YuanJson(c.figure.cents)}, {"line", c.figure.span.line}};
      if (int page = PageOfLine(doc.page_starts, c.figure.span.line); page > 0) e["page"] = page;
      e["source"] = FigureSourceText(c.figure);
      e["scope"] = c.scope;
      e["score"] = c.score;
      e["chosen"] = c.chosen;
      e["why"] = c.why;
      entries.push_back(std::move(e));
    }
    out[name] = std::move(entries);
  }
  return out;
}

// A diagnostic; 勾稽 findings add the second position (`related`) and the
// two amounts compared (in 元, like every amount of the contract).
Json DiagnosticJson(const Diagnostic& d) {
  Json out = {{"line", d.span.line}};
  if (d.span.page > 0) out["page"] = d.span.page;
  out["severity"] = SeverityName(d.severity);
  out["code"] = d.code;
  out["message"] = d.message;
  if (d.related.line > 0) {
    out["related"] = {{"line", d.related.line}};
    if (d.related.page > 0) out["related"]["page"] = d.related.page;
  }
  if (d.compared) {
    out["printed"] = YuanJson(d.compared->printed);
    out["expected"] = YuanJson(d.compared->expected);
  }
  return out;
}

}  // namespace

Json YuanJson(Cents cents) {
  // Integers stay integers; otherwise the shortest round-trip text of
  // cents/100 is exactly the two-decimal amount (|cents| < 2^53).
  if (cents % 100 == 0) return cents / 100;
  return static_cast<double>(cents) / 100.0;
}

Json DocumentToJson(const Document& doc) {
  Json tables = Json::array();
  for (const Table& t : doc.tables) tables.push_back(TableJson(t));
  Json sections = Json::array();
  for (const Section& s : doc.sections)
    sections.push_back({{"title", s.title}, {"level", s.level}, {"line", s.line}});
  Json glossary = Json::array();
  for (const GlossaryEntry& g : doc.glossary) {
    Json entry = {{"term", g.term}, {"definition", g.definition}, {"line", g.line}};
    if (g.terms.size() > 1) {
      Json terms = Json::array();
      for (const GlossaryTerm& t : g.terms) terms.push_back({{"term", t.term}, {"definition", t.definition}});
      entry["terms"] = std::move(terms);
    }
    glossary.push_back(std::move(entry));
  }
  Json indicators = Json::array();
  for (const Indicator& i : doc.indicators) {
    Json row = {{"level1", i.level1}, {"level2", i.level2}, {"name", i.name}, {"operator", i.op},
                {"target", i.target}, {"unit", i.unit}};
    if (!i.actual.empty()) row["actual"] = i.actual;
    if (!i.weight.empty()) row["weight"] = i.weight;
    if (!i.score.empty()) row["score"] = i.score;
    if (!i.note.empty()) row["note"] = i.note;
    row["table"] = i.table;
    row["line"] = i.line;
    indicators.push_back(std::move(row));
  }
  Json diagnostics = Json::array();
  for (const Diagnostic& d : doc.diagnostics) diagnostics.push_back(DiagnosticJson(d));
  Json unit = {{"name", doc.unit.name.empty() ? Json(nullptr) : Json(doc.unit.name)},
               {"code", doc.unit.code.empty() ? Json(nullptr) : Json(doc.unit.code)}};
  Json out{{"file", doc.file},
           {"encoding", doc.encoding},
           {"unit", std::move(unit)},
           {"year", doc.year ? Json(doc.year) : Json(nullptr)},
           {"kinds", doc.kinds},
           {"currency", CurrencyJson(doc.currency)},
           {"figures", FiguresJson(doc.figures)},
           {"figure_sources", SourcesJson(doc.figures)},
           {"figure_choices", ChoicesJson(doc.figures, doc)},
           {"tables", std::move(tables)},
           {"sections", std::move(sections)},
           {"glossary", std::move(glossary)},
           {"indicators", std::move(indicators)},
           {"diagnostics", std::move(diagnostics)}};
  if (doc.unread.empty()) {
    // The file alone; a unit-year's data.json credits its other files (audit_pages.h).
    const Completeness completeness = AssessCompleteness(doc);
    out["completeness"] = CompletenessToJson(completeness);
    out["transparency"] = TransparencyToJson(ScoreDisclosure(doc, completeness), doc.file);
  }
  return out;
}

}  // namespace gongkai
