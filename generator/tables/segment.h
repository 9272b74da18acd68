// Segmenting: normalized lines into headings, paragraphs and raw tables.
#pragma once

#include <vector>

#include "model.h"

namespace gongkai {

// Splits the text into blocks, recognising every table layout gongkai reads
// (tab rows, one cell per line, Markdown pipes, space-aligned columns) and
// joining tables continued after a page break or a repeated header.
std::vector<Block> Segment(const SourceText& text, std::vector<Diagnostic>& diagnostics);

}  // namespace gongkai
