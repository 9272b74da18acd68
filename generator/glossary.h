// The glossary (名词解释) sections: items into terms and definitions.
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace gongkai {

std::vector<GlossaryEntry> ExtractGlossary(const std::vector<Block>& blocks,
                                           const std::string& file,
                                           std::vector<Diagnostic>& diagnostics);

}  // namespace gongkai
