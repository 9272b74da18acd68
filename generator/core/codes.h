// Codes: the shapes of a budget classification code (政府收支分类科目: 功能分类
// and 经济分类, 类 / 款 / 项) and of a unit code (单位编码), and the standard
// names of the 功能分类 类. Every stage asks these; none tests a code's
// shape on its own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace gongkai {

// True for a 功能分类 (functional classification) expenditure code: 2 then
// 2, 4 or 6 more digits (类 "201", 款 "20101", 项 "2010101").
bool IsFunctionCode(const std::string& code);

// A standard name of a functional class (类) code, "" when not in the table.
std::string StandardFunctionName(const std::string& code);

// The 类 code of a 功能分类 类 name, current or former ("医疗卫生与计划生育支出"
// -> "210"), also printed without its 支出 ("教育") or cut short to the start of
// one 类 only ("自然资源", four characters at least); "" when the name is none.
// `name` is compacted, enumeration stripped.
std::string FunctionCodeByName(std::string_view name);

// The number of digits of a 类 (3), 款 (5) or 项 (7) code.
bool IsClassificationCodeLength(std::size_t digits);

// A functional (201 / 20111 / 2011101), economic (301 / 30101) or unit
// (012001) code: 3, 5, 6 or 7 ASCII digits, surrounding spaces aside.
bool IsCodeLike(std::string_view text);

// The level of a functional (2xx) or economic (3xx, 5xx) code: 0 = 类 (3
// digits), 1 = 款 (5), 2 = 项 (7); -1 for anything else (a unit's code).
int CodeDepth(std::string_view code);

// The shortest unit code that identifies a unit (unit_identity rule 3) and
// that a "012001_名称" value may open with.
inline constexpr std::size_t kMinUnitCodeDigits = 3;

// A unit code that identifies a unit: only digits, at least kMinUnitCodeDigits.
bool IsTrustedUnitCode(std::string_view code);

// Splits "012001_名称" / "001003-名称" (at least kMinUnitCodeDigits digits,
// then '_' or '-') into code and name; {"", value} otherwise.
std::pair<std::string, std::string> SplitUnitCode(std::string_view value);

}  // namespace gongkai
