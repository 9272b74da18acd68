// Every page other than the unit-year page, from the summaries only.
#include "pages.h"

#include "audit_pages.h"
#include "charts.h"
#include "codes.h"
#include "content_hash.h"
#include "function_execution.h"
#include "markdown.h"
#include "money_format.h"
#include "slug.h"
#include "source_view.h"
#include "summary_hash.h"
#include "treemap.h"

namespace gongkai {
namespace {

using Json = nlohmann::json;

// Names of top-level folders a Markdown page must not take.
constexpr const char* kReserved[] = {"units", "compare", "glossary", "regions", "years",
                                     "kinds", "search", "data", "assets", "unread", "audit"};

constexpr char kUnreadPath[] = "unread/index.html";

std::string YearLabel(int year) { return year > 0 ? std::to_string(year) + "年" : "年度未识别"; }

std::string KindsLabel(const UnitYearSummary& s) {
  std::string out;
  for (const std::string& k : s.kinds) out += (out.empty() ? "" : "、") + DocumentKindLabel(k);
  return out;
}

std::string RegionPath(const std::string& region) { return "regions/" + StableSlug(region) + "/index.html"; }
std::string KindPath(const std::string& kind) { return "kinds/" + StableSlug(kind) + "/index.html"; }
std::string YearPath(int year) { return "years/" + YearSlug(year) + "/index.html"; }

// The keys of the pages that show many unit-years (PageOutput::key), made
// only when the output asks (Outputs::keep): a unit page, a year's browse
// and comparison pages are functions of their path and template, the
// navigation, some fields of the model named by the maker (`extra`) and the
// summaries they show, so a rebuild keeps them unread when none changed.
class PageKeys {
 public:
  PageKeys(const SiteModel& m, const std::vector<MarkdownPage>& pages, bool on) {
    if (!on) return;
    Hasher nav;
    for (const MarkdownPage& p : pages) nav.Add(p.slug).Add(p.title);
    nav_ = nav.Hex();
    summaries_.reserve(m.unit_years.size());
    for (const UnitYearSummary& s : m.unit_years) summaries_.push_back(SummaryHash(s));
  }

  // "" when keys are off.
  std::string For(const std::string& path, const char* template_name, const std::vector<std::size_t>& unit_years,
                  const std::vector<std::string>& extra) const {
    if (nav_.empty()) return "";
    Hasher h;
    h.Add("page").Add(path).Add(template_name).Add(nav_);
    for (const std::string& e : extra) h.Add(e);
    for (std::size_t i : unit_years) h.Add(summaries_[i]);
    return h.Hex();
  }

 private:
  std::string nav_;
  std::vector<std::string> summaries_;  // SummaryHash of each unit-year
};

// A table cell for a self-evaluation score: "99.99 分", sortable by 99.99.
Json ScoreCell(const ScoreValue* score) {
  if (!score) return {{"text", ""}, {"cls", "empty"}, {"empty", true}};
  return {{"text", FormatScore(score->hundredths)}, {"cls", "amount score"},
          {"sort_value", ScoreDecimal(score->hundredths)}, {"source_url", false}};
}

// A figure's cell on the unit and comparison pages: the amount, sortable,
// linking its line in the source view of the unit-year at `unit_year_dir`
// (relative to the page).
Json FigureCell(const FigureValue& v, const std::string& unit_year_dir) {
  const std::string url = LineUrlFrom(unit_year_dir, v.document, v.line);
  return {{"text", WithThousands(DecimalString(v.cents, 6))}, {"cls", "amount"},
          {"sort_value", DecimalString(v.cents, 6)}, {"source_url", url.empty() ? Json(false) : Json(url)}};
}

Json UnitYearLink(const UnitYearSummary& s, const std::string& root) {
  return {{"name", s.unit_name}, {"year_label", YearLabel(s.year)}, {"kinds", KindsLabel(s)},
          {"url", root + UnitYearPath(s)}};
}

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

// Every content file that gave no unit-year page, with the reason; only
// when there is one (the home page links it).
void UnreadPage(const SiteModel& m, const std::vector<MarkdownPage>& pages, Outputs* out) {
  if (m.unread.empty()) return;
  Json v = PageView(kUnreadPath, "未识别文件", pages);
  Json files = Json::array();
  for (const UnreadFile& f : m.unread) files.push_back({{"file", f.file}, {"reason", f.reason}});
  v["files"] = std::move(files);
  v["count"] = m.unread.size();
  out->AddPage({kUnreadPath, "unread", std::move(v)});
}

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

// The fields of a unit entry its page shows (PageKeys' `extra`).
std::vector<std::string> UnitFields(const UnitEntry& u) {
  std::vector<std::string> fields = {u.name, u.slug, u.kind, u.name_set_by_user ? "set by user" : ""};
  fields.insert(fields.end(), u.regions.begin(), u.regions.end());
  fields.push_back("aliases");
  for (const UnitAlias& a : u.aliases) fields.push_back(a.name + (a.set_by_user ? " (set by user)" : ""));
  return fields;
}

void UnitPages(const SiteModel& m, const std::vector<MarkdownPage>& pages, const PageKeys& keys, Outputs* out) {
  for (const UnitEntry& u : m.units) {
    const std::string path = UnitPath(u.slug);
    std::string key = keys.For(path, "unit", u.years, UnitFields(u));
    if (!out->Wants(path, key)) continue;
    Json v = PageView(path, u.name, pages);
    v["name"] = u.name;
    // Unit identity (unit_identity.h): a name the user set, and every other name.
    v["name_set_by_user"] = u.name_set_by_user;
    Json aliases = Json::array();
    for (const UnitAlias& a : u.aliases) aliases.push_back({{"name", a.name}, {"set_by_user", a.set_by_user}});
    v["aliases"] = std::move(aliases);
    Json regions = Json::array();
    for (const std::string& r : u.regions) regions.push_back({{"name", r}, {"url", "../../" + RegionPath(r)}});
    v["regions"] = regions;
    v["unit_kind"] = {{"name", u.kind}, {"url", "../../" + KindPath(u.kind)}};
    Json years = Json::array(), columns = Json::array();
    std::vector<const FigureSet*> primary;
    std::vector<std::string> primary_dirs;  // each one's unit-year folder, from this page
    std::vector<ChartItem> chart;
    for (std::size_t i : u.years) {
      const UnitYearSummary& s = m.unit_years[i];
      years.push_back({{"label", YearLabel(s.year)}, {"kinds", KindsLabel(s)},
                       {"url", YearSlug(s.year) + "/index.html"}});
      const FigureSet* set = PrimaryFigures(s);
      if (!set) continue;
      primary.push_back(set);
      primary_dirs.push_back(YearSlug(s.year) + "/");
      std::string label = YearLabel(s.year) + "（" + DocumentKindLabel(set->doc_kind) + "）";
      columns.push_back({{"label", label}});
      auto total = set->amounts.find("total_expenditure");
      if (total != set->amounts.end())
        chart.push_back({label, total->second.cents,
                         LineUrlFrom(primary_dirs.back(), total->second.document, total->second.line)});
    }
    v["years"] = years;
    Json rows = Json::array();
    for (const FigureDef& d : HeadlineFigures()) {
      Json cells = Json::array();
      bool any = false;
      for (std::size_t k = 0; k < primary.size(); ++k) {
        auto it = primary[k]->amounts.find(d.key);
        if (it == primary[k]->amounts.end()) { cells.push_back({{"text", ""}, {"cls", "empty"}, {"empty", true}}); continue; }
        any = true;
        cells.push_back(FigureCell(it->second, primary_dirs[k]));
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
    v["series"] = {{"columns", columns}, {"rows", rows}, {"has_rows", !rows.empty()}};
    if (!chart.empty())
      v["chart"] = BarChartView(MakeBarChart("chart-series", "各年度本年支出合计", chart, Currency::kWanYuan));
    // Budget against final accounts of the same year: execution rate.
    Json execution = Json::array();
    for (std::size_t i : u.years) {
      const UnitYearSummary& s = m.unit_years[i];
      const FigureSet *budget = nullptr, *final_set = nullptr;
      for (const FigureSet& set : s.figure_sets) {
        if (set.doc_kind == "budget") budget = &set;
        if (set.doc_kind == "final") final_set = &set;
      }
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
    v["execution"] = execution;
    out->AddPage({path, "unit", std::move(v), std::move(key)});
  }
}

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
    // Columns: the headline figures and function classes any unit states.
    std::vector<std::pair<std::string, std::string>> columns;  // key, label
    std::map<std::string, std::string> functions;
    for (const FigureDef& d : HeadlineFigures())
      for (std::size_t i : list)
        if (const FigureSet* set = PrimaryFigures(m.unit_years[i]); set && set->amounts.count(d.key)) {
          columns.push_back({d.key, d.label});
          break;
        }
    for (std::size_t i : list)
      if (const FigureSet* set = PrimaryFigures(m.unit_years[i]))
        for (const auto& [code, f] : set->by_function) {
          auto n = m.unit_years[i].function_names.find(code);
          std::string name = n != m.unit_years[i].function_names.end() ? n->second : StandardFunctionName(code);
          functions.emplace(code, name.empty() ? code : name);
        }
    Json header = Json::array();
    for (const auto& [key, label] : columns) header.push_back({{"label", label}});
    for (const auto& [code, name] : functions) header.push_back({{"label", name + "（" + code + "）"}});
    bool any_score = false;
    for (std::size_t i : list) any_score = any_score || UnitYearScore(m.unit_years[i]);
    if (any_score) header.push_back({{"label", kScoreFigure.label}});
    Json rows = Json::array();
    std::vector<ChartItem> chart;
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
      for (const auto& [key, label] : columns) cells.push_back(cell(set ? set->amounts : kNone, key));
      for (const auto& [code, name] : functions) cells.push_back(cell(set ? set->by_function : kNone, code));
      if (any_score) cells.push_back(ScoreCell(UnitYearScore(s)));
      rows.push_back({{"name", s.unit_name}, {"url", "../../" + UnitYearPath(s)},
                      {"kind", set ? DocumentKindLabel(set->doc_kind) : KindsLabel(s)}, {"cells", cells}});
      if (set && set->amounts.count("total_expenditure")) {
        const FigureValue& total = set->amounts.at("total_expenditure");
        chart.push_back({s.unit_name, total.cents, LineUrlFrom(unit_year_dir, total.document, total.line)});
      }
    }
    v["header"] = header;
    v["rows"] = rows;
    if (!chart.empty())
      v["chart"] = BarChartView(MakeBarChart("chart-compare", "本年支出合计", chart, Currency::kWanYuan));
    {
      // Where the year's money goes: each 类 across units (treemap.h).
      std::vector<TreemapNode> roots;
      for (const auto& [code, name] : functions) {
        TreemapNode node{code, name, 0, {}};
        for (std::size_t i : list)
          if (const FigureSet* set = PrimaryFigures(m.unit_years[i]))
            if (auto f = set->by_function.find(code); f != set->by_function.end()) {
              node.children.push_back({"", m.unit_years[i].unit_name, f->second.cents, {}});
              node.cents += f->second.cents;
            }
        roots.push_back(std::move(node));
      }
      if (!roots.empty())
        v["treemap"] = TreemapView(MakeTreemap("treemap-compare", YearLabel(year) + "各单位支出去向：按功能分类（类 → 单位）",
                                               roots, 720, 400));
    }
    out->AddPage({path, "compare_year", std::move(v), std::move(key)});
    out->Flush();  // a year's comparison holds every unit of the year: one such view in memory at a time
  }
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

void GlossaryPage(const SiteModel& m, const std::vector<MarkdownPage>& pages, Outputs* out) {
  Json v = PageView("glossary/index.html", "名词解释", pages);
  Json items = Json::array();
  for (const GlossaryItem& g : m.glossary) {
    Json defs = Json::array();
    for (const GlossaryDefinition& d : g.definitions) {
      Json uses = Json::array();
      for (const GlossaryUse& u : d.uses)
        uses.push_back({{"name", u.unit_name}, {"year_label", YearLabel(u.year)}, {"url", "../" + u.url}});
      defs.push_back({{"text", d.text}, {"uses", uses}});
    }
    items.push_back({{"term", g.term}, {"anchor", g.anchor}, {"definitions", defs},
                     {"differs", g.definitions.size() > 1}, {"count", g.definitions.size()}});
  }
  v["items"] = items;
  v["count"] = items.size();
  out->AddPage({"glossary/index.html", "glossary", std::move(v)});
  out->Flush();  // every term of the site
}

}  // namespace

MarkdownPage MakeMarkdownPage(const std::string& file_name, std::string_view markdown) {
  std::string stem = file_name;
  if (std::size_t slash = stem.rfind('/'); slash != std::string::npos) stem = stem.substr(slash + 1);
  if (std::size_t dot = stem.rfind('.'); dot != std::string::npos) stem.resize(dot);
  MarkdownPage page;
  page.slug = Slugify(stem);
  for (const char* r : kReserved)
    if (page.slug == r) page.slug = "page-" + page.slug;
  page.title = MarkdownTitle(markdown);
  if (page.title.empty()) page.title = stem;
  page.html = RenderMarkdown(markdown);
  return page;
}

void MakeSitePages(const SiteModel& m, const std::vector<MarkdownPage>& pages, Outputs* out) {
  const PageKeys keys(m, pages, static_cast<bool>(out->keep));
  HomePage(m, pages, out);
  UnitPages(m, pages, keys, out);
  ComparePages(m, pages, keys, out);
  GlossaryPage(m, pages, out);
  UnreadPage(m, pages, out);
  MakeAuditPages(m, pages, out);
  out->Flush();  // the audit overview lists every disclosure
  BrowsePages(m, pages, keys, out);
  out->AddPage({"search/index.html", "search", PageView("search/index.html", "搜索", pages)});
  out->AddPage({"404.html", "not_found", PageView("404.html", "页面不存在", pages)});
  for (const MarkdownPage& p : pages) {
    Json v = PageView(MarkdownPagePath(p), p.title, pages);
    v["html"] = p.html;
    out->AddPage({MarkdownPagePath(p), "page", std::move(v)});
  }
  out->Flush();
}

}  // namespace gongkai
