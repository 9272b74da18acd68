// Atomic publishing of the output folder.
//
// A build never writes into the live site. It fills a staging folder next to
// it (`site.staging-<pid>/`): files whose bytes did not change are hard links
// to the live ones (so they keep their inode, bytes and mtime: rsync and
// browsers see them as unchanged), new or changed files are written fresh.
// Commit() then swaps staging and live in one step with
// renameat2(RENAME_EXCHANGE) and deletes the old tree. Outputs not Put() or
// Kept() are simply absent from the new tree.
//
// So a build killed at any moment (kill -9, power cut aside: nothing is
// fsync'ed) leaves the previous site whole; the staging folder it leaves
// behind is deleted by the next Begin(). On a filesystem without
// RENAME_EXCHANGE, Commit falls back to two renames (a window of a few
// microseconds with no site).
//
// Two builds on the same output would race; Begin() takes an exclusive
// flock() on `.gongkai/<out name>/lock` (next to the output, see build_cache.h), held
// until Commit() or Abort(), and fails at once when another build holds it.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace gongkai {

struct PublishStats {
  int written = 0;    // new or changed files
  int unchanged = 0;  // hard-linked from the previous site
  int removed = 0;    // files of the previous site absent from the new one
};

class Publisher {
 public:
  Publisher() = default;
  ~Publisher();  // Abort()s an uncommitted build
  Publisher(const Publisher&) = delete;
  Publisher& operator=(const Publisher&) = delete;

  // Locks the output, removes staging folders left by killed builds, and
  // creates a fresh staging folder. On a lock conflict `error` reads
  // "another gongkai build is running on site/ (pid 1234)".
  bool Begin(const std::string& out_dir, std::string* error);

  // Adds `path` (relative to the output, '/'-separated, no "..") with
  // `bytes` to the new tree; when the live site has the same bytes there,
  // the file is hard-linked instead of written.
  bool Put(const std::string& path, std::string_view bytes, std::string* error);

  // Carries the live file at `path` over unchanged without reading it (the
  // build cache says its inputs did not change). False when there is none.
  bool Keep(const std::string& path, std::string* error);

  // Switches the staging folder into place, deletes the previous tree and
  // releases the lock.
  bool Commit(std::string* error);

  // Deletes the staging folder and releases the lock; the site is untouched.
  void Abort();

  const PublishStats& stats() const { return stats_; }
  const std::string& staging_dir() const { return staging_; }

 private:
  bool Lock(std::string* error);
  void Unlock();
  bool MakeParents(const std::string& path, std::string* error);

  std::string out_;      // output folder, without trailing '/'
  std::string staging_;  // <out>.staging-<pid>
  int lock_fd_ = -1;
  bool active_ = false;
  std::set<std::string> paths_;  // every path of the new tree
  std::set<std::string> dirs_;   // folders already created in staging
  PublishStats stats_;
};

// The lock file used for an output folder: <CacheDirFor(out)>/lock.
std::string LockPathFor(const std::string& out_dir);

}  // namespace gongkai
