// `gongkai grid`: what the table finder saw on one page, drawn as an SVG
// (pdfplumber's and camelot's visual debugging): every word's box and text
// where it stands, and over it, for each table run the segmenter found, the
// columns AlignColumns made and the lines that became grid rows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

// Text input (`pdftotext -layout`) is drawn on a grid of this many points
// per character column and per line, so PDFs and text read alike.
inline constexpr double kGridTextColumnWidth = 5;
inline constexpr double kGridTextLineHeight = 12;

// One page, in points, y down: the geometry the SVG is drawn from.
struct GridPage {
  struct Box {
    std::string text;
    double x0 = 0, x1 = 0, top = 0, bottom = 0;
    int line = 0;  // the source line (PDFs: line in reading order)
  };
  // A run of space-aligned rows the segmenter made into one table.
  struct TableRun {
    int first_line = 0, last_line = 0;  // the whole run (it may cross pages)
    int columns = 0;                    // the grid's column count
    double top = 0, bottom = 0;         // the run's extent on this page
    // Each column's x-range from the words AlignColumns put in it, on this
    // page: those of data lines (with an amount) when the column has any, so
    // a header spanning columns widens none; else all its words on the page;
    // else (a column empty on this page) its words on every page of the run.
    std::vector<std::pair<double, double>> column_extents;
    std::vector<double> row_baselines;   // lines that start a grid row
    std::vector<double> joined_lines;    // lines joined into a row (or dropped)
  };
  std::string file;
  bool pdf = false;
  int page = 1, pages = 1;
  double width = 0, height = 0;
  std::vector<Box> words;
  std::vector<TableRun> tables;
  int tables_without_geometry = 0;  // tab / pipe / cell-per-line tables on the page
};

// Reads `bytes` (a PDF or text) as `gongkai parse` does up to segmenting and
// lays out 1-based `page`. False with `error` when the file gives no text or
// the page does not exist.
bool LayOutGridPage(std::string_view path, std::string_view bytes, int page, GridPage* out,
                    std::string* error);

// The page as a standalone SVG: words, column extents, row baselines and a
// legend below the page. Byte-identical for the same page.
std::string GridPageSvg(const GridPage& page);

// The front end's positioned lines, one word a row (tab-separated: page,
// line, x0, x1, top, bottom, text; text input: x in character columns, y the
// line on its page). Only the reading, no segmenting: for benchmarks.
std::string PositionedLinesTsv(std::string_view path, std::string_view bytes, std::string* error);

}  // namespace gongkai
