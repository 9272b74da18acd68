#include "page_keys.h"

#include "content_hash.h"
#include "summary_hash.h"

namespace gongkai {

PageKeys::PageKeys(const SiteModel& m, const std::vector<MarkdownPage>& pages, bool on) {
  if (!on) return;
  Hasher nav;
  for (const MarkdownPage& p : pages) nav.Add(p.slug).Add(p.title);
  nav_ = nav.Hex();
  summaries_.reserve(m.unit_years.size());
  for (const UnitYearSummary& s : m.unit_years) summaries_.push_back(SummaryHash(s));
}

std::string PageKeys::For(const std::string& path, const char* template_name, const std::vector<std::size_t>& unit_years,
                          const std::vector<std::string>& extra) const {
  if (nav_.empty()) return "";
  Hasher h;
  h.Add("page").Add(path).Add(template_name).Add(nav_);
  for (const std::string& e : extra) h.Add(e);
  for (std::size_t i : unit_years) h.Add(summaries_[i]);
  return h.Hex();
}

}  // namespace gongkai
