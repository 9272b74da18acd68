// The JSON contract of `gongkai parse --json` (see README).
#pragma once

#include <nlohmann/json.hpp>

#include "model.h"

namespace gongkai {

nlohmann::ordered_json DocumentToJson(const Document& doc);

// Exact yuan from 分 as a JSON number: 2304400 or 1234.56 (never rounded).
nlohmann::ordered_json YuanJson(Cents cents);

}  // namespace gongkai
