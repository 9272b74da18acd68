#include "indicators.h"

namespace gongkai {

// STUB (to be replaced).
std::vector<Indicator> ExtractIndicators(const std::vector<Table>&) { return {}; }

}  // namespace gongkai
