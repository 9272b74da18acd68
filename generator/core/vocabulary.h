// The words a disclosure prints to mark a total, a row-number column, a note,
// a money unit or a continued table: each list stated once, with the places
// that ask for it (STYLE.md rule 12).
//
// The places do not agree yet on which words count nor on how spaces are
// removed first (design/layers.md 2.3): each caller strips the text as it
// always has and asks the named predicate that states its own semantics
// (exact word, suffix, at most N characters). Merging them changes what is
// read, so it is a change of its own with its own tests.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace gongkai {

// ---- total rows and columns -------------------------------------------------

inline constexpr std::string_view kTotalWord = "合计";
inline constexpr std::string_view kGrandTotalWord = "总计";
inline constexpr std::string_view kSubtotalWord = "小计";
inline constexpr std::string_view kTotalScoreWord = "总分";  // 绩效自评表
inline constexpr std::string_view kYearExpenditureTotalWord = "本年支出合计";
inline constexpr std::string_view kIncomeGrandTotalWord = "收入总计";
inline constexpr std::string_view kExpenditureGrandTotalWord = "支出总计";

// The words of a total row: table_header IsTotalWord, table_sniffer (a total
// is never wrapped; is_total), figure_rules IsTotalRow.
inline constexpr std::string_view kTotalWords[] = {kTotalWord, kGrandTotalWord};

// The rows that close or sum a performance table, not indicators: indicators.
inline constexpr std::string_view kIndicatorTotalWords[] = {kTotalScoreWord, kTotalWord,
                                                            kGrandTotalWord, kSubtotalWord};

// Header path elements that only subtotal their parent ("基本支出/小计"):
// checks FindPartColumn.
inline constexpr std::string_view kSubtotalPathWords[] = {kSubtotalWord, kTotalWord};

// The most characters of a label that a total word ends ("本年支出合计",
// "“三公”经费合计"); a longer one names an item: table_sniffer is_total.
inline constexpr std::size_t kMaxTotalLabelChars = 10;

// Labels that templates print letter-spaced, one character per cell ("收 入
// 总 计" in 烟台, 长沙, 湖州 and 西南大学's 收支总表): labels.h
// JoinLetterSpacedLabels joins such a run into one word only when its
// characters spell one of these, so "类 款 项" header cells stay apart. A new
// spaced wording is a new row.
inline constexpr std::string_view kLetterSpacedLabels[] = {
    "收入总计", "支出总计", "本年收入合计", "本年支出合计", "收入合计", "支出合计", "本年收入",
    "本年支出", "合计",     "总计",     "小计",         "项目",         "科目",     "金额",
    "收入",     "支出",     "预算数",   "决算数"};

// `label` is 合计 or 总计 (the caller removed spaces as it does).
bool IsTotalLabel(std::string_view label);
// `label` ends with 合计 or 总计 ("本年支出合计", "收入总计").
bool EndsWithTotalWord(std::string_view label);
// `label` ends with 合计 or 总计 and has at most kMaxTotalLabelChars characters.
bool IsShortTotalLabel(std::string_view label);
// `label` is one of kIndicatorTotalWords or starts with 总分 ("总分（100分）").
bool IsIndicatorTotalLabel(std::string_view label);

// ---- row-number and column-number words --------------------------------------

inline constexpr std::string_view kRowNumberWord = "行次";
inline constexpr std::string_view kColumnNumberWord = "栏次";
inline constexpr std::string_view kSerialNumberWord = "序号";
inline constexpr std::string_view kItemNumberWord = "编号";

// Headers of a column of numbers that are never money: table_view
// IsMoneyColumn. (table_roles names the first three in its rule table.)
inline constexpr std::string_view kRowNumberHeaders[] = {kRowNumberWord, kColumnNumberWord,
                                                         kSerialNumberWord, kItemNumberWord};

// Words printed beside the column numbers of a column-number row: the row's
// own name, or the last line of a header cell that shares the row (pdftotext
// puts the code column's "类/款/项" on the 栏次 line): table_header
// IsColumnNumberRow. (table_context and checks know such a row by 栏次 alone.)
inline constexpr std::string_view kColumnNumberRowWords[] = {
    kColumnNumberWord, kRowNumberWord, kSerialNumberWord, "类/款/项", "类款项"};

// "1", "23": a number of the 栏次 / 行次 kind, one or two digits (money is
// printed with decimals); never an amount that fixes or fills a column.
bool IsColumnNumber(std::string_view text);

// ---- notes ------------------------------------------------------------------

// How a note under a table starts, compacted (colons folded to ':'):
// table_context IsNoteStart.
inline constexpr std::string_view kNoteStarts[] = {"注:", "说明:", "备注:", "附注:", "注1", "注释:"};

// How a line that is a note, never a row of the table above, starts:
// segment FitsRun.
inline constexpr std::string_view kNoteLineStarts[] = {"注", "说明", "备注"};

// ---- money units --------------------------------------------------------------

inline constexpr std::string_view kYuanWord = "元";
inline constexpr std::string_view kWanYuanWord = "万元";

// The label of a money-unit declaration, compacted ("金额单位:万元"):
// table_context MoneyUnitDeclaredIn.
inline constexpr std::string_view kMoneyUnitLabel = "单位:";

// A money-unit declaration as printed, either colon: segment ReadAlignedRow
// (the "单位：元" line pdftotext prints on a title's right is no row).
inline constexpr std::string_view kPrintedMoneyUnitLabels[] = {"单位：", "单位:"};

// How the "部门：… 单位：元" line repeated above a continued table ends,
// spaces removed: segment IsPageFurniture.
inline constexpr std::string_view kMoneyUnitLineEnds[] = {"单位:元", "单位:万元", "单位：元",
                                                          "单位：万元"};

// A money unit named inside a table's cells, compacted ("经费控制情况(万元)"):
// table_context MoneyUnitInCells.
inline constexpr std::string_view kWanYuanInCells[] = {"(万元)", "单位:万元"};
inline constexpr std::string_view kYuanInCells[] = {"(元)", "单位:元"};

// ---- continued tables -----------------------------------------------------------

// What a continued table's title ends with, as printed ("支出决算表（续）",
// "续表"): segment.
inline constexpr std::string_view kContinuedMarks[] = {"（续）", "(续)", "续表", "（续表）"};

// ---- prose ------------------------------------------------------------------------

// Punctuation of a sentence, never of a table's title: table_kinds IsProse.
inline constexpr std::string_view kSentenceMarks[] = {"。", "，", "；", "！"};

// ---- matching a list ---------------------------------------------------------------

// `text` equals / starts with / ends with / contains one of `words`.
bool IsOneOf(std::string_view text, std::span<const std::string_view> words);
bool StartsWithOneOf(std::string_view text, std::span<const std::string_view> words);
bool EndsWithOneOf(std::string_view text, std::span<const std::string_view> words);
bool ContainsOneOf(std::string_view text, std::span<const std::string_view> words);

}  // namespace gongkai
