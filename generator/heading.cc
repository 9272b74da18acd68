#include "heading.h"

#include "cell_text.h"

namespace gongkai {
namespace {

// Longer numbered lines are sentences, not titles.
constexpr std::size_t kMaxHeadingChars = 40;

enum class Numerals { kCjk, kArabic };

// A numbered heading: `open` numerals `close` text, at `level`.
struct HeadingRule {
  std::string_view open;
  Numerals numerals;
  std::string_view close;
  int level;
};

constexpr HeadingRule kRules[] = {
    {"第", Numerals::kCjk, "部分", 1},
    {"第", Numerals::kArabic, "部分", 1},
    {"", Numerals::kCjk, "、", 2},
    {"（", Numerals::kCjk, "）", 3},
    {"(", Numerals::kCjk, ")", 3},
    {"（", Numerals::kCjk, ")", 3},
    {"(", Numerals::kCjk, "）", 3},
    {"", Numerals::kArabic, "、", 4},
    {"", Numerals::kArabic, ".", 4},
    {"", Numerals::kArabic, "．", 4},
};

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Skips numerals of the given kind; returns how many bytes they took.
std::size_t SkipNumerals(std::string_view s, Numerals kind) {
  std::size_t i = 0;
  if (kind == Numerals::kArabic) {
    while (i < s.size() && i < 2 && s[i] >= '0' && s[i] <= '9') ++i;
    return i;
  }
  static constexpr std::string_view kCjkNumerals[] = {"一", "二", "三", "四", "五", "六", "七",
                                                       "八", "九", "十", "百", "零", "〇"};
  for (bool more = true; more && i < s.size();) {
    more = false;
    for (std::string_view d : kCjkNumerals)
      if (StartsWith(s.substr(i), d)) {
        i += d.size();
        more = true;
        break;
      }
  }
  return i;
}

// The level of a numbered heading marker at the start of `s`, 0 if none;
// `*rest` receives the text after the marker.
int MatchRule(std::string_view s, std::string_view* rest) {
  for (const HeadingRule& r : kRules) {
    if (!StartsWith(s, r.open)) continue;
    std::string_view t = s.substr(r.open.size());
    std::size_t n = SkipNumerals(t, r.numerals);
    if (n == 0 || !StartsWith(t.substr(n), r.close)) continue;
    t = t.substr(n + r.close.size());
    t = TrimCellView(t);
    if (t.empty()) continue;
    // "1.5万元" is a number and "2. 2024年度…表" an item of a list of
    // attachments; "3.“全年执行数”是指…。" is a sentence.
    if (r.numerals == Numerals::kArabic &&
        ((t[0] >= '0' && t[0] <= '9') || t.ends_with("。")))
      continue;
    *rest = t;
    return r.level;
  }
  return 0;
}

std::size_t CountChars(std::string_view s, std::size_t stop) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size() && n <= stop; ++n) NextCodePoint(s, &i);
  return n;
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
  if (StartsWith(t, "- ") || StartsWith(t, "* ")) {
    out.text = TrimCell(t.substr(2));
    return out;
  }
  out.text = std::string(t);
  if (CountChars(t, kMaxHeadingChars) > kMaxHeadingChars || LooksLikeSentence(t)) return out;
  std::string_view rest;
  out.level = MatchRule(t, &rest);
  return out;
}

}  // namespace gongkai
