// The one front end: what every command reads of an input file before
// segmenting (gongkai parse and build through ParseDocument, gongkai grid
// through LayOutGridPage), so the grid drawn is the grid parsed.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model.h"

namespace gongkai {

struct SourceRead {
  // The lines (a PDF's with their words' boxes), the encoding and the
  // diagnostics of reading them.
  SourceText text;
  bool pdf = false;
  int pages = 0;                 // PDFs: the page count
  std::vector<int> page_starts;  // PDFs: the first line number of each page
  std::vector<std::pair<double, double>> page_sizes;  // PDFs: width, height per page (points)
  std::vector<std::string> read_lines;  // PDFs: each line's text as read, before Normalize
  std::string unread;  // why the file holds no readable text ("" when it does)
};

// Reads `bytes`: a PDF's words with poppler (pdf_reader.h), else the bytes
// decoded to UTF-8 lines (decode.h); then converter residue is cleaned
// (normalize.h). A file that holds no text (an empty or binary file, a web
// page or other file saved as .pdf, a PDF that cannot be read) gets
// `unread` and a warning.
SourceRead ReadSource(std::string_view path, std::string_view bytes);

// The reading only, not cleaned: the lines as the PDF reader or the decoder
// gave them (benchmarks of the front end).
SourceRead ReadPositionedLines(std::string_view path, std::string_view bytes);

}  // namespace gongkai
