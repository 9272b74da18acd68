#include "aligned_columns.h"

#include <algorithm>
#include <cmath>

#include "labels.h"
#include "amount.h"
#include "text.h"
#include "vocabulary.h"

namespace gongkai {
namespace {

struct Interval {
  double start = 0;
  double end = 0;
};

double Em(const Word& w) { return std::max(1.0, w.bottom - w.top); }

bool IsAmountWord(const Word& w) { return ParseValue(w.text, MoneyUnit::kYuan).kind == CellKind::kAmount; }

bool IsDataLine(const Line& line) {
  return std::any_of(line.words.begin(), line.words.end(),
                     [](const Word& w) { return IsAmountWord(w) && !IsColumnNumber(w.text); });
}

double Overlap(const Word& w, const Interval& c) {
  return std::max(0.0, std::min(w.x1, c.end) - std::max(w.x0, c.start));
}

// Merges overlapping intervals (sorted by start) into clusters.
std::vector<Interval> Merge(std::vector<Interval> spans) {
  std::sort(spans.begin(), spans.end(),
            [](const Interval& a, const Interval& b) { return a.start < b.start; });
  std::vector<Interval> merged;
  for (const Interval& s : spans) {
    if (!merged.empty() && s.start < merged.back().end)
      merged.back().end = std::max(merged.back().end, s.end);
    else
      merged.push_back(s);
  }
  return merged;
}

bool OverlapsAny(const Word& w, const std::vector<Interval>& columns) {
  return std::any_of(columns.begin(), columns.end(),
                     [&](const Interval& c) { return Overlap(w, c) > 0; });
}

std::vector<const Word*> AnchorWords(const Line& line) {
  std::vector<const Word*> out;
  for (const Word& w : line.words)
    if (IsAmountToken(w.text)) out.push_back(&w);
  return out;
}

// The cost of placing `anchors` (right edges, left to right) on the columns
// `right` after shifting them by `shift`: each goes to the nearest column
// right of the previous one's. `worst` gets the largest distance of one.
double PlacementCost(const std::vector<const Word*>& anchors, const std::vector<double>& right,
                     double shift, double* worst = nullptr) {
  double cost = 0;
  if (worst) *worst = 0;
  std::size_t next = 0;
  for (const Word* w : anchors) {
    if (next >= right.size()) {
      if (worst) *worst = 1e18;
      return 1e18;
    }
    std::size_t best = next;
    for (std::size_t j = next; j < right.size(); ++j)
      if (std::abs(w->x1 - shift - right[j]) < std::abs(w->x1 - shift - right[best])) best = j;
    cost += std::abs(w->x1 - shift - right[best]);
    if (worst) *worst = std::max(*worst, std::abs(w->x1 - shift - right[best]));
    next = best + 1;
  }
  return cost;
}

// How far from its column's edge (in least gaps between columns) an amount
// may stand and still plainly belong to it: under half, so no other column
// is as near.
constexpr double kFitGap = 0.4;

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

// 0. Row shifts. Even at their page columns (Tokens), a row's amounts may
// stand off their column's edge: pdftotext pushes a word right when the text
// before it needs more characters than its place on the page gives, and
// rows stray by a column or two. The rows with the most amounts fix the
// columns' right edges; every data row gets the shift that places its
// amounts on them, in order (below: the smallest that plainly fits), and its
// drifting words move back by it (ShiftRow). PDF rows come out unshifted.
std::vector<Line> UnshiftPage(const std::vector<Line>& lines, std::vector<double>* first_right);

std::vector<Interval> DataColumns(const std::vector<Line>& lines);
std::size_t ColumnOf(const Word& w, const std::vector<Interval>& columns);

// A later page of a run whose data rows make as many columns as its first
// page's, but elsewhere, moves each word by its column's offset onto the
// first page's column of the same place in order. pdftotext sets each page
// on its own grid: where a 收支总表's expenditure side runs on alone onto the
// next page, that page's labels stand 8 columns left of the first page's
// and its amounts 16 (西南大学 2023 决算, page 6); no one shift fits both.
// `first_columns`: the first page's columns with data (set here when empty).
void MapOntoFirstPage(std::vector<Line>* page, std::vector<Interval>* first_columns) {
  const std::vector<Interval> columns = DataColumns(*page);
  if (columns.empty()) return;
  if (first_columns->empty()) {
    *first_columns = columns;
    return;
  }
  if (columns.size() != first_columns->size() || columns.size() < 3) return;
  for (Line& line : *page)
    for (Word& w : line.words) {
      // The column the word overlaps most (a label's box from its display
      // width may touch the amount column before it).
      std::size_t c = ColumnOf(w, columns);
      for (std::size_t k = 0; k < columns.size(); ++k)
        if (Overlap(w, columns[k]) > Overlap(w, columns[c])) c = k;
      const double offset = (*first_columns)[c].start - columns[c].start;
      w.x0 += offset;
      w.x1 += offset;
    }
}

// pdftotext lays out each page on its own: a run crossing page breaks is
// unshifted page by page, and the drifting words of each later page move
// onto the first page's columns (seen: a continued 收支总表 three columns
// left of its first page, its 行次 numbers under the first page's labels).
std::vector<Line> Unshift(const std::vector<Line>& lines) {
  if (!lines.empty() && lines.front().positioned) return lines;  // PDF boxes are exact
  std::vector<Line> out;
  std::vector<double> first_right;
  std::vector<Interval> first_columns;
  std::size_t begin = 0;
  for (std::size_t k = 1; k <= lines.size(); ++k) {
    // (A continued table's run skips the lines that repeat its header, the
    // form feed's among them: the page number tells.)
    if (k < lines.size() && !lines[k].page_break && lines[k].page == lines[k - 1].page) continue;
    std::vector<Line> page(lines.begin() + static_cast<long>(begin),
                           lines.begin() + static_cast<long>(k));
    page = UnshiftPage(page, &first_right);
    MapOntoFirstPage(&page, &first_columns);
    for (Line& l : page) out.push_back(std::move(l));
    begin = k;
  }
  return out;
}

// Moves the words of a row that drift: those after its first CJK word (行次
// numbers and the amounts) or from `first_amount` on; a leading code or row
// number does not.
void ShiftRow(Line& line, double shift, const Word* first_amount) {
  if (shift == 0) return;
  bool after_cjk = false;
  for (Word& w : line.words) {
    if (after_cjk || &w == first_amount) after_cjk = true;
    if (after_cjk) {
      w.x0 -= shift;
      w.x1 -= shift;
    }
    after_cjk = after_cjk || ContainsCjk(w.text);
  }
}

// `first_right`: the right edges of the run's first page with amounts (set
// here when empty); a later page with as many columns moves onto them.
std::vector<Line> UnshiftPage(const std::vector<Line>& lines, std::vector<double>* first_right) {
  std::size_t most = 0;
  for (const Line& line : lines) most = std::max(most, AnchorWords(line).size());
  if (most < 2) return lines;
  // The rows with the most amounts fix the columns' right edges, each row
  // measured against the first of them.
  const Line* reference = nullptr;
  std::vector<std::vector<double>> edges(most);
  for (const Line& line : lines) {
    std::vector<const Word*> a = AnchorWords(line);
    if (a.size() != most) continue;
    if (!reference) reference = &line;
    std::vector<double> d;
    std::vector<const Word*> r = AnchorWords(*reference);
    for (std::size_t j = 0; j < most; ++j) d.push_back(a[j]->x1 - r[j]->x1);
    double shift = Median(d);
    for (std::size_t j = 0; j < most; ++j) edges[j].push_back(a[j]->x1 - shift);
  }
  std::vector<double> right;
  for (auto& e : edges) right.push_back(Median(e));
  std::vector<Line> out = lines;
  if (first_right->empty()) {
    *first_right = right;
  } else if (first_right->size() == right.size()) {
    std::vector<double> d;
    for (std::size_t j = 0; j < right.size(); ++j) d.push_back(right[j] - (*first_right)[j]);
    const double page_shift = Median(d);
    for (Line& line : out) {
      std::vector<const Word*> a = AnchorWords(line);
      ShiftRow(line, page_shift, a.empty() ? nullptr : a.front());
    }
    for (double& r : right) r -= page_shift;
  }
  // A placement fits when every amount stands within kFitGap of the least
  // gap between two columns from its edge: then its column is plain, and the
  // smallest shift that fits wins. A two-amount row (总计 | 基本) whose gap
  // is a column off could otherwise fit 基本 | 项目 a little better after
  // a shift by a whole column. Only when no shift fits does the cheapest win.
  double least_gap = 1e18;
  for (std::size_t j = 1; j < right.size(); ++j) least_gap = std::min(least_gap, right[j] - right[j - 1]);
  const double fit = least_gap * kFitGap;
  for (Line& line : out) {
    std::vector<const Word*> a = AnchorWords(line);
    if (a.empty()) continue;
    double worst = 0;
    double best_shift = 0, best_cost = PlacementCost(a, right, 0, &worst);
    bool best_fits = worst <= fit;
    for (const Word* w : a)
      for (double r : right) {
        const double shift = w->x1 - r;
        const double cost = PlacementCost(a, right, shift, &worst);
        const bool fits = worst <= fit;
        const bool smaller = std::abs(shift) < std::abs(best_shift) - 1e-9;
        const bool better = best_fits ? fits && smaller
                                      : fits || cost < best_cost - 1e-9 ||
                                            (std::abs(cost - best_cost) <= 1e-9 && smaller);
        if (better) {
          best_cost = cost;
          best_shift = shift;
          best_fits = fits;
        }
      }
    ShiftRow(line, best_shift, a.front());
  }
  return out;
}

// 1. Amount columns from the amounts of data rows; 2. text columns from the
// other words of data rows that no amount column takes (labels, codes).
std::vector<Interval> DataColumns(const std::vector<Line>& lines) {
  std::vector<Interval> amounts;
  for (const Line& line : lines) {
    if (!IsDataLine(line)) continue;
    for (const Word& w : line.words)
      if (IsAmountToken(w.text)) amounts.push_back({w.x0, w.x1});
  }
  amounts = Merge(std::move(amounts));
  std::vector<Interval> all = amounts;
  for (const Line& line : lines) {
    if (!IsDataLine(line)) continue;
    for (const Word& w : line.words)
      if (!IsAmountToken(w.text) && !OverlapsAny(w, amounts)) all.push_back({w.x0, w.x1});
  }
  return Merge(std::move(all));
}

// 3. A header word standing where no data row has anything: a column left
// empty in every row (empty cells instead of 0.00) keeps its header, when the
// word is wide enough and clear of the data columns to be a column's header.
void AddHeaderOnlyColumns(const std::vector<Line>& lines, const GridSettings& s,
                          std::vector<Interval>& columns) {
  std::vector<Interval> extra;
  for (const Line& line : lines) {
    if (IsDataLine(line)) continue;
    for (const Word& w : line.words) {
      double em = Em(w);
      if (OverlapsAny(w, columns) || w.x1 - w.x0 < s.header_column_min_width * em) continue;
      bool clear = std::all_of(columns.begin(), columns.end(), [&](const Interval& c) {
        double gap = std::max(c.start - w.x1, w.x0 - c.end);
        return gap >= s.header_column_min_gap * em;
      });
      if (clear) extra.push_back({w.x0, w.x1});
    }
  }
  if (extra.empty()) return;
  columns.insert(columns.end(), extra.begin(), extra.end());
  columns = Merge(std::move(columns));
}

// The column a word belongs to: the leftmost column it overlaps, else the
// nearest by centre.
std::size_t ColumnOf(const Word& w, const std::vector<Interval>& columns) {
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (Overlap(w, columns[c]) > 0) return c;
  std::size_t best = 0;
  double centre2 = w.x0 + w.x1;
  double best_distance = -1;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    double d = std::abs(columns[c].start + columns[c].end - centre2);
    if (best_distance < 0 || d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

// 5. Fragments: see AlignColumns. `from_fragment[r][c]` marks cells that
// fragments filled, which later fragments of the same label may extend.
double Top(const Line& l) {
  double t = 1e18;
  for (const Word& w : l.words) t = std::min(t, w.top);
  return t;
}
double Bottom(const Line& l) {
  double b = -1e18;
  for (const Word& w : l.words) b = std::max(b, w.bottom);
  return b;
}

// 4. A header line whose every cell continues a cell of the line above (the
// wrapped text of a tall header cell: "政府采购项目 / 中预留给小 / 型、微型企业")
// joins that line, so the header keeps one row per level.
void MergeWrappedHeaderLines(const std::vector<Line>& lines, std::vector<RawRow>& rows) {
  std::vector<RawRow> out;
  std::size_t r = 0;
  for (; r < rows.size() && !IsDataLine(lines[r]); ++r) {
    bool continues = !out.empty();
    bool any = false;
    for (std::size_t c = 0; continues && c < rows[r].cells.size(); ++c) {
      if (rows[r].cells[c].text.empty()) continue;
      any = true;
      continues = !out.back().cells[c].text.empty();
    }
    if (continues && any) {
      for (std::size_t c = 0; c < rows[r].cells.size(); ++c)
        out.back().cells[c].text = JoinWrapped(out.back().cells[c].text, rows[r].cells[c].text);
      continue;
    }
    out.push_back(std::move(rows[r]));
  }
  for (; r < rows.size(); ++r) out.push_back(std::move(rows[r]));
  rows = std::move(out);
}

void AttachFragments(const std::vector<Line>& lines, const GridSettings& s,
                     std::vector<RawRow>& rows) {
  std::size_t n = rows.size();
  std::vector<bool> data(n), gone(n);
  std::size_t first_data = n;
  for (std::size_t r = 0; r < n; ++r) {
    data[r] = IsDataLine(lines[r]);
    if (data[r] && first_data == n) first_data = r;
  }
  std::vector<std::vector<bool>> from_fragment(n);
  for (std::size_t r = 0; r < n; ++r) from_fragment[r].assign(rows[r].cells.size(), false);
  // Whether fragment `f` fits into data row `d`: every cell it fills is empty
  // there or was itself filled by a fragment.
  auto fits = [&](std::size_t f, std::size_t d) {
    for (std::size_t c = 0; c < rows[f].cells.size(); ++c)
      if (!rows[f].cells[c].text.empty() && !rows[d].cells[c].text.empty() &&
          !from_fragment[d][c])
        return false;
    return true;
  };
  for (std::size_t f = first_data + 1; f < n; ++f) {
    if (data[f] || lines[f].words.empty()) continue;
    bool has_prev = data[f - 1] && !gone[f - 1];
    bool has_next = f + 1 < n && data[f + 1];
    std::size_t target = n;
    if (lines[f].positioned) {
      double em = std::max(1.0, Bottom(lines[f]) - Top(lines[f]));
      double best = s.fragment_max_gap * em;
      if (has_prev && Top(lines[f]) - Bottom(lines[f - 1]) < best)
        target = f - 1, best = Top(lines[f]) - Bottom(lines[f - 1]);
      if (has_next && Top(lines[f + 1]) - Bottom(lines[f]) < best) target = f + 1;
      if (target < n && !fits(f, target)) target = n;
    } else {
      bool prev_fits = has_prev && fits(f, f - 1);
      bool next_fits = has_next && fits(f, f + 1);
      if (next_fits && (!prev_fits || !std::any_of(from_fragment[f - 1].begin(),
                                                    from_fragment[f - 1].end(),
                                                    [](bool b) { return b; })))
        target = f + 1;
      else if (prev_fits)
        target = f - 1;
    }
    if (target == n) continue;
    for (std::size_t c = 0; c < rows[f].cells.size(); ++c) {
      const RawCell& frag = rows[f].cells[c];
      if (frag.text.empty()) continue;
      RawCell& cell = rows[target].cells[c];
      cell.text = target > f ? JoinWrapped(frag.text, cell.text) : JoinWrapped(cell.text, frag.text);
      cell.illegible = cell.illegible || frag.illegible;
      from_fragment[target][c] = true;
    }
    gone[f] = true;
  }
  std::vector<RawRow> kept;
  for (std::size_t r = 0; r < n; ++r)
    if (!gone[r]) kept.push_back(std::move(rows[r]));
  rows = std::move(kept);
}


// A run of non-space characters of a -layout line, with its place on the
// page and the spaces before it. pdftotext puts each word at the column of
// its x on the page, one column per character, CJK included, although a CJK
// character covers two columns' width: so a word starts at its character
// index (x0) and covers its display width from there (x1). Counting display
// columns instead put a row's amounts as far right as its label was long
// (up to 13 columns in tables whose columns stand 15 apart).
struct Token {
  std::string_view text;
  int x0 = 0, x1 = 0;
  int spaces_before = 0;
};

std::vector<Token> Tokens(std::string_view line) {
  std::vector<Token> tokens;
  int col = 0, spaces = 0;
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] == ' ') {
      ++spaces, ++col, ++i;
      continue;
    }
    std::size_t begin = i;
    int x0 = col, width = 0;
    while (i < line.size() && line[i] != ' ') {
      std::size_t at = i;
      char32_t c = NextCodePoint(line, &i);
      // "0.01七、文化旅游体育与传媒支出": pdftotext ran an amount into the
      // next column's label; the amount ends the token.
      if (at > begin && IsCjkOrFullWidth(c) && IsAmountToken(line.substr(begin, at - begin))) {
        tokens.push_back({line.substr(begin, at - begin), x0, x0 + width, spaces});
        spaces = 0;
        begin = at;
        x0 = col;
        width = 0;
      }
      ++col;
      width += CharWidth(c);
    }
    tokens.push_back({line.substr(begin, i - begin), x0, x0 + width, spaces});
    spaces = 0;
  }
  // Where CJK text is set narrower than two columns a character, the next
  // word starts before the display width ends (a 15-character label, then its
  // 行次 "2" 23 columns from its start): a word ends a column before the next.
  for (std::size_t k = 0; k + 1 < tokens.size(); ++k)
    if (tokens[k + 1].spaces_before > 0)
      tokens[k].x1 = std::max(tokens[k].x0 + 1, std::min(tokens[k].x1, tokens[k + 1].x0 - 1));
  return tokens;
}

// Whether one space before token k parts two cells: an amount that stands
// as a cell (a cell gap on either side, the line's end or another amount
// beside it), or anything after such an amount ("98,880.78 一、一般公共服务支出"
// in a tight 收支总表). "预算 2,719.55 万元，" in prose stays one.
bool PartsAtOneSpace(const std::vector<Token>& t, std::size_t k) {
  auto cell_amount = [&](std::size_t j) {
    if (!IsAmountToken(t[j].text)) return false;
    return j + 1 == t.size() || t[j + 1].spaces_before >= 2 || IsAmountToken(t[j + 1].text) ||
           t[j].spaces_before >= 2;
  };
  return cell_amount(k) || cell_amount(k - 1);
}

}  // namespace

std::vector<Word> LayoutWords(std::string_view line, std::size_t max_words) {
  std::vector<Token> tokens = Tokens(line);
  std::vector<Word> words;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    bool new_word = k == 0 || t.spaces_before != 1 || PartsAtOneSpace(tokens, k);
    if (new_word) {
      if (words.size() >= max_words) break;
      words.push_back({std::string(t.text), static_cast<double>(t.x0), static_cast<double>(t.x1), 0, 2});
      continue;
    }
    words.back().text += ' ';
    words.back().text += t.text;
    words.back().x1 = t.x1;
  }
  JoinLetterSpacedLabels(words);
  return words;
}

std::vector<Word> ColumnNumberWords(const std::vector<Word>& words) {
  int last = 0, numbers = 0;
  for (const Word& w : words) {
    std::string s = RemoveAsciiSpaces(w.text);
    if (s.find_first_not_of("*-") == std::string::npos || IsOneOf(s, kColumnNumberRowWords)) continue;
    if (!IsColumnNumber(s)) return {};
    int v = std::stoi(s);
    if (v <= last) return {};
    last = v;
    ++numbers;
  }
  return numbers >= 3 ? words : std::vector<Word>{};
}

void MoveByColumnNumbers(const std::vector<Word>& from, const std::vector<Word>& to, Line& line) {
  if (from.size() != to.size() || from.empty()) return;
  auto centre = [](const Word& w) { return (w.x0 + w.x1) / 2; };
  for (Word& w : line.words) {
    std::size_t k = 0;
    if (IsAmountToken(w.text)) {
      while (k + 1 < from.size() && centre(from[k + 1]) <= w.x1) ++k;
    } else {
      while (k + 1 < from.size() && centre(from[k]) < w.x0) ++k;
    }
    const double offset = centre(to[k]) - centre(from[k]);
    w.x0 += offset;
    w.x1 += offset;
  }
}

namespace {

// Phases 1-3 on unshifted lines: the table's columns.
std::vector<Interval> FindColumns(const std::vector<Line>& lines, const GridSettings& settings) {
  std::vector<Interval> columns = DataColumns(lines);
  if (columns.empty()) {
    std::vector<Interval> all;
    for (const Line& line : lines)
      for (const Word& w : line.words) all.push_back({w.x0, w.x1});
    columns = Merge(std::move(all));
  }
  AddHeaderOnlyColumns(lines, settings, columns);
  return columns;
}

}  // namespace

bool FitsColumns(const std::vector<Line>& lines, const Line& line) {
  if (line.words.empty()) return false;
  std::vector<Interval> columns = DataColumns(Unshift(lines));
  if (columns.size() < 2) return false;
  for (const Word& w : line.words) {
    int overlapped = 0;
    std::size_t in = 0;
    for (std::size_t c = 0; c < columns.size(); ++c)
      if (Overlap(w, columns[c]) > 0) ++overlapped, in = c;
    // A longer label than the column's others may run on towards the next
    // column, not into it.
    // (PDF boxes only: -layout columns are too ragged to trust the gap.)
    double limit = line.positioned && in + 1 < columns.size() ? columns[in + 1].start
                                                              : columns[in].end + Em(w);
    if (overlapped != 1 || w.x0 < columns[in].start - Em(w) || w.x1 > limit) return false;
  }
  return true;
}

std::vector<RawRow> AlignColumns(const std::vector<Line>& input,
                                 const GridSettings& settings) {
  std::vector<Line> lines = Unshift(input);
  std::vector<Interval> columns = FindColumns(lines, settings);
  std::vector<RawRow> rows;
  rows.reserve(lines.size());
  for (const Line& line : lines) {
    RawRow row;
    row.line = line.number;
    row.cells.resize(columns.size());
    for (RawCell& cell : row.cells) cell.line = line.number;
    bool data = IsDataLine(line);
    for (const Word& w : line.words) {
      std::size_t c = ColumnOf(w, columns);
      // Two cells of a data row never share a column: where -layout drift
      // put an amount and the next label in one ("25,408,100.00" and
      // "6、对事业单位资本性补助"), the later word takes the free column after.
      if (data && IsAmountToken(row.cells[c].text) && !IsAmountToken(w.text) &&
          c + 1 < columns.size() && row.cells[c + 1].text.empty())
        ++c;
      RawCell& cell = row.cells[c];
      if (!cell.text.empty()) cell.text += ' ';
      cell.text += w.text;
      if (w.text.find("[illegible]") != std::string::npos) cell.illegible = true;
    }
    rows.push_back(std::move(row));
  }
  AttachFragments(lines, settings, rows);
  MergeWrappedHeaderLines(lines, rows);
  return rows;
}

}  // namespace gongkai

namespace gongkai {

// Steps 0–3 of AlignColumns, then the column of every word (step 4's ColumnOf).
std::vector<std::vector<std::size_t>> WordColumns(const std::vector<Line>& input,
                                                  const GridSettings& settings) {
  std::vector<Line> lines = Unshift(input);
  std::vector<Interval> columns = FindColumns(lines, settings);
  std::vector<std::vector<std::size_t>> out;
  out.reserve(lines.size());
  for (const Line& line : lines) {
    std::vector<std::size_t>& of = out.emplace_back();
    for (const Word& w : line.words) of.push_back(ColumnOf(w, columns));
  }
  return out;
}

}  // namespace gongkai
