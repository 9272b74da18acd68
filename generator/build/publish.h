// Publishing the output folder: a rebuild touches only what changed, and
// the served site stays browsable at every moment.
//
// A build never writes into the live site while it renders. New and changed
// files go to a staging tree in the build cache folder
// (`.gongkai/<out name>/pending/tree/`, next to the output, on the same
// filesystem); a file whose bytes equal the live one is not written at all
// (it keeps its inode and mtime: rsync and browsers see it unchanged), and a
// file the build keeps (Keep) is not even read. Commit() then:
//
//   1. writes a journal (`.gongkai/<out name>/journal`, atomically) listing,
//      in order, the files to add, the files to replace, the files to delete
//      and the build's own records to install (the build cache);
//   2. applies it: each file is renamed into place (one atomic rename, so a
//      reader sees the old page or the new one, never half of one);
//      files new to the site come first (no live page links to them yet),
//      replaced files next (their new links now resolve), deletions last
//      (no page left links to them), then the records;
//   3. deletes the journal.
//
// So a rebuild that changes k files does O(k) file operations, and at every
// moment every link of the served site resolves and every page is whole.
// A build killed before step 1 left the site untouched (the next Begin()
// deletes its staging tree: undone); one killed after it is finished by the
// next Begin(), which replays the journal (each step is idempotent). When
// there is no live site yet, the whole staging tree is renamed into place
// in one step.
//
// Two builds on the same output would race; Begin() takes an exclusive
// flock() on `.gongkai/<out name>/lock` (see build_cache.h), held until
// Commit() or Abort(), and fails at once when another build holds it.
#pragma once

#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "file_system.h"

namespace gongkai {

struct PublishStats {
  int written = 0;    // new or changed files
  int unchanged = 0;  // left as they were in the live site
  int removed = 0;    // files of the previous site absent from the new one
};

class Publisher {
 public:
  Publisher();  // on the real disk
  // Stages, moves and installs through `fs` (tests inject I/O failures).
  explicit Publisher(FileSystem& fs) : fs_(&fs) {}
  ~Publisher();  // Abort()s an uncommitted build
  Publisher(const Publisher&) = delete;
  Publisher& operator=(const Publisher&) = delete;

  // Locks the output, finishes a killed build's commit (its journal),
  // deletes what an unfinished build staged, and starts an empty staging
  // tree. On a lock conflict `error` reads "another gongkai build is running
  // on site/ (pid 1234)".
  bool Begin(const std::string& out_dir, std::string* error);

  // The files of the live site as the last build left them (from its
  // cache), so Commit() knows what to delete without listing the site.
  // Without it, Commit() lists the live folder.
  void SetPrevious(std::vector<std::string> live_paths);

  // Adds `path` (relative to the output, '/'-separated, no "..") with
  // `bytes` to the new site; staged only when the live file differs. Put
  // and Keep may be called from several threads at once: the comparison
  // with the live file and the staging run outside the lock. `staged`, when
  // given, says whether the file differed (and was staged).
  bool Put(const std::string& path, std::string_view bytes, std::string* error, bool* staged = nullptr);

  // Carries the live file at `path` over unchanged without reading it (the
  // build cache says its inputs did not change). False when there is none.
  bool Keep(const std::string& path, std::string* error);

  // Installs `bytes` at `target` (a path outside the output, e.g. the build
  // cache) as the last step of the commit, so it never describes a site
  // that is not live yet.
  bool InstallAfter(const std::string& target, std::string_view bytes, std::string* error);

  // Applies the staged changes (see above), deletes files no longer
  // produced and releases the lock.
  bool Commit(std::string* error);

  // Deletes the staging tree and releases the lock; the site is untouched.
  void Abort();

  const PublishStats& stats() const { return stats_; }

 private:
  bool Lock(std::string* error);
  void Unlock();
  bool Stage(const std::string& staged, std::string_view bytes, std::string* error);

  FileSystem* fs_;
  std::mutex mu_;        // paths_, added_, replaced_ and stats_ under Put/Keep
  std::string out_;      // output folder, without trailing '/'
  std::string records_;  // .gongkai/<out name>
  int lock_fd_ = -1;
  bool active_ = false;
  std::set<std::string> paths_;          // every path of the new site
  std::vector<std::string> added_;       // staged, absent from the live site
  std::vector<std::string> replaced_;    // staged, different in the live site
  std::vector<std::string> after_;       // InstallAfter targets, in order
  std::optional<std::vector<std::string>> previous_;
  PublishStats stats_;
};

// The lock file used for an output folder: <CacheDataDirFor(out)>/lock.
std::string LockPathFor(const std::string& out_dir);

}  // namespace gongkai
