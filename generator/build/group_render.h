// Phases 7-8 of the incremental build (incremental.h): the unit-year
// groups, and their outputs kept or rendered.
#pragma once

#include <string>

#include "incremental_run.h"

namespace gongkai {

// 7. Unit-year groups and unread files, from the input records alone.
void FormGroups(Run& run);

// 8. Unit-year outputs: kept when the render key matches, else rendered.
// Then the summaries store for the next build and the summaries for the
// site pages.
bool RenderUnitYears(Run& run, std::string* error);

}  // namespace gongkai
