// I/O failures during a rebuild: an input that cannot be read, a disk that
// fills up, an output folder that refuses every write. Each must fail the
// build with a clear message, leave the previous site byte for byte as it
// was, and let the next normal build succeed.
//
// The tests run as root (chmod stops nothing), so the failures come from a
// FileSystem that fails on purpose (file_system.h): every read of the build,
// every write of the parse cache and of the publisher's staging tree, and
// every rename into the site go through it.
#include <gtest/gtest.h>

#include <atomic>
#include <boost/filesystem.hpp>
#include <map>
#include <mutex>
#include <string>

#include "incremental.h"
#include "test_corpus.h"

namespace gongkai {
namespace {

using test::TempDir;
namespace bfs = boost::filesystem;

// The real disk, except for the failures it is told to make.
class FailingFileSystem : public RealFileSystem {
 public:
  std::string fail_read;          // this path reads with EIO
  std::int64_t space = -1;        // bytes that fit on the "disk" (-1: no limit)
  std::string read_only;          // no file is created or renamed into this folder
  std::atomic<std::int64_t> written{0};
  std::atomic<int> writes{0};

  std::optional<std::string> ReadFile(const std::string& path, std::string* error) override {
    if (path == fail_read) {
      *error = "cannot read: Input/output error";
      return std::nullopt;
    }
    return RealFileSystem::ReadFile(path, error);
  }

  bool CreateFile(const std::string& path, std::string_view contents, std::string* error) override {
    if (Refused(path, error)) return false;
    const std::int64_t before = written.fetch_add(static_cast<std::int64_t>(contents.size()));
    ++writes;
    if (space >= 0 && before + static_cast<std::int64_t>(contents.size()) > space) {
      *error = "cannot write " + path + ": No space left on device";
      return false;
    }
    return RealFileSystem::CreateFile(path, contents, error);
  }

  bool Rename(const std::string& from, const std::string& to, std::string* error) override {
    if (Refused(to, error)) return false;
    return RealFileSystem::Rename(from, to, error);
  }

 private:
  bool Refused(const std::string& path, std::string* error) const {
    if (read_only.empty() || (path != read_only && !path.starts_with(read_only + "/"))) return false;
    *error = "cannot write " + path + ": Read-only file system";
    return true;
  }
};

// Every file under `dir`, relative path -> bytes.
std::map<std::string, std::string> Snapshot(const std::string& dir) {
  std::map<std::string, std::string> files;
  RealFileSystem disk;
  for (const std::string& p : disk.ListFiles(dir)) files[p.substr(dir.size() + 1)] = test::ReadFileOrDie(p);
  return files;
}

bool Build(FileSystem& fs, const std::string& content, const std::string& out, std::string* error) {
  BuildOptions options;
  options.content_dir = content;
  options.out_dir = out;
  options.jobs = 2;
  BuildStats stats;
  return IncrementalBuild(fs, options, &stats, error);
}

// A built site of the five samples and about.md, then an edit for the
// rebuild to publish: 001 deleted, 003 changed (one more line at its end).
class IoFailure : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const test::Sample& s : test::Samples())
      test::WriteText(content_ + "/" + s.prefix + ".txt", s.text);
    test::WriteText(content_ + "/about.md",
                    test::ReadFileOrDie(std::string(GONGKAI_CONTENT_DIR) + "/about.md"));
    RealFileSystem disk;
    std::string error;
    ASSERT_TRUE(Build(disk, content_, site_, &error)) << error;
    before_ = Snapshot(site_);
    ASSERT_GT(before_.size(), 50u);
    bfs::remove(content_ + "/001.txt");
    test::WriteText(changed_, test::Samples()[3].text + "\n");
  }

  // The failing build's outcome: its error, the site as it was, and a
  // normal build afterwards that succeeds and equals a clean build.
  void ExpectFailedAndRecovered(FailingFileSystem& fs, const std::string& message) {
    std::string error;
    EXPECT_FALSE(Build(fs, content_, site_, &error));
    EXPECT_NE(error.find(message), std::string::npos) << error;
    EXPECT_TRUE(Snapshot(site_) == before_) << "the previous site changed after: " << error;

    RealFileSystem disk;
    ASSERT_TRUE(Build(disk, content_, site_, &error)) << error;
    ASSERT_TRUE(Build(disk, content_, dir_.str() + "/clean", &error)) << error;
    const auto after = Snapshot(site_);
    EXPECT_TRUE(after == Snapshot(dir_.str() + "/clean"));
    EXPECT_LT(after.size(), before_.size());  // 001's unit-year is gone
  }

  // A copy of the content, the site and its cache as they are now, in
  // dir_/name (cp -a: the same bytes and stamps).
  std::string Copy(const std::string& name) {
    const std::string to = dir_.str() + "/" + name;
    bfs::create_directories(to);
    const std::string from = dir_.str();
    EXPECT_EQ(test::RunCommand("cp -a '" + from + "/content' '" + from + "/site' '" + from + "/.gongkai' '" + to +
                                   "/'",
                               nullptr),
              0);
    return to;
  }

  TempDir dir_;
  const std::string content_ = dir_.str() + "/content";
  const std::string site_ = dir_.str() + "/site";
  const std::string changed_ = content_ + "/003.txt";
  std::map<std::string, std::string> before_;
};

TEST_F(IoFailure, UnreadableInputFailsTheBuildNamingTheFileAndKeepsTheSite) {
  FailingFileSystem fs;
  fs.fail_read = changed_;
  ExpectFailedAndRecovered(fs, changed_ + ": cannot read: Input/output error");
}

TEST_F(IoFailure, DiskFullAtTheFirstWriteKeepsTheSite) {
  FailingFileSystem fs;
  fs.space = 0;
  ExpectFailedAndRecovered(fs, "No space left on device");
  EXPECT_EQ(fs.writes.load(), 1);  // nothing was written after the failure
}

TEST_F(IoFailure, DiskFullAnywhereInTheBuildKeepsTheSite) {
  // How much a successful rebuild writes, measured on a copy of the folder.
  const std::string counted = Copy("counted");
  FailingFileSystem counter;
  std::string error;
  ASSERT_TRUE(Build(counter, counted + "/content", counted + "/site", &error)) << error;
  const std::int64_t total = counter.written.load();
  ASSERT_GT(counter.writes.load(), 10);

  // Full halfway through (staging), and one byte short of the end: the
  // journal, the last file a build writes before it renames anything into
  // the site. Each on its own copy of the same starting state.
  for (std::int64_t space : {total / 2, total - 1}) {
    SCOPED_TRACE("space " + std::to_string(space) + " of " + std::to_string(total));
    const std::string base = Copy("space-" + std::to_string(space));
    FailingFileSystem fs;
    fs.space = space;
    EXPECT_FALSE(Build(fs, base + "/content", base + "/site", &error));
    EXPECT_NE(error.find("No space left on device"), std::string::npos) << error;
    EXPECT_TRUE(Snapshot(base + "/site") == before_) << error;
    EXPECT_FALSE(bfs::exists(base + "/.gongkai/site/pending")) << "staging left behind";
    EXPECT_FALSE(bfs::exists(base + "/.gongkai/site/journal"));
  }
  // And recovery, on the folder itself (its paths are shorter than the
  // copies', so its journal is a few bytes smaller: full halfway).
  FailingFileSystem full;
  full.space = total / 2;
  ExpectFailedAndRecovered(full, "No space left on device");
}

TEST_F(IoFailure, ReadOnlyOutputFolderFailsWithItsReasonAndKeepsTheSite) {
  FailingFileSystem fs;
  fs.read_only = site_;
  ExpectFailedAndRecovered(fs, "Read-only file system");
  EXPECT_GT(fs.writes.load(), 10);  // it got as far as the commit
}

}  // namespace
}  // namespace gongkai
