// The unit-year page: every document of one unit and fiscal year, merged on
// one page, with its data files. Made from that group's documents only.
#include <algorithm>
#include <cstdio>
#include <utility>

#include "amount.h"
#include "audit_pages.h"
#include "audit_rules.h"
#include "charts.h"
#include "codes.h"
#include "function_execution.h"
#include "markdown.h"
#include "money_format.h"
#include "pages.h"
#include "render_json.h"
#include "site_data.h"
#include "source_view.h"
#include "treemap.h"

namespace gongkai {
namespace {

using Json = nlohmann::json;

std::string CurrencyLabel(MoneyUnit c) {
  return c == MoneyUnit::kUnknown ? "" : std::string("单位：") + MoneyUnitName(c);
}

// The source of figure document `n` (1-based), nullptr when out of range.
const SourceFile* SourceOf(const std::vector<SourceFile>& sources, int n) {
  return n >= 1 && n <= static_cast<int>(sources.size()) ? &sources[static_cast<std::size_t>(n - 1)] : nullptr;
}

// Table views are built field by field: they hold every cell of a page, and
// nlohmann's {{"key", value}} initializer lists copy each value twice.
Json CellView(const TableCell& cell, const Column& column, const TableRow& row, MoneyUnit currency) {
  Json v(Json::value_t::object);
  v["text"] = cell.text;
  std::string cls;
  switch (cell.kind) {
    case CellKind::kEmpty: cls = "empty"; v["empty"] = true; break;
    case CellKind::kAmount:
      cls = cell.cents == 0 ? "amount zero" : "amount";
      v["sort_value"] = PlainAmount(cell.cents, currency);
      v["linked"] = row.line > 0;  // to its row's line (TableJson's row_url)
      break;
    case CellKind::kDash: cls = "dash"; break;
    case CellKind::kText: cls = "text"; break;
    case CellKind::kIllegible: cls = "illegible"; v["text"] = "无法辨认"; break;
  }
  bool is_label = column.role == ColumnRole::kLabel || column.role == ColumnRole::kCode;
  if (is_label && row.depth >= 0) cls += " depth-" + std::to_string(row.depth);
  if (is_label) cls += " label";
  v["cls"] = cls;
  return v;
}

Json TableJson(const Table& t, const std::string& anchor, const SourceFile& source) {
  Json header_rows = Json::array();
  if (!t.header.empty()) {
    for (const auto& hr : t.header) {
      Json cells = Json::array();
      for (const HeaderCell& h : hr) {
        Json& cell = cells.emplace_back(Json::value_t::object);
        cell["text"] = h.text;
        cell["colspan"] = h.col_span > 1 ? Json(h.col_span) : Json(false);
        cell["rowspan"] = h.row_span > 1 ? Json(h.row_span) : Json(false);
      }
      header_rows.emplace_back(Json::value_t::object)["cells"] = std::move(cells);
    }
  } else if (!t.columns.empty()) {
    Json cells = Json::array();
    for (const Column& c : t.columns) {
      Json& cell = cells.emplace_back(Json::value_t::object);
      cell["text"] = c.name;
      cell["colspan"] = false;
      cell["rowspan"] = false;
    }
    header_rows.emplace_back(Json::value_t::object)["cells"] = std::move(cells);
  }
  // Each column's header path, for the table's own CSV made in the browser
  // (assets/table-csv.js): the same names as tables.csv's `column`.
  Json columns = Json::array();
  for (const Column& c : t.columns) columns.emplace_back(Json::value_t::object)["name"] = c.name;
  Json rows = Json::array();
  for (const TableRow& r : t.rows) {
    Json cells = Json::array();
    for (std::size_t i = 0; i < r.cells.size(); ++i) {
      static const Column kNoColumn;
      const Column& col = i < t.columns.size() ? t.columns[i] : kNoColumn;
      cells.push_back(CellView(r.cells[i], col, r, t.currency));
    }
    Json& row = rows.emplace_back(Json::value_t::object);
    row["cls"] = r.is_total ? "total" : r.is_group ? "group" : "";
    row["cells"] = std::move(cells);
    row["line"] = r.line;
    row["row_url"] = r.line > 0 ? Json(LineUrl(source, r.line)) : Json(false);
  }
  std::string state;
  switch (t.state) {
    case TableState::kData: break;
    case TableState::kEmptyWithNote: state = "本表无数据（原文附有说明）"; break;
    case TableState::kEmptyWithoutNote: state = "本表无数据（原文未说明）"; break;
    case TableState::kIllegible: state = "本表无法辨认"; break;
  }
  Json view = {{"anchor", anchor},
               {"title", t.title.empty() ? "未命名表格" : t.title},
               {"currency", CurrencyLabel(t.currency)},
               {"line", t.line},
               {"state", state},
               {"note", t.note},
               {"has_rows", !t.rows.empty()},
               {"header_rows", std::move(header_rows)},
               {"has_columns", !columns.empty()},
               {"columns", std::move(columns)},
               {"rows", std::move(rows)}};
  // "原文第 N 行" links the source view; a PDF table also its page.
  view["line_url"] = LineUrl(source, t.line);
  const int page = PageOf(source, t.line);
  view["page"] = page;
  view["page_url"] = page > 0 ? Json(PageUrl(source, page)) : Json(false);
  return view;
}

// Two or more documents of this kind (duplicates, both kept): when they
// disagree on the figure, the row is flagged with what each one states.
void AddDuplicateValues(const FigureSet& set, const std::string& key, Json* row) {
  (*row)["differs"] = FigureDiffers(set, key);
  if (!FigureDiffers(set, key)) return;
  const std::vector<FigureValue>& stated = set.stated.at(key);
  Json values = Json::array();
  for (int n : set.documents) {
    auto v = std::find_if(stated.begin(), stated.end(), [n](const FigureValue& f) { return f.document == n; });
    values.push_back({{"document", n},
                      {"amount", v == stated.end() ? "未列出" : FormatAmount(v->cents, set.currency)}});
  }
  (*row)["values"] = std::move(values);
}

// What the user set for a document in content/units.toml, as shown next to it.
Json SetByUserView(const Document& doc) {
  Json fields = Json::array();
  for (const std::string& field : doc.set_by_user) {
    if (field == "unit") fields.push_back({{"label", "单位"}, {"value", doc.unit.name}});
    if (field == "code") fields.push_back({{"label", "单位代码"}, {"value", doc.unit.code}});
    if (field == "year") fields.push_back({{"label", "年度"}, {"value", YearSlug(doc.year)}});
    if (field == "kind") {
      std::string kinds;
      for (const std::string& k : doc.kinds) kinds += (kinds.empty() ? "" : "、") + DocumentKindLabel(k);
      fields.push_back({{"label", "类型"}, {"value", kinds}});
    }
  }
  return fields;
}

Json FigureRows(const FigureSet& set, const std::vector<SourceFile>& sources) {
  Json rows = Json::array();
  // The headline figures, then the parts some templates add where printed
  // (单位预留机动经费: 江苏's 基本 + 项目 + 预留 = 本年支出合计).
  // A part printed as 0.00 (西安's 上缴上级支出 line of every 收支总表) adds
  // nothing to read on the page; `parse --json` keeps it.
  std::vector<std::pair<FigureDef, bool>> defs;
  for (const FigureDef& def : HeadlineFigures()) defs.push_back({def, false});
  for (const FigureDef& def : SecondaryFigures()) defs.push_back({def, true});
  for (const auto& [def, secondary] : defs) {
    auto it = set.amounts.find(def.key);
    if (it == set.amounts.end()) continue;
    const FigureValue& v = it->second;
    if (secondary && v.cents == 0) continue;
    Json row = {{"key", def.key}, {"label", def.label}, {"amount", FormatAmount(v.cents, set.currency)},
                {"source", v.from == FigureSource::kNarrative ? "情况说明" : v.source}};
    AddSourceLocation(SourceOf(sources, v.document), v.line, &row);
    AddDuplicateValues(set, def.key, &row);
    rows.push_back(std::move(row));
  }
  if (set.score) {
    const ScoreValue& sc = *set.score;
    Json row = {{"key", kScoreFigure.key}, {"label", kScoreFigure.label}, {"amount", FormatScore(sc.hundredths)},
                {"source", sc.source}};
    AddSourceLocation(SourceOf(sources, sc.document), sc.line, &row);
    rows.push_back(std::move(row));
  }
  return rows;
}

// A figure's source line on the source view ("" when unknown).
std::string FigureUrl(const FigureValue& v, const std::vector<SourceFile>& sources) {
  const SourceFile* source = SourceOf(sources, v.document);
  return source && v.line > 0 ? LineUrl(*source, v.line) : "";
}

Json Charts(const FigureSet& set, const UnitYearSummary& s, const std::string& prefix,
            const std::vector<SourceFile>& sources) {
  Json charts = Json::array();
  auto pair_chart = [&](const char* id, const char* title, const char* a, const char* b) {
    auto ia = set.amounts.find(a), ib = set.amounts.find(b);
    if (ia == set.amounts.end() || ib == set.amounts.end()) return;
    std::vector<ChartItem> items;
    for (const FigureDef& d : HeadlineFigures())
      if (d.key == std::string(a) || d.key == std::string(b))
        items.push_back({d.label, set.amounts.at(d.key).cents, FigureUrl(set.amounts.at(d.key), sources)});
    charts.push_back(BarChartView(MakeBarChart(prefix + id, title, items, set.currency)));
  };
  pair_chart("-basic-project", "基本支出与项目支出", "basic_expenditure", "project_expenditure");
  pair_chart("-personnel-public", "人员经费与公用经费", "personnel", "public_funds");
  if (!set.by_function.empty()) {
    std::vector<ChartItem> items;
    for (const auto& [code, v] : set.by_function) {
      auto name = s.function_names.find(code);
      std::string label = name != s.function_names.end() ? name->second : StandardFunctionName(code);
      items.push_back({label.empty() ? code : label, v.cents, FigureUrl(v, sources)});
    }
    charts.push_back(BarChartView(MakeBarChart(prefix + "-function", "按功能分类的支出", items, set.currency)));
  }
  return charts;
}

// The treemap of a figure set's expenditure by function (类 → 款 → 项),
// from the table its 类 figures were read from; null when it has none.
Json FunctionTreemap(const FigureSet& set, const UnitYearGroup& group, const std::string& id) {
  if (set.by_function.empty()) return nullptr;
  const FigureValue& first = set.by_function.begin()->second;
  if (first.document < 1 || first.document > static_cast<int>(group.documents.size())) return nullptr;
  const Document& doc = *group.documents[static_cast<std::size_t>(first.document - 1)];
  for (const Table& t : doc.tables) {
    if (first.line < t.line || first.line > t.last_line) continue;
    std::vector<TreemapNode> roots = FunctionTree(t);
    if (roots.empty()) return nullptr;
    return TreemapView(MakeTreemap(id, "支出去向：按功能分类（类 → 款 → 项）", roots, 720, 400));
  }
  return nullptr;
}

Json IndicatorRows(const Document& doc) {
  Json rows = Json::array();
  for (const Indicator& i : doc.indicators)
    rows.push_back({{"level1", i.level1}, {"level2", i.level2}, {"name", i.name}, {"op", i.op},
                    {"target", i.target}, {"unit", i.unit}, {"actual", i.actual},
                    {"weight", i.weight}, {"score", i.score}, {"note", i.note}});
  return rows;
}

// The 勾稽 findings of one document for the "数据核对" section: the rule in
// Chinese, both amounts and links to both source lines. Warnings first,
// then rounding (info) findings, each in line order.
void AddFindings(const Document& doc, std::size_t number, const SourceFile& source, Json* findings) {
  for (Severity severity : {Severity::kWarning, Severity::kInfo}) {
    for (const Diagnostic& d : doc.diagnostics) {
      const AuditRule* rule = FindAuditRule(d.code);
      if (!rule || d.severity != severity) continue;
      Json row = {{"document", number},
                  {"rule", std::string(rule->chinese)},
                  {"code", d.code},
                  {"rounding", severity == Severity::kInfo},
                  {"level", severity == Severity::kInfo ? "尾数误差" : "不一致"},
                  {"message", d.message}};
      if (d.compared) {
        row["printed"] = FormatAmount(d.compared->printed, d.compared->currency);
        row["expected"] = FormatAmount(d.compared->expected, d.compared->currency);
      }
      Json at(Json::value_t::object), related(Json::value_t::object);
      AddSourceLocation(&source, d.span.line, &at);
      row["at"] = std::move(at);
      if (d.related.line > 0 && d.related.line != d.span.line) {
        AddSourceLocation(&source, d.related.line, &related);
        row["related"] = std::move(related);
      }
      findings->push_back(std::move(row));
    }
  }
}

// Headline figures and charts, one block per document kind.
Json FigureSetsView(const UnitYearGroup& group, const UnitYearSummary& s, const std::vector<SourceFile>& source_files) {
  Json figure_sets = Json::array();
  for (const FigureSet& set : s.figure_sets) {
    figure_sets.push_back({{"kind", DocumentKindLabel(set.doc_kind)}, {"id", "figures-" + set.doc_kind},
                           {"figures", FigureRows(set, source_files)},
                           {"charts", Charts(set, s, "chart-" + set.doc_kind, source_files)},
                           {"treemap", FunctionTreemap(set, group, "treemap-" + set.doc_kind)}});
    if (set.documents.size() > 1) {
      // Duplicates: every one is kept and shown; the figures come from the first.
      std::string names;
      for (int n : set.documents) names += (names.empty() ? "原文 " : "、原文 ") + std::to_string(n);
      figure_sets.back()["duplicates"] = {{"documents", names}, {"first", set.documents.front()}};
    }
  }
  return figure_sets;
}

// Budget against final accounts per 类 and 款 code (function_execution.h).
void AddFunctionExecution(const UnitYearSummary& s, Json* view) {
  const auto [budget, final_set] = BudgetAndFinalOf(s);
  if (budget && final_set) {
    Json rows = ExecutionByFunctionView(ExecutionByFunction(*budget, *final_set, s.function_names));
    if (!rows.empty()) (*view)["function_execution"] = {{"functions", std::move(rows)}};
  }
}

// The page's view of document `i`; its tables join `tidy_tables` (tables.csv)
// and its glossary entries `glossary_count`.
Json DocumentView(const Document& doc, std::size_t i, const UnitYearSummary& s, const SourceFile& source,
                  const std::string& root, std::size_t* table_index, std::vector<TidyTable>* tidy_tables,
                  int* glossary_count) {
  Json d = {{"number", i + 1}, {"copy_url", source.copy_url}, {"view_url", source.view_url}};
  // Unit identity: the name this document prints when the unit is shown
  // under another, and what the user set for it (units.toml).
  if (CleanUnitName(doc.unit.name) != s.unit_name) d["printed_unit"] = CleanUnitName(doc.unit.name);
  d["set_by_user"] = SetByUserView(doc);
  Json doc_kinds = Json::array();
  for (const std::string& k : doc.kinds) doc_kinds.push_back(DocumentKindLabel(k));
  d["kinds"] = std::move(doc_kinds);
  Json tables = Json::array();
  for (const Table& t : doc.tables) {
    const TableRef& ref = s.tables[(*table_index)++];
    tables.push_back(TableJson(t, ref.anchor, source));
    tidy_tables->push_back({static_cast<int>(i) + 1, source.copy_url, source.page_starts, ref.anchor, &t});
  }
  d["tables"] = std::move(tables);
  Json sections = Json::array();
  for (const Section& sec : doc.sections) {
    if (sec.title.empty() && sec.text.empty()) continue;
    sections.push_back({{"title", sec.title}, {"html", RenderProse(sec.text)}, {"line", sec.line}});
  }
  d["sections"] = std::move(sections);
  d["indicators"] = IndicatorRows(doc);
  Json glossary = Json::array();
  for (const GlossaryEntry& e : doc.glossary) {
    Json terms = Json::array();
    const std::vector<GlossaryTerm> items =
        e.terms.empty() ? std::vector<GlossaryTerm>{{e.term, e.definition}} : e.terms;
    for (const GlossaryTerm& t : items)
      terms.push_back({{"term", t.term}, {"url", root + "glossary/index.html#" + TermAnchor(t.term)}});
    glossary.push_back({{"term", e.term}, {"definition", e.definition}, {"terms", std::move(terms)}});
    ++*glossary_count;
  }
  d["glossary"] = std::move(glossary);
  return d;
}

// Completeness and transparency score of each document (audit_pages.h).
void AddTransparency(const UnitYearGroup& group, const std::vector<SourceFile>& source_files, const std::string& root,
                     Json* view) {
  Json transparency = Json::array();
  for (std::size_t i = 0; i < group.documents.size(); ++i)
    transparency.push_back(DisclosureAuditView(group, i, source_files));
  (*view)["transparency"] = std::move(transparency);
  (*view)["audit_overview_url"] = root + kAuditOverviewPath;
  (*view)["methodology_url"] = root + kAuditMethodologyPath;
}

}  // namespace

void MakeUnitYearOutputs(const UnitYearGroup& group, const UnitYearSummary& s,
                         const std::vector<const std::string*>& sources,
                         const std::vector<MarkdownPage>& pages, Outputs* out) {
  const std::string dir = UnitYearDir(s);
  const std::string path = dir + "index.html";
  const std::string year_label = YearLabel(s.year);
  Json view = PageView(path, s.unit_name + " " + year_label, pages);
  const std::string root = view["root"];
  view["unit"] = {{"name", s.unit_name}, {"url", "../index.html"}};
  view["year_label"] = year_label;
  Json kinds = Json::array();
  for (const std::string& k : s.kinds) kinds.push_back(DocumentKindLabel(k));
  view["kinds"] = std::move(kinds);
  if (s.year > 0) view["compare_url"] = root + "compare/" + std::to_string(s.year) + "/index.html";

  std::vector<SourceFile> source_files;
  for (std::size_t i = 0; i < group.documents.size(); ++i) source_files.push_back(SourceFileOf(*group.documents[i], i));

  view["figure_sets"] = FigureSetsView(group, s, source_files);
  AddFunctionExecution(s, &view);

  nlohmann::ordered_json data = {{"unit", s.unit_name}, {"year", s.year}};
  nlohmann::ordered_json data_docs = nlohmann::ordered_json::array();
  Json documents = Json::array();
  Json findings = Json::array();
  std::size_t table_index = 0;
  std::vector<TidyTable> tidy_tables;
  int glossary_count = 0;
  for (std::size_t i = 0; i < group.documents.size(); ++i) {
    const Document& doc = *group.documents[i];
    Json d = DocumentView(doc, i, s, source_files[i], root, &table_index, &tidy_tables, &glossary_count);
    documents.push_back(std::move(d));
    AddFindings(doc, i + 1, source_files[i], &findings);
    data_docs.push_back(DocumentToJson(doc));
    if (doc.unread.empty()) SetAuditJson(group, i, &data_docs.back());
    if (i < sources.size() && sources[i]) {
      out->files.push_back({dir + source_files[i].copy_url, *sources[i]});
      out->pages.push_back(MakeSourceView(dir, i, doc, *sources[i], s.unit_name + " " + year_label, pages));
    }
  }
  view["documents"] = std::move(documents);
  view["findings"] = std::move(findings);
  AddTransparency(group, source_files, root, &view);
  view["glossary_count"] = glossary_count;
  data["documents"] = std::move(data_docs);
  out->files.push_back({dir + "data.json", SafeJson(data, 1) + "\n"});
  // One tidy CSV of every table's cells; a table's own CSV is made in the
  // browser from the page (README, "Open data").
  out->files.push_back({dir + "tables.csv", TablesCsv(tidy_tables)});
  view["table_csv_script"] = std::any_of(tidy_tables.begin(), tidy_tables.end(),
                                         [](const TidyTable& t) { return !t.table->rows.empty(); });
  out->pages.push_back({path, "unit_year", std::move(view)});
}

}  // namespace gongkai
