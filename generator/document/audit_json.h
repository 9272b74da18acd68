// Completeness and transparency score in the JSON contract (`gongkai parse
// --json`, each unit-year's data.json): keys "completeness" and
// "transparency" of a document. Points are numbers with two decimals at
// most (87.25), positions are {"line", "page"} as elsewhere in the contract.
#pragma once

#include <nlohmann/json.hpp>

#include "completeness.h"
#include "transparency_score.h"

namespace gongkai {

nlohmann::ordered_json CompletenessToJson(const Completeness& completeness);
// `file`: the document's own; a position in another file names it.
nlohmann::ordered_json TransparencyToJson(const TransparencyScore& score, const std::string& file);

}  // namespace gongkai
