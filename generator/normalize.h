// Normalizing: strip the residue converters leave (HTML, LaTeX, Markdown
// escapes, bookmarks) so later stages see plain text, keeping [illegible].
#pragma once

#include <string>
#include <string_view>

#include "model.h"

namespace gongkai {

// Normalizes every line in place (tabs, which separate cells, are kept).
void Normalize(SourceText& text);

// The per-line rules: HTML tags and entities, $\geq$-style LaTeX, `\_`
// escapes, `**bold**` markers, `[bookmark: ...]`, full-width digits/letters.
std::string NormalizeLine(std::string_view line);

// Removes spaces that a converter put between CJK characters (and between a
// CJK character and a digit): "一般公共 服务支出" -> "一般公共服务支出".
std::string CompactCjkSpaces(std::string_view text);

// Removes all whitespace (ASCII and U+3000): for matching labels such as
// "本 年 收 入 合 计".
std::string RemoveSpaces(std::string_view text);

}  // namespace gongkai
