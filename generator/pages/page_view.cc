#include "page_view.h"

namespace gongkai {

using Json = nlohmann::json;

std::string RootFor(const std::string& path) {
  std::string root;
  for (char c : path)
    if (c == '/') root += "../";
  return root;
}

nlohmann::json PageView(const std::string& path, const std::string& title,
                        const std::vector<MarkdownPage>& pages) {
  const std::string root = RootFor(path);
  Json nav = Json::array();
  for (const MarkdownPage& p : pages) nav.push_back({{"title", p.title}, {"url", root + MarkdownPagePath(p)}});
  return {{"root", root}, {"title", title}, {"site_name", "预决算公开"}, {"nav_pages", nav}};
}

std::string YearLabel(int year) { return year > 0 ? std::to_string(year) + "年" : "年度未识别"; }

std::string MarkdownPagePath(const MarkdownPage& page) { return page.slug + "/index.html"; }

}  // namespace gongkai
