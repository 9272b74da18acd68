// Phases 9-10 of the incremental build (incremental.h): every page other
// than the unit-year pages, and the data files and static assets.
#pragma once

#include <string>

#include "incremental_run.h"

namespace gongkai {

// 9. Every other page, from the summaries, kept when its key or view is
// the same. 10. Data files and static assets, kept when their bytes are.
bool RenderSite(Run& run, std::string* error);

}  // namespace gongkai
