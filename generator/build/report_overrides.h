// A units.toml's problems as a build reports them.
#pragma once

#include "build_options.h"
#include "overrides.h"

namespace gongkai {

// Adds the file's problems to a build's messages and warning count (errors also to its errors)
// (a build prints its messages: `content/units.toml:7: warning: …`).
void ReportOverrides(const UnitOverrides& overrides, BuildStats* stats);

}  // namespace gongkai
