#include "table_sniffer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "segment.h"
#include "test_util.h"

namespace gongkai {
namespace {

// The table whose raw rows start at `line` in `path`, sniffed in `currency`.
Table TableAt(const std::string& path, int line, Currency currency) {
  SourceText text = test::FileSource(path);
  std::vector<Diagnostic> diagnostics;
  for (const Block& b : Segment(text, diagnostics))
    if (b.kind == BlockKind::kTable && b.line == line)
      return SniffTable(b.table, currency, path, diagnostics);
  ADD_FAILURE() << "no table at " << path << ":" << line;
  return Table{};
}

Table SampleTable(const std::string& prefix, int line) {
  return TableAt(test::SamplePath(prefix), line, Currency::kWanYuan);
}

std::string FixturePath() { return std::string(GONGKAI_TEST_DATA) + "/layout/budget_layout.txt"; }

const TableRow* RowAt(const Table& table, int line) {
  for (const TableRow& r : table.rows)
    if (r.line == line) return &r;
  return nullptr;
}

std::vector<ColumnRole> Roles(const Table& t) {
  std::vector<ColumnRole> roles;
  for (const Column& c : t.columns) roles.push_back(c.role);
  return roles;
}

using R = ColumnRole;

TEST(TableSniffer, ReadsColumnRolesOfSpendingTable) {
  Table t = SampleTable("000", 93);
  EXPECT_EQ(Roles(t), (std::vector<ColumnRole>{R::kCodePart, R::kCodePart, R::kCodePart, R::kCode,
                                               R::kLabel, R::kAmount, R::kAmount, R::kAmount,
                                               R::kAmount, R::kAmount, R::kAmount}));
  EXPECT_EQ(t.columns[0].name, "功能科目/类");
  EXPECT_EQ(t.columns[2].name, "功能科目/项");
  EXPECT_EQ(t.columns[3].name, "科目编码");
  EXPECT_EQ(t.columns[5].name, "合计");
  EXPECT_EQ(t.columns[5].path, (std::vector<std::string>{"合计"}));
  EXPECT_EQ(t.header.size(), 2u);
  EXPECT_EQ(t.rows.front().line, 95);
}

TEST(TableSniffer, JoinsCodeFromClassColumns) {
  Table t = SampleTable("000", 93);
  const TableRow* row = RowAt(t, 102);  // 208 | | | 2089999 | 社会保障和就业支出 | 27.65
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->code, "208");
  EXPECT_EQ(row->depth, 0);
  EXPECT_EQ(row->label, "社会保障和就业支出");
  ASSERT_EQ(row->cells.size(), t.columns.size());
  EXPECT_EQ(row->cells[5].kind, CellKind::kAmount);
  EXPECT_EQ(row->cells[5].cents, 27650000);  // 27.65 万元 = 276,500 元
  EXPECT_EQ(row->cells[5].line, 102);
  EXPECT_EQ(RowAt(t, 100)->code, "2011101");
  EXPECT_EQ(RowAt(t, 100)->depth, 2);
  EXPECT_EQ(RowAt(t, 99)->code, "20111");
  EXPECT_EQ(RowAt(t, 99)->depth, 1);
}

TEST(TableSniffer, MarksTotalRows) {
  Table t = SampleTable("000", 93);
  const TableRow* total = RowAt(t, 95);  // 合计 stands in the 科目编码 column
  ASSERT_NE(total, nullptr);
  EXPECT_TRUE(total->is_total);
  EXPECT_EQ(total->label, "合计");
  EXPECT_EQ(total->cells[5].cents, 230440000);
  EXPECT_FALSE(RowAt(t, 98)->is_total);

  Table summary = SampleTable("000", 43);
  const TableRow* income = RowAt(summary, 75);
  ASSERT_NE(income, nullptr);
  EXPECT_TRUE(income->is_total);
  EXPECT_EQ(income->label, "本年收入合计");

  Table three = SampleTable("003", 331);
  EXPECT_TRUE(RowAt(three, 333)->is_total);  // 总计
  EXPECT_EQ(RowAt(three, 333)->label, "总计");
}

TEST(TableSniffer, BuildsHeaderPathsFromSpans) {
  Table t = SampleTable("000", 171);
  ASSERT_EQ(t.columns.size(), 11u);
  EXPECT_EQ(t.columns[7].name, "基本支出/人员经费/工资福利支出");
  EXPECT_EQ(t.columns[8].name, "基本支出/人员经费/对个人和家庭的补助");
  EXPECT_EQ(t.columns[6].name, "基本支出/小计");
  EXPECT_EQ(t.columns[0].name, "功能科目/类");
  ASSERT_EQ(t.header.size(), 4u);
  const HeaderCell& functional = t.header[0][0];
  EXPECT_EQ(functional.text, "功能科目");
  EXPECT_EQ(functional.col_span, 3);
  EXPECT_EQ(functional.row_span, 3);
  const HeaderCell& total = t.header[0][3];
  EXPECT_EQ(total.text, "合计");
  EXPECT_EQ(total.col, 5);
  EXPECT_EQ(total.row_span, 4);
  EXPECT_EQ(t.header[0][4].text, "基本支出");
  EXPECT_EQ(t.header[0][4].col_span, 3);
}

TEST(TableSniffer, KeepsEmptyCellDistinctFromZero) {
  Table t = SampleTable("000", 171);
  const TableRow* total = RowAt(t, 175);  // …|191.38|0.00|27.36|11.70
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->cells[8].kind, CellKind::kAmount);
  EXPECT_EQ(total->cells[8].cents, 0);
  EXPECT_EQ(total->cells[8].text, "0.00");
  const TableRow* unit = RowAt(t, 176);  // …|191.38||27.36|11.70
  EXPECT_EQ(unit->cells[8].kind, CellKind::kEmpty);
}

TEST(TableSniffer, MergesWrappedCells) {
  Table t = SampleTable("002", 172);
  const TableRow* row = RowAt(t, 191);
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->cells[3].text, "十七、援助其他地区支出");
  EXPECT_EQ(RowAt(t, 193), nullptr);
  EXPECT_EQ(RowAt(t, 194)->cells[3].text, "十八、自然资源海洋气象等支出");
  // Rows that merely have no amounts are not fragments.
  Table summary = SampleTable("000", 127);
  EXPECT_NE(RowAt(summary, 132), nullptr);
  EXPECT_EQ(RowAt(summary, 131)->label, "经费拨款");
}

TEST(TableSniffer, CompactsCellsBrokenBySpaces) {
  Table t = SampleTable("002", 113);
  EXPECT_EQ(t.columns[2].name, "本年收入合计");
  EXPECT_EQ(t.columns[7].name, "附属单位上缴收入");
  EXPECT_EQ(t.columns[0].role, R::kCode);
  EXPECT_EQ(t.columns[1].role, R::kLabel);
  EXPECT_EQ(RowAt(t, 117)->label, "一般公共服务支出");
  EXPECT_EQ(RowAt(t, 117)->code, "201");
  EXPECT_EQ(RowAt(t, 122)->label, "社会保障和就业支出");
  EXPECT_EQ(RowAt(t, 118)->label, "党委办公厅（室）及相关机构事务");
  EXPECT_EQ(RowAt(t, 115), nullptr);  // 栏次 1 2 3 … is a header row
  EXPECT_EQ(t.header.size(), 3u);
}

TEST(TableSniffer, RowNumbersAreNotMoney) {
  Table t = SampleTable("002", 64);
  EXPECT_EQ(Roles(t), (std::vector<ColumnRole>{R::kLabel, R::kRowNumber, R::kAmount, R::kLabel,
                                               R::kRowNumber, R::kAmount}));
  EXPECT_EQ(t.columns[1].name, "收入/行次");
  const TableRow* total = RowAt(t, 94);
  ASSERT_NE(total, nullptr);
  EXPECT_TRUE(total->is_total);
  EXPECT_EQ(total->label, "本年收入合计");
  EXPECT_EQ(total->cells[1].kind, CellKind::kText);
  EXPECT_EQ(total->cells[1].text, "27");
  EXPECT_EQ(total->cells[2].cents, 227610000);
  EXPECT_EQ(total->cells[4].text, "58");
  EXPECT_EQ(total->cells[5].cents, 227610000);
}

TEST(TableSniffer, ReadsOneCellPerLineRows) {
  Table t = TableAt(test::SamplePath("004"), 176, Currency::kWanYuan);
  EXPECT_EQ(t.layout, TableLayout::kCellPerLine);
  const TableRow* funds = RowAt(t, 194);
  ASSERT_NE(funds, nullptr);
  EXPECT_EQ(funds->label, "年度资金总额：");
  std::vector<std::string> texts;
  for (const TableCell& c : funds->cells) texts.push_back(c.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"", "年度资金总额：", "897.93", "847.98", "847.16",
                                             "10", "99.90%", "9.99", ""}));  // padded
  const TableRow& last = t.rows.back();
  EXPECT_EQ(last.line, 369);
  EXPECT_EQ(last.label, "总分");
  EXPECT_EQ(last.cells[1].text, "99.99");
  EXPECT_EQ(last.cells.size(), t.columns.size());
}

TEST(TableSniffer, EveryRowHasOneCellPerColumn) {
  for (const char* prefix : {"000", "001", "002", "003", "004"}) {
    std::string path = test::SamplePath(prefix);
    SourceText text = test::FileSource(path);
    std::vector<Diagnostic> diagnostics;
    for (const Block& b : Segment(text, diagnostics)) {
      if (b.kind != BlockKind::kTable) continue;
      Table t = SniffTable(b.table, Currency::kWanYuan, path, diagnostics);
      for (const TableRow& r : t.rows) EXPECT_EQ(r.cells.size(), t.columns.size()) << path << ":" << r.line;
    }
  }
}

TEST(TableSniffer, ReadsSpaceAlignedTableExactly) {
  Table t = TableAt(FixturePath(), 11, Currency::kYuan);
  EXPECT_EQ(t.layout, TableLayout::kSpaceAligned);
  EXPECT_EQ(Roles(t), (std::vector<ColumnRole>{R::kCode, R::kLabel, R::kAmount, R::kAmount,
                                               R::kAmount}));
  EXPECT_EQ(t.columns[3].name, "基本支出");
  ASSERT_EQ(t.rows.size(), 15u);  // the header repeated after the \f is gone
  const TableRow& total = t.rows[0];
  EXPECT_TRUE(total.is_total);
  EXPECT_EQ(total.cells[2].cents, 9101677535);
  EXPECT_EQ(total.cells[3].cents, 8101677535);
  EXPECT_EQ(total.cells[4].cents, 1000000000);
  // The 类 rows add up to the total, column by column.
  for (std::size_t c = 2; c <= 4; ++c) {
    Cents sum = 0;
    for (const TableRow& r : t.rows)
      if (r.depth == 0) sum += r.cells[c].cents;
    EXPECT_EQ(sum, total.cells[c].cents) << t.columns[c].name;
  }
  const TableRow* preschool = RowAt(t, 15);
  ASSERT_NE(preschool, nullptr);
  EXPECT_EQ(preschool->code, "2050201");
  EXPECT_EQ(preschool->depth, 2);
  EXPECT_EQ(preschool->cells[3].kind, CellKind::kEmpty);
  EXPECT_EQ(preschool->cells[4].cents, 500000000);
  const TableRow* pension = RowAt(t, 23);
  ASSERT_NE(pension, nullptr);
  EXPECT_EQ(pension->label, "机关事业单位基本养老保险缴费支出");
  EXPECT_EQ(pension->cells[2].cents, 423012000);
  EXPECT_EQ(pension->cells[4].kind, CellKind::kEmpty);
}

TEST(TableSniffer, ReadsSpannedHeaderOfSpaceAlignedTable) {
  Table t = TableAt(FixturePath(), 38, Currency::kWanYuan);
  ASSERT_EQ(t.columns.size(), 6u);
  EXPECT_EQ(t.columns[2].name, "公务用车购置及运行费/小计");
  EXPECT_EQ(t.columns[4].name, "公务用车购置及运行费/运行费");
  EXPECT_EQ(t.columns[5].name, "公务接待费");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].cells[0].cents, 12500000);  // 12.50 万元
  EXPECT_EQ(t.rows[0].cells[4].cents, 10300000);
  EXPECT_EQ(t.rows[0].cells[5].cents, 2200000);
  EXPECT_EQ(t.rows[0].cells[1].cents, 0);
  EXPECT_EQ(t.rows[0].cells[1].kind, CellKind::kAmount);
}

TEST(TableSniffer, MarksIllegibleTables) {
  RawTable raw;
  raw.rows.push_back(RawRow{{RawCell{"科目编码", 1, false}, RawCell{"金额", 1, false}}, 1});
  raw.rows.push_back(RawRow{{RawCell{"201", 2, false}, RawCell{"[illegible]", 2, true}}, 2});
  std::vector<Diagnostic> diagnostics;
  Table t = SniffTable(raw, Currency::kYuan, "x.txt", diagnostics);
  EXPECT_TRUE(t.illegible);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].cells[1].kind, CellKind::kIllegible);
  EXPECT_EQ(t.rows[0].code, "201");
}

TEST(TableSniffer, EmptyRawTableGivesNoRows) {
  std::vector<Diagnostic> diagnostics;
  Table t = SniffTable(RawTable{}, Currency::kYuan, "x.txt", diagnostics);
  EXPECT_TRUE(t.rows.empty());
  EXPECT_TRUE(t.columns.empty());
  EXPECT_TRUE(diagnostics.empty());
}

}  // namespace
}  // namespace gongkai
