// What both builds share: options, statistics, the output sink, the checks
// on options and output paths, and the site's inputs (content files,
// templates and static assets). The clean build is build.h; the incremental
// one behind `gongkai build` is incremental.h.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "file_system.h"
#include "model.h"

namespace gongkai {

struct BuildOptions {
  std::string content_dir = "content";
  std::string out_dir = "site";
  std::string base_url;       // "" or http(s)://host/path/: only then is sitemap.xml written
  std::string templates_dir;  // "" = ./templates, else the source tree's templates/
  int jobs = 2;               // parser and renderer threads
  bool explain = false;       // fill BuildStats::explain
  // Called as work is done (from any thread, serialized): `done` of `total`
  // documents parsed or unit-years rendered; for a progress bar.
  std::function<void(const char* phase, int done, int total)> progress;
};

struct BuildStats {
  int documents = 0;
  int markdown_pages = 0;
  int pages = 0;  // HTML pages written
  int files = 0;  // every file written, pages included
  // The errors among the diagnostics of the inputs parsed by this build
  // (what `gongkai build` prints); warnings are only counted (below) and
  // `gongkai check` lists them, so a build holds no copy of them all.
  std::vector<Diagnostic> errors;
  // Every file's outcome, cached ones included (what `gongkai check` and
  // unread/index.html show): warnings, and files that gave no unit page.
  int warnings = 0;
  int unread = 0;
  // The incremental build (see incremental.h):
  int parsed = 0;     // inputs parsed by this build
  int cached = 0;     // inputs whose parse result came from the cache
  int written = 0;    // output files new or changed
  int unchanged = 0;  // output files carried over from the live site
  int removed = 0;    // output files of the live site no longer produced
  bool skipped = false;  // nothing changed at all: the live site was left as is
  std::vector<std::string> messages;  // about the cache ("cache version changed; full rebuild")
  std::vector<std::string> explain;   // with BuildOptions::explain: why each output was written
};

// Every output passes through one sink, so a later build can stage, cache or
// compare writes without the page code knowing.
class OutputSink {
 public:
  virtual ~OutputSink() = default;
  // `path` is relative to the site root, ASCII, without "..".
  virtual bool Write(const std::string& path, const std::string& bytes, std::string* error) = 0;
};

// Writes under a folder of a FileSystem.
class DirectorySink : public OutputSink {
 public:
  DirectorySink(FileSystem& fs, std::string dir) : fs_(fs), dir_(std::move(dir)) {}
  bool Write(const std::string& path, const std::string& bytes, std::string* error) override;

 private:
  FileSystem& fs_;
  std::string dir_;
};

// True for the paths a site may hold: [A-Za-z0-9._-] segments joined by '/',
// no empty, "." or ".." segment.
bool IsSafeOutputPath(const std::string& path);

// Checks the base URL and the content folder; false with `error`.
bool ValidateBuildOptions(FileSystem& fs, const BuildOptions& options, std::string* error);
// options.templates_dir, or ./templates, or the source tree's templates/.
std::string TemplatesDirFor(FileSystem& fs, const BuildOptions& options);

// The content folder's inputs, sorted by path: disclosures (*.txt, *.pdf,
// ... IsDisclosurePath) and Markdown pages (*.md). `name` is the path
// relative to the content folder (Document::file, the cache key).
struct ContentFile {
  std::string name;
  std::string path;
  bool is_page = false;
};
std::vector<ContentFile> ListContent(FileSystem& fs, const std::string& content_dir);

// A content file's bytes, or why it is refused: larger than its limit
// (kMaxTextBytes, kMaxPdfBytes in input_limits.h), or listed but no regular
// file (a broken or looping symbolic link, a FIFO). A refused file is not
// read at all; it gets RefusedDocument (listed on unread/index.html).
struct ContentRead {
  std::optional<std::string> bytes;  // set when read
  std::string refused;               // why not ("" when read)
};
// False (with `error`: "cannot read: Input/output error") only
// on an I/O failure reading a file that is there: the build stops.
bool ReadContent(FileSystem& fs, const std::string& path, ContentRead* out, std::string* error);

// The document of a refused file: unread for `reason`, with one warning
// (code input.refused) at the file (line 0).
Document RefusedDocument(const std::string& name, const std::string& reason);

// Templates, assets and the search library: what every output may depend on.
struct TemplateFiles {
  std::string dir;
  std::string hash;                                 // of every file under dir
  std::map<std::string, std::string> static_files;  // output path -> bytes
};
bool LoadTemplateFiles(FileSystem& fs, const std::string& dir, TemplateFiles* t, std::string* error);

}  // namespace gongkai
