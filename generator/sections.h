// Narrative sections: each heading with the prose under it.
#pragma once

#include <vector>

#include "model.h"

namespace gongkai {

std::vector<Section> ExtractSections(const std::vector<Block>& blocks);

}  // namespace gongkai
