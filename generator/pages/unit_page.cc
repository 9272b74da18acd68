// A unit's page: every year of it, the headline figures as a series, and budget against final accounts.
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

// The fields of a unit entry its page shows (PageKeys' `extra`).
std::vector<std::string> UnitFields(const UnitEntry& u) {
  std::vector<std::string> fields = {u.name, u.slug, u.kind, u.name_set_by_user ? "set by user" : ""};
  fields.insert(fields.end(), u.regions.begin(), u.regions.end());
  fields.push_back("aliases");
  for (const UnitAlias& a : u.aliases) fields.push_back(a.name + (a.set_by_user ? " (set by user)" : ""));
  return fields;
}

// The unit's identity (unit_identity.h): a name the user set, every other
// name, its regions and kind.
void AddIdentity(const UnitEntry& u, Json* v) {
  (*v)["name"] = u.name;
  (*v)["name_set_by_user"] = u.name_set_by_user;
  Json aliases = Json::array();
  for (const UnitAlias& a : u.aliases) aliases.push_back({{"name", a.name}, {"set_by_user", a.set_by_user}});
  (*v)["aliases"] = std::move(aliases);
  Json regions = Json::array();
  for (const std::string& r : u.regions) regions.push_back({{"name", r}, {"url", "../../" + RegionPath(r)}});
  (*v)["regions"] = regions;
  (*v)["unit_kind"] = {{"name", u.kind}, {"url", "../../" + KindPath(u.kind)}};
}

// The unit's years, and a column of the series for each year with figures.
struct Series {
  Json years = Json::array(), columns = Json::array();
  std::vector<const FigureSet*> primary;
  std::vector<std::string> primary_dirs;  // each one's unit-year folder, from this page
  std::vector<ChartItem> chart;
};

Series YearColumns(const SiteModel& m, const UnitEntry& u) {
  Series series;
  for (std::size_t i : u.years) {
    const UnitYearSummary& s = m.unit_years[i];
    series.years.push_back({{"label", YearLabel(s.year)}, {"kinds", KindsLabel(s)},
                            {"url", YearSlug(s.year) + "/index.html"}});
    const FigureSet* set = PrimaryFigures(s);
    if (!set) continue;
    series.primary.push_back(set);
    series.primary_dirs.push_back(YearSlug(s.year) + "/");
    std::string label = YearLabel(s.year) + "（" + DocumentKindLabel(set->doc_kind) + "）";
    series.columns.push_back({{"label", label}});
    auto total = set->amounts.find("total_expenditure");
    if (total != set->amounts.end())
      series.chart.push_back({label, total->second.cents,
                              LineUrlFrom(series.primary_dirs.back(), total->second.document, total->second.line)});
  }
  return series;
}

// A row per headline figure any year states, then the score row.
Json SeriesRows(const SiteModel& m, const UnitEntry& u, const Series& series) {
  Json rows = Json::array();
  for (const FigureDef& d : HeadlineFigures()) {
    Json cells = Json::array();
    bool any = false;
    for (std::size_t k = 0; k < series.primary.size(); ++k) {
      auto it = series.primary[k]->amounts.find(d.key);
      if (it == series.primary[k]->amounts.end()) { cells.push_back({{"text", ""}, {"cls", "empty"}, {"empty", true}}); continue; }
      any = true;
      cells.push_back(FigureCell(it->second, series.primary_dirs[k]));
    }
    if (any) rows.push_back({{"label", d.label}, {"cells", cells}});
  }
  {
    // The self-evaluation score, from whichever document of the year has one.
    Json cells = Json::array();
    bool any = false;
    for (std::size_t i : u.years) {
      if (!PrimaryFigures(m.unit_years[i])) continue;  // the same columns as above
      cells.push_back(ScoreCell(UnitYearScore(m.unit_years[i])));
      any = any || UnitYearScore(m.unit_years[i]);
    }
    if (any) rows.push_back({{"label", kScoreFigure.label}, {"cells", cells}});
  }
  return rows;
}

// Budget against final accounts of the same year: execution rate.
Json Execution(const SiteModel& m, const UnitEntry& u) {
  Json execution = Json::array();
  for (std::size_t i : u.years) {
    const UnitYearSummary& s = m.unit_years[i];
    const auto [budget, final_set] = BudgetAndFinalOf(s);
    if (!budget || !final_set) continue;
    Json erows = Json::array();
    for (const FigureDef& d : HeadlineFigures()) {
      auto b = budget->amounts.find(d.key), f = final_set->amounts.find(d.key);
      if (b == budget->amounts.end() || f == final_set->amounts.end()) continue;
      erows.push_back({{"label", d.label}, {"budget", FormatWan(b->second.cents)},
                       {"final", FormatWan(f->second.cents)}, {"rate", Percent(f->second.cents, b->second.cents)}});
    }
    // Per 类 and 款 code; a code only one side states keeps its row with an empty rate.
    Json frows = ExecutionByFunctionView(ExecutionByFunction(*budget, *final_set, s.function_names));
    if (!erows.empty() || !frows.empty())
      execution.push_back({{"year_label", YearLabel(s.year)}, {"rows", erows}, {"has_rows", !erows.empty()},
                           {"functions", frows}, {"has_functions", !frows.empty()}});
  }
  return execution;
}

}  // namespace

void UnitPages(const SiteModel& m, const std::vector<MarkdownPage>& pages, const PageKeys& keys, Outputs* out) {
  for (const UnitEntry& u : m.units) {
    const std::string path = UnitPath(u.slug);
    std::string key = keys.For(path, "unit", u.years, UnitFields(u));
    if (!out->Wants(path, key)) continue;
    Json v = PageView(path, u.name, pages);
    AddIdentity(u, &v);
    const Series series = YearColumns(m, u);
    v["years"] = series.years;
    const Json rows = SeriesRows(m, u, series);
    v["series"] = {{"columns", series.columns}, {"rows", rows}, {"has_rows", !rows.empty()}};
    if (!series.chart.empty())
      v["chart"] = BarChartView(MakeBarChart("chart-series", "各年度本年支出合计", series.chart, MoneyUnit::kWanYuan));
    v["execution"] = Execution(m, u);
    out->AddPage({path, "unit", std::move(v), std::move(key)});
  }
}

}  // namespace gongkai
