#include "publish.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

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

Publisher::Publisher() {
  static RealFileSystem disk;
  fs_ = &disk;
}

Publisher::~Publisher() {
  if (active_) Abort();
}

namespace {

// The journal of a commit: one step a line, applied in order.
//   tree                   rename the whole staging tree to the output (no live site)
//   add|replace <TAB> path  rename the staged file into the output
//   delete <TAB> path       delete the output's file (and folders left empty)
//   install <TAB> n <TAB> target   rename staged record n to target
struct Step {
  std::string op, path, target;
};

std::string JournalFile(const std::string& records) { return records + "/journal"; }
std::string PendingDir(const std::string& records) { return records + "/pending"; }
std::string TreeDir(const std::string& records) { return records + "/pending/tree"; }
std::string AfterFile(const std::string& records, std::size_t n) {
  return records + "/pending/after-" + std::to_string(n);
}

std::vector<Step> ReadJournal(const std::string& file) {
  std::vector<Step> steps;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    Step s;
    std::istringstream fields(line);
    std::getline(fields, s.op, '\t');
    std::getline(fields, s.path, '\t');
    std::getline(fields, s.target);
    steps.push_back(std::move(s));
  }
  return steps;
}

bool MakeDirs(const std::string& dir, std::string* error) {
  if (dir.empty()) return true;
  boost::system::error_code ec;
  bfs::create_directories(dir, ec);
  if (ec) *error = "cannot create " + dir + ": " + ec.message();
  return !ec;
}

std::string ParentOf(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

// Renames `from` to `to` when `from` still exists (a replayed step that was
// done already is skipped).
bool MoveIfStaged(FileSystem& fs, const std::string& from, const std::string& to, std::string* error) {
  struct stat st;
  if (::lstat(from.c_str(), &st) != 0) return true;
  if (!MakeDirs(ParentOf(to), error)) return false;
  return fs.Rename(from, to, error);
}

// Every step is idempotent, so a journal interrupted anywhere is replayed
// from its start.
bool Apply(FileSystem& fs, const std::vector<Step>& steps, const std::string& out,
           const std::string& records, std::string* error) {
  for (const Step& s : steps) {
    if (s.op == "tree") {
      struct stat st;
      if (::lstat(out.c_str(), &st) != 0 && !MoveIfStaged(fs, TreeDir(records), out, error)) return false;
    } else if (!SafeRelative(s.path) && s.op != "install") {
      *error = "bad path '" + s.path + "' in " + JournalFile(records);
      return false;
    } else if (s.op == "add" || s.op == "replace") {
      if (!MoveIfStaged(fs, TreeDir(records) + "/" + s.path, out + "/" + s.path, error)) return false;
    } else if (s.op == "delete") {
      if (::unlink((out + "/" + s.path).c_str()) != 0 && errno != ENOENT) {
        *error = Errno("cannot delete " + out + "/" + s.path);
        return false;
      }
      // Folders the deletion left empty go too (a unit that is gone).
      for (std::string dir = ParentOf(s.path); !dir.empty(); dir = ParentOf(dir))
        if (::rmdir((out + "/" + dir).c_str()) != 0) break;
    } else if (s.op == "install" && !s.path.empty() &&
               s.path.find_first_not_of("0123456789") == std::string::npos && s.path.size() < 9) {
      if (!MoveIfStaged(fs, AfterFile(records, std::stoul(s.path)), s.target, error)) return false;
    } else {
      *error = "unknown step '" + s.op + "' in " + JournalFile(records);
      return false;
    }
  }
  return true;
}

// Applies the journal, then deletes it and the staging tree: a commit is
// done. On failure the journal stays, for the next build to replay.
bool FinishJournal(FileSystem& fs, const std::string& out, const std::string& records,
                   std::string* error) {
  const std::string journal = JournalFile(records);
  if (!Apply(fs, ReadJournal(journal), out, records, error)) return false;
  ::unlink(journal.c_str());
  boost::system::error_code ec;
  bfs::remove_all(PendingDir(records), ec);
  return true;
}

// Every regular file under `root`, relative to it.
std::vector<std::string> ListTree(const std::string& root) {
  std::vector<std::string> paths;
  boost::system::error_code ec;
  for (bfs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec))
    if (bfs::is_regular_file(it->symlink_status(ec))) paths.push_back(it->path().string().substr(root.size() + 1));
  return paths;
}

}  // namespace

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
  records_ = CacheDataDirFor(out_);
  paths_.clear();
  added_.clear();
  replaced_.clear();
  after_.clear();
  previous_.reset();
  stats_ = {};
  // 1. Lock, so no other build touches the output or its staging tree.
  if (!Lock(error)) return false;
  // 2. A build killed while applying its journal: finish it.
  struct stat st;
  if (::lstat(JournalFile(records_).c_str(), &st) == 0 && !FinishJournal(*fs_, out_, records_, error)) {
    *error = "cannot finish the previous build's update of " + out_ + "/: " + *error;
    Unlock();
    return false;
  }
  // 3. What an unfinished build staged (and folders of gongkai < 0.3, which
  // staged next to the output) is discarded.
  boost::system::error_code ec;
  bfs::remove_all(PendingDir(records_), ec);
  bfs::path out(out_);
  bfs::path parent = out.has_parent_path() ? out.parent_path() : bfs::path(".");
  const std::string legacy = out.filename().string() + ".staging-";
  for (bfs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string().rfind(legacy, 0) == 0) bfs::remove_all(it->path(), ec);
  if (!MakeDirs(TreeDir(records_), error)) {
    Unlock();
    return false;
  }
  active_ = true;
  return true;
}

void Publisher::SetPrevious(std::vector<std::string> live_paths) { previous_ = std::move(live_paths); }

bool Publisher::Stage(const std::string& staged, std::string_view bytes, std::string* error) {
  if (!MakeDirs(ParentOf(staged), error)) return false;
  return fs_->CreateFile(staged, bytes, error);
}

bool Publisher::Put(const std::string& path, std::string_view bytes, std::string* error, bool* staged) {
  if (staged) *staged = false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!active_ || !SafeRelative(path) || !paths_.insert(path).second) {
      *error = "cannot publish '" + path + "' (not a relative path, written twice, or no Begin)";
      return false;
    }
  }
  const std::string live = out_ + "/" + path;
  struct stat st;
  const bool exists = ::lstat(live.c_str(), &st) == 0;
  if (exists && SameBytes(live, bytes)) {
    std::lock_guard<std::mutex> lock(mu_);
    ++stats_.unchanged;
    return true;
  }
  if (!Stage(TreeDir(records_) + "/" + path, bytes, error)) return false;
  if (staged) *staged = true;
  std::lock_guard<std::mutex> lock(mu_);
  (exists ? replaced_ : added_).push_back(path);
  ++stats_.written;
  return true;
}

bool Publisher::Keep(const std::string& path, std::string* error) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!active_ || !SafeRelative(path) || !paths_.insert(path).second) {
      *error = "cannot keep '" + path + "' (not a relative path, written twice, or no Begin)";
      return false;
    }
  }
  const std::string live = out_ + "/" + path;
  struct stat st;
  const bool there = ::lstat(live.c_str(), &st) == 0 && S_ISREG(st.st_mode);
  std::lock_guard<std::mutex> lock(mu_);
  if (!there) {
    paths_.erase(path);  // not kept: the build may still write it
    *error = "cannot keep " + live + ": not in the live site";
    return false;
  }
  ++stats_.unchanged;
  return true;
}

bool Publisher::InstallAfter(const std::string& target, std::string_view bytes, std::string* error) {
  if (!active_) {
    *error = "cannot install " + target + " (no Begin)";
    return false;
  }
  if (!Stage(AfterFile(records_, after_.size()), bytes, error)) return false;
  after_.push_back(target);
  return true;
}

bool Publisher::Commit(std::string* error) {
  if (!active_) {
    *error = "nothing to commit";
    return false;
  }
  struct stat st;
  const bool had_site = ::lstat(out_.c_str(), &st) == 0;
  if (had_site && !S_ISDIR(st.st_mode)) {
    *error = out_ + " exists and is not a folder";
    Abort();
    return false;
  }
  // 1. The journal: additions, replacements, deletions, then the records.
  std::string journal_text;
  if (!had_site) {
    journal_text = "tree\n";
  } else {
    for (const std::string& p : added_) journal_text += "add\t" + p + "\n";
    for (const std::string& p : replaced_) journal_text += "replace\t" + p + "\n";
    for (const std::string& p : previous_ ? *previous_ : ListTree(out_)) {
      if (paths_.count(p) || !SafeRelative(p) || ::lstat((out_ + "/" + p).c_str(), &st) != 0) continue;
      journal_text += "delete\t" + p + "\n";
      ++stats_.removed;
    }
  }
  for (std::size_t n = 0; n < after_.size(); ++n)
    journal_text += "install\t" + std::to_string(n) + "\t" + after_[n] + "\n";
  const std::string journal = JournalFile(records_);
  const std::string temporary = journal + ".tmp";
  if (!Stage(temporary, journal_text, error) || !fs_->Rename(temporary, journal, error)) {
    Abort();
    return false;
  }
  // 2. Apply it; 3. done.
  active_ = false;
  const bool ok = FinishJournal(*fs_, out_, records_, error);
  Unlock();
  return ok;
}

void Publisher::Abort() {
  if (active_) {
    boost::system::error_code ec;
    bfs::remove_all(PendingDir(records_), ec);
  }
  active_ = false;
  Unlock();
}

}  // namespace gongkai
