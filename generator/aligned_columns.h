// Space-aligned tables (pdftotext -layout): splitting lines into fields at
// runs of 2+ spaces and mapping the fields of a run of lines onto columns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace gongkai {

// A field of one line, with the display columns it covers ([start, end),
// CJK characters counting 2 as they do in the layout).
struct AlignedField {
  std::string text;
  int start = 0;
  int end = 0;
};

// Splits at runs of two or more ASCII spaces; keeps at most `max_fields`.
std::vector<AlignedField> SplitAligned(std::string_view line, std::size_t max_fields);

// One line of a space-aligned run, already split.
struct AlignedLine {
  int number = 0;
  std::vector<AlignedField> fields;
};

// Derives the columns from the display columns that data rows (rows with an
// amount) leave blank, then places every field of every line, headers
// included, in its column: a row with an empty cell keeps the others in place,
// and a header centred over several columns lands in the leftmost of them so
// that the sniffer sees it as a span.
std::vector<RawRow> AlignColumns(const std::vector<AlignedLine>& lines);

}  // namespace gongkai
