#include "incremental.h"

#include "build_cache.h"
#include "content_hash.h"
#include "groups_store.h"
#include "group_render.h"
#include "incremental_run.h"
#include "inputs.h"
#include "site_render.h"
#include "slug.h"

namespace gongkai {
namespace {

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
