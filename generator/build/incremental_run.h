// The state one incremental build (incremental.h) passes from phase to
// phase, and what its phases share: the inputs, the unit-year groups and
// the serialized publisher calls of the render phases. The phases are in
// incremental.cc (1-2, 6, 11), inputs.cc (3-5), group_render.cc (7-8) and
// site_render.cc (9-10).
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "build_cache.h"
#include "build_identity.h"
#include "build_options.h"
#include "file_system.h"
#include "overrides.h"
#include "publish.h"
#include "render_html.h"
#include "site_model.h"

namespace gongkai {

std::int64_t NowNs();

// GONGKAI_TIMING=1 prints how long each phase took (for tuning), and the
// process's resident and peak memory after it (Linux; 0 elsewhere).
class PhaseTimer {
 public:
  PhaseTimer();
  void Mark(const char* phase);

 private:
  static long StatusMb(const char* field);

  bool on_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

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

// .gongkai/<out>/slugs: every text this build transliterated and how
// (slug.h EncodeTransliterations), for the next build.
std::string TransliterationsFileFor(const std::string& cache_dir);

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
           const std::string& reason);

  // Carries the live file over; false (no error) when it is not there.
  bool Keep(const std::string& path, const OutputRecord& record);

  void Fail(const std::string& e);
};

std::string Join(const std::vector<std::string>& parts, const std::string& sep);

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

}  // namespace gongkai
