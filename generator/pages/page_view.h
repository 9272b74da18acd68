// What every page's view has: the way back to the site root, the title and
// the navigation to the site's Markdown pages.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "outputs.h"

namespace gongkai {

// The relative path from `path` to the site root: "" or "../" or "../../"...
std::string RootFor(const std::string& path);

// Fields every page has: root, title, the navigation.
nlohmann::json PageView(const std::string& path, const std::string& title,
                        const std::vector<MarkdownPage>& pages);

// A fiscal year as every page names it: "2023年", "年度未识别" for 0.
std::string YearLabel(int year);

// "about/index.html".
std::string MarkdownPagePath(const MarkdownPage& page);

}  // namespace gongkai
