#include "recognize.h"

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
  EXPECT_EQ(c.currency, Currency::kWanYuan);
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
  EXPECT_EQ(c.currency, Currency::kWanYuan);
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
  EXPECT_EQ(c.currency, Currency::kYuan);
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
  EXPECT_EQ(RecognizeTableContext(blocks, 1).currency, Currency::kWanYuan);
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

}  // namespace
}  // namespace gongkai
