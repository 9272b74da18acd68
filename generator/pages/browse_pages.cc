// The browse pages: by fiscal year, by region, by unit kind.
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

void BrowsePage(const std::string& path, const std::string& title, const std::string& intro,
                Json items, const std::vector<MarkdownPage>& pages, Json extra, Outputs* out,
                std::string key = "") {
  Json v = PageView(path, title, pages);
  v["intro"] = intro;
  v["items"] = std::move(items);
  for (auto& [k, val] : extra.items()) v[k] = val;
  out->AddPage({path, "browse", std::move(v), std::move(key)});
}

Json UnitLinks(const SiteModel& m, const std::vector<std::size_t>& units, const std::string& root) {
  Json items = Json::array();
  for (std::size_t i : units) {
    const UnitEntry& u = m.units[i];
    std::string years;
    for (std::size_t y : u.years) years += (years.empty() ? "" : "、") + YearLabel(m.unit_years[y].year);
    items.push_back({{"name", u.name}, {"url", root + UnitPath(u.slug)}, {"detail", years}});
  }
  return items;
}

}  // namespace

void BrowsePages(const SiteModel& m, const std::vector<MarkdownPage>& pages, const PageKeys& keys, Outputs* out) {
  for (const auto& [year, list] : m.by_year) {
    const std::string path = YearPath(year);
    std::string key = keys.For(path, "browse", list, {});
    if (!out->Wants(path, key)) continue;
    Json items = Json::array();
    for (std::size_t i : list) {
      const UnitYearSummary& s = m.unit_years[i];
      items.push_back({{"name", s.unit_name}, {"url", "../../" + UnitYearPath(s)}, {"detail", KindsLabel(s)}});
    }
    Json extra = Json::object();
    if (year > 0) extra["compare_url"] = "../../compare/" + std::to_string(year) + "/index.html";
    BrowsePage(path, YearLabel(year), "本年度有公开文件的单位", items, pages, extra, out, std::move(key));
  }
  for (const auto& [region, list] : m.by_region)
    BrowsePage(RegionPath(region), region, "名称以“" + region + "”开头的单位", UnitLinks(m, list, "../../"),
               pages, Json::object(), out);
  for (const auto& [kind, list] : m.by_kind)
    BrowsePage(KindPath(kind), kind, "按单位名称归类", UnitLinks(m, list, "../../"), pages, Json::object(), out);
}

}  // namespace gongkai
