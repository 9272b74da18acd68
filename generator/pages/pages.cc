// Every page other than the unit-year page, from the summaries only.
#include "pages.h"

#include "audit_pages.h"
#include "markdown.h"
#include "page_view.h"
#include "site_pages.h"
#include "slug.h"

namespace gongkai {
namespace {

using Json = nlohmann::json;

// Names of top-level folders a Markdown page must not take.
constexpr const char* kReserved[] = {"units", "compare", "glossary", "regions", "years",
                                     "kinds", "search", "data", "assets", "unread", "audit"};

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
