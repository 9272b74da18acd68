// Small generated corpora for the incremental-build tests: variants of the
// five samples in content/ with other unit names and fiscal years. Header
// only (tests/CMakeLists.txt builds one executable per *_test.cc).
#pragma once

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "file_system.h"
#include "test_util.h"

namespace gongkai::test {

namespace bfs = boost::filesystem;

struct TempDir {
  TempDir() : path(bfs::temp_directory_path() / bfs::unique_path("gongkai-inc-%%%%-%%%%-%%%%")) {
    bfs::create_directories(path);
  }
  ~TempDir() {
    boost::system::error_code ec;
    bfs::remove_all(path, ec);
  }
  std::string str() const { return path.string(); }
  bfs::path path;
};

struct Sample {
  std::string prefix;  // "000".."004"
  std::string unit;    // the unit name as printed (every sample names a 巡察 office)
  std::string text;
};

// The samples and the unit names they print (read off the sample text).
inline const std::vector<Sample>& Samples() {
  static const std::vector<Sample> samples = [] {
    const char* units[][2] = {{"000", "中共株洲市荷塘区委巡察工作领导小组办公室"},
                              {"001", "和政县委巡察工作领导小组办公室"},
                              {"002", "中共长治市上党区委巡察工作办公室"},
                              {"003", "中共临夏市委巡察工作领导小组办公室"},
                              {"004", "中共株洲市委巡察工作领导小组办公室"}};
    std::vector<Sample> out;
    for (auto& [prefix, unit] : units) out.push_back({prefix, unit, ReadFileOrDie(SamplePath(prefix))});
    return out;
  }();
  return samples;
}

inline std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
    s.replace(p, from.size(), to);
  return s;
}

// Sample `s` for unit variant `unit` (0 = the sample's own unit) with every
// "20YY年" shifted by `year_delta`.
inline std::string Variant(const Sample& s, int unit, int year_delta) {
  static const char* kTags[] = {"", "第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九"};
  std::string text = s.text;
  if (unit > 0) text = ReplaceAll(text, s.unit, ReplaceAll(s.unit, "巡察", std::string("巡察") + kTags[unit % 10]));
  if (year_delta == 0) return text;
  static const std::regex year("(20[0-9][0-9])年");
  std::string out;
  auto begin = std::sregex_iterator(text.begin(), text.end(), year);
  std::size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    out += text.substr(last, static_cast<std::size_t>(it->position()) - last);
    out += std::to_string(std::stoi((*it)[1].str()) + year_delta) + "年";
    last = static_cast<std::size_t>(it->position() + it->length());
  }
  return out + text.substr(last);
}

inline void WriteText(const std::string& path, const std::string& bytes) {
  bfs::create_directories(bfs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  ASSERT_TRUE(out.good()) << path;
}

// Every file of a tree, by path relative to its root.
inline std::map<std::string, std::string> ReadTree(const std::string& root) {
  std::map<std::string, std::string> files;
  RealFileSystem disk;
  for (const std::string& p : disk.ListFiles(root)) files[p.substr(root.size() + 1)] = ReadFileOrDie(p);
  return files;
}

// "" when the trees hold the same files with the same bytes, else the first
// difference.
inline std::string TreeDifference(const std::map<std::string, std::string>& a,
                                  const std::map<std::string, std::string>& b) {
  for (const auto& [path, bytes] : a) {
    auto it = b.find(path);
    if (it == b.end()) return "only in the first: " + path;
    if (it->second != bytes) return "bytes differ: " + path;
  }
  for (const auto& [path, bytes] : b)
    if (!a.count(path)) return "only in the second: " + path;
  return "";
}

// Links of a site's HTML pages (href= and src=, relative to the page) that
// name no file of the tree: "page -> target". External links, fragments and
// data: URLs are not checked; "dir/" means "dir/index.html".
inline std::vector<std::string> BrokenLinks(const std::map<std::string, std::string>& tree) {
  std::vector<std::string> broken;
  for (const auto& [page, bytes] : tree) {
    if (!page.ends_with(".html")) continue;
    const std::string dir = page.find('/') == std::string::npos ? "" : page.substr(0, page.rfind('/') + 1);
    for (const char* attribute : {"href=\"", "src=\""}) {
      const std::string key = attribute;
      for (std::size_t at = bytes.find(key); at != std::string::npos; at = bytes.find(key, at + 1)) {
        const std::size_t start = at + key.size();
        std::string target = bytes.substr(start, bytes.find('"', start) - start);
        target = target.substr(0, target.find_first_of("#?"));
        if (target.empty() || target.find(':') != std::string::npos || target.front() == '/') continue;
        if (target.back() == '/') target += "index.html";
        const std::string resolved = bfs::path(dir + target).lexically_normal().generic_string();
        if (!tree.count(resolved)) broken.push_back(page + " -> " + target);
      }
    }
  }
  return broken;
}

}  // namespace gongkai::test
