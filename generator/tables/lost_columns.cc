#include "lost_columns.h"

#include <algorithm>

#include "aligned_columns.h"
#include "amount.h"
#include "diagnostics.h"
#include "text.h"

namespace gongkai {
namespace {

// How many telling lines make the verdict.
constexpr int kMinEvidence = 10;

struct LineShape {
  int amounts = 0;       // amount tokens on the line
  bool alone = false;    // the line is one amount and nothing else
  bool spaced = false;   // an amount stands next to a run of 2+ spaces
};

LineShape Shape(std::string_view line) {
  LineShape shape;
  std::string_view t = TrimCellView(line);
  if (IsAmountToken(t)) {
    shape.amounts = 1;
    shape.alone = true;
    return shape;
  }
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t begin = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (begin == i) break;
    if (!IsAmountToken(line.substr(begin, i - begin))) continue;
    ++shape.amounts;
    bool before = begin >= 2 && line[begin - 1] == ' ' && line[begin - 2] == ' ';
    bool after = i + 1 < line.size() && line[i] == ' ' && line[i + 1] == ' ';
    shape.spaced = shape.spaced || before || after;
  }
  return shape;
}

}  // namespace

int LostColumnsLine(const SourceText& text) {
  int alone = 0, single_spaced_rows = 0, spaced = 0, first = 0, with_amounts = 0;
  for (const Line& line : text.lines) {
    if (!line.words.empty() || line.text.find('\t') != std::string::npos) return 0;
    LineShape s = Shape(line.text);
    if (s.amounts == 0) continue;
    ++with_amounts;
    if (s.spaced) ++spaced;
    bool telling = s.alone || (s.amounts >= 2 && !s.spaced);
    if (s.alone) ++alone;
    if (s.amounts >= 2 && !s.spaced) ++single_spaced_rows;
    if (telling && first == 0) first = line.number;
  }
  bool cell_per_line = alone >= kMinEvidence && 2 * alone >= with_amounts;
  bool raw = single_spaced_rows >= kMinEvidence && spaced * 10 < with_amounts;
  return (cell_per_line || raw) ? first : 0;
}

std::vector<RawRow> RowsInOrder(const std::vector<Line>& lines) {
  std::size_t most = 0;
  for (const Line& line : lines) {
    std::size_t n = 0;
    for (const Word& w : line.words) n += IsAmountToken(w.text);
    most = std::max(most, n);
  }
  std::vector<RawRow> rows;
  for (const Line& line : lines) {
    RawRow row;
    row.line = line.number;
    row.cells.resize(most + 1);
    for (RawCell& c : row.cells) c.line = line.number;
    std::vector<std::string> amounts;
    for (const Word& w : line.words) {
      if (IsAmountToken(w.text)) {
        amounts.push_back(w.text);
        continue;
      }
      std::string& label = row.cells[0].text;
      if (!label.empty()) label += ' ';
      label += w.text;
    }
    if (amounts.size() == most)
      for (std::size_t k = 0; k < most; ++k) row.cells[k + 1].text = amounts[k];
    rows.push_back(std::move(row));
  }
  return rows;
}

void MarkLostColumns(SourceText& text, std::vector<Diagnostic>& diagnostics) {
  const int line = LostColumnsLine(text);
  if (line <= 0) return;
  text.lost_columns = true;
  Report(diagnostics, text.path, line, Severity::kWarning, "input.lost-columns",
         "this text has lost its table columns (pdftotext -raw or default mode, or pasted "
         "text): only rows with every cell are read; give the PDF, or pdftotext -layout "
         "text, for exact tables");
}

}  // namespace gongkai
