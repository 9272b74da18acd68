// Enumeration prefixes of items, headings and labels: "十三、", "（一）",
// "1、", "5.", "表九、", "第一部分". Each caller keeps its own table of the
// styles it accepts; this reads one style at the start of a text.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace gongkai {

enum class Numerals {
  kChinese,        // 一 二 三 四 五 六 七 八 九 十 百 零
  kChineseOrLing,  // the same and 〇
  kArabic,         // 0-9
};

// The byte length of the run of `numerals` at the start of `s`, 0 if none;
// at most `max_bytes` bytes when that is not 0 ("123" reads "12" with 2).
std::size_t NumeralLength(std::string_view s, Numerals numerals, std::size_t max_bytes = 0);

// One numbering style: `open`, numerals, `close`, then optionally `then`.
// `open`, `close` and `then` list alternatives separated by '|' ("（|(");
// an empty `open` or `then` is no text at all.
struct NumberingRule {
  std::string_view open = {};
  Numerals numerals = Numerals::kChinese;
  std::string_view close = {};
  std::size_t max_bytes = 0;  // longest numeral run, 0 for any
  std::string_view then = {};
  // False where a digit right after the marker makes it a number: "1.5万元".
  bool digit_may_follow = true;
};

// The byte length of the marker `rule` reads at the start of `s`, 0 if it
// does not: {"（|(", kChinese, "）|)", 0, "、"} reads "（一）、" of "（一）、“三公”经费".
std::size_t MatchNumbering(std::string_view s, const NumberingRule& rule);

// The first of `rules` that reads a marker at the start of `s`, and the
// marker's byte length; {nullptr, 0} when none does.
struct NumberingMatch {
  const NumberingRule* rule = nullptr;
  std::size_t length = 0;
};
NumberingMatch FindNumbering(std::string_view s, std::span<const NumberingRule> rules);

}  // namespace gongkai
