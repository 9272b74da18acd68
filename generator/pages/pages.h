// The pages and files of a site: the unit-year page and every summary page,
// as outputs (outputs.h) for a build to render and publish.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "outputs.h"
#include "page_view.h"
#include "site_model.h"

namespace gongkai {

MarkdownPage MakeMarkdownPage(const std::string& file_name, std::string_view markdown);

// The unit-year page and its files (data.json, tables.csv, source copies),
// from that group's documents only. `sources[i]` are the bytes of
// group.documents[i].
void MakeUnitYearOutputs(const UnitYearGroup& group, const UnitYearSummary& summary,
                         const std::vector<const std::string*>& sources,
                         const std::vector<MarkdownPage>& pages, Outputs* out);

// Every other page, from the summaries only.
void MakeSitePages(const SiteModel& model, const std::vector<MarkdownPage>& pages, Outputs* out);

// The two site-wide scripts: the search index and the compare data. They
// need no page list, so a build may make them while it makes the pages.
void MakeSiteIndexes(const SiteModel& model, const std::vector<MarkdownPage>& pages, Outputs* out);

// Open data: figures CSVs, datapackage.json, tables-schema.json, robots.txt
// and (with a base URL) sitemap.xml of `html_paths`.
void MakeSiteData(const SiteModel& model, const std::vector<std::string>& html_paths, const std::string& base_url,
                  Outputs* out);

}  // namespace gongkai
