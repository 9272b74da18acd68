// Comparable forms of titles and labels: what the table catalog, the
// recognizer and the figure rules match on, so that "本 年 收 入 合 计",
// "**收支总表**" and "一般公共预算“三公”经费支出表" compare by meaning
// rather than by the converter's spacing, bolding and quotes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace gongkai {

// Removes whitespace (ASCII, U+3000, NBSP), Markdown bold/heading markers,
// HTML tags, backslash escapes and quotes; maps full-width parentheses,
// colons and dashes to ASCII ("（" -> "(", "：" -> ":", "——" -> "-").
std::string CompactLabel(std::string_view text);

// A compacted label without its enumeration prefix and trailing colon:
// "一、基本支出" / "(一)行政单位" / "1.人员经费" / "表一、收支总表" / "公用经费:"
// lose "一、", "(一)", "1.", "表一、" and ":".
std::string StripEnumeration(std::string_view compact);

// Whether a compacted label opens with such an enumeration prefix.
bool StartsWithEnumeration(std::string_view compact);

// The printed text trimmed of surrounding spaces and of Markdown bold and
// heading markers ("## 收入总表", "**(2025年度)**"), inner text unchanged.
std::string CleanTitle(std::string_view text);

// The first fiscal year in `text`: 20xx followed by 年 (spaces allowed
// between, "2024 年"); 0 if none.
int FindYear(std::string_view text);

// The cells of one line as pdftotext -layout prints them: runs of two or
// more spaces, a tab or an ideographic space separate cells; a single space
// stays inside ("部门： 佛山市轨道交通局" is one cell, "单位名称：X      单位：万元"
// two). Cells are trimmed; empty ones are dropped.
std::vector<std::string> LayoutCells(std::string_view line);

// Joins a run of one-character words that spells a letter-spaced label
// (vocabulary.h kLetterSpacedLabels: "收", "入", "总", "计" -> "收入总计")
// into one word spanning the run, in place. Both front ends call it: the
// PDF reader on its cells, LayoutWords on a -layout line's words.
void JoinLetterSpacedLabels(std::vector<Word>& words);

}  // namespace gongkai
