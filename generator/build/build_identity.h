// Which build of gongkai made a cache: cached parse results and pages are
// reused only by the same one.
#pragma once

#include <string>

namespace gongkai {

// gongkai's version and its executable's build ID ("0.2.0+3be5a078…"): a
// rebuilt or upgraded gongkai, whose parser may read the same file
// differently, starts the cache over instead of reusing what another build
// made. Without a build ID, a hash of the executable; the version alone if
// that cannot be read either. Worked out once per process.
const std::string& BuildIdentity();

}  // namespace gongkai
