#include "file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <set>
#include <string_view>
#include <utility>

#include "input_limits.h"

namespace fs = boost::filesystem;

namespace gongkai {
namespace {

// Sets `error` to "what: <errno's message>" ("cannot read: Input/output error").
void SetErrno(const std::string& what, std::string* error) {
  if (error) *error = what + ": " + std::strerror(errno);
}

}  // namespace

std::optional<std::uint64_t> FileSystem::FileSize(const std::string& path, std::string* error) {
  std::optional<std::string> bytes = ReadFile(path, error);
  if (!bytes) return std::nullopt;
  return bytes->size();
}

std::optional<std::string> RealFileSystem::ReadFile(const std::string& path, std::string* error) {
  // O_NONBLOCK: a FIFO named like a disclosure must not block the build.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    SetErrno("cannot read", error);
    return std::nullopt;
  }
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    if (error) *error = "cannot read: not a regular file";
    return std::nullopt;
  }
  std::string bytes;
  bytes.reserve(static_cast<std::size_t>(st.st_size));
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      SetErrno("cannot read", error);
      ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return bytes;
}

std::optional<std::uint64_t> RealFileSystem::FileSize(const std::string& path, std::string* error) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    SetErrno("cannot read", error);
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    if (error) *error = "cannot read: not a regular file";
    return std::nullopt;
  }
  return static_cast<std::uint64_t>(st.st_size);
}

bool FileSystem::CreateFile(const std::string& path, std::string_view contents, std::string* error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    SetErrno("cannot write " + path, error);
    return false;
  }
  while (!contents.empty()) {
    ssize_t n = ::write(fd, contents.data(), contents.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      SetErrno("cannot write " + path, error);
      ::close(fd);
      return false;
    }
    contents.remove_prefix(static_cast<std::size_t>(n));
  }
  if (::close(fd) != 0) {
    SetErrno("cannot write " + path, error);
    return false;
  }
  return true;
}

bool FileSystem::Rename(const std::string& from, const std::string& to, std::string* error) {
  if (::rename(from.c_str(), to.c_str()) == 0) return true;
  SetErrno("cannot move " + from + " to " + to, error);
  return false;
}

bool RealFileSystem::WriteFile(const std::string& path, const std::string& contents,
                               std::string* error) {
  boost::system::error_code ec;
  fs::path target(path);
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  const std::string temp = path + ".tmp-gongkai";
  if (CreateFile(temp, contents, error) && Rename(temp, path, error)) return true;
  ::unlink(temp.c_str());
  return false;
}

bool RealFileSystem::IsDirectory(const std::string& path) {
  boost::system::error_code ec;
  return fs::is_directory(path, ec);
}

bool RealFileSystem::Exists(const std::string& path) {
  boost::system::error_code ec;
  return fs::exists(path, ec);
}

namespace {

// One folder of ListFiles: files and dangling links into `out`, sub-folders
// (links followed) when not seen before and within kMaxContentDepth. Names
// are walked sorted, so a folder reached by two paths is always listed under
// the same one.
void ListFolder(const fs::path& dir, int depth, std::set<std::pair<dev_t, ino_t>>& seen,
                std::vector<std::string>& out) {
  std::vector<std::string> names;
  boost::system::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().string());
  std::sort(names.begin(), names.end());
  for (const std::string& path : names) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      out.push_back(path);  // a link that leads nowhere: refused with its reason
    } else if (S_ISDIR(st.st_mode)) {
      if (depth < kMaxContentDepth && seen.insert({st.st_dev, st.st_ino}).second)
        ListFolder(fs::path(path), depth + 1, seen, out);
    } else {
      out.push_back(path);  // a file, or a FIFO or device (refused by FileSize)
    }
  }
}

}  // namespace

std::vector<std::string> RealFileSystem::ListFiles(const std::string& dir) {
  std::vector<std::string> out;
  std::set<std::pair<dev_t, ino_t>> seen;
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return out;
  seen.insert({st.st_dev, st.st_ino});
  ListFolder(fs::path(dir), 1, seen, out);
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

// The extension in lower case (".pdf"): downloads keep the publisher's case,
// "附件1.PDF" is as common as ".pdf".
std::string LowerExtension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

}  // namespace

bool IsDisclosurePath(const std::string& path) {
  const std::string ext = LowerExtension(path);
  for (const char* disclosure : kDisclosureExtensions)
    if (ext == disclosure) return true;
  return false;
}

bool IsPdfPath(const std::string& path) { return LowerExtension(path) == ".pdf"; }

}  // namespace gongkai
