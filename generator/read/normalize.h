// Normalizing: strip the residue converters leave (HTML, LaTeX, Markdown
// escapes, bookmarks) so later stages see plain text, keeping [illegible].
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

// `pdftotext -layout` text of a PDF whose amounts are two glyph runs
// ("14,770" and ".62", boxes overlapping: 重庆's 2026 template) prints the
// decimals a line below (or above) the integer, starting where it ends:
// "14,770" over ".62". Each such ".62" rejoins its integer ("14,770.62")
// and leaves spaces behind, so every line keeps its number and its other
// words their columns. Lines of positioned (PDF) input are left alone.
void RejoinSplitDecimals(std::vector<Line>& lines);

}  // namespace gongkai
