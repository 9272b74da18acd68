#include "treemap.h"

#include <gtest/gtest.h>

#include <string>

#include "parse_sample.h"
#include "test_util.h"

namespace gongkai {
namespace {

double Area(const TreemapRect& r) { return (r.x1 - r.x0) * (r.y1 - r.y0); }

const Table* TableTitled(const Document& doc, const std::string& prefix) {
  for (const Table& t : doc.tables)
    if (t.title.rfind(prefix, 0) == 0) return &t;
  return nullptr;
}

TEST(TreemapTest, SquarifiesThePapersExampleIntoItsRows) {
  // Bruls, Huizing and van Wijk (2000), figure 2: 6, 6, 4, 3, 2, 2, 1 in a 6 × 4 box.
  std::vector<TreemapRect> r = Squarify({6, 6, 4, 3, 2, 2, 1}, {0, 0, 6, 4});
  ASSERT_EQ(r.size(), 7u);
  // First row: the two 6s stacked in a column 3 wide on the left.
  EXPECT_DOUBLE_EQ(r[0].x0, 0); EXPECT_DOUBLE_EQ(r[0].x1, 3);
  EXPECT_DOUBLE_EQ(r[0].y0, 0); EXPECT_DOUBLE_EQ(r[0].y1, 2);
  EXPECT_DOUBLE_EQ(r[1].y0, 2); EXPECT_DOUBLE_EQ(r[1].y1, 4);
  // Second row: 4 and 3 side by side along the top of the remaining 3 × 4.
  EXPECT_DOUBLE_EQ(r[2].y0, 0); EXPECT_DOUBLE_EQ(r[3].y0, 0);
  EXPECT_NEAR(r[2].y1, 7.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(r[3].x1, 6);
}

TEST(TreemapTest, AreasAreProportionalToTheAmountsAndTileTheBox) {
  // Amounts in 分; only the layout coordinates are floating point.
  const std::vector<Cents> cents = {145530000, 16110000, 8440000, 1, 99999999999, 3, 3, 250000};
  Cents total = 0;
  for (Cents c : cents) total += c;
  const TreemapRect box{0, 0, 720, 400};
  std::vector<TreemapRect> r = Squarify(cents, box);
  ASSERT_EQ(r.size(), cents.size());
  double sum = 0;
  for (std::size_t i = 0; i < r.size(); ++i) {
    sum += Area(r[i]);
    EXPECT_NEAR(Area(r[i]) / Area(box), static_cast<double>(cents[i]) / static_cast<double>(total), 1e-9) << i;
    EXPECT_GE(r[i].x0, 0); EXPECT_LE(r[i].x1, 720); EXPECT_GE(r[i].y0, 0); EXPECT_LE(r[i].y1, 400);
    for (std::size_t j = i + 1; j < r.size(); ++j) {  // no two rectangles overlap
      const double w = std::min(r[i].x1, r[j].x1) - std::max(r[i].x0, r[j].x0);
      const double h = std::min(r[i].y1, r[j].y1) - std::max(r[i].y0, r[j].y0);
      EXPECT_FALSE(w > 1e-9 && h > 1e-9) << i << " overlaps " << j;
    }
  }
  EXPECT_NEAR(sum, Area(box), 1e-6);
}

// Sample 003 (中共临夏市委巡察工作领导小组办公室, 2024 budget), 表六、一般公共预算支出情况表,
// read by hand (单位：万元, column 合计):
//   line 406  总计                                   170.08
//   line 407  201      一般公共服务支出               145.53
//   line 408  20111    纪检监察事务                   145.53
//   line 409  2011101  行政运行                       137.53
//   line 410  2011199  其他纪检监察事务支出             8
//   line 411  208      社会保障和就业支出              16.11
//   line 412  20805    机关事业单位基本养老保险缴费支出  16.11
//   line 413  210      卫生健康支出                     8.44
//   line 414  2101101  行政单位医疗                     6.7
//   line 415  2101103  公务员医疗补助                   1.52
//   line 416  2101199  其他行政事业单位医疗支出          0.22
// (no 21011 row is printed: its 项 sum to 8.44, the 210 row). Σ 类 = 145.53 + 16.11 + 8.44 = 170.08 = 总计.
TEST(TreemapTest, FunctionTreeOfSample003MatchesTheTableReadByHand) {
  Document doc = test::ParseSample("003");
  const Table* t = TableTitled(doc, "表六");
  ASSERT_NE(t, nullptr);
  std::vector<TreemapNode> roots = FunctionTree(*t);
  ASSERT_EQ(roots.size(), 3u);
  EXPECT_EQ(roots[0].code, "201");
  EXPECT_EQ(roots[0].name, "一般公共服务支出");
  EXPECT_EQ(roots[0].cents, 145530000);
  EXPECT_EQ(roots[1].code, "208");
  EXPECT_EQ(roots[1].cents, 16110000);
  EXPECT_EQ(roots[2].code, "210");
  EXPECT_EQ(roots[2].cents, 8440000);
  const Cents table_total = 170080000;  // line 406, 总计
  EXPECT_EQ(roots[0].cents + roots[1].cents + roots[2].cents, table_total);
  // 款 and 项 under 201: 20111 145.53 = 137.53 + 8.
  ASSERT_EQ(roots[0].children.size(), 1u);
  EXPECT_EQ(roots[0].children[0].code, "20111");
  EXPECT_EQ(roots[0].children[0].cents, 145530000);
  ASSERT_EQ(roots[0].children[0].children.size(), 2u);
  EXPECT_EQ(roots[0].children[0].children[0].cents, 137530000);
  EXPECT_EQ(roots[0].children[0].children[1].cents, 8000000);
  // 210: the unprinted 款 21011 is the sum of its 项 6.70 + 1.52 + 0.22 = 8.44.
  ASSERT_EQ(roots[2].children.size(), 1u);
  EXPECT_EQ(roots[2].children[0].code, "21011");
  EXPECT_EQ(roots[2].children[0].cents, 8440000);
  ASSERT_EQ(roots[2].children[0].children.size(), 3u);
  EXPECT_EQ(roots[2].children[0].children[0].cents, 6700000);
  EXPECT_EQ(roots[2].children[0].children[1].cents, 1520000);
  EXPECT_EQ(roots[2].children[0].children[2].cents, 220000);
}

TEST(TreemapTest, DrawsSample003WithAreasProportionalToTheTable) {
  Document doc = test::ParseSample("003");
  const Table* t = TableTitled(doc, "表六");
  ASSERT_NE(t, nullptr);
  Treemap map = MakeTreemap("tm", "支出去向", FunctionTree(*t), 720, 400);
  EXPECT_EQ(map.total, 170080000);  // = 总计, line 406
  double top_area = 0;
  int top = 0;
  for (const TreemapBox& b : map.boxes) {
    const double area = std::stod(b.width) * std::stod(b.height);
    if (b.depth == 0) {
      ++top;
      top_area += area;
      // Coordinates are rounded to 0.01: proportional within that rounding.
      EXPECT_NEAR(area / (720.0 * 400), static_cast<double>(b.cents) / 170080000.0, 1e-4) << b.title;
    }
  }
  EXPECT_EQ(top, 3);
  EXPECT_NEAR(top_area, 720.0 * 400, 0.05);
  // Titles name the path, the code and the amount in 万元.
  EXPECT_EQ(map.boxes.front().title, "一般公共服务支出（201）：145.53 万元");
  bool found = false;
  for (const TreemapBox& b : map.boxes)
    found = found || b.title == "卫生健康支出（210） › 21011 › 行政单位医疗（2101101）：6.70 万元";
  EXPECT_TRUE(found);
  EXPECT_EQ(map.description,
            "一般公共服务支出（201）：145.53 万元；社会保障和就业支出（208）：16.11 万元；"
            "卫生健康支出（210）：8.44 万元。合计 170.08 万元。");
  // The text alternative lists every node, depth first, with its share.
  ASSERT_EQ(map.rows.size(), 11u);  // 3 类, 3 款 (21011 unprinted), 5 项
  EXPECT_EQ(map.rows[0].share, "85.57%");  // 145.53 / 170.08
  // Same input, same bytes.
  EXPECT_EQ(TreemapView(map).dump(), TreemapView(MakeTreemap("tm", "支出去向", FunctionTree(*t), 720, 400)).dump());
}

TEST(TreemapTest, ChildrenShortOfTheirParentLeaveItsRestAndNothingNonPositiveIsDrawn) {
  std::vector<TreemapNode> roots = {
      {"201", "一般公共服务支出", 1000, {{"20101", "人大事务", 600, {}}, {"20102", "政协事务", 0, {}}}},
      {"208", "社会保障和就业支出", 1000, {}},
      {"212", "城乡社区支出", -5, {}}};
  Treemap map = MakeTreemap("tm", "t", roots, 200, 100);
  EXPECT_EQ(map.total, 2000);
  ASSERT_EQ(map.boxes.size(), 3u);  // 201, 20101, 208
  EXPECT_EQ(map.boxes[1].cents, 600);
  EXPECT_NEAR(std::stod(map.boxes[1].width) * std::stod(map.boxes[1].height), 200.0 * 100 * 600 / 2000, 0.5);
  EXPECT_EQ(map.rows.size(), 5u);  // every node keeps its row
  EXPECT_EQ(map.outlines.size(), 2u);
}

}  // namespace
}  // namespace gongkai
