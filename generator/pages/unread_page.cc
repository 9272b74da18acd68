// unread/index.html: the files that gave no unit-year page.
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

void UnreadPage(const SiteModel& m, const std::vector<MarkdownPage>& pages, Outputs* out) {
  if (m.unread.empty()) return;
  Json v = PageView(kUnreadPath, "未识别文件", pages);
  Json files = Json::array();
  for (const UnreadFile& f : m.unread) files.push_back({{"file", f.file}, {"reason", f.reason}});
  v["files"] = std::move(files);
  v["count"] = m.unread.size();
  out->AddPage({kUnreadPath, "unread", std::move(v)});
}

}  // namespace gongkai
