// Extracting the key figures from tables (rules in a table, per kind) and,
// where no table states them, from the narrative.
#pragma once

#include <vector>

#include "model.h"

namespace gongkai {

// Fills figures from doc.tables and the narrative blocks. Each figure keeps
// its span. Table figures win over narrative ones; disagreements are warned.
Figures ExtractFigures(const Document& doc, const std::vector<Block>& blocks,
                       std::vector<Diagnostic>& diagnostics);

}  // namespace gongkai
