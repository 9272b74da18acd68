#include "aligned_columns.h"

#include <algorithm>

#include "amount.h"
#include "cell_text.h"

namespace gongkai {
namespace {

struct Interval {
  int start = 0;
  int end = 0;
};

bool IsDataLine(const AlignedLine& line) {
  for (const AlignedField& f : line.fields)
    if (ParseValue(f.text, Currency::kYuan).kind == CellKind::kAmount) return true;
  return false;
}

// Merges the overlapping intervals of the given lines' fields into columns.
std::vector<Interval> ClusterColumns(const std::vector<AlignedLine>& lines, bool data_only) {
  std::vector<Interval> spans;
  for (const AlignedLine& line : lines) {
    if (data_only && !IsDataLine(line)) continue;
    for (const AlignedField& f : line.fields) spans.push_back({f.start, f.end});
  }
  std::sort(spans.begin(), spans.end(),
            [](const Interval& a, const Interval& b) { return a.start < b.start; });
  std::vector<Interval> columns;
  for (const Interval& s : spans) {
    if (!columns.empty() && s.start < columns.back().end)
      columns.back().end = std::max(columns.back().end, s.end);
    else
      columns.push_back(s);
  }
  return columns;
}

int Overlap(const AlignedField& f, const Interval& c) {
  return std::max(0, std::min(f.end, c.end) - std::max(f.start, c.start));
}

// The column a field belongs to: the leftmost column it overlaps (a header
// centred over several columns is a span starting there), else the nearest.
std::size_t ColumnOf(const AlignedField& f, const std::vector<Interval>& columns) {
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (Overlap(f, columns[c]) > 0) return c;
  std::size_t best = 0;
  int centre2 = f.start + f.end;
  int best_distance = -1;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    int d = std::abs(columns[c].start + columns[c].end - centre2);
    if (best_distance < 0 || d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

}  // namespace

std::vector<AlignedField> SplitAligned(std::string_view line, std::size_t max_fields) {
  std::vector<AlignedField> fields;
  int col = 0;
  int spaces = 0;
  AlignedField current;
  bool in_field = false;
  auto flush = [&]() {
    if (!in_field) return;
    current.text = TrimCell(current.text);
    if (fields.size() < max_fields) fields.push_back(std::move(current));
    current = AlignedField{};
    in_field = false;
  };
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] == ' ') {
      ++spaces;
      ++col;
      ++i;
      if (spaces == 2) flush();
      continue;
    }
    std::size_t begin = i;
    char32_t c = NextCodePoint(line, &i);
    if (!in_field) {
      in_field = true;
      current.start = col;
    } else if (spaces == 1) {
      current.text += ' ';
    }
    spaces = 0;
    current.text.append(line.substr(begin, i - begin));
    col += CharWidth(c);
    current.end = col;
  }
  flush();
  return fields;
}

// Adds the fields of header lines that fall where no data row has text: a
// column left empty on this page still has its header.
void AddHeaderOnlyColumns(const std::vector<AlignedLine>& lines, std::vector<Interval>& columns) {
  std::vector<Interval> extra;
  for (const AlignedLine& line : lines) {
    if (IsDataLine(line)) continue;
    for (const AlignedField& f : line.fields) {
      bool covered = false;
      for (const Interval& c : columns) covered = covered || Overlap(f, c) > 0;
      if (!covered) extra.push_back({f.start, f.end});
    }
  }
  if (extra.empty()) return;
  columns.insert(columns.end(), extra.begin(), extra.end());
  std::sort(columns.begin(), columns.end(),
            [](const Interval& a, const Interval& b) { return a.start < b.start; });
  std::vector<Interval> merged;
  for (const Interval& s : columns) {
    if (!merged.empty() && s.start < merged.back().end)
      merged.back().end = std::max(merged.back().end, s.end);
    else
      merged.push_back(s);
  }
  columns = std::move(merged);
}

std::vector<RawRow> AlignColumns(const std::vector<AlignedLine>& lines) {
  std::vector<Interval> columns = ClusterColumns(lines, /*data_only=*/true);
  if (columns.empty()) columns = ClusterColumns(lines, /*data_only=*/false);
  AddHeaderOnlyColumns(lines, columns);
  std::vector<RawRow> rows;
  rows.reserve(lines.size());
  for (const AlignedLine& line : lines) {
    RawRow row;
    row.line = line.number;
    row.cells.resize(columns.size());
    for (RawCell& cell : row.cells) cell.line = line.number;
    for (const AlignedField& f : line.fields) {
      RawCell& cell = row.cells[ColumnOf(f, columns)];
      if (!cell.text.empty()) cell.text += ' ';
      cell.text += f.text;
      if (f.text.find("[illegible]") != std::string::npos) cell.illegible = true;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace gongkai
