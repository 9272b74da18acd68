// Normalizing: strip the residue converters leave (HTML, LaTeX, Markdown
// escapes, bookmarks) so later stages see plain text, keeping [illegible].
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "model.h"

namespace gongkai {

// Normalizes every line in place (tabs, which separate cells, are kept).
void Normalize(SourceText& text);

// The per-line rules: HTML tags and entities, $\geq$-style LaTeX, `\_`
// escapes, `**bold**` markers, `[bookmark: ...]`, full-width digits/letters.
// Also: NBSP becomes a space, a cell of only spaces (U+3000, NBSP) becomes
// empty, trailing spaces go. Kept: tabs, leading indentation, "# " and "- "
// markers, `[illegible]`, `\|`. Linear in the line's length.
std::string NormalizeLine(std::string_view line);

// Removes spaces that a converter put between CJK characters (and between a
// CJK character and a digit): "一般公共 服务支出" -> "一般公共服务支出",
// "170.08 万元" -> "170.08万元"; "1 234.56" and "PM 2.5" keep theirs. Meant
// for one cell or label: on a whole space-aligned line it would join columns.
std::string CompactCjkSpaces(std::string_view text);

// Whether a code point is a CJK character or CJK punctuation (Han script,
// U+3001-30FF, full-width punctuation, Chinese quotes and dashes): the
// characters between which converters insert stray spaces.
bool IsCjk(int32_t code_point);

// Removes all whitespace (ASCII and U+3000): for matching labels such as
// "本 年 收 入 合 计".
std::string RemoveSpaces(std::string_view text);

}  // namespace gongkai
