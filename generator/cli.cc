#include "cli.h"

#include <iostream>
#include <memory>

#include "build.h"
#include "diagnostics.h"
#include "file_system.h"
#include "parse.h"
#include "render_json.h"
#include "render_text.h"

namespace gongkai {
namespace {

int exit_code = 0;

struct ParseOptions {
  bool json = false;
  std::vector<std::string> files;
};

struct CheckOptions {
  std::vector<std::string> paths;
};

// Files named directly are read whatever their extension; folders give
// their disclosures (*.txt), recursively, in sorted order.
std::vector<std::string> ExpandPaths(FileSystem& fs, const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    if (fs.IsDirectory(p)) {
      for (const std::string& f : fs.ListFiles(p))
        if (IsDisclosurePath(f)) out.push_back(f);
    } else {
      out.push_back(p);
    }
  }
  return out;
}

int RunParse(const ParseOptions& options) {
  RealFileSystem fs;
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  int status = 0;
  for (const std::string& file : options.files) {
    std::string error;
    std::optional<std::string> bytes = fs.ReadFile(file, &error);
    if (!bytes) {
      std::cerr << file << ": error: " << error << "\n";
      status = 1;
      continue;
    }
    Document doc = ParseDocument(file, *bytes);
    if (options.json) {
      all.push_back(DocumentToJson(doc));
    } else {
      std::cout << DocumentToText(doc);
    }
  }
  if (options.json) std::cout << all.dump(2) << "\n";
  return status;
}

int RunCheck(const CheckOptions& options) {
  RealFileSystem fs;
  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back("content");
  int errors = 0, warnings = 0, files = 0;
  for (const std::string& file : ExpandPaths(fs, paths)) {
    std::string error;
    std::optional<std::string> bytes = fs.ReadFile(file, &error);
    ++files;
    if (!bytes) {
      std::cerr << file << ": error: " << error << "\n";
      ++errors;
      continue;
    }
    Document doc = ParseDocument(file, *bytes);
    for (const Diagnostic& d : doc.diagnostics) {
      if (d.severity == Severity::kNote) continue;
      std::cerr << FormatDiagnostic(d) << "\n";
      if (d.severity == Severity::kError) ++errors;
      if (d.severity == Severity::kWarning) ++warnings;
    }
  }
  std::cerr << "checked " << files << " file" << (files == 1 ? "" : "s") << ": " << errors
            << " error" << (errors == 1 ? "" : "s") << ", " << warnings << " warning"
            << (warnings == 1 ? "" : "s") << "\n";
  return errors > 0 ? 1 : 0;
}

int RunBuild(const BuildOptions& options) {
  RealFileSystem fs;
  BuildStats stats;
  std::string error;
  bool ok = Build(fs, options, &stats, &error);
  for (const Diagnostic& d : stats.diagnostics)
    if (d.severity == Severity::kError) std::cerr << FormatDiagnostic(d) << "\n";
  if (!ok) {
    std::cerr << "gongkai build: error: " << error << "\n";
    return 1;
  }
  std::cerr << "built " << stats.documents << " document" << (stats.documents == 1 ? "" : "s") << " and "
            << stats.markdown_pages << " page" << (stats.markdown_pages == 1 ? "" : "s") << " into "
            << options.out_dir << ": " << stats.pages << " HTML pages, " << stats.files << " files\n";
  return 0;
}

}  // namespace

void RegisterCommands(CLI::App& app) {
  app.set_version_flag("--version", std::string("gongkai ") + GONGKAI_VERSION);

  auto parse_options = std::make_shared<ParseOptions>();
  CLI::App* parse = app.add_subcommand(
      "parse", "Read disclosures and print what gongkai understood: unit, year, kinds, figures,\n"
               "tables, sections, glossary, indicators and diagnostics.");
  parse->add_flag("--json", parse_options->json,
                  "Print a JSON array, one object per file, in argument order");
  parse->add_option("files", parse_options->files, "Disclosure text files")->required();
  parse->callback([parse_options] { exit_code = RunParse(*parse_options); });

  auto check_options = std::make_shared<CheckOptions>();
  CLI::App* check = app.add_subcommand(
      "check", "Read disclosures and print every diagnostic as `file:line: severity: message`.\n"
               "Exit status 1 when any error. Default path: content/");
  check->add_option("paths", check_options->paths, "Files or folders (folders: every *.txt)");
  check->callback([check_options] { exit_code = RunCheck(*check_options); });

  auto build_options = std::make_shared<BuildOptions>();
  CLI::App* build = app.add_subcommand(
      "build", "Build the static site: disclosures (*.txt) and pages (*.md) from --content,\n"
               "templates from templates/, output into --out. sitemap.xml only with --base-url.");
  build->add_option("--content", build_options->content_dir, "Input folder (default: content)");
  build->add_option("--out", build_options->out_dir, "Output folder (default: site)");
  build->add_option("--base-url", build_options->base_url,
                    "Absolute URL the site is published at (https://host/path/); enables sitemap.xml");
  build->add_option("--templates", build_options->templates_dir, "Templates folder (default: templates)");
  build->add_option("-j,--jobs", build_options->jobs, "Parser threads (default: 2)");
  build->callback([build_options] { exit_code = RunBuild(*build_options); });
}

int ExitCode() { return exit_code; }

}  // namespace gongkai
