// glossary/index.html: every term the disclosures define, with who defines it how.
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

}  // namespace

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

}  // namespace gongkai
