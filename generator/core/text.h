// The text toolkit every layer shares: walking UTF-8, the named sets of
// spaces, trimming, space removal, CJK-aware compaction and display width.
//
// Each whitespace set is named for what it serves, and a caller picks its set
// by name: the sets differ (a tab, a form feed, U+3000, Unicode Zs), and
// merging them would change what the stages read, so they stay apart here,
// side by side, each saying how it differs from its neighbours.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace gongkai {

// ------------------------------------------------------------------ UTF-8 ---

// Decodes the code point at `text[*i]` and advances `*i`; a malformed
// sequence reads as U+FFFD and advances by one byte (as utf8proc judges it).
char32_t NextCodePoint(std::string_view text, std::size_t* i);

// Decodes the code point at `text[*i]` by its lead byte alone, as CompactLabel
// and LayoutCells read: continuation bytes are not checked, a byte that cannot
// lead a sequence (or a sequence cut short by the end) reads as its own value,
// one byte long. The same as NextCodePoint on well-formed UTF-8; on malformed
// bytes it yields no U+FFFD, so a stray byte survives the round trip through
// EncodeUtf8 (0x80 comes back as C2 80).
char32_t NextCodePointByLead(std::string_view text, std::size_t* i);

// Writes the UTF-8 encoding of `c` to `out` (room for 4 bytes) and returns
// its length: 1-3 bytes below U+10000, 4 above (also past U+10FFFF, which only
// NextCodePointByLead yields, from malformed bytes).
std::size_t EncodeUtf8(char32_t c, char* out);

// Appends EncodeUtf8(c).
void AppendUtf8(std::string& out, char32_t c);

// Whether a well-formed CJK ideograph of U+4000-U+9FFF (three bytes, led by
// E4-E9) starts at `text[i]`: most of a disclosure's text, which the text
// helpers copy as it stands instead of decoding and encoding it again.
inline bool IdeographAt(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  return i + 2 < text.size() && byte(0) >= 0xE4 && byte(0) <= 0xE9 && (byte(1) & 0xC0) == 0x80 &&
         (byte(2) & 0xC0) == 0x80;
}

// Code points in UTF-8 text (a label's length in characters), counted as the
// bytes that are not continuation bytes (10xxxxxx): a stray continuation byte
// counts nothing, a truncated sequence one.
std::size_t CharCount(std::string_view text);

// The code points NextCodePoint reads in `text`, counting no further than
// `limit + 1` (enough to tell "longer than limit"). Unlike CharCount, every
// malformed byte counts as one ("\xE4\xB8" is 2 here, 1 for CharCount); the
// two agree on well-formed UTF-8.
std::size_t DecodedCharCount(std::string_view text, std::size_t limit);

// Display columns of one code point as a terminal (and pdftotext -layout)
// lays it out: 2 for wide CJK, 1 otherwise, 0 for combining marks.
int CharWidth(char32_t c);

// ----------------------------------------------------------------- spaces ---

// The spaces at a cell's edges: ASCII space, tab, CR, LF, NBSP and U+3000
// (a Word cell holding only "\u3000" is empty). TrimCell's and CompactCell's set.
bool IsCellSpace(char32_t c);

// IsCellSpace and the form feed (pdftotext's page break): what CompactLabel
// drops from a label.
bool IsLabelSpace(char32_t c);

// The same sets as encoded byte sequences, for the byte-wise trims below.
inline constexpr std::string_view kCellSpaces[] = {" ", "\t", "\r", "\n", "\u3000", "\u00a0"};
// What a plain-text converter pads and indents with: space and tab only
// (indicator cells, web-page line openings, title ends).
inline constexpr std::string_view kBlanks[] = {" ", "\t"};
// kBlanks and U+3000: what surrounds a glossary term or definition.
inline constexpr std::string_view kBlanksAndIdeographicSpace[] = {" ", "\t", "\u3000"};
inline constexpr std::string_view kIdeographicSpaces[] = {"\u3000"};

// ------------------------------------------------------------------- trim ---

// Strips IsCellSpace code points at both ends, decoding UTF-8 (the trailing
// code point is read from its lead byte, so a malformed tail such as
// E3 80 80 80 goes as one space, where TrimCellBytes keeps it).
std::string_view TrimCellView(std::string_view text);
std::string TrimCell(std::string_view text);

// True when the text holds nothing but IsCellSpace characters.
bool IsBlankText(std::string_view text);

// Strips, byte-wise, any of `spaces` (encoded sequences) repeatedly from the
// start / the end of `text`.
std::string_view TrimLeading(std::string_view text, std::span<const std::string_view> spaces);
std::string_view TrimTrailing(std::string_view text, std::span<const std::string_view> spaces);

// kCellSpaces stripped byte-wise at both ends, as ParseAmount trims: the same
// as TrimCellView on well-formed UTF-8, and it never steps into a malformed tail.
inline std::string_view TrimCellBytes(std::string_view text) {
  return TrimTrailing(TrimLeading(text, kCellSpaces), kCellSpaces);
}

// Space and tab stripped at both ends (kBlanks): an indicator table's cells.
inline std::string_view TrimBlanks(std::string_view text) {
  return TrimTrailing(TrimLeading(text, kBlanks), kBlanks);
}

// A glossary term or definition trimmed: space, tab and U+3000 at the start;
// at the end first spaces and tabs, then U+3000s, once each, so a space
// before a trailing U+3000 stays ("a \u3000" -> "a ").
inline std::string_view TrimGlossaryText(std::string_view text) {
  return TrimTrailing(TrimTrailing(TrimLeading(text, kBlanksAndIdeographicSpace), kBlanks),
                      kIdeographicSpaces);
}

// ---------------------------------------------------------- space removal ---

// Every IsCellSpace character dropped ("合 计" -> "合计", "- 1 -" -> "-1-");
// a malformed byte becomes U+FFFD.
std::string SpacelessCell(std::string_view text);

// Removes all whitespace for matching labels such as "本 年 收 入 合 计": ASCII
// whitespace (space, tab, LF, CR, VT, FF) and every Unicode space separator
// (Zs: NBSP, U+3000, U+2002...) plus ZWSP (U+200B) and BOM (U+FEFF). Wider than
// SpacelessCell's set; a malformed byte is kept as it is.
std::string RemoveSpaces(std::string_view text);

// Only ASCII spaces (U+0020) removed; tabs, NBSP and U+3000 stay.
std::string RemoveAsciiSpaces(std::string_view text);

// -------------------------------------------------------------------- CJK ---

// CJK ideographs (with the extension planes and compatibility ideographs),
// radicals, kana, hangul, CJK punctuation (not U+3000), full-width forms
// U+FF01-FF60 (full-width digits and letters included) and “ ” ‘ ’: the
// characters beside which a space is a converter's, not the text's.
bool IsCjkOrFullWidth(char32_t c);

// Whether the first / the last / any code point of the text IsCjkOrFullWidth.
bool StartsWithCjk(std::string_view text);
bool EndsWithCjk(std::string_view text);
bool ContainsCjk(std::string_view text);

// Trims (TrimCellView), then removes IsCellSpace runs that touch an
// IsCjkOrFullWidth character on either side and collapses the other runs to
// one space: "本 年 收 入 合 计" -> "本年收入合计", "一般公共 服务支出" ->
// "一般公共服务支出", "单位 A" -> "单位A", "Total  amount" -> "Total amount".
std::string CompactCell(std::string_view text);

// Joins the two lines of a wrapped cell: directly when either side of the
// break is CJK ("机关事业单位基本养老保险缴" + "费支出"), else with one space.
std::string JoinWrapped(const std::string& a, const std::string& b);

// ---------------------------------------------------------------- strings ---

// Whether `text` contains `part` (std::string_view::contains is C++23).
inline bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

}  // namespace gongkai
