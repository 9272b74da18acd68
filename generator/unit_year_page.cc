// The unit-year page: every document of one unit and fiscal year, merged on
// one page, with its data files. Made from that group's documents only.
#include <cstdio>
#include <utility>

#include "amount.h"
#include "charts.h"
#include "markdown.h"
#include "money_format.h"
#include "pages.h"
#include "render_json.h"
#include "site_data.h"

namespace gongkai {
namespace {

using Json = nlohmann::json;

std::string CurrencyLabel(Currency c) {
  return c == Currency::kUnknown ? "" : std::string("单位：") + CurrencyName(c);
}

// Table views are built field by field: they hold every cell of a page, and
// nlohmann's {{"key", value}} initializer lists copy each value twice.
Json CellView(const TableCell& cell, const Column& column, const TableRow& row, Currency currency) {
  Json v(Json::value_t::object);
  v["text"] = cell.text;
  std::string cls;
  switch (cell.kind) {
    case CellKind::kEmpty: cls = "empty"; v["empty"] = true; break;
    case CellKind::kAmount:
      cls = cell.cents == 0 ? "amount zero" : "amount";
      v["sort_value"] = PlainAmount(cell.cents, currency);
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

Json TableView(const Table& t, const std::string& anchor) {
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
  }
  std::string state;
  switch (t.state) {
    case TableState::kData: break;
    case TableState::kEmptyWithNote: state = "本表无数据（原文附有说明）"; break;
    case TableState::kEmptyWithoutNote: state = "本表无数据（原文未说明）"; break;
    case TableState::kIllegible: state = "本表无法辨认"; break;
  }
  return {{"anchor", anchor},
          {"title", t.title.empty() ? "未命名表格" : t.title},
          {"csv_url", anchor + ".csv"},
          {"currency", CurrencyLabel(t.currency)},
          {"line", t.line},
          {"state", state},
          {"note", t.note},
          {"has_rows", !t.rows.empty()},
          {"header_rows", std::move(header_rows)},
          {"rows", std::move(rows)}};
}

Json FigureRows(const FigureSet& set, const std::vector<std::string>& source_urls) {
  Json rows = Json::array();
  for (const FigureDef& def : HeadlineFigures()) {
    auto it = set.amounts.find(def.key);
    if (it == set.amounts.end()) continue;
    const FigureValue& v = it->second;
    Json row = {{"key", def.key}, {"label", def.label}, {"amount", FormatAmount(v.cents, set.currency)},
                {"source", v.source == "narrative" ? "情况说明" : v.source},
                {"line_text", v.line > 0 ? "第 " + std::to_string(v.line) + " 行" : ""}};
    if (v.document >= 1 && v.document <= static_cast<int>(source_urls.size()))
      row["source_url"] = source_urls[static_cast<std::size_t>(v.document - 1)];
    rows.push_back(std::move(row));
  }
  if (set.score) {
    const ScoreValue& sc = *set.score;
    Json row = {{"key", kScoreFigure.key}, {"label", kScoreFigure.label}, {"amount", FormatScore(sc.hundredths)},
                {"source", sc.source}, {"line_text", sc.line > 0 ? "第 " + std::to_string(sc.line) + " 行" : ""}};
    if (sc.document >= 1 && sc.document <= static_cast<int>(source_urls.size()))
      row["source_url"] = source_urls[static_cast<std::size_t>(sc.document - 1)];
    rows.push_back(std::move(row));
  }
  return rows;
}

Json Charts(const FigureSet& set, const UnitYearSummary& s, const std::string& prefix) {
  Json charts = Json::array();
  auto pair_chart = [&](const char* id, const char* title, const char* a, const char* b) {
    auto ia = set.amounts.find(a), ib = set.amounts.find(b);
    if (ia == set.amounts.end() || ib == set.amounts.end()) return;
    std::vector<ChartItem> items;
    for (const FigureDef& d : HeadlineFigures())
      if (d.key == std::string(a) || d.key == std::string(b))
        items.push_back({d.label, set.amounts.at(d.key).cents});
    charts.push_back(BarChartView(MakeBarChart(prefix + id, title, items, set.currency)));
  };
  pair_chart("-basic-project", "基本支出与项目支出", "basic_expenditure", "project_expenditure");
  pair_chart("-personnel-public", "人员经费与公用经费", "personnel", "public_funds");
  if (!set.by_function.empty()) {
    std::vector<ChartItem> items;
    for (const auto& [code, v] : set.by_function) {
      auto name = s.function_names.find(code);
      std::string label = name != s.function_names.end() ? name->second : StandardFunctionName(code);
      items.push_back({label.empty() ? code : label, v.cents});
    }
    charts.push_back(BarChartView(MakeBarChart(prefix + "-function", "按功能分类的支出", items, set.currency)));
  }
  return charts;
}

Json IndicatorRows(const Document& doc) {
  Json rows = Json::array();
  for (const Indicator& i : doc.indicators)
    rows.push_back({{"level1", i.level1}, {"level2", i.level2}, {"name", i.name}, {"op", i.op},
                    {"target", i.target}, {"unit", i.unit}, {"actual", i.actual},
                    {"weight", i.weight}, {"score", i.score}, {"note", i.note}});
  return rows;
}

}  // namespace

void MakeUnitYearOutputs(const UnitYearGroup& group, const UnitYearSummary& s,
                         const std::vector<const std::string*>& sources,
                         const std::vector<MarkdownPage>& pages, Outputs* out) {
  const std::string dir = "units/" + s.unit_slug + "/" + YearSlug(s.year) + "/";
  const std::string path = dir + "index.html";
  const std::string year_label = s.year > 0 ? std::to_string(s.year) + "年" : "年度未识别";
  Json view = PageView(path, s.unit_name + " " + year_label, pages);
  const std::string root = view["root"];
  view["unit"] = {{"name", s.unit_name}, {"url", "../index.html"}};
  view["year_label"] = year_label;
  Json kinds = Json::array();
  for (const std::string& k : s.kinds) kinds.push_back(DocumentKindLabel(k));
  view["kinds"] = std::move(kinds);
  if (s.year > 0) view["compare_url"] = root + "compare/" + std::to_string(s.year) + "/index.html";

  std::vector<std::string> source_urls;
  for (std::size_t i = 0; i < group.documents.size(); ++i)
    source_urls.push_back("source-" + std::to_string(i + 1) + ".txt");

  // Headline figures and charts, one block per document kind.
  Json figure_sets = Json::array();
  for (const FigureSet& set : s.figure_sets) {
    figure_sets.push_back({{"kind", DocumentKindLabel(set.doc_kind)}, {"id", "figures-" + set.doc_kind},
                           {"figures", FigureRows(set, source_urls)},
                           {"charts", Charts(set, s, "chart-" + set.doc_kind)}});
  }
  view["figure_sets"] = std::move(figure_sets);

  nlohmann::ordered_json data = {{"unit", s.unit_name}, {"year", s.year}};
  nlohmann::ordered_json data_docs = nlohmann::ordered_json::array();
  Json documents = Json::array();
  std::size_t table_index = 0;
  int glossary_count = 0;
  for (std::size_t i = 0; i < group.documents.size(); ++i) {
    const Document& doc = *group.documents[i];
    Json d = {{"number", i + 1}, {"source_url", source_urls[i]}};
    Json doc_kinds = Json::array();
    for (const std::string& k : doc.kinds) doc_kinds.push_back(DocumentKindLabel(k));
    d["kinds"] = std::move(doc_kinds);
    Json tables = Json::array();
    for (const Table& t : doc.tables) {
      const TableRef& ref = s.tables[table_index++];
      tables.push_back(TableView(t, ref.anchor));
      out->files.push_back({dir + ref.anchor + ".csv", TableCsv(t)});
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
      ++glossary_count;
    }
    d["glossary"] = std::move(glossary);
    documents.push_back(std::move(d));
    data_docs.push_back(DocumentToJson(doc));
    if (i < sources.size() && sources[i]) out->files.push_back({dir + source_urls[i], *sources[i]});
  }
  view["documents"] = std::move(documents);
  view["glossary_count"] = glossary_count;
  data["documents"] = std::move(data_docs);
  out->files.push_back({dir + "data.json", SafeJson(data, 1) + "\n"});
  out->pages.push_back({path, "unit_year", std::move(view)});
}

}  // namespace gongkai
