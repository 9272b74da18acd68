#include "checks.h"

namespace gongkai {

// STUB (to be replaced).
std::vector<Diagnostic> CheckDocument(const Document&) { return {}; }

}  // namespace gongkai
