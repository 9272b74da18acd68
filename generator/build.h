// `gongkai build`: content/ in, a static site out.
#pragma once

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
  int jobs = 2;               // parser threads
};

struct BuildStats {
  int documents = 0;
  int markdown_pages = 0;
  int pages = 0;  // HTML pages written
  int files = 0;  // every file written, pages included
  std::vector<Diagnostic> diagnostics;
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

// Builds the site. False (with `error`) on I/O failure or bad options; bad
// input files only add diagnostics.
bool Build(FileSystem& fs, const BuildOptions& options, OutputSink& sink, BuildStats* stats,
           std::string* error);
bool Build(FileSystem& fs, const BuildOptions& options, BuildStats* stats, std::string* error);

}  // namespace gongkai
