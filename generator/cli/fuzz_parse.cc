// libFuzzer entry point: the whole reading pipeline on arbitrary bytes.
// Build with -DGONGKAI_FUZZ=ON (clang); see docs/fuzzing.md.
//
// Both front ends: bytes that look like a PDF ("%PDF-" in the first 1024
// bytes, as ParseDocument decides) are named fuzz.pdf and go through poppler
// (ReadPdf), the rest are named fuzz.txt and decoded as text. Seeds of both
// kinds come from scripts/fuzz-seeds.sh.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parse.h"
#include "pdf_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const char* name = gongkai::LooksLikePdf(bytes) ? "fuzz.pdf" : "fuzz.txt";
  gongkai::Document doc = gongkai::ParseDocument(name, bytes);
  // Touch the result so nothing is optimized away.
  volatile std::size_t sink = doc.tables.size() + doc.diagnostics.size();
  (void)sink;
  return 0;
}
