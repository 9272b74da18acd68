// Text that lost its columns: `pdftotext -raw` (one space between cells),
// pdftotext's default mode (one cell per line, a table's columns written one
// after another) and text pasted from a web page. Such text still holds its
// narrative, glossary, unit, year and kind, and the rows whose every cell is
// present; it no longer says which column an amount of a shorter row is in.
#pragma once

#include <vector>

#include "model.h"

namespace gongkai {

// The first line that shows the text lost its columns (0 when it did not):
// many lines that are one amount alone, or many rows of amounts separated by
// single spaces and no line that separates cells with runs of spaces.
int LostColumnsLine(const SourceText& text);

// Sets text.lost_columns when the text lost its columns (LostColumnsLine)
// and warns once, at that line, where to get exact tables (input.lost-columns).
void MarkLostColumns(SourceText& text, std::vector<Diagnostic>& diagnostics);

// A table run of such text as rows in reading order: a text cell, then the
// amounts of rows that have as many as the fullest row; a shorter row keeps
// its text and loses its amounts, which no longer say their column.
std::vector<RawRow> RowsInOrder(const std::vector<Line>& lines);

}  // namespace gongkai
