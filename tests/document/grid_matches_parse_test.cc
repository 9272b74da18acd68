// In document/, not tables/: it compares `gongkai grid` (tables/grid_debug)
// with what ParseDocument read of the same file.
#include <gtest/gtest.h>

#include <string>

#include "grid_debug.h"
#include "parse.h"
#include "test_util.h"

namespace gongkai {
namespace {

TEST(GridDebug, TextThatLostItsColumnsIsGriddedAsParseReadsIt) {
  // The same 无锡 page as `pdftotext -raw -enc UTF-8` prints it (real
  // output, unedited): one space between cells, so the text lost its
  // columns. Parse reads its rows in reading order (lost_columns.h): a label
  // cell (科目编码 with 科目名称, "301工资福利支出") and the three amounts of the
  // header 合计 / 人员经费 / 公用经费 (合计 row 1,692.29 = 1,593.76 + 98.53). The
  // grid must show that table, not the two columns aligning the words gives.
  const std::string raw =
      std::string(GONGKAI_TEST_DATA) + "/pdf/wuxi-2025-xinfang-ju-dept-budget-page18.raw.txt";
  const std::string bytes = test::ReadFileOrDie(raw);
  Document doc = ParseDocument(raw, bytes);
  ASSERT_EQ(doc.tables.size(), 1u);
  ASSERT_EQ(doc.tables[0].columns.size(), 4u);
  ASSERT_FALSE(doc.tables[0].rows.empty());
  EXPECT_EQ(doc.tables[0].rows[0].cells[1].cents, 1692290000);  // 1,692.29 万元 in 分
  EXPECT_EQ(doc.tables[0].rows[0].cells[2].cents + doc.tables[0].rows[0].cells[3].cents, 1692290000);
  GridPage g;
  std::string error;
  ASSERT_TRUE(LayOutGridPage(raw, bytes, 1, &g, &error)) << error;
  ASSERT_EQ(g.tables.size(), 1u);
  EXPECT_EQ(g.tables[0].first_line, 8);  // the 合计 row, the first line of the run
  EXPECT_EQ(g.tables[0].columns, 4);
  EXPECT_NE(GridPageSvg(g).find("table 1: lines 8–29, 4 columns"), std::string::npos);
}

}  // namespace
}  // namespace gongkai
