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
// Also: NBSP becomes a space, a cell of only spaces (U+3000, NBSP) becomes
// empty, trailing spaces go. Kept: tabs, leading indentation, "# " and "- "
// markers, `[illegible]`, `\|`. Linear in the line's length.
std::string NormalizeLine(std::string_view line);

}  // namespace gongkai
