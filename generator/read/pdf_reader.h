// Reading a PDF in-process with poppler's C++ API: every page's words with
// their boxes (rotation applied), grouped into lines in reading order.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "input_limits.h"
#include "model.h"

namespace gongkai {

// Tolerances of the PDF front end, as multiples of a line's text height
// (pdfplumber's x_tolerance / y_tolerance, named in one place).
struct PdfReadSettings {
  // Words closer than this join into one cell: "合" "计" printed apart
  // with letter spacing stay one cell, two amounts of adjacent columns do not.
  double word_join = 0.45;
  // A word belongs to a line when its vertical centre lies within this
  // fraction of the line's height from the line's centre.
  double line_overlap = 0.5;
  // Words that touch (a gap under this × height, or overlapping by as much)
  // and share this fraction of the lower one's height are one text run,
  // joined before lines are grouped.
  double touch_gap = 0.1;
  double touch_overlap = 0.6;
  // Documents with more pages than this are refused (bounded time and memory).
  int max_pages = kMaxPdfPages;
};

struct PdfText {
  SourceText text;               // lines with words; encoding "PDF"
  std::vector<int> page_starts;  // the first line number of each page
  // Each page's width and height in points as displayed (a rotated page
  // swaps its sides); 0 × 0 for a page poppler cannot open.
  std::vector<std::pair<double, double>> page_sizes;
  int pages = 0;
  std::string unread;            // why nothing could be read ("" when read)
};

// True when the bytes start like a PDF ("%PDF-" within the first 1024 bytes).
bool LooksLikePdf(std::string_view bytes);

// Reads the PDF in `bytes`. Never throws: a file poppler cannot open, an
// encrypted file, one without a text layer, one with too many pages or a
// decompression bomb (input_limits.h) gets `unread` and a diagnostic.
PdfText ReadPdf(std::string_view path, std::string_view bytes,
                const PdfReadSettings& settings = {});

}  // namespace gongkai
