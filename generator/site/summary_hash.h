// The key of what a page made from a unit-year's summary depends on.
#pragma once

#include <string>

#include "unit_year.h"

namespace gongkai {

// A hash of every field of a summary (the fields the cache codec writes,
// record_codec.h, so a field added to the codec is covered): what a page
// made from the summary depends on (PageOutput::key).
std::string SummaryHash(const UnitYearSummary& summary);

}  // namespace gongkai
