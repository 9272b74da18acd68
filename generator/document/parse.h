// The whole reading pipeline for one file: bytes to Document.
#pragma once

#include <string_view>

#include "model.h"

namespace gongkai {

// decode -> normalize -> segment -> recognize -> sniff -> extract. Never
// throws on bad input: problems become diagnostics in the document.
Document ParseDocument(std::string_view path, std::string_view bytes);

}  // namespace gongkai
