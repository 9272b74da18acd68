// The glossary (名词解释) sections: items into terms and definitions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace gongkai {

// Every item of every glossary section, in order. A glossary starts at a
// short heading or paragraph naming 名词解释 (not a 目录 entry) and ends at a
// heading or paragraph that is not an item: the next part (第五部分), an
// 附件 line, a date or a signature (a short line without a colon). An item
// without a colon is warned ("glossary.no-colon") and skipped.
std::vector<GlossaryEntry> ExtractGlossary(const std::vector<Block>& blocks,
                                           const std::string& file,
                                           std::vector<Diagnostic>& diagnostics);

// The byte length of an item's numbering ("- 十二、", "1、", "（一）、", "(3)")
// including the spaces after it; 0 when the text does not start with one.
std::size_t ItemNumberingLength(std::string_view text);

// Splits "一般公共服务支出：指…；社会保障和就业支出：指…" into its terms. The
// first term is the text before the first colon; a later one starts after a
// "；" when the text up to the next colon is short and reads as a term.
// Empty when the item has no colon.
std::vector<GlossaryTerm> SplitGlossaryItem(std::string_view item);

}  // namespace gongkai
