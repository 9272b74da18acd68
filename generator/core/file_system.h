// The filesystem behind a small interface, so tests and the build cache can
// run against memory, and so no stage touches paths directly (as ninja's
// DiskInterface).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // The whole file, or nullopt (with `error` set, e.g. "cannot read:
  // Input/output error") when it cannot be read.
  virtual std::optional<std::string> ReadFile(const std::string& path, std::string* error) = 0;
  // The size of the regular file at `path` (symbolic links followed), read
  // without reading the file; nullopt with `error` when there is no regular
  // file there (a broken or looping symbolic link, a FIFO). The default
  // reads the file (for test doubles).
  virtual std::optional<std::uint64_t> FileSize(const std::string& path, std::string* error);
  // Writes atomically (temporary file + rename), creating parent folders.
  virtual bool WriteFile(const std::string& path, const std::string& contents,
                         std::string* error) = 0;
  // Writes in place, no temporary (files nobody reads before they are
  // renamed: the publisher's staging tree); the parent folder must exist.
  // The defaults are the real disk's (test doubles override them to fail).
  virtual bool CreateFile(const std::string& path, std::string_view contents, std::string* error);
  // rename(2): atomic within one filesystem.
  virtual bool Rename(const std::string& from, const std::string& to, std::string* error);
  virtual bool IsDirectory(const std::string& path) = 0;
  virtual bool Exists(const std::string& path) = 0;
  // Files under `dir` (recursively), sorted, as paths joined to `dir`.
  // Symbolic links to folders are followed, each real folder once and at
  // most kMaxContentDepth deep (input_limits.h), so a link cycle ends the walk; a
  // link that leads nowhere (broken, a loop) is listed, so it gets an
  // outcome (FileSize says why it cannot be read).
  virtual std::vector<std::string> ListFiles(const std::string& dir) = 0;
};

// The real disk, through Boost.Filesystem.
class RealFileSystem : public FileSystem {
 public:
  std::optional<std::string> ReadFile(const std::string& path, std::string* error) override;
  std::optional<std::uint64_t> FileSize(const std::string& path, std::string* error) override;
  bool WriteFile(const std::string& path, const std::string& contents,
                 std::string* error) override;
  bool IsDirectory(const std::string& path) override;
  bool Exists(const std::string& path) override;
  std::vector<std::string> ListFiles(const std::string& dir) override;
};

// Disclosures gongkai reads from a folder: *.txt (text converted from PDF or
// Word) and *.pdf (read in-process), in any letter case. Other files (*.md
// pages, images) are not disclosures.
inline constexpr const char* kDisclosureExtensions[] = {".txt", ".pdf"};
bool IsDisclosurePath(const std::string& path);
// True for a *.pdf path, in any letter case.
bool IsPdfPath(const std::string& path);

}  // namespace gongkai
