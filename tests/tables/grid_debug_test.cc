#include "grid_debug.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "test_util.h"

namespace gongkai {
namespace {

// 江苏省委办公厅 2019: 12 A3 pages, pages 1–5 with /Rotate 90. Page 5 is
// 财政拨款支出预算表（功能科目）: codes, names and amounts under one header
// line, then 合计 and 13 code rows.
const std::string kJiangsu =
    std::string(GONGKAI_TEST_DATA) + "/pdf/jiangsu-2019-shengwei-bangongting-budget-tables.pdf";

// 无锡市信访局 2025, page 18 alone (pdfseparate): 公开06表
// 财政拨款基本支出表（经济科目）, five columns, 24 lines of table.
const std::string kWuxi =
    std::string(GONGKAI_TEST_DATA) + "/pdf/wuxi-2025-xinfang-ju-dept-budget-page18.pdf";

GridPage LayOut(const std::string& path, const std::string& bytes, int page) {
  GridPage g;
  std::string error;
  EXPECT_TRUE(LayOutGridPage(path, bytes, page, &g, &error)) << error;
  return g;
}

int Count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size()))
    ++n;
  return n;
}

// The SVG of the first table group (the legend reuses the same classes).
std::string FirstTable(const std::string& svg) {
  std::size_t from = svg.find("<g class=\"table\"");
  std::size_t to = svg.find("<g id=\"legend\">");
  return from == std::string::npos ? "" : svg.substr(from, to - from);
}

TEST(GridDebug, DrawsPdfWordsWherePdftotextPutsThem) {
  GridPage g = LayOut(kJiangsu, test::ReadFileOrDie(kJiangsu), 5);
  // The page is displayed turned (/Rotate 90): 842 × 1191 becomes 1191 × 842.
  EXPECT_DOUBLE_EQ(g.width, 1191);
  EXPECT_DOUBLE_EQ(g.height, 842);
  std::string svg = GridPageSvg(g);
  // `pdftotext -bbox-layout -f 5 -l 5`: <word xMin="275.727944"
  // yMin="328.437072" xMax="314.367944" yMax="339.466032">2013101</word>.
  EXPECT_TRUE(std::regex_search(
      svg, std::regex("<rect class=\"word\" data-line=\"\\d+\" x=\"275.73\" y=\"328.44\" "
                      "width=\"38.64\" height=\"11.03\"/>\n<text [^>]*>2013101</text>")))
      << svg.substr(0, 3000);
  // <word xMin="906.927800" yMin="328.437072" xMax="951.087800" ...>9,370.12</word>
  EXPECT_TRUE(std::regex_search(
      svg, std::regex("x=\"906.93\" y=\"328.44\" width=\"44.16\" height=\"11.03\"/>\n"
                      "<text [^>]*>9,370.12</text>")));
  EXPECT_NE(svg.find("page 5 of 12"), std::string::npos);
}

TEST(GridDebug, DrawsEachColumnOfTheTableFromItsWords) {
  GridPage g = LayOut(kWuxi, test::ReadFileOrDie(kWuxi), 1);
  ASSERT_EQ(g.tables.size(), 1u);
  const GridPage::TableRun& run = g.tables[0];
  // 科目编码, 科目名称, 合计, 人员经费, 公用经费 (the page's five columns).
  EXPECT_EQ(run.columns, 5);
  ASSERT_EQ(run.column_extents.size(), 5u);
  // From the data rows' words (pdftotext -bbox-layout): codes start at
  // 30101's xMin 30.85; 公用经费 amounts span 538.70–566.20 (98.53). The
  // header 本年财政拨款基本支出 over columns 3–5 widens none of them.
  EXPECT_NEAR(run.column_extents[0].first, 30.85, 0.01);
  EXPECT_NEAR(run.column_extents[4].first, 538.70, 0.01);
  EXPECT_NEAR(run.column_extents[4].second, 566.20, 0.01);
  for (std::size_t c = 1; c < 5; ++c)
    EXPECT_LT(run.column_extents[c - 1].second, run.column_extents[c].first) << c;
  // Two header lines, 合计 and 21 code rows.
  EXPECT_EQ(run.row_baselines.size(), 24u);
  EXPECT_TRUE(run.joined_lines.empty());
  std::string table = FirstTable(GridPageSvg(g));
  EXPECT_EQ(Count(table, "<g class=\"column\""), 5);
  EXPECT_EQ(Count(table, "class=\"column-edge\""), 10);
  EXPECT_EQ(Count(table, "class=\"row-baseline\""), 24);
  EXPECT_NE(table.find("data-columns=\"5\" data-rows=\"24\""), std::string::npos);
}

TEST(GridDebug, ColumnsOfARotatedPageSpanItsCodesAndAmounts) {
  GridPage g = LayOut(kJiangsu, test::ReadFileOrDie(kJiangsu), 5);
  ASSERT_EQ(g.tables.size(), 1u);
  const GridPage::TableRun& run = g.tables[0];
  ASSERT_GE(run.column_extents.size(), 3u);
  EXPECT_NEAR(run.column_extents.front().first, 275.73, 0.01);  // 201 … 2210202
  EXPECT_NEAR(run.column_extents.back().second, 951.09, 0.01);  // 27,664.22 …
  EXPECT_EQ(run.row_baselines.size(), 15u);  // header, 合计, 13 code rows
}

TEST(GridDebug, PlacesLayoutTextOnAColumnAndLineGrid) {
  // pdftotext -layout text: x = character column × 5 (pdftotext puts a word
  // at its column on the page, a CJK character one column), y = line × 12.
  std::string text =
      "支出预算表\n"
      "项目            金额        备注\n"
      "基本支出        1,200.00    人员\n"
      "项目支出          800.00    业务\n"
      "合计          2,000.00\n";
  GridPage g = LayOut("t.txt", text, 1);
  EXPECT_FALSE(g.pdf);
  std::string svg = GridPageSvg(g);
  // "1,200.00" stands at character columns 12–20 of line index 2 (after
  // "基本支出" and 8 spaces).
  EXPECT_NE(svg.find("x=\"60\" y=\"25\" width=\"40\" height=\"10\"/>\n<text "), std::string::npos)
      << svg;
  ASSERT_EQ(g.tables.size(), 1u);
  EXPECT_EQ(g.tables[0].columns, 3);
  EXPECT_NE(svg.find("1 column = 5, 1 line = 12"), std::string::npos);
}

TEST(GridDebug, TextPagesPartAtFormFeeds) {
  std::string text = "第一页\n\f第二页  甲\n";
  GridPage g = LayOut("t.txt", text, 2);
  EXPECT_EQ(g.pages, 2);
  ASSERT_FALSE(g.words.empty());
  EXPECT_EQ(g.words[0].text, "第二页");
  EXPECT_DOUBLE_EQ(g.words[0].top, 1);  // first line of its page
}

TEST(GridDebug, SamePageGivesTheSameBytes) {
  std::string bytes = test::ReadFileOrDie(kJiangsu);
  EXPECT_EQ(GridPageSvg(LayOut(kJiangsu, bytes, 3)), GridPageSvg(LayOut(kJiangsu, bytes, 3)));
}

TEST(GridDebug, RefusesAPageTheFileDoesNotHave) {
  GridPage g;
  std::string error;
  EXPECT_FALSE(LayOutGridPage(kJiangsu, test::ReadFileOrDie(kJiangsu), 13, &g, &error));
  EXPECT_NE(error.find("no page 13 (it has 12)"), std::string::npos) << error;
}

TEST(GridDebug, PrintsThePdfFrontEndsWordsAsTsv) {
  std::string error;
  std::string tsv = PositionedLinesTsv(kJiangsu, test::ReadFileOrDie(kJiangsu), &error);
  EXPECT_TRUE(error.empty());
  EXPECT_TRUE(std::regex_search(tsv, std::regex("\n5\t\\d+\t275.73\t314.37\t328.44\t339.47\t2013101\n")));
}

}  // namespace
}  // namespace gongkai
