// What a unit's name tells: its places (region) and its kind.
#pragma once

#include <string>
#include <vector>

namespace gongkai {

// The chain of places that starts a unit name: "中共株洲市荷塘区委巡察办" ->
// {"株洲市", "株洲市荷塘区"}; empty when the name does not start with a place.
std::vector<std::string> RegionChain(const std::string& unit_name);
// The kind of unit, from a rules table over the name.
std::string UnitKindOf(const std::string& unit_name);

}  // namespace gongkai
