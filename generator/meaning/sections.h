// Narrative sections: each heading with the prose under it.
#pragma once

#include <string_view>
#include <vector>

#include "model.h"

namespace gongkai {

// One Section per heading (table-of-contents entries excluded), in document
// order. A section's text is every paragraph from its heading up to the next
// heading of the same or a higher level (so a part's text includes the prose
// of its subsections), joined with "\n\n". Tables are not prose, nor are
// their captions (short lines right above a table) and 注/说明/备注 notes.
std::vector<Section> ExtractSections(const std::vector<Block>& blocks);

// Whether a line reads as a table-of-contents entry on its own: dot leaders
// ("一、收入支出决算总表.....\t2", "……") or a tab before a trailing page number
// ("第四部分 名词解释\t18").
bool LooksLikeTocEntry(std::string_view text);

// Marks the blocks of the table of contents: a 目录 heading/paragraph and the
// entries after it, up to where the body starts (a title seen again, a long
// paragraph, or a table), plus any stray line with dot leaders.
std::vector<bool> MarkTableOfContents(const std::vector<Block>& blocks);

}  // namespace gongkai
