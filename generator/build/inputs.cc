#include "inputs.h"

#include <algorithm>
#include <atomic>

#include "content_hash.h"
#include "diagnostics.h"
#include "pages.h"
#include "parallel.h"
#include "parse.h"
#include "report_overrides.h"

namespace gongkai {
namespace {

// An input modified this close to the start of the build that read it may
// change again within the same mtime tick (coarse clocks, 1 s on some
// filesystems): its stamp is not trusted next time ("racily clean", as git).
constexpr std::int64_t kRacyNs = 1'000'000'000;

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

}  // namespace

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

}  // namespace gongkai
