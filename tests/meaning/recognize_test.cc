#include "recognize.h"
#include "disclosure.h"
#include "table_context.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gongkai {
namespace {

Block Para(int line, const std::string& text) {
  Block b;
  b.kind = BlockKind::kParagraph;
  b.line = line;
  b.last_line = line;
  b.text = text;
  return b;
}

// A tab table: one row per line from `line`, cells as given.
Block Grid(int line, const std::vector<std::vector<std::string>>& rows) {
  Block b;
  b.kind = BlockKind::kTable;
  b.line = line;
  b.table.first_line = line;
  for (const auto& cells : rows) {
    RawRow row;
    row.line = line;
    for (const std::string& text : cells) row.cells.push_back({text, line, false});
    b.table.rows.push_back(row);
    ++line;
  }
  b.last_line = b.table.last_line = line - 1;
  return b;
}

Block Illegible(int line) {
  Block b = Grid(line, {{"[illegible]"}});
  b.table.rows[0].cells[0].illegible = true;
  b.illegible = true;
  return b;
}

// ------------------------------------------------------- RecognizeDocument

TEST(RecognizeDocumentTest, JoinsAUnitNameWrappedAcrossLines) {
  // content/000 lines 3-8.
  std::vector<Block> blocks = {
      Para(3, "## 2025年部门预算公开表"),
      Para(5, "单位编码：012001"),
      Para(7, "单位名称：中共株洲市荷塘区委巡察工作  "),
      Para(8, "领导小组办公室"),
      Para(37, "收支总表"),
      Para(39, "单位：012001_中共株洲市荷塘区委巡察工作领导小组办公室"),
      Para(41, "金额单位：万元"),
      Grid(43, {{"收入", "", "支出"}, {"项目", "预算数", "项目"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "000.txt", diags);
  EXPECT_EQ(h.unit.name, "中共株洲市荷塘区委巡察工作领导小组办公室");
  EXPECT_EQ(h.unit.code, "012001");
  EXPECT_EQ(h.unit.line, 7);
  EXPECT_EQ(h.year, 2025);
  ASSERT_FALSE(h.kinds.empty());
  EXPECT_EQ(h.kinds[0], "budget");
  EXPECT_TRUE(diags.empty());
}

TEST(RecognizeDocumentTest, JoinsANameWrappedInsideOneParagraph) {
  std::vector<Block> blocks = {
      Para(3, "## 2025年部门预算公开表"),
      Para(7, "单位名称：中共株洲市荷塘区委巡察工作\n领导小组办公室"),
  };
  std::vector<Diagnostic> diags;
  EXPECT_EQ(RecognizeDocument(blocks, "x.txt", diags).unit.name,
            "中共株洲市荷塘区委巡察工作领导小组办公室");
}

TEST(RecognizeDocumentTest, TakesTheNameFromATitleAndAUnitLabelCell) {
  // content/001 lines 3-6.
  std::vector<Block> blocks = {
      Para(3, "**和政县委巡察工作领导小组办公室部门（单位）整体支出绩效目标表  \n（2025年度）**"),
      Grid(6, {{"部门（单位）", "和政县委巡察工作领导小组办公室", "", ""},
               {"联系人", "赵燕", "", "联系电话"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "001.txt", diags);
  EXPECT_EQ(h.unit.name, "和政县委巡察工作领导小组办公室");
  EXPECT_EQ(h.unit.code, "");
  EXPECT_EQ(h.year, 2025);
  EXPECT_EQ(h.kinds, (std::vector<std::string>{"performance-targets"}));
}

TEST(RecognizeDocumentTest, FinalAccountsWithAnAttachedSelfEvaluation) {
  // content/002: name line, year line, a 决算 table, the attached 自评表.
  std::vector<Block> blocks = {
      Para(3, "中共长治市上党区委巡察工作办公室"),
      Para(5, "2023年度单位决算公开"),
      Para(56, "收入支出决算总表"),
      Para(58, "公开01表"),
      Para(60, "部门名称：中共长治市上党区委巡察工作办公室 2023年度"),
      Para(62, "金额单位：万元"),
      Grid(64, {{"收入", "", "", "支出"}, {"本年收入合计", "27", "227.61", "本年支出合计"}}),
      Para(104, "公开02"),
      Para(105, "表部门名称：中共长治市上党区委巡察工作"),
      Para(106, "办公室"),
      Grid(113, {{"项目", "", "本年收入 合计"}}),
      Para(529, "巡察经费项目支出绩效自评表"),
      Para(531, "(2023年度)"),
      Grid(533, {{"项目名称", "", "巡察经费"},
                 {"主管部门及代码", "", "001-中国共产党长治市上党区委委员会办公室", "", "",
                  "预算单位", "001003-中共长治市上党区委巡察工作办公室"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "002.txt", diags);
  EXPECT_EQ(h.unit.name, "中共长治市上党区委巡察工作办公室");
  EXPECT_EQ(h.unit.code, "001003");
  EXPECT_EQ(h.year, 2023);
  EXPECT_EQ(h.kinds, (std::vector<std::string>{"final", "performance-evaluation"}));
}

TEST(RecognizeDocumentTest, StripsTheYearPrefixOfATitleLine) {
  // content/004 lines 1-2 and the 预算部门名称 cell of its 整体支出绩效自评表.
  std::vector<Block> blocks = {
      Para(1, " 2024年度中共株洲市委巡察工作领导小组办公室"),
      Para(2, "整体支出绩效自评报告"),
      Para(4, "一、基本情况"),
      Para(6, "（1）贯彻落实党中央决策部署和省委、市委及市委巡察工作领导小组的工作要求，对有关决定事项进行督办；"),
      Para(176, "整体支出绩效自评表"),
      Grid(178, {{"预算部门名称", "中共株洲市委巡察工作领导小组办公室"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "004.txt", diags);
  EXPECT_EQ(h.unit.name, "中共株洲市委巡察工作领导小组办公室");
  EXPECT_EQ(h.unit.line, 1);
  EXPECT_EQ(h.year, 2024);
  EXPECT_EQ(h.kinds, (std::vector<std::string>{"performance-evaluation"}));
}

TEST(RecognizeDocumentTest, BudgetWithTargetTablesListsBothKinds) {
  // content/003: "附件 1", name line, "2024 年部门预算公开情况说明".
  std::vector<Block> blocks = {
      Para(3, "附件 1"),
      Para(5, "中共临夏市委巡察工作领导小组办公室\n2024 年部门预算公开情况说明"),
      Para(251, "表一、部门收支总体情况表"),
      Para(253, "单位:万元"),
      Grid(255, {{"收 入", "", "支 出"}}),
      Para(511, "部门整体支出绩效目标表"),
      Para(513, "(2024 年度)"),
      Grid(515, {{"部门名称", "", "中共临夏市委巡察工作领导小组办公室"}}),
      Para(535, "项目支出绩效目标表"),
      Grid(539, {{"主管部门及代码", "", "实施单位", "中共临夏市委巡察领导小组办公室"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "003.txt", diags);
  EXPECT_EQ(h.unit.name, "中共临夏市委巡察工作领导小组办公室");
  EXPECT_EQ(h.year, 2024);
  EXPECT_EQ(h.kinds, (std::vector<std::string>{"budget", "performance-targets"}));
}

TEST(RecognizeDocumentTest, KindsFromTablesWhenTheTitleSaysNothing) {
  std::vector<Block> blocks = {
      Para(1, "某某县财政局"),
      Para(3, "支出决算表"),
      Grid(5, {{"项目", "合计"}}),
      Para(9, "收入决算表"),
      Grid(11, {{"项目", "合计"}}),
      Para(15, "项目支出绩效自评表"),
      Grid(17, {{"总分", "90"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "x.txt", diags);
  EXPECT_EQ(h.unit.name, "某某县财政局");
  EXPECT_EQ(h.kinds, (std::vector<std::string>{"final", "performance-evaluation"}));
}

TEST(RecognizeDocumentTest, WarnsWhenUnitAndYearAreMissing) {
  std::vector<Block> blocks = {Para(2, "说明"), Grid(4, {{"项目", "金额"}, {"合计", "1.00"}})};
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "x.txt", diags);
  EXPECT_EQ(h.unit.name, "");
  EXPECT_EQ(h.year, 0);
  ASSERT_EQ(diags.size(), 2u);
  EXPECT_EQ(diags[0].code, "recognize.no-unit");
  EXPECT_EQ(diags[0].span.file, "x.txt");
  EXPECT_EQ(diags[0].span.line, 2);
  EXPECT_EQ(diags[1].code, "recognize.no-year");
  EXPECT_EQ(diags[1].severity, Severity::kWarning);
}

TEST(RecognizeDocumentTest, MoneyUnitLinesAreNotUnitNames) {
  std::vector<Block> blocks = {Para(1, "2024年部门预算"), Para(2, "单位：万元"),
                               Para(3, "金额单位：元")};
  std::vector<Diagnostic> diags;
  EXPECT_EQ(RecognizeDocument(blocks, "x.txt", diags).unit.name, "");
}

// --------------------------------------------------- RecognizeTableContext

TEST(RecognizeTableContextTest, SkipsUnitAndMoneyLinesToFindTheTitle) {
  std::vector<Block> blocks = {
      Para(37, "收支总表"),
      Para(39, "单位：012001\\_中共株洲市荷塘区委巡察工作领导小组办公室"),
      Para(41, "金额单位：万元"),
      Grid(43, {{"收入", "", "支出"}}),
  };
  TableContext c = RecognizeTableContext(blocks, 3);
  EXPECT_EQ(c.title, "收支总表");
  EXPECT_EQ(c.title_line, 37);
  EXPECT_EQ(c.currency, MoneyUnit::kWanYuan);
  EXPECT_FALSE(c.illegible);
}

TEST(RecognizeTableContextTest, ReadsAMoneyUnitBrokenAcrossLines) {
  // content/002 lines 102-111: title, form number, wrapped unit name, year,
  // "金额单位：万" + "元".
  std::vector<Block> blocks = {
      Grid(64, {{"总计", "31", "227.61"}}),
      Para(100, "注：本表反映部门本年度的总收支和年末结转结余情况。"),
      Para(102, "收入决算表"),
      Para(104, "公开02"),
      Para(105, "表部门名称：中共长治市上党区委巡察工作"),
      Para(106, "办公室"),
      Para(108, "2023年度"),
      Para(110, "金额单位：万"),
      Para(111, "元"),
      Grid(113, {{"项目", "", "本年收入 合计"}}),
      Para(132, "注：本表反映部门本年度取得的各项收入情况。"),
  };
  TableContext c = RecognizeTableContext(blocks, 9);
  EXPECT_EQ(c.title, "收入决算表");
  EXPECT_EQ(c.title_line, 102);
  EXPECT_EQ(c.currency, MoneyUnit::kWanYuan);
  EXPECT_EQ(c.note, "注：本表反映部门本年度取得的各项收入情况。");
  // The first table's note is its own, and nothing above it is a title.
  TableContext first = RecognizeTableContext(blocks, 0);
  EXPECT_EQ(first.note, "注：本表反映部门本年度的总收支和年末结转结余情况。");
  EXPECT_EQ(first.title, "");
}

TEST(RecognizeTableContextTest, PrefersACatalogTitleOverANearerShortLine) {
  std::vector<Block> blocks = {
      Para(2, "公开01表"),
      Para(3, "财政拨款“三公”经费支出决算表"),
      Para(4, "部门名称：中共长治市上党区"),
      Para(5, "委巡察工作办公室"),
      Para(6, "(2023年度)"),
      Para(7, "单位：元"),
      Grid(9, {{"预算数", "", "决算数"}}),
  };
  TableContext c = RecognizeTableContext(blocks, 6);
  EXPECT_EQ(c.title, "财政拨款“三公”经费支出决算表");
  EXPECT_EQ(c.currency, MoneyUnit::kYuan);
}

TEST(RecognizeTableContextTest, CleansMarkdownBoldFromTheTitle) {
  std::vector<Block> blocks = {Para(60, "**项目支出绩效目标表**  \n**(2025年度)**"),
                               Grid(63, {{"项目名称", "巡察工作经费"}})};
  TableContext c = RecognizeTableContext(blocks, 1);
  EXPECT_EQ(c.title, "项目支出绩效目标表");
  EXPECT_EQ(c.title_line, 60);
}

TEST(RecognizeTableContextTest, FindsTheMoneyUnitInsideTheCells) {
  std::vector<Block> blocks = {
      Para(3, "和政县委巡察工作领导小组办公室部门（单位）整体支出绩效目标表"),
      Grid(6, {{"部门（单位）", "和政县委巡察工作领导小组办公室"},
               {"当年预算构成 （万元）", "部门（单位）收入预算"},
               {"", "本级财政安排", "200.95"}}),
  };
  EXPECT_EQ(RecognizeTableContext(blocks, 1).currency, MoneyUnit::kWanYuan);
}

TEST(RecognizeTableContextTest, TakesATitleStandingInTheFirstRow) {
  std::vector<Block> blocks = {Para(45, "附件：1.2024年度部门整体支出绩效评价基础数据表"),
                               Grid(50, {{"", "基础数据表"}, {"", "财政供养人员情况", "编制数"}})};
  TableContext c = RecognizeTableContext(blocks, 1);
  EXPECT_EQ(c.title, "基础数据表");
  EXPECT_EQ(c.title_line, 50);
}

TEST(RecognizeTableContextTest, MarksAnIllegibleTable) {
  std::vector<Block> blocks = {Para(79, "## 收入总表"), Para(83, "金额单位：万元"), Illegible(85)};
  TableContext c = RecognizeTableContext(blocks, 2);
  EXPECT_EQ(c.title, "收入总表");
  EXPECT_TRUE(c.illegible);
}

TEST(RecognizeTableContextTest, CollectsANoteAndItsNumberedContinuation) {
  std::vector<Block> blocks = {Grid(533, {{"总分", "92.07"}}),
                               Para(567, "备注:1.“年初预算数”项下的…"),
                               Para(569, "2.“全年预算数”的取数规则…"),
                               Para(571, "第五部分 附件")};
  EXPECT_EQ(RecognizeTableContext(blocks, 0).note,
            "备注:1.“年初预算数”项下的…\n2.“全年预算数”的取数规则…");
}

// ----------------------------------------------------- RecognizeTableState

Table TypedTable(std::vector<std::vector<TableCell>> rows) {
  Table t;
  t.columns = {{"项目", {"项目"}, ColumnRole::kLabel}, {"金额", {"金额"}, ColumnRole::kAmount},
               {"说明", {"说明"}, ColumnRole::kText}};
  for (auto& cells : rows) {
    TableRow r;
    r.label = cells.empty() ? "" : cells[0].text;
    r.cells = std::move(cells);
    t.rows.push_back(std::move(r));
  }
  return t;
}

TableCell Text(const std::string& s) { return {s, CellKind::kText, 0, 1}; }
TableCell Amount(Cents c) { return {"x", CellKind::kAmount, c, 1}; }
TableCell Empty() { return {"", CellKind::kEmpty, 0, 1}; }

TEST(RecognizeTableStateTest, ZeroInTheTotalRowIsDataNotEmpty) {
  Table t = TypedTable({{Text("合计"), Amount(0), Empty()}});
  t.note = "注：如本表格为空，则表示本年度未安排此项目。";
  EXPECT_EQ(RecognizeTableState(t), TableState::kData);
}

TEST(RecognizeTableStateTest, BlankTableWithAnEmptinessNote) {
  Table t = TypedTable({{Text("合计"), Empty(), Empty()}});
  t.note = "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。\n说明：本表无数据";
  EXPECT_EQ(RecognizeTableState(t), TableState::kEmptyWithNote);
  t.note = "备注：无内容应公开空表并说明情况。本单位无国有资本经营预算支出。";
  EXPECT_EQ(RecognizeTableState(t), TableState::kEmptyWithNote);
}

TEST(RecognizeTableStateTest, BlankTableWithoutANote) {
  Table t = TypedTable({{Text("总计"), Empty(), Empty()}, {Text("....."), Empty(), Empty()}});
  EXPECT_EQ(RecognizeTableState(t), TableState::kEmptyWithoutNote);
  t.note = "注：本表反映部门本年度各项支出情况。";  // describes, does not explain
  EXPECT_EQ(RecognizeTableState(t), TableState::kEmptyWithoutNote);
}

TEST(RecognizeTableStateTest, ColumnNumberRowsAreNotData) {
  Table t = TypedTable({{Text(""), Amount(100), Empty()}});
  t.columns = {{"a", {}, ColumnRole::kAmount}, {"b", {}, ColumnRole::kAmount},
               {"c", {}, ColumnRole::kAmount}, {"d", {}, ColumnRole::kAmount}};
  t.rows[0].cells = {Amount(1000000), Amount(2000000), Amount(3000000), Amount(4000000)};
  t.note = "说明：本表无数据";
  EXPECT_EQ(RecognizeTableState(t), TableState::kEmptyWithNote);
}

TEST(RecognizeTableStateTest, TextValuesAreData) {
  Table t = TypedTable({{Text("巡察轮次"), Empty(), Text("≥3次")}});
  EXPECT_EQ(RecognizeTableState(t), TableState::kData);
}

TEST(RecognizeTableStateTest, IllegibleWithoutValues) {
  Table t = TypedTable({});
  t.illegible = true;
  EXPECT_EQ(RecognizeTableState(t), TableState::kIllegible);
  t = TypedTable({{Text("合计"), Amount(5), Empty()}});
  t.illegible = true;  // one cell unreadable, the rest is data
  EXPECT_EQ(RecognizeTableState(t), TableState::kData);
}

// ------------------------------------------- real pdftotext -layout lines
// Lines copied verbatim from `pdftotext -layout -enc UTF-8` of the corpus
// files named (../shared/corpus/); line numbers are those of the text.

TEST(RecognizeRealLayoutTest, GuangzhouUnitStopsAtTheMoneyUnitLabel) {
  // guangzhou/2026-zhengwu-shuju-ju-dept-budget.pdf lines 1-2, 157-161.
  std::vector<Block> blocks = {
      Para(1, "       2026年"),
      Para(2, "广州市政务服务和数据管理局部门预算"),
      Para(157, "                                                                   表1"),
      Para(159, "                           收支总体情况表"),
      Para(161, "单位名称：广州市政务服务和数据管理局                                           单位：万元"),
      Grid(162, {{"收入", "", "支出"}, {"项 目", "预算数", "项 目"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "gz.txt", diags);
  EXPECT_EQ(h.unit.name, "广州市政务服务和数据管理局");
  EXPECT_EQ(h.year, 2026);
  EXPECT_EQ(h.kinds, (std::vector<std::string>{"budget"}));
  TableContext c = RecognizeTableContext(blocks, 5);
  EXPECT_EQ(c.title, "收支总体情况表");
  EXPECT_EQ(c.title_line, 159);
  EXPECT_EQ(c.currency, MoneyUnit::kWanYuan);
}

TEST(RecognizeRealLayoutTest, YantaiDepartmentUnitLabel) {
  // yantai/2026-dashuju-ju-dept-budget.pdf lines 1, 74-77.
  std::vector<Block> blocks = {
      Para(1, "2026年烟台市大数据局部门预算"),
      Para(74, "                                                                        公开表1"),
      Para(76, "                         收支总体情况表"),
      Para(77, "部门（单位）：烟台市大数据局                                                     单位：万元"),
      Grid(79, {{"收 入", "", "支 出"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "yt.txt", diags);
  EXPECT_EQ(h.unit.name, "烟台市大数据局");
  EXPECT_EQ(h.year, 2026);
  EXPECT_EQ(RecognizeTableContext(blocks, 4).title, "收支总体情况表");
}

TEST(RecognizeRealLayoutTest, HuzhouCodePrefixGivesTheCode) {
  // huzhou/2026-caizheng-ju-dept-budget.pdf lines 1, 367-372.
  std::vector<Block> blocks = {
      Para(1, "湖州市财政局 2026 年部门预算"),
      Para(367, "                                                                                 表01"),
      Para(371, "                          2026年市级部门收支预算总表"),
      Para(372, "341-湖州市财政局                                                                 单位：万元"),
      Grid(373, {{"收 入", "", "支 出"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "hz.txt", diags);
  EXPECT_EQ(h.unit.name, "湖州市财政局");
  EXPECT_EQ(h.unit.code, "341");
  EXPECT_EQ(h.year, 2026);
  TableContext c = RecognizeTableContext(blocks, 4);
  EXPECT_EQ(c.title, "2026年市级部门收支预算总表");
  EXPECT_EQ(c.currency, MoneyUnit::kWanYuan);
}

TEST(RecognizeRealLayoutTest, XianConsolidatedDepartmentDropsHuizong) {
  // xian/2026-tongji-ju-dept-budget.pdf lines 1, 3, 509, 1459.
  std::vector<Block> blocks = {
      Para(1, "西安市统计局（汇总）"),
      Para(3, "2026年部门预算公开说明"),
      Para(509, "部门名称：西安市统计局（汇总）"),
      Para(1459, "                         部门整体支出绩效目标表"),
      Grid(1461, {{"部门名称", "西安市统计局"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "xa.txt", diags);
  EXPECT_EQ(h.unit.name, "西安市统计局");
  EXPECT_EQ(h.year, 2026);
  EXPECT_EQ(h.kinds, (std::vector<std::string>{"budget", "performance-targets"}));
}

TEST(RecognizeRealLayoutTest, ShenzhenKeepsBenjiInFullWidthBrackets) {
  // shenzhen/2026-caizheng-ju-benji-dept-budget.pdf lines 1-2, 547-550.
  std::vector<Block> blocks = {
      Para(1, "2026 年深圳市财政局（本级）部门预"),
      Para(2, "          算"),
      Para(547, "表1"),
      Para(549, "                                                收支总表"),
      Para(550, "部门名称：深圳市财政局（本级）                                                                                  单位：万元"),
      Grid(552, {{"收 入", "", "支 出"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "sz.txt", diags);
  EXPECT_EQ(h.unit.name, "深圳市财政局（本级）");
  EXPECT_EQ(h.year, 2026);
  EXPECT_EQ(RecognizeTableContext(blocks, 5).title, "收支总表");
}

TEST(RecognizeRealLayoutTest, BlankUnitLabelTakesNothingAndTheTitleNamesTheUnit) {
  // chongqing/2023-xinan-daxue-dept-final.pdf lines 1-2, 140-143: published
  // 2024-08, fiscal year 2023; "单位名称：" printed blank.
  std::vector<Block> blocks = {
      Para(1, "西南大学 2023 年度部门决算"),
      Para(2, "     2024 年 8 月"),
      Para(140, "                   表 1：高等学校收支决算总表"),
      Para(143, "单位名称：                                                     单位：万元"),
      Grid(144, {{"收入", "", "支出"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "swu.txt", diags);
  EXPECT_EQ(h.unit.name, "西南大学");
  EXPECT_EQ(h.year, 2023);
  EXPECT_EQ(h.kinds, (std::vector<std::string>{"final"}));
  EXPECT_EQ(RecognizeTableContext(blocks, 4).title, "表 1：高等学校收支决算总表");
}

TEST(RecognizeRealLayoutTest, FinalAccountsAreNotABudgetTooAndAHeaderRowIsNoTitle) {
  // xian/2022-weisheng-jiankang-wei-dept-final.pdf lines 1-2, 7696-7701:
  // the 决算 cover; "财政拨款安排的“三公”经费" is the table's first header
  // line, left above it; the title is the line naming the 决算表.
  std::vector<Block> blocks = {
      Para(1, "西安市卫生健康委员会（汇总）"),
      Para(2, "   2022年度部门决算"),
      Para(7696, "                                  财政拨款“三公”经费及会议费、培训费支出决算表"),
      Para(7698, "                                                                                                                 公开09表"),
      Para(7700, "编制部门：西安市卫生健康委员会（汇总）                                                                                        金额单位：万元"),
      Para(7701, "                                   财政拨款安排的“三公”经费"),
      Grid(7702, {{"项目", "因公出国（境）费", "会议费", "培训费"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "ws.txt", diags);
  EXPECT_EQ(h.unit.name, "西安市卫生健康委员会");
  EXPECT_EQ(h.year, 2022);
  EXPECT_EQ(h.kinds, (std::vector<std::string>{"final"}));
  TableContext c = RecognizeTableContext(blocks, 6);
  EXPECT_EQ(c.title, "财政拨款“三公”经费及会议费、培训费支出决算表");
  EXPECT_EQ(c.title_line, 7696);
  EXPECT_EQ(c.currency, MoneyUnit::kWanYuan);
}

TEST(RecognizeRealLayoutTest, EvaluationReportUnitInTheCellAfterItsLabel) {
  // changsha/2020-guoziwei-guoqi-gaige-fund-performance-evaluation.pdf
  // lines 1, 7-8, 11, 22: fiscal year 2020, report dated 2021.
  std::vector<Block> blocks = {
      Para(1, " 长沙市财政项目支出绩效评价报告"),
      Para(7, "评价项目名称：2020 年度长沙市人民政府国有资产监督管理委"),
      Para(8, "       员会国企改革稳定专项资金绩效评价"),
      Para(11, "评价项目单位：    长沙市人民政府国有资产监督管理委员会"),
      Para(22, "          报告日期：2021 年 8 月 22 日"),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "cs.txt", diags);
  EXPECT_EQ(h.unit.name, "长沙市人民政府国有资产监督管理委员会");
  EXPECT_EQ(h.year, 2020);
  EXPECT_EQ(h.kinds, (std::vector<std::string>{"performance-evaluation"}));
}

TEST(RecognizeRealLayoutTest, JiangsuDepartmentLabelAndFormNumberLine) {
  // jiangsu/2019-zhengxie-bangongting-budget-tables.pdf lines 1, 3-4.
  std::vector<Block> blocks = {
      Para(1, "公开01表"),
      Para(3, "                                   收支预算总表"),
      Para(4, "部门：江苏省政协办公厅                                                                          单位：万元"),
      Grid(5, {{"收入", "", "支出"}}),
  };
  std::vector<Diagnostic> diags;
  DocumentHeader h = RecognizeDocument(blocks, "js.txt", diags);
  EXPECT_EQ(h.unit.name, "江苏省政协办公厅");
  EXPECT_EQ(h.kinds, (std::vector<std::string>{"budget"}));
  EXPECT_EQ(RecognizeTableContext(blocks, 3).title, "收支预算总表");
}

TEST(RecognizeRealLayoutTest, SuzhouSpacedFormNumberAndUnitLine) {
  // suzhou/2026-kexue-jishu-ju-unit-budget.pdf lines 274-277.
  std::vector<Block> blocks = {
      Para(274, "公开 01 表"),
      Para(276, "                            收支总表"),
      Para(277, "单位：苏州市科学技术局                                             单位：万元"),
      Grid(278, {{"收入", "", "支出"}}),
  };
  std::vector<Diagnostic> diags;
  EXPECT_EQ(RecognizeDocument(blocks, "su.txt", diags).unit.name, "苏州市科学技术局");
  TableContext c = RecognizeTableContext(blocks, 3);
  EXPECT_EQ(c.title, "收支总表");
  EXPECT_EQ(c.currency, MoneyUnit::kWanYuan);
}

TEST(RecognizeRealLayoutTest, JoinsATitleWrappedOverTwoLines) {
  // xian/2022-jiaotong-yunshu-ju-dept-budget.pdf lines 2131-2133.
  std::vector<Block> blocks = {
      Para(2131, "                        2022年部门综合预算一般公共预算拨款“三公”经费、"),
      Para(2132, "                              会议费、培训费表（不含上年结转）"),
      Para(2133, "预算单位：西安市交通运输局                                                                                                                                                                                                               金额单位：万元"),
      Grid(2135, {{"2021年", "2022年", "增减变化情况"}}),
  };
  TableContext c = RecognizeTableContext(blocks, 3);
  EXPECT_EQ(c.title, "2022年部门综合预算一般公共预算拨款“三公”经费、会议费、培训费表（不含上年结转）");
  EXPECT_EQ(c.title_line, 2131);
  EXPECT_EQ(c.currency, MoneyUnit::kWanYuan);
}

// ------------------------------------------------------ WhyNotADisclosure

TEST(DisclosureTest, AnHtmlWebPageIsNotADisclosure) {
  // bad/chongqing-caizheng-ju-2026-budget-webpage-html.pdf lines 1-8 (an
  // HTML page saved under a .pdf name; it names a 预算 in its <title>).
  std::vector<Block> blocks = {
      Para(1, "<!DOCTYPE html>"),
      Para(2, "<html lang=\"en\">"),
      Para(4, "<head>"),
      Para(5, "    <meta charset=\"UTF-8\" />"),
      Para(6, "    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />"),
      Para(7, "    <meta http-equiv=\"X-UA-Compatible\" content=\"ie=edge\" />"),
      Para(8, "    <title>重庆市财政局（本级）2026年单位预算公开_重庆市财政局</title>"),
  };
  EXPECT_FALSE(LooksLikeDisclosure(blocks));
  EXPECT_NE(WhyNotADisclosure(blocks).find("HTML web page"), std::string::npos);
}

TEST(DisclosureTest, ProseWithoutBudgetWordsIsNotADisclosure) {
  std::vector<Block> blocks = {Para(1, "今天天气很好。我们去公园散步。"), Para(2, "明天再说。")};
  EXPECT_FALSE(LooksLikeDisclosure(blocks));
  EXPECT_NE(WhyNotADisclosure(blocks).find("no budget words"), std::string::npos);
  EXPECT_FALSE(LooksLikeDisclosure({Para(1, "今年市里的预算增加了。")}));
  EXPECT_EQ(WhyNotADisclosure({}), "no text");
}

TEST(DisclosureTest, BudgetTablesMakeADisclosure) {
  // guangzhou/2026-zhengwu-shuju-ju-dept-budget.pdf lines 1-2, 159-161.
  std::vector<Block> blocks = {
      Para(1, "       2026年"),
      Para(2, "广州市政务服务和数据管理局部门预算"),
      Para(159, "                           收支总体情况表"),
      Para(161, "单位名称：广州市政务服务和数据管理局                                           单位：万元"),
  };
  EXPECT_TRUE(LooksLikeDisclosure(blocks));
  // xian/2019-fazhan-gaige-wei-budget-narrative.pdf lines 1-2, 591: prose only.
  EXPECT_TRUE(LooksLikeDisclosure({Para(1, "     西安市发展和改革委员会"),
                                   Para(2, "     2019 年部门综合预算说明"),
                                   Para(591, "  2019 年部门预算收入 203091.65 万元，其中一般公共")}));
}

}  // namespace
}  // namespace gongkai
