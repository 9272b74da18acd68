// Characterisation of the places that decide what a total row, a data row
// and a column-number row are (design/layers.md 2.3), on row labels as
// pdftotext -layout prints them in the corpus (suzhou, changsha, guangzhou,
// shenzhen 2024-2026 budgets). Each site keeps its own semantics: these
// tests pin what each one decides today, so that the words can move into one
// table without changing a decision. Merging the sites' semantics is a
// behaviour change of its own, with its own tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "indicators.h"
#include "segment.h"
#include "table_header.h"
#include "table_sniffer.h"
#include "test_util.h"
#include "vocabulary.h"

namespace gongkai {
namespace {

RawRow Raw(const std::vector<std::string>& texts) {
  RawRow row;
  for (const std::string& t : texts) row.cells.push_back({t, 1, false});
  return row;
}

// Labels as the corpus prints them, with what each total-row site decides.
struct TotalCase {
  std::string label;
  bool header_total_word;  // table_header IsTotalWord: {合计, 总计} exact, SpacelessCell
  bool sniffer_is_total;   // SniffTable: IsTotalWord, or ≤10 chars ending 合计/总计
  bool indicator_total;    // indicators: {总分, 合计, 总计, 小计} exact or 总分…, RemoveSpaces
};
const std::vector<TotalCase> kTotalCases = {
    {"合计", true, true, true},
    {"合 计", true, true, true},
    {"总  计", true, true, true},
    {"总　计", true, true, true},  // U+3000
    {"小计", false, false, true},
    {"总分", false, false, true},
    {"总分（100分）", false, false, true},
    {"本年收入合计", false, true, false},
    {"本年支出合计", false, true, false},
    {"本 年 收 入 合 计", false, true, false},
    {"收入总计", false, true, false},
    {"支出总计", false, true, false},
    {"“三公”经费合计", false, true, false},
    {"一般公共预算财政拨款支出合计", false, false, false},  // 14 characters
    {"合计（万元）", false, false, false},
    {"一、一般公共服务支出", false, false, false},
    {"一般公共服务支出", false, false, false},
    {"栏次", false, false, false},
};

TEST(TotalRowSites, TableHeaderIsTotalWordIsExactAfterSpacelessCell) {
  for (const TotalCase& c : kTotalCases) EXPECT_EQ(IsTotalWord(c.label), c.header_total_word) << c.label;
}

TEST(TotalRowSites, SniffTableMarksTotalRows) {
  for (const TotalCase& c : kTotalCases) {
    RawTable raw;
    raw.layout = TableLayout::kTab;
    raw.rows = {Raw({"项目", "金额"}), Raw({"一般公共服务支出", "3.00"}), Raw({c.label, "3.00"})};
    std::vector<Diagnostic> diagnostics;
    Table t = SniffTable(raw, MoneyUnit::kYuan, "test.txt", diagnostics);
    ASSERT_EQ(t.rows.size(), 2u) << c.label;
    EXPECT_FALSE(t.rows[0].is_total);
    EXPECT_EQ(t.rows[1].is_total, c.sniffer_is_total) << c.label;
  }
}

// table_sniffer ContinuesPrevious: a row under a label ending 合计 / 总計
// (ASCII spaces removed) is never its wrapped fragment; under 小计 it is.
TEST(TotalRowSites, SniffTableNeverWrapsOntoALabelEndingInATotal) {
  struct Case {
    std::string label;
    bool merged;
  };
  for (const Case& c : std::vector<Case>{{"本年支出合计", false},
                                         {"本 年 支 出 合 计", false},
                                         {"收入总计", false},
                                         {"本年支出小计", true},
                                         {"其他援助其他地区支", true}}) {
    RawTable raw;
    raw.rows = {Raw({"项目", "金额"}), Raw({c.label, "3.00"}), Raw({"说明", ""})};
    std::vector<Diagnostic> diagnostics;
    Table t = SniffTable(raw, MoneyUnit::kYuan, "test.txt", diagnostics);
    EXPECT_EQ(t.rows.size(), c.merged ? 1u : 2u) << c.label;
  }
}

TEST(TotalRowSites, IndicatorsSkipTotalRows) {
  for (const TotalCase& c : kTotalCases) {
    Table t;
    t.title = "整体支出绩效自评表";
    t.layout = TableLayout::kCellPerLine;
    for (std::string name : {"一级指标", "三级指标", "年度指标值"}) {
      Column col;
      col.name = name;
      col.path = {name};
      t.columns.push_back(col);
    }
    auto row = [](int line, const std::vector<std::string>& texts) {
      TableRow r;
      r.line = line;
      for (const std::string& text : texts)
        r.cells.push_back({text, text.empty() ? CellKind::kEmpty : CellKind::kText, 0, line});
      return r;
    };
    t.rows = {row(1, {"产出指标", "年巡察轮次", "2"}), row(2, {"产出指标", c.label, "3"})};
    std::vector<Indicator> all = ExtractIndicators({t});
    EXPECT_EQ(all.size(), c.indicator_total ? 1u : 2u) << c.label;
  }
}

// table_header IsDataRow: a code, an amount, an illegible cell, an
// indicator lead, or a lone 合计 / 总计 ends the header.
TEST(DataRowSites, TableHeaderIsDataRow) {
  struct Case {
    std::vector<std::string> cells;
    bool data;
  };
  for (const Case& c : std::vector<Case>{
           {{"合计"}, true},
           {{"总  计"}, true},
           {{"合计", ""}, true},
           {{"本年支出合计"}, false},
           {{"小计"}, false},
           {{"科目编码", "科目名称", "合计", "基本支出", "项目支出"}, false},
           {{"功能科目", "总计", "基本支出"}, false},
           {{"201", "一般公共服务支出"}, true},
           {{"2010101", "行政运行"}, true},
           {{"一、一般公共服务支出", "64,090.74"}, true},
           {{"栏次", "1", "2", "3"}, true},
           {{"1", "2", "3"}, true},
           {{"产出指标", "数量指标"}, true},
           {{"项目", "金额"}, false},
       }) {
    std::string text;
    for (const std::string& s : c.cells) text += s + "|";
    EXPECT_EQ(IsDataRow(Raw(c.cells)), c.data) << text;
  }
  RawRow illegible = Raw({"[illegible]"});
  illegible.cells[0].illegible = true;
  EXPECT_TRUE(IsDataRow(illegible));
}

TEST(ColumnNumberRowSites, TableHeaderIsColumnNumberRow) {
  EXPECT_TRUE(IsColumnNumberRow(Raw({"栏次", "1", "2", "3"})));
  EXPECT_TRUE(IsColumnNumberRow(Raw({"行次", "1", "2"})));
  EXPECT_TRUE(IsColumnNumberRow(Raw({"序号", "", "1"})));
  EXPECT_TRUE(IsColumnNumberRow(Raw({"类/款/项", "栏次", "1", "2"})));
  EXPECT_TRUE(IsColumnNumberRow(Raw({"1", "2", "3"})));
  EXPECT_FALSE(IsColumnNumberRow(Raw({"编号", "1", "2"})));
  EXPECT_FALSE(IsColumnNumberRow(Raw({"栏次"})));
  EXPECT_FALSE(IsColumnNumberRow(Raw({"1", "3", "2"})));
  EXPECT_FALSE(IsColumnNumberRow(Raw({"合计", "1", "2"})));
}

// segment's IsDataRow (any ParseValue amount, so the 栏次 "1 2 3" row
// counts): a space-aligned run goes on across a blank line and a fragment
// only when the row after them has one.
TEST(DataRowSites, SegmentCrossesFragmentsOnlyBeforeARowWithAmounts) {
  auto blocks_of = [](const std::string& last) {
    std::vector<Diagnostic> diagnostics;
    std::vector<Block> blocks = Segment(test::SourceFromString("项目          合计          基本支出\n"
                                                               "合计          64,090.74     6,895.74\n"
                                                               "\n"
                                                               "说明\n" +
                                                               last + "\n"
                                                               "合计          5.00          6.00\n"),
                                        diagnostics);
    int tables = 0;
    for (const Block& b : blocks) tables += b.kind == BlockKind::kTable;
    return tables;
  };
  EXPECT_EQ(blocks_of("栏次          1             2"), 1);
  EXPECT_EQ(blocks_of("一、一般公共服务支出      64,090.74     6,895.74"), 1);
  EXPECT_EQ(blocks_of("合计          小计          基本支出"), 2);
}

// The named predicates each site now asks, on the same labels with the
// stripping each site does before it asks (SpacelessCell for table_header,
// ASCII spaces for table_sniffer, CompactLabel + StripEnumeration for
// figure_rules' keys, RemoveSpaces for indicators).
TEST(Vocabulary, NamedTotalPredicates) {
  struct Case {
    std::string label;
    bool exact, suffix, short_suffix, indicator;
  };
  for (const Case& c : std::vector<Case>{
           {"合计", true, true, true, true},
           {"总计", true, true, true, true},
           {"小计", false, false, false, true},
           {"本年支出合计", false, true, true, false},  // figure_rules: an exact key only
           {"本年支出小计", false, false, false, false},
           {"“三公”经费合计", false, true, true, false},
           {"一二三四五六七八合计", false, true, true, false},     // 10 characters
           {"一二三四五六七八九合计", false, true, false, false},  // 11
           {"一般公共预算财政拨款支出合计", false, true, false, false},
           {"总分（100分）", false, false, false, true},
           {"合计（万元）", false, false, false, false},
       }) {
    EXPECT_EQ(IsTotalLabel(c.label), c.exact) << c.label;
    EXPECT_EQ(EndsWithTotalWord(c.label), c.suffix) << c.label;
    EXPECT_EQ(IsShortTotalLabel(c.label), c.short_suffix) << c.label;
    EXPECT_EQ(IsIndicatorTotalLabel(c.label), c.indicator) << c.label;
  }
}

TEST(Vocabulary, RowNumberWordLists) {
  // table_view: 编号 heads a column of numbers that are not money ...
  EXPECT_TRUE(IsOneOf("编号", kRowNumberHeaders));
  EXPECT_FALSE(IsOneOf("类/款/项", kRowNumberHeaders));
  // ... but does not name a column-number row in table_header.
  EXPECT_FALSE(IsOneOf("编号", kColumnNumberRowWords));
  EXPECT_TRUE(IsOneOf("类款项", kColumnNumberRowWords));
}

// A 栏次 / 行次 number (one or two digits), which aligned_columns' data line
// and figure_rules leave out of the money.
TEST(Vocabulary, ColumnNumbers) {
  for (const char* t : {"1", "9", "23", " 7 "}) EXPECT_TRUE(IsColumnNumber(t)) << t;
  for (const char* t : {"", "123", "1.00", "0.5", "栏次", "一"}) EXPECT_FALSE(IsColumnNumber(t)) << t;
}

TEST(Vocabulary, NoteMoneyUnitAndContinuedMarks) {
  EXPECT_TRUE(StartsWithOneOf("注:如本表格为空,表示本年度未安排此项资金", kNoteStarts));
  EXPECT_FALSE(StartsWithOneOf("注本表", kNoteStarts));        // table_context wants the colon
  EXPECT_TRUE(StartsWithOneOf("注本表", kNoteLineStarts));     // segment does not
  EXPECT_TRUE(ContainsOneOf("部门：苏州市数据局   单位：万元", kPrintedMoneyUnitLabels));
  EXPECT_TRUE(EndsWithOneOf("部门:苏州市数据局单位:万元", kMoneyUnitLineEnds));
  EXPECT_TRUE(ContainsOneOf("经费控制情况(万元)", kWanYuanInCells));
  EXPECT_FALSE(ContainsOneOf("经费控制情况(万元)", kYuanInCells));
  EXPECT_TRUE(EndsWithOneOf("一般公共预算支出决算表（续）", kContinuedMarks));
  EXPECT_TRUE(ContainsOneOf("本表反映部门收支情况。", kSentenceMarks));
}

}  // namespace
}  // namespace gongkai
