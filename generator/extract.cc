#include "extract.h"

namespace gongkai {

// STUB (to be replaced).
Figures ExtractFigures(const Document&, const std::vector<Block>&, std::vector<Diagnostic>&) {
  return {};
}

}  // namespace gongkai
