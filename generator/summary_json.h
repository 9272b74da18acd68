// The build cache's copy of a UnitYearSummary: an exact JSON round trip (money
// as integer 分), so site-wide pages built from cached summaries are the same
// bytes as pages built from a fresh parse. Private to the cache, like
// document_codec.h.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "site_model.h"

namespace gongkai {

nlohmann::json SummaryToCacheJson(const UnitYearSummary& summary);
// nullopt when the JSON does not have the expected shape: the caller
// summarizes the group again.
std::optional<UnitYearSummary> SummaryFromCacheJson(const nlohmann::json& json);

}  // namespace gongkai
