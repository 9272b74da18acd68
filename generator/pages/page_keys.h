// Page keys: what lets a rebuild keep a summary page without making its view.
#pragma once

#include <string>
#include <vector>

#include "outputs.h"
#include "site_model.h"

namespace gongkai {

// The keys of the pages that show many unit-years (PageOutput::key), made
// only when the output asks (Outputs::keep): a unit page, a year's browse
// and comparison pages are functions of their path and template, the
// navigation, some fields of the model named by the maker (`extra`) and the
// summaries they show, so a rebuild keeps them unread when none changed.
class PageKeys {
 public:
  PageKeys(const SiteModel& m, const std::vector<MarkdownPage>& pages, bool on);

  // "" when keys are off.
  std::string For(const std::string& path, const char* template_name, const std::vector<std::size_t>& unit_years,
                  const std::vector<std::string>& extra) const;

 private:
  std::string nav_;
  std::vector<std::string> summaries_;  // SummaryHash of each unit-year
};

}  // namespace gongkai
