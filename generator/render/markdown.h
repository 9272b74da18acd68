// Markdown to HTML: the only user of cmark-gfm. Used for content/*.md pages
// and for the prose of disclosure sections.
#pragma once

#include <string>
#include <string_view>

namespace gongkai {

// Renders GitHub-flavoured Markdown (tables, autolinks, strikethrough) in
// safe mode: raw HTML is not passed through, and links or images whose
// destination uses javascript:, vbscript:, data: or file: lose their link
// (their text stays).
std::string RenderMarkdown(std::string_view markdown);

// Renders plain prose (a disclosure's section text): every character is
// text, never markup; paragraphs are separated by blank lines.
std::string RenderProse(std::string_view text);

// The text of the first level-1 ATX heading ("# 关于"), or "".
std::string MarkdownTitle(std::string_view markdown);

}  // namespace gongkai
