// The filesystem behind a small interface, so tests and the build cache can
// run against memory, and so no stage touches paths directly (as ninja's
// DiskInterface).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gongkai {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // The whole file, or nullopt (with `error` set) when it cannot be read.
  virtual std::optional<std::string> ReadFile(const std::string& path, std::string* error) = 0;
  // Writes atomically (temporary file + rename), creating parent folders.
  virtual bool WriteFile(const std::string& path, const std::string& contents,
                         std::string* error) = 0;
  virtual bool IsDirectory(const std::string& path) = 0;
  virtual bool Exists(const std::string& path) = 0;
  // Regular files under `dir` (recursively), sorted, as paths joined to `dir`.
  virtual std::vector<std::string> ListFiles(const std::string& dir) = 0;
};

// The real disk, through Boost.Filesystem.
class RealFileSystem : public FileSystem {
 public:
  std::optional<std::string> ReadFile(const std::string& path, std::string* error) override;
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

}  // namespace gongkai
