// The list of outputs of a build. An HTML page is (path, template, view
// data): rendering is a pure function of those, so a build cache can key a
// page by a hash of its view. Other outputs are (path, bytes).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "site_model.h"

namespace gongkai {

struct PageOutput {
  std::string path;           // relative to the site root, e.g. "units/x/2024/index.html"
  std::string template_name;  // templates/<name>.mustache
  nlohmann::json view;
  // A hash of everything the view is made from, when the maker knows it
  // (PageKey): a build cache can then keep the live page without building
  // the view. Empty: the view itself is what the cache hashes.
  std::string key = {};
};

struct FileOutput {
  std::string path;
  std::string bytes;
};

struct Outputs {
  std::vector<PageOutput> pages;
  std::vector<FileOutput> files;

  // Both optional, for a build that streams the site pages:
  // `keep(path, key)` is asked before a keyed page's view is built; true
  // means the live page is current and the page is skipped. `flush(pages)`
  // takes the pages gathered so far (rendering them) whenever kFlushPages
  // have gathered, so only that many views are in memory at once.
  std::function<bool(const std::string& path, const std::string& key)> keep;
  std::function<void(std::vector<PageOutput>*)> flush;
  static constexpr std::size_t kFlushPages = 64;

  // False when `keep` says the page with this path and key is current.
  bool Wants(const std::string& path, const std::string& key) { return !keep || !keep(path, key); }
  void AddPage(PageOutput page);
  // Hands the gathered pages to `flush`, if set.
  void Flush();
};

// A content/*.md page, rendered to HTML by markdown.h.
struct MarkdownPage {
  std::string slug;   // ASCII, from the file name: "about.md" -> "about"
  std::string title;  // the first "# " heading, else the slug
  std::string html;
};
MarkdownPage MakeMarkdownPage(const std::string& file_name, std::string_view markdown);
// "about/index.html".
std::string MarkdownPagePath(const MarkdownPage& page);

// The relative path from `path` to the site root: "" or "../" or "../../"...
std::string RootFor(const std::string& path);

// Fields every page has: root, title, the navigation.
nlohmann::json PageView(const std::string& path, const std::string& title,
                        const std::vector<MarkdownPage>& pages);

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
