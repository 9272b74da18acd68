// The code shapes every stage asks (core/codes): what each decides on codes
// and labels as the corpus prints them.
#include "codes.h"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

TEST(Codes, CodeLikeIsThreeFiveSixOrSevenDigits) {
  for (const char* code : {"201", "20111", "2011101", "301", "30101", "012001", " 208 "})
    EXPECT_TRUE(IsCodeLike(code)) << code;
  for (const char* text : {"", "20", "2011", "20111010", "2o1", "201.00", "栏次", "1"})
    EXPECT_FALSE(IsCodeLike(text)) << text;
}

TEST(Codes, ClassificationCodeLengthsAreThreeFiveSeven) {
  EXPECT_TRUE(IsClassificationCodeLength(3));
  EXPECT_TRUE(IsClassificationCodeLength(5));
  EXPECT_TRUE(IsClassificationCodeLength(7));
  EXPECT_FALSE(IsClassificationCodeLength(6));  // a unit code, not 类/款/项
  EXPECT_FALSE(IsClassificationCodeLength(4));
}

TEST(Codes, DepthOfFunctionalAndEconomicCodes) {
  struct Case {
    const char* code;
    int depth;
  };
  // 012001: a unit's code; 101: no 1xx expenditure class.
  for (const Case& c : {Case{"201", 0}, Case{"20111", 1}, Case{"2011101", 2}, Case{"30101", 1},
                        Case{"50201", 1}, Case{"012001", -1}, Case{"101", -1}, Case{"", -1}})
    EXPECT_EQ(CodeDepth(c.code), c.depth) << c.code;
}

TEST(Codes, UnitCodes) {
  EXPECT_TRUE(IsTrustedUnitCode("012001"));
  EXPECT_TRUE(IsTrustedUnitCode("001"));
  EXPECT_FALSE(IsTrustedUnitCode("01"));
  EXPECT_FALSE(IsTrustedUnitCode("012001_"));
  EXPECT_EQ(SplitUnitCode("012001_苏州市数据局"), std::make_pair(std::string("012001"), std::string("苏州市数据局")));
  EXPECT_EQ(SplitUnitCode("001003-市信访局"), std::make_pair(std::string("001003"), std::string("市信访局")));
  EXPECT_EQ(SplitUnitCode("01_名称"), std::make_pair(std::string(), std::string("01_名称")));
  EXPECT_EQ(SplitUnitCode("012001"), std::make_pair(std::string(), std::string("012001")));
}

TEST(Codes, FunctionClassByName) {
  EXPECT_EQ(FunctionCodeByName("社会保障和就业支出"), "208");
  EXPECT_EQ(FunctionCodeByName("医疗卫生与计划生育支出"), "210");  // the name before 2019
  // 西安 2020's 收支总表 prints its 类 without 支出, some cut short.
  EXPECT_EQ(FunctionCodeByName("教育"), "205");
  EXPECT_EQ(FunctionCodeByName("社会保障和就业"), "208");
  EXPECT_EQ(FunctionCodeByName("自然资源"), "220");
  EXPECT_EQ(FunctionCodeByName("灾害防治及应急"), "224");
  EXPECT_EQ(FunctionCodeByName("资源勘探信息等"), "215");
  // Never a name that starts two 类 ("债务" 231/232/233), a short piece or another word.
  EXPECT_EQ(FunctionCodeByName("债务"), "");
  EXPECT_EQ(FunctionCodeByName("债务还本"), "231");
  EXPECT_EQ(FunctionCodeByName("教"), "");
  EXPECT_EQ(FunctionCodeByName("一般公共预算拨款收入"), "");
  EXPECT_EQ(FunctionCodeByName(""), "");
}

}  // namespace
}  // namespace gongkai
