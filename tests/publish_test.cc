#include "publish.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/filesystem.hpp>
#include <chrono>
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

// Names in `dir` that hold ".staging-": leftovers of unfinished builds.
std::vector<std::string> StagingLeftovers(const std::string& dir) {
  std::vector<std::string> out;
  for (bfs::directory_iterator it(dir), end; it != end; ++it) {
    std::string name = it->path().filename().string();
    if (name.find(".staging-") != std::string::npos) out.push_back(name);
  }
  return out;
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
  // The child exited without Commit or Abort: its lock died with it, and its
  // staging folder is a leftover the next build removes.
  EXPECT_TRUE(p.Begin(out, &error)) << error;
  EXPECT_EQ(StagingLeftovers(dir.path).size(), 1u);  // only ours
  p.Abort();
  for (int fd : {ready[0], ready[1], done[0], done[1]}) close(fd);
}

// A tree of `n` files in nested folders; `generation` changes about half of
// the bytes, drops some files and adds others.
Tree MakeTree(int generation, int n) {
  Tree tree;
  for (int i = 0; i < n; ++i) {
    if ((i + generation) % 7 == 0) continue;  // absent in this generation
    std::string path = "units/" + std::to_string(i % 37) + "/" + std::to_string(i) + ".html";
    std::string bytes = "page " + std::to_string(i) + " generation " +
                        std::to_string(i % 2 ? generation : 0) + "\n";
    bytes.append(static_cast<std::size_t>(2000 + i % 500), 'x');
    tree[path] = bytes;
  }
  return tree;
}

TEST(Publisher, BuildKilledAtAnyMomentLeavesOldOrNewSiteWholeAndNextBuildRecovers) {
  TempDir dir;
  std::string out = dir.path + "/site", error;
  const int kFiles = 500;
  std::vector<Tree> trees = {MakeTree(0, kFiles), MakeTree(1, kFiles)};
  ASSERT_NE(trees[0], trees[1]);
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
  int saw_old = 0, saw_new = 0;
  int live = 0;
  for (int iteration = 0; iteration < 10; ++iteration) {
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

    Tree seen = ReadTree(out);
    if (seen == trees[live]) {
      ++saw_old;
    } else {
      ASSERT_EQ(seen, trees[next]) << "iteration " << iteration << ": site is neither old nor new";
      ++saw_new;
    }
    // The next build recovers: lock free, leftovers removed, site complete.
    ASSERT_TRUE(Publish(out, trees[next], &error)) << error;
    EXPECT_EQ(ReadTree(out), trees[next]);
    EXPECT_TRUE(StagingLeftovers(dir.path).empty());
    live = next;
  }
  // Most kills land before the switch (it comes last): the old site stayed.
  EXPECT_GT(saw_old, 0);
  std::fprintf(stderr, "killed before switch %d, after %d\n", saw_old, saw_new);
  RecordProperty("killed_before_switch", saw_old);
  RecordProperty("killed_after_switch", saw_new);
}

}  // namespace
}  // namespace gongkai
