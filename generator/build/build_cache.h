// The build cache: what the last build read and wrote, so the next one
// re-parses only changed inputs and re-renders only pages whose view data
// changed. As ninja's build log, it is a versioned text file; a cache from
// another gongkai version is discarded ("full rebuild"), never trusted.
//
// Where it lives: `.gongkai/` in the output folder's parent, so `--out site`
// uses `./.gongkai/` (next to `./site/`); the records of each output folder
// in a subfolder named after it (CacheDataDirFor), so two outputs in one
// parent (site/ and preview/, test sites in /tmp) never share records. It is outside the output, so the
// published site never holds it, and the atomic swap of the output folder
// (publish.h) never touches it. CacheDirFor() computes the path.
//
//   .gongkai/site/cache              this file (format below)
//   .gongkai/site/parsed/<key>.gkdoc one cached parse result (cache_codec.h)
//   .gongkai/site/groups             unit-year summaries (groups_store.h)
//   .gongkai/site/slugs              transliterations of names (slug.h)
//   .gongkai/site/lock               the build lock (publish.h)
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "file_system.h"
#include "model.h"

namespace gongkai {

// The cache folder for an output folder: "site" -> ".gongkai",
// "/srv/www/site/" -> "/srv/www/.gongkai".
std::string CacheDirFor(const std::string& out_dir);
// Where the build records of one output folder live: "site" ->
// ".gongkai/site", "/srv/www/public/" -> "/srv/www/.gongkai/public". The
// `cache_dir` of the functions below.
std::string CacheDataDirFor(const std::string& out_dir);

// Size and modification time of a file on disk, to skip reading unchanged
// inputs. nullopt when the file cannot be stat'ed.
struct FileStamp {
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
};
std::optional<FileStamp> StatFile(const std::string& path);

// What the last build knew about one input file.
struct InputRecord {
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string content_hash;  // ContentHash of its bytes
  std::string parse_key;     // names .gongkai/parsed/<parse_key>.gkdoc
  // The outcome of reading it, so a rebuild groups unchanged inputs and
  // reports every file's outcome without loading their parse results:
  // what unit identity needs as detected, before content/units.toml
  // (unit_identity.h: the name as CleanUnitName gives it, empty when the
  // file was not read or is a *.md page; code; year; kinds), its warnings
  // (as `gongkai check` counts them) and why it gave no disclosure
  // (UnreadReason; "" when it was read).
  std::string unit_name;
  std::string unit_code;
  std::vector<std::string> kinds;
  int year = 0;
  int warnings = 0;
  std::string unread;
  // A disclosure input (read or not), as opposed to a Markdown page.
  bool IsDisclosure() const { return !unit_name.empty() || !unread.empty(); }
  // Same size and mtime: the bytes are taken as unchanged without reading them.
  bool Matches(const FileStamp& stamp) const {
    return stamp.size == size && stamp.mtime_ns == mtime_ns;
  }
};

// What the last build wrote to one output file (path relative to the output).
struct OutputRecord {
  std::string view_hash;   // hash of the view data the page was rendered from
  std::string bytes_hash;  // ContentHash of the bytes written
};

// Cache file format (`.gongkai/cache`), UTF-8 text, one record per line:
//
//   # gongkai cache v5 <gongkai version> <templates hash> <options hash>
//   i <TAB> size <TAB> mtime_ns <TAB> content hash <TAB> parse key <TAB> unit name <TAB> unit code
//     <TAB> kinds (comma-separated) <TAB> year <TAB> warnings <TAB> unread reason <TAB> input path
//   o <TAB> view hash <TAB> bytes hash <TAB> output path
//
// (unit name, code, kinds, unread reason and options hash "-" when empty;
// tabs and newlines in them are stored as spaces.) v3 added warnings and
// the unread reason, so a no-op build still reports every file's outcome;
// v4 stores parse results in binary (cache_codec.h) instead of JSON; v5
// stores unit name, code and kinds instead of the unit's slug (a unit's
// identity depends on every document and on content/units.toml). The
// options hash covers content/units.toml too. The first line must match
// exactly (format v5, this gongkai's version):
// otherwise the whole file is discarded. When only the templates hash
// differs, input records are kept (parse results do not depend on
// templates) and output records are dropped (every page is re-rendered).
// Paths come last so they may hold spaces; paths with a tab or newline are
// never stored (they are rebuilt every time). Lines are sorted by kind then
// path, so the file is deterministic.
struct BuildCache {
  std::string gongkai_version;
  std::string templates_hash;
  // Build options that change outputs (the base URL), hashed; stored so a
  // rebuild can tell "nothing at all changed" from the cache alone.
  std::string options_hash;
  // The templates hash the loaded file was written with ("" when none was
  // loaded): differs from templates_hash when templates changed.
  std::string loaded_templates_hash;
  std::map<std::string, InputRecord> inputs;
  std::map<std::string, OutputRecord> outputs;

  const InputRecord* LookupInput(const std::string& path) const;
  const OutputRecord* LookupOutput(const std::string& path) const;
  void StoreInput(const std::string& path, InputRecord record);
  void StoreOutput(const std::string& path, OutputRecord record);
};

// The cache in `cache_dir` if it can be trusted for this gongkai version and
// templates hash; otherwise an empty (or inputs-only) cache. `message` says
// why anything was discarded, one line for people, e.g.
// "cache version changed; full rebuild"; it is empty when the cache was
// used as is or did not exist yet.
BuildCache LoadBuildCache(FileSystem& fs, const std::string& cache_dir,
                          const std::string& gongkai_version, const std::string& templates_hash,
                          std::string* message);

// Writes the cache file atomically (temporary file + rename).
bool SaveBuildCache(FileSystem& fs, const std::string& cache_dir, const BuildCache& cache,
                    std::string* error);
// The cache file's path and text, for a publisher that installs it with
// the site it describes (publish.h).
std::string BuildCacheFile(const std::string& cache_dir);
std::string BuildCacheText(const BuildCache& cache);

// The key of a parse result: depends on the input's path (spans name it),
// its bytes and the gongkai version (a new parser invalidates old results).
std::string ParseKey(const std::string& path, const std::string& content_hash,
                     const std::string& gongkai_version);

// Cached parse results. A missing or unreadable result is a cache miss
// (nullopt), never an error: the caller parses the input again.
std::optional<Document> LoadParsed(FileSystem& fs, const std::string& cache_dir,
                                   const std::string& parse_key);
// `size` (optional) receives the size of the stored encoding.
bool StoreParsed(FileSystem& fs, const std::string& cache_dir, const std::string& parse_key,
                 const Document& doc, std::string* error, std::size_t* size = nullptr);

// Deletes parse results no input record refers to; returns how many.
int PruneParsed(const std::string& cache_dir, const BuildCache& cache);

}  // namespace gongkai
