// Completeness and transparency score on the site: the per-document audit
// kept in each unit-year summary, the "公开完整性与透明度评分" section of the
// unit-year page, data.json's keys, the audit overview page
// (audit/index.html: every disclosure by score and open findings, sortable
// and filterable from file://) and the methodology page
// (audit/methodology/index.html: the weights and their sources).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "outputs.h"
#include "site_model.h"
#include "source_view.h"

namespace gongkai {

inline constexpr char kAuditOverviewPath[] = "audit/index.html";
inline constexpr char kAuditMethodologyPath[] = "audit/methodology/index.html";

// The unit-year page's view of document `index`'s completeness and score:
// `sources[i]` is group.documents[i]'s copy and source view beside the page,
// for links to the line (and PDF page) each item names.
nlohmann::json DisclosureAuditView(const UnitYearGroup& group, std::size_t index,
                                   const std::vector<SourceFile>& sources);

// Sets data.json's "completeness" and "transparency" of document `index`
// (DocumentToJson judges the file alone; here its companions count).
void SetAuditJson(const UnitYearGroup& group, std::size_t index, nlohmann::ordered_json* document_json);

// audit/index.html and audit/methodology/index.html, from the summaries.
void MakeAuditPages(const SiteModel& model, const std::vector<MarkdownPage>& pages, Outputs* out);

}  // namespace gongkai
