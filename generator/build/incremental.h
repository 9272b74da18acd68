// The incremental, atomic build behind `gongkai build` and `gongkai watch`.
//
// What a rebuild redoes, and why it is safe (an incremental build is
// byte-identical to a clean one; tests/incremental_test.cc checks it):
//
// - Inputs: an input whose size and mtime match its InputRecord is taken as
//   unchanged; otherwise it is read and hashed, and parsed again only when
//   its bytes changed (parse results are cached per input, keyed by path,
//   bytes and gongkai version).
// - Unit-year outputs (page, data.json, CSVs, source copies) depend only on
//   that group's documents, the templates and the Markdown pages (the
//   navigation). Their "render key" hashes exactly those; when it matches
//   the key the live files were written with, they are kept without loading
//   a single document. Otherwise the group's documents are loaded (cache or
//   parse), rendered and published, and dropped again.
// - Every other page is made from the per-group summaries (cached in
//   .gongkai/groups, keyed by the group's parse keys) and kept when the hash
//   of its view data (+ templates) matches; data files when their bytes do.
// - Files not read (UnreadReason) form no group: the input record keeps the
//   reason and the warning count, so unread/index.html (a site page like
//   the others) and the summary line's counts need no parse result.
// - Nothing changed at all (same input stamps, templates and options): the
//   live site is already right and publishing is skipped.
//
// Memory: per-input records and per-group summaries, and this build's
// parse results up to a fixed budget (the rest are loaded back from the
// binary cache one group at a time); the documents of a group are in memory
// while it is rendered (one group per thread).
//
// Publishing (publish.h): only new and changed files are written, each
// renamed into the live site in an order that keeps every link resolving;
// the summaries store and the cache are installed by the same journaled
// commit, so a killed build is finished (or, before its journal, undone) by
// the next one and the cache always describes the live site.
//
// The phases, each a function over the build's state (incremental_run.h):
// 1 templates, 2 lock and cache (incremental.cc); 3 scan inputs, 4 Markdown
// pages, 5 parse changed inputs (inputs.cc); 6 skip when nothing changed
// (incremental.cc); 7 unit-year groups, 8 unit-year outputs
// (group_render.cc, with the summaries store in groups_store.h); 9-10 site
// pages and data files (site_render.cc); 11 publish (incremental.cc).
#pragma once

#include <string>

#include "build_options.h"
#include "file_system.h"

namespace gongkai {

// Builds into options.out_dir incrementally (what `gongkai build` and
// `gongkai watch` run). False (with `error`) on I/O failure or bad options.
bool IncrementalBuild(FileSystem& fs, const BuildOptions& options, BuildStats* stats,
                      std::string* error);

}  // namespace gongkai
