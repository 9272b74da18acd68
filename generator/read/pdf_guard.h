// What reading a PDF's text would cost poppler, measured before poppler
// reads it (poppler-cpp offers no way to stop it midway). A file beyond a
// limit of input_limits.h is refused as a bomb, with the reason:
// - streams decoding to too much (FlateDecode, LZWDecode, RunLengthDecode,
//   ASCIIHex/ASCII85, chained; images excepted, reading text decodes none);
// - pages drawing too much: content streams and form XObjects counted each
//   time they are drawn (a stream shared by pages, a form drawn thousands of
//   times or nested forms each drawing the next ten times), and too many
//   text-showing operators on one page (poppler's text page grows worse than
//   linearly in them);
// - font maps (ToUnicode CMaps) that cost poppler gigabytes or minutes.
// One forward pass over the file: linear in its size, memory bounded.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gongkai {

struct PdfCost {
  std::string refusal;                 // why the file is refused ("" when not)
  std::uint64_t decoded_bytes = 0;     // all its (non-image) streams decode to
  std::uint64_t drawn_bytes = 0;       // its pages draw, each draw counted
  std::uint64_t text_operators = 0;    // its pages show, each draw counted
  std::uint64_t page_text_operators = 0;  // the most one page shows
  std::uint64_t text_squares = 0;      // the squares of each page's beyond kPdfTextLinearPage, added
  std::uint64_t form_draws = 0;        // form XObjects drawn, each draw counted
};

// Measures `bytes` (a whole PDF file), stopping at the first limit passed.
PdfCost MeasurePdf(std::string_view bytes);

}  // namespace gongkai
