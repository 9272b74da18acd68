#include "build_cache.h"

#include <sys/stat.h>

#include <boost/filesystem.hpp>
#include <charconv>
#include <set>
#include <sstream>
#include <vector>

#include "content_hash.h"
#include "cache_codec.h"

namespace gongkai {
namespace {

constexpr char kFormat[] = "v5";
// A cached parse result: cache_codec.h's binary form.
constexpr char kParsedExtension[] = ".gkdoc";
constexpr char kHeaderPrefix[] = "# gongkai cache ";

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = line.find(sep, start);
    out.push_back(line.substr(start, end - start));
    if (end == std::string::npos) return out;
    start = end + 1;
  }
}

bool ParseInt(const std::string& s, std::int64_t* out) {
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

bool IsHash(const std::string& s) {
  if (s.size() != 32) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

bool StorablePath(const std::string& path) {
  return !path.empty() && path.find_first_of("\t\n\r") == std::string::npos;
}

// A free-text field as one column: "-" when empty, no tab or line break.
std::string TextField(const std::string& text) {
  if (text.empty()) return "-";
  std::string out = text;
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

// One record line into `cache`; false when the line is malformed.
bool ParseRecord(const std::string& line, BuildCache* cache) {
  std::vector<std::string> f = Split(line, '\t');
  if (f[0] == "i" && f.size() == 12) {
    InputRecord r;
    std::int64_t year = 0, warnings = 0;
    if (!ParseInt(f[1], &r.size) || !ParseInt(f[2], &r.mtime_ns) || !IsHash(f[3]) ||
        !IsHash(f[4]) || f[5].empty() || f[6].empty() || f[7].empty() || !ParseInt(f[8], &year) ||
        !ParseInt(f[9], &warnings) || f[10].empty() || f[11].empty())
      return false;
    r.content_hash = f[3];
    r.parse_key = f[4];
    r.unit_name = f[5] == "-" ? "" : f[5];
    r.unit_code = f[6] == "-" ? "" : f[6];
    if (f[7] != "-") r.kinds = Split(f[7], ',');
    r.year = static_cast<int>(year);
    r.warnings = static_cast<int>(warnings);
    r.unread = f[10] == "-" ? "" : f[10];
    cache->inputs[f[11]] = std::move(r);
    return true;
  }
  if (f[0] == "o" && f.size() == 4) {
    if (!IsHash(f[1]) || !IsHash(f[2]) || f[3].empty()) return false;
    cache->outputs[f[3]] = {f[1], f[2]};
    return true;
  }
  return false;
}


std::string ParsedFile(const std::string& cache_dir, const std::string& key) {
  return cache_dir + "/parsed/" + key + kParsedExtension;
}

}  // namespace

std::string CacheDirFor(const std::string& out_dir) {
  boost::filesystem::path out(out_dir);
  // "site/" has an empty filename: drop the trailing separator first.
  while (out.has_filename() && out.filename() == ".") out = out.parent_path();
  if (!out.empty() && out.filename().empty()) out = out.parent_path();
  boost::filesystem::path parent = out.parent_path();
  return parent.empty() ? ".gongkai" : (parent / ".gongkai").string();
}

std::string CacheDataDirFor(const std::string& out_dir) {
  boost::filesystem::path out(out_dir);
  while (out.has_filename() && out.filename() == ".") out = out.parent_path();
  if (!out.empty() && out.filename().empty()) out = out.parent_path();
  std::string name = out.filename().string();
  if (name.empty() || name == "." || name == ".." || name == "/") name = "site";
  return CacheDirFor(out_dir) + "/" + name;
}

std::optional<FileStamp> StatFile(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileStamp{static_cast<std::int64_t>(st.st_size),
                   static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 +
                       st.st_mtim.tv_nsec};
}

const InputRecord* BuildCache::LookupInput(const std::string& path) const {
  auto it = inputs.find(path);
  return it == inputs.end() ? nullptr : &it->second;
}

const OutputRecord* BuildCache::LookupOutput(const std::string& path) const {
  auto it = outputs.find(path);
  return it == outputs.end() ? nullptr : &it->second;
}

void BuildCache::StoreInput(const std::string& path, InputRecord record) {
  inputs[path] = std::move(record);
}

void BuildCache::StoreOutput(const std::string& path, OutputRecord record) {
  outputs[path] = std::move(record);
}

BuildCache LoadBuildCache(FileSystem& fs, const std::string& cache_dir,
                          const std::string& gongkai_version, const std::string& templates_hash,
                          std::string* message) {
  BuildCache fresh;
  fresh.gongkai_version = gongkai_version;
  fresh.templates_hash = templates_hash;
  message->clear();

  const std::string path = BuildCacheFile(cache_dir);
  if (!fs.Exists(path)) return fresh;
  std::string error;
  std::optional<std::string> text = fs.ReadFile(path, &error);
  if (!text) {
    *message = "cannot read build cache " + path + " (" + error + "); full rebuild";
    return fresh;
  }
  // 1. The header decides whether anything below can be trusted.
  std::size_t eol = text->find('\n');
  std::string header = text->substr(0, eol);
  if (header.rfind(kHeaderPrefix, 0) != 0) {
    *message = "build cache " + path + " is corrupt (line 1); full rebuild";
    return fresh;
  }
  std::vector<std::string> words = Split(header.substr(sizeof kHeaderPrefix - 1), ' ');
  if (words.size() != 4 || words[0] != kFormat || words[1] != gongkai_version) {
    *message = "cache version changed; full rebuild";
    return fresh;
  }
  // 2. Records. Any malformed line (a truncated or edited file) discards all:
  // a half-trusted cache could leave a stale page behind.
  if (text->back() != '\n') {
    *message = "build cache " + path + " is corrupt (truncated); full rebuild";
    return fresh;
  }
  BuildCache cache = fresh;
  cache.options_hash = words[3] == "-" ? "" : words[3];
  cache.loaded_templates_hash = words[2];
  std::istringstream lines(text->substr(eol + 1));
  std::string line;
  for (int number = 2; std::getline(lines, line); ++number) {
    if (!ParseRecord(line, &cache)) {
      *message = "build cache " + path + " is corrupt (line " + std::to_string(number) +
                 "); full rebuild";
      return fresh;
    }
  }
  // 3. Pages rendered with other templates are stale; parse results are not.
  if (words[2] != templates_hash) {
    cache.outputs.clear();
    *message = "templates changed; every page is rendered again";
  }
  return cache;
}

std::string BuildCacheFile(const std::string& cache_dir) { return cache_dir + "/cache"; }

bool SaveBuildCache(FileSystem& fs, const std::string& cache_dir, const BuildCache& cache,
                    std::string* error) {
  return fs.WriteFile(BuildCacheFile(cache_dir), BuildCacheText(cache), error);
}

std::string BuildCacheText(const BuildCache& cache) {
  std::string text;
  text.reserve(64 + 128 * (cache.inputs.size() + cache.outputs.size()));
  text += kHeaderPrefix;
  text += std::string(kFormat) + " " + cache.gongkai_version + " " + cache.templates_hash + " " +
          (cache.options_hash.empty() ? "-" : cache.options_hash) + "\n";
  for (const auto& [path, r] : cache.inputs) {
    if (!StorablePath(path)) continue;
    text += "i\t" + std::to_string(r.size) + "\t" + std::to_string(r.mtime_ns) + "\t" +
            r.content_hash + "\t" + r.parse_key + "\t" + TextField(r.unit_name) + "\t" + TextField(r.unit_code) +
            "\t" + TextField(Join(r.kinds, ",")) + "\t" +
            std::to_string(r.year) + "\t" + std::to_string(r.warnings) + "\t" + TextField(r.unread) + "\t" +
            path + "\n";
  }
  for (const auto& [path, r] : cache.outputs) {
    if (!StorablePath(path)) continue;
    text += "o\t" + r.view_hash + "\t" + r.bytes_hash + "\t" + path + "\n";
  }
  return text;
}

std::string ParseKey(const std::string& path, const std::string& content_hash,
                     const std::string& gongkai_version) {
  return Hasher().Add("parse").Add(gongkai_version).Add(path).Add(content_hash).Hex();
}

std::optional<Document> LoadParsed(FileSystem& fs, const std::string& cache_dir,
                                   const std::string& parse_key) {
  std::string error;
  std::optional<std::string> bytes = fs.ReadFile(ParsedFile(cache_dir, parse_key), &error);
  if (!bytes) return std::nullopt;
  return DecodeDocument(*bytes, &error);
}

bool StoreParsed(FileSystem& fs, const std::string& cache_dir, const std::string& parse_key,
                 const Document& doc, std::string* error, std::size_t* size) {
  const std::string bytes = EncodeDocument(doc);
  if (size) *size = bytes.size();
  return fs.WriteFile(ParsedFile(cache_dir, parse_key), bytes, error);
}

int PruneParsed(const std::string& cache_dir, const BuildCache& cache) {
  namespace bfs = boost::filesystem;
  std::set<std::string> keep;
  for (const auto& [path, r] : cache.inputs) keep.insert(r.parse_key + kParsedExtension);
  int removed = 0;
  boost::system::error_code ec;
  std::vector<bfs::path> doomed;
  for (bfs::directory_iterator it(cache_dir + "/parsed", ec), end; !ec && it != end;
       it.increment(ec)) {
    if (!keep.count(it->path().filename().string())) doomed.push_back(it->path());
  }
  for (const bfs::path& p : doomed)
    if (bfs::remove(p, ec)) ++removed;
  return removed;
}

}  // namespace gongkai
