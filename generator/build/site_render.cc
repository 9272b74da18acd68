#include "site_render.h"

#include <algorithm>
#include <thread>

#include "content_hash.h"
#include "pages.h"
#include "parallel.h"

namespace gongkai {

// 9. Every other page, from the summaries: a keyed page (PageOutput::key)
// is kept before its view is built when its key is the same, any other page
// when its view is the same. Pages are rendered in batches as they are
// made (Outputs::flush), so only a batch of views is in memory at once.
// 10. Data files and static assets: kept when their bytes are the same.
bool RenderSite(Run& run, std::string* error) {
  const BuildCache& old = run.old;
  SiteModel model = BuildSiteModel(std::move(run.summaries), std::move(run.unread));
  run.timer.Mark("site model");
  auto keyed_hash = [&](const std::string& key) {
    return Hasher().Add("keyed page").Add(key).Add(run.templates.hash).Hex();
  };
  auto view_hash = [&](const PageOutput& p) {
    return p.key.empty() ? Hasher().Add("page").Add(p.template_name).Add(p.view.dump()).Add(run.templates.hash).Hex()
                         : keyed_hash(p.key);
  };
  // The search index and the compare data (site-wide, each as large as the
  // site) are made on a thread of their own while the pages are made.
  Outputs indexes;
  std::thread indexer([&] { MakeSiteIndexes(model, run.pages, &indexes); });
  Outputs site;
  site.keep = [&](const std::string& path, const std::string& key) {
    const OutputRecord* r = old.LookupOutput(path);
    if (!r || r->view_hash != keyed_hash(key) || !run.shared.Keep(path, *r)) return false;
    run.html_paths.push_back(path);
    return true;
  };
  site.flush = [&](std::vector<PageOutput>* batch) {
    ParallelFor(batch->size(), run.jobs, [&](std::size_t i, int worker) {
      const PageOutput& p = (*batch)[i];
      const std::string hash = view_hash(p);
      const OutputRecord* r = old.LookupOutput(p.path);
      if (r && r->view_hash == hash && run.shared.Keep(p.path, *r)) return;
      std::string html, e;
      if (!run.renderers[static_cast<std::size_t>(worker)].Render(p, &html, &e)) return run.shared.Fail(e);
      run.shared.Put(p.path, html, hash,
                     !r ? (old.outputs.empty() ? "no cached output" : "new page")
                     : run.templates_changed ? "templates changed"
                                             : "view data changed");
    });
    for (const PageOutput& p : *batch) run.html_paths.push_back(p.path);
    batch->clear();
  };
  MakeSitePages(model, run.pages, &site);
  indexer.join();
  if (!run.shared.error.empty()) {
    *error = run.shared.error;
    return false;
  }
  run.timer.Mark("site pages");
  std::sort(run.html_paths.begin(), run.html_paths.end());
  run.stats->pages = static_cast<int>(run.html_paths.size());
  site = std::move(indexes);

  MakeSiteData(model, run.html_paths, run.options.base_url, &site);
  for (const auto& [path, bytes] : run.templates.static_files) site.files.push_back({path, bytes});
  for (const FileOutput& f : site.files) {
    const std::string hash = ContentHash(f.bytes);
    const OutputRecord* r = old.LookupOutput(f.path);
    if (r && r->bytes_hash == hash && run.shared.Keep(f.path, *r)) continue;
    if (!run.shared.Put(f.path, f.bytes, hash,
                        !r ? (old.outputs.empty() ? "no cached output" : "new file") : "content changed")) {
      *error = run.shared.error;
      return false;
    }
  }
  run.timer.Mark("data files");
  return true;
}

}  // namespace gongkai
