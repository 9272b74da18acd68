#include "build_options.h"

#include <algorithm>
#include <optional>

#include "content_hash.h"
#include "diagnostics.h"
#include "input_limits.h"

namespace gongkai {
namespace {

std::string Relative(const std::string& path, const std::string& dir) {
  const std::string prefix = dir.ends_with('/') ? dir : dir + "/";
  return path.starts_with(prefix) ? path.substr(prefix.size()) : path;
}

}  // namespace

std::string TemplatesDirFor(FileSystem& fs, const BuildOptions& options) {
  if (!options.templates_dir.empty()) return options.templates_dir;
  if (fs.IsDirectory("templates")) return "templates";
  return std::string(GONGKAI_SOURCE_DIR) + "/templates";
}

bool ValidateBuildOptions(FileSystem& fs, const BuildOptions& options, std::string* error) {
  if (!options.base_url.empty() && options.base_url.rfind("http://", 0) != 0 &&
      options.base_url.rfind("https://", 0) != 0) {
    if (error) *error = "--base-url must start with http:// or https://";
    return false;
  }
  if (!fs.IsDirectory(options.content_dir)) {
    if (error) *error = "no content folder: " + options.content_dir;
    return false;
  }
  return true;
}

bool IsSafeOutputPath(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.back() == '/') return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    std::string segment = path.substr(start, slash - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    for (char c : segment)
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
            c == '-' || c == '_'))
        return false;
    start = slash + 1;
  }
  return true;
}

bool DirectorySink::Write(const std::string& path, const std::string& bytes, std::string* error) {
  return fs_.WriteFile(dir_ + "/" + path, bytes, error);
}

std::vector<ContentFile> ListContent(FileSystem& fs, const std::string& content_dir) {
  std::vector<ContentFile> files;
  for (const std::string& path : fs.ListFiles(content_dir)) {
    const bool is_page = path.ends_with(".md");
    if (is_page || IsDisclosurePath(path)) files.push_back({Relative(path, content_dir), path, is_page});
  }
  return files;
}

namespace {

// "16 MB", "200.5 MB": sizes in binary megabytes, as file managers print them.
std::string Megabytes(std::uint64_t bytes) {
  const std::uint64_t tenths = (bytes * 10 + (1 << 19)) >> 20;
  return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "") + " MB";
}

}  // namespace

bool ReadContent(FileSystem& fs, const std::string& path, ContentRead* out, std::string* error) {
  *out = ContentRead();
  std::string e;
  std::optional<std::uint64_t> size = fs.FileSize(path, &e);
  if (!size) {
    out->refused = "not a regular file (a broken or looping symbolic link?): " + e;
    return true;
  }
  const bool pdf = IsPdfPath(path);
  const std::uint64_t limit = pdf ? kMaxPdfBytes : kMaxTextBytes;
  auto too_large = [&](std::uint64_t bytes) {
    out->refused = "file is " + Megabytes(bytes) + ", over gongkai's limit of " + Megabytes(limit) +
                   (pdf ? " for a PDF" : " for a text file") + "; not read";
    out->bytes.reset();
    return true;
  };
  if (*size > limit) return too_large(*size);
  out->bytes = fs.ReadFile(path, &e);
  if (!out->bytes) {
    if (error) *error = e;
    return false;
  }
  if (out->bytes->size() > limit) return too_large(out->bytes->size());  // grew since
  return true;
}

Document RefusedDocument(const std::string& name, const std::string& reason) {
  Document doc;
  doc.file = name;
  doc.unread = reason;
  Report(doc.diagnostics, name, 0, Severity::kWarning, "input.refused", reason);
  return doc;
}

bool LoadTemplateFiles(FileSystem& fs, const std::string& dir, TemplateFiles* t, std::string* error) {
  Hasher h;
  h.Add("templates");
  t->dir = dir;
  const std::string assets = dir + "/assets/";
  for (const std::string& path : fs.ListFiles(dir)) {
    std::optional<std::string> bytes = fs.ReadFile(path, error);
    if (!bytes) {
      *error = path + ": " + *error;
      return false;
    }
    h.Add(Relative(path, dir)).Add(*bytes);
    if (path.rfind(assets, 0) == 0) t->static_files["assets/" + path.substr(assets.size())] = std::move(*bytes);
  }
  // The search library: the npm copy when installed, else the vendored one.
  for (const std::string& candidate :
       {dir + "/../node_modules/minisearch/dist/umd/index.js", assets + "vendor/minisearch.min.js"}) {
    if (!fs.Exists(candidate)) continue;
    std::optional<std::string> bytes = fs.ReadFile(candidate, error);
    if (!bytes) return false;
    h.Add("search library").Add(*bytes);
    t->static_files["assets/minisearch.min.js"] = std::move(*bytes);
    break;
  }
  t->hash = h.Hex();
  return true;
}

}  // namespace gongkai
