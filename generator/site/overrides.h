// content/units.toml: what the user says when detection is wrong. A value
// set here wins over the detected one, and the site says so (由用户设定),
// as DuckDB's sniffer keeps a value "(Set By User)" apart from a detected
// one. The file is TOML (read with toml++):
//
//   # A file's unit, code, year or kind (any of them).
//   [[file]]
//   path = "2024/x.pdf"            # as named under content/ (required)
//   unit = "株洲市荷塘区委巡察办"
//   code = "012001"
//   year = 2025
//   kind = "final"                 # or a list, primary first:
//                                  # kind = ["final", "performance-evaluation"]
//
//   # A unit's name, and other names that are the same unit.
//   [[unit]]
//   name = "中共株洲市荷塘区委巡察工作领导小组办公室"
//   aliases = ["荷塘区委巡察办"]
//
// Kinds are budget, final, performance-targets, performance-evaluation.
// Every problem is a warning at its line (`content/units.toml:7: warning:
// …`) that says what was ignored; the rest of the file still applies, and
// the build goes on. A file that is not TOML at all is one warning at the
// line of its first error, and nothing of it applies.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "file_system.h"
#include "model.h"
#include "unit_identity.h"

namespace gongkai {

// The overrides file's name in the content folder.
inline constexpr char kOverridesFile[] = "units.toml";

// What the user set for one file; empty / 0 when not set.
struct FileOverride {
  std::string unit;
  std::string code;
  int year = 0;
  std::vector<std::string> kinds;
  int line = 0;  // of its [[file]] header
};

struct UnitOverrides {
  std::map<std::string, FileOverride> files;  // by path under the content folder
  std::vector<DeclaredUnit> units;
  std::vector<Diagnostic> diagnostics;  // every problem, in line order
  std::string hash;                     // of the file's bytes; "" when there is none
};

// Reads `text` as the overrides file `file` (the path diagnostics name).
UnitOverrides ParseUnitOverrides(const std::string& text, const std::string& file);

// Reads `<content_dir>/units.toml` when it exists (no file: no overrides);
// `known_files` are the disclosures of the content folder, so a [[file]]
// naming none of them is a warning.
UnitOverrides LoadUnitOverrides(FileSystem& fs, const std::string& content_dir,
                                const std::vector<std::string>& known_files);

// The values of a Document that overrides can set, and which ones the user set.
// Applies the override of facts->file (if any) to facts.
void ApplyOverrides(const UnitOverrides& overrides, DocumentFacts* facts);
// The same on a Document: its unit, code, year and kinds are replaced and
// Document::set_by_user lists them.
void ApplyOverrides(const UnitOverrides& overrides, Document* doc);

// A document's facts as detected (before overrides).
DocumentFacts FactsOf(const Document& doc);

// What the page says of a value the user set.
inline constexpr char kSetByUser[] = "由用户设定";

}  // namespace gongkai
