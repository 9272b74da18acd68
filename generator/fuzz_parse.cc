// libFuzzer entry point: the whole reading pipeline on arbitrary bytes.
// Build with -DGONGKAI_FUZZ=ON (clang); see docs/fuzzing.md.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  gongkai::Document doc = gongkai::ParseDocument("fuzz.txt", bytes);
  // Touch the result so nothing is optimized away.
  volatile std::size_t sink = doc.tables.size() + doc.diagnostics.size();
  (void)sink;
  return 0;
}
