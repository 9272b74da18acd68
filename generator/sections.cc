#include "sections.h"

namespace gongkai {

// STUB (to be replaced).
std::vector<Section> ExtractSections(const std::vector<Block>&) { return {}; }

}  // namespace gongkai
