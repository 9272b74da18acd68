// Sniffer phase d): what each column holds, from its header and its cells.
#pragma once

#include <vector>

#include "model.h"

namespace gongkai {

// Sets Column::role for every column of `table` (whose paths are already
// built) from the header leaf and the body rows (padded to the table width).
void AssignRoles(const std::vector<RawRow>& body, Table& table);

}  // namespace gongkai
