#include "incremental.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "build_cache.h"
#include "content_hash.h"
#include "diagnostics.h"
#include "pages.h"
#include "parse.h"
#include "publish.h"
#include "render_html.h"
#include "site_model.h"
#include "summary_json.h"

namespace gongkai {
namespace {

using Json = nlohmann::json;

// An input modified this close to the start of the build that read it may
// change again within the same mtime tick (coarse clocks, 1 s on some
// filesystems): its stamp is not trusted next time ("racily clean", as git).
constexpr std::int64_t kRacyNs = 1'000'000'000;

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Relative(const std::string& path, const std::string& dir) {
  std::string prefix = EndsWith(dir, "/") ? dir : dir + "/";
  return path.rfind(prefix, 0) == 0 ? path.substr(prefix.size()) : path;
}

std::int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// GONGKAI_TIMING=1 prints how long each phase took (for tuning).
class PhaseTimer {
 public:
  PhaseTimer() : on_(std::getenv("GONGKAI_TIMING") != nullptr) {}
  void Mark(const char* phase) {
    if (!on_) return;
    auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "  %-10s %7.1f ms\n", phase, std::chrono::duration<double, std::milli>(now - last_).count());
    last_ = now;
  }

 private:
  bool on_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// Runs fn(i, worker) for every i < n on up to `jobs` threads.
template <typename Fn>
void ParallelFor(std::size_t n, int jobs, const Fn& fn) {
  std::atomic<std::size_t> next{0};
  auto work = [&](int worker) {
    for (std::size_t i; (i = next++) < n;) fn(i, worker);
  };
  std::vector<std::thread> threads;
  const int count = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(std::max(1, jobs)), std::max<std::size_t>(n, 1)));
  for (int t = 1; t < count; ++t) threads.emplace_back(work, t);
  work(0);
  for (std::thread& t : threads) t.join();
}

enum class InputState { kUnchanged, kAdded, kChanged };

struct Input {
  std::string name;  // relative to the content folder: the cache key and Document::file
  std::string path;  // as listed
  InputState state = InputState::kUnchanged;
  InputRecord record;
  bool parsed = false;
  std::vector<Diagnostic> diagnostics;
  std::string error;
};

// Templates, assets and the search library: what every output may depend on.
struct TemplateFiles {
  std::string hash;
  std::map<std::string, std::string> static_files;  // output path -> bytes
};

bool LoadTemplateFiles(FileSystem& fs, const std::string& dir, TemplateFiles* t, std::string* error) {
  Hasher h;
  h.Add("templates");
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

// The outcome of one parsed document: its warnings, and its unit-year group
// as GroupDocuments makes it, or why it has none.
void OutcomeOf(Document doc, InputRecord* record) {
  record->warnings = CountWarnings(doc.diagnostics);
  record->unread = UnreadReason(doc);
  record->unit_slug.clear();
  record->year = 0;
  if (!record->unread.empty()) return;
  std::vector<Document> one;
  one.push_back(std::move(doc));
  std::vector<UnitYearGroup> groups = GroupDocuments(one);
  record->unit_slug = groups.front().unit_slug;
  record->year = groups.front().year;
}

// .gongkai/groups: one line per group, {"key", "outputs", "summary"}. Read
// as raw lines by key; a line is parsed only by the worker that needs it, so
// the JSON of every summary is never in memory at once.
std::map<std::string, std::string> LoadGroupLines(FileSystem& fs, const std::string& file) {
  std::map<std::string, std::string> lines;
  std::string error;
  std::optional<std::string> text = fs.Exists(file) ? fs.ReadFile(file, &error) : std::nullopt;
  if (!text) return lines;
  const std::string prefix = "{\"key\":\"";
  std::istringstream in(*text);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(prefix, 0) != 0 || line.size() < prefix.size() + 33) continue;
    lines[line.substr(prefix.size(), 32)] = std::move(line);
  }
  return lines;
}

struct StoredGroup {
  std::vector<std::string> outputs;
  std::optional<UnitYearSummary> summary;
};

// nullopt when the line is damaged: a cache miss.
std::optional<StoredGroup> ParseGroupLine(const std::string& line) {
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || !j.contains("outputs") || !j["outputs"].is_array() || !j.contains("summary"))
    return std::nullopt;
  StoredGroup g;
  for (const Json& p : j["outputs"]) {
    if (!p.is_string()) return std::nullopt;
    g.outputs.push_back(p.get<std::string>());
  }
  g.summary = SummaryFromCacheJson(j["summary"]);
  if (!g.summary || g.outputs.empty()) return std::nullopt;
  return g;
}

// One unit-year group of this build.
struct Group {
  std::string slug;
  int year = 0;
  std::vector<std::size_t> members;  // indexes into the inputs, by name
  std::string key;                   // hash of the members' paths and parse keys
  std::string render_key;            // key + templates + navigation
  std::optional<UnitYearSummary> summary;
  std::vector<std::string> outputs;
  std::string line;  // its line in .gongkai/groups when kept
};

// Serializes every publisher call and shared record of the render phases.
struct Shared {
  std::mutex mu;
  Publisher* publisher;
  BuildCache* fresh;  // output records of the new tree
  BuildStats* stats;
  bool explain = false;
  std::string error;

  // Writes `bytes` at `path`; explains when it was actually written.
  bool Put(const std::string& path, const std::string& bytes, const std::string& view_hash,
           const std::string& reason) {
    std::lock_guard<std::mutex> lock(mu);
    if (!error.empty()) return false;
    if (!IsSafeOutputPath(path)) {
      error = "refusing to write unsafe output path: " + path;
      return false;
    }
    const int before = publisher->stats().written;
    std::string e;
    if (!publisher->Put(path, bytes, &e)) {
      error = e;
      return false;
    }
    fresh->StoreOutput(path, {view_hash, ContentHash(bytes)});
    if (explain && publisher->stats().written > before) stats->explain.push_back(path + ": " + reason);
    return true;
  }

  // Carries the live file over; false (no error) when it is not there.
  bool Keep(const std::string& path, const OutputRecord& record) {
    std::lock_guard<std::mutex> lock(mu);
    std::string e;
    if (!error.empty() || !publisher->Keep(path, &e)) return false;
    fresh->StoreOutput(path, record);
    return true;
  }

  void Fail(const std::string& e) {
    std::lock_guard<std::mutex> lock(mu);
    if (error.empty()) error = e;
  }
};

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

}  // namespace

std::string GroupsFileFor(const std::string& cache_dir) { return cache_dir + "/groups"; }

bool IncrementalBuild(FileSystem& fs, const BuildOptions& options, BuildStats* stats,
                      std::string* error) {
  if (!ValidateBuildOptions(fs, options, error)) return false;
  const int jobs = std::max(1, options.jobs);
  const std::string version = GONGKAI_VERSION;
  const std::int64_t started_ns = NowNs();
  PhaseTimer timer;

  // 1. Templates: one renderer per thread (a TemplateSet caches compiled
  // templates and is not shared across threads).
  const std::string templates_dir = TemplatesDirFor(fs, options);
  TemplateFiles templates;
  if (!LoadTemplateFiles(fs, templates_dir, &templates, error)) return false;
  std::vector<TemplateSet> renderers(static_cast<std::size_t>(jobs));
  for (TemplateSet& r : renderers)
    if (!r.Load(fs, templates_dir, error)) return false;
  const std::string options_hash = Hasher().Add("options").Add(options.base_url).Hex();

  timer.Mark("templates");
  // 2. Lock the output, then trust (or not) the cache.
  const std::string cache_dir = CacheDataDirFor(options.out_dir);
  Publisher publisher;
  if (!publisher.Begin(options.out_dir, error)) return false;
  std::string message;
  const BuildCache old = LoadBuildCache(fs, cache_dir, version, templates.hash, &message);
  if (!message.empty()) stats->messages.push_back(message);
  const bool templates_changed = !old.loaded_templates_hash.empty() && old.loaded_templates_hash != templates.hash;

  timer.Mark("lock+cache");
  // 3. Inputs: a matching stamp means unchanged; otherwise read and hash.
  std::vector<Input> inputs, page_inputs;
  for (const std::string& path : fs.ListFiles(options.content_dir)) {
    const bool is_page = EndsWith(path, ".md");
    if (!is_page && !IsDisclosurePath(path)) continue;
    Input in;
    in.name = Relative(path, options.content_dir);
    in.path = path;
    std::optional<FileStamp> stamp = StatFile(path);
    const InputRecord* rec = old.LookupInput(in.name);
    if (stamp && rec && rec->Matches(*stamp) && is_page != rec->IsDisclosure()) {
      in.record = *rec;
    } else {
      in.state = rec ? InputState::kChanged : InputState::kAdded;
      if (stamp) in.record.size = stamp->size, in.record.mtime_ns = stamp->mtime_ns;
    }
    (is_page ? page_inputs : inputs).push_back(std::move(in));
  }
  stats->documents = static_cast<int>(inputs.size());
  stats->markdown_pages = static_cast<int>(page_inputs.size());

  timer.Mark("stat");
  // Markdown pages are few and small: always read.
  std::vector<MarkdownPage> pages;
  for (Input& in : page_inputs) {
    std::optional<std::string> bytes = fs.ReadFile(in.path, error);
    if (!bytes) {
      *error = in.path + ": " + *error;
      return false;
    }
    in.record.content_hash = ContentHash(*bytes);
    in.record.parse_key = in.record.content_hash;
    const InputRecord* rec = old.LookupInput(in.name);
    in.state = !rec ? InputState::kAdded
               : rec->content_hash != in.record.content_hash || rec->IsDisclosure() ? InputState::kChanged
                                                                                      : InputState::kUnchanged;
    pages.push_back(MakeMarkdownPage(in.name, *bytes));
  }
  std::sort(pages.begin(), pages.end(), [](const MarkdownPage& a, const MarkdownPage& b) { return a.slug < b.slug; });

  // 4. Changed or new disclosures: hash; parse (both cores) only when the
  // bytes changed; store the parse result and forget the document.
  std::mutex progress_mu;
  int to_read = 0, done = 0;
  for (const Input& in : inputs) to_read += in.state != InputState::kUnchanged;
  ParallelFor(inputs.size(), jobs, [&](std::size_t i, int) {
    Input& in = inputs[i];
    if (in.state == InputState::kUnchanged) return;
    std::string e;
    std::optional<std::string> bytes = fs.ReadFile(in.path, &e);
    if (!bytes) {
      in.error = in.path + ": " + e;
      return;
    }
    in.record.content_hash = ContentHash(*bytes);
    in.record.parse_key = ParseKey(in.name, in.record.content_hash, version);
    const InputRecord* rec = old.LookupInput(in.name);
    if (rec && rec->parse_key == in.record.parse_key && rec->IsDisclosure()) {
      in.record.unit_slug = rec->unit_slug;  // touched, not changed
      in.record.year = rec->year;
      in.record.warnings = rec->warnings;
      in.record.unread = rec->unread;
      in.state = InputState::kUnchanged;
    } else {
      std::optional<Document> doc = LoadParsed(fs, cache_dir, in.record.parse_key);
      if (!doc) {
        doc = ParseDocument(in.name, *bytes);
        in.parsed = true;
        in.diagnostics = doc->diagnostics;
        if (!StoreParsed(fs, cache_dir, in.record.parse_key, *doc, &e)) in.error = e;
      }
      OutcomeOf(std::move(*doc), &in.record);
    }
    if (options.progress) {
      std::lock_guard<std::mutex> lock(progress_mu);
      options.progress("parse", ++done, to_read);
    }
  });
  for (const Input& in : inputs) {
    if (!in.error.empty()) {
      *error = in.error;
      return false;
    }
    if (in.parsed) ++stats->parsed;
    for (const Diagnostic& d : in.diagnostics) stats->diagnostics.push_back(d);
    stats->warnings += in.record.warnings;
    stats->unread += !in.record.unread.empty();
  }
  stats->cached = stats->documents - stats->parsed;

  // The next cache's input records (stamps too close to this build smudged).
  BuildCache fresh;
  fresh.gongkai_version = version;
  fresh.templates_hash = templates.hash;
  fresh.options_hash = options_hash;
  for (const std::vector<Input>* list : {&inputs, &page_inputs})
    for (const Input& in : *list) {
      InputRecord r = in.record;
      if (r.mtime_ns >= started_ns - kRacyNs) r.mtime_ns = -1;
      fresh.StoreInput(in.name, r);
    }

  timer.Mark("parse");
  // 5. Nothing changed at all: the live site is exactly right already.
  bool nothing_changed = message.empty() && !old.loaded_templates_hash.empty() &&
                         old.options_hash == options_hash && old.inputs.size() == fresh.inputs.size() &&
                         fs.Exists(options.out_dir + "/index.html");
  for (const std::vector<Input>* list : {&inputs, &page_inputs})
    for (const Input& in : *list) nothing_changed = nothing_changed && in.state == InputState::kUnchanged;
  if (nothing_changed) {
    publisher.Abort();
    fresh.outputs = old.outputs;
    if (!SaveBuildCache(fs, cache_dir, fresh, error)) return false;
    stats->skipped = true;
    stats->unchanged = static_cast<int>(old.outputs.size());
    for (const auto& [path, r] : old.outputs) stats->pages += EndsWith(path, ".html");
    stats->files = stats->unchanged;
    if (options.explain)
      stats->explain.push_back("nothing changed (inputs, templates, options): the live site is up to date; "
                               "publishing skipped");
    return true;
  }

  // 6. Unit-year groups and unread files, from the input records alone.
  std::map<std::pair<std::string, int>, std::vector<std::size_t>> members;
  std::vector<UnreadFile> unread;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const InputRecord& r = inputs[i].record;
    if (!r.unread.empty()) unread.push_back({inputs[i].name, r.unread});
    else members[{r.unit_slug, r.year}].push_back(i);
  }
  Hasher nav_hasher;
  nav_hasher.Add("navigation");
  for (const MarkdownPage& p : pages) nav_hasher.Add(p.slug).Add(p.title);
  const std::string nav_hash = nav_hasher.Hex();
  std::vector<Group> groups;
  for (auto& [key, list] : members) {
    Group g;
    g.slug = key.first;
    g.year = key.second;
    g.members = std::move(list);
    Hasher h;
    h.Add("group").Add(version);
    for (std::size_t i : g.members) h.Add(inputs[i].name).Add(inputs[i].record.parse_key);
    g.key = h.Hex();
    g.render_key = Hasher().Add("unit-year").Add(g.key).Add(templates.hash).Add(nav_hash).Hex();
    groups.push_back(std::move(g));
  }
  std::map<std::string, std::string> stored = LoadGroupLines(fs, GroupsFileFor(cache_dir));

  timer.Mark("groups");
  Shared shared;
  shared.publisher = &publisher;
  shared.fresh = &fresh;
  shared.stats = stats;
  shared.explain = options.explain;

  // 7. Unit-year outputs: kept when the render key matches, else rendered
  // from the group's documents (loaded here, dropped after).
  done = 0;
  ParallelFor(groups.size(), jobs, [&](std::size_t gi, int worker) {
    Group& g = groups[gi];
    auto s = stored.find(g.key);
    std::optional<StoredGroup> cached = s != stored.end() ? ParseGroupLine(s->second) : std::nullopt;
    std::set<std::string> kept;
    if (cached) {
      bool keep = true;
      for (const std::string& p : cached->outputs) {
        const OutputRecord* r = old.LookupOutput(p);
        keep = keep && r && r->view_hash == g.render_key;
      }
      if (keep) {
        // Kept files are right; one missing from the live site (deleted
        // by hand) makes the group render, writing only what is missing.
        for (const std::string& p : cached->outputs)
          if (shared.Keep(p, *old.LookupOutput(p))) kept.insert(p);
        if (kept.size() == cached->outputs.size()) {
          g.outputs = std::move(cached->outputs);
          g.summary = std::move(cached->summary);
          g.line = s->second;
          return;
        }
      }
    }
    // Why it is rendered.
    std::vector<std::string> why;
    for (std::size_t i : g.members) {
      const Input& in = inputs[i];
      if (in.state == InputState::kAdded) why.push_back("input " + in.path + " added");
      if (in.state == InputState::kChanged) why.push_back("input " + in.path + " changed");
    }
    const std::string page = "units/" + g.slug + "/" + YearSlug(g.year) + "/index.html";
    const OutputRecord* page_record = old.LookupOutput(page);
    std::string reason = !why.empty() ? Join(why, ", ")
                         : templates_changed ? "templates changed"
                         : !page_record ? (old.outputs.empty() ? "no cached output" : "new unit-year")
                         : !cached ? "an input left this unit-year"
                         : page_record->view_hash != g.render_key ? "Markdown pages (navigation) changed"
                                                                  : "missing from the live site";
    // Load (or parse again) the documents and read the sources.
    std::vector<Document> docs;
    std::vector<std::string> sources;
    for (std::size_t i : g.members) {
      const Input& in = inputs[i];
      std::string e;
      std::optional<std::string> bytes = fs.ReadFile(in.path, &e);
      if (!bytes) return shared.Fail(in.path + ": " + e);
      std::optional<Document> doc = LoadParsed(fs, cache_dir, in.record.parse_key);
      if (!doc) doc = ParseDocument(in.name, *bytes);
      docs.push_back(std::move(*doc));
      sources.push_back(std::move(*bytes));
    }
    std::vector<UnitYearGroup> made = GroupDocuments(docs);
    if (made.size() != 1) return shared.Fail("build cache: inconsistent unit-year group " + page);
    std::vector<const std::string*> source_ptrs;
    for (const Document* d : made.front().documents)
      for (std::size_t k = 0; k < docs.size(); ++k)
        if (&docs[k] == d) source_ptrs.push_back(&sources[k]);
    UnitYearSummary summary = Summarize(made.front());
    Outputs outs;
    MakeUnitYearOutputs(made.front(), summary, source_ptrs, pages, &outs);
    for (const PageOutput& p : outs.pages) {
      g.outputs.push_back(p.path);
      if (kept.count(p.path)) continue;
      std::string html, e;
      if (!renderers[static_cast<std::size_t>(worker)].Render(p, &html, &e)) return shared.Fail(e);
      if (!shared.Put(p.path, html, g.render_key, reason)) return;
    }
    for (const FileOutput& f : outs.files) {
      g.outputs.push_back(f.path);
      if (!kept.count(f.path) && !shared.Put(f.path, f.bytes, g.render_key, reason)) return;
    }
    g.summary = std::move(summary);
    if (options.progress) {
      std::lock_guard<std::mutex> lock(progress_mu);
      options.progress("render", ++done, static_cast<int>(groups.size()));
    }
  });
  if (!shared.error.empty()) {
    *error = shared.error;
    return false;
  }

  timer.Mark("unit-years");
  stored.clear();
  // The summaries store: this build's groups only.
  std::string groups_text;
  std::vector<UnitYearSummary> summaries;
  std::vector<std::string> html_paths;
  for (Group& g : groups) {
    if (g.line.empty())
      g.line = Json{{"key", g.key}, {"outputs", g.outputs}, {"summary", SummaryToCacheJson(*g.summary)}}.dump();
    groups_text += g.line + "\n";
    html_paths.push_back(UnitYearPath(*g.summary));
    summaries.push_back(std::move(*g.summary));
  }
  groups.clear();
  if (!fs.WriteFile(GroupsFileFor(cache_dir), groups_text, error)) return false;
  std::string().swap(groups_text);

  timer.Mark("summaries");
  // 8. Every other page, from the summaries: kept when its view is the same.
  SiteModel model = BuildSiteModel(std::move(summaries), std::move(unread));
  Outputs site;
  MakeSitePages(model, pages, &site);
  timer.Mark("site model");
  ParallelFor(site.pages.size(), jobs, [&](std::size_t i, int worker) {
    const PageOutput& p = site.pages[i];
    const std::string view_hash =
        Hasher().Add("page").Add(p.template_name).Add(p.view.dump()).Add(templates.hash).Hex();
    const OutputRecord* r = old.LookupOutput(p.path);
    if (r && r->view_hash == view_hash && shared.Keep(p.path, *r)) return;
    std::string html, e;
    if (!renderers[static_cast<std::size_t>(worker)].Render(p, &html, &e)) return shared.Fail(e);
    shared.Put(p.path, html, view_hash,
               !r ? (old.outputs.empty() ? "no cached output" : "new page")
               : templates_changed ? "templates changed"
                                   : "view data changed");
  });
  if (!shared.error.empty()) {
    *error = shared.error;
    return false;
  }
  timer.Mark("site pages");
  for (const PageOutput& p : site.pages) html_paths.push_back(p.path);
  std::sort(html_paths.begin(), html_paths.end());
  stats->pages = static_cast<int>(html_paths.size());
  site = Outputs();

  // 9. Data files and static assets: kept when their bytes are the same.
  MakeSiteData(model, pages, html_paths, options.base_url, &site);
  for (auto& [path, bytes] : templates.static_files) site.files.push_back({path, std::move(bytes)});
  for (const FileOutput& f : site.files) {
    const std::string hash = ContentHash(f.bytes);
    const OutputRecord* r = old.LookupOutput(f.path);
    if (r && r->bytes_hash == hash && shared.Keep(f.path, *r)) continue;
    if (!shared.Put(f.path, f.bytes, hash, !r ? (old.outputs.empty() ? "no cached output" : "new file") : "content changed")) {
      *error = shared.error;
      return false;
    }
  }
  timer.Mark("data files");
  stats->files = static_cast<int>(fresh.outputs.size());
  if (options.explain)
    for (const auto& [path, r] : old.outputs)
      if (!fresh.outputs.count(path)) stats->explain.push_back("removed " + path + ": no longer produced (input gone)");

  // 10. Switch the site in. The old cache describes the old site: it goes
  // first, so a build killed around the switch never trusts it.
  ::unlink((cache_dir + "/cache").c_str());
  if (!publisher.Commit(error)) return false;
  timer.Mark("commit");
  stats->written = publisher.stats().written;
  stats->unchanged = publisher.stats().unchanged;
  stats->removed = publisher.stats().removed;
  if (!SaveBuildCache(fs, cache_dir, fresh, error)) return false;
  PruneParsed(cache_dir, fresh);
  timer.Mark("save cache");
  return true;
}

}  // namespace gongkai
