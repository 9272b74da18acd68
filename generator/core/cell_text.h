// Small UTF-8 helpers for cells and lines, shared by segmenting and
// sniffing: trimming, CJK-aware space compaction, display width.
#pragma once

#include <string>
#include <string_view>

namespace gongkai {

// Strips ASCII whitespace, NBSP and U+3000 (ideographic space) at both ends:
// a Word cell holding only "\u3000" is empty.
std::string_view TrimCellView(std::string_view text);
std::string TrimCell(std::string_view text);

// True when the text holds nothing but whitespace (tabs included).
bool IsBlankText(std::string_view text);

// True for CJK ideographs, kana, hangul and CJK/full-width punctuation.
bool IsCjk(char32_t c);

// Removes whitespace runs that touch a CJK character on either side and
// collapses the other runs to one space: "本 年 收 入 合 计" -> "本年收入合计",
// "一般公共 服务支出" -> "一般公共服务支出", "Total  amount" -> "Total amount".
std::string CompactCell(std::string_view text);

// CompactCell(text) without its spaces: every whitespace character dropped
// ("合 计" -> "合计", "- 1 -" -> "-1-").
std::string SpacelessCell(std::string_view text);

// Whether the first / the last / any code point of the text is CJK.
bool StartsWithCjk(std::string_view text);
bool EndsWithCjk(std::string_view text);
bool ContainsCjk(std::string_view text);

// Joins the two lines of a wrapped cell: directly when either side of the
// break is CJK ("机关事业单位基本养老保险缴" + "费支出"), else with one space.
std::string JoinWrapped(const std::string& a, const std::string& b);

// Code points in UTF-8 text (a label's length in characters).
std::size_t CharCount(std::string_view text);

// Display columns of one code point as a terminal (and pdftotext -layout)
// lays it out: 2 for wide CJK, 1 otherwise, 0 for combining marks.
int CharWidth(char32_t c);

// Whether a well-formed CJK ideograph of U+4000-U+9FFF (three bytes, led by
// E4-E9) starts at `text[i]`: most of a disclosure's text, which the text
// helpers copy as it stands instead of decoding and encoding it again.
inline bool IdeographAt(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  return i + 2 < text.size() && byte(0) >= 0xE4 && byte(0) <= 0xE9 && (byte(1) & 0xC0) == 0x80 &&
         (byte(2) & 0xC0) == 0x80;
}

// Decodes the code point at `text[*i]` and advances `*i` (by 1 on bad bytes).
char32_t NextCodePoint(std::string_view text, std::size_t* i);

// Appends the UTF-8 encoding of `c`.
void AppendUtf8(std::string& out, char32_t c);

}  // namespace gongkai
