#include "table_pieces.h"

#include "labels.h"

namespace gongkai {
namespace {

// The header as compacted column names: a repeated header prints the same.
std::vector<std::string> HeaderNames(const Table& t) {
  std::vector<std::string> names;
  for (const Column& c : t.columns) names.push_back(CompactLabel(c.name));
  return names;
}

bool HasHeader(const Table& t) {
  for (const Column& c : t.columns)
    if (!CompactLabel(c.name).empty()) return true;
  return false;
}

bool Continues(const Table& prev, const Table& next, const std::vector<int>& page_starts) {
  if (prev.kind.empty() || prev.state != TableState::kData || next.state != TableState::kData) return false;
  if (prev.columns.size() != next.columns.size() || next.rows.empty()) return false;
  if (!next.kind.empty() && (next.kind != prev.kind || CompactLabel(next.title) != CompactLabel(prev.title)))
    return false;
  // A repeated header prints the same words, but a wrapped cell above the
  // rows may join one of them: two in three columns named alike suffice.
  if (HasHeader(next)) {
    std::vector<std::string> a = HeaderNames(prev), b = HeaderNames(next);
    std::size_t same = 0;
    for (std::size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
    if (3 * same < 2 * a.size()) return false;
  }
  int first = next.first_row_line ? next.first_row_line : next.line;
  if (first <= prev.last_line) return false;
  if (!page_starts.empty() && PageOfLine(page_starts, first) <= PageOfLine(page_starts, prev.last_line))
    return false;
  return true;
}

}  // namespace

int JoinTablePieces(std::vector<Table>& tables, const std::vector<int>& page_starts) {
  int joined = 0;
  std::vector<Table> out;
  for (Table& t : tables) {
    if (!out.empty() && Continues(out.back(), t, page_starts)) {
      Table& prev = out.back();
      for (TableRow& row : t.rows) prev.rows.push_back(std::move(row));
      prev.last_line = t.last_line;
      prev.illegible = prev.illegible || t.illegible;
      if (!t.note.empty()) prev.note += (prev.note.empty() ? "" : "\n") + t.note;
      ++joined;
      continue;
    }
    out.push_back(std::move(t));
  }
  tables = std::move(out);
  return joined;
}

}  // namespace gongkai
