// Tables from geometry: positioned words (from the PDF reader, or from
// `pdftotext -layout` text where x is the character column) into a grid of
// cells, in the spirit of pdfplumber's and camelot's "stream" mode.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace gongkai {

// Splits a `pdftotext -layout` line into positioned words: x0 is the
// character column where the word starts (pdftotext's place for it on the
// page), x1 adds its display width (CJK characters two wide) but stops a
// column short of the next word; the height is 2 (one CJK character, so
// tolerances in "em" mean the same for text and PDFs). Fields part at runs
// of two or more spaces, and at one space before an amount ("12.00 3.50",
// "其他支出 1,889.53"): pdftotext leaves one space where columns are tight.
// Keeps at most `max_words`.
std::vector<Word> LayoutWords(std::string_view line, std::size_t max_words);

// Grid tolerances, in em (the height of the line's text).
struct GridSettings {
  // A header word that overlaps no data column makes a column of its own
  // only when it is at least this wide (a centred "项" or the "出" of a
  // wrapped "补助支/出" is not a column)...
  double header_column_min_width = 1.8;
  // ...and stands at least this far from the data columns beside it.
  double header_column_min_gap = 0.4;
  // A text fragment whose box is this close (or overlaps) above or below a
  // data row is part of that row's cells (a label wrapped around its amounts).
  double fragment_max_gap = 0.5;
};

// Columns come from the data rows (rows with an amount): amount words make
// amount columns, the other words of data rows make text columns where no
// amount column is. Every word of every line, headers included, then goes to
// the column it overlaps first (a header centred over several columns lands
// in the leftmost, which the sniffer reads as a span), else the nearest one.
// Finally a text-only fragment after the first data row joins the data row it
// belongs to: by vertical gap where words have boxes, else the adjacent data
// row whose cells under the fragment are empty ("合计" on one line and its
// amounts on the next; "机关事业单位基本养老保险缴 / 费支出" around its amounts).
std::vector<RawRow> AlignColumns(const std::vector<Line>& lines,
                                 const GridSettings& settings = {});

// Whether every word of `line` stands inside one column of the table that
// `lines` make (overlapping it, sticking out by at most one em): a row whose
// other cells are empty ("十六、金融支出" with no amount) belongs to the table,
// a line of prose running across its columns does not.
bool FitsColumns(const std::vector<Line>& lines, const Line& line);

// The words of a column-number line (栏次: "** ** 1 2 3 … 7", "栏次 1 2 3"):
// at least three ascending small integers, besides only marks and 栏次
// words; empty when the line of `words` is none.
std::vector<Word> ColumnNumberWords(const std::vector<Word>& words);

// Moves the words of `line`, a later page's, from that page's column-number
// positions `from` onto the first page's `to` (as many, same order):
// pdftotext sets each page on its own grid, and a page with fewer filled
// columns cannot be matched to the first by its amounts (湖州 表03's last
// page: its 项目支出 amounts stand where the first page's 公用经费 are).
// An amount, right-aligned, moves with the last number left of its right
// edge; other words, with the first number right of their left edge.
void MoveByColumnNumbers(const std::vector<Word>& from, const std::vector<Word>& to, Line& line);

}  // namespace gongkai

namespace gongkai {

// The column AlignColumns puts each word in: `result[i][j]` is the grid
// column of `lines[i].words[j]` (joining fragments and wrapped header lines
// into rows moves no word across columns). For `gongkai grid`, which draws
// each column's extent from the words in it.
std::vector<std::vector<std::size_t>> WordColumns(const std::vector<Line>& lines,
                                                  const GridSettings& settings = {});

}  // namespace gongkai
