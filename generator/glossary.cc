#include "glossary.h"

namespace gongkai {

// STUB (to be replaced).
std::vector<GlossaryEntry> ExtractGlossary(const std::vector<Block>&, const std::string&,
                                           std::vector<Diagnostic>&) {
  return {};
}

}  // namespace gongkai
