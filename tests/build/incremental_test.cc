// The incremental build against a clean one: byte-identical after every
// step of a random edit sequence, and rewriting only what changed.
#include "incremental.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <random>

#include "build.h"
#include "build_cache.h"
#include "build_identity.h"
#include "test_corpus.h"

namespace gongkai {
namespace {

using test::Samples;
using test::TempDir;
namespace bfs = boost::filesystem;

struct Site {
  std::string content, templates, out;
};

BuildStats BuildInto(const Site& site, const std::string& out, bool explain = false) {
  RealFileSystem disk;
  BuildOptions options;
  options.content_dir = site.content;
  options.out_dir = out;
  options.templates_dir = site.templates;
  options.explain = explain;
  BuildStats stats;
  std::string error;
  EXPECT_TRUE(IncrementalBuild(disk, options, &stats, &error)) << error;
  return stats;
}

// A content folder with `units` units x 2 years x the five samples' layouts
// (doc i: sample i % 5, unit variant i / 5, year shift by unit parity), the
// Markdown page, and a private copy of the templates.
Site MakeSite(const TempDir& dir, int documents) {
  Site site{dir.str() + "/content", dir.str() + "/templates", dir.str() + "/live/site"};
  for (int i = 0; i < documents; ++i) {
    const test::Sample& s = Samples()[static_cast<std::size_t>(i % 5)];
    test::WriteText(site.content + "/" + s.prefix + "_u" + std::to_string(i / 5) + ".txt",
                    test::Variant(s, i / 5, (i / 5) % 2 == 0 ? 0 : -1));
  }
  test::WriteText(site.content + "/about.md", test::ReadFileOrDie(std::string(GONGKAI_CONTENT_DIR) + "/about.md"));
  const std::string src = std::string(GONGKAI_SOURCE_DIR) + "/templates";
  for (bfs::recursive_directory_iterator it(src), end; it != end; ++it) {
    const std::string copy = site.templates + it->path().string().substr(src.size());
    bfs::create_directories(bfs::is_directory(it->path()) ? bfs::path(copy) : bfs::path(copy).parent_path());
    if (!bfs::is_directory(it->path())) bfs::copy_file(it->path(), copy);
  }
  return site;
}

std::vector<std::string> FilesUnder(const std::string& dir, const std::string& ext) {
  std::vector<std::string> out;
  RealFileSystem disk;
  for (const std::string& p : disk.ListFiles(dir))
    if (p.size() > ext.size() && p.compare(p.size() - ext.size(), ext.size(), ext) == 0) out.push_back(p);
  return out;
}

struct Stamp {
  ino_t inode;
  timespec mtime;
};
Stamp StampOf(const std::string& path) {
  struct stat st;
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return {st.st_ino, st.st_mtim};
}

TEST(IncrementalBuild, RandomEditSequenceStaysByteIdenticalToCleanBuilds) {
  TempDir dir;
  Site site = MakeSite(dir, 12);
  std::mt19937 rng(20241122);
  int next_doc = 12, clean_builds = 0;
  BuildInto(site, site.out);
  for (int step = 0; step < 25; ++step) {
    std::vector<std::string> docs = FilesUnder(site.content, ".txt");
    std::string what;
    switch (rng() % 6) {
      case 0: {  // add: a new unit, or another year of an existing one
        const test::Sample& s = Samples()[rng() % 5];
        int unit = static_cast<int>(rng() % 8), delta = -static_cast<int>(rng() % 3);
        std::string name = s.prefix + "_n" + std::to_string(next_doc++) + ".txt";
        test::WriteText(site.content + "/" + name, test::Variant(s, unit, delta));
        what = "add " + name;
        break;
      }
      case 1: {  // modify narrative text
        const std::string& path = docs[rng() % docs.size()];
        test::WriteText(path, test::ReadFileOrDie(path) + "\n补充说明：第" + std::to_string(step) + "次修改。\n");
        what = "append to " + path;
        break;
      }
      case 2: {  // modify an amount (a headline figure when it is one)
        const std::string& path = docs[rng() % docs.size()];
        std::string text = test::ReadFileOrDie(path);
        std::size_t p = text.find(".", rng() % text.size());
        if (p != std::string::npos && p + 2 < text.size() && isdigit(static_cast<unsigned char>(text[p + 2])))
          text[p + 2] = static_cast<char>('0' + (text[p + 2] - '0' + 1) % 10);
        test::WriteText(path, text);
        what = "amount in " + path;
        break;
      }
      case 3: {  // delete
        if (docs.size() <= 3) continue;
        const std::string path = docs[rng() % docs.size()];
        bfs::remove(path);
        what = "delete " + path;
        break;
      }
      case 4: {  // template or asset edit
        std::vector<std::string> files = FilesUnder(site.templates, ".mustache");
        for (const std::string& css : FilesUnder(site.templates, ".css")) files.push_back(css);
        const std::string& path = files[rng() % files.size()];
        test::WriteText(path, test::ReadFileOrDie(path) + (path.back() == 's' ? "/* edit */\n" : "<!-- edit -->\n"));
        what = "edit template " + path;
        break;
      }
      case 5: {  // Markdown page title: the navigation of every page
        test::WriteText(site.content + "/about.md", "# 关于本站（第" + std::to_string(step) + "版）\n\n说明。\n");
        what = "edit about.md";
        break;
      }
    }
    BuildStats incremental = BuildInto(site, site.out);
    const std::string clean = dir.str() + "/clean" + std::to_string(clean_builds++) + "/site";
    BuildStats full = BuildInto(site, clean);
    EXPECT_EQ(full.parsed, full.documents) << "a clean build parses every input";
    ASSERT_EQ(test::TreeDifference(test::ReadTree(site.out), test::ReadTree(clean)), "")
        << "step " << step << ": " << what;
    bfs::remove_all(bfs::path(clean).parent_path());
    EXPECT_LE(incremental.parsed, 1) << what;
  }
}

TEST(IncrementalBuild, ModifyingOneDocumentRewritesOnlyItsUnitYearAndChangedViews) {
  TempDir dir;
  Site site = MakeSite(dir, 10);
  BuildInto(site, site.out);
  // Another unit's unit-year page and the glossary, before.
  RealFileSystem disk;
  std::vector<std::string> pages;
  for (const std::string& p : FilesUnder(site.out + "/units", "index.html"))
    if (p.find("/20") != std::string::npos) pages.push_back(p);
  ASSERT_GE(pages.size(), 2u);
  const std::string target = site.content + "/002_u0.txt";  // 中共长治市上党区委巡察工作办公室, 2023
  std::string other;
  for (const std::string& p : pages)
    if (test::ReadFileOrDie(p).find("中共长治市上党区委巡察工作办公室") == std::string::npos) other = p;
  ASSERT_FALSE(other.empty());
  const Stamp other_before = StampOf(other), glossary_before = StampOf(site.out + "/glossary/index.html");
  const int files = static_cast<int>(test::ReadTree(site.out).size());

  test::WriteText(target, test::ReadFileOrDie(target) + "\n补充说明：本单位无其他需要说明的事项。\n");
  BuildStats stats = BuildInto(site, site.out, /*explain=*/true);
  EXPECT_EQ(stats.parsed, 1);
  EXPECT_EQ(stats.cached, 9);
  EXPECT_GT(stats.written, 0);
  // Every file is written or left alone; most are left alone.
  EXPECT_EQ(stats.written + stats.unchanged, files);
  EXPECT_GT(stats.unchanged, 4 * stats.written);
  EXPECT_EQ(stats.removed, 0);
  EXPECT_EQ(static_cast<int>(stats.explain.size()), stats.written);
  for (const std::string& line : stats.explain) {
    // Only the changed document's unit-year files, with the input as the reason.
    EXPECT_EQ(line.rfind("units/zhong-gong-zhang-zhi-shi-shang-dang-qu-", 0), 0u) << line;
    EXPECT_NE(line.find("/2023/"), std::string::npos) << line;
    EXPECT_NE(line.find(": input " + target + " changed"), std::string::npos) << line;
  }
  const Stamp other_after = StampOf(other), glossary_after = StampOf(site.out + "/glossary/index.html");
  EXPECT_EQ(other_after.inode, other_before.inode);
  EXPECT_EQ(other_after.mtime.tv_nsec, other_before.mtime.tv_nsec);
  EXPECT_EQ(other_after.mtime.tv_sec, other_before.mtime.tv_sec);
  EXPECT_EQ(glossary_after.inode, glossary_before.inode);
}

TEST(IncrementalBuild, NoOpRebuildWritesNothingAndSkipsPublishing) {
  TempDir dir;
  Site site = MakeSite(dir, 5);
  BuildStats first = BuildInto(site, site.out);
  EXPECT_EQ(first.parsed, 5);
  EXPECT_EQ(first.written, static_cast<int>(test::ReadTree(site.out).size()));
  EXPECT_GT(first.written, 50);
  const Stamp root_before = StampOf(site.out);
  BuildStats again = BuildInto(site, site.out, /*explain=*/true);
  EXPECT_TRUE(again.skipped);
  EXPECT_EQ(again.parsed, 0);
  EXPECT_EQ(again.cached, 5);
  EXPECT_EQ(again.written, 0);
  EXPECT_EQ(again.removed, 0);
  EXPECT_EQ(again.unchanged, first.written);
  ASSERT_EQ(again.explain.size(), 1u);
  EXPECT_EQ(again.explain[0],
            "nothing changed (inputs, templates, options): the live site is up to date; publishing skipped");
  EXPECT_EQ(StampOf(site.out).inode, root_before.inode) << "the live folder was not switched";
}

TEST(IncrementalBuild, DeletedInputsOutputsAreRemovedAndExplained) {
  TempDir dir;
  Site site = MakeSite(dir, 6);  // 000_u1.txt is the only document of its unit
  BuildInto(site, site.out);
  bfs::remove(site.content + "/000_u1.txt");
  BuildStats stats = BuildInto(site, site.out, /*explain=*/true);
  EXPECT_GT(stats.removed, 0);
  int removed_lines = 0;
  for (const std::string& line : stats.explain)
    if (line.rfind("removed units/", 0) == 0) {
      ++removed_lines;
      EXPECT_NE(line.find(": no longer produced (input gone)"), std::string::npos) << line;
    }
  EXPECT_GT(removed_lines, 0);
  TempDir clean;
  BuildInto(site, clean.str() + "/site");
  EXPECT_EQ(test::TreeDifference(test::ReadTree(site.out), test::ReadTree(clean.str() + "/site")), "");
}

// Files not read, and a PDF that is (its copy keeps the .pdf name): after
// every edit the incremental site is the clean one, and a no-op rebuild
// reports the same outcome as the build that parsed everything.
TEST(IncrementalBuild, UnreadFilesAndPdfsStayByteIdenticalToCleanBuilds) {
  TempDir dir;
  Site site = MakeSite(dir, 5);
  const std::string pdf_data = std::string(GONGKAI_TEST_DATA) + "/pdf/";
  bfs::copy_file(pdf_data + "changsha-jiaojing-zhidui-2023-performance-evaluation-scanned.pdf", site.content + "/scan.pdf");
  bfs::copy_file(pdf_data + "guangzhou-zhengwu-shuju-ju-2026-performance-targets.pdf", site.content + "/gz.pdf");
  test::WriteText(site.content + "/empty.txt", "");
  int clean_builds = 0;
  auto same_as_clean = [&](const std::string& what) {
    const std::string clean = dir.str() + "/clean" + std::to_string(clean_builds++) + "/site";
    BuildStats full = BuildInto(site, clean);
    EXPECT_EQ(test::TreeDifference(test::ReadTree(site.out), test::ReadTree(clean)), "") << what;
    bfs::remove_all(bfs::path(clean).parent_path());
    return full;
  };

  BuildStats first = BuildInto(site, site.out);
  EXPECT_EQ(first.unread, 2);
  same_as_clean("first build");
  EXPECT_NE(test::ReadFileOrDie(site.out + "/unread/index.html").find("scan.pdf"), std::string::npos);
  BuildStats again = BuildInto(site, site.out);
  EXPECT_TRUE(again.skipped);
  EXPECT_EQ(again.unread, first.unread);
  EXPECT_EQ(again.warnings, first.warnings);

  bfs::remove(site.content + "/scan.pdf");
  BuildStats removed = BuildInto(site, site.out);
  EXPECT_EQ(removed.unread, 1);
  EXPECT_EQ(removed.parsed, 0);
  BuildStats clean = same_as_clean("scan removed");
  EXPECT_EQ(removed.warnings, clean.warnings);
  EXPECT_EQ(test::ReadFileOrDie(site.out + "/unread/index.html").find("scan.pdf"), std::string::npos);

  // A text file emptied by mistake loses its unit-year page and is listed.
  const std::string sample = site.content + "/002_u0.txt";
  const std::string text = test::ReadFileOrDie(sample);
  test::WriteText(sample, "");
  EXPECT_EQ(BuildInto(site, site.out).unread, 2);
  same_as_clean("002_u0.txt emptied");
  EXPECT_NE(test::ReadFileOrDie(site.out + "/unread/index.html").find("002_u0.txt"), std::string::npos);

  // Every file read again: no unread page, no link to it.
  test::WriteText(sample, text);
  test::WriteText(site.content + "/empty.txt", test::Variant(Samples()[1], 3, 0));
  BuildStats all_read = BuildInto(site, site.out);
  EXPECT_EQ(all_read.unread, 0);
  same_as_clean("every file read");
  EXPECT_FALSE(bfs::exists(site.out + "/unread/index.html"));
  EXPECT_EQ(test::ReadFileOrDie(site.out + "/index.html").find("unread/"), std::string::npos);
}

TEST(IncrementalBuild, CacheOfAnotherVersionIsDiscardedWithMessage) {
  TempDir dir;
  Site site = MakeSite(dir, 5);
  BuildInto(site, site.out);
  const std::string cache_file = CacheDataDirFor(site.out) + "/cache";
  std::string text = test::ReadFileOrDie(cache_file);
  ASSERT_EQ(text.rfind("# gongkai cache v5 " + BuildIdentity() + " ", 0), 0u);
  text.replace(0, text.find(' ', 19), "# gongkai cache v5 0.0.0-old");
  test::WriteText(cache_file, text);
  test::WriteText(site.out + "/index.html", "stale");  // must not be kept
  BuildStats stats = BuildInto(site, site.out);
  ASSERT_EQ(stats.messages.size(), 1u);
  EXPECT_EQ(stats.messages[0], "cache version changed; full rebuild");
  EXPECT_FALSE(stats.skipped);
  TempDir clean;
  BuildInto(site, clean.str() + "/site");
  EXPECT_EQ(test::TreeDifference(test::ReadTree(site.out), test::ReadTree(clean.str() + "/site")), "");
}

// The cache's key: the version and this executable's GNU build ID (as
// `readelf -n` prints it), so the same version compiled from other sources
// does not reuse a parse the older build made.
TEST(IncrementalBuild, CacheIsKeyedByTheVersionAndTheExecutablesBuildId) {
  std::string notes;
  const std::string command = "readelf -n /proc/" + std::to_string(::getpid()) + "/exe 2>/dev/null";
  if (FILE* p = ::popen(command.c_str(), "r")) {
    char buf[4096];
    for (std::size_t got; (got = std::fread(buf, 1, sizeof buf, p)) > 0;) notes.append(buf, got);
    ::pclose(p);
  }
  const std::size_t at = notes.find("Build ID: ");
  ASSERT_NE(at, std::string::npos) << notes;
  EXPECT_EQ(BuildIdentity(), std::string(GONGKAI_VERSION) + "+" + notes.substr(at + 10, 16));
}

// Issue 8: the same PDFs are parsed once. Adding one PDF to a folder of
// real PDFs reads and parses only it; the site equals a clean build.
TEST(IncrementalBuild, AddingOnePdfToAFolderOfPdfsParsesOnlyIt) {
  TempDir dir;
  Site site = MakeSite(dir, 0);
  const std::string real = std::string(GONGKAI_TEST_DATA) + "/real/";
  std::vector<std::string> pdfs;
  for (bfs::directory_iterator it(real), end; it != end; ++it)
    if (it->path().extension() == ".pdf") pdfs.push_back(it->path().filename().string());
  std::sort(pdfs.begin(), pdfs.end());
  ASSERT_GE(pdfs.size(), 4u);
  for (std::size_t k = 0; k + 1 < pdfs.size(); ++k) bfs::copy_file(real + pdfs[k], site.content + "/" + pdfs[k]);
  BuildStats first = BuildInto(site, site.out);
  EXPECT_EQ(first.parsed, static_cast<int>(pdfs.size()) - 1);

  bfs::copy_file(real + pdfs.back(), site.content + "/" + pdfs.back());
  BuildStats added = BuildInto(site, site.out, /*explain=*/true);
  EXPECT_EQ(added.parsed, 1);
  EXPECT_EQ(added.cached, static_cast<int>(pdfs.size()) - 1);
  for (const std::string& line : added.explain) {
    if (line.find("input ") != std::string::npos) {
      EXPECT_NE(line.find(pdfs.back()), std::string::npos) << line;
    }
  }
  TempDir clean;
  BuildInto(site, clean.str() + "/site");
  EXPECT_EQ(test::TreeDifference(test::ReadTree(site.out), test::ReadTree(clean.str() + "/site")), "");
}

}  // namespace
}  // namespace gongkai
