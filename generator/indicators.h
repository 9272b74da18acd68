// Performance indicator rows from 绩效目标表 and 绩效自评表.
#pragma once

#include <vector>

#include "model.h"

namespace gongkai {

std::vector<Indicator> ExtractIndicators(const std::vector<Table>& tables);

}  // namespace gongkai
