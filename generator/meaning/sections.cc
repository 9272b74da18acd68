#include "sections.h"

#include <set>
#include <string>

#include "text.h"

namespace gongkai {
namespace {

// A table of contents entry is short; a paragraph longer than this (in bytes,
// ~40 CJK characters) is body text and ends the 目录.
constexpr std::size_t kMaxTocEntryBytes = 120;

// A title without its list marker, page number and leaders, spaces removed:
// the TOC entry "第一部分 概况\t1" and the heading "第一部分 概况" compare equal.
std::string TitleKey(std::string_view text) {
  std::string s(text);
  if (s.rfind("- ", 0) == 0) s.erase(0, 2);
  std::size_t tab = s.find('\t');
  if (tab != std::string::npos) s.erase(tab);
  for (std::string_view leader : {".....", "……", "···"}) {
    std::size_t at = s.find(leader);
    if (at != std::string::npos) s.erase(at);
  }
  // A page number after a space (segment may turn the tab into one).
  std::size_t end = s.size();
  while (end > 0 && s[end - 1] >= '0' && s[end - 1] <= '9') --end;
  if (end < s.size() && end > 0 && s[end - 1] == ' ') s.erase(end);
  return RemoveSpaces(s);
}

// A table's caption lines (title, 公开01表, 单位/金额单位, date) are short
// paragraphs right above it; its notes (注：/说明：/备注) follow it. Neither
// is prose.
constexpr std::size_t kMaxCaptionBytes = 150;
constexpr std::string_view kNotePrefixes[] = {"注", "说明：", "说明:", "备注"};

std::vector<bool> MarkTableCaptions(const std::vector<Block>& blocks) {
  std::vector<bool> caption(blocks.size(), false);
  for (std::size_t t = 0; t < blocks.size(); ++t) {
    if (blocks[t].kind != BlockKind::kTable) continue;
    for (std::size_t j = t; j > 0; --j) {
      const Block& b = blocks[j - 1];
      if (b.kind != BlockKind::kParagraph || b.text.size() > kMaxCaptionBytes) break;
      caption[j - 1] = true;
    }
    for (std::size_t j = t + 1; j < blocks.size() && blocks[j].kind == BlockKind::kParagraph; ++j) {
      bool note = false;
      for (std::string_view prefix : kNotePrefixes) note = note || blocks[j].text.starts_with(prefix);
      if (!note) break;
      caption[j] = true;
    }
  }
  return caption;
}

bool IsTocHeading(std::string_view text) {
  std::string key = RemoveSpaces(text);
  return key == "目录" || key == "#目录";
}

}  // namespace

bool LooksLikeTocEntry(std::string_view text) {
  if (text.find(".....") != std::string_view::npos) return true;
  // Digits at the end after a tab or an ellipsis leader: "名词解释\t18", "概况……1".
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ')) --end;
  std::size_t digits = end;
  while (digits > 0 && text[digits - 1] >= '0' && text[digits - 1] <= '9') --digits;
  if (digits == end || digits <= 1) return false;
  std::string_view before = text.substr(0, digits);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return (!before.empty() && before.back() == '\t') || before.ends_with("……");
}

std::vector<bool> MarkTableOfContents(const std::vector<Block>& blocks) {
  std::vector<bool> toc(blocks.size(), false);
  bool in_toc = false;
  std::set<std::string> seen;  // entry titles inside the current 目录
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.kind != BlockKind::kTable && IsTocHeading(b.text)) {
      toc[i] = true;
      in_toc = true;
      seen.clear();
      continue;
    }
    if (in_toc) {
      std::string key = TitleKey(b.text);
      // A heading directly followed by long prose ("前言" then its text).
      bool heads_prose = b.kind == BlockKind::kHeading && i + 1 < blocks.size() &&
                         blocks[i + 1].kind == BlockKind::kParagraph &&
                         blocks[i + 1].text.size() > kMaxTocEntryBytes;
      bool body_starts = b.kind == BlockKind::kTable || seen.count(key) > 0 || heads_prose ||
                         (b.kind == BlockKind::kParagraph && b.text.size() > kMaxTocEntryBytes &&
                          !LooksLikeTocEntry(b.text));
      if (body_starts) {
        in_toc = false;
      } else {
        toc[i] = true;
        seen.insert(key);
        continue;
      }
    }
    if (b.kind != BlockKind::kTable && LooksLikeTocEntry(b.text)) toc[i] = true;
  }
  return toc;
}

std::vector<Section> ExtractSections(const std::vector<Block>& blocks) {
  std::vector<Section> sections;
  std::vector<bool> toc = MarkTableOfContents(blocks);
  std::vector<bool> caption = MarkTableCaptions(blocks);
  // Indices into `sections` of the headings still open, outermost first.
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (toc[i]) continue;
    if (b.kind == BlockKind::kHeading) {
      while (!open.empty() && sections[open.back()].level >= b.level) open.pop_back();
      Section s;
      s.title = b.text;
      s.level = b.level;
      s.line = b.line;
      sections.push_back(std::move(s));
      open.push_back(sections.size() - 1);
    } else if (b.kind == BlockKind::kParagraph) {
      if (b.text.empty() || caption[i]) continue;
      // Prose belongs to the innermost heading only, so a page that shows
      // every section never repeats a subsection's text under its parent.
      if (open.empty()) continue;
      std::string& text = sections[open.back()].text;
      if (!text.empty()) text += "\n\n";
      text += b.text;
    }
  }
  return sections;
}

}  // namespace gongkai
