// The comparison pages: every unit of a fiscal year side by side, and the index.
#include "site_pages.h"

#include "charts.h"
#include "codes.h"
#include "function_execution.h"
#include "money_format.h"
#include "page_view.h"
#include "site_links.h"
#include "slug.h"
#include "source_view.h"
#include "treemap.h"

namespace gongkai {
namespace {

using Json = nlohmann::json;

// The columns of a year's comparison: the headline figures and function
// classes any unit states, and the score when any unit has one.
struct Columns {
  std::vector<std::pair<std::string, std::string>> figures;  // key, label
  std::map<std::string, std::string> functions;              // code, name
  bool any_score = false;
};

Columns ColumnsOf(const SiteModel& m, const std::vector<std::size_t>& list) {
  Columns c;
  for (const FigureDef& d : HeadlineFigures())
    for (std::size_t i : list)
      if (const FigureSet* set = PrimaryFigures(m.unit_years[i]); set && set->amounts.count(d.key)) {
        c.figures.push_back({d.key, d.label});
        break;
      }
  for (std::size_t i : list)
    if (const FigureSet* set = PrimaryFigures(m.unit_years[i]))
      for (const auto& [code, f] : set->by_function) {
        auto n = m.unit_years[i].function_names.find(code);
        std::string name = n != m.unit_years[i].function_names.end() ? n->second : StandardFunctionName(code);
        c.functions.emplace(code, name.empty() ? code : name);
      }
  for (std::size_t i : list) c.any_score = c.any_score || UnitYearScore(m.unit_years[i]);
  return c;
}

Json Header(const Columns& c) {
  Json header = Json::array();
  for (const auto& [key, label] : c.figures) header.push_back({{"label", label}});
  for (const auto& [code, name] : c.functions) header.push_back({{"label", name + "（" + code + "）"}});
  if (c.any_score) header.push_back({{"label", kScoreFigure.label}});
  return header;
}

// A row per unit-year of the year; `chart` gets each one's total expenditure.
Json Rows(const SiteModel& m, const std::vector<std::size_t>& list, const Columns& c, std::vector<ChartItem>* chart) {
  Json rows = Json::array();
  for (std::size_t i : list) {
    const UnitYearSummary& s = m.unit_years[i];
    const FigureSet* set = PrimaryFigures(s);
    const std::string unit_year_dir = "../../" + UnitYearDir(s);
    Json cells = Json::array();
    auto cell = [&](const std::map<std::string, FigureValue>& values, const std::string& key) {
      auto it = set ? values.find(key) : values.end();
      if (!set || it == values.end()) return Json{{"text", ""}, {"cls", "empty"}, {"empty", true}};
      return FigureCell(it->second, unit_year_dir);
    };
    static const std::map<std::string, FigureValue> kNone;
    for (const auto& [key, label] : c.figures) cells.push_back(cell(set ? set->amounts : kNone, key));
    for (const auto& [code, name] : c.functions) cells.push_back(cell(set ? set->by_function : kNone, code));
    if (c.any_score) cells.push_back(ScoreCell(UnitYearScore(s)));
    rows.push_back({{"name", s.unit_name}, {"url", "../../" + UnitYearPath(s)},
                    {"kind", set ? DocumentKindLabel(set->doc_kind) : KindsLabel(s)}, {"cells", cells}});
    if (set && set->amounts.count("total_expenditure")) {
      const FigureValue& total = set->amounts.at("total_expenditure");
      chart->push_back({s.unit_name, total.cents, LineUrlFrom(unit_year_dir, total.document, total.line)});
    }
  }
  return rows;
}

// Where the year's money goes: each 类 across units (treemap.h).
std::vector<TreemapNode> TreemapRoots(const SiteModel& m, const std::vector<std::size_t>& list, const Columns& c) {
  std::vector<TreemapNode> roots;
  for (const auto& [code, name] : c.functions) {
    TreemapNode node{code, name, 0, {}};
    for (std::size_t i : list)
      if (const FigureSet* set = PrimaryFigures(m.unit_years[i]))
        if (auto f = set->by_function.find(code); f != set->by_function.end()) {
          node.children.push_back({"", m.unit_years[i].unit_name, f->second.cents, {}});
          node.cents += f->second.cents;
        }
    roots.push_back(std::move(node));
  }
  return roots;
}

// compare/index.html: the comparison in the browser (every unit, any figure).
void CompareIndexPage(const SiteModel& m, const std::vector<MarkdownPage>& pages, Json year_links, Outputs* out) {
  Json v = PageView("compare/index.html", "单位比较", pages);
  Json units = Json::array();
  for (const UnitEntry& u : m.units) units.push_back({{"slug", u.slug}, {"name", u.name}});
  Json figures = Json::array();
  for (const FigureDef& d : HeadlineFigures()) figures.push_back({{"key", d.key}, {"label", d.label}});
  figures.push_back({{"key", kScoreFigure.key}, {"label", kScoreFigure.label}});
  v["units"] = units;
  v["figures"] = figures;
  v["year_links"] = year_links;
  v["compare_scripts"] = true;
  out->AddPage({"compare/index.html", "compare", std::move(v)});
}

}  // namespace

void ComparePages(const SiteModel& m, const std::vector<MarkdownPage>& pages, const PageKeys& keys, Outputs* out) {
  Json year_links = Json::array();
  for (const auto& [year, list] : m.by_year) {
    if (year == 0) continue;
    year_links.push_back({{"label", YearLabel(year)}, {"url", std::to_string(year) + "/index.html"}});
    const std::string path = "compare/" + std::to_string(year) + "/index.html";
    std::string key = keys.For(path, "compare_year", list, {});
    if (!out->Wants(path, key)) continue;
    Json v = PageView(path, YearLabel(year) + "各单位比较", pages);
    v["year_label"] = YearLabel(year);
    const Columns columns = ColumnsOf(m, list);
    v["header"] = Header(columns);
    std::vector<ChartItem> chart;
    v["rows"] = Rows(m, list, columns, &chart);
    if (!chart.empty())
      v["chart"] = BarChartView(MakeBarChart("chart-compare", "本年支出合计", chart, MoneyUnit::kWanYuan));
    if (std::vector<TreemapNode> roots = TreemapRoots(m, list, columns); !roots.empty())
      v["treemap"] = TreemapView(MakeTreemap("treemap-compare", YearLabel(year) + "各单位支出去向：按功能分类（类 → 单位）",
                                             roots, 720, 400));
    out->AddPage({path, "compare_year", std::move(v), std::move(key)});
    out->Flush();  // a year's comparison holds every unit of the year: one such view in memory at a time
  }
  CompareIndexPage(m, pages, std::move(year_links), out);
}

}  // namespace gongkai
