// Budget classification codes (政府收支分类科目): the shape of a 功能分类
// code and the standard names of its 类.
#pragma once

#include <string>

namespace gongkai {

// True for a 功能分类 (functional classification) expenditure code: 2 then
// 2, 4 or 6 more digits (类 "201", 款 "20101", 项 "2010101").
bool IsFunctionCode(const std::string& code);

// A standard name of a functional class (类) code, "" when not in the table.
std::string StandardFunctionName(const std::string& code);

}  // namespace gongkai
