#include "file_system.h"

#include <algorithm>
#include <cctype>
#include <boost/filesystem.hpp>
#include <fstream>
#include <sstream>

namespace fs = boost::filesystem;

namespace gongkai {

std::optional<std::string> RealFileSystem::ReadFile(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = "cannot open file";
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

bool RealFileSystem::WriteFile(const std::string& path, const std::string& contents,
                               std::string* error) {
  boost::system::error_code ec;
  fs::path target(path);
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  fs::path temp = target;
  temp += ".tmp-gongkai";
  {
    std::ofstream out(temp.string(), std::ios::binary | std::ios::trunc);
    if (!out) {
      if (error) *error = "cannot write " + temp.string();
      return false;
    }
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    if (!out) {
      if (error) *error = "write failed: " + temp.string();
      return false;
    }
  }
  fs::rename(temp, target, ec);
  if (ec) {
    if (error) *error = ec.message();
    return false;
  }
  return true;
}

bool RealFileSystem::IsDirectory(const std::string& path) {
  boost::system::error_code ec;
  return fs::is_directory(path, ec);
}

bool RealFileSystem::Exists(const std::string& path) {
  boost::system::error_code ec;
  return fs::exists(path, ec);
}

std::vector<std::string> RealFileSystem::ListFiles(const std::string& dir) {
  std::vector<std::string> out;
  boost::system::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (fs::is_regular_file(it->path(), ec)) out.push_back(it->path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool IsDisclosurePath(const std::string& path) {
  // Downloads keep the publisher's case: "附件1.PDF" is as common as ".pdf".
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* disclosure : kDisclosureExtensions)
    if (ext == disclosure) return true;
  return false;
}

}  // namespace gongkai
