// A probe, never part of gongkai: core/ including a header of read/, the
// layer above it. It must not compile (tests/layering/CMakeLists.txt).
#include "pdf_reader.h"

int UpwardIncludeProbe() { return 0; }
