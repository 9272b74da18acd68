#include "publish.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/filesystem.hpp>
#include <chrono>
#include <fstream>
#include <map>
#include <random>
#include <thread>

#include "test_util.h"

namespace bfs = boost::filesystem;

namespace gongkai {
namespace {

struct TempDir {
  TempDir() {
    char name[] = "/tmp/gongkai-publish-XXXXXX";
    path = mkdtemp(name);
  }
  ~TempDir() { bfs::remove_all(path); }
  std::string path;
};

using Tree = std::map<std::string, std::string>;

// Every regular file under `root`, relative path -> bytes.
Tree ReadTree(const std::string& root) {
  Tree tree;
  boost::system::error_code ec;
  for (bfs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (bfs::is_regular_file(it->path()))
      tree[it->path().string().substr(root.size() + 1)] = test::ReadFileOrDie(it->path().string());
  }
  return tree;
}

bool Publish(const std::string& out, const Tree& tree, std::string* error,
             PublishStats* stats = nullptr) {
  Publisher p;
  if (!p.Begin(out, error)) return false;
  for (const auto& [path, bytes] : tree)
    if (!p.Put(path, bytes, error)) return false;
  if (!p.Commit(error)) return false;
  if (stats) *stats = p.stats();
  return true;
}

// What unfinished builds left staged for the output `dir`/site: files in
// its staging tree (.gongkai/site/pending) and folders named ".staging-"
// (gongkai < 0.3 staged next to the output).
std::vector<std::string> StagingLeftovers(const std::string& dir) {
  std::vector<std::string> out;
  for (bfs::directory_iterator it(dir), end; it != end; ++it) {
    std::string name = it->path().filename().string();
    if (name.find(".staging-") != std::string::npos) out.push_back(name);
  }
  boost::system::error_code ec;
  for (bfs::recursive_directory_iterator it(dir + "/.gongkai/site/pending", ec), end; !ec && it != end;
       it.increment(ec))
    if (bfs::is_regular_file(it->path())) out.push_back(it->path().string());
  return out;
}

void WriteFile(const std::string& path, const std::string& bytes) {
  bfs::create_directories(bfs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

struct stat Stat(const std::string& path) {
  struct stat st = {};
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return st;
}

TEST(Publisher, FirstPublishCreatesTheSite) {
  TempDir dir;
  std::string out = dir.path + "/site", error;
  PublishStats stats;
  Tree tree = {{"index.html", "<h1>首页</h1>"}, {"units/012001/2023/index.html", "227.61 万元"}};
  ASSERT_TRUE(Publish(out, tree, &error, &stats)) << error;
  EXPECT_EQ(ReadTree(out), tree);
  EXPECT_EQ(stats.written, 2);
  EXPECT_EQ(stats.unchanged, 0);
  EXPECT_EQ(stats.removed, 0);
  EXPECT_TRUE(StagingLeftovers(dir.path).empty());
  EXPECT_TRUE(bfs::exists(dir.path + "/.gongkai/site/lock"));
}

TEST(Publisher, UnchangedFilesKeepInodeAndMtimeChangedAreReplacedRemovedAreGone) {
  TempDir dir;
  std::string out = dir.path + "/site", error;
  ASSERT_TRUE(Publish(out, {{"a.html", "same"}, {"b/b.html", "old"}, {"c.html", "gone"}}, &error));
  struct stat a_before = Stat(out + "/a.html");
  struct stat b_before = Stat(out + "/b/b.html");
  std::this_thread::sleep_for(std::chrono::milliseconds(20));

  PublishStats stats;
  Tree next = {{"a.html", "same"}, {"b/b.html", "new"}, {"d.html", "added"}};
  ASSERT_TRUE(Publish(out, next, &error, &stats)) << error;
  EXPECT_EQ(ReadTree(out), next);
  struct stat a_after = Stat(out + "/a.html");
  EXPECT_EQ(a_after.st_ino, a_before.st_ino);
  EXPECT_EQ(a_after.st_mtim.tv_sec, a_before.st_mtim.tv_sec);
  EXPECT_EQ(a_after.st_mtim.tv_nsec, a_before.st_mtim.tv_nsec);
  EXPECT_EQ(a_after.st_nlink, 1u);  // the old tree and its links are gone
  EXPECT_NE(Stat(out + "/b/b.html").st_ino, b_before.st_ino);
  EXPECT_FALSE(bfs::exists(out + "/c.html"));
  EXPECT_EQ(stats.written, 2);
  EXPECT_EQ(stats.unchanged, 1);
  EXPECT_EQ(stats.removed, 1);
  EXPECT_TRUE(StagingLeftovers(dir.path).empty());
}

TEST(Publisher, KeepCarriesTheLiveFileOverWithoutReadingIt) {
  TempDir dir;
  std::string out = dir.path + "/site", error;
  ASSERT_TRUE(Publish(out, {{"units/a.html", "A"}}, &error));
  ino_t before = Stat(out + "/units/a.html").st_ino;
  Publisher p;
  ASSERT_TRUE(p.Begin(out, &error)) << error;
  EXPECT_TRUE(p.Keep("units/a.html", &error)) << error;
  EXPECT_FALSE(p.Keep("units/missing.html", &error));
  ASSERT_TRUE(p.Commit(&error)) << error;
  EXPECT_EQ(Stat(out + "/units/a.html").st_ino, before);
  EXPECT_EQ(p.stats().unchanged, 1);
}

TEST(Publisher, RejectsPathsThatLeaveTheOutput) {
  TempDir dir;
  std::string error;
  Publisher p;
  ASSERT_TRUE(p.Begin(dir.path + "/site", &error));
  EXPECT_FALSE(p.Put("../evil.html", "x", &error));
  EXPECT_FALSE(p.Put("/etc/passwd", "x", &error));
  EXPECT_FALSE(p.Put("a//b.html", "x", &error));
  EXPECT_TRUE(p.Put("a.html", "x", &error));
  EXPECT_FALSE(p.Put("a.html", "y", &error));  // twice
  p.Abort();
  EXPECT_FALSE(bfs::exists(dir.path + "/evil.html"));
}

TEST(Publisher, AbortLeavesTheSiteAndRemovesStaging) {
  TempDir dir;
  std::string out = dir.path + "/site", error;
  Tree tree = {{"index.html", "v1"}};
  ASSERT_TRUE(Publish(out, tree, &error));
  {
    Publisher p;
    ASSERT_TRUE(p.Begin(out, &error));
    ASSERT_TRUE(p.Put("index.html", "v2", &error));
    EXPECT_EQ(StagingLeftovers(dir.path).size(), 1u);
  }  // destroyed without Commit
  EXPECT_EQ(ReadTree(out), tree);
  EXPECT_TRUE(StagingLeftovers(dir.path).empty());
}

TEST(Publisher, BeginRemovesStagingFoldersOfKilledBuilds) {
  TempDir dir;
  std::string out = dir.path + "/site", error;
  bfs::create_directories(dir.path + "/site.staging-99999/units");
  bfs::create_directories(dir.path + "/site.staging-old-12/x");
  bfs::create_directories(dir.path + "/other.staging-1");  // another output's
  Publisher p;
  ASSERT_TRUE(p.Begin(out, &error));
  EXPECT_FALSE(bfs::exists(dir.path + "/site.staging-99999"));
  EXPECT_FALSE(bfs::exists(dir.path + "/site.staging-old-12"));
  EXPECT_TRUE(bfs::exists(dir.path + "/other.staging-1"));
  p.Abort();
}

TEST(Publisher, SecondBuildOnTheSameOutputFailsAtOnceWithPid) {
  TempDir dir;
  std::string out = dir.path + "/site", error;
  Publisher first;
  ASSERT_TRUE(first.Begin(out + "/", &error)) << error;
  Publisher second;
  EXPECT_FALSE(second.Begin(out, &error));
  EXPECT_EQ(error, "another gongkai build is running on " + out + "/ (pid " +
                       std::to_string(::getpid()) + ")");
  ASSERT_TRUE(first.Commit(&error)) << error;
  EXPECT_TRUE(second.Begin(out, &error)) << error;  // released by Commit
  second.Abort();
}

TEST(Publisher, LockHeldByAnotherProcessNamesItsPid) {
  TempDir dir;
  std::string out = dir.path + "/site", error;
  int ready[2], done[2];
  ASSERT_EQ(pipe(ready), 0);
  ASSERT_EQ(pipe(done), 0);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    Publisher p;
    std::string e;
    char c = p.Begin(out, &e) ? 'y' : 'n';
    if (write(ready[1], &c, 1) != 1) _exit(2);
    if (read(done[0], &c, 1) != 1) _exit(2);  // hold the lock until told
    _exit(0);
  }
  char c = 0;
  ASSERT_EQ(read(ready[0], &c, 1), 1);
  ASSERT_EQ(c, 'y');
  Publisher p;
  EXPECT_FALSE(p.Begin(out, &error));
  EXPECT_EQ(error,
            "another gongkai build is running on " + out + "/ (pid " + std::to_string(child) + ")");
  ASSERT_EQ(write(done[1], "x", 1), 1);
  int status = 0;
  waitpid(child, &status, 0);
  // The child exited without Commit or Abort: its lock died with it, and
  // the next build starts from an empty staging tree.
  EXPECT_TRUE(p.Begin(out, &error)) << error;
  EXPECT_TRUE(StagingLeftovers(dir.path).empty());
  p.Abort();
  for (int fd : {ready[0], ready[1], done[0], done[1]}) close(fd);
}

// A site of `n` pages in nested folders, linked from index.html and each to
// the next; `generation` changes about half of the pages' bytes, drops some
// pages and adds others (and the links follow). Links are paths from the
// site root.
Tree MakeTree(int generation, int n) {
  auto path_of = [](int i) { return "units/" + std::to_string(i % 37) + "/" + std::to_string(i) + ".html"; };
  auto present = [&](int i) { return (i + generation) % 7 != 0; };
  Tree tree;
  std::string index = "<h1>generation " + std::to_string(generation) + "</h1>\n";
  for (int i = 0; i < n; ++i) {
    if (!present(i)) continue;
    index += "<a href=\"" + path_of(i) + "\">" + std::to_string(i) + "</a>\n";
    std::string bytes = "<a href=\"index.html\">home</a> page " + std::to_string(i) + " generation " +
                        std::to_string(i % 2 ? generation : 0) + "\n";
    if (i + 1 < n && present(i + 1)) bytes += "<a href=\"" + path_of(i + 1) + "\">next</a>\n";
    bytes.append(static_cast<std::size_t>(2000 + i % 500), 'x');
    tree[path_of(i)] = bytes;
  }
  tree["index.html"] = index;
  return tree;
}

// Links of `tree` (href="..." from the root) that name no file of it.
std::vector<std::string> BrokenLinks(const Tree& tree) {
  std::vector<std::string> broken;
  for (const auto& [path, bytes] : tree)
    for (std::size_t at = bytes.find("href=\""); at != std::string::npos; at = bytes.find("href=\"", at + 1)) {
      const std::size_t start = at + 6, end = bytes.find('"', start);
      const std::string target = bytes.substr(start, end - start);
      if (!tree.count(target)) broken.push_back(path + " -> " + target);
    }
  return broken;
}

// The promise of publish.h: a build killed at any moment leaves a site
// where every page is whole (old or new) and every link resolves; the next
// Begin() finishes the build (new site) or it never started (old site).
TEST(Publisher, BuildKilledAtAnyMomentLeavesEveryPageWholeEveryLinkResolvingAndIsFinishedOrUndone) {
  TempDir dir;
  std::string out = dir.path + "/site", error;
  const int kFiles = 500;
  std::vector<Tree> trees = {MakeTree(0, kFiles), MakeTree(1, kFiles)};
  ASSERT_NE(trees[0], trees[1]);
  ASSERT_TRUE(BrokenLinks(trees[0]).empty());
  ASSERT_TRUE(BrokenLinks(trees[1]).empty());
  ASSERT_TRUE(Publish(out, trees[0], &error)) << error;

  // How long one publish takes here, to spread the kills over all of it.
  auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(Publish(out, trees[1], &error)) << error;
  ASSERT_TRUE(Publish(out, trees[0], &error)) << error;
  auto span_us = std::chrono::duration_cast<std::chrono::microseconds>(
                     std::chrono::steady_clock::now() - start)
                     .count() / 2;
  std::fprintf(stderr, "one publish of %d files: %ld us\n", kFiles, static_cast<long>(span_us));

  std::mt19937 random(20240607);
  int saw_old = 0, saw_mixed = 0, saw_new = 0;
  int live = 0;
  for (int iteration = 0; iteration < 16; ++iteration) {
    int next = 1 - live;
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      std::string e;
      _exit(Publish(out, trees[next], &e) ? 0 : 1);
    }
    auto delay = std::uniform_int_distribution<long>(0, span_us * 11 / 10)(random);
    std::this_thread::sleep_for(std::chrono::microseconds(delay));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);

    // As a reader sees it right after the kill.
    Tree seen = ReadTree(out);
    for (const auto& [path, bytes] : seen) {
      const bool is_old = trees[live].count(path) && trees[live].at(path) == bytes;
      const bool is_new = trees[next].count(path) && trees[next].at(path) == bytes;
      ASSERT_TRUE(is_old || is_new) << "iteration " << iteration << ": " << path << " is neither old nor new";
    }
    EXPECT_EQ(BrokenLinks(seen), std::vector<std::string>()) << "iteration " << iteration;
    (seen == trees[live] ? saw_old : seen == trees[next] ? saw_new : saw_mixed)++;

    // The next build first finishes or discards the killed one.
    {
      Publisher recover;
      ASSERT_TRUE(recover.Begin(out, &error)) << error;
      recover.Abort();
    }
    Tree after = ReadTree(out);
    ASSERT_TRUE(after == trees[live] || after == trees[next]) << "iteration " << iteration;
    if (seen != trees[live]) {
      EXPECT_EQ(after, trees[next]) << "a started commit is finished";
    }
    EXPECT_TRUE(StagingLeftovers(dir.path).empty());
    // And then builds what it was asked to.
    ASSERT_TRUE(Publish(out, trees[next], &error)) << error;
    EXPECT_EQ(ReadTree(out), trees[next]);
    live = next;
  }
  EXPECT_GT(saw_old + saw_mixed + saw_new, 0);
  std::fprintf(stderr, "killed before the commit %d, during it %d, after it %d\n", saw_old, saw_mixed, saw_new);
  RecordProperty("killed_before_commit", saw_old);
  RecordProperty("killed_during_commit", saw_mixed);
  RecordProperty("killed_after_commit", saw_new);
}

// A rebuild that changes k files touches O(k): the other files are neither
// read nor linked nor renamed (inode and mtime stay), and nothing else is
// created in the output.
TEST(Publisher, ChangingOneFileOfManyRenamesOnlyThatFile) {
  TempDir dir;
  std::string out = dir.path + "/site", error;
  Tree tree = MakeTree(0, 300);
  ASSERT_TRUE(Publish(out, tree, &error)) << error;
  std::map<std::string, struct stat> before;
  for (const auto& [path, bytes] : tree) before[path] = Stat(out + "/" + path);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  tree["units/5/5.html"] += "changed";
  PublishStats stats;
  ASSERT_TRUE(Publish(out, tree, &error, &stats)) << error;
  EXPECT_EQ(stats.written, 1);
  EXPECT_EQ(stats.unchanged, static_cast<int>(tree.size()) - 1);
  for (const auto& [path, st] : before) {
    struct stat now = Stat(out + "/" + path);
    if (path == "units/5/5.html") {
      EXPECT_NE(now.st_ino, st.st_ino);
    } else {
      EXPECT_EQ(now.st_ino, st.st_ino) << path;
      EXPECT_EQ(now.st_mtim.tv_nsec, st.st_mtim.tv_nsec) << path;
    }
  }
  EXPECT_EQ(ReadTree(out), tree);
}

// A journal left by a build killed during its commit is replayed by the
// next Begin(), including the records installed after the site.
TEST(Publisher, JournalOfAKilledCommitIsReplayedWithTheRecords) {
  TempDir dir;
  std::string out = dir.path + "/site", error;
  ASSERT_TRUE(Publish(out, {{"a.html", "old"}, {"gone.html", "x"}}, &error));
  const std::string records = dir.path + "/.gongkai/site";
  bfs::create_directories(records + "/pending/tree");
  WriteFile(records + "/pending/tree/a.html", "new");
  WriteFile(records + "/pending/after-0", "cache v2");
  WriteFile(records + "/journal", "replace\ta.html\ndelete\tgone.html\ninstall\t0\t" + records + "/cache\n");
  Publisher p;
  ASSERT_TRUE(p.Begin(out, &error)) << error;
  p.Abort();
  EXPECT_EQ(ReadTree(out), (Tree{{"a.html", "new"}}));
  EXPECT_EQ(test::ReadFileOrDie(records + "/cache"), "cache v2");
  EXPECT_FALSE(bfs::exists(records + "/journal"));
}

}  // namespace
}  // namespace gongkai
