// The list of outputs of a build. An HTML page is (path, template, view
// data): rendering is a pure function of those, so a build cache can key a
// page by a hash of its view. Other outputs are (path, bytes).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

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

}  // namespace gongkai
