// The home page: counts, the latest unit-years, and the ways in (year, region, kind).
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

Json UnitYearLink(const UnitYearSummary& s, const std::string& root) {
  return {{"name", s.unit_name}, {"year_label", YearLabel(s.year)}, {"kinds", KindsLabel(s)},
          {"url", root + UnitYearPath(s)}};
}

}  // namespace

void HomePage(const SiteModel& m, const std::vector<MarkdownPage>& pages, Outputs* out) {
  Json v = PageView("index.html", "首页", pages);
  v["is_home"] = true;
  v["counts"] = {{"units", m.units.size()}, {"years", m.by_year.size()}, {"documents", m.documents}};
  // Latest additions: newest fiscal year first, then the unit list's order.
  std::vector<std::size_t> latest;
  for (auto it = m.by_year.rbegin(); it != m.by_year.rend() && latest.size() < 12; ++it)
    for (std::size_t i : it->second)
      if (latest.size() < 12) latest.push_back(i);
  Json list = Json::array();
  for (std::size_t i : latest) list.push_back(UnitYearLink(m.unit_years[i], ""));
  v["latest"] = list;
  Json years = Json::array();
  for (auto it = m.by_year.rbegin(); it != m.by_year.rend(); ++it)
    years.push_back({{"label", YearLabel(it->first)}, {"url", YearPath(it->first)}, {"count", it->second.size()}});
  v["years"] = years;
  Json regions = Json::array();
  std::vector<std::string> names;
  for (const auto& [r, list] : m.by_region) names.push_back(r);
  SortByPinyin(&names);
  for (const std::string& r : names)
    regions.push_back({{"name", r}, {"url", RegionPath(r)}, {"count", m.by_region.at(r).size()}});
  v["regions"] = regions;
  Json kinds = Json::array();
  for (const auto& [k, list] : m.by_kind) kinds.push_back({{"name", k}, {"url", KindPath(k)}, {"count", list.size()}});
  v["unit_kinds"] = kinds;
  if (!m.unread.empty()) v["unread"] = {{"count", m.unread.size()}, {"url", kUnreadPath}};
  out->AddPage({"index.html", "home", std::move(v)});
}

}  // namespace gongkai
