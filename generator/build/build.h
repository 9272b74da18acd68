// `gongkai build` from scratch: content/ in, a static site out, in memory
// and without any cache. The reference the incremental build
// (incremental.h) must equal byte for byte.
#pragma once

#include <string>

#include "build_options.h"
#include "file_system.h"

namespace gongkai {

// Builds the whole site into `sink`, from scratch, without any cache.
// False (with `error`) on I/O failure or bad options; bad input files only
// add diagnostics.
bool Build(FileSystem& fs, const BuildOptions& options, OutputSink& sink, BuildStats* stats,
           std::string* error);

}  // namespace gongkai
