#include "grid_debug.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <tuple>

#include "aligned_columns.h"
#include "amount.h"
#include "lost_columns.h"
#include "model.h"
#include "segment.h"
#include "source.h"

namespace gongkai {
namespace {

constexpr std::size_t kMaxWordsPerLine = 4096;
constexpr double kLegendHeight = 64;  // the band below the page
constexpr double kMinPageWidth = 420;  // room for the legend on narrow text pages

// Where a line stands: its 1-based page and its 0-based index on that page.
struct LinePlace {
  int page = 1;
  int index = 0;
};

// Each line's page (text: from its form feeds) and place on it.
std::map<int, LinePlace> PlaceLines(const SourceRead& s) {
  std::map<int, LinePlace> places;
  int index = 0, last_page = 0;
  for (const Line& line : s.text.lines) {
    if (line.page != last_page) index = 0, last_page = line.page;
    places[line.number] = {line.page, index++};
  }
  return places;
}

// A word's box on the page in points: PDFs as read, text on the
// kGridTextColumnWidth × kGridTextLineHeight grid.
GridPage::Box PageBox(const Word& w, const LinePlace& at, bool pdf, int line) {
  if (pdf) return {w.text, w.x0, w.x1, w.top, w.bottom, line};
  double top = at.index * kGridTextLineHeight;
  return {w.text, w.x0 * kGridTextColumnWidth, w.x1 * kGridTextColumnWidth, top + 1,
          top + kGridTextLineHeight - 1, line};
}

std::vector<Word> WordsOf(const Line& line) {
  return line.words.empty() ? LayoutWords(line.text, kMaxWordsPerLine) : line.words;
}

// 4. One table run's columns and rows as they fall on the page.
GridPage::TableRun LayOutRun(const RawTable& table, const std::map<int, LinePlace>& places,
                             const GridPage& page) {
  GridPage::TableRun run;
  run.first_line = table.first_line;
  run.last_line = table.last_line;
  std::vector<std::vector<std::size_t>> of = WordColumns(table.lines);
  std::size_t columns = table.rows.empty() ? 0 : table.rows.front().cells.size();
  for (const auto& line : of)
    for (std::size_t c : line) columns = std::max(columns, c + 1);
  run.columns = static_cast<int>(columns);
  // Extents from the data lines (those with an amount) where a column has
  // any, so that a header spanning several columns widens none of them.
  std::vector<GridPage::Box> data(columns), here(columns), whole(columns);
  std::vector<bool> seen_data(columns), seen_here(columns), seen(columns);
  auto widen = [](GridPage::Box& b, const GridPage::Box& w, bool first) {
    if (first) return void(b = w);
    b.x0 = std::min(b.x0, w.x0), b.x1 = std::max(b.x1, w.x1);
  };
  std::vector<int> row_lines;
  for (const RawRow& r : table.rows) row_lines.push_back(r.line);
  run.top = 1e18, run.bottom = -1e18;
  for (std::size_t i = 0; i < table.lines.size(); ++i) {
    const Line& line = table.lines[i];
    auto at = places.find(line.number);
    if (at == places.end() || line.words.empty()) continue;
    bool on_page = at->second.page == page.page;
    bool data_line = std::any_of(line.words.begin(), line.words.end(),
                                 [](const Word& w) { return IsAmountToken(w.text); });
    double bottom = -1e18;
    for (std::size_t j = 0; j < line.words.size(); ++j) {
      GridPage::Box b = PageBox(line.words[j], at->second, page.pdf, line.number);
      std::size_t c = of[i][j];
      widen(whole[c], b, !seen[c]);
      seen[c] = true;
      if (!on_page) continue;
      widen(here[c], b, !seen_here[c]);
      seen_here[c] = true;
      if (data_line) widen(data[c], b, !seen_data[c]), seen_data[c] = true;
      run.top = std::min(run.top, b.top);
      bottom = std::max(bottom, b.bottom);
    }
    if (!on_page) continue;
    run.bottom = std::max(run.bottom, bottom);
    bool row = std::find(row_lines.begin(), row_lines.end(), line.number) != row_lines.end();
    (row ? run.row_baselines : run.joined_lines).push_back(bottom);
  }
  for (std::size_t c = 0; c < columns; ++c) {
    const GridPage::Box& b = seen_data[c] ? data[c] : seen_here[c] ? here[c] : whole[c];
    run.column_extents.push_back({b.x0, b.x1});
  }
  return run;
}

// Numbers as SVG attributes: two decimals at most, no trailing zeros, no
// locale, so the output is the same everywhere.
std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

std::string Escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string HLine(double x0, double x1, double y, const char* cls) {
  return "<line class=\"" + std::string(cls) + "\" x1=\"" + Num(x0) + "\" y1=\"" + Num(y) +
         "\" x2=\"" + Num(x1) + "\" y2=\"" + Num(y) + "\"/>\n";
}

std::string VLine(double x, double y0, double y1, const char* cls) {
  return "<line class=\"" + std::string(cls) + "\" x1=\"" + Num(x) + "\" y1=\"" + Num(y0) +
         "\" x2=\"" + Num(x) + "\" y2=\"" + Num(y1) + "\"/>\n";
}

// The drawing's colours and strokes, one place (the legend reuses the classes).
constexpr const char* kStyle =
    "text{font-family:'Noto Sans CJK SC','Noto Serif CJK SC',sans-serif}\n"
    ".page{fill:#fff;stroke:#999}\n"
    ".word{fill:none;stroke:#9a9a9a;stroke-width:0.4}\n"
    ".word-text{fill:#222}\n"
    ".column-band{fill:#1f6fd1;fill-opacity:0.08}\n"
    ".column-edge{stroke:#1f6fd1;stroke-width:0.8}\n"
    ".column-label{fill:#1f6fd1;font-size:7px}\n"
    ".row-baseline{stroke:#d62728;stroke-width:0.6}\n"
    ".joined-line{stroke:#ff8c00;stroke-width:0.6;stroke-dasharray:3 2}\n"
    ".table-label{fill:#1f6fd1;font-size:8px}\n"
    ".legend-text{fill:#222;font-size:9px}\n";

}  // namespace

bool LayOutGridPage(std::string_view path, std::string_view bytes, int page, GridPage* out,
                    std::string* error) {
  // 1. Read as ParseDocument does (source.h).
  SourceRead s = ReadSource(path, bytes);
  if (s.unread.empty() && s.text.lines.empty()) s.unread = "no text";
  if (!s.unread.empty()) return *error = std::string(path) + ": " + s.unread, false;
  std::map<int, LinePlace> places = PlaceLines(s);
  int pages = s.pdf ? s.pages : (places.empty() ? 1 : places.rbegin()->second.page);
  if (page < 1 || page > pages)
    return *error = std::string(path) + ": no page " + std::to_string(page) + " (it has " +
                    std::to_string(pages) + ")",
           false;
  GridPage g;
  g.file = std::string(path);
  g.pdf = s.pdf;
  g.page = page;
  g.pages = pages;
  // 2. The page's words.
  int lines_on_page = 0;
  for (const Line& line : s.text.lines) {
    const LinePlace& at = places[line.number];
    if (at.page != page) continue;
    ++lines_on_page;
    for (const Word& w : WordsOf(line)) g.words.push_back(PageBox(w, at, s.pdf, line.number));
  }
  // 3. The page's size: the PDF page, grown to hold every word.
  if (s.pdf && static_cast<std::size_t>(page) <= s.page_sizes.size())
    std::tie(g.width, g.height) = s.page_sizes[page - 1];
  else if (!s.pdf) g.height = lines_on_page * kGridTextLineHeight;
  for (const GridPage::Box& b : g.words) {
    g.width = std::max(g.width, b.x1 + (s.pdf ? 0 : kGridTextColumnWidth));
    g.height = std::max(g.height, b.bottom);
  }
  if (!s.pdf) g.width = std::max(g.width, kMinPageWidth);
  // 4. The segmenter's table runs that touch the page, from the text as
  // parse segments it: a text that lost its columns has its rows in
  // reading order (lost_columns.h), not the aligned grid.
  std::vector<Diagnostic> diagnostics;
  MarkLostColumns(s.text, diagnostics);
  for (const Block& b : Segment(s.text, diagnostics)) {
    if (b.kind != BlockKind::kTable) continue;
    auto on_page = [&](int line) {
      auto at = places.find(line);
      return at != places.end() && at->second.page == page;
    };
    if (b.table.layout != TableLayout::kSpaceAligned || b.table.lines.empty()) {
      if (on_page(b.line) || on_page(b.last_line)) ++g.tables_without_geometry;
      continue;
    }
    GridPage::TableRun run = LayOutRun(b.table, places, g);
    if (run.row_baselines.empty() && run.joined_lines.empty()) continue;
    g.tables.push_back(std::move(run));
  }
  *out = std::move(g);
  return true;
}

std::string GridPageSvg(const GridPage& g) {
  double width = std::max(g.width, kMinPageWidth), height = g.height + kLegendHeight;
  std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + Num(width) + "\" height=\"" +
         Num(height) + "\" viewBox=\"0 0 " + Num(width) + " " + Num(height) + "\">\n";
  svg += "<title>" + Escape(g.file) + " page " + std::to_string(g.page) + " of " +
         std::to_string(g.pages) + "</title>\n";
  svg += "<style>\n" + std::string(kStyle) + "</style>\n";
  svg += "<rect class=\"page\" x=\"0\" y=\"0\" width=\"" + Num(g.width) + "\" height=\"" +
         Num(g.height) + "\"/>\n";
  // Words: the box, and the text fitted to it (spacing and glyphs stretched).
  svg += "<g id=\"words\">\n";
  for (const GridPage::Box& b : g.words) {
    double h = b.bottom - b.top, w = b.x1 - b.x0;
    svg += "<rect class=\"word\" data-line=\"" + std::to_string(b.line) + "\" x=\"" + Num(b.x0) +
           "\" y=\"" + Num(b.top) + "\" width=\"" + Num(w) + "\" height=\"" + Num(h) + "\"/>\n";
    svg += "<text class=\"word-text\" x=\"" + Num(b.x0) + "\" y=\"" + Num(b.bottom - 0.18 * h) +
           "\" font-size=\"" + Num(0.82 * h) + "\" textLength=\"" + Num(w) +
           "\" lengthAdjust=\"spacingAndGlyphs\">" + Escape(b.text) + "</text>\n";
  }
  svg += "</g>\n";
  // Table runs: column bands and edges, row baselines, joined lines.
  for (std::size_t t = 0; t < g.tables.size(); ++t) {
    const GridPage::TableRun& run = g.tables[t];
    double left = 1e18, right = -1e18;
    for (const auto& [x0, x1] : run.column_extents) left = std::min(left, x0), right = std::max(right, x1);
    svg += "<g class=\"table\" data-first-line=\"" + std::to_string(run.first_line) +
           "\" data-last-line=\"" + std::to_string(run.last_line) + "\" data-columns=\"" +
           std::to_string(run.columns) + "\" data-rows=\"" +
           std::to_string(run.row_baselines.size()) + "\">\n";
    svg += "<text class=\"table-label\" x=\"" + Num(left) + "\" y=\"" + Num(run.top - 9) +
           "\">table " + std::to_string(t + 1) + ": lines " + std::to_string(run.first_line) +
           "–" + std::to_string(run.last_line) + ", " + std::to_string(run.columns) +
           " columns</text>\n";
    for (std::size_t c = 0; c < run.column_extents.size(); ++c) {
      auto [x0, x1] = run.column_extents[c];
      svg += "<g class=\"column\" data-column=\"" + std::to_string(c + 1) + "\">\n";
      svg += "<rect class=\"column-band\" x=\"" + Num(x0) + "\" y=\"" + Num(run.top) +
             "\" width=\"" + Num(x1 - x0) + "\" height=\"" + Num(run.bottom - run.top) + "\"/>\n";
      svg += VLine(x0, run.top - 2, run.bottom + 2, "column-edge");
      svg += VLine(x1, run.top - 2, run.bottom + 2, "column-edge");
      svg += "<text class=\"column-label\" x=\"" + Num(x0 + 1) + "\" y=\"" + Num(run.top - 2.5) +
             "\">" + std::to_string(c + 1) + "</text>\n";
      svg += "</g>\n";
    }
    for (double y : run.row_baselines) svg += HLine(left - 4, right + 4, y, "row-baseline");
    for (double y : run.joined_lines) svg += HLine(left - 4, right + 4, y, "joined-line");
    svg += "</g>\n";
  }
  // Legend, below the page.
  double y = g.height + 16;
  svg += "<g id=\"legend\">\n";
  svg += "<text class=\"legend-text\" x=\"8\" y=\"" + Num(y) + "\">" + Escape(g.file) + " — page " +
         std::to_string(g.page) + " of " + std::to_string(g.pages) + " — " +
         std::to_string(g.tables.size()) + " table runs" +
         (g.tables_without_geometry ? " (+" + std::to_string(g.tables_without_geometry) +
                                          " without positions: tab, pipe or cell-per-line)"
                                    : std::string()) +
         (g.pdf ? "" : " — text: 1 column = 5, 1 line = 12") + "</text>\n";
  y += 18;
  svg += "<rect class=\"word\" x=\"8\" y=\"" + Num(y - 8) + "\" width=\"24\" height=\"10\"/>\n";
  svg += "<text class=\"legend-text\" x=\"36\" y=\"" + Num(y) + "\">word box</text>\n";
  svg += "<rect class=\"column-band\" x=\"100\" y=\"" + Num(y - 8) + "\" width=\"24\" height=\"10\"/>\n";
  svg += VLine(100, y - 10, y + 4, "column-edge") + VLine(124, y - 10, y + 4, "column-edge");
  svg += "<text class=\"legend-text\" x=\"130\" y=\"" + Num(y) + "\">column (extent of its words)</text>\n";
  y += 18;
  svg += HLine(8, 32, y - 3, "row-baseline");
  svg += "<text class=\"legend-text\" x=\"36\" y=\"" + Num(y) + "\">grid row (baseline)</text>\n";
  svg += HLine(150, 174, y - 3, "joined-line");
  svg += "<text class=\"legend-text\" x=\"178\" y=\"" + Num(y) +
         "\">line joined into a row (fragment, wrapped header) or dropped</text>\n";
  svg += "</g>\n</svg>\n";
  return svg;
}

std::string PositionedLinesTsv(std::string_view path, std::string_view bytes, std::string* error) {
  SourceRead s = ReadPositionedLines(path, bytes);
  if (s.unread.empty() && s.text.lines.empty()) s.unread = "no text";
  if (!s.unread.empty()) return *error = std::string(path) + ": " + s.unread, std::string();
  std::map<int, LinePlace> places = s.pdf ? std::map<int, LinePlace>() : PlaceLines(s);
  std::string out;
  out.reserve(s.text.lines.size() * 64);
  for (const Line& line : s.text.lines) {
    const int page = line.page;
    const int index = s.pdf ? 0 : places[line.number].index;
    for (const Word& w : WordsOf(line)) {
      double top = s.pdf ? w.top : index, bottom = s.pdf ? w.bottom : index + 1;
      out += std::to_string(page) + '\t' + std::to_string(line.number) + '\t' + Num(w.x0) + '\t' +
             Num(w.x1) + '\t' + Num(top) + '\t' + Num(bottom) + '\t' + w.text + '\n';
    }
  }
  return out;
}

}  // namespace gongkai
