#include "segment.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "aligned_columns.h"
#include "amount.h"
#include "diagnostics.h"
#include "heading.h"
#include "labels.h"
#include "lost_columns.h"
#include "table_header.h"
#include "text.h"
#include "vocabulary.h"

namespace gongkai {
namespace {

// Like cmark-gfm's MAX_AUTOCOMPLETED_CELLS: a hostile row cannot make every
// later stage quadratic.
constexpr std::size_t kMaxCells = 1000;
// How many blank lines and text fragments a table run may cross.
constexpr std::size_t kMaxInnerLines = 8;
// ...and how far apart (in text heights) two lines of a PDF table may stand.
constexpr double kMaxLineGapEm = 4;
// How many lines of the run so far decide whether a line fits its columns.
constexpr std::size_t kFitWindow = 60;
// How many lines a page may repeat (furniture, title, header) before a
// table's continuation.
constexpr std::size_t kMaxRepeatedLines = 16;
// How many blocks before a table run may hold its title.
constexpr std::size_t kTitleBlocks = 6;
// The longest text line a table run crosses as a fragment (characters).
constexpr std::size_t kMaxFragmentChars = 20;

constexpr std::string_view kIllegible = "[illegible]";

bool HasTab(std::string_view s) { return s.find('\t') != std::string_view::npos; }

// "\t基础数据表": one cell per line, as Word exports a table.
bool IsCellLine(std::string_view s) {
  return !s.empty() && s[0] == '\t' && s.find('\t', 1) == std::string_view::npos;
}

bool IsPipeLine(std::string_view s) {
  s = TrimCellView(s);
  return s.size() >= 2 && s.front() == '|';
}

bool IsPageFurniture(std::string_view text);

// The compacted text of the nearest block before blocks[end] that is not page
// furniture, within three blocks and not past a table: the title a table's
// continued page may print again ("" when none).
std::string TitleBefore(const std::vector<Block>& blocks, std::size_t end) {
  for (std::size_t k = end; k-- > 0 && k + 3 >= end;) {
    if (blocks[k].kind == BlockKind::kTable) break;
    if (!IsPageFurniture(blocks[k].text)) return CompactCell(blocks[k].text);
  }
  return "";
}

// A compacted title without the continued mark after it.
std::string_view WithoutContinuedMark(std::string_view compact) {
  for (std::string_view mark : kContinuedMarks)
    if (compact.ends_with(mark)) compact.remove_suffix(mark.size());
  return compact;
}

// A table's title, not a row: a compacted line that starts with 表 ("表2：
// 高等学校收入决算表", "表一") or ends with it ("部门收支总表", "公开01表"),
// a continued mark after it aside.
bool LooksLikeTableTitle(std::string_view compact) {
  compact = WithoutContinuedMark(compact);
  return compact.starts_with("表") || compact.ends_with("表");
}

bool HasAmount(const RawRow& r) {
  for (const RawCell& c : r.cells)
    if (ParseValue(c.text, MoneyUnit::kYuan).kind == CellKind::kAmount) return true;
  return false;
}

struct Segmenter {
  const SourceText& text;
  std::vector<Diagnostic>& diagnostics;
  std::vector<Block> blocks;
  std::size_t i = 0;
  mutable std::vector<std::optional<bool>> aligned_rows = {};  // IsAlignedRow, by line

  const std::string& At(std::size_t k) const { return text.lines[k].text; }
  int Number(std::size_t k) const { return text.lines[k].number; }
  bool Blank(std::size_t k) const { return !HasTab(At(k)) && IsBlankText(At(k)); }
  std::size_t n() const { return text.lines.size(); }

  // The next non-blank line at or after k (n() when none).
  std::size_t NextNonBlank(std::size_t k) const {
    while (k < n() && Blank(k)) ++k;
    return k;
  }

  RawCell MakeCell(std::string_view raw, int line) const {
    RawCell cell;
    cell.text = TrimCell(raw);
    cell.line = line;
    cell.illegible = cell.text.find(kIllegible) != std::string::npos;
    return cell;
  }

  void CapCells(RawRow& row) {
    if (row.cells.size() <= kMaxCells) return;
    Report(diagnostics, text.path, row.line, Severity::kWarning, "segment.too-many-cells",
           "table row has " + std::to_string(row.cells.size()) + " cells; keeping the first " +
               std::to_string(kMaxCells));
    row.cells.resize(kMaxCells);
  }

  RawRow SplitTabs(std::size_t k) {
    RawRow row;
    row.line = Number(k);
    std::string_view s = At(k);
    std::size_t total = static_cast<std::size_t>(std::count(s.begin(), s.end(), '\t')) + 1;
    if (total > kMaxCells)
      Report(diagnostics, text.path, row.line, Severity::kWarning, "segment.too-many-cells",
             "table row has " + std::to_string(total) + " cells; keeping the first " +
                 std::to_string(kMaxCells));
    std::size_t start = 0;
    while (row.cells.size() < kMaxCells) {
      std::size_t tab = s.find('\t', start);
      row.cells.push_back(MakeCell(s.substr(start, tab - start), row.line));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    return row;
  }

  Block TableBlock(RawTable table) {
    Block b;
    b.kind = BlockKind::kTable;
    table.first_line = table.rows.empty() ? 0 : table.rows.front().line;
    table.last_line = table.rows.empty() ? 0 : table.rows.back().line;
    for (const RawRow& r : table.rows)
      for (const RawCell& c : r.cells) {
        b.illegible = b.illegible || c.illegible;
        table.last_line = std::max(table.last_line, c.line);
      }
    b.line = table.first_line;
    b.last_line = table.last_line;
    b.table = std::move(table);
    return b;
  }

  // 1. The phases: one block per call, chosen by the shape of the line.
  void Run() {
    while (i < n()) {
      if (Blank(i)) {
        ++i;
        continue;
      }
      std::string_view s = At(i);
      if (TrimCellView(s) == kIllegible) {
        IllegibleTable();
      } else if (IsPipeLine(s) && i + 1 < n() && IsPipeSeparator(At(i + 1))) {
        PipeTable();
      } else if (IsCellLine(s) && StartsCellPerLine(i)) {
        CellPerLineTable();
      } else if (HasTab(s)) {
        TabTable();
      } else if (StartsAligned(i)) {
        AlignedTable();
      } else {
        Prose();
      }
    }
  }

  void IllegibleTable() {
    Block b;
    b.kind = BlockKind::kTable;
    b.line = b.last_line = Number(i);
    b.illegible = true;
    b.table.first_line = b.table.last_line = Number(i);
    blocks.push_back(std::move(b));
    ++i;
  }

  void Prose() {
    HeadingGuess h;
    // "- 1 -" is a page number, not a list item.
    if (IsPageFurniture(At(i)))
      h.text = TrimCell(At(i));
    else
      h = ClassifyLine(At(i));
    Block b;
    b.kind = h.level > 0 ? BlockKind::kHeading : BlockKind::kParagraph;
    b.level = h.level;
    b.text = std::move(h.text);
    b.line = b.last_line = Number(i);
    blocks.push_back(std::move(b));
    ++i;
  }

  // ---- a) tab rows ----------------------------------------------------------

  // A run of tab lines; blank lines (page breaks) inside do not end it when
  // the next non-blank line is again a tab row. A header repeated after such
  // a gap is dropped.
  void TabTable() {
    RawTable table;
    table.layout = TableLayout::kTab;
    std::vector<std::size_t> gaps;  // row indexes that follow a blank gap
    for (;;) {
      table.rows.push_back(SplitTabs(i));
      ++i;
      if (i < n() && HasTab(At(i))) continue;
      std::size_t next = NextNonBlank(i);
      if (next > i && next < n() && HasTab(At(next)) && !StartsCellPerLine(next)) {
        gaps.push_back(table.rows.size());
        i = next;
        continue;
      }
      break;
    }
    for (auto g = gaps.rbegin(); g != gaps.rend(); ++g) DropRepeatedHeader(table.rows, *g);
    if (IsTableOfContents(table)) {
      for (const RawRow& row : table.rows) {
        Block b;
        b.kind = BlockKind::kParagraph;
        for (const RawCell& c : row.cells) {
          if (c.text.empty()) continue;
          if (!b.text.empty()) b.text += ' ';
          b.text += c.text;
        }
        b.line = b.last_line = row.line;
        blocks.push_back(std::move(b));
      }
      return;
    }
    blocks.push_back(TableBlock(std::move(table)));
  }

  // ---- b) one cell per line -------------------------------------------------

  // A group of lines made only of cell lines and their continuation lines.
  bool StartsCellPerLine(std::size_t k) const {
    if (!IsCellLine(At(k))) return false;
    for (; k < n() && !Blank(k); ++k)
      if (HasTab(At(k)) && !IsCellLine(At(k))) return false;
    return true;
  }

  void CellPerLineTable() {
    RawTable table;
    table.layout = TableLayout::kCellPerLine;
    for (;;) {
      RawRow row;
      row.line = Number(i);
      for (; i < n() && !Blank(i); ++i) {
        std::string_view s = At(i);
        if (IsCellLine(s)) {
          row.cells.push_back(MakeCell(s.substr(1), Number(i)));
          continue;
        }
        // A line without a leading tab continues the previous cell's text:
        // Word wrapped "楼堂馆所控制情况 / （2024年完工项目）".
        RawCell& last = row.cells.back();
        std::string more = TrimCell(s);
        last.text = JoinWrapped(last.text, more);
        last.illegible = last.illegible || more.find(kIllegible) != std::string::npos;
      }
      CapCells(row);
      table.rows.push_back(std::move(row));
      std::size_t next = NextNonBlank(i);
      if (next < n() && IsCellLine(At(next)) && StartsCellPerLine(next)) {
        i = next;
        continue;
      }
      break;
    }
    blocks.push_back(TableBlock(std::move(table)));
  }

  // ---- c) Markdown pipes ----------------------------------------------------

  static std::vector<std::string> SplitPipes(std::string_view s) {
    s = TrimCellView(s);
    if (!s.empty() && s.front() == '|') s.remove_prefix(1);
    if (s.size() >= 1 && s.back() == '|' && !(s.size() >= 2 && s[s.size() - 2] == '\\'))
      s.remove_suffix(1);
    std::vector<std::string> cells(1);
    for (std::size_t k = 0; k < s.size(); ++k) {
      if (s[k] == '\\' && k + 1 < s.size() && s[k + 1] == '|') {
        cells.back() += '|';
        ++k;
      } else if (s[k] == '|') {
        if (cells.size() > kMaxCells) break;
        cells.emplace_back();
      } else {
        cells.back() += s[k];
      }
    }
    return cells;
  }

  static bool IsPipeSeparator(std::string_view s) {
    if (!IsPipeLine(s)) return false;
    for (const std::string& c : SplitPipes(s)) {
      std::string_view t = TrimCellView(c);
      if (!t.empty() && t.front() == ':') t.remove_prefix(1);
      if (!t.empty() && t.back() == ':') t.remove_suffix(1);
      if (t.empty() || t.find_first_not_of('-') != std::string_view::npos) return false;
    }
    return true;
  }

  void PipeTable() {
    RawTable table;
    table.layout = TableLayout::kPipe;
    for (; i < n() && IsPipeLine(At(i)); ++i) {
      if (IsPipeSeparator(At(i))) continue;
      RawRow row;
      row.line = Number(i);
      for (const std::string& c : SplitPipes(At(i))) row.cells.push_back(MakeCell(c, row.line));
      CapCells(row);
      table.rows.push_back(std::move(row));
    }
    blocks.push_back(TableBlock(std::move(table)));
  }

  // ---- d) space-aligned columns (pdftotext -layout) ------------------------

  // The line's positioned words: the PDF reader's, or the -layout text's.
  std::vector<Word> Fields(std::size_t k) const {
    const Line& line = text.lines[k];
    if (!line.words.empty()) return line.words;
    if (HasTab(line.text)) return {};
    return LayoutWords(line.text, kMaxCells);
  }

  // How many fields line k has (Fields(k).size(), without copying a PDF's).
  std::size_t FieldCount(std::size_t k) const {
    const Line& line = text.lines[k];
    return line.words.empty() ? Fields(k).size() : line.words.size();
  }

  // A row of a space-aligned table: two or more fields, and not the
  // "单位：元" line that pdftotext prints on the title's right. Worked out
  // once per line: the phases ask about the same lines again and again.
  bool IsAlignedRow(std::size_t k) const {
    if (aligned_rows.empty()) aligned_rows.resize(n());
    std::optional<bool>& known = aligned_rows[k];
    if (!known) known = ReadAlignedRow(k);
    return *known;
  }

  bool ReadAlignedRow(std::size_t k) const {
    if (Blank(k)) return false;
    std::string_view s = At(k);
    if (ContainsOneOf(s, kPrintedMoneyUnitLabels)) return false;
    std::size_t fields = FieldCount(k);
    if (fields <= 3 && IsPageFurniture(s)) return false;  // "- 17 -"
    return fields >= 2 && !IsJustifiedProse(k);
  }

  // A line of prose set justified, its gaps wide enough to read as cells:
  // a cell opens with the money unit of the amount before it ("69.59 |
  // 万元，较上年增加69.59 | 万元，主要原因是…"), or every cell is a clause.
  bool IsJustifiedProse(std::size_t k) const {
    std::vector<Word> fields = Fields(k);
    bool all_clauses = !fields.empty();
    for (const Word& w : fields) {
      std::string c = CompactCell(w.text);
      for (std::string_view unit : {"万元", "元"})
        if (c.starts_with(unit)) {
          std::string_view after = std::string_view(c).substr(unit.size());
          for (std::string_view mark : {"，", "；", "。", "、", ",", ";"})
            if (after.starts_with(mark)) return true;
        }
      bool clause = false;
      for (std::string_view mark : {"，", "；", "。", ";"})
        clause = clause || c.find(mark) != std::string::npos;
      all_clauses = all_clauses && clause;
    }
    return all_clauses;
  }

  // Two aligned rows, at most one blank line apart, start a table.
  bool StartsAligned(std::size_t k) const {
    if (!IsAlignedRow(k)) return false;
    std::size_t next = k + 1;
    if (next < n() && Blank(next)) ++next;
    return next < n() && !text.lines[next].page_break && IsAlignedRow(next);
  }

  // PDFs: line b starts more than kMaxLineGapEm text heights below line a.
  bool FarBelow(std::size_t a, std::size_t b) const {
    const std::vector<Word>& wa = text.lines[a].words;
    const std::vector<Word>& wb = text.lines[b].words;
    if (wa.empty() || wb.empty()) return false;
    double bottom = 0, top = 1e18, em = 1;
    for (const Word& w : wa) bottom = std::max(bottom, w.bottom), em = std::max(em, w.bottom - w.top);
    for (const Word& w : wb) top = std::min(top, w.top);
    return top - bottom > kMaxLineGapEm * em;
  }

  // A row with an amount whose first field is a total ("本年收入合计 3558.35 …").
  bool IsTotalDataRow(std::size_t k) const {
    std::vector<Word> fields = Fields(k);
    return !fields.empty() && IsShortTotalLabel(CompactCell(fields.front().text)) && IsDataRow(k);
  }

  // A row with an amount: the rows that fix a table's columns.
  bool IsDataRow(std::size_t k) const {
    for (const Word& w : Fields(k))
      if (ParseValue(w.text, MoneyUnit::kYuan).kind == CellKind::kAmount) return true;
    return false;
  }

  // The line index where the table run goes on after line `k`, or n() when it
  // ends there: the next aligned row, across one line of anything, or across
  // up to kMaxInnerLines blank lines and text fragments (a label wrapped above
  // and below its amounts, a 收入总计 row after blank lines) when the row
  // after them has amounts. Never across a page break.
  std::size_t Continuation(std::size_t k) const {
    for (std::size_t next = k + 1; next < n() && next <= k + 1 + kMaxInnerLines; ++next) {
      if (text.lines[next].page_break) return n();
      // A table's total row printed well below its last item (烟台's 收支总表
      // leaves five lines free before 本年收入合计) still closes the table.
      if (FarBelow(next - 1, next) && !IsTotalDataRow(next)) return n();
      if (!IsAlignedRow(next)) {
        // Only short fragments (wrapped labels and header words), not prose.
        if (next > k + 1 && !Blank(next) && CharCount(CompactCell(At(next))) > kMaxFragmentChars)
          return n();
        continue;
      }
      if (next == k + 2 || IsDataRow(next)) return next;
      return n();
    }
    return n();
  }

  // A line that is a row of the run so far with empty cells ("十六、金融支出"
  // and nothing else in a table that leaves zeros empty). Notes are not rows.
  bool FitsRun(const std::vector<Line>& run, std::size_t k) const {
    if (Blank(k) || HasTab(At(k)) || IsPageFurniture(At(k))) return false;
    std::string compact = CompactCell(At(k));
    if (StartsWithOneOf(compact, kNoteLineStarts)) return false;
    Line line = text.lines[k];
    line.words = Fields(k);
    std::size_t from = run.size() > kFitWindow ? run.size() - kFitWindow : 0;
    return FitsColumns(std::vector<Line>(run.begin() + static_cast<long>(from), run.end()), line);
  }

  // True when one of the few blocks before the run is the title `compact`
  // (continued marks aside): "支出决算表" printed again on the next page.
  bool TitledBefore(std::string_view compact) const {
    for (std::size_t k = blocks.size(); k-- > 0 && k + kTitleBlocks >= blocks.size();)
      if (WithoutContinuedMark(CompactCell(blocks[k].text)) == WithoutContinuedMark(compact)) return true;
    return false;
  }

  // A row label standing alone on its line, its amount columns empty
  // ("十六、金融支出"): enumerated, short, and no table's title ("表一…",
  // "…决算表"). Where a summary table's expenditure side runs on past its
  // income side, -layout prints such lines at the foot of a page and at the
  // top of the next, shifted left.
  bool IsLabelRow(std::size_t k) const {
    if (Blank(k) || HasTab(At(k)) || IsPageFurniture(At(k)) || Fields(k).size() != 1) return false;
    const std::string compact = CompactLabel(At(k));
    if (CharCount(compact) > kMaxFragmentChars || LooksLikeTableTitle(compact)) return false;
    return StripEnumeration(compact).size() < compact.size();
  }

  // After a page break inside a run: the index of the first line of the new
  // page that goes on with the table, skipping page furniture, the title
  // printed again and header lines printed again; n() when the table ends.
  // Row labels standing alone before its first row that fits go with it.
  std::size_t PageContinuation(std::size_t k, const std::vector<Line>& run,
                               const std::string& title) const {
    std::set<std::string> header;
    for (const Line& l : run) {
      bool data = false;
      for (const Word& w : l.words) data = data || IsAmountToken(w.text);
      if (data) break;
      header.insert(CompactCell(l.text));
    }
    std::size_t first_label = n();
    for (std::size_t j = k; j < n() && j < k + kMaxRepeatedLines; ++j) {
      if (j > k && text.lines[j].page_break) return n();
      if (Blank(j)) continue;
      std::string compact = CompactCell(At(j));
      if (IsPageFurniture(At(j)) || compact == title || header.count(compact)) continue;
      // The next table's title ends this one; the run's own, printed again
      // above its repeated header, is skipped like the header.
      if (LooksLikeTableTitle(compact)) {
        if (!TitledBefore(compact)) return n();
        continue;
      }
      if (IsDataRow(j) || FitsRun(run, j)) return std::min(first_label, j);
      if (IsAlignedRow(j)) continue;  // a header line wrapped differently
      if (IsLabelRow(j)) {
        first_label = std::min(first_label, j);
        continue;
      }
      return n();
    }
    return n();
  }

  // A table run: aligned rows, the rows and fragments Continuation lets it
  // cross, and its continuation after page breaks (PageContinuation).
  void AlignedTable() {
    std::vector<Line> lines;
    // The column numbers (栏次) of the run's header and of the header the
    // current page repeats: they place a later page's words.
    std::vector<Word> run_numbers, page_numbers;
    auto add = [&](std::size_t k) {
      if (Blank(k)) return;
      Line line = text.lines[k];
      line.words = Fields(k);
      if (run_numbers.empty() && page_numbers.empty()) run_numbers = ColumnNumberWords(line.words);
      MoveByColumnNumbers(page_numbers, run_numbers, line);
      lines.push_back(std::move(line));
    };
    auto numbers_between = [&](std::size_t from, std::size_t to) {
      std::vector<Word> found;
      for (std::size_t j = from; j < to; ++j)
        if (std::vector<Word> w = ColumnNumberWords(Fields(j)); !w.empty()) found = std::move(w);
      return found;
    };
    std::string title = TitleBefore(blocks, blocks.size());
    add(i);
    ++i;
    while (i < n()) {
      if (text.lines[i].page_break) {
        std::size_t next = PageContinuation(i, lines, title);
        if (next >= n()) break;
        page_numbers = numbers_between(i, next);
        i = next;
        add(i++);
        continue;
      }
      if ((IsAlignedRow(i) || FitsRun(lines, i)) && (!FarBelow(i - 1, i) || IsTotalDataRow(i))) {
        add(i++);
        continue;
      }
      // Page furniture at the foot of the page, before the break, and row
      // labels standing alone there when the table goes on after it.
      std::size_t foot = i;
      std::vector<std::size_t> labels;
      for (; foot < n() && !text.lines[foot].page_break; ++foot) {
        if (IsLabelRow(foot)) labels.push_back(foot);
        else if (!Blank(foot) && !IsPageFurniture(At(foot))) break;
      }
      if (foot > i && foot < n() && text.lines[foot].page_break &&
          (labels.empty() || PageContinuation(foot, lines, title) < n())) {
        for (std::size_t k : labels) add(k);
        i = foot;
        continue;
      }
      std::size_t next = Continuation(i - 1);
      if (next >= n() || next <= i) break;
      for (; i < next; ++i) add(i);
    }
    RawTable table;
    table.layout = TableLayout::kSpaceAligned;
    table.rows = text.lost_columns ? RowsInOrder(lines) : AlignColumns(lines);
    table.lines = std::move(lines);
    blocks.push_back(TableBlock(std::move(table)));
  }

  // ---- shared ---------------------------------------------------------------

  // Rows equal when their non-empty cells, spaces removed, are equal.
  static bool SameRow(const RawRow& a, const RawRow& b) {
    auto key = [](const RawRow& r) {
      std::vector<std::string> k;
      for (const RawCell& c : r.cells)
        if (!c.text.empty()) k.push_back(CompactCell(c.text));
      return k;
    };
    std::vector<std::string> ka = key(a);
    return !ka.empty() && ka == key(b);
  }

  // How many of `rows[from..]` repeat `rows[0..]` (a header printed again).
  static std::size_t RepeatedHeaderRows(const std::vector<RawRow>& head,
                                        const std::vector<RawRow>& rows, std::size_t from) {
    std::size_t k = 0;
    while (k < kMaxHeaderRows && k < head.size() && from + k < rows.size() &&
           (!HasAmount(head[k]) || IsColumnNumberRow(head[k])) &&
           SameRow(head[k], rows[from + k]))
      ++k;
    return k;
  }

  static void DropRepeatedHeader(std::vector<RawRow>& rows, std::size_t from) {
    std::vector<RawRow> head(rows.begin(),
                             rows.begin() + static_cast<long>(std::min(from, kMaxHeaderRows)));
    std::size_t k = RepeatedHeaderRows(head, rows, from);
    rows.erase(rows.begin() + static_cast<long>(from), rows.begin() + static_cast<long>(from + k));
  }

  // A tab run that only lists titles and page or item numbers.
  static bool IsTableOfContents(const RawTable& t) {
    int numbered = 0;
    for (const RawRow& r : t.rows) {
      std::vector<std::string_view> filled;
      for (const RawCell& c : r.cells)
        if (!c.text.empty()) filled.push_back(c.text);
      if (filled.size() > 2) return false;
      auto small_int = [](std::string_view s) {
        return !s.empty() && s.size() <= 3 && s.find_first_not_of("0123456789") == std::string_view::npos;
      };
      auto text = [](std::string_view s) {
        return ParseValue(s, MoneyUnit::kYuan).kind == CellKind::kText;
      };
      if (filled.size() == 1 && !text(filled[0])) return false;
      if (filled.size() == 2) {
        bool ok = (small_int(filled[0]) && text(filled[1])) ||
                  (text(filled[0]) && small_int(filled[1]));
        if (!ok) return false;
        ++numbered;
      }
    }
    return numbered >= 2 && 2 * numbered >= static_cast<int>(t.rows.size());
  }
};

// Lines that a page break leaves between two halves of a table.
bool IsPageFurniture(std::string_view text) {
  std::string s = SpacelessCell(text);
  if (s.empty()) return true;
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t digits = static_cast<std::size_t>(std::count_if(s.begin(), s.end(), is_digit));
  if (digits > 0 && digits <= 4) {
    std::string rest;
    for (char c : s)
      if (!is_digit(c)) rest += c;
    // "公开03表": the form number printed again above a continued table.
    static constexpr std::string_view kPageForms[] = {"", "--", "\u2014\u2014", "第页", "第页共页",
                                                      "/", "-/-", "Page", "page", "公开表", "表"};
    for (std::string_view f : kPageForms)
      if (rest == f) return true;
  }
  // A repeated money-unit line: "单位：元", "金额单位：万元".
  if (s.size() <= 40 && (s.rfind("单位", 0) == 0 || s.rfind("金额单位", 0) == 0)) return true;
  // The page's "部门：… 单位：元" line, repeated with the header.
  if (s.size() <= 120 && (s.rfind("部门", 0) == 0 || s.rfind("编制单位", 0) == 0) &&
      EndsWithOneOf(s, kMoneyUnitLineEnds))
    return true;
  // The title repeated on the next page as a continuation: "支出决算表（续）", "续表".
  if (s.size() <= 90 && EndsWithOneOf(s, kContinuedMarks)) return true;
  return false;
}

// 2. Joins a table with the next one when only page furniture stands between
// them and the next one repeats its header rows (dropped), or a page break
// separates them and the next one starts straight with data of equal width.
void MergeContinuedTables(std::vector<Block>& blocks, const std::set<int>& page_breaks) {
  std::vector<Block> out;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    out.push_back(std::move(blocks[b]));
    Block& t = out.back();
    if (t.kind != BlockKind::kTable || t.table.rows.empty()) continue;
    // The table's title, which a continued page may print again ("支出总表").
    std::string title = TitleBefore(out, out.size() - 1);
    auto between = [&](const Block& block) {
      if (block.kind == BlockKind::kTable) return false;
      return IsPageFurniture(block.text) || (!title.empty() && CompactCell(block.text) == title);
    };
    for (;;) {
      std::size_t j = b + 1;
      while (j < blocks.size() && between(blocks[j])) ++j;
      if (j >= blocks.size() || blocks[j].kind != BlockKind::kTable) break;
      RawTable& u = blocks[j].table;
      if (u.rows.empty() || u.layout != t.table.layout) break;
      auto it = page_breaks.upper_bound(t.last_line);
      bool page_break = it != page_breaks.end() && *it <= blocks[j].line;
      std::size_t k = Segmenter::RepeatedHeaderRows(t.table.rows, u.rows, 0);
      auto width = [](const RawTable& r) {
        std::size_t w = 0;
        for (const RawRow& row : r.rows) w = std::max(w, row.cells.size());
        return w;
      };
      bool aligned = t.table.layout == TableLayout::kSpaceAligned;
      bool continues = k > 0 || (page_break && (aligned || width(t.table) == width(u)) &&
                                 HasAmount(u.rows[0]));
      if (!continues) break;
      if (aligned && !t.table.lines.empty() && k < u.rows.size()) {
        // Grid both pages' lines again as one table: a column left empty
        // on one page still lines up with its header on the other.
        int first = u.rows[k].line;
        for (Line& l : u.lines)
          if (l.number >= first) t.table.lines.push_back(std::move(l));
        t.table.rows = AlignColumns(t.table.lines);
      } else {
        t.table.rows.insert(t.table.rows.end(),
                            std::make_move_iterator(u.rows.begin() + static_cast<long>(k)),
                            std::make_move_iterator(u.rows.end()));
      }
      t.table.last_line = std::max(t.table.last_line, u.last_line);
      t.last_line = std::max(t.last_line, blocks[j].last_line);
      t.illegible = t.illegible || blocks[j].illegible;
      b = j;
    }
  }
  blocks = std::move(out);
}

}  // namespace

std::vector<Block> Segment(const SourceText& text, std::vector<Diagnostic>& diagnostics) {
  Segmenter s{text, diagnostics, {}, 0};
  s.Run();
  std::set<int> page_breaks;
  for (const Line& line : text.lines)
    if (line.page_break) page_breaks.insert(line.number);
  MergeContinuedTables(s.blocks, page_breaks);
  return std::move(s.blocks);
}

}  // namespace gongkai
