#include "build.h"

#include <algorithm>

#include "diagnostics.h"
#include "overrides.h"
#include "parallel.h"
#include "report_overrides.h"
#include "pages.h"
#include "parse.h"
#include "render_html.h"
#include "site_model.h"

namespace gongkai {
namespace {

struct Input {
  std::string name;  // relative to the content folder: "002_x.txt"
  std::string bytes;
  Document doc;
  std::string refused;  // why it was not read (ReadContent), or ""
};

// Parses every input on `jobs` threads; results stay in input order.
void ParseAll(std::vector<Input>* inputs, int jobs) {
  ParallelFor(inputs->size(), jobs, [&](std::size_t i, int) {
    Input& in = (*inputs)[i];
    in.doc = in.refused.empty() ? ParseDocument(in.name, in.bytes) : RefusedDocument(in.name, in.refused);
  });
}

// Renders and writes outputs, then forgets them.
class Emitter {
 public:
  Emitter(const TemplateSet& templates, OutputSink& sink, BuildStats* stats)
      : templates_(templates), sink_(sink), stats_(stats) {}

  bool Emit(Outputs* outputs, std::string* error) {
    for (const PageOutput& page : outputs->pages) {
      std::string html;
      if (!templates_.Render(page, &html, error)) return false;
      if (!Write(page.path, html, error)) return false;
      html_paths_.push_back(page.path);
      ++stats_->pages;
    }
    for (const FileOutput& file : outputs->files)
      if (!Write(file.path, file.bytes, error)) return false;
    *outputs = Outputs();
    return true;
  }

  bool Write(const std::string& path, const std::string& bytes, std::string* error) {
    if (!IsSafeOutputPath(path)) {
      if (error) *error = "refusing to write unsafe output path: " + path;
      return false;
    }
    ++stats_->files;
    return sink_.Write(path, bytes, error);
  }

  std::vector<std::string> SortedHtmlPaths() const {
    std::vector<std::string> paths = html_paths_;
    std::sort(paths.begin(), paths.end());
    return paths;
  }

 private:
  const TemplateSet& templates_;
  OutputSink& sink_;
  BuildStats* stats_;
  std::vector<std::string> html_paths_;
};

// 2. Inputs: disclosures (*.txt, *.pdf) and Markdown pages (*.md), sorted by path.
bool ReadInputs(FileSystem& fs, const BuildOptions& options, std::vector<Input>* inputs,
                std::vector<MarkdownPage>* pages, BuildStats* stats, std::string* error) {
  for (const ContentFile& file : ListContent(fs, options.content_dir)) {
    if (!file.is_page) {
      ContentRead content;  // bytes, or why the file is refused (input_limits.h)
      if (!ReadContent(fs, file.path, &content, error)) {
        if (error) *error = file.path + ": " + *error;
        return false;
      }
      inputs->push_back({file.name, std::move(content.bytes).value_or(std::string()), {}, content.refused});
      continue;
    }
    std::optional<std::string> bytes = fs.ReadFile(file.path, error);
    if (!bytes) {
      if (error) *error = file.path + ": " + *error;
      return false;
    }
    pages->push_back(MakeMarkdownPage(file.name, *bytes));
  }
  std::sort(pages->begin(), pages->end(), [](const MarkdownPage& a, const MarkdownPage& b) { return a.slug < b.slug; });
  stats->documents = static_cast<int>(inputs->size());
  stats->markdown_pages = static_cast<int>(pages->size());
  return true;
}

// 3b. The parsed documents, out of the inputs (whose bytes stay), with
// their errors, warnings and the files that gave no page counted.
std::vector<Document> TakeDocuments(std::vector<Input>* inputs, std::vector<UnreadFile>* unread,
                                    BuildStats* stats) {
  std::vector<Document> documents;
  documents.reserve(inputs->size());
  for (Input& in : *inputs) {
    for (const Diagnostic& d : in.doc.diagnostics)
      if (d.severity == Severity::kError) stats->errors.push_back(d);
    stats->warnings += CountWarnings(in.doc.diagnostics);
    if (std::string reason = UnreadReason(in.doc); !reason.empty()) unread->push_back({in.name, reason});
    documents.push_back(std::move(in.doc));
  }
  stats->unread = static_cast<int>(unread->size());
  return documents;
}

// 4. Unit-year pages, each from its group's documents; keep only summaries.
bool UnitYearPages(const std::vector<Document>& documents, const UnitOverrides& overrides,
                   const std::vector<Input>& inputs, const std::vector<MarkdownPage>& pages,
                   Emitter& emitter, std::vector<UnitYearSummary>* summaries, std::string* error) {
  std::map<std::string, const std::string*> bytes_by_file;
  for (const Input& in : inputs) bytes_by_file[in.name] = &in.bytes;
  Outputs outputs;
  for (const UnitYearGroup& group : GroupDocuments(documents, &overrides)) {
    UnitYearSummary summary = Summarize(group);
    std::vector<const std::string*> sources;
    for (const Document* d : group.documents) sources.push_back(bytes_by_file[d->file]);
    MakeUnitYearOutputs(group, summary, sources, pages, &outputs);
    if (!emitter.Emit(&outputs, error)) return false;
    summaries->push_back(std::move(summary));
  }
  return true;
}

}  // namespace

bool Build(FileSystem& fs, const BuildOptions& options, OutputSink& sink, BuildStats* stats,
           std::string* error) {
  if (!ValidateBuildOptions(fs, options, error)) return false;
  // 1. Templates.
  TemplateSet templates;
  const std::string templates_dir = TemplatesDirFor(fs, options);
  if (!templates.Load(fs, templates_dir, error)) return false;

  // 2. Inputs.
  std::vector<Input> inputs;
  std::vector<MarkdownPage> pages;
  if (!ReadInputs(fs, options, &inputs, &pages, stats, error)) return false;

  // 3. Parse, on every core; then what the user set in units.toml wins.
  ParseAll(&inputs, options.jobs);
  std::vector<std::string> names;
  for (const Input& in : inputs) names.push_back(in.name);
  const UnitOverrides overrides = LoadUnitOverrides(fs, options.content_dir, names);
  ReportOverrides(overrides, stats);
  for (Input& in : inputs) ApplyOverrides(overrides, &in.doc);
  std::vector<UnreadFile> unread;
  const std::vector<Document> documents = TakeDocuments(&inputs, &unread, stats);

  // 4. Unit-year pages.
  Emitter emitter(templates, sink, stats);
  std::vector<UnitYearSummary> summaries;
  if (!UnitYearPages(documents, overrides, inputs, pages, emitter, &summaries, error)) return false;

  // 5. Every other page, from the summaries.
  Outputs outputs;
  SiteModel model = BuildSiteModel(std::move(summaries), std::move(unread));
  MakeSitePages(model, pages, &outputs);
  if (!emitter.Emit(&outputs, error)) return false;

  // 6. Data files (the sitemap lists every page written above).
  MakeSiteIndexes(model, pages, &outputs);
  MakeSiteData(model, emitter.SortedHtmlPaths(), options.base_url, &outputs);
  if (!emitter.Emit(&outputs, error)) return false;

  // 7. Static assets, as they are in templates/assets/, and the search library.
  TemplateFiles files;
  if (!LoadTemplateFiles(fs, templates_dir, &files, error)) return false;
  for (const auto& [path, bytes] : files.static_files)
    if (!emitter.Write(path, bytes, error)) return false;
  return true;
}

}  // namespace gongkai
