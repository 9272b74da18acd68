#include "incremental.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "build_cache.h"
#include "build_identity.h"
#include "cache_codec.h"
#include "content_hash.h"
#include "diagnostics.h"
#include "overrides.h"
#include "report_overrides.h"
#include "pages.h"
#include "parse.h"
#include "publish.h"
#include "render_html.h"
#include "site_model.h"
#include "slug.h"

namespace gongkai {
namespace {

// An input modified this close to the start of the build that read it may
// change again within the same mtime tick (coarse clocks, 1 s on some
// filesystems): its stamp is not trusted next time ("racily clean", as git).
constexpr std::int64_t kRacyNs = 1'000'000'000;

std::int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// GONGKAI_TIMING=1 prints how long each phase took (for tuning), and the
// process's resident and peak memory after it (Linux; 0 elsewhere).
class PhaseTimer {
 public:
  PhaseTimer() : on_(std::getenv("GONGKAI_TIMING") != nullptr) {}
  void Mark(const char* phase) {
    if (!on_) return;
    auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "  %-10s %7.1f ms %6ld MB rss %6ld MB peak\n", phase,
                 std::chrono::duration<double, std::milli>(now - last_).count(), StatusMb("VmRSS:"),
                 StatusMb("VmHWM:"));
    last_ = now;
  }

 private:
  static long StatusMb(const char* field) {
    std::FILE* f = std::fopen("/proc/self/status", "r");
    if (!f) return 0;
    char line[256];
    long kb = 0;
    while (std::fgets(line, sizeof line, f))
      if (std::strncmp(line, field, std::strlen(field)) == 0) kb = std::atol(line + std::strlen(field));
    std::fclose(f);
    return kb / 1024;
  }

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
  std::vector<Diagnostic> errors;  // error diagnostics of its parse (BuildStats::errors)
  std::string error;
  // Parsed by this build and kept for rendering (within kKeptParseBytes):
  // rendered from memory, not loaded back from the cache.
  std::optional<Document> doc;
  // After content/units.toml (EffectiveOutcome): why it gives no page ("" when
  // it gives one), and what unit identity reads of it.
  std::string unread;
  DocumentFacts facts;
};

// How much of this build's parse results (their encoded size) stays in
// memory for the unit-year phase; the rest is loaded back from the cache
// one group at a time, so memory stays bounded for any number of inputs.
constexpr std::size_t kKeptParseBytes = 4u << 20;

// The outcome of one parsed document as detected (before units.toml): its
// warnings, what unit identity needs of it, or why it gave no disclosure.
void OutcomeOf(const Document& doc, InputRecord* record) {
  record->warnings = CountWarnings(doc.diagnostics);
  record->unread = UnreadReason(doc);
  const DocumentFacts facts = FactsOf(doc);
  record->unit_name = record->unread.empty() ? facts.name : "";
  record->unit_code = facts.code;
  record->year = facts.year;
  record->kinds = facts.kinds;
}

// The outcome after content/units.toml, as the clean build reaches it by
// applying the overrides to the Document before UnreadReason: a file whose
// only fault was an unrecognised unit name is read when the user names it.
void EffectiveOutcome(const UnitOverrides& overrides, Input* in) {
  const InputRecord& r = in->record;
  in->facts = {in->name, r.unit_name, r.unit_code, r.year, r.kinds, false};
  ApplyOverrides(overrides, &in->facts);
  in->unread = r.unread == kNoUnitName && !in->facts.name.empty() ? "" : r.unread;
}

// .gongkai/groups: one frame per group, its key (32 hex digits), the size
// of its record (8 bytes, little-endian) and the record (cache_codec.h:
// outputs and summary). Read whole and indexed by key; a record is decoded
// only by the worker that needs it. A damaged frame ends the index (the
// groups after it are cache misses: rendered again).
constexpr std::size_t kGroupKeySize = 32;

// .gongkai/<out>/slugs: every text this build transliterated and how
// (slug.h EncodeTransliterations), for the next build.
std::string TransliterationsFileFor(const std::string& cache_dir) { return cache_dir + "/slugs"; }

void AppendGroupFrame(const std::string& key, const std::string& record, std::string* out) {
  out->append(key);
  for (int k = 0; k < 8; ++k) out->push_back(static_cast<char>((record.size() >> (8 * k)) & 0xff));
  out->append(record);
}

struct GroupsStore {
  std::string bytes;
  std::map<std::string, std::string_view> records;  // key -> record
};

void LoadGroups(FileSystem& fs, const std::string& file, GroupsStore* store) {
  std::string error;
  std::optional<std::string> bytes = fs.Exists(file) ? fs.ReadFile(file, &error) : std::nullopt;
  if (!bytes) return;
  store->bytes = std::move(*bytes);
  const std::string_view all = store->bytes;
  for (std::size_t at = 0; at + kGroupKeySize + 8 <= all.size();) {
    std::uint64_t size = 0;
    for (int k = 0; k < 8; ++k)
      size |= static_cast<std::uint64_t>(static_cast<unsigned char>(all[at + kGroupKeySize + k])) << (8 * k);
    const std::size_t start = at + kGroupKeySize + 8;
    if (size > all.size() - start) break;
    store->records[std::string(all.substr(at, kGroupKeySize))] = all.substr(start, size);
    at = start + size;
  }
}

// One unit-year group of this build.
struct Group {
  std::string slug;
  int year = 0;
  const UnitIdentity* unit = nullptr;  // in Run::identities
  std::vector<std::size_t> members;  // indexes into the inputs, by name
  std::string key;                   // hash of the members' paths and parse keys
  std::string render_key;            // key + templates + navigation
  std::optional<UnitYearSummary> summary;
  std::vector<std::string> outputs;
  std::string record;  // its record in .gongkai/groups when kept
};

// Serializes every publisher call and shared record of the render phases.
struct Shared {
  std::mutex mu;
  Publisher* publisher;
  BuildCache* fresh;  // output records of the new tree
  BuildStats* stats;
  bool explain = false;
  std::string error;

  // Writes `bytes` at `path`; explains when it was actually written. The
  // comparison with the live file and the write run outside the lock
  // (Publisher::Put is thread-safe), so threads write at once.
  bool Put(const std::string& path, const std::string& bytes, const std::string& view_hash,
           const std::string& reason) {
    {
      std::lock_guard<std::mutex> lock(mu);
      if (!error.empty()) return false;
    }
    if (!IsSafeOutputPath(path)) {
      Fail("refusing to write unsafe output path: " + path);
      return false;
    }
    std::string e;
    bool staged = false;
    if (!publisher->Put(path, bytes, &e, &staged)) {
      Fail(e);
      return false;
    }
    const std::string hash = ContentHash(bytes);
    std::lock_guard<std::mutex> lock(mu);
    fresh->StoreOutput(path, {view_hash, hash});
    if (explain && staged) stats->explain.push_back(path + ": " + reason);
    return true;
  }

  // Carries the live file over; false (no error) when it is not there.
  bool Keep(const std::string& path, const OutputRecord& record) {
    {
      std::lock_guard<std::mutex> lock(mu);
      if (!error.empty()) return false;
    }
    std::string e;
    if (!publisher->Keep(path, &e)) return false;
    std::lock_guard<std::mutex> lock(mu);
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

// The state one build passes from phase to phase.
struct Run {
  Run(FileSystem& f, const BuildOptions& o, BuildStats* s)
      : fs(f), options(o), stats(s), jobs(std::max(1, o.jobs)), cache_dir(CacheDataDirFor(o.out_dir)), publisher(f) {}

  FileSystem& fs;
  const BuildOptions& options;
  BuildStats* stats;
  const int jobs;
  const std::string version = BuildIdentity();
  const std::string cache_dir;
  const std::int64_t started_ns = NowNs();
  PhaseTimer timer;
  std::mutex progress_mu;

  TemplateFiles templates;
  std::vector<TemplateSet> renderers;  // one per thread: a TemplateSet caches compiled templates
  std::string options_hash;
  Publisher publisher;
  BuildCache old;                      // what the last build left
  std::string cache_message;
  bool templates_changed = false;
  std::vector<Input> inputs;           // disclosures, by name
  std::vector<Input> page_inputs;      // Markdown pages
  std::vector<MarkdownPage> pages;
  BuildCache fresh;                    // this build's records
  UnitOverrides overrides;            // content/units.toml
  Identities identities;              // of the read inputs (unit_identity.h)
  std::vector<UnreadFile> unread;
  std::vector<Group> groups;
  std::string groups_bytes;            // the next .gongkai/groups
  std::vector<UnitYearSummary> summaries;
  std::vector<std::string> html_paths;
  Shared shared;
};

// 1. Templates, and one renderer per thread.
bool LoadTemplates(Run& run, std::string* error) {
  const std::string dir = TemplatesDirFor(run.fs, run.options);
  if (!LoadTemplateFiles(run.fs, dir, &run.templates, error)) return false;
  run.renderers.resize(static_cast<std::size_t>(run.jobs));
  for (TemplateSet& r : run.renderers)
    if (!r.Load(run.fs, dir, error)) return false;
  run.options_hash = Hasher().Add("options").Add(run.options.base_url).Hex();
  run.timer.Mark("templates");
  return true;
}

// 2. Lock the output (finishing a killed build's commit), then trust the
// cache or not.
bool LockAndLoadCache(Run& run, std::string* error) {
  if (!run.publisher.Begin(run.options.out_dir, error)) return false;
  run.old = LoadBuildCache(run.fs, run.cache_dir, run.version, run.templates.hash, &run.cache_message);
  if (!run.cache_message.empty()) run.stats->messages.push_back(run.cache_message);
  run.templates_changed =
      !run.old.loaded_templates_hash.empty() && run.old.loaded_templates_hash != run.templates.hash;
  // The last build's transliterations (slug.h): unit identity and the site
  // pages then transliterate only names that are new.
  if (std::string e; run.fs.Exists(TransliterationsFileFor(run.cache_dir)))
    if (std::optional<std::string> bytes = run.fs.ReadFile(TransliterationsFileFor(run.cache_dir), &e))
      LearnTransliterations(*bytes);
  run.timer.Mark("lock+cache");
  return true;
}

// 3. Inputs: a stamp matching the cache means unchanged, without reading.
void ScanInputs(Run& run) {
  for (const ContentFile& file : ListContent(run.fs, run.options.content_dir)) {
    Input in;
    in.name = file.name;
    in.path = file.path;
    std::optional<FileStamp> stamp = StatFile(file.path);
    const InputRecord* rec = run.old.LookupInput(in.name);
    if (stamp && rec && rec->Matches(*stamp) && file.is_page != rec->IsDisclosure()) {
      in.record = *rec;
    } else {
      in.state = rec ? InputState::kChanged : InputState::kAdded;
      if (stamp) in.record.size = stamp->size, in.record.mtime_ns = stamp->mtime_ns;
    }
    (file.is_page ? run.page_inputs : run.inputs).push_back(std::move(in));
  }
  run.stats->documents = static_cast<int>(run.inputs.size());
  run.stats->markdown_pages = static_cast<int>(run.page_inputs.size());
  run.timer.Mark("stat");
}

// 4. Markdown pages are few and small: always read.
bool ReadMarkdownPages(Run& run, std::string* error) {
  for (Input& in : run.page_inputs) {
    std::optional<std::string> bytes = run.fs.ReadFile(in.path, error);
    if (!bytes) {
      *error = in.path + ": " + *error;
      return false;
    }
    in.record.content_hash = ContentHash(*bytes);
    in.record.parse_key = in.record.content_hash;
    const InputRecord* rec = run.old.LookupInput(in.name);
    in.state = !rec ? InputState::kAdded
               : rec->content_hash != in.record.content_hash || rec->IsDisclosure() ? InputState::kChanged
                                                                                      : InputState::kUnchanged;
    run.pages.push_back(MakeMarkdownPage(in.name, *bytes));
  }
  std::sort(run.pages.begin(), run.pages.end(),
            [](const MarkdownPage& a, const MarkdownPage& b) { return a.slug < b.slug; });
  return true;
}

// 4b. content/units.toml: read every build (its warnings are shown every
// time, like a compiler's); its hash joins the options hash, so an edit to
// it alone is not "nothing changed".
void LoadOverrides(Run& run) {
  std::vector<std::string> names;
  for (const Input& in : run.inputs) names.push_back(in.name);
  run.overrides = LoadUnitOverrides(run.fs, run.options.content_dir, names);
  ReportOverrides(run.overrides, run.stats);
  if (!run.overrides.hash.empty()) run.options_hash = Hasher().Add(run.options_hash).Add("units.toml").Add(run.overrides.hash).Hex();
}

// 5. Changed or new disclosures: hash; parse (every core) only when the
// bytes changed; store the parse result; keep it in memory while within
// kKeptParseBytes. Then the next cache's input records.
bool ParseChangedInputs(Run& run, std::string* error) {
  int to_read = 0, done = 0;
  for (const Input& in : run.inputs) to_read += in.state != InputState::kUnchanged;
  std::atomic<std::size_t> kept_bytes{0};
  ParallelFor(run.inputs.size(), run.jobs, [&](std::size_t i, int) {
    Input& in = run.inputs[i];
    if (in.state == InputState::kUnchanged) return;
    std::string e;
    ContentRead content;  // bytes, or why the file is refused (input_limits.h)
    if (!ReadContent(run.fs, in.path, &content, &e)) {
      in.error = in.path + ": " + e;
      return;
    }
    in.record.content_hash = ContentHash(content.bytes ? *content.bytes : "refused: " + content.refused);
    in.record.parse_key = ParseKey(in.name, in.record.content_hash, run.version);
    const InputRecord* rec = run.old.LookupInput(in.name);
    if (rec && rec->parse_key == in.record.parse_key && rec->IsDisclosure()) {
      in.record.unit_name = rec->unit_name;  // touched, not changed
      in.record.unit_code = rec->unit_code;
      in.record.kinds = rec->kinds;
      in.record.year = rec->year;
      in.record.warnings = rec->warnings;
      in.record.unread = rec->unread;
      in.state = InputState::kUnchanged;
    } else {
      std::optional<Document> doc = LoadParsed(run.fs, run.cache_dir, in.record.parse_key);
      std::size_t size = 0;
      if (!doc) {
        doc = content.bytes ? ParseDocument(in.name, *content.bytes) : RefusedDocument(in.name, content.refused);
        in.parsed = true;
        for (const Diagnostic& d : doc->diagnostics)
          if (d.severity == Severity::kError) in.errors.push_back(d);
        if (!StoreParsed(run.fs, run.cache_dir, in.record.parse_key, *doc, &e, &size)) in.error = e;
      }
      OutcomeOf(*doc, &in.record);
      if (in.parsed && (kept_bytes += size) <= kKeptParseBytes) in.doc = std::move(doc);
    }
    if (run.options.progress) {
      std::lock_guard<std::mutex> lock(run.progress_mu);
      run.options.progress("parse", ++done, to_read);
    }
  });
  BuildStats& stats = *run.stats;
  for (Input& in : run.inputs) {
    if (!in.error.empty()) {
      *error = in.error;
      return false;
    }
    if (in.parsed) ++stats.parsed;
    stats.errors.insert(stats.errors.end(), in.errors.begin(), in.errors.end());
    stats.warnings += in.record.warnings;
    EffectiveOutcome(run.overrides, &in);
    stats.unread += !in.unread.empty();
  }
  stats.cached = stats.documents - stats.parsed;

  // Stamps too close to this build are smudged ("racily clean").
  run.fresh.gongkai_version = run.version;
  run.fresh.templates_hash = run.templates.hash;
  run.fresh.options_hash = run.options_hash;
  for (const std::vector<Input>* list : {&run.inputs, &run.page_inputs})
    for (const Input& in : *list) {
      InputRecord r = in.record;
      if (r.mtime_ns >= run.started_ns - kRacyNs) r.mtime_ns = -1;
      run.fresh.StoreInput(in.name, r);
    }
  run.timer.Mark("parse");
  return true;
}

// 6. Nothing changed at all (inputs, templates, options): the live site is
// exactly right already. True when the build is done.
bool SkipWhenNothingChanged(Run& run, bool* ok, std::string* error) {
  const BuildCache& old = run.old;
  bool nothing_changed = run.cache_message.empty() && !old.loaded_templates_hash.empty() &&
                         old.options_hash == run.options_hash && old.inputs.size() == run.fresh.inputs.size() &&
                         run.fs.Exists(run.options.out_dir + "/index.html");
  for (const std::vector<Input>* list : {&run.inputs, &run.page_inputs})
    for (const Input& in : *list) nothing_changed = nothing_changed && in.state == InputState::kUnchanged;
  if (!nothing_changed) return false;
  run.publisher.Abort();
  run.fresh.outputs = old.outputs;
  *ok = SaveBuildCache(run.fs, run.cache_dir, run.fresh, error);
  BuildStats& stats = *run.stats;
  stats.skipped = true;
  stats.unchanged = static_cast<int>(old.outputs.size());
  for (const auto& [path, r] : old.outputs) stats.pages += path.ends_with(".html");
  stats.files = stats.unchanged;
  if (run.options.explain)
    stats.explain.push_back("nothing changed (inputs, templates, options): the live site is up to date; "
                            "publishing skipped");
  return true;
}

// 7. Unit-year groups and unread files, from the input records alone.
void FormGroups(Run& run) {
  std::vector<std::size_t> read;
  std::vector<DocumentFacts> facts;
  for (std::size_t i = 0; i < run.inputs.size(); ++i) {
    const Input& in = run.inputs[i];
    if (!in.unread.empty()) {
      run.unread.push_back({in.name, in.unread});
      continue;
    }
    read.push_back(i);
    facts.push_back(in.facts);
  }
  run.identities = IdentifyUnits(facts, &run.overrides.units);
  std::map<std::pair<std::string, int>, std::vector<std::size_t>> members;
  for (std::size_t k = 0; k < read.size(); ++k)
    members[{run.identities.units[run.identities.unit_of[k]].slug, facts[k].year}].push_back(read[k]);
  std::map<std::string, const UnitIdentity*> unit_of_slug;
  for (const UnitIdentity& u : run.identities.units) unit_of_slug[u.slug] = &u;
  Hasher nav_hasher;
  nav_hasher.Add("navigation");
  for (const MarkdownPage& p : run.pages) nav_hasher.Add(p.slug).Add(p.title);
  const std::string nav_hash = nav_hasher.Hex();
  for (auto& [key, list] : members) {
    Group g;
    g.slug = key.first;
    g.year = key.second;
    g.members = std::move(list);
    g.unit = unit_of_slug.at(g.slug);
    // The unit's identity and the members' overrides are part of the key: a
    // new alias, name or override re-renders exactly the unit-years they touch.
    Hasher h;
    h.Add("group").Add(run.version).Add(g.unit->name).Add(g.unit->name_set_by_user ? "user" : "detected");
    for (const UnitAlias& a : g.unit->aliases) h.Add(a.name).Add(a.set_by_user ? "user" : "seen");
    for (std::size_t i : g.members) {
      const Input& in = run.inputs[i];
      h.Add(in.name).Add(in.record.parse_key);
      if (auto o = run.overrides.files.find(in.name); o != run.overrides.files.end())
        h.Add("override").Add(o->second.unit).Add(o->second.code).Add(std::to_string(o->second.year))
            .Add(Join(o->second.kinds, ","));
    }
    g.key = h.Hex();
    g.render_key = Hasher().Add("unit-year").Add(g.key).Add(run.templates.hash).Add(nav_hash).Hex();
    run.groups.push_back(std::move(g));
  }
  run.shared.publisher = &run.publisher;
  run.shared.fresh = &run.fresh;
  run.shared.stats = run.stats;
  run.shared.explain = run.options.explain;
  run.timer.Mark("groups");
}

// Why a group's outputs are rendered again (for --explain).
std::string RenderReason(const Run& run, const Group& g, bool was_stored) {
  std::vector<std::string> why;
  for (std::size_t i : g.members) {
    const Input& in = run.inputs[i];
    if (in.state == InputState::kAdded) why.push_back("input " + in.path + " added");
    if (in.state == InputState::kChanged) why.push_back("input " + in.path + " changed");
  }
  if (!why.empty()) return Join(why, ", ");
  if (run.templates_changed) return "templates changed";
  // Group keys depend on the options hash only through units.toml.
  const std::string overrides = run.old.options_hash != run.options_hash ? " (content/units.toml changed)" : "";
  const OutputRecord* page = run.old.LookupOutput("units/" + g.slug + "/" + YearSlug(g.year) + "/index.html");
  if (!page) return run.old.outputs.empty() ? "no cached output" : "new unit-year" + overrides;
  if (!was_stored) return overrides.empty() ? "an input left this unit-year or its unit changed" : "unit identity or overrides" + overrides;
  if (page->view_hash != g.render_key) return "Markdown pages (navigation) changed";
  return "missing from the live site";
}

// Keeps a group's live outputs when its render key matches; true when
// every one of them was kept. `kept` gets those that were.
bool KeepGroup(Run& run, Group& g, std::optional<StoredGroup>& stored, std::string_view record,
               std::set<std::string>* kept) {
  if (!stored || stored->outputs.empty()) return false;
  for (const std::string& p : stored->outputs) {
    const OutputRecord* r = run.old.LookupOutput(p);
    if (!r || r->view_hash != g.render_key) return false;
  }
  // Kept files are right; one missing from the live site (deleted by hand)
  // makes the group render, writing only what is missing.
  for (const std::string& p : stored->outputs)
    if (run.shared.Keep(p, *run.old.LookupOutput(p))) kept->insert(p);
  if (kept->size() != stored->outputs.size()) return false;
  g.outputs = std::move(stored->outputs);
  g.summary = std::move(stored->summary);
  g.record = record;
  return true;
}

// Renders one group from its documents: kept in memory by phase 5, else
// loaded from the cache (or parsed again when the cache lost them).
void RenderGroup(Run& run, Group& g, const std::set<std::string>& kept, const std::string& reason, int worker) {
  std::vector<Document> docs;
  std::vector<std::string> sources;
  for (std::size_t i : g.members) {
    Input& in = run.inputs[i];
    std::string e;
    std::optional<std::string> bytes = run.fs.ReadFile(in.path, &e);
    if (!bytes) return run.shared.Fail(in.path + ": " + e);
    std::optional<Document> doc = std::move(in.doc);
    in.doc.reset();
    if (!doc) doc = LoadParsed(run.fs, run.cache_dir, in.record.parse_key);
    if (!doc) doc = ParseDocument(in.name, *bytes);
    ApplyOverrides(run.overrides, &*doc);
    docs.push_back(std::move(*doc));
    sources.push_back(std::move(*bytes));
  }
  // The group as GroupDocuments makes it in the clean build: the unit's
  // identity from every document (FormGroups), documents ordered by file.
  UnitYearGroup made;
  made.unit_name = g.unit->name;
  made.unit_slug = g.unit->slug;
  made.unit_name_set_by_user = g.unit->name_set_by_user;
  made.unit_aliases = g.unit->aliases;
  made.year = g.year;
  std::vector<std::size_t> order(docs.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return docs[a].file < docs[b].file; });
  std::vector<const std::string*> source_ptrs;
  for (std::size_t k : order) {
    if (docs[k].year != g.year || !UnreadReason(docs[k]).empty())
      return run.shared.Fail("build cache: inconsistent unit-year group " + g.slug);
    made.documents.push_back(&docs[k]);
    source_ptrs.push_back(&sources[k]);
  }
  UnitYearSummary summary = Summarize(made);
  Outputs outs;
  MakeUnitYearOutputs(made, summary, source_ptrs, run.pages, &outs);
  for (const PageOutput& p : outs.pages) {
    g.outputs.push_back(p.path);
    if (kept.count(p.path)) continue;
    std::string html, e;
    if (!run.renderers[static_cast<std::size_t>(worker)].Render(p, &html, &e)) return run.shared.Fail(e);
    if (!run.shared.Put(p.path, html, g.render_key, reason)) return;
  }
  for (const FileOutput& f : outs.files) {
    g.outputs.push_back(f.path);
    if (!kept.count(f.path) && !run.shared.Put(f.path, f.bytes, g.render_key, reason)) return;
  }
  g.summary = std::move(summary);
}

// 8. Unit-year outputs: kept when the render key matches, else rendered
// (one group per thread, its documents dropped after). Then the summaries
// store for the next build and the summaries for the site pages.
bool RenderUnitYears(Run& run, std::string* error) {
  GroupsStore stored;
  LoadGroups(run.fs, GroupsFileFor(run.cache_dir), &stored);
  int done = 0;
  ParallelFor(run.groups.size(), run.jobs, [&](std::size_t gi, int worker) {
    Group& g = run.groups[gi];
    auto s = stored.records.find(g.key);
    std::optional<StoredGroup> cached =
        s != stored.records.end() ? DecodeStoredGroup(s->second, nullptr) : std::nullopt;
    const bool was_stored = cached.has_value();
    std::set<std::string> kept;
    if (KeepGroup(run, g, cached, was_stored ? s->second : std::string_view(), &kept)) return;
    RenderGroup(run, g, kept, RenderReason(run, g, was_stored), worker);
    if (run.options.progress) {
      std::lock_guard<std::mutex> lock(run.progress_mu);
      run.options.progress("render", ++done, static_cast<int>(run.groups.size()));
    }
  });
  if (!run.shared.error.empty()) {
    *error = run.shared.error;
    return false;
  }
  run.timer.Mark("unit-years");
  // Each group's record and outputs are let go as soon as they are in the
  // store: holding them to the end doubled the store in memory (149 MB at
  // 50,000 documents).
  for (Group& g : run.groups) {
    if (g.record.empty()) g.record = EncodeStoredGroup({g.outputs, *g.summary});
    AppendGroupFrame(g.key, g.record, &run.groups_bytes);
    std::string().swap(g.record);
    std::vector<std::string>().swap(g.outputs);
    run.html_paths.push_back(UnitYearPath(*g.summary));
    run.summaries.push_back(std::move(*g.summary));
    g.summary.reset();
  }
  run.groups.clear();
  run.timer.Mark("summaries");
  return true;
}

// 9. Every other page, from the summaries: a keyed page (PageOutput::key)
// is kept before its view is built when its key is the same, any other page
// when its view is the same. Pages are rendered in batches as they are
// made (Outputs::flush), so only a batch of views is in memory at once.
// 10. Data files and static assets: kept when their bytes are the same.
bool RenderSite(Run& run, std::string* error) {
  const BuildCache& old = run.old;
  SiteModel model = BuildSiteModel(std::move(run.summaries), std::move(run.unread));
  run.timer.Mark("site model");
  auto keyed_hash = [&](const std::string& key) {
    return Hasher().Add("keyed page").Add(key).Add(run.templates.hash).Hex();
  };
  auto view_hash = [&](const PageOutput& p) {
    return p.key.empty() ? Hasher().Add("page").Add(p.template_name).Add(p.view.dump()).Add(run.templates.hash).Hex()
                         : keyed_hash(p.key);
  };
  // The search index and the compare data (site-wide, each as large as the
  // site) are made on a thread of their own while the pages are made.
  Outputs indexes;
  std::thread indexer([&] { MakeSiteIndexes(model, run.pages, &indexes); });
  Outputs site;
  site.keep = [&](const std::string& path, const std::string& key) {
    const OutputRecord* r = old.LookupOutput(path);
    if (!r || r->view_hash != keyed_hash(key) || !run.shared.Keep(path, *r)) return false;
    run.html_paths.push_back(path);
    return true;
  };
  site.flush = [&](std::vector<PageOutput>* batch) {
    ParallelFor(batch->size(), run.jobs, [&](std::size_t i, int worker) {
      const PageOutput& p = (*batch)[i];
      const std::string hash = view_hash(p);
      const OutputRecord* r = old.LookupOutput(p.path);
      if (r && r->view_hash == hash && run.shared.Keep(p.path, *r)) return;
      std::string html, e;
      if (!run.renderers[static_cast<std::size_t>(worker)].Render(p, &html, &e)) return run.shared.Fail(e);
      run.shared.Put(p.path, html, hash,
                     !r ? (old.outputs.empty() ? "no cached output" : "new page")
                     : run.templates_changed ? "templates changed"
                                             : "view data changed");
    });
    for (const PageOutput& p : *batch) run.html_paths.push_back(p.path);
    batch->clear();
  };
  MakeSitePages(model, run.pages, &site);
  indexer.join();
  if (!run.shared.error.empty()) {
    *error = run.shared.error;
    return false;
  }
  run.timer.Mark("site pages");
  std::sort(run.html_paths.begin(), run.html_paths.end());
  run.stats->pages = static_cast<int>(run.html_paths.size());
  site = std::move(indexes);

  MakeSiteData(model, run.html_paths, run.options.base_url, &site);
  for (const auto& [path, bytes] : run.templates.static_files) site.files.push_back({path, bytes});
  for (const FileOutput& f : site.files) {
    const std::string hash = ContentHash(f.bytes);
    const OutputRecord* r = old.LookupOutput(f.path);
    if (r && r->bytes_hash == hash && run.shared.Keep(f.path, *r)) continue;
    if (!run.shared.Put(f.path, f.bytes, hash,
                        !r ? (old.outputs.empty() ? "no cached output" : "new file") : "content changed")) {
      *error = run.shared.error;
      return false;
    }
  }
  run.timer.Mark("data files");
  return true;
}

// 11. Publish: the changed files, the deletions and this build's records
// (summaries store, cache) in one journaled commit (publish.h).
bool Publish(Run& run, std::string* error) {
  BuildStats& stats = *run.stats;
  stats.files = static_cast<int>(run.fresh.outputs.size());
  if (run.options.explain)
    for (const auto& [path, r] : run.old.outputs)
      if (!run.fresh.outputs.count(path)) stats.explain.push_back("removed " + path + ": no longer produced (input gone)");
  if (!run.old.outputs.empty()) {
    std::vector<std::string> live;
    live.reserve(run.old.outputs.size());
    for (const auto& [path, r] : run.old.outputs) live.push_back(path);
    run.publisher.SetPrevious(std::move(live));
  }
  if (!run.publisher.InstallAfter(TransliterationsFileFor(run.cache_dir), EncodeTransliterations(), error) ||
      !run.publisher.InstallAfter(GroupsFileFor(run.cache_dir), run.groups_bytes, error) ||
      !run.publisher.InstallAfter(BuildCacheFile(run.cache_dir), BuildCacheText(run.fresh), error) ||
      !run.publisher.Commit(error))
    return false;
  stats.written = run.publisher.stats().written;
  stats.unchanged = run.publisher.stats().unchanged;
  stats.removed = run.publisher.stats().removed;
  PruneParsed(run.cache_dir, run.fresh);
  run.timer.Mark("publish");
  return true;
}

}  // namespace

std::string GroupsFileFor(const std::string& cache_dir) { return cache_dir + "/groups"; }

bool IncrementalBuild(FileSystem& fs, const BuildOptions& options, BuildStats* stats,
                      std::string* error) {
  if (!ValidateBuildOptions(fs, options, error)) return false;
  Run run(fs, options, stats);
  if (!LoadTemplates(run, error) || !LockAndLoadCache(run, error)) return false;
  ScanInputs(run);
  if (!ReadMarkdownPages(run, error)) return false;
  LoadOverrides(run);
  if (!ParseChangedInputs(run, error)) return false;
  if (bool ok = true; SkipWhenNothingChanged(run, &ok, error)) return ok;
  FormGroups(run);
  return RenderUnitYears(run, error) && RenderSite(run, error) && Publish(run, error);
}

}  // namespace gongkai
