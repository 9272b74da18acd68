// Amounts for people, from exact integers of 分. No floating point anywhere:
// every string here is made by integer division, so a page, a CSV and the
// compare data always agree to the last digit.
#pragma once

#include <cstdint>
#include <string>

#include "model.h"

namespace gongkai {

// Exact decimal of cents / 10^scale, at least `min_decimals` decimals and as
// many more as needed to stay exact: DecimalString(227610000, 6, 2) = "227.61",
// DecimalString(123, 6, 2) = "0.000123". No thousands separators.
std::string DecimalString(Cents cents, int scale, int min_decimals = 2);

// "2,304,400.00 元".
std::string FormatYuan(Cents cents);
// "230.44 万元" (more decimals when 2 would not be exact: "0.0001 万元").
std::string FormatWan(Cents cents);
// In the document's own unit: FormatWan for 万元, FormatYuan otherwise.
std::string FormatAmount(Cents cents, MoneyUnit currency);
// The bare number in the table's unit, for data-sort-value and CSV: "227.61".
std::string PlainAmount(Cents cents, MoneyUnit currency);
// Groups the integer part with commas: "2304400.00" -> "2,304,400.00".
std::string WithThousands(const std::string& decimal);

// part / whole as a percentage with two decimals, rounded half away from
// zero by integer arithmetic: Percent(18421, 20096) = "91.67%". "" if whole is 0.
std::string Percent(Cents part, Cents whole);

}  // namespace gongkai
