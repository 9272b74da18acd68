#include "numbering.h"

namespace gongkai {
namespace {

constexpr std::string_view kChineseNumerals[] = {"一", "二", "三", "四", "五", "六", "七",
                                                 "八", "九", "十", "百", "零", "〇"};
// 〇 is the last entry: kChinese reads all but it.
constexpr std::size_t kChineseCount = std::size(kChineseNumerals) - 1;

// The byte length of the first of the '|'-separated `alternatives` that `s`
// starts with; 0 if none does (or `alternatives` is empty).
std::size_t AlternativeLength(std::string_view s, std::string_view alternatives) {
  while (!alternatives.empty()) {
    std::size_t bar = alternatives.find('|');
    std::string_view one = alternatives.substr(0, bar);
    if (!one.empty() && s.starts_with(one)) return one.size();
    if (bar == std::string_view::npos) break;
    alternatives.remove_prefix(bar + 1);
  }
  return 0;
}

}  // namespace

std::size_t NumeralLength(std::string_view s, Numerals numerals, std::size_t max_bytes) {
  std::size_t limit = max_bytes == 0 ? s.size() : std::min(max_bytes, s.size());
  std::size_t n = 0;
  if (numerals == Numerals::kArabic) {
    while (n < limit && s[n] >= '0' && s[n] <= '9') ++n;
    return n;
  }
  std::size_t count = numerals == Numerals::kChinese ? kChineseCount : std::size(kChineseNumerals);
  for (bool more = true; more;) {
    more = false;
    for (std::size_t i = 0; i < count; ++i) {
      std::string_view d = kChineseNumerals[i];
      if (n + d.size() <= limit && s.substr(n).starts_with(d)) {
        n += d.size();
        more = true;
        break;
      }
    }
  }
  return n;
}

std::size_t MatchNumbering(std::string_view s, const NumberingRule& rule) {
  std::size_t n = 0;
  if (!rule.open.empty()) {
    n = AlternativeLength(s, rule.open);
    if (n == 0) return 0;
  }
  std::size_t numerals = NumeralLength(s.substr(n), rule.numerals, rule.max_bytes);
  if (numerals == 0) return 0;
  n += numerals;
  if (!rule.close.empty()) {
    std::size_t close = AlternativeLength(s.substr(n), rule.close);
    if (close == 0) return 0;
    n += close;
  }
  if (!rule.digit_may_follow && n < s.size() && s[n] >= '0' && s[n] <= '9') return 0;
  return n + AlternativeLength(s.substr(n), rule.then);
}

NumberingMatch FindNumbering(std::string_view s, std::span<const NumberingRule> rules) {
  for (const NumberingRule& rule : rules)
    if (std::size_t n = MatchNumbering(s, rule)) return {&rule, n};
  return {};
}

}  // namespace gongkai
