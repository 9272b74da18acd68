#include "heading.h"

#include "numbering.h"
#include "text.h"

namespace gongkai {
namespace {

// Longer numbered lines are sentences, not titles.
constexpr std::size_t kMaxHeadingChars = 40;

// A numbered heading: its marker, and the level it opens.
struct HeadingRule {
  NumberingRule marker;
  int level;
};

// Arabic heading numbers have at most two digits.
constexpr std::size_t kMaxArabicBytes = 2;

constexpr HeadingRule kRules[] = {
    {{.open = "第", .numerals = Numerals::kChineseOrLing, .close = "部分"}, 1},
    {{.open = "第", .numerals = Numerals::kArabic, .close = "部分", .max_bytes = kMaxArabicBytes}, 1},
    {{.numerals = Numerals::kChineseOrLing, .close = "、"}, 2},
    {{.open = "（|(", .numerals = Numerals::kChineseOrLing, .close = "）|)"}, 3},
    {{.numerals = Numerals::kArabic, .close = "、|.|．", .max_bytes = kMaxArabicBytes}, 4},
};

// The level of a numbered heading marker at the start of `s`, 0 if none;
// `*rest` receives the text after the marker.
int MatchRule(std::string_view s, std::string_view* rest) {
  for (const HeadingRule& r : kRules) {
    std::size_t n = MatchNumbering(s, r.marker);
    if (n == 0) continue;
    std::string_view t = TrimCellView(s.substr(n));
    if (t.empty()) continue;
    // "1.5万元" is a number and "2. 2024年度…表" an item of a list of
    // attachments; "3.“全年执行数”是指…。" is a sentence.
    if (r.marker.numerals == Numerals::kArabic &&
        ((t[0] >= '0' && t[0] <= '9') || t.ends_with("。")))
      continue;
    *rest = t;
    return r.level;
  }
  return 0;
}

// A sentence or a "term：definition" item rather than a title.
bool LooksLikeSentence(std::string_view s) {
  std::size_t stop = s.find("。");
  if (stop != std::string_view::npos && stop + std::string_view("。").size() != s.size()) return true;
  for (std::string_view mark : {"；", ";", "，"})
    if (s.find(mark) != std::string_view::npos) return true;
  for (std::string_view colon : {"：", ":"}) {
    std::size_t c = s.find(colon);
    if (c != std::string_view::npos && c + colon.size() < s.size()) return true;
  }
  return s.find("....") != std::string_view::npos || s.find("…") != std::string_view::npos;
}

}  // namespace

HeadingGuess ClassifyLine(std::string_view line) {
  HeadingGuess out;
  std::string_view t = TrimCellView(line);
  // Markdown ATX headings keep their level whatever their length.
  std::size_t hashes = 0;
  while (hashes < t.size() && t[hashes] == '#') ++hashes;
  if (hashes >= 1 && hashes <= 6 && hashes < t.size() && t[hashes] == ' ') {
    out.level = static_cast<int>(hashes);
    out.text = TrimCell(t.substr(hashes));
    if (out.text.empty()) out.level = 0;
    return out;
  }
  // A list item is a paragraph without its marker.
  if (t.starts_with("- ") || t.starts_with("* ")) {
    out.text = TrimCell(t.substr(2));
    return out;
  }
  out.text = std::string(t);
  if (DecodedCharCount(t, kMaxHeadingChars) > kMaxHeadingChars || LooksLikeSentence(t)) return out;
  std::string_view rest;
  out.level = MatchRule(t, &rest);
  return out;
}

}  // namespace gongkai
