#include "watch.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <boost/filesystem.hpp>
#include <condition_variable>
#include <fstream>
#include <mutex>
#include <thread>

namespace bfs = boost::filesystem;

namespace gongkai {
namespace {

struct TempDir {
  TempDir() {
    char name[] = "/tmp/gongkai-watch-XXXXXX";
    path = mkdtemp(name);
  }
  ~TempDir() { bfs::remove_all(path); }
  std::string path;
};

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Runs a Watcher on its own thread and records every burst it reports.
class WatchFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    content = dir.path + "/content";
    templates = dir.path + "/templates";
    bfs::create_directories(content + "/old");
    bfs::create_directories(templates);
    WriteFile(content + "/existing.txt", "2023年");
    WriteFile(content + "/old/kept.txt", "2024年");
    std::string error;
    ASSERT_TRUE(watcher.Start({content, templates}, &error)) << error;
    thread = std::thread([this] {
      watcher.Run(
          [this](const std::vector<std::string>& paths) {
            std::lock_guard<std::mutex> lock(mutex);
            bursts.push_back(paths);
            changed.notify_all();
          },
          stop);
    });
  }
  void TearDown() override {
    stop = true;
    if (thread.joinable()) thread.join();
  }

  // Waits (up to 5 s) for the next burst and returns it.
  std::vector<std::string> NextBurst() {
    std::unique_lock<std::mutex> lock(mutex);
    changed.wait_for(lock, std::chrono::seconds(5), [this] { return bursts.size() > taken; });
    if (bursts.size() <= taken) return {"<timeout>"};
    return bursts[taken++];
  }

  TempDir dir;
  std::string content, templates;
  Watcher watcher;
  std::atomic<bool> stop{false};
  std::thread thread;
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<std::vector<std::string>> bursts;
  std::size_t taken = 0;
};

TEST_F(WatchFixture, ReportsACreatedFile) {
  WriteFile(content + "/005_new.txt", "2025年部门预算");
  EXPECT_EQ(NextBurst(), std::vector<std::string>{content + "/005_new.txt"});
}

TEST_F(WatchFixture, ReportsAModifiedAndADeletedFile) {
  WriteFile(content + "/existing.txt", "2023年 changed");
  EXPECT_EQ(NextBurst(), std::vector<std::string>{content + "/existing.txt"});
  bfs::remove(content + "/old/kept.txt");
  EXPECT_EQ(NextBurst(), std::vector<std::string>{content + "/old/kept.txt"});
}

TEST_F(WatchFixture, ReportsTemplateEditsToo) {
  WriteFile(templates + "/page.mustache", "{{title}}");
  EXPECT_EQ(NextBurst(), std::vector<std::string>{templates + "/page.mustache"});
}

TEST_F(WatchFixture, DebouncesABurstIntoOneCallback) {
  WriteFile(content + "/a.txt", "1");
  WriteFile(content + "/b.txt", "2");
  WriteFile(templates + "/c.mustache", "3");
  EXPECT_EQ(NextBurst(), (std::vector<std::string>{content + "/a.txt", content + "/b.txt",
                                                   templates + "/c.mustache"}));
}

TEST_F(WatchFixture, WatchesNewSubfoldersAndTheFilesInThem) {
  bfs::create_directories(content + "/2025/hunan");
  WriteFile(content + "/2025/hunan/x.txt", "x");
  EXPECT_EQ(NextBurst(), std::vector<std::string>{content + "/2025/hunan/x.txt"});
  // Later files in the new folder are seen through its own watch.
  WriteFile(content + "/2025/hunan/y.txt", "y");
  EXPECT_EQ(NextBurst(), std::vector<std::string>{content + "/2025/hunan/y.txt"});
}

TEST_F(WatchFixture, ReportsFilesOfAFolderMovedIn) {
  TempDir outside;
  bfs::create_directories(outside.path + "/batch");
  WriteFile(outside.path + "/batch/m.txt", "m");
  bfs::rename(outside.path + "/batch", content + "/batch");
  EXPECT_EQ(NextBurst(), std::vector<std::string>{content + "/batch/m.txt"});
}

TEST_F(WatchFixture, ReportsARenameAsBothNames) {
  bfs::rename(content + "/existing.txt", content + "/renamed.txt");
  EXPECT_EQ(NextBurst(),
            (std::vector<std::string>{content + "/existing.txt", content + "/renamed.txt"}));
}

TEST(Watcher, MissingRootIsAnError) {
  Watcher watcher;
  std::string error;
  EXPECT_FALSE(watcher.Start({"/nonexistent/gongkai/content"}, &error));
  EXPECT_EQ(error, "cannot watch /nonexistent/gongkai/content: No such file or directory");
}

TEST(Watcher, RunReturnsWhenStopIsSet) {
  TempDir dir;
  Watcher watcher;
  std::string error;
  ASSERT_TRUE(watcher.Start({dir.path}, &error));
  std::atomic<bool> stop{false};
  int calls = 0;
  std::thread t([&] { watcher.Run([&](const std::vector<std::string>&) { ++calls; }, stop); });
  stop = true;
  t.join();
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace gongkai
