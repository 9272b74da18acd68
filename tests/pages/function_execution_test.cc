#include "function_execution.h"

#include <gtest/gtest.h>

#include "parse.h"
#include "site_model.h"
#include "test_util.h"

namespace gongkai {
namespace {

TEST(FunctionExecutionTest, RateHasOneDecimalRoundedHalfAwayFromZero) {
  EXPECT_EQ(RateOneDecimal(42528727, 43433499), "97.9%");
  EXPECT_EQ(RateOneDecimal(1, 1), "100.0%");
  EXPECT_EQ(RateOneDecimal(9995, 10000), "100.0%");  // 99.95 -> 100.0
  EXPECT_EQ(RateOneDecimal(9994, 10000), "99.9%");
  EXPECT_EQ(RateOneDecimal(0, 10000), "0.0%");
  EXPECT_EQ(RateOneDecimal(-5, 1000), "-0.5%");
  EXPECT_EQ(RateOneDecimal(5, 0), "");
}

TEST(FunctionExecutionTest, ACodeOnlyOneSideStatesKeepsItsRowWithAnEmptyRate) {
  FigureSet budget, final_set;
  budget.by_function["201"] = {1000000, 0, "", 1};
  budget.by_function_kuan["20101"] = {1000000, 0, "", 1};
  final_set.by_function["201"] = {900000, 0, "", 2};
  final_set.by_function["212"] = {50000, 0, "", 2};
  std::vector<FunctionExecution> rows = ExecutionByFunction(budget, final_set, {{"20101", "人大事务"}});
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].code, "201");
  EXPECT_EQ(rows[0].name, "一般公共服务支出");  // the standard name when the table gave none
  EXPECT_EQ(rows[0].rate, "90.0%");
  EXPECT_EQ(rows[1].code, "20101");
  EXPECT_EQ(rows[1].name, "人大事务");
  EXPECT_EQ(rows[1].depth, 1);
  EXPECT_EQ(rows[1].budget, "1.00 万元");  // 1,000,000 分
  EXPECT_EQ(rows[1].final_amount, "");
  EXPECT_EQ(rows[1].rate, "");
  EXPECT_EQ(rows[2].code, "212");
  EXPECT_EQ(rows[2].budget, "");
  EXPECT_EQ(rows[2].rate, "");
}

// A real pair: 西南大学's 2023 budget (corpus chongqing/2023-xinan-daxue-dept-budget.pdf; here its
// pdftotext -layout output, tests/data/real/chongqing-2023-xinan-daxue-dept-budget.txt) and its
// 2023 final account (tests/data/real/chongqing-2023-xinan-daxue-dept-final.pdf). Read by hand (万元):
//   budget 西南大学支出预算表 (p. 9; .txt lines 328-358)   final 表3：高等学校支出决算表 (pp. 10-11)
//   合计   468,779.07                                      合计   457,676.75
//   205    434,334.99   20502 432,123.85                  205    425,287.27   20502 423,102.24
//          20506 1,309.00   20599 902.14                         20506 1,309.00   20599 876.03
//   206      2,801.72   20602 2,801.72                    206      2,536.65   20602 2,536.65
//   208     14,616.30   20805 14,616.30                   208     13,465.06   20805 13,465.06
//   221     16,916.56   22102 16,916.56                   221     16,278.27   22102 16,278.27
//   229        109.50   22960 109.50                      229        109.50   22960 109.50
// Σ 类: 434,334.99 + 2,801.72 + 14,616.30 + 16,916.56 + 109.50 = 468,779.07 (budget 合计);
//       425,287.27 + 2,536.65 + 13,465.06 + 16,278.27 + 109.50 = 457,676.75 (final 合计).
TEST(FunctionExecutionTest, SouthwestUniversity2023BudgetAgainstFinalPerCode) {
  const std::string real = std::string(GONGKAI_TEST_DATA) + "/real/";
  std::vector<Document> docs;
  for (const char* name : {"chongqing-2023-xinan-daxue-dept-budget.txt", "chongqing-2023-xinan-daxue-dept-final.pdf"})
    docs.push_back(ParseDocument(real + name, test::ReadFileOrDie(real + name)));
  std::vector<UnitYearGroup> groups = GroupDocuments(docs);
  ASSERT_EQ(groups.size(), 1u);  // one unit (西南大学), one year (2023)
  UnitYearSummary s = Summarize(groups[0]);
  const FigureSet *budget = nullptr, *final_set = nullptr;
  for (const FigureSet& set : s.figure_sets) {
    if (set.doc_kind == "budget") budget = &set;
    if (set.doc_kind == "final") final_set = &set;
  }
  ASSERT_NE(budget, nullptr);
  ASSERT_NE(final_set, nullptr);

  Cents budget_sum = 0, final_sum = 0;
  for (const auto& [code, v] : budget->by_function) budget_sum += v.cents;
  for (const auto& [code, v] : final_set->by_function) final_sum += v.cents;
  EXPECT_EQ(budget_sum, 468779070000);  // 合计 468,779.07 万元
  EXPECT_EQ(final_sum, 457676750000);   // 合计 457,676.75 万元
  EXPECT_EQ(budget->by_function_kuan.at("20599").cents, 902140000);
  EXPECT_EQ(final_set->by_function_kuan.at("20599").cents, 876030000);

  struct Row { const char* code; const char* budget; const char* final_amount; const char* rate; };
  // Rates: final / budget, e.g. 425,287.27 / 434,334.99 = 0.97917 -> 97.9%.
  const Row expected[] = {
      {"205", "434,334.99 万元", "425,287.27 万元", "97.9%"},
      {"20502", "432,123.85 万元", "423,102.24 万元", "97.9%"},
      {"20506", "1,309.00 万元", "1,309.00 万元", "100.0%"},
      {"20599", "902.14 万元", "876.03 万元", "97.1%"},
      {"206", "2,801.72 万元", "2,536.65 万元", "90.5%"},
      {"20602", "2,801.72 万元", "2,536.65 万元", "90.5%"},
      {"208", "14,616.30 万元", "13,465.06 万元", "92.1%"},
      {"20805", "14,616.30 万元", "13,465.06 万元", "92.1%"},
      {"221", "16,916.56 万元", "16,278.27 万元", "96.2%"},
      {"22102", "16,916.56 万元", "16,278.27 万元", "96.2%"},
      {"229", "109.50 万元", "109.50 万元", "100.0%"},
      {"22960", "109.50 万元", "109.50 万元", "100.0%"},
  };
  std::vector<FunctionExecution> rows = ExecutionByFunction(*budget, *final_set, s.function_names);
  ASSERT_EQ(rows.size(), std::size(expected));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].code, expected[i].code);
    EXPECT_EQ(rows[i].budget, expected[i].budget) << expected[i].code;
    EXPECT_EQ(rows[i].final_amount, expected[i].final_amount) << expected[i].code;
    EXPECT_EQ(rows[i].rate, expected[i].rate) << expected[i].code;
  }
  EXPECT_EQ(rows[0].name, "教育支出");
  EXPECT_EQ(rows[1].name, "普通教育");
}

}  // namespace
}  // namespace gongkai
