#include "group_render.h"

#include <algorithm>
#include <map>
#include <set>

#include "cache_codec.h"
#include "content_hash.h"
#include "groups_store.h"
#include "pages.h"
#include "parallel.h"
#include "parse.h"

namespace gongkai {
namespace {

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

}  // namespace

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

}  // namespace gongkai
