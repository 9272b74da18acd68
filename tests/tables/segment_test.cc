#include "segment.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <string>
#include <vector>

#include "test_util.h"

namespace gongkai {
namespace {

using test::SourceFromString;

std::vector<Block> SegmentOf(const SourceText& text) {
  std::vector<Diagnostic> diagnostics;
  return Segment(text, diagnostics);
}

std::vector<int> TableLines(const std::vector<Block>& blocks) {
  std::vector<int> lines;
  for (const Block& b : blocks)
    if (b.kind == BlockKind::kTable) lines.push_back(b.line);
  return lines;
}

const Block* BlockAt(const std::vector<Block>& blocks, int line) {
  for (const Block& b : blocks)
    if (b.line == line) return &b;
  return nullptr;
}

std::vector<std::string> Texts(const RawRow& row) {
  std::vector<std::string> out;
  for (const RawCell& c : row.cells) out.push_back(c.text);
  return out;
}

const RawRow* RowAt(const RawTable& table, int line) {
  for (const RawRow& r : table.rows)
    if (r.line == line) return &r;
  return nullptr;
}

TEST(Segment, FindsEveryTableOfEachSample) {
  EXPECT_EQ(TableLines(SegmentOf(test::SampleSource("000"))),
            (std::vector<int>{43, 85, 93, 127, 171, 205, 240, 263, 286, 298, 310, 326, 344, 358,
                              371, 383, 395, 408, 421, 436, 469}));
  EXPECT_EQ(TableLines(SegmentOf(test::SampleSource("001"))), (std::vector<int>{6, 63}));
  EXPECT_EQ(TableLines(SegmentOf(test::SampleSource("002"))),
            (std::vector<int>{64, 113, 142, 172, 222, 253, 298, 317, 338, 357, 533}));
  EXPECT_EQ(TableLines(SegmentOf(test::SampleSource("003"))),
            (std::vector<int>{255, 298, 331, 351, 391, 403, 424, 453, 466, 491, 502, 515, 539}));
  EXPECT_EQ(TableLines(SegmentOf(test::SampleSource("004"))), (std::vector<int>{50, 176, 378}));
}

TEST(Segment, ReadsHeadingLevels) {
  std::vector<Block> b000 = SegmentOf(test::SampleSource("000"));
  ASSERT_NE(BlockAt(b000, 3), nullptr);
  EXPECT_EQ(BlockAt(b000, 3)->kind, BlockKind::kHeading);
  EXPECT_EQ(BlockAt(b000, 3)->level, 2);
  EXPECT_EQ(BlockAt(b000, 3)->text, "2025年部门预算公开表");

  std::vector<Block> b002 = SegmentOf(test::SampleSource("002"));
  struct Expected { int line; int level; const char* text; };
  for (const Expected& e : {Expected{37, 1, "第一部分 概况"},
                            Expected{39, 2, "一、本部门（单位）职责"},
                            Expected{487, 3, "（一）机关运行经费支出情况说明"},
                            Expected{501, 4, "1、预算绩效管理工作的开展情况"}}) {
    const Block* b = BlockAt(b002, e.line);
    ASSERT_NE(b, nullptr) << e.line;
    EXPECT_EQ(b->kind, BlockKind::kHeading) << e.line;
    EXPECT_EQ(b->level, e.level) << e.line;
    EXPECT_EQ(b->text, e.text);
  }
  std::vector<Block> b003 = SegmentOf(test::SampleSource("003"));
  EXPECT_EQ(BlockAt(b003, 223)->kind, BlockKind::kHeading);
  EXPECT_EQ(BlockAt(b003, 223)->level, 2);
  EXPECT_EQ(BlockAt(b003, 223)->text, "十一、名词解释");
}

TEST(Segment, KeepsSentencesAndGlossaryItemsAsParagraphs) {
  std::vector<Block> b003 = SegmentOf(test::SampleSource("003"));
  const Block* item = BlockAt(b003, 225);
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->kind, BlockKind::kParagraph);
  EXPECT_EQ(item->text, "1、财政拨款：指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款数。");
  EXPECT_EQ(BlockAt(b003, 189)->kind, BlockKind::kParagraph);  // 3、实施主体：…

  std::vector<Block> b002 = SegmentOf(test::SampleSource("002"));
  const Block* glossary = BlockAt(b002, 513);
  EXPECT_EQ(glossary->kind, BlockKind::kParagraph);
  EXPECT_EQ(glossary->text, "一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。");  // "- " removed
  EXPECT_EQ(BlockAt(b002, 477)->kind, BlockKind::kParagraph);  // 1、因公出国（境）费支出0万元，…
}

TEST(Segment, TableOfContentsIsParagraphsAndDoesNotSwallowTheTitle) {
  std::vector<Block> b000 = SegmentOf(test::SampleSource("000"));
  EXPECT_EQ(BlockAt(b000, 13)->kind, BlockKind::kParagraph);
  EXPECT_EQ(BlockAt(b000, 13)->text, "1 收支总表");
  EXPECT_EQ(BlockAt(b000, 37)->kind, BlockKind::kParagraph);
  EXPECT_EQ(BlockAt(b000, 37)->text, "收支总表");
  std::vector<Block> b002 = SegmentOf(test::SampleSource("002"));
  EXPECT_EQ(BlockAt(b002, 9)->kind, BlockKind::kParagraph);  // 第一部分 概况⇥1 in the TOC
}

TEST(Segment, IllegibleLineIsAnIllegibleTable) {
  std::vector<Block> blocks = SegmentOf(test::SampleSource("000"));
  const Block* b = BlockAt(blocks, 85);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->kind, BlockKind::kTable);
  EXPECT_TRUE(b->illegible);
  EXPECT_TRUE(b->table.rows.empty());
}

TEST(Segment, BlankLineInsideTabTableDoesNotEndIt) {
  std::vector<Block> b002 = SegmentOf(test::SampleSource("002"));
  const Block* t = BlockAt(b002, 64);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->last_line, 98);
  EXPECT_NE(RowAt(t->table, 87), nullptr);  // after the blank line 86
  const Block* wrapped = BlockAt(b002, 172);
  ASSERT_NE(wrapped, nullptr);
  const RawRow* fragment = RowAt(wrapped->table, 193);
  ASSERT_NE(fragment, nullptr);
  EXPECT_EQ(fragment->cells[3].text, "出");
  EXPECT_EQ(wrapped->last_line, 208);
}

TEST(Segment, KeepsEmptyTabCells) {
  std::vector<Block> blocks = SegmentOf(test::SampleSource("000"));
  const Block* t = BlockAt(blocks, 93);
  const RawRow* row = RowAt(t->table, 102);
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(Texts(*row), (std::vector<std::string>{"208", "", "", "2089999", "社会保障和就业支出",
                                                   "27.65", "27.65", "", "", "", ""}));
  EXPECT_EQ(row->cells[4].line, 102);
}

TEST(Segment, GroupsOneCellPerLineIntoRows) {
  std::vector<Block> b004 = SegmentOf(test::SampleSource("004"));
  const Block* basic = BlockAt(b004, 50);
  ASSERT_NE(basic, nullptr);
  EXPECT_EQ(basic->table.layout, TableLayout::kCellPerLine);
  EXPECT_EQ(basic->last_line, 169);  // "附件一" after a blank line ends it
  EXPECT_EQ(Texts(*RowAt(basic->table, 52)),
            (std::vector<std::string>{"财政供养人员情况", "编制数", "2024年实际在职人数", "控制率"}));
  EXPECT_EQ(Texts(*RowAt(basic->table, 57)), (std::vector<std::string>{"", "23", "23", "100.00%"}));
  // A line without a leading tab continues the cell above it; U+3000 is empty.
  const RawRow* wrapped = RowAt(basic->table, 147);
  ASSERT_NE(wrapped, nullptr);
  EXPECT_EQ(wrapped->cells[0].text, "楼堂馆所控制情况（2024年完工项目）");
  EXPECT_EQ(wrapped->cells[1].text, "批复规模（㎡）");
  EXPECT_EQ(Texts(*RowAt(basic->table, 102)),
            (std::vector<std::string>{"1、业务工作经费", "", "", ""}));

  const Block* self = BlockAt(b004, 176);
  ASSERT_NE(self, nullptr);
  EXPECT_EQ(Texts(*RowAt(self->table, 194)),
            (std::vector<std::string>{"", "年度资金总额：", "897.93", "847.98", "847.16", "10",
                                      "99.90%", "9.99"}));
  EXPECT_EQ(Texts(self->table.rows.back()), (std::vector<std::string>{"总分", "99.99"}));
  EXPECT_EQ(self->table.rows.back().line, 369);
  EXPECT_EQ(self->table.rows.back().cells[1].line, 370);
}

TEST(Segment, ParsesPipeTables) {
  SourceText t = SourceFromString(
      "表一 收入\n"
      "\n"
      "| 项目 | 金额 |\n"
      "|:---|---:|\n"
      "| 一般公共预算 \\| 拨款 | 1,234.50 |\n"
      "| 合计 | |\n"
      "\n"
      "注：无\n");
  std::vector<Block> blocks = SegmentOf(t);
  ASSERT_EQ(blocks.size(), 3u);
  const Block& table = blocks[1];
  EXPECT_EQ(table.kind, BlockKind::kTable);
  EXPECT_EQ(table.table.layout, TableLayout::kPipe);
  ASSERT_EQ(table.table.rows.size(), 3u);
  EXPECT_EQ(Texts(table.table.rows[0]), (std::vector<std::string>{"项目", "金额"}));
  EXPECT_EQ(Texts(table.table.rows[1]), (std::vector<std::string>{"一般公共预算 | 拨款", "1,234.50"}));
  EXPECT_EQ(Texts(table.table.rows[2]), (std::vector<std::string>{"合计", ""}));
  EXPECT_EQ(table.table.rows[1].line, 5);
}

TEST(Segment, MarksIllegibleCells) {
  SourceText t = SourceFromString("项目\t金额\n合计\t[illegible]\n");
  std::vector<Block> blocks = SegmentOf(t);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_TRUE(blocks[0].illegible);
  EXPECT_TRUE(blocks[0].table.rows[1].cells[1].illegible);
  EXPECT_FALSE(blocks[0].table.rows[1].cells[0].illegible);
}

TEST(Segment, DropsRepeatedHeaderAfterBlankLine) {
  SourceText t = SourceFromString(
      "项目\t金额\n"
      "201\t1.00\n"
      "\n"
      "项目\t金额\n"
      "208\t2.00\n");
  std::vector<Block> blocks = SegmentOf(t);
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].table.rows.size(), 3u);
  EXPECT_EQ(blocks[0].table.rows[2].line, 5);
}

// Real pdftotext -layout output (tests/data/real/README.md).
std::string RealLayoutPath(const std::string& stem) {
  return std::string(GONGKAI_TEST_DATA) + "/real/" + stem + ".txt";
}

TEST(Segment, DropsRepeatedHeaderAfterPageBreak) {
  // 广州 2026 部门预算 表3 本年支出总体情况表: header lines 235-237, body 238-263,
  // a form feed at 268 and the header again (268-270) above the last row, 271.
  std::vector<Block> blocks =
      SegmentOf(test::FileSource(RealLayoutPath("guangzhou-2026-zhengwu-shuju-ju-dept-budget")));
  const Block* spending = BlockAt(blocks, 235);
  ASSERT_NE(spending, nullptr);
  ASSERT_EQ(spending->kind, BlockKind::kTable);
  EXPECT_EQ(spending->table.layout, TableLayout::kSpaceAligned);
  EXPECT_EQ(spending->last_line, 271);
  for (int repeated : {268, 269, 270}) EXPECT_EQ(RowAt(spending->table, repeated), nullptr) << repeated;
  const RawRow* housing = RowAt(spending->table, 271);
  ASSERT_NE(housing, nullptr);
  EXPECT_EQ(housing->cells[0].text, "2210203");
}

TEST(Segment, DISABLED_GridsSpaceAlignedTableIntoItsPrintedColumns) {
  // 广州 表3 prints 8 columns (科目编码, 科目名称, six amounts); the wrapped header
  // "对附属单位补助支" / "出" (lines 235, 237) is one column's header, not a column.
  std::vector<Block> blocks =
      SegmentOf(test::FileSource(RealLayoutPath("guangzhou-2026-zhengwu-shuju-ju-dept-budget")));
  const Block* spending = BlockAt(blocks, 235);
  ASSERT_NE(spending, nullptr);
  EXPECT_EQ(Texts(*RowAt(spending->table, 238)),
            (std::vector<std::string>{"", "合计", "98,880.78", "12,634.14", "86,246.64", "0.00", "0.00",
                                      "0.00"}));
  EXPECT_EQ(Texts(*RowAt(spending->table, 263)),
            (std::vector<std::string>{"2210201", "住房公积金", "955.72", "955.72", "0.00", "0.00", "0.00",
                                      "0.00"}));
  EXPECT_EQ(Texts(*RowAt(spending->table, 271)),
            (std::vector<std::string>{"2210203", "购房补贴", "2,313.39", "2,313.39", "0.00", "0.00", "0.00",
                                      "0.00"}));
}

TEST(Segment, KeepsEmptyCellsInTheirColumnsOfSpaceAlignedTable) {
  // 重庆水利局 2026 部门预算 表三: empty cells, not 0.00, where a fund has nothing.
  std::vector<Block> blocks = SegmentOf(test::FileSource(RealLayoutPath("chongqing-2026-shuili-ju-dept-budget")));
  const Block* spending = nullptr;
  for (const Block& b : blocks)
    if (b.kind == BlockKind::kTable && b.line <= 390 && b.last_line >= 390) spending = &b;
  ASSERT_NE(spending, nullptr);
  // line 391: 201 一般公共服务支出 59.56 (基本支出 empty) 59.56
  EXPECT_EQ(Texts(*RowAt(spending->table, 391)),
            (std::vector<std::string>{"201", "一般公共服务支出", "59.56", "", "59.56"}));
  // line 397: 20508 进修及培训 12.17 12.17 (项目支出 empty)
  EXPECT_EQ(Texts(*RowAt(spending->table, 397)),
            (std::vector<std::string>{"20508", "进修及培训", "12.17", "12.17", ""}));
}

TEST(Segment, PlacesALaterPageByItsColumnNumbers) {
  // 湖州市交通运输局 2026 表03: the last page (lines 600-613) repeats the header
  // with its 栏次 row "** ** 1 2 … 7" (line 610) set on its own grid, "4" at
  // column 77 where the first page's (line 542) stands at 87; its rows print
  // only 总计 and 项目支出. By the column numbers 7000.00 (line 611, columns
  // 81-88) is 项目支出, as on the first page 3388.68 (公用经费) and 171262.41
  // (项目支出) are two cells (line 543).
  std::vector<Block> blocks =
      SegmentOf(test::FileSource(RealLayoutPath("huzhou-2026-jiaotong-yunshu-ju-dept-budget")));
  const Block* spending = nullptr;
  for (const Block& b : blocks)
    if (b.kind == BlockKind::kTable && b.line <= 543 && b.last_line >= 611) spending = &b;
  ASSERT_NE(spending, nullptr);
  const RawRow* total = RowAt(spending->table, 543);
  const RawRow* fund = RowAt(spending->table, 611);
  ASSERT_NE(total, nullptr);
  ASSERT_NE(fund, nullptr);
  std::vector<std::string> t = Texts(*total), f = Texts(*fund);
  auto at = [](const std::vector<std::string>& cells, const std::string& text) {
    return std::find(cells.begin(), cells.end(), text) - cells.begin();
  };
  ASSERT_LT(static_cast<std::size_t>(at(t, "171262.41")), t.size());
  EXPECT_EQ(at(t, "3388.68") + 1, at(t, "171262.41"));
  EXPECT_EQ(f[static_cast<std::size_t>(at(t, "201286.11"))], "7000.00");
  EXPECT_EQ(f[static_cast<std::size_t>(at(t, "171262.41"))], "7000.00");
}

TEST(Segment, CapsHostileRows) {
  std::string row(100000, '\t');
  SourceText t = SourceFromString("a\tb\n" + row + "\n", "hostile.txt");
  std::vector<Diagnostic> diagnostics;
  std::vector<Block> blocks = Segment(t, diagnostics);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].table.rows[1].cells.size(), 1000u);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].span.line, 2);
  EXPECT_EQ(diagnostics[0].message, "table row has 100001 cells; keeping the first 1000");
}

TEST(Segment, HugeLineIsOneParagraph) {
  std::string line;
  for (int i = 0; i < 1000000; ++i) line += "预算 ";  // ~10 MB, single spaces
  SourceText t = SourceFromString(line + "\n");
  std::vector<Block> blocks = SegmentOf(t);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[0].text.size(), line.size() - 1);
}

}  // namespace
}  // namespace gongkai
