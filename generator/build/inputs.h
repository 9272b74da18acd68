// Phases 3-5 of the incremental build (incremental.h): scan the inputs,
// read the Markdown pages and content/units.toml, parse what changed.
#pragma once

#include <string>

#include "incremental_run.h"

namespace gongkai {

// 3. Inputs: a stamp matching the cache means unchanged, without reading.
void ScanInputs(Run& run);

// 4. Markdown pages are few and small: always read.
bool ReadMarkdownPages(Run& run, std::string* error);

// 4b. content/units.toml, read every build.
void LoadOverrides(Run& run);

// 5. Changed or new disclosures: hash, parse only when the bytes changed,
// store the parse result. Then the next cache's input records.
bool ParseChangedInputs(Run& run, std::string* error);

}  // namespace gongkai
