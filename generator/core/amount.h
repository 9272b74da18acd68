// Amounts: printed numbers to exact integers of 分.
#pragma once

#include <optional>
#include <string_view>

#include "model.h"

namespace gongkai {

struct ParsedValue {
  CellKind kind = CellKind::kEmpty;  // kEmpty, kAmount, kDash, kText, kIllegible
  Cents cents = 0;                   // kAmount only
  bool inexact = false;              // more decimals than 分 can hold: rounded half up
};

// Classifies a cell and, when it is a number, converts it exactly:
// "230.44" in 万元 -> 230440000 分; "91,016,775.35" in 元 -> 9101677535 分.
// Accepts thousands separators, spaces inside numbers, full-width digits,
// a leading minus or parentheses for negatives. Unknown currency reads as 元.
ParsedValue ParseValue(std::string_view text, MoneyUnit currency);

// True when the text is a decimal amount as tables print them ("1,234.56",
// "0.00", "-3.10"): the tokens that anchor amount columns.
bool IsAmountToken(std::string_view text);

// Parses a plain decimal ("92.07") into hundredths (9207); nullopt if not one.
std::optional<std::int64_t> ParseHundredths(std::string_view text);

// How far a sum of `items` rounded figures may stray from the printed total:
// half of the last printed digit per figure, 0.005 万元 = 5000 分 each;
// 0.005 元 rounds to half a 分.
Cents RoundingTolerance(int items, MoneyUnit currency);

// "万元" / "元" for display and JSON.
const char* MoneyUnitName(MoneyUnit currency);

}  // namespace gongkai
