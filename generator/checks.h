// 勾稽 checks: the identities of REFERENCE.md as warnings with positions.
#pragma once

#include <vector>

#include "model.h"

namespace gongkai {

std::vector<Diagnostic> CheckDocument(const Document& doc);

}  // namespace gongkai
