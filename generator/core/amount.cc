#include "amount.h"

#include <algorithm>
#include <string>

#include "text.h"

namespace gongkai {
namespace {

// Decimal places each money unit keeps when counting in 分:
// 1 元 = 100 分 (2 places), 1 万元 = 1,000,000 分 (6 places).
int ScaleDigits(MoneyUnit currency) { return currency == MoneyUnit::kWanYuan ? 6 : 2; }

// The UTF-8 spaces numbers may hold besides ASCII ones: U+3000 (ideographic)
// and U+00A0 (no-break).
constexpr std::string_view kIdeographicSpace = "\u3000";
constexpr std::string_view kNoBreakSpace = "\u00a0";

// Maps the full-width forms converters leave (０-９, ．, －, ，, （）, ％) to ASCII
// and drops every space (ASCII, NBSP, U+3000): "1 234.56" is one number.
std::string ToAsciiNoSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    if (c == 0xE3 || c == 0xC2) {
      std::string_view space = c == 0xE3 ? kIdeographicSpace : kNoBreakSpace;
      if (text.substr(i).starts_with(space)) {
        i += space.size();
        continue;
      }
    }
    // U+FF01..U+FF5E are full-width ASCII: EF BC 81..EF BD 9E.
    if (c == 0xEF && i + 2 < text.size()) {
      unsigned char b1 = static_cast<unsigned char>(text[i + 1]);
      unsigned char b2 = static_cast<unsigned char>(text[i + 2]);
      int code = -1;
      if (b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) code = 0xFF00 + (b2 - 0x80);
      if (b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E) code = 0xFF40 + (b2 - 0x80);
      if (code >= 0xFF01 && code <= 0xFF5E) {
        out += static_cast<char>(code - 0xFF01 + 0x21);
        i += 3;
        continue;
      }
    }
    out += static_cast<char>(c);
    ++i;
  }
  return out;
}

// "—", "——", "-", "--", "–": printed as "not applicable".
bool IsDash(std::string_view s) {
  if (s.empty() || s.size() > 24) return false;
  static constexpr std::string_view kDashes[] = {"\u2014", "\u2013", "\u2015", "\u2012",
                                                 "\u2500"};
  while (!s.empty()) {
    if (s.front() == '-') {
      s.remove_prefix(1);
      continue;
    }
    // Every other dash is three bytes starting E2.
    if (static_cast<unsigned char>(s.front()) != 0xE2) return false;
    bool matched = false;
    for (std::string_view d : kDashes) {
      if (s.starts_with(d)) {
        s.remove_prefix(d.size());
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return true;
}

// Parses [sign] digits[,digits...][.digits] into an integer scaled by
// 10^scale, rounding half up. False when the text is not such a number or the
// value would overflow int64 (huge digit runs are text, never UB).
bool ParseDecimal(std::string_view s, int scale, std::int64_t* value, bool* inexact) {
  bool negative = false;
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    negative = true;
    s = s.substr(1, s.size() - 2);
  }
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    if (s.front() == '-') negative = !negative;
    s.remove_prefix(1);
  }
  if (s.empty()) return false;
  std::int64_t v = 0;
  bool any_digit = false;
  std::size_t i = 0;
  char prev = 0;
  for (; i < s.size() && s[i] != '.'; ++i) {
    char c = s[i];
    if (c == ',') {
      // A thousands separator must sit between digits.
      if (prev < '0' || prev > '9' || i + 1 >= s.size() || s[i + 1] < '0' || s[i + 1] > '9')
        return false;
    } else if (c >= '0' && c <= '9') {
      if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, c - '0', &v))
        return false;
      any_digit = true;
    } else {
      return false;
    }
    prev = c;
  }
  int frac_digits = 0;
  bool round_up = false;
  bool seen_dropped = false;
  *inexact = false;
  if (i < s.size()) {  // at '.'
    ++i;
    if (i >= s.size() && !any_digit) return false;
    for (; i < s.size(); ++i) {
      char c = s[i];
      if (c < '0' || c > '9') return false;
      any_digit = true;
      if (frac_digits < scale) {
        if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, c - '0', &v))
          return false;
        ++frac_digits;
      } else {
        // The first dropped digit decides rounding (half up); any non-zero
        // dropped digit makes the value inexact.
        if (!seen_dropped) round_up = c >= '5';
        seen_dropped = true;
        if (c != '0') *inexact = true;
      }
    }
  }
  if (!any_digit) return false;
  for (; frac_digits < scale; ++frac_digits)
    if (__builtin_mul_overflow(v, 10, &v)) return false;
  if (round_up && __builtin_add_overflow(v, 1, &v)) return false;
  *value = negative ? -v : v;
  return true;
}

}  // namespace

ParsedValue ParseValue(std::string_view text, MoneyUnit currency) {
  ParsedValue out;
  std::string_view t = TrimCellBytes(text);
  if (t.empty()) return out;  // kEmpty
  if (t.find("[illegible]") != std::string_view::npos) {
    out.kind = CellKind::kIllegible;
    return out;
  }
  if (IsDash(t)) {
    out.kind = CellKind::kDash;
    return out;
  }
  out.kind = CellKind::kText;
  // A CJK ideograph (lead byte E4-E9) survives the mapping below and is
  // neither a digit nor a dash: text, without building the ASCII form.
  if (std::any_of(t.begin(), t.end(), [](char c) {
        unsigned char b = static_cast<unsigned char>(c);
        return b >= 0xE4 && b <= 0xE9;
      }))
    return out;
  std::string ascii = ToAsciiNoSpaces(t);
  if (IsDash(ascii)) {
    out.kind = CellKind::kDash;
    return out;
  }
  // Digits with a leading zero ("01", "0502") are a code (款, 项, 行次),
  // never a sum of money.
  if (ascii.size() > 1 && ascii[0] == '0' && ascii.find_first_not_of("0123456789") == std::string::npos)
    return out;
  std::int64_t v = 0;
  bool inexact = false;
  if (ParseDecimal(ascii, ScaleDigits(currency), &v, &inexact)) {
    out.kind = CellKind::kAmount;
    out.cents = v;
    out.inexact = inexact;
  }
  return out;
}

std::optional<std::int64_t> ParseHundredths(std::string_view text) {
  std::string ascii = ToAsciiNoSpaces(TrimCellBytes(text));
  std::int64_t v = 0;
  bool inexact = false;
  if (!ParseDecimal(ascii, 2, &v, &inexact)) return std::nullopt;
  return v;
}

const char* MoneyUnitName(MoneyUnit currency) {
  switch (currency) {
    case MoneyUnit::kYuan: return "元";
    case MoneyUnit::kWanYuan: return "万元";
    case MoneyUnit::kUnknown: break;
  }
  return "";
}

bool IsAmountToken(std::string_view s) {
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  std::size_t dot = s.find('.');
  if (dot == std::string_view::npos || dot == 0 || s.size() - dot - 1 != 2) return false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (k == dot) continue;
    if (k > dot && !(c >= '0' && c <= '9')) return false;
    if (k < dot && !((c >= '0' && c <= '9') || c == ',')) return false;
  }
  return s.front() != ',';
}

Cents RoundingTolerance(int items, MoneyUnit currency) {
  if (items < 1) items = 1;
  if (currency == MoneyUnit::kWanYuan) return static_cast<Cents>(items) * 5000;
  return static_cast<Cents>((items + 1) / 2);
}

}  // namespace gongkai
