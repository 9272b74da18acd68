#include "cli.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

#include "build.h"
#include "incremental.h"
#include "diagnostics.h"
#include "figure_report.h"
#include "file_system.h"
#include "grid_debug.h"
#include "parse.h"
#include "render_json.h"
#include "render_text.h"
#include "watch.h"

namespace gongkai {
namespace {

int exit_code = 0;

struct ParseOptions {
  bool json = false;
  std::vector<std::string> files;
};

struct CheckOptions {
  std::vector<std::string> paths;
  bool summary = false;          // the figures' self-check instead of diagnostics
  bool explain_figures = false;  // every figure's candidates and why
};

// Files named directly are read whatever their extension; folders give
// their disclosures (*.txt, *.pdf), recursively, in sorted order.
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

// A file named on the command line: its bytes or why it is refused, as in
// a build (ReadContent), except that a name that is not there at all is an
// error, not a refused file: the user asked for it by name.
bool ReadNamedFile(FileSystem& fs, const std::string& file, ContentRead* content, std::string* error) {
  if (!fs.Exists(file)) {
    *error = "cannot read: No such file or directory";
    return false;
  }
  return ReadContent(fs, file, content, error);
}

int RunParse(const ParseOptions& options) {
  RealFileSystem fs;
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  int status = 0;
  for (const std::string& file : options.files) {
    std::string error;
    ContentRead content;  // bytes, or why the file is refused (input_limits.h)
    if (!ReadNamedFile(fs, file, &content, &error)) {
      std::cerr << file << ": error: " << error << "\n";
      status = 1;
      continue;
    }
    Document doc = content.bytes ? ParseDocument(file, *content.bytes) : RefusedDocument(file, content.refused);
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
  int errors = 0, warnings = 0, infos = 0, files = 0;
  FigureSummary summary;
  for (const std::string& file : ExpandPaths(fs, paths)) {
    std::string error;
    ContentRead content;  // bytes, or why the file is refused (input_limits.h)
    ++files;
    if (!ReadNamedFile(fs, file, &content, &error)) {
      std::cerr << file << ": error: " << error << "\n";
      ++errors;
      continue;
    }
    Document doc = content.bytes ? ParseDocument(file, *content.bytes) : RefusedDocument(file, content.refused);
    if (options.summary || options.explain_figures) {
      std::cout << (options.summary ? SummarizeFigures(doc, summary) : ExplainFigures(doc));
      continue;
    }
    for (const Diagnostic& d : doc.diagnostics) {
      if (d.severity == Severity::kNote) continue;
      std::cerr << FormatDiagnostic(d) << "\n";
      if (d.severity == Severity::kError) ++errors;
      if (d.severity == Severity::kWarning) ++warnings;
      if (d.severity == Severity::kInfo) ++infos;
    }
  }
  if (options.summary) std::cout << FigureSummaryTotal(summary);
  if (options.summary || options.explain_figures) return errors > 0 ? 1 : 0;
  // Info findings (sums off by no more than rounding) are shown, not counted as warnings.
  std::cerr << "checked " << files << " file" << (files == 1 ? "" : "s") << ": " << errors
            << " error" << (errors == 1 ? "" : "s") << ", " << warnings << " warning"
            << (warnings == 1 ? "" : "s") << ", " << infos << " info\n";
  return errors > 0 ? 1 : 0;
}

struct GridOptions {
  std::string file;
  int page = 1;
  std::string out;  // "" or "-": stdout
  bool lines = false;
};

// `gongkai grid`: the page's words and the table grid over them, as SVG;
// `--lines`: only the front end's positioned words (benchmarks, debugging).
int RunGrid(const GridOptions& options) {
  RealFileSystem fs;
  std::string error;
  std::optional<std::string> bytes = fs.ReadFile(options.file, &error);
  if (!bytes) {
    std::cerr << options.file << ": error: " << error << "\n";
    return 1;
  }
  std::string output;
  if (options.lines) {
    output = PositionedLinesTsv(options.file, *bytes, &error);
  } else {
    GridPage page;
    if (LayOutGridPage(options.file, *bytes, options.page, &page, &error)) output = GridPageSvg(page);
  }
  if (!error.empty()) {
    std::cerr << "gongkai grid: error: " << error << "\n";
    return 1;
  }
  if (options.out.empty() || options.out == "-") {
    std::cout << output;
    return 0;
  }
  if (!fs.WriteFile(options.out, output, &error)) {
    std::cerr << "gongkai grid: error: " << error << "\n";
    return 1;
  }
  return 0;
}

struct BuildCommand {
  BuildOptions options;
  bool quiet = false;
};

std::string Counted(int n, const std::string& singular, const std::string& plural) {
  return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

std::string WithSlash(const std::string& dir) { return dir.empty() || dir.back() == '/' ? dir : dir + "/"; }

// "built N documents (P parsed, C cached): W written, U unchanged, R removed
// in T s; X warnings (gongkai check content/), Y files not read
// (site/unread/index.html)": each outcome names where to see it when there
// is any.
std::string Summary(const BuildOptions& o, const BuildStats& s, double seconds) {
  char time[32];
  std::snprintf(time, sizeof time, "%.2f", seconds);
  std::string line = "built " + Counted(s.documents, "document", "documents") + " (" + std::to_string(s.parsed) +
                     " parsed, " + std::to_string(s.cached) + " cached): " + std::to_string(s.written) +
                     " written, " + std::to_string(s.unchanged) + " unchanged, " + std::to_string(s.removed) +
                     " removed in " + time + " s; " + Counted(s.warnings, "warning", "warnings");
  if (s.warnings > 0) line += " (gongkai check " + WithSlash(o.content_dir) + ")";
  line += ", " + Counted(s.unread, "file", "files") + " not read";
  if (s.unread > 0) line += " (" + WithSlash(o.out_dir) + "unread/index.html)";
  return line;
}

// A progress bar on stderr, only on a terminal and only once the build has
// run for a second (short builds print nothing but the summary).
class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled && ::isatty(STDERR_FILENO)) {}
  void Update(const char* phase, int done, int total) {
    if (!enabled_ || total <= 0) return;
    if (std::chrono::steady_clock::now() - start_ < std::chrono::seconds(1)) return;
    const int width = 30, filled = width * done / total;
    std::fprintf(stderr, "\r%-6s [%s%s] %d/%d", phase, std::string(filled, '#').c_str(),
                 std::string(width - filled, ' ').c_str(), done, total);
    shown_ = true;
  }
  void Clear() {
    if (shown_) std::fprintf(stderr, "\r\033[K");
    shown_ = false;
  }

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// One build; prints errors, cache messages, --explain lines and the summary.
int BuildOnce(const BuildCommand& command) {
  RealFileSystem fs;
  BuildStats stats;
  std::string error;
  BuildOptions options = command.options;
  ProgressBar bar(!command.quiet);
  options.progress = [&bar](const char* phase, int done, int total) { bar.Update(phase, done, total); };
  const auto start = std::chrono::steady_clock::now();
  bool ok = IncrementalBuild(fs, options, &stats, &error);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  bar.Clear();
  for (const Diagnostic& d : stats.errors) std::cerr << FormatDiagnostic(d) << "\n";
  if (!ok) {
    std::cerr << "gongkai build: error: " << error << "\n";
    return 1;
  }
  if (!command.quiet)
    for (const std::string& m : stats.messages) std::cerr << m << "\n";
  for (const std::string& line : stats.explain) std::cerr << line << "\n";
  if (!command.quiet) std::cerr << Summary(options, stats, seconds) << "\n";
  return 0;
}

std::atomic<bool> stop_watching{false};
extern "C" void OnStopSignal(int) { stop_watching = true; }

// `gongkai watch`: a build, then one more per burst of changes.
int RunWatch(const BuildCommand& command) {
  RealFileSystem fs;
  BuildCommand each = command;
  each.options.progress = nullptr;
  int status = BuildOnce(each);
  std::vector<std::string> roots = {command.options.content_dir, TemplatesDirFor(fs, command.options)};
  Watcher watcher;
  std::string error;
  if (!watcher.Start(roots, &error)) {
    std::cerr << "gongkai watch: error: " << error << "\n";
    return 1;
  }
  struct sigaction action = {};
  action.sa_handler = OnStopSignal;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  std::cerr << "watching " << roots[0] << " and " << roots[1] << " (Ctrl-C stops)" << std::endl;
  watcher.Run([&](const std::vector<std::string>&) { status = BuildOnce(each); }, stop_watching);
  return status;
}

void AddBuildOptions(CLI::App* app, BuildCommand* c) {
  app->add_option("--content", c->options.content_dir, "Input folder (default: content)");
  app->add_option("--out", c->options.out_dir, "Output folder (default: site)");
  app->add_option("--base-url", c->options.base_url,
                  "Absolute URL the site is published at (https://host/path/); enables sitemap.xml");
  app->add_option("--templates", c->options.templates_dir, "Templates folder (default: templates)");
  app->add_option("-j,--jobs", c->options.jobs, "Parser and renderer threads (default: 2)");
  app->add_flag("--explain", c->options.explain, "Print why each output file was written or removed");
  app->add_flag("-q,--quiet", c->quiet, "Print errors only (no progress, no summary)");
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
  parse->add_option("files", parse_options->files, "Disclosure files: text (*.txt) or PDF (*.pdf)")->required();
  parse->callback([parse_options] { exit_code = RunParse(*parse_options); });

  auto check_options = std::make_shared<CheckOptions>();
  CLI::App* check = app.add_subcommand(
      "check", "Read disclosures and print every diagnostic as `file:line: severity: message`.\n"
               "Exit status 1 when any error. Default path: content/");
  check->add_option("paths", check_options->paths, "Files or folders (folders: every *.txt and *.pdf)");
  check->add_flag("--summary", check_options->summary,
                  "The figures' self-check: per document the headline figures found and missing and\n"
                  "each identity among them that holds or fails (both values), then a corpus total");
  check->add_flag("--explain-figures", check_options->explain_figures,
                  "Per figure, every candidate weighed (value, page, line, table, scope, score)\n"
                  "and why the chosen one won and each other lost");
  check->callback([check_options] { exit_code = RunCheck(*check_options); });

  auto grid_options = std::make_shared<GridOptions>();
  CLI::App* grid = app.add_subcommand(
      "grid", "Debug a table: write one page as SVG with every word's box and text and, over\n"
              "them, each table run the segmenter found: its columns (the extent of the words\n"
              "in each) and its rows (baselines). Text input: 1 column = 5, 1 line = 12 units.");
  grid->add_option("file", grid_options->file, "A disclosure: PDF or text")->required();
  grid->add_option("--page", grid_options->page, "1-based page (text: pages part at form feeds; default 1)");
  grid->add_option("-o,--output", grid_options->out, "SVG file to write (default: stdout)");
  grid->add_flag("--lines", grid_options->lines,
                 "Print only the front end's positioned words, one a line (page, line, x0, x1,\n"
                 "top, bottom, text; tab-separated): reading alone, for benchmarks");
  grid->callback([grid_options] { exit_code = RunGrid(*grid_options); });

  auto build_command = std::make_shared<BuildCommand>();
  CLI::App* build = app.add_subcommand(
      "build", "Build the static site: disclosures (*.txt, *.pdf) and pages (*.md) from --content,\n"
               "templates from templates/, output into --out. sitemap.xml only with --base-url.\n"
               "Incremental (cache in .gongkai/ next to --out) and atomic (the site is switched\n"
               "in whole at the end). Files that give no unit page (scans, broken PDFs, no unit\n"
               "name...) are listed with the reason on unread/index.html. The summary line counts\n"
               "warnings (see `gongkai check`) and files not read.");
  AddBuildOptions(build, build_command.get());
  build->callback([build_command] { exit_code = BuildOnce(*build_command); });

  auto watch_command = std::make_shared<BuildCommand>();
  CLI::App* watch = app.add_subcommand(
      "watch", "Build, then rebuild on every change under --content and --templates (inotify),\n"
               "one summary line per rebuild. Stops on Ctrl-C (SIGINT) or SIGTERM.");
  AddBuildOptions(watch, watch_command.get());
  watch->callback([watch_command] { exit_code = RunWatch(*watch_command); });
}

int ExitCode() { return exit_code; }

}  // namespace gongkai
