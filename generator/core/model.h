// The plain structs that flow between gongkai's stages.
//
//   bytes --decode--> SourceText --normalize--> SourceText (clean lines)
//         --segment--> Blocks (headings, paragraphs, RawTables)
//         --sniff----> Tables (header, columns, typed cells)
//         --recognize/extract--> Document (unit, year, kinds, figures, ...)
//
// Every value that came from the input keeps the 1-based line it came from,
// so a page, a CSV cell or a diagnostic can always point back at its source.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gongkai {

// Money is exact: an integer count of 分 (0.01 yuan). Never floating point.
using Cents = std::int64_t;

// Where a value came from: a file, a 1-based line (0 when unknown) and, for
// PDFs, the 1-based page that line is on (0 for text input).
struct Span {
  std::string file;
  int line = 0;
  int page = 0;
};

// kInfo: a finding that is no fault, shown (`gongkai check`, the site) but not
// counted as a warning, e.g. a sum off by no more than its rounding.
enum class Severity { kNote, kInfo, kWarning, kError };

enum class MoneyUnit { kUnknown, kYuan, kWanYuan };

// Two amounts a 勾稽 finding compares: the one printed at the diagnostic's
// span and the one it should equal (a sum of parts, the same figure in
// another table), in 分 and shown in `currency`.
struct Compared {
  Cents printed = 0;
  Cents expected = 0;
  MoneyUnit currency = MoneyUnit::kUnknown;
};

// Diagnostics are data: printed as `file:line: severity: message`, asserted
// verbatim in tests, and carried into the site and the build cache.
struct Diagnostic {
  Span span;
  Severity severity = Severity::kWarning;
  std::string code;     // stable machine name, e.g. "decode.invalid-utf8"
  std::string message;  // one line, for people
  Span related{};       // a second position the finding names (line 0: none)
  std::optional<Compared> compared = std::nullopt;  // 勾稽 findings (audit.*) only
};

// ---------------------------------------------------------------- source ---

// A word (or a run of words printed as one cell) with its box. For PDFs the
// box is in points on the page as displayed (rotation applied, y down); for
// `pdftotext -layout` text x is the character column (see LayoutWords)
// and top/bottom the line's index on its page.
struct Word {
  std::string text;
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
  // PDFs: the word was cut from the one before it, printed over its end
  // (an amount over a label overflowing its cell); never joined back.
  bool apart_before = false;
};

// One physical line of decoded (and later normalized) text, UTF-8, without
// its line terminator. `number` is the 1-based line in the original file
// (for PDFs: the 1-based line in reading order over the whole document).
struct Line {
  int number = 0;
  std::string text;
  bool page_break = false;  // a form feed (\f) stood at or before this line
  int page = 0;             // 1-based page for PDFs and text with form feeds
  std::vector<Word> words;  // positioned front ends: the line's cells, left to right
  bool positioned = false;  // words carry page boxes (PDF), not text columns
};

// A decoded input file: always valid UTF-8 after decoding.
struct SourceText {
  std::string path;
  std::string encoding;  // "UTF-8", "UTF-8 (BOM)", "GB18030"
  std::vector<Line> lines;
  std::vector<Diagnostic> diagnostics;
  // The text lost its columns (lost_columns.h): tables keep only the rows
  // whose every cell is present.
  bool lost_columns = false;
};

// --------------------------------------------------------------- segment ---

// How a table was laid out in the text.
enum class TableLayout {
  kTab,           // cells separated by tabs, one row per line
  kCellPerLine,   // one cell per line, blank lines between rows (Word export)
  kPipe,          // Markdown pipe table
  kSpaceAligned,  // columns aligned with runs of spaces (pdftotext -layout)
};

// A cell as it stands in the text, before any typing.
struct RawCell {
  std::string text;  // normalized, trimmed
  int line = 0;
  bool illegible = false;  // the cell held an [illegible] marker
};

struct RawRow {
  std::vector<RawCell> cells;
  int line = 0;
};

struct RawTable {
  TableLayout layout = TableLayout::kTab;
  std::vector<RawRow> rows;
  // Space-aligned: the positioned lines the grid was built from, so that a
  // continuation on the next page can be gridded again with them.
  std::vector<Line> lines;
  int first_line = 0;
  int last_line = 0;
};

enum class BlockKind { kHeading, kParagraph, kTable };

// A run of the document: a heading, a paragraph (one source line of prose,
// or several joined when a sentence was wrapped) or a table.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int line = 0;
  int last_line = 0;
  int level = 0;         // headings: 1 = top (# / 第一部分), 2 = 一、, 3 = （一）...
  std::string text;      // headings and paragraphs
  bool illegible = false;  // the block is (or holds) an [illegible] marker
  RawTable table;        // tables only
};

// ----------------------------------------------------------------- table ---

// What a column holds, decided from its header and its cells.
enum class ColumnRole {
  kLabel,      // 项目 / 科目名称: the row's name
  kCode,       // 科目编码 / 科目代码 / 单位代码: one code column
  kCodePart,   // 类 / 款 / 项 as separate columns
  kRowNumber,  // 行次 / 序号 / 栏次: not money
  kAmount,     // money
  kText,       // anything else (indicator text, notes, percentages)
};

struct Column {
  std::string name;               // header path joined with "/", e.g. "基本支出/人员经费"
  std::vector<std::string> path;  // the header cells above this column, top first
  ColumnRole role = ColumnRole::kText;
};

// A header cell as printed, with its span, for faithful rendering.
struct HeaderCell {
  std::string text;
  int col = 0;
  int col_span = 1;
  int row_span = 1;
};

enum class CellKind {
  kEmpty,      // nothing printed: not the same as 0.00
  kAmount,     // a number, exact, in `cents` (already converted to 分)
  kDash,       // "—", "——", "-": printed as not applicable
  kText,       // anything else
  kIllegible,  // [illegible]
};

struct TableCell {
  std::string text;  // as printed (normalized)
  CellKind kind = CellKind::kEmpty;
  Cents cents = 0;   // kAmount only, in 分 after the table's money unit
  int line = 0;
};

struct TableRow {
  std::vector<TableCell> cells;  // one per Column
  int line = 0;
  std::string label;  // the row's name (from the label column, compacted)
  std::string code;   // functional/economic code, e.g. "2011101" ("" if none)
  int depth = -1;     // code hierarchy: 0 = 类 (3 digits), 1 = 款, 2 = 项; -1 none
  bool is_total = false;  // 合计 / 总计 row
  bool is_group = false;  // a label-only row that heads the rows below it
};

enum class TableState {
  kData,               // at least one amount or text value
  kEmptyWithNote,      // no values, with 本表无数据 / 如本表格为空 ... note
  kEmptyWithoutNote,   // no values, no note
  kIllegible,          // [illegible] stands where the table should be
};

struct Table {
  std::string title;  // as printed, e.g. "表一、部门收支总体情况表"
  std::string kind;   // canonical kind from the catalog ("" if unknown)
  MoneyUnit currency = MoneyUnit::kUnknown;
  TableState state = TableState::kData;
  TableLayout layout = TableLayout::kTab;
  int line = 0;       // the title's line (or the first row's when untitled)
  int first_row_line = 0;
  int last_line = 0;
  std::string note;   // 注：/ 说明：/ 备注： text after the table
  std::vector<std::vector<HeaderCell>> header;  // header rows as printed
  std::vector<Column> columns;
  std::vector<TableRow> rows;  // body rows, wrapped cells already merged
  bool illegible = false;      // some cell or the whole table is [illegible]
};

// --------------------------------------------------------------- document ---

// One extracted figure: exact amount, with the line and table it came from.
// Where a figure was read: a table, or the narrative (情况说明) where no
// table states it.
enum class FigureSource { kTable, kNarrative };

struct Figure {
  Cents cents = 0;
  Span span;
  std::string source;  // the table's title; "" for the narrative
  FigureSource from = FigureSource::kTable;
};

// How a figure's source is named in JSON, findings and the site: the
// table's title, or "narrative".
inline std::string FigureSourceText(const Figure& f) {
  return f.from == FigureSource::kNarrative ? "narrative" : f.source;
}

// A self-evaluation score, exact to 0.01 (hundredths), e.g. 9207 for 92.07.
struct Score {
  std::int64_t hundredths = 0;
  Span span;
};

// The key figures a document states. Names follow the JSON contract:
// total_income, total_expenditure, grand_total, basic_expenditure,
// project_expenditure, personnel, public_funds, three_public,
// admin_operating, procurement.
// One candidate value of a figure as the settlement weighed it
// (figure_settle.h): the printed value, what it counts, its score, and why it
// was taken or why it lost. `parse --json` and `check --explain-figures`
// show them.
struct FigureChoice {
  Figure figure;
  std::string scope;  // "全部资金", "一般公共预算" …
  int score = 0;      // the candidate's own score, before identities
  bool chosen = false;
  std::string why;    // "holds 基本支出 = 人员经费 + 公用经费; …" / "lost: …"
};

struct Figures {
  std::map<std::string, Figure> amounts;
  std::map<std::string, Figure> by_function;  // 类 code -> amount
  std::optional<Score> score;
  // Per figure (by_function as "by_function"), every candidate weighed,
  // the chosen one first.
  std::map<std::string, std::vector<FigureChoice>> choices;
};

// One performance indicator row (绩效目标 or 自评).
struct Indicator {
  std::string level1;  // 一级指标 (产出指标 ...)
  std::string level2;  // 二级指标 (数量指标 ...)
  std::string name;    // 三级指标
  std::string op;      // "=", "≥", "≤", ">", "<", "定性" ("" if none)
  std::string target;  // target value, e.g. "95"
  std::string unit;    // 度量单位, e.g. "%"
  std::string actual;  // self-evaluation: 实际完成值
  std::string weight;  // 分值
  std::string score;   // 得分
  std::string note;    // 偏差原因 / 指标值内容
  std::string table;   // the table's title
  int line = 0;
};

struct Section {
  std::string title;
  int level = 1;
  int line = 0;
  std::string text;  // the prose under the heading, paragraphs joined by "\n\n"
};

// One glossary (名词解释) item. Several terms may share one item
// ("一般公共服务支出：指…；社会保障和就业支出：指…"): `terms` lists each.
struct GlossaryTerm {
  std::string term;
  std::string definition;
};
struct GlossaryEntry {
  std::string term;        // the item's first term
  std::string definition;  // the whole item text after the first term
  int line = 0;
  std::vector<GlossaryTerm> terms;  // every term of the item, first included
};

struct Unit {
  std::string name;
  std::string code;  // "" when not printed
  int line = 0;      // where the name was found
};

// What an input file was read as: text (decoded bytes) or a PDF (its words).
enum class SourceFormat { kText, kPdf };

// Everything gongkai knows about one input file.
struct Document {
  std::string file;      // path as given
  std::string encoding;  // as detected ("PDF" for PDFs)
  SourceFormat format = SourceFormat::kText;
  // PDFs: page_starts[k] is the first line number of page k + 1 (PageOfLine).
  std::vector<int> page_starts;
  // PDFs: the text of each line as the reader made it (line k is
  // read_lines[k - 1]), for the source view (source_view.h); a text input's
  // lines are decoded again from its bytes instead.
  std::vector<std::string> read_lines;
  // Why the file gave no disclosure ("" when it was read): a scan without a
  // text layer, an encrypted or broken PDF, a binary or empty file, a text
  // that is not a disclosure. Such files get no unit page.
  std::string unread;
  Unit unit;
  int year = 0;          // fiscal year (0 when not found)
  std::vector<std::string> kinds;  // "budget", "final", "performance-targets",
                                   // "performance-evaluation"; primary first
  // Which of unit ("unit", "code"), year and kinds ("kind") the user set in
  // content/units.toml (overrides.h) rather than gongkai detected them.
  std::vector<std::string> set_by_user;
  MoneyUnit currency = MoneyUnit::kUnknown;  // the unit most tables use
  Figures figures;
  std::vector<Table> tables;
  std::vector<Section> sections;
  std::vector<GlossaryEntry> glossary;
  std::vector<Indicator> indicators;
  std::vector<Diagnostic> diagnostics;
};

// The text of each line by its number: result[k - 1] is line k's text
// ("" for a number no line has).
inline std::vector<std::string> LineTextsByNumber(const std::vector<Line>& lines) {
  std::vector<std::string> texts;
  for (const Line& l : lines) {
    if (l.number < 1) continue;
    if (static_cast<std::size_t>(l.number) > texts.size()) texts.resize(static_cast<std::size_t>(l.number));
    texts[static_cast<std::size_t>(l.number) - 1] = l.text;
  }
  return texts;
}

// The 1-based page of `line` in a document with page_starts (0 when none).
inline int PageOfLine(const std::vector<int>& page_starts, int line) {
  int page = 0;
  for (std::size_t k = 0; k < page_starts.size() && page_starts[k] <= line; ++k)
    page = static_cast<int>(k) + 1;
  return page;
}

}  // namespace gongkai
