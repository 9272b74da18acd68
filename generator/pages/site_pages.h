// The summary pages MakeSitePages (pages.h) makes, one file each, from the
// summaries only: home_page.cc, unit_page.cc, compare_pages.cc,
// browse_pages.cc, glossary_page.cc, unread_page.cc.
#pragma once

#include <vector>

#include "outputs.h"
#include "page_keys.h"
#include "site_model.h"

namespace gongkai {

void HomePage(const SiteModel& m, const std::vector<MarkdownPage>& pages, Outputs* out);

// Every content file that gave no unit-year page, with the reason; only
// when there is one (the home page links it).
void UnreadPage(const SiteModel& m, const std::vector<MarkdownPage>& pages, Outputs* out);

// The year, region and unit-kind browse pages.
void BrowsePages(const SiteModel& m, const std::vector<MarkdownPage>& pages, const PageKeys& keys, Outputs* out);

// One page per unit: its years, figure series, chart and execution rates.
void UnitPages(const SiteModel& m, const std::vector<MarkdownPage>& pages, const PageKeys& keys, Outputs* out);

// A comparison page per fiscal year, and the comparison index.
void ComparePages(const SiteModel& m, const std::vector<MarkdownPage>& pages, const PageKeys& keys, Outputs* out);

void GlossaryPage(const SiteModel& m, const std::vector<MarkdownPage>& pages, Outputs* out);

}  // namespace gongkai
