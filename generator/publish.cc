#include "publish.h"

#include <fcntl.h>
#include <stdio.h>  // renameat2, RENAME_EXCHANGE (glibc >= 2.28, _GNU_SOURCE)
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstring>
#include <string>

#include "build_cache.h"

namespace bfs = boost::filesystem;

namespace gongkai {
namespace {

std::string Errno(const std::string& what) { return what + ": " + std::strerror(errno); }

// A relative path that stays inside the output: no "", ".", ".." parts.
bool SafeRelative(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.back() == '/') return false;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = path.find('/', start);
    std::string part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    if (end == std::string::npos) return true;
    start = end + 1;
  }
}

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// True when the regular file at `path` holds exactly `bytes`.
bool SameBytes(const std::string& path, std::string_view bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  bool same = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
              static_cast<std::size_t>(st.st_size) == bytes.size();
  char buffer[1 << 16];
  std::size_t offset = 0;
  while (same && offset < bytes.size()) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0 || offset + static_cast<std::size_t>(n) > bytes.size() ||
        std::memcmp(buffer, bytes.data() + offset, static_cast<std::size_t>(n)) != 0)
      same = false;
    offset += n > 0 ? static_cast<std::size_t>(n) : 0;
  }
  ::close(fd);
  return same;
}

std::string ReadPid(int fd) {
  char buffer[32] = {0};
  ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  std::string pid(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid.empty() ? "unknown" : pid;
}

}  // namespace

// One lock per output folder: two builds into different folders of one
// parent (e.g. temporary sites in /tmp) must not refuse each other.
std::string LockPathFor(const std::string& out_dir) { return CacheDataDirFor(out_dir) + "/lock"; }

Publisher::~Publisher() {
  if (active_) Abort();
}

bool Publisher::Lock(std::string* error) {
  std::string lock_path = LockPathFor(out_);
  boost::system::error_code ec;
  bfs::create_directories(bfs::path(lock_path).parent_path(), ec);
  lock_fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0) {
    *error = Errno("cannot open lock " + lock_path);
    return false;
  }
  // flock() locks belong to the open file description: a second open() of
  // the same file conflicts even within one process, and the kernel drops
  // the lock when a killed build's descriptors close.
  if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno == EWOULDBLOCK) {
      *error = "another gongkai build is running on " + out_ + "/ (pid " + ReadPid(lock_fd_) + ")";
    } else {
      *error = Errno("cannot lock " + lock_path);
    }
    ::close(lock_fd_);
    lock_fd_ = -1;
    return false;
  }
  std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(lock_fd_, 0) != 0 || ::pwrite(lock_fd_, pid.data(), pid.size(), 0) < 0) {
    // The pid is only for the message; the lock itself holds.
  }
  return true;
}

void Publisher::Unlock() {
  if (lock_fd_ >= 0) ::close(lock_fd_);
  lock_fd_ = -1;
}

bool Publisher::Begin(const std::string& out_dir, std::string* error) {
  if (active_) Abort();
  out_ = out_dir;
  while (out_.size() > 1 && out_.back() == '/') out_.pop_back();
  paths_.clear();
  dirs_.clear();
  stats_ = {};
  // 1. Lock, so no other build touches the output or its staging folders.
  if (!Lock(error)) return false;
  // 2. Staging folders of killed builds: whatever they hold is unfinished.
  bfs::path out(out_);
  bfs::path parent = out.has_parent_path() ? out.parent_path() : bfs::path(".");
  std::string prefix = out.filename().string() + ".staging-";
  boost::system::error_code ec;
  for (bfs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename().string().rfind(prefix, 0) == 0) bfs::remove_all(it->path(), ec);
  }
  // 3. A fresh staging folder.
  staging_ = out_ + ".staging-" + std::to_string(::getpid());
  if (::mkdir(staging_.c_str(), 0755) != 0) {
    *error = Errno("cannot create " + staging_);
    Unlock();
    return false;
  }
  active_ = true;
  return true;
}

bool Publisher::MakeParents(const std::string& path, std::string* error) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return true;
  std::string dir = path.substr(0, slash);
  if (dirs_.count(dir)) return true;
  if (!MakeParents(dir, error)) return false;
  std::string full = staging_ + "/" + dir;
  if (::mkdir(full.c_str(), 0755) != 0 && errno != EEXIST) {
    *error = Errno("cannot create " + full);
    return false;
  }
  dirs_.insert(dir);
  return true;
}

bool Publisher::Put(const std::string& path, std::string_view bytes, std::string* error) {
  if (!active_ || !SafeRelative(path) || !paths_.insert(path).second) {
    *error = "cannot publish '" + path + "' (not a relative path, written twice, or no Begin)";
    return false;
  }
  if (!MakeParents(path, error)) return false;
  std::string live = out_ + "/" + path;
  std::string fresh = staging_ + "/" + path;
  if (SameBytes(live, bytes) && ::link(live.c_str(), fresh.c_str()) == 0) {
    ++stats_.unchanged;
    return true;
  }
  int fd = ::open(fresh.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    *error = Errno("cannot create " + fresh);
    return false;
  }
  bool ok = WriteAll(fd, bytes);
  if (!ok) *error = Errno("cannot write " + fresh);
  if (::close(fd) != 0 && ok) {
    *error = Errno("cannot write " + fresh);
    ok = false;
  }
  if (ok) ++stats_.written;
  return ok;
}

bool Publisher::Keep(const std::string& path, std::string* error) {
  if (!active_ || !SafeRelative(path) || paths_.count(path)) {
    *error = "cannot keep '" + path + "' (not a relative path, written twice, or no Begin)";
    return false;
  }
  if (!MakeParents(path, error)) return false;
  std::string live = out_ + "/" + path;
  std::string fresh = staging_ + "/" + path;
  if (::link(live.c_str(), fresh.c_str()) != 0) {
    *error = Errno("cannot keep " + live);
    return false;
  }
  paths_.insert(path);
  ++stats_.unchanged;
  return true;
}

bool Publisher::Commit(std::string* error) {
  if (!active_) {
    *error = "nothing to commit";
    return false;
  }
  struct stat st;
  bool had_site = ::lstat(out_.c_str(), &st) == 0;
  if (had_site && !S_ISDIR(st.st_mode)) {
    *error = out_ + " exists and is not a folder";
    Abort();
    return false;
  }
  // 1. The switch: one rename, or one exchange when a site is live.
  std::string old_tree = staging_;
  if (!had_site) {
    if (::rename(staging_.c_str(), out_.c_str()) != 0) {
      *error = Errno("cannot rename " + staging_ + " to " + out_);
      Abort();
      return false;
    }
  } else if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, out_.c_str(), RENAME_EXCHANGE) !=
             0) {
    if (errno != EINVAL && errno != ENOSYS) {
      *error = Errno("cannot switch " + staging_ + " into place");
      Abort();
      return false;
    }
    // No RENAME_EXCHANGE here: move the old site aside, then the new one in.
    // The `.staging-` name makes a killed build's leftovers cleaned up.
    old_tree = out_ + ".staging-old-" + std::to_string(::getpid());
    if (::rename(out_.c_str(), old_tree.c_str()) != 0 ||
        ::rename(staging_.c_str(), out_.c_str()) != 0) {
      *error = Errno("cannot switch " + staging_ + " into place");
      Abort();
      return false;
    }
  }
  active_ = false;
  // 2. The previous tree: count what the new one dropped, then delete it.
  if (had_site) {
    boost::system::error_code ec;
    bfs::path root(old_tree);
    for (bfs::recursive_directory_iterator it(root, ec), end; !ec && it != end;
         it.increment(ec)) {
      if (!bfs::is_regular_file(it->path(), ec)) continue;
      std::string rel = it->path().string().substr(old_tree.size() + 1);
      if (!paths_.count(rel)) ++stats_.removed;
    }
    bfs::remove_all(root, ec);
  }
  Unlock();
  return true;
}

void Publisher::Abort() {
  if (active_) {
    boost::system::error_code ec;
    bfs::remove_all(staging_, ec);
  }
  active_ = false;
  Unlock();
}

}  // namespace gongkai
