// The document-level test helper: a sample through the whole parse pipeline.
// Apart from test_util.h so the tests below document/ do not link it.
#pragma once

#include <string>

#include "model.h"

namespace gongkai::test {

// A sample in content/ by its number prefix, through ParseDocument.
Document ParseSample(const std::string& prefix);

}  // namespace gongkai::test
