// RecognizeTableContext and RecognizeTableState:
// what stands around one table, and whether it holds data.
#include "table_context.h"

#include <string>
#include <string_view>
#include <vector>

#include "labels.h"
#include "table_kinds.h"
#include "text.h"
#include "vocabulary.h"

namespace gongkai {
namespace {

// How far above a table its title may stand, in text lines looked at.
constexpr int kMaxLinesAbove = 10;
// A line longer than this (in bytes, ~40 CJK characters) is prose, not a title.
constexpr std::size_t kMaxTitleBytes = 120;

struct TextLine {
  int line = 0;
  std::string text;
};

// The lines of a heading or paragraph block (a wrapped paragraph may hold
// several, joined with '\n' by the segmenter).
std::vector<TextLine> LinesOf(const Block& block) {
  std::vector<TextLine> lines;
  std::size_t start = 0;
  int number = block.line;
  while (start <= block.text.size()) {
    std::size_t end = block.text.find('\n', start);
    if (end == std::string::npos) end = block.text.size();
    lines.push_back({number++, block.text.substr(start, end - start)});
    start = end + 1;
  }
  return lines;
}


// The money unit a compacted line declares ("金额单位:万元", "单位:元",
// "金额单位:万" whose "元" wrapped to the next line); kUnknown if none.
MoneyUnit MoneyUnitDeclaredIn(std::string_view c) {
  std::size_t at = c.find(kMoneyUnitLabel);
  if (at == std::string_view::npos) return MoneyUnit::kUnknown;
  std::string_view value = c.substr(at + kMoneyUnitLabel.size());
  if (value.starts_with("万")) return MoneyUnit::kWanYuan;
  if (value.starts_with(kYuanWord)) return MoneyUnit::kYuan;
  return MoneyUnit::kUnknown;
}

// The money unit named inside a table's cells: "当年预算构成 （万元）",
// "经费控制情况(万元)", "预算情况 (万元)".
MoneyUnit MoneyUnitInCells(const RawTable& table) {
  bool yuan = false;
  for (const RawRow& row : table.rows)
    for (const RawCell& cell : row.cells) {
      std::string c = CompactLabel(cell.text);
      if (ContainsOneOf(c, kWanYuanInCells)) return MoneyUnit::kWanYuan;
      if (ContainsOneOf(c, kYuanInCells)) yuan = true;
    }
  return yuan ? MoneyUnit::kYuan : MoneyUnit::kUnknown;
}

bool IsNoteStart(std::string_view c) { return StartsWithOneOf(c, kNoteStarts); }

// Lines between a title and its table that are not the title: the unit
// ("单位:012001_…", "部门名称:… 2023年度"), the money unit, the form number
// ("公开01表"), a year ("2023年度", "(2025年度)"), "附件1", a lone "元".
bool IsContextLine(std::string_view c) {
  static const std::vector<std::string_view> kLabels = {
      "单位:", "部门名称:", "单位名称:", "编制单位:", "预算单位:", "编制部门:", "部门:", "单位编码:"};
  for (std::string_view label : kLabels)
    if (Contains(c, label)) return true;
  if (c.starts_with("附件:")) return true;  // a list of attachments, not a title
  if (c.starts_with("公开") || c.starts_with("附件") || c.starts_with("附表")) return c.size() <= 24;
  if (c == "元" || c == "万元" || c == "表" || c == "目录") return true;
  // Only a year, with its brackets: (2025年度) / 2023年度 / 2024年.
  if (FindYear(c) != 0) {
    std::string rest;
    for (char ch : c)
      if (!(ch >= '0' && ch <= '9') && ch != '(' && ch != ')') rest += ch;
    return rest == "年度" || rest == "年";
  }
  return false;
}

// A form number standing beside or above a title: "公开01表", "公开表1",
// "表01", "表一", "附表3", "附件2", "表 1".
bool IsFormNumber(std::string_view c) {
  static const std::vector<std::string_view> kPrefixes = {"公开", "附表", "附件", "表"};
  static const std::vector<std::string_view> kNumerals = {"一", "二", "三", "四", "五", "六", "七",
                                                          "八", "九", "十", "零", "〇"};
  for (std::string_view p : kPrefixes)
    if (c.starts_with(p)) {
      c.remove_prefix(p.size());
      if (p == "公开" && c.starts_with("表")) c.remove_prefix(std::string_view("表").size());
      break;
    }
  bool numbered = false;
  for (bool more = true; more && !c.empty();) {
    more = false;
    if (c[0] >= '0' && c[0] <= '9') {
      c.remove_prefix(1);
      numbered = more = true;
      continue;
    }
    for (std::string_view n : kNumerals)
      if (c.starts_with(n)) {
        c.remove_prefix(n.size());
        numbered = more = true;
        break;
      }
  }
  return numbered && (c.empty() || c == "表" || c == "表:" || c == ":");
}

// "[illegible]" alone, or a table whose every cell is illegible.
bool AllIllegible(const RawTable& table) {
  bool any = false;
  for (const RawRow& row : table.rows)
    for (const RawCell& cell : row.cells) {
      if (cell.illegible || Contains(cell.text, "[illegible]")) any = true;
      else if (!cell.text.empty()) return false;
    }
  return any;
}

// A table's first row holding only a catalog title ("基础数据表" in a
// one-cell-per-line export); returns its text or "".
const RawCell* TitleInFirstRow(const RawTable& table) {
  if (table.rows.empty()) return nullptr;
  const RawCell* only = nullptr;
  for (const RawCell& cell : table.rows.front().cells) {
    if (cell.text.empty()) continue;
    if (only) return nullptr;
    only = &cell;
  }
  if (only && CompactLabel(only->text).size() <= kMaxTitleBytes && ClassifyTableTitle(only->text))
    return only;
  return nullptr;
}

// Words that tell why a table was published empty.
bool NoteExplainsEmptiness(std::string_view note) {
  static const std::vector<std::string_view> kWords = {
      "本表无数据", "无数据", "为空", "空表", "无此项", "无内容", "未安排", "没有", "不涉及",
      "本单位无", "无相关", "无该项"};
  std::string c = CompactLabel(note);
  for (std::string_view w : kWords)
    if (Contains(c, w)) return true;
  // A 说明 line of its own (compacting joined the note's lines).
  return c.starts_with("说明:") || Contains(c, "。说明:");
}

// The first line of a title wrapped onto the next: it ends with a word that
// joins to what follows ("…“三公”经费及", "…收支决算和", "…经费、").
bool OpensWrappedTitle(std::string_view compact) {
  for (std::string_view joint : {"及", "和", "与", "、", "暨", "的", "(", "（"})
    if (compact.ends_with(joint)) return true;
  return false;
}

// A row of column numbers (栏次 1 2 3 …) that a sniffer left in the body.
bool IsColumnNumberRow(const TableRow& row) {
  if (CompactLabel(row.label) == kColumnNumberWord) return true;
  // 1, 2, 3 … read as 元 (100 分 each) or as 万元 (1000000 分 each).
  int amounts = 0;
  Cents step = 0;
  for (const TableCell& cell : row.cells) {
    if (cell.kind == CellKind::kEmpty) continue;
    if (cell.kind != CellKind::kAmount) return false;
    if (amounts == 0) step = cell.cents;
    if (step <= 0 || cell.cents != step * (amounts + 1)) return false;
    ++amounts;
  }
  return amounts >= 3 && (step == 100 || step == 1000000);
}

}  // namespace

TableContext RecognizeTableContext(const std::vector<Block>& blocks, std::size_t index) {
  TableContext ctx;
  if (index >= blocks.size()) return ctx;
  const Block& self = blocks[index];

  // 1. A title standing in the table's own first row wins; otherwise walk
  //    up to the previous table: money unit lines, context lines and
  //    the title (the nearest line that names a catalog table, else the
  //    nearest line mentioning a catalog kind, else the nearest short line).
  std::string named, classified, fallback, below;
  int named_line = 0, classified_line = 0, fallback_line = 0, below_line = 0;
  int looked = 0;
  bool done = false;
  bool titled = false;
  bool named_here = false;  // the title's line was just found: one more line may open it
  if (const RawCell* cell = TitleInFirstRow(self.table)) {
    ctx.title = CleanTitle(cell->text);
    ctx.title_line = cell->line;
    titled = true;
  }
  for (std::size_t b = index; b-- > 0 && !done && looked < kMaxLinesAbove;) {
    if (blocks[b].kind == BlockKind::kTable) break;
    std::vector<TextLine> lines = LinesOf(blocks[b]);
    for (auto it = lines.rbegin(); it != lines.rend() && looked < kMaxLinesAbove; ++it) {
      std::string c = CompactLabel(it->text);
      if (c.empty()) continue;
      ++looked;
      if (IsNoteStart(c)) {  // the tail of the table before
        done = true;
        break;
      }
      // A -layout line may hold the title beside a form number or the
      // unit and money-unit labels: look at its cells one by one.
      std::string text;
      for (const std::string& cell : LayoutCells(it->text)) {
        std::string cc = CompactLabel(cell);
        if (MoneyUnit cur = MoneyUnitDeclaredIn(cc); cur != MoneyUnit::kUnknown) {
          if (ctx.currency == MoneyUnit::kUnknown) ctx.currency = cur;
          continue;
        }
        if (IsContextLine(cc) || IsFormNumber(cc)) continue;
        if (!text.empty()) text += "  ";
        text += cell;
      }
      if (text.empty() || titled) continue;
      c = CompactLabel(text);
      // The line that names the table may be the second of its title
      // ("2021年…拨款“三公”经费及" over "会议费、培训费支出预算表（…）").
      if (named_here) {
        if (OpensWrappedTitle(c) && !NamesATable(c)) {
          named = CleanTitle(text + named);
          named_line = it->line;
        }
        done = true;
        break;
      }
      // A title wrapped over two lines ("…拨款“三公”经费、" over "会议费、
      // 培训费表（不含上年结转）"): the line below completes it.
      if (!below.empty() && below_line - it->line <= 2 && !NamesATable(c)) {
        std::string joined = text + below;
        if (ClassifyTableTitle(joined) && NamesATable(joined)) {
          named = CleanTitle(joined);
          named_line = it->line;
          done = true;
          break;
        }
      }
      below = text;
      below_line = it->line;
      if (ClassifyTableTitle(c)) {
        // "财政拨款安排的“三公”经费" may be a header row left above the
        // table; the line that names a table ("…支出决算表") is the title.
        if (NamesATable(c)) {
          named = CleanTitle(text);
          named_line = it->line;
          named_here = true;
          continue;
        }
        if (classified.empty()) {
          classified = CleanTitle(text);
          classified_line = it->line;
        }
        continue;
      }
      if (fallback.empty() && c.size() <= kMaxTitleBytes && !IsProse(c)) {
        fallback = CleanTitle(text);
        fallback_line = it->line;
      }
    }
  }
  if (!titled) {
    if (!named.empty()) {
      ctx.title = named;
      ctx.title_line = named_line;
    } else if (!classified.empty()) {
      ctx.title = classified;
      ctx.title_line = classified_line;
    } else {
      ctx.title = fallback;
      ctx.title_line = fallback_line;
    }
  }

  // 2. A money unit named in the cells when none stood above.
  if (ctx.currency == MoneyUnit::kUnknown) ctx.currency = MoneyUnitInCells(self.table);

  // 3. The note: 注:/说明:/备注: lines right below, with numbered
  //    continuation lines ("2.“全年预算数”的取数规则…").
  bool in_note = false;
  for (std::size_t b = index + 1; b < blocks.size(); ++b) {
    if (blocks[b].kind == BlockKind::kTable) break;
    bool stop = false;
    for (const TextLine& line : LinesOf(blocks[b])) {
      std::string c = CompactLabel(line.text);
      if (c.empty()) continue;
      bool numbered = !c.empty() && c[0] >= '0' && c[0] <= '9' &&
                      (c.find('.') == 1 || c.find('.') == 2 || c.find("、") == 1);
      if (IsNoteStart(c) || (in_note && numbered)) {
        if (!ctx.note.empty()) ctx.note += "\n";
        ctx.note += CleanTitle(line.text);
        in_note = true;
      } else {
        stop = true;
        break;
      }
    }
    if (stop) break;
  }

  // 4. Illegible: the marker stands where the table should be.
  ctx.illegible = self.illegible || AllIllegible(self.table);
  return ctx;
}

// A table is empty when no body cell outside the label/code/row-number
// columns holds an amount or text. A printed 0.00 (even only in the 合计 row)
// is an amount: the table is data with a zero, not empty, because REFERENCE.md
// keeps "0.00" and "nothing printed" distinct. Column-number rows (栏次 1 2 3)
// and dashes are not values.
TableState RecognizeTableState(const Table& table) {
  bool values = false;
  for (const TableRow& row : table.rows) {
    if (IsColumnNumberRow(row)) continue;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      const TableCell& cell = row.cells[i];
      ColumnRole role = i < table.columns.size() ? table.columns[i].role : ColumnRole::kText;
      if (role == ColumnRole::kLabel || role == ColumnRole::kCode ||
          role == ColumnRole::kCodePart || role == ColumnRole::kRowNumber)
        continue;
      if (cell.kind == CellKind::kAmount) values = true;
      if (cell.kind == CellKind::kText && !cell.text.empty() &&
          cell.text.find_first_not_of(".。…") != std::string::npos &&
          CompactLabel(cell.text) != CompactLabel(row.label))
        values = true;
    }
    if (values) break;
  }
  if (values) return TableState::kData;
  if (table.illegible) return TableState::kIllegible;
  if (!table.note.empty() && NoteExplainsEmptiness(table.note)) return TableState::kEmptyWithNote;
  return TableState::kEmptyWithoutNote;
}

MoneyUnit DeclaredMoneyUnit(const std::vector<Block>& blocks) {
  int yuan = 0, wan = 0;
  for (const Block& block : blocks) {
    if (block.kind == BlockKind::kTable) continue;
    MoneyUnit c = MoneyUnitDeclaredIn(CompactLabel(block.text));
    yuan += c == MoneyUnit::kYuan;
    wan += c == MoneyUnit::kWanYuan;
  }
  if (yuan == wan) return MoneyUnit::kUnknown;
  return wan > yuan ? MoneyUnit::kWanYuan : MoneyUnit::kYuan;
}

}  // namespace gongkai
