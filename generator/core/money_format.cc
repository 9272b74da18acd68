#include "money_format.h"

namespace gongkai {

std::string DecimalString(Cents cents, int scale, int min_decimals) {
  bool negative = cents < 0;
  // Work in unsigned so that INT64_MIN does not overflow.
  unsigned long long v = negative ? 0ULL - static_cast<unsigned long long>(cents)
                                  : static_cast<unsigned long long>(cents);
  unsigned long long divisor = 1;
  for (int i = 0; i < scale; ++i) divisor *= 10;
  std::string whole = std::to_string(v / divisor);
  std::string frac = std::to_string(v % divisor);
  frac = std::string(static_cast<std::size_t>(scale) - frac.size(), '0') + frac;
  while (static_cast<int>(frac.size()) > min_decimals && frac.back() == '0') frac.pop_back();
  std::string out = negative && v != 0 ? "-" : "";
  out += whole;
  if (!frac.empty()) out += "." + frac;
  return out;
}

std::string WithThousands(const std::string& decimal) {
  std::size_t start = (!decimal.empty() && decimal[0] == '-') ? 1 : 0;
  std::size_t dot = decimal.find('.');
  std::size_t end = dot == std::string::npos ? decimal.size() : dot;
  std::string out = decimal.substr(0, start);
  for (std::size_t i = start; i < end; ++i) {
    if (i > start && (end - i) % 3 == 0) out += ',';
    out += decimal[i];
  }
  out += decimal.substr(end);
  return out;
}

std::string FormatYuan(Cents cents) { return WithThousands(DecimalString(cents, 2)) + " 元"; }

std::string FormatWan(Cents cents) { return WithThousands(DecimalString(cents, 6)) + " 万元"; }

std::string FormatAmount(Cents cents, MoneyUnit currency) {
  return currency == MoneyUnit::kYuan ? FormatYuan(cents) : FormatWan(cents);
}

std::string PlainAmount(Cents cents, MoneyUnit currency) {
  return DecimalString(cents, currency == MoneyUnit::kWanYuan ? 6 : 2);
}

std::string Percent(Cents part, Cents whole) {
  if (whole == 0) return "";
  // basis points of a percent (0.01%), rounded half away from zero.
  __int128 num = static_cast<__int128>(part) * 20000;
  __int128 den = static_cast<__int128>(whole) * 2;
  bool negative = (num < 0) != (den < 0);
  if (num < 0) num = -num;
  if (den < 0) den = -den;
  __int128 q = (num + den / 2) / den;
  std::string s = DecimalString(static_cast<Cents>(q), 2);
  return (negative && q != 0 ? "-" : "") + s + "%";
}

}  // namespace gongkai
